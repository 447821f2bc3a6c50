"""Who was invited and who came: decides what every projection of the meeting may show."""

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from desktop_app.model.enums import Aanwezig
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.bijeenkomst.overzicht import BijeenkomstOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices
from desktop_app.ui.widgets.tables import table_view


class AanwezigheidPanel(QGroupBox):
    def __init__(self, editor: Editor):
        super().__init__("Aanwezigen")
        self.editor = editor
        self.bijeenkomst_id: int | None = None
        self.model = RowTableModel(
            [
                Column("Wie", lambda row: row.naam),
                Column(
                    "Aanwezig",
                    lambda row: Aanwezig(row.status).label if row.status else "niet uitgenodigd",
                    self._set,
                    edit_value=lambda row: row.status or "",
                    choices=lambda: [("niet uitgenodigd", ""), *enum_choices(Aanwezig)],
                ),
            ],
            self,
        )
        self.view = table_view(self.model, 0)
        QVBoxLayout(self).addWidget(self.view)

    def toon(self, state: BijeenkomstOverzicht) -> None:
        self.bijeenkomst_id = state.bijeenkomst.id
        self.model.set_rows(state.uitnodigingen)

    def _set(self, row, status) -> bool:
        kind, person_id = row.id
        return self.editor.run(
            "Aanwezigheid", bijeenkomsten.zet_aanwezigheid, self.bijeenkomst_id, status or None,
            **{f"{kind}_id": person_id},
        )  # fmt: skip
