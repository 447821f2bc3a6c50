"""The Bijeenkomsten tab: meetings of the open gezin, one of them in full."""

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.dates import format_date
from desktop_app.model.enums import (
    Aanwezig,
    AfspraakSoort,
    AfspraakStatus,
    BesluitSoort,
    BijeenkomstSoort,
    ChecklistStatus,
    Kolom,
    OudersPositie,
    Publiek,
    Zichtbaarheid,
)
from desktop_app.services.bijeenkomst import afspraken, bijeenkomsten, bouwstenen
from desktop_app.services.bijeenkomst import overzicht as bijeenkomst_overzicht
from desktop_app.services.core.workspace import Wijziging
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate
from desktop_app.ui.widgets.entry_list import EntryList, fit_text_column
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.row_table import Column, RowTableModel

NIEMAND = 0
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


# Three columns share a laptop's width: the text needs it more than the audience does.
SHORT_AUDIENCE = {
    Zichtbaarheid.IEDEREEN: "Iedereen",
    Zichtbaarheid.PROFESSIONALS: "Prof.",
    Zichtbaarheid.VERTROUWELIJK: "Vertr.",
}


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{DAYS[local.weekday()]} {local.strftime('%d-%m-%Y %H:%M')}"


def _labels(enum) -> list[tuple[str, str]]:
    return [(m.label, m.value) for m in enum]


