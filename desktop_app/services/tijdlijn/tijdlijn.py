"""The timeline of one gezin as columns (numpy arrays), for drawing many items fast.

Times are seconds since 1970 (UTC), as pyqtgraph's date axis expects. Every item has
an uncertainty span for its start (and end, for a period); a moment is drawn at its
midpoint. Regie and vast-aanspreekpunt changes appear as read-only items. Items come in
reading order (`leesvolgorde`), the order every list of them is stepped through.
"""

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import text
from sqlmodel import Session, select

from desktop_app.model import Betrokkene, Categorie, Gezinslid, Patroon
from desktop_app.model.enums import Zichtbaarheid
from desktop_app.model.fuzzy_date import FuzzyDate, format_period
from desktop_app.services.gezin import gezinsleden, regie
from desktop_app.services.tijdlijn import categorieen, patronen

DAY = 86400.0
HELP_CATEGORIES = frozenset({"hulp", "maatregel", "wisseling", "melding"})
AUDIENCE_CODES = list(Zichtbaarheid)  # `Tijdlijn.zichtbaarheid` indexes into this


@dataclass(frozen=True)
class Tijdlijn:
    ids: np.ndarray  # item id; 0 for read-only items derived from regie history
    titels: list[str]
    start_van: np.ndarray
    start_tot: np.ndarray
    einde_van: np.ndarray  # NaN for a moment
    einde_tot: np.ndarray
    categorie: np.ndarray  # index into `categorieen`
    zichtbaarheid: np.ndarray  # index into AUDIENCE_CODES
    personen: list[tuple[int, ...]]
    datums: list[tuple[str, str | None]]  # stored FuzzyDate text of start and end
    categorieen: list[Categorie]
    leden: list[Gezinslid]
    patronen: list[Patroon]
    patroon_items: dict[int, np.ndarray] = field(default_factory=dict)  # pattern id -> indices

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def is_periode(self) -> np.ndarray:
        return ~np.isnan(self.einde_van)

    @property
    def midden(self) -> np.ndarray:
        return (self.start_van + self.start_tot) / 2

    @property
    def laatst(self) -> np.ndarray:
        """The latest moment an item may reach: end of its period, or of its start span."""
        return np.where(self.is_periode, self.einde_tot, self.start_tot)

    def take(self, indices: np.ndarray) -> "Tijdlijn":
        """These items, in this order. Patterns follow their items; one with none left is
        gone too, so its name is not shown to an audience that may see none of it."""
        remap = np.full(len(self.ids), -1)
        remap[indices] = np.arange(len(indices))
        kept = {pid: remap[items][remap[items] >= 0] for pid, items in self.patroon_items.items()}
        kept = {pid: np.sort(items) for pid, items in kept.items() if len(items)}
        return replace(
            self,
            ids=self.ids[indices],
            titels=[self.titels[i] for i in indices],
            start_van=self.start_van[indices],
            start_tot=self.start_tot[indices],
            einde_van=self.einde_van[indices],
            einde_tot=self.einde_tot[indices],
            categorie=self.categorie[indices],
            zichtbaarheid=self.zichtbaarheid[indices],
            personen=[self.personen[i] for i in indices],
            datums=[self.datums[i] for i in indices],
            patronen=[p for p in self.patronen if p.id in kept],
            patroon_items=kept,
        )

    def in_jaren(self, van: int | None, tot: int | None) -> "Tijdlijn":
        """The items that reach into the years `van` up to and including `tot`."""
        keep = np.ones(len(self), bool)
        if van:
            keep &= self.laatst >= datetime(van, 1, 1, tzinfo=UTC).timestamp()
        if tot:
            keep &= self.start_van < datetime(tot + 1, 1, 1, tzinfo=UTC).timestamp()
        return self.take(np.flatnonzero(keep))

    def datum_tekst(self, index: int) -> str:
        start, end = self.datums[index]
        return format_period(FuzzyDate.from_storage(start), FuzzyDate.from_storage(end))

    def index_van(self, item_id: int) -> int | None:
        found = np.flatnonzero(self.ids == item_id)
        return int(found[0]) if len(found) else None


def _seconds(iso_dates: list) -> np.ndarray:
    values = np.array([d if d is not None else "NaT" for d in iso_dates], dtype="datetime64[D]")
    seconds = values.astype("datetime64[s]").astype(np.float64)
    seconds[np.isnat(values)] = np.nan
    return seconds


