from typing import Annotated, Any

from pydantic import PlainValidator
from sqlalchemy import func
from sqlmodel import Session, select

from desktop_app.model import Categorie, Gebeurtenis
from desktop_app.model.errors import InvoerFout, ingekort
from desktop_app.services.core.field_types import Kleur, VerplichteTekst
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate


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
            raise InvoerFout(f"‘{ingekort(text)}’ kan meerdere categorieën zijn: {names}.")
    names = ", ".join(c.naam.lower() for c in categories)
    raise InvoerFout(f"Onbekende categorie ‘{ingekort(text)}’. Kies uit: {names}.")


SYMBOLS = {
    "o": "rondje",
    "s": "vierkant",
    "t": "driehoek omlaag",
    "t1": "driehoek omhoog",
    "d": "ruit",
    "h": "zeshoek",
    "p": "vijfhoek",
    "star": "ster",
    "+": "plus",
    "x": "kruis",
}


def _symbol(value: Any) -> str:
    if value not in SYMBOLS:
        raise InvoerFout(f"Kies een vorm uit: {', '.join(SYMBOLS.values())}.")
    return value


class CategorieInvoer(PartialUpdate):
    naam: Annotated[str, VerplichteTekst("De naam van de categorie")] = None
    kleur: Kleur = None
    symbool: Annotated[str, PlainValidator(_symbol)] = None


def maak(session: Session, naam: str, kleur: str = "#777777", symbool: str = "o") -> Categorie:
    invoer = CategorieInvoer.parse(naam=naam, kleur=kleur, symbool=symbool)
    categorie = Categorie(**invoer.changes(), volgorde=len(alle(session)))
    _check_unique(session, None, categorie.naam)
    session.add(categorie)
    session.flush()
    return categorie


def wijzig(session: Session, categorie_id: int, **changes) -> Categorie:
    categorie = get_or_fail(session, Categorie, categorie_id)
    invoer = CategorieInvoer.parse(**changes)
    _check_unique(session, categorie_id, invoer.changes().get("naam", categorie.naam))
    invoer.apply_to(categorie)
    return categorie


def verwijder(session: Session, categorie_id: int) -> str:
    """Only a category no item uses: items are never left without one."""
    categorie = get_or_fail(session, Categorie, categorie_id)
    used = session.exec(
        select(func.count())
        .select_from(Gebeurtenis)
        .where(Gebeurtenis.categorie_id == categorie_id)
    ).one()
    if used:
        raise InvoerFout(
            f"‘{categorie.naam}’ wordt gebruikt door {used} gebeurtenissen en blijft daarom "
            "bestaan. Geef die eerst een andere categorie."
        )
    session.delete(categorie)
    return categorie.naam


def _check_unique(session: Session, categorie_id: int | None, naam: str) -> None:
    for other in alle(session):
        if other.id != categorie_id and other.naam.lower() == naam.lower():
            raise InvoerFout(f"Er is al een categorie ‘{other.naam}’.")
