import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.ui.first_paint import FirstPaint
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.style import apply_style


def run(db_path: Path) -> int:
    """Show the window at once, then open the store once it has been painted."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Casustafel")
    apply_style(app)
    window = MainWindow()
    outcome = {}

    def load():
        if not window.open_store(db_path, nieuw_aanbieden=True):
            outcome["failed"] = True
            app.quit()

    FirstPaint(window, load)
    window.show()
    code = app.exec()
    return 1 if outcome else code
