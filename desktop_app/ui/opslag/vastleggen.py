"""Recording an output in the logboek from the window. The output goes ahead either way; when
the logboek cannot be written, the facilitator is told so once per store, without a modal
dialog in the way of a meeting."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.opslag import logboek

_gemeld: set[Path] = set()  # stores whose missing logboek line was told this session


def leg_vast(
    parent: QWidget,
    workspace: Workspace,
    wat: logboek.Wat,
    gezin_id: int,
    publiek: str | None,
    vorm: str,
) -> None:
    reden = logboek.schrijf(workspace, wat, gezin_id, publiek, vorm)
    store = workspace.opslag.pad if workspace.opslag else Path()
    if not reden or store in _gemeld:
        return
    _gemeld.add(store)
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "Niet vastgelegd in het logboek",
        f"Deze {wat.label.lower()} is gemaakt, maar niet vastgelegd in het logboek: {reden}. "
        "Zolang dat zo is, wordt ook wat u hierna exporteert, afdrukt of projecteert niet "
        "vastgelegd; deze melding komt niet nog eens.",
        QMessageBox.StandardButton.Ok,
        parent.window(),
    )
    box.setObjectName("nietVastgelegd")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, and the caller goes on
