"""End-to-end tests on KDE Plasma 5.27 (kwin_wayland --virtual + plasmashell), see plasma.py."""
