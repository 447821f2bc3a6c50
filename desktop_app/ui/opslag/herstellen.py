"""Bestand > Reservekopie terugzetten…: the store's backups in a table; one is put back after
a yes, the current state first kept as a backup, and the window opens the store anew."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.opslag import OpslagFout, reserve
from desktop_app.services.opslag.reserve import Reservekopie
from desktop_app.ui.publiek.venster import ProjectieVenster
from desktop_app.ui.widgets.row_table import Column, RowTableModel

NL = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def gemaakt(kopie: Reservekopie) -> str:
    return NL.toString(kopie.moment, "ddd d MMMM yyyy, HH:mm")


def grootte(kopie: Reservekopie) -> str:
    return NL.formattedDataSize(kopie.grootte, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


KOLOMMEN = (
    Column("Gemaakt", gemaakt),
    Column("Grootte", grootte),
    Column("Waarom", lambda k: k.waarom),
    Column("Controle", lambda k: "in orde" if k.opent else "opent niet"),
)


class HerstellenDialog(QDialog):
    def __init__(self, kopieen: list[Reservekopie], map_: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Reservekopie terugzetten")
        self.gekozen: Reservekopie | None = None
        uitleg = QLabel(
            "Casustafel maakt een reservekopie als de database voor het eerst op een dag "
            "opent, en voor het bijwerken naar een nieuwe versie. Bewaard blijven die van de "
            f"laatste {reserve.DAGEN} dagen, en één per week van de {reserve.WEKEN} weken "
            "daarvoor. Ze zijn versleuteld als de database dat is.\n"
            f"Map: {map_}"
        )
        uitleg.setWordWrap(True)
        uitleg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RowTableModel(KOLOMMEN, self)
        self.model.rows = kopieen
        self.tabel = QTableView()
        self.tabel.setObjectName("reservekopieen")
        self.tabel.setModel(self.model)
        self.tabel.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.tabel.verticalHeader().hide()
        header = self.tabel.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabel.selectionModel().currentRowChanged.connect(self._keuze)
        self.tabel.doubleClicked.connect(self.terugzetten)
        leeg = QLabel("Er zijn nog geen reservekopieën.")
        leeg.setVisible(not kopieen)

        knoppen = QDialogButtonBox()
        self.terugzetten_knop = knoppen.addButton(
            "Terugzetten…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.terugzetten_knop.setEnabled(False)
        self.terugzetten_knop.clicked.connect(self.terugzetten)
        knoppen.addButton("Sluiten", QDialogButtonBox.ButtonRole.RejectRole)
        knoppen.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(uitleg)
        layout.addWidget(self.tabel, 1)
        layout.addWidget(leeg)
        layout.addWidget(knoppen)
        self.resize(820, 440)

    def _geselecteerd(self) -> Reservekopie | None:
        index = self.tabel.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _keuze(self, *_):
        kopie = self._geselecteerd()
        self.terugzetten_knop.setEnabled(kopie is not None and bool(kopie.opent))

    def terugzetten(self) -> None:
        kopie = self._geselecteerd()
        if kopie is None or not kopie.opent:
            return
        if bevestig(
            self,
            "Reservekopie terugzetten?",
            f"De database terugzetten naar de reservekopie van {gemaakt(kopie)}?\n\n"
            "Wat daarna is veranderd, staat dan niet meer in de database. De huidige toestand "
            "wordt eerst als reservekopie bewaard, zodat u ook dit terugzetten kunt terugdraaien.",
            "Terugzetten",
        ):
            self.gekozen = kopie
            self.accept()


def bevestig(
    parent: QWidget,
    titel: str,
    tekst: str,
    knop: str,
    icoon: QMessageBox.Icon = QMessageBox.Icon.Question,
    nee: str = "Annuleren",
) -> bool:
    """A yes or no whose yes names what it does; no is the default."""
    box = QMessageBox(icoon, titel, tekst, parent=parent)
    ja = box.addButton(knop, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(nee, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is ja


def reservekopie_terugzetten(window) -> None:
    """Choose and confirm a backup; close the workspace, put the backup back, reopen."""
    workspace = window.werkblad.workspace
    pad, wachtwoord = workspace.opslag.pad, workspace.opslag.wachtwoord
    dialog = HerstellenDialog(reserve.lijst(pad, wachtwoord), str(reserve.map_van(pad)), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    for venster in QApplication.topLevelWidgets():
        if isinstance(venster, ProjectieVenster):
            venster.close()  # it shows the store as it was
    workspace.close()
    try:
        reserve.herstel(pad, dialog.gekozen.pad, wachtwoord)
        gelukt = f"Teruggezet: de reservekopie van {gemaakt(dialog.gekozen)}."
    except OpslagFout as exc:
        QMessageBox.critical(window, "Niet teruggezet", str(exc))
        gelukt = ""
    # Restored or as it was, the store opens anew; a window on a closed store may not stay.
    if not window.open_store(pad, wachtwoord):
        window.close()
    elif gelukt:
        window.statusBar().showMessage(
            f"{gelukt} De vorige toestand is bewaard als reservekopie.", 10000
        )
