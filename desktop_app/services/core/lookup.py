"""Fetching one row by id, with a Dutch message when it is gone (deleted in the meantime)."""

from typing import TypeVar

from sqlmodel import Session, SQLModel

from desktop_app.model.errors import InvoerFout

Row = TypeVar("Row", bound=SQLModel)

_NAMES = {
    "Gezin": "Het gezin",
    "Gezinslid": "Het gezinslid",
    "Betrokkene": "De betrokkene",
    "Gebeurtenis": "De gebeurtenis",
    "Categorie": "De categorie",
    "Patroon": "Het patroon",
}


def get_or_fail(session: Session, model: type[Row], row_id: int) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise InvoerFout(f"{_NAMES.get(model.__name__, model.__name__)} bestaat niet (meer).")
    return row
