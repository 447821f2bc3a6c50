"""What a meeting shows on the beamer, section by section, for the people in the room.

With the family present (or presence not yet recorded), only what is for everyone;
otherwise also what is for professionals. Vertrouwelijk never. The facilitator does not have
to remember this.
"""

from dataclasses import dataclass

from sqlmodel import Session

from desktop_app.model import Bijeenkomst
from desktop_app.model.dates import format_date
from desktop_app.model.enums import (
    AfspraakSoort,
    BesluitSoort,
    Kolom,
    OudersPositie,
    Publiek,
    zichtbaar,
)
from desktop_app.services.bijeenkomst import afspraken, bijeenkomsten
from desktop_app.services.core.lookup import get_or_fail


@dataclass(frozen=True)
class Sectie:
    titel: str
    regels: list[str]


def secties(session: Session, bijeenkomst_id: int) -> tuple[Publiek, list[Sectie]]:
    publiek = bijeenkomsten.publiek_van(session, bijeenkomst_id)
    b = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    result = []
    changes = [line.lstrip("• ") for line in b.veranderd.splitlines() if line.strip()]
    if changes:
        result.append(Sectie("Wat is er veranderd", changes))
    punten = bijeenkomsten.punten(session, bijeenkomst_id)
    for kolom in Kolom:
        lines = [
            p.tekst for p in punten if p.kolom == kolom and zichtbaar(p.zichtbaarheid, publiek)
        ]
        result.append(Sectie(kolom.label, lines))
    decisions = []
    for besluit in bijeenkomsten.besluiten(session, bijeenkomst_id):
        kind = " (kernbeslissing)" if besluit.soort == BesluitSoort.KERNBESLISSING else ""
        view = OudersPositie(besluit.ouders_positie).label
        words = f": “{besluit.ouders_woorden}”" if besluit.ouders_woorden else ""
        decisions.append(f"{besluit.tekst}{kind} — {view}{words}")
    result.append(Sectie("Besluiten", decisions))
    agreements = []
    for afspraak in afspraken.van_gezin(session, b.gezin_id, alleen_open=True):
        if zichtbaar(afspraak.zichtbaarheid, publiek):
            when = f", uiterlijk {format_date(afspraak.deadline)}" if afspraak.deadline else ""
            soort = AfspraakSoort(afspraak.soort)
            kind = "" if soort is AfspraakSoort.AFSPRAAK else f"{soort.label}: "
            owner = afspraken.eigenaar_naam(session, afspraak)
            agreements.append(f"{kind}{afspraak.tekst} — {owner}{when}")
    result.append(Sectie("Wie doet wat", agreements))
    if b.volgende:
        result.append(Sectie("Volgende bijeenkomst", [format_date(b.volgende)]))
    return publiek, result
