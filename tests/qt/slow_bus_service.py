"""A deliberately slow session-bus service: Mutter's idle monitor and a notification server.

Usage: ``python slow_bus_service.py DELAY_S IDLE_MS COMMAND...`` on a session bus of its own
(``dbus-run-session --``). It owns ``org.gnome.Mutter.IdleMonitor`` (``GetIdletime`` answers
IDLE_MS) and ``org.freedesktop.Notifications`` (the ``Inhibited`` and dunst ``paused`` properties
answer false), and every reply leaves DELAY_S seconds after its question; other calls get an
error just as late. Questions are answered concurrently, as a busy desktop shell would. Once
both names are owned it runs COMMAND, and exits with its exit code; each question it was asked
is written to stderr.
"""

from __future__ import annotations

import asyncio
import sys

from dbus_fast import Message, MessageType, Variant
from dbus_fast.aio import MessageBus

NAMES = ("org.gnome.Mutter.IdleMonitor", "org.freedesktop.Notifications")
_PROPERTIES = "org.freedesktop.DBus.Properties"
_INHIBIT_PROPERTIES = (
    ("org.freedesktop.Notifications", "Inhibited"),
    ("org.dunstproject.cmd0", "paused"),
)


def reply_to(message: Message, idle_ms: int) -> Message:
    call = (message.interface, message.member)
    if call == (NAMES[0], "GetIdletime"):
        return Message.new_method_return(message, "t", [idle_ms])
    if call == (_PROPERTIES, "Get") and tuple(message.body) in _INHIBIT_PROPERTIES:
        return Message.new_method_return(message, "v", [Variant("b", False)])
    return Message.new_error(
        message, "org.freedesktop.DBus.Error.UnknownMethod", "slow and unknown"
    )


async def main(delay: float, idle_ms: int, command: list[str]) -> int:
    bus = await MessageBus().connect()
    tasks: set[asyncio.Task[None]] = set()

    async def answer_later(message: Message) -> None:
        await asyncio.sleep(delay)
        await bus.send(reply_to(message, idle_ms))

    def handle(message: Message) -> bool:
        if message.message_type != MessageType.METHOD_CALL or message.destination not in NAMES:
            return False
        print("asked", message.interface, message.member, file=sys.stderr, flush=True)
        task = asyncio.get_running_loop().create_task(answer_later(message))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        return True

    bus.add_message_handler(handle)
    for name in NAMES:
        await bus.request_name(name)
    process = await asyncio.create_subprocess_exec(*command)
    return await process.wait()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(float(sys.argv[1]), int(sys.argv[2]), sys.argv[3:])))
