"""Erasing a gezin for good, when its case is closed: every row of it leaves the store,
outside undo, and the file is compacted so that no freed page keeps a copy. One line is
left in `gewist` (the gezin's name, by whom, when) and one in the logboek.

"Gezin verwijderen" stays beside it: that one can be undone, so its rows stay in the undo
history until the app closes.
"""

from dataclasses import dataclass

from sqlmodel import Session, select

from desktop_app.model import Gewist
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag import logboek
from desktop_app.store import reserve


@dataclass(frozen=True)
class Uitkomst:
    naam: str
    niet_opgeschoond: str  # why the file could not be compacted yet; "" when it was
    niet_vastgelegd: str  # why the logboek did not get its line; "" when it did


def heeft_reservekopieen(workspace: Workspace) -> bool:
    """Whether the store has backups the gezin could be erased from too."""
    return workspace.opslag is not None and bool(reserve.map_van(workspace.opslag.pad).is_dir())


def wis_definitief(
    workspace: Workspace, gezin_id: int, uit_reservekopieen: bool = False
) -> Uitkomst:
    """Erase the gezin; with `uit_reservekopieen` from the backups too (after the store, so
    a failure there leaves the store's erase done and says so)."""
    naam, niet_opgeschoond = workspace.wis(
        "Gezin definitief wissen", _wis, gezin_id, workspace.gebruiker
    )
    if uit_reservekopieen:
        reserve.wis_gezin(workspace.opslag.pad, workspace.opslag.wachtwoord, gezin_id)
    reden = logboek.schrijf(workspace, logboek.Wat.WISSEN, gezin_id, None, "database")
    return Uitkomst(naam, niet_opgeschoond, reden)


def _wis(session: Session, gezin_id: int, door: str) -> str:
    # The database's cascades take every row below the gezin (tests/test_wissen.py counts them).
    naam = gezinnen.verwijder(session, gezin_id)
    session.add(Gewist(gezin_id=gezin_id, gezin_naam=naam, door=door))
    return naam


def gewist(session: Session) -> list[Gewist]:
    """Every gezin erased from this store, the latest first."""
    return list(session.exec(select(Gewist).order_by(Gewist.op.desc(), Gewist.id.desc())))
