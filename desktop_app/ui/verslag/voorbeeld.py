"""The preview of a printed document: its pages on screen, the choices that change it, and
saving it as PDF or printing it from there."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPixmap, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.opslag.logboek import Wat
from desktop_app.store.bestand import schrijf
from desktop_app.ui.opslag.vastleggen import leg_vast
from desktop_app.ui.verslag.afdrukken import druk_af
from desktop_app.ui.verslag.paginas import beelden, omvang
from desktop_app.ui.widgets.plain_text import exact

SCHERM_DPI = 96  # a page on screen at about its size on paper: readable, and one page wide
# An upright A4 page at that size; a landscape page (the timeline) is shown no wider.
BREEDTE = round(210 / 25.4 * SCHERM_DPI)


@dataclass(frozen=True)
class Keuze:
    """A tick box above the pages; the maker receives its state under `naam`."""

    naam: str
    label: str
    aan: bool = False
    waarschuwing: str = ""  # said beside the box
    in_bestandsnaam: str = ""  # added to the file name while ticked: the file says what it holds


@dataclass(frozen=True)
class Vastlegging:
    """What the logboek records when the document is saved or printed: whose it is and for
    whom, never what it says."""

    workspace: Workspace
    gezin_id: int
    document: str  # "verslag": saved it is "pdf verslag", printed "papier verslag"
    publiek: Callable[[dict[str, bool]], str]  # its audience, given the ticked choices


class VoorbeeldDialog(QDialog):
    laatste_map: Path | None = None  # where the last PDF went, for the rest of the session

    def __init__(
        self,
        titel: str,
        bestandsnaam: str,
        maak: Callable[..., bytes],
        keuzes: Sequence[Keuze] = (),
        parent: QWidget | None = None,
        vastlegging: Vastlegging | None = None,
    ):
        super().__init__(parent)
        self.vastlegging = vastlegging
        self.setWindowTitle(titel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bestandsnaam = bestandsnaam
        self._maak = maak
        self._keuzes = list(keuzes)

        options = QHBoxLayout()
        self.vakjes: dict[str, QCheckBox] = {}
        for keuze in self._keuzes:
            box = QCheckBox(keuze.label)
            box.setChecked(keuze.aan)
            box.toggled.connect(self.ververs)
            self.vakjes[keuze.naam] = box
            options.addWidget(box)
            if keuze.waarschuwing:
                warning = QLabel(keuze.waarschuwing)
                warning.setObjectName("voorbeeldWaarschuwing")
                options.addWidget(warning)
            options.addSpacing(16)
        options.addStretch(1)
        self.paginatelling = QLabel()
        options.addWidget(self.paginatelling)

        self.pages = QWidget()
        self.pages.setObjectName("voorbeeldPaginas")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and PgDn leaf through

        self.melding = QLabel()
        self.save_button = QPushButton("Opslaan als PDF… (Ctrl+S)")
        self.save_button.clicked.connect(self.opslaan)
        self.print_button = QPushButton("Afdrukken… (Ctrl+P)")
        self.print_button.clicked.connect(self.afdrukken)
        close = QPushButton("Sluiten")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.melding, 1)
        for button in (self.save_button, self.print_button, close):
            button.setAutoDefault(False)  # Enter on a tick box must not save or close
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.opslaan)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.afdrukken)
        self.ververs()
        self._fit_screen()
        self.scroll.setFocus()

    def _gekozen(self) -> dict[str, bool]:
        return {naam: box.isChecked() for naam, box in self.vakjes.items()}

    def ververs(self) -> None:
        """Make the document again for the current choices and show its pages."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.pdf = self._maak(**self._gekozen())
            self.aantal, self.formaat = omvang(self.pdf)  # the first page's size, in points
            self._show_pages()
        finally:
            QApplication.restoreOverrideCursor()
        self.paginatelling.setText("1 pagina" if self.aantal == 1 else f"{self.aantal} pagina's")
        self.melding.clear()

    def _show_pages(self) -> None:
        for label in self.page_labels:
            label.hide()  # takes no room from the new pages until it is gone
            label.deleteLater()
        ratio = self.devicePixelRatioF()  # sharp on a HiDPI screen
        self.page_labels = []
        pages = beelden(self.pdf, SCHERM_DPI * ratio, breedte=round(BREEDTE * ratio))
        for number, image in enumerate(pages, start=1):
            image.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setObjectName("voorbeeldPagina")
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(f"Pagina {number} van {self.aantal}")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    def _fit_screen(self) -> None:
        """One page wide, as tall as the screen allows (a laptop's 1366×768 too)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        width = BREEDTE + 2 * self.scroll.verticalScrollBar().sizeHint().width() + 60
        self.resize(min(width, screen.width() - 40), min(1100, screen.height() * 9 // 10))

    def _naam(self) -> str:
        extra = "".join(k.in_bestandsnaam for k in self._keuzes if self.vakjes[k.naam].isChecked())
        return f"{self.bestandsnaam}{extra}.pdf"

    def opslaan(self) -> None:
        folder = self.laatste_map or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Opslaan als PDF", str(folder / self._naam()), "PDF-bestanden (*.pdf)"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            schrijf(path, self.pdf, ".pdf")
        except InvoerFout as exc:
            QMessageBox.warning(self, "Opslaan als PDF: niet opgeslagen", exact(str(exc)))
            return
        VoorbeeldDialog.laatste_map = path.parent
        self.melding.setText(f"Opgeslagen: {path.name}")
        self._leg_vast(Wat.EXPORT, "pdf")

    def afdrukken(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Casustafel")  # a shared printer's queue shows it: no gezin's name
        printer.setPageSize(QPageSize(self.formaat, QPageSize.Unit.Point))  # A4 matches A4
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Afdrukken")
        dialog.setMinMax(1, self.aantal)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.druk_af(printer)

    def druk_af(self, printer: QPrinter) -> bool:
        """Print what the preview shows on `printer`; a Dutch message when it cannot."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = druk_af(self.pdf, printer, self.aantal)
        finally:
            QApplication.restoreOverrideCursor()
        if done:
            self.melding.setText("Naar de printer gestuurd.")
            self._leg_vast(Wat.AFDRUK, "papier")
        else:
            QMessageBox.warning(self, "Afdrukken: niet gelukt", "De printer kon niet starten.")
        return done

    def _leg_vast(self, wat: Wat, medium: str) -> None:
        if self.vastlegging is not None:
            v = self.vastlegging
            publiek = v.publiek(self._gekozen())
            leg_vast(self, v.workspace, wat, v.gezin_id, publiek, f"{medium} {v.document}")
