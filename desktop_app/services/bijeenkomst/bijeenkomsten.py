"""Bijeenkomsten: the record of a case meeting; once finalised, reopened only with a reason."""

from datetime import UTC, datetime, timedelta
from typing import Annotated

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
    Zichtbaarheid,
)
from desktop_app.model.errors import InvoerFout
from desktop_app.model.gezin import utc_now
from desktop_app.services.bijeenkomst import bouwstenen
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.bijeenkomst.volgorde import vorige
from desktop_app.services.core.field_types import (
    Datum,
    Keuze,
    Regel,
    VerplichteTekst,
    Verwijzing,
    ZichtbaarVoor,
)
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

# A meeting lasts about two hours (a tweewekelijkse bijeenkomst with all parties): used
# where a meeting needs an end, as in the calendar of the taakverdeling.
DUUR = timedelta(hours=2)


class BijeenkomstInvoer(PartialUpdate):
    soort: Annotated[BijeenkomstSoort, Keuze("soort bijeenkomst")] = None
    locatie: Regel = None
    volgende: Datum = None
    voorzitter_id: Verwijzing = None
    notulist_id: Verwijzing = None


class AanwezigheidInvoer(PartialUpdate):
    status: Annotated[Aanwezig, Keuze("aanwezigheid")] = None


class PuntInvoer(PartialUpdate):
    tekst: Annotated[str, VerplichteTekst("De tekst")] = None
    zichtbaarheid: ZichtbaarVoor = None


class NieuwPuntInvoer(PuntInvoer):
    """A punt's column is chosen when it is written down and stays."""

    kolom: Annotated[Kolom, Keuze("kolom")] = None


class BesluitInvoer(PartialUpdate):
    tekst: Annotated[str, VerplichteTekst("Het besluit")] = None
    zichtbaarheid: ZichtbaarVoor = None


class NieuwBesluitInvoer(BesluitInvoer):
    """What kind of decision it is, and who was consulted, is fixed when it is taken."""

    soort: Annotated[BesluitSoort, Keuze("soort besluit")] = None
    gedragswetenschapper_id: Verwijzing = None


class BijeenkomstLogInvoer(PartialUpdate):
    reden: Annotated[str, VerplichteTekst("De reden om te heropenen")] = None


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
    invoer = BijeenkomstInvoer.parse(soort=soort, locatie=locatie)
    bijeenkomst = Bijeenkomst(gezin_id=gezin_id, moment=moment, **invoer.changes())
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
    invoer = BijeenkomstInvoer.parse(**changes)
    for field in ("voorzitter_id", "notulist_id"):
        if betrokkene_id := invoer.changes().get(field):
            _check_betrokkene(session, bijeenkomst.gezin_id, betrokkene_id)
    invoer.apply_to(bijeenkomst)
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
        invoer = AanwezigheidInvoer.parse(status=status)
        if existing is None:
            existing = Aanwezigheid(
                bijeenkomst_id=bijeenkomst_id,
                betrokkene_id=betrokkene_id,
                gezinslid_id=gezinslid_id,
            )
            session.add(existing)
        invoer.apply_to(existing)


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
    invoer = NieuwPuntInvoer.parse(kolom=kolom, tekst=tekst, zichtbaarheid=zichtbaarheid)
    punt = Punt(
        bijeenkomst_id=bijeenkomst_id,
        volgorde=len(punten(session, bijeenkomst_id)),
        **invoer.changes(),
    )
    session.add(punt)
    session.flush()
    return punt


def wijzig_punt(session: Session, punt_id: int, **changes) -> Punt:
    punt = get_or_fail(session, Punt, punt_id)
    haal_open(session, punt.bijeenkomst_id)
    PuntInvoer.parse(**changes).apply_to(punt)
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
    gedragswetenschapper_id: int | None = None,
    zichtbaarheid: str = Zichtbaarheid.IEDEREEN,
) -> Besluit:
    """A decision; a kernbeslissing needs the gedragswetenschapper. What each parent says of
    it is recorded apart (standpunten)."""
    bijeenkomst = haal_open(session, bijeenkomst_id)
    invoer = NieuwBesluitInvoer.parse(
        tekst=tekst,
        soort=soort,
        gedragswetenschapper_id=gedragswetenschapper_id,
        zichtbaarheid=zichtbaarheid,
    )
    if invoer.soort == BesluitSoort.KERNBESLISSING:
        if invoer.gedragswetenschapper_id is None:
            raise InvoerFout(
                "Bij een kernbeslissing moet een gedragswetenschapper geraadpleegd zijn. Kies wie."
            )
        _check_betrokkene(session, bijeenkomst.gezin_id, invoer.gedragswetenschapper_id)
    besluit = Besluit(bijeenkomst_id=bijeenkomst_id, **invoer.changes())
    session.add(besluit)
    session.flush()
    return besluit


def wijzig_besluit(session: Session, besluit_id: int, **changes) -> Besluit:
    besluit = get_or_fail(session, Besluit, besluit_id)
    haal_open(session, besluit.bijeenkomst_id)
    BesluitInvoer.parse(**changes).apply_to(besluit)
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
    invoer = BijeenkomstLogInvoer.parse(reden=reden)
    bijeenkomst.vastgesteld = None
    _log(session, bijeenkomst_id, "heropend", invoer.reden)
    return bijeenkomst


def logboek(session: Session, bijeenkomst_id: int) -> list[BijeenkomstLog]:
    query = select(BijeenkomstLog).where(BijeenkomstLog.bijeenkomst_id == bijeenkomst_id)
    return list(session.exec(query.order_by(BijeenkomstLog.id)))


def _log(session: Session, bijeenkomst_id: int, actie: str, reden: str = "") -> None:
    door = session.info.get("gebruiker", "")
    session.add(BijeenkomstLog(bijeenkomst_id=bijeenkomst_id, actie=actie, reden=reden, door=door))


def plan_volgende(
    session: Session, bijeenkomst_id: int, moment: datetime | None = None
) -> Bijeenkomst:
    """Create the next meeting, with the same people invited, type and place: at `moment`,
    or on the agreed date at the same hour on the clock. The clock is local: across a change
    to or from summer time 13:30 stays 13:30. A meeting still open records the date agreed."""
    current = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    local = current.moment.astimezone()
    if moment is None:
        if current.volgende is None:
            raise InvoerFout("Vul eerst de datum van de volgende bijeenkomst in.")
        moment = datetime.combine(current.volgende, local.time()).astimezone(UTC)
    if moment.astimezone().date() <= local.date():
        raise InvoerFout("De volgende bijeenkomst moet na deze bijeenkomst liggen.")
    if current.vastgesteld is None:
        current.volgende = moment.astimezone().date()
    return maak(session, current.gezin_id, moment, current.soort, current.locatie)


def _check_betrokkene(session: Session, gezin_id: int, betrokkene_id: int) -> None:
    betrokkene = get_or_fail(session, Betrokkene, betrokkene_id)
    if betrokkene.gezin_id != gezin_id:
        raise InvoerFout(f"{betrokkene.naam} is niet betrokken bij dit gezin.")
