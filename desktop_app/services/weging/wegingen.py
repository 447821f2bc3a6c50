"""Wegingen by a buddy or gedragswetenschapper, and the safety scores given with them.

Two annotators can disagree: each weging stands on its own, with its author shown.
Every edit keeps history (author of the change, time, old and new value).
"""

from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any

from pydantic import PlainValidator
from sqlmodel import Session, select

from desktop_app.model import (
    Betrokkene,
    Gezinslid,
    Veiligheidsscore,
    Weging,
    WegingWijziging,
)
from desktop_app.model.enums import (
    DirecteVeiligheid,
    StabieleVeiligheid,
    Voorstel,
    Zichtbaarheid,
)
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.core.field_types import (
    Datum,
    Keuze,
    Regel,
    Tekst,
    Verwijzing,
    ZichtbaarVoor,
)
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin


class WegingInvoer(PartialUpdate):
    datum: Datum = None
    directe_veiligheid: Annotated[DirecteVeiligheid, Keuze("directe veiligheid")] = None
    directe_toelichting: Tekst = None
    stabiele_veiligheid: Annotated[StabieleVeiligheid, Keuze("stabiele veiligheid")] = None
    stabiele_toelichting: Tekst = None
    arij_niveau: Regel = None
    arij_datum: Datum = None
    bodemeisen: Tekst = None
    voorstel: Annotated[Voorstel, Keuze("voorstel")] = None
    voorstel_toelichting: Tekst = None
    zichtbaarheid: ZichtbaarVoor = None
    bijeenkomst_id: Verwijzing = None


_VERPLICHT = ("directe_veiligheid", "stabiele_veiligheid", "voorstel")


def _score(value: Any) -> int:
    if not isinstance(value, int) or not 0 <= value <= 10:
        raise InvoerFout("Een score op de veiligheidsschaal is een heel getal van 0 tot en met 10.")
    return value


class VeiligheidsscoreInvoer(PartialUpdate):
    score: Annotated[int, PlainValidator(_score)] = None
    zichtbaarheid: ZichtbaarVoor = None


def van_gezin(session: Session, gezin_id: int) -> list[Weging]:
    query = select(Weging).where(Weging.gezin_id == gezin_id).order_by(Weging.datum, Weging.id)
    return list(session.exec(query))


def maak(
    session: Session,
    gezin_id: int,
    auteur_id: int,
    *,
    overgenomen: Iterable[Veiligheidsscore] = (),
    **velden,
) -> Weging:
    """A weging with both safety judgements and a proposal; without a date it is today's.
    `overgenomen`: the gezinsleden's scores of that day it takes over from another weging
    (services.publiek.weging.overneembare_scores says which may be), so the parents are not
    asked twice."""
    haal_gezin(session, gezin_id)
    _check_person(session, gezin_id, betrokkene_id=auteur_id)
    invoer = WegingInvoer.parse(**velden)
    for required in _VERPLICHT:
        if required not in invoer.model_fields_set:
            raise InvoerFout(f"Vul de {required.replace('_', ' ')} in.")
    _check_meeting_open(session, invoer.bijeenkomst_id)
    values = invoer.changes()
    values["datum"] = values.get("datum") or date.today()
    weging = Weging(gezin_id=gezin_id, auteur_id=auteur_id, **values)
    session.add(weging)
    session.flush()
    for entry in overgenomen:  # said at the table today, in another weging
        geef_score(
            session, weging.id, entry.score, gezinslid_id=entry.gezinslid_id,
            zichtbaarheid=entry.zichtbaarheid,
        )  # fmt: skip
    return weging


def wijzig(session: Session, weging_id: int, **changes) -> Weging:
    weging = get_or_fail(session, Weging, weging_id)
    _check_meeting_open(session, weging.bijeenkomst_id)
    invoer = WegingInvoer.parse(**changes)
    if "datum" in invoer.model_fields_set and invoer.datum is None:
        raise InvoerFout("Een weging heeft een datum; vul die in als dd-mm-jjjj.")
    if "bijeenkomst_id" in invoer.model_fields_set:  # nor may it move into a finalised one
        _check_meeting_open(session, invoer.bijeenkomst_id)
    before = {name: getattr(weging, name) for name in invoer.changes()}
    invoer.apply_to(weging)
    for name, old in before.items():
        new = getattr(weging, name)
        if new != old:
            change = WegingWijziging(weging_id=weging_id, veld=name.replace("_", " "))
            change.oud, change.nieuw = _shown(name, old), _shown(name, new)
            change.door = session.info.get("gebruiker", "")
            session.add(change)
    return weging


