"""The board: a column of cards per owner or per status, side by side, scrolling sideways.

Works without a mouse and with a clicker: ← → go to the neighbouring column, ↑ ↓ through a
column; Ctrl+← → move the card to the neighbouring column (another owner or status),
Ctrl+↑ ↓ move it up or down its column. Dragging a card does the same as Ctrl+← →.
"""

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.taakverdeling.bord import BordFilter, Indeling, Kolom, Sleutel
from desktop_app.services.taakverdeling.kaarten import Kaart
from desktop_app.ui.taakverdeling.kaart_delegate import DESK, KaartDelegate, Maat
from desktop_app.ui.taakverdeling.kaart_model import KAART_ROLE, KaartenModel, KolomProxy
from desktop_app.ui.widgets.plain_text import plain


class KaartLijst(QListView):
    """One column's cards; arrow keys with and without Ctrl, as the module says."""

    buur = Signal(int)  # go to the column left (-1) or right (+1)
    verplaats = Signal(int)  # move the current card to that column
    schuif = Signal(int)  # move the current card up (-1) or down (+1) its column
    verwijder = Signal()
    bewerk = Signal()  # Enter: open the card in full

    def keyPressEvent(self, event):
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        sideways = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        updown = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in sideways:
            (self.verplaats if ctrl else self.buur).emit(sideways[key])
        elif key in updown and ctrl:
            self.schuif.emit(updown[key])
        elif key == Qt.Key.Key_Delete:
            self.verwijder.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.bewerk.emit()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event):
        # Cards wrap to the width, so a new width (its scroll bar come or gone, too) measures
        # them anew before the next paint. The Adjust resize mode alone lays them out only
        # for a new height, and that a tenth of a second late.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)

    def current_kaart(self) -> Kaart | None:
        index = self.currentIndex()
        return index.data(KAART_ROLE) if index.isValid() else None


class BordKolom(QFrame):
    """A column: its title with the number of cards, and the cards, which it is given only
    once it comes on screen or is gone to. Of thirty columns most are out of view, and each
    would otherwise filter, measure and lay out all its cards for every new set of columns."""

    op_scherm = Signal()  # the cards were given to the list

    def __init__(
        self, kolom: Kolom, proxy: KolomProxy, maat: Maat, delegate: KaartDelegate, drag: bool
    ):
        super().__init__()
        self.kolom, self.proxy = kolom, proxy
        proxy.setParent(self)  # it goes with the column
        self.setObjectName("bordKolom")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.titel = plain(QLabel())
        self.titel.setWordWrap(True)
        font = QFont()
        font.setPixelSize(maat.title + 2)
        font.setBold(True)
        self.titel.setFont(font)
        self.lijst = KaartLijst()
        self.lijst.setAccessibleName(kolom.titel)
        self.lijst.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.lijst.setResizeMode(QListView.ResizeMode.Adjust)  # cards re-wrap to the width
        self.lijst.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if drag
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.lijst.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.lijst.setDropIndicatorShown(True)
        self.lijst.setSpacing(2)
        self.lijst.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.titel)
        layout.addWidget(self.lijst, 1)
        # what the column holds changes with the cards or the filter, on screen or not
        proxy.bron.modelReset.connect(self._count)
        proxy.bron.dataChanged.connect(self._count)
        self._count()

    def _count(self, *_args) -> None:
        self.titel.setText(f"{self.kolom.titel}  ({len(self.proxy.rijen())})")

    def zet_filter(self, filter_: BordFilter) -> None:
        self.proxy.zet_filter(filter_)
        self._count()

    def vul(self) -> None:
        """Give the list its cards, if it has them not yet."""
        if self.lijst.model() is None:
            self.proxy.volg_bron()
            self.lijst.setModel(self.proxy)
            self.op_scherm.emit()

    def vul_op_scherm(self) -> None:
        if not self.visibleRegion().isEmpty():
            self.vul()

    # a column comes on screen by being shown, moved or resized, or by the board scrolling
    def showEvent(self, event):
        super().showEvent(event)
        self.vul_op_scherm()

    def moveEvent(self, event):
        super().moveEvent(event)
        self.vul_op_scherm()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.vul_op_scherm()


