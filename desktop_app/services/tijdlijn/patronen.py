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
    _link(session, patroon, ids)
    return patroon


def wijzig(
    session: Session, patroon_id: int, gebeurtenis_ids: Iterable[int] | None = None, **changes
) -> Patroon:
    """Rename, describe again, or change which items form the pattern (`gebeurtenis_ids`:
    all of them, as they are to be). Who sees a pattern follows its items."""
    patroon = get_or_fail(session, Patroon, patroon_id)
    invoer = PatroonInvoer.parse(**changes)
    if gebeurtenis_ids is not None:
        ids = set(gebeurtenis_ids)
        if not ids:
            raise InvoerFout(
                "Een patroon heeft minstens één gebeurtenis. Verwijder het patroon als het niet "
                "meer klopt."
            )
        now = set(leden(session, patroon_id))
        for gone in now - ids:
            session.delete(session.get(PatroonGebeurtenis, (patroon_id, gone)))
        _link(session, patroon, ids - now)
    invoer.apply_to(patroon)
    session.flush()
    return patroon


def _link(session: Session, patroon: Patroon, ids: Iterable[int]) -> None:
    for gebeurtenis_id in sorted(ids):
        item = get_or_fail(session, Gebeurtenis, gebeurtenis_id)
        if item.gezin_id != patroon.gezin_id:
            raise InvoerFout(f"‘{item.titel}’ hoort bij een ander gezin.")
        session.add(PatroonGebeurtenis(patroon_id=patroon.id, gebeurtenis_id=gebeurtenis_id))
    session.flush()


def verwijder(session: Session, patroon_id: int) -> str:
    """Remove the pattern; its items stay on the timeline."""
    patroon = get_or_fail(session, Patroon, patroon_id)
    session.delete(patroon)
    return patroon.naam
