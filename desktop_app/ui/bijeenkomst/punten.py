"""Lines the meeting writes down, each with its audience: the three columns, and what changed
beside the timeline's own changes (which are read live and listed above their own lines)."""

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop_app.model.enums import DRIE_KOLOMMEN, Kolom, Zichtbaarheid
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.bijeenkomst.overzicht import BijeenkomstOverzicht
from desktop_app.services.bijeenkomst.veranderd import GEBEURD, GESCHIEDENIS
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.entry_list import EntryList, audience_column
from desktop_app.ui.widgets.plain_text import rich
from desktop_app.ui.widgets.row_table import Column, RowTableModel

# Only what is not for everyone is marked: that is what a projection leaves out.
AUDIENCE_TAG = {
    Zichtbaarheid.IEDEREEN: "",
    Zichtbaarheid.PROFESSIONALS: " <i>[prof.]</i>",
    Zichtbaarheid.VERTROUWELIJK: " <i>[vertr.]</i>",
}


class PuntenLijst(EntryList):
    def __init__(self, editor: Editor, kolom: Kolom, title: str, placeholder: str):
        self.editor, self.kolom = editor, kolom
        self.bijeenkomst_id: int | None = None
        model = RowTableModel(
            [
                Column("Tekst", lambda p: p.tekst, self._saver("tekst")),
                audience_column(self._saver("zichtbaarheid")),
            ]
        )
        super().__init__(title, model, placeholder)
        model.setParent(self)
        self.added.connect(self._add)

    def toon(self, state: BijeenkomstOverzicht) -> None:
        self.bijeenkomst_id = state.bijeenkomst.id
        self.model.set_rows([p for p in state.punten if p.kolom == self.kolom])

    def _saver(self, field):
        return lambda p, value: self.editor.run(
            "Punt wijzigen", bijeenkomsten.wijzig_punt, p.id, **{field: value}
        )

    def _add(self, text: str, zichtbaarheid: str) -> None:
        if self.editor.run(
            self.kolom.label, bijeenkomsten.voeg_punt_toe, self.bijeenkomst_id, self.kolom, text,
            zichtbaarheid,
        ):  # fmt: skip
            self.accepted()


class VeranderdPanel(PuntenLijst):
    """Timeline changes since the previous meeting (read-only, with their audience) above the
    facilitator's own lines."""

    def __init__(self, editor: Editor):
        super().__init__(
            editor,
            Kolom.VERANDERD,
            "Wat is er veranderd sinds de vorige bijeenkomst",
            "Wat is er nog meer veranderd: typ en Enter",
        )
        self.tijdlijn = rich(QLabel())
        self.tijdlijn.setObjectName("veranderdInTijdlijn")
        self.tijdlijn.setWordWrap(True)
        self.layout().insertWidget(0, self.tijdlijn)
        self.view.setMaximumHeight(110)  # a few own lines; the columns below need the room

    def toon(self, state: BijeenkomstOverzicht) -> None:
        super().toon(state)
        groups = []
        for title, happened in ((GEBEURD, True), (GESCHIEDENIS, False)):
            lines = [
                f"{escape(c.regel)}{AUDIENCE_TAG[c.zichtbaarheid]}"
                for c in state.veranderingen
                if c.gebeurd is happened
            ]
            if lines:
                groups.append(f"<b>{title}</b> (op de tijdlijn): " + "; ".join(lines))
        if groups:
            self.tijdlijn.setText("<br>".join(groups))
        elif state.eerste:  # "nothing changed" would say the history is known to everyone
            self.tijdlijn.setText(
                "Dit is de eerste bijeenkomst: de tijdlijn is de geschiedenis tot nu toe."
            )
        else:
            self.tijdlijn.setText("Op de tijdlijn is niets veranderd sinds de vorige bijeenkomst.")


class KolommenPanel(QWidget):
    """Zorgen, wat gaat goed, wat moet er gebeuren: side by side, as on the flip chart."""

    def __init__(self, editor: Editor):
        super().__init__()
        self.columns = {
            kolom: PuntenLijst(editor, kolom, kolom.label, f"{kolom.label}: typ en Enter")
            for kolom in DRIE_KOLOMMEN
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column in self.columns.values():
            layout.addWidget(column)

    def toon(self, state: BijeenkomstOverzicht) -> None:
        for column in self.columns.values():
            column.toon(state)
