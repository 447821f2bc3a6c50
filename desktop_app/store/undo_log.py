"""Undo at the level of rows, after https://www.sqlite.org/undoredo.html.

Temporary triggers on every table log each row an edit inserts, updates or deletes into
temp.undo_log: the table, what happened, the rowid and (for an update or delete) the row's
old values. The database's own cascades (ON DELETE CASCADE / SET NULL) fire the same
triggers, so a reversal is exact: same ids, same values, every dependent row. Replaying a
reversal is itself logged, which gives redo for free.

The entries stay in the log until their step is forgotten; a `Reversal` only says where they
are. Kept in SQLite rather than copied out, the values keep their own type and every bit (the
value columns have no declared type, so nothing is converted, and a REAL is never printed
as text), they cost the Python heap nothing, and a reversal replays as one statement per
table and kind instead of one per row. The log is a TEMP table, so it lives on the one
connection the store engine pins.

Only writes made while `recording` is on are logged: a bulk load outside an edit is not.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

_LOG = "temp.undo_log"
_ON = "temp.undo_aan"

# What the edit did to the logged row; replaying does the opposite.
INSERTED, UPDATED, DELETED = "i", "u", "d"


class LogLost(Exception):
    """The log no longer holds a reversal's entries (it lives on one connection only)."""


@dataclass(frozen=True)
class Run:
    """The entries of one table in a block of entries of one kind (see `_RUNS`)."""

    kind: str
    table: str
    first: int  # the block's rowids in the log, inclusive; other tables' entries are skipped
    last: int


@dataclass(frozen=True)
class Reversal:
    """Where one edit's entries are in the log (one unbroken span of rowids: a transaction
    on the one connection is the only writer) and the runs that replay them, in order."""

    first: int
    last: int
    runs: tuple[Run, ...]

    @property
    def rows(self) -> int:
        return self.last - self.first + 1

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(run.table for run in self.runs)


@dataclass
class Recording:
    start: int  # the log's last rowid before the edit
    reversal: Reversal | None = None  # set when the recording block ends


def install(dbapi_connection) -> None:
    """Create the log and the triggers on a new connection (they are per connection)."""
    cursor = dbapi_connection.cursor()
    tables = {
        name: [row[1] for row in cursor.execute(f'PRAGMA main.table_info("{name}")')]
        for (name,) in cursor.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        ).fetchall()
    }
    width = max(map(len, tables.values()), default=0)
    # No declared type on the values: SQLite stores each as it comes, in its own type.
    columns = ["tabel TEXT NOT NULL", "soort TEXT NOT NULL", "rij INTEGER NOT NULL"]
    columns += _slots(width)
    cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS undo_log ({', '.join(columns)})")
    cursor.execute("CREATE TEMP TABLE IF NOT EXISTS undo_aan (x)")
    for table, names in tables.items():
        for statement in _triggers(table, names):
            cursor.execute(statement)
    cursor.close()


def _slots(count: int) -> list[str]:
    return [f"v{i}" for i in range(count)]


def _triggers(table: str, columns: list[str]) -> list[str]:
    slots = ", ".join(["tabel", "soort", "rij", *_slots(len(columns))])
    old = ", ".join(f'old."{c}"' for c in columns)
    when = f"WHEN EXISTS (SELECT 1 FROM {_ON})"
    log = "INSERT INTO undo_log"  # a trigger may not qualify it; temp comes first
    return [
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_i" AFTER INSERT ON main."{table}" '
        f"{when} BEGIN {log}(tabel, soort, rij) VALUES('{table}', '{INSERTED}', new.rowid); END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_u" AFTER UPDATE ON main."{table}" '
        f"{when} BEGIN {log}({slots}) VALUES('{table}', '{UPDATED}', old.rowid, {old}); END",
        # before: a parent's row is logged ahead of the rows its deletion cascades to
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_d" BEFORE DELETE ON main."{table}" '
        f"{when} BEGIN {log}({slots}) VALUES('{table}', '{DELETED}', old.rowid, {old}); END",
    ]


@contextmanager
def recording(connection: Connection) -> Iterator[Recording]:
    """Log the writes made inside the block (in the caller's transaction); on leaving,
    `.reversal` says where the entries are and how to replay them."""
    started = Recording(
        connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {_LOG}").scalar_one()
    )
    connection.exec_driver_sql(f"INSERT INTO {_ON} VALUES (1)")
    try:
        yield started
    finally:
        connection.exec_driver_sql(f"DELETE FROM {_ON}")
    runs = tuple(Run(*row) for row in connection.exec_driver_sql(_RUNS, (started.start,)))
    last = max((run.last for run in runs), default=started.start)
    started.reversal = Reversal(started.start + 1, last, runs)


