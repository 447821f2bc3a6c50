"""Afspraken: who does what by when, veiligheidsafspraken and bodemeisen marked as such.

Reusable wherever agreements are made: it is told the gezin, the people who can own an
agreement and, when made in a meeting, which meeting. On the taakverdeling board it is only
the line to add one (`met_tabel=False`): the board itself shows them.
"""

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout

from desktop_app.model import Afspraak, Betrokkene, Gezinslid
from desktop_app.model.dates import format_date
from desktop_app.model.enums import AfspraakSoort, AfspraakStatus
from desktop_app.model.errors import InvoerFout
from desktop_app.model.relatieve_datum import parse_dag
from desktop_app.services.bijeenkomst import volgorde
from desktop_app.services.taakverdeling import afspraken
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.datum_veld import DatumVeld
from desktop_app.ui.widgets.entry_list import EntryList, audience_column
from desktop_app.ui.widgets.labels import buddy_label
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices

NIEMAND = 0


class AfsprakenPanel(EntryList):
    def __init__(
        self,
        editor: Editor,
        title: str = "Afspraken (open, van alle bijeenkomsten)",
        met_tabel: bool = True,
    ):
        self.editor = editor
        self.gezin_id: int | None = None
        self.bijeenkomst_id: int | None = None
        self.owners: dict[int, str] = {}
        model = RowTableModel(
            [
                Column("Afspraak", lambda a: a.tekst, self._saver("tekst")),
                Column("Soort", lambda a: AfspraakSoort(a.soort).label),
                Column("Wie", lambda a: self.owners.get(a.id, "")),
                Column(
                    "Wanneer",
                    lambda a: format_date(a.deadline),
                    self._save_deadline,
                    tooltip="bijv. 12-04-2027, over 2 weken, volgende bijeenkomst; "
                    "leeg: geen datum",
                ),
                audience_column(self._saver("zichtbaarheid")),
                Column(
                    "Status",
                    lambda a: AfspraakStatus(a.status).label,
                    self._set_status,
                    edit_value=lambda a: a.status,
                    choices=lambda: enum_choices(AfspraakStatus),
                ),
            ]
        )
        super().__init__(title, model, "Afspraak: typ en Enter")
        model.setParent(self)
        self.soort, self.wie = narrow(QComboBox()), narrow(QComboBox())
        for label, value in enum_choices(AfspraakSoort):
            self.soort.addItem(label, value)
        self.deadline = DatumVeld(
            placeholder="bijv. over 2 weken", volgende_bijeenkomst=self._next_meeting, kort=True
        )
        self.deadline.line.returnPressed.connect(self.submit)
        extra = QHBoxLayout()
        for label, widget in (("Soort", self.soort), ("Wie", self.wie),
                              ("Uiterlijk", self.deadline)):  # fmt: skip
            extra.addWidget(buddy_label(label, widget))
            extra.addWidget(widget)
        self.layout().insertLayout(2, extra)
        self.added.connect(self._add)
        self.view.setVisible(met_tabel)

    def toon(
        self,
        gezin_id: int,
        rows: list[Afspraak],
        owners: dict[int, str],
        leden: list[Gezinslid],
        betrokkenen: list[Betrokkene],
        bijeenkomst_id: int | None = None,
    ) -> None:
        self.gezin_id, self.bijeenkomst_id, self.owners = gezin_id, bijeenkomst_id, owners
        current = self.wie.currentData()
        self.wie.clear()
        self.wie.addItem("—", NIEMAND)
        self.wie.addItem("Ouders", ("ouders", None))
        for lid in leden:
            self.wie.addItem(lid.naam, ("gezinslid", lid.id))
        for person in betrokkenen:
            label = person.naam_en_rol
            self.wie.addItem(label, ("betrokkene", person.id))
        self.wie.setCurrentIndex(max(0, self.wie.findData(current)))
        self.model.set_rows(rows)

    def _next_meeting(self) -> date | None:
        """For "volgende bijeenkomst": the next meeting after this one (or after now)."""
        return self.editor.workspace.read(
            volgorde.volgende_datum, self.gezin_id, self.bijeenkomst_id
        )

    def _add(self, text: str, zichtbaarheid: str) -> None:
        if not self.deadline.lees():  # the reason is shown under it; nothing typed is lost
            self.deadline.setFocus()
            return
        owner = self.wie.currentData()
        if self.editor.run(
            "Afspraak", afspraken.maak, self.gezin_id, text, tuple(owner) if owner else ("", None),
            soort=self.soort.currentData(), deadline=self.deadline.waarde,
            zichtbaarheid=zichtbaarheid, bijeenkomst_id=self.bijeenkomst_id,
        ):  # fmt: skip
            self.accepted()
            self.deadline.zet(None)

    def _save_deadline(self, afspraak, text: str) -> bool:
        """Changed in the table: as the line takes it, "over 2 weken" included."""
        try:
            day = parse_dag(text, date.today(), self._next_meeting()) if text.strip() else None
        except InvoerFout as fout:
            self.editor.refuse("Afspraak wijzigen", str(fout))
            return False
        return self.editor.run("Afspraak wijzigen", afspraken.wijzig, afspraak.id, deadline=day)

    def _saver(self, field):
        return lambda a, value: self.editor.run(
            "Afspraak wijzigen", afspraken.wijzig, a.id, **{field: value}
        )

    def _set_status(self, afspraak, status) -> bool:
        return self.editor.run("Afspraak", afspraken.zet_status, afspraak.id, status)
