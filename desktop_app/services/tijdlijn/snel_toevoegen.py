"""Snel toevoegen: one typed line becomes a timeline item.

`mrt 2019 OTS uitgesproken #maatregel @Kristina @Ivan !prof` gives the date (or period),
the title, the category, the persons and, optionally, the audience.
"""

from dataclasses import dataclass, field

from sqlmodel import Session

from desktop_app.model.enums import Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import EXAMPLES, FuzzyDate, parse_period
from desktop_app.services.gezin import gezinsleden
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen

_AUDIENCE = {
    "!prof": Zichtbaarheid.PROFESSIONALS,
    "!professionals": Zichtbaarheid.PROFESSIONALS,
    "!vert": Zichtbaarheid.VERTROUWELIJK,
    "!vertrouwelijk": Zichtbaarheid.VERTROUWELIJK,
}
_MAX_DATE_WORDS = 7


@dataclass
class SnelleInvoer:
    titel: str
    start: FuzzyDate
    einde: FuzzyDate | None
    categorie_id: int | None = None
    personen: list[int] = field(default_factory=list)
    zichtbaarheid: str = Zichtbaarheid.IEDEREEN


def lees(session: Session, gezin_id: int, regel: str) -> SnelleInvoer:
    words, tags, people, audience = [], [], [], Zichtbaarheid.IEDEREEN
    for word in regel.split():
        if word.startswith("#") and len(word) > 1:
            tags.append(word)
        elif word.startswith("@") and len(word) > 1:
            people.append(word[1:])
        elif word.lower() in _AUDIENCE:
            audience = _AUDIENCE[word.lower()]
        else:
            words.append(word)
    if len(tags) > 1:
        raise InvoerFout(f"Geef één categorie, niet {' en '.join(tags)}.")
    start, end, title = _date_and_title(words)
    leden = gezinsleden.van_gezin(session, gezin_id)
    return SnelleInvoer(
        titel=title,
        start=start,
        einde=end,
        categorie_id=categorieen.zoek(session, tags[0]).id if tags else None,
        personen=[_person(leden, name) for name in people],
        zichtbaarheid=audience,
    )


def voeg_toe(session: Session, gezin_id: int, regel: str):
    invoer = lees(session, gezin_id, regel)
    return gebeurtenissen.voeg_toe(
        session,
        gezin_id,
        invoer.titel,
        invoer.start,
        einde=invoer.einde,
        categorie_id=invoer.categorie_id,
        personen=invoer.personen,
        zichtbaarheid=invoer.zichtbaarheid,
    )


def _date_and_title(words: list[str]) -> tuple[FuzzyDate, FuzzyDate | None, str]:
    """The longest run of leading words that reads as a date or period; the rest is the title."""
    for count in range(min(len(words), _MAX_DATE_WORDS), 0, -1):
        try:
            start, end = parse_period(" ".join(words[:count]))
        except InvoerFout:
            continue
        title = " ".join(words[count:])
        if not title:
            raise InvoerFout(
                "Typ na de datum ook wat er gebeurde, bijv. ‘mrt 2019 OTS uitgesproken’."
            )
        return start, end, title
    raise InvoerFout(f"Begin met een datum, bijvoorbeeld {EXAMPLES}.")


def _person(leden, name: str) -> int:
    wanted = name.lower()
    for match in (
        lambda lid: lid.naam.lower() == wanted or lid.naam.lower().split()[0] == wanted,
        lambda lid: any(part.startswith(wanted) for part in lid.naam.lower().split()),
    ):
        found = [lid for lid in leden if match(lid)]
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            raise InvoerFout(
                f"‘@{name}’ past bij {', '.join(lid.naam for lid in found)}; typ meer letters."
            )
    names = ", ".join(lid.naam.split()[0] for lid in leden) or "(nog geen gezinsleden)"
    raise InvoerFout(f"Onbekend gezinslid ‘@{name}’. Gezinsleden: {names}.")
