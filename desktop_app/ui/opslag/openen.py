"""Opening the store from the window: the passphrase, a holder that left, and every other
reason a store cannot be opened, each asked or told in Dutch."""

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.opslag import (
    Beschadigd,
    OpslagFout,
    VerkeerdWachtwoord,
    VerlatenSlot,
    WachtwoordNodig,
    reserve,
)
from desktop_app.ui.opslag.herstellen import bevestig
from desktop_app.ui.opslag.wachtwoord import kies_wachtwoord


def open_workspace(
    parent: QWidget,
    db_path: Path,
    wachtwoord: str | None = None,
    nieuw_aanbieden: bool = False,
) -> Workspace | None:
    """The opened workspace, or None when the user gave up or it cannot be opened. A damaged
    store with a good backup gets the offer to put that back; with `nieuw_aanbieden` a store
    made now is offered encryption first."""
    overnemen = False
    if nieuw_aanbieden and not db_path.exists():
        wachtwoord = _nieuwe_opslag(parent)
    while True:
        try:
            return Workspace.open(db_path, wachtwoord, overnemen=overnemen)
        except (WachtwoordNodig, VerkeerdWachtwoord) as exc:
            hint = str(exc) if isinstance(exc, VerkeerdWachtwoord) else ""
            wachtwoord = vraag_wachtwoord(parent, db_path, hint)
            if wachtwoord is None:
                return None
        except VerlatenSlot as exc:
            answer = QMessageBox.question(
                parent,
                "Database overnemen?",
                f"{exc}\n\nOvernemen? Casustafel controleert de database dan eerst helemaal.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            overnemen = True
        except Beschadigd as exc:
            if exc.reserve is None:
                QMessageBox.critical(parent, "Database niet geopend", str(exc))
                return None
            if not bevestig(
                parent,
                "Database beschadigd",
                str(exc),
                "Nieuwste goede reservekopie terugzetten",
                QMessageBox.Icon.Critical,
                nee="Sluiten",
            ):
                return None
            try:
                reserve.herstel(db_path, exc.reserve, wachtwoord)
            except OpslagFout as fout:
                QMessageBox.critical(parent, "Niet teruggezet", str(fout))
                return None
        except OpslagFout as exc:
            QMessageBox.critical(parent, "Database niet geopend", str(exc))
            return None


def _nieuwe_opslag(parent: QWidget) -> str | None:
    answer = QMessageBox.question(
        parent,
        "Nieuwe database",
        "Casustafel maakt een nieuwe database. Wilt u die versleutelen met een wachtwoord?\n\n"
        "Aangeraden op een laptop: raakt die kwijt, dan kan niemand de gegevens lezen. "
        "U kunt dit later ook nog doen (Bestand > Beveiliging).",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return kies_wachtwoord(parent, "Database versleutelen")


def vraag_wachtwoord(parent: QWidget, db_path: Path, hint: str = "") -> str | None:
    text = f"{hint}\n\n" if hint else ""
    value, ok = QInputDialog.getText(
        parent,
        "Wachtwoord",
        f"{text}De database {db_path.name} is versleuteld.\nWachtwoord:",
        QLineEdit.EchoMode.Password,
    )
    return value if ok else None
