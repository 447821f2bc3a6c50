"""Dutch date input and output: full dates (dd-mm-jjjj) and partly known dates (a year, a month)."""

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.model.errors import InvoerFout

_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_MY = re.compile(r"^\s*(\d{1,2})[-/.](\d{4})\s*$")
_Y = re.compile(r"^\s*(\d{4})\s*$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

_VOORBEELD = "Gebruik dd-mm-jjjj (bijv. 05-03-2019)"


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def parse_date(text: str) -> date | None:
    """Parse a full Dutch date; empty text means no date."""
    if not text.strip():
        return None
    m = _DMY.match(text)
    if not m:
        raise InvoerFout(f"‘{text.strip()}’ is geen datum. {_VOORBEELD}.")
    return _checked_date(text, int(m[3]), int(m[2]), int(m[1]))


def _checked_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvoerFout(f"‘{text.strip()}’ bestaat niet als datum. {_VOORBEELD}.") from None


@dataclass(frozen=True)
class PartialDate:
    """A date of which perhaps only the year, or the year and month, is known.

    A birth date "ergens in 2015" stays a year: it is never stored as 1 January.
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> "PartialDate | None":
        """Parse "12-03-2015", "3-2015" or "2015"; empty text means unknown."""
        if not text.strip():
            return None
        if m := _DMY.match(text):
            d = _checked_date(text, int(m[3]), int(m[2]), int(m[1]))
            return cls(d.year, d.month, d.day)
        if m := _MY.match(text):
            month, year = int(m[1]), int(m[2])
            if not 1 <= month <= 12:
                raise InvoerFout(f"‘{text.strip()}’: maand {month} bestaat niet.")
            return cls(year, month)
        if m := _Y.match(text):
            return cls(int(m[1]))
        raise InvoerFout(
            f"‘{text.strip()}’ is geen datum. Gebruik dd-mm-jjjj, mm-jjjj of alleen het jaar "
            "(bijv. 05-03-2015, 03-2015 of 2015)."
        )

    @classmethod
    def from_storage(cls, value: str | None) -> "PartialDate | None":
        if not value:
            return None
        m = _ISO.match(value)
        if not m:
            raise ValueError(f"stored partial date malformed: {value!r}")
        return cls(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)

    def to_storage(self) -> str:
        """ISO-like text ("2015", "2015-03", "2015-03-12") that sorts chronologically."""
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def format(self) -> str:
        if self.day:
            return f"{self.day:02d}-{self.month:02d}-{self.year}"
        if self.month:
            return f"{self.month:02d}-{self.year}"
        return str(self.year)

    def age_on(self, today: date) -> int:
        """Age in whole years; with only a year known, the age reached this calendar year."""
        if self.month is None:
            return today.year - self.year
        before_birthday = (today.month, today.day) < (self.month, self.day or 1)
        return today.year - self.year - before_birthday
