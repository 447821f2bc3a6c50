"""Where every label of a timeline lane goes: one layout for the screen and for paper.

Labels are stacked in rows above their lane instead of being dropped, so every item keeps
its title. Units are the caller's (pixels on screen, points on paper): the caller measures
the text, this module only decides rows and positions.
"""

from bisect import bisect_left
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Etiketten:
    rij: np.ndarray  # row of each label; 0 is nearest the lane's line
    x: np.ndarray  # left edge of each label

    @property
    def rijen(self) -> int:
        return int(self.rij.max()) + 1 if len(self.rij) else 0

    @property
    def geplaatst(self) -> np.ndarray:
        return self.rij >= 0


def leg_uit(
    links: np.ndarray,
    rechts: np.ndarray,
    breedte: np.ndarray,
    van: float,
    tot: float,
    afstand: float = 0.0,
    voorrang: np.ndarray | None = None,
    rijen: int | None = None,
) -> Etiketten:
    """A row and a left edge for each item's label.

    An item's mark spans `links`..`rechts`; its label (`breedte` wide) starts right of the
    mark, or ends left of it where that keeps it in a lower row or the right edge of the
    range `van`..`tot` is near; where neither side fits the range it is shifted inward.
    Labels in one row keep `afstand` between them. Items in `voorrang` (the selection) are
    placed first, so they get the rows nearest the line. With `rijen` (a lane on screen has
    room for a few) a label that fits none of those rows gets row -1: it is left out.
    """
    links, rechts = np.asarray(links, float), np.asarray(rechts, float)
    breedte = np.asarray(breedte, float)
    if len(breedte) and breedte.max() > tot - van:
        raise ValueError("a label is wider than the range: shorten its text first")
    right = np.clip(rechts, van, tot - breedte)
    left = np.clip(links - breedte, van, tot - breedte)
    first = np.zeros(len(right), bool) if voorrang is None else np.asarray(voorrang, bool)
    # the right side unless it runs into the edge; the other side where that is lower
    preferred = np.where(rechts + breedte <= tot, right, left).tolist()
    other = np.where(rechts + breedte <= tot, left, right).tolist()
    widths, limit = breedte.tolist(), len(right) if rijen is None else rijen
    rij, x = [0] * len(right), preferred[:]
    rows: list[tuple[list[float], list[float]]] = []  # per row: sorted starts, their ends
    for i in np.lexsort((right, ~first)).tolist():
        row = _eerste_rij(rows, preferred[i], preferred[i] + widths[i], afstand, limit)
        if row > 0:  # not at the line: perhaps lower on the other side
            lower = _eerste_rij(rows, other[i], other[i] + widths[i], afstand, row)
            if lower < row:
                row, x[i] = lower, other[i]
        if row >= limit:
            rij[i] = -1
            continue
        if row == len(rows):
            rows.append(([], []))
        starts, ends = rows[row]
        at = bisect_left(starts, x[i])
        starts.insert(at, x[i])
        ends.insert(at, x[i] + widths[i])
        rij[i] = row
    return Etiketten(rij=np.array(rij, dtype=np.int64), x=np.array(x, dtype=float))


def _eerste_rij(rows, start: float, end: float, gap: float, limit: int) -> int:
    """The lowest row below `limit` in which start..end fits between the labels already
    there; `limit` when none (a new row, where there is room for one)."""
    for number in range(min(len(rows), limit)):
        starts, ends = rows[number]
        at = bisect_left(starts, start)
        after_previous = at == 0 or ends[at - 1] + gap <= start
        before_next = at == len(starts) or end + gap <= starts[at]
        if after_previous and before_next:
            return number
    return min(len(rows), limit)
