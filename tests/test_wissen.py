"""Erasing a gezin for good: every row of it leaves the store and no byte of its text stays in
the files, outside undo, after its name is typed; one line says it was erased."""

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import SQLModel, select

from desktop_app.model import Gezin, Weging, WegingWijziging
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import gezinnen, gezinsleden, wissen
from desktop_app.services.gezin.wissen import gewist, wis_definitief
from desktop_app.services.opslag import logboek
from desktop_app.services.publiek import projectie
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.store import reserve
from desktop_app.ui.gezin.wissen_dialog import WisDialog
from tests.ui_helpers import when_dialog_opens

ERASED = ("Zwaluwstaart", "Kerkstraat 17 Hoorn", "Quirijn Brommelkamp")  # planted in gezin A
KEPT = "Ooievaarsnest"  # planted in gezin B


def _counts(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as connection:
        return {
            table: connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar_one()
            for table in SQLModel.metadata.tables
        }


def _plant(ws: Workspace, gezin_id: int, *texts: str) -> None:
    """The texts in rows of the gezin: a confidential item, a member's name, a weging's
    history (the demo has none)."""

    def plant(session):
        for text in texts:
            gebeurtenissen.voeg_toe(
                session, gezin_id, f"Opvang {text}", "mrt 2019", zichtbaarheid="vertrouwelijk"
            )
        lid = gezinsleden.van_gezin(session, gezin_id)[0]
        gezinsleden.wijzig(session, lid.id, naam=texts[-1])
        weging = session.exec(select(Weging).where(Weging.gezin_id == gezin_id)).first()
        session.add(WegingWijziging(weging_id=weging.id, veld="voorstel", oud=texts[0]))

    ws.edit("Planten", plant)


def _two_gezinnen(ws: Workspace) -> tuple[int, int]:
    """Two full gezinnen alike: the demo twice (the first one no longer marked demo)."""
    a = ws.edit("Demo", maak_demo)
    ws.edit("Geen demo meer", lambda s: setattr(s.get(Gezin, a), "demo", False))
    ws.edit("Hernoemen", gezinnen.wijzig, a, naam="Gezin A")
    b = ws.edit("Demo", maak_demo)
    _plant(ws, a, *ERASED)
    _plant(ws, b, KEPT)
    return a, b


def _pages(ws: Workspace) -> int:
    """How many pages the store has; freed ones count until VACUUM gives them back."""
    with ws.engine.connect() as connection:
        return connection.exec_driver_sql("PRAGMA page_count").scalar_one()


def _bytes_beside(db_path) -> bytes:
    """Every file the store keeps in its folder, the -wal and the logboek included."""
    return b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.is_file())


def test_every_row_of_the_gezin_goes_and_the_other_gezin_stays_whole(db_path, tmp_path):
    one = Workspace.open(tmp_path / "een.sqlite")  # what one gezin of this data fills
    _plant(one, one.edit("Demo", maak_demo), KEPT)
    alone = _counts(one)
    one.close()
    ws = Workspace.open(db_path)
    a, b = _two_gezinnen(ws)
    before = _counts(ws)
    shown = projectie.als_json(ws.read(projectie.projectie, b, Publiek.PROFESSIONALS, "laatste"))
    of_a = {t for t in before if before[t] > alone[t]}
    assert of_a == set(before) - {"categorie", "bouwsteen_item", "gewist"}, (
        "gezin A has rows in every table of a gezin, to see them go"
    )

    wis_definitief(ws, a)

    assert _counts(ws) == {**alone, "gewist": 1}
    assert [g.id for g in ws.read(gezinnen.alle)] == [b]
    kept = projectie.als_json(ws.read(projectie.projectie, b, Publiek.PROFESSIONALS, "laatste"))
    assert kept == shown
    ws.close()


