"""Undo of a large edit: deleting a gezin of 50,000 timeline items, and putting it back.

Figures, not pass/fail: the delete through Workspace.edit (the undo log recording), the size
of what it logged, its undo and redo; beside them, measured in this run, the bare figures:
the same DELETE on a plain connection without triggers, and the same rows put back with one
plain executemany per table. Before the log kept values instead of SQL text this undo
replayed 100,000 statements (23 MiB of SQL) in 2.1 s.
"""

import sqlite3
import statistics
import time
import tracemalloc

import pytest

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from tests.benchmarks.synthetic import synthetic_gezin

ITEMS = 50_000
ROUNDS = 3


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("undo") / "undo.sqlite"
    workspace = Workspace.open(path)
    gezin_id = synthetic_gezin(workspace, ITEMS)
    yield workspace, path, gezin_id
    workspace.close()


def _rows(connection: sqlite3.Connection) -> dict[str, set[tuple]]:
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {t: set(connection.execute(f'SELECT rowid, * FROM "{t}"')) for (t,) in tables}


def _bare_round(connection: sqlite3.Connection, gezin_id: int) -> tuple[float, float]:
    """Seconds for the plain DELETE and for putting the same rows back by executemany."""
    before = _rows(connection)
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("DELETE FROM gezin WHERE id = ?", (gezin_id,))
    connection.execute("COMMIT")
    delete_s = time.perf_counter() - start
    after = _rows(connection)
    gone = {t: sorted(rows - after[t]) for t, rows in before.items() if rows - after[t]}
    columns = {
        table: [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        for table in gone
    }
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute("PRAGMA defer_foreign_keys = ON")  # as our replay does
    for table, rows in gone.items():
        names = ", ".join(["rowid", *(f'"{c}"' for c in columns[table])])
        marks = ", ".join("?" * (len(columns[table]) + 1))
        connection.executemany(f'INSERT INTO "{table}"({names}) VALUES ({marks})', rows)
    connection.execute("COMMIT")
    undo_s = time.perf_counter() - start
    assert _rows(connection) == before
    return delete_s, undo_s


def _log(workspace: Workspace) -> tuple[int, int]:
    """Entries in the undo log and the bytes of TEMP pages in use."""
    with workspace.engine.connect() as connection:

        def one(sql: str) -> int:
            return connection.exec_driver_sql(sql).scalar_one()

        pages = one("PRAGMA temp.page_count") - one("PRAGMA temp.freelist_count")
        return one("SELECT count(*) FROM temp.undo_log"), pages * one("PRAGMA temp.page_size")


def _count(workspace: Workspace, gezin_id: int) -> int:
    with workspace.engine.connect() as connection:
        query = "SELECT count(*) FROM gebeurtenis WHERE gezin_id = ?"
        return connection.exec_driver_sql(query, (gezin_id,)).scalar_one()


def test_undo_of_deleting_a_large_gezin(benchmark, store, capsys):
    workspace, path, gezin_id = store
    # What the delete logs, with nothing else logged since: the redo stack is still empty.
    entries, size = _log(workspace)
    tracemalloc.start()
    workspace.edit("Gezin verwijderen", gezinnen.verwijder, gezin_id)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    logged_rows, logged_bytes = (
        after - before for after, before in zip(_log(workspace), (entries, size), strict=True)
    )
    workspace.undo()

    plain = sqlite3.connect(path, isolation_level=None)  # no triggers: they are per connection
    plain.execute("PRAGMA foreign_keys = ON")
    bare = [_bare_round(plain, gezin_id) for _ in range(ROUNDS)]
    plain.close()

    times: dict[str, list[float]] = {"delete": [], "undo": [], "redo": []}

    def cycle():
        start = time.perf_counter()
        workspace.edit("Gezin verwijderen", gezinnen.verwijder, gezin_id)
        times["delete"].append(time.perf_counter() - start)
        start = time.perf_counter()
        workspace.undo()
        times["undo"].append(time.perf_counter() - start)
        start = time.perf_counter()
        workspace.redo()
        times["redo"].append(time.perf_counter() - start)
        workspace.undo()
        assert _count(workspace, gezin_id) == ITEMS

    benchmark.pedantic(cycle, rounds=ROUNDS, iterations=1)

    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    bare_delete, bare_undo = (statistics.median(b) * 1000 for b in zip(*bare, strict=True))
    figures = {
        "items": ITEMS,
        "delete_ms": round(ms["delete"], 1),
        "bare_delete_ms": round(bare_delete, 1),
        "logged_rows": logged_rows,
        "logged_temp_mib": round(logged_bytes / 2**20, 2),
        "python_kept_mib": round(kept / 2**20, 3),
        "python_peak_mib": round(peak / 2**20, 2),
        "undo_ms": round(ms["undo"], 1),
        "bare_reinsert_ms": round(bare_undo, 1),
        "redo_ms": round(ms["redo"], 1),
    }
    benchmark.extra_info.update(figures)
    with capsys.disabled():
        print(
            f"\nundo {ITEMS} items: delete {ms['delete']:.0f} ms vs bare DELETE "
            f"{bare_delete:.0f} ms ({ms['delete'] / bare_delete:.1f}x) | logged {logged_rows} "
            f"rows, {logged_bytes / 2**20:.1f} MiB in TEMP, Python kept {kept / 2**20:.2f} MiB "
            f"(peak {peak / 2**20:.2f} MiB) | undo {ms['undo']:.0f} ms vs bare re-insert "
            f"{bare_undo:.0f} ms ({ms['undo'] / bare_undo:.1f}x) | redo {ms['redo']:.0f} ms"
        )
