"""The ``spasmguard`` command line: argument parsing and every command except starting the tray.

Commands that act on reminders are sent to the running app over local IPC; ``status`` and
``config`` work without it. Every failure is one plain sentence on stderr with a documented
exit code, never a traceback. Heavy modules (Qt, settings I/O) are imported only by the commands
that need them, so ``spasmguard --version`` starts fast.

It speaks the language the app speaks (the setting, else the system's), through gettext rather
than Qt: Qt's translator needs a QCoreApplication and importing QtCore alone costs more than the
whole command line does, while argparse already looks up its own texts ("usage: ", "the
following arguments are required: %s") with gettext. scripts/translations.py build compiles
the ``.ts`` files' context-free texts (ours, marked ``_("...")``, the settings layer's
Messages and argparse's, listed in :data:`ARGPARSE_TEXTS`) into
``resources/locale/<lang>/LC_MESSAGES/spasmguard.mo``, so one ``.ts`` per language holds them all.
"""

from __future__ import annotations

import argparse
import gettext
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
from spasmguard.core.messages import translated
from spasmguard.settings.speech import speak

if TYPE_CHECKING:
    from spasmguard.core.clock import SystemClock
    from spasmguard.core.history import History


_ = gettext.gettext


def _mark(text: str) -> str:
    """Marks a text for extraction (lupdate) that gettext looks up elsewhere."""
    return text


ARGPARSE_TEXTS = (
    _mark("usage: "),
    _mark("positional arguments"),
    _mark("options"),
    _mark("show this help message and exit"),
    _mark("argument %(argument_name)s: %(message)s"),
    _mark("invalid choice: %(value)r (choose from %(choices)s)"),
    _mark("the following arguments are required: %s"),
    _mark("unrecognized arguments: %s"),
    _mark("expected one argument"),
    _mark("expected at most one argument"),
    _mark("ignored explicit argument %r"),
    _mark("ambiguous option: %(option)s could match %(matches)s"),
    _mark("invalid %(type)s value: %(value)r"),
)
"""argparse's own texts that this parser can show (Python 3.11's argparse.py passes them to
``gettext.gettext``); listed so lupdate puts them in the .ts files beside ours."""


def shown(text: str) -> str:
    """``text`` as the user reads it: a core.messages.Message in the language spoken."""
    return translated(text, gettext.gettext)


