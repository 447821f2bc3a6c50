"""The Bijeenkomsten tab: meetings of the open gezin, one of them in full, in panels in the
order of the meeting."""

from datetime import UTC, datetime, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import (
    Aanwezigheid,
    Afspraak,
    Besluit,
    Betrokkene,
    Bijeenkomst,
    BijeenkomstLog,
    ChecklistAntwoord,
    Gebeurtenis,
    GebeurtenisWijziging,
    Gezinslid,
    Punt,
    Standpunt,
)
from desktop_app.model.dates import format_moment
from desktop_app.model.enums import BijeenkomstSoort
from desktop_app.services.bijeenkomst import bijeenkomsten, volgorde
from desktop_app.services.bijeenkomst import overzicht as bijeenkomst_overzicht
from desktop_app.services.core.workspace import Wijziging, tabellen
from desktop_app.services.publiek import zaal
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.bijeenkomst.aanwezigheid import AanwezigheidPanel
from desktop_app.ui.bijeenkomst.besluiten import BesluitenPanel
from desktop_app.ui.bijeenkomst.checklist import ChecklistPanel
from desktop_app.ui.bijeenkomst.kop import KopPanel
from desktop_app.ui.bijeenkomst.punten import KolommenPanel, VeranderdPanel
from desktop_app.ui.bijeenkomst.volgende_dialog import VolgendeDialog
from desktop_app.ui.edits import Editor
from desktop_app.ui.taakverdeling.afspraken import AfsprakenPanel
from desktop_app.ui.widgets.entry_list import EntryList
from desktop_app.ui.widgets.plain_text import exact, rich

