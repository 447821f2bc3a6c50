"""The meeting screen by keyboard: typed dates and times, relative deadlines, the shortcuts
of its main commands and the question before a second meeting on one day."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.taakverdeling import afspraken
from desktop_app.ui.main_window import MainWindow
from tests.ui_helpers import when_dialog_opens

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def scherm(qtbot, db_path):
    """The main window at laptop size on a gezin with one meeting, ten days ago at 13:30."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    assert window.open_store(db_path)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.werkblad.workspace
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Bakker").id
    workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Mira Bakker", gezag=True)
    held = (datetime.now() - timedelta(days=10)).replace(hour=13, minute=30, second=0)
    workspace.edit("B", bijeenkomsten.maak, gezin_id, held.astimezone().astimezone(UTC))
    window.werkblad.select_gezin(gezin_id)
    return window, window.werkblad.open_bijeenkomsten(), gezin_id


def _retype(qtbot, line, text, end=Qt.Key.Key_Return):
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, end)


def _local(moment):
    return moment.astimezone().replace(tzinfo=None)


def test_typing_a_date_and_time_moves_the_meeting_and_tab_leaves_at_once(qtbot, scherm):
    window, tab, _ = scherm
    workspace = window.werkblad.workspace
    field = tab.kop.moment
    _retype(qtbot, field.line, "12-04-2023 14:00", Qt.Key.Key_Tab)
    assert not field.line.hasFocus(), "one Tab leaves the field"
    assert tab.kop.soort.hasFocus()
    stored = workspace.read(bijeenkomsten.van_gezin, tab.gezin_id)[0]
    assert _local(stored.moment) == datetime(2023, 4, 12, 14, 0)
    assert "woensdag 12 april 2023 om 14:00" in tab.kop.moment.woorden.text()

    _retype(qtbot, tab.kop.moment.line, "12 april 2023 9.30")
    stored = workspace.read(bijeenkomsten.van_gezin, tab.gezin_id)[0]
    assert _local(stored.moment) == datetime(2023, 4, 12, 9, 30)

    # Shift+Tab goes back out in one press as well.
    tab.kop.soort.setFocus()
    qtbot.keyClick(tab.kop.soort, Qt.Key.Key_Backtab)
    assert tab.kop.moment.line.hasFocus()
    qtbot.keyClick(tab.kop.moment.line, Qt.Key.Key_Backtab)
    assert not tab.kop.moment.line.hasFocus()


def test_fuzzy_input_is_welcome_and_a_mistake_keeps_the_old_value(qtbot, scherm):
    window, tab, _ = scherm
    workspace = window.werkblad.workspace
    _retype(qtbot, tab.kop.moment.line, "morgen 14:00")
    stored = workspace.read(bijeenkomsten.van_gezin, tab.gezin_id)[0]
    assert _local(stored.moment) == datetime.combine(
        date.today() + timedelta(days=1), datetime.min.time()
    ).replace(hour=14)
    assert "(morgen)" in tab.kop.moment.woorden.text()

    _retype(qtbot, tab.kop.moment.line, "31-02-2027 10:00")
    assert tab.kop.moment.fout.isVisible()
    assert "bestaat niet als datum" in tab.kop.moment.fout.text()
    assert workspace.read(bijeenkomsten.van_gezin, tab.gezin_id)[0].moment == stored.moment
    assert tab.kop.moment.line.text() == "31-02-2027 10:00", "nothing typed is lost"
    qtbot.keyClick(tab.kop.moment.line, Qt.Key.Key_Escape)
    assert not tab.kop.moment.fout.isVisible()
    assert tab.kop.moment.line.text() == _local(stored.moment).strftime("%d-%m-%Y %H:%M")

    # only a time: the same day, another hour
    _retype(qtbot, tab.kop.moment.line, "16u")
    moved = workspace.read(bijeenkomsten.van_gezin, tab.gezin_id)[0]
    assert _local(moved.moment) == _local(stored.moment).replace(hour=16, minute=0)


