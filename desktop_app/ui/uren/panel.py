"""Hours written on product 2a/2b, with a warning at 80% and at 100% of the budget."""

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.model import Betrokkene
from desktop_app.services.uren import uren
from desktop_app.ui.edits import Editor
from desktop_app.ui.widgets.narrow_combo import narrow
from desktop_app.ui.widgets.plain_text import plain


class UrenPanel(QGroupBox):
    def __init__(self, editor: Editor):
        super().__init__("Uren product 2a/2b")
        self.editor = editor
        self.gezin_id: int | None = None
        self.stand = plain(QLabel())
        self.stand.setObjectName("urenStand")
        self.stand.setWordWrap(True)
        self.wie = narrow(QComboBox())
        self.uren, self.datum, self.wat = QLineEdit(), QLineEdit(), QLineEdit()
        self.uren.setPlaceholderText("uren, bijv. 1,5")
        self.datum.setPlaceholderText("dd-mm-jjjj")
        self.wat.setPlaceholderText("waaraan")
        self.uren.returnPressed.connect(self.add_hours)
        add = QPushButton("Uren schrijven")
        add.clicked.connect(self.add_hours)
        form = QFormLayout()
        form.addRow("Wie", self.wie)
        form.addRow("Uren", self.uren)
        form.addRow("Datum", self.datum)
        form.addRow("Waaraan", self.wat)
        form.addRow(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stand)
        layout.addLayout(form)

    def toon(self, gezin_id: int, betrokkenen: list[Betrokkene]) -> None:
        self.gezin_id = gezin_id
        current = self.wie.currentData()
        self.wie.clear()
        for p in betrokkenen:
            self.wie.addItem(p.naam_en_rol, p.id)
        self.wie.setCurrentIndex(max(0, self.wie.findData(current)))
        stand = self.editor.workspace.read(uren.urenstand, gezin_id)
        text = f"{stand.gebruikt:g} van {stand.budget:g} uur gebruikt."
        self.stand.setText(f"{text} {stand.waarschuwing}".strip())
        self.stand.setStyleSheet("color: #8A1C00; font-weight: 600;" if stand.waarschuwing else "")

    def add_hours(self) -> None:
        if self.editor.run(
            "Uren", uren.schrijf_uren, self.gezin_id, self.wie.currentData(),
            self.datum.text() or None, self.uren.text(), self.wat.text(),
        ):  # fmt: skip
            for line in (self.uren, self.wat):
                line.clear()