def laad(session: Session, gezin_id: int) -> Tijdlijn:
    cats = categorieen.alle(session)
    cat_index = {c.id: i for i, c in enumerate(cats)}
    audience_index = {z.value: i for i, z in enumerate(AUDIENCE_CODES)}
    wissel = next((c.id for c in cats if c.sleutel == "wisseling"), cats[0].id)
    connection = session.connection()
    rows = connection.execute(
        text(
            "SELECT id, titel, start_van, start_tot, einde_van, einde_tot, categorie_id, "
            "zichtbaarheid, start, einde FROM gebeurtenis WHERE gezin_id = :g"
        ),
        {"g": gezin_id},
    ).all()
    people: dict[int, list[int]] = {}
    for item_id, lid_id in connection.execute(
        text(
            "SELECT gp.gebeurtenis_id, gp.gezinslid_id FROM gebeurtenis_persoon gp "
            "JOIN gebeurtenis g ON g.id = gp.gebeurtenis_id WHERE g.gezin_id = :g"
        ),
        {"g": gezin_id},
    ):
        people.setdefault(item_id, []).append(lid_id)
    derived = _regie_items(session, gezin_id)
    rows += [
        (0, title, day, day, None, None, wissel, Zichtbaarheid.IEDEREEN.value, day, None)
        for title, day, _ in derived
    ]
    derived_people = [who for _, _, who in derived]
    columns = list(zip(*rows, strict=True)) if rows else [()] * 10
    real = len(rows) - len(derived_people)
    tijdlijn = Tijdlijn(
        ids=np.array(columns[0], dtype=np.int64),
        titels=list(columns[1]),
        start_van=_seconds(columns[2]),
        start_tot=_seconds(columns[3]),
        einde_van=_seconds(columns[4]),
        einde_tot=_seconds(columns[5]),
        categorie=np.array([cat_index[c] for c in columns[6]], dtype=np.int32),
        zichtbaarheid=np.array([audience_index[z] for z in columns[7]], dtype=np.int8),
        personen=[tuple(sorted(people.get(i, ()))) for i in columns[0][:real]] + derived_people,
        datums=list(zip(columns[8], columns[9], strict=True)),
        categorieen=cats,
        leden=gezinsleden.van_gezin(session, gezin_id),
        patronen=[],
    )
    ordered = tijdlijn.take(leesvolgorde(tijdlijn))
    by_id = {int(item_id): i for i, item_id in enumerate(ordered.ids) if item_id}
    for patroon in patronen.van_gezin(session, gezin_id):
        members = [by_id[i] for i in patronen.leden(session, patroon.id) if i in by_id]
        if members:
            ordered.patronen.append(patroon)
            ordered.patroon_items[patroon.id] = np.array(sorted(members), dtype=np.int64)
    return ordered


def leesvolgorde(tijdlijn: Tijdlijn) -> np.ndarray:
    """The order a reader steps through: the sequence people said. By start; at the same
    start the coarser date first ("2023" before "begin 2023" before "jan 2023"), then by title
    and id, so equal dates always come in the same order."""
    width = tijdlijn.start_tot - tijdlijn.start_van
    titles = np.array([t.casefold() for t in tijdlijn.titels], dtype=str)
    return np.lexsort((tijdlijn.ids, titles, -width, tijdlijn.start_van))


def _regie_items(session: Session, gezin_id: int) -> list[tuple[str, str, tuple[int, ...]]]:
    """Changes of regie and vast aanspreekpunt, as (title, ISO date, persons)."""
    query = select(Betrokkene).where(Betrokkene.gezin_id == gezin_id)
    names = {b.id: b for b in session.exec(query)}
    items = []
    for toewijzing in regie.regie_geschiedenis(session, gezin_id):
        holder = names.get(toewijzing.betrokkene_id)
        title = f"Regie naar {holder.naam_en_rol}" if holder else "Regie niet belegd"
        items.append((title, toewijzing.ingang.isoformat(), ()))
    leden = {lid.id: lid for lid in gezinsleden.van_gezin(session, gezin_id)}
    for toewijzing in regie.aanspreekpunt_geschiedenis(session, gezin_id):
        holder = names.get(toewijzing.betrokkene_id)
        lid = leden[toewijzing.gezinslid_id]
        title = (
            f"Aanspreekpunt {lid.naam.split()[0]}: {holder.naam_en_rol if holder else 'niemand'}"
        )
        items.append((title, toewijzing.ingang.isoformat(), (lid.id,)))
    return items
