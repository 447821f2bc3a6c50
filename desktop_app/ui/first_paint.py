from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls `then` once, from the event loop, after `widget` is first painted."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
