"""Undo at the level of rows, after https://www.sqlite.org/undoredo.html.

Temporary triggers on every table write, for each row an edit inserts, updates or deletes,
the SQL statement that puts it back. The database's own cascades (ON DELETE CASCADE /
SET NULL) fire the same triggers, so a reversal is exact: same ids, same values, every
dependent row. Replaying a reversal is itself logged, which gives redo for free.

Only writes made while `recording` is on are logged: a bulk load outside an edit is not.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

_LOG = "temp.undo_log"
_ON = "temp.undo_aan"


def install(dbapi_connection) -> None:
    """Create the log and the triggers on a new connection (they are per connection)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("CREATE TEMP TABLE IF NOT EXISTS undo_log (sql TEXT NOT NULL)")
    cursor.execute("CREATE TEMP TABLE IF NOT EXISTS undo_aan (x)")
    tables = [
        name
        for (name,) in cursor.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        )
    ]
    for table in tables:
        columns = [row[1] for row in cursor.execute(f'PRAGMA main.table_info("{table}")')]
        for statement in _triggers(table, columns):
            cursor.execute(statement)
    cursor.close()


def _triggers(table: str, columns: list[str]) -> list[str]:
    names = ", ".join(["rowid", *(f'"{c}"' for c in columns)])
    values = " || ', ' || ".join(["old.rowid", *(f'quote(old."{c}")' for c in columns)])
    sets = " || ', ' || ".join(f'\'"{c}" = \' || quote(old."{c}")' for c in columns)
    when = f"WHEN EXISTS (SELECT 1 FROM {_ON})"
    log = "INSERT INTO undo_log(sql) VALUES"  # a trigger may not qualify it; temp comes first
    return [
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_i" AFTER INSERT ON main."{table}" '
        f"{when} BEGIN {log}('DELETE FROM \"{table}\" WHERE rowid = ' || new.rowid); END",
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_u" AFTER UPDATE ON main."{table}" '
        f"{when} BEGIN {log}('UPDATE \"{table}\" SET ' || {sets} || "
        f"' WHERE rowid = ' || old.rowid); END",
        # before: a parent's row is logged ahead of the rows its deletion cascades to
        f'CREATE TEMP TRIGGER IF NOT EXISTS "undo_{table}_d" BEFORE DELETE ON main."{table}" '
        f"{when} BEGIN {log}('INSERT INTO \"{table}\"({names}) VALUES(' || {values} || ')'); END",
    ]


@contextmanager
def recording(connection: Connection) -> Iterator[list[str]]:
    """Log the writes made inside the block (in the caller's transaction); on leaving, the
    list holds the statements that reverse them, in the order they must run."""
    reversal: list[str] = []
    connection.exec_driver_sql(f"INSERT INTO {_ON} VALUES (1)")
    try:
        yield reversal
    finally:
        connection.exec_driver_sql(f"DELETE FROM {_ON}")
    logged = connection.exec_driver_sql(f"SELECT sql FROM {_LOG} ORDER BY rowid").scalars()
    reversal.extend(reversed(list(logged)))
    connection.exec_driver_sql(f"DELETE FROM {_LOG}")


def replay(connection: Connection, statements: list[str]) -> None:
    """Run a reversal. Rows come back parents and children in any order, so foreign keys
    are checked at commit rather than per statement."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for statement in statements:
        connection.exec_driver_sql(statement)
