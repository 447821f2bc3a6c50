"""Days as people say them when they agree on something: "morgen", "over twee weken",
"volgende week dinsdag", "eind van de maand", "12-4", "12 april 2023", "volgende bijeenkomst".

Relative words are counted from `vandaag`, which the caller passes: the same text means a
different day tomorrow, so only the computed date is ever stored. Written-out dates are read
by FuzzyDate; here only a whole day is a day.
"""

import calendar
import re
from datetime import date, timedelta

from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import MONTHS, FuzzyDate, Precisie

VOORBEELDEN = (
    "12-04-2023, 12-4, 12 april 2023, vandaag, morgen, dinsdag, volgende week dinsdag, "
    "over 2 weken, over een maand, eind van de maand of volgende bijeenkomst"
)
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_GETALLEN = {
    "een": 1, "één": 1, "1": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}  # fmt: skip
_DAGEN_VANAF_VANDAAG = {
    "eergisteren": -2, "gisteren": -1, "vandaag": 0, "morgen": 1, "overmorgen": 2,
}  # fmt: skip
_EENHEDEN = {"dag": "d", "dagen": "d", "week": "w", "weken": "w", "maand": "m", "maanden": "m",
             "jaar": "j", "jaren": "j"}  # fmt: skip
_VOLGENDE_BIJEENKOMST = re.compile(
    r"(?:(?:bij|op|voor)\s+)?(?:de\s+)?volgende\s+(?:bijeenkomst|keer)"
)
_OVER = re.compile(r"(?:over|binnen)\s+(\d{1,4}|[a-zé]+)\s+([a-z]+)")
_VOLGENDE_PERIODE = re.compile(r"volgende?\s+(week|maand|jaar)")
_EIND = re.compile(
    r"(eind|einde|begin)\s+(?:van\s+)?(?:de\s+|het\s+|deze\s+|dit\s+)?(volgende?\s+)?(week|maand|jaar)"
)
_WEEKDAG = re.compile(
    r"(?:(volgende\s+week|deze\s+week|aanstaande|a\.s\.|volgende)\s+)?([a-z]+)(\s+volgende\s+week)?"
)
_ZONDER_JAAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})|(\d{1,2})\s+([a-z]+)\.?")
_KORT_JAAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EERSTE_JAAR, _LAATSTE_JAAR = 1900, 2999
MAX_LENGTE = 100  # a date said aloud is short; longer text is refused before it is read


def parse_dag(text: str, vandaag: date, volgende_bijeenkomst: date | None = None) -> date:
    """The day `text` names, counted from `vandaag`; InvoerFout with a Dutch message if none.
    `volgende_bijeenkomst`: the date of the next planned meeting, when there is one."""
    cleaned = " ".join(str(text).lower().replace(",", " ").split())
    if not cleaned:
        raise InvoerFout(f"Vul een datum in, bijvoorbeeld {VOORBEELDEN}.")
    te_lang(cleaned)
    try:
        day = _dag(cleaned, vandaag, volgende_bijeenkomst)
    except OverflowError:
        day = None
    if day is None or not _EERSTE_JAAR <= day.year <= _LAATSTE_JAAR:
        raise InvoerFout(
            f"‘{str(text).strip()}’ valt buiten het bereik van Casustafel "
            f"({_EERSTE_JAAR} tot en met {_LAATSTE_JAAR})."
        )
    return day


def te_lang(cleaned: str) -> None:
    if len(cleaned) > MAX_LENGTE:
        raise InvoerFout(f"Dat is te lang voor een datum (meer dan {MAX_LENGTE} tekens).")


def _dag(cleaned: str, vandaag: date, volgende_bijeenkomst: date | None) -> date | None:
    if cleaned in _DAGEN_VANAF_VANDAAG:
        return vandaag + timedelta(days=_DAGEN_VANAF_VANDAAG[cleaned])
    if _VOLGENDE_BIJEENKOMST.fullmatch(cleaned):
        if volgende_bijeenkomst is None:
            raise InvoerFout(
                "Er is nog geen volgende bijeenkomst gepland. Plan die eerst, of vul een datum in."
            )
        return volgende_bijeenkomst
    if m := _OVER.fullmatch(cleaned):
        return _over(cleaned, vandaag, m[1], m[2])
    if m := _VOLGENDE_PERIODE.fullmatch(cleaned):
        return _verder(vandaag, 1, {"week": "w", "maand": "m", "jaar": "j"}[m[1]])
    if m := _EIND.fullmatch(cleaned):
        return _rand(vandaag, m[1] != "begin", bool(m[2]), m[3])
    if (m := _WEEKDAG.fullmatch(cleaned)) and m[2] in WEEKDAGEN:
        return _weekdag(vandaag, WEEKDAGEN.index(m[2]), volgende_week=bool(m[3]) or _next(m[1]))
    return _geschreven(cleaned, vandaag)


def _next(prefix: str | None) -> bool:
    return prefix is not None and prefix.startswith("volgende week")