def _check_meeting_open(session: Session, bijeenkomst_id: int | None) -> None:
    """A weging made in a finalised meeting is part of its record."""
    if bijeenkomst_id is not None:
        haal_open(session, bijeenkomst_id)


def geschiedenis(session: Session, weging_id: int) -> list[WegingWijziging]:
    query = select(WegingWijziging).where(WegingWijziging.weging_id == weging_id)
    return list(session.exec(query.order_by(WegingWijziging.id)))


_ENUMS = {
    "directe_veiligheid": DirecteVeiligheid,
    "stabiele_veiligheid": StabieleVeiligheid,
    "voorstel": Voorstel,
    "zichtbaarheid": Zichtbaarheid,
}


def _shown(field: str, value) -> str:
    """A value as people read it in the history: labels, dd-mm-jjjj."""
    if field in _ENUMS and value:
        return _ENUMS[field](value).label
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return "" if value is None else str(value)


# safety scale


def geef_score(
    session: Session,
    weging_id: int,
    score: int,
    *,
    betrokkene_id: int | None = None,
    gezinslid_id: int | None = None,
    zichtbaarheid: str | None = None,
) -> Veiligheidsscore:
    """A participant's score from 0 (a child cannot stay at home) to 10 (safe enough to close).
    Unless said otherwise, a family member's score is for everyone (it was said at the table)
    and a professional's is as visible as the weging."""
    weging = get_or_fail(session, Weging, weging_id)
    _check_meeting_open(session, weging.bijeenkomst_id)
    zichtbaarheid = zichtbaarheid or (
        Zichtbaarheid.IEDEREEN if gezinslid_id else weging.zichtbaarheid
    )
    _check_person(session, weging.gezin_id, betrokkene_id, gezinslid_id)
    invoer = VeiligheidsscoreInvoer.parse(score=score, zichtbaarheid=zichtbaarheid)
    entry = Veiligheidsscore(
        weging_id=weging_id, betrokkene_id=betrokkene_id, gezinslid_id=gezinslid_id,
        **invoer.changes(),
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


def scores_van_de_dag(
    session: Session, gezin_id: int, datum: date, behalve: int | None = None
) -> list[tuple[Veiligheidsscore, Weging]]:
    """What each gezinslid said on the scale on that day, in the gezin's wegingen of that date
    (the last said, if more), with the weging it was said in; `behalve`: not in this one."""
    query = (
        select(Veiligheidsscore, Weging)
        .join(Weging, Weging.id == Veiligheidsscore.weging_id)
        .where(
            Weging.gezin_id == gezin_id,
            Weging.datum == datum,
            Weging.id != behalve,
            Veiligheidsscore.gezinslid_id.is_not(None),
        )
        .order_by(Veiligheidsscore.id)
    )
    return list({entry.gezinslid_id: (entry, w) for entry, w in session.exec(query)}.values())


def scores(session: Session, weging_id: int) -> list[Veiligheidsscore]:
    query = select(Veiligheidsscore).where(Veiligheidsscore.weging_id == weging_id)
    return list(session.exec(query.order_by(Veiligheidsscore.id)))


def _check_person(session, gezin_id, betrokkene_id=None, gezinslid_id=None) -> None:
    if (betrokkene_id is None) == (gezinslid_id is None):
        raise InvoerFout("Kies wie: een betrokkene of een gezinslid.")
    model, person_id = (Betrokkene, betrokkene_id) if betrokkene_id else (Gezinslid, gezinslid_id)
    person = get_or_fail(session, model, person_id)
    if person.gezin_id != gezin_id:
        raise InvoerFout(f"{person.naam} hoort niet bij dit gezin.")
