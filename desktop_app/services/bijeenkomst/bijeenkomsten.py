"""Bijeenkomsten: the record of a case meeting; once finalised, reopened only with a reason."""

from datetime import datetime

from sqlmodel import Session, select

from desktop_app.model import (
    Aanwezigheid,
    Besluit,
    Betrokkene,
    Bijeenkomst,
    BijeenkomstLog,
    Gezinslid,
    Punt,
)
from desktop_app.model.enums import (
    Aanwezig,
    BesluitSoort,
    BijeenkomstSoort,
    Kolom,
    OudersPositie,
    Zichtbaarheid,
)
from desktop_app.model.errors import InvoerFout
from desktop_app.model.gezin import utc_now
from desktop_app.services.bijeenkomst import bouwstenen
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.bijeenkomst.volgorde import vorige
from desktop_app.services.core import validation as v
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

_FIELDS = {
    "soort": v.choice(BijeenkomstSoort, "soort bijeenkomst"),
    "locatie": v.text,
    "volgende": v.full_date,
    "voorzitter_id": lambda value: value or None,
    "notulist_id": lambda value: value or None,
}


def van_gezin(session: Session, gezin_id: int) -> list[Bijeenkomst]:
    query = select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id).order_by(Bijeenkomst.moment)
    return list(session.exec(query))


def maak(
    session: Session,
    gezin_id: int,
    moment: datetime,
    soort: str = BijeenkomstSoort.TWEEWEKELIJKS,
    locatie: str = "",
) -> Bijeenkomst:
    """A new meeting: attendees of the previous one invited again (who comes is marked on
    the day, so projection stays safe until then) and a fresh checklist. What changed on the
    timeline since the previous meeting is read live (bijeenkomst.veranderd), never copied."""
    haal_gezin(session, gezin_id)
    bijeenkomst = Bijeenkomst(gezin_id=gezin_id, moment=moment)
    v.apply_changes(bijeenkomst, {"soort": soort, "locatie": locatie}, _FIELDS)
    session.add(bijeenkomst)
    session.flush()
    previous = vorige(session, bijeenkomst.id)
    if previous is not None:
        for invited in aanwezigheid(session, previous.id):
            session.add(
                Aanwezigheid(
                    bijeenkomst_id=bijeenkomst.id,
                    betrokkene_id=invited.betrokkene_id,
                    gezinslid_id=invited.gezinslid_id,
                )
            )
        bijeenkomst.voorzitter_id, bijeenkomst.notulist_id = (
            previous.voorzitter_id,
            previous.notulist_id,
        )
    bouwstenen.maak_antwoorden(session, bijeenkomst.id)
    return bijeenkomst


def wijzig(session: Session, bijeenkomst_id: int, **changes) -> Bijeenkomst:
    bijeenkomst = haal_open(session, bijeenkomst_id)
    v.apply_changes(bijeenkomst, changes, _FIELDS)
    for field in ("voorzitter_id", "notulist_id"):
        if getattr(bijeenkomst, field):
            _check_betrokkene(session, bijeenkomst.gezin_id, getattr(bijeenkomst, field))
    return bijeenkomst


def verzet(session: Session, bijeenkomst_id: int, moment: datetime) -> Bijeenkomst:
    bijeenkomst = haal_open(session, bijeenkomst_id)
    bijeenkomst.moment = moment
    return bijeenkomst


def verwijder(session: Session, bijeenkomst_id: int) -> None:
    session.delete(haal_open(session, bijeenkomst_id))


# attendance


def aanwezigheid(session: Session, bijeenkomst_id: int) -> list[Aanwezigheid]:
    query = select(Aanwezigheid).where(Aanwezigheid.bijeenkomst_id == bijeenkomst_id)
    return list(session.exec(query.order_by(Aanwezigheid.id)))


def zet_aanwezigheid(
    session: Session,
    bijeenkomst_id: int,
    status: str,
    *,
    betrokkene_id: int | None = None,
    gezinslid_id: int | None = None,
) -> None:
    """Invite someone or change whether they came; status None removes them from the list."""
    bijeenkomst = haal_open(session, bijeenkomst_id)
    if (betrokkene_id is None) == (gezinslid_id is None):
        raise TypeError("give exactly one of betrokkene_id and gezinslid_id")
    if betrokkene_id is not None:
        _check_betrokkene(session, bijeenkomst.gezin_id, betrokkene_id)
    else:
        lid = get_or_fail(session, Gezinslid, gezinslid_id)
        if lid.gezin_id != bijeenkomst.gezin_id:
            raise InvoerFout(f"{lid.naam} hoort niet bij dit gezin.")
    existing = next(
        (
            a
            for a in aanwezigheid(session, bijeenkomst_id)
            if a.betrokkene_id == betrokkene_id and a.gezinslid_id == gezinslid_id
        ),
        None,
    )
    if status is None:
        if existing:
            session.delete(existing)
    else:
        status = v.choice(Aanwezig, "aanwezigheid")(status)
        if existing is None:
            existing = Aanwezigheid(
                bijeenkomst_id=bijeenkomst_id,
                betrokkene_id=betrokkene_id,
                gezinslid_id=gezinslid_id,
            )
            session.add(existing)
        existing.status = status


# the three columns


def punten(session: Session, bijeenkomst_id: int) -> list[Punt]:
    query = select(Punt).where(Punt.bijeenkomst_id == bijeenkomst_id)
    return list(session.exec(query.order_by(Punt.volgorde, Punt.id)))


