"""The timeline canvas: pyqtgraph's view and axes; the items drawn by one layer each for
bars, markers and labels, in the view's pixels, fed with numpy arrays.

Only rows inside the visible range are handed to the items; when more rows are visible
than pixels can show, they are thinned to one per lane and pixel column. Labels are stacked
in rows above their lane (the layout paper uses too), as many rows as the lane has room for;
the selection first. A label that finds no room returns when zoomed in.
"""

from datetime import UTC, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainterPath, QPen, QPixmap

from desktop_app.services.tijdlijn.banen import Banen
from desktop_app.services.tijdlijn.etiketten import leg_uit
from desktop_app.services.tijdlijn.tijdlijn import DAY, Tijdlijn
from desktop_app.ui.tijdlijn import segments
from desktop_app.ui.tijdlijn.axis import DutchDateAxis
from desktop_app.ui.tijdlijn.labels import Label, LabelLayer
from desktop_app.ui.tijdlijn.markers import MarkerLayer, marker
from desktop_app.ui.tijdlijn.segments import SegmentLayer
from desktop_app.ui.tijdlijn.theme import DESK, Theme

LOD_ROWS = 4000  # above this many visible rows, thin them to one per lane and pixel
LABEL_ROWS = 1600  # above this many visible rows, too crowded to read: no labels until zoomed
DIM = "#C8C8C8"
DIM_TEXT = "#8A8A8A"
POLE = "#9AA3AE"
CLICK_TOLERANCE_PX = 10
FLASH_MS = 1800  # how long a new item glows before it fades out
FLASH = "#EE7733"
REVEAL_MARGIN = 0.06  # of the view's width, kept free beside an item brought into view


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
    itemMenuRequested = Signal(int, QPoint)  # item index (-1: empty space), screen position

    def __init__(self, theme: Theme = DESK, parent=None):
        self.viewbox = TimelineViewBox()
        super().__init__(parent, viewBox=self.viewbox, axisItems={"bottom": DutchDateAxis()})
        self.viewbox.plot = self
        self.theme = theme
        self.tijdlijn: Tijdlijn | None = None
        self.banen: Banen | None = None
        self.selection: set[int] = set()
        self.current: int | None = None
        self.flashed: int | None = None  # the item glowing now (just added)
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
        self.bar_layer = SegmentLayer(self.viewbox)
        self.span_pen = segments.pen("#00000055", 3)
        self.dim_pens = (segments.pen(DIM, theme.bar_px), segments.pen(DIM + "80", theme.bar_px))
        self.bar_pens: list[tuple[QPen, QPen]] = []  # per category: certain, uncertain
        self.current_marker = pg.ScatterPlotItem(pxMode=True, size=theme.marker_px * 1.8)
        self.rings = pg.ScatterPlotItem(
            pxMode=True, brush=None, pen=pg.mkPen(theme.selection, width=3), symbol="o"
        )
        self.ghost = pg.ScatterPlotItem(pxMode=True, brush="#00000040", pen=None, symbol="o")
        # one item draws the glow, wherever the flashed item has rows; it fades as a whole
        self.glow = pg.ScatterPlotItem(
            pxMode=True, brush=FLASH + "55", pen=pg.mkPen(FLASH, width=3), symbol="o"
        )  # see-through: the item's own marker stays readable under it
        for item in (self.current_marker, self.rings, self.ghost, self.glow):
            self.addItem(item)
        self.fade = QVariantAnimation(self)
        self.fade.setStartValue(1.0)
        self.fade.setEndValue(0.0)
        self.fade.setDuration(FLASH_MS)
        self.fade.valueChanged.connect(lambda value: self.glow.setOpacity(float(value)))
        self.fade.finished.connect(lambda: self.flash(None))
        self.marker_layer = MarkerLayer(self.viewbox)
        self.marker_layer.setZValue(-0.5)  # above the bars, below the rings and the current one
        self.marker_pixmaps: list[tuple[QPixmap, QPixmap]] = []  # per category: lit, dimmed
        self.label_layer = LabelLayer(self.viewbox, self.label_font, theme.background, POLE)
        self.lane_lines: list[pg.InfiniteLine] = []

    # data

    def set_data(
        self, tijdlijn: Tijdlijn, banen: Banen, emphasis: np.ndarray | None = None
    ) -> None:
        """New items; `emphasis` (per item) belongs to them, so it comes along."""
        self.tijdlijn, self.banen, self.emphasis = tijdlijn, banen, emphasis
        for item in self.lane_lines:
            self.removeItem(item)
        bar, size, ratio = self.theme.bar_px, self.theme.marker_px, self.devicePixelRatioF()
        self.bar_pens = [
            (segments.pen(c.kleur, bar), segments.pen(c.kleur + "66", bar))
            for c in tijdlijn.categorieen
        ]
        self.marker_pixmaps = [
            (marker(c.symbool, size, c.kleur, ratio), marker(c.symbool, size, DIM, ratio))
            for c in tijdlijn.categorieen
        ]
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
        self._title_px = np.full(len(tijdlijn), np.nan)  # measured when first labelled
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

    def flash(self, index: int | None) -> None:
        """Let an item glow a moment and fade (a new one, so the eye finds it); None ends it.
        The fade is an animation that stops by itself: nothing keeps ticking afterwards."""
        self.flashed = index
        if index is None:
            self.fade.stop()
        else:
            self.glow.setOpacity(1.0)
            self.fade.start()
        self._redraw()

    # navigation

    def show_all(self) -> None:
        if self.tijdlijn is None or not len(self.tijdlijn):
            now = datetime.now(UTC).timestamp()
            self.viewbox.setXRange(now - 5 * 365 * DAY, now, padding=0)
            return
        first, last = np.nanmin(self.tijdlijn.start_van), np.nanmax(self.tijdlijn.laatst)
        margin = max((last - first) * 0.02, 30 * DAY)
        # the data and a small margin, no empty years: a label near the end goes left
        self.viewbox.setXRange(first - margin, last + margin, padding=0)

    def show_year(self, year: int) -> None:
        start = datetime(year, 1, 1, tzinfo=UTC).timestamp()
        self.viewbox.setXRange(start - 31 * DAY, start + 396 * DAY, padding=0)

    def center_on(self, index: int) -> None:
        x0, x1 = self.viewbox.viewRange()[0]
        tijdlijn = self.tijdlijn
        middle = (tijdlijn.start_van[index] + tijdlijn.laatst[index]) / 2
        self.viewbox.setXRange(middle - (x1 - x0) / 2, middle + (x1 - x0) / 2, padding=0)

    def reveal(self, index: int) -> None:
        """Bring an item into view with as little change as possible: nothing when it is in
        view, else pan just far enough at the same zoom; zoom out only when it is wider than
        the view."""
        x0, x1 = self.viewbox.viewRange()[0]
        start, end = self.tijdlijn.start_van[index], self.tijdlijn.laatst[index]
        margin = (x1 - x0) * REVEAL_MARGIN
        if start - margin >= x0 and end + margin <= x1:
            return
        if end - start + 2 * margin > x1 - x0:
            wide = (end - start) * REVEAL_MARGIN + DAY
            self.viewbox.setXRange(start - wide, end + wide, padding=0)
        elif start - margin < x0:
            self.viewbox.setXRange(start - margin, start - margin + (x1 - x0), padding=0)
        else:
            self.viewbox.setXRange(end + margin - (x1 - x0), end + margin, padding=0)

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
        line_y = self.viewbox.mapFromView(QPointF(x0, 0)).y()
        lane_px = self.viewbox.mapFromView(QPointF(x0, 1)).y() - line_y
        to_px = _Pixels(x0, width_px / (x1 - x0), line_y, lane_px, width_px)
        self._draw_segments(rows, lit, to_px)
        self._draw_moments(rows, lit, to_px)
        self._draw_rings(rows)
        self._draw_glow(rows)
        self._layout_labels(rows, lit, to_px)

    def _draw_segments(self, rows: np.ndarray, lit: np.ndarray, px: "_Pixels") -> None:
        """Periods as bars, their certain part solid and their uncertain ends lighter, and
        the uncertain span of moments as a grey line."""
        tl = self.tijdlijn
        moments = rows[~self._row_period[rows]]
        fuzzy = moments[(self._row_end[moments] - self._row_start[moments]) > DAY]
        strokes = [(self.span_pen, px.path(self._row_start[fuzzy], self._row_end[fuzzy],
                                           self._row_lane[fuzzy]))]  # fmt: skip
        periods = rows[self._row_period[rows]]
        lit_p = lit[self._row_period[rows]]
        items = self._row_item[periods]
        y = self._row_y[periods]
        core_start = np.minimum(tl.start_tot[items], tl.einde_van[items])
        core_end = np.maximum(tl.einde_van[items], core_start)
        edges_from = np.concatenate([tl.start_van[items], tl.einde_van[items]])
        edges_to = np.concatenate([tl.start_tot[items], tl.einde_tot[items]])
        cats = self._row_cat[periods]
        groups = [(self.dim_pens, ~lit_p)] + [
            (pens, (cats == cat) & lit_p) for cat, pens in enumerate(self.bar_pens)
        ]
        for (certain, uncertain), chosen in groups:
            if not chosen.any():
                continue
            both = np.concatenate([chosen, chosen])
            strokes.append(
                (uncertain, px.path(edges_from[both], edges_to[both], np.tile(y, 2)[both]))
            )
            strokes.append((certain, px.path(core_start[chosen], core_end[chosen], y[chosen])))
        self.bar_layer.set_strokes(strokes)

    def _draw_moments(self, rows: np.ndarray, lit: np.ndarray, px: "_Pixels") -> None:
        moment = ~self._row_period[rows]
        rows, lit = rows[moment], lit[moment]
        xy = np.column_stack([px.x(self._row_mid[rows]), px.y(self._row_y[rows])])
        cats = self._row_cat[rows]
        pictures = self.marker_pixmaps
        dimmed = [(grey, xy[(cats == cat) & ~lit]) for cat, (_, grey) in enumerate(pictures)]
        shown = [(bright, xy[(cats == cat) & lit]) for cat, (bright, _) in enumerate(pictures)]
        self.marker_layer.set_markers(dimmed + shown)
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

    def _draw_glow(self, rows: np.ndarray) -> None:
        if self.flashed is None:
            self.glow.setData(x=[], y=[])
            return
        chosen = rows[self._row_item[rows] == self.flashed]
        x = np.where(self._row_period[chosen], self._row_start[chosen], self._row_mid[chosen])
        self.glow.setData(x=x, y=self._row_y[chosen], size=self.theme.marker_px * 3)

    def _layout_labels(self, rows, lit, px: "_Pixels") -> None:
        """Per lane, rows of labels above its line; the current and selected items first."""
        period = self._row_period[rows]
        anchor = np.where(period, self._row_start[rows], self._row_mid[rows])
        # a moment whose marker is out of view has no label here; a period that began
        # before the view keeps its label at the left edge
        at = px.x(anchor)
        inside = period | ((at >= 0) & (at <= px.width))
        rows, lit, period, at = rows[inside], lit[inside], period[inside], at[inside]
        if len(rows) > LABEL_ROWS:
            self.label_layer.set_labels([], [])
            return
        theme, metrics, width_px = self.theme, self.label_metrics, px.width
        items = self._row_item[rows]
        at = np.maximum(at, 0.0)
        half = np.where(period, 2.0, theme.marker_px / 2 + 2)
        widths = np.minimum(self._title_widths(items), width_px)
        marked = set(self.selection) | ({self.current} if self.current is not None else set())
        first = np.isin(items, list(marked))
        line_px = metrics.height()
        fitting = max(1, int((px.lane / 2 - theme.marker_px / 2 - 2) // line_px))
        lanes = self._row_lane[rows]
        titles, colours = self.tijdlijn.titels, (QColor(DIM_TEXT), QColor(theme.text))
        labels, poles = [], []
        for lane in np.unique(lanes):
            chosen = np.flatnonzero(lanes == lane)
            mark = (at[chosen] - half[chosen], at[chosen] + half[chosen])
            layout = leg_uit(*mark, widths[chosen], 0.0, width_px, 8.0, first[chosen], fitting)
            placed = layout.geplaatst
            mark_top = px.y(lane) - theme.marker_px / 2
            shown = chosen[placed]
            # a moment's pole starts at its own marker, which may sit below the lane's line
            # when it shares its date; a period's at the line, as its bar is below
            own_top = np.where(
                period[shown], mark_top, px.y(self._row_y[rows[shown]]) - theme.marker_px / 2
            )
            for item, row, left, width, x, bright, pole_top in zip(
                items[shown].tolist(), layout.rij[placed].tolist(), layout.x[placed].tolist(),
                widths[shown].tolist(), at[shown].tolist(), lit[shown].tolist(),
                own_top.tolist(), strict=True,
            ):  # fmt: skip
                top = mark_top - 1 - (row + 1) * line_px
                text = titles[item]
                if self._title_px[item] > width_px:
                    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width_px))
                labels.append(Label(left, top, width, text, colours[bright]))
                poles += _pole(x, pole_top, left, width, top, line_px)
        self.label_layer.set_labels(labels, poles)

    def _title_widths(self, items: np.ndarray) -> np.ndarray:
        """Label widths in pixels, measured once per title."""
        unknown = items[np.isnan(self._title_px[items])]
        for item in np.unique(unknown):
            self._title_px[item] = self.label_metrics.horizontalAdvance(self.tijdlijn.titels[item])
        return self._title_px[items]

    # reading back what is drawn (tests, projection)

    def drawn_titles(self) -> set[str]:
        """Titles of every item handed to the drawing items for the current view."""
        return {self.tijdlijn.titels[int(i)] for i in self._row_item[self._visible_rows]}

    def label_texts(self) -> list[str]:
        return [label.text for label in self.label_layer.labels]

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
        if ev.button() == Qt.MouseButton.RightButton:
            index = self.item_at(ev.scenePos())
            screen = ev.screenPos().toPoint()
            self.itemMenuRequested.emit(-1 if index is None else index, screen)
            return
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


def _pole(at: float, mark_top: float, left: float, width: float, top: float, line_px: float):
    """Up from the item to its label's row, and across to the label when it is beside; as
    segments (x0, y0, x1, y1)."""
    middle = top + line_px / 2
    if left <= at <= left + width:
        return [(at, mark_top, at, top + line_px)]
    edge = left - 1 if left > at else left + width + 1
    return [(at, mark_top, at, middle), (at, middle, edge, middle)]


class _Pixels:
    """Time and lanes to pixels in the ViewBox, for the items that draw in pixels."""

    def __init__(self, x0: float, scale: float, line_y: float, lane: float, width: float):
        self.x0, self.scale, self.line_y, self.lane, self.width = x0, scale, line_y, lane, width

    def x(self, seconds: np.ndarray) -> np.ndarray:
        return (seconds - self.x0) * self.scale

    def y(self, lanes):
        return self.line_y + lanes * self.lane

    def path(self, start: np.ndarray, end: np.ndarray, lanes: np.ndarray) -> QPainterPath:
        return segments.path(self.x(start), self.x(end), self.y(lanes), self.width)
