"""Encryption from the window: offered for a new store, switched on, changed and off from
Bestand > Beveiliging, the passphrase asked when the app opens an encrypted store."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag import versleuteld
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.opslag import wachtwoord as wachtwoord_ui
from desktop_app.ui.opslag.wachtwoord import NieuwWachtwoord
from tests.ui_helpers import when_dialog_opens

STERK = "paarse olifant danst 's nachts"


@pytest.fixture
def answer_boxes(monkeypatch):
    """Every QMessageBox question or notice answered with Yes/OK; their texts are kept."""
    said = []

    def ask(parent, title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(ask))
    return said


def _menu_action(window, text):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bestand")
    beveiliging = next(a.menu() for a in menu.actions() if a.text() == "Beveiliging")
    beveiliging.aboutToShow.emit()
    return next(a for a in beveiliging.actions() if a.text() == text)


def test_the_dialog_accepts_only_a_strong_passphrase_typed_twice(qtbot):
    dialog = NieuwWachtwoord("Database versleutelen")
    qtbot.addWidget(dialog)
    ok = dialog.knoppen.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.eerste, "geheim")
    assert not ok.isEnabled() and "Te kort" in dialog.oordeel.text()
    dialog.eerste.setText(STERK)
    qtbot.keyClicks(dialog.tweede, STERK[:-1])
    assert not ok.isEnabled() and "nog niet gelijk" in dialog.oordeel.text()
    qtbot.keyClicks(dialog.tweede, STERK[-1])
    assert ok.isEnabled() and dialog.oordeel.text() == "Sterk."


def test_encrypt_change_and_decrypt_from_the_menu(
    qtbot, demo_window, db_path, monkeypatch, answer_boxes
):
    window, gezin_id = demo_window
    chosen = iter([STERK, "een tweede zin van vier woorden"])
    monkeypatch.setattr(wachtwoord_ui, "kies_wachtwoord", lambda parent, title: next(chosen))

    _menu_action(window, "Versleutelen met een wachtwoord…").trigger()
    assert versleuteld(db_path) and "De database is versleuteld." in answer_boxes[-1]
    workspace = window.werkblad.workspace
    assert workspace.read(gezinnen.haal, gezin_id).naam == "Gezin Vermeulen"
    workspace.edit("Gemeente", gezinnen.wijzig, gezin_id, gemeente="Delft")

    _menu_action(window, "Wachtwoord wijzigen…").trigger()
    _menu_action(window, "Versleuteling uitzetten…").trigger()
    assert not versleuteld(db_path)
    assert "kan iedereen die dit bestand in handen krijgt" in answer_boxes[-2]
    assert workspace.read(gezinnen.haal, gezin_id).gemeente == "Delft"


def test_a_new_store_is_offered_encryption_and_then_asks_for_it(
    qtbot, tmp_path, monkeypatch, answer_boxes
):
    path = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr("desktop_app.ui.opslag.openen.kies_wachtwoord", lambda p, t: STERK)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(path, nieuw_aanbieden=True)
    assert "versleutelen" in answer_boxes[0] and versleuteld(path)
    window.close()

    asked = []

    def type_passphrase(parent, title, label, mode):
        asked.append(label)
        return (STERK if len(asked) > 1 else "fout wachtwoord"), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(type_passphrase))
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.open_store(path)
    assert "versleuteld" in asked[0] and "klopt niet" in asked[1], "a wrong one is asked again"
    again.close()


def test_giving_up_on_the_passphrase_opens_nothing(qtbot, tmp_path, monkeypatch):
    from desktop_app.services.core.workspace import Workspace

    path = tmp_path / "dicht.sqlite"
    Workspace.open(path, STERK).close()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("", False)))
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(path) is False
    assert window.werkblad is None


def test_a_second_window_is_told_who_holds_the_store(qtbot, demo_window, db_path):
    window, _ = demo_window
    second = MainWindow()
    qtbot.addWidget(second)
    messages = []

    def read_and_close(box):
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_dialog_opens(read_and_close, kind=QMessageBox)
    assert second.open_store(db_path) is False
    assert "in gebruik door Casustafel (proces" in messages[0]
