"""The Taakverdeling tab driven as a facilitator would: by keyboard, by dragging a card, with
the filters; the banner says who to call; the review goes through the open afspraken; the
board on the beamer shows only what the room may see."""

from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.model.enums import AfspraakStatus
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.demo import maak_demo
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.taakverdeling import afspraken, kaarten
from desktop_app.services.taakverdeling.bord import Indeling
from desktop_app.ui.edits import Editor
from desktop_app.ui.taakverdeling.kaart_model import KolomProxy
from desktop_app.ui.taakverdeling.tab import TaakverdelingTab
from tests.ui_helpers import when_dialog_opens


@pytest.fixture
def tab(demo_window):
    window, gezin_id = demo_window
    window.resize(1366, 768)
    return window, gezin_id, window.werkblad.open_taakverdeling()


def _card(window, gezin_id, text):
    return next(k for k in window.werkblad.workspace.read(kaarten.kaarten, gezin_id)
                if k.tekst.startswith(text))  # fmt: skip


def _column(tab, title):
    return next(k for k in tab.bord.kolommen if k.kolom.titel.startswith(title))


def test_the_demo_board_shows_who_does_what_and_marks_safety_and_lateness(tab):
    window, gezin_id, tab = tab
    titles = [k.kolom.titel for k in tab.bord.kolommen]
    assert titles[0] == "Wat ouders doen" and "Sanne de Graaf" in titles
    assert "Fatima El Amrani (casusregisseur)" in titles
    shown = tab.bord.zichtbare_teksten()
    assert "Geen nieuwe politiecontacten" in shown
    assert not any(t.startswith("Binnen 24 uur") for t in shown), "done: not on the open board"
    assert "Fatima El Amrani" in tab.banner.text() and "06-18273645" in tab.banner.text()
    assert "casusregie" in tab.banner.text()
    from desktop_app.ui.taakverdeling.kaart_delegate import regels

    late = _card(window, gezin_id, "Op school vertellen")
    safety = _card(window, gezin_id, "Geen nieuwe politiecontacten")
    today = datetime.now().date()
    assert "TE LAAT" in " ".join(regels(late, today, True, True))
    assert regels(safety, today, True, True)[0] == "BODEMEIS"


