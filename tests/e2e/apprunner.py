"""Drive the installed ``spasmguard`` executable on the test desktop (see desktop.py).

Shared by the e2e tests (test_app.py) and scripts/screenshots.py: start the tray app in its
own short-named config and data dirs, talk to it through the real command line, find its X
windows and click them. Like desktop.py, this module does not import Qt: everything happens in
subprocesses, through the same channels a user (or a user's script) has.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import pytest

from spasmguard.core.habits import load_habits
from tests.e2e.desktop import HarnessError, require_programs, run, wait_until
from tests.installed import installed_executable

if TYPE_CHECKING:  # desktops/ uses this module's helpers
    from tests.e2e.desktops import Runner

READY_LINE = "spasmguard: ready"
READY_TIMEOUT = 15.0
QUIT_TIMEOUT = 5.0
CLI_TIMEOUT = 10.0
ALL_DAYS = '["mon", "tue", "wed", "thu", "fri", "sat", "sun"]'

# Reminders are due at any hour of any day, so the tests don't depend on when CI runs.
# Keys of [general] can be appended to this text.
ALL_DAY = f"""schema_version = 1

[general]
work_start = "00:00"
work_end = "00:00"
work_days = {ALL_DAYS}
"""

# One window of `xwininfo -root -tree`:
# '   0x600007 "spasmguard": ("spasmguard" "spasmguard")  22x30+0+0  +541+769'
_TREE_LINE = re.compile(
    r"^(?P<indent>\s*)(?P<id>0x[0-9a-f]+) (?P<name>\(has no name\)|\".*\"):"
    r" \((?P<cls>.*)\)\s+(?P<w>\d+)x(?P<h>\d+)[+-]-?\d+[+-]-?\d+\s+\+(?P<x>-?\d+)\+(?P<y>-?\d+)$"
)
APP_CLASS = '"spasmguard" "spasmguard"'
# The start of a log record (app.py's format: "2026-12-05 01:02:03,456 LEVEL logger: text").
_LOG_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (?P<level>[A-Z]+) ", re.MULTILINE)
_BAD_LEVELS = ("ERROR", "CRITICAL")
TRACEBACK = "Traceback (most recent call last)"
TRAYER_PANEL_CLASS = '"panel" "trayer"'
# Tray menu entries (mnemonics removed) as English shows them, and no other language does.
ENGLISH_MENU_ENTRIES = frozenset(
    {"Settings…", "History…", "Quit", "Pause reminders", "Do not disturb"}
)


def reminder_window_title(habit_id: str) -> str:
    """The title of the app's own reminder window for a habit (English)."""
    return f"Reminder: {load_habits('en')[habit_id].title}"


def executable() -> str:
    """The installed ``spasmguard`` script of this Python (not a module run by path)."""
    try:
        return installed_executable()
    except FileNotFoundError as error:
        raise HarnessError(str(error)) from None


@dataclass(frozen=True)
class Window:
    """An X window as xwininfo lists it; x and y are absolute (there is no window manager)."""

    wid: str
    name: str
    wm_class: str
    x: int
    y: int
    width: int
    height: int

    @property
    def center(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


def window_tree(env: dict[str, str]) -> list[tuple[int, Window]]:
    """Every window of the display with its depth in the tree, in xwininfo's order."""
    windows = []
    for line in run(["xwininfo", "-root", "-tree"], env).splitlines():
        if m := _TREE_LINE.match(line):
            name = m["name"].strip('"') if m["name"].startswith('"') else ""
            size = (int(m["x"]), int(m["y"]), int(m["w"]), int(m["h"]))
            windows.append((len(m["indent"]), Window(m["id"], name, m["cls"], *size)))
    return windows


def tray_icons(env: dict[str, str]) -> list[Window]:
    """The app's windows embedded (at any depth) in trayer's panel."""
    icons: list[Window] = []
    panel_depth: int | None = None
    for depth, window in window_tree(env):
        if panel_depth is not None and depth <= panel_depth:
            panel_depth = None
        if window.wm_class == TRAYER_PANEL_CLASS:
            panel_depth = depth
        elif panel_depth is not None and window.wm_class == APP_CLASS:
            icons.append(window)
    return icons


def visible_windows(env: dict[str, str], title: str) -> list[Window]:
    """Mapped windows whose title is exactly `title` (xdotool; none is not an error)."""
    done = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{re.escape(title)}$"],
        env=env,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        check=False,
    )
    shown = []
    for wid in done.stdout.split():
        # A window closing as it is listed is gone before its geometry is read (BadWindow).
        with contextlib.suppress(HarnessError):
            shown.append(_geometry(env, int(wid)))
    return shown


