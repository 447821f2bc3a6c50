"""The store kept safe (issue 11), as a user and another program meet it: encryption with a
passphrase, files nobody else can read, one writer at a time, and stores that cannot be
opened as asked, each with one Dutch line and untouched bytes."""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.opslag import (
    Beschadigd,
    InGebruik,
    OpslagFout,
    VerkeerdWachtwoord,
    VerlatenSlot,
    WachtwoordNodig,
)
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.store import reserve
from desktop_app.store.migrations import NieuwereVersie, current_revision, head_revision
from desktop_app.store.project_dirs import MIGRATIONS_DIR
from desktop_app.store.verbinding import KOP, verbind
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.opslag import openen
from tests.ui_helpers import when_dialog_opens

ROOT = Path(__file__).resolve().parents[1]
WACHTWOORD = "paard batterij nietje correct"
ANDER = "zeven zilveren zwanen zwemmen"
ALS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def casustafel(*args, invoer: str = "") -> subprocess.CompletedProcess:
    """The command line as a user runs it; `invoer` is what standard input holds (no terminal:
    a passphrase is read as a line from it)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASUSTAFEL_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        input=invoer,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def een_regel(result: subprocess.CompletedProcess) -> str:
    """A refused command: exit 1 and one Dutch line on stderr, never a traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("casustafel: ")
    return lines[0]


def rijen(path: Path, wachtwoord: str | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, through a connection outside the app."""
    connection = verbind(path, wachtwoord, alleen_lezen=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
    finally:
        connection.close()


def map_inhoud(folder: Path) -> dict[str, bytes]:
    """Each file in the folder with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def demo_store(db_path):
    """A store with the demo gezin, closed; returns its id."""
    ws = Workspace.open(db_path)
    gezin_id = ws.edit("Demo", maak_demo)
    ws.close()
    return gezin_id


def versleutel(path: Path, wachtwoord: str = WACHTWOORD) -> None:
    ws = Workspace.open(path)
    ws.zet_wachtwoord(wachtwoord)
    ws.close()


# --- encryption -----------------------------------------------------------------------------


def test_encrypting_changing_and_decrypting_on_the_command_line_keep_every_row(db_path, demo_store):
    plain = rijen(db_path)
    assert sum(map(len, plain.values())) > 100

    done = casustafel("versleutelen", "--db", db_path, invoer=f"{WACHTWOORD}\n{WACHTWOORD}\n")
    assert done.returncode == 0, done.stderr
    assert "Versleuteld" in done.stdout
    assert db_path.read_bytes()[: len(KOP)] != KOP, "no longer a plain SQLite file"
    assert rijen(db_path, WACHTWOORD) == plain

    # Changing it: the current passphrase once, the new one twice.
    changed = casustafel(
        "versleutelen", "--db", db_path, invoer=f"{WACHTWOORD}\n{ANDER}\n{ANDER}\n"
    )
    assert changed.returncode == 0, changed.stderr
    assert "wachtwoord is gewijzigd" in changed.stdout
    with pytest.raises(VerkeerdWachtwoord):
        Workspace.open(db_path, WACHTWOORD)
    assert rijen(db_path, ANDER) == plain

    back = casustafel("ontsleutelen", "--db", db_path, invoer=f"{ANDER}\n{ANDER}\n")
    assert back.returncode == 0, back.stderr
    assert db_path.read_bytes()[: len(KOP)] == KOP
    assert rijen(db_path) == plain
    ws = Workspace.open(db_path)
    assert not ws.versleuteld
    assert ws.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
    ws.close()


def test_encrypting_and_decrypting_through_the_workspace_keep_every_row_and_edits_go_on(
    db_path, demo_store
):
    plain = rijen(db_path)
    ws = Workspace.open(db_path)
    ws.zet_wachtwoord(WACHTWOORD)
    assert ws.versleuteld
    ws.edit("Hernoemen", gezinnen.wijzig, demo_store, naam="Gezin V.")
    assert ws.undo() == "Hernoemen", "edits after encrypting can be undone"
    ws.zet_wachtwoord(ANDER)
    ws.zet_wachtwoord(None)
    assert not ws.versleuteld
    ws.close()
    assert rijen(db_path) == plain


def test_the_twice_read_passphrases_must_match(db_path, demo_store):
    before = db_path.read_bytes()
    result = casustafel("versleutelen", "--db", db_path, invoer=f"{WACHTWOORD}\n{ANDER}\n")
    assert "niet gelijk" in een_regel(result)
    assert db_path.read_bytes() == before
    one_line = casustafel("versleutelen", "--db", db_path, invoer=f"{WACHTWOORD}\n")
    assert "geen regel" in een_regel(one_line), "versleutelen reads it twice"
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("zwak", "advies"),
    [
        ("kort", "minstens 10 tekens"),
        ("wachtwoord", "makkelijk te raden"),
        ("aaaaaaaaaaaaaaaa", "makkelijk te raden"),
    ],
)
def test_a_weak_passphrase_is_refused_with_advice(db_path, demo_store, zwak, advies):
    before = db_path.read_bytes()
    line = een_regel(casustafel("versleutelen", "--db", db_path, invoer=f"{zwak}\n{zwak}\n"))
    assert "niet sterk genoeg" in line and advies in line
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + ".omzetten").exists()


