"""A table model over a list of store rows, described by columns; edits go to the Editor."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.ui.widgets.plain_text import exact

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # list of (label, value) for ChoiceDelegate
EDITABLE_CHOICE_ROLE = Qt.ItemDataRole.UserRole + 2  # free text allowed besides the choices


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Any], str]
    commit: Callable[[Any, Any], bool] | None = None  # (row, new value) -> saved?
    edit_value: Callable[[Any], Any] | None = None  # value the editor starts from
    checkable: bool = False
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    free_text: bool = False
    decoration: Callable[[Any], Any] | None = None
    tooltip: str = ""


def enum_choices(enum) -> list[tuple[str, str]]:
    """(label, value) of each member of a LabeledEnum, for Column.choices and combo boxes."""
    return [(member.label, member.value) for member in enum]


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        """Replace the rows; keep selection and focus when the same rows were only edited."""
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self.columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of_id(self, row_id: int) -> int:
        return next(i for i, r in enumerate(self.rows) if r.id == row_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].tooltip or None
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.commit is None:
            return base
        if column.checkable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return Qt.CheckState.Checked if column.display(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and not column.checkable:
            return column.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(row) if column.edit_value else column.display(row)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == CHOICES_ROLE and column.choices:
            return column.choices()
        if role == EDITABLE_CHOICE_ROLE:
            return column.free_text
        if role == Qt.ItemDataRole.ToolTipRole and not column.checkable:
            shown = column.display(row)
            return exact(shown) if len(shown) > 30 else column.tooltip or None
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole
    ):
        column = self.columns[index.column()]
        if column.commit is None:
            return False
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return column.commit(row, Qt.CheckState(value) == Qt.CheckState.Checked)
        if role == Qt.ItemDataRole.EditRole:
            if value == (column.edit_value(row) if column.edit_value else column.display(row)):
                return False
            return column.commit(row, value)
        return False
