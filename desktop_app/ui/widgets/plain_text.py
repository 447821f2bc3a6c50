"""User text is shown as typed, never read as markup. Qt guesses: a QLabel, a tooltip or a
message box whose text looks like HTML draws it as rich text, so a name such as
`<h1>X</h1>` would be drawn huge. One helper per way text reaches the screen."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives on QtGui's Qt
from PySide6.QtWidgets import QLabel


def plain(label: QLabel) -> QLabel:
    """A label whose text is shown exactly as given."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich(label: QLabel) -> QLabel:
    """A label that mixes its own markup with user text passed through `as_html`; without
    this, Qt would show `&amp;` literally whenever nothing else looks like markup."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def as_html(text: str) -> str:
    """User text inside markup of our own (rich labels, pyqtgraph legends, tooltips)."""
    return escape(text).replace("\n", "<br>")


def exact(text: str) -> str:
    """Text for where Qt guesses the format (tooltips, message boxes): shown exactly as
    given, line breaks included."""
    if not GuiQt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"