@pytest.mark.parametrize(
    "opdracht",
    [
        ("publiek", "--gezin", "1", "--voor", "ouders"),
        ("export-timeline", "--gezin", "1", "-o", "{tmp}/t.png"),
        ("demo",),
        ("import-events", "--gezin", "1", "{tmp}/x.csv"),
        ("ontsleutelen",),
        ("versleutelen",),
    ],
    ids=lambda o: o[0],
)
def test_a_wrong_passphrase_gets_a_dutch_line_and_changes_nothing(
    tmp_path, db_path, demo_store, opdracht
):
    (tmp_path / "x.csv").write_text("datum,titel\n12-3-2019,Verhuisd\n", encoding="utf-8")
    versleutel(db_path)
    before = map_inhoud(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in opdracht]
    line = een_regel(casustafel(*args, "--db", db_path, invoer="fout wachtwoord hier\n" * 3))
    assert "Het wachtwoord klopt niet" in line
    assert map_inhoud(tmp_path) == before, "nothing written, nothing left beside the store"


def test_every_other_command_reads_the_passphrase_once(tmp_path, db_path, demo_store):
    versleutel(db_path)
    shown = casustafel(
        "publiek",
        "--db",
        db_path,
        "--gezin",
        demo_store,
        "--voor",
        "ouders",
        invoer=f"{WACHTWOORD}\n",
    )
    assert shown.returncode == 0, shown.stderr
    assert "Gezin Vermeulen" in shown.stdout
    (tmp_path / "x.csv").write_text("datum,titel\n12-3-2019,Verhuisd\n", encoding="utf-8")
    imported = casustafel(
        "import-events", "--db", db_path, "--gezin", demo_store, tmp_path / "x.csv",
        invoer=f"{WACHTWOORD}\n",
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert "1 gebeurtenissen" in imported.stdout
    missing = casustafel("publiek", "--db", db_path, "--gezin", demo_store, "--voor", "ouders")
    assert "Wachtwoord van de database" in een_regel(missing)


def test_the_workspace_asks_for_the_passphrase_in_dutch(db_path, demo_store):
    versleutel(db_path)
    before = db_path.read_bytes()
    with pytest.raises(WachtwoordNodig, match="is versleuteld. Geef het wachtwoord"):
        Workspace.open(db_path)
    with pytest.raises(VerkeerdWachtwoord, match="Het wachtwoord klopt niet"):
        Workspace.open(db_path, "Paard batterij nietje correct")
    assert db_path.read_bytes() == before
    ws = Workspace.open(db_path, WACHTWOORD)
    assert ws.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
    ws.close()


# --- nothing readable in any file -----------------------------------------------------------

GEHEIMEN = [
    "Kwartelkoning Opvangadres",  # a gezin made before a migration: in its backup
    "Lindelaan 77 Zwolle geheim",
    "Noordkaper Ravensbergen",
    "Verblijft in blijf-van-mijn-lijfhuis",
    "Diagnose borderline Zeegrasveld",
    "Na versleutelen Hoornaarstraat",
    "Verwijderd Pimpelmees",
]


def _sporen(data: bytes, geheimen: list[str]) -> list[tuple[str, str]]:
    """Which secrets appear in the bytes, as UTF-8 or UTF-16 (what `strings -e l` finds)."""
    return [
        (geheim, encoding)
        for geheim in geheimen
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if geheim.encode(encoding) in data
    ]


def scan(folder: Path, geheimen: list[str]) -> tuple[list[str], int, dict[str, list]]:
    """The files scanned, their bytes, and the secrets found per file: everything in the
    folder and below (backups included), whatever its name."""
    files = [p for p in sorted(folder.rglob("*")) if p.is_file()]
    names = [str(p.relative_to(folder)) for p in files]
    hits = {name: _sporen(p.read_bytes(), geheimen) for name, p in zip(names, files, strict=True)}
    return names, sum(p.stat().st_size for p in files), {k: v for k, v in hits.items() if v}


def _oude_store(path: Path, naam: str) -> None:
    """A store at revision 0005 holding one gezin, as an older Casustafel left it."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    command.upgrade(config, "0005")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO gezin (naam, gemeente, status, kader, product, fase, demo, uren_budget, "
            "aangemaakt, bijgewerkt) VALUES (?, 'Delft', 'actief', 'vrijwillig', 'geen', "
            "'wegen', 0, 25, '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
            (naam,),
        )
    connection.close()


def test_no_file_of_an_encrypted_store_holds_readable_case_data(tmp_path, capsys):
    folder = tmp_path / "opslag"
    folder.mkdir()
    path = folder / "casustafel.sqlite"
    _oude_store(path, GEHEIMEN[0])
    ws = Workspace.open(path)  # migrates: a plain backup is kept in reservekopieen/
    gezin_id = ws.read(gezinnen.alle)[0].id
    ws.edit("Adres", gezinnen.wijzig, gezin_id, gemeente=GEHEIMEN[1])
    ws.edit("Lid", gezinsleden.voeg_toe, gezin_id, GEHEIMEN[2])
    ws.edit(
        "Item", gebeurtenissen.voeg_toe, gezin_id, GEHEIMEN[3], "mrt 2019",
        omschrijving=GEHEIMEN[4], zichtbaarheid="vertrouwelijk",
    )  # fmt: skip
    ws.close()
    found_plain = scan(folder, GEHEIMEN[:5])[2]
    assert "casustafel.sqlite" in found_plain and any(
        name.startswith(f"{reserve.MAP}/") for name in found_plain
    ), "the scan finds what a plain store and its backup hold (else it could not fail)"

    ws = Workspace.open(path)
    ws.zet_wachtwoord(WACHTWOORD)
    later = ws.edit(
        "Item", gebeurtenissen.voeg_toe, gezin_id, GEHEIMEN[5], "2020", omschrijving=GEHEIMEN[6]
    )
    ws.edit("Weg", gebeurtenissen.verwijder, later.id)
    ws.undo()
    ws.redo()
    ws.undo()
    while_open = scan(folder, [*GEHEIMEN, WACHTWOORD])  # -wal, -shm, .lock, .houder too
    ws.close()
    read = casustafel(
        "publiek", "--db", path, "--gezin", gezin_id, "--voor", "professionals",
        invoer=f"{WACHTWOORD}\n",
    )  # fmt: skip
    assert read.returncode == 0 and GEHEIMEN[0] in read.stdout, read.stderr
    rekeyed = casustafel("versleutelen", "--db", path, invoer=f"{WACHTWOORD}\n{ANDER}\n{ANDER}\n")
    assert rekeyed.returncode == 0, rekeyed.stderr
    after = scan(folder, [*GEHEIMEN, WACHTWOORD, ANDER])

    assert any(name.startswith(f"{reserve.MAP}/") for name in after[0]), "backups scanned"
    assert {"casustafel.sqlite-wal", "casustafel.sqlite-shm", "casustafel.sqlite.houder"} <= set(
        while_open[0]
    ), "what SQLite and the lock keep beside an open store was scanned too"
    assert while_open[2] == {}, "readable while open"
    assert after[2] == {}, "readable after closing"
    assert rijen(path, ANDER)["gebeurtenis"], "the data is all there under the new passphrase"
    with capsys.disabled():
        print(
            f"\nplaintext scan: {len(while_open[0]) + len(after[0])} files, "
            f"{(while_open[1] + after[1]) / 2**10:.0f} KiB, "
            f"{len(while_open[2]) + len(after[2])} hits ({len(GEHEIMEN) + 2} strings, "
            f"UTF-8 and UTF-16); while open {', '.join(while_open[0])}; after closing, "
            f"reading and re-keying {', '.join(after[0])}"
        )


# --- private files --------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the profile")
def test_the_folder_and_every_file_are_the_users_alone(tmp_path):
    path = tmp_path / "nieuw" / "casustafel.sqlite"
    made = casustafel("demo", "--db", path)
    assert made.returncode == 0, made.stderr
    assert _mode(path.parent) == 0o700
    exported = casustafel(
        "export-timeline", "--db", path, "--gezin", made.stdout.split()[-1], "-o",
        tmp_path / "tijdlijn.pdf",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert _mode(tmp_path / "tijdlijn.pdf") == 0o600, "an export too"

    old_umask = os.umask(0o022)  # a process that did not tighten its own umask
    try:
        ws = Workspace.open(path)
        ws.edit("Nieuw", gezinnen.maak, "Gezin Open")
        ws.zet_wachtwoord(WACHTWOORD)
        ws.edit("Nieuw", gezinnen.maak, "Gezin Versleuteld")
        names = {str(p.relative_to(path.parent)): _mode(p) for p in path.parent.rglob("*")}
        ws.close()
    finally:
        os.umask(old_umask)
    assert {"casustafel.sqlite-wal", "casustafel.sqlite-shm", "casustafel.sqlite.houder"} <= set(
        names
    )
    assert names.pop(reserve.MAP) == 0o700, "the backups' folder"
    assert any(name.startswith(f"{reserve.MAP}/") for name in names), "backups were made"
    assert names == dict.fromkeys(names, 0o600), names
    assert _mode(path.parent) == 0o700


# --- one writer -----------------------------------------------------------------------------

HOUDER = """
import sys
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
wachtwoord = sys.stdin.readline().rstrip("\\n") or None
ws = Workspace.open(sys.argv[1], wachtwoord)
print(ws.edit("Nieuw", gezinnen.maak, sys.argv[2]).id, flush=True)
sys.stdin.read()  # holds the store until told to stop
ws.close()
"""


@contextmanager
def houder(path: Path, naam: str = "Gezin Houder", wachtwoord: str | None = None):
    """Another Casustafel process holding the store for writing; yields (process, the id of
    the gezin it made after opening)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOUDER, str(path), naam],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        process.stdin.write(f"{wachtwoord or ''}\n")
        process.stdin.flush()
        line = process.stdout.readline()
        assert line.strip().isdigit(), process.stderr.read()
        yield process, int(line)
    finally:
        process.stdin.close()
        process.wait(timeout=30)


