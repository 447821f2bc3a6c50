"""Setting up a family in the Overzicht's tables: what is typed is what is saved."""

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.ui.main_window import MainWindow

ROL, RELATIE = 3, 1  # columns of the betrokkenen and gezinsleden tables


@pytest.fixture
def window(qtbot, db_path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _gezin(window) -> int:
    gezin_id = window.werkblad.workspace.edit("G", gezinnen.maak, "Gezin Jansen", "Leiden").id
    window.werkblad.select_gezin(gezin_id)
    return gezin_id


def _open_editor(qtbot, view, row: int, column: int) -> QComboBox:
    """F2 on the cell; the keyboard is then in its combo box, all text selected."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.window().focusWidget()
    assert isinstance(editor, QComboBox) and editor.isEditable()
    editor.lineEdit().selectAll()
    return editor


def _finish_with_key(qtbot, editor, key):
    qtbot.keyClick(editor, key)
    # The delegate commits from the event loop, then deletes the editor.
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def _leave_by(qtbot, window, editor, how: str) -> None:
    if how == "enter":
        _finish_with_key(qtbot, editor, Qt.Key.Key_Return)
    elif how == "keypad enter":
        _finish_with_key(qtbot, editor, Qt.Key.Key_Enter)
    elif how == "tab":
        _finish_with_key(qtbot, editor, Qt.Key.Key_Tab)
    elif how == "click away":
        qtbot.mouseClick(window.werkblad.overzicht.header.gemeente, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())
    elif how == "close window":
        window.close()


WAYS_OUT = ("enter", "keypad enter", "tab", "click away", "close window")


@pytest.mark.parametrize("how", WAYS_OUT)
def test_a_rol_not_in_the_list_is_saved_as_typed(qtbot, window, db_path, how):
    gezin_id = _gezin(window)
    window.werkblad.workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna", rol="buddy")
    view = window.werkblad.overzicht.betrokkenen_view
    editor = _open_editor(qtbot, view, 0, ROL)
    qtbot.keyClicks(editor, "raadsonderzoeker")
    _leave_by(qtbot, window, editor, how)

    from desktop_app.services.core.workspace import Workspace

    reopened = Workspace.open(db_path) if how == "close window" else window.werkblad.workspace
    try:
        assert [b.rol for b in reopened.read(betrokkenen.van_gezin, gezin_id)] == [
            "raadsonderzoeker"
        ]
    finally:
        if how == "close window":
            reopened.close()
    if how != "close window":
        assert view.model().index(0, ROL).data() == "raadsonderzoeker"


@pytest.mark.parametrize("how", ("enter", "keypad enter"))
def test_a_relatie_typed_over_an_existing_one_replaces_it(qtbot, window, how):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    workspace.edit("L", gezinsleden.voeg_toe, gezin_id, "Sanne", relatie="moeder")
    view = window.werkblad.overzicht.leden_view
    editor = _open_editor(qtbot, view, 0, RELATIE)
    qtbot.keyClicks(editor, "stiefmoeder")
    _leave_by(qtbot, window, editor, how)

    assert [lid.relatie for lid in workspace.read(gezinsleden.van_gezin, gezin_id)] == [
        "stiefmoeder"
    ]
    # A listed choice typed in full is that choice, and the list itself is not extended.
    editor = _open_editor(qtbot, view, 0, RELATIE)
    assert editor.findText("stiefmoeder") < 0
    qtbot.keyClicks(editor, "vader")
    _leave_by(qtbot, window, editor, how)
    assert workspace.read(gezinsleden.van_gezin, gezin_id)[0].relatie == "vader"


def test_the_start_of_a_listed_rol_stays_as_typed_unless_a_suggestion_is_picked(qtbot, window):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna", rol="buddy")
    view = window.werkblad.overzicht.betrokkenen_view

    editor = _open_editor(qtbot, view, 0, ROL)
    qtbot.keyClicks(editor, "GGZ")
    _leave_by(qtbot, window, editor, "enter")
    assert workspace.read(betrokkenen.van_gezin, gezin_id)[0].rol == "GGZ"

    editor = _open_editor(qtbot, view, 0, ROL)
    qtbot.keyClicks(editor, "jeugdb")
    suggestions = editor.completer().popup()
    assert suggestions.isVisible()
    qtbot.keyClick(suggestions, Qt.Key.Key_Down)
    qtbot.keyClick(suggestions, Qt.Key.Key_Return)
    _leave_by(qtbot, window, editor, "enter")
    assert workspace.read(betrokkenen.van_gezin, gezin_id)[0].rol == "jeugdbeschermer"