def test_a_card_moves_by_keyboard_to_another_owner_and_up_its_column(qtbot, tab):
    window, gezin_id, tab = tab
    parents = _column(tab, "Wat ouders doen")
    parents.lijst.setFocus()
    parents.lijst.setCurrentIndex(parents.proxy.index(1, 0))  # "Op school vertellen …"
    moved = parents.lijst.current_kaart()
    qtbot.keyClick(parents.lijst, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    after = _card(window, gezin_id, moved.tekst)
    neighbour = tab.bord.kolommen[1].kolom  # the column to the right: Sanne
    assert after.eigenaar == neighbour.sleutel
    history = window.werkblad.workspace.read(afspraken.geschiedenis, moved.id)
    assert (history[-1].veld, history[-1].oud, history[-1].nieuw) == (
        "eigenaar", "Ouders", "Sanne de Graaf"
    )  # fmt: skip
    assert tab.bord.current().id == moved.id, "the focus went with the card"

    # Ctrl+Up: first in its new column
    column = next(k for k in tab.bord.kolommen if moved.id in [c.id for c in k.proxy.kaarten()])
    qtbot.keyClick(column.lijst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.bord.kolommen[1].lijst, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert tab.bord.kolommen[1].proxy.kaarten()[0].id == moved.id

    # plain arrows only move the focus
    qtbot.keyClick(tab.bord.kolommen[1].lijst, Qt.Key.Key_Left)
    assert tab.bord.kolommen[0].lijst.hasFocus()
    window.werkblad.undo()
    window.werkblad.undo()
    window.werkblad.undo()
    assert _card(window, gezin_id, moved.tekst).eigenaar == afspraken.OUDERS


def test_dropping_a_card_on_a_status_column_changes_its_status(qtbot, tab):
    window, gezin_id, tab = tab
    tab.set_indeling(Indeling.STATUS)
    assert [k.kolom.titel for k in tab.bord.kolommen] == ["Te doen", "Bezig", "Gedaan", "Vervallen"]
    todo = tab.bord.kolommen[0]
    card = todo.proxy.kaarten()[0]
    mime = tab.model.mimeData([tab.model.index(tab.model.kaarten.index(card))])
    done = tab.bord.kolommen[2].lijst
    at, move, button = QPointF(20, 20), Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(at.toPoint(), move, mime, button, none),
        QDragMoveEvent(at.toPoint(), move, mime, button, none),
        QDropEvent(at, move, mime, button, none),
    ):  # what a mouse drag delivers to the column it is let go over
        QApplication.sendEvent(done.viewport(), event)
    assert _card(window, gezin_id, card.tekst).status is AfspraakStatus.GEDAAN
    assert card.tekst not in tab.bord.zichtbare_teksten(), "open only: a done card leaves"
    tab.alleen_open.setChecked(False)
    assert card.tekst in [k.tekst for k in tab.bord.kolommen[2].proxy.kaarten()]


def test_an_edit_builds_only_the_columns_it_changes(qtbot, tab):
    window, gezin_id, tab = tab
    columns = list(tab.bord.kolommen)
    card = _column(tab, "Wat ouders doen").proxy.kaarten()[0]
    tab.verplaats(card.id, columns[1].kolom.sleutel)
    assert tab.bord.kolommen == columns, "the card moved; every column stayed as it was"
    cards = Counter(k.eigenaar for k in tab.model.kaarten)
    alone = next(k for k in columns[1:] if cards[k.kolom.sleutel] == 1)  # not the parents
    tab.verplaats(alone.proxy.kaarten()[0].id, afspraken.OUDERS)
    assert tab.bord.kolommen == [k for k in columns if k is not alone]
    for indeling in (Indeling.STATUS, Indeling.EIGENAAR):
        tab.set_indeling(indeling)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(tab.bord.findChildren(KolomProxy)) == len(tab.bord.kolommen), "none left over"


@pytest.mark.parametrize("width", [1920, 1600, 1366])
def test_cards_are_painted_at_once_as_their_column_will_show_them(qtbot, workspace, width):
    """A new width (a scroll bar come or gone) measures the cards anew before the paint, not
    a tenth of a second later, or never when only the width changed; a column scrolled into
    view has its cards before it is painted."""
    tab = TaakverdelingTab(Editor(workspace, None))
    qtbot.addWidget(tab)
    tab.resize(width, 1080)
    tab.show_gezin(workspace.edit("Demo", maak_demo))
    tab.show()
    scroll = tab.bord.horizontalScrollBar()
    for change in (
        lambda: scroll.setValue(scroll.maximum()),
        lambda: tab.set_indeling(Indeling.STATUS),
        lambda: tab.set_indeling(Indeling.EIGENAAR),
    ):
        change()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1000)
        painted = tab.bord.grab().toImage()
        for kolom in tab.bord.kolommen:
            kolom.vul()
            kolom.lijst.doItemsLayout()
        assert tab.bord.grab().toImage() == painted


def test_filters_and_search_narrow_the_board(qtbot, tab):
    window, gezin_id, tab = tab
    everything = set(tab.bord.zichtbare_teksten())
    tab.soort.setCurrentIndex(tab.soort.findData("veiligheidsafspraak"))
    tab.soort.activated.emit(tab.soort.currentIndex())
    shown = set(tab.bord.zichtbare_teksten())
    assert shown and shown < everything
    assert all(_card(window, gezin_id, t).soort == "veiligheidsafspraak" for t in shown)
    tab.soort.setCurrentIndex(0)
    tab.soort.activated.emit(0)
    qtbot.keyClicks(tab.zoek, "zwemclub")
    assert tab.bord.zichtbare_teksten() == ["Lotte meldt zich aan bij de zwemclub"]
    tab.zoek.clear()
    assert set(tab.bord.zichtbare_teksten()) == everything