def _names_holder(message: str, process) -> None:
    assert f"proces {process.pid}" in message
    assert f"op {socket.gethostname()}" in message
    assert f"sinds {datetime.now():%d-%m-%Y}" in message


def test_a_second_writer_is_refused_with_the_holder_named(tmp_path, db_path, demo_store):
    (tmp_path / "x.csv").write_text("datum,titel\n12-3-2019,Verhuisd\n", encoding="utf-8")
    with houder(db_path) as (process, _):
        with pytest.raises(InGebruik) as refused:
            Workspace.open(db_path)
        _names_holder(str(refused.value), process)
        for args in (("demo",), ("import-events", "--gezin", demo_store, tmp_path / "x.csv")):
            line = een_regel(casustafel(*args, "--db", db_path))
            assert "in gebruik door Casustafel" in line
            _names_holder(line, process)
    ws = Workspace.open(db_path)
    assert {g.naam for g in ws.read(gezinnen.alle)} == {"Gezin Vermeulen", "Gezin Houder"}
    ws.close()


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_read_only_commands_run_while_another_process_writes(
    tmp_path, db_path, demo_store, wachtwoord
):
    if wachtwoord:
        versleutel(db_path)
    invoer = f"{wachtwoord}\n" if wachtwoord else ""
    with houder(db_path, "Gezin Terwijl", wachtwoord) as (_, made):
        shown = casustafel(
            "publiek", "--db", db_path, "--gezin", made, "--voor", "ouders", invoer=invoer
        )
        assert shown.returncode == 0, shown.stderr
        assert "Gezin Terwijl" in shown.stdout, "the holder's committed edit is seen"
        for args in (
            ("export-timeline", "--gezin", demo_store, "-o", tmp_path / "t.png"),
            ("report", "--gezin", demo_store, "--voor", "ouders", "-o", tmp_path / "v.pdf"),
            ("export-ics", "--gezin", demo_store, "-o", tmp_path / "a.ics"),
        ):
            result = casustafel(*args, "--db", db_path, invoer=invoer)
            assert result.returncode == 0, result.stderr
            assert Path(args[-1]).stat().st_size > 0
        ws = Workspace.open(db_path, wachtwoord, alleen_lezen=True)
        with pytest.raises(InvoerFout, match="alleen te lezen"):
            ws.edit("Nieuw", gezinnen.maak, "Gezin Nee")
        ws.close()


