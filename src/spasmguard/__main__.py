"""Allow ``python -m spasmguard``."""

from spasmguard.app import main

raise SystemExit(main())
