"""Decisions, each with one line per parent and gezagdrager: their position in their own
words. A kernbeslissing names the gedragswetenschapper consulted; a decision has its audience.

A decision spans its parents' lines, so the arrow keys go from one parent to the next; typing
on a position or on the words starts changing it.
"""

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
)

from desktop_app.model import Besluit
from desktop_app.model.enums import BesluitSoort, OudersPositie
from desktop_app.services.bijeenkomst import bijeenkomsten, standpunten
from desktop_app.services.bijeenkomst.overzicht import BijeenkomstOverzicht
from desktop_app.services.bijeenkomst.standpunten import StandpuntRegel
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.entry_list import EntryList, audience_column
from desktop_app.ui.widgets.labels import buddy_label
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.row_table import Column, RowTableModel, enum_choices

NIEMAND = 0
BESLUIT, WIE, GEZAG, POSITIE, WOORDEN, VOOR = range(6)
GEEN_OUDER = "Geen ouder of gezagdrager in het gezin"


@dataclass(frozen=True)
class Regel:
    """One line of the table: a parent on a decision, or the decision alone when the gezin
    has no parent to ask."""

    besluit: Besluit
    standpunt: StandpuntRegel | None
    deel: int  # which of the decision's lines: 0 is the first, where it is shown
    aantal: int  # the decision's lines
    uitleg: str  # under the decision: its kind and who was consulted

    @property
    def id(self) -> tuple[int, int]:
        return self.standpunt.id if self.standpunt else (self.besluit.id, -1)

    @property
    def zichtbaarheid(self) -> str:
        """The decision's audience, which its parents' views share."""
        return self.besluit.zichtbaarheid


class BesluitenModel(RowTableModel):
    def flags(self, index):
        """A line without a parent has no position to choose."""
        flags = super().flags(index)
        if index.column() in (POSITIE, WOORDEN) and self.rows[index.row()].standpunt is None:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags


