"""Dates as people say them in a case meeting: "mrt 2019", "voorjaar 2018", "ca. 2005".

A FuzzyDate keeps its precision. It sorts by a midpoint, shows its real uncertainty
(earliest..latest) and is never turned into a fake 1 January.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.model.errors import InvoerFout, ingekort


class Precisie(StrEnum):
    DAG = "dag"
    MAAND = "maand"
    SEIZOEN = "seizoen"
    JAARDEEL = "jaardeel"  # begin / halverwege / eind of a year
    JAAR = "jaar"
    CIRCA = "circa"  # approximately this year, give or take one


MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_MONTH_NAMES = {
    **{m: i + 1 for i, m in enumerate(MONTHS)},
    **{
        name: i + 1
        for i, name in enumerate(
            (
                "januari", "februari", "maart", "april", "mei", "juni",
                "juli", "augustus", "september", "oktober", "november", "december",
            )
        )
    },
    "maa": 3, "sept": 9, "mar": 3, "may": 5, "oct": 10, "okto": 10,
}  # fmt: skip
SEASONS = ("voorjaar", "zomer", "najaar", "winter")
_SEASON_NAMES = {"voorjaar": 0, "lente": 0, "zomer": 1, "najaar": 2, "herfst": 2, "winter": 3}
PARTS = ("begin", "halverwege", "eind")
_PART_NAMES = {
    "begin": 0, "begin van": 0, "halverwege": 1, "medio": 1, "midden": 1, "eind": 2, "einde": 2,
}  # fmt: skip
# (first month, number of months) of each season and part of the year
_SEASON_SPAN = ((3, 3), (6, 3), (9, 3), (12, 3))
_PART_SPAN = ((1, 6), (4, 6), (7, 6))

_YEAR = r"(\d{4}|['’`]\d{2})"
_PATTERNS = (
    (Precisie.DAG, re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")),
    (Precisie.DAG, re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+" + _YEAR)),
    (Precisie.CIRCA, re.compile(r"(?:ca\.?|circa|rond|omstreeks|ongeveer|~)\s*(\d{4})")),
    (Precisie.MAAND, re.compile(r"(\d{1,2})[-/.](\d{4})")),
    (Precisie.MAAND, re.compile(r"([a-z]+)\.?\s*" + _YEAR)),
    (Precisie.JAAR, re.compile(r"(\d{4})")),
)
_PERIOD_SPLIT = re.compile(r"\s+(?:-|–|—|tot|t/m)\s+|\s*[–—]\s*|(?<=\d{4})-(?=\d{4}$)")

# Longer than any date or period people write ("halverwege 2019 - halverwege 2020" is 33):
# longer text is refused before any pattern is tried on it.
MAX_LENGTH = 60

EXAMPLES = (
    "12-3-2019, mrt 2019, maart '19, voorjaar 2018, begin 2020, halverwege 2019, eind 2016, "
    "2017 of ca. 2005"
)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    if text[0] in "'’`":
        short = int(text[1:])
        this_century = date.today().year // 100 * 100
        year = this_century + short
        return year if year <= date.today().year + 1 else year - 100
    return int(text)


@dataclass(frozen=True)
class FuzzyDate:
    precisie: Precisie
    year: int
    month: int | None = None  # DAG and MAAND
    day: int | None = None  # DAG
    part: int | None = None  # index into SEASONS or PARTS

    def __post_init__(self):
        if not 1000 <= self.year <= 2999:
            raise InvoerFout(f"Het jaar {self.year} valt buiten het bereik van Casustafel.")

    # parsing and formatting

    @classmethod
    def parse(cls, text: str) -> "FuzzyDate":
        cleaned = " ".join(str(text).lower().replace(",", " ").split())
        if not cleaned:
            raise InvoerFout(f"Vul een datum in, bijvoorbeeld {EXAMPLES}.")
        if len(cleaned) > MAX_LENGTH:
            raise InvoerFout(
                f"‘{ingekort(text)}’ is te lang voor een datum. Bijvoorbeeld: {EXAMPLES}."
            )
        for word, index in sorted(_SEASON_NAMES.items(), key=lambda kv: -len(kv[0])):
            if m := re.fullmatch(re.escape(word) + r"\s+" + _YEAR, cleaned):
                return cls(Precisie.SEIZOEN, _year(m[1]), part=index)
        for word, index in sorted(_PART_NAMES.items(), key=lambda kv: -len(kv[0])):
            if m := re.fullmatch(re.escape(word) + r"\s+" + _YEAR, cleaned):
                return cls(Precisie.JAARDEEL, _year(m[1]), part=index)
        for precisie, pattern in _PATTERNS:
            if m := pattern.fullmatch(cleaned):
                return cls._from_match(precisie, m, text)
        raise InvoerFout(f"‘{ingekort(text)}’ is geen datum. Bijvoorbeeld: {EXAMPLES}.")

    @classmethod
    def _from_match(cls, precisie: Precisie, m: re.Match, text: str) -> "FuzzyDate":
        groups = m.groups()
        if precisie is Precisie.DAG:
            month = _month(groups[1], text)
            year = _year(groups[2])
            try:
                date(year, month, int(groups[0]))
            except ValueError:
                raise InvoerFout(f"‘{ingekort(text)}’ bestaat niet als datum.") from None
            return cls(precisie, year, month, int(groups[0]))
        if precisie is Precisie.MAAND:
            return cls(precisie, _year(groups[1]), _month(groups[0], text))
        return cls(precisie, int(groups[0]))

    def format(self) -> str:
        match self.precisie:
            case Precisie.DAG:
                return f"{self.day:02d}-{self.month:02d}-{self.year}"
            case Precisie.MAAND:
                return f"{MONTHS[self.month - 1]} {self.year}"
            case Precisie.SEIZOEN:
                return f"{SEASONS[self.part]} {self.year}"
            case Precisie.JAARDEEL:
                return f"{PARTS[self.part]} {self.year}"
            case Precisie.JAAR:
                return str(self.year)
            case Precisie.CIRCA:
                return f"ca. {self.year}"

    def __str__(self) -> str:
        return self.format()

    # storage: text that keeps the precision

    def to_storage(self) -> str:
        match self.precisie:
            case Precisie.DAG:
                return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
            case Precisie.MAAND:
                return f"{self.year:04d}-{self.month:02d}"
            case Precisie.SEIZOEN:
                return f"{self.year:04d}-{SEASONS[self.part]}"
            case Precisie.JAARDEEL:
                return f"{self.year:04d}-{PARTS[self.part]}"
            case Precisie.JAAR:
                return f"{self.year:04d}"
            case Precisie.CIRCA:
                return f"~{self.year:04d}"

    @classmethod
    def from_storage(cls, value: str | None) -> "FuzzyDate | None":
        if not value:
            return None
        if value.startswith("~"):
            return cls(Precisie.CIRCA, int(value[1:]))
        year, _, rest = value.partition("-")
        if not rest:
            return cls(Precisie.JAAR, int(year))
        if rest in SEASONS:
            return cls(Precisie.SEIZOEN, int(year), part=SEASONS.index(rest))
        if rest in PARTS:
            return cls(Precisie.JAARDEEL, int(year), part=PARTS.index(rest))
        month, _, day = rest.partition("-")
        if day:
            return cls(Precisie.DAG, int(year), int(month), int(day))
        return cls(Precisie.MAAND, int(year), int(month))

    # where it lies in time

    def earliest(self) -> date:
        return self._span()[0]

    def latest(self) -> date:
        return self._span()[1]

    def midpoint(self) -> date:
        first, last = self._span()
        return first + (last - first) / 2

    def _span(self) -> tuple[date, date]:
        match self.precisie:
            case Precisie.DAG:
                day = date(self.year, self.month, self.day)
                return day, day
            case Precisie.MAAND:
                return date(self.year, self.month, 1), _last_day(self.year, self.month)
            case Precisie.SEIZOEN | Precisie.JAARDEEL:
                spans = _SEASON_SPAN if self.precisie is Precisie.SEIZOEN else _PART_SPAN
                first_month, months = spans[self.part]
                end_year, end_month = _add_months(self.year, first_month, months - 1)
                return date(self.year, first_month, 1), _last_day(end_year, end_month)
            case Precisie.JAAR:
                return date(self.year, 1, 1), date(self.year, 12, 31)
            case Precisie.CIRCA:
                return date(self.year - 1, 1, 1), date(self.year + 1, 12, 31)

    def age_on(self, today: date) -> int:
        """Whole years from this (birth) date to `today`; from the midpoint when fuzzy."""
        born = self.midpoint()
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def sort_key(self) -> tuple[date, int]:
        """By midpoint; at the same midpoint the more precise date first."""
        return self.midpoint(), list(Precisie).index(self.precisie)

    def moved(self, days: int) -> "FuzzyDate":
        """The date of the same precision nearest to this one moved by `days` (for dragging)."""
        target = self.midpoint() + timedelta(days=days)
        return FuzzyDate.nearest(self.precisie, target)

    @classmethod
    def nearest(cls, precisie: Precisie, target: date) -> "FuzzyDate":
        """The date of this precision whose midpoint lies nearest to `target`."""
        match precisie:
            case Precisie.DAG:
                return cls(precisie, target.year, target.month, target.day)
            case Precisie.MAAND:
                return cls(precisie, target.year, target.month)
            case Precisie.JAAR | Precisie.CIRCA:
                return cls(precisie, target.year)
        count = len(SEASONS) if precisie is Precisie.SEIZOEN else len(PARTS)
        candidates = [
            cls(precisie, year, part=part)
            for year in (target.year - 1, target.year, target.year + 1)
            for part in range(count)
        ]
        return min(candidates, key=lambda c: abs((c.midpoint() - target).days))


def _month(text: str, original: str) -> int:
    if text.isdigit():
        month = int(text)
        if 1 <= month <= 12:
            return month
        raise InvoerFout(f"‘{ingekort(original)}’: maand {month} bestaat niet.")
    if text in _MONTH_NAMES:
        return _MONTH_NAMES[text]
    raise InvoerFout(f"‘{ingekort(original)}’ is geen datum. Bijvoorbeeld: {EXAMPLES}.")


def parse_period(text: str) -> tuple[FuzzyDate, FuzzyDate | None]:
    """A moment ("mrt 2019") or a period ("2017-2018", "mrt 2019 - jun 2020")."""
    try:
        return FuzzyDate.parse(text), None
    except InvoerFout as single_error:
        # single spaces first: on a long whitespace run the split backtracks quadratically
        parts = [p for p in _PERIOD_SPLIT.split(" ".join(str(text).split())) if p]
        if len(parts) != 2:
            raise single_error from None
    start, end = FuzzyDate.parse(parts[0]), FuzzyDate.parse(parts[1])
    check_order(start, end)
    return start, end


def check_order(start: FuzzyDate, end: FuzzyDate | None) -> None:
    if end is not None and end.latest() < start.earliest():
        raise InvoerFout(f"Het einde ({end}) ligt vóór het begin ({start}).")


def format_period(start: FuzzyDate, end: FuzzyDate | None) -> str:
    return f"{start} – {end}" if end else str(start)
