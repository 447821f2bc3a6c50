"""Backups (reservekopieën): made on the first open of a day and before a migration, rotated,
encrypted exactly when the store is, offered for a damaged store, and put back."""

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import gezinnen
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.store import reserve
from desktop_app.store.fouten import Beschadigd
from desktop_app.store.verbinding import verbind
from tests.ui_helpers import when_dialog_opens

WACHTWOORD = "paarse olifant fietst naar Zwolle"
# Written into an encrypted store: none may be readable in any file beside it.
GEPLANT = ("Gezin Zwaluwstaart", "Oudewater", "Opvangadres Lindelaan 7", "Geheime notitie")


@pytest.fixture
def klok(monkeypatch):
    """Set the moment backups are made at: `klok(datetime)`."""

    def zet(moment: datetime) -> None:
        monkeypatch.setattr(reserve, "klok", lambda: moment)

    zet(datetime(2025, 3, 4, 9, 0))
    return zet


def _open_en_sluit(db_path, wachtwoord=None, naam=None):
    ws = Workspace.open(db_path, wachtwoord)
    if naam:
        ws.edit("Nieuw gezin", gezinnen.maak, naam)
    ws.close()


def _namen(path, wachtwoord=None) -> list[str]:
    connection = verbind(path, wachtwoord, alleen_lezen=True)
    try:
        return [row[0] for row in connection.execute("SELECT naam FROM gezin ORDER BY id")]
    finally:
        connection.close()


