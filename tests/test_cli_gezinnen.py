"""`casustafel lijst` shows every gezin with its id; `--gezin` takes that id or the gezin's
exact name (any case), and says in Dutch which gezinnen it could mean when it is not one."""

import io
import os
import sys

import pytest

from desktop_app.cli import main
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen

WACHTWOORD = "Een lang en sterk wachtwoord voor de test 7"


@pytest.fixture
def cli(monkeypatch, capsys):
    mask = os.umask(0o022)  # main() narrows it for the process; give the suite its own back
    os.umask(mask)

    def run(*args, stdin=""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    os.umask(mask)


@pytest.fixture
def store(db_path):
    workspace = Workspace.open(db_path)
    ids = {
        naam: workspace.edit("Gezin", gezinnen.maak, naam).id
        for naam in ("Gezin Vermeulen", "Gezin de Vries", "gezin DE VRIES", "Familie Özdemir")
    }
    workspace.edit("Status", gezinnen.wijzig, ids["Familie Özdemir"], status="afgesloten")
    workspace.close()
    return db_path, ids


def test_lijst_shows_each_gezin_with_id_name_status_and_last_change(cli, store):
    db, ids = store
    code, out, err = cli("--db", db, "lijst")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["id", "naam", "status", "laatst", "gewijzigd"]
    assert len(lines) == 1 + len(ids)
    for naam, gezin_id in ids.items():
        line = next(line for line in lines if f"  {naam}  " in line)
        assert line.split()[0] == str(gezin_id)
    assert "Afgesloten" in next(line for line in lines if "Özdemir" in line)
    # columns line up: every status starts where the heading's does
    start = lines[0].index("status")
    assert all(line[start:].split()[0] in ("Actief", "Afgesloten") for line in lines[1:])


def test_lijst_of_an_empty_store_says_so(cli, db_path):
    Workspace.open(db_path).close()
    code, out, _ = cli("--db", db_path, "lijst")
    assert code == 0 and "nog geen gezinnen" in out


def test_gezin_by_exact_name_in_any_case(cli, store, tmp_path):
    db, ids = store
    code, out, err = cli("--db", db, "publiek", "--gezin", "gezin VERMEULEN", "--voor", "ouders")
    assert code == 0, err
    assert out.startswith("gezin: Gezin Vermeulen")
    target = tmp_path / "agenda.ics"
    code, _, err = cli("--db", db, "export-ics", "--gezin", "familie özdemir", "-o", target)
    assert code == 0, err
    assert target.exists()


@pytest.mark.parametrize(
    ("naam", "said", "listed"),
    [
        ("Vermeulen", "Geen gezin heet ‘Vermeulen’", 4),  # exact, not a part of the name
        ("gezin de vries", "Er zijn 2 gezinnen die ‘gezin de vries’ heten", 2),
    ],
)
def test_a_name_that_is_not_one_gezin_lists_the_candidates(cli, store, naam, said, listed):
    db, ids = store
    code, out, err = cli("--db", db, "publiek", "--gezin", naam, "--voor", "ouders")
    assert code == 1 and out == ""
    assert said in err
    named = [
        f"{gezin_id} {gezin}" for gezin, gezin_id in ids.items() if f"{gezin_id} {gezin}" in err
    ]
    assert len(named) == listed


def test_an_encrypted_store_asks_once_when_a_name_is_looked_up(cli, store, tmp_path):
    db, ids = store
    workspace = Workspace.open(db)
    workspace.zet_wachtwoord(WACHTWOORD)
    workspace.close()
    target = tmp_path / "verslag.casustafel"
    args = ("--db", db, "export", "--gezin", "Gezin Vermeulen", "-o", target)
    code, _, err = cli(*args, stdin=f"{WACHTWOORD}\n")  # one line: asked once
    assert code == 0, err
    assert target.exists()
