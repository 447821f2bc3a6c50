"""A meeting as an audience may see it: who came, what changed, the three columns,
decisions with what each parent said of them, and the agreements still open, with owner and
date."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from desktop_app.model import Betrokkene, Bijeenkomst, Gezinslid
from desktop_app.model.enums import (
    DRIE_KOLOMMEN,
    Aanwezig,
    BesluitSoort,
    BijeenkomstSoort,
    Kolom,
    OudersPositie,
)
from desktop_app.services.bijeenkomst import bijeenkomsten, standpunten, veranderd
from desktop_app.services.bijeenkomst.standpunten import StandpuntRegel
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.publiek import taakverdeling
from desktop_app.services.publiek.regel import Lezer, zichtbaar
from desktop_app.services.taakverdeling.kaarten import Kaart


@dataclass(frozen=True)
class PubliekAanwezige:
    naam: str
    rol: str  # the betrokkene's role or the gezinslid's relation
    status: str  # Dutch label: aanwezig, afwezig, ...


@dataclass(frozen=True)
class PubliekStandpunt:
    """One parent's view of a decision; only a parent who was asked, or whose words were
    written down, has one."""

    naam: str  # "Ouders" for the shared view recorded before positions were per parent
    gezag: bool
    positie: str  # Dutch label; "" when only their words were written down
    woorden: str


@dataclass(frozen=True)
class PubliekBesluit:
    tekst: str
    kernbeslissing: bool
    standpunten: list[PubliekStandpunt]  # empty when no parent was asked
    gedragswetenschapper: str  # name, or "" when none was consulted


@dataclass(frozen=True)
class PubliekBijeenkomst:
    id: int
    moment: datetime
    soort: str  # Dutch label
    locatie: str
    vastgesteld: bool
    aanwezigen: list[PubliekAanwezige]
    veranderd: list[str]  # from the timeline, then the facilitator's own lines
    kolommen: dict[Kolom, list[str]]  # the three columns, in order
    besluiten: list[PubliekBesluit]
    afspraken: list[Kaart]  # still open, from every meeting and the board
    volgende: date | None


def bijeenkomst(session: Session, bijeenkomst_id: int, publiek: Lezer) -> PubliekBijeenkomst:
    b = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    punten = [
        p
        for p in bijeenkomsten.punten(session, bijeenkomst_id)
        if zichtbaar(p.zichtbaarheid, publiek)
    ]
    changes = [
        c.regel
        for c in veranderd.in_tijdlijn(session, bijeenkomst_id)
        if zichtbaar(c.zichtbaarheid, publiek)
    ]
    views = standpunten.van_bijeenkomst(session, bijeenkomst_id)
    return PubliekBijeenkomst(
        id=b.id,
        moment=b.moment,
        soort=BijeenkomstSoort(b.soort).label,
        locatie=b.locatie,
        vastgesteld=b.vastgesteld is not None,
        aanwezigen=_aanwezigen(session, bijeenkomst_id),
        veranderd=changes + [p.tekst for p in punten if p.kolom == Kolom.VERANDERD],
        kolommen={k: [p.tekst for p in punten if p.kolom == k] for k in DRIE_KOLOMMEN},
        besluiten=[
            _besluit(session, besluit, views[besluit.id])
            for besluit in bijeenkomsten.besluiten(session, bijeenkomst_id)
            if zichtbaar(besluit.zichtbaarheid, publiek)
        ],
        afspraken=[k for k in taakverdeling.kaarten(session, b.gezin_id, publiek) if k.open],
        volgende=b.volgende,
    )


def _aanwezigen(session: Session, bijeenkomst_id: int) -> list[PubliekAanwezige]:
    result = []
    for a in bijeenkomsten.aanwezigheid(session, bijeenkomst_id):
        if a.betrokkene_id:
            person = session.get(Betrokkene, a.betrokkene_id)
            naam, rol = person.naam, person.rol
        else:
            lid = session.get(Gezinslid, a.gezinslid_id)
            naam, rol = lid.naam, lid.relatie
        result.append(PubliekAanwezige(naam, rol, Aanwezig(a.status).label))
    return result


def _besluit(session: Session, besluit, views: list[StandpuntRegel]) -> PubliekBesluit:
    consulted = (
        session.get(Betrokkene, besluit.gedragswetenschapper_id)
        if besluit.gedragswetenschapper_id
        else None
    )
    return PubliekBesluit(
        tekst=besluit.tekst,
        kernbeslissing=besluit.soort == BesluitSoort.KERNBESLISSING,
        standpunten=[_standpunt(view) for view in views if view.gevraagd],
        gedragswetenschapper=consulted.naam if consulted else "",
    )


def _standpunt(view: StandpuntRegel) -> PubliekStandpunt:
    asked = view.positie != OudersPositie.NIET_GEVRAAGD
    return PubliekStandpunt(
        naam=view.naam,
        gezag=view.gezag,
        positie=OudersPositie(view.positie).label if asked else "",
        woorden=view.woorden,
    )
