"""The whole suite, the e2e apps too, runs in English whatever the developer's desktop speaks.

The default language setting is "system", read from LANGUAGE first (core/languages.py), so a
German desktop would otherwise turn every English assertion red. Tests of other languages
choose theirs explicitly (tests/qt/test_translated_windows.py).
"""

import os

os.environ["LANGUAGE"] = "en"