class Bord(QScrollArea):
    kaart_gekozen = Signal(object)  # the Kaart with the focus, or None
    verplaatsen = Signal(int, object)  # afspraak id, the column's Sleutel it is to go to
    schuiven = Signal(int, int, list)  # afspraak id, steps, the column's ids in order
    verwijderen = Signal(int)
    bewerken = Signal()  # Enter or a double click on a card

    def __init__(
        self,
        model: KaartenModel,
        maat: Maat = DESK,
        met_publiek: bool = True,
        bewerkbaar: bool = True,
    ):
        """`met_publiek`: cards say who may see them (the facilitator's board); a board that
        is not `bewerkbaar` (the beamer) takes no drops."""
        super().__init__()
        self.model, self.maat, self.bewerkbaar = model, maat, bewerkbaar
        self.delegate = KaartDelegate(maat, met_eigenaar=True, met_publiek=met_publiek)
        self.kolommen: list[BordKolom] = []
        self.indeling = Indeling.EIGENAAR
        self.filter = BordFilter()
        self.setWidgetResizable(True)
        self.setWidget(QWidget())
        self.horizontalScrollBar().valueChanged.connect(self._vul_op_scherm)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._vul_op_scherm()

    def _vul_op_scherm(self, *_args) -> None:
        for kolom in self.kolommen:
            kolom.vul_op_scherm()

    def toon(self, kolommen: list[Kolom], indeling: Indeling, filter_: BordFilter) -> None:
        """Show these columns, filtered so. Columns that stay are kept as they are (a card an
        edit moved has already moved between them with the model) and only new ones are
        built; only a new filter filters them all anew. Per owner and per status have no
        column in common."""
        # per owner the column says who; the card names only who shares it
        self.delegate.met_eigenaar = indeling is Indeling.STATUS
        kept = {k.kolom: k for k in self.kolommen if k.proxy.indeling == indeling}
        self.indeling = indeling
        if filter_ != self.filter:
            self.filter = replace(filter_)  # a copy: the tab changes its own in place
            for kolom in kept.values():
                kolom.zet_filter(self.filter)
        if len(kept) == len(self.kolommen) and [k.kolom for k in self.kolommen] == kolommen:
            return
        current = self.current()
        self.kolommen = [kept.get(definition) or self._kolom(definition) for definition in kolommen]
        # A new row, with the columns kept moved into it, laid out once it is whole. Columns
        # added one by one to the row on screen squeeze into its old width until the scroll
        # area widens it, an event round later: meanwhile all of them are on screen, and
        # measure their cards at passing widths.
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(4, 4, 4, 4)
        for kolom in self.kolommen:
            layout.addWidget(kolom, 1)
        self.takeWidget().deleteLater()  # a column in it may be handling the drop that did this
        self.setWidget(row)
        if current is not None:
            self.volg(current.id)

    def _kolom(self, definition: Kolom) -> BordKolom:
        proxy = KolomProxy(self.model, definition.sleutel, self.indeling, self.filter, self._drop)
        kolom = BordKolom(definition, proxy, self.maat, self.delegate, self.bewerkbaar)
        kolom.setMinimumWidth(220 if self.maat is DESK else 380)
        self._wire(kolom)
        return kolom

    def _wire(self, kolom: BordKolom) -> None:
        lijst = kolom.lijst
        lijst.buur.connect(lambda step, k=kolom: self._focus(k, step))
        lijst.verplaats.connect(lambda step, k=kolom: self._move(k, step))
        lijst.schuif.connect(lambda step, k=kolom: self._shift(k, step))
        lijst.verwijder.connect(lambda k=kolom: self._delete(k))
        lijst.bewerk.connect(self.bewerken.emit)
        lijst.doubleClicked.connect(lambda _index: self.bewerken.emit())
        kolom.op_scherm.connect(  # the list has a current card once it has cards
            lambda: lijst.selectionModel().currentChanged.connect(
                lambda current, _prev: self.kaart_gekozen.emit(current.data(KAART_ROLE))
            )
        )

    def _drop(self, afspraak_id: int, sleutel: Sleutel) -> None:
        self.verplaatsen.emit(afspraak_id, sleutel)

    def _neighbour(self, kolom: BordKolom, step: int) -> BordKolom | None:
        position = self.kolommen.index(kolom) + step
        return self.kolommen[position] if 0 <= position < len(self.kolommen) else None

    def _focus(self, kolom: BordKolom, step: int) -> None:
        target = self._neighbour(kolom, step)
        if target is None:
            return
        target.vul()
        row = min(max(kolom.lijst.currentIndex().row(), 0), target.proxy.rowCount() - 1)
        target.lijst.setFocus(Qt.FocusReason.OtherFocusReason)
        if row >= 0:
            target.lijst.setCurrentIndex(target.proxy.index(row, 0))
        self.ensureWidgetVisible(target)

    def _move(self, kolom: BordKolom, step: int) -> None:
        kaart, target = kolom.lijst.current_kaart(), self._neighbour(kolom, step)
        if kaart is not None and target is not None:
            self.verplaatsen.emit(kaart.id, target.kolom.sleutel)

    def _shift(self, kolom: BordKolom, step: int) -> None:
        kaart = kolom.lijst.current_kaart()
        if kaart is not None:
            self.schuiven.emit(kaart.id, step, [k.id for k in kolom.proxy.kaarten()])

    def _delete(self, kolom: BordKolom) -> None:
        kaart = kolom.lijst.current_kaart()
        if kaart is not None:
            self.verwijderen.emit(kaart.id)

    def current(self) -> Kaart | None:
        focused = next((k for k in self.kolommen if k.lijst.hasFocus()), None)
        for kolom in [focused] if focused else self.kolommen:
            kaart = kolom.lijst.current_kaart()
            if kaart is not None:
                return kaart
        return None

    def volg(self, afspraak_id: int) -> bool:
        """Put the focus on a card wherever it now is (after it moved column)."""
        for kolom in self.kolommen:
            ids = [kaart.id for kaart in kolom.proxy.kaarten()]
            if afspraak_id in ids:
                kolom.vul()
                kolom.lijst.setFocus(Qt.FocusReason.OtherFocusReason)
                kolom.lijst.selectionModel().setCurrentIndex(
                    kolom.proxy.index(ids.index(afspraak_id), 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
                self.ensureWidgetVisible(kolom)
                return True
        return False

    def zichtbare_teksten(self) -> list[str]:
        """Every card text the board shows now (for tests and checks)."""
        return [k.tekst for kolom in self.kolommen for k in kolom.proxy.kaarten()]
