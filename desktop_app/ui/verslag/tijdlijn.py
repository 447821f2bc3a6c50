"""The printed timeline in the preview: A4 landscape, or A3 as a poster for the wall."""

from PySide6.QtWidgets import QWidget

from desktop_app.reports import tijdlijn as tijdlijn_papier
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.verslag.voorbeeld import Keuze, Vastlegging, VoorbeeldDialog


def voorbeeld(
    workspace: Workspace, gezin_id: int, publiek: Publiek, parent: QWidget
) -> VoorbeeldDialog:
    naam = workspace.read(gezinnen.haal, gezin_id).naam

    def maak(a3: bool) -> bytes:
        return workspace.read(tijdlijn_papier.van_gezin, gezin_id, publiek, "A3" if a3 else "A4")

    return VoorbeeldDialog(
        f"Tijdlijn afdrukken · {naam} · {publiek.label.lower()}",
        f"Tijdlijn {naam} ({publiek.label.lower()})",
        maak,
        [Keuze("a3", "Op A3, als poster", in_bestandsnaam=" A3")],
        parent,
        Vastlegging(workspace, gezin_id, "tijdlijn", lambda _: publiek.value),
    )
