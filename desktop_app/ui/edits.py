"""The UI's single door to Workspace.edit: a refused edit becomes a Dutch message, not a crash."""

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.ui.widgets.plain_text import exact


class Editor:
    def __init__(self, workspace: Workspace, parent: QWidget):
        self.workspace = workspace
        self._parent = parent

    @property
    def venster(self) -> QWidget:
        """The facilitator's window: where messages about the edits appear."""
        return self._parent

    def run(self, label: str, operation: Callable, *args, **kwargs) -> bool:
        try:
            self.workspace.edit(label, operation, *args, **kwargs)
        except InvoerFout as exc:
            self.refuse(label, str(exc))
            return False
        return True

    def refuse(self, label: str, message: str) -> None:
        QMessageBox.warning(self._parent, f"{label}: niet opgeslagen", exact(message))
