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
    QTableView,
    QVBoxLayout,
)

from desktop_app.model.enums import Zichtbaarheid
from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.row_table import RowTableModel


def fit_text_column(view: QTableView, stretch: int) -> None:
    """One column takes the width; the others are as wide as their contents."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class EntryList(QGroupBox):
    added = Signal(str, str)  # text, zichtbaarheid

    def __init__(self, title: str, model: RowTableModel, placeholder: str, audience: bool = True):
        super().__init__(title)
        self.model = model
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        # whole entries, wrapped: what was said must be readable without widening a column
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        fit_text_column(self.view, 0)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.returnPressed.connect(self.submit)
        self.line.installEventFilter(self)
        self.audience = QComboBox()
        for z in Zichtbaarheid:
            self.audience.addItem(z.label, z.value)
        narrow(self.audience, 8)
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
