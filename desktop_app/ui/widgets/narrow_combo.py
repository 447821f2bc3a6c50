"""Choice boxes that do not widen a form past a laptop screen; the open list shows all."""

from PySide6.QtWidgets import QComboBox


def narrow(combo: QComboBox, characters: int = 12) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def enum_combo(enum) -> QComboBox:
    """A narrow choice box of a closed vocabulary: its Dutch labels, its values as data."""
    combo = narrow(QComboBox())
    for member in enum:
        combo.addItem(member.label, member.value)
    return combo