@pytest.mark.parametrize("where", ["-wal", "bestand"])
def test_no_byte_of_the_erased_gezins_text_stays_in_the_files(db_path, where):
    """secure_delete zeroes the freed pages, VACUUM rewrites the file and the checkpoint empties
    the -wal: whether the text was still in the -wal or already in the file itself."""
    ws = Workspace.open(db_path)
    a, _b = _two_gezinnen(ws)
    if where == "bestand":  # closing moves the -wal into the file
        ws.close()
        ws = Workspace.open(db_path)
        assert not db_path.with_name(f"{db_path.name}-wal").stat().st_size
    files = _bytes_beside(db_path)
    assert all(text.encode() in files for text in (*ERASED, KEPT)), "planted where we look"
    size = _pages(ws)

    wis_definitief(ws, a)

    assert _pages(ws) < size, "compacted: the erased gezin's pages are not kept free"
    files = _bytes_beside(db_path)
    assert [text for text in ERASED if text.encode() in files] == []
    assert KEPT.encode() in files
    ws.close()
    assert [text for text in ERASED if text.encode() in _bytes_beside(db_path)] == []


def test_a_reader_of_another_program_delays_emptying_the_wal_and_is_told(db_path):
    ws = Workspace.open(db_path)
    a, _b = _two_gezinnen(ws)
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM gebeurtenis").fetchone()  # holds its snapshot

    uitkomst = wis_definitief(ws, a)

    assert "een ander programma leest de database nog" in uitkomst.niet_opgeschoond
    assert [g.naam for g in ws.read(gezinnen.alle)] == ["Gezin Vermeulen"]
    reader.close()
    ws.close()
    assert [text for text in ERASED if text.encode() in _bytes_beside(db_path)] == []


def test_an_erase_cannot_be_undone_and_takes_the_undo_history_with_it(workspace):
    a, b = _two_gezinnen(workspace)
    workspace.edit("Hernoemen", gezinnen.wijzig, b, naam="Gezin B")
    workspace.undo()
    assert workspace.undo_label and workspace.redo_label

    wis_definitief(workspace, a)

    assert workspace.undo_label is None and workspace.redo_label is None
    assert workspace.undo() is None
    assert [g.naam for g in workspace.read(gezinnen.alle)] == ["Gezin Vermeulen"]
    workspace.edit("Hernoemen", gezinnen.wijzig, b, naam="Gezin B")  # editing goes on as ever
    assert workspace.undo() == "Hernoemen"


def test_one_line_says_which_gezin_was_erased_by_whom_and_when(workspace):
    a, _b = _two_gezinnen(workspace)
    uitkomst = wis_definitief(workspace, a)
    assert uitkomst.naam == "Gezin A"
    assert uitkomst.niet_opgeschoond == uitkomst.niet_vastgelegd == ""
    (line,) = workspace.read(gewist)
    assert (line.gezin_naam, line.door, line.gezin_id) == ("Gezin A", workspace.gebruiker, a)
    assert datetime.now(UTC) - line.op < timedelta(minutes=1)
    (entry,) = logboek.van_gezin(workspace.opslag.pad, a)
    assert (entry.wat, entry.wie, entry.publiek) == (logboek.Wat.WISSEN, workspace.gebruiker, None)


def test_a_read_only_store_erases_nothing(db_path):
    ws = Workspace.open(db_path)
    a, _b = _two_gezinnen(ws)
    ws.close()
    reader = Workspace.open(db_path, alleen_lezen=True)
    with pytest.raises(InvoerFout, match="alleen te lezen"):
        wis_definitief(reader, a)
    assert len(reader.read(gezinnen.alle)) == 2
    reader.close()


def test_erasing_from_the_backups_too_leaves_them_without_the_gezin(workspace, db_path):
    a, _b = _two_gezinnen(workspace)
    assert not wissen.heeft_reservekopieen(workspace), "a store made today has none yet"
    reserve.maak(db_path, None, "start")
    assert wissen.heeft_reservekopieen(workspace)
    assert all(t.encode() in reserve.lijst(db_path, None)[0].pad.read_bytes() for t in ERASED)
    wis_definitief(workspace, a, uit_reservekopieen=True)
    for kopie in reserve.lijst(db_path, None):
        raw = kopie.pad.read_bytes()
        assert not [t for t in ERASED if t.encode() in raw], "nothing of it left in a backup"
        assert KEPT.encode() in raw, "the other gezin stays"


# --- the window ---


