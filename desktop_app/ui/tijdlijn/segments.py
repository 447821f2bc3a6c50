"""The bars of periods and the spans of uncertain dates, drawn by one graphics item.

A pyqtgraph curve strokes its wide pen through the view's transform (seconds to pixels),
which costs several times more than stroking the same lines laid out in pixels. So the plot
maps the segments to pixels itself (numpy) and this item strokes them as they are, one
path per colour.
"""

import numpy as np
import pyqtgraph.functions as fn
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject


class SegmentLayer(QGraphicsObject):
    def __init__(self, parent: QGraphicsItem):
        super().__init__(parent)
        self.strokes: list[tuple[QPen, QPainterPath]] = []
        self.setZValue(-1)  # below the markers
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_strokes(self, strokes: list[tuple[QPen, QPainterPath]]) -> None:
        self.strokes = strokes
        self.update()

    def boundingRect(self) -> QRectF:
        return self.parentItem().boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for pen, path in self.strokes:
            painter.setPen(pen)
            painter.drawPath(path)


def pen(colour: str, width: float) -> QPen:
    """Square ends, so a bar ends where its period ends."""
    result = QPen(fn.mkColor(colour), width)
    result.setCapStyle(Qt.PenCapStyle.FlatCap)
    return result


def path(x0: np.ndarray, x1: np.ndarray, y: np.ndarray, width_px: float) -> QPainterPath:
    """Horizontal segments from x0 to x1 at y, all in pixels; at least a pixel long, and cut
    a little outside the view so far-off ends stay small numbers."""
    x = np.empty(2 * len(x0))
    x[0::2] = np.clip(x0, -10, width_px + 10)
    x[1::2] = np.clip(np.maximum(x1, x0 + 1), -10, width_px + 10)
    return fn.arrayToQPath(x, np.repeat(y, 2), connect="pairs")
