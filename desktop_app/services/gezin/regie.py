"""Casusregie (at most one holder per gezin) and each member's vast aanspreekpunt.

Each change appends a dated assignment; the one in force is the newest by start date.
"""

from datetime import date

from sqlmodel import Session, select

from desktop_app.model import AanspreekpuntToewijzing, Betrokkene, Gezinslid, RegieToewijzing
from desktop_app.model.dates import format_date
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin import betrokkenen
from desktop_app.services.gezin.gezinnen import haal as haal_gezin


def regie_geschiedenis(session: Session, gezin_id: int) -> list[RegieToewijzing]:
    query = select(RegieToewijzing).where(RegieToewijzing.gezin_id == gezin_id)
    return list(session.exec(query.order_by(RegieToewijzing.ingang, RegieToewijzing.id)))


def regiehouder_id(session: Session, gezin_id: int) -> int | None:
    history = regie_geschiedenis(session, gezin_id)
    return history[-1].betrokkene_id if history else None


def zet_regie(
    session: Session, gezin_id: int, betrokkene_id: int | None, ingang: date | None = None
) -> None:
    """Give casusregie to one betrokkene of this gezin, or record that nobody holds it."""
    haal_gezin(session, gezin_id)
    history = regie_geschiedenis(session, gezin_id)
    ingang = _start(session, ingang, betrokkene_id, first=not history)
    if betrokkene_id is not None:
        _check_betrokkene(session, gezin_id, betrokkene_id, ingang)
    if regiehouder_id(session, gezin_id) == betrokkene_id:
        return
    session.add(RegieToewijzing(gezin_id=gezin_id, betrokkene_id=betrokkene_id, ingang=ingang))


def aanspreekpunt_geschiedenis(session: Session, gezin_id: int) -> list[AanspreekpuntToewijzing]:
    query = (
        select(AanspreekpuntToewijzing)
        .join(Gezinslid, Gezinslid.id == AanspreekpuntToewijzing.gezinslid_id)
        .where(Gezinslid.gezin_id == gezin_id)
        .order_by(AanspreekpuntToewijzing.ingang, AanspreekpuntToewijzing.id)
    )
    return list(session.exec(query))


def aanspreekpunten(session: Session, gezin_id: int) -> dict[int, int | None]:
    """Per gezinslid id, the betrokkene id of the vast aanspreekpunt in force (or None)."""
    current: dict[int, int | None] = {}
    for toewijzing in aanspreekpunt_geschiedenis(session, gezin_id):
        current[toewijzing.gezinslid_id] = toewijzing.betrokkene_id
    return current


def zet_aanspreekpunt(
    session: Session, lid_id: int, betrokkene_id: int | None, ingang: date | None = None
) -> None:
    lid = get_or_fail(session, Gezinslid, lid_id)
    current = aanspreekpunten(session, lid.gezin_id)
    ingang = _start(session, ingang, betrokkene_id, first=lid_id not in current)
    if betrokkene_id is not None:
        _check_betrokkene(session, lid.gezin_id, betrokkene_id, ingang)
    if current.get(lid_id) == betrokkene_id:
        return
    session.add(
        AanspreekpuntToewijzing(gezinslid_id=lid_id, betrokkene_id=betrokkene_id, ingang=ingang)
    )


def _start(session: Session, ingang: date | None, betrokkene_id: int | None, first: bool) -> date:
    """Without a date, a first assignment started when its holder became involved: a family
    set up today from its history must not show its regie as news of today. A later change
    is made now."""
    today = date.today()
    if ingang is None:
        holder = session.get(Betrokkene, betrokkene_id) if betrokkene_id else None
        started = betrokkenen.actief_sinds(holder) if holder and first else None
        return started if started and started <= today else today
    if ingang > today:
        raise InvoerFout(f"De ingangsdatum {format_date(ingang)} ligt in de toekomst.")
    return ingang


def _check_betrokkene(session: Session, gezin_id: int, betrokkene_id: int, ingang: date) -> None:
    betrokkene = get_or_fail(session, Betrokkene, betrokkene_id)
    if betrokkene.gezin_id != gezin_id:
        raise InvoerFout(f"{betrokkene.naam} is niet betrokken bij dit gezin.")
    if betrokkenen.beeindigd_voor(betrokkene, ingang):
        tot = FuzzyDate.from_storage(betrokkene.actief_tot)
        raise InvoerFout(f"{betrokkene.naam} is sinds {tot} niet meer betrokken.")
