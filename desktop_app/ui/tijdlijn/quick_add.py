"""Snel toevoegen: one line typed during the conversation, Enter saves, Esc cancels."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.model.enums import Zichtbaarheid

HINT = "mrt 2019 OTS uitgesproken #maatregel @Noah @Lotte   (!prof = alleen professionals)"


class QuickAddBar(QWidget):
    submitted = Signal(str)

    def __init__(self):
        super().__init__()
        self.line = QLineEdit()
        self.line.setObjectName("snelToevoegen")
        self.line.setPlaceholderText(HINT)
        self.error = QLabel()
        self.error.setObjectName("snelFout")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel("Snel toevoegen:"))
        row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.line.returnPressed.connect(lambda: self.submitted.emit(self.line.text()))
        self.hide()

    def open(self) -> None:
        self.show()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        self.line.clear()
        self.error.hide()
        self.hide()

    def accepted(self, summary: str) -> None:
        """Keep the bar open for the next item: the conversation goes on."""
        self.line.clear()
        self.error.setText(f"Toegevoegd: {summary}")
        self.error.setStyleSheet("color: #1B5E20;")
        self.error.show()

    def refused(self, message: str) -> None:
        """The typed text stays so it can be corrected; nothing was saved."""
        self.error.setText(message)
        self.error.setStyleSheet("color: #8A1C00; font-weight: 600;")
        self.error.show()


def echo(shown, item) -> str:
    """What "Toegevoegd" may repeat on a screen: the title only when that screen shows it."""
    if shown.index_van(item.id) is not None:
        return item.titel
    return f"niet zichtbaar in deze weergave ({Zichtbaarheid(item.zichtbaarheid).label.lower()})"
