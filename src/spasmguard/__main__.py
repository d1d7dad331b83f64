"""Allow ``python -m spasmguard``."""

from spasmguard.cli import main

raise SystemExit(main())
