"""Encrypting a store, decrypting it, or changing its passphrase: always by writing a new
file beside it, proving that it opens with the same rows, and only then putting it in place.
On any failure the original stays as it was."""

import glob
import os
from pathlib import Path

from desktop_app.store.fouten import OpslagFout
from desktop_app.store.verbinding import sleutel, verbind

WERK = ".omzetten"


def herschrijf(path: Path, oud: str | None, nieuw: str | None) -> None:
    """`oud` opens the store now (None: plain); `nieuw` is what it will take (None: plain).
    The store must not be open in an engine: its write-ahead log is folded in first. The
    byte copies an older Casustafel kept beside it before a migration (`.pre-<revision>.bak`)
    follow, so no copy stays readable without the new passphrase."""
    _zet_om(path, oud, nieuw)
    for copy in sorted(path.parent.glob(f"{glob.escape(path.name)}.pre-*.bak")):
        try:
            _zet_om(copy, oud, nieuw)
        except OpslagFout:
            copy.unlink()  # it would keep the data readable as it was before


def ruim_op(path: Path) -> None:
    """Remove what a killed conversion left beside the store or its copies (the new file,
    its journals): what it was converting was not yet replaced."""
    for leftover in path.parent.glob(f"{glob.escape(path.name)}*{WERK}*"):
        leftover.unlink(missing_ok=True)


def _zet_om(path: Path, oud: str | None, nieuw: str | None) -> None:
    import sqlcipher3  # reads plain SQLite too, and only it can write the other kind

    work = path.with_name(path.name + WERK)
    _weg(work)
    before = _tellingen(path, oud)
    try:
        # made here, exclusively and private: a link planted at the name is never followed
        os.close(os.open(work, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        source = sqlcipher3.connect(str(path))
        try:
            if oud is not None:
                sleutel(source, oud)
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            version = source.execute("PRAGMA user_version").fetchone()[0]
            source.execute("ATTACH DATABASE ? AS doel KEY ?", (str(work), nieuw or ""))
            source.execute("SELECT sqlcipher_export('doel')")
            source.execute(f"PRAGMA doel.user_version = {int(version)}")
            source.execute("DETACH DATABASE doel")
        finally:
            source.close()
        if _tellingen(work, nieuw) != before:
            raise OpslagFout("de nieuwe versie heeft niet dezelfde gegevens")
        for leftover in ("-wal", "-shm"):
            Path(f"{path}{leftover}").unlink(missing_ok=True)
        os.replace(work, path)
    except Exception as exc:
        _weg(work)
        if isinstance(exc, OpslagFout) and not str(exc).startswith("de nieuwe"):
            raise
        raise OpslagFout(
            f"Het omzetten van {path.name} is niet gelukt; de database is onveranderd. ({exc})"
        ) from exc


def _tellingen(path: Path, wachtwoord: str | None) -> dict[str, int]:
    """Rows per table: the new file must hold exactly what the old one did."""
    connection = verbind(path, wachtwoord, alleen_lezen=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()


def _weg(work: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