def test_an_afspraak_takes_a_relative_deadline_and_stores_the_date(qtbot, scherm):
    window, tab, gezin_id = scherm
    workspace = window.werkblad.workspace
    deadline = tab.afspraken.deadline
    _retype(qtbot, deadline.line, "volgende bijeenkomst", Qt.Key.Key_Tab)
    assert "nog geen volgende bijeenkomst gepland" in deadline.fout.text()

    _retype(qtbot, deadline.line, "over twee weken", Qt.Key.Key_Tab)
    assert not deadline.fout.isVisible()
    in_two_weeks = date.today() + timedelta(weeks=2)
    assert "(over 2 weken)" in deadline.woorden.text()
    tab.afspraken.wie.setCurrentIndex(tab.afspraken.wie.findText("Ouders"))
    tab.afspraken.line.setFocus()
    qtbot.keyClicks(tab.afspraken.line, "Huisarts bellen")
    qtbot.keyClick(tab.afspraken.line, Qt.Key.Key_Return)
    made = workspace.read(afspraken.van_gezin, gezin_id)
    assert [(a.tekst, a.deadline) for a in made] == [("Huisarts bellen", in_two_weeks)]
    assert deadline.line.text() == "" and deadline.waarde is None

    # once the next meeting is agreed, "volgende bijeenkomst" is its date
    agreed = date.today() + timedelta(days=20)
    _retype(qtbot, tab.kop.volgende.line, agreed.strftime("%d-%m-%Y"))
    _retype(qtbot, deadline.line, "volgende bijeenkomst", Qt.Key.Key_Tab)
    assert deadline.waarde == agreed

    # a deadline changed in the table takes the same words
    row = tab.afspraken.model.rows.index(workspace.read(afspraken.van_gezin, gezin_id)[0])
    tab.afspraken.model.setData(tab.afspraken.model.index(row, 3), "eind van de maand")
    month_end = (date.today().replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(1)
    assert workspace.read(afspraken.van_gezin, gezin_id)[0].deadline == month_end


def test_a_wrong_deadline_adds_nothing_and_says_why(qtbot, scherm):
    window, tab, gezin_id = scherm
    _retype(qtbot, tab.afspraken.deadline.line, "over drie eeuwen", Qt.Key.Key_Tab)
    tab.afspraken.line.setFocus()
    qtbot.keyClicks(tab.afspraken.line, "Huisarts bellen")
    qtbot.keyClick(tab.afspraken.line, Qt.Key.Key_Return)
    assert window.werkblad.workspace.read(afspraken.van_gezin, gezin_id) == []
    assert "begrijp ik niet" in tab.afspraken.deadline.fout.text()
    assert tab.afspraken.line.text() == "Huisarts bellen"


def test_the_main_commands_have_shortcuts_named_in_their_tooltips(qtbot, scherm):
    window, tab, gezin_id = scherm
    workspace = window.werkblad.workspace
    for button, keys in ((tab.new_button, "Ctrl+Shift+N"), (tab.next_button, "Ctrl+Shift+P"),
                         (tab.finalise, "Ctrl+Shift+V")):  # fmt: skip
        assert keys in button.toolTip()
    first = tab.bijeenkomst.id
    tab.kop.locatie.setFocus()
    qtbot.keyClick(tab.kop.locatie, Qt.Key.Key_V, CTRL_SHIFT)
    assert workspace.read(bijeenkomsten.logboek, first)[-1].actie == "vastgesteld"

    # Nieuwe bijeenkomst: now, and it is shown
    tab.meetings.setFocus()
    qtbot.keyClick(tab.meetings, Qt.Key.Key_N, CTRL_SHIFT)
    meetings = workspace.read(bijeenkomsten.van_gezin, gezin_id)
    assert len(meetings) == 2 and tab.bijeenkomst.id == meetings[-1].id
    assert _local(meetings[-1].moment).date() == date.today()


def test_planning_the_next_meeting_by_keyboard(qtbot, scherm):
    window, tab, gezin_id = scherm
    workspace = window.werkblad.workspace
    current = tab.bijeenkomst.id
    tab.kop.locatie.setFocus()
    qtbot.keyClick(tab.kop.locatie, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    line = QApplication.activeModalWidget().veld.line
    qtbot.waitUntil(line.hasFocus)
    assert line.selectedText() == line.text() != "", "the proposal, to keep or type over"
    qtbot.keyClicks(line, "over 2 weken 10:00")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    meetings = workspace.read(bijeenkomsten.van_gezin, gezin_id)
    expected = datetime.combine(date.today() + timedelta(weeks=2), datetime.min.time())
    assert _local(meetings[-1].moment) == expected.replace(hour=10)
    assert tab.bijeenkomst.id == current, "the open record stays in view"
    assert meetings[0].volgende == expected.date(), "the record says when the next one is"


def test_a_second_meeting_on_one_day_is_asked_and_no_is_the_default(qtbot, scherm):
    window, tab, gezin_id = scherm
    workspace = window.werkblad.workspace
    first = workspace.read(bijeenkomsten.van_gezin, gezin_id)[0]
    day = _local(first.moment) + timedelta(days=14)
    workspace.edit("B", bijeenkomsten.maak, gezin_id, day.astimezone().astimezone(UTC))
    tab.select(first.id)

    asked = []

    def press_enter(box):
        asked.append(box.text())
        assert box.defaultButton().text() == "Nee"
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_dialog_opens(press_enter, kind=QMessageBox)
    dialog = tab.plan_next()
    dialog.veld.line.setText(day.replace(hour=19).strftime("%d-%m-%Y %H:%M"))
    qtbot.keyClick(dialog.veld.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked))
    assert "al een bijeenkomst" in asked[0] and "Toch" in asked[0]
    assert len(workspace.read(bijeenkomsten.van_gezin, gezin_id)) == 2

    def say_yes(box):
        box.button_clicked = next(b for b in box.buttons() if b.text() == "Ja, toch")
        box.button_clicked.click()

    when_dialog_opens(say_yes, kind=QMessageBox)
    dialog = tab.plan_next()
    dialog.veld.line.setText(day.replace(hour=19).strftime("%d-%m-%Y %H:%M"))
    qtbot.keyClick(dialog.veld.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.read(bijeenkomsten.van_gezin, gezin_id)) == 3)
