"""The Taakverdeling tab: who holds regie and who is whose aanspreekpunt on top, the board of
afspraken, the chosen card on the right, a line to add a task, and who to call for what."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import (
    AanspreekpuntToewijzing,
    Afspraak,
    AfspraakMedeEigenaar,
    AfspraakWijziging,
    Betrokkene,
    Bijeenkomst,
    Gezinslid,
    RegieToewijzing,
)
from desktop_app.model.enums import AfspraakSoort
from desktop_app.services.bijeenkomst import bijeenkomsten, volgorde
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.gezin import betrokkenen, gezinsleden
from desktop_app.services.publiek import contact, taakverdeling
from desktop_app.services.taakverdeling import afspraken, bord, kaarten
from desktop_app.services.taakverdeling.bord import BordFilter, Indeling
from desktop_app.ui.edits import Editor
from desktop_app.ui.publiek.keuze import PubliekKeuze
from desktop_app.ui.taakverdeling.afspraken import AfsprakenPanel
from desktop_app.ui.taakverdeling.bord import Bord
from desktop_app.ui.taakverdeling.kaart_model import KaartenModel
from desktop_app.ui.taakverdeling.kaart_panel import KaartPanel
from desktop_app.ui.taakverdeling.wie_belt_u import contact_banner, wie_belt_u_html
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.plain_text import exact
from desktop_app.ui.widgets.row_table import enum_choices

TOONT = tabellen(
    Afspraak, AfspraakMedeEigenaar, AfspraakWijziging, Gezinslid, Betrokkene, Bijeenkomst,
    RegieToewijzing, AanspreekpuntToewijzing,
)  # fmt: skip
ALLE = ""  # "no filter" in the filter boxes


class TaakverdelingTab(QWidget):
    present_requested = Signal()

    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.gezin_id: int | None = None
        self.leden, self.betrokkenen = [], []
        self.filter = BordFilter()
        self.indeling = Indeling.EIGENAAR
        self.gekozen = None  # the card with the focus on the board
        self.banner = QLabel()
        self.banner.setObjectName("taakverdelingBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.model = KaartenModel(self)
        self.bord = Bord(self.model)
        self.bord.setObjectName("bord")
        self.bord.kaart_gekozen.connect(self._chosen)
        self.bord.verplaatsen.connect(self.verplaats)
        self.bord.schuiven.connect(self._shift)
        self.bord.verwijderen.connect(self.verwijder)
        self.detail = KaartPanel(editor)
        self.detail.hide()  # the board takes the width; Enter on a card opens it in full
        self.detail.sluiten.connect(self._close_detail)
        self.bord.bewerken.connect(self._open_detail)
        self.nieuw = AfsprakenPanel(editor, "Nieuwe taak", met_tabel=False)
        self.wie = QTextBrowser()
        self.wie.setObjectName("wieBeltU")
        self.wie_publiek = PubliekKeuze(met_alles=False)  # made to project with parents
        self.wie_publiek.activated.connect(self._show_who)
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.wie_publiek)
        who_layout.addWidget(self.wie, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.bord)
        self.pages.addWidget(who)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(self.nieuw)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1080, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        present = QAction(self)
        present.setShortcut("F5")
        present.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        present.triggered.connect(self.present_requested.emit)
        self.addAction(present)

    def _toolbar(self) -> QToolBar:
        self.layout_keuze = QComboBox()
        self.layout_keuze.setObjectName("indelingKeuze")
        for label, value in enum_choices(Indeling):
            self.layout_keuze.addItem(label, value)
        self.layout_keuze.activated.connect(self._layout_chosen)
        self.alleen_open = QCheckBox("Alleen open")
        self.alleen_open.setChecked(self.filter.alleen_open)
        self.alleen_open.toggled.connect(lambda on: self._filter(alleen_open=on))
        self.eigenaar = narrow(QComboBox(), 7)
        self.eigenaar.activated.connect(
            lambda: self._filter(eigenaar=self.eigenaar.currentData() or None)
        )
        self.soort = narrow(QComboBox(), 7)
        self.soort.addItem("Alle soorten", ALLE)
        for label, value in enum_choices(AfspraakSoort):
            self.soort.addItem(label, value)
        self.soort.activated.connect(
            lambda: self._filter(
                soort=AfspraakSoort(v) if (v := self.soort.currentData()) else None
            )
        )
        self.bijeenkomst = narrow(QComboBox(), 7)
        self.bijeenkomst.activated.connect(
            lambda: self._filter(bijeenkomst_id=self.bijeenkomst.currentData() or None)
        )
        self.zoek = QLineEdit()
        self.zoek.setObjectName("taakZoeken")
        self.zoek.setPlaceholderText("Zoek een taak")
        self.zoek.setClearButtonEnabled(True)
        self.zoek.textChanged.connect(lambda text: self._filter(zoekterm=text))
        self.wie_knop = QPushButton("Wie belt u waarvoor")
        self.wie_knop.setCheckable(True)
        self.wie_knop.toggled.connect(self._toggle_who)
        review = QPushButton("Bespreken…")
        review.setToolTip(
            "De open afspraken van eerder één voor één langs (begin van de bijeenkomst)"
        )
        review.clicked.connect(self.bespreek)
        present = QPushButton("Presenteren (F5)")
        present.clicked.connect(self.present_requested.emit)
        toolbar = QToolBar()
        for widget in (self.layout_keuze, self.alleen_open, self.eigenaar, self.soort,
                       self.bijeenkomst, self.zoek, self.wie_knop, review, present):  # fmt: skip
            toolbar.addWidget(widget)
        return toolbar

    # data

    def show_gezin(self, gezin_id: int | None) -> None:
        self.gezin_id = gezin_id
        if gezin_id is not None:
            self._reload()

    def on_change(self, change: Wijziging) -> None:
        if change.raakt(self.gezin_id, TOONT):
            self._reload()

    def _reload(self) -> None:
        read = self.editor.workspace.read
        self.leden = read(gezinsleden.van_gezin, self.gezin_id)
        self.betrokkenen = read(betrokkenen.van_gezin, self.gezin_id)
        self.model.set_kaarten(read(kaarten.kaarten, self.gezin_id))
        self.banner.setText(contact_banner(read(contact.contactpersonen, self.gezin_id)))
        self._fill_filters()
        self._show_board()
        self.nieuw.toon(self.gezin_id, [], {}, self.leden, self.betrokkenen)
        self._chosen(self.bord.current())
        if self.pages.currentIndex() == 1:
            self._show_who()

    def _fill_filters(self) -> None:
        owner, meeting = self.eigenaar.currentData(), self.bijeenkomst.currentData()
        self.eigenaar.clear()
        self.eigenaar.addItem("Iedereen", ALLE)
        self.eigenaar.addItem("Ouders", afspraken.OUDERS)
        for lid in self.leden:
            self.eigenaar.addItem(lid.naam, ("gezinslid", lid.id))
        for b in self.betrokkenen:
            self.eigenaar.addItem(b.naam_en_rol, ("betrokkene", b.id))
        self.eigenaar.setCurrentIndex(max(0, self.eigenaar.findData(owner)))
        self.bijeenkomst.clear()
        self.bijeenkomst.addItem("Alle bijeenkomsten", ALLE)
        for b in self.editor.workspace.read(bijeenkomsten.van_gezin, self.gezin_id):
            self.bijeenkomst.addItem(b.moment.astimezone().strftime("%d-%m-%Y"), b.id)
        self.bijeenkomst.setCurrentIndex(max(0, self.bijeenkomst.findData(meeting)))

    def _show_board(self) -> None:
        columns = bord.kolommen(self.model.kaarten, self.indeling, self.leden, self.betrokkenen)
        self.bord.toon(columns, self.indeling, self.filter)

    def _filter(self, **changes) -> None:
        for name, value in changes.items():
            setattr(self.filter, name, tuple(value) if name == "eigenaar" and value else value)
        self._show_board()

    def _layout_chosen(self) -> None:
        self.set_indeling(Indeling(self.layout_keuze.currentData()))

    def set_indeling(self, indeling: Indeling) -> None:
        self.indeling = indeling
        self.layout_keuze.setCurrentIndex(self.layout_keuze.findData(indeling))
        self._show_board()

    def _chosen(self, kaart) -> None:
        self.gekozen = kaart
        if self.detail.isVisible():  # closed, it need not read the card's history
            self.detail.toon(kaart, self.leden, self.betrokkenen)

    def _open_detail(self) -> None:
        self.detail.toon(self.gekozen, self.leden, self.betrokkenen)
        self.detail.show()
        self.detail.tekst.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_detail(self) -> None:
        """Back to the board, on the card that was open."""
        self.detail.hide()
        if self.detail.kaart is not None:
            self.bord.volg(self.detail.kaart.id)

    def _toggle_who(self, on: bool) -> None:
        self.pages.setCurrentIndex(1 if on else 0)
        if on:
            self._show_who()

    def _show_who(self) -> None:
        publiek = self.wie_publiek.gekozen()
        records = self.editor.workspace.read(taakverdeling.wie_belt_u, self.gezin_id, publiek)
        self.wie.setHtml(wie_belt_u_html(records, 15))

    # editing

    def verplaats(self, afspraak_id: int, sleutel) -> None:
        """A card dropped on, or moved by keyboard to, another column."""
        action = bord.naar_kolom(sleutel, self.indeling)
        if action is None:
            self.editor.refuse("Verplaatsen", "Kies iemand die de taak uitvoert.")
            return
        label, operation, args = action
        if self.editor.run(label, operation, afspraak_id, *args):
            self.bord.volg(afspraak_id)

    def _shift(self, afspraak_id: int, steps: int, column: list[int]) -> None:
        if self.editor.run("Volgorde", afspraken.verschuif, afspraak_id, steps, column):
            self.bord.volg(afspraak_id)

    def verwijder(self, afspraak_id: int) -> None:
        kaart = next(k for k in self.model.kaarten if k.id == afspraak_id)
        answer = QMessageBox.question(
            self, "Taak verwijderen", exact(f"‘{kaart.tekst}’ verwijderen? (Ctrl+Z zet haar terug)")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.run("Taak verwijderen", afspraken.verwijder, afspraak_id)

    def bespreek(self) -> None:
        """The meeting of today, or else the latest that is still open, goes through the
        open afspraken from before it."""
        from desktop_app.ui.taakverdeling.bespreking import BesprekingDialog

        meeting = self.editor.workspace.read(volgorde.lopende, self.gezin_id)
        if meeting is None:
            self.editor.refuse(
                "Bespreken",
                "Er is geen open bijeenkomst om de afspraken in te bespreken. "
                "Maak eerst de bijeenkomst van vandaag aan (tab Bijeenkomsten).",
            )
            return
        BesprekingDialog(self.editor, meeting.id, self).exec()
