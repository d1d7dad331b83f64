"""The ``spasmguard`` command line: argument parsing and every command except starting the tray.

Commands that act on reminders are sent to the running app over local IPC; ``status`` and
``config`` work without it. Every failure is one plain sentence on stderr with a documented
exit code, never a traceback. Heavy modules (Qt, settings I/O) are imported only by the commands
that need them, so ``spasmguard --version`` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn

from spasmguard import __version__
from spasmguard.core.commands import (
    EXIT_ERROR,
    EXIT_NOT_RUNNING,
    EXIT_OK,
    EXIT_USAGE,
    MAX_PAUSE_MINUTES,
    MAX_SNOOZE_MINUTES,
    MAX_WATER_ML,
    OPEN_WINDOWS,
)
from spasmguard.core.habits import HABIT_IDS

if TYPE_CHECKING:
    from spasmguard.core.clock import SystemClock
    from spasmguard.core.history import History


class CliError(Exception):
    """A failure to report as one sentence with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (not usage + error) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        # The message echoes the arguments: control characters (a newline, a terminal escape)
        # are shown escaped, so it stays one line and cannot drive the terminal.
        shown = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in message)
        self.exit(EXIT_USAGE, f"{self.prog}: {shown} (see '{self.prog} --help')\n")


def _whole_number(name: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number in [low, high]; the message names the argument."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{name} must be a whole number from {low} to {high}, got '{text}'"
            )
        return value

    return convert


def _pause_length(text: str) -> str | int:
    """MINUTES, 'tomorrow' or 'off'."""
    if text in ("tomorrow", "off"):
        return text
    return _whole_number("pause length", 1, MAX_PAUSE_MINUTES)(text)


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line interface (also the source of ``--help``)."""
    parser = _Parser(
        prog="spasmguard",
        description="A tray app that reminds you to check your posture, drink water, stretch "
        "and take stress breaks. Run without a command to start it.",
    )
    parser.add_argument("--version", action="version", version=f"spasmguard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    status = sub.add_parser("status", help="show the next reminder of each habit")
    status.add_argument("--json", action="store_true", help="print machine-readable JSON")

    trigger = sub.add_parser("trigger", help="show a habit's reminder now")
    trigger.add_argument("habit", choices=HABIT_IDS, metavar="HABIT", help=", ".join(HABIT_IDS))

    snooze = sub.add_parser("snooze", help="put off a habit's reminder for some minutes")
    snooze.add_argument("habit", choices=HABIT_IDS, metavar="HABIT", help=", ".join(HABIT_IDS))
    snooze.add_argument(
        "minutes", type=_whole_number("MINUTES", 1, MAX_SNOOZE_MINUTES), metavar="MINUTES"
    )

    pause = sub.add_parser("pause", help="pause all reminders: MINUTES, 'tomorrow' or 'off'")
    pause.add_argument("length", type=_pause_length, metavar="MINUTES|tomorrow|off")

    sub.add_parser("resume", help="end a pause")

    done = sub.add_parser("done", help="mark a habit done now (its timer restarts)")
    done.add_argument("habit", choices=HABIT_IDS, metavar="HABIT", help=", ".join(HABIT_IDS))

    drink = sub.add_parser("drink", help="count water you drank (default: one glass)")
    drink.add_argument("ml", nargs="?", type=_whole_number("ML", 1, MAX_WATER_ML), metavar="ML")

    opener = sub.add_parser("open", help="open a window of the running app")
    opener.add_argument("window", choices=OPEN_WINDOWS, metavar="|".join(OPEN_WINDOWS))

    sub.add_parser("quit", help="quit the running app")

    config = sub.add_parser("config", help="'path' prints where settings live; 'check' validates")
    config.add_argument("action", choices=("path", "check"), metavar="path|check")

    sub.add_parser("install-desktop-entry", help="add spasmguard to your desktop's app menus")
    _add_history_parser(sub)
    return parser


def _add_history_parser(sub: Any) -> None:
    """``history export --format csv|json FILE`` and ``history delete --yes``."""
    history = sub.add_parser("history", help="export or delete the history (app not needed)")
    actions = history.add_subparsers(
        dest="action", metavar="export|delete", required=True, parser_class=_Parser
    )
    export = actions.add_parser("export", help="write every event to FILE")
    export.add_argument("--format", required=True, choices=("csv", "json"), metavar="csv|json")
    export.add_argument(
        "file", metavar="FILE", help="the file to write (replaced if it exists), - for stdout"
    )
    delete = actions.add_parser("delete", help="delete every event (snoozes and pauses stay)")
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (exits 2 with one line on a usage error)."""
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command other than starting the app; returns the exit code."""
    handler = _HANDLERS[args.command]
    try:
        handler(args)
    except CliError as error:
        print(f"spasmguard: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as error:
        print(f"spasmguard: unexpected error: {error}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _ask_app(command: str, args: dict[str, Any] | None = None) -> Any:
    """Send a command to the running app; CliError(3) when it is not running."""
    from spasmguard.engine.instance import CommandError, NotRunning, send_command  # noqa: PLC0415
    from spasmguard.settings.paths import runtime_dir  # noqa: PLC0415

    try:
        return send_command(runtime_dir(), command, args or {})
    except NotRunning:
        raise CliError("spasmguard is not running.", EXIT_NOT_RUNNING) from None
    except CommandError as error:
        raise CliError(str(error)) from None


def _print_result(result: Any) -> None:
    if isinstance(result, str) and result:
        print(result)


def _cmd_status(args: argparse.Namespace) -> None:
    from spasmguard.core.clock import SystemClock  # noqa: PLC0415
    from spasmguard.core.habits import load_habits  # noqa: PLC0415
    from spasmguard.core.status import format_status  # noqa: PLC0415

    clock = SystemClock()
    try:
        status = _ask_app("status")
    except CliError as error:
        if error.code != EXIT_NOT_RUNNING:
            raise
        status = _offline_status(clock)
    if args.json:
        print(json.dumps(status, indent=2))
        return
    titles = {hid: habit.title for hid, habit in load_habits().items()}
    print(format_status(status, titles, clock.now()))


def _offline_status(clock: SystemClock) -> dict[str, Any]:
    """Status computed from the settings file and saved state, without touching either.

    The history is opened read-only: a read-write open would migrate a file left by an older
    spasmguard, which is the app's job, not a status query's.
    """
    from spasmguard.core.state import RuntimeState  # noqa: PLC0415
    from spasmguard.core.status import build_status  # noqa: PLC0415
    from spasmguard.settings.model import to_plan_config  # noqa: PLC0415
    from spasmguard.settings.paths import settings_file  # noqa: PLC0415
    from spasmguard.settings.store import load_settings  # noqa: PLC0415

    settings = load_settings(settings_file(), recover=False).settings
    with _history_file(read_only=True) as history:
        state = history.load_state() if history is not None else RuntimeState()
    return build_status(to_plan_config(settings), state, clock.now(), running=False)


def _simple(command: str, *fields: str) -> Callable[[argparse.Namespace], None]:
    """A handler that forwards the named argument fields to the running app."""

    def handler(args: argparse.Namespace) -> None:
        _print_result(_ask_app(command, {field: getattr(args, field) for field in fields}))

    return handler


def _cmd_open(args: argparse.Namespace) -> None:
    """Forward this launch's activation token too: only with it may the window come forward."""
    from spasmguard.engine.instance import activation_tokens  # noqa: PLC0415

    _print_result(_ask_app("open", {"window": args.window, "activation": activation_tokens()}))


