"""The list of gezinnen on the left: a Qt list model over the store, with search."""

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.model.enums import GezinStatus
from desktop_app.model.gezin import Gezin
from desktop_app.ui.widgets.plain_text import exact

ID_ROLE = Qt.ItemDataRole.UserRole + 10
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 11

ANONIEM = " (geanonimiseerd)"
UITLEG_ANONIEM = "Geanonimiseerd dossier: namen, plaatsen en datums zijn niet de echte."


class GezinListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.gezinnen: list[Gezin] = []

    def set_gezinnen(self, gezinnen: list[Gezin]) -> None:
        self.beginResetModel()
        self.gezinnen = gezinnen
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.gezinnen)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        gezin = self.gezinnen[index.row()]
        closed = gezin.status == GezinStatus.AFGESLOTEN
        if role == Qt.ItemDataRole.DisplayRole:
            status = (
                ""
                if gezin.status == GezinStatus.ACTIEF
                else f" ({GezinStatus(gezin.status).label.lower()})"
            )
            return f"{gezin.naam}{ANONIEM * gezin.geanonimiseerd}{status}"
        if role == Qt.ItemDataRole.ToolTipRole:
            plaats = f" – {gezin.gemeente}" if gezin.gemeente else ""
            anoniem = f"\n{UITLEG_ANONIEM}" if gezin.geanonimiseerd else ""
            return exact(
                f"{gezin.naam}{plaats}\nStatus: {GezinStatus(gezin.status).label}{anoniem}"
            )
        if role == Qt.ItemDataRole.ForegroundRole and closed:
            return QColor("#6B6B6B")
        if role == Qt.ItemDataRole.FontRole and closed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == ID_ROLE:
            return gezin.id
        if role == SEARCH_ROLE:
            return f"{gezin.naam} {gezin.gemeente}"
        return None


def search_proxy(model: GezinListModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setFilterRole(SEARCH_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
