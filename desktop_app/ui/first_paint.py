from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Calls `then` once when `widget` is first painted.

    Deferred (the default), `then` runs from the event loop after the paint completes,
    so slow work never delays the first frame.
    """

    def __init__(self, widget, then, deferred: bool = True):
        super().__init__(widget)
        self._then = then
        self._deferred = deferred
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._deferred:
                QTimer.singleShot(0, self._then)
            else:
                self._then()
        return False
