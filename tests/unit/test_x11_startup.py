"""The startup-notification "remove" message a handed-over launch sends (engine/x11_startup.py)."""

from __future__ import annotations

from spasmguard.engine.x11_startup import chunks, remove_message


def test_the_remove_message_quotes_the_id_and_ends_with_nul() -> None:
    assert remove_message("gnome-shell-4711_TIME123") == b'remove: ID="gnome-shell-4711_TIME123"\0'
    assert remove_message('a "b" \\c') == b'remove: ID="a \\"b\\" \\\\c"\0'


def test_the_message_goes_out_in_twenty_byte_pieces() -> None:
    message = remove_message("x" * 30)
    pieces = chunks(message)
    assert [len(piece) for piece in pieces] == [20, 20, 20]
    assert b"".join(pieces).rstrip(b"\0") + b"\0" == message
