import sys

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Inzage, Publiek
from desktop_app.services.tijdlijn import gebeurtenissen, patronen, tijdlijn
from desktop_app.services.tijdlijn.banen import Indeling
from desktop_app.ui.tijdlijn.presentatie import PresentatieVenster


def _titles_by_audience(window, gezin_id):
    items = window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id)
    by = {"professionals": set(), "vertrouwelijk": set(), "iedereen": set()}
    for item in items:
        by[item.zichtbaarheid].add(item.titel)
    return by


@pytest.mark.parametrize("publiek", [Publiek.OUDERS, Publiek.PROFESSIONALS])
def test_projection_never_draws_what_the_audience_may_not_see(qtbot, demo_window, publiek):
    window, gezin_id = demo_window
    presentation = PresentatieVenster(window.werkblad.editor, gezin_id, publiek)
    qtbot.addWidget(presentation)
    presentation.resize(1920, 1080)
    presentation.show()
    qtbot.waitExposed(presentation)
    presentation.plot.show_all()
    by = _titles_by_audience(window, gezin_id)

    drawn = presentation.plot.drawn_titles()
    for _ in range(len(presentation.shown)):  # and stepping through every item
        qtbot.keyClick(presentation, Qt.Key.Key_Right)
        drawn |= presentation.plot.drawn_titles() | {presentation.caption.text()}

    assert drawn & by["iedereen"], "the shared history is on screen"
    assert not any(secret in text for secret in by["vertrouwelijk"] for text in drawn)
    if publiek is Publiek.OUDERS:
        assert not any(prof in text for prof in by["professionals"] for text in drawn)
        assert "MET OUDERS" in presentation.banner.text()
    else:
        assert drawn & by["professionals"]
        assert "ALLEEN PROFESSIONALS" in presentation.banner.text()


@pytest.mark.parametrize("view", ["facilitator", Inzage.VERTROUWELIJK])
def test_projection_refuses_the_facilitators_own_view(demo_window, view):
    """Nor the printed report's inzage: vertrouwelijk may go on paper, never on a beamer."""
    window, gezin_id = demo_window
    with pytest.raises(ValueError):
        PresentatieVenster(window.werkblad.editor, gezin_id, view)
    assert len(Publiek) == 2, "no audience type member can carry the facilitator's view"


def test_projection_steps_through_a_pattern_with_p(qtbot, demo_window):
    window, gezin_id = demo_window
    presentation = PresentatieVenster(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(presentation)
    presentation.show()
    qtbot.keyClick(presentation, Qt.Key.Key_P)
    assert presentation.caption.text().startswith("Patroon: Hulp start en stopt")
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    pattern = presentation.shown.patroon_items[presentation.filter.patroon_id]
    assert presentation.current == pattern[0]
    observers = len(window.werkblad.workspace._observers)
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    assert not presentation.isVisible()
    assert len(window.werkblad.workspace._observers) == observers - 1, "no longer listening"


@pytest.fixture
def tab(demo_window):
    window, gezin_id = demo_window
    tab = window.werkblad.open_tijdlijn()
    tab.plot.show_all()
    return window, gezin_id, tab


def test_quick_add_with_n_creates_the_right_item(qtbot, tab):
    window, gezin_id, tab = tab
    tab.plot.setFocus()
    qtbot.keyClick(tab.plot, Qt.Key.Key_N)
    assert tab.quick_add.line.hasFocus()
    qtbot.keyClicks(tab.quick_add.line, "mrt 2019 OTS uitgesproken #maatregel @Noah @Lotte")
    qtbot.keyClick(tab.quick_add.line, Qt.Key.Key_Return)

    items = window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id)
    new = next(i for i in items if i.titel == "OTS uitgesproken")
    names = {lid.id: lid.naam for lid in tab.alles.leden}
    people = window.werkblad.workspace.read(gebeurtenissen.personen, new.id)
    assert new.start == "2019-03" and sorted(names[p] for p in people) == [
        "Lotte Vermeulen",
        "Noah Vermeulen",
    ]
    assert "OTS uitgesproken" in tab.plot.drawn_titles()
    assert tab.quick_add.isVisible() and tab.quick_add.line.text() == ""

    qtbot.keyClicks(tab.quick_add.line, "ooit ruzie @Noah")
    qtbot.keyClick(tab.quick_add.line, Qt.Key.Key_Return)
    assert "Begin met een datum" in tab.quick_add.error.text()
    assert tab.quick_add.line.text() == "ooit ruzie @Noah", "the typed text stays to be corrected"
    qtbot.keyClick(tab.quick_add.line, Qt.Key.Key_Escape)
    assert not tab.quick_add.isVisible()


