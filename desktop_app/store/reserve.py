"""Rotating backups of the store, made with SQLite's online backup API.

They live in a private folder beside the store, `reservekopieen/` (0700, files 0600), named
after the store with the moment and the reason: `casustafel.20250304-080000.start.sqlite`.
The copy of an encrypted store is keyed with the store's passphrase before its first page is
written, so it is encrypted exactly when the store is; no plain copy is ever on disk.

Kept: the newest backup of each of the last 7 days that have one, and the newest of each of
the 4 ISO weeks before those. The first open of a day makes one (`bij_openen`), every
migration makes one, and so does every restore, of the state it replaces.
"""

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from desktop_app.store import versleuteling
from desktop_app.store.fouten import OpslagFout
from desktop_app.store.slot import Slot
from desktop_app.store.verbinding import verbind

MAP = "reservekopieen"
DAGEN = 7
WEKEN = 4
WERK = ".maken"  # a backup or restore being written; never a finished one
BIJ_HET_BESTAND = ("-wal", "-shm", "-journal")

REDENEN = {
    "start": "Eerste keer geopend die dag",
    "bijwerken": "Voor het bijwerken naar een nieuwe versie",
    "terugzetten": "Voor het terugzetten van een reservekopie",
    "beschadigd": "Beschadigde database, bewaard bij het terugzetten",
}

klok: Callable[[], datetime] = datetime.now  # local time: the user's days and weeks


@dataclass(frozen=True)
class Reservekopie:
    pad: Path
    moment: datetime
    reden: str  # a key of REDENEN
    grootte: int  # bytes
    opent: bool | None = None  # passes quick_check with the store's passphrase; None: unasked

    @property
    def waarom(self) -> str:
        return REDENEN.get(self.reden, self.reden)

    @property
    def datum(self) -> str:
        return datum(self.moment)


