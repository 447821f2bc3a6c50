"""Opening a store: every check before the first write, in one place.

In order: the path is a file; a store of a newer Casustafel is refused before anything is
written; one writer holds the store (read-only opens take no lock); leftovers of a killed
migration or conversion go; the passphrase fits; the file is whole (quick_check, or
integrity_check after an unclean end); the day's backup is made on its first open; the
schema is ours or older (then backed up and migrated); and the files are private to the
user.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from desktop_app.store import migrations, reserve, versleuteling
from desktop_app.store.engine import create_store_engine
from desktop_app.store.fouten import Beschadigd, OpslagFout
from desktop_app.store.slot import Slot
from desktop_app.store.verbinding import controleer, verbind, vereist_wachtwoord

BIJ_DE_OPSLAG = ("-wal", "-shm", ".lock", ".houder")
GEVRAAGD = "alleen lezen gevraagd"  # a read-only command; no banner needed


@dataclass
class Opslag:
    pad: Path
    engine: Engine
    wachtwoord: str | None = field(repr=False)
    alleen_lezen: str = ""  # why it is read-only, in Dutch; "" when it may be written
    slot: Slot | None = None

    @property
    def versleuteld(self) -> bool:
        return self.wachtwoord is not None

    def herschrijf(self, nieuw: str | None) -> None:
        """Encrypt, decrypt or re-key the store in place; the engine is made anew for it.
        On failure the store, and the engine on it, stay as they were. The backups follow
        (store.reserve.herschrijf_alle): none stays plain, or under a passphrase given up."""
        if self.alleen_lezen:
            raise OpslagFout(f"Deze database is alleen te lezen ({self.alleen_lezen}).")
        self.engine.dispose()
        oud = self.wachtwoord
        try:
            versleuteling.herschrijf(self.pad, oud, nieuw)
            self.wachtwoord = nieuw
        finally:
            self.engine = create_store_engine(self.pad, self.wachtwoord)
        prive(self.pad)
        reserve.herschrijf_alle(self.pad, oud, nieuw)

    def sluit(self) -> None:
        self.engine.dispose()
        if self.slot is not None:
            self.slot.laat_los()


def open_opslag(
    path: Path,
    wachtwoord: str | None = None,
    alleen_lezen: bool = False,
    programma: str = "Casustafel",
    overnemen: bool = False,
) -> Opslag:
    path = Path(path)
    if path.is_dir():
        raise OpslagFout(
            f"{path} is een map, geen database. Kies een bestand in die map, bijvoorbeeld "
            f"{path / 'casustafel.sqlite'}."
        )
    _nieuwere_eerst(path, wachtwoord)
    if alleen_lezen or not _schrijfbaar(path):
        return _lezen(path, wachtwoord, "" if alleen_lezen else _waarom_alleen_lezen(path))
    _prive_map(path.parent)
    slot = Slot(path)
    onrein = slot.neem(programma, overnemen)
    try:
        migrations.ruim_op(path)
        versleuteling.ruim_op(path)
        # Each keyed connection costs SQLCipher's key derivation (~0.1 s): the check of the
        # file's health proves the passphrase too, and the schema is read once.
        actueel = False
        if path.exists() and path.stat().st_size:
            vereist_wachtwoord(path, wachtwoord)
            if _journaal(path).exists():
                # A transaction killed in rollback-journal mode (a store not yet in WAL mode,
                # as a migration leaves it) left a hot journal: only a writing connection may
                # roll it back, and the read-only checks cannot read the file before that.
                controleer(path, wachtwoord, alleen_lezen=False)
            _heel(path, wachtwoord, volledig=onrein)
            actueel = migrations.check_version(path, wachtwoord)
            if actueel:  # else migrating makes the backup
                reserve.bij_openen(path, wachtwoord)
        if not actueel:
            migrations.ensure_current(path, wachtwoord)
        engine = create_store_engine(path, wachtwoord)
        with engine.begin() as connection:
            migrations.stamp_version(connection)
        prive(path)
    except BaseException:
        slot.laat_los()
        raise
    return Opslag(path, engine, wachtwoord, "", slot)


def _nieuwere_eerst(path: Path, wachtwoord: str | None) -> None:
    """A store made by a newer Casustafel is refused before anything is written beside it:
    no lock, no -wal or -shm (the file is read as immutable, for which SQLite makes none).
    Whatever else this read meets is for the checks that follow to name: a file being
    written may read torn this way."""
    if not path.is_file() or not path.stat().st_size:
        return
    try:
        migrations.check_version(path, wachtwoord, vast=True)
    except migrations.NieuwereVersie:
        raise
    except Exception:
        pass


def _lezen(path: Path, wachtwoord: str | None, reden: str) -> Opslag:
    if not path.exists():
        raise OpslagFout(f"De database {path} bestaat niet.")
    if _journaal(path).exists():
        raise OpslagFout(
            f"De database {path.name} is niet netjes afgesloten en moet eerst worden hersteld. "
            "Open hem één keer in Casustafel (met schrijfrechten); er is niets aan veranderd."
        )
    controleer(path, wachtwoord)
    _heel(path, wachtwoord, volledig=False)
    if not migrations.check_version(path, wachtwoord):
        raise OpslagFout(
            f"De database {path} moet eerst worden bijgewerkt naar deze versie van Casustafel. "
            "Open hem één keer in Casustafel (met schrijfrechten)."
        )
    engine = create_store_engine(path, wachtwoord, alleen_lezen=True)
    return Opslag(path, engine, wachtwoord, reden or GEVRAAGD)


def _journaal(path: Path) -> Path:
    return Path(f"{path}-journal")


def _heel(path: Path, wachtwoord: str | None, volledig: bool) -> None:
    """A damaged store is refused before anything writes to it."""
    check = "integrity_check" if volledig else "quick_check"
    connection = verbind(path, wachtwoord, alleen_lezen=True)
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {check}").fetchall()]
    except Exception as exc:
        rows = [str(exc)]
    finally:
        connection.close()
    if rows == ["ok"]:
        return
    goed = reserve.goede(path, wachtwoord)
    hulp = (
        f"De nieuwste goede reservekopie is van {goed.datum}. Casustafel biedt bij het openen "
        "aan die terug te zetten; de beschadigde database blijft dan bewaard."
        if goed
        else "Er is geen goede reservekopie. Vraag uw beheerder om hulp."
    )
    raise Beschadigd(
        f"De database {path.name} is beschadigd ({rows[0]}). Er is niets in gewijzigd. {hulp}",
        goed.pad if goed else None,
    )


def _schrijfbaar(path: Path) -> bool:
    folder = path.parent
    if path.exists():
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK)
    existing = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    return os.access(existing, os.W_OK)


def _waarom_alleen_lezen(path: Path) -> str:
    if path.exists() and not os.access(path, os.W_OK):
        return "het bestand is alleen-lezen"
    return "de map is alleen-lezen"


def _prive_map(folder: Path) -> None:
    """A new folder for the store is the user's alone (POSIX; on Windows the profile is)."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)


def prive(path: Path) -> None:
    """The store and what SQLite and the lock keep beside it: readable by the user only."""
    if os.name != "posix":
        return
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in BIJ_DE_OPSLAG)):
        try:
            os.chmod(candidate, 0o600)
        except FileNotFoundError:
            pass
