"""Categorieën beheren: name, colour and marker shape of each kind of timeline item."""

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop_app.model import Categorie
from desktop_app.services.core.workspace import tabellen
from desktop_app.services.tijdlijn import categorieen
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.choice_delegate import ChoiceDelegate
from desktop_app.ui.widgets.row_table import Column, RowTableModel
from desktop_app.ui.widgets.store_dialog import StoreDialog

# Paul Tol's colour-blind-safe palettes (muted and bright), named for people.
COLOURS = {
    "#332288": "Indigo", "#88CCEE": "Lichtblauw", "#44AA99": "Zeegroen", "#117733": "Groen",
    "#999933": "Olijf", "#DDCC77": "Zand", "#CC6677": "Roze", "#882255": "Wijnrood",
    "#AA4499": "Paars", "#777777": "Grijs", "#EE7733": "Oranje", "#0077BB": "Blauw",
}  # fmt: skip


class CategorieDialog(StoreDialog):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(editor, tabellen(Categorie), parent)
        self.setWindowTitle("Categorieën beheren")
        self.resize(640, 480)

        def save(label, field):
            return lambda c, value: editor.run(label, categorieen.wijzig, c.id, **{field: value})

        self.model = RowTableModel(
            [
                Column("Naam", lambda c: c.naam, save("Categorie hernoemen", "naam")),
                Column(
                    "Kleur",
                    lambda c: COLOURS.get(c.kleur, c.kleur),
                    save("Kleur van categorie", "kleur"),
                    edit_value=lambda c: c.kleur,
                    choices=lambda: [(name, code) for code, name in COLOURS.items()],
                    decoration=lambda c: QColor(c.kleur),
                ),
                Column(
                    "Vorm",
                    lambda c: categorieen.SYMBOLS.get(c.symbool, c.symbool),
                    save("Vorm van categorie", "symbool"),
                    edit_value=lambda c: c.symbool,
                    choices=lambda: [(name, key) for key, name in categorieen.SYMBOLS.items()],
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.horizontalHeader().setStretchLastSection(True)
        add = QPushButton("Categorie toevoegen")
        add.clicked.connect(self._add)
        remove = QPushButton("Verwijderen…")
        remove.clicked.connect(self._remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.editor.workspace.read(categorieen.alle))

    def _add(self) -> None:
        count = len(self.model.rows)
        if self.editor.run(
            "Categorie toevoegen", categorieen.maak, f"Nieuwe categorie {count + 1}"
        ):
            index = self.model.index(len(self.model.rows) - 1, 0)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def _remove(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            categorie = self.model.rows[index.row()]
            self.editor.run("Categorie verwijderen", categorieen.verwijder, categorie.id)
