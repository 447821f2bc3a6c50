"""The board: a column of cards per owner or per status, side by side, scrolling sideways.

Works without a mouse and with a clicker: ← → go to the neighbouring column, ↑ ↓ through a
column; Ctrl+← → move the card to the neighbouring column (another owner or status),
Ctrl+↑ ↓ move it up or down its column. Dragging a card does the same as Ctrl+← →.
"""

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

    def current_kaart(self) -> Kaart | None:
        index = self.currentIndex()
        return index.data(KAART_ROLE) if index.isValid() else None


class BordKolom(QFrame):
    def __init__(
        self, kolom: Kolom, proxy: KolomProxy, maat: Maat, delegate: KaartDelegate, drag: bool
    ):
        super().__init__()
        self.kolom, self.proxy = kolom, proxy
        self.setObjectName("bordKolom")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.titel = QLabel()
        self.titel.setWordWrap(True)
        font = QFont()
        font.setPixelSize(maat.title + 2)
        font.setBold(True)
        self.titel.setFont(font)
        self.lijst = KaartLijst()
        self.lijst.setModel(proxy)
        self.lijst.setItemDelegate(delegate)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.titel)
        layout.addWidget(self.lijst, 1)
        proxy.rowsInserted.connect(self._count)
        proxy.rowsRemoved.connect(self._count)
        proxy.modelReset.connect(self._count)
        proxy.layoutChanged.connect(self._count)
        self._count()

    def _count(self, *_args) -> None:
        self.titel.setText(f"{self.kolom.titel}  ({self.proxy.rowCount()})")


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
        self.inhoud = QWidget()
        self.rij = QHBoxLayout(self.inhoud)
        self.rij.setContentsMargins(4, 4, 4, 4)
        self.setWidget(self.inhoud)
        self.setWidgetResizable(True)

    def toon(self, kolommen: list[Kolom], indeling: Indeling, filter_: BordFilter) -> None:
        """Build the columns afresh only when they change; otherwise re-filter them."""
        self.filter = filter_
        # per owner the column says who; the card names only who shares it
        self.delegate.met_eigenaar = indeling is Indeling.STATUS
        if indeling == self.indeling and [k.kolom for k in self.kolommen] == kolommen:
            for kolom in self.kolommen:
                kolom.proxy.filter = filter_
                kolom.proxy.invalidate()
            return
        self.indeling = indeling
        current = self.current()
        for kolom in self.kolommen:
            kolom.deleteLater()
        self.kolommen = []
        width = 220 if self.maat is DESK else 380
        for definition in kolommen:
            proxy = KolomProxy(definition.sleutel, indeling, filter_, self._drop, self)
            proxy.setSourceModel(self.model)
            kolom = BordKolom(definition, proxy, self.maat, self.delegate, self.bewerkbaar)
            kolom.setMinimumWidth(width)
            self._wire(kolom)
            self.rij.addWidget(kolom, 1)
            self.kolommen.append(kolom)
        if current is not None:
            self.volg(current.id)

    def _wire(self, kolom: BordKolom) -> None:
        lijst = kolom.lijst
        lijst.buur.connect(lambda step, k=kolom: self._focus(k, step))
        lijst.verplaats.connect(lambda step, k=kolom: self._move(k, step))
        lijst.schuif.connect(lambda step, k=kolom: self._shift(k, step))
        lijst.verwijder.connect(lambda k=kolom: self._delete(k))
        lijst.bewerk.connect(self.bewerken.emit)
        lijst.doubleClicked.connect(lambda _index: self.bewerken.emit())
        lijst.selectionModel().currentChanged.connect(
            lambda current, _prev: self.kaart_gekozen.emit(current.data(KAART_ROLE))
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
            for row in range(kolom.proxy.rowCount()):
                index = kolom.proxy.index(row, 0)
                if index.data(KAART_ROLE).id == afspraak_id:
                    kolom.lijst.setFocus(Qt.FocusReason.OtherFocusReason)
                    kolom.lijst.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    )
                    self.ensureWidgetVisible(kolom)
                    return True
        return False

    def zichtbare_teksten(self) -> list[str]:
        """Every card text the board shows now (for tests and checks)."""
        return [k.tekst for kolom in self.kolommen for k in kolom.proxy.kaarten()]
