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
    rij_y: np.ndarray  # vertical position: moments on the lane's line, periods stacked below it;
    # moments on one date in one lane step down from the line, so none hides another


PERIOD_OFFSET = 0.2  # below the lane's line, in lanes
PERIOD_STEP = 0.14
MAX_STACK = 3
MOMENT_STEP = 0.18  # between moments on one date: a marker apart at desk size
MOMENT_ROOM = 0.44  # the deepest a moment goes: it stays nearer its own lane than the next


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
    _spread_moments(tijdlijn, items, lanes, y)
    return y


def _spread_moments(tijdlijn: Tijdlijn, items: np.ndarray, lanes: np.ndarray, y: np.ndarray):
    """Moments drawn at the same spot (same lane, same midpoint) step down from the lane's
    line one below the other, in reading order (the order items come in), closer together
    when many share the spot; so each has its own marker to see and click."""
    moments = np.flatnonzero(~tijdlijn.is_periode[items])
    if not len(moments):
        return
    spot = np.column_stack([lanes[moments], tijdlijn.midden[items[moments]]])
    order = np.lexsort((items[moments], spot[:, 1], spot[:, 0]))
    moments, spot = moments[order], spot[order]
    new_spot = np.r_[True, (spot[1:] != spot[:-1]).any(axis=1)]
    group = np.cumsum(new_spot) - 1
    first = np.flatnonzero(new_spot)
    rank = np.arange(len(moments)) - first[group]
    size = np.diff(np.r_[first, len(moments)])[group]
    step = np.minimum(MOMENT_STEP, MOMENT_ROOM / np.maximum(size - 1, 1))
    y[moments] += rank * step
