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
    mark, or ends left of it where the right edge of the range `van`..`tot` is near, and is
    shifted inward where neither fits. Labels in one row keep `afstand` between them. Items
    in `voorrang` (the selection) are placed first, so they get the rows nearest the line.
    Without `voorrang` the rows are as few as possible: as many as labels overlap at one x.
    """
    links, rechts = np.asarray(links, float), np.asarray(rechts, float)
    breedte = np.asarray(breedte, float)
    if len(breedte) and breedte.max() > tot - van:
        raise ValueError("a label is wider than the range: shorten its text first")
    x = np.where(rechts + breedte <= tot, rechts, links - breedte)
    x = np.clip(x, van, tot - breedte)
    first = np.zeros(len(x), bool) if voorrang is None else np.asarray(voorrang, bool)
    rij = np.zeros(len(x), dtype=np.int64)
    rows: list[tuple[list[float], list[float]]] = []  # per row: sorted starts, their ends
    for i in np.lexsort((x, ~first)):
        start, end = x[i], x[i] + breedte[i]
        rij[i] = next(
            (r for r, row in enumerate(rows) if _past(row, start, end, afstand)), len(rows)
        )
        if rij[i] == len(rows):
            rows.append(([], []))
        starts, ends = rows[rij[i]]
        at = bisect_left(starts, start)
        starts.insert(at, start)
        ends.insert(at, end)
    return Etiketten(rij=rij, x=x)


def _past(row: tuple[list[float], list[float]], start: float, end: float, gap: float) -> bool:
    """Whether start..end fits between the labels already in this row."""
    starts, ends = row
    at = bisect_left(starts, start)
    after_previous = at == 0 or ends[at - 1] + gap <= start
    before_next = at == len(starts) or end + gap <= starts[at]
    return after_previous and before_next
