"""Unlocking the idle lock of an encrypted store: the passphrase is proven against the store
file itself (it is kept nowhere new), and a run of wrong tries makes the next one wait."""

from dataclasses import dataclass

from desktop_app.services.core.workspace import Workspace
from desktop_app.store.fouten import VerkeerdWachtwoord
from desktop_app.store.verbinding import controleer

POGINGEN = 5  # wrong tries before each further try waits
WACHTTIJD = 30.0  # seconds


def klopt(workspace: Workspace, wachtwoord: str) -> bool:
    """Whether the store opens under `wachtwoord` (SQLCipher's key derivation makes every
    try take about a tenth of a second)."""
    try:
        controleer(workspace.opslag.pad, wachtwoord)
    except VerkeerdWachtwoord:
        return False
    return True


@dataclass
class Pogingen:
    """Wrong tries since the last unlock, against a monotonic clock in seconds."""

    fout: int = 0
    tot: float = 0.0  # no try is taken before this moment

    def wacht(self, nu: float) -> float:
        """Seconds until the next try may be taken; 0 when it may now."""
        return max(0.0, self.tot - nu)

    def mislukt(self, nu: float) -> None:
        self.fout += 1
        if self.fout >= POGINGEN:
            self.tot = nu + WACHTTIJD