def _over(cleaned: str, vandaag: date, count: str, unit: str) -> date:
    number = int(count) if count.isdigit() else _GETALLEN.get(count)
    if number is None or unit not in _EENHEDEN:
        raise InvoerFout(
            f"‘{cleaned}’ begrijp ik niet. Bijvoorbeeld: over 2 weken, over een maand."
        )
    return _verder(vandaag, number, _EENHEDEN[unit])


def _verder(vandaag: date, number: int, unit: str) -> date:
    if unit == "d":
        return vandaag + timedelta(days=number)
    if unit == "w":
        return vandaag + timedelta(weeks=number)
    return _plus_maanden(vandaag, number * (12 if unit == "j" else 1))


def _plus_maanden(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    if not _EERSTE_JAAR <= year <= _LAATSTE_JAAR:
        raise OverflowError
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _rand(vandaag: date, eind: bool, volgende: bool, periode: str) -> date:
    """The first or last day of this (or the next) week, month or year. A week ends on
    Friday: that is when the work it was agreed for is done."""
    if periode == "week":
        monday = vandaag - timedelta(days=vandaag.weekday()) + timedelta(weeks=int(volgende))
        return monday + timedelta(days=4 if eind else 0)
    if periode == "maand":
        first = _plus_maanden(vandaag.replace(day=1), int(volgende))
        last = calendar.monthrange(first.year, first.month)[1]
        return first.replace(day=last) if eind else first
    year = vandaag.year + int(volgende)
    return date(year, 12, 31) if eind else date(year, 1, 1)


def _weekdag(vandaag: date, weekday: int, volgende_week: bool) -> date:
    """Plain "dinsdag" is the coming Tuesday (never today); "volgende week dinsdag": the Tuesday
    of next week, Monday to Sunday."""
    if volgende_week:
        monday = vandaag - timedelta(days=vandaag.weekday()) + timedelta(weeks=1)
        return monday + timedelta(days=weekday)
    return vandaag + timedelta(days=(weekday - vandaag.weekday() - 1) % 7 + 1)


def _geschreven(cleaned: str, vandaag: date) -> date:
    """A written date: with a year (read by FuzzyDate), or without, then the nearest."""
    if m := _ISO.fullmatch(cleaned):
        return _bestaand(cleaned, int(m[1]), int(m[2]), int(m[3]))
    if m := _KORT_JAAR.fullmatch(cleaned):
        return _bestaand(cleaned, 2000 + int(m[3]), int(m[2]), int(m[1]))
    if _ZONDER_JAAR.fullmatch(cleaned):
        return _dichtstbij(cleaned, vandaag)
    return _fuzzy(cleaned, cleaned)


def _dichtstbij(cleaned: str, vandaag: date) -> date:
    """Without a year, "12-4" is the 12th of April nearest to today: this year's, last
    year's or next year's."""
    candidates, fout = [], None
    for year in (vandaag.year - 1, vandaag.year, vandaag.year + 1):
        try:
            candidates.append(_fuzzy(f"{_met_jaar(cleaned)}{year}", cleaned))
        except InvoerFout as exc:  # 29-2 exists only in a leap year
            fout = fout or exc
    if not candidates:
        raise fout
    return min(candidates, key=lambda day: abs(day - vandaag))


def _met_jaar(cleaned: str) -> str:
    """With a year added, "12-4" reads as "12-4-2026", "12 april" as "12 april 2026"."""
    separator = re.search(r"[-/.]", cleaned)
    return cleaned + (separator[0] if separator and cleaned[-1].isdigit() else " ")


def _fuzzy(text: str, shown: str) -> date:
    try:
        parsed = FuzzyDate.parse(text)
    except InvoerFout as exc:
        if "is geen datum" not in str(exc):  # a day that does not exist says so
            raise InvoerFout(str(exc).replace(text, shown)) from None
        raise InvoerFout(f"‘{shown}’ is geen datum. Bijvoorbeeld: {VOORBEELDEN}.") from None
    if parsed.precisie is not Precisie.DAG:
        raise InvoerFout(f"‘{shown}’ is geen dag. Noem de dag, bijvoorbeeld 12-04-2023.")
    return parsed.earliest()


def _bestaand(cleaned: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvoerFout(f"‘{cleaned}’ bestaat niet als datum.") from None


def in_woorden(day: date, kort: bool = False) -> str:
    """The day in words, "dinsdag 12 april 2023"; `kort` in a crowded row: "di 12 apr 2023"."""
    if kort:
        return f"{WEEKDAGEN[day.weekday()][:2]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def afstand(day: date, vandaag: date) -> str:
    """How far `day` is from `vandaag`, as said aloud: "morgen", "over 2 weken"."""
    days = (day - vandaag).days
    named = {value: word for word, value in _DAGEN_VANAF_VANDAAG.items()}
    if days in named:
        return named[days]
    amount = abs(days)
    if amount < 7:
        span = f"{amount} dagen"
    elif amount < 60:
        weeks = "een week" if amount < 14 else f"{amount // 7} weken"
        span = weeks if amount % 7 == 0 else f"ruim {weeks}"
    else:
        months = round(amount / 30.44)
        span = f"{months} maanden" if months < 24 else f"{round(amount / 365.25)} jaar"
    return f"over {span}" if days > 0 else f"{span} geleden"