TOONT = tabellen(
    Bijeenkomst, Aanwezigheid, Punt, Besluit, Afspraak, ChecklistAntwoord, BijeenkomstLog,
    Gezinslid, Betrokkene, Gebeurtenis, GebeurtenisWijziging, Standpunt,
)  # fmt: skip
# The meeting's own commands; Ctrl+N (new gezin) and Ctrl+P (print) are taken.
NIEUW, PLANNEN, VASTSTELLEN = "Ctrl+Shift+N", "Ctrl+Shift+P", "Ctrl+Shift+V"
SHOWN_TO = {
    Publiek.OUDERS: "getoond wordt alleen wat voor iedereen is",
    Publiek.PROFESSIONALS: "getoond wordt ook wat voor professionals is",
}


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
        self.meetings.setWordWrap(True)  # "✓ vastgesteld" is read, not scrolled to
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.currentItemChanged.connect(self._meeting_chosen)
        self.new_button = QPushButton("Nieuwe bijeenkomst")
        self.new_button.clicked.connect(self.new_meeting)
        self.next_button = QPushButton("Volgende plannen…")
        self.next_button.clicked.connect(self.plan_next)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.meetings, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.next_button)

        self.kop = KopPanel(editor)
        self.aanwezigheid = AanwezigheidPanel(editor)
        self.veranderd = VeranderdPanel(editor)
        self.kolommen = KolommenPanel(editor)
        self.besluiten = BesluitenPanel(editor)
        self.afspraken = AfsprakenPanel(editor)
        self.checklist = ChecklistPanel(editor)
        self.detail = QWidget()
        self.detail.setObjectName("bijeenkomstDetail")  # style: a finalised record stays legible
        self._lay_out()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.detail)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1180])
        QVBoxLayout(self).addWidget(splitter)
        self._make_shortcuts()
        self._set_focus_order()
        self._show(None)  # no meeting chosen yet: nothing to plan after or print

    def _lay_out(self) -> None:
        self.banner = rich(QLabel())
        self.banner.setObjectName("bijeenkomstBanner")
        self.banner.setWordWrap(True)
        present = self.present_button = QPushButton("Presenteren (F5)")
        present.clicked.connect(self.present)
        self.finalise = QPushButton("Vaststellen")
        self.finalise.setObjectName("vaststellen")
        self.finalise.clicked.connect(self._finalise_or_reopen)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(present)
        top.addWidget(self._print_button())
        top.addWidget(self.finalise)
        grid = QGridLayout(self.detail)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.kop, 1, 0)
        grid.addWidget(self.aanwezigheid, 1, 1)
        # the attendance keeps room for the names: at 1366x768 the header's dates in words
        # would otherwise squeeze it to "Sa…"
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.aanwezigheid.setMinimumWidth(300)
        heights = {self.veranderd: 170, self.kolommen: 220, self.besluiten: 200,
                   self.afspraken: 220, self.checklist: 420}  # fmt: skip
        for row, (panel, height) in enumerate(heights.items(), start=2):
            grid.addWidget(panel, row, 0, 1, 2)
            grid.setRowMinimumHeight(row, height)
        self.panels = [self.kop, self.aanwezigheid, *heights]

    def _print_button(self) -> QPushButton:
        """One button with both printed outcomes: the row stays one row at 1366×768."""
        self.print_parents = QAction("Afdrukken voor ouders…", self)
        self.print_parents.setShortcut("Ctrl+P")
        self.print_parents.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_parents.triggered.connect(lambda: self.print_for(Publiek.OUDERS))
        self.addAction(self.print_parents)
        self.print_professionals = QAction("Verslag voor professionals…", self)
        self.print_professionals.triggered.connect(lambda: self.print_for(Publiek.PROFESSIONALS))
        self.print_button = QPushButton("Afdrukken")
        menu = QMenu(self.print_button)
        menu.addActions([self.print_parents, self.print_professionals])
        self.print_button.setMenu(menu)
        return self.print_button

    def _make_shortcuts(self) -> None:
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
            box.setTitle(f"{box.title()}   (Alt+{number})")
        add = QAction(self)
        add.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self._add_from_focus)
        self.addAction(add)
        for button, keys, tip in (
            (self.new_button, NIEUW, "Een nieuwe bijeenkomst, nu"),
            (self.next_button, PLANNEN, "De volgende bijeenkomst plannen, met dezelfde mensen"),
            (self.finalise, VASTSTELLEN, "Het verslag vaststellen (of heropenen)"),
        ):
            command = QAction(self)
            command.setShortcut(keys)
            command.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            command.triggered.connect(lambda _=False, b=button: self._press(b))
            self.addAction(command)
            button.setToolTip(f"{tip} ({keys})")

    def _press(self, button: QPushButton) -> None:
        """As a click does: the field being typed in is left (and saved) first."""
        if button.isEnabled():
            self.scroll.ensureWidgetVisible(button)  # what it did shows beside it
            button.setFocus()
            button.click()

    def _set_focus_order(self) -> None:
        """Tab goes through the meeting as it is held: the list, then who and when, each
        section where one types first and its table after, the commands last."""
        chain = [self.meetings, self.new_button, self.next_button]
        chain += [self.kop.moment.line, self.kop.soort, self.kop.locatie, self.kop.voorzitter,
                  self.kop.notulist, self.kop.volgende.line, self.aanwezigheid.view]  # fmt: skip
        for entry in self._entry_lists():
            extras = [  # a combo box's popup is a window of its own: not in the chain
                w
                for w in entry.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is entry.window()
            ]
            own = [w for w in extras if w not in (entry.line, entry.audience, entry.view)]
            chain += [entry.line, *own, entry.audience, entry.view]
        chain += [self.checklist.view, self.present_button, self.print_button, self.finalise]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _entry_lists(self) -> list[EntryList]:
        return [self.veranderd, *self.kolommen.columns.values(), self.besluiten, self.afspraken]

    def _sections(self) -> list[QWidget]:
        """Alt+1 … Alt+9: where the keyboard goes, in the order of the meeting."""
        return [
            self.kop.locatie,
            self.aanwezigheid.view,
            *(entry.line for entry in self._entry_lists()),
            self.checklist.view,
        ]

    # showing

    def show_gezin(self, gezin_id: int | None) -> None:
        self.gezin_id = gezin_id
        self._reload(select_last=True)

    def on_change(self, change: Wijziging) -> None:
        if change.raakt(self.gezin_id, TOONT):
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
                f"{format_moment(meeting.moment)}\n{BijeenkomstSoort(meeting.soort).label}{mark}"
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
        for control in (self.next_button, self.print_button, self.print_parents,
                        self.print_professionals):  # fmt: skip
            control.setEnabled(bijeenkomst_id is not None)
        if bijeenkomst_id is None:
            self.bijeenkomst = None
            return
        s = self.editor.workspace.read(bijeenkomst_overzicht.laad, bijeenkomst_id)
        self.state, self.bijeenkomst = s, s.bijeenkomst
        for panel in (self.kop, self.aanwezigheid, self.veranderd, self.kolommen,
                      self.besluiten, self.checklist):  # fmt: skip
            panel.toon(s)
        self.afspraken.toon(
            self.gezin_id, s.open_afspraken, s.eigenaars, s.leden, s.betrokkenen, bijeenkomst_id
        )
        self._show_status()

    def _show_status(self) -> None:
        b = self.bijeenkomst
        room = self.editor.workspace.read(zaal.publiek_van, b.id)
        who = f"Bij presenteren: {room.reden}, {SHOWN_TO[room.publiek]}."
        status = f"Vastgesteld op {format_moment(b.vastgesteld)}" if b.vastgesteld else "Concept"
        reopened = [entry for entry in self.state.logboek if entry.actie == "heropend"]
        if reopened:  # a reopened record says so, with why, wherever it is read
            last = reopened[-1]
            by = f" door {last.door}" if last.door else ""
            status += f" · heropend op {format_moment(last.op)}{by}: {escape(last.reden)}"
        self.banner.setText(f"<b>{format_moment(b.moment)}</b> · {status} · {who}")
        self.banner.setToolTip(
            exact(
                "\n".join(
                    f"{format_moment(e.op)} {e.actie} {e.door} {e.reden}".strip()
                    for e in self.state.logboek
                )
            )
        )
        self.finalise.setText("Heropenen…" if b.vastgesteld else "Vaststellen")
        for panel in self.panels:
            panel.setEnabled(b.vastgesteld is None)

    # commands

    def _add_from_focus(self) -> None:
        """Ctrl+Enter adds what is typed in the section that has the focus."""
        for entry in self._entry_lists():
            if entry.isAncestorOf(self.focusWidget()) or entry.line.hasFocus():
                entry.submit()
                return

    def _go_to(self, widget: QWidget) -> None:
        widget.setFocus()
        self.scroll.ensureWidgetVisible(widget, 40, 120)  # with some of its table above it

    def present(self) -> None:
        from desktop_app.ui.bijeenkomst.presentatie import start_presentation

        if self.bijeenkomst is not None:
            window = start_presentation(self.editor, self.gezin_id, self.bijeenkomst.id)
            self.window().statusBar().showMessage(window.uitleg, 5000)

    def print_for(self, voor: Publiek):
        """The preview of the selected meeting's printed outcome for `voor`; it is returned."""
        from desktop_app.ui.verslag.bijeenkomst import voorbeeld

        if self.bijeenkomst is None:
            return None
        dialog = voorbeeld(self.editor.workspace, self.gezin_id, self.bijeenkomst.id, voor, self)
        dialog.open()
        return dialog

    def new_meeting(self) -> None:
        now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
        if self._second_on_the_day(now.astimezone(UTC)):
            return
        if self.editor.run(
            "Nieuwe bijeenkomst", bijeenkomsten.maak, self.gezin_id, now.astimezone(UTC)
        ):
            self._reload(select_last=True)

    def plan_next(self) -> VolgendeDialog | None:
        """Ask when, proposing the agreed date at this meeting's hour; the dialog is returned."""
        if self.bijeenkomst is None:
            return None
        b = self.bijeenkomst
        local = b.moment.astimezone().replace(tzinfo=None)
        agreed = datetime.combine(b.volgende, local.time()) if b.volgende else None
        dialog = VolgendeDialog(agreed or local + timedelta(weeks=2), self)
        dialog.accepted.connect(lambda: self._plan_at(dialog.moment))
        dialog.open()
        return dialog

    def _plan_at(self, local: datetime) -> None:
        moment = local.astimezone(UTC)  # a naive datetime is read as local time
        if self._second_on_the_day(moment):
            return
        current = self.bijeenkomst
        if not self.editor.run(
            "Volgende bijeenkomst", bijeenkomsten.plan_volgende, current.id, moment
        ):
            return
        # during the meeting its record is still being written: it stays in view
        self._reload(select_last=current.vastgesteld is not None)
        self.window().statusBar().showMessage(
            f"Volgende bijeenkomst gepland op {format_moment(moment)}.", 5000
        )

    def _second_on_the_day(self, moment: datetime) -> bool:
        """True when the user would rather not have a second meeting on that day."""
        day = moment.astimezone().date()
        if not self.editor.workspace.read(volgorde.op_dag, self.gezin_id, day):
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Al een bijeenkomst op die dag",
            f"Op {format_moment(moment)[:13]} is al een bijeenkomst van dit gezin. "
            "Toch nog een bijeenkomst op dezelfde dag?",
            parent=self,
        )
        yes = box.addButton("Ja, toch", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton("Nee", QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is not yes

    def _finalise_or_reopen(self) -> None:
        if self.bijeenkomst.vastgesteld is None:
            self.editor.run("Vaststellen", bijeenkomsten.stel_vast, self.bijeenkomst.id)
            return
        reden, ok = QInputDialog.getText(
            self, "Heropenen", "Waarom wordt deze bijeenkomst heropend?"
        )
        if ok:
            self.editor.run("Heropenen", bijeenkomsten.heropen, self.bijeenkomst.id, reden)
