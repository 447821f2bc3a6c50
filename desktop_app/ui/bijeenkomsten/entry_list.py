"""A table of entries with one line to add to it: Enter adds, the audience is chosen beside it."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from desktop_app.model.enums import Zichtbaarheid
from desktop_app.ui.choice_delegate import ChoiceDelegate
from desktop_app.ui.row_table import RowTableModel


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
        self.audience = QComboBox()
        for z in Zichtbaarheid:
            self.audience.addItem(z.label, z.value)
        self.audience.setVisible(audience)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.audience)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def submit(self) -> None:
        text = self.line.text().strip()
        if text:
            self.added.emit(text, self.audience.currentData())

    def accepted(self) -> None:
        """The entry was saved: clear the line for the next one."""
        self.line.clear()
