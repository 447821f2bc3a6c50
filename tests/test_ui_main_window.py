import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, overzicht, regie
from desktop_app.ui.main_window import MainWindow
from tests.ui_helpers import when_dialog_opens


@pytest.fixture
def window(qtbot, db_path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def _gezin(window, naam="Gezin Jansen"):
    gezin_id = window.werkblad.workspace.edit("Nieuw gezin", gezinnen.maak, naam, "Leiden").id
    window.werkblad.select_gezin(gezin_id)
    return gezin_id


def _type_into_focused_editor(qtbot, window, text):
    editor = window.focusWidget()
    assert isinstance(editor, QLineEdit), "a cell editor has the keyboard focus"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits from the event loop, then deletes the editor.
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_empty_store_shows_how_to_start(window):
    assert window.werkblad.right.currentIndex() == 0
    assert "Ctrl+N" in window.werkblad.right.currentWidget().text()
    assert window.windowTitle() == "Casustafel"


def test_create_gezin_with_ctrl_n(qtbot, window):
    def fill(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "naamVeld"), "Gezin de Boer")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "gemeenteVeld"), "Zoetermeer")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_dialog_opens(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    werkblad = window.werkblad
    qtbot.waitUntil(lambda: werkblad.proxy.rowCount() == 1)
    assert werkblad.proxy.index(0, 0).data() == "Gezin de Boer"
    assert werkblad.overzicht.header.title.text() == "Gezin de Boer"
    assert werkblad.overzicht.header.gemeente.text() == "Zoetermeer"
    assert window.windowTitle() == "Gezin de Boer – Casustafel"
    assert werkblad.overzicht.header.regie_warning.isVisibleTo(window)


def test_add_member_and_betrokkene_through_the_tables_and_set_regie(qtbot, window):
    gezin_id = _gezin(window)
    werkblad, tab = window.werkblad, window.werkblad.overzicht

    qtbot.mouseClick(tab.findChild(QPushButton, "gezinsledenToevoegen"), Qt.MouseButton.LeftButton)
    _type_into_focused_editor(qtbot, window, "Mila de Boer")
    qtbot.mouseClick(tab.findChild(QPushButton, "betrokkenenToevoegen"), Qt.MouseButton.LeftButton)
    _type_into_focused_editor(qtbot, window, "Anna Visser")

    stored = werkblad.workspace.read(overzicht.laad, gezin_id)
    assert [lid.naam for lid in stored.leden] == ["Mila de Boer"]
    assert [b.naam for b in stored.betrokkenen] == ["Anna Visser"]
    assert tab.leden_model.index(0, 0).data() == "Mila de Boer"
    assert tab.header.regie_warning.isVisibleTo(window)

    # Regie through the "Regie" check column, from the keyboard.
    view = tab.betrokkenen_view
    view.setFocus()
    view.setCurrentIndex(tab.betrokkenen_model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Space)

    assert werkblad.workspace.read(regie.regiehouder_id, gezin_id) == stored.betrokkenen[0].id
    assert tab.header.regie.currentText() == "Anna Visser"
    assert not tab.header.regie_warning.isVisibleTo(window)


def test_regie_and_product_from_the_header_with_the_keyboard(qtbot, window):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    anna = workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna", rol="casusregisseur").id
    header = window.werkblad.overzicht.header

    header.regie.setFocus()
    qtbot.keyClick(header.regie, Qt.Key.Key_Down)
    assert workspace.read(regie.regiehouder_id, gezin_id) == anna
    assert not header.regie_warning.isVisibleTo(window)

    product = header.combos["product"]
    product.setFocus()
    while product.currentData() != "ots":
        qtbot.keyClick(product, Qt.Key.Key_Down)
    assert workspace.read(gezinnen.haal, gezin_id).kader == "gedwongen"
    assert header.combos["kader"].currentText() == "Gedwongen kader"


def test_bad_birth_date_gets_a_dutch_message_and_changes_nothing(qtbot, window):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Mila", geboorte="2016")
    view = window.werkblad.overzicht.leden_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 2))
    messages = []
    when_dialog_opens(
        lambda box: (box.text(), box.button(QMessageBox.StandardButton.Ok).click())[0], messages
    )

    qtbot.keyClick(view, Qt.Key.Key_F2)
    _type_into_focused_editor(qtbot, window, "31-02-2016")

    qtbot.waitUntil(lambda: bool(messages))
    assert "bestaat niet als datum" in messages[0]
    assert workspace.read(gezinsleden.van_gezin, gezin_id)[0].geboorte == "2016"
    assert view.model().index(0, 2).data().startswith("2016 (ca. ")


