"""The safety chart on the Weging tab, for a chosen audience, and its projection (F5)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from desktop_app.services.publiek import weging as publiek_weging
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.weging import grafiek
from desktop_app.ui.edits import Editor
from desktop_app.ui.publiek.keuze import PubliekKeuze
from desktop_app.ui.weging.chart import VeiligheidsGrafiek


class VeiligheidPanel(QGroupBox):
    def __init__(self, editor: Editor):
        super().__init__("Veiligheid door de tijd")
        self.editor = editor
        self.gezin_id: int | None = None
        self.publiek = PubliekKeuze()
        self.publiek.activated.connect(self.draw)
        self.per = QComboBox()
        self.per.addItem("Per deelnemer", False)
        self.per.addItem("Per rol", True)
        self.per.activated.connect(self.draw)
        self.chart = VeiligheidsGrafiek()
        present = QPushButton("Presenteren (F5)")
        present.clicked.connect(self.present)
        chooser = QHBoxLayout()
        chooser.addWidget(self.publiek)
        chooser.addWidget(self.per)
        chooser.addStretch(1)
        chooser.addWidget(present)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.chart, 1)

    def shortcut_for(self, tab) -> None:
        """F5 anywhere on the tab projects the chart."""
        shortcut = QAction(tab)
        shortcut.setShortcut("F5")
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.triggered.connect(self.present)
        tab.addAction(shortcut)

    def toon(self, gezin_id: int) -> None:
        self.gezin_id = gezin_id
        self.draw()

    def set_publiek(self, publiek: Publiek | None) -> None:
        self.publiek.kies(publiek)
        self.draw()

    def draw(self) -> None:
        read, publiek = self.editor.workspace.read, self.publiek.gekozen()
        per_rol = bool(self.per.currentData())
        if publiek is None:  # the facilitator's own chart: every weging and score
            self.chart.show(grafiek.teken(read(grafiek.bron, self.gezin_id), per_rol))
        else:
            self.chart.show(read(publiek_weging.grafiek, self.gezin_id, publiek, per_rol))

    def present(self) -> None:
        from desktop_app.ui.weging.presentatie import start_presentation

        window = start_presentation(self.editor, self.gezin_id, bool(self.per.currentData()))
        self.window().statusBar().showMessage(window.uitleg, 5000)
