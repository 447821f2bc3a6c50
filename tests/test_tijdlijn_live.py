"""The timeline while the meeting goes on: a new item comes into sight, the toolbar fits a
laptop, items on one date can each be clicked, patterns can be changed, stepping follows
the order people said."""

import numpy as np
import pytest
from PySide6.QtCore import QAbstractAnimation, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenissen, patronen
from desktop_app.ui.tijdlijn.patroon_dialog import PatroonDialog
from desktop_app.ui.tijdlijn.plot import FLASH_MS
from desktop_app.ui.tijdlijn.presentatie import PresentatieVenster
from desktop_app.ui.tijdlijn.tab import TijdlijnTab
from tests.ui_helpers import when_dialog_opens


@pytest.fixture
def tab(demo_window):
    window, gezin_id = demo_window
    tab = window.werkblad.open_tijdlijn()
    tab.plot.show_all()
    return window, gezin_id, tab


def _quick_add(qtbot, tab, line):
    tab.quick_add.open()
    qtbot.keyClicks(tab.quick_add.line, line)
    qtbot.keyClick(tab.quick_add.line, Qt.Key.Key_Return)
    assert tab.quick_add.error.text().startswith("Toegevoegd"), tab.quick_add.error.text()
    return tab.shown.index_van(next(iter(tab.selection)))


def _view(tab):
    return tuple(tab.plot.viewbox.viewRange()[0])


def _glowing(plot):
    return len(plot.glow.data)


def test_a_quick_added_item_far_away_comes_into_view_and_glows_a_moment(qtbot, tab):
    window, _, tab = tab
    tab.plot.show_year(2019)
    x0, x1 = _view(tab)
    index = _quick_add(qtbot, tab, "mrt 2001 Verhuizing naar Zoetermeer @Noah")
    start, end = tab.shown.start_van[index], tab.shown.laatst[index]
    y0, y1 = _view(tab)
    assert y0 <= start and end <= y1, "the new item is in view"
    assert y1 - y0 == pytest.approx(x1 - x0), "at the same zoom"
    assert "Verhuizing naar Zoetermeer" in tab.plot.drawn_titles()
    assert tab.plot.flashed == index and _glowing(tab.plot) == 1, "marked, by the one glow item"

    moved = _view(tab)
    second = _quick_add(qtbot, tab, "apr 2001 Nieuwe school @Noah")
    assert _view(tab) == moved, "an item already in view leaves the view alone"
    assert tab.plot.flashed == second and _glowing(tab.plot) == 1, "only the newest glows"

    wide = _quick_add(qtbot, tab, "1990 - 2030 Wachtlijst woning @Sanne")
    z0, z1 = _view(tab)
    assert z0 <= tab.shown.start_van[wide] and tab.shown.laatst[wide] <= z1, "zoomed out"

    qtbot.waitUntil(lambda: tab.plot.flashed is None, timeout=FLASH_MS + 2000)
    assert _glowing(tab.plot) == 0, "unmarked after the highlight"
    assert tab.plot.fade.state() == QAbstractAnimation.State.Stopped, "nothing left ticking"


def _extension(toolbar):
    return next(
        b for b in toolbar.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    )


