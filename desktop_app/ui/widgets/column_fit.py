"""Columns that follow their contents and the view's width, but leave hand-set widths alone."""

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

_MAX_SHARE = 0.4  # no column fitted wider than this share of the view: one long note
_NARROWEST = 90  # px; narrowing to fit the view stops here, the view scrolls instead


class ColumnFit(QObject):
    """Fits every column of `view` to its header and contents whenever rows arrive, change or
    go, and when the view is resized. When they do not fit, the `stretch` column gives up
    width first, then the widest are narrowed to one common width; when there is width
    left, the `stretch` column takes it. A column
    the user resized by hand keeps that width until its header handle is double-clicked."""

    def __init__(self, view: QTableView, stretch: int):
        super().__init__(view)
        self._view, self._stretch = view, stretch
        self.by_hand: set[int] = set()
        self._dragging = False  # a mouse button is down on the header: the user resizes
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sectionHandleDoubleClicked.connect(self._back_to_fitting)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(self._pending.start)
        self._viewport = view.viewport()  # kept: compared while the view is being deleted
        self._viewport.installEventFilter(self)
        header.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Resize:
                self._pending.start()
        elif kind == QEvent.Type.MouseButtonPress:
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._dragging = False
        return False

    def fit(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        widest = max(int(view.viewport().width() * _MAX_SHARE), _NARROWEST)
        widths = {
            column: min(max(view.sizeHintForColumn(column), header.sectionSizeHint(column)), widest)
            for column in range(header.count())
            if column not in self.by_hand and not header.isSectionHidden(column)
        }
        if not widths:
            return
        room = view.viewport().width() - sum(header.sectionSize(c) for c in self.by_hand)
        if self._stretch in widths:
            excess = sum(widths.values()) - room
            stretch = widths[self._stretch]
            widths[self._stretch] = max(stretch - max(excess, 0), min(stretch, _NARROWEST))
        widths = _narrowed(widths, room)
        if self._stretch in widths:
            widths[self._stretch] += max(0, room - sum(widths.values()))
        for column, width in widths.items():
            header.resizeSection(column, width)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._dragging:
            self.by_hand.add(column)

    def _back_to_fitting(self, column: int) -> None:
        self.by_hand.discard(column)
        self._pending.start()


def _narrowed(widths: dict[int, int], room: int) -> dict[int, int]:
    """The widest columns narrowed to one common width until all fit in `room`, but never
    below _NARROWEST; narrow columns keep their width."""
    cap = max(widths.values())
    while cap > _NARROWEST and sum(min(w, cap) for w in widths.values()) > room:
        cap -= 1
    return {column: min(width, cap) for column, width in widths.items()}
