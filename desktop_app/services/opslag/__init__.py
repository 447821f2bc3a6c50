"""Keeping the store safe: its passphrase, and why it could not be opened.

The screens and the command line take the store's errors from here, not from the store."""

from desktop_app.store.fouten import (
    Beschadigd,
    InGebruik,
    OpslagFout,
    VerkeerdWachtwoord,
    VerlatenSlot,
    WachtwoordNodig,
)
from desktop_app.store.openen import GEVRAAGD
from desktop_app.store.verbinding import versleuteld

__all__ = [
    "GEVRAAGD",
    "Beschadigd",
    "InGebruik",
    "OpslagFout",
    "VerkeerdWachtwoord",
    "VerlatenSlot",
    "WachtwoordNodig",
    "versleuteld",
]
