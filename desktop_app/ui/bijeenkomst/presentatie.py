"""Presenteren (F5) from the Bijeenkomsten tab: one section at a time, large, full screen."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.model.enums import Publiek
from desktop_app.services.core.workspace import Wijziging
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek import bijeenkomst as bijeenkomst_presentatie
from desktop_app.ui.edits import Editor

BANNER = {
    Publiek.OUDERS: "MET OUDERS  ·  alleen wat voor iedereen is",
    Publiek.PROFESSIONALS: "ALLEEN PROFESSIONALS  ·  vertrouwelijk blijft verborgen",
}
_windows: list = []


def start_presentation(editor: Editor, gezin_id: int, bijeenkomst_id: int) -> None:
    window = BijeenkomstPresentatie(editor, gezin_id, bijeenkomst_id)
    _windows.append(window)
    window.showFullScreen()


class BijeenkomstPresentatie(QWidget):
    def __init__(self, editor: Editor, gezin_id: int, bijeenkomst_id: int):
        super().__init__()
        self.editor, self.gezin_id, self.bijeenkomst_id = editor, gezin_id, bijeenkomst_id
        self.index = 0
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        self.naam = editor.workspace.read(gezinnen.haal, gezin_id).naam
        self.banner = QLabel()
        self.banner.setStyleSheet("background: #000000; color: #FFFFFF; padding: 10px 18px;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.hint = QLabel("← → andere onderdelen   Esc stoppen")
        for label, size in ((self.banner, 26), (self.body, 34), (self.hint, 22)):
            font = QFont()
            font.setPixelSize(size)
            label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        self.body.setContentsMargins(40, 24, 40, 0)
        self.hint.setContentsMargins(40, 0, 40, 0)
        editor.workspace.subscribe(self._on_change)
        self._reload()

    def _reload(self) -> None:
        read = self.editor.workspace.read
        self.publiek, self.sections = read(bijeenkomst_presentatie.secties, self.bijeenkomst_id)
        self.index = min(self.index, len(self.sections) - 1)
        self.banner.setText(f"<b>{escape(self.naam)}</b>   ·   {BANNER[self.publiek]}")
        self._show()

    def _show(self) -> None:
        section = self.sections[self.index]
        items = "".join(
            f"<li style='margin-bottom:14px'>{escape(line)}</li>" for line in section.regels
        )
        empty = "<p style='color:#444'>Nog niets genoteerd.</p>"
        self.body.setText(
            f"<h1 style='font-size:46px'>{escape(section.titel)}</h1>"
            + (f"<ul>{items}</ul>" if section.regels else empty)
        )
        self.hint.setText(
            f"{self.index + 1} van {len(self.sections)}   ·   ← → andere onderdelen   Esc stoppen"
        )

    def shown_text(self) -> str:
        return self.body.text()

    def keyPressEvent(self, event):
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.index = (self.index + 1) % len(self.sections)
            self._show()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.index = (self.index - 1) % len(self.sections)
            self._show()
        else:
            super().keyPressEvent(event)

    def _on_change(self, change: Wijziging) -> None:
        if self.gezin_id in change.gezin_ids:
            self._reload()

    def closeEvent(self, event):
        self.editor.workspace.unsubscribe(self._on_change)
        if self in _windows:
            _windows.remove(self)
        super().closeEvent(event)