def test_the_red_button_waits_for_the_exact_name(qtbot):
    dialog = WisDialog("Gezin Vermeulen", reservekopieen=False)
    qtbot.addWidget(dialog)
    assert not dialog.wis_knop.isEnabled()
    for typed in ("gezin vermeulen", "Gezin Vermeulen ", "Gezin Vermeule", "Vermeulen"):
        dialog.bevestiging.setText(typed)
        assert not dialog.wis_knop.isEnabled(), typed
    dialog.bevestiging.setText("Gezin Vermeulen")
    assert dialog.wis_knop.isEnabled()
    assert not dialog.reserve.isEnabled() and "reservekopieën" in dialog.reserve.toolTip()


def test_enter_in_the_name_field_erases_nothing(qtbot):
    dialog = WisDialog("Gezin Vermeulen", reservekopieen=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.bevestiging, "Gezin Vermeulen")
    qtbot.keyClick(dialog.bevestiging, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_erasing_from_the_menu_leaves_no_gezin_and_nothing_to_undo(qtbot, demo_window):
    window, gezin_id = demo_window
    werkblad = window.werkblad
    werkblad.editor.run("Hernoemen", gezinnen.wijzig, gezin_id, gemeente="Delft")
    assert werkblad.undo_action.isEnabled()
    gezin_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Gezin")
    assert werkblad.erase_action in gezin_menu.actions()
    assert werkblad.delete_action in gezin_menu.actions(), "the undoable delete stays"

    def confirm(dialog):
        assert isinstance(dialog, WisDialog)
        qtbot.keyClicks(dialog.bevestiging, "Gezin Vermeulen")
        qtbot.mouseClick(dialog.wis_knop, Qt.MouseButton.LeftButton)

    when_dialog_opens(confirm)
    werkblad.erase_action.trigger()

    assert werkblad.list_model.gezinnen == []
    assert werkblad.gezin_id is None and not werkblad.erase_action.isEnabled()
    assert not werkblad.undo_action.isEnabled() and werkblad.undo_action.text() == "Ongedaan maken"
    assert window.statusBar().currentMessage() == "‘Gezin Vermeulen’ is definitief gewist."
    assert window.findChildren(QMessageBox) == [], "nothing more to tell"


def test_cancelling_erases_nothing(qtbot, demo_window):
    window, gezin_id = demo_window

    def cancel(dialog):
        dialog.bevestiging.setText("Gezin Vermeulen")
        dialog.reject()

    when_dialog_opens(cancel)
    window.werkblad.erase_action.trigger()
    assert [g.id for g in window.werkblad.list_model.gezinnen] == [gezin_id]


def test_an_encrypted_store_is_erased_and_compacted_the_same(db_path):
    ws = Workspace.open(db_path)
    a, b = _two_gezinnen(ws)
    ws.zet_wachtwoord("paarse-olifant-fietst-naar-Zwolle")
    size = _pages(ws)
    assert wis_definitief(ws, a).niet_opgeschoond == ""
    assert _pages(ws) < size
    ws.close()
    ws = Workspace.open(db_path, "paarse-olifant-fietst-naar-Zwolle")
    assert [g.id for g in ws.read(gezinnen.alle)] == [b]
    assert [g.gezin_naam for g in ws.read(gewist)] == ["Gezin A"]
    ws.close()


@pytest.mark.parametrize("how", ["definitief", "verwijderen"])
def test_a_beamer_window_of_an_erased_or_deleted_gezin_closes(qtbot, demo_window, how):
    """Regression: the window kept showing the gezin, and deleting it said "niet opgeslagen"."""
    from desktop_app.ui.publiek.venster import _open

    window, gezin_id = demo_window
    werkblad = window.werkblad
    werkblad.open_tijdlijn()
    werkblad.present()
    beamer = _open[-1]
    qtbot.addWidget(beamer)
    assert beamer.isVisible()

    if how == "definitief":
        wis_definitief(werkblad.workspace, gezin_id)
    else:
        assert werkblad.editor.run("Gezin verwijderen", gezinnen.verwijder, gezin_id)

    assert not beamer.isVisible() and beamer not in _open
    assert werkblad.list_model.gezinnen == []
