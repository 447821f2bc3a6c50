from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop_app.ui.widgets.knoppen import bevestig_knoppen


class NieuwGezinDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Nieuw gezin")
        self.naam = QLineEdit()
        self.naam.setObjectName("naamVeld")
        self.naam.setPlaceholderText("bijv. Gezin Jansen")
        self.gemeente = QLineEdit()
        self.gemeente.setObjectName("gemeenteVeld")
        hint = QLabel("Gebruik een schuilnaam als het scherm met anderen wordt gedeeld.")
        hint.setWordWrap(True)
        buttons = bevestig_knoppen(self, "Aanmaken")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.naam.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow("Naam", self.naam)
        form.addRow("Gemeente", self.gemeente)
        form.addRow(hint)
        form.addRow(buttons)
