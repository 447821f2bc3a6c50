"""How a timeline is spread over sheets of paper: which items each sheet holds, the time it
spans, how tall each lane is and where every label, tick and legend entry goes.

Only geometry, in points with the origin at the bottom left of the drawing; the drawing
itself is `reports/tijdlijn.py`. When the labels of the whole period do not fit one sheet,
the period is split over several sheets with about as many items each, and every item is on
exactly one of them (by the middle of its start).
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from itertools import pairwise

import numpy as np
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.model.fuzzy_date import MONTHS
from desktop_app.reports import lettertype
from desktop_app.services.tijdlijn.banen import PERIOD_OFFSET, PERIOD_STEP, Banen
from desktop_app.services.tijdlijn.etiketten import leg_uit
from desktop_app.services.tijdlijn.tijdlijn import DAY, Tijdlijn

TUSSENRUIMTE = "  "  # between an item's date and its title
PERIODE = "periode"
BENADERING = "datum bij benadering"


@dataclass(frozen=True)
class Maat:
    """Type and mark sizes in points for one paper format."""

    titel: float
    onder: float  # the line under the title
    etiket: float
    baan: float
    tijd: float  # the axis
    legenda: float
    marker: float
    balk: float

    @property
    def regel(self) -> float:
        return self.etiket * 1.25

    @property
    def trap(self) -> float:
        return self.balk + 1.3  # one stacked period below the next


A4_MAAT = Maat(titel=16, onder=9.5, etiket=8, baan=9, tijd=8, legenda=8, marker=7.5, balk=3.2)
A3_MAAT = Maat(titel=20, onder=11, etiket=9, baan=11, tijd=9.5, legenda=9.5, marker=9, balk=4)


@dataclass(frozen=True)
class Etiket:
    item: int
    baan: int  # index into Blad.banen
    tekst: str  # date and title, `TUSSENRUIMTE` between them
    x: float  # left edge
    onder: float  # bottom of its row
    breedte: float
    paal: list[tuple[float, float]]  # the thin line from the item up to its label


@dataclass(frozen=True)
class Baan:
    naam: str
    boven: float
    lijn: float  # where moments sit; periods are stacked below it
    onder: float


@dataclass(frozen=True)
class Streep:
    x: float
    tekst: str
    jaar: bool  # a year starts here: drawn through the lanes


@dataclass(frozen=True)
class Blad:
    items: np.ndarray  # indices into the Tijdlijn, in time order
    van: float  # seconds at the left end of the axis
    tot: float
    links: float  # points where the axis starts and ends
    rechts: float
    banen: list[Baan]
    etiketten: list[Etiket]
    streepjes: list[Streep]
    as_hoogte: float  # the axis line's y
    nodig: float  # the height lanes and axis need: more than the room means it does not fit

    def x(self, seconds):
        return _schaal(self.van, self.tot, self.links, self.rechts)(seconds)


@dataclass(frozen=True)
class Legenda:
    plaatsen: list[tuple[float, float, float]]  # per entry: its mark's left, baseline, name's left
    hoogte: float


def etiket_tekst(tijdlijn: Tijdlijn, item: int) -> str:
    return f"{tijdlijn.datum_tekst(item)}{TUSSENRUIMTE}{tijdlijn.titels[item]}"


def legenda(namen: list[str], breedte: float, maat: Maat, boven: float) -> Legenda:
    """Entries (a mark and a name) left to right, wrapping to the next line."""
    lettertype.registreer()
    regel = maat.legenda * 1.7
    x, line, plaatsen = 0.0, 0, []
    for naam in namen:
        sample = maat.marker * (2 if naam in (PERIODE, BENADERING) else 1)  # a bar: longer
        name_at = sample + maat.legenda * 0.5
        width = name_at + stringWidth(naam, lettertype.GEWOON, maat.legenda)
        if x and x + width > breedte:
            x, line = 0.0, line + 1
        plaatsen.append((x, boven - (line + 0.75) * regel, x + name_at))
        x += width + maat.legenda
    return Legenda(plaatsen, (line + 1) * regel if namen else 0.0)


def bladen(
    tijdlijn: Tijdlijn, banen: Banen, breedte: float, hoogte: float, maat: Maat
) -> list[Blad]:
    """The sheets of `breedte` x `hoogte` (the room below title and legend) on which every
    label fits: as few as filling one after the other needs, with the items spread evenly
    over them where that fits too. Room left on a sheet goes to its lanes."""
    lettertype.registreer()
    order = np.argsort(tijdlijn.midden, kind="stable")

    def sheet(start: int, end: int, lucht: float = 0.0) -> Blad:
        # the axis ends where the next sheet's items begin; periods running on are cut there
        eind = float(tijdlijn.midden[order[end]]) if end < len(order) else None
        return _blad(tijdlijn, banen, order[start:end], eind, breedte, hoogte, maat, lucht)

    def fits(start: int, end: int) -> bool:
        return sheet(start, end).nodig <= hoogte

    bounds = [0]
    while bounds[-1] < len(order) or len(bounds) == 1:
        bounds.append(_langste(bounds[-1], len(order), partial(fits, bounds[-1])))
    count = len(bounds) - 1
    even = [round(k * len(order) / count) for k in range(count + 1)]
    if all(fits(start, end) for start, end in pairwise(even)):
        bounds = even
    sheets = []
    for start, end in pairwise(bounds):
        spare = max(hoogte - sheet(start, end).nodig, 0.0)
        sheets.append(sheet(start, end, min(spare / len(banen.namen), 2 * maat.regel)))
    return sheets


def _langste(start: int, end: int, fits) -> int:
    """The furthest end from `start` for which `fits(end)`; at least one item per sheet."""
    if start >= end or fits(end):
        return end
    low, high = start + 1, end  # low: taken in any case; high: known not to fit
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


def _blad(tijdlijn, banen, items, eind, breedte, hoogte, maat, lucht) -> Blad:
    rows = np.flatnonzero(np.isin(banen.rij_item, items))
    van, tot = _tijdvak(tijdlijn, items, eind)
    naamkolom = max((stringWidth(n, lettertype.VET, maat.baan) for n in banen.namen), default=0)
    naamkolom += maat.baan
    links, rechts = naamkolom + maat.marker, breedte - maat.marker
    x = _schaal(van, tot, links, rechts)
    lanes, labels, y = [], [], hoogte
    for lane in range(len(banen.namen)):
        in_lane = rows[banen.rij_baan[rows] == lane]
        baan, etiketten = _baan(
            tijdlijn, banen, in_lane, lane, y - lucht / 2, x, naamkolom, breedte, maat
        )
        lanes.append(Baan(baan.naam, y, baan.lijn, baan.onder - lucht / 2))
        labels += etiketten
        y = lanes[-1].onder
    as_hoogte = maat.tijd * 2.4  # the axis line; its labels below it
    streepjes = _streepjes(van, tot, x, maat)
    return Blad(items, van, tot, links, rechts, lanes, labels, streepjes, as_hoogte,
                hoogte - y + as_hoogte)  # fmt: skip


def _schaal(van: float, tot: float, links: float, rechts: float):
    return lambda seconds: links + (np.asarray(seconds) - van) / (tot - van) * (rechts - links)


def _tijdvak(tijdlijn: Tijdlijn, items: np.ndarray, eind: float | None) -> tuple[float, float]:
    """The data and a small margin: no empty years before or after."""
    if not len(items):
        now = datetime.now(UTC).timestamp()
        return now - 365 * DAY, now
    first = float(np.nanmin(tijdlijn.start_van[items]))
    last = float(np.nanmax(tijdlijn.laatst[items]))
    if eind is not None:
        last = max(min(last, eind), float(tijdlijn.midden[items].max()))
    margin = max((last - first) * 0.01, 15 * DAY)
    return first - margin, last + margin


def _baan(tijdlijn, banen, rows, lane, boven, x, naamkolom, breedte, maat):
    """One lane laid out from `boven` down: its labels in rows above its line."""
    items = banen.rij_item[rows]
    period = tijdlijn.is_periode[items]
    mid = x(np.where(period, tijdlijn.start_van[items], tijdlijn.midden[items]))
    half = np.where(period, 0.0, maat.marker / 2) + 1.5
    texts = [_passend(etiket_tekst(tijdlijn, int(i)), breedte - naamkolom, maat) for i in items]
    widths = np.array([stringWidth(t, lettertype.GEWOON, maat.etiket) for t in texts])
    layout = leg_uit(mid - half, mid + half, widths, naamkolom, breedte, afstand=maat.etiket)
    level = niveau(banen, rows)
    levels = int(level[period].max()) + 1 if period.any() else 0
    above = maat.marker / 2 + 2
    below = maat.marker / 2 + 1.5 + levels * maat.trap + 2
    lijn = boven - 2 - layout.rijen * maat.regel - above
    baan = Baan(banen.namen[lane], boven, lijn, min(lijn - below, boven - maat.baan * 1.8))
    labels = []
    for k, item in enumerate(items):
        bottom = lijn + above + layout.rij[k] * maat.regel
        if period[k]:
            mark = balk_y(lijn, level[k], maat) + maat.balk / 2
        else:
            mark = lijn + maat.marker / 2
        left, width = float(layout.x[k]), float(widths[k])
        labels.append(Etiket(int(item), lane, texts[k], left, bottom, width,
                             _paal(mid[k], mark, left, width, bottom, maat)))  # fmt: skip
    return baan, labels


def niveau(banen: Banen, rows: np.ndarray) -> np.ndarray:
    """Which line below its lane's line each period is stacked on (0 nearest)."""
    return np.rint((banen.rij_y[rows] - banen.rij_baan[rows] - PERIOD_OFFSET) / PERIOD_STEP)


