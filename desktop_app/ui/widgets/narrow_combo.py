"""Choice boxes that do not widen a form past a laptop screen; the open list shows all."""

from PySide6.QtWidgets import QComboBox


def narrow(combo: QComboBox, characters: int = 12) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
