"""One line to type a day, or a day and a time, as people say it: "12-04-2023 14:00",
"morgen 14:00", "over twee weken". The day it means is shown in words beside it, a mistake
in Dutch under it, and the value stays what it was until the text makes sense. It is one
line edit: Tab leaves it in one press, and Esc puts back what was there."""

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.model.errors import InvoerFout
from desktop_app.model.relatieve_datum import afstand, in_woorden, parse_dag
from desktop_app.model.tijdstip import parse_tijdstip

DAG = "%d-%m-%Y"
DAG_EN_TIJD = "%d-%m-%Y %H:%M"


class DatumVeld(QWidget):
    gekozen = Signal(object)  # the new value, once typed and understood (None: emptied)

    def __init__(
        self,
        met_tijd: bool = False,
        leeg_mag: bool = True,
        placeholder: str = "",
        volgende_bijeenkomst: Callable[[], date | None] | None = None,
        kort: bool = False,
    ):
        """`met_tijd`: the value is a local datetime, else a date; `volgende_bijeenkomst`:
        reads the next planned meeting's date, for "volgende bijeenkomst"; `kort`: the day
        in short words ("di 12 apr 2023"), in a crowded row."""
        super().__init__()
        self.met_tijd, self.leeg_mag, self.kort = met_tijd, leeg_mag, kort
        self.volgende_bijeenkomst = volgende_bijeenkomst or (lambda: None)
        self._waarde: date | datetime | None = None
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00-00-0000 00:00__"))
        self.line.editingFinished.connect(self._bevestigd)
        self.line.textEdited.connect(self._voorproef)
        self.line.installEventFilter(self)
        self.woorden = QLabel()
        self.woorden.setObjectName("datumInWoorden")
        self.woorden.setWordWrap(True)  # a narrow form wraps the words instead of widening
        self.fout = QLabel()
        self.fout.setObjectName("datumFout")
        self.fout.setWordWrap(True)
        self.fout.setStyleSheet("color: #B00020;")
        self.fout.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.woorden)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.fout)
        self.setFocusProxy(self.line)

    @property
    def waarde(self) -> date | datetime | None:
        return self._waarde

    def zet(self, waarde: date | datetime | None) -> None:
        """Show a stored value; showing is not choosing, so nothing is emitted."""
        self._waarde = waarde
        self._toon_fout("")
        self._laat_zien(waarde)

    def lees(self) -> bool:
        """Read what is typed into the value; False, with the reason shown, when it makes no
        sense (the value stays what it was)."""
        try:
            self._waarde = self._begrijp(self.line.text())
        except InvoerFout as fout:
            self._toon_fout(str(fout))
            return False
        self._toon_fout("")
        self._laat_zien(self._waarde)
        return True

    def _begrijp(self, text: str) -> date | datetime | None:
        if not text.strip() and self.leeg_mag:
            return None
        today = date.today()
        if not self.met_tijd:
            return parse_dag(text, today, self.volgende_bijeenkomst())
        said = parse_tijdstip(text, today, self.volgende_bijeenkomst())
        old = self._waarde
        if said.tijd is None and old is None:
            raise InvoerFout("Vul ook de tijd in, bijvoorbeeld morgen 14:00.")
        if said.dag is None and old is None:
            raise InvoerFout("Vul ook de datum in, bijvoorbeeld 12-04-2023 14:00.")
        return datetime.combine(said.dag or old.date(), said.tijd or old.time())

    def _bevestigd(self) -> None:
        before = self._waarde
        if self.lees() and self._waarde != before:
            self.gekozen.emit(self._waarde)

    def _voorproef(self, text: str) -> None:
        """While typing: what it would mean, or nothing yet; mistakes wait for Enter or Tab."""
        try:
            value = self._begrijp(text)
        except InvoerFout:
            self.woorden.setText("")
            return
        self.woorden.setText(self._in_woorden(value))

    def _laat_zien(self, waarde: date | datetime | None) -> None:
        shown = waarde.strftime(DAG_EN_TIJD if self.met_tijd else DAG) if waarde else ""
        if self.line.text() != shown:
            self.line.setText(shown)
        self.woorden.setText(self._in_woorden(waarde))

    def _in_woorden(self, waarde: date | datetime | None) -> str:
        if waarde is None:
            return ""
        day = waarde.date() if isinstance(waarde, datetime) else waarde
        time = f" om {waarde:%H:%M}" if isinstance(waarde, datetime) else ""
        return f"{in_woorden(day, self.kort)}{time} ({afstand(day, date.today())})"

    def _toon_fout(self, message: str) -> None:
        self.fout.setText(message)
        self.fout.setVisible(bool(message))

    def eventFilter(self, watched, event):
        """Esc puts back the value as it was, when something else was typed."""
        if (
            watched is self.line
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and (self.fout.isVisible() or self.line.isModified())
        ):
            self.zet(self._waarde)
            self.line.setModified(False)
            return True
        return super().eventFilter(watched, event)
