"""The Weging tab: the wegingen and their scores and the chart on the left; a new weging and
the product hours on the right, scrolling on a laptop."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from desktop_app.model import (
    Betrokkene,
    Bijeenkomst,
    Categorie,
    Gebeurtenis,
    Gezin,
    Gezinslid,
    ProductUren,
    Veiligheidsscore,
    Weging,
    WegingWijziging,
)
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.weging import overzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.uren.panel import UrenPanel
from desktop_app.ui.weging.nieuw import NieuweWegingPanel
from desktop_app.ui.weging.veiligheid import VeiligheidPanel
from desktop_app.ui.weging.wegingen import WegingenPanel

TOONT = tabellen(
    Weging, Veiligheidsscore, WegingWijziging, ProductUren, Gezin, Betrokkene, Gezinslid,
    Bijeenkomst, Gebeurtenis, Categorie,
)  # fmt: skip


class WegingTab(QWidget):
    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.gezin_id: int | None = None
        self.wegingen = WegingenPanel(editor)
        self.veiligheid = VeiligheidPanel(editor)
        self.veiligheid.shortcut_for(self)
        self.nieuw = NieuweWegingPanel(editor)
        self.nieuw.added.connect(self.wegingen.select_newest)
        self.uren = UrenPanel(editor)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.wegingen, 1)
        left_layout.addWidget(self.veiligheid, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.nieuw)
        right_layout.addWidget(self.uren)
        right_layout.addStretch(1)
        scroll = QScrollArea()  # the form is tall: on a 768 px laptop it scrolls
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(right)
        scroll.setMinimumWidth(
            right.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

    def show_gezin(self, gezin_id: int | None) -> None:
        self.gezin_id = gezin_id
        self._reload()

    def on_change(self, change: Wijziging) -> None:
        if change.raakt(self.gezin_id, TOONT):
            self._reload()

    def _reload(self) -> None:
        if self.gezin_id is None:
            return
        state = self.editor.workspace.read(overzicht.laad, self.gezin_id)
        self.wegingen.toon(state)
        self.nieuw.toon(state)
        self.uren.toon(self.gezin_id, state.betrokkenen)
        self.veiligheid.toon(self.gezin_id)

    def set_publiek(self, publiek: Publiek | None) -> None:
        self.veiligheid.set_publiek(publiek)
