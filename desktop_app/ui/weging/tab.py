"""The Weging tab: wegingen side by side (disagreement stays visible), scores, chart, hours."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.dates import format_date
from desktop_app.model.enums import (
    DirecteVeiligheid,
    Publiek,
    StabieleVeiligheid,
    Voorstel,
    Zichtbaarheid,
)
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.core.workspace import Wijziging
from desktop_app.services.gezin import betrokkenen, gezinsleden
from desktop_app.services.uren import uren
from desktop_app.services.weging import wegingen
from desktop_app.ui.edits import Editor
from desktop_app.ui.weging.chart import VeiligheidsGrafiek
from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate
from desktop_app.ui.widgets.entry_list import fit_text_column
from desktop_app.ui.widgets.narrow_combo import narrow as _narrow
from desktop_app.ui.widgets.row_table import Column, RowTableModel


def _labels(enum):
    return [(m.label, m.value) for m in enum]


def _combo(enum) -> QComboBox:
    combo = _narrow(QComboBox())
    for label, value in _labels(enum):
        combo.addItem(label, value)
    return combo


class WegingTab(QWidget):
    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.gezin_id = None
        self.names: dict[int, str] = {}
        self.member_names: dict[int, str] = {}

        def editable(header, field, enum=None):
            """A column that edits one field of the weging (kept in its history)."""
            commit = lambda w, value: editor.run(header, wegingen.wijzig, w.id, **{field: value})  # noqa: E731
            if enum is None:
                return Column(header, lambda w: getattr(w, field), commit)
            return Column(
                header,
                lambda w: enum(getattr(w, field)).label,
                commit,
                edit_value=lambda w: getattr(w, field),
                choices=lambda: _labels(enum),
            )

        self.model = RowTableModel(
            [
                Column("Datum", lambda w: format_date(w.datum)),
                Column("Door", lambda w: self.names.get(w.auteur_id, "")),
                editable("Directe veiligheid", "directe_veiligheid", DirecteVeiligheid),
                editable("Waarom", "directe_toelichting"),
                editable("Stabiel", "stabiele_veiligheid", StabieleVeiligheid),
                Column("ARIJ", lambda w: f"{w.arij_niveau} {format_date(w.arij_datum)}".strip()),
                editable("Voorstel", "voorstel", Voorstel),
                editable("Waarom dit voorstel", "voorstel_toelichting"),
                editable("Voor", "zichtbaarheid", Zichtbaarheid),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setObjectName("wegingenTabel")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setTabKeyNavigation(False)  # Tab goes on to the form; arrows move in the table
        fit_text_column(self.view, 7)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.history = QListWidget()
        self.history.setObjectName("wegingGeschiedenis")
        self.history.setMaximumHeight(90)
        self.view.setObjectName("wegingenTabel")

        # new weging
        self.auteur = _narrow(QComboBox())
        self.datum = QLineEdit()
        self.datum.setPlaceholderText("dd-mm-jjjj (leeg = vandaag)")
        self.directe, self.stabiele, self.voorstel = (
            _combo(DirecteVeiligheid), _combo(StabieleVeiligheid), _combo(Voorstel)
        )  # fmt: skip
        self.directe_toelichting, self.stabiele_toelichting = QLineEdit(), QLineEdit()
        self.arij_niveau, self.arij_datum = QLineEdit(), QLineEdit()
        self.arij_datum.setPlaceholderText("dd-mm-jjjj")
        self.voorstel_toelichting = QLineEdit()
        self.bodemeisen = QLineEdit()
        self.bodemeisen.setPlaceholderText("bijv. geen nieuwe politiecontacten")
        self.bij = _narrow(QComboBox())
        self.zichtbaarheid = _combo(Zichtbaarheid)
        self.zichtbaarheid.setCurrentIndex(self.zichtbaarheid.findData(Zichtbaarheid.PROFESSIONALS))
        add = QPushButton("Weging toevoegen")
        add.clicked.connect(self.add_weging)
        form_box = QGroupBox("Nieuwe weging")
        form = QFormLayout(form_box)
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

        # scores
        self.score_wie = _narrow(QComboBox())
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(5)
        self.score_zichtbaar = _combo(Zichtbaarheid)
        self.score_wie.currentIndexChanged.connect(self._default_score_audience)
        add_score = QPushButton("Score geven")
        add_score.clicked.connect(self.add_score)
        score_box = QGroupBox("Veiligheidsschaal bij de gekozen weging")
        scale = QLabel(
            "0 = zo onveilig dat een kind niet thuis kan blijven; "
            "10 = voldoende veilig om de zorg af te sluiten"
        )
        scale.setWordWrap(True)
        score_layout = QVBoxLayout(score_box)
        score_layout.addWidget(scale)
        self.given = QLabel()
        self.given.setObjectName("gegevenScores")
        self.given.setWordWrap(True)
        score_layout.addWidget(self.given)
        score_row = QHBoxLayout()
        for widget in (self.score_wie, self.score, self.score_zichtbaar, add_score):
            score_row.addWidget(widget)
        score_layout.addLayout(score_row)

        # chart
        self.publiek = _combo(Publiek)
        self.publiek.activated.connect(self.draw)
        self.per = QComboBox()
        self.per.addItem("Per deelnemer", False)
        self.per.addItem("Per rol", True)
        self.per.activated.connect(self.draw)
        self.chart = VeiligheidsGrafiek()
        present = QPushButton("Presenteren (F5)")
        present.clicked.connect(self.present)
        shortcut = QAction(self)
        shortcut.setShortcut("F5")
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.triggered.connect(self.present)
        self.addAction(shortcut)
        chart_box = QGroupBox("Veiligheid door de tijd")
        chart_layout = QVBoxLayout(chart_box)
        chooser = QHBoxLayout()
        chooser.addWidget(self.publiek)
        chooser.addWidget(self.per)
        chooser.addStretch(1)
        chooser.addWidget(present)
        chart_layout.addLayout(chooser)
        chart_layout.addWidget(self.chart, 1)

        # hours
        self.uren_stand = QLabel()
        self.uren_stand.setObjectName("urenStand")
        self.uren_stand.setWordWrap(True)
        self.uren_wie, self.uren, self.uren_datum, self.uren_wat = (
            _narrow(QComboBox()),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.uren.setPlaceholderText("uren, bijv. 1,5")
        self.uren_datum.setPlaceholderText("dd-mm-jjjj")
        self.uren_wat.setPlaceholderText("waaraan")
        self.uren.returnPressed.connect(self.add_hours)
        add_hours = QPushButton("Uren schrijven")
        add_hours.clicked.connect(self.add_hours)
        hours_box = QGroupBox("Uren product 2a/2b")
        hours = QVBoxLayout(hours_box)
        hours.addWidget(self.uren_stand)
        form_hours = QFormLayout()
        form_hours.addRow("Wie", self.uren_wie)
        form_hours.addRow("Uren", self.uren)
        form_hours.addRow("Datum", self.uren_datum)
        form_hours.addRow("Waaraan", self.uren_wat)
        form_hours.addRow(add_hours)
        hours.addLayout(form_hours)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(QLabel("Geschiedenis van de gekozen weging"))
        left_layout.addWidget(self.history)
        left_layout.addWidget(score_box)
        left_layout.addWidget(chart_box, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(form_box)
        right_layout.addWidget(hours_box)
        right_layout.addStretch(1)
        splitter = QSplitter()
        scroll = QScrollArea()  # the form is tall: on a 768 px laptop it scrolls
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)
        scroll.setMinimumWidth(
            right.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def show_gezin(self, gezin_id) -> None:
        self.gezin_id = gezin_id
        self.bij.clear()  # another family: its own open meeting is the default
        self._reload()

    def on_change(self, change: Wijziging) -> None:
        if self.gezin_id in change.gezin_ids or not change.gezin_ids:
            self._reload()

    def _reload(self) -> None:
        if self.gezin_id is None:
            return
        read = self.editor.workspace.read
        people = read(betrokkenen.van_gezin, self.gezin_id)
        leden = read(gezinsleden.van_gezin, self.gezin_id)
        self.names = {p.id: f"{p.naam} ({p.rol})" if p.rol else p.naam for p in people}
        self.member_names = {lid.id: lid.naam for lid in leden}
        for combo in (self.auteur, self.uren_wie):
            current = combo.currentData()
            combo.clear()
            for p in people:
                combo.addItem(self.names[p.id], p.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.score_wie.clear()
        for lid in leden:
            self.score_wie.addItem(lid.naam, ("gezinslid_id", lid.id))
        for p in people:
            self.score_wie.addItem(self.names[p.id], ("betrokkene_id", p.id))
        current = self.bij.currentData()
        self.bij.clear()
        self.bij.addItem("— los van een bijeenkomst —", 0)
        meetings = read(bijeenkomsten.van_gezin, self.gezin_id)
        for meeting in meetings:
            self.bij.addItem(meeting.moment.astimezone().strftime("%d-%m-%Y"), meeting.id)
        if current is None:  # a weging is usually made in the meeting that is still open
            current = next((m.id for m in reversed(meetings) if m.vastgesteld is None), 0)
        self.bij.setCurrentIndex(max(0, self.bij.findData(current)))
        self.model.set_rows(read(wegingen.van_gezin, self.gezin_id))
        if not self.view.currentIndex().isValid() and self.model.rows:
            self.view.selectRow(len(self.model.rows) - 1)  # the newest weging is the one discussed
        self._show_history()
        stand = read(uren.urenstand, self.gezin_id)
        text = f"{stand.gebruikt:g} van {stand.budget:g} uur gebruikt."
        self.uren_stand.setText(f"{text} {stand.waarschuwing}".strip())
        self.uren_stand.setStyleSheet(
            "color: #8A1C00; font-weight: 600;" if stand.waarschuwing else ""
        )
        self.draw()

    def _default_score_audience(self) -> None:
        """A family member's score is for everyone; a professional's as visible as the weging."""
        index = self.view.currentIndex()
        who = self.score_wie.currentData()
        if not index.isValid() or who is None:
            return
        weging = self.model.rows[index.row()]
        default = Zichtbaarheid.IEDEREEN if who[0] == "gezinslid_id" else weging.zichtbaarheid
        self.score_zichtbaar.setCurrentIndex(self.score_zichtbaar.findData(default))

    def _show_history(self) -> None:
        """History and given scores of the chosen weging."""
        self.history.clear()
        self.given.clear()
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self._default_score_audience()
        weging_id = self.model.rows[index.row()].id
        given = [
            f"{self.member_names.get(s.gezinslid_id) or self.names.get(s.betrokkene_id, '')}: "
            f"{s.score}" + ("" if s.zichtbaarheid == Zichtbaarheid.IEDEREEN else
                            f" ({Zichtbaarheid(s.zichtbaarheid).label.lower()})")
            for s in self.editor.workspace.read(wegingen.scores, weging_id)
        ]  # fmt: skip
        self.given.setText("Gegeven: " + "; ".join(given) if given else "Nog geen scores.")
        changes = self.editor.workspace.read(wegingen.geschiedenis, weging_id)
        for change in changes:
            when = change.op.astimezone().strftime("%d-%m-%Y %H:%M")
            self.history.addItem(
                f"{when} {change.door}: {change.veld}: {change.oud or '—'} → {change.nieuw}"
            )
        if not changes:
            self.history.addItem("Nog niet gewijzigd sinds de weging is vastgelegd.")

    def set_publiek(self, publiek: Publiek) -> None:
        self.publiek.setCurrentIndex(self.publiek.findData(publiek))
        self.draw()

    def draw(self) -> None:
        publiek = Publiek(self.publiek.currentData())
        per_rol = bool(self.per.currentData())
        self.chart.show(
            self.editor.workspace.read(wegingen.grafiek, self.gezin_id, publiek, per_rol)
        )

    def present(self) -> None:
        from desktop_app.ui.tijdlijn.presentatie import ask_audience
        from desktop_app.ui.weging.presentatie import start_presentation

        publiek = ask_audience(self)
        if publiek is not None:
            start_presentation(self.editor, self.gezin_id, publiek, bool(self.per.currentData()))

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
            "Weging", wegingen.maak, self.gezin_id, self.auteur.currentData(), **fields
        ):
            for line in (self.datum, self.directe_toelichting, self.stabiele_toelichting,
                         self.arij_niveau, self.arij_datum, self.voorstel_toelichting,
                         self.bodemeisen):  # fmt: skip
                line.clear()
            self.view.selectRow(len(self.model.rows) - 1)

    def add_score(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.editor.refuse("Score", "Kies eerst de weging waar de score bij hoort.")
            return
        field, person = self.score_wie.currentData()
        self.editor.run(
            "Score", wegingen.geef_score, self.model.rows[index.row()].id, self.score.value(),
            zichtbaarheid=self.score_zichtbaar.currentData(), **{field: person},
        )  # fmt: skip

    def add_hours(self) -> None:
        if self.editor.run(
            "Uren", uren.schrijf_uren, self.gezin_id, self.uren_wie.currentData(),
            self.uren_datum.text() or None, self.uren.text(), self.uren_wat.text(),
        ):  # fmt: skip
            for line in (self.uren, self.uren_wat):
                line.clear()
