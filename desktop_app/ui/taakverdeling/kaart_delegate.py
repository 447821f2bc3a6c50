"""How a card is drawn: what, who, by when, from which meeting. A veiligheidsafspraak or
bodemeis carries a thick red edge and says so in words (colour is never alone); an overdue
card says "te laat". Large on the beamer, readable from the back of the room."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop_app.model.dates import format_date
from desktop_app.model.enums import AfspraakStatus, Zichtbaarheid
from desktop_app.services.taakverdeling.kaarten import Kaart
from desktop_app.ui.taakverdeling.kaart_model import KAART_ROLE

VEILIG = QColor("#B00020")  # a veiligheidsafspraak or bodemeis
TE_LAAT = QColor("#8A1C00")
KLAAR = QColor("#5A5A5A")  # gedaan or vervallen: still readable, clearly not open
AUDIENCE_TAG = {
    Zichtbaarheid.IEDEREEN: "",
    Zichtbaarheid.PROFESSIONALS: "alleen professionals",
    Zichtbaarheid.VERTROUWELIJK: "vertrouwelijk",
}


@dataclass(frozen=True)
class Maat:
    title: int  # pixel sizes
    text: int
    margin: int
    edge: int


DESK = Maat(title=14, text=12, margin=8, edge=6)
BEAMER = Maat(title=30, text=24, margin=16, edge=12)


def regels(kaart: Kaart, vandaag: date, met_eigenaar: bool, met_publiek: bool) -> list[str]:
    """The lines under the title, in plain words."""
    lines = []
    if kaart.veiligheid:
        lines.append(kaart.soort.label.upper())
    if kaart.deelresultaat:
        lines.append(f"Klaar als: {kaart.deelresultaat}")
    if met_eigenaar:
        lines.append(", ".join((kaart.eigenaar_naam, *kaart.mede_namen)))
    elif kaart.mede_namen:
        lines.append("samen met " + ", ".join(kaart.mede_namen))
    when = []
    if kaart.deadline:
        when.append(f"uiterlijk {format_date(kaart.deadline)}")
    if kaart.te_laat(vandaag):
        when.append("TE LAAT")
    if kaart.status in (AfspraakStatus.GEDAAN, AfspraakStatus.VERVALLEN, AfspraakStatus.BEZIG):
        when.append(kaart.status.label.lower())
    if when:
        lines.append(" · ".join(when))
    if kaart.bijeenkomst:
        lines.append(f"afgesproken {format_date(kaart.bijeenkomst)}")
    if met_publiek and AUDIENCE_TAG[kaart.zichtbaarheid]:
        lines.append(f"[{AUDIENCE_TAG[kaart.zichtbaarheid]}]")
    return lines


class KaartDelegate(QStyledItemDelegate):
    def __init__(self, maat: Maat = DESK, met_eigenaar: bool = True, met_publiek: bool = True,
                 parent=None):  # fmt: skip
        super().__init__(parent)
        self.maat, self.met_eigenaar, self.met_publiek = maat, met_eigenaar, met_publiek
        self.title_font, self.text_font = QFont(), QFont()
        self.title_font.setPixelSize(maat.title)
        self.title_font.setBold(True)
        self.text_font.setPixelSize(maat.text)
        self.title_metrics = QFontMetrics(self.title_font)
        self.text_metrics = QFontMetrics(self.text_font)
        self.vandaag = date.today()
        # A column measures every card each time it lays out (a filter, a switch of layout, a
        # resize, an edit elsewhere in the column): a card is measured once per width, and
        # its lines are put in words once for every width and paint.
        self._height = lru_cache(maxsize=4096)(self._measure)
        self._regels = lru_cache(maxsize=4096)(self._put_in_words)

    def _put_in_words(self, kaart: Kaart, met_eigenaar: bool) -> tuple[str, ...]:
        return tuple(regels(kaart, self.vandaag, met_eigenaar, self.met_publiek))

    def _text_width(self, option) -> int:
        """The width the text wraps in, as paint() will have it: the column's, not the
        option's (a list view asks for sizes before it has laid its items out)."""
        view = option.widget
        card = view.viewport().width() - 2 * view.spacing() - 4 if view else option.rect.width()
        return max(60, card - 2 * self.maat.margin - self.maat.edge)

    def sizeHint(self, option, index) -> QSize:
        width = self._text_width(option)
        return QSize(width, self._height(index.data(KAART_ROLE), width, self.met_eigenaar))

    def _measure(self, kaart: Kaart, width: int, met_eigenaar: bool) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        title = self.title_metrics.boundingRect(QRect(0, 0, width, 10_000), flags, kaart.tekst)
        lines = sum(
            self.text_metrics.boundingRect(QRect(0, 0, width, 10_000), flags, line).height()
            for line in self._regels(kaart, met_eigenaar)
        )
        return title.height() + lines + 3 * self.maat.margin + 6

    def paint(self, painter, option, index) -> None:
        kaart: Kaart = index.data(KAART_ROLE)
        m = self.maat
        card = option.rect.adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1F4E79") if selected else QColor("#9A9A9A"),
                            3 if selected or focused else 1))  # fmt: skip
        painter.setBrush(QColor("#DCEBFA") if selected else QColor("#FFFFFF"))
        painter.drawRoundedRect(card, 6, 6)
        if kaart.veiligheid:
            painter.fillRect(QRect(card.left(), card.top(), m.edge, card.height()), VEILIG)
        ink = KLAAR if not kaart.open else QColor("#000000")
        x, y = card.left() + m.edge + m.margin, card.top() + m.margin
        width = card.width() - m.edge - 2 * m.margin
        # drawText lays each text out once and says where it went (no boundingRect before
        # it); not clipped, as when each was drawn into its own bounding box
        flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextDontClip)
        painter.setFont(self.title_font)
        painter.setPen(ink)
        box = painter.drawText(QRect(x, y, width, 10_000), flags, kaart.tekst)
        y = box.bottom() + m.margin // 2
        painter.setFont(self.text_font)
        for line in self._regels(kaart, self.met_eigenaar):
            colour = VEILIG if line == kaart.soort.label.upper() else ink
            if "TE LAAT" in line:
                colour = TE_LAAT
            painter.setPen(colour)
            y = painter.drawText(QRect(x, y, width, 10_000), flags, line).bottom()
        painter.restore()
