"""Wegingen by a buddy or gedragswetenschapper, and the safety scores given with them.

Two annotators can disagree: each weging stands on its own, with its author shown.
Every edit keeps history (author of the change, time, old and new value).
"""

from datetime import date

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
from desktop_app.services.core import validation as v
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

_FIELDS = {
    "datum": v.full_date,
    "directe_veiligheid": v.choice(DirecteVeiligheid, "directe veiligheid"),
    "directe_toelichting": v.text,
    "stabiele_veiligheid": v.choice(StabieleVeiligheid, "stabiele veiligheid"),
    "stabiele_toelichting": v.text,
    "arij_niveau": v.text,
    "arij_datum": v.full_date,
    "bodemeisen": v.text,
    "voorstel": v.choice(Voorstel, "voorstel"),
    "voorstel_toelichting": v.text,
    "zichtbaarheid": v.choice(Zichtbaarheid, "zichtbaarheid"),
    "bijeenkomst_id": lambda value: value or None,
}


def van_gezin(session: Session, gezin_id: int) -> list[Weging]:
    query = select(Weging).where(Weging.gezin_id == gezin_id).order_by(Weging.datum, Weging.id)
    return list(session.exec(query))


def maak(session: Session, gezin_id: int, auteur_id: int, **velden) -> Weging:
    """A weging; the proposal needs its rationale, as the choice must be explained."""
    haal_gezin(session, gezin_id)
    _check_person(session, gezin_id, betrokkene_id=auteur_id)
    weging = Weging(gezin_id=gezin_id, auteur_id=auteur_id, datum=date.today(),
                    directe_veiligheid="", stabiele_veiligheid="", voorstel="")  # fmt: skip
    v.apply_changes(weging, velden, _FIELDS)
    for required in ("directe_veiligheid", "stabiele_veiligheid", "voorstel"):
        if not getattr(weging, required):
            raise InvoerFout(f"Vul de {required.replace('_', ' ')} in.")
    _check_meeting_open(session, weging)
    session.add(weging)
    session.flush()
    return weging


def wijzig(session: Session, weging_id: int, **changes) -> Weging:
    weging = get_or_fail(session, Weging, weging_id)
    _check_meeting_open(session, weging)
    before = {name: getattr(weging, name) for name in changes}
    v.apply_changes(weging, changes, _FIELDS)
    _check_meeting_open(session, weging)  # nor may it be moved into a finalised one
    for name, old in before.items():
        new = getattr(weging, name)
        if new != old:
            change = WegingWijziging(weging_id=weging_id, veld=name.replace("_", " "))
            change.oud, change.nieuw = _shown(name, old), _shown(name, new)
            change.door = session.info.get("gebruiker", "")
            session.add(change)
    return weging


def _check_meeting_open(session: Session, weging: Weging) -> None:
    """A weging made in a finalised meeting is part of its record."""
    if weging.bijeenkomst_id is not None:
        haal_open(session, weging.bijeenkomst_id)


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
    _check_meeting_open(session, weging)
    zichtbaarheid = zichtbaarheid or (
        Zichtbaarheid.IEDEREEN if gezinslid_id else weging.zichtbaarheid
    )
    _check_person(session, weging.gezin_id, betrokkene_id, gezinslid_id)
    if not isinstance(score, int) or not 0 <= score <= 10:
        raise InvoerFout("Een score op de veiligheidsschaal is een heel getal van 0 tot en met 10.")
    entry = Veiligheidsscore(
        weging_id=weging_id, score=score, betrokkene_id=betrokkene_id, gezinslid_id=gezinslid_id,
        zichtbaarheid=v.choice(Zichtbaarheid, "zichtbaarheid")(zichtbaarheid),
    )  # fmt: skip
    session.add(entry)
    session.flush()
    return entry


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
