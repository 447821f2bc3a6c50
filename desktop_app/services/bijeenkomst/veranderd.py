"""What changed on the timeline since the previous meeting, read from the items' history.

Computed whenever it is shown, never stored: a later rename or a narrower audience is what
appears, and an item deleted since is gone from the list.
"""

from dataclasses import dataclass

from sqlmodel import Session, select

from desktop_app.model import Bijeenkomst, Gebeurtenis, GebeurtenisWijziging
from desktop_app.services.bijeenkomst import volgorde
from desktop_app.services.core.lookup import get_or_fail


@dataclass(frozen=True)
class Verandering:
    gebeurtenis_id: int
    titel: str
    soort: str  # "nieuw" or "aangepast"
    zichtbaarheid: str  # the item's audience as it is now


def in_tijdlijn(session: Session, bijeenkomst_id: int) -> list[Verandering]:
    """Items added or changed after the previous meeting was held (or finalised, so what was
    entered during it is not counted twice), up to this meeting's finalisation."""
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
    return [
        Verandering(item_id, by_id[item_id].titel, word, by_id[item_id].zichtbaarheid)
        for item_id, word in kind.items()
        if item_id in by_id
    ]
