from sqlalchemy import func
from sqlmodel import Session, select

from desktop_app.model import Gezinslid
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core import validation as v
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin import in_het_dossier
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

# Okabe-Ito colours: told apart by colour-blind viewers and on a washed-out beamer.
LANE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")

_FIELDS = {
    "naam": v.required("De naam"),
    "relatie": v.text,
    "geboorte": v.past_fuzzy_date,
    "gezag": v.flag,
    "thuiswonend": v.flag,
    "kleur": v.colour,
    "notities": v.text,
}


def van_gezin(session: Session, gezin_id: int) -> list[Gezinslid]:
    query = select(Gezinslid).where(Gezinslid.gezin_id == gezin_id)
    return list(session.exec(query.order_by(Gezinslid.volgorde, Gezinslid.id)))


def voeg_toe(session: Session, gezin_id: int, naam: str, **velden) -> Gezinslid:
    haal_gezin(session, gezin_id)
    count = session.exec(select(func.count()).where(Gezinslid.gezin_id == gezin_id)).one()
    lid = Gezinslid(
        gezin_id=gezin_id, naam="", volgorde=count, kleur=LANE_COLOURS[count % len(LANE_COLOURS)]
    )
    v.apply_changes(lid, {"naam": naam, **velden}, _FIELDS)
    session.add(lid)
    session.flush()
    return lid


def wijzig(session: Session, lid_id: int, **changes) -> Gezinslid:
    lid = get_or_fail(session, Gezinslid, lid_id)
    v.apply_changes(lid, changes, _FIELDS)
    return lid


def verwijder(session: Session, lid_id: int) -> str:
    lid = get_or_fail(session, Gezinslid, lid_id)
    why = in_het_dossier.reden_om_te_bewaren(session, gezinslid_id=lid_id)
    if why:
        raise InvoerFout(f"{lid.naam} {why} en blijft daarom bewaard in het dossier.")
    session.delete(lid)
    return lid.naam
