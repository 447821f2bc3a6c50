"""Presenteren (F5) from the Bijeenkomsten tab: one section at a time, large, full screen.

The sections are drawn from the meeting's audience projection (services.publiek), for the
audience its attendance gives.
"""

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.model import (
    Afspraak,
    Besluit,
    Betrokkene,
    Gebeurtenis,
    GebeurtenisWijziging,
    Punt,
    Standpunt,
)
from desktop_app.model.dates import format_date
from desktop_app.services.core.workspace import tabellen
from desktop_app.services.publiek import bijeenkomst as publiek_bijeenkomst
from desktop_app.services.publiek.bijeenkomst import PubliekBijeenkomst, PubliekStandpunt
from desktop_app.services.publiek.regel import Publiek
from desktop_app.ui.edits import Editor
from desktop_app.ui.publiek.venster import ProjectieVenster, pixels

TOONT = tabellen(Punt, Besluit, Standpunt, Afspraak, Betrokkene, Gebeurtenis, GebeurtenisWijziging)


@dataclass(frozen=True)
class Sectie:
    titel: str
    regels: list[str]


def secties(b: PubliekBijeenkomst) -> list[Sectie]:
    result = [Sectie("Wat is er veranderd", b.veranderd)] if b.veranderd else []
    result += [Sectie(kolom.label, lines) for kolom, lines in b.kolommen.items()]
    decisions = []
    for besluit in b.besluiten:
        kind = " (kernbeslissing)" if besluit.kernbeslissing else ""
        views = [_standpunt(view) for view in besluit.standpunten]
        decisions.append("\n".join([f"{besluit.tekst}{kind}", *views]))
    result.append(Sectie("Besluiten", decisions))
    agreements = []
    for afspraak in b.afspraken:
        when = f", uiterlijk {format_date(afspraak.deadline)}" if afspraak.deadline else ""
        kind = f"{afspraak.soort.label}: " if afspraak.veiligheid else ""
        agreements.append(f"{kind}{afspraak.tekst} — {afspraak.eigenaar_naam}{when}")
    result.append(Sectie("Wie doet wat", agreements))
    if b.volgende:
        result.append(Sectie("Volgende bijeenkomst", [format_date(b.volgende)]))
    return result


def _standpunt(view: PubliekStandpunt) -> str:
    """Who, what they think and their words; a parent not asked has no line at all."""
    line = f"{view.naam}: {view.positie.lower()}" if view.positie else view.naam
    return f"{line} — “{view.woorden}”" if view.woorden else line


def _regel(line: str) -> str:
    """A line and the lines under it (each parent's view under a decision), smaller."""
    first, *under = line.split("\n")
    return escape(first) + "".join(
        f"<br/><span style='font-size:28px'>{escape(part)}</span>" for part in under
    )


def start_presentation(editor: Editor, gezin_id: int, bijeenkomst_id: int):
    window = BijeenkomstPresentatie(editor, gezin_id, bijeenkomst_id)
    window.open()
    return window


class BijeenkomstPresentatie(ProjectieVenster):
    def __init__(
        self, editor: Editor, gezin_id: int, bijeenkomst_id: int, publiek: Publiek | None = None
    ):
        super().__init__(editor, gezin_id, "bijeenkomst", TOONT, publiek, bijeenkomst_id)
        self.presentatie.positie = 0  # a meeting always shows one of its sections
        self.sections: list[Sectie] = []
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setFont(pixels(34))
        self.body.setContentsMargins(40, 24, 40, 0)
        self.hint = QLabel()
        self.hint.setFont(pixels(22))
        self.hint.setContentsMargins(40, 0, 40, 0)
        self.layout_.addWidget(self.body, 1)
        self.layout_.addWidget(self.hint)
        self.vernieuw()

    @property
    def index(self) -> int:
        return self.presentatie.positie

    def toon(self) -> None:
        records = self.editor.workspace.read(
            publiek_bijeenkomst.bijeenkomst, self.bijeenkomst_id, self.publiek
        )
        self.sections = secties(records)
        self.presentatie.positie = min(self.index, len(self.sections) - 1)  # vernieuw() tells
        self.toon_stap()

    def stappen(self) -> tuple[list[str], int | None]:
        return [section.titel for section in self.sections], self.index

    def toetsen(self):
        forward, back = (lambda: self.presentatie.stap(1)), (lambda: self.presentatie.stap(-1))
        return {
            Qt.Key.Key_Right: forward,
            Qt.Key.Key_PageDown: forward,
            Qt.Key.Key_Space: forward,
            Qt.Key.Key_Left: back,
            Qt.Key.Key_PageUp: back,
        }

    def toon_stap(self) -> None:
        section = self.sections[self.index]
        items = "".join(
            f"<li style='margin-bottom:14px'>{_regel(line)}</li>" for line in section.regels
        )
        empty = "<p style='color:#444'>Nog niets genoteerd.</p>"
        self.body.setText(
            f"<h1 style='font-size:46px'>{escape(section.titel)}</h1>"
            + (f"<ul>{items}</ul>" if section.regels else empty)
        )
        self.hint.setText(
            f"{self.index + 1} van {len(self.sections)}"
            + self.hulp("   ·   ← → andere onderdelen   Esc stoppen")
        )

    def shown_text(self) -> str:
        return self.body.text()
