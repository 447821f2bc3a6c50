"""The calendar of the taakverdeling: the next meeting and the due dates of the open
afspraken, as an iCalendar file (.ics) that any agenda can import.

The cards come from what one audience may see (services.publiek.taakverdeling.agenda reads
them and calls `agenda`): this module renders the records it is given and decides nothing
about who may see them. The meeting has no audience; its time and place are for everyone.

What is in it:

- The next meeting, two hours (`bijeenkomsten.DUUR`) in Europe/Amsterdam time: the gezin's
  first meeting that has not ended yet; when there is none, the date the latest meeting
  agreed (`volgende`) at that meeting's hour and place, as "Volgende plannen" would create
  it; nothing when that date has passed too.
- Every open afspraak with a deadline, as an all-day event on that date: what and who in
  the title, "klaar als" and whether it is a veiligheidsafspraak or bodemeis in the text.

Each event keeps its UID from one export to the next (derived from what it is and the
gezin), so importing the file again updates the events instead of adding them twice.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlmodel import Session

from desktop_app import __version__
from desktop_app.model import Bijeenkomst, Gezin
from desktop_app.model.dates import format_date
from desktop_app.model.enums import BijeenkomstSoort
from desktop_app.model.utc import utc_now
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.taakverdeling.afspraken import NIEMAND
from desktop_app.services.taakverdeling.kaarten import Kaart
from desktop_app.store import bestand

TIJDZONE = ZoneInfo("Europe/Amsterdam")
NL = {"LANGUAGE": "nl"}
# SEQUENCE counts seconds from here to the gezin's last edit: it grows with every change.
_SEQUENCE_BEGIN = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class VolgendeBijeenkomst:
    sleutel: str  # what it is, for its UID: "bijeenkomst-12" or "bijeenkomst-na-11"
    begin: datetime  # in TIJDZONE
    soort: str  # Dutch label
    locatie: str
    toelichting: str  # why the time is not certain yet, or ""

    @property
    def einde(self) -> datetime:
        return self.begin + bijeenkomsten.DUUR


def volgende_bijeenkomst(
    session: Session, gezin_id: int, nu: datetime | None = None
) -> VolgendeBijeenkomst | None:
    """The meeting the family should have in its agenda: the first not yet ended, else the
    date the latest meeting agreed (at its hour and place), unless that has passed too.

    A meeting is known by the meeting before it ("bijeenkomst-na-<id>"; the first by its own
    id), so the date agreed at a meeting and the meeting "Volgende plannen" then creates from
    it are one event: importing again moves it instead of adding a second."""
    nu = nu or utc_now()
    held = bijeenkomsten.van_gezin(session, gezin_id)  # in the order they are held
    for vorige, b in zip([None, *held], held, strict=False):
        if b.moment + bijeenkomsten.DUUR > nu:
            return VolgendeBijeenkomst(
                _sleutel(vorige, b), b.moment.astimezone(TIJDZONE), _soort(b), b.locatie, ""
            )
    laatste = held[-1] if held else None
    if laatste is None or laatste.volgende is None:
        return None
    toen = laatste.moment.astimezone(TIJDZONE)
    begin = datetime.combine(laatste.volgende, toen.time(), tzinfo=TIJDZONE)
    if begin + bijeenkomsten.DUUR <= nu:
        return None
    toelichting = (
        f"Datum afgesproken in de bijeenkomst van {format_date(toen.date())}. Tijd en plaats "
        "zijn die van toen; de bijeenkomst is nog niet ingepland."
    )
    return VolgendeBijeenkomst(
        _sleutel(laatste, None), begin, _soort(laatste), laatste.locatie, toelichting
    )


def agenda(
    gezin: Gezin, kaarten: Iterable[Kaart], bijeenkomst: VolgendeBijeenkomst | None
) -> bytes:
    """The .ics file of these records: the meeting, if any, and every open card with a
    deadline. The same records give the same bytes: DTSTAMP, LAST-MODIFIED and SEQUENCE
    follow the gezin's last edit (`bijgewerkt`), not the moment of export."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Casustafel//Casustafel {__version__}//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    naam = f"Casustafel – {gezin.naam}"
    calendar.add("name", naam, parameters=NL)
    calendar.add("x-wr-calname", naam)
    stempel = _Stempel(gezin)
    if bijeenkomst is not None:
        event = stempel.event(bijeenkomst.sleutel, f"{bijeenkomst.soort} — {gezin.naam}")
        event.add("dtstart", bijeenkomst.begin)
        event.add("dtend", bijeenkomst.einde)
        if bijeenkomst.locatie:
            event.add("location", bijeenkomst.locatie, parameters=NL)
        if bijeenkomst.toelichting:
            event.add("description", bijeenkomst.toelichting, parameters=NL)
        calendar.add_component(event)
    due = sorted(
        (k for k in kaarten if k.open and k.deadline is not None),
        key=lambda k: (k.deadline, k.volgorde, k.id),
    )
    for kaart in due:
        event = stempel.event(f"afspraak-{kaart.id}", _titel(kaart))
        event.add("dtstart", kaart.deadline)  # a date: VALUE=DATE, an all-day event
        event.add("dtend", kaart.deadline + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a due date, not time taken
        if text := _omschrijving(kaart):
            event.add("description", text, parameters=NL)
        calendar.add_component(event)
    if bijeenkomst is not None:  # the rules of the years around the meeting suffice
        year = bijeenkomst.begin.year
        calendar.add_missing_timezones(date(year - 1, 1, 1), date(year + 2, 1, 1))
    return calendar.to_ical()


def schrijf(pad: Path, data: bytes) -> None:
    bestand.schrijf(pad, data, ".ics")


class _Stempel:
    """UID, DTSTAMP, LAST-MODIFIED, SEQUENCE and CLASS, the same for each event of a gezin.

    The UID names the gezin by its id and the moment it was created, so events of two
    databases (two facilitators whose ids both start at 1) never take each other's place in
    one professional's agenda. The gezin's `bijgewerkt` changes with every edit of its data,
    the afspraak's text and owner included, so a changed event comes with a higher SEQUENCE
    (an undo puts `bijgewerkt` back, and with it the SEQUENCE)."""

    def __init__(self, gezin: Gezin):
        self.gezin = f"gezin-{gezin.id}-{gezin.aangemaakt.astimezone(UTC):%Y%m%dT%H%M%S%fZ}"
        self.moment = gezin.bijgewerkt.astimezone(UTC).replace(microsecond=0)
        self.sequence = max(0, int((self.moment - _SEQUENCE_BEGIN).total_seconds()))

    def event(self, sleutel: str, titel: str) -> Event:
        event = Event()
        event.add("uid", f"{sleutel}.{self.gezin}@casustafel")
        event.add("dtstamp", self.moment)
        event.add("last-modified", self.moment)
        event.add("sequence", self.sequence)
        event.add("summary", titel, parameters=NL)
        event.add("class", "PRIVATE")  # youth-care data: a shared agenda shows only "busy"
        return event


def _titel(kaart: Kaart) -> str:
    """What and who: "Budgetcoach aanvragen — Kees Mulder en Sanne de Vries"."""
    wie = ["nog niet verdeeld" if kaart.eigenaar == NIEMAND else kaart.eigenaar_naam]
    wie += kaart.mede_namen
    namen = wie[0] if len(wie) == 1 else f"{', '.join(wie[:-1])} en {wie[-1]}"
    return f"{kaart.tekst} — {namen}"


def _omschrijving(kaart: Kaart) -> str:
    lines = []
    if kaart.veiligheid:
        lines.append(f"Dit is een {kaart.soort.label.lower()}.")
    if kaart.deelresultaat:
        lines.append(f"Klaar als: {kaart.deelresultaat}")
    if kaart.bijeenkomst is not None:
        lines.append(f"Afgesproken in de bijeenkomst van {format_date(kaart.bijeenkomst)}.")
    return "\n".join(lines)


def _sleutel(vorige: Bijeenkomst | None, b: Bijeenkomst | None) -> str:
    return f"bijeenkomst-na-{vorige.id}" if vorige is not None else f"bijeenkomst-{b.id}"


def _soort(b: Bijeenkomst) -> str:
    return BijeenkomstSoort(b.soort).label