def datum(moment: datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


def map_van(path: Path) -> Path:
    return Path(path).parent / MAP


def maak(path: Path, wachtwoord: str | None, reden: str) -> Path:
    """Back up the store as it is now, also what its write-ahead log holds; the store may be
    open elsewhere. Written under a temporary name and renamed when complete."""
    path = Path(path)
    target = _nieuwe_naam(path, reden)
    work = target.with_name(target.name + WERK)
    _nieuw_prive(work)  # SQLite opens it as it is: never readable by others, not for a moment
    try:
        source = verbind(path, wachtwoord, alleen_lezen=True)
        try:
            copy = verbind(work, wachtwoord)  # keyed before the first page arrives
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(work, target)
    except Exception as exc:
        _verwijder(work)
        if isinstance(exc, OpslagFout):
            raise
        raise OpslagFout(
            f"Er kon geen reservekopie van {path.name} worden gemaakt ({exc}). "
            "Er is niets aan de database veranderd."
        ) from exc
    return target


def bij_openen(path: Path, wachtwoord: str | None) -> None:
    """The day's backup, on its first open; then older ones rotate out."""
    today = klok().date()
    if not any(kopie.moment.date() == today for kopie in _kopieen(path)):
        maak(path, wachtwoord, "start")
        roteer(path)


def roteer(path: Path, dagen: int = DAGEN, weken: int = WEKEN) -> None:
    """Keep the newest of a day or week, whatever its reason (a restore's backup of what it
    replaced, a damaged copy): that day's earlier states go, as they do within any day."""
    kopieen = _kopieen(path)  # newest first, so the first of a day or week is its newest
    days = list(dict.fromkeys(k.moment.date() for k in kopieen))[:dagen]
    kept = {next(k for k in kopieen if k.moment.date() == day) for day in days}
    before = [k for k in kopieen if days and _week(k.moment) < _week(min(days))]
    weeks = list(dict.fromkeys(_week(k.moment) for k in before))[:weken]
    kept |= {next(k for k in before if _week(k.moment) == week) for week in weeks}
    for kopie in kopieen:
        if kopie not in kept:
            _verwijder(kopie.pad)


def lijst(path: Path, wachtwoord: str | None) -> list[Reservekopie]:
    """The store's backups, newest first, each tried with the store's passphrase."""
    return [replace(k, opent=opent(k.pad, wachtwoord)) for k in _kopieen(path)]


def goede(path: Path, wachtwoord: str | None) -> Reservekopie | None:
    """The newest backup that opens with this passphrase and passes quick_check."""
    return next((replace(k, opent=True) for k in _kopieen(path) if opent(k.pad, wachtwoord)), None)


def opent(path: Path, wachtwoord: str | None) -> bool:
    try:
        connection = verbind(path, wachtwoord, alleen_lezen=True)
    except Exception:
        return False
    try:
        return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except Exception:
        return False
    finally:
        connection.close()


def herstel(path: Path, kopie: Path, wachtwoord: str | None) -> Path | None:
    """Put a backup in the store's place. The current file is backed up first (a damaged one
    as a byte copy, `…beschadigd…`); returns that backup. The store must not be open."""
    path = Path(path)
    if not opent(kopie, wachtwoord):
        raise OpslagFout(
            f"De reservekopie {kopie.name} opent niet met het wachtwoord van de database, of "
            "is beschadigd. Er is niets teruggezet."
        )
    if not os.access(path.parent, os.W_OK):
        raise OpslagFout(f"De map van {path.name} is alleen-lezen. Er is niets teruggezet.")
    slot = Slot(path)
    slot.neem("Casustafel (reservekopie terugzetten)")
    try:
        bewaard = None  # a store that is gone has nothing to keep
        if opent(path, wachtwoord):
            bewaard = maak(path, wachtwoord, "terugzetten")
        elif path.exists():
            bewaard = _bewaar_beschadigd(path)
        work = map_van(path) / (path.name + WERK)
        _verwijder(work)
        _kopieer(kopie, work)
        # The old log first: SQLite would replay it onto the restored file.
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(work, path)
    except OSError as exc:
        raise OpslagFout(
            f"De reservekopie kon niet worden teruggezet ({exc}). De database is niet vervangen."
        ) from exc
    finally:
        slot.laat_los()
    return bewaard


def herschrijf_alle(path: Path, oud: str | None, nieuw: str | None) -> None:
    """After the store's passphrase changed (or encryption was switched on or off), every
    backup follows, so they stay encrypted exactly when the store is and none opens with a
    passphrase given up. One that cannot be read with `oud` (damaged, or under an older
    passphrase still) cannot follow and is removed."""
    for kopie in _kopieen(path):
        try:
            versleuteling.herschrijf(kopie.pad, oud, nieuw)
        except Exception:
            _verwijder(kopie.pad)


def wis_gezin(path: Path, wachtwoord: str | None, gezin_id: int) -> int:
    """Erase one gezin from every backup as from the store: its row, and through the
    database's cascades every row below it; zeroed (secure_delete) and compacted (VACUUM),
    so no freed page keeps a copy. Returns how many backups held it. A backup that cannot be
    opened cannot be searched, so it cannot be kept either: it is removed."""
    held = 0
    for kopie in _kopieen(path):
        try:
            connection = verbind(kopie.pad, wachtwoord)
        except OpslagFout:
            _verwijder(kopie.pad)
            continue
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA secure_delete = ON")
            with connection:
                held += connection.execute("DELETE FROM gezin WHERE id = ?", (gezin_id,)).rowcount
            connection.execute("VACUUM")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    return held


def _kopieen(path: Path) -> list[Reservekopie]:
    folder = map_van(path)
    if not folder.is_dir():
        return []
    pattern = _patroon(Path(path))
    found = []
    for candidate in folder.iterdir():
        if m := pattern.match(candidate.name):
            moment = datetime.strptime(m["moment"], "%Y%m%d-%H%M%S")
            found.append((moment, int(m["volgnummer"] or 1), candidate, m["reden"]))
    found.sort(reverse=True)
    return [Reservekopie(p, moment, reden, p.stat().st_size) for moment, _, p, reden in found]


def _patroon(path: Path) -> re.Pattern:
    return re.compile(
        rf"^{re.escape(path.stem)}\.(?P<moment>\d{{8}}-\d{{6}})(?:-(?P<volgnummer>\d+))?"
        rf"\.(?P<reden>[a-z]+){re.escape(path.suffix)}$"
    )


def _nieuwe_naam(path: Path, reden: str) -> Path:
    folder = _prive_map(map_van(path))
    _ruim_op(folder, path)
    stamp = klok().strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        tail = f"-{number}" if number > 1 else ""
        target = folder / f"{path.stem}.{stamp}{tail}.{reden}{path.suffix}"
        if not target.exists():
            return target
        number += 1


def _ruim_op(folder: Path, path: Path) -> None:
    """A backup, restore or re-keying cut short by a kill: as encrypted as the store, but
    of no use."""
    pattern = _patroon(path)
    for werk in (WERK, versleuteling.WERK):
        for candidate in folder.glob(f"*{werk}*"):
            base = candidate.name.split(werk)[0]
            if base == path.name or pattern.match(base):
                candidate.unlink(missing_ok=True)


def _bewaar_beschadigd(path: Path) -> Path:
    """A byte copy, with its write-ahead log: nothing of the last work is thrown away."""
    target = _nieuwe_naam(path, "beschadigd")
    for suffix in ("", "-wal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            _kopieer(source, Path(f"{target}{suffix}"))
    return target


def _kopieer(source: Path, target: Path) -> None:
    _nieuw_prive(target)
    with open(source, "rb") as src, open(target, "r+b") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def _nieuw_prive(path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _prive_map(folder: Path) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def _verwijder(path: Path) -> None:
    for suffix in ("", *BIJ_HET_BESTAND):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _week(moment: datetime | date) -> tuple[int, int]:
    return tuple(moment.isocalendar())[:2]
