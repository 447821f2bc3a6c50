"""The cost of encryption: a 10,000-item gezin opened and its timeline read, then a stream of
1,000 edits, on an encrypted store beside the same store plain, in one run.

Figures, not pass/fail; the aim is at most 1.3x plain. Opening an encrypted store costs
SQLCipher's key derivation (PBKDF2, 256,000 rounds) once per connection; the app holds one
connection while the store is open, so it is paid once per start and per check of the
passphrase (unlocking), not per edit.
"""

import shutil
import statistics
import time

import pytest

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.tijdlijn import gebeurtenissen, tijdlijn
from desktop_app.store.versleuteling import herschrijf
from tests.benchmarks.synthetic import synthetic_gezin

ITEMS = 10_000
EDITS = 1_000
ROUNDS = 3
WACHTWOORD = "paarse olifant danst 's nachts"


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("opslag")
    plain = folder / "plain" / "casustafel.sqlite"
    plain.parent.mkdir()
    workspace = Workspace.open(plain)
    gezin_id = synthetic_gezin(workspace, ITEMS)
    workspace.close()
    encrypted = folder / "encrypted" / "casustafel.sqlite"
    encrypted.parent.mkdir()
    shutil.copyfile(plain, encrypted)
    herschrijf(encrypted, None, WACHTWOORD)
    return {None: plain, WACHTWOORD: encrypted}, gezin_id


def _round(path, wachtwoord, gezin_id) -> tuple[float, float]:
    start = time.perf_counter()
    workspace = Workspace.open(path, wachtwoord)
    loaded = workspace.read(tijdlijn.laad, gezin_id)
    opened = time.perf_counter() - start
    assert len(loaded) >= ITEMS
    start = time.perf_counter()
    for n in range(EDITS):
        workspace.edit("Bewerking", gebeurtenissen.voeg_toe, gezin_id, f"Bewerking {n}", "2019")
    edited = time.perf_counter() - start
    workspace.close()
    return opened, edited


def test_encryption_costs_little_beside_plain(stores, benchmark):
    paths, gezin_id = stores
    figures = {w: [] for w in paths}
    for _ in range(ROUNDS):
        for wachtwoord, path in paths.items():  # alternating, so neither gets a warmer disk
            figures[wachtwoord].append(_round(path, wachtwoord, gezin_id))
    benchmark.pedantic(_round, args=(paths[WACHTWOORD], WACHTWOORD, gezin_id), rounds=1)

    def median(wachtwoord, part):
        return statistics.median(f[part] for f in figures[wachtwoord]) * 1000

    lines = [f"opslag {ITEMS} items, median of {ROUNDS}, encrypted vs plain:"]
    for part, name in ((0, "open + read timeline"), (1, f"{EDITS} edits")):
        enc, plain = median(WACHTWOORD, part), median(None, part)
        lines.append(f"  {name:22} {enc:8.0f} ms vs {plain:8.0f} ms ({enc / plain:4.2f}x)")
    total = sum(median(WACHTWOORD, p) for p in (0, 1)) / sum(median(None, p) for p in (0, 1))
    lines.append(f"  together {total:.2f}x (aim <= 1.3x)")
    print("\n" + "\n".join(lines))
