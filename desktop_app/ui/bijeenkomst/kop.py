"""The meeting's own fields: when, what kind, where, who chairs and minutes, the next date."""

from datetime import UTC

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit

from desktop_app.model.enums import BijeenkomstSoort
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.bijeenkomst.overzicht import BijeenkomstOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.datum_veld import DatumVeld
from desktop_app.ui.widgets.row_table import enum_choices

NIEMAND = 0


class KopPanel(QGroupBox):
    def __init__(self, editor: Editor):
        super().__init__("Bijeenkomst")
        self.editor = editor
        self.bijeenkomst = None
        self.moment = DatumVeld(met_tijd=True, leeg_mag=False, placeholder="bijv. morgen 14:00")
        self.moment.gekozen.connect(self._moment_edited)
        self.soort = QComboBox()
        for label, value in enum_choices(BijeenkomstSoort):
            self.soort.addItem(label, value)
        self.soort.activated.connect(lambda: self._save(soort=self.soort.currentData()))
        self.locatie = QLineEdit()
        self.locatie.editingFinished.connect(lambda: self._save(locatie=self.locatie.text()))
        self.voorzitter, self.notulist = QComboBox(), QComboBox()
        self.voorzitter.activated.connect(
            lambda: self._save(voorzitter_id=self.voorzitter.currentData())
        )
        self.notulist.activated.connect(lambda: self._save(notulist_id=self.notulist.currentData()))
        self.volgende = DatumVeld(placeholder="bijv. over 2 weken")
        self.volgende.gekozen.connect(lambda day: self._save(volgende=day))
        form = QFormLayout(self)
        form.addRow("Datum en tijd", self.moment)
        form.addRow("Soort", self.soort)
        form.addRow("Locatie", self.locatie)
        form.addRow("Voorzitter", self.voorzitter)
        form.addRow("Notulist", self.notulist)
        form.addRow("Volgende bijeenkomst", self.volgende)

    def toon(self, state: BijeenkomstOverzicht) -> None:
        self.bijeenkomst = b = state.bijeenkomst
        fields = (self.moment, self.soort, self.locatie, self.voorzitter, self.notulist,
                  self.volgende)  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in fields]  # showing is not editing
        self.moment.zet(b.moment.astimezone().replace(tzinfo=None))
        self.soort.setCurrentIndex(self.soort.findData(b.soort))
        self.locatie.setText(b.locatie)
        for combo, value in ((self.voorzitter, b.voorzitter_id), (self.notulist, b.notulist_id)):
            combo.clear()
            combo.addItem("—", NIEMAND)
            for person in state.betrokkenen:
                combo.addItem(person.naam_en_rol,
                              person.id)  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(value or NIEMAND)))
        self.volgende.zet(b.volgende)
        for blocker in blockers:
            blocker.unblock()

    def _save(self, **change) -> None:
        b = self.bijeenkomst
        if b is not None and any(getattr(b, k) != v for k, v in change.items()):
            self.editor.run("Bijeenkomst wijzigen", bijeenkomsten.wijzig, b.id, **change)

    def _moment_edited(self, local) -> None:
        moment = local.astimezone(UTC)  # a naive datetime is read as local time
        if self.bijeenkomst is not None and moment != self.bijeenkomst.moment:
            self.editor.run("Datum wijzigen", bijeenkomsten.verzet, self.bijeenkomst.id, moment)