def voeg_punt_toe(
    session: Session,
    bijeenkomst_id: int,
    kolom: str,
    tekst: str,
    zichtbaarheid: str = Zichtbaarheid.IEDEREEN,
) -> Punt:
    haal_open(session, bijeenkomst_id)
    punt = Punt(
        bijeenkomst_id=bijeenkomst_id,
        kolom=v.choice(Kolom, "kolom")(kolom),
        tekst=v.required("De tekst")(tekst),
        zichtbaarheid=v.choice(Zichtbaarheid, "zichtbaarheid")(zichtbaarheid),
        volgorde=len(punten(session, bijeenkomst_id)),
    )
    session.add(punt)
    session.flush()
    return punt


def wijzig_punt(session: Session, punt_id: int, **changes) -> Punt:
    punt = get_or_fail(session, Punt, punt_id)
    haal_open(session, punt.bijeenkomst_id)
    fields = {
        "tekst": v.required("De tekst"),
        "zichtbaarheid": v.choice(Zichtbaarheid, "zichtbaarheid"),
    }
    v.apply_changes(punt, changes, fields)
    return punt


def verwijder_punt(session: Session, punt_id: int) -> None:
    punt = get_or_fail(session, Punt, punt_id)
    haal_open(session, punt.bijeenkomst_id)
    session.delete(punt)


# decisions


def besluiten(session: Session, bijeenkomst_id: int) -> list[Besluit]:
    query = select(Besluit).where(Besluit.bijeenkomst_id == bijeenkomst_id)
    return list(session.exec(query.order_by(Besluit.id)))


def neem_besluit(
    session: Session,
    bijeenkomst_id: int,
    tekst: str,
    soort: str = BesluitSoort.GEWOON,
    ouders_positie: str = OudersPositie.NIET_GEVRAAGD,
    ouders_woorden: str = "",
    gedragswetenschapper_id: int | None = None,
    zichtbaarheid: str = Zichtbaarheid.IEDEREEN,
) -> Besluit:
    """A decision with the parents' position; a kernbeslissing needs the gedragswetenschapper."""
    bijeenkomst = haal_open(session, bijeenkomst_id)
    besluit = Besluit(
        bijeenkomst_id=bijeenkomst_id,
        tekst=v.required("Het besluit")(tekst),
        soort=v.choice(BesluitSoort, "soort besluit")(soort),
        ouders_positie=v.choice(OudersPositie, "positie van de ouders")(ouders_positie),
        ouders_woorden=v.text(ouders_woorden),
        gedragswetenschapper_id=gedragswetenschapper_id or None,
        zichtbaarheid=v.choice(Zichtbaarheid, "zichtbaarheid")(zichtbaarheid),
    )
    if besluit.soort == BesluitSoort.KERNBESLISSING:
        if besluit.gedragswetenschapper_id is None:
            raise InvoerFout(
                "Bij een kernbeslissing moet een gedragswetenschapper geraadpleegd zijn. Kies wie."
            )
        _check_betrokkene(session, bijeenkomst.gezin_id, besluit.gedragswetenschapper_id)
    session.add(besluit)
    session.flush()
    return besluit


def wijzig_besluit(session: Session, besluit_id: int, **changes) -> Besluit:
    besluit = get_or_fail(session, Besluit, besluit_id)
    haal_open(session, besluit.bijeenkomst_id)
    fields = {
        "tekst": v.required("Het besluit"),
        "ouders_woorden": v.text,
        "zichtbaarheid": v.choice(Zichtbaarheid, "zichtbaarheid"),
    }
    v.apply_changes(besluit, changes, fields)
    return besluit


# finalising


def stel_vast(session: Session, bijeenkomst_id: int) -> Bijeenkomst:
    bijeenkomst = haal_open(session, bijeenkomst_id)
    bijeenkomst.vastgesteld = utc_now()
    _log(session, bijeenkomst_id, "vastgesteld")
    return bijeenkomst


def heropen(session: Session, bijeenkomst_id: int, reden: str) -> Bijeenkomst:
    bijeenkomst = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    if bijeenkomst.vastgesteld is None:
        raise InvoerFout("Deze bijeenkomst is niet vastgesteld; ze kan gewoon worden gewijzigd.")
    bijeenkomst.vastgesteld = None
    _log(session, bijeenkomst_id, "heropend", v.required("De reden om te heropenen")(reden))
    return bijeenkomst


def logboek(session: Session, bijeenkomst_id: int) -> list[BijeenkomstLog]:
    query = select(BijeenkomstLog).where(BijeenkomstLog.bijeenkomst_id == bijeenkomst_id)
    return list(session.exec(query.order_by(BijeenkomstLog.id)))


def _log(session: Session, bijeenkomst_id: int, actie: str, reden: str = "") -> None:
    door = session.info.get("gebruiker", "")
    session.add(BijeenkomstLog(bijeenkomst_id=bijeenkomst_id, actie=actie, reden=reden, door=door))


def plan_volgende(session: Session, bijeenkomst_id: int) -> Bijeenkomst:
    """Create the next meeting on the agreed date, at the same hour, type and place."""
    current = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    if current.volgende is None:
        raise InvoerFout("Vul eerst de datum van de volgende bijeenkomst in.")
    if current.volgende <= current.moment.date():
        raise InvoerFout("De volgende bijeenkomst moet na deze bijeenkomst liggen.")
    moment = datetime.combine(current.volgende, current.moment.timetz())
    return maak(session, current.gezin_id, moment, current.soort, current.locatie)


def _check_betrokkene(session: Session, gezin_id: int, betrokkene_id: int) -> None:
    betrokkene = get_or_fail(session, Betrokkene, betrokkene_id)
    if betrokkene.gezin_id != gezin_id:
        raise InvoerFout(f"{betrokkene.naam} is niet betrokken bij dit gezin.")
