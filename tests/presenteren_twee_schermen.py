"""F5 with a laptop and a beamer: run by test_presenteren.py in a process whose offscreen
platform has two screens (Qt takes its screens once, when the application starts).

Not collected by itself (no test_ prefix): with one screen every test here would be wrong.
"""

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.gezin import gezinsleden
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Publiek
from desktop_app.store import logboek
from desktop_app.ui.opslag.slotscherm import Donker, Slotscherm
from desktop_app.ui.publiek import venster
from desktop_app.ui.publiek.console import PresentatieConsole


@pytest.fixture
def screens():
    found = [screen.name() for screen in QGuiApplication.screens()]
    assert len(found) == 2, "run through test_presenteren.py, which gives Qt two screens"
    return found


def _press_f5(qtbot, window, focus) -> venster.ProjectieVenster:
    before = len(venster._open)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a shortcut works in the active window only
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_F5)
    assert len(venster._open) == before + 1, "F5 opened no beamer window"
    beamer = venster._open[-1]
    qtbot.addWidget(beamer)
    qtbot.addWidget(beamer.console)
    qtbot.waitExposed(beamer.console)
    qtbot.wait(20)  # the console's picture of the room follows after the first paint
    return beamer


@pytest.fixture
def presenting(qtbot, demo_window, screens):
    """F5 on the demo gezin's timeline: (main window, gezin id, beamer, console)."""
    window, gezin_id = demo_window
    assert window.screen().name() == screens[0]
    tab = window.werkblad.open_tijdlijn()
    beamer = _press_f5(qtbot, window, tab.plot)
    return window, gezin_id, beamer, beamer.console


def _picture(beamer):
    return beamer.grab().toImage()


def _all_black(image) -> bool:
    return all(
        image.pixelColor(x, y).lightness() == 0
        for x in range(0, image.width(), 16)
        for y in range(0, image.height(), 16)
    )


def test_f5_puts_the_room_full_screen_on_the_beamer_and_the_console_on_the_laptop(
    presenting, screens
):
    _, _, beamer, console = presenting
    laptop, room = QGuiApplication.screens()
    assert [laptop.name(), room.name()] == screens
    assert beamer.isVisible() and beamer.isFullScreen()
    assert beamer.screen().name() == room.name() and beamer.geometry() == room.geometry()
    assert beamer.size().toTuple() == (1920, 1080)
    assert isinstance(console, PresentatieConsole) and console.isVisible()
    assert console.screen().name() == laptop.name()
    assert laptop.geometry().contains(console.geometry())
    assert console.isWindow() and beamer.isWindow() and console.parent() is None
    assert QApplication.activeWindow() is console, "the laptop keeps the keys"
    assert not beamer.isActiveWindow()
    assert beamer.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    # the keys are explained on the laptop, not to the room
    assert "P patronen" in console.hulp.text() and beamer.caption.text() == ""


