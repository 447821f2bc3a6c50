"""The buttons under a dialog that asks something: the action named in Dutch, and Annuleren."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Knop = QDialogButtonBox.StandardButton


def bevestig_knoppen(dialog: QDialog, actie: str) -> QDialogButtonBox:
    """OK named after what it does ("Plannen", "Opslaan"), Cancel as Annuleren; Enter and Esc
    act as usual."""
    knoppen = QDialogButtonBox(Knop.Ok | Knop.Cancel)
    knoppen.button(Knop.Ok).setText(actie)
    knoppen.button(Knop.Cancel).setText("Annuleren")
    knoppen.accepted.connect(dialog.accept)
    knoppen.rejected.connect(dialog.reject)
    return knoppen
