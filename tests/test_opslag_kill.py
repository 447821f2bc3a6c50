"""Killed at any moment, nothing saved is lost: SIGKILL a child process that edits the store,
or migrates it, then check every edit it reported saved, the file's integrity, and that the
next start succeeds.

The child prints an edit's number only after `Workspace.edit` returned, i.e. after the
commit. A few kills run in the normal suite; CASUSTAFEL_KILLS=200 runs the long variant
(that many kills during edits, and a tenth of that during a migration) and prints figures.
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.store.migrations import head_revision
from desktop_app.store.project_dirs import MIGRATIONS_DIR
from desktop_app.store.verbinding import verbind

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLS = int(os.environ.get("CASUSTAFEL_KILLS", "6"))
WACHTWOORD = "paarse olifant danst 's nachts"
ROOT = Path(__file__).resolve().parents[1]

# The child: open the store (creating the gezin the first time), then edit for ever,
# printing each edit's number once it is committed.
EDITOR = """
import re, sys
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.tijdlijn import gebeurtenissen
path, wachtwoord = sys.argv[1], sys.argv[2] or None
ws = Workspace.open(path, wachtwoord, programma="kill-test")
found = ws.read(gezinnen.alle)
gezin = found[0].id if found else ws.edit("Gezin", gezinnen.maak, "Gezin Kill").id
done = [int(m[1]) for g in ws.read(gebeurtenissen.van_gezin, gezin)
        if (m := re.fullmatch(r"Bewerking (\\d+)", g.titel))]
print("open", flush=True)
n = max(done, default=0)
while True:
    n += 1
    ws.edit("Bewerking", gebeurtenissen.voeg_toe, gezin, f"Bewerking {n}", "2019")
    print(n, flush=True)
"""

MIGRATOR = """
import sys
from desktop_app.services.core.workspace import Workspace
print("start", flush=True)
Workspace.open(sys.argv[1], programma="kill-test").close()
print("klaar", flush=True)
"""


def _child(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _kill_after(child: subprocess.Popen, seconds: float) -> list[str]:
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    return out.split()


def _saved(path: Path, wachtwoord: str | None) -> set[int]:
    connection = verbind(path, wachtwoord)
    try:
        titles = connection.execute("SELECT titel FROM gebeurtenis").fetchall()
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    return {int(t[0].split()[1]) for t in titles if t[0].startswith("Bewerking ")}


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_a_killed_edit_stream_loses_no_saved_edit(tmp_path, wachtwoord):
    path = tmp_path / "kill.sqlite"
    rng = random.Random(11)
    acknowledged: set[int] = set()
    failed_starts = 0
    for _ in range(KILLS):
        child = _child(EDITOR, str(path), wachtwoord or "")
        # Wait until it has opened, so a kill lands among edits, not imports.
        first = child.stdout.readline().strip()
        if first != "open":
            failed_starts += 1
            child.kill()
            child.communicate()
            continue
        lines = _kill_after(child, rng.uniform(0.0, 0.6))
        acknowledged |= {int(n) for n in lines if n.isdigit()}
        saved = _saved(path, wachtwoord)
        assert acknowledged <= saved, f"lost: {sorted(acknowledged - saved)[:10]}"
    print(
        f"\nkill test ({'encrypted' if wachtwoord else 'plain'}): {KILLS} kills, "
        f"{len(acknowledged)} edits acknowledged, 0 lost, 0 integrity failures, "
        f"{failed_starts} failed starts"
    )
    assert failed_starts == 0
    assert acknowledged, "the child made edits"


def _store_at(path: Path, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, revision)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO gezin (naam, gemeente, status, kader, product, fase, demo, "
            "aangemaakt, bijgewerkt) VALUES ('Gezin Oud', 'Delft', 'actief', 'vrijwillig', "
            "'geen', 'wegen', 0, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
    connection.close()


def test_a_migration_killed_anywhere_leaves_a_store_that_opens_whole(tmp_path):
    from desktop_app.services.core.workspace import Workspace
    from desktop_app.services.gezin import gezinnen

    template = tmp_path / "oud.sqlite"
    _store_at(template, "0005")
    original = template.read_bytes()
    rng = random.Random(7)
    kills = max(3, KILLS // 10)
    completed = 0
    for n in range(kills):
        path = tmp_path / f"m{n}" / "casustafel.sqlite"
        path.parent.mkdir()
        path.write_bytes(original)
        child = _child(MIGRATOR, str(path))
        assert child.stdout.readline().strip() == "start"
        completed += "klaar" in _kill_after(child, rng.uniform(0.0, 0.4))
        ws = Workspace.open(path)  # the next start: cleans up and migrates
        try:
            assert [g.naam for g in ws.read(gezinnen.alle)] == ["Gezin Oud"]
        finally:
            ws.close()
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        connection.close()
        leftovers = [p.name for p in path.parent.iterdir() if ".migreren" in p.name]
        assert not leftovers
    print(f"\nmigration kill test: {kills} kills ({completed} after it finished), 0 failed opens")
