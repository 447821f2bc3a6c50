"""The wegingen side by side (two annotators may disagree, and both stay visible), the
history of the chosen one, and the safety-scale scores given with it."""

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Weging
from desktop_app.model.dates import format_date, format_moment
from desktop_app.model.enums import DirecteVeiligheid, StabieleVeiligheid, Voorstel, Zichtbaarheid
from desktop_app.services.weging import wegingen
from desktop_app.services.weging.overzicht import WegingOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.plain_text import plain
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices
from desktop_app.ui.widgets.tables import table_view

# A score for everyone needs no mark; the others say who may see them.
SCORE_AUDIENCE = {
    Zichtbaarheid.IEDEREEN: "",
    Zichtbaarheid.PROFESSIONALS: " (alleen professionals)",
    Zichtbaarheid.VERTROUWELIJK: " (vertrouwelijk)",
}
# A parent's score is asked once a day: a second weging that day takes it over.
SAME_DAY = " (gezegd op deze dag, ook bij de andere weging)"


class WegingenPanel(QWidget):
    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.state: WegingOverzicht | None = None

        def editable(header, field, enum=None):
            """A column that edits one field of the weging (kept in its history)."""

            def commit(w, value):
                return editor.run(header, wegingen.wijzig, w.id, **{field: value})

            if enum is None:
                return Column(header, lambda w: getattr(w, field), commit)
            return Column(
                header,
                lambda w: enum(getattr(w, field)).label,
                commit,
                edit_value=lambda w: getattr(w, field),
                choices=lambda: enum_choices(enum),
            )

        self.model = RowTableModel(
            [
                Column("Datum", lambda w: format_date(w.datum)),
                Column("Door", lambda w: self.state.naam(w.auteur_id)),
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
        self.view = table_view(self.model, 7)
        self.view.setObjectName("wegingenTabel")
        self.view.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.history = QListWidget()
        self.history.setObjectName("wegingGeschiedenis")
        self.history.setMaximumHeight(90)

        self.score_wie = narrow(QComboBox())
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(5)
        self.score_zichtbaar = narrow(QComboBox())
        for label, value in enum_choices(Zichtbaarheid):
            self.score_zichtbaar.addItem(label, value)
        self.score_wie.currentIndexChanged.connect(self._default_score_audience)
        add_score = QPushButton("Score geven")
        add_score.clicked.connect(self.add_score)
        scale = QLabel(
            "0 = zo onveilig dat een kind niet thuis kan blijven; "
            "10 = voldoende veilig om de zorg af te sluiten"
        )
        scale.setWordWrap(True)
        self.given = plain(QLabel())
        self.given.setObjectName("gegevenScores")
        self.given.setWordWrap(True)
        score_box = QGroupBox("Veiligheidsschaal bij de gekozen weging")
        score_layout = QVBoxLayout(score_box)
        score_layout.addWidget(scale)
        score_layout.addWidget(self.given)
        score_row = QHBoxLayout()
        for widget in (self.score_wie, self.score, self.score_zichtbaar, add_score):
            score_row.addWidget(widget)
        score_layout.addLayout(score_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel("Geschiedenis van de gekozen weging"))
        layout.addWidget(self.history)
        layout.addWidget(score_box)

    def toon(self, state: WegingOverzicht) -> None:
        self.state = state
        who = self.score_wie.currentData()
        self.score_wie.blockSignals(True)
        self.score_wie.clear()
        for lid in state.leden:
            self.score_wie.addItem(lid.naam, ("gezinslid_id", lid.id))
        for p in state.betrokkenen:
            self.score_wie.addItem(state.naam(p.id), ("betrokkene_id", p.id))
        self.score_wie.setCurrentIndex(max(0, self.score_wie.findData(who)))
        self.score_wie.blockSignals(False)
        self.model.set_rows(state.wegingen)
        if not self.view.currentIndex().isValid() and self.model.rows:
            self.view.selectRow(len(self.model.rows) - 1)  # the newest weging is the one discussed
        self._show_chosen()

    def chosen(self) -> Weging | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select_newest(self) -> None:
        self.view.selectRow(len(self.model.rows) - 1)

    def _default_score_audience(self) -> None:
        """A family member's score is for everyone; a professional's as visible as the weging."""
        weging, who = self.chosen(), self.score_wie.currentData()
        if weging is None or who is None:
            return
        default = Zichtbaarheid.IEDEREEN if who[0] == "gezinslid_id" else weging.zichtbaarheid
        self.score_zichtbaar.setCurrentIndex(self.score_zichtbaar.findData(default))

    def _show_chosen(self) -> None:
        """History and given scores of the chosen weging."""
        self.history.clear()
        self.given.clear()
        weging = self.chosen()
        if weging is None:
            return
        self._default_score_audience()
        read = self.editor.workspace.read
        members = {lid.id: lid.naam for lid in self.state.leden}
        same_day = {
            score.gezinslid_id
            for score, _ in read(
                wegingen.scores_van_de_dag, weging.gezin_id, weging.datum, weging.id
            )
        }
        given = [
            f"{members.get(s.gezinslid_id) or self.state.naam(s.betrokkene_id)}: {s.score}"
            f"{SCORE_AUDIENCE[s.zichtbaarheid]}"
            f"{SAME_DAY if s.gezinslid_id in same_day else ''}"
            for s in read(wegingen.scores, weging.id)
        ]
        self.given.setText("Gegeven: " + "; ".join(given) if given else "Nog geen scores.")
        changes = read(wegingen.geschiedenis, weging.id)
        for change in changes:
            self.history.addItem(
                f"{format_moment(change.op)} {change.door}: {change.veld}: "
                f"{change.oud or '—'} → {change.nieuw}"
            )
        if not changes:
            self.history.addItem("Nog niet gewijzigd sinds de weging is vastgelegd.")

    def add_score(self) -> None:
        weging = self.chosen()
        if weging is None:
            self.editor.refuse("Score", "Kies eerst de weging waar de score bij hoort.")
            return
        field, person = self.score_wie.currentData()
        self.editor.run(
            "Score", wegingen.geef_score, weging.id, self.score.value(),
            zichtbaarheid=self.score_zichtbaar.currentData(), **{field: person},
        )  # fmt: skip
