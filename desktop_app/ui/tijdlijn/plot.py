"""The timeline canvas: a handful of vectorised pyqtgraph items fed with numpy arrays.

Only rows inside the visible range are handed to the items; when more rows are visible
than pixels can show, they are thinned to one per lane and pixel column. Labels are laid
out per lane so they never overlap; a crowded run collapses into "+N".
"""

from datetime import UTC, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics

from desktop_app.services.tijdlijn.banen import Banen
from desktop_app.services.tijdlijn.tijdlijn import DAY, Tijdlijn
from desktop_app.ui.tijdlijn.axis import DutchDateAxis
from desktop_app.ui.tijdlijn.theme import DESK, Theme

LOD_ROWS = 4000  # above this many visible rows, thin them to one per lane and pixel
MAX_LABELS = 400
DIM = "#C8C8C8"
CLICK_TOLERANCE_PX = 10


class TimelineViewBox(pg.ViewBox):
    """Pans and zooms in time only; a drag that starts on an item moves that item."""

    def __init__(self):
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=True, y=False)
        self.invertY(True)
        self.plot = None
        self._dragged = None

    def mouseDragEvent(self, ev, axis=None):
        if ev.button() == Qt.MouseButton.LeftButton and self.plot is not None:
            if ev.isStart():
                self._dragged = self.plot.item_at(ev.buttonDownScenePos())
            if self._dragged is not None:
                ev.accept()
                start = self.mapSceneToView(ev.buttonDownScenePos()).x()
                seconds = self.mapSceneToView(ev.scenePos()).x() - start
                self.plot.preview_drag(self._dragged, seconds)
                if ev.isFinish():
                    dragged, self._dragged = self._dragged, None
                    self.plot.preview_drag(None, 0)
                    self.plot.itemDragged.emit(dragged, seconds)
                return
        super().mouseDragEvent(ev, axis)


