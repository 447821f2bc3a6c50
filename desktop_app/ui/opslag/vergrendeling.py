"""The idle lock: after some minutes without input (10 unless chosen otherwise), or on Ctrl+L,
every window hides the case data until someone unlocks it; with an encrypted store only with
its passphrase.

Idle means no key, click, mouse movement, wheel or touch anywhere in Casustafel, open dialogs
included: someone typing in a dialog is not idle. A dialog left open is locked like the rest
and comes back as it was, with what was typed in it; edits are already saved one by one, so
locking loses nothing. Under the lock no input and no shortcut reaches anything but the lock
screen.
"""

import math
import time
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow, QToolTip, QWidget
from shiboken6 import isValid

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.opslag.ontgrendelen import Pogingen, klopt
from desktop_app.ui.opslag.slotscherm import Bedekking, Donker, Slotscherm
from desktop_app.ui.publiek.venster import ProjectieVenster

MINUTEN = 10
MAXIMUM = 240
SLEUTEL = "vergrendeling/minuten"
_T = QEvent.Type
BEZIG = frozenset(
    {_T.KeyPress, _T.MouseButtonPress, _T.MouseMove, _T.Wheel, _T.TouchBegin, _T.TouchUpdate}
)  # the user is here
INVOER = BEZIG | {_T.KeyRelease, _T.MouseButtonRelease, _T.MouseButtonDblClick, _T.TouchEnd}
VOLGEN = (_T.Resize, _T.WindowTitleChange, _T.LayoutRequest)  # a covered window's, to follow


