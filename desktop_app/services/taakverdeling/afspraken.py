"""Afspraken: who does what by when. One entity for agreements, veiligheidsafspraken and
bodemeisen, made in a meeting or on the board; it belongs to the gezin and stays open across
meetings until done. Every change of status, owner or date keeps its history."""

from collections.abc import Iterable
from datetime import date
from typing import Annotated

from sqlalchemy import delete, func
from sqlmodel import Session, select

from desktop_app.model import (
    Afspraak,
    AfspraakMedeEigenaar,
    AfspraakWijziging,
    Betrokkene,
    Bijeenkomst,
    Gezinslid,
)
from desktop_app.model.dates import format_date
from desktop_app.model.enums import OPEN_STATUSSEN, AfspraakSoort, AfspraakStatus, Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.core.field_types import (
    Datum,
    Keuze,
    Tekst,
    VerplichteTekst,
    ZichtbaarVoor,
)
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

# Who carries an afspraak: ("betrokkene", id), ("gezinslid", id) or the parents together.
Eigenaar = tuple[str, int | None]
OUDERS: Eigenaar = ("ouders", None)
NIEMAND: Eigenaar = ("niemand", None)  # its owner left the case (deleted): to be given again


class AfspraakInvoer(PartialUpdate):
    tekst: Annotated[str, VerplichteTekst("De afspraak")] = None
    soort: Annotated[AfspraakSoort, Keuze("soort afspraak")] = None
    deelresultaat: Tekst = None
    deadline: Datum = None
    zichtbaarheid: ZichtbaarVoor = None
    status: Annotated[AfspraakStatus, Keuze("status")] = None


def van_gezin(session: Session, gezin_id: int, alleen_open: bool = False) -> list[Afspraak]:
    query = select(Afspraak).where(Afspraak.gezin_id == gezin_id)
    if alleen_open:
        query = query.where(Afspraak.status.in_(OPEN_STATUSSEN))
    return list(session.exec(query.order_by(Afspraak.volgorde, Afspraak.id)))


def maak(
    session: Session,
    gezin_id: int,
    tekst: str,
    eigenaar: Eigenaar,
    *,
    soort: str = AfspraakSoort.AFSPRAAK,
    deadline: date | str | None = None,
    zichtbaarheid: str = Zichtbaarheid.IEDEREEN,
    bijeenkomst_id: int | None = None,
    deelresultaat: str = "",
    mede: Iterable[Eigenaar] = (),
) -> Afspraak:
    """A new afspraak, last on the board; made in a meeting, that meeting must be open."""
    haal_gezin(session, gezin_id)
    if bijeenkomst_id is not None:
        haal_open(session, bijeenkomst_id)
    invoer = AfspraakInvoer.parse(
        tekst=tekst, soort=soort, deadline=deadline, zichtbaarheid=zichtbaarheid,
        deelresultaat=deelresultaat,
    )  # fmt: skip
    last = session.exec(select(func.max(Afspraak.volgorde))).one() or 0
    afspraak = Afspraak(
        gezin_id=gezin_id, bijeenkomst_id=bijeenkomst_id, volgorde=last + 1, **invoer.changes()
    )
    _set_owner(session, afspraak, eigenaar)
    session.add(afspraak)
    session.flush()
    zet_mede_eigenaars(session, afspraak.id, mede)
    return afspraak


_BEWERKBAAR = frozenset({"tekst", "soort", "deelresultaat", "deadline", "zichtbaarheid"})


def wijzig(session: Session, afspraak_id: int, **changes) -> Afspraak:
    """Correct or sharpen what was agreed: text, kind, expected result, date, audience. A new
    date is kept in the history; status and owner have their own functions."""
    if changes.keys() - _BEWERKBAAR:
        raise TypeError(f"an afspraak's {sorted(changes.keys() - _BEWERKBAAR)} are not edited here")
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    invoer = AfspraakInvoer.parse(**changes)
    old_date = afspraak.deadline
    invoer.apply_to(afspraak)
    if afspraak.deadline != old_date:
        _log(session, afspraak, "datum", _date(old_date), _date(afspraak.deadline))
    return afspraak


def zet_status(
    session: Session, afspraak_id: int, status: str, bijeenkomst_id: int | None = None
) -> Afspraak:
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    old = afspraak.status
    AfspraakInvoer.parse(status=status).apply_to(afspraak)
    if afspraak.status != old:
        _log(session, afspraak, "status", _label(old), _label(afspraak.status), bijeenkomst_id)
    return afspraak


def wijs_toe(session: Session, afspraak_id: int, eigenaar: Eigenaar) -> Afspraak:
    """Give the afspraak to someone else; the history keeps who had it."""
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    old_name = eigenaar_naam(session, afspraak)
    if eigenaar_van(afspraak) == tuple(eigenaar):
        return afspraak
    afspraak.ouders, afspraak.betrokkene_id, afspraak.gezinslid_id = False, None, None
    _set_owner(session, afspraak, eigenaar)
    kind, person_id = eigenaar
    if kind != "ouders":  # the new owner is no longer also a co-owner
        session.exec(
            delete(AfspraakMedeEigenaar).where(
                AfspraakMedeEigenaar.afspraak_id == afspraak_id,
                getattr(AfspraakMedeEigenaar, f"{kind}_id") == person_id,
            )
        )
    _log(session, afspraak, "eigenaar", old_name, eigenaar_naam(session, afspraak))
    return afspraak


