"""The one path for reads and edits, in the spirit of Anki's operation layer.

Every edit runs in its own transaction through `Workspace.edit`, so the gezin's
`bijgewerkt` stamp, change notification and undo/redo live in one place. Undo is recorded
row by row under the edit (store.undo_log), so no service has to describe its own reversal.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from desktop_app.model import (
    Bijeenkomst,
    Gebeurtenis,
    Gezin,
    Gezinslid,
    Patroon,
    Weging,
)
from desktop_app.model.errors import InvoerFout
from desktop_app.model.gezin import utc_now
from desktop_app.store import undo_log
from desktop_app.store.engine import create_store_engine
from desktop_app.store.migrations import ensure_current

T = TypeVar("T")


@dataclass(frozen=True)
class Wijziging:
    """What an edit changed, as observers of the workspace are told."""

    label: str
    gezin_ids: frozenset[int]


@dataclass(frozen=True)
class UndoStap:
    label: str
    reversal: list[str]  # SQL that puts the rows back (store.undo_log)
    gezin_ids: frozenset[int]


class Workspace:
    def __init__(self, engine: Engine, gebruiker: str = ""):
        self.engine = engine
        self.gebruiker = gebruiker or _login_name()
        self._observers: list[Callable[[Wijziging], None]] = []
        self._undo: list[UndoStap] = []
        self._redo: list[UndoStap] = []

    @classmethod
    def open(cls, path: Path) -> "Workspace":
        """Open (and if needed create or migrate) the store file at `path`."""
        from desktop_app.services.bijeenkomst.bouwstenen import zaai_sjabloon

        ensure_current(path)
        workspace = cls(create_store_engine(path))
        workspace._run(zaai_sjabloon)  # defaults from resources/, once; not an undoable edit
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def subscribe(self, observer: Callable[[Wijziging], None]) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: Callable[[Wijziging], None]) -> None:
        self._observers.remove(observer)

    def read(self, query: Callable[..., T], *args, **kwargs) -> T:
        with Session(self.engine, expire_on_commit=False) as session:
            return query(session, *args, **kwargs)

    def edit(self, label: str, operation: Callable[..., T], *args, **kwargs) -> T:
        """Run one user edit in one transaction; observers hear of it after the commit."""
        result, reversal, touched = self._run(operation, *args, **kwargs)
        if reversal:
            self._undo.append(UndoStap(label, reversal, touched))
            self._redo.clear()
        self._notify(Wijziging(label, touched))
        return result

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> str | None:
        """Reverse the newest undoable edit; returns its label, or None when there is none."""
        return self._replay(self._undo, self._redo, "ongedaan gemaakt")

    def redo(self) -> str | None:
        return self._replay(self._redo, self._undo, "opnieuw gedaan")

    def _replay(self, source: list[UndoStap], target: list[UndoStap], done: str) -> str | None:
        if not source:
            return None
        step = source.pop()
        try:
            _, reversal, _ = self._run(_replay, step.reversal)
        except SQLAlchemyError as exc:  # the store is as it was; this step cannot come back
            raise InvoerFout(
                f"‘{step.label}’ kon niet worden {done}; er is niets veranderd. ({exc.orig})"
            ) from exc
        target.append(UndoStap(step.label, reversal, step.gezin_ids))
        self._notify(Wijziging(f"{step.label} {done}", step.gezin_ids))
        return step.label

    def _notify(self, change: Wijziging) -> None:
        """After the commit and the undo stacks: observers see the state as it now is."""
        for observer in list(self._observers):
            observer(change)

    def _run(self, operation: Callable[..., T], *args, **kwargs):
        with Session(self.engine, expire_on_commit=False) as session:
            session.info["gebruiker"] = self.gebruiker
            event.listen(session, "before_flush", _stamp_gezinnen)
            event.listen(session, "after_flush", _collect_gezinnen)
            with session.begin():
                with undo_log.recording(session.connection()) as reversal:
                    result = operation(session, *args, **kwargs)
                    session.flush()
            touched = frozenset(session.info.get("gezin_ids", ()))
        return result, reversal, touched


def _replay(session: Session, reversal: list[str]) -> None:
    undo_log.replay(session.connection(), reversal)


def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _gezin_ids(session: Session) -> set[int]:
    """The gezinnen whose data the pending flush touches."""
    ids = set()
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty, *session.deleted):
            gezin_id = obj.id if isinstance(obj, Gezin) else _gezin_of(session, obj)
            if gezin_id is not None:
                ids.add(gezin_id)
    return ids


# Rows without a gezin_id of their own belong to one through their parent.
_PARENTS = (
    ("bijeenkomst_id", Bijeenkomst),
    ("weging_id", Weging),
    ("gebeurtenis_id", Gebeurtenis),
    ("patroon_id", Patroon),
    ("gezinslid_id", Gezinslid),
)


def _gezin_of(session: Session, obj) -> int | None:
    if getattr(obj, "gezin_id", None) is not None:
        return obj.gezin_id
    for field, parent in _PARENTS:
        parent_id = getattr(obj, field, None)
        if parent_id is not None:
            found = session.get(parent, parent_id)
            if found is not None:
                return found.gezin_id
    return None


def _stamp_gezinnen(session: Session, _context, _instances) -> None:
    now = utc_now()
    for gezin_id in _gezin_ids(session):
        gezin = session.get(Gezin, gezin_id)
        if gezin is not None and gezin not in session.deleted:
            gezin.bijgewerkt = now


def _collect_gezinnen(session: Session, _context) -> None:
    # After the flush new rows have ids; the pending lists still show what was flushed.
    session.info.setdefault("gezin_ids", set()).update(_gezin_ids(session))
