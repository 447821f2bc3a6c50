"""The look of the app: calm, legible from a distance, colour never the only signal."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop_app.ui import nederlands

STYLESHEET = """
QLabel#gezinTitel { font-size: 20pt; font-weight: 600; }
QFrame#gezinHeader { background: #F3F5F8; border: 1px solid #D5DAE1; border-radius: 6px; }
QLabel#regieWaarschuwing { color: #8A1C00; font-weight: 600; }
QLabel#regieContact { color: #333; }
QLabel#inschrijvingWaarschuwing { color: #8A1C00; }
QLabel#sectieTitel { font-weight: 600; }
QLabel#legeStaat { color: #444; font-size: 13pt; }
QGroupBox { font-weight: 600; }
QTableView { gridline-color: #D5DAE1; }
QListView#gezinnenLijst::item { padding: 4px 2px; }
QWidget#bijeenkomstDetail *:disabled { color: #333333; }
QWidget#voorbeeldPaginas { background: #80858C; }
QLabel#voorbeeldPagina { border: 1px solid #4D4D4D; }
QLabel#voorbeeldWaarschuwing { color: #8A1C00; font-weight: 600; }
"""


def apply_style(app: QApplication) -> None:
    nederlands.installeer(app)  # Qt's own buttons and dialogs in Dutch
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(11)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
