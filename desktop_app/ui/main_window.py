"""The main window. It paints an empty shell first; the store and screens load after.

Only light Qt imports at module level: SQLModel and the screens load in `open_store`.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app.ui import startup_probe
from desktop_app.ui.first_paint import FirstPaint
from desktop_app.ui.widgets.plain_text import plain

APP_NAME = "Casustafel"


class MainWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(1440, 900)
        self.werkblad = None
        self.vergrendeling = None
        placeholder = QLabel("Casustafel wordt geopend…")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(placeholder)
        if startup_probe.ENABLED:
            FirstPaint(self, lambda: startup_probe.report("window"), deferred=False)

    def open_store(
        self, db_path: Path, wachtwoord: str | None = None, nieuw_aanbieden: bool = False
    ) -> bool:
        """Open the store and build the screens; a Dutch message and False when it fails.
        `wachtwoord`: the passphrase known already, when the store is opened anew;
        `nieuw_aanbieden`: a store made now is offered encryption first."""
        from desktop_app.ui.opslag.openen import open_workspace
        from desktop_app.ui.werkblad import Werkblad

        workspace = open_workspace(self, db_path, wachtwoord, nieuw_aanbieden)
        if workspace is None:
            return False
        self.attach(Werkblad(workspace, self))
        self.werkblad.open_most_recent()
        return True

    def attach(self, werkblad) -> None:
        self.werkblad = werkblad
        self.setCentralWidget(werkblad)
        from desktop_app.ui.opslag.vergrendeling import Vergrendeling

        self.menuBar().clear()  # a store opened anew (after a restore) brings its own
        if self.vergrendeling is not None:
            self.vergrendeling.stop()
        self.vergrendeling = Vergrendeling(self, werkblad.workspace)
        werkblad.install_menus(self.menuBar(), self.vergrendeling.acties)
        from desktop_app.services.opslag import GEVRAAGD

        if werkblad.workspace.alleen_lezen not in ("", GEVRAAGD):
            banner = plain(
                QLabel(
                    f"Alleen lezen: {werkblad.workspace.alleen_lezen}. U kunt alles bekijken, "
                    "maar niets wijzigen."
                )
            )
            banner.setObjectName("alleenLezen")
            banner.setStyleSheet("background: #FFF4D6; color: #000000; padding: 6px 12px;")
            bar = self.addToolBar("Alleen lezen")
            bar.setMovable(False)
            bar.addWidget(banner)
        werkblad.title_changed.connect(self._show_title)
        if startup_probe.ENABLED:
            FirstPaint(
                werkblad.tabs, lambda: startup_probe.report("overzicht", last=True), deferred=False
            )

    def _show_title(self, gezin_naam: str) -> None:
        self.setWindowTitle(f"{gezin_naam} – {APP_NAME}" if gezin_naam else APP_NAME)

    def closeEvent(self, event):
        if self.werkblad is not None:
            self.vergrendeling.stop()
            self.werkblad.workspace.close()
        super().closeEvent(event)
