"""The facilitator's "who is looking" choice on a working screen.

Two choices are an audience and are drawn from services.publiek; the third is the
facilitator's own full view, which is not a `Publiek` and so can never reach an output.
"""

from PySide6.QtWidgets import QComboBox

from desktop_app.services.publiek.regel import Publiek

ALLES = "alles"  # the facilitator alone: everything, vertrouwelijk included


class PubliekKeuze(QComboBox):
    def __init__(self, start: Publiek | None = Publiek.OUDERS, met_alles: bool = True):
        """`met_alles`: offer the facilitator's full view (not for a view made to project)."""
        super().__init__()
        self.setObjectName("publiekKeuze")
        for publiek in Publiek:
            self.addItem(f"Toon: {publiek.label.lower()}", publiek.value)
        if met_alles:
            self.addItem("Toon: alles (alleen ik)", ALLES)
        self.kies(start)

    def gekozen(self) -> Publiek | None:
        value = self.currentData()
        return None if value == ALLES else Publiek(value)

    def kies(self, publiek: Publiek | None) -> None:
        self.setCurrentIndex(self.findData(ALLES if publiek is None else Publiek(publiek).value))
