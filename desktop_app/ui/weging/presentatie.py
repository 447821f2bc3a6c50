"""The safety chart full screen for a chosen audience (F5 on the Weging tab)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.model.enums import Publiek
from desktop_app.services.gezin import gezinnen
from desktop_app.services.weging import wegingen
from desktop_app.ui.edits import Editor
from desktop_app.ui.tijdlijn.presentatie import AUDIENCE_BANNER
from desktop_app.ui.weging.chart import VeiligheidsGrafiek

_windows: list = []


def start_presentation(editor: Editor, gezin_id: int, publiek: Publiek, per_rol: bool) -> None:
    window = GrafiekPresentatie(editor, gezin_id, publiek, per_rol)
    _windows.append(window)
    window.showFullScreen()


class GrafiekPresentatie(QWidget):
    def __init__(self, editor: Editor, gezin_id: int, publiek: Publiek, per_rol: bool):
        super().__init__()
        if publiek not in AUDIENCE_BANNER:
            raise ValueError("projection is for ouders or professionals only")
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        naam = editor.workspace.read(gezinnen.haal, gezin_id).naam
        banner = QLabel(f"{naam}   ·   Veiligheid door de tijd   ·   {AUDIENCE_BANNER[publiek]}")
        banner.setStyleSheet("background: #000000; color: #FFFFFF; padding: 10px 18px;")
        font = QFont()
        font.setPixelSize(26)
        banner.setFont(font)
        self.chart = VeiligheidsGrafiek(large=True)
        self.chart.show(editor.workspace.read(wegingen.grafiek, gezin_id, publiek, per_rol))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(banner)
        layout.addWidget(self.chart, 1)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event):
        if self in _windows:
            _windows.remove(self)
        super().closeEvent(event)
