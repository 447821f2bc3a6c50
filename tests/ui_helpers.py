"""Driving modal dialogs in pytest-qt: answer the next one from the event loop."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_dialog_opens(handle, seen: list | None = None):
    """Run `handle(dialog)` on the next modal dialog; its result is appended to `seen`."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        result = handle(dialog)
        if seen is not None:
            seen.append(result)

    QTimer.singleShot(0, poll)
