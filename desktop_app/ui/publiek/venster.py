"""The base of the beamer windows (tijdlijn, bijeenkomst, weging, taakverdeling).

A window shows one audience's records from services.publiek and nothing else. Without an
audience given it follows the room: the attendance of the meeting (today's, for the timeline
and the chart), so a parent marked present narrows every open projection at once.

With a second screen, F5 puts the window full screen there and the facilitator's console
(`console.py`) on the laptop; the two share one `Presentatie`. With one screen the window is
the whole presentation, as it always was.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.model import Aanwezigheid, Bijeenkomst, Gezin, Gezinslid
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag.logboek import Wat
from desktop_app.services.publiek import zaal
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.edits import Editor
from desktop_app.ui.opslag.vastleggen import leg_vast
from desktop_app.ui.publiek.staat import Presentatie, Verandering
from desktop_app.ui.widgets.plain_text import plain

BANNER = {
    Publiek.OUDERS: "MET OUDERS  ·  alleen wat voor iedereen is",
    Publiek.PROFESSIONALS: "ALLEEN PROFESSIONALS  ·  vertrouwelijk blijft verborgen",
}
# Who is in the room, and the name in the banner: every window follows these.
ZAAL = tabellen(Gezin, Bijeenkomst, Aanwezigheid, Gezinslid)
AANWEZIGHEID = tabellen(Aanwezigheid)
_open: list[QWidget] = []  # a window without a parent lives as long as a reference does


def pixels(size: int) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    return font


def beamer_scherm(laptop: QWidget) -> QScreen | None:
    """The screen for the audience: one that is not the facilitator's, if there is one."""
    eigen = laptop.screen()
    return next((s for s in QGuiApplication.screens() if s is not eigen), None)


