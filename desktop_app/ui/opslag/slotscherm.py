"""What a locked window shows instead of its own contents.

A cover is a child filling its window while every other child of the window is hidden, so
neither a screenshot nor a screen reader finds the case data under it. A beamer gets a plain
dark screen; every other window the lock screen with the way back in.
"""

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

QWIDGETSIZE_MAX = (1 << 24) - 1
TITEL = "Casustafel – vergrendeld"  # the gezin's name stays out of the title bar and taskbar


class Bedekking:
    """One window under the lock. `weg()` gives it back as it was, the focus included."""

    def __init__(self, venster: QWidget, scherm: QWidget):
        self.venster, self.scherm = venster, scherm
        self.titel = venster.windowTitle()
        self.focus = venster.focusWidget()
        self.verborgen = [
            child
            for child in venster.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow() and child.isVisibleTo(venster)
        ]
        # A small dialog grows to hold the lock screen, and shrinks back after; its layout
        # rests meanwhile, or it would shrink the dialog to its hidden contents.
        self.grootte, self.grenzen = venster.size(), (venster.minimumSize(), venster.maximumSize())
        # A message box tells a screen reader its text itself, not through its hidden label.
        self.bericht = None
        if isinstance(venster, QMessageBox):
            self.bericht = venster.text(), venster.informativeText()
            venster.setText("")
            venster.setInformativeText("")
        if venster.layout() is not None:
            venster.layout().setEnabled(False)
        for child in self.verborgen:
            child.hide()
        venster.setWindowTitle(TITEL)
        scherm.setParent(venster)
        nodig = self.grootte.expandedTo(scherm.minimumSizeHint())
        self.gegroeid = nodig != venster.size()  # a message box shrank to its empty text
        if self.gegroeid:
            venster.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
            venster.resize(nodig)
        scherm.setGeometry(venster.rect())
        scherm.show()
        scherm.raise_()

    def volg(self, event: QEvent) -> bool:
        """Follow the window's size and keep its title (a gezin renamed shows after unlocking).
        True: the window must not see the event."""
        if event.type() == QEvent.Type.LayoutRequest:
            return True  # a message box sizes itself to its (hidden) contents
        if event.type() == QEvent.Type.Resize:
            self.scherm.setGeometry(self.venster.rect())
        elif self.venster.windowTitle() != TITEL:
            self.titel = self.venster.windowTitle()
            self.venster.setWindowTitle(TITEL)
        return False

    def weg(self) -> None:
        self.scherm.hide()
        self.scherm.deleteLater()
        for child in self.verborgen:
            if isValid(child):  # a dialog may rebuild its contents meanwhile
                child.show()
        self.venster.setWindowTitle(self.titel)
        if self.gegroeid:
            self.venster.setMinimumSize(self.grenzen[0])
            self.venster.setMaximumSize(self.grenzen[1])
            self.venster.resize(self.grootte)
        if self.venster.layout() is not None:
            self.venster.layout().setEnabled(True)
        if self.bericht is not None:
            self.venster.setText(self.bericht[0])
            self.venster.setInformativeText(self.bericht[1])
        if self.focus is not None and isValid(self.focus):
            self.focus.setFocus(Qt.FocusReason.OtherFocusReason)


class Slotscherm(QWidget):
    """The lock screen: that Casustafel is locked, since when, and Ontgrendelen (Enter); with
    an encrypted store a passphrase field above it."""

    ontgrendel = Signal(str)  # the passphrase typed; "" without one

    def __init__(self, sinds: datetime, met_wachtwoord: bool):
        super().__init__()
        self.setObjectName("slotscherm")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "QWidget#slotscherm { background: #24303D; } QLabel { color: #FFFFFF; }"
            " QLabel#slotMelding { color: #FFD9CF; font-weight: 600; }"
        )
        kop = QLabel("Casustafel is vergrendeld")
        kop.setFont(_groter(self.font(), 1.8, bold=True))
        tijd = QLabel(f"Vergrendeld om {sinds:%H:%M}.")
        self.wachtwoord = QLineEdit() if met_wachtwoord else None
        self.melding = QLabel()
        self.melding.setObjectName("slotMelding")
        self.melding.setWordWrap(True)
        # Room for two lines, so the form stays put when a message comes.
        self.melding.setMinimumHeight(2 * self.melding.fontMetrics().lineSpacing())
        self.knop = QPushButton("Ontgrendelen")
        self.knop.setMinimumWidth(160)
        self.knop.setAutoDefault(False)  # Enter on it comes to keyPressEvent, in a dialog too
        self.knop.clicked.connect(self.probeer)

        form = QWidget()
        form.setFixedWidth(420)
        layout = QVBoxLayout(form)
        layout.addWidget(kop)
        layout.addWidget(tijd)
        if self.wachtwoord is not None:
            vraag = QLabel("Wachtwoord van de database:")
            vraag.setBuddy(self.wachtwoord)
            self.wachtwoord.setEchoMode(QLineEdit.EchoMode.Password)
            self.wachtwoord.setAccessibleName("Wachtwoord van de database")
            layout.addSpacing(12)
            layout.addWidget(vraag)
            layout.addWidget(self.wachtwoord)
        layout.addWidget(self.melding)
        layout.addWidget(self.knop, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addWidget(form, 0, Qt.AlignmentFlag.AlignCenter)

    def probeer(self) -> None:
        wachtwoord = self.wachtwoord.text() if self.wachtwoord is not None else ""
        if self.wachtwoord is not None:
            self.wachtwoord.clear()  # the passphrase stays in no widget
        self.ontgrendel.emit(wachtwoord)

    def meld(self, tekst: str, wachten: bool = False) -> None:
        self.melding.setText(tekst)
        self.knop.setEnabled(not wachten)
        if self.wachtwoord is not None:
            self.wachtwoord.setEnabled(not wachten)

    def geef_focus(self) -> None:
        (self.wachtwoord or self.knop).setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.knop.isEnabled():
            self.probeer()
        else:
            super().keyPressEvent(event)


class Donker(QLabel):
    """A beamer's screen under the lock: the room sees only that it is locked."""

    def __init__(self):
        super().__init__("Vergrendeld")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("background: #000000; color: #8C8C8C;")
        font = QFont(self.font())
        font.setPixelSize(48)
        self.setFont(font)


def _groter(font: QFont, factor: float, bold: bool = False) -> QFont:
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * factor)
    bigger.setBold(bold)
    return bigger
