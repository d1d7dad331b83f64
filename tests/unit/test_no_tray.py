"""The no-tray decision: wait for a tray, then explain once, then stay quiet."""

from __future__ import annotations

import pytest

from spasmguard.core.no_tray import (
    MAIN_WINDOW,
    TRAY_RETRY_MS,
    TRAY_WAIT_ENV,
    TRAY_WAIT_MS,
    TrayStep,
    next_step,
    relaunch_window,
    tray_wait_ms,
)


@pytest.mark.parametrize("waited", [0, TRAY_WAIT_MS, 10 * TRAY_WAIT_MS])
@pytest.mark.parametrize("seen", [False, True])
def test_a_tray_is_used_whenever_it_is_there(waited: int, seen: bool) -> None:
    assert next_step(True, waited, seen) is TrayStep.SHOW_TRAY


@pytest.mark.parametrize("seen", [False, True])
def test_without_a_tray_it_looks_again_for_a_while(seen: bool) -> None:
    assert next_step(False, 0, seen) is TrayStep.RETRY
    assert next_step(False, TRAY_WAIT_MS - TRAY_RETRY_MS, seen) is TrayStep.RETRY


def test_after_the_wait_it_explains_the_first_time_only() -> None:
    assert next_step(False, TRAY_WAIT_MS, notice_seen=False) is TrayStep.EXPLAIN
    assert next_step(False, TRAY_WAIT_MS, notice_seen=True) is TrayStep.STAY_QUIET


def test_the_wait_is_a_minute_in_a_dozen_looks_then_nothing() -> None:
    looks = 0
    while next_step(False, looks * TRAY_RETRY_MS, True) is TrayStep.RETRY:
        looks += 1
    assert (looks, looks * TRAY_RETRY_MS) == (12, 60_000)


def test_a_relaunch_opens_settings_with_a_tray_and_the_main_window_without() -> None:
    assert relaunch_window(tray_shown=True) == "settings"
    assert relaunch_window(tray_shown=False) == MAIN_WINDOW == "main"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2", 2000), ("0.5", 500), ("0", 0), ("-1", TRAY_WAIT_MS), ("soon", TRAY_WAIT_MS)],
)
def test_a_test_can_shorten_the_wait_but_never_break_or_lengthen_it(
    value: str, expected: int
) -> None:
    assert tray_wait_ms({}) == TRAY_WAIT_MS
    assert tray_wait_ms({TRAY_WAIT_ENV: value}) == expected
    assert tray_wait_ms({TRAY_WAIT_ENV: "3600"}) == TRAY_WAIT_MS
    assert next_step(False, 2000, False, wait_ms=2000) is TrayStep.EXPLAIN
