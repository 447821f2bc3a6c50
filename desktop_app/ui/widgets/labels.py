"""Labels that belong to a field: Alt+letter and screen readers find the field from them."""

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label