class BijeenkomstenTab(QWidget):
    def __init__(self, editor: Editor):
        super().__init__()
        self.editor = editor
        self.gezin_id: int | None = None
        self.bijeenkomst = None
        self.state = None  # everything shown of the selected meeting, read in one go

        self.meetings = QListWidget()
        self.meetings.setObjectName("bijeenkomstenLijst")
        self.meetings.setSpacing(4)
        self.meetings.currentItemChanged.connect(self._meeting_chosen)
        new = QPushButton("Nieuwe bijeenkomst")
        new.clicked.connect(self.new_meeting)
        self.next_button = QPushButton("Volgende plannen")
        self.next_button.clicked.connect(self.plan_next)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.meetings, 1)
        left_layout.addWidget(new)
        left_layout.addWidget(self.next_button)

        self.detail = QWidget()
        self.detail.setObjectName("bijeenkomstDetail")  # style: a finalised record stays legible
        self._build_detail()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.detail)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1180])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        present = QAction(self)
        present.setShortcut("F5")
        present.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        present.triggered.connect(self.present)
        self.addAction(present)
        for number, section in enumerate(self._sections(), start=1):
            jump = QAction(self)
            jump.setShortcut(f"Alt+{number}")
            jump.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            jump.triggered.connect(lambda _=False, widget=section: self._go_to(widget))
            self.addAction(jump)
            box = section.parentWidget()
            while not isinstance(box, QGroupBox):
                box = box.parentWidget()
            if f"Alt+{number}" not in box.title():  # the columns share one box per line
                box.setTitle(f"{box.title()}   (Alt+{number})")

        add = QAction(self)
        add.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self._add_from_focus)
        self.addAction(add)

    # building

    def _build_detail(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("bijeenkomstBanner")
        self.banner.setWordWrap(True)
        self.moment = QDateTimeEdit()
        self.moment.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.moment.setCalendarPopup(True)
        self.moment.editingFinished.connect(self._moment_edited)
        self.soort = QComboBox()
        for label, value in _labels(BijeenkomstSoort):
            self.soort.addItem(label, value)
        self.soort.activated.connect(lambda: self._save(soort=self.soort.currentData()))
        self.locatie = QLineEdit()
        self.locatie.editingFinished.connect(lambda: self._save(locatie=self.locatie.text()))
        self.voorzitter, self.notulist = QComboBox(), QComboBox()
        self.voorzitter.activated.connect(
            lambda: self._save(voorzitter_id=self.voorzitter.currentData())
        )
        self.notulist.activated.connect(lambda: self._save(notulist_id=self.notulist.currentData()))
        self.volgende = QLineEdit()
        self.volgende.setPlaceholderText("dd-mm-jjjj")
        self.volgende.editingFinished.connect(lambda: self._save(volgende=self.volgende.text()))
        present = QPushButton("Presenteren (F5)")
        present.clicked.connect(self.present)
        self.finalise = QPushButton("Vaststellen")
        self.finalise.setObjectName("vaststellen")
        self.finalise.clicked.connect(self._finalise_or_reopen)
        head = QGroupBox("Bijeenkomst")
        form = QFormLayout(head)
        form.addRow("Datum en tijd", self.moment)
        form.addRow("Soort", self.soort)
        form.addRow("Locatie", self.locatie)
        form.addRow("Voorzitter", self.voorzitter)
        form.addRow("Notulist", self.notulist)
        form.addRow("Volgende bijeenkomst", self.volgende)

        self.attendance = RowTableModel(
            [
                Column("Wie", lambda row: row.naam),
                Column(
                    "Aanwezig",
                    lambda row: Aanwezig(row.status).label if row.status else "niet uitgenodigd",
                    self._set_attendance,
                    edit_value=lambda row: row.status or "",
                    choices=lambda: [("niet uitgenodigd", ""), *_labels(Aanwezig)],
                ),
            ],
            self,
        )
        self.attendance_view = _table(self.attendance, 0)
        attendees = QGroupBox("Aanwezigen")
        QVBoxLayout(attendees).addWidget(self.attendance_view)

        self.veranderd = QPlainTextEdit()
        self.veranderd.setObjectName("veranderd")
        self.veranderd.installEventFilter(self)
        self.veranderd.setMaximumHeight(110)
        changed = QGroupBox("Wat is er veranderd sinds de vorige bijeenkomst")
        QVBoxLayout(changed).addWidget(self.veranderd)

        self.columns: dict[str, EntryList] = {}
        columns = QHBoxLayout()
        for kolom in Kolom:
            model = RowTableModel(
                [
                    Column("Tekst", lambda p: p.tekst, self._punt_saver("tekst")),
                    Column(
                        "Voor",
                        lambda p: SHORT_AUDIENCE[p.zichtbaarheid],
                        self._punt_saver("zichtbaarheid"),
                        edit_value=lambda p: p.zichtbaarheid,
                        choices=lambda: _labels(Zichtbaarheid),
                        tooltip="Wie dit mag zien: iedereen, alleen professionals (prof.) "
                        "of vertrouwelijk (vertr.)",
                    ),
                ],
                self,
            )
            entry = EntryList(kolom.label, model, f"{kolom.label}: typ en Enter")
            entry.added.connect(lambda text, z, k=kolom: self._add_punt(k, text, z))
            self.columns[kolom] = entry
            columns.addWidget(entry)

        self.besluiten = RowTableModel(
            [
                Column("Besluit", lambda b: b.tekst),
                Column("Soort", lambda b: BesluitSoort(b.soort).label),
                Column("Ouders", lambda b: OudersPositie(b.ouders_positie).label),
                Column("In hun woorden", lambda b: b.ouders_woorden),
                Column(
                    "Gedragswetenschapper",
                    lambda b: self._person_names.get(b.gedragswetenschapper_id, ""),
                ),
            ],
            self,
        )
        self.besluit_entry = EntryList(
            "Besluiten", self.besluiten, "Besluit: typ en Enter", audience=False
        )
        self.besluit_soort, self.besluit_positie = QComboBox(), QComboBox()
        for label, value in _labels(BesluitSoort):
            self.besluit_soort.addItem(label, value)
        for label, value in _labels(OudersPositie):
            self.besluit_positie.addItem(label, value)
        self.besluit_woorden = QLineEdit()
        self.besluit_woorden.setPlaceholderText("Wat zeggen de ouders zelf?")
        self.besluit_woorden.returnPressed.connect(self.besluit_entry.submit)
        self.besluit_gw = narrow(QComboBox(), 8)
        narrow(self.besluit_positie, 8)
        self._person_names: dict[int, str] = {}
        self._reset_besluit()
        extra = QHBoxLayout()
        for label, widget in (
            ("Soort", self.besluit_soort),
            ("Ouders", self.besluit_positie),
            (None, self.besluit_woorden),
            ("Geraadpleegd", self.besluit_gw),
        ):
            if label:
                extra.addWidget(_buddy(label, widget))
            extra.addWidget(widget, 1 if widget is self.besluit_woorden else 0)
        self.besluit_entry.layout().addLayout(extra)
        self.besluit_entry.added.connect(lambda text, _z: self._add_besluit(text))

        self.afspraken = RowTableModel(
            [
                Column("Afspraak", lambda a: a.tekst),
                Column("Soort", lambda a: AfspraakSoort(a.soort).label),
                Column("Wie", lambda a: self._owner_names.get(a.id, "")),
                Column("Wanneer", lambda a: format_date(a.deadline)),
                Column(
                    "Status",
                    lambda a: AfspraakStatus(a.status).label,
                    self._set_afspraak_status,
                    edit_value=lambda a: a.status,
                    choices=lambda: _labels(AfspraakStatus),
                ),
            ],
            self,
        )
        self._owner_names: dict[int, str] = {}
        self.afspraak_entry = EntryList(
            "Afspraken (open, van alle bijeenkomsten)", self.afspraken, "Afspraak: typ en Enter"
        )
        self.afspraak_soort, self.afspraak_wie = narrow(QComboBox()), narrow(QComboBox())
        for label, value in _labels(AfspraakSoort):
            self.afspraak_soort.addItem(label, value)
        self.afspraak_deadline = QLineEdit()
        self.afspraak_deadline.setPlaceholderText("dd-mm-jjjj")
        self.afspraak_deadline.returnPressed.connect(self.afspraak_entry.submit)
        extra = QHBoxLayout()
        for label, widget in (("Soort", self.afspraak_soort), ("Wie", self.afspraak_wie),
                              ("Uiterlijk", self.afspraak_deadline)):  # fmt: skip
            extra.addWidget(_buddy(label, widget))
            extra.addWidget(widget)
        self.afspraak_entry.layout().addLayout(extra)
        self.afspraak_entry.added.connect(self._add_afspraak)

        self.checklist = RowTableModel(
            [
                Column("Bouwsteen", lambda a: self._bouwsteen_names.get(a.bouwsteen, a.bouwsteen)),
                Column(
                    "Vraag",
                    lambda a: ("↻ " if a.item_id in self._suggested else "") + a.tekst,
                    tooltip="↻ bleef open in de vorige bijeenkomst",
                ),  # fmt: skip
                Column(
                    "Status",
                    lambda a: ChecklistStatus(a.status).label,
                    self._answer_saver("status"),
                    edit_value=lambda a: a.status,
                    choices=lambda: _labels(ChecklistStatus),
                ),
                Column("Notitie", lambda a: a.notitie, self._answer_saver("notitie")),
            ],
            self,
        )
        self._bouwsteen_names = bouwstenen.namen()
        self._suggested: set[int] = set()
        self.checklist_view = _table(self.checklist, 1)
        self.checklist_view.setObjectName("checklist")
        self.progress = QLabel()
        self.progress.setObjectName("voortgang")
        self.progress.setWordWrap(True)
        checklist = QGroupBox("Bouwstenen")
        checklist_layout = QVBoxLayout(checklist)
        checklist_layout.addWidget(self.progress)
        checklist_layout.addWidget(self.checklist_view)

        grid = QGridLayout(self.detail)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(present)
        top.addWidget(self.finalise)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(head, 1, 0)
        grid.addWidget(attendees, 1, 1)
        grid.addWidget(changed, 2, 0, 1, 2)
        grid.addLayout(columns, 3, 0, 1, 2)
        grid.addWidget(self.besluit_entry, 4, 0, 1, 2)
        grid.addWidget(self.afspraak_entry, 5, 0, 1, 2)
        grid.addWidget(checklist, 6, 0, 1, 2)
        for row, height in ((3, 220), (4, 200), (5, 220), (6, 420)):
            grid.setRowMinimumHeight(row, height)
        self.editable = [head, attendees, changed, *self.columns.values(), self.besluit_entry,
                         self.afspraak_entry, checklist]  # fmt: skip

    # showing

    def show_gezin(self, gezin_id: int | None) -> None:
        self.gezin_id = gezin_id
        self._reload(select_last=True)

    def on_change(self, change: Wijziging) -> None:
        if self.gezin_id in change.gezin_ids or not change.gezin_ids:
            self._reload()

    def _reload(self, select_last: bool = False) -> None:
        if self.gezin_id is None:
            return
        chosen = self.bijeenkomst.id if self.bijeenkomst and not select_last else None
        meetings = self.editor.workspace.read(bijeenkomsten.van_gezin, self.gezin_id)
        self.meetings.blockSignals(True)
        self.meetings.clear()
        for meeting in meetings:
            mark = "  ✓ vastgesteld" if meeting.vastgesteld else ""
            item = QListWidgetItem(
                f"{_when(meeting.moment)}\n{BijeenkomstSoort(meeting.soort).label}{mark}"
            )
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings.addItem(item)
        self.meetings.blockSignals(False)
        ids = [m.id for m in meetings]
        row = ids.index(chosen) if chosen in ids else len(ids) - 1
        self.meetings.setCurrentRow(row)
        self._show(meetings[row].id if ids else None)

    def select(self, bijeenkomst_id: int) -> bool:
        for row in range(self.meetings.count()):
            if self.meetings.item(row).data(Qt.ItemDataRole.UserRole) == bijeenkomst_id:
                self.meetings.setCurrentRow(row)
                return True
        return False

    def _meeting_chosen(self, current, _previous) -> None:
        if current is not None:
            self._show(current.data(Qt.ItemDataRole.UserRole))

    def _show(self, bijeenkomst_id: int | None) -> None:
        self.detail.setVisible(bijeenkomst_id is not None)
        self.next_button.setEnabled(bijeenkomst_id is not None)
        if bijeenkomst_id is None:
            self.bijeenkomst = None
            return
        s = self.editor.workspace.read(bijeenkomst_overzicht.laad, bijeenkomst_id)
        self.state, self.bijeenkomst = s, s.bijeenkomst
        b = self.bijeenkomst
        fields = (
            self.moment,
            self.soort,
            self.locatie,
            self.voorzitter,
            self.notulist,
            self.volgende,
        )
        blockers = [QSignalBlocker(widget) for widget in fields]  # showing is not editing
        self.moment.setDateTime(QDateTime(b.moment.astimezone()))
        self.soort.setCurrentIndex(self.soort.findData(b.soort))
        self.locatie.setText(b.locatie)
        for combo, value in ((self.voorzitter, b.voorzitter_id), (self.notulist, b.notulist_id),
                             (self.besluit_gw, None), (self.afspraak_wie, None)):  # fmt: skip
            combo.clear()
            combo.addItem("—", NIEMAND)
            if combo is self.afspraak_wie:
                combo.addItem("Ouders", ("ouders", None))
                for lid in s.leden:
                    combo.addItem(lid.naam, ("gezinslid", lid.id))
            for person in s.betrokkenen:
                data = ("betrokkene", person.id) if combo is self.afspraak_wie else person.id
                combo.addItem(f"{person.naam} ({person.rol})" if person.rol else person.naam, data)
            combo.setCurrentIndex(max(0, combo.findData(value or NIEMAND)))
        self.volgende.setText(format_date(b.volgende))
        for blocker in blockers:
            blocker.unblock()
        if not self.veranderd.hasFocus():
            self.veranderd.setPlainText(b.veranderd)
        self.attendance.set_rows(s.uitnodigingen)
        for kolom, entry in self.columns.items():
            entry.model.set_rows([p for p in s.punten if p.kolom == kolom])
        self._person_names = {p.id: p.naam for p in s.betrokkenen}
        self.besluiten.set_rows(s.besluiten)
        self._owner_names = s.eigenaars
        self.afspraken.set_rows(s.open_afspraken)
        self._suggested = s.suggesties
        self.checklist.set_rows(s.antwoorden)
        names = self._bouwsteen_names
        self.progress.setText(
            "   ".join(
                f"{names.get(k, k)} {done}/{total}" for k, (done, total) in s.voortgang.items()
            )
        )
        self._show_status()

    def _show_status(self) -> None:
        b, s = self.bijeenkomst, self.state
        if s.ouders_aanwezig:
            who = "Ouders aanwezig: getoond wordt alleen wat voor iedereen."
        elif s.publiek is Publiek.OUDERS:
            who = "Gezin aanwezig of aanwezigheid nog open: getoond wordt alleen wat voor iedereen."
        else:
            who = (
                "Geen ouders of gezinsleden aanwezig: getoond wordt ook wat voor professionals is."
            )
        status = f"Vastgesteld op {_when(b.vastgesteld)}" if b.vastgesteld else "Concept"
        reopened = [entry for entry in self.state.logboek if entry.actie == "heropend"]
        if reopened:  # a reopened record says so, with why, wherever it is read
            last = reopened[-1]
            by = f" door {last.door}" if last.door else ""
            status += f" · heropend op {_when(last.op)}{by}: {escape(last.reden)}"
        self.banner.setText(f"<b>{_when(b.moment)}</b> · {status} · {who}")
        self.banner.setToolTip(
            "\n".join(
                f"{_when(e.op)} {e.actie} {e.door} {e.reden}".strip() for e in self.state.logboek
            )  # fmt: skip
        )
        self.finalise.setText("Heropenen…" if b.vastgesteld else "Vaststellen")
        for widget in self.editable:
            widget.setEnabled(b.vastgesteld is None)

    # editing

    def _save(self, **change) -> None:
        if self.bijeenkomst is not None:
            self.editor.run(
                "Bijeenkomst wijzigen", bijeenkomsten.wijzig, self.bijeenkomst.id, **change
            )

    def _moment_edited(self) -> None:
        moment = self.moment.dateTime().toPython().astimezone(UTC)
        if self.bijeenkomst and moment != self.bijeenkomst.moment:
            self.editor.run("Datum wijzigen", bijeenkomsten.verzet, self.bijeenkomst.id, moment)

    def eventFilter(self, watched, event):
        if watched is self.veranderd and event.type() == event.Type.FocusOut and self.bijeenkomst:
            if self.veranderd.toPlainText() != self.bijeenkomst.veranderd:
                self._save(veranderd=self.veranderd.toPlainText())
        return False

    def _set_attendance(self, row, status) -> bool:
        kind, person_id = row.id
        return self.editor.run(
            "Aanwezigheid", bijeenkomsten.zet_aanwezigheid, self.bijeenkomst.id, status or None,
            **{f"{kind}_id": person_id},
        )  # fmt: skip

    def _punt_saver(self, field):
        return lambda p, value: self.editor.run(
            "Punt wijzigen", bijeenkomsten.wijzig_punt, p.id, **{field: value}
        )

    def _answer_saver(self, field):
        return lambda a, value: self.editor.run(
            "Bouwsteen", bouwstenen.beantwoord, a.id, **{field: value}
        )

    def _add_punt(self, kolom, text: str, zichtbaarheid: str) -> None:
        if self.editor.run(
            kolom.label,
            bijeenkomsten.voeg_punt_toe,
            self.bijeenkomst.id,
            kolom,
            text,
            zichtbaarheid,
        ):
            self.columns[kolom].accepted()

    def _add_besluit(self, text: str) -> None:
        if self.editor.run(
            "Besluit", bijeenkomsten.neem_besluit, self.bijeenkomst.id, text,
            self.besluit_soort.currentData(), self.besluit_positie.currentData(),
            self.besluit_woorden.text(), self.besluit_gw.currentData() or None,
        ):  # fmt: skip
            self.besluit_entry.accepted()
            self._reset_besluit()

    def _reset_besluit(self) -> None:
        """Each decision asks afresh: a position left from the last one would be recorded as
        what the parents said."""
        self.besluit_soort.setCurrentIndex(self.besluit_soort.findData(BesluitSoort.GEWOON))
        positie = OudersPositie.NIET_GEVRAAGD
        self.besluit_positie.setCurrentIndex(self.besluit_positie.findData(positie))
        self.besluit_woorden.setText("")
        self.besluit_gw.setCurrentIndex(0)

    def _add_afspraak(self, text: str, zichtbaarheid: str) -> None:
        owner = self.afspraak_wie.currentData()
        if self.editor.run(
            "Afspraak", afspraken.maak, self.gezin_id, text, tuple(owner) if owner else ("", None),
            soort=self.afspraak_soort.currentData(), deadline=self.afspraak_deadline.text() or None,
            zichtbaarheid=zichtbaarheid, bijeenkomst_id=self.bijeenkomst.id,
        ):  # fmt: skip
            self.afspraak_entry.accepted()
            self.afspraak_deadline.clear()

    def _set_afspraak_status(self, afspraak, status) -> bool:
        return self.editor.run("Afspraak", afspraken.zet_status, afspraak.id, status)

    def _add_from_focus(self) -> None:
        """Ctrl+Enter adds what is typed in the section that has the focus."""
        for entry in (*self.columns.values(), self.besluit_entry, self.afspraak_entry):
            if entry.isAncestorOf(self.focusWidget()) or entry.line.hasFocus():
                entry.submit()
                return

    def _go_to(self, widget: QWidget) -> None:
        widget.setFocus()
        self.scroll.ensureWidgetVisible(widget, 40, 120)  # with some of its table above it

    def _sections(self) -> list[QWidget]:
        """Alt+1 … Alt+9: where the keyboard goes, in the order of the meeting."""
        return [
            self.locatie,
            self.attendance_view,
            self.veranderd,
            *(entry.line for entry in self.columns.values()),
            self.besluit_entry.line,
            self.afspraak_entry.line,
            self.checklist_view,
        ]

    def present(self) -> None:
        from desktop_app.ui.bijeenkomst.presentatie import start_presentation

        if self.bijeenkomst is not None:
            start_presentation(self.editor, self.gezin_id, self.bijeenkomst.id)

    def new_meeting(self) -> None:
        now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
        if self.editor.run(
            "Nieuwe bijeenkomst", bijeenkomsten.maak, self.gezin_id, now.astimezone(UTC)
        ):
            self._reload(select_last=True)

    def plan_next(self) -> None:
        if self.bijeenkomst and self.editor.run(
            "Volgende bijeenkomst", bijeenkomsten.plan_volgende, self.bijeenkomst.id
        ):
            self._reload(select_last=True)

    def _finalise_or_reopen(self) -> None:
        if self.bijeenkomst.vastgesteld is None:
            self.editor.run("Vaststellen", bijeenkomsten.stel_vast, self.bijeenkomst.id)
            return
        reden, ok = QInputDialog.getText(
            self, "Heropenen", "Waarom wordt deze bijeenkomst heropend?"
        )
        if ok:
            self.editor.run("Heropenen", bijeenkomsten.heropen, self.bijeenkomst.id, reden)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _table(model, stretch: int):
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(view))
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
    fit_text_column(view, stretch)
    return view
