"""Everything the printed outcome of one meeting holds, for one reader.

The parents' copy and the professionals' report read this record only; what is for
professionals (the checklist, the wegingen, the hours) is left empty for parents here, so no
report decides it.
"""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from desktop_app.model import Betrokkene, Bijeenkomst
from desktop_app.model.enums import ChecklistStatus
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen, volgorde
from desktop_app.services.gezin import gezinnen, gezinsleden, regie
from desktop_app.services.publiek.bijeenkomst import PubliekBijeenkomst
from desktop_app.services.publiek.contact import Contactpersoon
from desktop_app.services.publiek.projectie import projectie
from desktop_app.services.publiek.regel import Lezer, lezer, voor_professionals
from desktop_app.services.publiek.weging import PubliekWeging
from desktop_app.services.taakverdeling.kaarten import Kaart
from desktop_app.services.tijdlijn.tijdlijn import Tijdlijn
from desktop_app.services.uren.uren import UrenStand, urenstand
from desktop_app.services.weging.grafiek import Grafiek


@dataclass(frozen=True)
class Volgende:
    """The next meeting as the family should put it in its agenda."""

    moment: datetime  # local time
    locatie: str
    gepland: bool  # False: only the date was agreed; time and place are those of this meeting


@dataclass(frozen=True)
class ChecklistRegel:
    bouwsteen: str  # its Dutch name
    vraag: str
    status: str  # Dutch label
    notitie: str


@dataclass(frozen=True)
class Verslag:
    gezin: str
    gemeente: str
    lezer: Lezer
    bijeenkomst: PubliekBijeenkomst
    voorzitter: str
    notulist: str
    contactpersonen: list[Contactpersoon]
    afspraken: list[Kaart]  # made in it, or open from before: veiligheid and bodemeisen first
    volgende: Volgende | None
    ondertekenaars: list[tuple[str, str]]  # (name, role): the gezagdragers, then the regisseur
    tijdlijn: Tijdlijn
    vorige: date | None  # the previous meeting: a report's timeline excerpt starts there
    # For professionals only: empty for parents.
    checklist: list[ChecklistRegel]
    wegingen: list[PubliekWeging]
    veiligheidsschaal: Grafiek | None
    uren: UrenStand | None


def verslag(session: Session, gezin_id: int, bijeenkomst_id: int | str, voor: Lezer) -> Verslag:
    """`bijeenkomst_id` is a meeting of this gezin or "laatste"."""
    voor = lezer(voor)
    seen = projectie(session, gezin_id, voor, bijeenkomst_id)
    meeting = session.get(Bijeenkomst, seen.bijeenkomst.id)
    professionals = voor_professionals(voor)
    previous = volgorde.vorige(session, meeting.id)
    holder = regie.regiehouder_id(session, gezin_id)
    signers = [
        (lid.naam, lid.relatie) for lid in gezinsleden.van_gezin(session, gezin_id) if lid.gezag
    ]
    if holder is not None:
        signers.append((session.get(Betrokkene, holder).naam, "regisseur"))
    return Verslag(
        gezin=seen.gezin,
        gemeente=gezinnen.haal(session, gezin_id).gemeente,
        lezer=voor,
        bijeenkomst=seen.bijeenkomst,
        voorzitter=_naam(session, meeting.voorzitter_id),
        notulist=_naam(session, meeting.notulist_id),
        contactpersonen=seen.contactpersonen,
        afspraken=sorted(_afspraken(seen.afspraken, meeting), key=lambda k: not k.veiligheid),
        volgende=_volgende(session, meeting),
        ondertekenaars=signers,
        tijdlijn=seen.tijdlijn,
        vorige=previous.moment.astimezone().date() if previous else None,
        checklist=_checklist(session, meeting.id) if professionals else [],
        wegingen=seen.wegingen if professionals else [],
        veiligheidsschaal=seen.veiligheidsschaal if professionals else None,
        uren=urenstand(session, gezin_id) if professionals else None,
    )


def _afspraken(kaarten: list[Kaart], meeting: Bijeenkomst) -> list[Kaart]:
    """What this meeting's paper lists: every afspraak made in it, whatever became of it,
    and those still open from before it (or from the board). Nothing agreed later: a copy
    printed again for an earlier meeting says what was agreed then."""
    day = meeting.moment.astimezone().date()
    return [
        k
        for k in kaarten
        if k.bijeenkomst_id == meeting.id
        or (k.open and (k.bijeenkomst is None or k.bijeenkomst < day))
    ]


def _naam(session: Session, betrokkene_id: int | None) -> str:
    return session.get(Betrokkene, betrokkene_id).naam if betrokkene_id else ""


def _volgende(session: Session, meeting: Bijeenkomst) -> Volgende | None:
    """The meeting planned after this one; else the date this one agreed, at its hour and
    place. A meeting's time and place are for everyone: they carry no audience."""
    later = [
        b for b in bijeenkomsten.van_gezin(session, meeting.gezin_id) if b.moment > meeting.moment
    ]
    if later:
        return Volgende(later[0].moment.astimezone(), later[0].locatie, True)
    if meeting.volgende is None:
        return None
    at = meeting.moment.astimezone()
    return Volgende(datetime.combine(meeting.volgende, at.timetz()), meeting.locatie, False)


def _checklist(session: Session, bijeenkomst_id: int) -> list[ChecklistRegel]:
    names = bouwstenen.namen()
    return [
        ChecklistRegel(
            names.get(a.bouwsteen, a.bouwsteen),
            a.tekst,
            ChecklistStatus(a.status).label,
            a.notitie,
        )
        for a in bouwstenen.antwoorden(session, bijeenkomst_id)
    ]
