"""No write goes through a link someone planted: at every name a writer could be expected to
use for its work file (and at the target itself) a link to a file outside is planted; every
export, the lock's holder file, encryption, migration and the logboek leave that file as it
was, and the output is a private file of its own."""

import os
import stat
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.store import bestand, logboek, migrations, reserve, versleuteling

OUTSIDE = b"niet van Casustafel\n"


def _work_names(target: Path) -> list[Path]:
    """The names a writer of `target` used, or could be guessed to use, for its work file."""
    name = target.name
    return [
        target.with_name(n)
        for n in (
            f".{name}.deel", f"{name}.deel", f".{name}.tmp", f"{name}.tmp", f"{name}~",
            f"{name}{versleuteling.WERK}", f"{name}{versleuteling.WERK}-journal",
            f"{name}{reserve.WERK}", *(f"{name}{rest}" for rest in migrations.RESTEN),
        )
    ]  # fmt: skip


@pytest.fixture
def outside(tmp_path) -> Path:
    folder = tmp_path / "elders"
    folder.mkdir()
    victim = folder / "doelwit.txt"
    victim.write_bytes(OUTSIDE)
    return victim


def _plant(names: list[Path], victim: Path) -> None:
    for name in names:
        name.parent.mkdir(parents=True, exist_ok=True)
        name.unlink(missing_ok=True)
        name.symlink_to(victim)


def _untouched(victim: Path) -> None:
    assert victim.read_bytes() == OUTSIDE


def _private_file(path: Path) -> None:
    info = path.lstat()
    assert stat.S_ISREG(info.st_mode), f"{path.name} is not a file of its own"
    assert stat.S_IMODE(info.st_mode) == 0o600


@pytest.fixture
def demo_store(tmp_path):
    db = tmp_path / "store" / "casustafel.sqlite"
    db.parent.mkdir()
    workspace = Workspace.open(db)
    gezin_id = workspace.edit("Demo", maak_demo)
    workspace.close()
    return db, gezin_id


@pytest.fixture
def cli():
    mask = os.umask(0o022)  # main() narrows it for the process; give the suite its own back
    os.umask(mask)
    yield main
    os.umask(mask)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["report", "--voor", "ouders"], "verslag.pdf"),
        (["export-ics"], "agenda.ics"),
        (["export"], "dossier.casustafel"),
        (["export-timeline"], "tijdlijn.pdf"),
        (["export-timeline"], "tijdlijn.png"),
        (["export-timeline"], "tijdlijn.svg"),
        (["snapshot", "--view", "tijdlijn", "--size", "800x600"], "scherm.png"),
    ],
    ids=lambda v: v if isinstance(v, str) else v[0],
)
def test_an_export_never_writes_through_a_planted_link(
    demo_store, outside, cli, tmp_path, command, name
):
    db, gezin_id = demo_store
    target = tmp_path / "uit" / name
    _plant([target, *_work_names(target)], outside)
    code = cli(["--db", str(db), *command, "--gezin", str(gezin_id), "-o", str(target)])
    assert code == 0
    _untouched(outside)
    _private_file(target)
    assert target.stat().st_size > 100
    leftovers = {p.name for p in target.parent.iterdir()} - {p.name for p in _work_names(target)}
    assert leftovers == {name}, "the work file is gone once the export is in place"


def test_the_bytes_writer_replaces_a_link_at_the_target(tmp_path, outside):
    target = tmp_path / "verslag.pdf"
    _plant([target, *_work_names(target)], outside)
    bestand.schrijf(target, b"%PDF-1.4 inhoud", ".pdf")
    _untouched(outside)
    _private_file(target)
    assert target.read_bytes() == b"%PDF-1.4 inhoud"


def test_opening_a_store_writes_no_link_it_finds(tmp_path, outside):
    """The lock's holder file, the migration's copy, the logboek: all beside the store."""
    db = tmp_path / "casustafel.sqlite"
    holder = db.with_name(db.name + ".houder")
    _plant([*_work_names(db), *_work_names(holder), holder], outside)
    workspace = Workspace.open(db, overnemen=True)  # a holder file there: a lock left behind
    try:
        _untouched(outside)
        _private_file(holder)
    finally:
        workspace.close()


def test_encrypting_writes_no_link_it_finds(demo_store, outside):
    db, _ = demo_store
    _plant(_work_names(db), outside)
    workspace = Workspace.open(db)
    try:
        workspace.zet_wachtwoord("een heel lang en sterk wachtwoord 42")
    finally:
        workspace.close()
    _untouched(outside)
    _private_file(db)


def test_the_logboek_is_not_written_through_a_link(demo_store, outside, cli, tmp_path, capsys):
    db, gezin_id = demo_store
    _plant([logboek.pad(db)], outside)
    target = tmp_path / "agenda.ics"
    assert cli(["--db", str(db), "export-ics", "--gezin", str(gezin_id), "-o", str(target)]) == 0
    _untouched(outside)
    said = capsys.readouterr().err
    assert (
        "niet vastgelegd in het logboek: op de plaats van het logboek staat een verwijzing" in said
    )
    assert target.exists()
