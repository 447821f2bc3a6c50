from sqlmodel import Session, select

from desktop_app.model import Categorie
from desktop_app.model.errors import InvoerFout


def alle(session: Session) -> list[Categorie]:
    return list(session.exec(select(Categorie).order_by(Categorie.volgorde, Categorie.id)))


def zoek(session: Session, text: str) -> Categorie:
    """The category a user means by `text`: its key, its name, or the start of either."""
    wanted = text.strip().lower().lstrip("#")
    categories = alle(session)
    for match in (
        lambda c: wanted in (c.sleutel or "", c.naam.lower()),
        lambda c: (c.sleutel or "").startswith(wanted) or c.naam.lower().startswith(wanted),
    ):
        found = [c for c in categories if match(c)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(c.naam for c in found)
            raise InvoerFout(f"‘{text}’ kan meerdere categorieën zijn: {names}.")
    names = ", ".join(c.naam.lower() for c in categories)
    raise InvoerFout(f"Onbekende categorie ‘{text}’. Kies uit: {names}.")
