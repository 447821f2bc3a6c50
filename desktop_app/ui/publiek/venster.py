"""The base of the three beamer windows (tijdlijn, bijeenkomst, weging).

A window shows one audience's records from services.publiek and nothing else. Without an
audience given it follows the room: the attendance of the meeting (today's, for the timeline
and the chart), so a parent marked present narrows every open projection at once.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.model import Aanwezigheid, Bijeenkomst, Gezin, Gezinslid
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag.logboek import Wat
from desktop_app.services.publiek import zaal
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.edits import Editor
from desktop_app.ui.opslag.vastleggen import leg_vast
from desktop_app.ui.widgets.plain_text import plain

BANNER = {
    Publiek.OUDERS: "MET OUDERS  ·  alleen wat voor iedereen is",
    Publiek.PROFESSIONALS: "ALLEEN PROFESSIONALS  ·  vertrouwelijk blijft verborgen",
}
# Who is in the room, and the name in the banner: every window follows these.
ZAAL = tabellen(Gezin, Bijeenkomst, Aanwezigheid, Gezinslid)
_open: list[QWidget] = []  # a window without a parent lives as long as a reference does


def pixels(size: int) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    return font


class ProjectieVenster(QWidget):
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
        self._vast = None if publiek is None else Publiek(publiek)
        self.publiek = self._vast or Publiek.OUDERS
        self.reden = "gekozen"  # why this audience, for the facilitator's status line
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
        editor.workspace.subscribe(self._on_change)

    def open(self) -> None:
        _open.append(self)
        self.showFullScreen()
        editor = self.editor
        leg_vast(
            editor.venster, editor.workspace, Wat.PROJECTIE, self.gezin_id, self.publiek, self.vorm
        )

    @property
    def vorm(self) -> str:
        """What the logboek calls this window."""
        return f"beamer {self.onderwerp}"

    @property
    def uitleg(self) -> str:
        """For the facilitator's status bar: which audience, and why."""
        return f"Presenteren: {self.publiek.label.lower()} ({self.reden})."

    def vernieuw(self) -> None:
        """Read the room's audience, then the body's records for it."""
        if self._vast is None:
            read = self.editor.workspace.read
            room = (
                read(zaal.publiek_van, self.bijeenkomst_id)
                if self.bijeenkomst_id is not None
                else read(zaal.in_de_zaal, self.gezin_id)
            )
            self.publiek, self.reden = room.publiek, room.reden
        naam = self.editor.workspace.read(gezinnen.haal, self.gezin_id).naam
        # who is watching first: no name, however long, can push it off the screen
        self.banner.setText(f"{BANNER[self.publiek]}   ·   {naam}   ·   {self.onderwerp}")
        self.toon()

    def toon(self) -> None:
        """Draw the body from services.publiek records for `self.publiek`."""
        raise NotImplementedError

    def _on_change(self, change: Wijziging) -> None:
        if not change.raakt(self.gezin_id, self.toont | ZAAL):
            return
        if self.editor.workspace.read(lambda session: session.get(Gezin, self.gezin_id)) is None:
            self.close()  # deleted or erased: nothing of the gezin stays on the beamer
        else:
            self.vernieuw()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event):
        self.editor.workspace.unsubscribe(self._on_change)
        if self in _open:
            _open.remove(self)
        super().closeEvent(event)
