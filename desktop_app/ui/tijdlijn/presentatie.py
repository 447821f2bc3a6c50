"""Presenteren (F5): the timeline full screen on a beamer, for the audience in the room.

Only the records of services.publiek reach this window: what the audience may see is decided
there, before anything is drawn, and the feedback of snel toevoegen never names an item the
audience may not see.
"""

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.model import (
    AanspreekpuntToewijzing,
    Betrokkene,
    Categorie,
    Gebeurtenis,
    GebeurtenisPersoon,
    Patroon,
    PatroonGebeurtenis,
    RegieToewijzing,
)
from desktop_app.services.core.workspace import tabellen
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from desktop_app.services.tijdlijn.filter import TijdlijnFilter
from desktop_app.ui.edits import Editor
from desktop_app.ui.publiek.venster import ProjectieVenster, pixels
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from desktop_app.ui.tijdlijn.quick_add import QuickAddBar, snel_toevoegen_in
from desktop_app.ui.tijdlijn.theme import BEAMER
from desktop_app.ui.widgets.plain_text import plain

TOONT = tabellen(
    Gebeurtenis, GebeurtenisPersoon, Categorie, Patroon, PatroonGebeurtenis, Betrokkene,
    RegieToewijzing, AanspreekpuntToewijzing,
)  # fmt: skip
HELP = "← → door de tijd   + − zoomen   P patronen   N toevoegen   Esc stoppen"


def start_presentation(editor: Editor, gezin_id: int) -> "PresentatieVenster":
    window = PresentatieVenster(editor, gezin_id)
    window.open()
    return window


class PresentatieVenster(ProjectieVenster):
    toetsuitleg = "+ − zoomen   P patronen   Home alles"

    def __init__(self, editor: Editor, gezin_id: int, publiek: Publiek | None = None):
        super().__init__(editor, gezin_id, "tijdlijn", TOONT, publiek)
        self.filter = TijdlijnFilter(indeling=Indeling.PERSONEN)
        self.shown = None
        self.candidates = np.arange(0)  # what → and ← step through: every item, or a pattern's
        self.caption = plain(QLabel(HELP))
        self.caption.setWordWrap(True)
        self.caption.setFont(pixels(32))
        self.plot = TimelinePlot(BEAMER)
        self.quick_add = QuickAddBar()
        self.quick_add.submitted.connect(self._quick_add)
        self.layout_.addWidget(self.plot, 1)
        self.layout_.addWidget(self.caption)
        self.layout_.addWidget(self.quick_add)
        self.vernieuw()
        self.plot.show_all()

    @property
    def current(self) -> int | None:
        """The item stepped to, as an index into `shown`."""
        positie = self.presentatie.positie
        return None if positie is None else int(self.candidates[positie])

    def toon(self) -> None:
        view = self.plot.viewbox.viewRange()[0] if self.shown is not None else None
        current_id = None if self.current is None else int(self.shown.ids[self.current])
        records = self.editor.workspace.read(publiek_tijdlijn.tijdlijn, self.gezin_id, self.publiek)
        self.shown = self.filter.toepassen(records)
        if self.filter.patroon_id not in self.shown.patroon_items:
            self.filter.patroon_id = None
        self.plot.set_data(self.shown, verdeel(self.shown, self.filter.indeling),
                           self.filter.nadruk(self.shown))  # fmt: skip
        self.candidates = self._candidates()
        # the current item follows its id; one this audience may no longer see leaves the screen
        current = self.shown.index_van(current_id) if current_id else None  # 0: regie
        self.presentatie.positie = self._positie(current)  # vernieuw() reports it
        self.plot.set_current(self.current)
        self._show_caption()
        if view is not None:
            self.plot.viewbox.setXRange(*view, padding=0)

    def stappen(self) -> tuple[list[str], int | None]:
        return [self._label(int(i)) for i in self.candidates], self.presentatie.positie

    def toetsen(self):
        return {
            Qt.Key.Key_Right: lambda: self.step(1),
            Qt.Key.Key_Left: lambda: self.step(-1),
            Qt.Key.Key_Plus: lambda: self.plot.zoom(0.7),
            Qt.Key.Key_Equal: lambda: self.plot.zoom(0.7),
            Qt.Key.Key_Minus: lambda: self.plot.zoom(1.4),
            Qt.Key.Key_P: self.next_pattern,
            Qt.Key.Key_N: self.quick_add.open,
            Qt.Key.Key_Home: self.plot.show_all,
        }

    def step(self, direction: int) -> None:
        """Next or previous item in time, enlarged, centred and spelled out below."""
        self.presentatie.stap(direction)

    def toon_stap(self) -> None:
        self.plot.set_current(self.current)
        if self.current is not None:
            self.plot.focus_on(self.current)
        self._show_caption()

    def next_pattern(self) -> None:
        """Cycle: no pattern, each pattern in turn, no pattern again."""
        ids = [p.id for p in self.shown.patronen]
        if not ids:
            return
        order = [None, *ids]
        self.filter.patroon_id = order[(order.index(self.filter.patroon_id) + 1) % len(order)]
        self.plot.set_emphasis(self.filter.nadruk(self.shown))
        self.candidates = self._candidates()
        self.presentatie.getekend(self.stappen()[0], None)
        self.toon_stap()

    def _candidates(self) -> np.ndarray:
        emphasis = self.filter.nadruk(self.shown)
        return np.flatnonzero(emphasis) if emphasis is not None else np.arange(len(self.shown))

    def _positie(self, current: int | None) -> int | None:
        if current is None:
            return None
        found = np.flatnonzero(self.candidates == current)
        return int(found[0]) if len(found) else None

    def _label(self, index: int) -> str:
        return f"{self.shown.datum_tekst(index)}  ·  {self.shown.titels[index]}"

    def _show_caption(self) -> None:
        """Drawn from what is shown now, never kept: a pattern or item the audience can no
        longer see cannot linger in the caption."""
        if self.current is not None:
            text = self._label(self.current)
        elif self.filter.patroon_id is not None:
            patroon = next(p for p in self.shown.patronen if p.id == self.filter.patroon_id)
            count = len(self.shown.patroon_items[patroon.id])
            text = f"Patroon: {patroon.naam}  ({count} keer)" + self.hulp(
                "   ← → langs elk voorkomen"
            )
        else:
            text = self.hulp(HELP)
        self.caption.setText(text)

    def _quick_add(self, line: str) -> None:
        item = snel_toevoegen_in(
            self.editor, self.gezin_id, line, self.quick_add, lambda: self.shown
        )
        if item is not None:
            self.nieuw_item(item.id)

    def nieuw_item(self, item_id: int) -> None:
        index = self.shown.index_van(item_id)
        if index is not None:  # the room sees where it landed
            self.plot.reveal(index)
            self.plot.flash(index)
