"""Every label of the timeline drawn by one graphics item.

One item with one paint call instead of a text item per label: a repaint no longer walks
hundreds of items, and QStaticText keeps each title's text layout from one repaint to the
next. The item lives in the ViewBox's own pixel coordinates, so text is never scaled with
time; the plot lays the labels out (services.tijdlijn.etiketten) and hands them over.
"""

from dataclasses import dataclass

import numpy as np
import pyqtgraph.functions as fn
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

CACHE_LIMIT = 5000  # prepared texts kept; beyond this the cache starts again


@dataclass(frozen=True)
class Label:
    x: float  # left edge, pixels in the ViewBox
    y: float  # top edge
    width: float
    text: str
    colour: QColor


class LabelLayer(QGraphicsObject):
    def __init__(self, parent: QGraphicsItem, font: QFont, background: str, pole: str):
        super().__init__(parent)
        self.font = font
        self.line_height = QFontMetrics(font).height()
        self.background = QColor(background)
        self.pole_pen = QPen(QColor(pole), 1)
        self.labels: list[Label] = []
        self.poles = QPainterPath()
        self._texts: dict[str, QStaticText] = {}
        self.setZValue(10)  # above every data item
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks reach the items below

    def set_labels(self, labels: list[Label], poles: list[tuple]) -> None:
        """The labels, and the thin lines from items up to them as (x0, y0, x1, y1)."""
        self.labels = labels
        ends = np.array(poles, dtype=float).reshape(-1, 2, 2)
        self.poles = fn.arrayToQPath(ends[:, :, 0].ravel(), ends[:, :, 1].ravel(), "pairs")
        self.update()

    def boundingRect(self) -> QRectF:
        return self.parentItem().boundingRect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(self.pole_pen)
        painter.drawPath(self.poles)
        for label in self.labels:
            # a patch of background, so the pole of a label further up passes behind it
            patch = QRectF(label.x - 1, label.y, label.width + 2, self.line_height)
            painter.fillRect(patch, self.background)
        painter.setFont(self.font)
        for label in self.labels:  # after every patch: no patch covers a neighbour's text
            painter.setPen(label.colour)
            painter.drawStaticText(QPointF(label.x, label.y), self._prepared(label.text))

    def _prepared(self, text: str) -> QStaticText:
        prepared = self._texts.get(text)
        if prepared is None:
            if len(self._texts) >= CACHE_LIMIT:
                self._texts.clear()
            prepared = QStaticText(text)
            prepared.setTextFormat(Qt.TextFormat.PlainText)
            prepared.prepare(font=self.font)
            self._texts[text] = prepared
        return prepared