def instellingen() -> QSettings:
    """The user's settings: an ini file in the user's configuration folder on every system."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Casustafel", "Casustafel"
    )


class Vergrendeling(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace):
        super().__init__(window)
        self.window, self.workspace = window, workspace
        self.klok = time.monotonic
        self.pogingen = Pogingen()
        self.bedekkingen: list[Bedekking] = []
        self.sinds: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.vergrendel)
        self.aftellen = QTimer(self)  # the seconds left to wait after too many wrong tries
        self.aftellen.setInterval(1000)
        self.aftellen.timeout.connect(self._tel_af)

        self.vergrendel_action = QAction("Vergrendelen", self)
        self.vergrendel_action.setShortcut(QKeySequence("Ctrl+L"))
        # From a beamer window too, when the facilitator clicked there last.
        self.vergrendel_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.vergrendel_action.triggered.connect(self.vergrendel)
        self.minuten_action = QAction("Automatisch vergrendelen…", self)
        self.minuten_action.triggered.connect(self.kies_minuten)
        window.addAction(self.vergrendel_action)

        self.zet_minuten(instellingen().value(SLEUTEL, MINUTEN, type=int), bewaren=False)
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        """The window closes: nothing is watched or locked any more."""
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()
        self.aftellen.stop()

    @property
    def acties(self) -> list[QAction]:
        return [self.vergrendel_action, self.minuten_action]

    @property
    def vergrendeld(self) -> bool:
        return self.sinds is not None

    # when

    def zet_minuten(self, minuten: int, bewaren: bool = True) -> None:
        """Lock after `minuten` without input; 0: never by itself."""
        self.minuten = max(0, min(minuten, MAXIMUM))
        if bewaren:
            instellingen().setValue(SLEUTEL, self.minuten)
        self.timer.setInterval(self.minuten * 60_000)
        if self.minuten and not self.vergrendeld:
            self.timer.start()
        else:
            self.timer.stop()

    def kies_minuten(self) -> None:
        minuten, ok = QInputDialog.getInt(
            self.window,
            "Automatisch vergrendelen",
            "Vergrendelen na hoeveel minuten zonder gebruik?\n0 = nooit vanzelf.",
            self.minuten,
            0,
            MAXIMUM,
        )
        if ok:
            self.zet_minuten(minuten)
            self.window.statusBar().showMessage(
                f"Casustafel vergrendelt na {self.minuten} minuten zonder gebruik."
                if self.minuten
                else "Casustafel vergrendelt niet meer vanzelf; Ctrl+L vergrendelt.",
                5000,
            )

    def eventFilter(self, watched, event):
        kind = event.type()
        if not self.vergrendeld:
            if kind in BEZIG and self.timer.isActive():
                self.timer.start()
            return False
        if kind == _T.Shortcut:
            return True  # no command runs under the lock
        if isinstance(watched, QWidget):
            if kind in INVOER:
                return not _op_slotscherm(watched)
            if kind == _T.Show and watched.isWindow():
                self._bedek(watched)  # e.g. a message box opened under the lock
            elif kind in VOLGEN:
                for bedekking in self._bedekkingen():
                    if bedekking.venster is watched:
                        return bedekking.volg(event)
        return False

    # locking

    def vergrendel(self) -> None:
        if self.vergrendeld:
            return
        self.sinds = datetime.now()
        self.timer.stop()
        QToolTip.hideText()
        while popup := QApplication.activePopupWidget():  # e.g. a list of gezinnen
            popup.close()
        self._bedek(self.window)
        for venster in QApplication.topLevelWidgets():
            if venster.isVisible():
                self._bedek(venster)
        # The window the user was in, when it can unlock (the presenting console can);
        # otherwise the main window.
        sloten = {b.venster: b.scherm for b in self.bedekkingen if isinstance(b.scherm, Slotscherm)}
        vooraan = QApplication.activeModalWidget() or QApplication.activeWindow()
        (sloten.get(vooraan) or sloten.get(self.window)).geef_focus()

    def _bedek(self, venster: QWidget) -> None:
        if venster.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return
        if any(b.venster is venster for b in self._bedekkingen()):
            return
        if isinstance(venster, ProjectieVenster):
            scherm = Donker()
        else:
            scherm = Slotscherm(self.sinds, self.workspace.versleuteld)
            scherm.ontgrendel.connect(self.ontgrendel)
        self.bedekkingen.append(Bedekking(venster, scherm))

    # unlocking

    def ontgrendel(self, wachtwoord: str = "") -> bool:
        if not self.vergrendeld:
            return True
        if self.workspace.versleuteld:
            if self.pogingen.wacht(self.klok()) > 0:
                return False
            if not klopt(self.workspace, wachtwoord):
                self.pogingen.mislukt(self.klok())
                self._meld("Het wachtwoord klopt niet.")
                if self.pogingen.wacht(self.klok()) > 0:
                    self._tel_af()
                    self.aftellen.start()
                return False
        self.pogingen = Pogingen()
        self.aftellen.stop()
        bedekt, self.bedekkingen, self.sinds = self._bedekkingen(), [], None
        for bedekking in bedekt:
            bedekking.weg()
        if self.minuten:
            self.timer.start()
        return True

    def _tel_af(self) -> None:
        rest = math.ceil(self.pogingen.wacht(self.klok()))
        if rest > 0:
            seconden = "1 seconde" if rest == 1 else f"{rest} seconden"
            self._meld(f"Het wachtwoord klopt niet. Te vaak geprobeerd: wacht {seconden}.", True)
        else:
            self.aftellen.stop()
            self._meld("U kunt het opnieuw proberen.")

    def _meld(self, tekst: str, wachten: bool = False) -> None:
        for bedekking in self._bedekkingen():
            if isinstance(bedekking.scherm, Slotscherm):
                bedekking.scherm.meld(tekst, wachten)

    def _bedekkingen(self) -> list[Bedekking]:
        """The covered windows still there: a dialog may close under the lock."""
        return [b for b in self.bedekkingen if isValid(b.venster)]


def _op_slotscherm(widget: QWidget) -> bool:
    while widget is not None:
        if isinstance(widget, Slotscherm):
            return True
        widget = widget.parentWidget()
    return False