def zet_mede_eigenaars(session: Session, afspraak_id: int, mede: Iterable[Eigenaar]) -> None:
    """Those who share the afspraak with its owner (betrokkenen or gezinsleden)."""
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    session.exec(
        delete(AfspraakMedeEigenaar).where(AfspraakMedeEigenaar.afspraak_id == afspraak_id)
    )
    owner = eigenaar_van(afspraak)
    for kind, person_id in dict.fromkeys(tuple(m) for m in mede):
        if (kind, person_id) == owner:
            continue
        _check_person(session, afspraak.gezin_id, kind, person_id)
        session.add(AfspraakMedeEigenaar(afspraak_id=afspraak_id, **{f"{kind}_id": person_id}))
    session.flush()


def mede_eigenaars(session: Session, afspraak_id: int) -> list[Eigenaar]:
    query = select(AfspraakMedeEigenaar).where(AfspraakMedeEigenaar.afspraak_id == afspraak_id)
    return [
        ("betrokkene", m.betrokkene_id) if m.betrokkene_id else ("gezinslid", m.gezinslid_id)
        for m in session.exec(query.order_by(AfspraakMedeEigenaar.id))
    ]


def verschuif(session: Session, afspraak_id: int, stappen: int, kolom: list[int]) -> None:
    """Move a card up (negative) or down among the cards of its column, given in the order
    shown. The column's cards swap their places; no other card moves."""
    if afspraak_id not in kolom:
        raise InvoerFout("Deze afspraak staat niet in deze kolom.")
    cards = [get_or_fail(session, Afspraak, card_id) for card_id in kolom]
    places = sorted(card.volgorde for card in cards)
    position = kolom.index(afspraak_id)
    target = max(0, min(len(cards) - 1, position + stappen))
    cards.insert(target, cards.pop(position))
    if len(set(places)) < len(places):  # made before there was an order: give each its own
        places = list(range(places[0], places[0] + len(places)))
    for card, place in zip(cards, places, strict=True):
        card.volgorde = place


def verwijder(session: Session, afspraak_id: int) -> str:
    """Only what is not part of a finalised meeting's record; that afspraak is set vervallen."""
    afspraak = get_or_fail(session, Afspraak, afspraak_id)
    if afspraak.bijeenkomst_id is not None:
        meeting = session.get(Bijeenkomst, afspraak.bijeenkomst_id)
        if meeting is not None and meeting.vastgesteld is not None:
            raise InvoerFout(
                "Deze afspraak is gemaakt in een vastgestelde bijeenkomst en hoort bij het "
                "verslag. Zet haar op ‘vervallen’ als ze niet meer geldt."
            )
    session.delete(afspraak)
    return afspraak.tekst


def geschiedenis(session: Session, afspraak_id: int) -> list[AfspraakWijziging]:
    query = select(AfspraakWijziging).where(AfspraakWijziging.afspraak_id == afspraak_id)
    return list(session.exec(query.order_by(AfspraakWijziging.id)))


def eigenaar_van(afspraak: Afspraak) -> Eigenaar:
    if afspraak.ouders:
        return OUDERS
    if afspraak.betrokkene_id:
        return ("betrokkene", afspraak.betrokkene_id)
    if afspraak.gezinslid_id:
        return ("gezinslid", afspraak.gezinslid_id)
    return NIEMAND


def eigenaar_naam(session: Session, afspraak: Afspraak) -> str:
    return persoon_naam(session, eigenaar_van(afspraak))


def persoon_naam(session: Session, wie: Eigenaar) -> str:
    kind, person_id = wie
    if kind == "ouders":
        return "Ouders"
    model = {"betrokkene": Betrokkene, "gezinslid": Gezinslid}.get(kind)
    person = session.get(model, person_id) if model and person_id else None
    return person.naam if person is not None else "—"


def _log(session, afspraak, veld, oud, nieuw, bijeenkomst_id=None) -> None:
    session.add(
        AfspraakWijziging(
            afspraak_id=afspraak.id, bijeenkomst_id=bijeenkomst_id, veld=veld, oud=oud,
            nieuw=nieuw, door=session.info.get("gebruiker", ""),
        )
    )  # fmt: skip


def _label(status) -> str:
    return AfspraakStatus(status).label


def _date(value: date | None) -> str:
    return format_date(value) or "geen datum"


def _set_owner(session: Session, afspraak: Afspraak, eigenaar: Eigenaar) -> None:
    kind, owner_id = eigenaar
    if kind == "ouders":
        afspraak.ouders = True
        return
    _check_person(session, afspraak.gezin_id, kind, owner_id)
    setattr(afspraak, f"{kind}_id", owner_id)


def _check_person(session: Session, gezin_id: int, kind: str, person_id: int | None) -> None:
    model = {"betrokkene": Betrokkene, "gezinslid": Gezinslid}.get(kind)
    if model is None or person_id is None:
        raise InvoerFout(
            "Kies wie deze afspraak uitvoert: een betrokkene, een gezinslid of de ouders."
        )
    person = get_or_fail(session, model, person_id)
    if person.gezin_id != gezin_id:
        raise InvoerFout(f"{person.naam} hoort niet bij dit gezin.")
