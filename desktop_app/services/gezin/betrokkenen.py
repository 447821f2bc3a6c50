from datetime import date
from typing import Annotated

from sqlmodel import Session, select

from desktop_app.model import AanspreekpuntToewijzing, Betrokkene, RegieToewijzing
from desktop_app.model.enums import Domein
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.core.field_types import (
    Email,
    Keuze,
    Regel,
    Telefoon,
    VageDatum,
    VerplichteTekst,
)
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin import in_het_dossier
from desktop_app.services.gezin.gezinnen import haal as haal_gezin


class BetrokkeneInvoer(PartialUpdate):
    naam: Annotated[str, VerplichteTekst("De naam")] = None
    organisatie: Regel = None
    rol: Regel = None
    domein: Annotated[Domein, Keuze("domein")] = None
    telefoon: Telefoon = None
    email: Email = None
    actief_van: VageDatum = None
    actief_tot: VageDatum = None


def van_gezin(session: Session, gezin_id: int) -> list[Betrokkene]:
    query = select(Betrokkene).where(Betrokkene.gezin_id == gezin_id)
    return list(session.exec(query.order_by(Betrokkene.id)))


def voeg_toe(session: Session, gezin_id: int, naam: str, **velden) -> Betrokkene:
    haal_gezin(session, gezin_id)
    betrokkene = Betrokkene(gezin_id=gezin_id)
    _apply(betrokkene, BetrokkeneInvoer.parse(naam=naam, **velden))
    session.add(betrokkene)
    session.flush()
    return betrokkene


def wijzig(session: Session, betrokkene_id: int, **changes) -> Betrokkene:
    betrokkene = get_or_fail(session, Betrokkene, betrokkene_id)
    _apply(betrokkene, BetrokkeneInvoer.parse(**changes))
    return betrokkene


def _apply(betrokkene: Betrokkene, invoer: BetrokkeneInvoer) -> None:
    """Set the fields once the period they give together is known to be right."""
    nieuw = invoer.changes()
    van = FuzzyDate.from_storage(nieuw.get("actief_van", betrokkene.actief_van))
    tot = FuzzyDate.from_storage(nieuw.get("actief_tot", betrokkene.actief_tot))
    if van and tot and tot.latest() < van.earliest():
        raise InvoerFout(f"‘Actief tot’ ({tot}) ligt vóór ‘actief van’ ({van}).")
    invoer.apply_to(betrokkene)


def actief_sinds(betrokkene: Betrokkene) -> date | None:
    """The first day the betrokkene may have been involved ("zomer 2022": 1 June 2022)."""
    van = FuzzyDate.from_storage(betrokkene.actief_van)
    return van.earliest() if van else None


def beeindigd_voor(betrokkene: Betrokkene, dag: date) -> bool:
    """Whether the involvement surely ended before `dag` ("2023" ends before 2024)."""
    tot = FuzzyDate.from_storage(betrokkene.actief_tot)
    return tot is not None and tot.latest() < dag


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
