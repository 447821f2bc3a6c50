"""The timeline an audience may see: its items, and the patterns that keep a visible item.

A pattern's name can tell too much, so one with none of its items left is gone as well
(`Tijdlijn.take`). Everything stays in arrays, so a 100,000-item timeline filters fast.
"""

import numpy as np
from sqlmodel import Session

from desktop_app.services.publiek.regel import Lezer, zichtbaar
from desktop_app.services.tijdlijn import tijdlijn as tijdlijn_service
from desktop_app.services.tijdlijn.tijdlijn import AUDIENCE_CODES, Tijdlijn


def tijdlijn(session: Session, gezin_id: int, publiek: Lezer) -> Tijdlijn:
    return voor(tijdlijn_service.laad(session, gezin_id), publiek)


def voor(alles: Tijdlijn, publiek: Lezer) -> Tijdlijn:
    """The items of a loaded timeline this audience may see, in the same order."""
    allowed = np.array([zichtbaar(z, publiek) for z in AUDIENCE_CODES])
    return alles.take(np.flatnonzero(allowed[alles.zichtbaarheid]))
