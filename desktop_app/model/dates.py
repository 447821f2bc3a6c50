"""Full Dutch dates (dd-mm-jjjj), for dates that are known exactly, such as a start of work."""

import re
from datetime import date, datetime

from desktop_app.model.errors import InvoerFout

_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")

_VOORBEELD = "Gebruik dd-mm-jjjj (bijv. 05-03-2019)"


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def format_moment(moment: datetime) -> str:
    """A stored (UTC) moment in local time: "wo 04-11-2026 13:30"."""
    local = moment.astimezone()
    return f"{DAYS[local.weekday()]} {local.strftime('%d-%m-%Y %H:%M')}"


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
