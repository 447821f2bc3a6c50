"""The Tijdlijn tab: toolbar, the timeline, the detail panel and snel toevoegen."""

from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
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
from desktop_app.ui.tijdlijn.patroon_dialog import PatroonDialog
from desktop_app.ui.tijdlijn.plot import TimelinePlot
from desktop_app.ui.tijdlijn.quick_add import QuickAddBar, echo

GEEN_PATROON = 0
PANEL_COLLAPSED = "tijdlijnDetailsIngeklapt"  # an application property: kept while it runs
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
        self.context_menu = QMenu(self)  # one, filled again on every right-click
        self._build_toolbar()
        splitter = self.splitter = QSplitter()
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
        self._show_panel(not QApplication.instance().property(PANEL_COLLAPSED))

        self.plot.itemClicked.connect(self._clicked)
        self.plot.itemDoubleClicked.connect(self._double_clicked)
        self.plot.itemDragged.connect(self._dragged)
        self.plot.itemMenuRequested.connect(self._item_menu)
        self.detail.patternEditRequested.connect(self.edit_pattern)
        self.detail.patternDeleteRequested.connect(self.delete_pattern)
        self.quick_add.submitted.connect(self._quick_add)
        self.quick_add.escaped.connect(self.plot.setFocus)  # where N, ← → and Delete act
        self._shortcut("N", self.quick_add.open)
        self._shortcut("Home", self.plot.show_all)
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selection)
        self._shortcut("F5", self.present_requested.emit)
        self._shortcut("+", lambda: self.plot.zoom(0.7))
        # Choosing by keyboard what Ctrl+click chooses: ← → go from item to item, space
        # adds the current one to the selection (or takes it out). Keys of the plot itself,
        # not shortcuts: a beamer window's own ← → stay its own.
        self.plot.installEventFilter(self)
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
        """Short labels, the whole story in tooltips: at 1366 px nothing hides behind »."""
        self.publiek_keuze = PubliekKeuze(self.publiek)
        self.publiek_keuze.activated.connect(lambda: self.set_publiek(self.publiek_keuze.gekozen()))
        self.search = QLineEdit()
        self.search.setObjectName("tijdlijnZoeken")
        self.search.setPlaceholderText("Zoek in de tijdlijn")
        self.search.setClearButtonEnabled(True)
        self.search.setFixedWidth(110)
        self.search.textChanged.connect(lambda text: self._set(zoekterm=text))
        self.search.returnPressed.connect(lambda: self.step_emphasis(1))
        self.matches = QLabel()
        self.patroon = QComboBox()
        self.patroon.setObjectName("patroonKeuze")
        self.patroon.activated.connect(self._pattern_chosen)
        self.patroon.setToolTip("Toon een patroon; rechtsklik om het te wijzigen of verwijderen")
        self.patroon.setFixedWidth(128)
        self.patroon.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.patroon.customContextMenuRequested.connect(
            lambda pos: self._pattern_menu(self.patroon.mapToGlobal(pos))
        )
        previous, following = QToolButton(text="◀"), QToolButton(text="▶")
        previous.setToolTip("Vorige keer")
        following.setToolTip("Volgende keer")
        previous.clicked.connect(lambda: self.step_emphasis(-1))
        following.clicked.connect(lambda: self.step_emphasis(1))
        self.filter_button = QToolButton(text="Filter")
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_menu = QMenu(self)
        self.filter_button.setMenu(self.filter_menu)
        self.show_all_button = _button("Alles", "Alles tonen: de hele tijdlijn (Home)",
                                       self.plot.show_all, "tijdlijnAlles")  # fmt: skip
        self.year = QSpinBox()
        self.year.setObjectName("tijdlijnJaar")
        self.year.setRange(1950, 2100)
        self.year.setPrefix("Jaar ")
        self.year.setToolTip("Naar jaar: toont dat jaar")
        self.year.setKeyboardTracking(False)
        self.year.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # type, wheel or ↑ ↓
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.plot.show_year)
        self.add_button = _button(
            "+ Nieuw",
            "Snel toevoegen (N): één regel, bijv. ‘mrt 2019 OTS uitgesproken #maatregel @Noah’",
            self.quick_add.open, "tijdlijnSnelToevoegen",
        )  # fmt: skip
        self.panel_action = QAction("◨", self)
        self.panel_action.setCheckable(True)
        self.panel_action.setShortcut("F9")
        self.panel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panel_action.setToolTip("Zijpaneel met de details tonen of inklappen (F9)")
        self.panel_action.toggled.connect(self._show_panel)
        self.addAction(self.panel_action)
        self.panel_button = QToolButton()
        self.panel_button.setObjectName("tijdlijnDetails")
        self.panel_button.setDefaultAction(self.panel_action)
        present = QPushButton("Presenteren")
        present.setObjectName("tijdlijnPresenteren")
        present.setToolTip("Presenteren (F5): de tijdlijn op het grote scherm, voor de zaal")
        present.clicked.connect(self.present_requested.emit)
        self.toolbar = QToolBar()
        widgets = (
            self.publiek_keuze, self.filter_button, self.search, self.matches,
            self.patroon, previous, following, self.show_all_button, self.year, self.add_button,
            self._more_button(), self.panel_button, present,
        )  # fmt: skip
        for widget in widgets:
            self.toolbar.addWidget(widget)

    def _show_panel(self, shown: bool) -> None:
        """Collapse or restore the side panel; the choice holds while the app runs."""
        self.detail.setVisible(shown)
        if self.panel_action.isChecked() != shown:
            self.panel_action.setChecked(shown)
        QApplication.instance().setProperty(PANEL_COLLAPSED, not shown)

    def _more_button(self) -> QToolButton:
        """What is used less often, in one menu."""
        menu = QMenu(self)
        menu.addSection("Banen")
        lanes = QActionGroup(menu)
        self.indeling_acties = {}
        for indeling, text in ((Indeling.PERSONEN, "Per persoon"),
                               (Indeling.CATEGORIEEN, "Per categorie")):  # fmt: skip
            action = lanes.addAction(text)
            action.setCheckable(True)
            action.setChecked(indeling == self.filter.indeling)
            action.triggered.connect(lambda _=False, i=indeling: self._set(indeling=i))
            menu.addAction(action)
            self.indeling_acties[indeling] = action
        menu.addSeparator()
        mark = menu.addAction("Markeer als patroon…", self.mark_pattern)
        mark.setShortcut("Ctrl+M")
        mark.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(mark)
        self.pattern_actions = menu.addMenu("Patroon wijzigen")
        self.pattern_actions.aboutToShow.connect(
            lambda: self._fill_pattern_menu(self.pattern_actions)
        )
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
        self._show_patterns()

    def _show_patterns(self) -> None:
        """In the side panel: the patterns of the one selected item, else the one chosen;
        as the audience shown may see them."""
        visible = self.voor_publiek
        if len(self.selection) == 1:
            index = visible.index_van(next(iter(self.selection)))
            chosen = [p for p in visible.patronen if index in visible.patroon_items[p.id]]
        else:
            chosen = [p for p in visible.patronen if p.id == self.filter.patroon_id]
        self.detail.show_patterns([(p.id, p.naam) for p in chosen])

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
            self.detail.show_patterns([])  # regie history is in no pattern
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
        index = self.shown.index_van(item.id)
        if index is not None:  # where it landed, however far from the view
            self.plot.reveal(index)
            self.plot.flash(index)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plot and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            act = {Qt.Key.Key_Left: lambda: self.step_emphasis(-1),
                   Qt.Key.Key_Right: lambda: self.step_emphasis(1),
                   Qt.Key.Key_Space: self.toggle_current}.get(event.key())  # fmt: skip
            if act is not None:
                act()
                return True
        return super().eventFilter(watched, event)

    def toggle_current(self) -> None:
        if self.plot.current is not None:
            self._clicked(self.plot.current, additive=True)

    def mark_pattern(self) -> None:
        if len(self.selection) < 2:
            self.editor.refuse(
                "Markeer als patroon",
                "Kies eerst twee of meer gebeurtenissen (Ctrl+klik, of ← → en spatie).",
            )
            return
        naam, ok = QInputDialog.getText(self, "Markeer als patroon", "Naam van het patroon:")
        if not ok:
            return
        try:
            patroon = self.editor.workspace.edit(
                "Patroon", patronen.maak, self.gezin_id, naam, sorted(self.selection)
            )
        except InvoerFout as exc:
            self.editor.refuse("Patroon", str(exc))
            return
        self.patroon.setCurrentIndex(max(0, self.patroon.findData(patroon.id)))
        self._set(patroon_id=patroon.id)  # shown at once: its name chosen, its items lit

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
        """Go to the next (or previous) emphasised item, a search match or pattern occurrence,
        in reading order (the order of the items): from the current one, else from the view."""
        if self.shown is None:
            return
        mask = self.filter.nadruk(self.shown)
        if mask is None:  # nothing emphasised: every item in turn
            mask = np.ones(len(self.shown), dtype=bool)
        if not mask.any():
            return
        indices = np.flatnonzero(mask)
        current = self.plot.current
        if current is None and len(self.selection) == 1:  # from the item just chosen or added
            current = self.shown.index_van(next(iter(self.selection)))
        if step == 0:
            target = indices[0]
        elif current is not None and current in indices:
            position = int(np.searchsorted(indices, current)) + step
            target = indices[position % len(indices)]
        else:
            x0, x1 = self.plot.viewbox.viewRange()[0]
            middle = (x0 + x1) / 2
            starts = self.shown.start_van[indices]
            later, earlier = indices[starts > middle + DAY], indices[starts < middle - DAY]
            if step > 0:
                target = later[0] if len(later) else indices[0]
            else:
                target = earlier[-1] if len(earlier) else indices[-1]
        self.plot.set_current(int(target))
        self.plot.focus_on(int(target))

    # changing patterns

    def _pattern_menu(self, where: QPoint) -> None:
        self._fill_pattern_menu(self.context_menu)
        self.context_menu.popup(where)

    def _fill_pattern_menu(self, menu: QMenu) -> None:
        """Change or delete the chosen pattern, or any the audience shown may see."""
        menu.clear()
        visible = self.voor_publiek.patronen if self.voor_publiek is not None else []
        chosen = [p for p in visible if p.id == self.filter.patroon_id] or visible
        if not chosen:
            menu.addAction("Nog geen patronen").setEnabled(False)
        for patroon in chosen:
            self._pattern_actions(menu, patroon.id, patroon.naam)

    def _pattern_actions(self, menu: QMenu, patroon_id: int, naam: str) -> None:
        menu.addAction(f"‘{naam}’ wijzigen…", lambda: self.edit_pattern(patroon_id))
        menu.addAction(f"‘{naam}’ verwijderen…", lambda: self.delete_pattern(patroon_id))

    def _item_menu(self, index: int, where: QPoint) -> None:
        """Right-click on an item: the patterns it is part of."""
        if index < 0 or not int(self.shown.ids[index]):
            return
        visible = self.voor_publiek
        at = visible.index_van(int(self.shown.ids[index]))
        patterns = [p for p in visible.patronen if at in visible.patroon_items[p.id]]
        menu = self.context_menu
        menu.clear()
        if not patterns:
            menu.addAction("Geen patroon").setEnabled(False)
        for patroon in patterns:
            self._pattern_actions(menu, patroon.id, f"Patroon {patroon.naam}")
        menu.popup(where)

    def edit_pattern(self, patroon_id: int) -> PatroonDialog:
        """The dialog to change a pattern; it stays open while a change is refused."""
        patroon, leden = self.editor.workspace.read(_pattern, patroon_id)

        def opslaan(changes: dict) -> str | None:
            try:
                self.editor.workspace.edit(
                    "Patroon wijzigen", patronen.wijzig, patroon_id, **changes
                )
            except InvoerFout as exc:
                return str(exc)
            return None

        dialog = PatroonDialog(patroon, set(leden), self.voor_publiek, opslaan, self)
        dialog.open()
        return dialog

    def delete_pattern(self, patroon_id: int) -> None:
        patroon, _ = self.editor.workspace.read(_pattern, patroon_id)
        answer = QMessageBox.warning(
            self, "Patroon verwijderen",
            f"Patroon ‘{patroon.naam}’ verwijderen?\n\nDe gebeurtenissen blijven op de "
            "tijdlijn. U kunt dit ongedaan maken met Ctrl+Z.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.run("Patroon verwijderen", patronen.verwijder, patroon_id)


def _pattern(session, patroon_id: int):
    return session.get(Patroon, patroon_id), patronen.leden(session, patroon_id)


def _button(text: str, tip: str, slot, name: str) -> QToolButton:
    button = QToolButton(text=text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button
