"""At the start of a meeting the open afspraken are gone through one by one: gedaan, loopt
door, vervallen or a new date. What is said is recorded in that meeting."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from desktop_app.model import Afspraak, AfspraakWijziging
from desktop_app.model.enums import OPEN_STATUSSEN, AfspraakStatus, Bespreking
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.core.field_types import Datum
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.taakverdeling import afspraken

_STATUS = {Bespreking.GEDAAN: AfspraakStatus.GEDAAN, Bespreking.VERVALLEN: AfspraakStatus.VERVALLEN}


class _NieuweDatum(PartialUpdate):
    datum: Datum = None


@dataclass(frozen=True)
class TeBespreken:
    afspraak: Afspraak
    uitkomst: str | None  # what this meeting said of it already (a Bespreking label), if any


def te_bespreken(session: Session, bijeenkomst_id: int) -> list[TeBespreken]:
    """The open afspraken from before this meeting (made in an earlier one or on the board),
    in the board's order, with what this meeting said of each so far. One closed in this
    meeting stays on the list, so the review can be stepped back through."""
    bijeenkomst = haal_open(session, bijeenkomst_id)
    said = {
        w.afspraak_id: w.nieuw
        for w in session.exec(
            select(AfspraakWijziging)
            .where(
                AfspraakWijziging.bijeenkomst_id == bijeenkomst_id,
                AfspraakWijziging.veld == "bespreking",
            )
            .order_by(AfspraakWijziging.id)
        )
    }
    return [
        TeBespreken(a, said.get(a.id))
        for a in afspraken.van_gezin(session, bijeenkomst.gezin_id)
        if a.bijeenkomst_id != bijeenkomst_id and (a.id in said or a.status in OPEN_STATUSSEN)
    ]


def bespreek(
    session: Session,
    afspraak_id: int,
    bijeenkomst_id: int,
    uitkomst: str,
    nieuwe_datum: date | str | None = None,
) -> Afspraak:
    """Record what the meeting says of one afspraak, and carry it out on the afspraak."""
    bijeenkomst = haal_open(session, bijeenkomst_id)
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    if afspraak.gezin_id != bijeenkomst.gezin_id:
        raise InvoerFout("Deze afspraak hoort bij een ander gezin.")
    uitkomst = Bespreking(uitkomst)
    said = uitkomst.label
    if uitkomst is Bespreking.NIEUWE_DATUM:
        datum = _NieuweDatum.parse(datum=nieuwe_datum).datum
        if datum is None:
            raise InvoerFout("Geef de nieuwe datum (dd-mm-jjjj).")
        afspraken.wijzig(session, afspraak_id, deadline=datum)
        said = f"{said}: {datum.strftime('%d-%m-%Y')}"
    elif uitkomst in _STATUS:
        afspraken.zet_status(session, afspraak_id, _STATUS[uitkomst], bijeenkomst_id)
    elif afspraak.status == AfspraakStatus.TE_DOEN:
        afspraken.zet_status(session, afspraak_id, AfspraakStatus.BEZIG, bijeenkomst_id)
    session.add(
        AfspraakWijziging(
            afspraak_id=afspraak_id, bijeenkomst_id=bijeenkomst_id, veld="bespreking",
            nieuw=said, door=session.info.get("gebruiker", ""),
        )
    )  # fmt: skip
    return afspraak
