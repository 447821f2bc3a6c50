"""Setting up a family in the Overzicht's tables: what is typed is what is saved."""

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from desktop_app.model.fuzzy_date import EXAMPLES
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.ui.main_window import MainWindow
from tests.ui_helpers import when_dialog_opens

ROL, RELATIE, INGESCHREVEN = 3, 1, 5  # columns of the betrokkenen and gezinsleden tables
TOOLTIP = Qt.ItemDataRole.ToolTipRole


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


def _drag_header_edge(qtbot, view, column: int, by: int) -> None:
    """Drag the right edge of a column's header, as a user widens a column by hand."""
    header = view.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    target = header.viewport()
    for kind, x, buttons in (
        (QEvent.Type.MouseButtonPress, edge, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, edge + by, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, edge + by, Qt.MouseButton.NoButton),
    ):
        point = QPointF(x, y)
        event = QMouseEvent(
            kind,
            point,
            target.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, event)
    qtbot.wait(10)


def _fits(view, column: int) -> bool:
    """The cell texts of the column are shown whole: none is cut off with an ellipsis."""
    return view.columnWidth(column) >= view.sizeHintForColumn(column)


def test_columns_of_a_new_family_follow_the_rows_that_arrive_and_the_window(qtbot, window):
    gezin_id = _gezin(window)
    tab = window.werkblad.overzicht
    workspace = window.werkblad.workspace
    view = tab.betrokkenen_view
    empty_width = view.columnWidth(2)

    workspace.edit(
        "B",
        betrokkenen.voeg_toe,
        gezin_id,
        "Annemarie van Oosterhout-Bakker",
        organisatie="Jeugdbescherming Kustregio",
        email="a.vanoosterhout@jbkustregio.example.nl",
        actief_van="01-03-2025",
    )
    qtbot.waitUntil(lambda: view.columnWidth(2) > empty_width)
    for column in (0, 2, 6, 7):
        assert _fits(view, column), view.model().headerData(column, Qt.Orientation.Horizontal)

    # A column set by hand keeps its width when rows arrive and when the window grows.
    _drag_header_edge(qtbot, view, 0, 60)
    by_hand = view.columnWidth(0)
    workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Bo", organisatie="Kompas")
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.horizontalHeader().length() >= view.viewport().width() - 2)
    assert view.columnWidth(0) == by_hand
    # Until its header edge is double-clicked: then it follows its contents again.
    tab.betrokkenen_fit._back_to_fitting(0)
    qtbot.waitUntil(lambda: view.columnWidth(0) != by_hand)
    assert _fits(view, 0)


def test_the_columns_fill_the_width_at_1366_and_1920(qtbot, window):
    from desktop_app.services.demo import maak_demo

    gezin_id = window.werkblad.workspace.edit("Demo", maak_demo)
    window.werkblad.select_gezin(gezin_id)
    view = window.werkblad.overzicht.leden_view
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda: abs(view.horizontalHeader().length() - view.viewport().width()) < 3)
        for column in range(view.model().columnCount() - 1):  # all but the notes
            assert _fits(view, column), (size, column)


def _type_in_cell(qtbot, view, row: int, column: int, text: str) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.window().focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _finish_with_key(qtbot, editor, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("table", "column", "typed", "stored", "shown"),
    (
        ("leden", 2, "zomer 2015", "2015-zomer", "zomer 2015 (ca. "),
        ("betrokkenen", 7, "zomer 2022", "2022-zomer", "zomer 2022"),
        ("betrokkenen", 8, "eind 2023", "2023-eind", "eind 2023"),
        ("betrokkenen", 7, "3-2-2024", "2024-02-03", "03-02-2024"),
    ),
)
def test_every_date_of_the_setup_takes_a_date_as_people_say_it(
    qtbot, window, table, column, typed, stored, shown
):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    workspace.edit("L", gezinsleden.voeg_toe, gezin_id, "Noah")
    workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna")
    view = getattr(window.werkblad.overzicht, f"{table}_view")

    _type_in_cell(qtbot, view, 0, column, typed)

    row = view.model().rows[0]
    field = {2: "geboorte", 7: "actief_van", 8: "actief_tot"}[column]
    assert getattr(row, field) == stored
    assert view.model().index(0, column).data().startswith(shown)
    # The same examples on every date column's header.
    assert EXAMPLES in view.model().headerData(column, Qt.Orientation.Horizontal, TOOLTIP)


def test_an_end_before_the_start_gets_a_dutch_message_and_changes_nothing(qtbot, window):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna", actief_van="zomer 2022")
    view = window.werkblad.overzicht.betrokkenen_view
    messages = []
    when_dialog_opens(
        lambda box: (box.text(), box.button(QMessageBox.StandardButton.Ok).click())[0], messages
    )

    _type_in_cell(qtbot, view, 0, 8, "voorjaar 2022")

    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0] == "‘Actief tot’ (voorjaar 2022) ligt vóór ‘actief van’ (zomer 2022)."
    anna = workspace.read(betrokkenen.van_gezin, gezin_id)[0]
    assert (anna.actief_van, anna.actief_tot) == ("2022-zomer", None)