def _viewport_point(plot, item_index, dx_seconds=0.0):
    rows = np.flatnonzero(plot._row_item == item_index)
    row = rows[0]
    x = plot._row_start[row] if plot._row_period[row] else plot._row_mid[row]
    scene = plot.viewbox.mapViewToScene(QPointF(x + dx_seconds, plot._row_y[row]))
    return plot.mapFromScene(scene)


def _send(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)),
        button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_click_selects_drag_moves_and_undo_restores(qtbot, tab):
    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    index = next(i for i, t in enumerate(tab.shown.titels) if t == "Noah terug naar huis")
    item_id = int(tab.shown.ids[index])
    tab.plot.show_year(2021)
    viewport = tab.plot.viewport()

    start = _viewport_point(tab.plot, index)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert tab.selection == {item_id}
    assert tab.detail.titel.text() == "Noah terug naar huis"

    end = _viewport_point(tab.plot, index, dx_seconds=92 * 86400)
    left = Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 11):
        _send(viewport, QEvent.Type.MouseMove, start + (end - start) * step / 10, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)

    def start_of(session):
        return session.get(gebeurtenissen.Gebeurtenis, item_id).start

    assert workspace.read(start_of) == "2021-06", "mrt 2021 dragged three months, still a month"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.read(start_of) == "2021-03"
    assert "Ongedaan gemaakt: Verplaatsen" in window.statusBar().currentMessage()


def test_delete_key_removes_and_undo_brings_back(qtbot, tab):
    window, gezin_id, tab = tab
    index = next(i for i, t in enumerate(tab.shown.titels) if t == "Geboorte Lotte")
    tab._clicked(index, False)
    tab.plot.setFocus()
    qtbot.keyClick(tab.plot, Qt.Key.Key_Delete)
    assert "Geboorte Lotte" not in tab.shown.titels
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Geboorte Lotte" in tab.shown.titels


def test_detail_panel_edits_are_saved_with_history(qtbot, tab):
    window, gezin_id, tab = tab
    index = next(i for i, t in enumerate(tab.shown.titels) if t == "Geboorte Lotte")
    item_id = int(tab.shown.ids[index])
    tab._clicked(index, False)
    tab.detail.datum.setFocus()
    tab.detail.datum.selectAll()
    qtbot.keyClicks(tab.detail.datum, "zomer 2014")
    qtbot.keyClick(tab.detail.datum, Qt.Key.Key_Return)
    history = window.werkblad.workspace.read(gebeurtenissen.geschiedenis, item_id)
    assert (history[-1].veld, history[-1].oud, history[-1].nieuw) == (
        "datum",
        "22-09-2014",
        "zomer 2014",
    )
    assert any("datum: 22-09-2014 → zomer 2014" in tab.detail.geschiedenis.item(i).text()
               for i in range(tab.detail.geschiedenis.count()))  # fmt: skip


