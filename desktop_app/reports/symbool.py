"""The marker shapes of the screen's categories, drawn on paper.

A category stores its shape as a pyqtgraph symbol name; these are the same outlines (from
pyqtgraph's own table, y turned upward for PDF), so paper and screen show one shape.
"""

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

_UITLIJNEN = {
    "t": [(-0.5, 0.5), (0, -0.5), (0.5, 0.5)],
    "t1": [(-0.5, -0.5), (0, 0.5), (0.5, -0.5)],
    "d": [(0, 0.5), (-0.4, 0), (0, -0.5), (0.4, 0)],
    "p": [(0, 0.5), (-0.4755, 0.1545), (-0.2939, -0.4045), (0.2939, -0.4045), (0.4755, 0.1545)],
    "h": [(0.433, -0.25), (0, -0.5), (-0.433, -0.25), (-0.433, 0.25), (0, 0.5), (0.433, 0.25)],
    "star": [
        (0, 0.5), (-0.1123, 0.1545), (-0.4755, 0.1545), (-0.1816, -0.059), (-0.2939, -0.4045),
        (0, -0.191), (0.2939, -0.4045), (0.1816, -0.059), (0.4755, 0.1545), (0.1123, 0.1545),
    ],
    "+": [
        (-0.5, 0.1), (-0.5, -0.1), (-0.1, -0.1), (-0.1, -0.5), (0.1, -0.5), (0.1, -0.1),
        (0.5, -0.1), (0.5, 0.1), (0.1, 0.1), (0.1, 0.5), (-0.1, 0.5), (-0.1, 0.1),
    ],
}  # fmt: skip
_UITLIJNEN["x"] = [(0.7071 * (x - y), 0.7071 * (x + y)) for x, y in _UITLIJNEN["+"]]


def teken(canvas: Canvas, symbool: str, x: float, y: float, maat: float, kleur: str) -> None:
    """A filled marker `maat` points across, centred on x, y, with a thin white edge as on
    screen (so markers that touch stay apart)."""
    canvas.saveState()
    canvas.setFillColor(HexColor(kleur))
    canvas.setStrokeColor(white)
    canvas.setLineWidth(maat * 0.08)
    if symbool == "o":
        canvas.circle(x, y, maat / 2, stroke=1, fill=1)
    elif symbool in _UITLIJNEN:
        path = canvas.beginPath()
        points = _UITLIJNEN[symbool]
        path.moveTo(x + points[0][0] * maat, y + points[0][1] * maat)
        for px, py in points[1:]:
            path.lineTo(x + px * maat, y + py * maat)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    else:  # "s": a square
        canvas.rect(x - maat / 2, y - maat / 2, maat, maat, stroke=1, fill=1)
    canvas.restoreState()
