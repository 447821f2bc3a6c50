"""Gezin → Dossier exporteren… and Bestand → Dossier importeren…, through the same services
as `casustafel export` and `casustafel import`."""

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.dossier import formaat, invoer, zegel
from desktop_app.services.dossier.export import exporteer
from desktop_app.services.opslag.logboek import Wat
from desktop_app.store import bestand
from desktop_app.ui.opslag.vastleggen import leg_vast
from desktop_app.ui.opslag.wachtwoord import kies_wachtwoord
from desktop_app.ui.widgets.knoppen import bevestig_knoppen

FILTER = "Casustafel-dossier (*.casustafel)"


class ExportKeuze(QDialog):
    """How the dossier leaves: sealed with a password, anonymised, or both."""

    def __init__(self, naam: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Dossier exporteren")
        uitleg = QLabel(
            f"Het hele dossier van ‘{naam}’ als één bestand, vertrouwelijke gegevens "
            "inbegrepen, om over te dragen. Het logboek legt de export vast."
        )
        uitleg.setWordWrap(True)
        self.wachtwoord = QCheckBox("Met wachtwoord versleutelen (aangeraden)")
        self.wachtwoord.setObjectName("metWachtwoord")
        self.wachtwoord.setChecked(True)
        self.anoniem = QCheckBox(
            "Geanonimiseerd: namen, plaatsen en contactgegevens eruit, datums verschoven"
        )
        self.anoniem.setObjectName("geanonimiseerd")
        knoppen = bevestig_knoppen(self, "Verder…")
        layout = QVBoxLayout(self)
        for widget in (uitleg, self.wachtwoord, self.anoniem, knoppen):
            layout.addWidget(widget)
        self.setMinimumWidth(480)


def exporteer_dossier(parent: QWidget, workspace: Workspace, gezin_id: int, naam: str) -> bool:
    keuze = ExportKeuze(naam, parent)
    if keuze.exec() != QDialog.DialogCode.Accepted:
        return False
    wachtwoord = None
    if keuze.wachtwoord.isChecked():
        wachtwoord = kies_wachtwoord(parent, "Wachtwoord voor het dossier")
        if wachtwoord is None:
            return False
    anoniem = keuze.anoniem.isChecked()
    voorstel = f"{'Geanonimiseerd dossier' if anoniem else naam}.casustafel"
    path, _ = QFileDialog.getSaveFileName(parent, "Dossier exporteren", voorstel, FILTER)
    if not path:
        return False
    output = Path(path) if path.lower().endswith(".casustafel") else Path(f"{path}.casustafel")
    try:
        data = workspace.read(exporteer, gezin_id, anoniem)
        if wachtwoord is not None:
            data = zegel.verzegel(data, wachtwoord)
        bestand.schrijf(output, data, ".casustafel")
    except InvoerFout as exc:
        QMessageBox.warning(parent, "Dossier exporteren: niet gelukt", str(exc))
        return False
    vorm = "casustafel dossier" + " geanonimiseerd" * anoniem + " versleuteld" * bool(wachtwoord)
    leg_vast(parent, workspace, Wat.EXPORT, gezin_id, "vertrouwelijk", vorm)  # the whole case
    return True


def importeer_dossier(parent: QWidget, workspace: Workspace) -> int | None:
    """The new gezin's id, or None when nothing was read (said in a dialog)."""
    path, _ = QFileDialog.getOpenFileName(parent, "Dossier importeren", "", FILTER)
    if not path:
        return None
    titel = "Dossier importeren: niets ingelezen"
    try:
        data = _lees(Path(path))
        if zegel.verzegeld(data):
            wachtwoord, ok = QInputDialog.getText(
                parent,
                "Dossier importeren",
                "Dit dossier is versleuteld. Wachtwoord van het dossier:",
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            data = zegel.ontzegel(data, wachtwoord)
        dossier = invoer.lees(data)
        return workspace.edit("Dossier inlezen", invoer.schrijf, dossier)
    except InvoerFout as exc:
        QMessageBox.warning(parent, titel, str(exc))
        return None


def _lees(path: Path) -> bytes:
    try:
        if path.stat().st_size > formaat.MAX_GROOTTE:
            raise InvoerFout(f"{path.name} is te groot voor een dossier; er is niets ingelezen.")
        return path.read_bytes()
    except OSError as exc:
        raise InvoerFout(f"Kon {path.name} niet lezen: {exc.strerror or exc}.") from None
