"""Everything the Bijeenkomsten tab shows of one meeting, read in one transaction."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop_app.model import (
    Afspraak,
    Besluit,
    Betrokkene,
    Bijeenkomst,
    BijeenkomstLog,
    ChecklistAntwoord,
    Gezinslid,
    Punt,
)
from desktop_app.services.bijeenkomst import (
    bijeenkomsten,
    bouwstenen,
    standpunten,
    veranderd,
    volgorde,
)
from desktop_app.services.bijeenkomst.standpunten import StandpuntRegel
from desktop_app.services.bijeenkomst.veranderd import Verandering
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.gezin import betrokkenen, gezinsleden
from desktop_app.services.taakverdeling import afspraken


@dataclass(frozen=True)
class Uitnodiging:
    """A person who could attend, and whether they were invited and came."""

    id: tuple[str, int]  # ("gezinslid" | "betrokkene", id)
    naam: str
    status: str | None  # None: not invited


@dataclass(frozen=True)
class BijeenkomstOverzicht:
    bijeenkomst: Bijeenkomst
    leden: list[Gezinslid]
    betrokkenen: list[Betrokkene]
    uitnodigingen: list[Uitnodiging]
    punten: list[Punt]
    veranderingen: list[Verandering]  # on the timeline since the previous meeting
    eerste: bool  # no previous meeting: nothing to compare the timeline with
    besluiten: list[Besluit]
    standpunten: dict[int, list[StandpuntRegel]]  # per decision: each parent and gezagdrager
    open_afspraken: list[Afspraak]
    eigenaars: dict[int, str]
    antwoorden: list[ChecklistAntwoord]
    voortgang: dict[str, tuple[int, int]]
    suggesties: set[int]
    logboek: list[BijeenkomstLog]


def laad(session: Session, bijeenkomst_id: int) -> BijeenkomstOverzicht:
    b = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    leden = gezinsleden.van_gezin(session, b.gezin_id)
    people = betrokkenen.van_gezin(session, b.gezin_id)
    status = {
        (a.betrokkene_id, a.gezinslid_id): a.status
        for a in bijeenkomsten.aanwezigheid(session, bijeenkomst_id)
    }
    invited = [
        Uitnodiging(("gezinslid", lid.id), lid.naam, status.get((None, lid.id))) for lid in leden
    ]
    invited += [
        Uitnodiging(
            ("betrokkene", p.id),
            p.naam_en_rol,
            status.get((p.id, None)),
        )
        for p in people
    ]
    open_agreements = afspraken.van_gezin(session, b.gezin_id, alleen_open=True)
    return BijeenkomstOverzicht(
        bijeenkomst=b,
        leden=leden,
        betrokkenen=people,
        uitnodigingen=invited,
        punten=bijeenkomsten.punten(session, bijeenkomst_id),
        veranderingen=veranderd.in_tijdlijn(session, bijeenkomst_id),
        eerste=volgorde.vorige(session, bijeenkomst_id) is None,
        besluiten=bijeenkomsten.besluiten(session, bijeenkomst_id),
        standpunten=standpunten.van_bijeenkomst(session, bijeenkomst_id),
        open_afspraken=open_agreements,
        eigenaars={a.id: afspraken.eigenaar_naam(session, a) for a in open_agreements},
        antwoorden=bouwstenen.antwoorden(session, bijeenkomst_id),
        voortgang=bouwstenen.voortgang(session, bijeenkomst_id),
        suggesties=bouwstenen.open_uit_vorige(session, bijeenkomst_id),
        logboek=bijeenkomsten.logboek(session, bijeenkomst_id),
    )
