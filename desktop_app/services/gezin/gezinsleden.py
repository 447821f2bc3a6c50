from datetime import date
from typing import Annotated

from sqlalchemy import func
from sqlmodel import Session, select

from desktop_app.model import Gezinslid
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.core.field_types import (
    Kleur,
    Regel,
    Tekst,
    VageDatumVerleden,
    VerplichteTekst,
    Vlag,
)
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin import in_het_dossier
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

_KIND = ("kind", "zoon", "dochter")  # also pleegkind, stiefdochter, …
MEERDERJARIG = 18

# Okabe-Ito colours: told apart by colour-blind viewers and on a washed-out beamer.
LANE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


class GezinslidInvoer(PartialUpdate):
    naam: Annotated[str, VerplichteTekst("De naam")] = None
    relatie: Regel = None
    geboorte: VageDatumVerleden = None
    gezag: Vlag = None
    thuiswonend: Vlag = None
    kleur: Kleur = None
    notities: Tekst = None
    inschrijving: Tekst = None


def is_kind(lid: Gezinslid, today: date) -> bool:
    """A child of the gezin: by relatie (kind, pleegkind, zoon, …) or younger than 18."""
    if any(word in lid.relatie.lower() for word in _KIND):
        return True
    born = FuzzyDate.from_storage(lid.geboorte)
    return born is not None and born.age_on(today) < MEERDERJARIG


def van_gezin(session: Session, gezin_id: int) -> list[Gezinslid]:
    query = select(Gezinslid).where(Gezinslid.gezin_id == gezin_id)
    return list(session.exec(query.order_by(Gezinslid.volgorde, Gezinslid.id)))


def voeg_toe(session: Session, gezin_id: int, naam: str, **velden) -> Gezinslid:
    haal_gezin(session, gezin_id)
    invoer = GezinslidInvoer.parse(naam=naam, **velden)
    count = session.exec(select(func.count()).where(Gezinslid.gezin_id == gezin_id)).one()
    lid = Gezinslid(
        gezin_id=gezin_id, volgorde=count, kleur=LANE_COLOURS[count % len(LANE_COLOURS)]
    )
    invoer.apply_to(lid)
    session.add(lid)
    session.flush()
    return lid


def wijzig(session: Session, lid_id: int, **changes) -> Gezinslid:
    lid = get_or_fail(session, Gezinslid, lid_id)
    GezinslidInvoer.parse(**changes).apply_to(lid)
    return lid


def verwijder(session: Session, lid_id: int) -> str:
    lid = get_or_fail(session, Gezinslid, lid_id)
    why = in_het_dossier.reden_om_te_bewaren(session, gezinslid_id=lid_id)
    if why:
        raise InvoerFout(f"{lid.naam} {why} en blijft daarom bewaard in het dossier.")
    session.delete(lid)
    return lid.naam
