"""Meetings in the order they were held."""

from sqlmodel import Session, select

from desktop_app.model import Bijeenkomst
from desktop_app.services.core.lookup import get_or_fail


def vorige(session: Session, bijeenkomst_id: int) -> Bijeenkomst | None:
    current = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    query = (
        select(Bijeenkomst)
        .where(Bijeenkomst.gezin_id == current.gezin_id, Bijeenkomst.moment < current.moment)
        .order_by(Bijeenkomst.moment.desc())
    )
    return session.exec(query).first()
