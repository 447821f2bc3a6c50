from PySide6.QtWidgets import QDialog

from desktop_app.services.core.workspace import Wijziging
from desktop_app.ui.edits import Editor


class StoreDialog(QDialog):
    """A dialog that shows store data and follows every edit while it is open."""

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        editor.workspace.subscribe(self._on_change)
        self.finished.connect(lambda: editor.workspace.unsubscribe(self._on_change))

    def _on_change(self, _change: Wijziging) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError
