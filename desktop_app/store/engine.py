from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Engine, QueuePool, create_engine, event

from desktop_app.store import undo_log
from desktop_app.store.verbinding import url


def _on_connect(dbapi_connection, _record, alleen_lezen: bool) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # The undo log holds case data (old titles, deleted rows): kept in memory, never spilled
    # to an unencrypted file in the system's temp folder. Its size is bounded (workspace).
    cursor.execute("PRAGMA temp_store=MEMORY")
    if not alleen_lezen:
        cursor.execute("PRAGMA journal_mode=WAL")
        # Erased rows are overwritten with zeros, not left readable in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()
    if not alleen_lezen:
        undo_log.install(dbapi_connection)


def create_store_engine(
    path: Path, wachtwoord: str | None = None, alleen_lezen: bool = False
) -> Engine:
    # One connection for every read and edit, held while the store is open: the undo log
    # lives in its TEMP tables, and PRAGMA data_version (see `data_version`) tells apart
    # only the commits of other connections, so a second one of our own would look like
    # another program writing. SQLAlchemy's default for a file is a QueuePool of five,
    # which opens another connection whenever a Session is opened inside another. With
    # one and no overflow, such a nested Session waits for the connection and fails after
    # a second (the app has no threads, so nothing else could give it back) instead of
    # silently sharing a transaction, as StaticPool or SingletonThreadPool would let it.
    engine = create_engine(
        url(path, wachtwoord, alleen_lezen),
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=0,
        pool_timeout=1,
        # The standard sqlite3 module keeps 128 prepared statements; sqlcipher3 keeps fewer
        # than one edit runs (the ORM's, the undo log's), so each was prepared anew: 0.5 ms
        # an edit on an encrypted store, a third of its time.
        connect_args={"cached_statements": 128},
    )
    event.listen(engine, "connect", partial(_on_connect, alleen_lezen=alleen_lezen))
    return engine


def data_version(connection: Connection) -> int:
    """Changes only when another connection commits to the file, never for our own commits
    (https://www.sqlite.org/pragma.html#pragma_data_version). Read inside a transaction it
    is the version that transaction's snapshot, and so its commit, builds on."""
    return connection.exec_driver_sql("PRAGMA data_version").scalar_one()
