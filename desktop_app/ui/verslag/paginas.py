"""A PDF's pages as images: PySide6-Essentials has no QtPdf, so pdfium draws them."""

from collections.abc import Iterable, Iterator

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

PUNTEN_PER_INCH = 72  # a PDF's unit of length


def omvang(data: bytes) -> tuple[int, QSizeF]:
    """How many pages there are, and the first one's size in points."""
    document = pdfium.PdfDocument(data)
    try:
        width, height = document[0].get_size()
        return len(document), QSizeF(width, height)
    finally:
        document.close()


def beelden(
    data: bytes,
    dpi: float,
    paginas: Iterable[int] | None = None,
    printer: bool = False,
    breedte: int | None = None,
) -> Iterator[QImage]:
    """The pages (all, or those 0-based indices) one at a time, each no wider than `breedte`
    pixels if given: a page at print resolution takes tens of megabytes, so none is kept
    longer than it is needed."""
    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)) if paginas is None else paginas:
            page = document[index]
            scale = dpi / PUNTEN_PER_INCH
            if breedte is not None:
                scale = min(scale, breedte / page.get_width())
            bitmap = page.render(
                scale=scale,
                rev_byteorder=True,  # RGB order, as QImage reads it
                prefer_bgrx=True,  # four bytes a pixel: rows need no padding
                optimize_mode="print" if printer else None,
            )
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            ).copy()  # pdfium frees its buffer with the bitmap
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()