class TimelinePlot(pg.PlotWidget):
    itemClicked = Signal(int, bool)  # item index (-1: empty space), add to selection
    itemDoubleClicked = Signal(int)
    itemDragged = Signal(int, float)  # item index, seconds moved

    def __init__(self, theme: Theme = DESK, parent=None):
        self.viewbox = TimelineViewBox()
        super().__init__(parent, viewBox=self.viewbox, axisItems={"bottom": DutchDateAxis()})
        self.viewbox.plot = self
        self.theme = theme
        self.tijdlijn: Tijdlijn | None = None
        self.banen: Banen | None = None
        self.selection: set[int] = set()
        self.current: int | None = None
        self.emphasis: np.ndarray | None = None
        self._visible_rows = np.zeros(0, dtype=np.int64)
        self._build_items()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewbox.sigXRangeChanged.connect(self._redraw)
        self.viewbox.sigResized.connect(self._redraw)  # label room depends on the pixel width
        self.scene().sigMouseClicked.connect(self._clicked)

    # building

    def _build_items(self) -> None:
        theme = self.theme
        self.setBackground(theme.background)
        self.setMenuEnabled(False)
        self.hideButtons()
        for name in ("bottom", "left"):
            axis = self.getAxis(name)
            font = QFont()
            font.setPixelSize(theme.axis_px if name == "bottom" else theme.lane_px)
            if name == "left":
                font.setBold(True)
            axis.setStyle(tickFont=font, tickTextOffset=8)
            axis.setTextPen(theme.text)
            axis.setPen(theme.muted)
        self.label_font = QFont()
        self.label_font.setPixelSize(theme.label_px)
        self.label_metrics = QFontMetrics(self.label_font)
        self.spans = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen("#00000055", width=3))
        self.dim_bars = self._bar_item(DIM)
        self.dim_fuzzy = self._bar_item(DIM + "80")
        self.bars: list[pg.PlotCurveItem] = []
        self.fuzzy: list[pg.PlotCurveItem] = []
        self.current_marker = pg.ScatterPlotItem(pxMode=True, size=theme.marker_px * 1.8)
        self.rings = pg.ScatterPlotItem(
            pxMode=True, brush=None, pen=pg.mkPen(theme.selection, width=3), symbol="o"
        )
        self.ghost = pg.ScatterPlotItem(pxMode=True, brush="#00000040", pen=None, symbol="o")
        overlays = (self.spans, self.dim_fuzzy, self.dim_bars, self.current_marker, self.rings)
        for item in (*overlays, self.ghost):
            self.addItem(item)
        self.markers: list[pg.ScatterPlotItem] = []
        self.dim_markers: list[pg.ScatterPlotItem] = []
        self.labels: list[pg.TextItem] = []
        self.lane_lines: list[pg.InfiniteLine] = []

    def _bar_item(self, colour: str) -> pg.PlotCurveItem:
        pen = pg.mkPen(colour, width=self.theme.bar_px)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pg.PlotCurveItem(connect="pairs", pen=pen)

    # data

    def set_data(
        self, tijdlijn: Tijdlijn, banen: Banen, emphasis: np.ndarray | None = None
    ) -> None:
        """New items; `emphasis` (per item) belongs to them, so it comes along."""
        self.tijdlijn, self.banen, self.emphasis = tijdlijn, banen, emphasis
        for item in self.bars + self.fuzzy + self.lane_lines + self.markers + self.dim_markers:
            self.removeItem(item)
        self.bars, self.fuzzy, self.markers, self.dim_markers = [], [], [], []
        white = pg.mkPen("#FFFFFF", width=1)
        for cat in tijdlijn.categorieen:
            self.fuzzy.append(self._bar_item(cat.kleur + "66"))
            self.bars.append(self._bar_item(cat.kleur))
            # One scatter per category with one style: pyqtgraph then draws it vectorised.
            style = {
                "pxMode": True,
                "size": self.theme.marker_px,
                "symbol": cat.symbool,
                "pen": white,
            }
            self.markers.append(pg.ScatterPlotItem(brush=cat.kleur, **style))
            self.dim_markers.append(pg.ScatterPlotItem(brush=DIM, **style))
        for item in (*self.fuzzy, *self.bars):
            item.setZValue(-1)
            self.addItem(item)
        for item in (*self.dim_markers, *self.markers):
            self.addItem(item)
        self.lane_lines = []
        for lane in range(len(banen.namen) + 1):
            line = pg.InfiniteLine(pos=lane - 0.5, angle=0, pen=pg.mkPen("#D5DAE1", width=1))
            self.addItem(line)
            self.lane_lines.append(line)
        items = banen.rij_item
        self._row_item = items
        self._row_lane = banen.rij_baan.astype(np.float64)
        self._row_y = banen.rij_y
        self._row_start = tijdlijn.start_van[items]
        self._row_end = tijdlijn.laatst[items]
        self._row_mid = tijdlijn.midden[items]
        self._row_period = tijdlijn.is_periode[items]
        self._row_cat = tijdlijn.categorie[items]
        self.getAxis("left").setTicks([[(i, name) for i, name in enumerate(banen.namen)], []])
        self.viewbox.setLimits(yMin=-0.5, yMax=len(banen.namen) - 0.5)
        self.viewbox.setYRange(-0.5, len(banen.namen) - 0.5, padding=0)
        self._redraw()

    def set_emphasis(self, mask: np.ndarray | None) -> None:
        """Emphasise these items (a pattern, search matches); the rest is drawn grey."""
        self.emphasis = mask
        self._redraw()

    def set_selection(self, indices: set[int]) -> None:
        self.selection = set(indices)
        self._redraw()

    def set_current(self, index: int | None) -> None:
        self.current = index
        self._redraw()

    # navigation

    def show_all(self) -> None:
        if self.tijdlijn is None or not len(self.tijdlijn):
            now = datetime.now(UTC).timestamp()
            self.viewbox.setXRange(now - 5 * 365 * DAY, now, padding=0)
            return
        first, last = np.nanmin(self.tijdlijn.start_van), np.nanmax(self.tijdlijn.laatst)
        margin = max((last - first) * 0.03, 30 * DAY)
        # the data and a little room for the labels of the latest items: no empty years
        self.viewbox.setXRange(first - margin, last + margin * 2, padding=0)

    def show_year(self, year: int) -> None:
        start = datetime(year, 1, 1, tzinfo=UTC).timestamp()
        self.viewbox.setXRange(start - 31 * DAY, start + 396 * DAY, padding=0)

    def center_on(self, index: int) -> None:
        x0, x1 = self.viewbox.viewRange()[0]
        tijdlijn = self.tijdlijn
        middle = (tijdlijn.start_van[index] + tijdlijn.laatst[index]) / 2
        self.viewbox.setXRange(middle - (x1 - x0) / 2, middle + (x1 - x0) / 2, padding=0)

    def focus_on(self, index: int, years: float = 4) -> None:
        """Centre on an item; zoom in to a few years around it when the view is wider."""
        x0, x1 = self.viewbox.viewRange()[0]
        if x1 - x0 > 1.5 * years * 365 * DAY:
            self.viewbox.setXRange(x0, x0 + years * 365 * DAY, padding=0)
        self.center_on(index)

    def viewportEvent(self, event) -> bool:
        """A touchpad pinch (native zoom gesture) zooms around the fingers, like the wheel."""
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            point = self.viewbox.mapSceneToView(self.mapToScene(event.position().toPoint()))
            factor = 1 / max(1 + event.value(), 0.1)  # value: growth since the last event
            self.viewbox.scaleBy(x=factor, y=1, center=point)
            event.accept()
            return True
        return super().viewportEvent(event)

    def zoom(self, factor: float) -> None:
        x0, x1 = self.viewbox.viewRange()[0]
        middle, half = (x0 + x1) / 2, (x1 - x0) / 2 * factor
        self.viewbox.setXRange(middle - half, middle + half, padding=0)

    # drawing

    def _redraw(self, *_args) -> None:
        if self.tijdlijn is None:
            return
        x0, x1 = self.viewbox.viewRange()[0]
        rows = np.flatnonzero((self._row_end >= x0) & (self._row_start <= x1))
        width_px = max(self.viewbox.width(), 1.0)
        if len(rows) > LOD_ROWS:
            column = ((self._row_mid[rows] - x0) / (x1 - x0) * width_px).astype(np.int64)
            _, first = np.unique(
                column * 1000 + self._row_lane[rows].astype(np.int64), return_index=True
            )
            rows = rows[np.sort(first)]
        self._visible_rows = rows
        items = self._row_item[rows]
        lit = np.ones(len(rows), bool) if self.emphasis is None else self.emphasis[items]
        self._draw_periods(rows, lit)
        self._draw_moments(rows, lit)
        self._draw_rings(rows)
        self._layout_labels(rows, lit, x0, x1, width_px)

    def _draw_periods(self, rows: np.ndarray, lit: np.ndarray) -> None:
        tl = self.tijdlijn
        periods = rows[self._row_period[rows]]
        lit_p = lit[self._row_period[rows]]
        items = self._row_item[periods]
        lane = self._row_y[periods]
        core_start = np.minimum(tl.start_tot[items], tl.einde_van[items])
        core_end = np.maximum(tl.einde_van[items], core_start)
        cats = self._row_cat[periods]
        for cat, (bar, fuzzy) in enumerate(zip(self.bars, self.fuzzy, strict=True)):
            chosen = (cats == cat) & lit_p
            _set_segments(bar, core_start[chosen], core_end[chosen], lane[chosen])
            self._set_fuzzy_edges(fuzzy, items[chosen], lane[chosen])
        dim = ~lit_p
        _set_segments(self.dim_bars, core_start[dim], core_end[dim], lane[dim])
        self._set_fuzzy_edges(self.dim_fuzzy, items[dim], lane[dim])

    def _set_fuzzy_edges(self, item: pg.PlotCurveItem, items: np.ndarray, lane: np.ndarray) -> None:
        """The uncertain start and end of periods, drawn lighter than the certain part."""
        tl = self.tijdlijn
        _set_segments(
            item,
            np.concatenate([tl.start_van[items], tl.einde_van[items]]),
            np.concatenate([tl.start_tot[items], tl.einde_tot[items]]),
            np.concatenate([lane, lane]),
        )

    def _draw_moments(self, rows: np.ndarray, lit: np.ndarray) -> None:
        moment = ~self._row_period[rows]
        rows, lit = rows[moment], lit[moment]
        fuzzy = (self._row_end[rows] - self._row_start[rows]) > DAY
        _set_segments(
            self.spans,
            self._row_start[rows][fuzzy],
            self._row_end[rows][fuzzy],
            self._row_lane[rows][fuzzy],
        )
        cats = self._row_cat[rows]
        for cat, (marker, dim) in enumerate(zip(self.markers, self.dim_markers, strict=True)):
            chosen = cats == cat
            for item, mask in ((marker, chosen & lit), (dim, chosen & ~lit)):
                item.setData(x=self._row_mid[rows][mask], y=self._row_y[rows][mask])
        current = (
            rows[self._row_item[rows] == self.current] if self.current is not None else rows[:0]
        )
        if len(current):
            cat = self.tijdlijn.categorieen[int(self._row_cat[current[0]])]
            self.current_marker.setData(
                x=self._row_mid[current],
                y=self._row_y[current],
                symbol=cat.symbool,
                brush=cat.kleur,
            )
        else:
            self.current_marker.setData(x=[], y=[])

    def _draw_rings(self, rows: np.ndarray) -> None:
        marked = set(self.selection) | ({self.current} if self.current is not None else set())
        chosen = rows[np.isin(self._row_item[rows], list(marked))] if marked else rows[:0]
        x = np.where(self._row_period[chosen], self._row_start[chosen], self._row_mid[chosen])
        size = self.theme.marker_px * (2.6 if self.current is not None else 1.9)
        self.rings.setData(x=x, y=self._row_y[chosen], size=size)

    def _layout_labels(self, rows, lit, x0: float, x1: float, width_px: float) -> None:
        """Per lane, the current and selected items first, then left to right.

        A label that would overlap one already placed is not drawn; it is counted as
        "+N" on the nearest placed label before it in that lane.
        """
        scale = width_px / (x1 - x0)
        if len(rows) > 4 * MAX_LABELS:
            rows, lit = rows[:0], lit[:0]  # far too crowded to read: labels return on zoom
        anchor = np.where(self._row_period[rows], self._row_start[rows], self._row_mid[rows])
        left_px = (np.maximum(anchor, x0) - x0) * scale + self.theme.marker_px
        items = self._row_item[rows]
        first = set(self.selection) | ({self.current} if self.current is not None else set())
        priority = np.array([0 if int(i) in first else 1 for i in items], dtype=np.int64)
        placed: dict[float, list[list]] = {}  # lane -> [left, right, row, hidden]
        for k in np.lexsort((left_px, priority)):
            row, lane = int(rows[k]), float(self._row_lane[rows[k]])
            title = self.tijdlijn.titels[int(items[k])]
            left = left_px[k]
            right = left + self.label_metrics.horizontalAdvance(title + "  +99")
            in_lane = placed.setdefault(lane, [])
            if sum(len(v) for v in placed.values()) < MAX_LABELS and all(
                right + 8 <= other[0] or left >= other[1] + 8 for other in in_lane
            ):
                in_lane.append([left, right, row, 0])
            else:
                before = [other for other in in_lane if other[0] <= left]
                (max(before, key=lambda o: o[0]) if before else min(in_lane, key=lambda o: o[0]))[
                    3
                ] += 1
        labels = [entry for lane in placed.values() for entry in lane]
        while len(self.labels) < len(labels):
            label = pg.TextItem(anchor=(0, 1.0), color=self.theme.text)
            label.setFont(self.label_font)
            self.addItem(label)
            self.labels.append(label)
        lit_rows = set(rows[lit].tolist())
        for label, (left, _right, row, hidden) in zip(self.labels, labels, strict=False):
            item = int(self._row_item[row])
            text = self.tijdlijn.titels[item] + (f"  +{hidden}" if hidden else "")
            colour = self.theme.text if row in lit_rows else "#8A8A8A"
            if getattr(label, "shown", None) != (text, colour):  # re-laying out text is costly
                label.setText(text)
                label.setColor(colour)
                label.shown = (text, colour)
            label.setPos(x0 + (left - self.theme.marker_px * 0.4) / scale, self._row_lane[row])
            label.setVisible(True)
        for label in self.labels[len(labels) :]:
            label.setVisible(False)

    # reading back what is drawn (tests, projection)

    def drawn_titles(self) -> set[str]:
        """Titles of every item handed to the drawing items for the current view."""
        return {self.tijdlijn.titels[int(i)] for i in self._row_item[self._visible_rows]}

    def label_texts(self) -> list[str]:
        return [label.toPlainText() for label in self.labels if label.isVisible()]

    # interaction

    def item_at(self, scene_pos: QPointF) -> int | None:
        if self.tijdlijn is None or not len(self._visible_rows):
            return None
        point = self.viewbox.mapSceneToView(scene_pos)
        tolerance = self.viewbox.viewPixelSize()[0] * CLICK_TOLERANCE_PX
        rows = self._visible_rows[self._row_lane[self._visible_rows] == round(point.y())]
        start, end = self._row_start[rows] - tolerance, self._row_end[rows] + tolerance
        hits = rows[(start <= point.x()) & (point.x() <= end)]
        if not len(hits):
            return None
        # Nearest line first (stacked periods), then nearest in time.
        lanes_px = np.abs(self._row_y[hits] - point.y()) / self.viewbox.viewPixelSize()[1]
        time_px = np.abs(self._row_mid[hits] - point.x()) / self.viewbox.viewPixelSize()[0]
        return int(self._row_item[hits[np.argmin(lanes_px * 4 + np.minimum(time_px, 50))]])

    def preview_drag(self, index: int | None, seconds: float) -> None:
        if index is None:
            self.ghost.setData(x=[], y=[])
            return
        rows = np.flatnonzero(self._row_item == index)
        self.ghost.setData(
            x=self._row_mid[rows] + seconds, y=self._row_y[rows], size=self.theme.marker_px * 1.6
        )

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # so N, Delete and Ctrl+Z act here
        index = self.item_at(ev.scenePos())
        if ev.double() and index is not None:
            self.itemDoubleClicked.emit(index)
            return
        additive = bool(
            ev.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        self.itemClicked.emit(-1 if index is None else index, additive)


def _set_segments(item: pg.PlotCurveItem, x0: np.ndarray, x1: np.ndarray, y: np.ndarray) -> None:
    if not len(x0):
        item.setData(x=np.zeros(0), y=np.zeros(0))
        return
    x = np.empty(2 * len(x0))
    x[0::2], x[1::2] = x0, np.maximum(x1, x0 + 1)
    item.setData(x=x, y=np.repeat(y, 2))
