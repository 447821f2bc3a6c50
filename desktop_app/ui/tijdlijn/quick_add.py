"""Snel toevoegen: one line typed during the conversation, Enter saves, Esc cancels."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.model.enums import Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.services.tijdlijn import snel_toevoegen

HINT = "mrt 2019 OTS uitgesproken #maatregel @Noah @Lotte   (!prof = alleen professionals)"


class QuickAddBar(QWidget):
    submitted = Signal(str)
    escaped = Signal()  # closed with Esc: the keyboard goes back to the timeline

    def __init__(self, vast: bool = False):
        """`vast`: always there (the presenting console); Esc then only empties the line."""
        super().__init__()
        self.vast = vast
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
        if not vast:
            self.hide()

    def open(self) -> None:
        self.show()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape and self.vast:
            self.line.clear()
            self.error.hide()
            self.line.clearFocus()  # back to the console's keys
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            self.escaped.emit()
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


def snel_toevoegen_in(editor, gezin_id: int, line: str, bar: QuickAddBar, shown):
    """Save `line` as a new item of the gezin and tell `bar`; the item, or None when refused.
    `shown()`: the records the audience sees once it is saved, so the feedback names nothing
    they may not."""
    try:
        item = editor.workspace.edit("Snel toevoegen", snel_toevoegen.voeg_toe, gezin_id, line)
    except InvoerFout as exc:
        bar.refused(str(exc))
        return None
    bar.accepted(echo(shown(), item))
    return item
