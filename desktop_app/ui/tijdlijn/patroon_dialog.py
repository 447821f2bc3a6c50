"""Changing a pattern: its name, its description and the items that form it.

The list holds only the items the view may show (the screen may be mirrored on a beamer);
members the view does not show stay in the pattern, unseen, and the dialog says so.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop_app.model import Patroon
from desktop_app.services.tijdlijn.tijdlijn import Tijdlijn
from desktop_app.ui.widgets.knoppen import bevestig_knoppen

AUDIENCE_NOTE = (
    "Wie het patroon ziet, volgt de gebeurtenissen: het verschijnt alleen voor wie er minstens "
    "één van mag zien."
)


class PatroonDialog(QDialog):
    def __init__(
        self,
        patroon: Patroon,
        leden: set[int],
        shown: Tijdlijn,
        opslaan: Callable[[dict], str | None],
        parent=None,
    ):
        """`opslaan` saves the changes and returns a refusal's message, or None when saved:
        a refused change keeps the dialog open with everything typed."""
        super().__init__(parent)
        self.setWindowTitle("Patroon wijzigen")
        self.setObjectName("patroonDialoog")
        self.resize(520, 560)
        self._opslaan = opslaan
        self.naam = QLineEdit(patroon.naam)
        self.naam.setObjectName("patroonNaam")
        self.omschrijving = QPlainTextEdit(patroon.omschrijving)
        self.omschrijving.setTabChangesFocus(True)  # Tab leaves the field; it never types
        self.omschrijving.setObjectName("patroonOmschrijving")
        self.omschrijving.setMaximumHeight(80)
        self.items = QListWidget()
        self.items.setObjectName("patroonItems")
        visible = set()
        for index in range(len(shown)):
            item_id = int(shown.ids[index])
            if not item_id:  # regie history: not an item one can link
                continue
            visible.add(item_id)
            entry = QListWidgetItem(f"{shown.datum_tekst(index)} · {shown.titels[index]}")
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if item_id in leden else Qt.CheckState.Unchecked
            )
            self.items.addItem(entry)
        self.unseen = leden - visible
        note = AUDIENCE_NOTE
        if self.unseen:
            count = len(self.unseen)
            note += (
                f"\n{count} {'gebeurtenis' if count == 1 else 'gebeurtenissen'} van dit patroon "
                "ziet u in deze weergave niet; die blijven erin."
            )
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("patroonFout")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8A1C00; font-weight: 600;")
        self.error.hide()
        buttons = bevestig_knoppen(self, "Opslaan")
        form = QFormLayout()
        form.addRow("Naam", self.naam)
        form.addRow("Omschrijving", self.omschrijving)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Gebeurtenissen in dit patroon"))
        layout.addWidget(self.items, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def gekozen(self) -> list[int]:
        checked = [
            self.items.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]
        return sorted(set(checked) | self.unseen)

    def wijzigingen(self) -> dict:
        return {
            "naam": self.naam.text(),
            "omschrijving": self.omschrijving.toPlainText(),
            "gebeurtenis_ids": self.gekozen(),
        }

    def accept(self) -> None:
        message = self._opslaan(self.wijzigingen())
        if message:
            self.error.setText(message)
            self.error.show()
            return
        super().accept()
