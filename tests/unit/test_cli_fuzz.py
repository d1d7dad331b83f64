"""Hypothesis fuzzing of the command line: any argv, any settings file, never a traceback.

Runs in-process (``cli.parse_args`` + ``cli.run_command``, exactly what ``app.main`` does for a
command) with private config and data dirs, so no running app is reached. Commands that need
the app then answer "not running" (3). Every outcome must be one of the documented exit codes,
and a failure must come with a message on stderr that starts with the program's name.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spasmguard import cli

EXIT_CODES = {cli.EXIT_OK, cli.EXIT_ERROR, cli.EXIT_USAGE, cli.EXIT_NOT_RUNNING}
COMMANDS = ["status", "trigger", "snooze", "pause", "resume", "done", "drink", "open", "quit"]
WORDS = [
    *COMMANDS,
    "config",
    "path",
    "check",
    "--json",
    "--version",
    "-h",
    "--help",
    "posture",
    "hydration",
    "tomorrow",
    "off",
    "settings",
    "lifting",
    "10",
    "0",
    "-5",
    "99999999999999999999",
    "1e3",
    "",
    "--",
    "-",
]
ARGV = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=5)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextlib.contextmanager
def private_dirs() -> Iterator[Path]:
    """Fresh config and data dirs for one example (hypothesis forbids function fixtures)."""
    with tempfile.TemporaryDirectory() as root, pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPASMGUARD_CONFIG_DIR", str(Path(root) / "c"))
        patch.setenv("SPASMGUARD_DATA_DIR", str(Path(root) / "d"))
        # cli.speak sets LANGUAGE to the language chosen (a fuzzed file may choose any): the
        # patch puts the suite's back afterwards.
        patch.setenv("LANGUAGE", os.environ.get("LANGUAGE", ""))
        yield Path(root)


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one in-process command-line call."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            args = cli.parse_args(argv)
            # No command means "start the tray app", which is not what is fuzzed here.
            code = cli.run_command(args) if args.command is not None else cli.EXIT_OK
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else cli.EXIT_ERROR
    return code, out.getvalue(), err.getvalue()


def assert_clear(code: int, err: str) -> None:
    """A documented exit code; a failure says why, a usage error in one line, no traceback,
    and no bug caught by run_command's last resort (a KeyError would still exit 1)."""
    assert code in EXIT_CODES
    assert "Traceback" not in err
    assert "unexpected error" not in err
    lines = err.splitlines()
    if code != cli.EXIT_OK:
        assert lines, "a failure must say why"
        assert lines[-1].startswith("spasmguard")
    if code == cli.EXIT_USAGE:
        # Any line break, "\x1e" included: echoed arguments must not split the message.
        assert len(lines) == 1, "a usage error is one line"


@FUZZ
@given(ARGV)
def test_any_argv_gives_a_documented_exit_code_and_a_clear_message(argv: list[str]) -> None:
    with private_dirs():
        code, _out, err = run_cli(argv)
    assert_clear(code, err)


@FUZZ
@given(st.sampled_from(["trigger", "snooze", "done", "open", "quit", "resume"]), ARGV)
def test_commands_that_need_the_app_say_it_is_not_running(command: str, rest: list[str]) -> None:
    with private_dirs():
        code, _out, err = run_cli([command, *rest])
    assert_clear(code, err)
    assert code in {cli.EXIT_USAGE, cli.EXIT_NOT_RUNNING, cli.EXIT_OK}  # ok: --help
    if code == cli.EXIT_NOT_RUNNING:
        assert err == "spasmguard: spasmguard is not running.\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_config_check_and_status_survive_any_settings_file(raw: bytes) -> None:
    with private_dirs() as root:
        (root / "c").mkdir()
        (root / "c" / "settings.toml").write_bytes(raw)
        check_code, _out, check_err = run_cli(["config", "check"])
        status_code, status_out, status_err = run_cli(["status", "--json"])
        assert (root / "c" / "settings.toml").read_bytes() == raw
    assert_clear(check_code, check_err)
    assert check_code in {cli.EXIT_OK, cli.EXIT_ERROR}
    assert (status_code, status_err) == (cli.EXIT_OK, "")
    assert '"running": false' in status_out


def test_the_fuzzer_sees_real_failures() -> None:
    """Guard against a harness that swallows everything: known inputs give known codes."""
    with private_dirs():
        assert run_cli(["snooze", "posture", "0"])[0] == cli.EXIT_USAGE
        assert run_cli(["trigger", "posture"])[0] == cli.EXIT_NOT_RUNNING
        assert run_cli(["config", "path"])[0] == cli.EXIT_OK


def test_the_fuzzer_fails_on_a_bug_caught_as_an_unexpected_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A KeyError inside a command exits 1 with one sentence, like a real failure: not enough."""

    def broken(_args: object) -> None:
        raise KeyError("habits")

    monkeypatch.setitem(cli._HANDLERS, "status", broken)
    with private_dirs():
        code, _out, err = run_cli(["status"])
    assert (code, err) == (cli.EXIT_ERROR, "spasmguard: unexpected error: 'habits'\n")
    with pytest.raises(AssertionError, match="unexpected error"):
        assert_clear(code, err)
