"""A finalised (vastgestelde) meeting is the record: edits to it are refused until reopened."""

from sqlmodel import Session

from desktop_app.model import Bijeenkomst
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.lookup import get_or_fail


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
