"""Who to call: the regisseur, and each gezinslid's vast aanspreekpunt.

Parents value knowing who to call for what above almost everything, so these are for every
audience."""

from dataclasses import dataclass

from sqlmodel import Session

from desktop_app.model import Betrokkene
from desktop_app.services.gezin import gezinsleden, regie


@dataclass(frozen=True)
class Contactpersoon:
    voor: str  # "Casusregie" or "Vast aanspreekpunt van <naam>"
    naam: str
    rol: str
    organisatie: str
    telefoon: str
    email: str


def contactpersonen(session: Session, gezin_id: int) -> list[Contactpersoon]:
    result = []
    holder = regie.regiehouder_id(session, gezin_id)
    if holder is not None:
        result.append(_contact(session.get(Betrokkene, holder), "Casusregie"))
    contacts = regie.aanspreekpunten(session, gezin_id)
    for lid in gezinsleden.van_gezin(session, gezin_id):
        if contacts.get(lid.id) is not None:
            betrokkene = session.get(Betrokkene, contacts[lid.id])
            result.append(_contact(betrokkene, f"Vast aanspreekpunt van {lid.naam}"))
    return result


def _contact(betrokkene: Betrokkene, voor: str) -> Contactpersoon:
    b = betrokkene
    return Contactpersoon(voor, b.naam, b.rol, b.organisatie, b.telefoon, b.email)
