"""The side panel: every field of the selected item, editable, and its history."""

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Gebeurtenis
from desktop_app.model.enums import HulpStatus, Zichtbaarheid
from desktop_app.model.fuzzy_date import FuzzyDate, format_period
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.plain_text import plain

GEEN = ""


class DetailPanel(QWidget):
    patternEditRequested = Signal(int)  # pattern id
    patternDeleteRequested = Signal(int)

    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.item_id: int | None = None
        self.heading = plain(QLabel("Kies een gebeurtenis op de tijdlijn."))
        self.heading.setWordWrap(True)
        self.heading.setObjectName("detailKop")
        self.titel = QLineEdit()
        self.titel.setObjectName("detailTitel")
        self.datum = QLineEdit()
        self.datum.setObjectName("detailDatum")
        self.datum.setToolTip(
            "Bijv. 12-3-2019, mrt 2019, voorjaar 2018, eind 2016, ca. 2005 of 2017-2018"
        )
        self.categorie = QComboBox()
        self.zichtbaarheid = QComboBox()
        for z in Zichtbaarheid:
            self.zichtbaarheid.addItem(z.label, z.value)
        self.hulpstatus = QComboBox()
        self.hulpstatus.addItem("—", GEEN)
        for status in HulpStatus:
            self.hulpstatus.addItem(status.label, status.value)
        self.bron = QLineEdit()
        self.bron.setPlaceholderText("Wie zegt dit? Bijv. ‘volgens school’")
        self.omschrijving = QPlainTextEdit()
        self.omschrijving.setMaximumHeight(90)
        self.omschrijving.setTabChangesFocus(True)  # Tab leaves the field; it never types
        self.personen = QListWidget()
        self.personen.setMaximumHeight(130)
        self.geschiedenis = QListWidget()
        self.geschiedenis.setObjectName("detailGeschiedenis")

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow("Titel", self.titel)
        form.addRow("Datum", self.datum)
        form.addRow("Categorie", self.categorie)
        form.addRow("Zichtbaar voor", self.zichtbaarheid)
        form.addRow("Status hulp", self.hulpstatus)
        form.addRow("Bron", self.bron)
        form.addRow("Omschrijving", self.omschrijving)
        form.addRow("Gaat over", self.personen)
        form.addRow("Geschiedenis", self.geschiedenis)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form, 1)
        layout.addWidget(self._pattern_section())
        self.form.setEnabled(False)

        self.titel.editingFinished.connect(
            lambda: self._save("Titel wijzigen", titel=self.titel.text())
        )
        self.datum.editingFinished.connect(
            lambda: self._save("Datum wijzigen", datum=self.datum.text())
        )
        self.bron.editingFinished.connect(
            lambda: self._save("Bron wijzigen", bron=self.bron.text())
        )
        self.categorie.activated.connect(
            lambda: self._save("Categorie wijzigen", categorie_id=self.categorie.currentData())
        )
        self.zichtbaarheid.activated.connect(
            lambda: self._save(
                "Zichtbaarheid wijzigen", zichtbaarheid=self.zichtbaarheid.currentData()
            )
        )
        self.hulpstatus.activated.connect(
            lambda: self._save("Status hulp wijzigen", hulpstatus=self.hulpstatus.currentData())
        )
        self.personen.itemChanged.connect(self._persons_changed)
        self.omschrijving.installEventFilter(self)

    def _pattern_section(self) -> QWidget:
        """The patterns of the selected item (or the one chosen), to change or delete."""
        self.patronen = QListWidget()
        self.patronen.setObjectName("detailPatronen")
        self.patronen.setMaximumHeight(64)
        self.patronen.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.patronen.customContextMenuRequested.connect(self._pattern_menu)
        self.context_menu = QMenu(self)
        self.patronen.itemDoubleClicked.connect(
            lambda entry: self.patternEditRequested.emit(entry.data(Qt.ItemDataRole.UserRole))
        )
        self.patroon_wijzigen = QPushButton("Wijzigen…")
        self.patroon_wijzigen.setObjectName("patroonWijzigen")
        self.patroon_verwijderen = QPushButton("Verwijderen…")
        self.patroon_verwijderen.setObjectName("patroonVerwijderen")
        self.patroon_wijzigen.clicked.connect(lambda: self._on_chosen(self.patternEditRequested))
        self.patroon_verwijderen.clicked.connect(
            lambda: self._on_chosen(self.patternDeleteRequested)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.patroon_wijzigen)
        buttons.addWidget(self.patroon_verwijderen)
        section = QWidget()
        box = QVBoxLayout(section)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel("Patronen"))
        box.addWidget(self.patronen)
        box.addLayout(buttons)
        self.show_patterns([])
        return section

    def show_patterns(self, patterns: list[tuple[int, str]]) -> None:
        """(id, name) of the patterns to offer; the first is chosen."""
        self.patronen.clear()
        for pattern_id, naam in patterns:
            entry = QListWidgetItem(naam)
            entry.setData(Qt.ItemDataRole.UserRole, pattern_id)
            self.patronen.addItem(entry)
        if not patterns:
            self.patronen.addItem("Geen")
            self.patronen.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
            self.patronen.item(0).setToolTip(
                "Ctrl+klik twee of meer gebeurtenissen (of ← → en spatie), dan Meer → "
                "Markeer als patroon… (Ctrl+M)"
            )
        self.patronen.setCurrentRow(0 if patterns else -1)
        for button in (self.patroon_wijzigen, self.patroon_verwijderen):
            button.setEnabled(bool(patterns))

    def _on_chosen(self, signal) -> None:
        entry = self.patronen.currentItem()
        if entry is not None and entry.data(Qt.ItemDataRole.UserRole) is not None:
            signal.emit(entry.data(Qt.ItemDataRole.UserRole))

    def _pattern_menu(self, position) -> None:
        entry = self.patronen.itemAt(position)
        if entry is None or entry.data(Qt.ItemDataRole.UserRole) is None:
            return
        pattern_id = entry.data(Qt.ItemDataRole.UserRole)
        menu = self.context_menu
        menu.clear()
        menu.addAction("Patroon wijzigen…", lambda: self.patternEditRequested.emit(pattern_id))
        menu.addAction("Patroon verwijderen…", lambda: self.patternDeleteRequested.emit(pattern_id))
        menu.popup(self.patronen.viewport().mapToGlobal(position))

    def eventFilter(self, watched, event):
        if watched is self.omschrijving and event.type() == event.Type.FocusOut:
            self._save("Omschrijving wijzigen", omschrijving=self.omschrijving.toPlainText())
        return False

    def show_item(self, item_id: int | None, categorieen, leden, derived_title: str = "") -> None:
        """Show an item; 0 is a read-only item derived from regie history."""
        self.item_id = item_id or None
        self.form.setEnabled(bool(item_id))
        if not item_id:
            self._clear()  # nothing of the previous item may linger, greyed out or not
            derived = f"{derived_title}\n(uit de regiegeschiedenis; wijzig dit op het Overzicht)"
            self.heading.setText(
                derived if derived_title else "Kies een gebeurtenis op de tijdlijn."
            )
            return
        item, personen, history = self.editor.workspace.read(_load, item_id)
        if item is None:
            self.show_item(None, categorieen, leden)
            return
        self.heading.setText(item.titel)
        self._fill(item, personen, history, categorieen, leden)

    def _clear(self) -> None:
        for widget in (self.titel, self.datum, self.bron, self.omschrijving, self.personen,
                       self.geschiedenis):  # fmt: skip
            with QSignalBlocker(widget):
                widget.clear()

    def _fill(self, item: Gebeurtenis, personen, history, categorieen, leden) -> None:
        fields = (self.titel, self.datum, self.bron, self.categorie, self.zichtbaarheid,
                  self.hulpstatus, self.personen, self.omschrijving)  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in fields]  # showing is not editing
        self.titel.setText(item.titel)
        self.datum.setText(
            format_period(FuzzyDate.from_storage(item.start), FuzzyDate.from_storage(item.einde))
        )
        self.bron.setText(item.bron)
        self.omschrijving.setPlainText(item.omschrijving)
        self.categorie.clear()
        for cat in categorieen:
            self.categorie.addItem(cat.naam, cat.id)
        self.categorie.setCurrentIndex(self.categorie.findData(item.categorie_id))
        self.zichtbaarheid.setCurrentIndex(self.zichtbaarheid.findData(item.zichtbaarheid))
        self.hulpstatus.setCurrentIndex(self.hulpstatus.findData(item.hulpstatus or GEEN))
        self.personen.clear()
        for lid in leden:
            entry = QListWidgetItem(lid.naam)
            entry.setData(Qt.ItemDataRole.UserRole, lid.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if lid.id in personen else Qt.CheckState.Unchecked
            )
            self.personen.addItem(entry)
        self.geschiedenis.clear()
        for change in reversed(history):
            when = change.op.astimezone().strftime("%d-%m-%Y %H:%M")
            what = (
                change.actie if not change.veld else f"{change.veld}: {change.oud} → {change.nieuw}"
            )
            self.geschiedenis.addItem(f"{when} {change.door}: {what}")
        for blocker in blockers:
            blocker.unblock()

    def focus_title(self) -> None:
        self.titel.setFocus()
        self.titel.selectAll()

    def _persons_changed(self) -> None:
        chosen = [
            self.personen.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.personen.count())
            if self.personen.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._save("Personen wijzigen", personen=chosen)

    def _save(self, label: str, **change) -> None:
        """Unchanged values leave no history and no undo step (the service compares)."""
        if self.item_id is not None:
            self.editor.run(label, gebeurtenissen.wijzig, self.item_id, **change)


def _load(session, item_id: int):
    item = session.get(Gebeurtenis, item_id)
    if item is None:
        return None, [], []
    return (
        item,
        gebeurtenissen.personen(session, item_id),
        gebeurtenissen.geschiedenis(session, item_id),
    )
