from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """Sizes in pixels and colours of the timeline, for the desk or for a beamer."""

    label_px: int
    lane_px: int
    axis_px: int
    marker_px: int
    bar_px: int
    lane_height_px: int
    background: str = "#FFFFFF"
    text: str = "#000000"
    muted: str = "#555555"
    lane_band: str = "#F2F4F7"
    selection: str = "#000000"


DESK = Theme(label_px=13, lane_px=14, axis_px=12, marker_px=13, bar_px=10, lane_height_px=56)
# Projection: read from the back of a room on a washed-out beamer. Black on white is 21:1.
BEAMER = Theme(label_px=26, lane_px=28, axis_px=24, marker_px=26, bar_px=18, lane_height_px=110)