def _geometry(env: dict[str, str], wid: int) -> Window:
    shell = run(["xdotool", "getwindowgeometry", "--shell", str(wid)], env)
    values = dict(line.split("=", 1) for line in shell.split())
    name = run(["xdotool", "getwindowname", str(wid)], env).strip()
    x, y, w, h = (int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
    return Window(hex(wid), name, "", x, y, w, h)


def wait_for_window(env: dict[str, str], title: str, timeout: float = 5.0) -> Window:
    """The one visible window titled `title`, once it is mapped."""
    found: list[Window] = []

    def shown() -> bool:
        found[:] = visible_windows(env, title)
        return len(found) == 1

    wait_until(shown, f"one visible window titled {title!r}", timeout)
    return found[0]


def click(env: dict[str, str], x: int, y: int, button: int = 1) -> None:
    """Move the pointer to (x, y) and click there, as a user would.

    ``mousemove --sync`` waits for the pointer to move, so it would hang if it is there already.
    """
    where = dict(
        line.split("=", 1) for line in run(["xdotool", "getmouselocation", "--shell"], env).split()
    )
    if (where.get("X"), where.get("Y")) != (str(x), str(y)):
        run(["xdotool", "mousemove", "--sync", str(x), str(y)], env)
    run(["xdotool", "click", str(button)], env)


def crop(shot: Path, out: Path, box: tuple[int, int, int, int]) -> Path:
    """Save the (x, y, width, height) part of a screenshot as `out`."""
    x, y, w, h = box
    cmd = ["convert", str(shot), "-crop", f"{w}x{h}+{x}+{y}", "+repage", str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=CLI_TIMEOUT)
    return out


def colour_count(image: Path) -> int:
    """How many distinct colours an image has (1 means blank)."""
    cmd = ["convert", str(image), "-format", "%k", "info:"]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=CLI_TIMEOUT)
    return int(done.stdout)


def image_size(image: Path) -> tuple[int, int]:
    cmd = ["convert", str(image), "-format", "%w %h", "info:"]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=CLI_TIMEOUT)
    width, height = done.stdout.split()
    return int(width), int(height)


def _pixels(image: Path) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB bytes) of an image, through imagemagick's plain PPM."""
    cmd = ["convert", str(image), "-depth", "8", "ppm:-"]
    data = subprocess.run(cmd, check=True, capture_output=True, timeout=CLI_TIMEOUT).stdout
    _magic, width, height, _maxval, raw = data.split(maxsplit=4)
    w, h = int(width), int(height)
    return w, h, [raw[y * w * 3 : (y + 1) * w * 3] for y in range(h)]


def _runs(row: bytes, width: int, background: bytes) -> list[tuple[int, int, bytes]]:
    """(start, length, colour) of each stretch of one colour in a row, background excluded."""
    found = []
    x = 0
    while x < width:
        colour, start = row[x * 3 : x * 3 + 3], x
        while x < width and row[x * 3 : x * 3 + 3] == colour:
            x += 1
        if colour != background:
            found.append((start, x - start, colour))
    return found


