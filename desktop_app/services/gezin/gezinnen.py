from sqlmodel import Session, select

from desktop_app.model import Gezin
from desktop_app.model.enums import Fase, GezinStatus, Kader, Product
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core import validation as v
from desktop_app.services.core.lookup import get_or_fail

MAATREGELEN = frozenset({Product.VOTS, Product.OTS, Product.OTS_UHP, Product.VOOGDIJ})
VRIJWILLIGE_PRODUCTEN = frozenset({Product.PRODUCT_1, Product.PRODUCT_2A, Product.PRODUCT_2B})

_FIELDS = {
    "naam": v.required("De naam van het gezin"),
    "gemeente": v.text,
    "status": v.choice(GezinStatus, "status"),
    "kader": v.choice(Kader, "kader"),
    "product": v.choice(Product, "product of maatregel"),
    "fase": v.choice(Fase, "fase"),
}


def alle(session: Session) -> list[Gezin]:
    return list(session.exec(select(Gezin).order_by(Gezin.naam, Gezin.id)))


def haal(session: Session, gezin_id: int) -> Gezin:
    return get_or_fail(session, Gezin, gezin_id)


def maak(session: Session, naam: str, gemeente: str = "", *, demo: bool = False) -> Gezin:
    gezin = Gezin(naam="", demo=demo)
    v.apply_changes(gezin, {"naam": naam, "gemeente": gemeente}, _FIELDS)
    session.add(gezin)
    session.flush()
    return gezin


def wijzig(session: Session, gezin_id: int, **changes) -> Gezin:
    """Change header fields; kader follows a maatregel or voluntary product chosen with it."""
    gezin = haal(session, gezin_id)
    v.apply_changes(gezin, changes, _FIELDS)
    if "product" in changes and "kader" not in changes:
        if gezin.product in MAATREGELEN:
            gezin.kader = Kader.GEDWONGEN
        elif gezin.product in VRIJWILLIGE_PRODUCTEN:
            gezin.kader = Kader.VRIJWILLIG
    _check_kader(gezin)
    return gezin


def _check_kader(gezin: Gezin) -> None:
    product = Product(gezin.product)
    if gezin.kader == Kader.VRIJWILLIG and product in MAATREGELEN:
        raise InvoerFout(
            f"Bij een {product.label} is het kader gedwongen. "
            "Kies eerst een ander product of andere maatregel."
        )
    if gezin.kader == Kader.GEDWONGEN and product in VRIJWILLIGE_PRODUCTEN:
        raise InvoerFout(
            f"{product.label} hoort bij het vrijwillig kader. "
            "Kies eerst de maatregel (bijv. OTS) of ‘Geen’."
        )


def verwijder(session: Session, gezin_id: int) -> str:
    """Delete the gezin and everything recorded about it; returns its name for the message."""
    gezin = haal(session, gezin_id)
    naam = gezin.naam
    session.delete(gezin)
    return naam
