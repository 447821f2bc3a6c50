"""The bouwstenen checklist of one meeting, with progress per bouwsteen."""

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from desktop_app.model.enums import ChecklistStatus
from desktop_app.services.bijeenkomst import bouwstenen
from desktop_app.services.bijeenkomst.overzicht import BijeenkomstOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices
from desktop_app.ui.widgets.tables import table_view


class ChecklistPanel(QGroupBox):
    def __init__(self, editor: Editor):
        super().__init__("Bouwstenen")
        self.editor = editor
        self.names = bouwstenen.namen()
        self.suggested: set[int] = set()
        self.model = RowTableModel(
            [
                Column("Bouwsteen", lambda a: self.names.get(a.bouwsteen, a.bouwsteen)),
                Column(
                    "Vraag",
                    lambda a: ("↻ " if a.item_id in self.suggested else "") + a.tekst,
                    tooltip="↻ bleef open in de vorige bijeenkomst",
                ),
                Column(
                    "Status",
                    lambda a: ChecklistStatus(a.status).label,
                    self._saver("status"),
                    edit_value=lambda a: a.status,
                    choices=lambda: enum_choices(ChecklistStatus),
                ),
                Column("Notitie", lambda a: a.notitie, self._saver("notitie")),
            ],
            self,
        )
        self.view = table_view(self.model, 1)
        self.view.setObjectName("checklist")
        self.progress = QLabel()
        self.progress.setObjectName("voortgang")
        self.progress.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.view)

    def toon(self, state: BijeenkomstOverzicht) -> None:
        self.suggested = state.suggesties
        self.model.set_rows(state.antwoorden)
        self.progress.setText(
            "   ".join(
                f"{self.names.get(k, k)} {done}/{total}"
                for k, (done, total) in state.voortgang.items()
            )
        )

    def _saver(self, field):
        return lambda a, value: self.editor.run(
            "Bouwsteen", bouwstenen.beantwoord, a.id, **{field: value}
        )
