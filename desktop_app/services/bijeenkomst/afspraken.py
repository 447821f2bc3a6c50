"""Afspraken: who does what by when. One entity for agreements, veiligheidsafspraken and
bodemeisen; it belongs to the gezin and stays open across meetings until done."""

from datetime import date
from typing import Annotated

from sqlmodel import Session, select

from desktop_app.model import Afspraak, Betrokkene, Gezinslid
from desktop_app.model.enums import AfspraakSoort, AfspraakStatus, Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.core.field_types import Datum, Keuze, VerplichteTekst, ZichtbaarVoor
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

OUDERS = ("ouders", None)


class AfspraakInvoer(PartialUpdate):
    tekst: Annotated[str, VerplichteTekst("De afspraak")] = None
    soort: Annotated[AfspraakSoort, Keuze("soort afspraak")] = None
    deadline: Datum = None
    zichtbaarheid: ZichtbaarVoor = None
    status: Annotated[AfspraakStatus, Keuze("status")] = None


def van_gezin(session: Session, gezin_id: int, alleen_open: bool = False) -> list[Afspraak]:
    query = select(Afspraak).where(Afspraak.gezin_id == gezin_id)
    if alleen_open:
        query = query.where(Afspraak.status == AfspraakStatus.OPEN)
    return list(session.exec(query.order_by(Afspraak.id)))


def maak(
    session: Session,
    gezin_id: int,
    tekst: str,
    eigenaar: tuple[str, int | None],
    *,
    soort: str = AfspraakSoort.AFSPRAAK,
    deadline: date | str | None = None,
    zichtbaarheid: str = Zichtbaarheid.IEDEREEN,
    bijeenkomst_id: int | None = None,
) -> Afspraak:
    """`eigenaar` is ("betrokkene", id), ("gezinslid", id) or ("ouders", None)."""
    haal_gezin(session, gezin_id)
    if bijeenkomst_id is not None:
        haal_open(session, bijeenkomst_id)
    invoer = AfspraakInvoer.parse(
        tekst=tekst, soort=soort, deadline=deadline, zichtbaarheid=zichtbaarheid
    )
    afspraak = Afspraak(gezin_id=gezin_id, bijeenkomst_id=bijeenkomst_id, **invoer.changes())
    _set_owner(session, afspraak, eigenaar)
    session.add(afspraak)
    session.flush()
    return afspraak


_BEWERKBAAR = frozenset({"tekst", "deadline", "zichtbaarheid"})


def wijzig(session: Session, afspraak_id: int, **changes) -> Afspraak:
    """Correct what was written down: the text, the date or who may see it. (Status has
    zet_status; the owner and the kind stay as agreed.)"""
    if changes.keys() - _BEWERKBAAR:
        raise TypeError(f"an afspraak's {sorted(changes.keys() - _BEWERKBAAR)} are not edited here")
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    AfspraakInvoer.parse(**changes).apply_to(afspraak)
    return afspraak


def zet_status(session: Session, afspraak_id: int, status: str) -> Afspraak:
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    AfspraakInvoer.parse(status=status).apply_to(afspraak)
    return afspraak


def eigenaar_naam(session: Session, afspraak: Afspraak) -> str:
    if afspraak.ouders:
        return "Ouders"
    if afspraak.betrokkene_id:
        return session.get(Betrokkene, afspraak.betrokkene_id).naam
    if afspraak.gezinslid_id:
        return session.get(Gezinslid, afspraak.gezinslid_id).naam
    return "—"


def _set_owner(session: Session, afspraak: Afspraak, eigenaar: tuple[str, int | None]) -> None:
    kind, owner_id = eigenaar
    if kind == "ouders":
        afspraak.ouders = True
        return
    model = {"betrokkene": Betrokkene, "gezinslid": Gezinslid}.get(kind)
    if model is None or owner_id is None:
        raise InvoerFout(
            "Kies wie deze afspraak uitvoert: een betrokkene, een gezinslid of de ouders."
        )
    owner = get_or_fail(session, model, owner_id)
    if owner.gezin_id != afspraak.gezin_id:
        raise InvoerFout(f"{owner.naam} hoort niet bij dit gezin.")
    setattr(afspraak, f"{kind}_id", owner_id)
