"""Render a gezin's timeline offscreen to PNG, SVG or PDF for one audience."""

import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from desktop_app.ui.tijdlijn.theme import BEAMER, DESK

FORMATS = (".png", ".svg", ".pdf")


class TimelineSheet(QWidget):
    """A title line above the timeline: what a printed or exported timeline shows."""

    def __init__(self, title: str, large: bool):
        super().__init__()
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        self.title = QLabel(title)
        font = QFont()
        font.setPixelSize(30 if large else 18)
        font.setBold(True)
        self.title.setFont(font)
        self.plot = TimelinePlot(BEAMER if large else DESK)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)


def export_timeline(
    workspace: Workspace,
    gezin_id: int,
    output: Path,
    publiek: Publiek = Publiek.OUDERS,
    van: int | None = None,
    tot: int | None = None,
    size: tuple[int, int] = (1920, 1080),
) -> TimelineSheet:
    if output.suffix.lower() not in FORMATS:
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
    gezin = workspace.read(gezinnen.haal, gezin_id)
    shown = workspace.read(publiek_tijdlijn.tijdlijn, gezin_id, publiek)
    audience = "met ouders" if publiek is Publiek.OUDERS else "alleen professionals"
    period = f"{van or ''}–{tot or ''}" if van or tot else "alles"
    sheet = TimelineSheet(f"{gezin.naam} · tijdlijn ({period}) · {audience}", large=size[1] >= 1000)
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
    output.parent.mkdir(parents=True, exist_ok=True)
    _write(sheet, output)
    sheet.close()
    return sheet


def _write(sheet: QWidget, output: Path) -> None:
    """Write beside the target and move into place: a failed export leaves no broken file."""
    partial = output.with_name(f".{output.name}.deel")
    try:
        _render(sheet, partial, output.suffix.lower())
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


def _render(sheet: QWidget, path: Path, suffix: str) -> None:
    if suffix == ".png":
        if not sheet.grab().save(str(path), "PNG"):
            raise InvoerFout(f"Kon {path.name} niet schrijven.")
        return
    if suffix == ".svg":
        device = QSvgGenerator()
        device.setFileName(str(path))
        device.setSize(sheet.size())
        device.setViewBox(QRect(0, 0, sheet.width(), sheet.height()))
        device.setTitle(sheet.title.text())
    else:
        device = QPdfWriter(str(path))
        device.setTitle(sheet.title.text())
        device.setResolution(96)
        page = QPageSize(
            QSizeF(sheet.width(), sheet.height()) * 25.4 / 96, QPageSize.Unit.Millimeter
        )
        device.setPageLayout(
            QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
    painter = QPainter(device)
    try:
        sheet.render(painter, QPoint())
    finally:
        painter.end()
