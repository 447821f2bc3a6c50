"""The Tijdlijn tab: toolbar, the timeline, the detail panel and snel toevoegen."""

from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app.model import (
    AanspreekpuntToewijzing,
    Betrokkene,
    Categorie,
    Gebeurtenis,
    GebeurtenisPersoon,
    GebeurtenisWijziging,
    Gezinslid,
    Patroon,
    PatroonGebeurtenis,
    RegieToewijzing,
)
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag.logboek import Wat
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenissen, patronen, snel_toevoegen, tijdlijn
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from desktop_app.services.tijdlijn.filter import TijdlijnFilter
from desktop_app.services.tijdlijn.tijdlijn import DAY
from desktop_app.ui.edits import Editor
from desktop_app.ui.opslag.vastleggen import leg_vast
from desktop_app.ui.publiek.keuze import PubliekKeuze
from desktop_app.ui.tijdlijn.detail_panel import DetailPanel
from desktop_app.ui.tijdlijn.export import FORMATS, export_timeline
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from desktop_app.ui.tijdlijn.quick_add import QuickAddBar, echo

GEEN_PATROON = 0
EXPORT_SOORTEN = {  # file dialog filter -> suffix, paper
    "PDF, liggend A4 (*.pdf)": (".pdf", "A4"),
    "PDF, liggend A3: poster (*.pdf)": (".pdf", "A3"),
    "Afbeelding PNG (*.png)": (".png", None),
    "Vectorafbeelding SVG (*.svg)": (".svg", None),
}
TOONT = tabellen(
    Gebeurtenis, GebeurtenisPersoon, GebeurtenisWijziging, Categorie, Patroon,
    PatroonGebeurtenis, Gezinslid, Betrokkene, RegieToewijzing, AanspreekpuntToewijzing,
)  # fmt: skip


