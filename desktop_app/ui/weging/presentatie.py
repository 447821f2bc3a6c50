"""The safety chart full screen for the audience in the room (F5 on the Weging tab)."""

from desktop_app.model import Betrokkene, Categorie, Gebeurtenis, Veiligheidsscore, Weging
from desktop_app.services.core.workspace import tabellen
from desktop_app.services.publiek import weging as publiek_weging
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.edits import Editor
from desktop_app.ui.publiek.venster import ProjectieVenster
from desktop_app.ui.weging.chart import VeiligheidsGrafiek

TOONT = tabellen(Weging, Veiligheidsscore, Betrokkene, Gebeurtenis, Categorie)


def start_presentation(editor: Editor, gezin_id: int, per_rol: bool):
    window = GrafiekPresentatie(editor, gezin_id, per_rol=per_rol)
    window.open()
    return window


class GrafiekPresentatie(ProjectieVenster):
    vorm = "beamer weging"  # its onderwerp is a sentence

    def __init__(
        self, editor: Editor, gezin_id: int, publiek: Publiek | None = None, per_rol: bool = False
    ):
        super().__init__(editor, gezin_id, "Veiligheid door de tijd", TOONT, publiek)
        self.per_rol = per_rol
        self.chart = VeiligheidsGrafiek(large=True)
        self.layout_.addWidget(self.chart, 1)
        self.vernieuw()

    def toon(self) -> None:
        read = self.editor.workspace.read
        self.chart.show(read(publiek_weging.grafiek, self.gezin_id, self.publiek, self.per_rol))
