from PySide6.QtWidgets import QDialog

from desktop_app.services.core.workspace import Wijziging
from desktop_app.ui.edits import Editor


class StoreDialog(QDialog):
    """A dialog that shows store-wide data (`toont`: its tables) and follows every edit to
    them while it is open."""

    def __init__(self, editor: Editor, toont: frozenset[str], parent=None):
        super().__init__(parent)
        self.editor, self.toont = editor, toont
        editor.workspace.subscribe(self._on_change)
        self.finished.connect(lambda: editor.workspace.unsubscribe(self._on_change))

    def _on_change(self, change: Wijziging) -> None:
        if change.raakt(None, self.toont):
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
