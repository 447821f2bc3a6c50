"""A new weging: its author, the meeting it belongs to, both safety judgements, ARIJ, the
bodemeisen and the proposal with its reasons. Enter in any line saves it."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton

from desktop_app.model.dates import parse_date
from desktop_app.model.enums import DirecteVeiligheid, StabieleVeiligheid, Voorstel, Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.services.publiek import weging as publiek_weging
from desktop_app.services.weging import wegingen
from desktop_app.services.weging.overzicht import WegingOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.narrow_combo import enum_combo, narrow

LOS = 0  # not made in a meeting


class NieuweWegingPanel(QGroupBox):
    added = Signal()

    def __init__(self, editor: Editor):
        super().__init__("Nieuwe weging")
        self.editor = editor
        self.gezin_id: int | None = None
        self.auteur = narrow(QComboBox())
        self.bij = narrow(QComboBox())
        self.datum = QLineEdit()
        self.datum.setPlaceholderText("dd-mm-jjjj (leeg = vandaag)")
        self.directe, self.stabiele = enum_combo(DirecteVeiligheid), enum_combo(StabieleVeiligheid)
        self.voorstel = enum_combo(Voorstel)
        self.directe_toelichting, self.stabiele_toelichting = QLineEdit(), QLineEdit()
        self.arij_niveau, self.arij_datum = QLineEdit(), QLineEdit()
        self.arij_datum.setPlaceholderText("dd-mm-jjjj")
        self.voorstel_toelichting = QLineEdit()
        self.bodemeisen = QLineEdit()
        self.bodemeisen.setPlaceholderText("bijv. geen nieuwe politiecontacten")
        self.zichtbaarheid = enum_combo(Zichtbaarheid)
        self.zichtbaarheid.setCurrentIndex(self.zichtbaarheid.findData(Zichtbaarheid.PROFESSIONALS))
        add = QPushButton("Weging toevoegen")
        add.clicked.connect(self.add_weging)
        form = QFormLayout(self)
        rows = (
            ("Door", self.auteur),
            ("Bij bijeenkomst", self.bij),
            ("Datum", self.datum),
            ("Directe veiligheid", self.directe),
            ("Waarom", self.directe_toelichting),
            ("Stabiele veiligheid", self.stabiele),
            ("Waarom", self.stabiele_toelichting),
            ("ARIJ-niveau", self.arij_niveau),
            ("ARIJ-datum", self.arij_datum),
            ("Bodemeisen", self.bodemeisen),
            ("Voorstel", self.voorstel),
            ("Waarom dit voorstel", self.voorstel_toelichting),
            ("Zichtbaar voor", self.zichtbaarheid),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.add_weging)
        form.addRow(add)

    def toon(self, state: WegingOverzicht) -> None:
        new_gezin = state.gezin_id != self.gezin_id
        self.gezin_id = state.gezin_id
        author = self.auteur.currentData()
        self.auteur.clear()
        for p in state.betrokkenen:
            self.auteur.addItem(state.naam(p.id), p.id)
        self.auteur.setCurrentIndex(max(0, self.auteur.findData(author)))
        meeting = None if new_gezin else self.bij.currentData()
        self.bij.clear()
        self.bij.addItem("— los van een bijeenkomst —", LOS)
        for b in state.bijeenkomsten:
            self.bij.addItem(b.moment.astimezone().strftime("%d-%m-%Y"), b.id)
        if meeting is None:  # a weging is usually made in the meeting that is still open
            meeting = next((b.id for b in reversed(state.bijeenkomsten) if not b.vastgesteld), LOS)
        self.bij.setCurrentIndex(max(0, self.bij.findData(meeting)))

    def add_weging(self) -> None:
        fields = {
            "directe_veiligheid": self.directe.currentData(),
            "directe_toelichting": self.directe_toelichting.text(),
            "stabiele_veiligheid": self.stabiele.currentData(),
            "stabiele_toelichting": self.stabiele_toelichting.text(),
            "arij_niveau": self.arij_niveau.text(),
            "arij_datum": self.arij_datum.text() or None,
            "voorstel": self.voorstel.currentData(),
            "voorstel_toelichting": self.voorstel_toelichting.text(),
            "bodemeisen": self.bodemeisen.text(),
            "zichtbaarheid": self.zichtbaarheid.currentData(),
            "bijeenkomst_id": self.bij.currentData() or None,
        }
        if self.datum.text().strip():
            fields["datum"] = self.datum.text()
        if self.editor.run(
            "Weging", wegingen.maak, self.gezin_id, self.auteur.currentData(),
            overgenomen=self._scores_of_the_day(), **fields,
        ):  # fmt: skip
            for line in (self.datum, self.directe_toelichting, self.stabiele_toelichting,
                         self.arij_niveau, self.arij_datum, self.voorstel_toelichting,
                         self.bodemeisen):  # fmt: skip
                line.clear()
            self.added.emit()

    def _scores_of_the_day(self) -> list:
        """The parents' scores said today in another weging: taken over, not asked again."""
        try:
            day = parse_date(self.datum.text()) or date.today()
        except InvoerFout:
            return []  # the weging itself says what is wrong with the date
        read = self.editor.workspace.read
        return read(
            publiek_weging.overneembare_scores, self.gezin_id, day,
            self.zichtbaarheid.currentData(),
        )  # fmt: skip
