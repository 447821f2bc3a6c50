"""Qt models of the board: one list of cards, and a proxy per column over it.

A changed card changes one row (dataChanged for that row only); the proxies pass it on to
the one column it is in, so an edit repaints one card, not the board. Cards are dragged as
their afspraak id; a column takes a drop by asking the tab to carry it out (a service edit).
"""

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.services.taakverdeling.bord import BordFilter, Indeling, Sleutel, kolom_van
from desktop_app.services.taakverdeling.kaarten import Kaart

KAART_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-casustafel-afspraak"


class KaartenModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.kaarten: list[Kaart] = []
        self.versie = 0  # counts the changes of the cards, for what is worked out from them
        self._rijen: tuple[int, Indeling, BordFilter, dict[Sleutel, set[int]]] | None = None

    def set_kaarten(self, kaarten: list[Kaart]) -> None:
        """The same cards in the same order: only the changed rows are told. Otherwise (a
        card added, deleted or moved in the order) the model starts afresh."""
        old, self.versie = self.kaarten, self.versie + 1
        if [k.id for k in kaarten] != [k.id for k in old]:
            self.beginResetModel()
            self.kaarten = kaarten
            self.endResetModel()
            return
        self.kaarten = kaarten
        for row, (before, after) in enumerate(zip(old, kaarten, strict=True)):
            if before != after:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rijen(self, indeling: Indeling, filter_: BordFilter) -> dict[Sleutel, set[int]]:
        """The rows each column of this layout shows, worked out for all columns in one
        pass. Each column's proxy asks of every row whether it is its own; going over all
        cards for it, thirty columns would go over them thirty times. Kept until the cards
        change or another filter asks (the board makes a new one for each change, and
        hands all its columns that same one)."""
        kept = self._rijen
        if kept is None or kept[:2] != (self.versie, indeling) or kept[2] is not filter_:
            rows: dict[Sleutel, set[int]] = {}
            for row, kaart in enumerate(self.kaarten):
                if filter_.laat_zien(kaart):
                    rows.setdefault(kolom_van(kaart, indeling), set()).add(row)
            self._rijen = kept = (self.versie, indeling, filter_, rows)
        return kept[3]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.kaarten)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kaart = self.kaarten[index.row()]
        if role == KAART_ROLE:
            return kaart
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return kaart.tekst
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = ",".join(str(self.kaarten[i.row()].id) for i in indexes if i.isValid())
        data.setData(MIME, QByteArray(ids.encode()))
        return data

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction


class KolomProxy(QSortFilterProxyModel):
    """The cards of one column that the filter lets through, in the board's order: the
    source's (kaarten reads them in it), which a proxy keeps as long as it does not sort.

    It follows the cards only once its column is on screen (`volg_bron`): until then it
    says what the column holds from the rows worked out for all columns, and thirty
    columns of which most are out of view do not each go over every card."""

    def __init__(
        self,
        bron: KaartenModel,
        sleutel: Sleutel,
        indeling: Indeling,
        filter_: BordFilter,
        drop: Callable[[int, Sleutel], None],
        parent=None,
    ):
        super().__init__(parent)
        self.sleutel, self.indeling, self.filter, self._drop = sleutel, indeling, filter_, drop
        self.bron = bron
        self._rijen, self._versie = set(), None  # this column's rows, of that version

    def volg_bron(self) -> None:
        if self.sourceModel() is None:
            self.setSourceModel(self.bron)

    def zet_filter(self, filter_: BordFilter) -> None:
        self.filter, self._versie = filter_, None
        if self.sourceModel() is not None:
            self.invalidate()

    def rijen(self) -> set[int]:
        """The rows of the source this column shows."""
        if self._versie != self.bron.versie:
            self._rijen = self.bron.rijen(self.indeling, self.filter).get(self.sleutel, set())
            self._versie = self.bron.versie
        return self._rijen

    def filterAcceptsRow(self, row: int, parent) -> bool:
        return row in self.rijen()

    def kaarten(self) -> list[Kaart]:
        """What the column shows, whether it follows the cards yet or not."""
        return [self.bron.kaarten[row] for row in sorted(self.rijen())]

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not data.hasFormat(MIME):
            return False
        for afspraak_id in bytes(data.data(MIME)).decode().split(","):
            if afspraak_id:
                self._drop(int(afspraak_id), self.sleutel)
        return False  # the edit moves the card; the view must not remove a row itself
