"""Printing a PDF through Qt: pdfium draws each page, and each page goes on its own sheet."""

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtPrintSupport import QPrinter

from desktop_app.ui.verslag.paginas import beelden

# Sharp on paper; a page at a printer's own 1200 dpi would take over half a gigabyte.
AFDRUK_DPI = 300


def druk_af(data: bytes, printer: QPrinter, aantal: int) -> bool:
    """Print the pages of `data` (`aantal` of them) on `printer`, in the range its dialog
    chose; False when the printer could not be started."""
    printer.setFullPage(True)  # the PDF brings its own margins
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        dpi = min(printer.resolution(), AFDRUK_DPI)
        pages = beelden(data, dpi, _bereik(printer, aantal), printer=True)
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            if (image.width() > image.height()) != (paper.width() > paper.height()):
                image = image.transformed(QTransform().rotate(90))  # landscape on portrait
            painter.drawImage(_passend(image, paper), image)
    finally:
        painter.end()
    return True


def _bereik(printer: QPrinter, aantal: int) -> range:
    """The 0-based pages to print: all, or the range asked for in the print dialog."""
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.fromPage() == 0:
        return range(aantal)
    return range(printer.fromPage() - 1, min(printer.toPage(), aantal))


def _passend(image: QImage, paper: QRectF) -> QRectF:
    """The page as large as the paper allows, centred, its proportions kept."""
    size = QSizeF(image.size()).scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(paper.topLeft(), size)
    target.moveCenter(paper.center())
    return target
