"""Presenteren (F5) from the Taakverdeling tab: the board per owner, large, for the audience in
the room; W shows "wie belt u waarvoor" instead, S switches to columns per status."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget

from desktop_app.model import (
    AanspreekpuntToewijzing,
    Afspraak,
    AfspraakMedeEigenaar,
    Betrokkene,
    RegieToewijzing,
)
from desktop_app.services.core.workspace import tabellen
from desktop_app.services.gezin import betrokkenen, gezinsleden
from desktop_app.services.publiek import contact, taakverdeling
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.taakverdeling import bord
from desktop_app.services.taakverdeling.bord import BordFilter, Indeling
from desktop_app.ui.edits import Editor
from desktop_app.ui.publiek.venster import ProjectieVenster, pixels
from desktop_app.ui.taakverdeling.bord import Bord
from desktop_app.ui.taakverdeling.kaart_delegate import BEAMER
from desktop_app.ui.taakverdeling.kaart_model import KaartenModel
from desktop_app.ui.taakverdeling.wie_belt_u import contact_banner, wie_belt_u_html
from desktop_app.ui.widgets.plain_text import rich

TOONT = tabellen(
    Afspraak, AfspraakMedeEigenaar, Betrokkene, RegieToewijzing, AanspreekpuntToewijzing
)
HELP = "← → kolommen   ↑ ↓ kaarten   S per status / per eigenaar   W wie belt u waarvoor   Esc"


def start_presentation(editor: Editor, gezin_id: int):
    window = BordPresentatie(editor, gezin_id)
    window.open()
    return window


class BordPresentatie(ProjectieVenster):
    toetsuitleg = "S per status / per eigenaar   W wie belt u waarvoor"

    def __init__(self, editor: Editor, gezin_id: int, publiek: Publiek | None = None):
        super().__init__(editor, gezin_id, "taakverdeling", TOONT, publiek)
        self.indeling = Indeling.EIGENAAR
        self.contacten = rich(QLabel())
        self.contacten.setWordWrap(True)
        self.contacten.setFont(pixels(24))
        self.contacten.setContentsMargins(24, 8, 24, 8)
        self.model = KaartenModel(self)
        self.bord = Bord(self.model, BEAMER, met_publiek=False, bewerkbaar=False)
        self.wie = QLabel()
        self.wie.setWordWrap(True)
        self.wie.setTextFormat(Qt.TextFormat.RichText)
        self.wie.setFont(pixels(28))
        self.wie.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.wie.setContentsMargins(40, 16, 40, 0)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.bord)
        self.pages.addWidget(self.wie)
        self.hint = QLabel(HELP)
        self.hint.setFont(pixels(22))
        self.hint.setContentsMargins(24, 0, 24, 0)
        self.layout_.addWidget(self.contacten)
        self.layout_.addWidget(self.pages, 1)
        self.layout_.addWidget(self.hint)
        # shortcuts, not key presses: a focused column would take a letter as a search
        QShortcut(QKeySequence("W"), self, activated=self._other_page)
        QShortcut(QKeySequence("S"), self, activated=self._other_layout)
        QShortcut(QKeySequence("Esc"), self, activated=self.close)
        self.vernieuw()

    def toetsen(self):
        return {Qt.Key.Key_W: self._other_page, Qt.Key.Key_S: self._other_layout}

    def toon(self) -> None:
        self.hint.setVisible(bool(self.hulp(HELP)))
        read = self.editor.workspace.read
        cards = [k for k in read(taakverdeling.kaarten, self.gezin_id, self.publiek) if k.open]
        self.model.set_kaarten(cards)
        leden = read(gezinsleden.van_gezin, self.gezin_id)
        people = read(betrokkenen.van_gezin, self.gezin_id)
        columns = bord.kolommen(cards, self.indeling, leden, people)
        self.bord.toon(columns, self.indeling, BordFilter())
        self.contacten.setText(contact_banner(read(contact.contactpersonen, self.gezin_id)))
        who = read(taakverdeling.wie_belt_u, self.gezin_id, self.publiek)
        self.wie.setText("<h1 style='font-size:46px'>Wie belt u waarvoor</h1>"
                         + wie_belt_u_html(who, 26, kolommen=2))  # fmt: skip

    def shown_text(self) -> str:
        """What the audience can read now (for checks): the page in front, with the contacts
        above the board."""
        if self.pages.currentIndex():
            return f"{self.banner.text()}\n{self.wie.text()}"
        cards = "\n".join(self.bord.zichtbare_teksten())
        return f"{self.banner.text()}\n{self.contacten.text()}\n{cards}"

    def _other_page(self) -> None:
        self.pages.setCurrentIndex(1 - self.pages.currentIndex())
        self.contacten.setVisible(self.pages.currentIndex() == 0)  # the page says it in full

    def _other_layout(self) -> None:
        self.indeling = Indeling.STATUS if self.indeling is Indeling.EIGENAAR else Indeling.EIGENAAR
        self.toon()

    def showEvent(self, event):
        super().showEvent(event)
        if self.bord.kolommen and self.console is None:  # with a console, keys go there
            self.bord.kolommen[0].lijst.setFocus()
