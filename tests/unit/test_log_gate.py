"""The e2e tests' gate on the app's log (tests/e2e/apprunner.py): what it lets through."""

from __future__ import annotations

from tests.e2e.apprunner import log_problems

LOG = """\
2026-12-05 01:02:03,456 INFO spasmguard: ready
2026-12-05 01:02:04,000 WARNING spasmguard.engine.notifier: notifier: clean shutdown failed
Traceback (most recent call last):
  File "notifier.py", line 1, in close
TimeoutError
2026-12-05 01:02:05,000 WARNING spasmguard.ui.controller: no system tray after 0 s
2026-12-05 01:02:06,000 ERROR spasmguard.engine.instance: command 'status' failed
Traceback (most recent call last):
  File "instance.py", line 1, in handle
KeyError: 'habits'
2026-12-05 01:02:07,000 CRITICAL spasmguard: out of memory
2026-12-05 01:02:08,000 INFO spasmguard: a message that says ERROR in its text
"""


def test_errors_and_tracebacks_are_problems_with_their_whole_record() -> None:
    problems = log_problems(LOG)
    assert [p.splitlines()[0][24:] for p in problems] == [
        "WARNING spasmguard.engine.notifier: notifier: clean shutdown failed",
        "ERROR spasmguard.engine.instance: command 'status' failed",
        "CRITICAL spasmguard: out of memory",
    ]
    assert problems[1].splitlines()[-1] == "KeyError: 'habits'"


def test_an_allowed_pattern_lets_only_its_records_through() -> None:
    problems = log_problems(LOG, allowed=[r"command 'status' failed", r"out of memory"])
    assert len(problems) == 1
    assert "clean shutdown failed" in problems[0]


def test_a_traceback_before_the_first_record_is_a_problem() -> None:
    text = "Traceback (most recent call last):\n  boom\n" + LOG.splitlines(keepends=True)[0]
    assert log_problems(text) == ["Traceback (most recent call last):\n  boom"]
    assert log_problems(LOG.splitlines(keepends=True)[0]) == []
