"""The safety scale over time: a line per participant or role, ARIJ outcomes as marks and
maatregel periods as bands behind it. Readable on a beamer; fed by services.wegingen.grafiek.

Where several people gave the same score on the same date their markers would cover each
other; each one below the top marker is drawn as an outline of its own symbol and colour
around it, larger the further down, so every score there can be seen and told apart.
"""

from collections import Counter
from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop_app.services.weging.grafiek import Grafiek
from desktop_app.ui.tijdlijn.axis import DutchDateAxis
from desktop_app.ui.widgets.plain_text import as_html

# Okabe-Ito, distinct for colour-blind viewers; markers differ too.
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
SYMBOLS = ("o", "s", "t", "d", "h", "p", "star")
RING_STEP = 0.8  # each covered marker's outline this much of a marker larger than the next


def _x(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


class VeiligheidsGrafiek(pg.PlotWidget):
    def __init__(self, large: bool = False):
        super().__init__(axisItems={"bottom": DutchDateAxis()})
        self.setBackground("#FFFFFF")
        self.setMenuEnabled(False)
        self.hideButtons()
        self.getViewBox().setMouseEnabled(x=True, y=False)
        self.setYRange(0, 10, padding=0.05)
        pixels = 24 if large else 12
        font = QFont()
        font.setPixelSize(pixels)
        for name in ("bottom", "left"):
            axis = self.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.setTextPen("#000000")
        # pyqtgraph sizes the date axis for its default font and drops labels that do not fit
        self.getAxis("bottom").setHeight(2 * pixels)
        self.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], []])
        self.setLabel("left", "Schaal 0–10", color="#000000", **{"font-size": f"{pixels}px"})
        self.legend = self.addLegend(
            labelTextSize="22pt" if large else "10pt", labelTextColor="#000000"
        )
        self.large = large
        self.lines, self.names = [], []
        self.rings = pg.ScatterPlotItem(pxMode=True)  # one item: every covered marker

    def show(self, grafiek: Grafiek) -> None:  # noqa: A003 - shows data, like set_data
        self.clear()
        self.legend.clear()
        width = 4 if self.large else 2
        size = 16 if self.large else 9
        for start, end, title in grafiek.banden:
            band = pg.LinearRegionItem(
                (_x(start), _x(end)), movable=False, brush="#99993333", pen=None
            )
            self.addItem(band)
            self.addItem(_label(title, _x(start), 10, self.large))
        for day, niveau in grafiek.arij:
            pen = pg.mkPen("#882255", width=width, style=Qt.PenStyle.DashLine)
            self.addItem(pg.InfiniteLine(_x(day), angle=90, pen=pen))
            self.addItem(_label(f"ARIJ: {niveau}", _x(day), 0.6, self.large))
        self.lines, self.names = [], []
        series = sorted(grafiek.reeksen.items())
        for i, (who, points) in enumerate(series):
            colour = LINE_COLOURS[i % len(LINE_COLOURS)]
            line = self.plot(
                [_x(d) for d, _ in points], [s for _, s in points],
                pen=pg.mkPen(colour, width=width), symbol=SYMBOLS[i % len(SYMBOLS)],
                symbolBrush=colour, symbolSize=size,
            )  # fmt: skip
            self.legend.addItem(line, as_html(who))  # the legend draws its label as HTML
            self.lines.append(line)
            self.names.append(who)
        self.rings.setData(spots=_covered([points for _, points in series], size, width))
        self.addItem(self.rings)
        self.setYRange(0, 10, padding=0.05)
        days = [d for points in grafiek.reeksen.values() for d, _ in points] + [
            d for d, _ in grafiek.arij
        ]
        if days:
            self.setXRange(_x(min(days)) - 21 * 86400, _x(max(days)) + 21 * 86400, padding=0)

    def series_names(self) -> list[str]:
        return list(self.names)


def _covered(series: list[list[tuple[date, int]]], size: float, width: float) -> list[dict]:
    """Outlines for the markers another covers: a spot (date, score) that n markers share
    gets n - 1 outlines, the first series' largest; the last series' marker is on top."""
    sharing = Counter(point for points in series for point in points)
    drawn: Counter = Counter()
    spots = []
    for i, points in enumerate(series):
        colour = LINE_COLOURS[i % len(LINE_COLOURS)]
        for point in points:
            above = sharing[point] - 1 - drawn[point]  # markers drawn over this one
            drawn[point] += 1
            if above:
                spots.append({
                    "pos": (_x(point[0]), point[1]), "size": size * (1 + RING_STEP * above),
                    "symbol": SYMBOLS[i % len(SYMBOLS)], "brush": pg.mkBrush(None),
                    "pen": pg.mkPen(colour, width=width),
                })  # fmt: skip
    return spots


def _label(text: str, x: float, y: float, large: bool) -> pg.TextItem:
    label = pg.TextItem(text, color="#000000", anchor=(0, 0))
    font = QFont()
    font.setPixelSize(22 if large else 11)
    label.setFont(font)
    label.setPos(x, y)
    return label