def button_row(image: Path, at_least: int, min_width: int = 30) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of the first row of `at_least` or more push buttons, left to right.

    Qt draws each button's top and bottom edge as one straight line of one colour, so the
    buttons' row is the first pixel row with that many long lines of one colour, and their
    bottom is the last row with lines at the same places. Widgets are not X windows, so this is
    how a test finds where to click without knowing the layout in advance.
    """
    width, height, rows = _pixels(image)
    background = Counter(rows[height // 2][i : i + 3] for i in range(0, width * 3, 3))
    bg = background.most_common(1)[0][0]
    edges: list[tuple[int, list[tuple[int, int]]]] = []
    for y, row in enumerate(rows):
        lines = [r for r in _runs(row, width, bg) if r[1] >= min_width]
        if len(lines) >= at_least and len({colour for _, _, colour in lines}) == 1:
            edges.append((y, [(x, n) for x, n, _ in lines]))
    if not edges:
        raise HarnessError(f"no row of {at_least} buttons found in {image}")
    top, spans = edges[0]
    bottom = max(y for y, same in edges if same == spans)
    return [(x, top, n, bottom - top + 1) for x, n in spans]


def log_records(text: str) -> list[tuple[str, str]]:
    """(level, whole record with any traceback lines) of each record of the app's log."""
    starts = [(m.start(), m["level"]) for m in _LOG_RECORD.finditer(text)]
    ends = [start for start, _ in starts[1:]] + [len(text)]
    records = [(level, text[start:end]) for (start, level), end in zip(starts, ends, strict=True)]
    head = text[: starts[0][0]] if starts else text
    return [("", head), *records] if head.strip() else records


def log_problems(text: str, allowed: Sequence[str] = ()) -> list[str]:
    """The log's records at ERROR or worse, or carrying a traceback, that no pattern allows."""
    return [
        record.rstrip("\n")
        for level, record in log_records(text)
        if (level in _BAD_LEVELS or TRACEBACK in record)
        and not any(re.search(pattern, record) for pattern in allowed)
    ]


class AppLogError(AssertionError):
    """The app logged an error or a traceback, or printed one on stderr: a test failure."""


