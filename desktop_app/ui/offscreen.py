"""A QApplication for rendering without a screen (snapshot, export)."""

import os

from PySide6.QtWidgets import QApplication

from desktop_app.ui.style import apply_style


def offscreen_app() -> QApplication:
    if QApplication.instance() is not None:
        return QApplication.instance()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    apply_style(app)
    return app