class CliError(Exception):
    """A failure to report as one sentence with an exit code (``message`` may be a Message)."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (not usage + error) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        # The message echoes the arguments: control characters (a newline, a terminal escape)
        # are shown escaped, so it stays one line and cannot drive the terminal.
        visible = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in message)
        line = _("{prog}: {problem} (see '{prog} --help')").format(prog=self.prog, problem=visible)
        self.exit(EXIT_USAGE, line + "\n")


def _whole_number(name: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number in [low, high]; the message names the argument."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            message = _("{name} must be a whole number from {low} to {high}, got '{text}'")
            raise argparse.ArgumentTypeError(
                message.format(name=name, low=low, high=high, text=text)
            )
        return value

    return convert


def _pause_length(text: str) -> str | int:
    """MINUTES, 'tomorrow' or 'off'."""
    if text in ("tomorrow", "off"):
        return text
    return _whole_number(_("pause length"), 1, MAX_PAUSE_MINUTES)(text)


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line interface (also the source of ``--help``), in the language
    spoken (call :func:`speak` first)."""
    parser = _Parser(
        prog="spasmguard",
        description=_(
            "A tray app that reminds you to check your posture, drink water, stretch and take "
            "stress breaks. Run without a command to start it."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"spasmguard {__version__}",
        # Python 3.11's argparse does not pass this default through gettext; 3.12's does.
        help=_("show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=_Parser)
    habit: dict[str, Any] = {"choices": HABIT_IDS, "metavar": _("HABIT")}
    habit["help"] = ", ".join(HABIT_IDS)
    minutes = _("MINUTES")

    status = sub.add_parser("status", help=_("show the next reminder of each habit"))
    status.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))

    sub.add_parser("trigger", help=_("show a habit's reminder now")).add_argument("habit", **habit)

    snooze = sub.add_parser("snooze", help=_("put off a habit's reminder for some minutes"))
    snooze.add_argument("habit", **habit)
    snooze.add_argument(
        "minutes", type=_whole_number(minutes, 1, MAX_SNOOZE_MINUTES), metavar=minutes
    )

    pause_help = _("pause all reminders: {minutes}, 'tomorrow' or 'off'").format(minutes=minutes)
    pause = sub.add_parser("pause", help=pause_help)
    pause.add_argument("length", type=_pause_length, metavar=f"{minutes}|tomorrow|off")

    sub.add_parser("resume", help=_("end a pause"))

    done = sub.add_parser("done", help=_("mark a habit done now (its timer restarts)"))
    done.add_argument("habit", **habit)

    drink = sub.add_parser("drink", help=_("count water you drank (default: one glass)"))
    ml = _("ML")
    drink.add_argument("ml", nargs="?", type=_whole_number(ml, 1, MAX_WATER_ML), metavar=ml)

    opener = sub.add_parser("open", help=_("open a window of the running app"))
    opener.add_argument("window", choices=OPEN_WINDOWS, metavar="|".join(OPEN_WINDOWS))

    sub.add_parser("quit", help=_("quit the running app"))

    config_help = _("'path' prints where settings live; 'check' validates")
    config = sub.add_parser("config", help=config_help)
    config.add_argument("action", choices=("path", "check"), metavar="path|check")

    menus_help = _("add spasmguard to your desktop's app menus")
    sub.add_parser("install-desktop-entry", help=menus_help)
    _add_history_parser(sub)
    return parser


def _add_history_parser(sub: Any) -> None:
    """``history export --format csv|json FILE`` and ``history delete --yes``."""
    history = sub.add_parser("history", help=_("export or delete the history (app not needed)"))
    actions = history.add_subparsers(
        dest="action", metavar="export|delete", required=True, parser_class=_Parser
    )
    file = _("FILE")
    export = actions.add_parser("export", help=_("write every event to {file}").format(file=file))
    export.add_argument("--format", required=True, choices=("csv", "json"), metavar="csv|json")
    export.add_argument(
        "file", metavar=file, help=_("the file to write (replaced if it exists), - for stdout")
    )
    delete = actions.add_parser("delete", help=_("delete every event (snoozes and pauses stay)"))
    delete.add_argument("--yes", action="store_true", help=_("confirm: this cannot be undone"))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line in the user's language (exits 2 with one line on a usage error)."""
    from spasmguard.settings.language import chosen_language  # noqa: PLC0415
    from spasmguard.settings.paths import settings_file  # noqa: PLC0415

    language = chosen_language(settings_file())
    speak(language)
    parser = build_parser()
    parser.set_defaults(language=language)
    return parser.parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed command other than starting the app; returns the exit code."""
    handler = _HANDLERS[args.command]
    try:
        handler(args)
    except CliError as error:
        print(f"spasmguard: {shown(error.message)}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return EXIT_ERROR
    except Exception as error:
        print(_("spasmguard: unexpected error: {error}").format(error=error), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _ask_app(command: str, args: dict[str, Any] | None = None) -> Any:
    """Send a command to the running app; CliError(3) when it is not running.

    The app answers in its own language, which is ours: both follow the same setting.
    """
    from spasmguard.engine.instance import CommandError, NotRunning, send_command  # noqa: PLC0415
    from spasmguard.settings.paths import runtime_dir  # noqa: PLC0415

    try:
        return send_command(runtime_dir(), command, args or {})
    except NotRunning:
        raise CliError(_("spasmguard is not running."), EXIT_NOT_RUNNING) from None
    except CommandError as error:
        raise CliError(error.args[0]) from None


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
    titles = {hid: habit.title for hid, habit in load_habits(args.language).items()}
    print(format_status(status, titles, clock.now(), shown))


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
        verdict = _("ok") if path.exists() else _("not created yet (defaults in use)")
        print(f"{path}: {verdict}")
        return
    if len(problems) == 1 and not problems[0].key:
        # The file as a whole is unusable: its one sentence says it all, no per-key summary.
        raise CliError(f"{path}: {shown(problems[0].message)}")
    for problem in problems:
        key = f"{problem.key}: " if problem.key else ""
        print(f"{path}: {key}{shown(problem.message)}", file=sys.stderr)
    summary = _("Problems in {file}: {count}; defaults are used for those keys.")
    raise CliError(summary.format(file=path.name, count=len(problems)))


def _cmd_history(args: argparse.Namespace) -> None:
    """Export or delete straight from the history file, whether or not the app is running.

    Both are safe beside a running app: export reads through a read-only connection, and
    delete is one write transaction that waits for the app's (sqlite's locks keep them apart).
    """
    if args.action == "export":
        _export_history(args.format, args.file)
    elif not args.yes:
        raise CliError(_("this deletes every event for good; add --yes to confirm."), EXIT_USAGE)
    else:
        with _history_file(read_only=False) as history:
            deleted = history.delete_events() if history is not None else 0
        print(_("Events deleted: {count}.").format(count=deleted))


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
    print(_("Events exported to {file}: {count}.").format(file=file, count=len(events)))


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
        print(_("installed {file}").format(file=path))


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
