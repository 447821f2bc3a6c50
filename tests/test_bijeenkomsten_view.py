from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.model.enums import Kolom
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen, standpunten
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.ui.bijeenkomst.besluiten import BESLUIT, GEZAG, POSITIE, WIE
from desktop_app.ui.bijeenkomst.presentatie import BijeenkomstPresentatie
from desktop_app.ui.main_window import MainWindow
from tests.ui_helpers import when_dialog_opens


@pytest.fixture
def tab(qtbot, db_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    assert window.open_store(db_path)
    window.show()
    workspace = window.werkblad.workspace
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Yilmaz").id
    workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Ayse Yilmaz", gezag=True)
    workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Ravi", rol="gedragswetenschapper")
    window.werkblad.select_gezin(gezin_id)
    return window, window.werkblad.open_bijeenkomsten()


def _type(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_run_a_meeting_from_the_keyboard(qtbot, tab):
    window, tab = tab
    workspace = window.werkblad.workspace
    tab.new_meeting()
    meeting_id = tab.bijeenkomst.id

    _type(qtbot, tab.kolommen.columns[Kolom.ZORGEN].line, "Schulden lopen op")
    zorgen = tab.kolommen.columns[Kolom.ZORGEN]
    zorgen.line.setFocus()
    qtbot.keyClicks(zorgen.line, "Ruzie met de buren")
    qtbot.keyClick(zorgen.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [p.tekst for p in workspace.read(bijeenkomsten.punten, meeting_id)] == [
        "Schulden lopen op",
        "Ruzie met de buren",
    ]
    assert zorgen.line.text() == ""

    # Tick the first checklist item: select its status cell, F2, Down, Enter.
    view = tab.checklist.view
    view.setFocus()
    view.setCurrentIndex(tab.checklist.model.index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = window.focusWidget()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: workspace.read(bouwstenen.antwoorden, meeting_id)[0].status == "besproken"
    )
    assert tab.checklist.progress.text().startswith("Samenwerking 1/")

    # A kernbeslissing needs the gedragswetenschapper; then the parent is asked.
    tab.besluiten.soort.setCurrentIndex(tab.besluiten.soort.findData("kernbeslissing"))
    messages = []
    when_dialog_opens(lambda box: (messages.append(box.text()), box.accept()), messages)
    _type(qtbot, tab.besluiten.line, "VTO indienen")
    qtbot.waitUntil(lambda: bool(messages))
    assert "gedragswetenschapper" in messages[0]
    assert workspace.read(bijeenkomsten.besluiten, meeting_id) == []
    assert tab.besluiten.line.text() == "VTO indienen", "nothing typed is lost"
    tab.besluiten.gedragswetenschapper.setCurrentIndex(
        tab.besluiten.gedragswetenschapper.findText("Ravi (gedragswetenschapper)")
    )
    tab.besluiten.line.setFocus()
    qtbot.keyClick(tab.besluiten.line, Qt.Key.Key_Return)
    besluit = workspace.read(bijeenkomsten.besluiten, meeting_id)[0]
    assert besluit.soort == "kernbeslissing"
    # The parent is asked next: the keyboard is on their position.
    view = tab.besluiten.view
    assert window.focusWidget() is view and view.currentIndex().column() == POSITIE
    assert view.model().index(0, WIE).data() == "Ayse Yilmaz"

    qtbot.mouseClick(tab.finalise, Qt.MouseButton.LeftButton)
    assert workspace.read(bijeenkomsten.logboek, meeting_id)[-1].actie == "vastgesteld"
    assert tab.finalise.text() == "Heropenen…"
    assert not tab.kolommen.columns[Kolom.ZORGEN].isEnabled()

    # Reopening asks why; the record keeps saying it was reopened, and why.
    def give_reason(dialog):
        dialog.setTextValue("Besluit VTO verkeerd genoteerd")
        dialog.accept()

    answered = []
    when_dialog_opens(give_reason, answered)
    qtbot.keyClick(tab.finalise, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(answered))
    assert workspace.read(bijeenkomsten.logboek, meeting_id)[-1].reden == (
        "Besluit VTO verkeerd genoteerd"
    )
    assert "heropend" in tab.banner.text()
    assert "Besluit VTO verkeerd genoteerd" in tab.banner.text()
    assert tab.kolommen.columns[Kolom.ZORGEN].isEnabled()


def test_live_typing_lands_where_it_is_seen_and_undoes_what_was_saved(qtbot, tab):
    window, tab = tab
    workspace = window.werkblad.workspace
    window.resize(1366, 768)
    tab.new_meeting()
    meeting_id = tab.bijeenkomst.id
    tab.checklist.view.setFocus()

    # Alt+8 goes to the agreements and scrolls them into view, however far down they are.
    qtbot.keyClick(tab.checklist.view, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)
    line = tab.afspraken.line
    assert line.hasFocus()
    top_left = line.mapTo(tab.scroll.viewport(), line.rect().topLeft())
    assert tab.scroll.viewport().rect().contains(top_left)
    assert "(Alt+8)" in tab.afspraken.title()

    # Tab leaves a table instead of walking its cells for ever.
    tab.checklist.view.setFocus()
    qtbot.keyClick(tab.checklist.view, Qt.Key.Key_Tab)
    assert not tab.checklist.view.hasFocus()

    # Ctrl+Z right after Enter takes the saved entry back, not the typed text.
    zorgen = tab.kolommen.columns[Kolom.ZORGEN]
    _type(qtbot, zorgen.line, "Huurachterstand")
    assert [p.tekst for p in workspace.read(bijeenkomsten.punten, meeting_id)] == [
        "Huurachterstand"
    ]
    qtbot.keyClick(zorgen.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.read(bijeenkomsten.punten, meeting_id) == []
    assert zorgen.line.text() == ""

    # A decision does not inherit the parents' position of the one before.
    _type(qtbot, tab.besluiten.line, "Schuldhulp aanvragen")
    qtbot.keyClick(tab.besluiten.view, Qt.Key.Key_E)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    _type(qtbot, tab.besluiten.line, "School belt wekelijks")
    decisions = workspace.read(bijeenkomsten.besluiten, meeting_id)
    positions = [workspace.read(standpunten.van_besluit, b.id)[0].positie for b in decisions]
    assert positions == ["eens", "niet_gevraagd"]


def test_each_parent_gives_their_own_position_in_their_own_words(qtbot, tab):
    window, tab = tab
    workspace = window.werkblad.workspace
    gezin_id = window.werkblad.gezin_id
    workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Murat Yilmaz", relatie="vader")
    workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Emre Yilmaz", relatie="kind")
    window.resize(1366, 768)
    tab.new_meeting()
    _type(qtbot, tab.besluiten.line, "Over zes weken evalueren")
    view, model = tab.besluiten.view, tab.besluiten.model
    assert [(model.index(r, WIE).data(), model.index(r, GEZAG).data()) for r in range(2)] == [
        ("Ayse Yilmaz", "ja"),
        ("Murat Yilmaz", "nee"),
    ], "one line per parent, the child is not asked"
    assert view.rowSpan(0, BESLUIT) == 2, "the decision spans its parents' lines"
    [besluit] = workspace.read(bijeenkomsten.besluiten, tab.bijeenkomst.id)

    def said():
        return [
            (s.naam, s.positie, s.woorden)
            for s in workspace.read(standpunten.van_besluit, besluit.id)
        ]

    def enter():  # an editor commits on the next turn of the event loop, as in the app
        before = said()
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: said() != before)
        qtbot.waitUntil(view.hasFocus)

    # Ayse: o(neens) Enter, → her words; ↓ Murat's words; ← e(ens) Enter.
    assert view.hasFocus() and view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_O)
    enter()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClicks(view, "Z")  # typing starts the words; the rest goes to the cell's editor
    qtbot.keyClicks(window.focusWidget(), "es weken is lang")
    enter()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClicks(view, "P")
    qtbot.keyClicks(window.focusWidget(), "rima zo")
    enter()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_E)
    enter()

    assert said() == [
        ("Ayse Yilmaz", "oneens", "Zes weken is lang"),
        ("Murat Yilmaz", "eens", "Prima zo"),
    ]
    assert [model.index(r, POSITIE).data() for r in range(2)] == ["Oneens", "Eens"]

    # Undo takes back Murat's position only.
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [model.index(r, POSITIE).data() for r in range(2)] == ["Oneens", "Niet gevraagd"]


def test_the_beamer_shows_each_asked_parent_by_name_and_follows_a_new_position(qtbot, tab):
    window, tab = tab
    workspace = window.werkblad.workspace
    gezin_id = window.werkblad.gezin_id
    murat = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Murat Yilmaz", gezag=True).id
    tab.new_meeting()
    _type(qtbot, tab.besluiten.line, "Over zes weken evalueren")
    [besluit] = workspace.read(bijeenkomsten.besluiten, tab.bijeenkomst.id)
    ayse = workspace.read(standpunten.van_besluit, besluit.id)[0].gezinslid_id
    workspace.edit("S", standpunten.zet, besluit.id, ayse, positie="oneens", woorden="Te lang")
    beamer = BijeenkomstPresentatie(window.werkblad.editor, gezin_id, tab.bijeenkomst.id)
    qtbot.addWidget(beamer)
    beamer.presentatie.ga_naar([s.titel for s in beamer.sections].index("Besluiten"))
    beamer.toon()
    shown = beamer.shown_text()
    assert "Over zes weken evalueren" in shown and "Ayse Yilmaz: oneens — “Te lang”" in shown
    assert "Murat" not in shown and "gevraagd" not in shown, "not asked: left out"

    workspace.edit("S", standpunten.zet, besluit.id, murat, positie="eens")
    assert "Murat Yilmaz: eens" in beamer.shown_text()


def test_a_first_meeting_says_so_instead_of_nothing_changed(qtbot, tab):
    window, tab = tab
    workspace = window.werkblad.workspace
    gezin_id = window.werkblad.gezin_id
    workspace.edit("Item", gebeurtenissen.voeg_toe, gezin_id, "Verhuizing", "mrt 2019")
    tab.new_meeting()
    assert "eerste bijeenkomst" in tab.veranderd.tijdlijn.text()
    [first] = workspace.read(bijeenkomsten.van_gezin, gezin_id)
    workspace.edit("Later", bijeenkomsten.maak, gezin_id, first.moment + timedelta(days=14))
    view = tab.meetings
    view.setCurrentIndex(view.model().index(view.model().rowCount() - 1, 0))
    assert tab.bijeenkomst.id != first.id, "the later meeting, with a previous one"
    shown = tab.veranderd.tijdlijn.text()
    assert "eerste bijeenkomst" not in shown and "Verhuizing" in shown
