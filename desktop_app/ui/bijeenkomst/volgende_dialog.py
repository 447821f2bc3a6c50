"""Volgende plannen: when the next meeting is, typed as it is said ("over twee weken 14:00"),
proposed from the date this meeting agreed at its own hour."""

from datetime import datetime

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.widgets.datum_veld import DatumVeld
from desktop_app.ui.widgets.knoppen import bevestig_knoppen


class VolgendeDialog(QDialog):
    def __init__(self, voorstel: datetime | None, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle("Volgende bijeenkomst plannen")
        self.veld = DatumVeld(met_tijd=True, leeg_mag=False, placeholder="bijv. over 2 weken 14:00")
        self.veld.zet(voorstel)
        buttons = bevestig_knoppen(self, "Plannen")
        uitleg = QLabel(
            "Wanneer is de volgende bijeenkomst? Dezelfde mensen worden uitgenodigd, op "
            "dezelfde plaats."
        )
        uitleg.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addWidget(self.veld)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.veld.line.selectAll()  # Enter takes the proposal; typing replaces it
        self.veld.setFocus()

    @property
    def moment(self) -> datetime | None:
        """The chosen moment, local time without a zone."""
        return self.veld.waarde

    def accept(self) -> None:
        """Enter plans it, once the text makes sense; a mistake stays to be corrected."""
        if self.veld.lees():
            super().accept()
