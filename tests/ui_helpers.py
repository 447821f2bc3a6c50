"""Driving modal dialogs in pytest-qt: answer the next one from the event loop."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog_opens(handle, seen: list | None = None, kind: type = QWidget):
    """Run `handle(dialog)` on the next modal dialog of `kind` (a window-modal one may already
    be open below it); its result is appended to `seen`."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, poll)
            return
        result = handle(dialog)
        if seen is not None:
            seen.append(result)

    QTimer.singleShot(0, poll)
