"""The idle lock: what a passer-by can read on the laptop and the beamer while it is locked,
and the way back in."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag import ontgrendelen
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.opslag.slotscherm import Slotscherm
from desktop_app.ui.tijdlijn.presentatie import PresentatieVenster
from desktop_app.ui.werkblad import Werkblad
from tests.ui_helpers import when_dialog_opens

WACHTWOORD = "een sterk wachtwoord 123"
# From the demo gezin: its name, a parent, a professional, the municipality.
GEHEIM = ("Vermeulen", "Sanne de Graaf", "Fatima El Amrani", "Rijswijk")


@pytest.fixture(autouse=True)
def settings(tmp_path):
    """Each test its own settings file, never the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


READ = (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description,
        QAccessible.Text.Help)  # fmt: skip


def readable(venster) -> str:
    """What an eye or a screen reader finds in a window: its title, and the name, value and
    description of every accessible object that is shown."""
    found = [venster.windowTitle()]

    def walk(node):
        if node is None or not node.isValid() or node.state().invisible:
            return
        found.extend(node.text(t) for t in READ)
        for i in range(node.childCount()):
            walk(node.child(i))

    walk(QAccessible.queryAccessibleInterface(venster))
    return "\n".join(found)


def leaks(venster) -> list[str]:
    text = readable(venster)
    return [word for word in GEHEIM if word in text]


def lock_screen(venster) -> Slotscherm:
    return next(s for s in venster.findChildren(Slotscherm) if s.isVisible())


