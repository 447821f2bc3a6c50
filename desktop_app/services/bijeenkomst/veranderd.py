"""What changed on the timeline since the previous meeting, read from the items' history.

Two things that both reach the timeline after the previous meeting are kept apart: what
happened since then (the item's own date lies after it), and history that was only written
down since (a birth years ago, entered today), which is news to the file, not to the family.

Computed whenever it is shown, never stored: a later rename or a narrower audience is what
appears, and an item deleted since is gone from the list.
"""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from desktop_app.model import Bijeenkomst, Gebeurtenis, GebeurtenisWijziging
from desktop_app.model.fuzzy_date import FuzzyDate, format_period
from desktop_app.services.bijeenkomst import volgorde
from desktop_app.services.core.lookup import get_or_fail

GEBEURD = "Wat is er gebeurd sinds de vorige bijeenkomst"
GESCHIEDENIS = "Nieuw toegevoegd aan de geschiedenis"


@dataclass(frozen=True)
class Verandering:
    gebeurtenis_id: int
    titel: str
    soort: str  # "nieuw" or "aangepast"
    zichtbaarheid: str  # the item's audience as it is now
    gebeurd: bool  # the item's own date lies after the previous meeting
    datum: str  # the item's date as the timeline shows it: "voorjaar 2019", "2012"

    @property
    def regel(self) -> str:
        """One line of the record: history entered since says when it happened."""
        if self.gebeurd:
            return f"{self.titel} ({self.soort})"
        said = "toegevoegd aan de geschiedenis" if self.soort == "nieuw" else self.soort
        return f"{self.titel} ({self.datum}, {said})"


def in_tijdlijn(session: Session, bijeenkomst_id: int) -> list[Verandering]:
    """Items added or changed after the previous meeting was held (or finalised, so what was
    entered during it is not counted twice), up to this meeting's finalisation: first what
    happened since the previous meeting, then the older history entered since."""
    bijeenkomst = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    previous = volgorde.vorige(session, bijeenkomst_id)
    if previous is None:
        return []
    query = (
        select(GebeurtenisWijziging.gebeurtenis_id, GebeurtenisWijziging.actie)
        .where(
            GebeurtenisWijziging.gezin_id == bijeenkomst.gezin_id,
            GebeurtenisWijziging.op > (previous.vastgesteld or previous.moment),
        )
        .order_by(GebeurtenisWijziging.id)
    )
    if bijeenkomst.vastgesteld is not None:
        query = query.where(GebeurtenisWijziging.op <= bijeenkomst.vastgesteld)
    kind: dict[int, str] = {}
    for item_id, actie in session.exec(query):
        if actie == "aangemaakt" or item_id not in kind:
            kind[item_id] = "nieuw" if actie == "aangemaakt" else "aangepast"
    items = session.exec(select(Gebeurtenis).where(Gebeurtenis.id.in_(kind))).all()
    by_id = {item.id: item for item in items}
    since, until = previous.moment.astimezone().date(), bijeenkomst.moment.astimezone().date()
    changes = [
        Verandering(
            item_id,
            by_id[item_id].titel,
            word,
            by_id[item_id].zichtbaarheid,
            _gebeurd_tussen(by_id[item_id], since, until),
            format_period(
                FuzzyDate.from_storage(by_id[item_id].start),
                FuzzyDate.from_storage(by_id[item_id].einde),
            ),
        )
        for item_id, word in kind.items()
        if item_id in by_id
    ]
    return [c for c in changes if c.gebeurd] + [c for c in changes if not c.gebeurd]


def _gebeurd_tussen(item: Gebeurtenis, since: date, until: date) -> bool:
    """Whether the item may have happened since the previous meeting: it began, or its
    period ended, on or after that day (a fuzzy date counts when it may lie after it). A
    period still running, begun long before, is history."""
    if item.start_tot >= since:
        return True
    return item.einde_tot is not None and item.einde_tot >= since and item.einde_van <= until