def test_search_and_pattern_filters(qtbot, tab):
    window, gezin_id, tab = tab
    qtbot.keyClicks(tab.search, "melding")
    assert tab.matches.text() == f"{len(tab.filter.treffers(tab.shown))} treffers"
    assert int(tab.matches.text().split()[0]) >= 5
    loaded = window.werkblad.workspace.read(tijdlijn.laad, gezin_id)
    tab.publiek_keuze.setFocus()
    qtbot.keyClick(tab.publiek_keuze, Qt.Key.Key_Down)  # chosen from the keyboard
    assert len(tab.shown) == len(publiek_tijdlijn.voor(loaded, Publiek.PROFESSIONALS))
    qtbot.keyClick(tab.publiek_keuze, Qt.Key.Key_Down)
    assert len(tab.shown) == len(loaded), "the facilitator's own view shows everything"
    tab.indeling_acties[Indeling.CATEGORIEEN].trigger()  # Meer → Banen → Per categorie
    assert tab.plot.banen.namen == [c.naam for c in loaded.categorieen]


def test_repaints_keep_python_refcounts_intact(tab):
    """Guards the PySide6 pin: 6.12.0 lost a reference to True on every setData."""
    _, _, tab = tab
    before = sys.getrefcount(True)
    for _ in range(200):
        tab.plot.zoom(0.99)
    assert sys.getrefcount(True) >= before - 10


def test_the_tab_starts_with_what_parents_may_see(qtbot, tab):
    window, gezin_id, tab = tab
    by = _titles_by_audience(window, gezin_id)
    drawn = tab.plot.drawn_titles()
    assert tab.publiek_keuze.gekozen() is Publiek.OUDERS
    assert not drawn & (by["vertrouwelijk"] | by["professionals"])
    tab.set_publiek(None)
    assert by["vertrouwelijk"] <= tab.plot.drawn_titles()


def test_what_parents_may_not_see_leaves_the_pattern_menu_and_the_details(qtbot, tab):
    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    items = workspace.read(gebeurtenissen.van_gezin, gezin_id)
    professional = [i.id for i in items if i.zichtbaarheid == "professionals"][:2]
    workspace.edit("Patroon", patronen.maak, gezin_id, "Alleen voor de GI", professional)

    def menu():
        return [tab.patroon.itemText(i) for i in range(tab.patroon.count())]

    tab.set_publiek(Publiek.OUDERS)
    assert not any("Alleen voor de GI" in text for text in menu())
    parents_see = tab.shown.ids.tolist()
    for text, pattern_id in ((tab.patroon.itemText(i), tab.patroon.itemData(i))
                             for i in range(1, tab.patroon.count())):  # fmt: skip
        members = workspace.read(patronen.leden, pattern_id)
        count = sum(member in parents_see for member in members)
        assert text.endswith(f"({count}×)"), "counts only what parents may see"
    tab.set_publiek(Publiek.PROFESSIONALS)
    assert "Alleen voor de GI (2×)" in menu()

    secret = next(i for i in items if i.zichtbaarheid == "vertrouwelijk")
    tab.set_publiek(None)
    tab._clicked(tab.shown.index_van(secret.id), False)
    assert tab.detail.titel.text() == secret.titel
    tab.set_publiek(Publiek.OUDERS)
    shown_text = [tab.detail.heading.text(), tab.detail.titel.text(),
                  tab.detail.omschrijving.toPlainText()]  # fmt: skip
    assert not any(secret.titel in text for text in shown_text)
    assert tab.detail.geschiedenis.count() == 0 and tab.selection == set()


def test_a_touchpad_pinch_zooms_around_the_fingers(qtbot, tab):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    _, _, tab = tab
    plot = tab.plot
    x0, x1 = plot.viewbox.viewRange()[0]
    at = QPointF(plot.viewport().width() * 0.25, plot.viewport().height() / 2)
    under_fingers = plot.viewbox.mapSceneToView(plot.mapToScene(at.toPoint())).x()
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        at, at, plot.viewport().mapToGlobal(at), 0.5, QPointF(0, 0),
    )  # fmt: skip
    QApplication.sendEvent(plot.viewport(), pinch)
    y0, y1 = plot.viewbox.viewRange()[0]
    assert (y1 - y0) == pytest.approx((x1 - x0) / 1.5, rel=0.01), "fingers apart: closer in"
    after = plot.viewbox.mapSceneToView(plot.mapToScene(at.toPoint())).x()
    assert after == pytest.approx(under_fingers, abs=(x1 - x0) * 0.01)
