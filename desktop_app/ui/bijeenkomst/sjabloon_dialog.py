"""Bouwstenen-sjabloon: add, rename, reorder and retire checklist questions.

Past meetings keep their answers and the question as it was asked.
"""

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop_app.model import BouwsteenItem
from desktop_app.services.bijeenkomst import bouwstenen
from desktop_app.services.core.workspace import tabellen
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.row_table import Column, RowTableModel
from desktop_app.ui.widgets.store_dialog import StoreDialog
from desktop_app.ui.widgets.tables import fit_text_column


class SjabloonDialog(StoreDialog):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(editor, tabellen(BouwsteenItem), parent)
        self.setWindowTitle("Bouwstenen-sjabloon")
        self.resize(900, 600)
        names = bouwstenen.namen()
        self.model = RowTableModel(
            [
                Column("Bouwsteen", lambda i: names.get(i.bouwsteen, i.bouwsteen)),
                Column(
                    "Vraag",
                    lambda i: i.tekst,
                    lambda i, text: editor.run(
                        "Vraag hernoemen", bouwstenen.hernoem_item, i.id, text
                    ),
                ),
                Column(
                    "In gebruik",
                    lambda i: i.actief,
                    lambda i, on: editor.run("In gebruik", bouwstenen.zet_actief, i.id, on),
                    checkable=True,
                    tooltip="Uit: nieuwe bijeenkomsten vragen dit niet meer",
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        fit_text_column(self.view, 1)
        up, down = QPushButton("Omhoog"), QPushButton("Omlaag")
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        self.bouwsteen = QComboBox()
        for key, name in names.items():
            self.bouwsteen.addItem(name, key)
        self.vraag = QLineEdit()
        self.vraag.setPlaceholderText("Nieuwe vraag: typ en Enter")
        self.vraag.returnPressed.connect(self._add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        add_row = QHBoxLayout()
        add_row.addWidget(self.bouwsteen)
        add_row.addWidget(self.vraag, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(add_row)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.editor.workspace.read(bouwstenen.template, False))

    def _add(self) -> None:
        if self.editor.run(
            "Vraag toevoegen",
            bouwstenen.voeg_item_toe,
            self.bouwsteen.currentData(),
            self.vraag.text(),
        ):
            self.vraag.clear()

    def _move(self, steps: int) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        item_id = self.model.rows[index.row()].id
        self.editor.run("Vraag verplaatsen", bouwstenen.verschuif_item, item_id, steps)
        self.view.setCurrentIndex(self.model.index(self.model.row_of_id(item_id), index.column()))
