"""Gezin > Logboek… (what of the open gezin was exported, printed or projected, by whom, for
whom) and Bestand > Gewiste gezinnen… (the line each erased gezin left): read-only tables."""

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.model import Gezin
from desktop_app.model.dates import format_moment
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin.wissen import gewist
from desktop_app.services.opslag import logboek
from desktop_app.services.publiek.regel import lezer
from desktop_app.ui.widgets.row_table import Column, RowTableModel
from desktop_app.ui.widgets.tables import table_view


class TabelDialog(QDialog):
    def __init__(
        self,
        titel: str,
        uitleg: str,
        kolommen: Sequence[Column],
        rijen: list,
        leeg: str,
        stretch: int,
        parent: QWidget | None = None,
    ):
        """`stretch`: the column that takes the room left, the others fit their contents."""
        super().__init__(parent)
        self.setWindowTitle(titel)
        tekst = QLabel(uitleg if rijen else f"{uitleg}\n\n{leeg}")
        tekst.setWordWrap(True)
        self.model = RowTableModel(kolommen, self)
        self.model.set_rows(rijen)
        self.tabel = table_view(self.model, stretch)
        self.tabel.setObjectName("logboekTabel")
        self.tabel.setVisible(bool(rijen))
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tekst)
        layout.addWidget(self.tabel, 1)
        layout.addWidget(knoppen)
        self.resize(980, 460 if rijen else 200)  # the widest rows fit a 1366×768 screen


def logboek_van(workspace: Workspace, gezin: Gezin, parent: QWidget) -> TabelDialog:
    regels = (
        logboek.van_gezin(workspace.opslag.pad, gezin.id, sinds=gezin.aangemaakt)
        if workspace.opslag
        else []
    )
    return TabelDialog(
        f"Logboek · {gezin.naam}",
        "Wat van dit gezin is geëxporteerd, afgedrukt of geprojecteerd, het nieuwste eerst. "
        "Wie wat heeft gewijzigd, staat bij elk onderdeel zelf.",
        [
            Column("Wanneer", lambda r: format_moment(r.wanneer)),
            Column("Wie", _wie),
            Column("Wat", lambda r: r.wat.label),
            Column("Voor wie", _voor_wie),
            Column("Vorm", lambda r: r.vorm),
        ],
        regels,
        "Er is nog niets geëxporteerd, afgedrukt of geprojecteerd.",
        4,
        parent,
    )


def gewiste_gezinnen(workspace: Workspace, parent: QWidget) -> TabelDialog:
    return TabelDialog(
        "Gewiste gezinnen",
        "Deze gezinnen zijn definitief gewist. Van elk is alleen bewaard dat het is gewist, "
        "door wie en wanneer.",
        [
            Column("Gezin", lambda g: g.gezin_naam),
            Column("Gewist door", lambda g: g.door),
            Column("Op", lambda g: format_moment(g.op)),
        ],
        workspace.read(gewist),
        "Er is nog geen gezin definitief gewist.",
        0,
        parent,
    )


def _wie(regel: logboek.Regel) -> str:
    """The login name, and the command when it was not the app."""
    if regel.programma in ("", "Casustafel"):
        return regel.wie
    return f"{regel.wie} · {regel.programma}"


def _voor_wie(regel: logboek.Regel) -> str:
    if regel.publiek is None:
        return "—"
    try:
        return lezer(regel.publiek).label
    except ValueError:  # written by a newer Casustafel
        return regel.publiek
