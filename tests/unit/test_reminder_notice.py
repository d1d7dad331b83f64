"""Which buttons a reminder notification gets, per notification server."""

from __future__ import annotations

import pytest

from spasmguard.engine.reminder_notice import Reminder, buttons_for

PLAIN = Reminder("posture", "Posture", "Sit tall.")
GUIDED = Reminder("stretch", "Stretch", "Move.", can_start=True)
WATER = Reminder("hydration", "Water", "A glass.", can_add_glass=True)


@pytest.mark.parametrize("server", ["dunst", "mako", "Plasma", "Xfce Notify Daemon", ""])
def test_servers_without_a_known_limit_get_every_button_in_order(server: str) -> None:
    assert buttons_for(server, GUIDED.buttons) == ("start", "done", "snooze", "skip")
    assert buttons_for(server, WATER.buttons) == ("glass", "done", "snooze", "skip")
    assert buttons_for(server, PLAIN.buttons) == ("done", "snooze", "skip")


def test_gnome_shell_gets_at_most_three_the_habits_own_action_first() -> None:
    assert buttons_for("gnome-shell", GUIDED.buttons) == ("start", "done", "snooze")
    assert buttons_for("gnome-shell", WATER.buttons) == ("glass", "done", "snooze")
    assert buttons_for("gnome-shell", PLAIN.buttons) == ("done", "snooze", "skip")
