"""Why a store could not be opened or changed: each with a complete Dutch message."""

from pathlib import Path


class OpslagFout(Exception):
    """The store cannot be used as asked; nothing was changed."""


class WachtwoordNodig(OpslagFout):
    """The store is encrypted and no passphrase was given."""


class VerkeerdWachtwoord(OpslagFout):
    pass


class InGebruik(OpslagFout):
    """Another process holds the store for writing."""


class VerlatenSlot(OpslagFout):
    """A process that held the store has gone without letting go; taking over needs a yes."""

    def __init__(self, message: str, houder: dict):
        super().__init__(message)
        self.houder = houder


class Beschadigd(OpslagFout):
    """The store failed its integrity check; `reserve` is the newest good backup, if any."""

    def __init__(self, message: str, reserve: Path | None = None):
        super().__init__(message)
        self.reserve = reserve