class App:
    """One running tray app in its own config and data dirs (short paths: the IPC socket's
    path must fit in about 100 bytes, which pytest's tmp_path does not guarantee).

    Once the app has ended (``quit``, ``stop``), its log (``spasmguard.log``) and stderr must
    hold no error and no traceback, or AppLogError fails the test: errors caught inside the app
    are logged, not shown, so this is where they become visible. ``allowed_errors`` are
    regular expressions for the errors a test provokes on purpose.
    """

    def __init__(
        self,
        desktop_env: dict[str, str],
        settings: str = ALL_DAY,
        runner: Runner | None = None,
        command: Sequence[str] = (),
        allowed_errors: Sequence[str] = (),
    ) -> None:
        """`settings` is the text of settings.toml; the default keeps reminders due all day.

        `runner` runs the app as a desktop's own account (tests/e2e/desktops); without one it
        is this Python's installed script, run as the test process's user. `command` starts
        the tray app instead of the installed script (e.g. ``python -m``).
        """
        self.command = list(command)
        self.allowed_errors = tuple(allowed_errors)
        self._checked = False
        self.root = Path(tempfile.mkdtemp(prefix="sg", dir="/tmp"))
        self.config_dir = self.root / "c"
        self.data_dir = self.root / "d"
        self.config_dir.mkdir()
        (self.config_dir / "settings.toml").write_text(settings)
        self._runner = runner
        if runner is not None:
            runner.give(self.root)
        self.env = {
            **desktop_env,
            "SPASMGUARD_CONFIG_DIR": str(self.config_dir),
            "SPASMGUARD_DATA_DIR": str(self.data_dir),
        }
        self.proc: subprocess.Popen[str] | None = None
        self._out: TextIO | None = None

    @property
    def stdout_path(self) -> Path:
        return self.root / "app.out"

    @property
    def stderr_path(self) -> Path:
        return self.root / "app.err"

    @property
    def log_path(self) -> Path:
        return self.data_dir / "logs" / "spasmguard.log"

    def start(self) -> App:
        """Start the tray app; return once it printed its ready line."""
        require_programs({"xdotool": "xdotool", "convert": "imagemagick"})
        self.stop()
        self._checked = False
        self._out = self.stdout_path.open("w")
        with self.stderr_path.open("a") as err:
            self.proc = subprocess.Popen(
                self.command or self._command(),
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=self._out,
                stderr=err,
                text=True,
            )
        wait_until(self._ready, f"{READY_LINE!r} from the app", READY_TIMEOUT)
        return self

    def _command(self, *args: str) -> list[str]:
        if self._runner is None:
            return [executable(), *args]
        return self._runner.spasmguard(*args)

    def _ready(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise HarnessError(f"the app exited {self.proc.returncode}: {self.stderr()}")
        return READY_LINE in self.stdout_path.read_text().splitlines()

    def stderr(self) -> str:
        return self.stderr_path.read_text() if self.stderr_path.exists() else ""

    def cli(self, *args: str, timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess[str]:
        """Run ``spasmguard ARGS`` against this app's dirs; the caller checks the exit code."""
        return subprocess.run(
            self._command(*args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def ok(self, *args: str) -> str:
        """Run a command that must succeed; return its stdout."""
        done = self.cli(*args)
        if done.returncode != 0:
            raise HarnessError(
                f"spasmguard {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}"
            )
        return done.stdout

    def status(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.ok("status", "--json"))
        return parsed

    def events(self, habit: str) -> list[str]:
        """The kinds of the habit's history events, oldest first (database opened read-only)."""
        path = self.data_dir / "history.sqlite3"
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            query = "SELECT kind FROM events WHERE habit = ? ORDER BY at_utc, id"
            return [kind for (kind,) in db.execute(query, (habit,))]

    def wait_for_event(self, habit: str, kind: str, timeout: float = 5.0) -> None:
        wait_until(lambda: kind in self.events(habit), f"a {kind!r} event for {habit}", timeout)

    def log(self) -> str:
        """The app's whole log, oldest first (rotated files too)."""
        files = sorted(self.log_path.parent.glob(f"{self.log_path.name}*"), reverse=True)
        return "".join(path.read_text(encoding="utf-8", errors="replace") for path in files)

    def check_log(self) -> None:
        """AppLogError for each error or traceback in the log and stderr (once per run)."""
        if self._checked:
            return
        self._checked = True
        problems = log_problems(self.log(), self.allowed_errors)
        if TRACEBACK in self.stderr():
            problems.append(f"stderr: {self.stderr()}")
        if problems:
            raise AppLogError(f"the app in {self.root} reported:\n" + "\n".join(problems))

    def quit(self) -> int:
        """``spasmguard quit``; return the app's exit code (HarnessError if it does not end).

        AppLogError if its log or stderr holds an error or a traceback (see the class).
        """
        assert self.proc is not None
        self.ok("quit")
        try:
            code = self.proc.wait(timeout=QUIT_TIMEOUT)
        except subprocess.TimeoutExpired as exc:
            raise HarnessError(f"the app did not end within {QUIT_TIMEOUT:g} s of quit") from exc
        self.check_log()
        return code

    def stop(self) -> int | None:
        """Quit if still running, killing it if it won't; return its exit code, None if killed.

        AppLogError, once the app has ended, as for ``quit``.
        """
        code: int | None = None
        if self.proc is not None and self.proc.poll() is None:
            try:
                code = self.quit()
            except HarnessError:
                self.proc.kill()
                self.proc.wait(timeout=QUIT_TIMEOUT)
        elif self.proc is not None:
            code = self.proc.returncode
        if self._out is not None:
            self._out.close()
            self._out = None
        if self.proc is not None:
            self.check_log()
        return code

    def remove(self) -> None:
        """Delete the app's dirs (after stop)."""
        shutil.rmtree(self.root, ignore_errors=True)


def settle(app: App, habit: str, kinds: list[str]) -> None:
    """Wait for the last expected event, give a wrong app time for extra ones, compare."""
    app.wait_for_event(habit, kinds[-1])
    time.sleep(0.5)
    assert app.events(habit) == kinds


def launched_apps(
    desktop_env: dict[str, str], runner: Runner | None = None
) -> Iterator[Callable[..., App]]:
    """The body of a `launch` fixture: start apps (reminders due all day + `settings`, in
    `env` or the desktop's); at the end each must have quit with 0, its log and stderr clean
    (AppLogError)."""
    apps: list[App] = []

    def start(
        settings: str = "", env: dict[str, str] | None = None, command: Sequence[str] = ()
    ) -> App:
        app = App(env or desktop_env, ALL_DAY + settings, runner, command)
        apps.append(app)
        return app.start()

    yield start
    problems = []
    for app in apps:
        try:
            code = app.stop()
        except AppLogError as error:
            problems.append(str(error))
            continue
        if code != 0:
            problems.append(f"app in {app.root} ended with {code} (None: killed)")
        if not problems:
            app.remove()
    if problems:
        pytest.fail("\n".join(problems))
