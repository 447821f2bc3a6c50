from sqlmodel import Session, select

from desktop_app.model import AanspreekpuntToewijzing, Betrokkene, RegieToewijzing
from desktop_app.model.dates import format_date
from desktop_app.model.enums import Domein
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core import validation as v
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin import in_het_dossier
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

_FIELDS = {
    "naam": v.required("De naam"),
    "organisatie": v.text,
    "rol": v.text,
    "domein": v.choice(Domein, "domein"),
    "telefoon": v.phone,
    "email": v.email,
    "actief_van": v.full_date,
    "actief_tot": v.full_date,
}


def van_gezin(session: Session, gezin_id: int) -> list[Betrokkene]:
    query = select(Betrokkene).where(Betrokkene.gezin_id == gezin_id)
    return list(session.exec(query.order_by(Betrokkene.id)))


def voeg_toe(session: Session, gezin_id: int, naam: str, **velden) -> Betrokkene:
    haal_gezin(session, gezin_id)
    betrokkene = Betrokkene(gezin_id=gezin_id, naam="")
    v.apply_changes(betrokkene, {"naam": naam, **velden}, _FIELDS)
    _check_period(betrokkene)
    session.add(betrokkene)
    session.flush()
    return betrokkene


def wijzig(session: Session, betrokkene_id: int, **changes) -> Betrokkene:
    betrokkene = get_or_fail(session, Betrokkene, betrokkene_id)
    v.apply_changes(betrokkene, changes, _FIELDS)
    _check_period(betrokkene)
    return betrokkene


def _check_period(betrokkene: Betrokkene) -> None:
    van, tot = betrokkene.actief_van, betrokkene.actief_tot
    if van and tot and tot < van:
        raise InvoerFout(
            f"‘Actief tot’ ({format_date(tot)}) ligt vóór ‘actief van’ ({format_date(van)})."
        )


def verwijder(session: Session, betrokkene_id: int) -> str:
    """Delete a betrokkene who never held regie or a contact role.

    Someone who did is part of the family's history: end their involvement with
    ‘actief tot’ instead, so the timeline keeps who was responsible when.
    """
    betrokkene = get_or_fail(session, Betrokkene, betrokkene_id)
    in_history = (
        session.exec(
            select(RegieToewijzing.id)
            .where(RegieToewijzing.betrokkene_id == betrokkene_id)
            .limit(1)
        ).first()
        or session.exec(
            select(AanspreekpuntToewijzing.id)
            .where(AanspreekpuntToewijzing.betrokkene_id == betrokkene_id)
            .limit(1)
        ).first()
    )
    if in_history:
        raise InvoerFout(
            f"{betrokkene.naam} heeft regie of een vast aanspreekpunt gehad en blijft daarom "
            "in de geschiedenis staan. Vul ‘actief tot’ in om de betrokkenheid te beëindigen."
        )
    why = in_het_dossier.reden_om_te_bewaren(session, betrokkene_id=betrokkene_id)
    if why:
        raise InvoerFout(
            f"{betrokkene.naam} {why} en blijft daarom bewaard. "
            "Vul ‘actief tot’ in om de betrokkenheid te beëindigen."
        )
    session.delete(betrokkene)
    return betrokkene.naam