def test_undo_never_overwrites_what_another_program_wrote_into_an_encrypted_store(
    db_path, demo_store
):
    """Casustafel in another process is kept out by the lock (above); a program that ignores
    it, writing with SQLCipher straight into the file, makes undo refuse (test_undo shows
    it for a plain store)."""
    wachtwoord = WACHTWOORD
    versleutel(db_path)
    ws = Workspace.open(db_path, wachtwoord)
    ws.edit("Hernoemen", gezinnen.wijzig, demo_store, naam="Gezin V.")
    other = verbind(db_path, wachtwoord)
    other.execute("UPDATE gezin SET gemeente = 'Delft' WHERE id = ?", (demo_store,))
    other.commit()
    other.close()
    with pytest.raises(InvoerFout, match="ander programma .* niets veranderd"):
        ws.undo()
    gezin = ws.read(gezinnen.haal, demo_store)
    ws.close()
    assert (gezin.naam, gezin.gemeente) == ("Gezin V.", "Delft")


def _laat_houder_achter(path: Path, computer: str) -> dict:
    info = {"programma": "Casustafel", "proces": 4242, "computer": computer,
            "sinds": "2026-03-01T09:15+01:00"}  # fmt: skip
    Path(f"{path}.houder").write_text(json.dumps(info), encoding="utf-8")
    return info