class TijdlijnTab(QWidget):
    present_requested = Signal()

    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.gezin_id: int | None = None
        self.filter = TijdlijnFilter()
        # Safe by default: a mirrored screen must not show more than the parents may see.
        self.publiek: Publiek | None = Publiek.OUDERS  # None: the facilitator's full view
        self.alles = None  # the whole timeline as loaded
        self.voor_publiek = None  # what the chosen audience may see of it (services.publiek)
        self.shown = None  # what the filter lets through of that
        self.selection: set[int] = set()  # item ids
        self.plot = TimelinePlot()
        self.plot.setObjectName("tijdlijnPlot")
        self.detail = DetailPanel(editor)
        self.quick_add = QuickAddBar()
        self._build_toolbar()
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.plot, 1)
        left_layout.addWidget(self.quick_add)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1100, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.plot.itemClicked.connect(self._clicked)
        self.plot.itemDoubleClicked.connect(self._double_clicked)
        self.plot.itemDragged.connect(self._dragged)
        self.quick_add.submitted.connect(self._quick_add)
        self._shortcut("N", self.quick_add.open)
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selection)
        self._shortcut("F5", self.present_requested.emit)
        self._shortcut("+", lambda: self.plot.zoom(0.7))
        self._shortcut("-", lambda: self.plot.zoom(1.4))

    def _shortcut(self, key, slot) -> None:
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.plot.addAction(action)
        if key == "F5":
            self.addAction(action)

    def _build_toolbar(self) -> None:
        self.indeling = QComboBox()
        self.indeling.addItem("Banen per persoon", Indeling.PERSONEN)
        self.indeling.addItem("Banen per categorie", Indeling.CATEGORIEEN)
        # Qt returns the enums as plain strings: convert back at this boundary.
        self.indeling.activated.connect(
            lambda: self._set(indeling=Indeling(self.indeling.currentData()))
        )
        self.publiek_keuze = PubliekKeuze(self.publiek)
        self.publiek_keuze.activated.connect(lambda: self.set_publiek(self.publiek_keuze.gekozen()))
        self.search = QLineEdit()
        self.search.setObjectName("tijdlijnZoeken")
        self.search.setPlaceholderText("Zoek in de tijdlijn")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(lambda text: self._set(zoekterm=text))
        self.search.returnPressed.connect(lambda: self.step_emphasis(1))
        self.matches = QLabel()
        self.patroon = QComboBox()
        self.patroon.setObjectName("patroonKeuze")
        self.patroon.activated.connect(self._pattern_chosen)
        self.patroon.setMinimumWidth(160)
        self.patroon.setMaximumWidth(180)
        previous, following = QToolButton(text="◀"), QToolButton(text="▶")
        previous.setToolTip("Vorige keer")
        following.setToolTip("Volgende keer")
        previous.clicked.connect(lambda: self.step_emphasis(-1))
        following.clicked.connect(lambda: self.step_emphasis(1))
        self.filter_button = QToolButton(text="Filter")
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self)
        self.filter_button.setMenu(self.filter_menu)
        present = QPushButton("Presenteren")
        present.setToolTip("F5: de tijdlijn op het grote scherm, voor wie in de zaal zit")
        present.clicked.connect(self.present_requested.emit)
        self.toolbar = QToolBar()
        widgets = (
            self.indeling, self.publiek_keuze, self.filter_button, self.search, self.matches,
            self.patroon, previous, following, self._more_button(), present,
        )  # fmt: skip
        for widget in widgets:
            self.toolbar.addWidget(widget)

    def _more_button(self) -> QToolButton:
        """What is used less often, in one menu: the toolbar then fits a 1366 px laptop."""
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setPrefix("Naar jaar ")
        self.year.setKeyboardTracking(False)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.plot.show_year)
        menu = QMenu(self)
        menu.addAction("Alles tonen", self.plot.show_all)
        menu.addAction("Snel toevoegen (N)", self.quick_add.open)
        menu.addAction("Markeer als patroon…", self.mark_pattern)
        year = QWidgetAction(menu)
        year.setDefaultWidget(self.year)
        menu.addAction(year)
        menu.addSeparator()
        self.export_action = menu.addAction("Exporteren…", self.export)
        self.print_action = menu.addAction("Afdrukken…", self.print_preview)
        button = QToolButton(text="Meer")
        button.setObjectName("tijdlijnMeer")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        return button

    # data

    def show_gezin(self, gezin_id: int | None) -> None:
        first = gezin_id != self.gezin_id
        self.gezin_id = gezin_id
        self.selection.clear()
        if gezin_id is not None:
            self._reload(keep_view=not first)

    def on_change(self, change: Wijziging) -> None:
        if change.raakt(self.gezin_id, TOONT):
            self._reload(keep_view=True)

    def _reload(self, keep_view: bool) -> None:
        self.alles = self.editor.workspace.read(tijdlijn.laad, self.gezin_id)
        self._fill_menus()
        self._apply(keep_view)

    def _apply(self, keep_view: bool = True) -> None:
        view = self.plot.viewbox.viewRange()[0]
        self.shown = self.filter.toepassen(self.voor_publiek)
        banen = verdeel(self.shown, self.filter.indeling)
        self.plot.set_data(self.shown, banen, self.filter.nadruk(self.shown))
        self._show_selection()
        if keep_view and self.plot.isVisible():
            self.plot.viewbox.setXRange(*view, padding=0)
        else:
            self.plot.show_all()
        found = len(self.filter.treffers(self.shown))
        self.matches.setText(f"{found} treffers" if self.filter.zoekterm.strip() else "")

    def set_publiek(self, publiek: Publiek | None) -> None:
        self.publiek = publiek
        self.publiek_keuze.kies(publiek)
        if self.alles is not None:
            self._fill_menus()
            self._apply()

    def _set(self, **changes) -> None:
        for name, value in changes.items():
            setattr(self.filter, name, value)
        if self.alles is not None:
            self._apply()

    def _fill_menus(self) -> None:
        """Patterns and their counts as the chosen audience may see them: a name can tell
        too much. Filtering the loaded timeline again is cheap (arrays)."""
        alles = self.alles
        self.voor_publiek = (
            alles if self.publiek is None else publiek_tijdlijn.voor(alles, self.publiek)
        )
        visible = self.voor_publiek
        if self.filter.patroon_id not in visible.patroon_items:
            self.filter.patroon_id = None
        self.patroon.clear()
        self.patroon.addItem("Geen patroon", GEEN_PATROON)
        for p in visible.patronen:
            self.patroon.addItem(f"{p.naam} ({len(visible.patroon_items[p.id])}×)", p.id)
        self.patroon.setCurrentIndex(
            max(0, self.patroon.findData(self.filter.patroon_id or GEEN_PATROON))
        )
        self.filter_menu.clear()
        self.filter_menu.addSection("Categorieën")
        for cat in self.alles.categorieen:
            self._filter_action(cat.naam, cat.id, self.filter.verborgen_categorieen)
        self.filter_menu.addSection("Personen")
        for lid in self.alles.leden:
            self._filter_action(lid.naam, lid.id, self.filter.verborgen_personen)

    def _filter_action(self, text: str, key: int, hidden: set[int]) -> None:
        action = self.filter_menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(key not in hidden)

        def toggled(checked: bool) -> None:
            (hidden.discard if checked else hidden.add)(key)
            self._apply()

        action.toggled.connect(toggled)

    # selection and editing

    def _show_selection(self) -> None:
        """Selected items that this view no longer shows are let go, details and all."""
        positions = {item_id: self.shown.index_van(item_id) for item_id in self.selection}
        self.selection = {item_id for item_id, i in positions.items() if i is not None}
        self.plot.set_selection({i for i in positions.values() if i is not None})
        if len(self.selection) == 1:
            item_id = next(iter(self.selection))
            self.detail.show_item(item_id, self.alles.categorieen, self.alles.leden)
        elif not self.selection:
            self.detail.show_item(None, self.alles.categorieen, self.alles.leden)

    def _clicked(self, index: int, additive: bool) -> None:
        if index < 0:
            if not additive:
                self.selection.clear()
                self.plot.set_selection(set())
            return
        item_id = int(self.shown.ids[index])
        if not item_id:
            self.detail.show_item(
                0, self.alles.categorieen, self.alles.leden, self.shown.titels[index]
            )
            self.plot.set_selection({index})
            return
        if additive:
            self.selection ^= {item_id}
        else:
            self.selection = {item_id}
        self._show_selection()

    def _double_clicked(self, index: int) -> None:
        self._clicked(index, False)
        self.detail.focus_title()

    def _dragged(self, index: int, seconds: float) -> None:
        item_id = int(self.shown.ids[index])
        days = round(seconds / DAY)
        if item_id and days:
            self.selection = {item_id}
            self.editor.run("Verplaatsen", gebeurtenissen.verplaats, item_id, days)

    def delete_selection(self) -> None:
        for item_id in sorted(self.selection):
            self.editor.run("Gebeurtenis verwijderen", gebeurtenissen.verwijder, item_id)
        self.selection.clear()
        self.detail.show_item(None, self.alles.categorieen, self.alles.leden)

    def _quick_add(self, line: str) -> None:
        try:
            item = self.editor.workspace.edit(
                "Snel toevoegen", snel_toevoegen.voeg_toe, self.gezin_id, line
            )
        except InvoerFout as exc:  # shown under the line, the text stays to correct
            self.quick_add.refused(str(exc))
            return
        self.quick_add.accepted(echo(self.shown, item))
        self.selection = {item.id}
        self._show_selection()

    def mark_pattern(self) -> None:
        if len(self.selection) < 2:
            self.editor.refuse(
                "Markeer als patroon", "Kies eerst twee of meer gebeurtenissen (Ctrl+klik)."
            )
            return
        naam, ok = QInputDialog.getText(self, "Markeer als patroon", "Naam van het patroon:")
        if ok:
            self.editor.run("Patroon", patronen.maak, self.gezin_id, naam, sorted(self.selection))

    # export and print

    def export(self) -> None:
        """The timeline as a file for the audience shown: PDF on A4 or A3, PNG or SVG."""
        publiek = self._publiek_voor_uitvoer("Exporteren")
        if publiek is None:
            return
        naam = self.editor.workspace.read(gezinnen.haal, self.gezin_id).naam
        suggested = f"Tijdlijn {naam} ({publiek.label.lower()}).pdf"
        path, chosen = QFileDialog.getSaveFileName(
            self, "Tijdlijn exporteren", suggested, ";;".join(EXPORT_SOORTEN)
        )
        if not path:
            return
        suffix, papier = EXPORT_SOORTEN.get(chosen, (".pdf", "A4"))
        output = Path(path) if Path(path).suffix.lower() in FORMATS else Path(path + suffix)
        try:
            export_timeline(
                self.editor.workspace, self.gezin_id, output, publiek, papier=papier or "A4"
            )
        except InvoerFout as exc:
            self.editor.refuse("Exporteren", str(exc))
            return
        vorm = f"{output.suffix.lower().lstrip('.')} tijdlijn"
        leg_vast(self, self.editor.workspace, Wat.EXPORT, self.gezin_id, publiek.value, vorm)
        self.window().statusBar().showMessage(
            f"Tijdlijn ({publiek.label.lower()}) opgeslagen: {output.name}", 5000
        )

    def print_preview(self):
        """The preview of the timeline on paper for the audience shown; it is returned."""
        from desktop_app.ui.verslag.tijdlijn import voorbeeld

        publiek = self._publiek_voor_uitvoer("Afdrukken")
        if publiek is None:
            return None
        dialog = voorbeeld(self.editor.workspace, self.gezin_id, publiek, self)
        dialog.open()
        return dialog

    def _publiek_voor_uitvoer(self, title: str) -> Publiek | None:
        """The audience shown; from the facilitator's own view, which no file may carry,
        the user chooses (parents first)."""
        if self.publiek is not None:
            return self.publiek
        labels = [p.label for p in Publiek]
        chosen, ok = QInputDialog.getItem(
            self, title, "Vertrouwelijke gebeurtenissen gaan nooit mee. Voor wie is het?",
            labels, 0, False,
        )  # fmt: skip
        return list(Publiek)[labels.index(chosen)] if ok else None

    # patterns and search

    def _pattern_chosen(self) -> None:
        self._set(patroon_id=self.patroon.currentData() or None)
        self.step_emphasis(0)

    def step_emphasis(self, step: int) -> None:
        """Go to the next (or previous) emphasised item: a search match or pattern occurrence."""
        mask = self.filter.nadruk(self.shown) if self.shown is not None else None
        if mask is None or not mask.any():
            return
        indices = np.flatnonzero(mask)
        x0, x1 = self.plot.viewbox.viewRange()[0]
        middle = (x0 + x1) / 2
        mids = self.shown.midden[indices]
        if step > 0:
            later = indices[mids > middle + DAY]
            target = later[0] if len(later) else indices[0]
        elif step < 0:
            earlier = indices[mids < middle - DAY]
            target = earlier[-1] if len(earlier) else indices[-1]
        else:
            target = indices[0]
        self.plot.set_current(int(target))
        self.plot.focus_on(int(target))
