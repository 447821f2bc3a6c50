"""Dossier overdragen of a 10,000-item gezin: export (plain and anonymised) and import, beside
SQLite's own `Connection.backup` of the same store, in one run.

Figures, not pass/fail: the backup copies pages, the dossier checks and rewrites every row;
the ratios say what that costs.
"""

import sqlite3
import statistics
import time

import pytest

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.dossier.export import exporteer
from desktop_app.services.dossier.invoer import importeer
from tests.benchmarks.synthetic import synthetic_gezin

ITEMS = 10_000
ROUNDS = 3


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dossier")
    path = folder / "casustafel.sqlite"
    workspace = Workspace.open(path)
    gezin_id = synthetic_gezin(workspace, ITEMS)
    workspace.close()
    return folder, path, gezin_id


def _timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def test_dossier_export_and_import_beside_sqlite_backup(store, benchmark):
    folder, path, gezin_id = store
    figures = {"backup": [], "export": [], "export anoniem": [], "import": []}
    source = Workspace.open(path, alleen_lezen=True)
    data = b""
    for n in range(ROUNDS):
        copy = folder / f"backup-{n}.sqlite"

        def backup(copy=copy):
            with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
                src.backup(dst)

        figures["backup"].append(_timed(backup)[0])
        seconds, data = _timed(lambda: source.read(exporteer, gezin_id))
        figures["export"].append(seconds)
        figures["export anoniem"].append(_timed(lambda: source.read(exporteer, gezin_id, True))[0])
        target = Workspace.open(folder / f"doel-{n}.sqlite")
        figures["import"].append(_timed(lambda t=target, d=data: t.edit("in", importeer, d))[0])
        target.close()
    source.close()
    target = Workspace.open(folder / "doel-benchmark.sqlite")
    benchmark.pedantic(target.edit, args=("Inlezen", importeer, data), rounds=1)
    target.close()

    median = {name: statistics.median(found) * 1000 for name, found in figures.items()}
    sizes = f"file {len(data) / 1024:.0f} KiB, store {path.stat().st_size / 1024:.0f} KiB"
    lines = [f"dossier {ITEMS} items ({sizes}), median of {ROUNDS}:"]
    for name in ("export", "export anoniem", "import"):
        ratio = median[name] / median["backup"]
        lines.append(f"  {name:15} {median[name]:8.0f} ms ({ratio:5.1f}x backup)")
    lines.append(f"  {'sqlite backup':15} {median['backup']:8.0f} ms")
    print("\n" + "\n".join(lines))
