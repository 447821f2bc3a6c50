"""The store file as SQLAlchemy and SQLite see it: plain, or encrypted with SQLCipher under
a passphrase; for writing, or read-only.

The passphrase lives only in the engine's URL object in memory and is never written.
"""

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL

from desktop_app.store.fouten import OpslagFout, VerkeerdWachtwoord, WachtwoordNodig

KOP = b"SQLite format 3\x00"  # every plain SQLite file starts so; an encrypted one never


def versleuteld(path: Path) -> bool:
    """A file of whole pages that does not start as plain SQLite: SQLCipher's random first
    page. (Anything else is no database at all, whatever the passphrase.)"""
    try:
        with open(path, "rb") as f:
            head = f.read(len(KOP))
        size = path.stat().st_size
    except (FileNotFoundError, IsADirectoryError):
        return False
    return bool(head) and head != KOP and size % 512 == 0


def url(path: Path, wachtwoord: str | None, alleen_lezen: bool = False) -> URL:
    query = {"uri": "true", **_lezen(path)} if alleen_lezen else {}
    database = f"file:{quote(str(path))}" if alleen_lezen else str(path)
    if wachtwoord is None:
        return URL.create("sqlite", database=database, query=query)
    return URL.create("sqlite+pysqlcipher", password=wachtwoord, database=database, query=query)


def _lezen(path: Path, vast: bool = False) -> dict[str, str]:
    """The URI parameters of a read-only open. A reader of a WAL file needs a -shm beside it,
    which SQLite cannot make in a read-only folder; but where nothing can be made, and no
    writer's log waits, nothing can change the file either: then it is read as immutable.
    `vast` reads it so anyway: SQLite then makes no file beside it, and reads no log."""
    if vast or (not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists()):
        return {"mode": "ro", "immutable": "1"}
    return {"mode": "ro"}


def verbind(path: Path, wachtwoord: str | None, alleen_lezen: bool = False, vast: bool = False):
    """A DB-API connection for work outside the engine (checks, copies, migrations), with
    the key applied and proven: a wrong passphrase fails here with a Dutch message. `vast`:
    read-only, as an immutable file (see `_lezen`)."""
    uri = f"file:{quote(str(path))}"
    if alleen_lezen or vast:
        uri += "?" + "&".join(f"{k}={v}" for k, v in _lezen(path, vast).items())
    if wachtwoord is None:
        connection = sqlite3.connect(uri, uri=True)
    else:
        import sqlcipher3

        connection = sqlcipher3.connect(uri, uri=True)
        sleutel(connection, wachtwoord)
    try:
        # Reads the first page only, which a wrong key cannot decrypt. Reading the schema
        # here would call damage to one of its later pages a wrong passphrase; the
        # integrity check that follows an open names that as damage.
        connection.execute("PRAGMA user_version").fetchone()
    except Exception as exc:
        connection.close()
        raise _fout(path, wachtwoord, exc) from None
    return connection


def sleutel(connection, wachtwoord: str) -> None:
    # SQLCipher prints a wrong key's failed page check to stderr; we give our own message.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {_tekst(wachtwoord)}")


def controleer(path: Path, wachtwoord: str | None, alleen_lezen: bool = True) -> None:
    """Raise the right Dutch error when the file cannot be read with this passphrase. A
    writing check also rolls back a hot journal: SQLite does so on the first read."""
    vereist_wachtwoord(path, wachtwoord)
    verbind(path, wachtwoord, alleen_lezen=alleen_lezen).close()


def vereist_wachtwoord(path: Path, wachtwoord: str | None) -> None:
    """An encrypted file without a passphrase: asked for before anything opens it."""
    if wachtwoord is None and versleuteld(path):
        raise WachtwoordNodig(f"{path.name} is versleuteld. Geef het wachtwoord.")


def _fout(path: Path, wachtwoord: str | None, exc: Exception) -> OpslagFout:
    if wachtwoord is not None:
        return VerkeerdWachtwoord(
            "Het wachtwoord klopt niet, of het bestand is geen Casustafel-database. "
            "Let op hoofdletters en spaties."
        )
    return OpslagFout(f"{path} is geen Casustafel-database of is beschadigd ({exc}).")


def _tekst(value: str) -> str:
    """An SQL string literal: PRAGMA takes no bound parameters."""
    return "'" + value.replace("'", "''") + "'"