# The entries after a start, as runs in replay order. A block is a stretch of entries of one
# kind (found where an entry's predecessor is of another kind); within it, each table's
# entries are one run. The order of blocks is kept, newest first: a row inserted and then
# updated is first set back, then deleted. Inside a block the tables need no order: deleted
# rows go back, or inserted ones go, the same in any order while foreign keys are deferred,
# and an update sets one table's columns only. So a cascade (gezin, item, its people, item,
# its people, ...) replays as one statement per table, not 100,000 runs of one row.
_RUNS = """
WITH starts AS (
    SELECT entry.rowid AS first, entry.soort FROM temp.undo_log AS entry
    LEFT JOIN temp.undo_log AS previous ON previous.rowid = entry.rowid - 1
    WHERE entry.rowid > ?1 AND (entry.rowid = ?1 + 1 OR previous.soort IS NOT entry.soort)
), blocks AS (
    SELECT first, soort, coalesce(
        lead(first) OVER (ORDER BY first) - 1, (SELECT max(rowid) FROM temp.undo_log)
    ) AS last FROM starts
)
SELECT DISTINCT blocks.soort, entry.tabel, blocks.first, blocks.last
FROM blocks JOIN temp.undo_log AS entry ON entry.rowid BETWEEN blocks.first AND blocks.last
ORDER BY blocks.first DESC
"""


def replay(connection: Connection, reversal: Reversal) -> None:
    """Run a reversal. Rows come back parents and children in any order, so foreign keys
    are checked at commit rather than per statement."""
    span = (reversal.first, reversal.last)
    kept = f"SELECT count(*) FROM {_LOG} WHERE rowid BETWEEN ? AND ?"
    if connection.exec_driver_sql(kept, span).scalar_one() != reversal.rows:
        raise LogLost("de gegevens om dit terug te zetten zijn er niet meer")
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for run in reversal.runs:
        columns = [
            row[1] for row in connection.exec_driver_sql(f'PRAGMA main.table_info("{run.table}")')
        ]
        _REPLAY[run.kind](connection, run, columns)


def _entries(run: Run, columns: list[str], order: str) -> tuple[str, tuple]:
    values = ", ".join(_slots(len(columns)))
    return (
        f"SELECT rij, {values} FROM {_LOG} WHERE rowid BETWEEN ? AND ? AND tabel = ? "
        f"ORDER BY {order}",
        (run.first, run.last, run.table),
    )


def _delete_inserted(connection: Connection, run: Run, _columns: list[str]) -> None:
    connection.exec_driver_sql(
        f'DELETE FROM "{run.table}" WHERE rowid IN '
        f"(SELECT rij FROM {_LOG} WHERE rowid BETWEEN ? AND ? AND tabel = ?)",
        (run.first, run.last, run.table),
    )


def _restore_updated(connection: Connection, run: Run, columns: list[str]) -> None:
    # One executemany, newest entry first: a row updated twice ends with its oldest values.
    # The values pass through Python unchanged (int, float, str, bytes, None).
    query, span = _entries(run, columns, "rowid DESC")
    rows = [(*values, rowid) for rowid, *values in connection.exec_driver_sql(query, span)]
    sets = ", ".join(f'"{c}" = ?' for c in columns)
    connection.exec_driver_sql(f'UPDATE "{run.table}" SET {sets} WHERE rowid = ?', rows)


def _insert_deleted(connection: Connection, run: Run, columns: list[str]) -> None:
    # In the table's own order, the cheapest for its B-tree; these rows need no other.
    query, span = _entries(run, columns, "rij")
    names = ", ".join(["rowid", *(f'"{c}"' for c in columns)])
    connection.exec_driver_sql(f'INSERT INTO "{run.table}"({names}) {query}', span)


_REPLAY = {INSERTED: _delete_inserted, UPDATED: _restore_updated, DELETED: _insert_deleted}


def forget(connection: Connection, reversals: Iterable[Reversal]) -> None:
    """Drop the entries of (non-empty) reversals no longer on an undo or redo stack."""
    spans = [(reversal.first, reversal.last) for reversal in reversals]
    connection.exec_driver_sql(f"DELETE FROM {_LOG} WHERE rowid BETWEEN ? AND ?", spans)
