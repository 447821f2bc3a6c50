"""Choosing a passphrase: typed twice, its strength said while typing, and the one warning
that matters: without it the data cannot be recovered."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.opslag import OpslagFout
from desktop_app.services.opslag.wachtwoord import sterkte
from desktop_app.ui.widgets.knoppen import bevestig_knoppen

KLEUR = {0: "#B00020", 1: "#8A4B00", 2: "#1F5F1F", 3: "#1F5F1F"}


class NieuwWachtwoord(QDialog):
    def __init__(self, titel: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setMinimumWidth(460)
        self.eerste = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.eerste.setObjectName("nieuwWachtwoord")
        self.tweede = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.tweede.setObjectName("herhaalWachtwoord")
        self.oordeel = QLabel()
        self.oordeel.setObjectName("wachtwoordSterkte")
        self.oordeel.setWordWrap(True)
        uitleg = QLabel(
            "Het wachtwoord wordt nergens bewaard. Zonder wachtwoord zijn de gegevens niet "
            "terug te halen, ook niet door een beheerder."
        )
        uitleg.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Wachtwoord:", self.eerste)
        form.addRow("Nogmaals:", self.tweede)
        form.addRow("", self.oordeel)
        self.knoppen = bevestig_knoppen(self, "OK")
        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addLayout(form)
        layout.addWidget(self.knoppen)
        self.eerste.textChanged.connect(self._beoordeel)
        self.tweede.textChanged.connect(self._beoordeel)
        self._beoordeel()

    @property
    def wachtwoord(self) -> str:
        return self.eerste.text()

    def _beoordeel(self) -> None:
        oordeel = sterkte(self.eerste.text())
        gelijk = self.eerste.text() == self.tweede.text()
        tekst = oordeel.uitleg if self.eerste.text() else "Kies een wachtwoord, liever een zin."
        if oordeel.genoeg and self.tweede.text() and not gelijk:
            tekst += " De twee wachtwoorden zijn nog niet gelijk."
        self.oordeel.setText(tekst)
        self.oordeel.setStyleSheet(f"color: {KLEUR[oordeel.score if gelijk else 1]};")
        ok = self.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(oordeel.genoeg and gelijk)


def kies_wachtwoord(parent: QWidget, titel: str) -> str | None:
    dialog = NieuwWachtwoord(titel, parent)
    return dialog.wachtwoord if dialog.exec() == QDialog.DialogCode.Accepted else None


def versleutel(parent: QWidget, workspace: Workspace) -> bool:
    """Encrypt the open store, or give it a new passphrase. True when done."""
    titel = "Wachtwoord wijzigen" if workspace.versleuteld else "Database versleutelen"
    nieuw = kies_wachtwoord(parent, titel)
    if nieuw is None:
        return False
    return _zet(parent, workspace, nieuw, titel)


def ontsleutel(parent: QWidget, workspace: Workspace) -> bool:
    answer = QMessageBox.warning(
        parent,
        "Versleuteling uitzetten",
        "Zonder versleuteling kan iedereen die dit bestand in handen krijgt de gegevens lezen. "
        "Toch uitzetten?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return _zet(parent, workspace, None, "Versleuteling uitzetten")


def _zet(parent: QWidget, workspace: Workspace, nieuw: str | None, titel: str) -> bool:
    try:
        workspace.zet_wachtwoord(nieuw)
    except OpslagFout as exc:
        QMessageBox.critical(parent, titel, str(exc))
        return False
    QMessageBox.information(
        parent,
        titel,
        ("De database is versleuteld." if nieuw else "De database is niet meer versleuteld.")
        + " Ongedaan maken kan niet voor wijzigingen van vóór deze stap.",
    )
    return True
