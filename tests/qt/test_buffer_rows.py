"""Window widths with unpadded Wayland buffer rows (ui/buffer_rows.py)."""

from __future__ import annotations

import pytest

from spasmguard.ui.buffer_rows import unpadded_width


@pytest.mark.parametrize(
    ("width", "ratio", "wanted"),
    [
        (392, 1.0, 448),  # the reminder window: 1568 bytes a row, which Qt pads to 1792
        (384, 1.0, 384),  # already whole rows: unchanged
        (589, 1.0, 640),
        (300, 2.0, 320),  # 640 device pixels
        (321, 2.0, 352),
    ],
)
def test_the_width_grows_to_the_next_whole_number_of_rows(
    width: int, ratio: float, wanted: int
) -> None:
    assert unpadded_width(width, ratio) == wanted