class ProjectieVenster(QWidget):
    toetsuitleg = ""  # the view's own keys, for the console's help line

    def __init__(
        self,
        editor: Editor,
        gezin_id: int,
        onderwerp: str,
        toont: frozenset[str],
        publiek: Publiek | None = None,
        bijeenkomst_id: int | None = None,
    ):
        """`toont`: the tables the body is drawn from, to follow their changes."""
        super().__init__()
        self.toont = toont
        self.editor, self.gezin_id, self.bijeenkomst_id = editor, gezin_id, bijeenkomst_id
        self.onderwerp = onderwerp
        # Publiek has no member for the facilitator's own view: "facilitator" fails here.
        self.presentatie = Presentatie(publiek)
        self.console = None  # the facilitator's console, when there is a second screen
        self.vastgelegd: Publiek | None = None  # the audience the logboek has for this window
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        self.banner = plain(QLabel())
        self.banner.setObjectName("publiekBanner")
        # a long name is cut off at the right edge; it never widens the window past the screen
        self.banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.banner.setStyleSheet("background: #000000; color: #FFFFFF; padding: 10px 18px;")
        self.banner.setFont(pixels(26))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 12)
        self.layout_.addWidget(self.banner)
        self.zwart = QWidget(self)  # over everything while the facilitator blanks the beamer
        self.zwart.setObjectName("zwartScherm")
        self.zwart.setStyleSheet("background: #000000;")
        self.zwart.hide()
        editor.workspace.subscribe(self._on_change)
        self.presentatie.subscribe(self._op_presentatie)

    @property
    def publiek(self) -> Publiek:
        return self.presentatie.publiek

    @property
    def reden(self) -> str:
        return self.presentatie.reden

    def open(self) -> None:
        _open.append(self)
        scherm = beamer_scherm(self.editor.venster)
        if scherm is None:
            self.showFullScreen()
        else:
            self._open_op(scherm)
        self._leg_vast()

    def _leg_vast(self) -> None:
        self.vastgelegd = self.publiek
        editor = self.editor
        leg_vast(
            editor.venster, editor.workspace, Wat.PROJECTIE, self.gezin_id, self.publiek, self.vorm
        )

    def _open_op(self, scherm: QScreen) -> None:
        """Full screen on the audience's screen, never taking the focus: every key goes to the
        console on the laptop, so nothing typed can appear here."""
        from desktop_app.ui.publiek.console import PresentatieConsole

        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.console = PresentatieConsole(self)
        self.vernieuw()  # the key help moves to the console
        self.setGeometry(scherm.geometry())
        self.setWindowState(Qt.WindowState.WindowFullScreen)
        self.show()  # not showFullScreen(): that asks to activate the window
        self.console.open(self.editor.venster.screen())

    @property
    def vorm(self) -> str:
        """What the logboek calls this window."""
        return f"beamer {self.onderwerp}"

    @property
    def uitleg(self) -> str:
        """For the facilitator's status bar: which audience, and why."""
        return f"Presenteren: {self.publiek.label.lower()} ({self.reden})."

    def hulp(self, tekst: str) -> str:
        """Key help for the room's screen; with a console it is the facilitator's, there."""
        return "" if self.console is not None else tekst

    def vernieuw(self) -> None:
        """Read the room's audience, then the body's records for it."""
        if self.presentatie.volgt_de_zaal:
            read = self.editor.workspace.read
            room = (
                read(zaal.publiek_van, self.bijeenkomst_id)
                if self.bijeenkomst_id is not None
                else read(zaal.in_de_zaal, self.gezin_id)
            )
            self.presentatie.zaal(room.publiek, room.reden)
        naam = self.editor.workspace.read(gezinnen.haal, self.gezin_id).naam
        # who is watching first: no name, however long, can push it off the screen
        self.banner.setText(f"{BANNER[self.publiek]}   ·   {naam}   ·   {self.onderwerp}")
        self.toon()
        self.presentatie.getekend(*self.stappen())

    def nieuw_item(self, item_id: int) -> None:
        """A timeline item just added from the console: a view that shows items brings it
        into sight."""

    def toon(self) -> None:
        """Draw the body from services.publiek records for `self.publiek`."""
        raise NotImplementedError

    def stappen(self) -> tuple[list[str], int | None]:
        """What → and ← step through, as shown, and the current position; none by default."""
        return [], None

    def toon_stap(self) -> None:
        """Show `presentatie.positie`, just changed by a step or a click in the console."""

    def toetsen(self) -> dict[int, Callable[[], None]]:
        """The view's keys besides Esc: pressed here, or forwarded by the console."""
        return {}

    def _op_presentatie(self, verandering: Verandering) -> None:
        if verandering is Verandering.KEUZE:
            self.vernieuw()
            if self.publiek is not self.vastgelegd:  # shown to another audience by choice
                self._leg_vast()
        elif verandering is Verandering.STAP:
            self.toon_stap()
        elif verandering is Verandering.ZWART:
            self.zwart.setGeometry(self.rect())
            self.zwart.setVisible(self.presentatie.zwart)
            self.zwart.raise_()

    def _on_change(self, change: Wijziging) -> None:
        if not change.raakt(self.gezin_id, self.toont | ZAAL):
            return
        if change.raakt(self.gezin_id, AANWEZIGHEID):
            self.presentatie.aanwezigheid_veranderd()
        if self.editor.workspace.read(lambda session: session.get(Gezin, self.gezin_id)) is None:
            self.close()  # deleted or erased: nothing of the gezin stays on the beamer
        else:
            self.vernieuw()

    def keyPressEvent(self, event):
        actie = self.toetsen().get(event.key())
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif actie is not None:
            actie()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event):
        self.zwart.setGeometry(self.rect())
        super().resizeEvent(event)

    def closeEvent(self, event):
        self.editor.workspace.unsubscribe(self._on_change)
        self.presentatie.unsubscribe(self._op_presentatie)
        if self in _open:
            _open.remove(self)
        if self.console is not None:
            self.console.close()  # presenting ends on both screens at once
        super().closeEvent(event)
