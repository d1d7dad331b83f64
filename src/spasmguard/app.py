"""The composition root: parses the command line, then either runs a command or starts the tray app.

Nothing else imports this module. Qt is imported only when the tray app really starts, so
command-line calls stay fast.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from spasmguard.core.commands import EXIT_ERROR, EXIT_OK

if TYPE_CHECKING:
    from spasmguard.engine.instance import SingleInstance
    from spasmguard.session.reminders import ReminderSession
    from spasmguard.ui.desktop import Desktop

log = logging.getLogger("spasmguard")

HANDOVER_TIMEOUT_S = 1.5
FEATURE_REGISTRY_TESTED = ((6, 11),)
"""PySide6 versions (major, minor) whose feature registry _load_pyside() was tested with; add
one only after tests/qt/test_startup_imports.py passed with it."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``spasmguard`` executable.

    With no arguments it starts the tray without loading the command line (argparse and the
    commands' modules cost start-up time and memory the tray never uses).
    """
    if sys.argv[1:] if argv is None else argv:
        from spasmguard import cli  # noqa: PLC0415

        args = cli.parse_args(argv)
        if args.command is not None:
            return cli.run_command(args)
    try:
        return launch()
    except KeyboardInterrupt:
        return EXIT_OK


def has_display() -> bool:
    """False when Qt would abort for want of a display (Linux/BSD without X11 or Wayland)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(os.environ.get(name) for name in names)


@functools.cache
def _lookup() -> Callable[[str], str]:
    """The start-up's translator, loaded the first time a message is printed, never at rest."""
    from spasmguard.settings.paths import settings_file  # noqa: PLC0415
    from spasmguard.settings.speech import lookup  # noqa: PLC0415

    return lookup(settings_file())


def _(text: str) -> str:
    """``text``, a literal template that lupdate extracts, in the language the app speaks."""
    return _lookup()(text)


def _shown(text: str) -> str:
    """``text`` as the user reads it: a core.messages.Message translated, other text as is."""
    from spasmguard.core.messages import translated  # noqa: PLC0415

    return translated(text, _lookup())


def _say(message: str) -> None:
    print(f"spasmguard: {message}", file=sys.stderr)


def _fail(message: str) -> int:
    _say(message)
    return EXIT_ERROR


def setup_logging(log_dir: Path) -> None:
    """One event per line into a rotating file; stderr only if the log dir can't be written."""
    import logging.handlers  # noqa: PLC0415 - not needed by command-line calls

    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / "spasmguard.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        handler = logging.StreamHandler()
        _say(_("logging to stderr, {error}").format(error=error))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # APScheduler logs every job change at INFO; the engine logs what matters to us itself.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def launch() -> int:
    """Start the tray app (or hand over to the one already running)."""
    if not has_display():
        return _fail(
            _(
                "no display found (DISPLAY and WAYLAND_DISPLAY are not set); start it from your "
                "desktop session. The commands (spasmguard status, ...) work without one."
            )
        )
    from spasmguard.settings import paths  # noqa: PLC0415

    _load_pyside()
    run_dir = paths.runtime_dir()
    if _hand_over(run_dir):
        _complete_x11_startup()
        return EXIT_OK
    _make_private(paths.data_dir())
    setup_logging(paths.log_dir())
    return _run_tray(run_dir)


def _complete_x11_startup() -> None:
    """End the X11 launcher's busy cursor for this launch: the running app took it over."""
    startup_id = os.environ.get("DESKTOP_STARTUP_ID")
    if startup_id and os.environ.get("DISPLAY"):
        from spasmguard.engine.x11_startup import complete_startup  # noqa: PLC0415

        complete_startup(startup_id)


def _make_private(folder: Path) -> None:
    """Create the app's own folder with mode 0700 before anything creates it as a mere parent.

    ``mkdir(parents=True)`` gives parents the umask's mode (0777 under umask 000), and the log
    and run folders live inside the data folder. A failure is left to the writers to report.
    """
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def _load_pyside() -> None:
    """Import PySide6, then tell it that no module of this app switches its features.

    PySide6's ``__feature__`` import hook reads the whole source of each module
    (``inspect.getsource``, looking for "PySide6") the first time an import statement names it
    after PySide6 has loaded, and ``linecache`` keeps that source for the life of the process:
    time on every import, and memory all day. Its answer only matters to a module that switches
    features on (``from __feature__ import snake_case``); none here does, and a module that did
    would still get its switch, which the hook sets whatever was recorded before. So every
    module, loaded already or from now on, is recorded as one the hook may ignore. Saved about
    1.5-3 MiB of RSS and 20-40 ms of start-up (benchmarks/run.py), and lets the tray's start-up
    import what it needs in any order.
    """
    import PySide6  # noqa: PLC0415 - installs the import hook and its registry

    registry = _feature_registry(PySide6.__version_info__)
    if registry is not None:
        for name in list(sys.modules):
            registry.setdefault(name, -1)
        sys.meta_path.insert(0, _FeatureFreeImports(registry))


def _feature_registry(version: tuple[object, ...]) -> dict[str, int] | None:
    """PySide6's record of which modules switch its features, on the versions it was tested with.

    -1 is the registry's "ignore this module", what PySide6 records for a module whose source
    does not mention it. The registry is PySide6's own, with no public way in: its
    ``set_selection(-1)`` turns -1 into "every feature on" and first reads every loaded module's
    source itself. So it is written only on the PySide6 versions in
    :data:`FEATURE_REGISTRY_TESTED`; elsewhere PySide6 just reads the sources.
    tests/qt/test_startup_imports.py fails when the installed version is not listed or the
    registry stops working.
    """
    if tuple(version[:2]) not in FEATURE_REGISTRY_TESTED:
        return None
    feature = sys.modules.get("shibokensupport.feature")
    registry = getattr(feature, "pyside_feature_dict", None)
    return registry if isinstance(registry, dict) else None


class _FeatureFreeImports:
    """An import finder that finds nothing: it records each module about to be loaded as one
    PySide6's import hook may ignore (:func:`_load_pyside`), then lets the real finders load it."""

    def __init__(self, registry: dict[str, int]) -> None:
        self._registry = registry

    def find_spec(self, name: str, *_: object) -> None:
        self._registry.setdefault(name, -1)


def _hand_over(run_dir: Path) -> bool:
    """If an instance answers, tell it the user launched spasmguard again; True when it did.

    It opens the window a relaunch means there (Settings, or its main window with no tray),
    brought forward with the launcher's activation token.
    """
    from spasmguard.engine.instance import (  # noqa: PLC0415
        CommandError,
        NotRunning,
        activation_tokens,
        send_command,
    )

    args = {"activation": activation_tokens()}
    try:
        send_command(run_dir, "relaunch", args, timeout_ms=1500)
    except (NotRunning, CommandError):
        return False
    return True


def _run_tray(run_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from spasmguard.core.launchers import APP_NAME  # noqa: PLC0415
    from spasmguard.engine.instance import CommandServer, SingleInstance  # noqa: PLC0415
    from spasmguard.ui.focus_ring import FocusRingStyle  # noqa: PLC0415
    from spasmguard.ui.icons import keep_pixmap_cache_empty, svg_icon  # noqa: PLC0415

    # argv[0] names the X11 WM_CLASS, whatever script or module (python -m) started the app.
    qapp = QApplication([APP_NAME])
    qapp.setStyle(FocusRingStyle())  # the default style, with a focus ring that always shows
    keep_pixmap_cache_empty()
    qapp.setApplicationName(APP_NAME)
    # The Wayland app id: desktops find resources/spasmguard.desktop by it for name and icon.
    qapp.setDesktopFileName(APP_NAME)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(svg_icon("icons/spasmguard.svg"))
    instance = SingleInstance(run_dir)
    if not _acquire(instance, run_dir):
        return EXIT_OK
    server = CommandServer(run_dir)
    try:
        server.start()
    except OSError as error:
        text = _("cannot listen for commands at {path}: {error}")
        return _fail(text.format(path=server.socket_path, error=error))
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    from spasmguard.ui.desktop import Desktop  # noqa: PLC0415

    desktop = Desktop(_build_session())
    qapp.aboutToQuit.connect(desktop.shutdown)
    # The icon first; the reminders, minutes away, start once the event loop has sent it off.
    desktop.show(server)
    QTimer.singleShot(0, lambda: _start_session(desktop))
    code = qapp.exec()
    server.close()
    instance.release()
    return code


def _start_session(desktop: Desktop) -> None:
    """Start the reminders (APScheduler is imported here), then say the app is ready."""
    desktop.start_session(welcome=True)
    print("spasmguard: ready", flush=True)
    log.info("ready")


def _acquire(instance: SingleInstance, run_dir: Path) -> bool:
    """Take the single-instance lock; if another copy is just starting, hand over to it."""
    deadline = time.monotonic() + HANDOVER_TIMEOUT_S
    while not instance.acquire():
        if _hand_over(run_dir):
            return False
        if time.monotonic() > deadline:
            _say(_("another copy holds the lock but does not answer."))
            return False
        time.sleep(0.1)
    return True


def _build_session() -> ReminderSession:
    """Load settings and history, then build the reminder session around them."""
    from spasmguard.core.clock import SystemClock  # noqa: PLC0415
    from spasmguard.core.history import IN_MEMORY, History, HistoryError  # noqa: PLC0415
    from spasmguard.core.tracker import Tracker  # noqa: PLC0415
    from spasmguard.engine.gate import desktop_sources  # noqa: PLC0415
    from spasmguard.session.reminders import ReminderSession  # noqa: PLC0415
    from spasmguard.settings import paths  # noqa: PLC0415
    from spasmguard.settings.model import preferences, to_plan_config  # noqa: PLC0415
    from spasmguard.settings.store import load_settings  # noqa: PLC0415

    clock = SystemClock()
    settings_path = paths.settings_file()
    loaded = load_settings(settings_path, clock=clock)
    try:
        history = History(paths.history_file())
    except HistoryError as error:
        # Keep the user's file untouched and carry on, recording in memory (nothing left behind).
        log.error("%s; recording in memory this session", error)
        _say(_("{error}; history is not saved this session.").format(error=_shown(error.message)))
        history = History(IN_MEMORY)
    settings = loaded.settings
    tracker = Tracker(history, clock, to_plan_config(settings), preferences(settings))
    return ReminderSession(clock, tracker, settings_path, loaded, desktop_sources())
