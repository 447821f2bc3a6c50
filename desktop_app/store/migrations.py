"""Bring a store file to the newest schema without ever damaging the original.

The file is migrated as a copy that replaces the original only after every migration
succeeded; a backup is made first (store.reserve). The work copy is a byte copy, so an
encrypted store's copy is as encrypted as the store. When the file is already at head, only
one small query runs and Alembic is never imported.
"""

import os
import re
import shutil
from pathlib import Path

from desktop_app import __version__
from desktop_app.store import reserve
from desktop_app.store.fouten import OpslagFout
from desktop_app.store.project_dirs import MIGRATIONS_DIR
from desktop_app.store.verbinding import url, verbind

# What a migration run can leave beside the store when it is killed: the work copy and the
# journals SQLite keeps for it.
RESTEN = (".migreren", ".migreren-journal", ".migreren-wal", ".migreren-shm")

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


class MigratieFout(OpslagFout):
    """The store could not be brought up to date; the message is Dutch and complete."""


class NieuwereVersie(OpslagFout):
    """Made by a newer Casustafel: read nothing into it, write nothing to it."""


def head_revision(script_dir: Path = MIGRATIONS_DIR) -> str:
    """The single head of the migration graph, read from the version files as text."""
    return _graph(script_dir)[0]


def known_revisions(script_dir: Path = MIGRATIONS_DIR) -> set[str]:
    """Every revision of the migration graph: a file of any other was made by a newer app."""
    return _graph(script_dir)[1]


def _graph(script_dir: Path) -> tuple[str, set[str]]:
    revisions, parents = set(), set()
    for path in (script_dir / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if m := _REVISION.search(source):
            revisions.add(m[1])
        if m := _DOWN.search(source):
            parents.update(_QUOTED.findall(m[1]))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {sorted(heads)}")
    return heads.pop(), revisions


def current_revision(path: Path, wachtwoord: str | None = None) -> str | None:
    """The revision the file is at, or None for a file without schema."""
    connection = verbind(path, wachtwoord, alleen_lezen=True)
    try:
        return _revisie(connection)
    finally:
        connection.close()


def _revisie(connection) -> str | None:
    tables = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
    ).fetchone()[0]
    if not tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def check_version(
    path: Path, wachtwoord: str | None, script_dir: Path = MIGRATIONS_DIR, vast: bool = False
) -> bool:
    """True when the file is at head; refuses one made by a newer Casustafel. `vast` reads
    the file as immutable (verbinding.verbind)."""
    head, known = _graph(script_dir)
    connection = verbind(path, wachtwoord, alleen_lezen=True, vast=vast)
    try:
        revision = _revisie(connection)
        number = connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
    if revision is not None and revision not in known:
        raise NieuwereVersie(
            f"Deze database is gemaakt met een nieuwere versie van Casustafel "
            f"({_made_with(number)}); werk Casustafel bij. Er is niets aan veranderd."
        )
    return revision == head


def ensure_current(
    path: Path, wachtwoord: str | None = None, script_dir: Path = MIGRATIONS_DIR
) -> None:
    if path.exists() and check_version(path, wachtwoord, script_dir):
        return
    _migrate_copy(path, head_revision(script_dir), wachtwoord, script_dir)


def stamp_version(connection) -> None:
    """Record the newest app version that wrote the file, for the message an older one gives."""
    ours = _encode(__version__)
    if connection.exec_driver_sql("PRAGMA user_version").scalar_one() < ours:
        connection.exec_driver_sql(f"PRAGMA user_version = {ours}")


def _encode(version: str) -> int:
    parts = [int(p) for p in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def _made_with(number: int) -> str:
    if not number:
        return "onbekende versie"
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


def ruim_op(path: Path) -> None:
    """Remove what a killed migration left: never the store."""
    for suffix in RESTEN:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _migrate_copy(path: Path, head: str, wachtwoord: str | None, script_dir: Path) -> None:
    work = path.with_name(path.name + ".migreren")
    ruim_op(path)
    if path.exists():
        if path.stat().st_size:  # an empty file has nothing to keep
            reserve.maak(path, wachtwoord, "bijwerken")
        _fold_wal(path, wachtwoord)
        _kopie(path, work)
    try:
        _run_alembic(work, wachtwoord, script_dir)
    except Exception as exc:
        ruim_op(path)
        raise MigratieFout(
            f"De database {path} kon niet worden bijgewerkt naar de nieuwe versie. "
            f"Er is niets veranderd aan uw gegevens. Technische oorzaak: {exc}"
        ) from exc
    os.replace(work, path)


def _kopie(source: Path, target: Path) -> None:
    """A private byte copy; a read-only one left by an earlier attempt is replaced."""
    target.unlink(missing_ok=True)
    # made exclusively: a link planted at the name is refused, never written through
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(source, "rb") as src, os.fdopen(descriptor, "wb") as dst:
        shutil.copyfileobj(src, dst)


def _fold_wal(path: Path, wachtwoord: str | None) -> None:
    """Write a leftover write-ahead log into the file so the copy is complete."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    connection = verbind(path, wachtwoord)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    if wal.exists() and wal.stat().st_size:
        raise MigratieFout(f"De database {path} is in gebruik door een ander programma.")


def _run_alembic(path: Path, wachtwoord: str | None, script_dir: Path) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_dir))
    config.attributes["url"] = url(path, wachtwoord)  # the passphrase stays out of any text
    command.upgrade(config, "head")
