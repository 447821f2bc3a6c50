"""Gezin > Definitief wissen…: says it cannot be undone, and erases only after the gezin's
name is typed exactly and the red button is pressed (Enter presses nothing)."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ROOD = """
QPushButton#definitiefWissen { background: #B00020; color: #FFFFFF; font-weight: 600;
    padding: 6px 14px; border: 1px solid #7A0016; border-radius: 4px; }
QPushButton#definitiefWissen:disabled { background: #E9C2C8; color: #5C5C5C;
    border-color: #D49AA3; }
"""


class WisDialog(QDialog):
    def __init__(self, naam: str, reservekopieen: bool, parent: QWidget | None = None):
        """`reservekopieen`: whether this Casustafel keeps backups the gezin can leave too."""
        super().__init__(parent)
        self.naam = naam
        self.setWindowTitle("Gezin definitief wissen")
        self.setMinimumWidth(540)
        uitleg = QLabel(
            f"<p><b>{escape(naam)}</b> wordt definitief gewist: de gezinsleden, betrokkenen, "
            "de tijdlijn, de bijeenkomsten, de wegingen en de afspraken.</p>"
            "<p><b>Dit kan niet ongedaan worden gemaakt</b>, ook niet met Ctrl+Z: de "
            "geschiedenis van ‘Ongedaan maken’ gaat mee. Alleen de regel dat dit gezin is "
            "gewist, door wie en wanneer, blijft bewaard.</p>"
            "<p>Bestanden die al zijn geëxporteerd of afgedrukt, wist Casustafel niet; "
            "reservekopieën alleen als u dat hieronder aanvinkt.</p>"
        )
        uitleg.setWordWrap(True)
        uitleg.setTextFormat(Qt.TextFormat.RichText)
        vraag = QLabel(f"Typ ter bevestiging de naam van het gezin: <b>{escape(naam)}</b>")
        vraag.setWordWrap(True)
        self.bevestiging = QLineEdit()
        self.bevestiging.setObjectName("bevestigNaam")
        self.bevestiging.setAccessibleName("Naam van het gezin ter bevestiging")
        vraag.setBuddy(self.bevestiging)
        self.reserve = QCheckBox("Ook uit de reservekopieën verwijderen")
        self.reserve.setObjectName("ookUitReservekopieen")
        if not reservekopieen:
            self.reserve.setEnabled(False)
            self.reserve.setToolTip(
                "Deze database heeft (nog) geen reservekopieën om uit te wissen."
            )
        self.wis_knop = QPushButton("Definitief wissen")
        self.wis_knop.setObjectName("definitiefWissen")
        self.wis_knop.setStyleSheet(ROOD)
        self.wis_knop.clicked.connect(self.accept)
        annuleren = QPushButton("Annuleren")
        annuleren.clicked.connect(self.reject)
        for knop in (self.wis_knop, annuleren):
            knop.setAutoDefault(False)  # only a click erases, never Enter in the name field
        knoppen = QHBoxLayout()
        knoppen.addStretch(1)
        knoppen.addWidget(annuleren)
        knoppen.addWidget(self.wis_knop)

        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addSpacing(6)
        layout.addWidget(vraag)
        layout.addWidget(self.bevestiging)
        layout.addWidget(self.reserve)
        layout.addSpacing(6)
        layout.addLayout(knoppen)
        self.bevestiging.textChanged.connect(self._bevestigd)
        self._bevestigd()

    @property
    def uit_reservekopieen(self) -> bool:
        return self.reserve.isChecked()

    def _bevestigd(self) -> None:
        self.wis_knop.setEnabled(self.bevestiging.text() == self.naam)
