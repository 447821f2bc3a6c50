"""The afspraken of a gezin as cards: everything the board shows of one, read in one go."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from desktop_app.model import Afspraak, AfspraakMedeEigenaar, Betrokkene, Bijeenkomst, Gezinslid
from desktop_app.model.enums import OPEN_STATUSSEN, AfspraakSoort, AfspraakStatus, Zichtbaarheid
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.taakverdeling.afspraken import OUDERS, Eigenaar

GEEN_NAAM = "—"  # an owner who left the case, or none: as afspraken.persoon_naam says it


@dataclass(frozen=True)
class Kaart:
    id: int
    tekst: str
    soort: AfspraakSoort
    eigenaar: Eigenaar
    eigenaar_naam: str
    mede: tuple[Eigenaar, ...]  # who share it
    mede_namen: tuple[str, ...]
    deelresultaat: str
    deadline: date | None
    status: AfspraakStatus
    bijeenkomst: date | None  # the meeting it was agreed in (local date); None: on the board
    bijeenkomst_id: int | None
    zichtbaarheid: Zichtbaarheid
    volgorde: int

    @property
    def veiligheid(self) -> bool:
        """A veiligheidsafspraak or bodemeis: marked as such wherever it appears."""
        return self.soort != AfspraakSoort.AFSPRAAK

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSSEN

    def te_laat(self, vandaag: date) -> bool:
        return self.open and self.deadline is not None and self.deadline < vandaag


# What a card shows of an afspraak, read as plain rows rather than Afspraak objects (the
# owner fields are named alike, for afspraken.eigenaar_van). The board reads all of a
# gezin's cards after every edit: 500 ORM objects take longer to make and leave some 5,000
# objects to the garbage collector (rows some 1,000). Read as objects, 50 reads brought on
# two full collections, of some 80 ms each with this app's heap.
_VELDEN = (
    Afspraak.id, Afspraak.tekst, Afspraak.soort, Afspraak.ouders, Afspraak.betrokkene_id,
    Afspraak.gezinslid_id, Afspraak.deelresultaat, Afspraak.deadline, Afspraak.status,
    Afspraak.bijeenkomst_id, Afspraak.zichtbaarheid, Afspraak.volgorde,
)  # fmt: skip


def kaarten(session: Session, gezin_id: int) -> list[Kaart]:
    rows = session.exec(
        select(*_VELDEN)
        .where(Afspraak.gezin_id == gezin_id)
        .order_by(Afspraak.volgorde, Afspraak.id)  # as afspraken.van_gezin: the board's order
    ).all()
    meetings = {
        b.id: b.moment.astimezone().date()
        for b in session.exec(select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id))
    }
    shared: dict[int, list[Eigenaar]] = {}
    for afspraak_id, betrokkene_id, gezinslid_id in session.exec(
        select(
            AfspraakMedeEigenaar.afspraak_id,
            AfspraakMedeEigenaar.betrokkene_id,
            AfspraakMedeEigenaar.gezinslid_id,
        )
        .join(Afspraak)
        .where(Afspraak.gezin_id == gezin_id)
        .order_by(AfspraakMedeEigenaar.id)
    ):
        who = ("betrokkene", betrokkene_id) if betrokkene_id else ("gezinslid", gezinslid_id)
        shared.setdefault(afspraak_id, []).append(who)
    owners = {a.id: afspraken.eigenaar_van(a) for a in rows}
    names = _namen(session, [*owners.values(), *(m for mede in shared.values() for m in mede)])
    return [
        Kaart(
            id=a.id,
            tekst=a.tekst,
            soort=AfspraakSoort(a.soort),
            eigenaar=owners[a.id],
            eigenaar_naam=names.get(owners[a.id], GEEN_NAAM),
            mede=tuple(shared.get(a.id, ())),
            mede_namen=tuple(names.get(m, GEEN_NAAM) for m in shared.get(a.id, ())),
            deelresultaat=a.deelresultaat,
            deadline=a.deadline,
            status=AfspraakStatus(a.status),
            bijeenkomst=meetings.get(a.bijeenkomst_id),
            bijeenkomst_id=a.bijeenkomst_id,
            zichtbaarheid=a.zichtbaarheid,
            volgorde=a.volgorde,
        )
        for a in rows
    ]


def _namen(session: Session, wie: list[Eigenaar]) -> dict[Eigenaar, str]:
    """The names of these owners, as afspraken.persoon_naam gives them, in one query per kind
    of person: a board of hundreds of cards names the same few people over and over."""
    names: dict[Eigenaar, str] = {OUDERS: "Ouders"}
    for kind, model in (("betrokkene", Betrokkene), ("gezinslid", Gezinslid)):
        ids = {person_id for k, person_id in wie if k == kind and person_id}
        for person_id, naam in session.exec(select(model.id, model.naam).where(model.id.in_(ids))):
            names[(kind, person_id)] = naam
    return names
