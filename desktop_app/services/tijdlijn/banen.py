"""Swim lanes: which row of the timeline each item is drawn in."""

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from desktop_app.services.tijdlijn.tijdlijn import HELP_CATEGORIES, Tijdlijn


class Indeling(StrEnum):
    PERSONEN = "personen"
    CATEGORIEEN = "categorieen"


@dataclass(frozen=True)
class Banen:
    namen: list[str]
    kleuren: list[str]
    rij_item: np.ndarray  # the item drawn in each row (an item about two people is drawn twice)
    rij_baan: np.ndarray  # the lane of each row
    rij_y: np.ndarray  # vertical position: moments on the lane's line, periods stacked below it


PERIOD_OFFSET = 0.2  # below the lane's line, in lanes
PERIOD_STEP = 0.14
MAX_STACK = 3


def verdeel(tijdlijn: Tijdlijn, indeling: Indeling) -> Banen:
    if Indeling(indeling) is Indeling.CATEGORIEEN:
        cats = tijdlijn.categorieen
        items = np.arange(len(tijdlijn))
        lanes = tijdlijn.categorie.astype(np.int64)
        return Banen(
            namen=[c.naam for c in cats],
            kleuren=[c.kleur for c in cats],
            rij_item=items,
            rij_baan=lanes,
            rij_y=_stacked(tijdlijn, items, lanes),
        )
    leden = tijdlijn.leden
    lane_of = {lid.id: i for i, lid in enumerate(leden)}
    gezin_lane, hulp_lane = len(leden), len(leden) + 1
    help_cats = {
        i for i, c in enumerate(tijdlijn.categorieen) if (c.sleutel or "") in HELP_CATEGORIES
    }
    items, lanes = [], []
    for index, (cat, people) in enumerate(zip(tijdlijn.categorie, tijdlijn.personen, strict=True)):
        if cat in help_cats:
            targets = (hulp_lane,)
        else:
            targets = tuple(lane_of[p] for p in people if p in lane_of) or (gezin_lane,)
        items.extend([index] * len(targets))
        lanes.extend(targets)
    rows, lane_rows = np.array(items, dtype=np.int64), np.array(lanes, dtype=np.int64)
    return Banen(
        namen=[lid.naam.split()[0] for lid in leden] + ["Hele gezin", "Hulpverlening"],
        kleuren=[lid.kleur for lid in leden] + ["#444444", "#117733"],
        rij_item=rows,
        rij_baan=lane_rows,
        rij_y=_stacked(tijdlijn, rows, lane_rows),
    )


def _stacked(tijdlijn: Tijdlijn, items: np.ndarray, lanes: np.ndarray) -> np.ndarray:
    """Periods that overlap in time within a lane get their own line below the lane's line."""
    y = lanes.astype(np.float64)
    periods = np.flatnonzero(tijdlijn.is_periode[items])
    start, end = tijdlijn.start_van[items], tijdlijn.laatst[items]
    ends_by_lane: dict[int, list[float]] = {}
    for row in periods[np.argsort(start[periods], kind="stable")]:
        ends = ends_by_lane.setdefault(int(lanes[row]), [])
        free = next((k for k, e in enumerate(ends) if e < start[row]), len(ends))
        if free == len(ends):
            ends.append(end[row])
        else:
            ends[free] = end[row]
        y[row] += PERIOD_OFFSET + (free % MAX_STACK) * PERIOD_STEP
    return y
