"""Presenting (F5): the shared Presentatie, one screen as it always was, and two screens (run
in a process of its own, whose offscreen platform has a laptop and a beamer)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.publiek.console import PresentatieConsole
from desktop_app.ui.publiek.staat import Presentatie, Verandering

TWEE_SCHERMEN = Path(__file__).with_name("presenteren_twee_schermen.py")
SCHERMEN = [
    {"name": "1 laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
    {"name": "2 beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080},
]  # offscreen orders screens by name; the first is the primary one


def test_stepping_goes_round_and_names_what_comes_next():
    presentatie = Presentatie()
    heard = []
    presentatie.subscribe(heard.append)
    presentatie.getekend(["Zorgen", "Wat gaat goed", "Besluiten"], None)
    assert presentatie.huidige is None and presentatie.volgende == "Zorgen"
    presentatie.stap(-1)
    assert presentatie.huidige == "Besluiten" and presentatie.volgende is None
    presentatie.stap(1)
    assert (presentatie.huidige, presentatie.volgende) == ("Zorgen", "Wat gaat goed")
    presentatie.ga_naar(7)  # not a step: nothing happens
    assert presentatie.huidige == "Zorgen"
    assert heard == [Verandering.INHOUD, Verandering.STAP, Verandering.STAP]


def test_a_chosen_audience_holds_until_the_attendance_changes():
    presentatie = Presentatie()
    presentatie.zaal(Publiek.OUDERS, "aanwezigheid nog niet ingevuld")
    presentatie.kies(Publiek.PROFESSIONALS)
    assert presentatie.publiek is Publiek.PROFESSIONALS and not presentatie.volgt_de_zaal
    presentatie.aanwezigheid_veranderd()
    assert presentatie.volgt_de_zaal

    fixed = Presentatie(Publiek.OUDERS)  # a window made for one audience keeps it
    fixed.kies(Publiek.PROFESSIONALS)
    assert fixed.publiek is Publiek.OUDERS and not fixed.volgt_de_zaal


def test_with_one_screen_f5_is_the_beamer_window_alone_as_before(qtbot, demo_window):
    from desktop_app.ui.publiek.venster import _open
    from desktop_app.ui.tijdlijn.presentatie import HELP

    window, _ = demo_window
    assert len(QApplication.screens()) == 1
    tab = window.werkblad.open_tijdlijn()
    tab.plot.setFocus()
    qtbot.keyClick(tab.plot, Qt.Key.Key_F5)
    beamer = _open[-1]
    qtbot.addWidget(beamer)
    assert beamer.isFullScreen() and beamer.console is None
    assert not any(isinstance(w, PresentatieConsole) for w in QApplication.topLevelWidgets())
    assert beamer.caption.text() == HELP, "the keys are explained on the only screen there is"
    qtbot.keyClick(beamer, Qt.Key.Key_Right)
    assert beamer.caption.text() == beamer.presentatie.stappen[0]
    qtbot.keyClick(beamer, Qt.Key.Key_Escape)
    assert not beamer.isVisible()


@pytest.mark.timeout(600)
def test_with_a_laptop_and_a_beamer(tmp_path):
    """Qt reads its screens when the application starts, so this runs in a process of its own;
    its failures are printed here."""
    config = tmp_path / "schermen.json"
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": SCHERMEN}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--benchmark-disable",
         "-W", "ignore", str(TWEE_SCHERMEN)],
        cwd=TWEE_SCHERMEN.parent.parent, env=env, capture_output=True, text=True, timeout=540,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout
