"""What encryption costs: a 10,000-item gezin opened, then a stream of 1,000 edits, on an
encrypted store beside the same store plain, in one run.

Figures, not pass/fail. Aim: encrypted within 1.3x of plain. Opening is the store's open
(the checks, the passphrase, the engine) and reading the gezin's items as the timeline does;
the stream is what a meeting does through Workspace.edit: items added, retitled, moved in
time, described, one commit each. Each round starts from the same two files; the kinds take
turns, so a busy machine slows both alike.
"""

import random
import shutil
import statistics
import time
from pathlib import Path

import pytest

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.store.versleuteling import herschrijf
from tests.benchmarks.synthetic import synthetic_gezin

ITEMS = 10_000
EDITS = 1_000
ROUNDS = 3
WACHTWOORD = "paard batterij nietje correct"


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The pristine plain and encrypted files, the same rows; and the gezin's id."""
    folder = tmp_path_factory.mktemp("opslag")
    plain = folder / "plain.sqlite"
    workspace = Workspace.open(plain)
    gezin_id = synthetic_gezin(workspace, ITEMS)
    workspace.close()
    encrypted = folder / "encrypted.sqlite"
    shutil.copyfile(plain, encrypted)
    herschrijf(encrypted, None, WACHTWOORD)
    return {None: plain, WACHTWOORD: encrypted}, gezin_id


def _stroom(workspace: Workspace, gezin_id: int, ids: list[int]) -> None:
    rng = random.Random(11)
    for n in range(EDITS):
        item = rng.choice(ids)
        match n % 4:
            case 0:
                workspace.edit("Nieuw", gebeurtenissen.voeg_toe, gezin_id, f"Nieuw {n}", "2019")
            case 1:
                workspace.edit("Titel", gebeurtenissen.wijzig, item, titel=f"Titel {n}")
            case 2:
                workspace.edit("Slepen", gebeurtenissen.verplaats, item, rng.randint(-90, 90))
            case 3:
                workspace.edit("Tekst", gebeurtenissen.wijzig, item, omschrijving=f"Notitie {n}")


def _ronde(pristine: Path, work: Path, wachtwoord: str | None, gezin_id: int) -> dict[str, float]:
    """Seconds to open the store and read the gezin's items, and for the stream of edits."""
    for leftover in work.parent.glob(f"{work.name}*"):
        leftover.unlink()
    shutil.copyfile(pristine, work)
    start = time.perf_counter()
    workspace = Workspace.open(work, wachtwoord)
    items = workspace.read(gebeurtenissen.van_gezin, gezin_id)
    opened = time.perf_counter()
    assert len(items) == ITEMS
    _stroom(workspace, gezin_id, [item.id for item in items])
    streamed = time.perf_counter()
    workspace.close()
    return {"open": opened - start, "stream": streamed - opened}


def _vergelijk(stores, gezin_id: int, folder: Path) -> dict[str | None, dict[str, list[float]]]:
    times = {kind: {"open": [], "stream": []} for kind in stores}
    for _ in range(ROUNDS):
        for kind, pristine in stores.items():
            for name, seconds in _ronde(pristine, folder / "werk.sqlite", kind, gezin_id).items():
                times[kind][name].append(seconds)
    return times


def test_encryption_costs_little_on_open_and_edits(benchmark, stores, tmp_path, capsys):
    files, gezin_id = stores
    times = benchmark.pedantic(_vergelijk, args=(files, gezin_id, tmp_path), rounds=1)
    median = {
        kind: {name: statistics.median(values) for name, values in measured.items()}
        for kind, measured in times.items()
    }
    plain, encrypted = median[None], median[WACHTWOORD]
    total = {kind: sum(m.values()) for kind, m in median.items()}
    ratios = {name: encrypted[name] / plain[name] for name in plain}
    ratios["total"] = total[WACHTWOORD] / total[None]
    benchmark.extra_info.update(
        {f"plain_{name}_ms": round(plain[name] * 1000, 1) for name in plain}
        | {f"encrypted_{name}_ms": round(encrypted[name] * 1000, 1) for name in encrypted}
        | {f"ratio_{name}": round(ratio, 2) for name, ratio in ratios.items()}
    )
    with capsys.disabled():
        print(f"\nopslag {ITEMS} items, {EDITS} edits, median of {ROUNDS} rounds:")
        print(
            f"  open + read items   plain {plain['open'] * 1000:7.0f} ms | encrypted "
            f"{encrypted['open'] * 1000:7.0f} ms ({ratios['open']:.2f}x)"
        )
        print(
            f"  {EDITS} edits         plain {plain['stream'] * 1000:7.0f} ms | encrypted "
            f"{encrypted['stream'] * 1000:7.0f} ms ({ratios['stream']:.2f}x), "
            f"{plain['stream'] * 1000 / EDITS:.2f} vs {encrypted['stream'] * 1000 / EDITS:.2f} "
            "ms an edit"
        )
        print(
            f"  together            plain {total[None] * 1000:7.0f} ms | encrypted "
            f"{total[WACHTWOORD] * 1000:7.0f} ms ({ratios['total']:.2f}x; aim 1.3x)"
        )
