from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Aanmaken")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.naam.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form = QFormLayout(self)
        form.addRow("Naam", self.naam)
        form.addRow("Gemeente", self.gemeente)
        form.addRow(hint)
        form.addRow(buttons)
