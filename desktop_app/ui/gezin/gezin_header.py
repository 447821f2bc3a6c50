"""Header of the open gezin: name, and the case settings editable in place."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QLineEdit, QSizePolicy

from desktop_app.model.enums import Fase, GezinStatus, Kader, Product
from desktop_app.services.gezin import gezinnen, regie
from desktop_app.services.gezin.overzicht import GezinOverzicht
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
        for label in (self.title, self.regie_contact):  # a long name is cut off, never widens
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 4)
        grid.addWidget(QLabel("Gemeente"), 0, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.gemeente, 0, 5)
        fields = (
            ("status", "Status", GezinStatus),
            ("kader", "Kader", Kader),
            ("product", "Product / maatregel", Product),
            ("fase", "Fase", Fase),
        )
        for column, (field, label, enum) in enumerate(fields):
            combo = QComboBox()
            combo.setObjectName(f"{field}Keuze")
            for member in enum:
                combo.addItem(member.label, member.value)
            combo.activated.connect(lambda _i, f=field, c=combo: self._field_chosen(f, c))
            caption = QLabel(label)
            caption.setBuddy(combo)
            grid.addWidget(caption, 1, column)
            grid.addWidget(combo, 2, column)
            self.combos[field] = combo
        grid.addWidget(QLabel("Casusregie"), 1, 4, 1, 2)
        grid.addWidget(self.regie, 2, 4, 1, 2)
        grid.addWidget(self.regie_warning, 3, 0, 1, 6)
        grid.addWidget(self.regie_contact, 3, 0, 1, 6)
        grid.setColumnStretch(6, 1)
        self.gemeente.setMinimumWidth(160)
        self.regie.setMinimumWidth(240)

    def show_overzicht(self, overzicht: GezinOverzicht) -> None:
        gezin = overzicht.gezin
        self.title.setText(gezin.naam)
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
