"""The chosen card in full: every field editable, saved as it is left, and its history."""

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Betrokkene, Gezinslid
from desktop_app.model.dates import format_date, format_moment
from desktop_app.model.enums import AfspraakSoort, AfspraakStatus, Zichtbaarheid
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.taakverdeling.afspraken import OUDERS
from desktop_app.services.taakverdeling.kaarten import Kaart
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.narrow_combo import enum_combo, narrow
from desktop_app.ui.widgets.plain_text import plain


class KaartPanel(QWidget):
    sluiten = Signal()  # Esc or the close button: back to the board

    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.kaart: Kaart | None = None
        self.heading = plain(QLabel("Kies een kaart op het bord."))
        self.heading.setWordWrap(True)
        close = QPushButton("Terug naar het bord (Esc)")
        close.clicked.connect(self.sluiten.emit)
        QShortcut(QKeySequence("Esc"), self, activated=self.sluiten.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        self.tekst, self.deelresultaat, self.deadline = QLineEdit(), QLineEdit(), QLineEdit()
        self.deelresultaat.setPlaceholderText("Wanneer is het klaar? Bijv. ‘brief verstuurd’")
        self.deadline.setPlaceholderText("dd-mm-jjjj")
        self.soort, self.status = enum_combo(AfspraakSoort), enum_combo(AfspraakStatus)
        self.zichtbaarheid = enum_combo(Zichtbaarheid)
        self.wie = narrow(QComboBox())
        self.mede = QListWidget()
        self.mede.setMaximumHeight(110)
        self.geschiedenis = QListWidget()
        self.geschiedenis.setObjectName("afspraakGeschiedenis")
        self.form = QWidget()
        form = QFormLayout(self.form)
        for label, widget in (
            ("Wat", self.tekst), ("Klaar als", self.deelresultaat), ("Soort", self.soort),
            ("Wie", self.wie), ("Samen met", self.mede), ("Uiterlijk", self.deadline),
            ("Status", self.status), ("Zichtbaar voor", self.zichtbaarheid),
            ("Geschiedenis", self.geschiedenis),
        ):  # fmt: skip
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.form, 1)
        layout.addWidget(close)
        self.form.setEnabled(False)
        for line, field in ((self.tekst, "tekst"), (self.deelresultaat, "deelresultaat"),
                            (self.deadline, "deadline")):  # fmt: skip
            line.editingFinished.connect(lambda f=field, w=line: self._edit(f, w.text()))
        for combo, field in ((self.soort, "soort"), (self.zichtbaarheid, "zichtbaarheid")):
            combo.activated.connect(lambda _i, f=field, c=combo: self._edit(f, c.currentData()))
        self.status.activated.connect(self._set_status)
        self.wie.activated.connect(self._reassign)
        self.mede.itemChanged.connect(self._share)

    def toon(
        self, kaart: Kaart | None, leden: list[Gezinslid], betrokkenen: list[Betrokkene]
    ) -> None:
        self.kaart = kaart
        self.form.setEnabled(kaart is not None)
        if kaart is None:
            self.heading.setText("Kies een kaart op het bord.")
            return
        self.heading.setText(kaart.tekst)
        fields = (self.tekst, self.deelresultaat, self.deadline, self.soort, self.status,
                  self.zichtbaarheid, self.wie, self.mede)  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in fields]  # showing is not editing
        self.tekst.setText(kaart.tekst)
        self.deelresultaat.setText(kaart.deelresultaat)
        self.deadline.setText(format_date(kaart.deadline))
        for combo, value in ((self.soort, kaart.soort), (self.status, kaart.status),
                             (self.zichtbaarheid, kaart.zichtbaarheid)):  # fmt: skip
            combo.setCurrentIndex(combo.findData(value))
        people = [("gezinslid", lid.id, lid.naam) for lid in leden]
        people += [("betrokkene", b.id, b.naam_en_rol) for b in betrokkenen]
        self.wie.clear()
        self.wie.addItem("Ouders", OUDERS)
        for kind, person_id, naam in people:
            self.wie.addItem(naam, (kind, person_id))
        self.wie.setCurrentIndex(max(0, self.wie.findData(kaart.eigenaar)))
        self.mede.clear()
        for kind, person_id, naam in people:
            item = QListWidgetItem(naam)
            item.setData(Qt.ItemDataRole.UserRole, (kind, person_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shared = (kind, person_id) in kaart.mede
            item.setCheckState(Qt.CheckState.Checked if shared else Qt.CheckState.Unchecked)
            self.mede.addItem(item)
        for blocker in blockers:
            blocker.unblock()
        self.geschiedenis.clear()
        for change in reversed(self.editor.workspace.read(afspraken.geschiedenis, kaart.id)):
            self.geschiedenis.addItem(
                f"{format_moment(change.op)} {change.door}: {change.veld}: "
                + (f"{change.oud} → {change.nieuw}" if change.oud else change.nieuw)
            )

    def _edit(self, field: str, value) -> None:
        if self.kaart is not None:
            self.editor.run("Afspraak wijzigen", afspraken.wijzig, self.kaart.id, **{field: value})

    def _set_status(self) -> None:
        if self.kaart is not None:
            self.editor.run(
                "Status wijzigen", afspraken.zet_status, self.kaart.id, self.status.currentData()
            )

    def _reassign(self) -> None:
        if self.kaart is not None:
            owner = tuple(self.wie.currentData())
            self.editor.run("Afspraak toewijzen", afspraken.wijs_toe, self.kaart.id, owner)

    def _share(self) -> None:
        chosen = [
            tuple(self.mede.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.mede.count())
            if self.mede.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.editor.run("Samen met", afspraken.zet_mede_eigenaars, self.kaart.id, chosen)