def test_at_1366_by_768_the_toolbar_fits_and_the_side_panel_collapses(qtbot, tab):
    window, _, tab = tab
    window.resize(1366, 768)
    qtbot.wait(10)
    actions = [tab.show_all_button, tab.year, tab.add_button, tab.panel_button,
               tab.findChild(QToolButton, "tijdlijnMeer")]  # fmt: skip
    present = next(w for w in tab.toolbar.children() if w.objectName() == "tijdlijnPresenteren")
    for widget in [*actions, present]:
        assert widget.isVisible(), widget.objectName()
        assert widget.geometry().right() <= tab.toolbar.width()
    assert not _extension(tab.toolbar).isVisible(), "nothing behind »"
    assert "Snel toevoegen (N)" in tab.add_button.toolTip() and "F5" in present.toolTip()

    wide = tab.plot.width()
    qtbot.mouseClick(tab.panel_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert not tab.detail.isVisible() and tab.plot.width() > wide + 200, "the timeline gets it"
    assert not _extension(tab.toolbar).isVisible()
    again = TijdlijnTab(window.werkblad.editor)  # a tab made later in this run: still collapsed
    assert not again.detail.isVisibleTo(again) and not again.panel_action.isChecked()
    again.deleteLater()

    tab.plot.setFocus()
    qtbot.keyClick(tab.plot, Qt.Key.Key_F9)
    qtbot.wait(10)
    assert tab.detail.isVisible() and tab.plot.width() == pytest.approx(wide, abs=2)
    assert tab.panel_action.isChecked()


def _viewport_point(plot, row):
    x = plot._row_start[row] if plot._row_period[row] else plot._row_mid[row]
    scene = plot.viewbox.mapViewToScene(QPointF(x, plot._row_y[row]))
    return plot.mapFromScene(scene)


def _click(widget, pos):
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(widget.viewport(), event)


def test_items_on_one_date_are_each_seen_and_the_click_picks_the_one_under_it(qtbot, tab):
    window, gezin_id, tab = tab
    for title in ("Melding school", "Politie aan de deur", "Gesprek huisarts"):
        window.werkblad.editor.run(
            "Snel", gebeurtenissen.voeg_toe, gezin_id, title, "eind 2022",
            personen=[tab.alles.leden[0].id],
        )  # fmt: skip
    tab.plot.show_year(2022)
    qtbot.wait(10)
    plot = tab.plot
    rows = [np.flatnonzero(plot._row_item == tab.shown.titels.index(t))[0]
            for t in ("Gesprek huisarts", "Melding school", "Politie aan de deur")]  # fmt: skip
    points = [_viewport_point(plot, row) for row in rows]
    assert len({(p.x(), p.y()) for p in points}) == 3, "three markers, none on another"
    assert all(
        abs(a.y() - b.y()) >= plot.theme.marker_px
        for a, b in zip(points[:-1], points[1:], strict=True)
    )
    for row, point in zip(rows, points, strict=True):
        _click(plot, point)
        title = tab.shown.titels[plot._row_item[row]]
        assert tab.detail.titel.text() == title, "the one under the cursor"


def _pattern_of_demo(tab):
    """The first pattern and its items as the parents may see them (all of them: `leden`)."""
    patroon = tab.voor_publiek.patronen[0]
    members = tab.voor_publiek.patroon_items[patroon.id]
    return patroon, [int(tab.voor_publiek.ids[i]) for i in members]


def _leden(workspace, patroon):
    return workspace.read(patronen.leden, patroon.id)


def test_a_pattern_is_changed_from_the_side_panel(qtbot, tab):
    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    patroon, members = _pattern_of_demo(tab)
    before = _leden(workspace, patroon)
    tab.selection = {members[0]}
    tab._show_selection()
    assert tab.detail.patronen.item(0).text() == patroon.naam
    qtbot.mouseClick(tab.detail.patroon_wijzigen, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(PatroonDialog)
    assert dialog.isVisible() and dialog.naam.text() == patroon.naam

    dialog.naam.clear()
    dialog.accept()
    assert dialog.isVisible() and "naam" in dialog.error.text().lower(), "refused, kept open"
    assert workspace.read(patronen.van_gezin, gezin_id)[0].naam == patroon.naam

    dialog.naam.setText("Hulp begint en stopt weer")
    dialog.omschrijving.setPlainText("Telkens na een paar weken")
    listed = {dialog.items.item(i).data(Qt.ItemDataRole.UserRole): dialog.items.item(i)
              for i in range(dialog.items.count())}  # fmt: skip
    listed[members[-1]].setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert not dialog.isVisible()
    changed = workspace.read(patronen.van_gezin, gezin_id)[0]
    assert (changed.naam, changed.omschrijving) == (
        "Hulp begint en stopt weer", "Telkens na een paar weken"
    )  # fmt: skip
    assert _leden(workspace, patroon) == [i for i in before if i != members[-1]]
    assert tab.patroon.findText(f"Hulp begint en stopt weer ({len(members) - 1}×)") >= 0
    assert workspace.undo() == "Patroon wijzigen"
    assert _leden(workspace, patroon) == before


def test_a_pattern_list_shown_to_parents_names_only_what_they_may_see(qtbot, tab):
    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    patroon, members = _pattern_of_demo(tab)
    secret = workspace.edit(
        "A", gebeurtenissen.voeg_toe, gezin_id, "Opvang geheim adres", "2020",
        zichtbaarheid="vertrouwelijk",
    )  # fmt: skip
    workspace.edit("P", patronen.wijzig, patroon.id, gebeurtenis_ids=[*members, secret.id])
    assert tab.publiek is Publiek.OUDERS
    dialog = tab.edit_pattern(patroon.id)
    texts = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert not any("geheim" in t for t in texts) and "1 gebeurtenis" in dialog.note.text()
    dialog.naam.setText("Anders genoemd")
    dialog.accept()
    assert secret.id in workspace.read(patronen.leden, patroon.id), "the unseen one stays"


def _right_click(plot, row):
    pos = _viewport_point(plot, row)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind, QPointF(pos), plot.mapToGlobal(QPointF(pos)), Qt.MouseButton.RightButton,
            Qt.MouseButton.RightButton if kind == QEvent.Type.MouseButtonPress
            else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(plot.viewport(), event)


def test_a_pattern_is_deleted_from_the_timeline_after_asking_and_undo_restores_it(qtbot, tab):
    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    patroon, members = _pattern_of_demo(tab)
    before = _leden(workspace, patroon)
    index = tab.shown.index_van(members[0])
    tab.plot.center_on(index)
    qtbot.wait(10)
    _right_click(tab.plot, np.flatnonzero(tab.plot._row_item == index)[0])
    menu = tab.context_menu
    delete = next(a for a in menu.actions() if a.text().endswith("verwijderen…"))
    assert patroon.naam in delete.text()
    menu.close()

    asked = []
    when_dialog_opens(lambda box: (asked.append(box.text()), box.reject()), kind=QMessageBox)
    delete.trigger()
    assert "blijven op de tijdlijn" in asked[0], "asked first"
    assert len(workspace.read(patronen.van_gezin, gezin_id)) == len(tab.alles.patronen)

    when_dialog_opens(
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(), kind=QMessageBox
    )
    delete.trigger()
    assert patroon.id not in [p.id for p in workspace.read(patronen.van_gezin, gezin_id)]
    assert tab.patroon.findData(patroon.id) < 0, "gone from the pattern menu"
    assert len(workspace.read(gebeurtenissen.van_gezin, gezin_id)) > len(members)
    assert workspace.undo() == "Patroon verwijderen"
    assert _leden(workspace, patroon) == before
    assert tab.patroon.findData(patroon.id) >= 0


def test_stepping_goes_in_the_order_people_said(qtbot, tab):
    window, gezin_id, tab = tab
    for title, when in [("Stap mrt", "mrt 2023"), ("Stap begin", "begin 2023"),
                        ("Stap jaar", "2023"), ("Stap eind", "eind 2022")]:  # fmt: skip
        window.werkblad.editor.run("Snel", gebeurtenissen.voeg_toe, gezin_id, title, when)
    said = ["Stap eind", "Stap jaar", "Stap begin", "Stap mrt"]
    qtbot.keyClicks(tab.search, "Stap ")
    seen = []
    for _ in said:
        tab.step_emphasis(1)
        seen.append(tab.shown.titels[tab.plot.current])
    assert seen == said, "the search steps in the order people said"

    presentation = PresentatieVenster(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(presentation)
    presentation.show()
    presentation.filter.zoekterm = "Stap "
    presentation.toon()  # what → steps through follows the filter as shown
    seen = []
    for _ in said:
        qtbot.keyClick(presentation, Qt.Key.Key_Right)
        seen.append(presentation.shown.titels[presentation.current])
    assert seen == said, "and so does the beamer"


def test_on_the_beamer_a_quick_added_item_comes_into_view_too(qtbot, demo_window):
    window, gezin_id = demo_window
    presentation = PresentatieVenster(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(presentation)
    presentation.show()
    presentation.plot.show_year(2020)
    qtbot.keyClick(presentation, Qt.Key.Key_N)
    qtbot.keyClicks(presentation.quick_add.line, "eind 2003 Verhuizing naar Delft")
    qtbot.keyClick(presentation.quick_add.line, Qt.Key.Key_Return)
    index = presentation.shown.titels.index("Verhuizing naar Delft")
    x0, x1 = presentation.plot.viewbox.viewRange()[0]
    assert x0 <= presentation.shown.start_van[index] <= presentation.shown.laatst[index] <= x1
    assert presentation.plot.flashed == index
    qtbot.waitUntil(lambda: presentation.plot.flashed is None, timeout=FLASH_MS + 2000)
