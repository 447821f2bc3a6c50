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


def leg_uit(
    links: np.ndarray,
    rechts: np.ndarray,
    breedte: np.ndarray,
    van: float,
    tot: float,
    afstand: float = 0.0,
    voorrang: np.ndarray | None = None,
) -> Etiketten:
    """A row and a left edge for each item's label.

    An item's mark spans `links`..`rechts`; its label (`breedte` wide) starts right of the
    mark, or ends left of it where that keeps it in a lower row or the right edge of the
    range `van`..`tot` is near; where neither side fits the range it is shifted inward.
    Labels in one row keep `afstand` between them. Items in `voorrang` (the selection) are
    placed first, so they get the rows nearest the line.
    """
    links, rechts = np.asarray(links, float), np.asarray(rechts, float)
    breedte = np.asarray(breedte, float)
    if len(breedte) and breedte.max() > tot - van:
        raise ValueError("a label is wider than the range: shorten its text first")
    right = np.clip(rechts, van, tot - breedte)
    left = np.clip(links - breedte, van, tot - breedte)
    first = np.zeros(len(right), bool) if voorrang is None else np.asarray(voorrang, bool)
    rij = np.zeros(len(right), dtype=np.int64)
    x = right.copy()
    rows: list[tuple[list[float], list[float]]] = []  # per row: sorted starts, their ends
    for i in np.lexsort((right, ~first)):
        # the right side unless it runs into the edge; the other side where that is lower
        sides = (right[i], left[i]) if rechts[i] + breedte[i] <= tot else (left[i], right[i])
        row, other = (_eerste_rij(rows, start, start + breedte[i], afstand) for start in sides)
        x[i] = sides[1] if other < row else sides[0]
        row = min(row, other)
        if row == len(rows):
            rows.append(([], []))
        starts, ends = rows[row]
        at = bisect_left(starts, x[i])
        starts.insert(at, x[i])
        ends.insert(at, x[i] + breedte[i])
        rij[i] = row
    return Etiketten(rij=rij, x=x)


def _eerste_rij(rows, start: float, end: float, gap: float) -> int:
    """The lowest row in which start..end fits between the labels already there."""
    for number, (starts, ends) in enumerate(rows):
        at = bisect_left(starts, start)
        after_previous = at == 0 or ends[at - 1] + gap <= start
        before_next = at == len(starts) or end + gap <= starts[at]
        if after_previous and before_next:
            return number
    return len(rows)
