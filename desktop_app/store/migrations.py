"""Bring a store file to the newest schema without ever damaging the original.

The file is migrated as a copy that replaces the original only after every migration
succeeded; a backup `<name>.pre-<revision>.bak` is kept beside it. When the file is
already at head, only one small query runs and Alembic is never imported.
"""

import os
import re
import shutil
import sqlite3
from pathlib import Path

from desktop_app.store.project_dirs import MIGRATIONS_DIR

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


class MigratieFout(Exception):
    """The store could not be brought up to date; the message is Dutch and complete."""


def head_revision(script_dir: Path = MIGRATIONS_DIR) -> str:
    """The single head of the migration graph, read from the version files as text."""
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
    return heads.pop()


def current_revision(path: Path) -> str | None:
    """The revision the file is at, or None for a file without schema."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            return None
        raise MigratieFout(f"{path} is geen Casustafel-database of is beschadigd ({exc}).") from exc
    finally:
        connection.close()
    return row[0] if row else None


def ensure_current(path: Path, script_dir: Path = MIGRATIONS_DIR) -> None:
    head = head_revision(script_dir)
    if path.exists() and current_revision(path) == head:
        return
    _migrate_copy(path, head, script_dir)


def _migrate_copy(path: Path, head: str, script_dir: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    work = path.with_name(path.name + ".migreren")
    work.unlink(missing_ok=True)
    if path.exists():
        _fold_wal(path)
        shutil.copy2(path, path.with_name(f"{path.name}.pre-{head}.bak"))
        shutil.copy2(path, work)
    try:
        _run_alembic(work, script_dir)
    except Exception as exc:
        for leftover in (work, Path(f"{work}-wal"), Path(f"{work}-shm")):
            leftover.unlink(missing_ok=True)
        raise MigratieFout(
            f"De database {path} kon niet worden bijgewerkt naar de nieuwe versie. "
            f"Er is niets veranderd aan uw gegevens. Technische oorzaak: {exc}"
        ) from exc
    os.replace(work, path)


def _fold_wal(path: Path) -> None:
    """Write a leftover write-ahead log into the file so the copy is complete."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    if wal.exists() and wal.stat().st_size:
        raise MigratieFout(f"De database {path} is in gebruik door een ander programma.")


def _run_alembic(path: Path, script_dir: Path) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_dir))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, "head")
