"""The Overzicht tab: header, gezinsleden and betrokkenen of the open gezin."""

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
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
from desktop_app.ui.gezin.member_columns import (
    BETROKKENEN_STRETCH,
    LEDEN_STRETCH,
    betrokkenen_columns,
    gezinsleden_columns,
)
from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate
from desktop_app.ui.widgets.column_fit import ColumnFit
from desktop_app.ui.widgets.plain_text import exact
from desktop_app.ui.widgets.row_table import RowTableModel

TOONT = tabellen(Gezin, Gezinslid, Betrokkene, RegieToewijzing, AanspreekpuntToewijzing)
MIN_ROW_HEIGHT = 24  # px; compact rows, still room for a cell's combo box
MIN_ROWS_SHOWN = 3  # a new family's empty members table still looks like a table
MAX_LEDEN_SHARE = 0.6  # of the height below the header; the rest for the betrokkenen


class OverzichtTab(QWidget):
    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.overzicht: GezinOverzicht | None = None
        self.header = GezinHeader(self)
        self.leden_model = RowTableModel(gezinsleden_columns(self), self)
        self.betrokkenen_model = RowTableModel(betrokkenen_columns(self), self)
        self.leden_view = self._table(self.leden_model, "gezinsledenTabel")
        self.betrokkenen_view = self._table(self.betrokkenen_model, "betrokkenenTabel")
        self.leden_fit = ColumnFit(self.leden_view, stretch=LEDEN_STRETCH)
        self.betrokkenen_fit = ColumnFit(self.betrokkenen_view, stretch=BETROKKENEN_STRETCH)

        leden_box = self._section(
            "Gezinsleden", self.leden_view, "Gezins&lid toevoegen", self._add_lid, self._delete_lid
        )
        betrokkenen_box = self._section(
            "Betrokkenen",
            self.betrokkenen_view,
            "Betro&kkene toevoegen",
            self._add_betrokkene,
            self._delete_betrokkene,
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(leden_box)
        self.splitter.addWidget(betrokkenen_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.splitter.installEventFilter(self)
        self._splitter_by_hand = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

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
        rows = view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(max(view.fontMetrics().height() + 8, MIN_ROW_HEIGHT))
        return view

    def _section(self, title, view, add_label, add, delete) -> QWidget:
        """The title and its buttons on one line above the table: rows get the height."""
        caption = QLabel(title)
        caption.setObjectName("sectieTitel")
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
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addSpacing(12)
        top.addWidget(add_button)
        top.addWidget(delete_button)
        top.addStretch(1)
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(view)
        return section

    def show_gezin(self, gezin_id: int | None) -> None:
        if self.overzicht is None or self.overzicht.gezin.id != gezin_id:
            self._splitter_by_hand = False  # another family: its own number of members
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
        self.leden_model.set_rows(self.overzicht.leden)
        self.betrokkenen_model.set_rows(self.overzicht.betrokkenen)
        QTimer.singleShot(0, self._fit_leden_pane)  # after the columns: a scroll bar or not

    def eventFilter(self, watched, event) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_leden_pane()
        return False

    def _splitter_moved(self) -> None:
        self._splitter_by_hand = True

    def _fit_leden_pane(self) -> None:
        """Every gezinslid in view without scrolling (a family has fewer members than
        professionals around it), unless the user moved the divider by hand."""
        total = self.splitter.height() - self.splitter.handleWidth()
        if self._splitter_by_hand or total <= 0:
            return
        view = self.leden_view
        rows = max(self.leden_model.rowCount(), MIN_ROWS_SHOWN)
        scrollbar = view.horizontalScrollBar()
        need = (
            self.splitter.widget(0).sizeHint().height()
            - view.sizeHint().height()
            + view.horizontalHeader().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
            + (scrollbar.sizeHint().height() if scrollbar.maximum() > 0 else 0)
        )
        leden = min(need, int(total * MAX_LEDEN_SHARE))
        self.splitter.setSizes([leden, total - leden])

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