def balk_y(lijn: float, level: float, maat: Maat) -> float:
    return lijn - maat.marker / 2 - 1.5 - level * maat.trap


def _paal(at: float, mark: float, left: float, width: float, bottom: float, maat: Maat):
    """Up from the item to its label's row, then across to the label when it is beside."""
    middle = bottom + maat.regel / 2
    if left > at:
        return [(at, mark), (at, middle), (left - 1, middle)]
    if left + width < at:
        return [(at, mark), (at, middle), (left + width + 1, middle)]
    return [(at, mark), (at, bottom)]


def _passend(text: str, room: float, maat: Maat) -> str:
    """A title longer than the whole page (rare) is shortened with an ellipsis."""
    while stringWidth(text, lettertype.GEWOON, maat.etiket) > room:
        text = text[:-2] + "…"
    return text


def _streepjes(van: float, tot: float, x, maat: Maat) -> list[Streep]:
    """Ticks as fine as their labels allow: months for a short span, else every 1, 2, 5…
    years. A label starts just right of its tick; one that would leave the page is left out."""
    per_day = (x(tot) - x(van)) / max(tot - van, DAY) * DAY
    widest = stringWidth("mrt 2000", lettertype.GEWOON, maat.tijd) + maat.tijd
    year_width = stringWidth("2000", lettertype.GEWOON, maat.tijd) + maat.tijd
    steps = [(m, widest) for m in (1, 3, 6)] + [(m, year_width) for m in (12, 24, 60, 120)]
    months = next((m for m, width in steps if m * 30.4 * per_day >= width), 240)
    end = x(tot) + maat.marker  # the page's edge
    year, month = datetime.fromtimestamp(van, UTC).year, 1
    ticks = []
    while (moment := datetime(year, month, 1, tzinfo=UTC).timestamp()) <= tot:
        whole = (month - 1) % months == 0 and (months < 12 or year % (months // 12) == 0)
        if moment >= van and whole:
            if months >= 12:
                text = str(year)
            else:  # the year at January and at the first tick
                named = month == 1 or not ticks
                text = f"{MONTHS[month - 1]} {year}" if named else MONTHS[month - 1]
            at = float(x(moment))
            fits = at + 2 + stringWidth(text, lettertype.GEWOON, maat.tijd) <= end
            ticks.append(Streep(at, text if fits else "", month == 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    start = x(van) - maat.marker  # the axis's left end
    first_year = str(datetime.fromtimestamp(van, UTC).year)
    if months >= 12 and (not ticks or ticks[0].x - start > widest):
        ticks.insert(0, Streep(float(start), first_year, False))  # the year it starts in
    return ticks
