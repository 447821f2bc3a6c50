"""A table of entries with one line to add to it: Enter adds, the audience is chosen beside it."""

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop_app.model.enums import Zichtbaarheid
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices
from desktop_app.ui.widgets.tables import table_view

# Three columns share a laptop's width: the text needs it more than the audience does.
SHORT_AUDIENCE = {
    Zichtbaarheid.IEDEREEN: "Iedereen",
    Zichtbaarheid.PROFESSIONALS: "Prof.",
    Zichtbaarheid.VERTROUWELIJK: "Vertr.",
}


def audience_column(commit) -> Column:
    """The "Voor" column of an entry: who may see it, changed in place."""
    return Column(
        "Voor",
        lambda row: SHORT_AUDIENCE[row.zichtbaarheid],
        commit,
        edit_value=lambda row: row.zichtbaarheid,
        choices=lambda: enum_choices(Zichtbaarheid),
        tooltip="Wie dit mag zien: iedereen, alleen professionals (prof.) "
        "of vertrouwelijk (vertr.)",
    )


class EntryList(QGroupBox):
    added = Signal(str, str)  # text, zichtbaarheid

    def __init__(self, title: str, model: RowTableModel, placeholder: str, audience: bool = True):
        super().__init__(title)
        self.model = model
        self.view = table_view(model, 0)
        self.view.setWordWrap(True)
        # whole entries, wrapped: what was said must be readable without widening a column
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.returnPressed.connect(self.submit)
        self.line.installEventFilter(self)
        self.audience = narrow(QComboBox(), 8)
        for label, value in enum_choices(Zichtbaarheid):
            self.audience.addItem(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.line)  # a whole line to type in, however narrow the column
        if audience:
            row = QHBoxLayout()
            voor = QLabel("Voor")
            voor.setBuddy(self.audience)
            row.addWidget(voor)
            row.addWidget(self.audience, 1)
            layout.addLayout(row)
        else:  # setVisible(True) on a widget without a parent would open a window
            self.audience.hide()

    def eventFilter(self, watched, event):
        """With nothing of its own to undo, the line leaves Ctrl+Z to the app's undo."""
        if watched is self.line and event.type() == QEvent.Type.ShortcutOverride:
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            own = (undo and self.line.isUndoAvailable()) or (redo and self.line.isRedoAvailable())
            if (undo or redo) and not own:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        text = self.line.text().strip()
        if text:
            self.added.emit(text, self.audience.currentData())

    def accepted(self) -> None:
        """The entry was saved: clear the line for the next one. setText, not clear(): the
        line's own undo would bring the text back, and Ctrl+Z must undo the saved entry."""
        self.line.setText("")
