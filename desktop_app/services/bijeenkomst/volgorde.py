"""Meetings in the order they were held."""

from datetime import date, datetime

from sqlmodel import Session, select

from desktop_app.model import Bijeenkomst
from desktop_app.model.utc import utc_now
from desktop_app.services.core.lookup import get_or_fail


def vorige(session: Session, bijeenkomst_id: int) -> Bijeenkomst | None:
    current = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    query = (
        select(Bijeenkomst)
        .where(Bijeenkomst.gezin_id == current.gezin_id, Bijeenkomst.moment < current.moment)
        .order_by(Bijeenkomst.moment.desc())
    )
    return session.exec(query).first()


def laatste(session: Session, gezin_id: int) -> Bijeenkomst | None:
    query = select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id)
    return session.exec(query.order_by(Bijeenkomst.moment.desc())).first()


def van_vandaag(session: Session, gezin_id: int) -> Bijeenkomst | None:
    """The meeting held today (local date), the latest if there are more."""
    today = date.today()
    query = select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id)
    held_today = [b for b in session.exec(query) if b.moment.astimezone().date() == today]
    return max(held_today, key=lambda b: b.moment, default=None)


def lopende(session: Session, gezin_id: int) -> Bijeenkomst | None:
    """The meeting under way: today's while it is open, else the latest open one that has
    begun (a meeting finalised a day late). None when every meeting is finalised or ahead."""
    today = van_vandaag(session, gezin_id)
    if today is not None and today.vastgesteld is None:
        return today
    query = select(Bijeenkomst).where(
        Bijeenkomst.gezin_id == gezin_id, Bijeenkomst.vastgesteld.is_(None)
    )
    begun = [b for b in session.exec(query) if b.moment.astimezone().date() <= date.today()]
    return max(begun, key=lambda b: b.moment, default=None)


def op_dag(session: Session, gezin_id: int, dag: date) -> list[Bijeenkomst]:
    """The gezin's meetings on that (local) day: a second one is usually a mistake."""
    query = select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id)
    return [b for b in session.exec(query) if b.moment.astimezone().date() == dag]


def volgende_datum(
    session: Session, gezin_id: int, bijeenkomst_id: int | None = None
) -> date | None:
    """The day of the next planned meeting, after the given one (or after now): the first
    meeting planned after it, else the date the latest meeting before it agreed."""
    after: datetime = (
        get_or_fail(session, Bijeenkomst, bijeenkomst_id).moment if bijeenkomst_id else utc_now()
    )
    query = select(Bijeenkomst).where(Bijeenkomst.gezin_id == gezin_id)
    planned = session.exec(
        query.where(Bijeenkomst.moment > after).order_by(Bijeenkomst.moment)
    ).first()
    if planned is not None:
        return planned.moment.astimezone().date()
    agreed = session.exec(
        query.where(Bijeenkomst.moment <= after).order_by(Bijeenkomst.moment.desc())
    ).first()
    if agreed is not None and agreed.volgende and agreed.volgende > after.astimezone().date():
        return agreed.volgende
    return None