class GedeeldeHoogte(QStyledItemDelegate):
    """A decision spans its parents' lines: each line asks an equal share of the height its
    text needs, so no line is stretched to hold the whole decision."""

    def sizeHint(self, option, index):
        row = index.model().rows[index.row()]
        first = index.siblingAtRow(index.row() - row.deel)
        hint = super().sizeHint(option, first)
        return QSize(hint.width(), -(-hint.height() // row.aantal))


class BesluitenPanel(EntryList):
    def __init__(self, editor: Editor):
        self.editor = editor
        self.bijeenkomst_id: int | None = None
        model = BesluitenModel(
            [
                Column(
                    "Besluit",
                    _besluit_tekst,
                    self._besluit_saver("tekst"),
                    edit_value=lambda r: r.besluit.tekst,
                ),
                Column("Ouder", lambda r: r.standpunt.naam if r.standpunt else GEEN_OUDER),
                Column(
                    "Gezag",
                    lambda r: _gezag(r.standpunt),
                    tooltip="Heeft deze ouder gezag? Wijzigen kan bij het gezin (Overzicht).",
                ),
                Column(
                    "Standpunt",
                    lambda r: OudersPositie(r.standpunt.positie).label if r.standpunt else "",
                    self._standpunt_saver("positie"),
                    edit_value=lambda r: r.standpunt and r.standpunt.positie,
                    choices=lambda: enum_choices(OudersPositie),
                    tooltip="Wat deze ouder van het besluit vindt; typ e, o of n om te kiezen",
                ),
                Column(
                    "In eigen woorden",
                    lambda r: r.standpunt.woorden if r.standpunt else "",
                    self._standpunt_saver("woorden"),
                ),
                audience_column(self._besluit_saver("zichtbaarheid")),
            ]
        )
        super().__init__(
            "Besluiten", model, "Besluit: typ en Enter; daarna per ouder het standpunt"
        )
        model.setParent(self)
        self.view.setObjectName("besluitenTabel")
        # the decision and the parents' words share the width; on a laptop both wrap
        self.view.horizontalHeader().setSectionResizeMode(WOORDEN, QHeaderView.ResizeMode.Stretch)
        self.view.setEditTriggers(
            self.view.editTriggers() | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setItemDelegateForColumn(BESLUIT, GedeeldeHoogte(self.view))
        self.view.setMinimumHeight(270)  # two decisions of two parents, at a laptop's height
        self.soort = QComboBox()
        for label, value in enum_choices(BesluitSoort):
            self.soort.addItem(label, value)
        self.gedragswetenschapper = narrow(QComboBox(), 8)
        extra = QHBoxLayout()
        extra.addWidget(buddy_label("Soort", self.soort))
        extra.addWidget(self.soort)
        extra.addWidget(buddy_label("Geraadpleegd", self.gedragswetenschapper))
        extra.addWidget(self.gedragswetenschapper, 1)
        self.layout().insertLayout(2, extra)  # between the line and its audience
        self.added.connect(self._add)
        self._reset()

    def toon(self, state: BijeenkomstOverzicht) -> None:
        self.bijeenkomst_id = state.bijeenkomst.id
        names = {p.id: p.naam for p in state.betrokkenen}
        current = self.gedragswetenschapper.currentData()
        self.gedragswetenschapper.clear()
        self.gedragswetenschapper.addItem("—", NIEMAND)
        for person in state.betrokkenen:
            self.gedragswetenschapper.addItem(person.naam_en_rol, person.id)
        self.gedragswetenschapper.setCurrentIndex(
            max(0, self.gedragswetenschapper.findData(current))
        )
        rows = []
        for besluit in state.besluiten:
            uitleg = _uitleg(besluit, names.get(besluit.gedragswetenschapper_id, ""))
            views = state.standpunten.get(besluit.id) or [None]
            rows += [Regel(besluit, view, n, len(views), uitleg) for n, view in enumerate(views)]
        self.model.set_rows(rows)
        self.view.clearSpans()
        for number, row in enumerate(rows):
            if row.deel == 0 and row.aantal > 1:
                for column in (BESLUIT, VOOR):
                    self.view.setSpan(number, column, row.aantal, 1)

    def _besluit_saver(self, field):
        return lambda r, value: self.editor.run(
            "Besluit wijzigen", bijeenkomsten.wijzig_besluit, r.besluit.id, **{field: value}
        )

    def _standpunt_saver(self, field):
        def save(r: Regel, value) -> bool:
            s = r.standpunt
            return self.editor.run(
                f"Standpunt van {s.naam}", standpunten.zet, s.besluit_id, s.gezinslid_id,
                **{field: value},
            )  # fmt: skip

        return save

    def _add(self, text: str, zichtbaarheid: str) -> None:
        if self.editor.run(
            "Besluit", bijeenkomsten.neem_besluit, self.bijeenkomst_id, text,
            self.soort.currentData(), self.gedragswetenschapper.currentData() or None,
            zichtbaarheid,
        ):  # fmt: skip
            self.accepted()
            self._reset()
            self._ask_first_parent()

    def _ask_first_parent(self) -> None:
        """After a decision, the parents are asked: the keyboard goes to the first one's
        position (Alt and the panel's number lead back to the line)."""
        rows = self.model.rows
        if not rows or rows[-1].standpunt is None:
            return
        first = len(rows) - rows[-1].aantal
        self.view.setCurrentIndex(self.model.index(first, POSITIE))
        self.view.setFocus()

    def _reset(self) -> None:
        """Each decision starts as a plain one, with no one consulted yet."""
        self.soort.setCurrentIndex(self.soort.findData(BesluitSoort.GEWOON))
        self.gedragswetenschapper.setCurrentIndex(0)


def _besluit_tekst(r: Regel) -> str:
    """The decision with its kind and who was consulted, on its first line only: the cell
    spans the others."""
    return "" if r.deel else "\n".join(filter(None, (r.besluit.tekst, r.uitleg)))


def _gezag(view: StandpuntRegel | None) -> str:
    if view is None or view.gezinslid_id is None:
        return ""
    return "ja" if view.gezag else "nee"


def _uitleg(besluit: Besluit, consulted: str) -> str:
    """Under the decision: whether it is a kernbeslissing and who was consulted."""
    kern = besluit.soort == BesluitSoort.KERNBESLISSING
    parts = [BesluitSoort.KERNBESLISSING.label] if kern else []
    if consulted:
        parts.append(f"geraadpleegd: {consulted}")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
