"""Decisions, each with the parents' position in their own words and its audience; a
kernbeslissing names the gedragswetenschapper consulted."""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLineEdit

from desktop_app.model.enums import BesluitSoort, OudersPositie
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.bijeenkomst.overzicht import BijeenkomstOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.entry_list import EntryList, audience_column
from desktop_app.ui.widgets.labels import buddy_label
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices

NIEMAND = 0


class BesluitenPanel(EntryList):
    def __init__(self, editor: Editor):
        self.editor = editor
        self.bijeenkomst_id: int | None = None
        self.names: dict[int, str] = {}
        model = RowTableModel(
            [
                Column("Besluit", lambda b: b.tekst, self._saver("tekst")),
                Column("Soort", lambda b: BesluitSoort(b.soort).label),
                Column("Ouders", lambda b: OudersPositie(b.ouders_positie).label),
                Column("In hun woorden", lambda b: b.ouders_woorden, self._saver("ouders_woorden")),
                Column(
                    "Gedragswetenschapper", lambda b: self.names.get(b.gedragswetenschapper_id, "")
                ),
                audience_column(self._saver("zichtbaarheid")),
            ]
        )
        super().__init__("Besluiten", model, "Besluit: typ en Enter")
        model.setParent(self)
        # the decision and the parents' words share the width; on a laptop both wrap
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.soort, self.positie = QComboBox(), narrow(QComboBox(), 8)
        for label, value in enum_choices(BesluitSoort):
            self.soort.addItem(label, value)
        for label, value in enum_choices(OudersPositie):
            self.positie.addItem(label, value)
        self.woorden = QLineEdit()
        self.woorden.setPlaceholderText("Wat zeggen de ouders zelf?")
        self.woorden.returnPressed.connect(self.submit)
        self.gedragswetenschapper = narrow(QComboBox(), 8)
        extra = QHBoxLayout()
        for label, widget in (
            ("Soort", self.soort),
            ("Ouders", self.positie),
            (None, self.woorden),
            ("Geraadpleegd", self.gedragswetenschapper),
        ):
            if label:
                extra.addWidget(buddy_label(label, widget))
            extra.addWidget(widget, 1 if widget is self.woorden else 0)
        self.layout().insertLayout(2, extra)  # between the line and its audience
        self.added.connect(self._add)
        self._reset()

    def toon(self, state: BijeenkomstOverzicht) -> None:
        self.bijeenkomst_id = state.bijeenkomst.id
        self.names = {p.id: p.naam for p in state.betrokkenen}
        current = self.gedragswetenschapper.currentData()
        self.gedragswetenschapper.clear()
        self.gedragswetenschapper.addItem("—", NIEMAND)
        for person in state.betrokkenen:
            label = person.naam_en_rol
            self.gedragswetenschapper.addItem(label, person.id)
        self.gedragswetenschapper.setCurrentIndex(
            max(0, self.gedragswetenschapper.findData(current))
        )
        self.model.set_rows(state.besluiten)

    def _saver(self, field):
        return lambda b, value: self.editor.run(
            "Besluit wijzigen", bijeenkomsten.wijzig_besluit, b.id, **{field: value}
        )

    def _add(self, text: str, zichtbaarheid: str) -> None:
        if self.editor.run(
            "Besluit", bijeenkomsten.neem_besluit, self.bijeenkomst_id, text,
            self.soort.currentData(), self.positie.currentData(), self.woorden.text(),
            self.gedragswetenschapper.currentData() or None, zichtbaarheid,
        ):  # fmt: skip
            self.accepted()
            self._reset()

    def _reset(self) -> None:
        """Each decision asks afresh: a position left from the last one would be recorded as
        what the parents said."""
        self.soort.setCurrentIndex(self.soort.findData(BesluitSoort.GEWOON))
        self.positie.setCurrentIndex(self.positie.findData(OudersPositie.NIET_GEVRAAGD))
        self.woorden.setText("")
        self.gedragswetenschapper.setCurrentIndex(0)
