"""Who is in the room: the audience every projection takes, from a meeting's attendance."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop_app.model.enums import Aanwezig
from desktop_app.services.bijeenkomst import bijeenkomsten, volgorde
from desktop_app.services.publiek.regel import Publiek


@dataclass(frozen=True)
class Zaal:
    publiek: Publiek
    reden: str  # why, in Dutch, for the facilitator's status line
    bijeenkomst_id: int | None


def publiek_van(session: Session, bijeenkomst_id: int) -> Zaal:
    """Professionals only when presence is recorded and no gezinslid is there: a child or
    grandparent is family as much as a parent, and a list not yet filled in must not open the
    professionals' notes."""
    present = [
        a
        for a in bijeenkomsten.aanwezigheid(session, bijeenkomst_id)
        if a.status == Aanwezig.AANWEZIG
    ]
    if not present:
        return Zaal(Publiek.OUDERS, "aanwezigheid nog niet ingevuld", bijeenkomst_id)
    if any(a.gezinslid_id for a in present):
        return Zaal(Publiek.OUDERS, "gezin aanwezig", bijeenkomst_id)
    return Zaal(Publiek.PROFESSIONALS, "geen gezinsleden aanwezig", bijeenkomst_id)


def in_de_zaal(session: Session, gezin_id: int) -> Zaal:
    """The audience now: that of today's meeting; without one, the family may be watching."""
    today = volgorde.van_vandaag(session, gezin_id)
    if today is None:
        return Zaal(Publiek.OUDERS, "geen bijeenkomst vandaag", None)
    return publiek_van(session, today.id)
