"""Start-up instrumentation for the cold-start benchmark: set CASUSTAFEL_STARTUP_PROBE=1.

Prints `painted <what>` when a screen is first painted and quits after the last one.
"""

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENABLED = os.environ.get("CASUSTAFEL_STARTUP_PROBE") == "1"


def report(what: str, last: bool = False) -> None:
    if ENABLED:
        print(f"painted {what}", flush=True)
        if last:
            QTimer.singleShot(0, QApplication.quit)