def test_a_holder_gone_from_another_computer_is_taken_over_only_when_asked(
    tmp_path, db_path, demo_store
):
    info = _laat_houder_achter(db_path, "laptop-van-kees")
    before = db_path.read_bytes()
    with pytest.raises(VerlatenSlot) as left:
        Workspace.open(db_path)
    assert left.value.houder == info
    assert str(left.value).startswith(
        "De database was in gebruik door Casustafel (proces 4242 op laptop-van-kees, sinds "
        "01-03-2026 09:15) en is niet netjes afgesloten."
    )
    (tmp_path / "x.csv").write_text("datum,titel\n12-3-2019,Verhuisd\n", encoding="utf-8")
    line = een_regel(
        casustafel("import-events", "--db", db_path, "--gezin", demo_store, tmp_path / "x.csv")
    )
    assert "laptop-van-kees" in line and "niet netjes afgesloten" in line
    assert db_path.read_bytes() == before

    ws = Workspace.open(db_path, overnemen=True)
    ws.edit("Nieuw", gezinnen.maak, "Gezin Overgenomen")
    now_held = json.loads(Path(f"{db_path}.houder").read_text(encoding="utf-8"))
    ws.close()
    assert (now_held["proces"], now_held["computer"]) == (os.getpid(), socket.gethostname())
    assert not Path(f"{db_path}.houder").exists(), "a clean close leaves no holder behind"


def test_a_holder_gone_from_this_computer_is_taken_over_and_checked_fully(db_path, demo_store):
    """Its process is gone (the OS let go of the lock), so no question; but it did not close
    cleanly, so the whole file is checked: damage that only integrity_check sees refuses it."""
    _laat_houder_achter(db_path, socket.gethostname())
    ws = Workspace.open(db_path)
    assert ws.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
    ws.close()

    _index_that_lies(db_path)
    ws = Workspace.open(db_path)  # after a clean close quick_check suffices, which misses it
    ws.close()
    _laat_houder_achter(db_path, socket.gethostname())
    before = db_path.read_bytes()
    with pytest.raises(Beschadigd, match="is beschadigd"):
        Workspace.open(db_path)
    assert db_path.read_bytes() == before


