"""What one presentation is showing, apart from its records: for whom, which step, black or not.

The beamer window and the facilitator's console both draw from this one object and change
it only through its methods, so the two screens cannot disagree. Qt-free on purpose: it is
the model, the windows are its views.
"""

from collections.abc import Callable
from enum import Enum, auto

from desktop_app.services.publiek.regel import Publiek


class Verandering(Enum):
    KEUZE = auto()  # the facilitator chose an audience (or the room again): read anew
    STAP = auto()  # another step is current
    ZWART = auto()  # the beamer went black or came back
    INHOUD = auto()  # the beamer drew anew: its steps, audience or reason may differ


class Presentatie:
    def __init__(self, publiek: Publiek | None = None):
        """`publiek`: a fixed audience; None follows the room (the meeting's attendance)."""
        self.vast = None if publiek is None else Publiek(publiek)
        self.gekozen: Publiek | None = None  # by the facilitator, until the attendance changes
        self.publiek = self.vast or Publiek.OUDERS
        self.reden = "gekozen"  # why this audience, for the facilitator
        self.zwart = False
        self.stappen: tuple[str, ...] = ()  # what the view steps through, as the audience reads it
        self.positie: int | None = None
        self._observers: list[Callable[[Verandering], None]] = []

    def subscribe(self, observer: Callable[[Verandering], None]) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: Callable[[Verandering], None]) -> None:
        if observer in self._observers:
            self._observers.remove(observer)

    def _meld(self, verandering: Verandering) -> None:
        for observer in list(self._observers):
            observer(verandering)

    # the facilitator's commands

    @property
    def volgt_de_zaal(self) -> bool:
        return self.vast is None and self.gekozen is None

    def kies(self, publiek: Publiek | None) -> None:
        """Show `publiek` from now on; None: follow the room again. A fixed audience stays."""
        if self.vast is not None:
            return
        self.gekozen = None if publiek is None else Publiek(publiek)
        if self.gekozen is not None:
            self.publiek, self.reden = self.gekozen, "gekozen"
        self._meld(Verandering.KEUZE)

    def aanwezigheid_veranderd(self) -> None:
        """Someone came or left: the room decides again, so a parent marked present narrows
        the beamer even after the facilitator chose professionals."""
        self.gekozen = None

    def wissel_zwart(self) -> None:
        self.zwart = not self.zwart
        self._meld(Verandering.ZWART)

    def stap(self, richting: int) -> None:
        """The next (1) or previous (-1) step, round the end; from none, the first or last."""
        if not self.stappen:
            return
        if self.positie is None:
            self.positie = 0 if richting > 0 else len(self.stappen) - 1
        else:
            self.positie = (self.positie + richting) % len(self.stappen)
        self._meld(Verandering.STAP)

    def ga_naar(self, positie: int | None) -> None:
        if positie is not None and not 0 <= positie < len(self.stappen):
            return
        self.positie = positie
        self._meld(Verandering.STAP)

    # what the beamer reports after drawing

    def zaal(self, publiek: Publiek, reden: str) -> None:
        """The room's audience, read by the beamer while no audience is chosen."""
        self.publiek, self.reden = publiek, reden

    def getekend(self, stappen: list[str], positie: int | None) -> None:
        self.stappen, self.positie = tuple(stappen), positie
        self._meld(Verandering.INHOUD)

    # read by the console

    @property
    def huidige(self) -> str | None:
        return None if self.positie is None else self.stappen[self.positie]

    @property
    def volgende(self) -> str | None:
        """The step → brings; none after the last (→ would go round to the first)."""
        if not self.stappen:
            return None
        nxt = 0 if self.positie is None else self.positie + 1
        return self.stappen[nxt] if nxt < len(self.stappen) else None