def _beschadig(path) -> None:
    """Overwrite the start of a page in the middle of the file."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle : middle + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_the_first_open_of_a_day_makes_a_private_backup_and_later_opens_do_not(db_path, klok):
    _open_en_sluit(db_path, naam="Gezin Aydin")  # a new store: nothing to back up yet
    assert reserve.lijst(db_path, None) == []

    klok(datetime(2025, 3, 4, 9, 0))
    _open_en_sluit(db_path)
    klok(datetime(2025, 3, 4, 15, 30))
    _open_en_sluit(db_path, naam="Gezin Bakker")
    [kopie] = reserve.lijst(db_path, None)
    assert (kopie.moment, kopie.reden, kopie.opent) == (datetime(2025, 3, 4, 9), "start", True)
    assert kopie.pad.name.startswith("casustafel.") and "20250304-090000" in kopie.pad.name
    assert kopie.grootte == kopie.pad.stat().st_size > 0
    assert _namen(kopie.pad) == ["Gezin Aydin"]

    klok(datetime(2025, 3, 5, 8, 0))
    _open_en_sluit(db_path)
    newest = reserve.lijst(db_path, None)[0]
    assert newest.moment.date() == date(2025, 3, 5)
    assert _namen(newest.pad) == ["Gezin Aydin", "Gezin Bakker"]
    if os.name == "posix":
        folder = db_path.parent / "reservekopieen"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert {stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == {0o600}
        assert len(list(folder.iterdir())) == 2, "no journal or half-made copy left"


def test_sixty_days_of_opening_keep_seven_days_and_four_weeks_before_them(db_path, klok):
    _open_en_sluit(db_path, naam="Gezin Aydin")
    first = date(2025, 1, 1)  # a Wednesday
    for day in range(60):
        klok(datetime.combine(first + timedelta(days=day), datetime.min.time()).replace(hour=9))
        _open_en_sluit(db_path)
    kept = [k.moment.date() for k in reserve.lijst(db_path, None)]
    last_seven = [date(2025, 3, 1) - timedelta(days=n) for n in range(7)]  # Sat 1 .. Sun 23 Feb
    sundays_before = [date(2025, 2, 16), date(2025, 2, 9), date(2025, 2, 2), date(2025, 1, 26)]
    assert kept == last_seven + sundays_before


def test_rotation_counts_days_that_have_a_backup_not_calendar_days(db_path, klok):
    _open_en_sluit(db_path, naam="Gezin Aydin")
    opened = [date(2025, 3, 3) + timedelta(days=n) for n in range(0, 40, 3)]  # every third day
    for day in opened:
        klok(datetime.combine(day, datetime.min.time()).replace(hour=9))
        _open_en_sluit(db_path)
    kept = [k.moment.date() for k in reserve.lijst(db_path, None)]
    assert kept[:7] == opened[::-1][:7]  # the last seven openings, back to Monday 24 March
    # The weeks before held openings in three of them; the newest of each stays.
    assert kept[7:] == [date(2025, 3, 21), date(2025, 3, 15), date(2025, 3, 9)]


def _versleuteld_met_geheimen(db_path):
    ws = Workspace.open(db_path)
    ws.zet_wachtwoord(WACHTWOORD)
    gezin = ws.edit("Nieuw gezin", gezinnen.maak, GEPLANT[0], GEPLANT[1])
    ws.edit("Toevoegen", gebeurtenissen.voeg_toe, gezin.id, GEPLANT[2], "mrt 2024")
    ws.edit("Toevoegen", gebeurtenissen.voeg_toe, gezin.id, GEPLANT[3], "apr 2024")
    return ws


def _leesbaar(folder) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            found += [f"{path.name}: {s}" for s in GEPLANT if s.encode() in raw]
            found += [f"{path.name}: {s} (utf-16)" for s in GEPLANT if s.encode("utf-16-le") in raw]
    return found


def test_the_backups_of_an_encrypted_store_are_encrypted(db_path, klok):
    ws = _versleuteld_met_geheimen(db_path)
    open_copy = reserve.maak(db_path, WACHTWOORD, "start")  # while open: the log is in it
    ws.close()
    klok(datetime(2025, 3, 5, 9, 0))
    _open_en_sluit(db_path, WACHTWOORD)

    kopieen = reserve.lijst(db_path, WACHTWOORD)
    assert len(kopieen) == 2 and all(k.opent for k in kopieen)
    assert _leesbaar(db_path.parent) == []
    for kopie in kopieen:
        assert _namen(kopie.pad, WACHTWOORD) == [GEPLANT[0]]
        assert not reserve.opent(kopie.pad, None)
        assert not reserve.opent(kopie.pad, "een ander wachtwoord")
    assert open_copy in [k.pad for k in kopieen]


def test_backups_follow_a_changed_passphrase_and_switching_encryption(db_path, klok):
    """Plain backups of a store that is then encrypted would leave the data readable."""
    ws = Workspace.open(db_path)
    gezin = ws.edit("Nieuw gezin", gezinnen.maak, GEPLANT[0], GEPLANT[1])
    ws.edit("Toevoegen", gebeurtenissen.voeg_toe, gezin.id, GEPLANT[2], "mrt 2024")
    reserve.maak(db_path, None, "start")
    assert _leesbaar(db_path.parent / "reservekopieen") != [], "the check sees plain text"

    ws.zet_wachtwoord(WACHTWOORD)
    assert _leesbaar(db_path.parent) == []
    [kopie] = reserve.lijst(db_path, WACHTWOORD)
    assert kopie.opent and _namen(kopie.pad, WACHTWOORD) == [GEPLANT[0]]

    ws.zet_wachtwoord("een nieuw en lang wachtwoord")
    assert not reserve.opent(kopie.pad, WACHTWOORD)
    assert reserve.opent(kopie.pad, "een nieuw en lang wachtwoord")

    ws.zet_wachtwoord(None)
    ws.close()
    assert reserve.opent(kopie.pad, None) and _namen(kopie.pad) == [GEPLANT[0]]


def test_restoring_brings_back_the_old_data_and_keeps_the_current_as_a_backup(db_path, klok):
    _open_en_sluit(db_path, naam="Gezin Aydin")
    _open_en_sluit(db_path)  # the day's backup: only Aydin
    [ochtend] = reserve.lijst(db_path, None)
    ws = Workspace.open(db_path)
    ws.edit("Nieuw gezin", gezinnen.maak, "Gezin Bakker")
    ws.close()

    klok(datetime(2025, 3, 4, 16, 0))
    bewaard = reserve.herstel(db_path, ochtend.pad, None)

    assert _namen(db_path) == ["Gezin Aydin"]
    assert not any(db_path.parent.glob("casustafel.sqlite-*")), "no old log beside the store"
    kopieen = reserve.lijst(db_path, None)
    assert [k.reden for k in kopieen] == ["terugzetten", "start"]
    assert kopieen[0].pad == bewaard and _namen(bewaard) == ["Gezin Aydin", "Gezin Bakker"]
    ws = Workspace.open(db_path)  # and it is a working store
    assert [g.naam for g in ws.read(gezinnen.alle)] == ["Gezin Aydin"]
    ws.close()


def _twee_dagen_reservekopieen(db_path, klok, wachtwoord):
    ws = Workspace.open(db_path)
    if wachtwoord:
        ws.zet_wachtwoord(wachtwoord)
    ws.edit("Demo", maak_demo)
    ws.close()
    klok(datetime(2025, 3, 3, 9, 0))
    _open_en_sluit(db_path, wachtwoord, naam="Gezin Maandag")
    klok(datetime(2025, 3, 4, 9, 0))
    _open_en_sluit(db_path, wachtwoord, naam="Gezin Dinsdag")


@pytest.mark.parametrize("wachtwoord", [None, WACHTWOORD], ids=["plain", "encrypted"])
def test_a_damaged_store_is_refused_untouched_naming_the_newest_good_backup(
    db_path, klok, wachtwoord
):
    _twee_dagen_reservekopieen(db_path, klok, wachtwoord)
    _beschadig(db_path)
    damaged = db_path.read_bytes()
    kopieen = sorted((db_path.parent / "reservekopieen").iterdir())
    klok(datetime(2025, 3, 5, 9, 0))

    with pytest.raises(Beschadigd) as refused:
        Workspace.open(db_path, wachtwoord)

    message = str(refused.value)
    assert "beschadigd" in message and "Er is niets in gewijzigd" in message
    assert "De nieuwste goede reservekopie is van 04-03-2025 09:00" in message
    assert refused.value.reserve == reserve.lijst(db_path, wachtwoord)[0].pad
    assert db_path.read_bytes() == damaged
    assert sorted((db_path.parent / "reservekopieen").iterdir()) == kopieen, "none made"


def test_without_a_good_backup_the_message_says_so(db_path):
    ws = Workspace.open(db_path)
    ws.edit("Demo", maak_demo)
    ws.close()
    _beschadig(db_path)
    with pytest.raises(Beschadigd, match="Er is geen goede reservekopie") as refused:
        Workspace.open(db_path)
    assert refused.value.reserve is None


def test_at_start_a_damaged_store_is_replaced_by_the_offered_backup(qtbot, db_path, klok):
    from desktop_app.ui.main_window import MainWindow

    _twee_dagen_reservekopieen(db_path, klok, None)
    _beschadig(db_path)
    damaged = db_path.read_bytes()
    klok(datetime(2025, 3, 5, 9, 0))
    window = MainWindow()
    qtbot.addWidget(window)
    offered = []

    def accept_offer(box):
        offered.append(box.text())
        [button] = [b for b in box.buttons() if b.text().startswith("Nieuwste goede")]
        button.click()

    when_dialog_opens(accept_offer, kind=QMessageBox)
    assert window.open_store(db_path)

    assert "04-03-2025 09:00" in offered[0]
    names = [g.naam for g in window.werkblad.workspace.read(gezinnen.alle)]
    assert "Gezin Maandag" in names and "Gezin Dinsdag" not in names
    [kept] = [k for k in reserve.lijst(db_path, None) if k.reden == "beschadigd"]
    assert kept.pad.read_bytes() == damaged and not kept.opent
    window.close()


def test_at_start_declining_the_offer_leaves_the_damaged_store(qtbot, db_path, klok):
    from desktop_app.ui.main_window import MainWindow

    _twee_dagen_reservekopieen(db_path, klok, None)
    _beschadig(db_path)
    damaged = db_path.read_bytes()
    window = MainWindow()
    qtbot.addWidget(window)
    when_dialog_opens(lambda box: box.reject(), kind=QMessageBox)
    assert not window.open_store(db_path)
    assert db_path.read_bytes() == damaged


def test_herstellen_from_the_menu_restores_and_reopens(qtbot, db_path, klok):
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.opslag.herstellen import HerstellenDialog

    _twee_dagen_reservekopieen(db_path, klok, None)
    klok(datetime(2025, 3, 4, 14, 0))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    window.werkblad.workspace.edit("Nieuw gezin", gezinnen.maak, "Gezin Middag")
    shown, confirmed = [], []

    def choose_monday(dialog: HerstellenDialog):
        model = dialog.model
        shown.append([model.data(model.index(r, 0)) for r in range(model.rowCount())])
        dialog.tabel.selectRow(1)
        when_dialog_opens(
            lambda box: (
                confirmed.append(box.text()),
                next(b for b in box.buttons() if b.text() == "Terugzetten").click(),
            ),
            kind=QMessageBox,
        )
        dialog.terugzetten_knop.click()

    when_dialog_opens(choose_monday, kind=HerstellenDialog)
    [action] = [
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.text() == "Reservekopie terugzetten…"
    ]
    action.trigger()

    assert shown == [["di 4 maart 2025, 09:00", "ma 3 maart 2025, 09:00"]]
    assert "ma 3 maart 2025, 09:00" in confirmed[0]
    assert "De huidige toestand wordt eerst als reservekopie bewaard" in confirmed[0]
    names = [g.naam for g in window.werkblad.workspace.read(gezinnen.alle)]
    assert "Gezin Maandag" not in names, "Monday's backup was made before that edit"
    assert "Gezin Middag" not in names
    bewaard = reserve.lijst(db_path, None)[0]
    assert bewaard.reden == "terugzetten" and "Gezin Middag" in _namen(bewaard.pad)
    assert window.statusBar().currentMessage().startswith("Teruggezet: de reservekopie van ma")
    assert [a.text() for a in window.menuBar().actions()].count("&Bestand") == 1
    window.werkblad.workspace.edit("Nieuw gezin", gezinnen.maak, "Gezin Daarna")  # writable
    window.close()


def test_a_failed_migration_leaves_the_store_and_keeps_a_backup(db_path, klok, tmp_path):
    import shutil

    from desktop_app.store.migrations import MigratieFout, ensure_current, head_revision
    from desktop_app.store.project_dirs import MIGRATIONS_DIR

    _open_en_sluit(db_path, naam="Gezin Bakker")
    scripts = tmp_path / "db"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_broken.py").write_text(
        f'revision = "9999"\ndown_revision = "{head_revision()}"\n'
        "from alembic import op\n"
        "def upgrade():\n    op.execute(\"UPDATE gezin SET naam = 'kapot'\")\n"
        '    op.execute("THIS IS NOT SQL")\n',
        encoding="utf-8",
    )
    original = db_path.read_bytes()
    with pytest.raises(MigratieFout):
        ensure_current(db_path, script_dir=scripts)
    assert db_path.read_bytes() == original
    [kopie] = reserve.lijst(db_path, None)
    assert kopie.reden == "bijwerken" and _namen(kopie.pad) == ["Gezin Bakker"]
    assert sqlite3.connect(db_path).execute("SELECT naam FROM gezin").fetchall() == [
        ("Gezin Bakker",)
    ]


@pytest.mark.parametrize("wachtwoord", [None, "paarse olifant danst 's nachts"])
def test_a_gezin_erased_from_the_backups_leaves_no_trace_in_them(db_path, klok, wachtwoord):
    workspace = Workspace.open(db_path, wachtwoord)
    gone = workspace.edit("Demo", maak_demo)
    kept = workspace.edit("Ander gezin", gezinnen.maak, "Gezin Bakker")
    workspace.edit("Geheim", gebeurtenissen.voeg_toe, gone, "Zwaluwstraat-geheim 77", "2019")
    workspace.close()
    for day in (2, 3):  # one backup a day: two that hold the gezin
        klok(datetime(2025, 3, day, 9, 0))
        _open_en_sluit(db_path, wachtwoord)
    copies = reserve.lijst(db_path, wachtwoord)
    assert len(copies) >= 2

    assert reserve.wis_gezin(db_path, wachtwoord, gone) == len(copies)
    for kopie in reserve.lijst(db_path, wachtwoord):
        assert _namen(kopie.pad, wachtwoord) == ["Gezin Bakker"], "the other gezin stays"
        rows = verbind(kopie.pad, wachtwoord).execute(
            "SELECT count(*) FROM gebeurtenis WHERE gezin_id = ?", (gone,)
        )
        assert rows.fetchone()[0] == 0
        for suffix in ("", "-wal"):
            raw = Path(f"{kopie.pad}{suffix}")
            assert not raw.exists() or b"Zwaluwstraat-geheim" not in raw.read_bytes()
    assert kept
