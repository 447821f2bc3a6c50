"""Finding meetings, and refusing edits to a finalised one (shared by the meeting services)."""

from sqlmodel import Session, select

from desktop_app.model import Bijeenkomst
from desktop_app.model.errors import InvoerFout
from desktop_app.services.lookup import get_or_fail


def check_open(bijeenkomst: Bijeenkomst) -> None:
    if bijeenkomst.vastgesteld is not None:
        raise InvoerFout(
            "Deze bijeenkomst is vastgesteld en kan niet meer worden gewijzigd. "
            "Heropen haar eerst (met een reden) als er iets moet worden verbeterd."
        )


def haal_open(session: Session, bijeenkomst_id: int) -> Bijeenkomst:
    bijeenkomst = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    check_open(bijeenkomst)
    return bijeenkomst


def vorige(session: Session, bijeenkomst_id: int) -> Bijeenkomst | None:
    current = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    query = (
        select(Bijeenkomst)
        .where(Bijeenkomst.gezin_id == current.gezin_id, Bijeenkomst.moment < current.moment)
        .order_by(Bijeenkomst.moment.desc())
    )
    return session.exec(query).first()
