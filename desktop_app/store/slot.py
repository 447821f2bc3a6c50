"""One writing process per store, as Qt's QLockFile has it, below the UI.

An OS lock on `<store>.lock` (the `filelock` package: fcntl or msvcrt) is held while a
process may write; the OS lets go of it when the process dies, however it dies. Beside it,
`<store>.houder` says who holds it, for the message another process shows. A `.houder`
found while the lock is free was left by a holder that did not close cleanly.
"""

import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.store.bestand import naast
from desktop_app.store.fouten import InGebruik, VerlatenSlot


@dataclass
class Slot:
    pad: Path  # the store file

    def __post_init__(self):
        self._lock = FileLock(f"{self.pad}.lock", timeout=0, mode=0o600)
        self._houder = Path(f"{self.pad}.houder")

    def neem(self, programma: str, overnemen: bool = False) -> bool:
        """Hold the store; True when it was left by a holder that did not close cleanly (the
        caller then checks it fully). A live holder is refused; one that left is taken over
        only with `overnemen`, or when it ran on this computer (its process is gone: the OS
        gave the lock free)."""
        try:
            self._lock.acquire()
        except Timeout:
            raise InGebruik(
                f"De database is in gebruik door {_wie(self._lees())}. Sluit dat eerst af; "
                "Casustafel laat maar één programma tegelijk wijzigen, zodat niemands werk "
                "wordt overschreven."
            ) from None
        left = self._lees() if self._houder.exists() else None
        if left is not None and not overnemen and left.get("computer") != socket.gethostname():
            self._lock.release()
            raise VerlatenSlot(
                f"De database was in gebruik door {_wie(left)} en is niet netjes afgesloten. "
                "Als dat programma echt niet meer draait, kunt u de database overnemen.",
                left,
            )
        self._schrijf(programma)
        return left is not None

    def laat_los(self) -> None:
        if self._lock.is_locked:
            self._houder.unlink(missing_ok=True)
            self._lock.release()

    def _schrijf(self, programma: str) -> None:
        info = {
            "programma": programma,
            "proces": os.getpid(),
            "computer": socket.gethostname(),
            "sinds": datetime.now().astimezone().isoformat(timespec="minutes"),
        }
        with naast(self._houder) as partial, open(partial, "w", encoding="utf-8") as f:
            json.dump(info, f)

    def _lees(self) -> dict:
        try:
            return json.loads(self._houder.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}


def _wie(info: dict) -> str:
    if not info:
        return "een ander programma"
    sinds = info.get("sinds", "")
    try:
        sinds = datetime.fromisoformat(sinds).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        pass
    return (
        f"{info.get('programma', 'een ander programma')} (proces {info.get('proces', '?')} op "
        f"{info.get('computer', '?')}, sinds {sinds})"
    )
