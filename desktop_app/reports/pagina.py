"""The furniture of every printed page: page numbers "pagina 2 van 3", a footer, a stamp,
the CONCEPT watermark, and the PDF's metadata in Dutch."""

from dataclasses import dataclass
from functools import partial
from io import BytesIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desktop_app.reports import lettertype

MARGE = 18 * mm
GRIJS = HexColor("#4D4D4D")
ROOD = HexColor("#B00020")
_WATERMERK = Color(0.75, 0.75, 0.75, alpha=0.35)
LIGGEND = "liggend"  # the page template of a sheet turned sideways
_NUMMER = "pagina {} van {}"


@dataclass(frozen=True)
class Pagina:
    titel: str  # the PDF's title, and the running head from page 2 on
    onderwerp: str
    voet: str  # left in the footer of every page
    stempel: str = ""  # in red at the top of every page, e.g. "Inclusief vertrouwelijk"
    concept: bool = False  # a meeting not yet finalised: "CONCEPT" across every page
    formaat: tuple[float, float] = A4
    auteur: str = "Casustafel"
    lopende_kop: bool = True  # off where every page carries its own title
    marge: float = MARGE  # narrower for a drawing that needs the whole sheet


def maak_pdf(story: list, pagina: Pagina) -> bytes:
    lettertype.registreer()
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagina.formaat,
        leftMargin=pagina.marge,
        rightMargin=pagina.marge,
        topMargin=pagina.marge + (6 * mm if pagina.stempel else 0),
        bottomMargin=pagina.marge + 4 * mm,
        title=pagina.titel,
        author=pagina.auteur,
        subject=pagina.onderwerp,
        creator="Casustafel",
        lang="nl-NL",
    )
    furnish = partial(_meubilair, pagina=pagina)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="tekst")
    # The same furniture on a sheet turned sideways, for a drawing that needs the width
    # (the timeline page of the parents' copy): NextPageTemplate(LIGGEND) switches to it.
    turned = landscape(pagina.formaat)
    wide = Frame(
        doc.leftMargin, doc.bottomMargin, turned[0] - doc.leftMargin - doc.rightMargin,
        turned[1] - doc.topMargin - doc.bottomMargin, id="breed",
    )  # fmt: skip
    doc.addPageTemplates(
        [
            PageTemplate(id="pagina", frames=[frame], onPage=furnish),
            PageTemplate(id=LIGGEND, frames=[wide], onPage=furnish, pagesize=turned),
        ]
    )
    doc.build(story, canvasmaker=partial(_GenummerdCanvas, marge=pagina.marge))
    return out.getvalue()


def _meubilair(canvas: Canvas, doc: BaseDocTemplate, pagina: Pagina) -> None:
    width, height = canvas._pagesize  # this page's: upright or turned
    canvas.saveState()
    if pagina.concept:
        canvas.setFillColor(_WATERMERK)
        canvas.setFont(lettertype.VET, 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -35, "CONCEPT")
        canvas.rotate(-50)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFillColor(GRIJS)
    canvas.setFont(lettertype.GEWOON, 9)
    marge = pagina.marge
    line = width - 2 * marge
    beside_number = line - stringWidth(_NUMMER.format(999, 999), lettertype.GEWOON, 9) - 6 * mm
    canvas.drawString(marge, marge - 2 * mm, _past(pagina.voet, beside_number))
    if doc.page > 1 and pagina.lopende_kop:
        stamp = stringWidth(pagina.stempel, lettertype.VET, 11) + 6 * mm if pagina.stempel else 0
        canvas.drawString(marge, height - marge + 4 * mm, _past(pagina.titel, line - stamp))
    if pagina.stempel:
        canvas.setFillColor(ROOD)
        canvas.setFont(lettertype.VET, 11)
        canvas.drawRightString(width - marge, height - marge + 4 * mm, pagina.stempel)
    canvas.restoreState()


def _past(text: str, breedte: float) -> str:
    """`text` in 9 pt, cut short with … to fit `breedte`: a long gezin name never runs into
    the page number or the stamp."""
    if stringWidth(text, lettertype.GEWOON, 9) <= breedte:
        return text
    while text and stringWidth(f"{text}…", lettertype.GEWOON, 9) > breedte:
        text = text[:-1]
    return f"{text.rstrip()}…"


class _GenummerdCanvas(Canvas):
    """Holds every page until the end, so each can say how many there are."""

    def __init__(self, *args, marge: float = MARGE, **kwargs):
        super().__init__(*args, **kwargs)
        self._marge = marge
        self._paginas: list[dict] = []

    def showPage(self):
        self._paginas.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._paginas)
        for state in self._paginas:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(lettertype.GEWOON, 9)
            self.setFillColor(GRIJS)
            self.drawRightString(
                width - self._marge, self._marge - 2 * mm, _NUMMER.format(self._pageNumber, total)
            )
            super().showPage()
        super().save()
