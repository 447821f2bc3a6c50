"""The loaded main screen: gezinnen on the left, the open gezin in tabs on the right."""

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.enums import GezinStatus
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Wijziging, Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag.logboek import Wat
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.edits import Editor
from desktop_app.ui.gezin.gezin_list import ID_ROLE, GezinListModel, search_proxy
from desktop_app.ui.gezin.nieuw_gezin_dialog import NieuwGezinDialog
from desktop_app.ui.gezin.overzicht_tab import OverzichtTab
from desktop_app.ui.opslag.herstellen import reservekopie_terugzetten
from desktop_app.ui.opslag.vastleggen import leg_vast
from desktop_app.ui.widgets.plain_text import exact

FIRST_FOCUS = ("leden_view", "plot", "meetings")  # Overzicht, Tijdlijn, Bijeenkomsten
AGENDA_VOOR = {Publiek.OUDERS: "voor ouders", Publiek.PROFESSIONALS: "alleen voor professionals"}


class Werkblad(QWidget):
    title_changed = Signal(str)

    def __init__(self, workspace: Workspace, window: QWidget):
        super().__init__()
        self.workspace = workspace
        self.editor = Editor(workspace, window)
        self.gezin_id: int | None = None

        self.list_model = GezinListModel(self)
        self.proxy = search_proxy(self.list_model)
        self.search = QLineEdit()
        self.search.setObjectName("zoekGezin")
        self.search.setPlaceholderText("Zoek gezin (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view = QListView()
        self.list_view.setObjectName("gezinnenLijst")
        self.list_view.setModel(self.proxy)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        new_button = QPushButton("Nieuw gezin")
        new_button.setObjectName("nieuwGezinKnop")
        new_button.clicked.connect(self.new_gezin)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("Gezinnen"))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(new_button)

        self.overzicht = OverzichtTab(self.editor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overzicht, "Overzicht")
        # Later tabs are built when first opened: start-up paints only the Overzicht,
        # and pyqtgraph (about 300 ms to import) loads with the first chart.
        self.built: dict[QWidget, QWidget] = {}  # holder -> tab
        self._factories: dict[QWidget, object] = {}
        self.tijdlijn_houder = self._lazy_tab("Tijdlijn", _tijdlijn_tab)
        self.bijeenkomsten_houder = self._lazy_tab("Bijeenkomsten", _bijeenkomsten_tab)
        self.weging_houder = self._lazy_tab("Weging", _weging_tab)
        self.taakverdeling_houder = self._lazy_tab("Taakverdeling", _taakverdeling_tab)
        self.tabs.currentChanged.connect(self._tab_changed)
        empty = QLabel(
            "Nog geen gezin gekozen.\nKies links een gezin of maak een nieuw gezin (Ctrl+N)."
        )
        empty.setObjectName("legeStaat")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(empty)
        self.right.addWidget(self.tabs)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1210])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._make_actions()
        self._make_undo_actions()
        workspace.subscribe(self._on_change)
        self._reload_list()

    # actions and menus

    def _make_actions(self) -> None:
        self.new_action = self._action("Nieuw gezin…", self.new_gezin, QKeySequence.StandardKey.New)
        self.search_action = self._action(
            "Zoek gezin", self.focus_search, QKeySequence.StandardKey.Find
        )
        # F2 and Delete act on the gezin only from the list: in a table they edit a cell.
        self.rename_action = self._action("Gezin hernoemen…", self.rename_gezin, "F2")
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action = self._action("Gezin verwijderen…", self.delete_gezin)
        self.erase_action = self._action("Definitief wissen…", self.erase_gezin)
        self.logboek_action = self._action("Logboek…", self.show_logboek)
        self.import_action = self._action("Gebeurtenissen importeren…", self.import_events)
        self.agenda_action = self._action("Agenda exporteren…", self.export_agenda)
        self.dossier_export_action = self._action("Dossier exporteren…", self.export_dossier)
        self.dossier_import_action = self._action("Dossier importeren…", self.import_dossier)
        list_delete = self._action(
            "Verwijderen…", self.delete_gezin, QKeySequence.StandardKey.Delete
        )
        list_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.status_group = QActionGroup(self)
        self.status_actions = {}
        for status in GezinStatus:
            action = QAction(status.label, self, checkable=True)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            self.status_group.addAction(action)
            self.status_actions[status] = action
        for action in (self.new_action, self.search_action):
            self.addAction(action)
        # Ctrl+Tab cannot leave a table (it moves between cells there): a key per tab.
        for number in range(1, self.tabs.count() + 1):
            go = self._action(
                self.tabs.tabText(number - 1),
                lambda _c=False, i=number - 1: self.go_to_tab(i),
                f"Ctrl+{number}",
            )
            self.tabs.setTabToolTip(number - 1, f"Ctrl+{number}")
            self.addAction(go)
        separator = QAction(self)
        separator.setSeparator(True)
        self.list_view.addActions(
            [self.rename_action, *self.status_actions.values(), separator, list_delete]
        )

    def _make_undo_actions(self) -> None:
        self.undo_action = self._action("Ongedaan maken", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action("Opnieuw", self.redo, QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        undo, redo = self.workspace.undo_label, self.workspace.redo_label
        self.undo_action.setText(f"Ongedaan maken: {undo}" if undo else "Ongedaan maken")
        self.redo_action.setText(f"Opnieuw: {redo}" if redo else "Opnieuw")
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)

    def undo(self) -> None:
        label = self._replay(self.workspace.undo, "Ongedaan maken")
        self._tell(f"Ongedaan gemaakt: {label}" if label else "Er is niets meer ongedaan te maken.")

    def redo(self) -> None:
        label = self._replay(self.workspace.redo, "Opnieuw")
        self._tell(f"Opnieuw gedaan: {label}" if label else "Er is niets om opnieuw te doen.")

    def _replay(self, step, title: str) -> str | None:
        try:
            return step()
        except InvoerFout as exc:  # the store is unchanged; the step is let go
            self.editor.refuse(title, str(exc))
            self._update_undo_actions()
            return None

    def _tell(self, message: str) -> None:
        self.window().statusBar().showMessage(message, 5000)

    def _action(self, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def install_menus(self, bar: QMenuBar, venster_acties: list[QAction]) -> None:
        """`venster_acties`: the window's own entries (Vergrendelen), before Afsluiten."""
        bestand = bar.addMenu("&Bestand")
        bestand.addAction(self.new_action)
        bestand.addSeparator()
        beveiliging = bestand.addMenu("Beveiliging")
        beveiliging.aboutToShow.connect(lambda: self._vul_beveiliging(beveiliging))
        bestand.addAction(self.dossier_import_action)
        self.dossier_import_action.setEnabled(not self.workspace.alleen_lezen)
        terugzetten = bestand.addAction("Reservekopie terugzetten…")
        terugzetten.triggered.connect(lambda: reservekopie_terugzetten(self.window()))
        terugzetten.setEnabled(not self.workspace.alleen_lezen)
        bestand.addActions(venster_acties)
        bestand.addAction("Gewiste gezinnen…").triggered.connect(self.show_gewist)
        bestand.addSeparator()
        quit_action = bestand.addAction("Afsluiten")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.window().close)
        bewerken = bar.addMenu("B&ewerken")
        bewerken.addAction(self.undo_action)
        bewerken.addAction(self.redo_action)
        bewerken.addSeparator()
        bewerken.addAction("Categorieën van de tijdlijn…").triggered.connect(self.edit_categories)
        bewerken.addAction("Bouwstenen-sjabloon…").triggered.connect(self.edit_template)
        gezin = bar.addMenu("&Gezin")
        gezin.addAction(self.new_action)  # where a new user looks for it, as in Bestand
        gezin.addAction(self.search_action)
        gezin.addAction(self.rename_action)
        status = gezin.addMenu("Status")
        status.addActions(list(self.status_actions.values()))
        gezin.addAction(self.import_action)
        gezin.addAction(self.agenda_action)
        gezin.addAction(self.dossier_export_action)
        gezin.addAction(self.logboek_action)
        gezin.addSeparator()
        gezin.addAction(self.delete_action)
        gezin.addAction(self.erase_action)

    def _vul_beveiliging(self, menu) -> None:
        """Built as it opens: what it offers depends on whether the store is encrypted now."""
        from desktop_app.ui.opslag import wachtwoord

        menu.clear()
        if self.workspace.alleen_lezen:
            menu.addAction("Alleen lezen: niets te wijzigen").setEnabled(False)
            return
        if self.workspace.versleuteld:
            menu.addAction("Wachtwoord wijzigen…").triggered.connect(
                lambda: self._na_beveiliging(wachtwoord.versleutel(self, self.workspace))
            )
            menu.addAction("Versleuteling uitzetten…").triggered.connect(
                lambda: self._na_beveiliging(wachtwoord.ontsleutel(self, self.workspace))
            )
        else:
            menu.addAction("Versleutelen met een wachtwoord…").triggered.connect(
                lambda: self._na_beveiliging(wachtwoord.versleutel(self, self.workspace))
            )

    def _na_beveiliging(self, done: bool) -> None:
        if done:  # the undo history went with the old connection
            self._update_undo_actions()

    # the open gezin

    def open_most_recent(self) -> None:
        if self.list_model.gezinnen:
            newest = max(self.list_model.gezinnen, key=lambda g: g.bijgewerkt)
            self.select_gezin(newest.id)
        else:
            self._show_gezin(None)

    def select_gezin(self, gezin_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == gezin_id:
                self.list_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return
        self._show_gezin(gezin_id)  # filtered out of the list: still open it

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self._show_gezin(current.data(ID_ROLE))

    def _show_gezin(self, gezin_id: int | None) -> None:
        self.gezin_id = gezin_id
        self.overzicht.show_gezin(gezin_id)
        for tab in self.built.values():
            tab.show_gezin(gezin_id)
        self.right.setCurrentIndex(0 if gezin_id is None else 1)
        gezin = self._open_gezin()
        gezin_actions = (
            self.rename_action,
            self.delete_action,
            self.erase_action,
            self.import_action,
            self.agenda_action,
            self.dossier_export_action,
            self.logboek_action,
        )
        for action in (*gezin_actions, *self.status_actions.values()):
            action.setEnabled(gezin is not None)
        if gezin is not None:
            self.status_actions[GezinStatus(gezin.status)].setChecked(True)
        self.title_changed.emit(gezin.naam if gezin else "")

    def _open_gezin(self):
        return next((g for g in self.list_model.gezinnen if g.id == self.gezin_id), None)

    def _reload_list(self) -> None:
        self.list_model.set_gezinnen(self.workspace.read(gezinnen.alle))

    def _on_change(self, change: Wijziging) -> None:
        self._update_undo_actions()
        self._reload_list()
        gezin = self._open_gezin()
        if self.gezin_id is not None and gezin is None:
            self._show_gezin(None)  # the open gezin was deleted
            return
        if gezin is not None:
            self._restore_selection(gezin.id)
            self.overzicht.on_change(change)
            for tab in self.built.values():
                tab.on_change(change)
            self.status_actions[GezinStatus(gezin.status)].setChecked(True)
            self.title_changed.emit(gezin.naam)

    def _restore_selection(self, gezin_id: int) -> None:
        """Re-select the open gezin after the list reloaded, without reopening it."""
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        try:
            self.select_gezin(gezin_id)
        finally:
            selection.blockSignals(False)
        self.list_view.viewport().update()

    def _lazy_tab(self, title: str, factory) -> QWidget:
        holder = QWidget()
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._factories[holder] = factory
        self.tabs.addTab(holder, title)
        return holder

    def _tab_changed(self, index: int) -> None:
        holder = self.tabs.widget(index)
        if holder in self._factories:
            self._open(holder)

    def _open(self, holder: QWidget):
        """Build the tab in `holder` on first use, show the open gezin in it, bring it forward."""
        if holder not in self.built:
            tab = self._factories[holder](self)
            self.built[holder] = tab
            holder.layout().addWidget(tab)
            tab.show_gezin(self.gezin_id)
        self.tabs.setCurrentWidget(holder)
        return self.built[holder]

    def go_to_tab(self, index: int) -> None:
        """Show tab `index` with the keyboard in it, where the tab's own keys act (N for
        snel toevoegen on the tijdlijn, Ctrl+Shift+N among the bijeenkomsten)."""
        if self.gezin_id is None:
            return
        holder = self.tabs.widget(index)
        tab = self._open(holder) if holder in self._factories else holder
        self.tabs.setCurrentWidget(holder)
        first = next((getattr(tab, n) for n in FIRST_FOCUS if hasattr(tab, n)), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            tab.setFocus(Qt.FocusReason.ShortcutFocusReason)
            tab.focusNextChild()

    def open_tijdlijn(self):
        return self._open(self.tijdlijn_houder)

    def open_bijeenkomsten(self):
        return self._open(self.bijeenkomsten_houder)

    def open_weging(self):
        return self._open(self.weging_houder)

    def open_taakverdeling(self):
        return self._open(self.taakverdeling_houder)

    def present(self) -> None:
        from desktop_app.ui.tijdlijn.presentatie import start_presentation

        if self.gezin_id is not None:
            self._tell(start_presentation(self.editor, self.gezin_id).uitleg)

    def present_bord(self) -> None:
        from desktop_app.ui.taakverdeling.presentatie import start_presentation

        if self.gezin_id is not None:
            self._tell(start_presentation(self.editor, self.gezin_id).uitleg)

    # commands

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_gezin(self) -> None:
        dialog = NieuwGezinDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        created = {}

        def make(session, naam, gemeente):
            created["id"] = gezinnen.maak(session, naam, gemeente).id

        if self.editor.run("Nieuw gezin", make, dialog.naam.text(), dialog.gemeente.text()):
            self.search.clear()
            self.select_gezin(created["id"])
            # A new family starts with its members; typing on in the search box would hide it.
            self.tabs.setCurrentWidget(self.overzicht)
            self.overzicht.leden_view.setFocus()

    def rename_gezin(self) -> None:
        gezin = self._open_gezin()
        if gezin is None:
            return
        naam, ok = QInputDialog.getText(self, "Gezin hernoemen", "Nieuwe naam:", text=gezin.naam)
        if ok:
            self.editor.run("Gezin hernoemen", gezinnen.wijzig, gezin.id, naam=naam)

    def set_status(self, status: GezinStatus) -> None:
        if self.gezin_id is not None:
            self.editor.run("Status wijzigen", gezinnen.wijzig, self.gezin_id, status=status)

    def edit_template(self) -> None:
        from desktop_app.ui.bijeenkomst.sjabloon_dialog import SjabloonDialog

        SjabloonDialog(self.editor, self).exec()

    def edit_categories(self) -> None:
        from desktop_app.ui.tijdlijn.categorie_dialog import CategorieDialog

        CategorieDialog(self.editor, self).exec()

    def import_events(self) -> None:
        """CSV or XLSX from a dossier extract; all rows or none, unknown persons asked about."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.services.tijdlijn import gebeurtenis_import

        path, _ = QFileDialog.getOpenFileName(
            self, "Gebeurtenissen importeren", "", "Tabellen (*.csv *.xlsx)"
        )
        if not path or self.gezin_id is None:
            return
        try:
            rows = gebeurtenis_import.lees_bestand(Path(path))
            result = self._import(rows, False)
        except gebeurtenis_import.ImportFout as exc:
            only_people = all("onbekend gezinslid" in p for p in exc.problems)
            if not (
                exc.onbekende_personen and only_people and self._ask_add(exc.onbekende_personen)
            ):
                self.editor.refuse("Importeren", str(exc))
                return
            result = self._import(rows, True)
        except InvoerFout as exc:
            self.editor.refuse("Importeren", str(exc))
            return
        self._tell(f"{result.aantal} gebeurtenissen geïmporteerd in {result.gezin_naam}.")

    def export_agenda(self) -> None:
        """The next meeting and the due dates of open afspraken as an .ics file, for parents
        (the first choice) or professionals: the file type in the save dialog says which."""
        from PySide6.QtWidgets import QFileDialog

        from desktop_app.services.publiek import taakverdeling as publiek_taakverdeling
        from desktop_app.services.taakverdeling import agenda

        gezin = self._open_gezin()
        if gezin is None:
            return
        filters = {f"Agenda {AGENDA_VOOR[p]} (*.ics)": p for p in Publiek}  # ouders first
        path, chosen = QFileDialog.getSaveFileName(
            self, "Agenda exporteren", f"Agenda {gezin.naam}.ics", ";;".join(filters)
        )
        if not path:
            return
        output = Path(path) if path.lower().endswith(".ics") else Path(f"{path}.ics")
        publiek = filters.get(chosen, Publiek.OUDERS)
        try:
            data = self.workspace.read(publiek_taakverdeling.agenda, gezin.id, publiek)
            agenda.schrijf(output, data)
        except InvoerFout as exc:
            self.editor.refuse("Agenda exporteren", str(exc))
            return
        except OSError as exc:
            self.editor.refuse(
                "Agenda exporteren", f"{output} kon niet worden geschreven: {exc.strerror or exc}."
            )
            return
        leg_vast(self, self.workspace, Wat.EXPORT, gezin.id, publiek, "ics agenda")
        self._tell(f"Agenda {AGENDA_VOOR[publiek]} opgeslagen: {output.name}")

    def export_dossier(self) -> None:
        from desktop_app.ui.dossier.overdragen import exporteer_dossier

        gezin = self._open_gezin()
        if gezin is not None and exporteer_dossier(self, self.workspace, gezin.id, gezin.naam):
            self._tell(f"Dossier van {gezin.naam} opgeslagen.")

    def import_dossier(self) -> None:
        from desktop_app.ui.dossier.overdragen import importeer_dossier

        nieuw = importeer_dossier(self, self.workspace)
        if nieuw is not None:
            self.search.clear()
            self.select_gezin(nieuw)
            self._tell("Dossier ingelezen als een nieuw gezin.")

    def _import(self, rows, add_people: bool):
        from desktop_app.services.tijdlijn import gebeurtenis_import

        return self.workspace.edit(
            "Gebeurtenissen importeren",
            gebeurtenis_import.importeer,
            rows,
            gezin_id=self.gezin_id,
            personen_toevoegen=add_people,
        )

    def _ask_add(self, names: list[str]) -> bool:
        answer = QMessageBox.question(
            self,
            "Onbekende personen",
            exact(
                f"Deze personen staan nog niet bij het gezin: {', '.join(names)}.\n\n"
                "Toevoegen als gezinslid (relatie ‘onbekend’) en dan importeren?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_gezin(self) -> None:
        gezin = self._open_gezin()
        if gezin is None:
            return
        overzicht = self.overzicht.overzicht
        answer = QMessageBox.warning(
            self,
            "Gezin verwijderen",
            exact(
                f"‘{gezin.naam}’ en alle gegevens ervan verwijderen?\n\n"
                f"Dat zijn {len(overzicht.leden)} gezinsleden, {len(overzicht.betrokkenen)} "
                "betrokkenen, de tijdlijn, de bijeenkomsten en de wegingen. "
                "U kunt dit daarna ongedaan maken met Ctrl+Z, tot u Casustafel afsluit."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.run("Gezin verwijderen", gezinnen.verwijder, gezin.id)

    def erase_gezin(self) -> None:
        """Erase the open gezin for good, after its name is typed; not undoable."""
        from desktop_app.services.gezin import wissen
        from desktop_app.services.opslag import OpslagFout
        from desktop_app.ui.gezin.wissen_dialog import WisDialog

        gezin = self._open_gezin()
        if gezin is None:
            return
        dialog = WisDialog(gezin.naam, wissen.heeft_reservekopieen(self.workspace), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            uitkomst = wissen.wis_definitief(self.workspace, gezin.id, dialog.uit_reservekopieen)
        except (InvoerFout, OpslagFout) as exc:
            QMessageBox.warning(self, "Definitief wissen: niet gewist", exact(str(exc)))
            return
        self._tell(f"‘{uitkomst.naam}’ is definitief gewist.")
        nog = [
            f"{wat}: {reden}."
            for wat, reden in (
                ("Nog niet helemaal opgeschoond", uitkomst.niet_opgeschoond),
                ("Niet vastgelegd in het logboek", uitkomst.niet_vastgelegd),
            )
            if reden
        ]
        if nog:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Definitief gewist",
                exact("\n\n".join([f"‘{uitkomst.naam}’ is definitief gewist.", *nog])),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def show_logboek(self) -> None:
        from desktop_app.ui.opslag.logboek import logboek_van

        gezin = self._open_gezin()
        if gezin is None:
            return
        try:
            dialog = logboek_van(self.workspace, gezin, self)
        except OSError as exc:
            QMessageBox.warning(
                self, "Logboek", f"Het logboek kon niet worden gelezen: {exc.strerror or exc}."
            )
            return
        dialog.exec()

    def show_gewist(self) -> None:
        from desktop_app.ui.opslag.logboek import gewiste_gezinnen

        gewiste_gezinnen(self.workspace, self).exec()


def _tijdlijn_tab(werkblad: Werkblad):
    from desktop_app.ui.tijdlijn.tab import TijdlijnTab

    tab = TijdlijnTab(werkblad.editor)
    tab.present_requested.connect(werkblad.present)
    return tab


def _bijeenkomsten_tab(werkblad: Werkblad):
    from desktop_app.ui.bijeenkomst.tab import BijeenkomstenTab

    return BijeenkomstenTab(werkblad.editor)


def _weging_tab(werkblad: Werkblad):
    from desktop_app.ui.weging.tab import WegingTab

    return WegingTab(werkblad.editor)


def _taakverdeling_tab(werkblad: Werkblad):
    from desktop_app.ui.taakverdeling.tab import TaakverdelingTab

    tab = TaakverdelingTab(werkblad.editor)
    tab.present_requested.connect(werkblad.present_bord)
    return tab
