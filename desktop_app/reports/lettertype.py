"""The one typeface of every printed page, embedded in the PDF.

Bitstream Vera ships with reportlab, so every machine has it; it has the Dutch diacritics
(ë, é, ï, ü) and the euro sign, which the PDF standard fonts do not embed.
"""

from functools import cache
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

GEWOON = "Casus"
VET = "Casus-Vet"
CURSIEF = "Casus-Cursief"
VET_CURSIEF = "Casus-VetCursief"

_BESTANDEN = {
    GEWOON: "Vera.ttf",
    VET: "VeraBd.ttf",
    CURSIEF: "VeraIt.ttf",
    VET_CURSIEF: "VeraBI.ttf",
}


@cache
def registreer() -> str:
    """Register the family once per process; returns the regular face's name."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, filename in _BESTANDEN.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    for bold, italic, name in ((0, 0, GEWOON), (1, 0, VET), (0, 1, CURSIEF), (1, 1, VET_CURSIEF)):
        addMapping(GEWOON, bold, italic, name)
    return GEWOON
