"""The taakverdeling as an audience may see it: the cards of the board, who to call for
what (each betrokkene's role, how to reach them and the open afspraken they carry), and the
calendar of the next meeting and the due dates."""

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from desktop_app.model.errors import InvoerFout
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie
from desktop_app.services.publiek.regel import Lezer, Publiek, zichtbaar
from desktop_app.services.taakverdeling import agenda as agenda_service
from desktop_app.services.taakverdeling import kaarten as kaarten_service
from desktop_app.services.taakverdeling.kaarten import Kaart


def kaarten(session: Session, gezin_id: int, publiek: Lezer) -> list[Kaart]:
    return [
        k for k in kaarten_service.kaarten(session, gezin_id) if zichtbaar(k.zichtbaarheid, publiek)
    ]


def agenda(session: Session, gezin_id: int, publiek: Publiek, nu: datetime | None = None) -> bytes:
    """The .ics file for this audience: its cards, and the next meeting (which has no
    audience: its time and place are for everyone). See taakverdeling.agenda."""
    try:
        publiek = Publiek(publiek)  # the facilitator's own view has no member: never exported
    except ValueError:
        raise InvoerFout(
            "Een agenda is voor ouders of professionals; vertrouwelijk gaat nooit mee."
        ) from None
    return agenda_service.agenda(
        gezinnen.haal(session, gezin_id),
        kaarten(session, gezin_id, publiek),
        agenda_service.volgende_bijeenkomst(session, gezin_id, nu),
    )


@dataclass(frozen=True)
class WieBeltU:
    naam: str
    rol: str
    organisatie: str
    telefoon: str
    email: str
    waarvoor: list[str]  # "Casusregie", "Vast aanspreekpunt van Noah"
    taken: list[str]  # the open afspraken they carry or share, as agreed


def wie_belt_u(session: Session, gezin_id: int, publiek: Lezer) -> list[WieBeltU]:
    """Everyone the family may need to call: whoever holds regie or is someone's vast
    aanspreekpunt, or carries an open afspraak this audience may see. Regie first."""
    cards = [k for k in kaarten(session, gezin_id, publiek) if k.open]
    holder = regie.regiehouder_id(session, gezin_id)
    contacts = regie.aanspreekpunten(session, gezin_id)
    leden = {lid.id: lid.naam for lid in gezinsleden.van_gezin(session, gezin_id)}
    result = []
    for b in betrokkenen.van_gezin(session, gezin_id):
        roles = ["Casusregie"] if b.id == holder else []
        roles += [
            f"Vast aanspreekpunt van {leden[lid]}" for lid, c in contacts.items() if c == b.id
        ]
        tasks = [k.tekst for k in cards if ("betrokkene", b.id) in (k.eigenaar, *k.mede)]
        if roles or tasks:
            result.append(WieBeltU(b.naam, b.rol, b.organisatie, b.telefoon, b.email, roles, tasks))
    return sorted(result, key=lambda w: "Casusregie" not in w.waarvoor)
