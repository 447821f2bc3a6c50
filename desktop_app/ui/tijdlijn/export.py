"""A gezin's timeline for one audience as a file: a PDF is paper (`reports.tijdlijn`, A4 or A3);
a PNG or SVG is the screen's timeline rendered offscreen at a chosen size."""

from datetime import UTC, date, datetime
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.model.dates import format_date
from desktop_app.model.errors import InvoerFout
from desktop_app.reports import tijdlijn as tijdlijn_papier
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from desktop_app.services.tijdlijn.tijdlijn import Tijdlijn
from desktop_app.store import bestand
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from desktop_app.ui.tijdlijn.theme import BEAMER, DESK
from desktop_app.ui.widgets.plain_text import plain

FORMATS = (".png", ".svg", ".pdf")


class TimelineSheet(QWidget):
    """What an exported picture shows: whose timeline, for whom, the legend, the timeline."""

    def __init__(self, title: str, subtitle: str, tijdlijn: Tijdlijn, size: tuple[int, int]):
        super().__init__()
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        large = size[1] >= 1000
        theme = BEAMER if large else DESK
        self.title = plain(QLabel(title))
        self.title.setFont(_font(30 if large else 18, bold=True))
        self.subtitle = plain(QLabel(subtitle))
        self.subtitle.setFont(_font(theme.label_px))
        self.subtitle.setStyleSheet("color: #4D4D4D;")
        self.plot = TimelinePlot(theme)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(_legend(tijdlijn, theme.axis_px, theme.marker_px, size[0] - 40))
        layout.addWidget(self.plot, 1)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _legend(tijdlijn: Tijdlijn, text_px: int, marker_px: int, width: int) -> QVBoxLayout:
    """Each category on the timeline, its marker and its name, in lines that fit `width`."""
    font = _font(text_px)
    metrics = QFontMetrics(font)
    white = pg.mkPen("#FFFFFF", width=1)  # cosmetic, as on the plot: not scaled with the mark
    lines, line, used = QVBoxLayout(), QHBoxLayout(), 0
    for index in sorted(set(tijdlijn.categorie.tolist())):
        cat = tijdlijn.categorieen[index]
        entry = marker_px + 2 * text_px + metrics.horizontalAdvance(cat.naam)
        if used and used + entry > width:
            line.addStretch(1)
            lines.addLayout(line)
            line, used = QHBoxLayout(), 0
        mark = QLabel()
        mark.setPixmap(QPixmap.fromImage(renderSymbol(cat.symbool, marker_px, white,
                                                      pg.mkBrush(cat.kleur))))  # fmt: skip
        name = plain(QLabel(cat.naam))
        name.setFont(font)
        line.addWidget(mark)
        line.addWidget(name)
        line.addSpacing(text_px)
        used += entry
    line.addStretch(1)
    lines.addLayout(line)
    return lines


def export_timeline(
    workspace: Workspace,
    gezin_id: int,
    output: Path,
    publiek: Publiek = Publiek.OUDERS,
    van: int | None = None,
    tot: int | None = None,
    size: tuple[int, int] = (1920, 1080),
    papier: str = "A4",
) -> TimelineSheet | None:
    """Write the file; returns the rendered sheet of a PNG or SVG. A failed export leaves
    no file behind."""
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise InvoerFout(
            f"Kies een bestand dat eindigt op {', '.join(FORMATS)}; niet ‘{output.name}’."
        )
    try:
        publiek = Publiek(publiek)  # "facilitator" has no member: it cannot be exported
    except ValueError:
        raise InvoerFout(
            "Een export is voor ouders of professionals; vertrouwelijk gaat nooit mee."
        ) from None
    if van and tot and tot < van:
        raise InvoerFout(f"--tot {tot} ligt vóór --van {van}.")
    if suffix == ".pdf":
        data = workspace.read(tijdlijn_papier.van_gezin, gezin_id, publiek, papier, van, tot)
        bestand.schrijf(output, data, ".pdf")
        return None
    sheet = _sheet(workspace, gezin_id, publiek, van, tot, size)
    try:
        _write(sheet, output)
    except OSError as exc:
        raise InvoerFout(f"Kon {output} niet opslaan: {exc.strerror or exc}.") from None
    finally:
        sheet.close()
    return sheet


def _sheet(workspace, gezin_id, publiek, van, tot, size) -> TimelineSheet:
    gezin = workspace.read(gezinnen.haal, gezin_id)
    shown = workspace.read(publiek_tijdlijn.tijdlijn, gezin_id, publiek)
    title = f"Tijdlijn van {gezin.naam}"
    if van or tot:
        title += f" · {van or ''} – {tot or ''}"
    subtitle = f"{tijdlijn_papier.VOOR_WIE[publiek]} · gemaakt op {format_date(date.today())}"
    sheet = TimelineSheet(title, subtitle, shown, size)
    sheet.resize(*size)
    sheet.plot.set_data(shown, verdeel(shown, Indeling.PERSONEN))
    sheet.show()
    QApplication.processEvents()
    sheet.plot.show_all()
    if van or tot:
        x0, x1 = sheet.plot.viewbox.viewRange()[0]
        start = datetime(van, 1, 1, tzinfo=UTC).timestamp() if van else x0
        end = datetime(tot + 1, 1, 1, tzinfo=UTC).timestamp() if tot else x1
        sheet.plot.viewbox.setXRange(start, end, padding=0)
    QApplication.processEvents()
    return sheet


def _write(sheet: TimelineSheet, output: Path) -> None:
    """Write beside the target and move into place: a failed export leaves no broken file."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with bestand.naast(output) as partial:
            if not _render(sheet, partial, output.suffix.lower()):
                raise InvoerFout(f"Kon {output} niet opslaan.")
    except OSError as exc:
        raise InvoerFout(f"Kon {output} niet opslaan: {exc.strerror or exc}.") from None


def _render(sheet: TimelineSheet, path: Path, suffix: str) -> bool:
    if suffix == ".png":
        return sheet.grab().save(str(path), "PNG")
    device = QSvgGenerator()
    device.setFileName(str(path))
    device.setSize(sheet.size())
    device.setViewBox(QRect(0, 0, sheet.width(), sheet.height()))
    device.setTitle(sheet.title.text())
    painter = QPainter(device)
    if not painter.isActive():
        return False
    try:
        sheet.render(painter, QPoint())
    finally:
        painter.end()
    return True
