"""A whole meeting recorded with the keyboard only, on the real main window at 1366×768:
attendance, a bouwsteen note, a decision, an afspraak due "over twee weken", the next
meeting planned with a typed date and time, and Vaststellen. Every key goes to the widget
that has the focus, as a user's would; the keystrokes are counted and printed."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.model.enums import Aanwezig
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen
from desktop_app.services.taakverdeling import afspraken

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Toetsenbord:
    """Keys to whatever has the focus, counted: a typed character is one keystroke, and so
    is a key with its modifiers (Ctrl+Shift+V)."""

    def __init__(self, qtbot):
        self.qtbot, self.count, self.typed = qtbot, 0, 0

    def _focus(self):
        QApplication.processEvents()  # a person types slower than the screen updates
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return QApplication.focusWidget()

    def druk(self, key, modifiers=Qt.KeyboardModifier.NoModifier, times=1):
        for _ in range(times):
            QTest.keyClick(self._focus(), key, modifiers)
            self.count += 1

    def typ(self, text: str):
        QTest.keyClicks(self._focus(), text)
        self.count += len(text)
        self.typed += len(text)


def test_a_meeting_recorded_from_the_keyboard_only(qtbot, demo_window):
    window, gezin_id = demo_window
    window.resize(1366, 768)
    workspace = window.werkblad.workspace
    tab = window.werkblad.open_bijeenkomsten()
    before = workspace.read(bijeenkomsten.van_gezin, gezin_id)
    tab.meetings.setFocus()  # the tab is open; from here on only keys
    keys = Toetsenbord(qtbot)

    keys.druk(Qt.Key.Key_N, CTRL_SHIFT)  # Nieuwe bijeenkomst
    meeting = workspace.read(bijeenkomsten.van_gezin, gezin_id)[-1]
    assert meeting.id not in {b.id for b in before} and tab.bijeenkomst.id == meeting.id

    # Attendance: the first two invited came.
    keys.druk(Qt.Key.Key_2, ALT)
    assert tab.aanwezigheid.view.hasFocus()
    keys.druk(Qt.Key.Key_Right)  # to "Aanwezig" of the first row
    for row in range(2):
        keys.druk(Qt.Key.Key_F2)
        keys.typ("a")  # Aanwezig
        keys.druk(Qt.Key.Key_Return)
        if row == 0:
            keys.druk(Qt.Key.Key_Down)

    # A note with the first question of the bouwstenen checklist.
    keys.druk(Qt.Key.Key_9, ALT)
    keys.druk(Qt.Key.Key_Right, times=3)  # Notitie
    keys.druk(Qt.Key.Key_F2)
    keys.typ("Regie besproken met ouders")
    keys.druk(Qt.Key.Key_Return)

    # A decision.
    keys.druk(Qt.Key.Key_7, ALT)
    keys.typ("Budgetcoach inschakelen")
    keys.druk(Qt.Key.Key_Return)

    # An afspraak for the parents, due in two weeks.
    keys.druk(Qt.Key.Key_8, ALT)
    keys.typ("Aanmelding budgetcoach versturen")
    keys.druk(Qt.Key.Key_Tab, times=2)  # Soort, Wie
    keys.typ("o")  # Ouders
    keys.druk(Qt.Key.Key_Tab)  # Uiterlijk
    keys.typ("over twee weken")
    keys.druk(Qt.Key.Key_Return)

    # The next meeting, its date and time typed in full.
    keys.druk(Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    next_day = date.today() + timedelta(days=15)
    keys.typ(f"{next_day:%d-%m-%Y} 10:30")
    keys.druk(Qt.Key.Key_Return)
    assert dialog.veld.fout.text() == ""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # a window manager's part when a dialog closes; offscreen has none

    keys.druk(Qt.Key.Key_V, CTRL_SHIFT)  # Vaststellen

    print(
        f"\nKeystrokes for a whole meeting by keyboard: {keys.count} "
        f"({keys.typed} typed characters, {keys.count - keys.typed} keys to move and act)"
    )

    # What was recorded landed.
    meeting = workspace.read(bijeenkomsten.van_gezin, gezin_id)[-2]
    assert meeting.vastgesteld is not None
    came = [a.status for a in workspace.read(bijeenkomsten.aanwezigheid, meeting.id)]
    assert came.count(Aanwezig.AANWEZIG) == 2
    assert [row.status for row in tab.aanwezigheid.model.rows[:2]] == [Aanwezig.AANWEZIG] * 2
    notes = [a.notitie for a in workspace.read(bouwstenen.antwoorden, meeting.id)]
    assert "Regie besproken met ouders" in notes
    assert [b.tekst for b in workspace.read(bijeenkomsten.besluiten, meeting.id)] == [
        "Budgetcoach inschakelen"
    ]
    made = [
        a for a in workspace.read(afspraken.van_gezin, gezin_id) if a.bijeenkomst_id == meeting.id
    ]
    assert [(a.tekst, a.deadline) for a in made] == [
        ("Aanmelding budgetcoach versturen", date.today() + timedelta(weeks=2))
    ]
    assert made[0].ouders, "the parents carry it"
    planned = workspace.read(bijeenkomsten.van_gezin, gezin_id)[-1]
    assert planned.moment.astimezone().replace(tzinfo=None) == datetime.combine(
        next_day, datetime.min.time()
    ).replace(hour=10, minute=30)
    assert meeting.volgende == next_day
    assert keys.count < 150