def test_a_task_added_on_the_board_and_edited_in_the_side_panel(qtbot, tab):
    window, gezin_id, tab = tab
    nieuw = tab.nieuw
    nieuw.wie.setCurrentIndex(nieuw.wie.findText("Ouders"))
    nieuw.line.setFocus()
    qtbot.keyClicks(nieuw.line, "Huurachterstand bespreken met de verhuurder")
    qtbot.keyClick(nieuw.line, Qt.Key.Key_Return)
    card = _card(window, gezin_id, "Huurachterstand")
    assert card.bijeenkomst is None and card.eigenaar == afspraken.OUDERS
    assert tab.bord.volg(card.id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert tab.detail.tekst.text() == card.tekst
    tab.detail.deelresultaat.setText("Betalingsregeling getekend")
    tab.detail.deelresultaat.editingFinished.emit()
    assert _card(window, gezin_id, "Huurachterstand").deelresultaat == "Betalingsregeling getekend"


def test_review_at_the_start_of_a_meeting(qtbot, tab):
    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    today = workspace.edit("Vandaag", bijeenkomsten.maak, gezin_id, datetime.now(UTC))
    before = [a for a in workspace.read(afspraken.van_gezin, gezin_id, True)]

    def answer(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, Qt.Key.Key_G)  # the first: gedaan
        qtbot.keyClick(dialog, Qt.Key.Key_L)  # the second: loopt door
        dialog.datum.setText("15-12-2026")
        qtbot.keyClick(dialog, Qt.Key.Key_D)  # the third: a new date
        text = dialog.positie.text()
        dialog.accept()
        return text

    seen = []
    when_dialog_opens(answer, seen)
    tab.bespreek()
    assert seen and "3 besproken" in seen[0]
    statuses = {a.id: a for a in workspace.read(afspraken.van_gezin, gezin_id)}
    assert statuses[before[0].id].status == AfspraakStatus.GEDAAN
    assert statuses[before[2].id].deadline.isoformat() == "2026-12-15"
    said = [
        h for h in workspace.read(afspraken.geschiedenis, before[0].id) if h.veld == "bespreking"
    ]
    assert said[0].bijeenkomst_id == today.id


def test_the_beamer_board_shows_what_the_room_may_see(qtbot, demo_window):
    from desktop_app.ui.taakverdeling.presentatie import BordPresentatie

    window, gezin_id = demo_window
    secret = _card(window, gezin_id, "Behandelplan GGZ delen")
    parents = BordPresentatie(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(parents)
    parents.show()
    parents.activateWindow()
    qtbot.waitUntil(parents.isActiveWindow)
    professionals = BordPresentatie(window.werkblad.editor, gezin_id, Publiek.PROFESSIONALS)
    qtbot.addWidget(professionals)
    assert secret.tekst not in parents.shown_text()
    assert secret.tekst in professionals.shown_text()
    qtbot.keyClick(parents, Qt.Key.Key_W)
    assert (
        "Wie belt u waarvoor" in parents.shown_text() and "Fatima El Amrani" in parents.shown_text()
    )
    assert secret.tekst not in parents.shown_text()
    window.werkblad.workspace.edit("Z", afspraken.wijzig, secret.id, zichtbaarheid="iedereen")
    qtbot.keyClick(parents, Qt.Key.Key_W)
    assert secret.tekst in parents.shown_text(), "the beamer follows the edit"


def test_enter_opens_a_card_in_full_and_esc_goes_back_to_the_board(qtbot, tab):
    window, gezin_id, tab = tab
    assert not tab.detail.isVisible(), "the board takes the width"
    column = tab.bord.kolommen[0]
    column.lijst.setFocus()
    column.lijst.setCurrentIndex(column.proxy.index(0, 0))
    card = column.lijst.current_kaart()
    qtbot.keyClick(column.lijst, Qt.Key.Key_Return)
    assert tab.detail.isVisible() and tab.detail.tekst.hasFocus()
    assert tab.detail.tekst.text() == card.tekst
    qtbot.keyClick(tab.detail.tekst, Qt.Key.Key_Escape)
    assert not tab.detail.isVisible()
    assert tab.bord.current().id == card.id and column.lijst.hasFocus()