def _index_that_lies(path: Path) -> None:
    """Rewrite an index's definition so its entries no longer match the table: only
    integrity_check compares the two."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_gebeurtenis_gezin_id ON gebeurtenis "
        "(categorie_id)' WHERE name = 'ix_gebeurtenis_gezin_id'"
    )
    connection.commit()
    connection.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    connection.close()


def test_the_window_asks_before_taking_over(qtbot, db_path, demo_store):
    _laat_houder_achter(db_path, "laptop-van-kees")
    asked = []

    def answer(button):
        def handle(box):
            asked.append(box.text())
            box.button(button).click()

        return handle

    window = MainWindow()
    qtbot.addWidget(window)
    when_dialog_opens(answer(QMessageBox.StandardButton.No), kind=QMessageBox)
    assert not window.open_store(db_path)
    assert window.werkblad is None
    when_dialog_opens(answer(QMessageBox.StandardButton.Yes), kind=QMessageBox)
    assert window.open_store(db_path)
    assert window.werkblad.workspace.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
    assert all("laptop-van-kees" in text and "Overnemen?" in text for text in asked)
    assert len(asked) == 2
    window.close()


# --- stores that cannot be opened as asked --------------------------------------------------


def test_a_folder_as_the_store_gets_a_dutch_line(qtbot, tmp_path):
    folder = tmp_path / "casustafel.sqlite"
    folder.mkdir()
    for args in (("demo",), ("publiek", "--gezin", "1", "--voor", "ouders")):
        line = een_regel(casustafel(*args, "--db", folder))
        assert "is een map, geen database" in line
    with pytest.raises(OpslagFout, match="is een map"):
        Workspace.open(folder)

    told = []
    window = MainWindow()
    qtbot.addWidget(window)
    when_dialog_opens(
        lambda box: (told.append(box.text()), box.reject()),  # no restore: look only
        kind=QMessageBox,
    )
    assert not window.open_store(folder)
    assert len(told) == 1 and "is een map, geen database" in told[0]
    assert list(folder.iterdir()) == []


@contextmanager
def alleen_lezen(path: Path):
    """Make a folder or file read-only for this process. Root ignores modes, so as root the
    immutable flag does it (chattr +i)."""
    if not ALS_ROOT:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None:
        pytest.skip("as root only an immutable flag makes a file read-only, and chattr is absent")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("as root only an immutable flag makes a file read-only; not on this disk")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_a_read_only_folder_opens_read_only_and_exports(
    tmp_path, tmp_path_factory, db_path, demo_store, wachtwoord
):
    if wachtwoord:
        versleutel(db_path)
    invoer = f"{wachtwoord}\n" if wachtwoord else ""
    out = tmp_path_factory.mktemp("uit")
    (out / "x.csv").write_text("datum,titel\n12-3-2019,Verhuisd\n", encoding="utf-8")
    before = map_inhoud(tmp_path)
    with alleen_lezen(tmp_path):
        exported = casustafel(
            "export-timeline", "--db", db_path, "--gezin", demo_store, "-o", out / "t.pdf",
            invoer=invoer,
        )  # fmt: skip
        shown = casustafel(
            "publiek", "--db", db_path, "--gezin", demo_store, "--voor", "ouders", invoer=invoer
        )
        imported = casustafel(
            "import-events", "--db", db_path, "--gezin", demo_store, out / "x.csv", invoer=invoer
        )
        ws = Workspace.open(db_path, wachtwoord)
        reason = ws.alleen_lezen
        with pytest.raises(InvoerFout, match="alleen te lezen"):
            ws.edit("Nieuw", gezinnen.maak, "Gezin Nee")
        ws.close()
    assert exported.returncode == 0, exported.stderr
    assert (out / "t.pdf").read_bytes().startswith(b"%PDF")
    assert shown.returncode == 0 and "Gezin Vermeulen" in shown.stdout, shown.stderr
    assert "alleen te lezen (de map is alleen-lezen)" in een_regel(imported)
    assert reason == "de map is alleen-lezen"
    assert map_inhoud(tmp_path) == before


def test_a_read_only_folder_shows_a_banner_in_the_window(
    qtbot, monkeypatch, tmp_path, db_path, demo_store
):
    def refused(_parent, _title, text):
        raise AssertionError(f"not opened: {text}")

    monkeypatch.setattr(openen.QMessageBox, "critical", refused)
    window = MainWindow()
    qtbot.addWidget(window)
    with alleen_lezen(tmp_path):
        assert window.open_store(db_path)
        banner = window.findChild(QLabel, "alleenLezen")
        assert banner is not None
        assert banner.text().startswith("Alleen lezen: de map is alleen-lezen.")
        assert "niets wijzigen" in banner.text()
        assert window.werkblad.workspace.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
        window.close()


def test_a_writable_store_shows_no_banner(qtbot, db_path, demo_store):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    assert window.findChild(QLabel, "alleenLezen") is None
    window.close()


def test_a_read_only_file_refuses_an_import_in_one_dutch_line(tmp_path, db_path, demo_store):
    csv = tmp_path / "x.csv"
    csv.write_text("datum,titel\n12-3-2019,Verhuisd\n", encoding="utf-8")
    before = db_path.read_bytes()
    with alleen_lezen(db_path):
        result = casustafel("import-events", "--db", db_path, "--gezin", demo_store, csv)
        exported = casustafel(
            "export-timeline", "--db", db_path, "--gezin", demo_store, "-o", tmp_path / "t.png"
        )
    line = een_regel(result)
    assert line == (
        "casustafel: Deze database is alleen te lezen (het bestand is alleen-lezen); er is niets "
        "gewijzigd."
    )
    for sql in ("INSERT", "UPDATE", "SQL", "parameters", "sqlite"):
        assert sql not in result.stderr
    assert exported.returncode == 0, exported.stderr
    assert db_path.read_bytes() == before


# --- migrations and versions ----------------------------------------------------------------


def test_a_read_only_file_left_in_the_backups_does_not_block_a_migration(db_path, monkeypatch):
    klok = datetime(2026, 3, 4, 9, 0)
    monkeypatch.setattr(reserve, "klok", lambda: klok)
    _oude_store(db_path, "Gezin Oud")
    folder = reserve.map_van(db_path)
    folder.mkdir(mode=0o700)
    left = folder / f"{db_path.stem}.{klok.strftime('%Y%m%d-%H%M%S')}.bijwerken{db_path.suffix}"
    left.write_bytes(b"half")
    left.chmod(0o444)
    ws = Workspace.open(db_path)
    assert [g.naam for g in ws.read(gezinnen.alle)] == ["Gezin Oud"]
    ws.close()
    assert current_revision(db_path) == head_revision()
    made = [k for k in reserve.lijst(db_path, None) if k.pad != left]
    assert made and made[0].reden == "bijwerken", "the backup of the store before migrating"
    assert _mode(made[0].pad) == 0o600


def _nieuwer(path: Path, wachtwoord: str | None = None) -> None:
    """What Casustafel 9.1.0 would leave: a revision we do not know, its version stamped."""
    connection = verbind(path, wachtwoord)
    connection.execute("UPDATE alembic_version SET version_num = '0042_toekomst'")
    connection.execute(f"PRAGMA user_version = {9_001_000}")
    connection.commit()
    connection.close()


NIEUWER = (
    "Deze database is gemaakt met een nieuwere versie van Casustafel (9.1.0); werk Casustafel "
    "bij. Er is niets aan veranderd."
)


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_a_store_from_a_newer_version_is_refused_and_nothing_is_written(
    tmp_path, db_path, demo_store, wachtwoord
):
    if wachtwoord:
        versleutel(db_path)
    _nieuwer(db_path, wachtwoord)
    Path(f"{db_path}.lock").unlink()  # as it arrives from elsewhere: the store alone
    before = map_inhoud(tmp_path)
    assert list(before) == [db_path.name]
    invoer = f"{wachtwoord}\n" if wachtwoord else ""
    for args in (
        ("demo",),
        ("publiek", "--gezin", demo_store, "--voor", "ouders"),
        ("export-ics", "--gezin", demo_store, "-o", tmp_path / "a.ics"),
    ):
        assert een_regel(casustafel(*args, "--db", db_path, invoer=invoer)) == (
            f"casustafel: {NIEUWER}"
        )
    for alleen in (False, True):
        with pytest.raises(NieuwereVersie) as refused:
            Workspace.open(db_path, wachtwoord, alleen_lezen=alleen)
        assert str(refused.value) == NIEUWER
    assert map_inhoud(tmp_path) == before, "no .bak, no lock, no log: the folder is as it was"


def test_leftovers_of_a_killed_migration_or_conversion_are_removed(tmp_path, db_path, demo_store):
    leftovers = [
        ".migreren", ".migreren-journal", ".migreren-wal", ".migreren-shm",
        ".omzetten", ".omzetten-journal", ".pre-0005.bak.omzetten",
    ]  # fmt: skip
    for suffix in leftovers:
        Path(f"{db_path}{suffix}").write_bytes(os.urandom(4096))
    ws = Workspace.open(db_path)
    assert ws.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
    ws.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        db_path.name, f"{db_path.name}.lock", reserve.MAP,
    ]  # fmt: skip
    assert all(".omzetten" not in p.name for p in reserve.map_van(db_path).iterdir())


def _halve_transactie(path: Path, wachtwoord: str | None = None) -> None:
    """Leave `path` as a kill in the middle of a transaction in rollback-journal mode does:
    some pages of the file written, and the hot journal that puts them back beside it."""
    journal = Path(f"{path}-journal")
    connection = verbind(path, wachtwoord)
    connection.isolation_level = None
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("CREATE TABLE half_klaar (x)")
    connection.executemany("INSERT INTO half_klaar VALUES (?)", [(os.urandom(900),)] * 100)
    connection.execute("PRAGMA cache_size = 2")  # pages spill: the journal is synced, hot
    connection.execute("BEGIN")
    connection.execute("UPDATE half_klaar SET x = randomblob(950)")
    connection.execute("UPDATE gezin SET naam = 'half'")
    hot, half = journal.read_bytes(), path.read_bytes()
    connection.execute("ROLLBACK")
    connection.close()
    assert half != path.read_bytes(), "the file was written to"
    path.write_bytes(half)
    journal.write_bytes(hot)


def test_a_half_migration_with_its_hot_journal_is_cleaned_up_and_done_again(db_path):
    """What a kill in the middle of a migration leaves: the work copy, partly changed, and
    its hot journal. Rolled back into a fresh copy of the store, that journal would write
    pages of another file into it ("malformed database schema"); the store itself is still
    the old one, and the next start migrates it."""
    _oude_store(db_path, "Gezin Oud")
    work = Path(f"{db_path}.migreren")
    shutil.copyfile(db_path, work)
    _halve_transactie(work)

    ws = Workspace.open(db_path)
    assert [g.naam for g in ws.read(gezinnen.alle)] == ["Gezin Oud"]
    ws.close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == [
        db_path.name, f"{db_path.name}.lock", reserve.MAP,
    ]  # fmt: skip
    assert [k.reden for k in reserve.lijst(db_path, None)] == ["bijwerken"]
    assert current_revision(db_path) == head_revision()
    assert sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_a_store_killed_mid_transaction_in_journal_mode_is_rolled_back_on_the_next_start(
    db_path, demo_store, wachtwoord
):
    """A store not (yet) in WAL mode, such as one an older Casustafel or a migration left,
    killed in a transaction: its hot journal is rolled back by the next writer's start. A
    read-only command may not write, so it says what to do."""
    if wachtwoord:
        versleutel(db_path)
    _halve_transactie(db_path, wachtwoord)
    invoer = f"{wachtwoord}\n" if wachtwoord else ""
    line = een_regel(
        casustafel(
            "publiek", "--db", db_path, "--gezin", demo_store, "--voor", "ouders", invoer=invoer
        )
    )
    assert "niet netjes afgesloten" in line and "met schrijfrechten" in line
    ws = Workspace.open(db_path, wachtwoord)
    assert ws.read(gezinnen.haal, demo_store).naam == "Gezin Vermeulen"
    ws.close()
    assert not Path(f"{db_path}-journal").exists()
    assert rijen(db_path, wachtwoord)["half_klaar"], "rolled back to before the transaction"


# --- damage ---------------------------------------------------------------------------------


def _pagina(path: Path, table: str) -> tuple[int, int]:
    """A page in the middle of the file that belongs to a table (its number, the size)."""
    connection = sqlite3.connect(path)
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
    page = root.fetchone()[0]
    connection.close()
    return page, size


def _beschadig(path: Path, offset: int, count: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(bytes((0xA5,)) * count)


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_a_damaged_store_is_refused_and_never_edited(
    qtbot, tmp_path, db_path, demo_store, wachtwoord
):
    page, size = _pagina(db_path, "gebeurtenis")
    if wachtwoord:
        versleutel(db_path)
        # Every page carries a MAC: damage anywhere in it is seen.
        page = db_path.stat().st_size // size // 2
        _beschadig(db_path, (page - 1) * size + size // 2 - 32, 64)
    else:
        # A plain page has no checksum: damage to its payload goes unseen (SQLite cannot tell
        # garbled text from text). A damaged sector over its header and cell pointers is seen.
        _beschadig(db_path, (page - 1) * size, 512)
    Path(f"{db_path}.lock").unlink()
    before = map_inhoud(tmp_path)

    with pytest.raises(Beschadigd, match="is beschadigd.*Er is niets in gewijzigd"):
        Workspace.open(db_path, wachtwoord)
    invoer = f"{wachtwoord}\n" if wachtwoord else ""
    for args in (("demo",), ("publiek", "--gezin", demo_store, "--voor", "ouders")):
        assert "is beschadigd" in een_regel(casustafel(*args, "--db", db_path, invoer=invoer))

    told = []
    window = MainWindow()
    qtbot.addWidget(window)
    if wachtwoord:
        when_dialog_opens(
            lambda dialog: dialog.setTextValue(wachtwoord) or dialog.accept(), kind=QInputDialog
        )
    when_dialog_opens(
        lambda box: (told.append(box.text()), box.reject()),  # not restored: looked at only
        kind=QMessageBox,
    )
    assert not window.open_store(db_path)
    assert told and "is beschadigd" in told[0]
    assert db_path.read_bytes() == before[db_path.name], "never edited"


def test_damage_to_the_schema_of_an_encrypted_store_is_no_wrong_passphrase(db_path, demo_store):
    """The passphrase is proven by the first page alone: a later page of the schema that
    does not decrypt is damage, not a wrong passphrase the user would try again and again."""
    versleutel(db_path)
    size = 4096  # SQLCipher's page
    pristine = db_path.read_bytes()

    def schema_leest(first: int, last: int) -> bool:
        """Whether the schema still reads with pages first..last damaged."""
        for page in range(first, last + 1):
            _beschadig(db_path, (page - 1) * size + size // 2 - 32, 64)
        try:
            verbinding = sqlcipher3.connect(str(db_path))
            verbinding.execute("PRAGMA cipher_log_level = NONE")
            verbinding.execute(f"PRAGMA key = '{WACHTWOORD}'")
            verbinding.execute("SELECT count(*) FROM sqlite_master").fetchone()
            verbinding.close()
            return True
        except sqlcipher3.DatabaseError:
            return False
        finally:
            db_path.write_bytes(pristine)

    first, last = 2, len(pristine) // size  # halve until one page of the schema is left
    assert not schema_leest(first, last)
    while first < last:
        middle = (first + last) // 2
        first, last = (first, middle) if not schema_leest(first, middle) else (middle + 1, last)
    _beschadig(db_path, (first - 1) * size + size // 2 - 32, 64)
    damaged = db_path.read_bytes()
    with pytest.raises(Beschadigd, match="is beschadigd"):
        Workspace.open(db_path, WACHTWOORD)
    with pytest.raises(VerkeerdWachtwoord):
        Workspace.open(db_path, ANDER)
    assert db_path.read_bytes() == damaged
