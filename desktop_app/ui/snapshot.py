"""Render a screen offscreen to PNG, for documentation and for checking the UI."""

import os
from pathlib import Path

from desktop_app.model.errors import InvoerFout


def snapshot(db_path: Path, gezin_id: int, view: str, output: Path, size: tuple[int, int]) -> None:
    if not db_path.exists():
        raise InvoerFout(f"De database {db_path} bestaat niet. Maak eerst een gezin of de demo.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import gezinnen
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.style import apply_style

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    window = MainWindow()
    try:
        if not window.open_store(db_path):
            raise InvoerFout(f"De database {db_path} kon niet worden geopend.")
        if gezin_id not in {g.id for g in window.werkblad.workspace.read(gezinnen.alle)}:
            raise InvoerFout(f"Gezin {gezin_id} bestaat niet in {db_path}.")
        window.werkblad.select_gezin(gezin_id)
        window.werkblad.tabs.setCurrentWidget(window.werkblad.overzicht)
        window.resize(*size)
        window.show()
        app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(output), "PNG"):
            raise InvoerFout(f"Kon {output} niet schrijven.")
    finally:
        window.close()
