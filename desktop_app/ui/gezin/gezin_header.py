"""Header of the open gezin: name, and the case settings editable in place."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
)

from desktop_app.model.enums import Fase, GezinStatus, Kader, Product
from desktop_app.services.gezin import gezinnen, regie
from desktop_app.services.gezin.overzicht import GezinOverzicht
from desktop_app.ui.gezin.gezin_list import UITLEG_ANONIEM
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.plain_text import plain

NIEMAND = 0


class GezinHeader(QFrame):
    def __init__(self, tab):
        super().__init__()
        self._tab = tab
        self.setObjectName("gezinHeader")
        self.title = plain(QLabel())
        self.title.setObjectName("gezinTitel")
        self.anoniem = QLabel(UITLEG_ANONIEM)
        self.anoniem.setObjectName("geanonimiseerd")
        self.anoniem.setStyleSheet("color: #8A4B00; font-weight: bold;")
        self.anoniem.setWordWrap(True)
        self.anoniem.setVisible(False)
        self.gemeente = QLineEdit()
        self.gemeente.setPlaceholderText("Gemeente")
        self.gemeente.editingFinished.connect(self._gemeente_edited)
        self.combos: dict[str, QComboBox] = {}
        self.regie = narrow(QComboBox(), 24)
        self.regie.setObjectName("regieKeuze")
        self.regie.activated.connect(self._regie_chosen)
        self.regie_warning = QLabel("⚠ Niemand heeft de casusregie. Wijs een regisseur aan.")
        self.regie_warning.setObjectName("regieWaarschuwing")
        self.regie_contact = plain(QLabel())
        self.regie_contact.setObjectName("regieContact")
        self.regie_contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.inschrijvingen = plain(QLabel())
        self.inschrijvingen.setObjectName("inschrijvingWaarschuwing")
        self.inschrijvingen.setWordWrap(True)
        for label in (self.title, self.regie_contact):  # a long name is cut off, never widens
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Captions beside their fields, two lines of fields: the members below get the height.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)  # its share of the width: ignored size hint, never 0
        top.addWidget(self.anoniem, 1)
        top.addWidget(_caption("Gemeente", self.gemeente))
        top.addWidget(self.gemeente)
        top.addSpacing(12)
        top.addWidget(_caption("Casusregie", self.regie))
        top.addWidget(self.regie)
        settings = QHBoxLayout()
        fields = (
            ("status", "Status", GezinStatus),
            ("kader", "Kader", Kader),
            ("product", "Product / maatregel", Product),
            ("fase", "Fase", Fase),
        )
        for field, label, enum in fields:
            combo = QComboBox()
            combo.setObjectName(f"{field}Keuze")
            for member in enum:
                combo.addItem(member.label, member.value)
            combo.activated.connect(lambda _i, f=field, c=combo: self._field_chosen(f, c))
            settings.addWidget(_caption(label, combo))
            settings.addWidget(combo)
            settings.addSpacing(12)
            self.combos[field] = combo
        settings.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(settings)
        layout.addWidget(self.regie_warning)
        layout.addWidget(self.regie_contact)
        layout.addWidget(self.inschrijvingen)
        self.gemeente.setMinimumWidth(160)
        self.regie.setMinimumWidth(240)

    def show_overzicht(self, overzicht: GezinOverzicht) -> None:
        gezin = overzicht.gezin
        self.title.setText(gezin.naam)
        self.anoniem.setVisible(gezin.geanonimiseerd)
        self.gemeente.setText(gezin.gemeente)
        for field, combo in self.combos.items():
            combo.setCurrentIndex(combo.findData(getattr(gezin, field)))
        self.regie.clear()
        self.regie.addItem("— niemand —", NIEMAND)
        for b in overzicht.betrokkenen:
            self.regie.addItem(b.naam_en_rol, b.id)
        self.regie.setCurrentIndex(self.regie.findData(overzicht.regiehouder_id or NIEMAND))
        holder = overzicht.regiehouder
        self.regie_warning.setVisible(holder is None)
        self.regie_contact.setVisible(holder is not None)
        if holder is not None:
            details = (holder.organisatie, holder.telefoon, holder.email)
            self.regie_contact.setText(
                f"Regie bij {holder.naam}: " + " · ".join(d for d in details if d)
            )
        per_gemeente = overzicht.inschrijvingen_kinderen(date.today())
        self.inschrijvingen.setVisible(bool(per_gemeente))
        self.inschrijvingen.setText(
            "⚠ Kinderen staan ingeschreven in verschillende gemeenten: "
            + "; ".join(f"{g} ({', '.join(names)})" for g, names in per_gemeente.items())
            + ". Dat bepaalt welke gemeente een verzoek mag indienen."
        )

    def _field_chosen(self, field: str, combo: QComboBox) -> None:
        label = f"{field.capitalize()} wijzigen"
        gezin_id = self._tab.overzicht.gezin.id
        if not self._tab.editor.run(
            label, gezinnen.wijzig, gezin_id, **{field: combo.currentData()}
        ):
            self.show_overzicht(self._tab.overzicht)

    def _gemeente_edited(self) -> None:
        overzicht = self._tab.overzicht
        if overzicht is None or self.gemeente.text().strip() == overzicht.gezin.gemeente:
            return
        self._tab.editor.run(
            "Gemeente wijzigen", gezinnen.wijzig, overzicht.gezin.id, gemeente=self.gemeente.text()
        )

    def _regie_chosen(self) -> None:
        gezin_id = self._tab.overzicht.gezin.id
        holder = self.regie.currentData() or None
        if not self._tab.editor.run("Casusregie", regie.zet_regie, gezin_id, holder):
            self.show_overzicht(self._tab.overzicht)


def _caption(text: str, field) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(field)
    return caption
