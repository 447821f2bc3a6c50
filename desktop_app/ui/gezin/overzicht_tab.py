"""The Overzicht tab: header, gezinsleden and betrokkenen of the open gezin."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import (
    AanspreekpuntToewijzing,
    Betrokkene,
    Gezin,
    Gezinslid,
    RegieToewijzing,
)
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.gezin import betrokkenen, gezinsleden, overzicht
from desktop_app.services.gezin.overzicht import GezinOverzicht
from desktop_app.ui.edits import Editor
from desktop_app.ui.gezin.gezin_header import GezinHeader
from desktop_app.ui.gezin.member_columns import betrokkenen_columns, gezinsleden_columns
from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate
from desktop_app.ui.widgets.plain_text import exact
from desktop_app.ui.widgets.row_table import RowTableModel

TOONT = tabellen(Gezin, Gezinslid, Betrokkene, RegieToewijzing, AanspreekpuntToewijzing)


class OverzichtTab(QWidget):
    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.overzicht: GezinOverzicht | None = None
        self._sized_for: int | None = None  # gezin whose tables were last fitted to content
        self.header = GezinHeader(self)
        self.leden_model = RowTableModel(gezinsleden_columns(self), self)
        self.betrokkenen_model = RowTableModel(betrokkenen_columns(self), self)
        self.leden_view = self._table(self.leden_model, "gezinsledenTabel")
        self.betrokkenen_view = self._table(self.betrokkenen_model, "betrokkenenTabel")

        leden_box = self._section(
            "Gezinsleden", self.leden_view, "Gezinslid toevoegen", self._add_lid, self._delete_lid
        )
        betrokkenen_box = self._section(
            "Betrokkenen",
            self.betrokkenen_view,
            "Betrokkene toevoegen",
            self._add_betrokkene,
            self._delete_betrokkene,
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(leden_box)
        splitter.addWidget(betrokkenen_box)
        splitter.setStretchFactor(0, 2)  # a family has fewer members than professionals around it
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

    def _table(self, model: RowTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(view))
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    def _section(self, title, view, add_label, add, delete) -> QGroupBox:
        box = QGroupBox(title)
        add_button = QPushButton(add_label)
        add_button.setObjectName(f"{title.lower()}Toevoegen")
        add_button.clicked.connect(add)
        delete_button = QPushButton("Verwijderen…")
        delete_button.clicked.connect(delete)
        remove = QAction("Verwijderen", view)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(delete)
        view.addAction(remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add_button)
        buttons.addWidget(delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addLayout(buttons)
        return box

    def show_gezin(self, gezin_id: int | None) -> None:
        self.overzicht = (
            None if gezin_id is None else self.editor.workspace.read(overzicht.laad, gezin_id)
        )
        self._show()

    def on_change(self, change: Wijziging) -> None:
        if self.overzicht and change.raakt(self.overzicht.gezin.id, TOONT):
            self.show_gezin(self.overzicht.gezin.id)

    def _show(self) -> None:
        if self.overzicht is None:
            return
        self.header.show_overzicht(self.overzicht)
        first_fill = self._sized_for != self.overzicht.gezin.id
        self._sized_for = self.overzicht.gezin.id
        self.leden_model.set_rows(self.overzicht.leden)
        self.betrokkenen_model.set_rows(self.overzicht.betrokkenen)
        if first_fill:
            for view in (self.leden_view, self.betrokkenen_view):
                view.resizeColumnsToContents()

    def _add_lid(self) -> None:
        self._add(self.leden_view, "Gezinslid toevoegen", gezinsleden.voeg_toe, "Nieuw gezinslid")

    def _add_betrokkene(self) -> None:
        self._add(
            self.betrokkenen_view, "Betrokkene toevoegen", betrokkenen.voeg_toe, "Nieuwe betrokkene"
        )

    def _add(self, view: QTableView, label: str, add, placeholder: str) -> None:
        """Add a row with a placeholder name and put the cursor in its name cell."""
        gezin_id = self.overzicht.gezin.id
        before = {r.id for r in view.model().rows}
        if not self.editor.run(label, add, gezin_id, placeholder):
            return
        model: RowTableModel = view.model()
        new_id = next(r.id for r in model.rows if r.id not in before)
        index = model.index(model.row_of_id(new_id), 0)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def _delete_lid(self) -> None:
        self._delete(self.leden_view, "Gezinslid", gezinsleden.verwijder)

    def _delete_betrokkene(self) -> None:
        self._delete(self.betrokkenen_view, "Betrokkene", betrokkenen.verwijder)

    def _delete(self, view: QTableView, kind: str, remove) -> None:
        index = view.currentIndex()
        if not index.isValid():
            return
        row = view.model().rows[index.row()]
        answer = QMessageBox.question(
            self,
            f"{kind} verwijderen",
            exact(f"{kind} ‘{row.naam}’ verwijderen uit {self.overzicht.gezin.naam}?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.editor.run(f"{kind} verwijderen", remove, row.id)
