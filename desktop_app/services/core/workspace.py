"""The one path for reads and edits, in the spirit of Anki's operation layer.

Every edit runs in its own transaction through `Workspace.edit`, so the gezin's
`bijgewerkt` stamp, change notification and undo/redo live in one place. Undo is recorded
row by row under the edit (store.undo_log), so no service has to describe its own reversal.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Generic, TypeVar

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, SQLModel

from desktop_app.model import (
    Afspraak,
    Besluit,
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
from desktop_app.store.engine import data_version
from desktop_app.store.openen import Opslag, open_opslag

T = TypeVar("T")

# How much undo history is kept; the oldest steps go first, the newest always stays however
# large. A brisk two-hour meeting makes a few hundred edits (one every ten seconds is 720),
# so 1,000 steps keep all of it. Logged rows sit in the connection's TEMP store, which SQLite
# spills from a small cache to a temporary file, not on the Python heap: about 90 bytes a row
# (deleting a gezin of 50,000 items logs 100,007 rows in 8 MiB). 500,000 rows, some 45 MB,
# is far beyond a meeting's edits and still holds the undo of a few such deletions.
MAX_STAPPEN = 1_000
MAX_RIJEN = 500_000


# Tables whose rows belong to no gezin: a change to them concerns every gezin's screens.
ALGEMEEN = frozenset({"categorie", "bouwsteen_item"})


def tabellen(*modellen) -> frozenset[str]:
    """The tables of these model classes: what a screen shows, for `Wijziging.raakt`."""
    return frozenset(model.__tablename__ for model in modellen)


@dataclass(frozen=True)
class Wijziging:
    """What an edit changed, as observers of the workspace are told."""

    label: str
    gezin_ids: frozenset[int]
    tabellen: frozenset[str]  # every table it wrote to, cascades included (store.undo_log)

    def raakt(self, gezin_id: int | None, getoond: frozenset[str]) -> bool:
        """The one rule by which a screen refreshes: the change wrote to a table it shows,
        for the gezin it shows or for every gezin."""
        written = self.tabellen & getoond
        return bool(written) and (gezin_id in self.gezin_ids or bool(written & ALGEMEEN))


@dataclass(frozen=True)
class UndoStap:
    label: str
    reversal: undo_log.Reversal  # where the rows that put things back are logged
    gezin_ids: frozenset[int]
    gezin: str | None = None  # the name of the one gezin it concerns, when it was recorded

    @property
    def titel(self) -> str:
        """What the menu offers to undo or redo."""
        return f"{self.label} ({self.gezin})" if self.gezin else self.label


@dataclass(frozen=True)
class _Gedaan(Generic[T]):
    """What one transaction of `_run` did."""

    result: T
    reversal: undo_log.Reversal
    gezin_ids: frozenset[int]
    gezin: str | None


class _AnderProgramma(Exception):
    """Another connection has committed since our last transaction."""


class Workspace:
    def __init__(
        self,
        engine: Engine,
        gebruiker: str = "",
        opslag: Opslag | None = None,
        programma: str = "Casustafel",
    ):
        self.engine = engine
        self.opslag = opslag
        self.gebruiker = gebruiker or _login_name()
        self.programma = programma  # who is at work, for the logboek: the app or a command
        self._observers: list[Callable[[Wijziging], None]] = []
        self._undo: list[UndoStap] = []
        self._redo: list[UndoStap] = []
        self._versie: int | None = None  # PRAGMA data_version our last transaction built on

    @classmethod
    def open(
        cls,
        path: Path,
        wachtwoord: str | None = None,
        alleen_lezen: bool = False,
        programma: str = "Casustafel",
        overnemen: bool = False,
    ) -> "Workspace":
        """Open (and if needed create or migrate) the store file at `path`; see
        store.openen for the checks. A store that cannot be written opens read-only."""
        from desktop_app.services.bijeenkomst.bouwstenen import zaai_sjabloon

        opslag = open_opslag(path, wachtwoord, alleen_lezen, programma, overnemen)
        workspace = cls(opslag.engine, opslag=opslag, programma=programma)
        if not opslag.alleen_lezen:
            seeded = workspace._run(zaai_sjabloon)  # defaults from resources/, once; not undoable
            workspace._forget([seeded.reversal])
        return workspace

    @property
    def alleen_lezen(self) -> str:
        """Why this store may not be written, in Dutch; "" when it may."""
        return self.opslag.alleen_lezen if self.opslag else ""

    @property
    def versleuteld(self) -> bool:
        return self.opslag is not None and self.opslag.versleuteld

    def zet_wachtwoord(self, nieuw: str | None) -> None:
        """Encrypt the store under `nieuw`, change its passphrase, or (None) decrypt it. The
        undo history goes with the old connection, whose TEMP tables hold it."""
        self._laat_los()
        self.opslag.herschrijf(nieuw)
        self.engine = self.opslag.engine
        self._versie = None

    def close(self) -> None:
        if self.opslag is not None:
            self.opslag.sluit()
        else:
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
        self._mag_schrijven()
        done = self._run(lambda session: operation(session, *args, **kwargs))
        if done.reversal.rows:
            self._forget(step.reversal for step in self._redo)
            self._redo.clear()
            self._push(self._undo, UndoStap(label, done.reversal, done.gezin_ids, done.gezin))
        self._notify(Wijziging(label, done.gezin_ids, done.reversal.tables))
        return done.result

    def wis(self, label: str, operation: Callable[..., T], *args) -> tuple[T, str]:
        """Run an edit that removes data for good: one transaction that logs nothing to undo.
        The undo and redo history goes too (its rows may hold what was removed), and the
        file is compacted (`_compacteer`). Returns the operation's result and, when the
        compacting could not finish, why not in Dutch ("" when it did)."""
        self._mag_schrijven()
        with Session(self.engine, expire_on_commit=False) as session:
            event.listen(session, "after_flush", _collect_gezinnen)
            with session.begin():
                versie = data_version(session.connection())
                result = operation(session, *args)
                session.flush()
            touched = frozenset(session.info.get("gezin_ids", ()))
        self._laat_los()
        self._versie = versie
        reden = self._compacteer()
        self._notify(Wijziging(label, touched, frozenset(SQLModel.metadata.tables) - ALGEMEEN))
        return result, reden

    def _compacteer(self) -> str:
        """VACUUM rewrites the file without free pages (secure_delete zeroed them already;
        this also shrinks it), then a checkpoint moves it into place and empties the -wal,
        which may still hold older frames of the removed rows. SQLite empties the -wal at
        the latest when the last connection closes."""
        try:
            with self.engine.connect() as connection:
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
                connection.exec_driver_sql("VACUUM")
                busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()[0]
        except SQLAlchemyError as exc:
            return f"het bestand kon niet worden opgeschoond ({getattr(exc, 'orig', exc)})"
        if busy:
            return (
                "een ander programma leest de database nog; wat daarvoor bewaard blijft, "
                "verdwijnt zodra het stopt"
            )
        return ""

    def _mag_schrijven(self) -> None:
        if self.alleen_lezen:
            raise InvoerFout(
                f"Deze database is alleen te lezen ({self.alleen_lezen}); er is niets gewijzigd."
            )

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].titel if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].titel if self._redo else None

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
            ran = self._run(partial(_replay, reversal=step.reversal), alleen_eigen=True)
        except _AnderProgramma as exc:  # replaying would overwrite that program's work
            self._laat_los()
            raise InvoerFout(
                f"‘{step.label}’ kon niet worden {done}: de gegevens zijn intussen door een "
                "ander programma of venster gewijzigd. Om dat werk niet te overschrijven is er "
                f"niets veranderd; eerdere stappen kunnen ook niet meer worden {done}."
            ) from exc
        except (SQLAlchemyError, undo_log.LogLost) as exc:  # the store is as it was
            raise InvoerFout(
                f"‘{step.label}’ kon niet worden {done}; er is niets veranderd. "
                f"({getattr(exc, 'orig', exc)})"
            ) from exc
        finally:
            self._forget([step.reversal])  # replayed, or it cannot come back
        self._push(target, UndoStap(step.label, ran.reversal, step.gezin_ids, step.gezin))
        self._notify(Wijziging(f"{step.label} {done}", step.gezin_ids, ran.reversal.tables))
        return step.label

    def _push(self, stack: list[UndoStap], step: UndoStap) -> None:
        stack.append(step)
        rows = sum(s.reversal.rows for s in (*self._undo, *self._redo))
        dropped = []
        while len(self._undo) > 1 and (len(self._undo) > MAX_STAPPEN or rows > MAX_RIJEN):
            oldest = self._undo.pop(0)
            rows -= oldest.reversal.rows
            dropped.append(oldest.reversal)
        self._forget(dropped)

    def _laat_los(self) -> None:
        """Let both stacks go: each of their steps is older than another program's write."""
        self._forget(step.reversal for step in (*self._undo, *self._redo))
        self._undo.clear()
        self._redo.clear()

    def _forget(self, reversals: Iterable[undo_log.Reversal]) -> None:
        """Drop the logged rows of steps that left the stacks."""
        logged = [reversal for reversal in reversals if reversal.rows]
        if logged:
            with self.engine.begin() as connection:
                undo_log.forget(connection, logged)

    def _notify(self, change: Wijziging) -> None:
        """After the commit and the undo stacks: observers see the state as it now is."""
        for observer in list(self._observers):
            observer(change)

    def _run(self, operation: Callable[[Session], T], alleen_eigen: bool = False) -> _Gedaan[T]:
        """Run `operation` in one recorded transaction. With `alleen_eigen` it is refused when
        another connection has committed since our last transaction."""
        with Session(self.engine, expire_on_commit=False) as session:
            session.info["gebruiker"] = self.gebruiker
            event.listen(session, "before_flush", _stamp_gezinnen)
            event.listen(session, "after_flush", _collect_gezinnen)
            with session.begin():
                connection = session.connection()
                with undo_log.recording(connection) as recording:
                    versie = data_version(connection)  # the snapshot this transaction is on
                    if alleen_eigen and versie != self._versie:
                        raise _AnderProgramma
                    result = operation(session)
                    session.flush()
                touched = frozenset(session.info.get("gezin_ids", ()))
                gezin = _gezin_naam(session, touched)
        if versie != self._versie:  # another program wrote: every step so far is older
            self._laat_los()
        self._versie = versie
        return _Gedaan(result, recording.reversal, touched, gezin)


