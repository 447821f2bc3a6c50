"""The facilitator's console on the laptop while a second screen shows the beamer window.

One console for every tab that presents: it shows the beamer's `Presentatie` (what is
current, what comes next, black or not, for whom) and changes it only through it. Every key
arrives here, never on the beamer, so nothing typed (snel toevoegen included) reaches the
room; the room sees only what the beamer draws from services.publiek.
"""

from html import escape

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.ui.publiek.keuze import PubliekKeuze
from desktop_app.ui.publiek.staat import Verandering
from desktop_app.ui.publiek.venster import pixels
from desktop_app.ui.tijdlijn.quick_add import QuickAddBar, snel_toevoegen_in

TITEL = "Presenteren – Casustafel"
ALGEMEEN = "B zwart scherm   N snel toevoegen   Esc stoppen"
STAPPEN = "← → vorige / volgende"


def _knop(tekst: str) -> QPushButton:
    """Clicked, never focused: the arrow keys and letters stay the console's."""
    knop = QPushButton(tekst)
    knop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return knop


class PresentatieConsole(QWidget):
    def __init__(self, beamer):
        super().__init__()
        self.beamer = beamer
        self.presentatie = beamer.presentatie
        self.setWindowTitle(TITEL)
        self.setObjectName("presentatieConsole")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        naam = beamer.editor.workspace.read(gezinnen.haal, beamer.gezin_id).naam
        kop = QLabel(f"<b>Presenteren</b>   ·   {escape(beamer.onderwerp)}   ·   {escape(naam)}")
        kop.setFont(pixels(22))
        self.scherm = QLabel()  # what the room sees now: the audience's banner, or black
        self.scherm.setObjectName("consoleScherm")
        self.scherm.setFont(pixels(18))
        self.scherm.setWordWrap(True)
        self.keuze = PubliekKeuze(self.presentatie.publiek, met_alles=False)
        self.keuze.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.keuze.activated.connect(lambda: self.presentatie.kies(self.keuze.gekozen()))
        self.zwart = _knop("Zwart scherm (B)")
        self.zwart.setObjectName("zwartKnop")
        self.zwart.setCheckable(True)
        self.zwart.clicked.connect(lambda: self.presentatie.wissel_zwart())
        stop = _knop("Stoppen (Esc)")
        stop.clicked.connect(self.close)

        self.nu = QLabel()
        self.nu.setObjectName("consoleNu")
        self.nu.setWordWrap(True)
        self.nu.setFont(pixels(30))
        self.nu.setStyleSheet("background: #F3F5F8; border: 1px solid #D5DAE1; padding: 12px;")
        self.volgende = QLabel()
        self.volgende.setObjectName("consoleVolgende")
        self.volgende.setWordWrap(True)
        self.volgende.setFont(pixels(20))
        self.model = QStringListModel(self)
        self.lijst = QListView()  # the agenda: every step, the current one selected
        self.lijst.setModel(self.model)
        self.lijst.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lijst.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lijst.setWordWrap(True)
        self.lijst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lijst.clicked.connect(lambda index: self.presentatie.ga_naar(index.row()))
        self.voorbeeld = QLabel()  # the beamer, small: what the room sees right now
        self.voorbeeld.setObjectName("consoleVoorbeeld")
        self.voorbeeld.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.voorbeeld.setMinimumSize(320, 180)
        # the picture follows the label's size, never the other way round
        self.voorbeeld.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.voorbeeld.installEventFilter(self)
        self.later = QTimer(self)  # after the beamer has drawn the change
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self._toon_voorbeeld)
        self.snel = QuickAddBar(vast=True)
        self.snel.submitted.connect(self._snel_toevoegen)
        self.hulp = QLabel()
        self.hulp.setStyleSheet("color: #333333;")

        bovenaan = QHBoxLayout()
        bovenaan.addWidget(kop, 1)
        bovenaan.addWidget(stop)
        beamer_rij = QHBoxLayout()
        beamer_rij.addWidget(self.scherm, 1)
        beamer_rij.addWidget(QLabel("Publiek:"))
        beamer_rij.addWidget(self.keuze)
        beamer_rij.addWidget(self.zwart)
        self.stappen = stappen = QGridLayout()
        stappen.addWidget(self._kopje("Nu op het scherm"), 0, 0)
        stappen.addWidget(self.nu, 1, 0)
        stappen.addWidget(self._kopje("Volgende"), 2, 0)
        stappen.addWidget(self.volgende, 3, 0)
        stappen.addWidget(self._kopje("Zo ziet de zaal het"), 4, 0)
        stappen.addWidget(self.voorbeeld, 5, 0)
        stappen.setRowStretch(5, 1)
        self.lijst_kop = self._kopje("Alle onderdelen")
        stappen.addWidget(self.lijst_kop, 0, 1)
        stappen.addWidget(self.lijst, 1, 1, 5, 1)
        stappen.setColumnStretch(0, 3)
        stappen.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bovenaan)
        layout.addLayout(beamer_rij)
        layout.addLayout(stappen, 1)
        layout.addWidget(self.snel)
        layout.addWidget(self.hulp)
        self.presentatie.subscribe(self._op_presentatie)
        self._toon()

    @staticmethod
    def _kopje(tekst: str) -> QLabel:
        label = QLabel(tekst.upper())
        label.setStyleSheet("color: #444444; font-weight: 600;")
        return label

    def open(self, scherm: QScreen) -> None:
        self.setGeometry(scherm.availableGeometry())
        self.showMaximized()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _op_presentatie(self, verandering: Verandering) -> None:
        self._toon()

    def _toon_voorbeeld(self) -> None:
        if not self.beamer.isVisible():
            return
        size = self.voorbeeld.size()
        self.voorbeeld.setPixmap(
            self.beamer.grab().scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def eventFilter(self, watched, event):
        if watched is self.voorbeeld and event.type() == QEvent.Type.Resize:
            self.later.start()
        return False

    def _toon(self) -> None:
        """Everything from the `Presentatie`: the console keeps nothing of its own."""
        p = self.presentatie
        room = "door u gekozen" if not p.volgt_de_zaal else f"volgens de zaal: {p.reden}"
        self.scherm.setText(
            "Op het scherm: <b>ZWART</b> (B laat het weer zien)"
            if p.zwart
            else f"Op het scherm: <b>{p.publiek.label.lower()}</b> ({escape(room)})"
        )
        self.keuze.kies(p.publiek)
        self.keuze.setEnabled(p.vast is None)
        self.zwart.setChecked(p.zwart)
        self.zwart.setText("Beeld terug (B)" if p.zwart else "Zwart scherm (B)")
        if p.stappen:
            self.nu.setText(p.huidige or "Nog niets gekozen: → begint bij het eerste.")
            self.volgende.setText(p.volgende or "Dit is het laatste; → begint weer vooraan.")
        else:
            onderwerp = self.beamer.onderwerp
            self.nu.setText(onderwerp[:1].upper() + onderwerp[1:])
            self.volgende.setText("Hier is niets om langs te gaan.")
        self.lijst.setVisible(bool(p.stappen))  # the room's view gets the width instead
        self.lijst_kop.setVisible(bool(p.stappen))
        self.stappen.setColumnStretch(1, 2 if p.stappen else 0)
        if self.model.stringList() != list(p.stappen):
            self.model.setStringList(list(p.stappen))
        selection = self.lijst.selectionModel()
        if p.positie is None:
            selection.clearSelection()
        else:
            index = self.model.index(p.positie)
            self.lijst.setCurrentIndex(index)
            self.lijst.scrollTo(index)
        extra = [STAPPEN] if p.stappen else []
        extra += [self.beamer.toetsuitleg] if self.beamer.toetsuitleg else []
        self.hulp.setText("   ".join([*extra, ALGEMEEN]))
        self.later.start()

    def _snel_toevoegen(self, line: str) -> None:
        beamer = self.beamer
        read = beamer.editor.workspace.read
        item = snel_toevoegen_in(
            beamer.editor,
            beamer.gezin_id,
            line,
            self.snel,
            lambda: read(publiek_tijdlijn.tijdlijn, beamer.gezin_id, self.presentatie.publiek),
        )
        if item is not None:
            beamer.nieuw_item(item.id)

    def keyPressEvent(self, event):
        """The keys the snel-toevoegen line leaves: the console's own, then the view's."""
        key = event.key()
        M = Qt.KeyboardModifier
        plain = not event.modifiers() & (M.ControlModifier | M.AltModifier | M.MetaModifier)
        actie = self.beamer.toetsen().get(key) if plain else None
        if key == Qt.Key.Key_Escape:
            self.close()
        elif plain and key == Qt.Key.Key_B:
            self.presentatie.wissel_zwart()
        elif plain and key == Qt.Key.Key_N:
            self.snel.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif actie is not None:
            actie()
            self.later.start()  # a zoom or a page changes the beamer without a step
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event):
        self.presentatie.unsubscribe(self._op_presentatie)
        self.beamer.close()  # presenting ends on both screens at once
        super().closeEvent(event)
