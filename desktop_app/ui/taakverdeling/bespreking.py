"""Bespreken: at the start of a meeting, the open afspraken one by one. G gedaan, L loopt
door, V vervallen, D a new date; ← → step; each answer is recorded in this meeting."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.model.dates import format_date
from desktop_app.model.enums import Bespreking
from desktop_app.services.taakverdeling import afspraken, bespreking
from desktop_app.ui.edits import Editor

KEYS = {
    Bespreking.GEDAAN: "G",
    Bespreking.LOOPT_DOOR: "L",
    Bespreking.VERVALLEN: "V",
    Bespreking.NIEUWE_DATUM: "D",
}


class BesprekingDialog(QDialog):
    def __init__(self, editor: Editor, bijeenkomst_id: int, parent=None):
        super().__init__(parent)
        self.editor, self.bijeenkomst_id = editor, bijeenkomst_id
        self.setWindowTitle("Afspraken bespreken")
        self.index = 0
        self.lijst = []
        self.positie = QLabel()
        self.kaart = QLabel()
        self.kaart.setWordWrap(True)
        self.kaart.setTextFormat(Qt.TextFormat.RichText)
        font = QFont()
        font.setPixelSize(20)
        self.kaart.setFont(font)
        self.datum = QLineEdit()
        self.datum.setPlaceholderText("nieuwe datum dd-mm-jjjj, dan D")
        self.datum.returnPressed.connect(lambda: self.zeg(Bespreking.NIEUWE_DATUM))
        buttons = QHBoxLayout()
        for uitkomst, key in KEYS.items():
            button = QPushButton(f"{uitkomst.label} ({key})")
            button.clicked.connect(lambda _c=False, u=uitkomst: self.zeg(u))
            buttons.addWidget(button)
            QShortcut(QKeySequence(key), self, activated=lambda u=uitkomst: self.zeg(u))
        stap = QHBoxLayout()
        for text, step in (("← Vorige", -1), ("Volgende →", 1)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=step: self.stap(s))
            stap.addWidget(button)
        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            QShortcut(QKeySequence(key), self, activated=lambda s=step: self.stap(s))
        layout = QVBoxLayout(self)
        layout.addWidget(self.positie)
        layout.addWidget(self.kaart, 1)
        layout.addWidget(self.datum)
        layout.addLayout(buttons)
        layout.addLayout(stap)
        self.resize(720, 360)
        self._laad()

    def _laad(self) -> None:
        self.lijst = self.editor.workspace.read(bespreking.te_bespreken, self.bijeenkomst_id)
        self.index = min(self.index, max(len(self.lijst) - 1, 0))
        self._toon()

    def _toon(self) -> None:
        if not self.lijst:
            self.positie.setText("")
            self.kaart.setText("Er staan geen open afspraken van eerder op de tafel.")
            return
        item = self.lijst[self.index]
        a = item.afspraak
        owner = self.editor.workspace.read(afspraken.eigenaar_naam, a)
        done = sum(1 for i in self.lijst if i.uitkomst)
        self.positie.setText(f"{self.index + 1} van {len(self.lijst)}   ·   {done} besproken")
        when = f"<br>uiterlijk {format_date(a.deadline)}" if a.deadline else ""
        said = f"<br><i>Gezegd: {escape(item.uitkomst)}</i>" if item.uitkomst else ""
        self.kaart.setText(f"<b>{escape(a.tekst)}</b><br>{escape(owner)}{when}{said}")

    def stap(self, step: int) -> None:
        if self.lijst:
            self.index = max(0, min(len(self.lijst) - 1, self.index + step))
            self._toon()

    def zeg(self, uitkomst: Bespreking) -> None:
        if not self.lijst:
            return
        a = self.lijst[self.index].afspraak
        datum = self.datum.text() if uitkomst is Bespreking.NIEUWE_DATUM else None
        if uitkomst is Bespreking.NIEUWE_DATUM and not (datum or "").strip():
            self.datum.setFocus()
            return
        if self.editor.run(
            "Bespreken", bespreking.bespreek, a.id, self.bijeenkomst_id, uitkomst, datum
        ):
            self.datum.clear()
            self.index += 1
            self._laad()
