"""Patronen: named recurring patterns that link timeline items."""

from collections.abc import Iterable
from typing import Annotated

from sqlmodel import Session, select

from desktop_app.model import Gebeurtenis, Patroon, PatroonGebeurtenis
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.field_types import Tekst, VerplichteTekst
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

# Distinct from the category colours, so a highlighted pattern stands out.
PATTERN_COLOURS = ("#EE7733", "#0077BB", "#EE3377", "#009988", "#CC3311", "#33BBEE")


class PatroonInvoer(PartialUpdate):
    naam: Annotated[str, VerplichteTekst("De naam van het patroon")] = None
    omschrijving: Tekst = None


def van_gezin(session: Session, gezin_id: int) -> list[Patroon]:
    return list(
        session.exec(select(Patroon).where(Patroon.gezin_id == gezin_id).order_by(Patroon.id))
    )


def leden(session: Session, patroon_id: int) -> list[int]:
    query = select(PatroonGebeurtenis.gebeurtenis_id).where(
        PatroonGebeurtenis.patroon_id == patroon_id
    )
    return sorted(session.exec(query))


def maak(
    session: Session,
    gezin_id: int,
    naam: str,
    gebeurtenis_ids: Iterable[int],
    omschrijving: str = "",
) -> Patroon:
    """Mark items as one pattern ("markeer als patroon")."""
    haal_gezin(session, gezin_id)
    ids = sorted(set(gebeurtenis_ids))
    if not ids:
        raise InvoerFout("Kies eerst de gebeurtenissen die samen het patroon vormen.")
    invoer = PatroonInvoer.parse(naam=naam, omschrijving=omschrijving)
    count = len(van_gezin(session, gezin_id))
    patroon = Patroon(
        gezin_id=gezin_id, kleur=PATTERN_COLOURS[count % len(PATTERN_COLOURS)], **invoer.changes()
    )
    session.add(patroon)
    session.flush()
    for gebeurtenis_id in ids:
        item = get_or_fail(session, Gebeurtenis, gebeurtenis_id)
        if item.gezin_id != gezin_id:
            raise InvoerFout(f"‘{item.titel}’ hoort bij een ander gezin.")
        session.add(PatroonGebeurtenis(patroon_id=patroon.id, gebeurtenis_id=gebeurtenis_id))
    session.flush()
    return patroon


def verwijder(session: Session, patroon_id: int) -> str:
    """Remove the pattern; its items stay on the timeline."""
    patroon = get_or_fail(session, Patroon, patroon_id)
    session.delete(patroon)
    return patroon.naam
