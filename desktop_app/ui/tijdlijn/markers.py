"""The markers of moments, drawn by one graphics item as fragments of one picture each.

A pyqtgraph scatter item works out a style key for every point on every setData, which made
handing it the visible points on each pan the larger part of a repaint. Here each category
has its marker rendered once (lit and dimmed), and a repaint hands Qt a numpy array of
pixel positions in one call (QPainter.drawPixmapFragments over the array's own memory).
"""

import numpy as np
import pyqtgraph as pg
import shiboken6
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

# The fields of a QPainter::PixmapFragment, in order: where, which part, scale, turn, opacity.
X, Y, SOURCE, SCALE, ROTATION, OPACITY = 0, 1, slice(2, 6), slice(6, 8), 8, 9


class MarkerLayer(QGraphicsObject):
    def __init__(self, parent: QGraphicsItem):
        super().__init__(parent)
        self.groups: list[tuple[QPixmap, np.ndarray]] = []
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_markers(self, groups: list[tuple[QPixmap, np.ndarray]]) -> None:
        """Per marker picture, the pixel centres (n x 2) to draw it at."""
        self.groups = [(pixmap, xy) for pixmap, xy in groups if len(xy)]
        self.update()

    def boundingRect(self) -> QRectF:
        return self.parentItem().boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        for pixmap, xy in self.groups:
            ratio = pixmap.devicePixelRatio()
            fragments = np.empty((len(xy), 10))
            fragments[:, [X, Y]] = xy
            fragments[:, SOURCE] = (0, 0, pixmap.width(), pixmap.height())
            fragments[:, SCALE] = 1 / ratio
            fragments[:, ROTATION] = 0
            fragments[:, OPACITY] = 1
            first = shiboken6.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment)
            painter.drawPixmapFragments(first, len(fragments), pixmap)


def marker(symbol: str, size: float, colour: str, ratio: float) -> QPixmap:
    """A category's marker with a thin white edge, so markers that touch stay apart."""
    edge = pg.mkPen("#FFFFFF", width=1)
    image = renderSymbol(symbol, size, edge, pg.mkBrush(colour), dpr=ratio)
    return QPixmap.fromImage(image)
