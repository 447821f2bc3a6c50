"""The safety-scale chart on paper: vector lines drawn with reportlab graphics, so it stays
sharp at any zoom and its names are text, not pixels."""

from dataclasses import replace
from datetime import date

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.reports import lettertype
from desktop_app.reports.opmaak import MAANDEN
from desktop_app.services.weging.grafiek import Grafiek

# Okabe-Ito: told apart by most colour-blind readers; each line also has its own marker.
KLEUREN = [HexColor(c) for c in ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
                                 "#56B4E9", "#000000", "#F0E442")]  # fmt: skip
MARKERS = ("FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle", "Circle",
           "Square", "Diamond", "Triangle")  # fmt: skip
_BAND = Color(0.55, 0.55, 0.55, alpha=0.18)
_ARIJ = HexColor("#7A1F5C")


def tekening(grafiek: Grafiek, breedte: float, hoogte: float) -> Drawing:
    font = lettertype.registreer()
    drawing = Drawing(breedte, hoogte)
    names = list(grafiek.reeksen)
    days = [d for points in grafiek.reeksen.values() for d, _ in points]
    first, last = min(days).toordinal(), max(days).toordinal()
    if first == last:
        first, last = first - 7, last + 7
    # The legend in one column on the right, as wide as its longest name.
    legend_width = max((stringWidth(n, font, 8.5) for n in names), default=0) + 30
    plot = LinePlot()
    plot.x, plot.y = 28, 28
    plot.width, plot.height = breedte - plot.x - legend_width - 12, hoogte - plot.y - 8
    plot.data = [[(d.toordinal(), s) for d, s in grafiek.reeksen[n]] for n in names]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first - 3, last + 3
    plot.xValueAxis.valueSteps = _ticks(first, last)
    plot.xValueAxis.labelTextFormat = lambda x: _kort(date.fromordinal(int(x)))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 10, 2
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = font, 8.5
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = HexColor("#DDDDDD")
    for i in range(len(names)):
        plot.lines[i].strokeColor = KLEUREN[i % len(KLEUREN)]
        plot.lines[i].strokeWidth = 1.6
        plot.lines[i].symbol = makeMarker(MARKERS[i % len(MARKERS)], size=5)
        plot.lines[i].symbol.fillColor = KLEUREN[i % len(KLEUREN)]
        plot.lines[i].symbol.strokeColor = KLEUREN[i % len(KLEUREN)]
    scale = plot.width / (plot.xValueAxis.valueMax - plot.xValueAxis.valueMin)

    def x_of(day: date) -> float:
        clipped = min(max(day.toordinal(), plot.xValueAxis.valueMin), plot.xValueAxis.valueMax)
        return plot.x + (clipped - plot.xValueAxis.valueMin) * scale

    for start, end, naam in grafiek.banden:  # maatregel periods behind the lines
        x0, x1 = x_of(start), x_of(end)
        if x1 > x0:
            drawing.add(Rect(x0, plot.y, x1 - x0, plot.height, fillColor=_BAND, strokeColor=None))
            drawing.add(String(x0 + 2, plot.y + plot.height - 9, naam, fontName=font, fontSize=7))
    drawing.add(plot)
    for day, niveau in grafiek.arij:  # a dashed line where an ARIJ outcome was recorded
        x = x_of(day)
        drawing.add(Line(x, plot.y, x, plot.y + plot.height, strokeColor=_ARIJ,
                         strokeDashArray=[2, 2], strokeWidth=0.8))  # fmt: skip
        drawing.add(String(x + 2, plot.y + plot.height - 18, f"ARIJ {niveau}", fontName=font,
                           fontSize=7, fillColor=_ARIJ))  # fmt: skip
    if names:
        legend = Legend()
        legend.x, legend.y = plot.x + plot.width + 14, plot.y + plot.height
        legend.fontName, legend.fontSize = font, 8.5
        legend.alignment = "right"
        legend.columnMaximum = len(names)
        legend.deltay = 11
        legend.colorNamePairs = [(KLEUREN[i % len(KLEUREN)], n) for i, n in enumerate(names)]
        drawing.add(legend)
    drawing.add(String(4, plot.y + plot.height / 2, "score", fontName=font, fontSize=8))
    return drawing


def tot(grafiek: Grafiek, dag: date) -> Grafiek:
    """The chart as it stood on `dag`: a report of an earlier meeting shows no later scores."""
    series = {n: [(d, s) for d, s in pts if d <= dag] for n, pts in grafiek.reeksen.items()}
    return replace(
        grafiek,
        reeksen={n: pts for n, pts in series.items() if pts},
        arij=[(d, a) for d, a in grafiek.arij if d <= dag],
        banden=[(s, min(e, dag), n) for s, e, n in grafiek.banden if s <= dag],
    )


def _ticks(first: int, last: int, count: int = 5) -> list[int]:
    step = max(1, (last - first) // (count - 1))
    return list(range(first, last + 1, step))


def _kort(day: date) -> str:
    """ "23 sep 2026": short enough that five dates never touch on the axis."""
    return f"{day.day} {MAANDEN[day.month - 1][:3]} {day.year}"
