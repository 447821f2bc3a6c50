from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from desktop_app.ui.widgets.row_table import CHOICES_ROLE, EDITABLE_CHOICE_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for cells whose model offers choices (CHOICES_ROLE)."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(bool(index.data(EDITABLE_CHOICE_ROLE)))
        for label, value in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):
        if not isinstance(editor, QComboBox):
            return super().setEditorData(editor, index)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        if position >= 0:
            editor.setCurrentIndex(position)
        elif editor.isEditable():
            editor.setEditText(str(value or ""))

    def setModelData(self, editor, model, index):
        if not isinstance(editor, QComboBox):
            return super().setModelData(editor, model, index)
        if editor.isEditable() and editor.currentText() != editor.itemText(editor.currentIndex()):
            model.setData(index, editor.currentText().strip())
        else:
            model.setData(index, editor.currentData())
