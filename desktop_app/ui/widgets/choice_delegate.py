from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate

from desktop_app.ui.widgets.row_table import CHOICES_ROLE, EDITABLE_CHOICE_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for cells whose model offers choices (CHOICES_ROLE)."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(bool(index.data(EDITABLE_CHOICE_ROLE)))
        # Enter would otherwise add the typed text as an item without a value and select
        # it before the delegate commits; the typed text is read in setModelData instead.
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if combo.isEditable():
            # Suggestions in a list below, never silently completed into the text: "GGZ"
            # followed by Enter stays "GGZ", not "GGZ-behandelaar".
            combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
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
        model.setData(index, _typed_value(editor) if editor.isEditable() else editor.currentData())


def _typed_value(combo: QComboBox):
    """What an editable combo box holds: the value of the choice whose label is typed (in
    any case), otherwise the typed text itself. Never the current item's value, which the
    text may no longer match."""
    text = combo.currentText().strip()
    position = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(position) if position >= 0 else text