def light_pixels(venster) -> int:
    image = venster.grab().toImage()
    step = 4
    return sum(
        image.pixelColor(x, y).lightness() > 160
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


@pytest.fixture
def beamer(qtbot, demo_window):
    window, gezin_id = demo_window
    presentation = PresentatieVenster(window.werkblad.editor, gezin_id)
    qtbot.addWidget(presentation)
    presentation.resize(1366, 768)
    presentation.show()
    qtbot.waitExposed(presentation)
    return presentation


def test_ctrl_l_hides_the_case_data_on_the_laptop_and_the_beamer(qtbot, demo_window, beamer):
    window, _ = demo_window
    assert leaks(window) == list(GEHEIM)  # the check reads what is on screen
    assert "Vermeulen" in window.windowTitle()
    assert light_pixels(beamer) > 1000  # a white timeline

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.vergrendeling.vergrendeld
    assert not window.werkblad.isVisible() and not window.menuBar().isVisible()
    assert leaks(window) == []
    assert window.windowTitle() == "Casustafel – vergrendeld"
    assert "Casustafel is vergrendeld" in readable(window)
    screen = lock_screen(window)
    assert screen.wachtwoord is None  # a plain store: a click or Enter unlocks
    assert not beamer.plot.isVisible() and not beamer.banner.isVisible()
    assert leaks(beamer) == [] and "Vergrendeld" in readable(beamer)
    assert light_pixels(beamer) == 0  # a dark screen, grey letters

    qtbot.keyClick(screen.knop, Qt.Key.Key_Return)

    assert not window.vergrendeling.vergrendeld
    assert window.werkblad.isVisible() and beamer.plot.isVisible()
    assert leaks(window) == list(GEHEIM)
    assert "Vermeulen" in window.windowTitle()
    assert light_pixels(beamer) > 1000


def test_a_locked_beamer_takes_no_keys(qtbot, demo_window, beamer):
    """Keys and shortcuts would show parts of it again: N the quick-add bar, W the contacts."""
    from desktop_app.ui.taakverdeling.presentatie import BordPresentatie

    window, gezin_id = demo_window
    board = BordPresentatie(window.werkblad.editor, gezin_id)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitExposed(board)
    window.vergrendeling.vergrendel()

    qtbot.keyClick(beamer, Qt.Key.Key_N)
    assert not beamer.quick_add.isVisible()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    for _ in range(2):
        qtbot.keyClick(board, Qt.Key.Key_W)
    assert board.pages.currentIndex() == 0 and not board.contacten.isVisible()
    assert leaks(beamer) == [] and leaks(board) == []


def test_no_shortcut_works_under_the_lock_and_nothing_is_lost(qtbot, demo_window):
    window, gezin_id = demo_window
    workspace = window.werkblad.workspace
    window.vergrendeling.vergrendel()
    workspace.edit("Gezin hernoemen", gezinnen.wijzig, gezin_id, naam="Gezin Vermeulen-de Graaf")
    assert window.windowTitle() == "Casustafel – vergrendeld"  # the new name stays hidden

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert workspace.read(gezinnen.haal, gezin_id).naam == "Gezin Vermeulen-de Graaf"

    lock_screen(window).knop.click()
    assert window.windowTitle().startswith("Gezin Vermeulen-de Graaf")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.read(gezinnen.haal, gezin_id).naam == "Gezin Vermeulen"


def test_idle_time_locks_and_input_puts_it_off(qtbot, demo_window):
    window, _ = demo_window
    lock = window.vergrendeling
    assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000  # the default

    lock.timer.start(300)
    qtbot.wait(200)
    qtbot.keyClick(window.werkblad.search, Qt.Key.Key_V)
    assert lock.timer.remainingTime() > 250  # typing is not idle
    assert not lock.vergrendeld

    qtbot.waitUntil(lambda: lock.vergrendeld, timeout=2000)
    assert leaks(window) == []
    assert not lock.timer.isActive()  # no timer runs under the lock

    lock_screen(window).knop.click()
    assert lock.timer.isActive()


def test_a_dialog_left_open_is_locked_too_and_keeps_what_was_typed(qtbot, demo_window, tmp_path):
    window, gezin_id = demo_window
    seen = {}

    def while_renaming(dialog):  # records only: a failing assert here would hang the dialog
        dialog.findChild(QLineEdit).setText("Gezin Vermeulen-de Graaf")
        size = dialog.size()
        window.vergrendeling.vergrendel()
        seen["leaks"] = leaks(dialog)
        dialog.grab().save(str(tmp_path / "dialoog.png"))
        screen = lock_screen(dialog)
        seen["focus"] = dialog.focusWidget() is screen.knop  # the lock screen on top
        seen["fits"] = dialog.size().expandedTo(screen.minimumSizeHint()) == dialog.size()
        qtbot.keyClick(screen.knop, Qt.Key.Key_Escape)  # would cancel the dialog
        seen["after escape"] = dialog.isVisible(), window.vergrendeling.vergrendeld
        qtbot.keyClick(screen.knop, Qt.Key.Key_Return)
        seen["typed"] = dialog.findChild(QLineEdit).text()
        seen["same size"] = dialog.size() == size
        dialog.accept()

    when_dialog_opens(while_renaming, kind=QInputDialog)
    window.werkblad.rename_gezin()

    assert seen == {
        "leaks": [],
        "focus": True,
        "fits": True,
        "after escape": (True, True),
        "typed": "Gezin Vermeulen-de Graaf",
        "same size": True,
    }
    naam = window.werkblad.workspace.read(gezinnen.haal, gezin_id).naam
    assert naam == "Gezin Vermeulen-de Graaf"


def test_a_message_box_under_the_lock_holds_the_lock_screen(qtbot, demo_window):
    """A message box sizes itself to its text; under the lock it has none to show."""
    window, gezin_id = demo_window
    seen = {}

    def while_asking(box):
        size = box.size()
        window.vergrendeling.vergrendel()
        screen = lock_screen(box)
        qtbot.wait(50)  # the box would shrink to its hidden contents from the event loop
        seen["leaks"] = leaks(box)
        seen["fits"] = box.size().expandedTo(screen.minimumSizeHint()) == box.size()
        screen.knop.click()
        qtbot.wait(50)
        seen["back"] = box.size() == size and "Vermeulen" in readable(box)
        box.reject()

    when_dialog_opens(while_asking, kind=QMessageBox)
    window.werkblad.delete_gezin()

    assert seen == {"leaks": [], "fits": True, "back": True}
    assert window.werkblad.workspace.read(gezinnen.haal, gezin_id)


@pytest.fixture
def encrypted(qtbot, db_path):
    workspace = Workspace.open(db_path, WACHTWOORD)
    workspace.edit("Demo", maak_demo)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(Werkblad(workspace, window))
    window.werkblad.open_most_recent()
    window.show()
    qtbot.waitExposed(window)
    window.vergrendeling.vergrendel()
    return window


def _try(qtbot, screen, passphrase):
    qtbot.keyClicks(screen.wachtwoord, passphrase)
    qtbot.keyClick(screen.wachtwoord, Qt.Key.Key_Return)


def test_an_encrypted_store_unlocks_only_with_its_passphrase(qtbot, encrypted):
    screen = lock_screen(encrypted)
    assert encrypted.focusWidget() is screen.wachtwoord

    _try(qtbot, screen, "een sterk wachtwoord")
    assert encrypted.vergrendeling.vergrendeld and leaks(encrypted) == []
    assert screen.melding.text() == "Het wachtwoord klopt niet."
    assert screen.wachtwoord.text() == ""  # not kept in the field

    _try(qtbot, screen, WACHTWOORD)
    assert not encrypted.vergrendeling.vergrendeld
    assert "Vermeulen" in encrypted.windowTitle()


def test_five_wrong_tries_make_the_next_wait_30_seconds(qtbot, encrypted, monkeypatch):
    lock = encrypted.vergrendeling
    now = [1000.0]
    monkeypatch.setattr(lock, "klok", lambda: now[0])
    lock.aftellen.setInterval(10)
    screen = lock_screen(encrypted)
    for _ in range(ontgrendelen.POGINGEN - 1):
        _try(qtbot, screen, "fout")
    assert screen.wachtwoord.isEnabled()

    _try(qtbot, screen, "fout")
    assert "wacht 30 seconden" in screen.melding.text()
    assert not screen.wachtwoord.isEnabled() and not screen.knop.isEnabled()
    assert not lock.ontgrendel(WACHTWOORD)  # not even the right one, yet
    now[0] += 25
    qtbot.waitUntil(lambda: "wacht 5 seconden" in screen.melding.text())

    now[0] += 5
    qtbot.waitUntil(screen.wachtwoord.isEnabled)
    assert screen.melding.text() == "U kunt het opnieuw proberen."
    _try(qtbot, screen, WACHTWOORD)
    assert not lock.vergrendeld


def test_the_idle_minutes_are_chosen_in_the_menu_and_kept(qtbot, demo_window, monkeypatch):
    window, _ = demo_window
    bestand = window.menuBar().actions()[0].menu()
    entries = {a.text(): a for a in bestand.actions()}
    assert entries["Vergrendelen"].shortcut().toString() == "Ctrl+L"

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (15, True))
    entries["Automatisch vergrendelen…"].trigger()
    assert window.vergrendeling.timer.interval() == 15 * 60_000
    assert "na 15 minuten" in window.statusBar().currentMessage()

    again = MainWindow()
    qtbot.addWidget(again)
    again.attach(Werkblad(window.werkblad.workspace, again))
    assert again.vergrendeling.minuten == 15

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, True))
    entries["Automatisch vergrendelen…"].trigger()
    assert not window.vergrendeling.timer.isActive()  # never by itself
    qtbot.keyClick(window.werkblad.search, Qt.Key.Key_V)
    assert not window.vergrendeling.timer.isActive()
