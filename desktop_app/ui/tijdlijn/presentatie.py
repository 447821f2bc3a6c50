"""Presenteren (F5): the timeline full screen on a beamer, for a chosen audience.

Vertrouwelijk items never reach this window: the audience is ouders or professionals,
never the facilitator's own view, and the filter is applied before anything is drawn.
"""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from desktop_app.model.enums import Publiek
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Wijziging
from desktop_app.services.gezin import gezinnen
from desktop_app.services.tijdlijn import snel_toevoegen, tijdlijn
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from desktop_app.services.tijdlijn.filter import TijdlijnFilter
from desktop_app.ui.edits import Editor
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from desktop_app.ui.tijdlijn.quick_add import QuickAddBar
from desktop_app.ui.tijdlijn.theme import BEAMER

AUDIENCE_BANNER = {
    Publiek.OUDERS: "MET OUDERS  ·  alleen wat voor iedereen is",
    Publiek.PROFESSIONALS: "ALLEEN PROFESSIONALS  ·  vertrouwelijk blijft verborgen",
}
_windows: list = []  # keep open presentation windows alive


def ask_audience(parent) -> Publiek | None:
    box = QMessageBox(parent)
    box.setWindowTitle("Presenteren")
    box.setText("Wie kijken er mee?")
    box.setInformativeText("Met ouders erbij worden items voor professionals verborgen. "
                           "Vertrouwelijke items worden nooit getoond.")  # fmt: skip
    ouders = box.addButton("Met ouders", QMessageBox.ButtonRole.AcceptRole)
    professionals = box.addButton("Alleen professionals", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Annuleren", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ouders)
    box.exec()
    return {ouders: Publiek.OUDERS, professionals: Publiek.PROFESSIONALS}.get(box.clickedButton())


def start_presentation(parent, editor: Editor, gezin_id: int) -> None:
    publiek = ask_audience(parent)
    if publiek is not None:
        window = PresentatieVenster(editor, gezin_id, publiek)
        _windows.append(window)
        window.showFullScreen()


HELP = "← → door de tijd   + − zoomen   P patronen   N toevoegen   Esc stoppen"


class PresentatieVenster(QWidget):
    def __init__(self, editor: Editor, gezin_id: int, publiek: Publiek):
        super().__init__()
        if publiek not in AUDIENCE_BANNER:
            raise ValueError("projection is for ouders or professionals only")
        self.editor, self.gezin_id = editor, gezin_id
        self.filter = TijdlijnFilter(publiek=publiek, indeling=Indeling.PERSONEN)
        self.current: int | None = None
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        naam = editor.workspace.read(gezinnen.haal, gezin_id).naam
        self.setWindowTitle(f"{naam} – tijdlijn (presentatie)")
        self.banner = QLabel(f"{naam}   ·   {AUDIENCE_BANNER[publiek]}")
        self.banner.setObjectName("publiekBanner")
        self.banner.setStyleSheet(
            "background: #000000; color: #FFFFFF; padding: 10px 18px; font-weight: 700;"
        )
        self.caption = QLabel(HELP)
        self.caption.setWordWrap(True)
        for label, size in ((self.banner, 26), (self.caption, 32)):
            font = QFont()
            font.setPixelSize(size)
            label.setFont(font)
        self.plot = TimelinePlot(BEAMER)
        self.quick_add = QuickAddBar()
        self.quick_add.submitted.connect(self._quick_add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.quick_add)
        editor.workspace.subscribe(self._on_change)
        self._reload()
        self.plot.show_all()

    def _reload(self) -> None:
        current_id = None if self.current is None else int(self.shown.ids[self.current])
        loaded = self.editor.workspace.read(tijdlijn.laad, self.gezin_id)
        self.shown = self.filter.toepassen(loaded)
        banen = verdeel(self.shown, self.filter.indeling)
        self.plot.set_data(self.shown, banen, self.filter.nadruk(self.shown))
        # the current item follows its id; one this audience may no longer see leaves the screen
        self.current = self.shown.index_van(current_id) if current_id else None  # 0: regie
        self.plot.set_current(self.current)
        if current_id is not None:
            self.caption.setText(HELP if self.current is None else self._describe(self.current))

    def _on_change(self, change: Wijziging) -> None:
        if self.gezin_id in change.gezin_ids and self.isVisible():
            view = self.plot.viewbox.viewRange()[0]
            self._reload()
            self.plot.viewbox.setXRange(*view, padding=0)

    def keyPressEvent(self, event):
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.plot.zoom(0.7)
        elif key == Qt.Key.Key_Minus:
            self.plot.zoom(1.4)
        elif key == Qt.Key.Key_P:
            self.next_pattern()
        elif key == Qt.Key.Key_N:
            self.quick_add.open()
        elif key == Qt.Key.Key_Home:
            self.plot.show_all()
        else:
            super().keyPressEvent(event)

    def step(self, direction: int) -> None:
        """Next or previous item in time, enlarged, centred and spelled out below."""
        if not len(self.shown):
            return
        emphasis = self.filter.nadruk(self.shown)
        candidates = (
            np.flatnonzero(emphasis) if emphasis is not None else np.arange(len(self.shown))
        )
        if not len(candidates):
            return
        if self.current is None or self.current not in candidates:
            position = 0 if direction > 0 else len(candidates) - 1
        else:
            position = (int(np.searchsorted(candidates, self.current)) + direction) % len(
                candidates
            )
        self.current = int(candidates[position])
        self.plot.set_current(self.current)
        self.plot.focus_on(self.current)
        self.caption.setText(self._describe(self.current))

    def next_pattern(self) -> None:
        """Cycle: no pattern, each pattern in turn, no pattern again."""
        ids = [p.id for p in self.shown.patronen]
        if not ids:
            return
        order = [None, *ids]
        self.filter.patroon_id = order[(order.index(self.filter.patroon_id) + 1) % len(order)]
        self.plot.set_emphasis(self.filter.nadruk(self.shown))
        self.current = None
        self.plot.set_current(None)
        if self.filter.patroon_id is None:
            self.caption.setText("Geen patroon gekozen. P = volgend patroon")
            return
        patroon = next(p for p in self.shown.patronen if p.id == self.filter.patroon_id)
        count = len(self.shown.patroon_items.get(patroon.id, ()))
        self.caption.setText(f"Patroon: {patroon.naam}  ({count} keer)   ← → langs elk voorkomen")

    def _describe(self, index: int) -> str:
        return f"{self.shown.datum_tekst(index)}  ·  {self.shown.titels[index]}"

    def _quick_add(self, line: str) -> None:
        try:
            item = self.editor.workspace.edit(
                "Snel toevoegen", snel_toevoegen.voeg_toe, self.gezin_id, line
            )
        except InvoerFout as exc:
            self.quick_add.refused(str(exc))
            return
        self.quick_add.accepted(item.titel)

    def closeEvent(self, event):
        self.editor.workspace.unsubscribe(self._on_change)
        if self in _windows:
            _windows.remove(self)
        super().closeEvent(event)