def _rows_in_view(view) -> int:
    """How many rows are wholly visible without scrolling."""
    height = view.viewport().height()
    return sum(
        1
        for row in range(view.model().rowCount())
        if 0 <= view.rowViewportPosition(row)
        and view.rowViewportPosition(row) + view.rowHeight(row) <= height
    )


@pytest.fixture
def app_look(qapp):
    """The app's own font and style sheet (as `casustafel` starts), restored afterwards."""
    from desktop_app.ui.style import STYLESHEET

    font, sheet = QFont(qapp.font()), qapp.styleSheet()
    larger = QFont(font)
    larger.setPointSize(11)
    qapp.setFont(larger)
    qapp.setStyleSheet(STYLESHEET)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_all_members_of_the_demo_gezin_are_in_view_at_1366x768(qtbot, app_look, window):
    """Before: 4 of the 6 members in view at 1366x768 (and 7 of the 11 betrokkenen)."""
    from desktop_app.services.demo import maak_demo

    gezin_id = window.werkblad.workspace.edit("Demo", maak_demo)
    window.werkblad.select_gezin(gezin_id)
    tab = window.werkblad.overzicht
    leden, betrokkenen_view = tab.leden_view, tab.betrokkenen_view
    qtbot.waitUntil(lambda: not leden.horizontalScrollBar().isVisible())
    qtbot.waitUntil(lambda: _rows_in_view(leden) == tab.leden_model.rowCount())
    assert tab.leden_model.rowCount() == 6
    assert not leden.verticalScrollBar().isVisible()
    assert _rows_in_view(betrokkenen_view) >= 8  # the betrokkenen keep a useful share


def test_a_new_family_of_six_is_in_view_at_1366x768_and_a_divider_moved_by_hand_stays(
    qtbot, app_look, window
):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    tab = window.werkblad.overzicht
    for naam in ("Sanne", "Dennis", "Noah", "Lotte", "Finn", "Ria"):
        workspace.edit("L", gezinsleden.voeg_toe, gezin_id, f"{naam} de Graaf")
    qtbot.waitUntil(lambda: _rows_in_view(tab.leden_view) == 6)

    tab.splitter.moveSplitter(120, 1)  # as a drag of the divider does
    tab.splitter.splitterMoved.emit(120, 1)
    by_hand = tab.splitter.sizes()
    workspace.edit("L", gezinsleden.voeg_toe, gezin_id, "Oma de Graaf")
    assert tab.splitter.sizes() == by_hand


def test_children_registered_in_different_gemeenten_get_a_hint_and_undo_takes_it_back(
    qtbot, window
):
    gezin_id = _gezin(window)
    workspace = window.werkblad.workspace
    tab = window.werkblad.overzicht
    workspace.edit("L", gezinsleden.voeg_toe, gezin_id, "Sanne", relatie="moeder")
    workspace.edit("L", gezinsleden.voeg_toe, gezin_id, "Noah", relatie="kind")
    workspace.edit("L", gezinsleden.voeg_toe, gezin_id, "Lotte", geboorte="2014")
    workspace.edit("L", gezinsleden.wijzig, tab.leden_model.rows[2].id, inschrijving="Leiden")
    hint = tab.header.inschrijvingen
    assert not hint.isVisibleTo(window)  # one child registered: nothing to point out

    # Typed into the table, in a gemeente the gezin did not know yet.
    editor = _open_editor(qtbot, tab.leden_view, 1, INGESCHREVEN)
    assert editor.findText("Leiden") >= 0  # the gemeenten of this gezin are offered
    qtbot.keyClicks(editor, "Den Haag")
    _leave_by(qtbot, window, editor, "enter")

    assert [lid.inschrijving for lid in workspace.read(gezinsleden.van_gezin, gezin_id)] == [
        "",
        "Den Haag",
        "Leiden",
    ]
    assert tab.leden_model.index(1, INGESCHREVEN).data() == "Den Haag"
    assert hint.isVisibleTo(window)
    assert "verschillende gemeenten: Den Haag (Noah); Leiden (Lotte)." in hint.text()

    # The mother registered elsewhere is no hint: only children decide who files a request.
    workspace.undo()
    assert workspace.read(gezinsleden.van_gezin, gezin_id)[1].inschrijving == ""
    assert not hint.isVisibleTo(window)
    workspace.edit("L", gezinsleden.wijzig, tab.leden_model.rows[0].id, inschrijving="Delft")
    assert not hint.isVisibleTo(window)
