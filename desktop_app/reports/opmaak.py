"""Type sizes, styles and Dutch dates of the printed page.

Parents read this at the kitchen table, often under stress: body text of 11 pt with generous
leading, few colours, and headings that say in plain words what follows."""

from datetime import date, datetime
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop_app.reports import lettertype

INKT = HexColor("#111111")
KOP = HexColor("#1F4E79")
LIJN = HexColor("#9AA5B1")
VLAK = HexColor("#EEF2F6")
VEILIG = HexColor("#FFF4D6")  # behind safety agreements: marked in words too, never by colour alone

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@cache
def stijlen() -> dict[str, ParagraphStyle]:
    font = lettertype.registreer()
    tekst = ParagraphStyle("tekst", fontName=font, fontSize=11, leading=15, textColor=INKT)
    return {
        "titel": ParagraphStyle(
            "titel", parent=tekst, fontName=lettertype.VET, fontSize=20, leading=25,
            textColor=KOP, spaceAfter=4,
        ),
        "ondertitel": ParagraphStyle("ondertitel", parent=tekst, fontSize=13, leading=17,
                                     spaceAfter=8),
        "kop": ParagraphStyle(
            "kop", parent=tekst, fontName=lettertype.VET, fontSize=15, leading=19,
            textColor=KOP, spaceBefore=14, spaceAfter=6, keepWithNext=True,
        ),
        "subkop": ParagraphStyle(
            "subkop", parent=tekst, fontName=lettertype.VET, fontSize=12, leading=16,
            spaceBefore=8, spaceAfter=3, keepWithNext=True,
        ),
        "tekst": ParagraphStyle("alinea", parent=tekst, spaceAfter=5),
        "cel": tekst,
        "punt": ParagraphStyle(
            "punt", parent=tekst, leftIndent=10, bulletIndent=0, spaceAfter=4, bulletFontName=font
        ),
        "celkop": ParagraphStyle("celkop", parent=tekst, fontName=lettertype.VET),
        "klein": ParagraphStyle("klein", parent=tekst, fontSize=9.5, leading=12.5),
    }  # fmt: skip


class Alinea(Paragraph):
    """A Paragraph that breaks its lines once per width.

    Platypus wraps a table cell to size its table, again for every try at splitting the
    table over pages (a heading kept with its table tries the pair first), and again to draw
    it: three to four times at the same width. Breaking lines depends on the width alone, so
    every later wrap at that width gets back exactly the state the first one left."""

    _STAAT = ("width", "height", "blPara", "_wrapWidths", "_width_max",
              "_splitLongWordCount", "_hyphenations")  # fmt: skip

    def wrap(self, availWidth, availHeight):
        known = self.__dict__.setdefault("_per_breedte", {})
        state = known.get(availWidth)
        if state is None:
            size = super().wrap(availWidth, availHeight)
            if "blPara" in self.__dict__:  # else too narrow: nothing to keep
                known[availWidth] = {k: self.__dict__[k] for k in self._STAAT if k in self.__dict__}
            return size
        self.__dict__.update(state)
        return self.width, self.height


def alinea(tekst: str, stijl: str = "tekst") -> Paragraph:
    """Stored text is plain: escaped here, so a "<" typed in a meeting prints as itself."""
    return Alinea(escape(tekst).replace("\n", "<br/>"), stijlen()[stijl])


def punt(tekst: str) -> Paragraph:
    """One item of a bulleted list, its lines hanging clear of the bullet."""
    return Alinea(escape(tekst), stijlen()["punt"], bulletText="•")


def opgemaakt(markup: str, stijl: str = "tekst") -> Paragraph:
    """Fixed text of the report with <b> or <i>; data inside it must be escaped by the caller."""
    return Alinea(markup, stijlen()[stijl])


def lange_datum(value: date) -> str:
    """ "4 november 2026": parents should not have to decode 04-11-2026."""
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def dag_en_datum(value: date) -> str:
    return f"{DAGEN[value.weekday()]} {lange_datum(value)}"


def tijd(moment: datetime) -> str:
    return f"{moment:%H:%M} uur"
