"""Where spasmguard keeps its files, per platform conventions (platformdirs).

``SPASMGUARD_CONFIG_DIR`` and ``SPASMGUARD_DATA_DIR`` override the locations so that tests and
portable setups never touch the real home directory; the data override also moves the log and
runtime dirs under it. The environment is read on every call, never cached at import, and no
directory is created here (the writers create what they need, with private modes).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import platformdirs

APP_NAME = "spasmguard"
CONFIG_ENV = "SPASMGUARD_CONFIG_DIR"
DATA_ENV = "SPASMGUARD_DATA_DIR"


def _override(variable: str) -> Path | None:
    """The directory named by an environment variable (an empty value counts as unset)."""
    value = os.environ.get(variable, "")
    return Path(value).expanduser().absolute() if value else None


def config_dir() -> Path:
    """The folder of ``settings.toml``."""
    return _override(CONFIG_ENV) or platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The folder of the history database and other data the app writes by itself."""
    return _override(DATA_ENV) or platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """The folder of the rotating log file."""
    data = _override(DATA_ENV)
    return data / "logs" if data else platformdirs.user_log_path(APP_NAME, appauthor=False)


def runtime_dir() -> Path:
    """The folder of the single-instance lock and the IPC socket.

    platformdirs falls back by itself when ``XDG_RUNTIME_DIR`` is unset or unsafe (and warns,
    which is noise for a user: the fallback is fine). If even its fallback is unsafe it raises
    PermissionError; then a private folder inside the data dir is used instead.
    """
    data = _override(DATA_ENV)
    if data:
        return data / "run"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return platformdirs.user_runtime_path(APP_NAME, appauthor=False)
    except PermissionError:
        return data_dir() / "run"


def settings_file() -> Path:
    """``<config dir>/settings.toml``."""
    return config_dir() / "settings.toml"


def history_file() -> Path:
    """``<data dir>/history.sqlite3``."""
    return data_dir() / "history.sqlite3"
