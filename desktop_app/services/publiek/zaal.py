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
    """Professionals only when someone is marked present and every invited gezinslid is
    marked absent: a child or grandparent is family as much as a parent, and a list not yet
    filled in (for the family: anyone still only "uitgenodigd") must not open the
    professionals' notes."""
    invited = bijeenkomsten.aanwezigheid(session, bijeenkomst_id)
    family = [a for a in invited if a.gezinslid_id]
    if not any(a.status == Aanwezig.AANWEZIG for a in invited):
        return Zaal(Publiek.OUDERS, "aanwezigheid nog niet ingevuld", bijeenkomst_id)
    if any(a.status == Aanwezig.AANWEZIG for a in family):
        return Zaal(Publiek.OUDERS, "gezin aanwezig", bijeenkomst_id)
    if any(a.status == Aanwezig.UITGENODIGD for a in family):
        return Zaal(Publiek.OUDERS, "van het gezin is nog niet bekend wie er is", bijeenkomst_id)
    return Zaal(Publiek.PROFESSIONALS, "geen gezinsleden aanwezig", bijeenkomst_id)


def in_de_zaal(session: Session, gezin_id: int) -> Zaal:
    """The audience now: that of today's meeting; without one, the family may be watching."""
    today = volgorde.van_vandaag(session, gezin_id)
    if today is None:
        return Zaal(Publiek.OUDERS, "geen bijeenkomst vandaag", None)
    return publiek_van(session, today.id)