def _cmd_config(args: argparse.Namespace) -> None:
    from spasmguard.settings.paths import settings_file  # noqa: PLC0415

    path = settings_file()
    if args.action == "path":
        print(path)
        return
    from spasmguard.settings.store import check_settings  # noqa: PLC0415

    problems = check_settings(path)
    if not problems:
        print(f"{path}: ok" if path.exists() else f"{path}: not created yet (defaults in use)")
        return
    if len(problems) == 1 and not problems[0].key:
        # The file as a whole is unusable: its one sentence says it all, no per-key summary.
        raise CliError(f"{path}: {problems[0].message}")
    for problem in problems:
        key = f"{problem.key}: " if problem.key else ""
        print(f"{path}: {key}{problem.message}", file=sys.stderr)
    raise CliError(f"{len(problems)} problem(s) in {path.name}; defaults are used for those keys.")


def _cmd_history(args: argparse.Namespace) -> None:
    """Export or delete straight from the history file, whether or not the app is running.

    Both are safe beside a running app: export reads through a read-only connection, and
    delete is one write transaction that waits for the app's (sqlite's locks keep them apart).
    """
    if args.action == "export":
        _export_history(args.format, args.file)
    elif not args.yes:
        raise CliError("this deletes every event for good; add --yes to confirm.", EXIT_USAGE)
    else:
        with _history_file(read_only=False) as history:
            deleted = history.delete_events() if history is not None else 0
        print(f"Deleted {deleted} event(s).")


def _export_history(fmt: str, file: str) -> None:
    from pathlib import Path  # noqa: PLC0415

    from spasmguard.core.export import export_events  # noqa: PLC0415
    from spasmguard.core.files import WriteError, write_atomic  # noqa: PLC0415

    with _history_file(read_only=True) as history:
        events = history.all_events() if history is not None else []
    text = export_events(events, fmt)
    if file == "-":
        sys.stdout.write(text)
        return
    try:
        write_atomic(Path(file), text.encode("utf-8"))
    except WriteError as error:
        raise CliError(str(error)) from None
    print(f"Exported {len(events)} event(s) to {file}.")


@contextmanager
def _history_file(*, read_only: bool) -> Iterator[History | None]:
    """The user's history, or None when there is no file yet (nothing recorded, nothing made)."""
    from spasmguard.core.history import History, HistoryError  # noqa: PLC0415
    from spasmguard.settings.paths import history_file  # noqa: PLC0415

    path = history_file()
    if not path.exists():
        yield None
        return
    try:
        with History(path, read_only=read_only) as history:
            yield history
    except HistoryError as error:
        raise CliError(str(error)) from None


def _cmd_install_desktop_entry(_args: argparse.Namespace) -> None:
    from spasmguard.settings.launch_entries import install_menu_entry  # noqa: PLC0415

    try:
        written = install_menu_entry()
    except OSError as error:
        raise CliError(str(error)) from None
    for path in written:
        print(f"installed {path}")


_HANDLERS: dict[str, Callable[[argparse.Namespace], None]] = {
    "status": _cmd_status,
    "trigger": _simple("trigger", "habit"),
    "snooze": _simple("snooze", "habit", "minutes"),
    "pause": _simple("pause", "length"),
    "resume": _simple("resume"),
    "done": _simple("done", "habit"),
    "drink": _simple("drink", "ml"),
    "open": _cmd_open,
    "quit": _simple("quit"),
    "config": _cmd_config,
    "install-desktop-entry": _cmd_install_desktop_entry,
    "history": _cmd_history,
}