def test_search_filters_the_list(qtbot, window):
    for naam in ("Gezin Jansen", "Gezin Pietersen", "Gezin Jansma"):
        _gezin(window, naam)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.werkblad.search.hasFocus()
    qtbot.keyClicks(window.werkblad.search, "jans")
    shown = [
        window.werkblad.proxy.index(r, 0).data() for r in range(window.werkblad.proxy.rowCount())
    ]
    assert shown == ["Gezin Jansen", "Gezin Jansma"]


def test_delete_gezin_asks_by_name_then_removes_it(qtbot, window):
    gezin_id = _gezin(window, "Gezin Bakker")
    window.werkblad.workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Kim")
    questions = []

    def answer(box):
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_dialog_opens(answer)
    window.werkblad.list_view.setFocus()
    qtbot.keyClick(window.werkblad.list_view, Qt.Key.Key_Delete)

    assert "‘Gezin Bakker’" in questions[0] and "1 gezinsleden" in questions[0]
    assert window.werkblad.workspace.read(gezinnen.alle) == []
    assert window.werkblad.right.currentIndex() == 0
    assert window.windowTitle() == "Casustafel"


def test_cancelled_delete_keeps_the_gezin(qtbot, window):
    _gezin(window, "Gezin Bakker")
    when_dialog_opens(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.werkblad.list_view.setFocus()
    qtbot.keyClick(window.werkblad.list_view, Qt.Key.Key_Delete)
    assert [g.naam for g in window.werkblad.workspace.read(gezinnen.alle)] == ["Gezin Bakker"]


def test_a_store_that_cannot_be_opened_says_so_in_dutch(qtbot, tmp_path):
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(b"geen database" * 200)
    window = MainWindow()
    qtbot.addWidget(window)
    messages = []

    def read_and_close(box):
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_dialog_opens(read_and_close)
    assert window.open_store(broken) is False
    assert "geen Casustafel-database" in messages[0]
    assert broken.read_bytes() == b"geen database" * 200


def test_regie_holder_contact_details_in_the_header(window):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    anna = workspace.edit(
        "B",
        betrokkenen.voeg_toe,
        gezin_id,
        "Anna",
        organisatie="Lokaal Team",
        telefoon="06-12345678",
    ).id
    workspace.edit("Regie", regie.zet_regie, gezin_id, anna)
    contact = window.werkblad.overzicht.header.regie_contact
    assert contact.isVisibleTo(window)
    assert contact.text() == "Regie bij Anna: Lokaal Team · 06-12345678"


def test_rename_with_f2_from_the_list_and_status_from_the_menu(qtbot, window):
    gezin_id = _gezin(window, "Gezin Bakker")
    werkblad = window.werkblad

    def rename(dialog):
        field = dialog.findChild(QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, "Gezin Bakker-Yilmaz")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_dialog_opens(rename)
    werkblad.list_view.setFocus()
    qtbot.keyClick(werkblad.list_view, Qt.Key.Key_F2)
    assert werkblad.proxy.index(0, 0).data() == "Gezin Bakker-Yilmaz"
    assert window.windowTitle() == "Gezin Bakker-Yilmaz – Casustafel"

    werkblad.status_actions["afgesloten"].trigger()
    assert werkblad.workspace.read(gezinnen.haal, gezin_id).status == "afgesloten"
    assert werkblad.proxy.index(0, 0).data() == "Gezin Bakker-Yilmaz (afgesloten)"
    assert werkblad.overzicht.header.combos["status"].currentText() == "Afgesloten"