def _replay(session: Session, reversal: undo_log.Reversal) -> None:
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
    ("afspraak_id", Afspraak),  # who shares it (a betrokkene has no parent above), its history
    ("besluit_id", Besluit),  # a parent's standpunt: through its decision's meeting
)


def _gezin_of(session: Session, obj) -> int | None:
    if getattr(obj, "gezin_id", None) is not None:
        return obj.gezin_id
    for field, parent in _PARENTS:
        parent_id = getattr(obj, field, None)
        if parent_id is not None:
            found = session.get(parent, parent_id)
            if found is not None:
                return _gezin_of(session, found)
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
    # A gezin deleted here leaves the session with this flush; its name is kept for the menu.
    for obj in session.deleted:
        if isinstance(obj, Gezin):
            session.info.setdefault("verwijderd", {})[obj.id] = obj.naam


def _gezin_naam(session: Session, gezin_ids: frozenset[int]) -> str | None:
    """The name of the one gezin an edit concerns, for the undo menu; None for none or more."""
    if len(gezin_ids) != 1:
        return None
    (gezin_id,) = gezin_ids
    gezin = session.get(Gezin, gezin_id)  # stamped or made by this edit: in the session already
    return gezin.naam if gezin is not None else session.info.get("verwijderd", {}).get(gezin_id)
