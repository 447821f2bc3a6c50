"""The afspraken of a gezin as cards: everything the board shows of one, read in one go."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from desktop_app.model import AfspraakMedeEigenaar, Bijeenkomst
from desktop_app.model.enums import OPEN_STATUSSEN, AfspraakSoort, AfspraakStatus, Zichtbaarheid
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.taakverdeling.afspraken import Eigenaar


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


def kaarten(session: Session, gezin_id: int) -> list[Kaart]:
    rows = afspraken.van_gezin(session, gezin_id)
    meetings = {
        b.id: b.moment.astimezone().date()
        for b in session.exec(select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id))
    }
    shared: dict[int, list[Eigenaar]] = {}
    for entry in session.exec(
        select(AfspraakMedeEigenaar)
        .where(AfspraakMedeEigenaar.afspraak_id.in_([a.id for a in rows]))
        .order_by(AfspraakMedeEigenaar.id)
    ):
        who = ("betrokkene", entry.betrokkene_id) if entry.betrokkene_id else (
            "gezinslid", entry.gezinslid_id
        )  # fmt: skip
        shared.setdefault(entry.afspraak_id, []).append(who)
    return [
        Kaart(
            id=a.id,
            tekst=a.tekst,
            soort=AfspraakSoort(a.soort),
            eigenaar=afspraken.eigenaar_van(a),
            eigenaar_naam=afspraken.eigenaar_naam(session, a),
            mede=tuple(shared.get(a.id, ())),
            mede_namen=tuple(afspraken.persoon_naam(session, m) for m in shared.get(a.id, ())),
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