def test_the_console_shows_the_current_and_next_item_of_the_room(qtbot, presenting):
    _, _, beamer, console = presenting
    steps = beamer.presentatie.stappen
    assert len(steps) > 3 and console.model.stringList() == list(steps)
    qtbot.keyClick(console, Qt.Key.Key_Right)
    assert console.nu.text() == steps[0] == beamer.caption.text()
    assert console.volgende.text() == steps[1]
    qtbot.keyClick(console, Qt.Key.Key_Right)
    assert beamer.caption.text() == steps[1] and console.volgende.text() == steps[2]
    qtbot.keyClick(console, Qt.Key.Key_Left)
    assert beamer.caption.text() == steps[0]
    # a click on the agenda jumps there, on both screens
    rect = console.lijst.visualRect(console.model.index(3))
    qtbot.mouseClick(console.lijst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert beamer.caption.text() == console.nu.text() == steps[3]
    assert console.lijst.currentIndex().row() == 3


def test_b_blanks_the_beamer_and_brings_it_back(qtbot, presenting):
    _, _, beamer, console = presenting
    shown = _picture(beamer)
    assert not _all_black(shown)
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert _all_black(_picture(beamer))
    assert "ZWART" in console.scherm.text() and console.zwart.isChecked()
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert _picture(beamer) == shown
    assert "ZWART" not in console.scherm.text() and not console.zwart.isChecked()
    qtbot.mouseClick(console.zwart, Qt.MouseButton.LeftButton)  # the button does the same
    assert _all_black(_picture(beamer))


def test_typing_in_the_console_never_reaches_the_beamer(qtbot, presenting):
    _, gezin_id, beamer, console = presenting
    shown = _picture(beamer)
    qtbot.keyClick(console, Qt.Key.Key_N)
    assert console.snel.line.hasFocus()
    # letters the console and the timeline answer to (B, N, P) and arrows: all typing here
    line = "begin 2024 Bezoek van Noah bij Papa #gezin"
    for typed in line:
        qtbot.keyClick(console.snel.line, typed)
        assert _picture(beamer) == shown, f"the room saw {typed!r} being typed"
    qtbot.keyClick(console.snel.line, Qt.Key.Key_Left)
    assert _picture(beamer) == shown and not beamer.presentatie.zwart
    assert console.snel.line.text() == line and not beamer.quick_add.isVisible()

    secret = "begin 2024 Gesprek over opvangadres !prof"
    console.snel.line.setText(secret)
    qtbot.keyClick(console.snel.line, Qt.Key.Key_Return)
    assert _picture(beamer) == shown, "an item the parents may not see changes nothing there"
    assert "opvangadres" not in console.snel.error.text()

    console.snel.line.setText(line)
    qtbot.keyClick(console.snel.line, Qt.Key.Key_Return)
    assert console.snel.error.text() == "Toegevoegd: Bezoek van Noah bij Papa"
    assert "Bezoek van Noah bij Papa" in beamer.shown.titels  # through the projection
    assert _picture(beamer) != shown
    assert any("Bezoek van Noah bij Papa" in step for step in console.model.stringList())


def test_the_audience_switch_changes_what_the_beamer_shows(qtbot, presenting):
    window, gezin_id, beamer, console = presenting
    read = window.werkblad.workspace.read
    titles = {p: set(read(publiek_tijdlijn.tijdlijn, gezin_id, p).titels) for p in Publiek}
    professionals_only = titles[Publiek.PROFESSIONALS] - titles[Publiek.OUDERS]
    assert professionals_only and not professionals_only & set(beamer.shown.titels)

    console.keuze.setCurrentIndex(console.keuze.findData(Publiek.PROFESSIONALS.value))
    console.keuze.activated.emit(console.keuze.currentIndex())
    assert "ALLEEN PROFESSIONALS" in beamer.banner.text()
    assert professionals_only <= set(beamer.shown.titels)
    assert "door u gekozen" in console.scherm.text()
    logged = [json.loads(line) for line in logboek.pad(window.werkblad.workspace.opslag.pad)
              .read_text(encoding="utf-8").splitlines()]  # fmt: skip
    assert [(entry["publiek"], entry["vorm"]) for entry in logged] == [
        ("ouders", "beamer tijdlijn"), ("professionals", "beamer tijdlijn")
    ]  # fmt: skip

    # a parent marked present at today's meeting: the room decides again, and narrows
    workspace = window.werkblad.workspace
    meeting = workspace.edit("Vandaag", bijeenkomsten.maak, gezin_id, datetime.now(UTC)).id
    sanne = next(lid for lid in read(gezinsleden.van_gezin, gezin_id) if lid.gezag)
    workspace.edit(
        "Aanwezig", bijeenkomsten.zet_aanwezigheid, meeting, "aanwezig", gezinslid_id=sanne.id
    )
    assert "MET OUDERS" in beamer.banner.text()
    assert not professionals_only & set(beamer.shown.titels)
    assert console.keuze.gekozen() is Publiek.OUDERS and "gezin aanwezig" in console.scherm.text()


def test_esc_ends_presenting_on_both_screens(qtbot, presenting):
    window, _, beamer, console = presenting
    qtbot.keyClick(console, Qt.Key.Key_N)
    qtbot.keyClicks(console.snel.line, "mrt 2019")
    qtbot.keyClick(console.snel.line, Qt.Key.Key_Escape)
    assert console.isVisible() and console.snel.line.text() == "", "Esc first empties the line"
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert not console.isVisible() and not beamer.isVisible()
    assert beamer not in venster._open


@pytest.mark.parametrize("tab", ["bijeenkomsten", "weging", "taakverdeling"])
def test_every_tab_that_presents_gets_the_same_console(qtbot, demo_window, screens, tab):
    window, _ = demo_window
    opened = getattr(window.werkblad, f"open_{tab}")()
    qtbot.waitUntil(lambda: opened.isVisible())
    focus = opened.focusWidget() or opened
    beamer = _press_f5(qtbot, window, focus)
    assert beamer.screen().name() == screens[1] and beamer.isFullScreen()
    assert isinstance(beamer.console, PresentatieConsole)
    assert QApplication.activeWindow() is beamer.console
    qtbot.keyClick(beamer.console, Qt.Key.Key_B)
    assert _all_black(_picture(beamer))
    qtbot.keyClick(beamer.console, Qt.Key.Key_B)
    if tab == "bijeenkomsten":  # the meeting's agenda: one section at a time
        steps = beamer.presentatie.stappen
        assert beamer.console.nu.text() == steps[0] and steps[0] in beamer.shown_text()
        qtbot.keyClick(beamer.console, Qt.Key.Key_PageDown)  # a presenter's clicker
        assert beamer.console.nu.text() == steps[1] and steps[1] in beamer.shown_text()
        assert beamer.console.volgende.text() == steps[2]
    if tab == "taakverdeling":
        qtbot.keyClick(beamer.console, Qt.Key.Key_W)
        assert "Wie belt u waarvoor" in beamer.shown_text()
    qtbot.keyClick(beamer.console, Qt.Key.Key_Escape)
    assert not beamer.isVisible()


def test_the_idle_lock_hides_the_beamer_and_locks_the_console(qtbot, presenting):
    window, _, beamer, console = presenting
    window.vergrendeling.vergrendel()
    assert any(d.isVisible() for d in beamer.findChildren(Donker))
    lock = next(s for s in console.findChildren(Slotscherm) if s.isVisible())
    assert lock.isAncestorOf(console.focusWidget()), "unlock where the user was: the console"
    qtbot.keyClick(console.focusWidget(), Qt.Key.Key_Return)
    assert not window.vergrendeling.vergrendeld
    assert not beamer.findChildren(Donker) or not any(
        d.isVisible() for d in beamer.findChildren(Donker)
    )
    assert not beamer.isActiveWindow()
