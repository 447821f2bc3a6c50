from typing import Annotated

from sqlmodel import Session, select

from desktop_app.model import Gezin
from desktop_app.model.enums import Fase, GezinStatus, Kader, Product
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.field_types import Keuze, Regel, VerplichteTekst
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate

MAATREGELEN = frozenset({Product.VOTS, Product.OTS, Product.OTS_UHP, Product.VOOGDIJ})
VRIJWILLIGE_PRODUCTEN = frozenset({Product.PRODUCT_1, Product.PRODUCT_2A, Product.PRODUCT_2B})


class GezinInvoer(PartialUpdate):
    naam: Annotated[str, VerplichteTekst("De naam van het gezin")] = None
    gemeente: Regel = None
    status: Annotated[GezinStatus, Keuze("status")] = None
    kader: Annotated[Kader, Keuze("kader")] = None
    product: Annotated[Product, Keuze("product of maatregel")] = None
    fase: Annotated[Fase, Keuze("fase")] = None


def alle(session: Session) -> list[Gezin]:
    return list(session.exec(select(Gezin).order_by(Gezin.naam, Gezin.id)))


def haal(session: Session, gezin_id: int) -> Gezin:
    return get_or_fail(session, Gezin, gezin_id)


def maak(session: Session, naam: str, gemeente: str = "", *, demo: bool = False) -> Gezin:
    gezin = Gezin(**GezinInvoer.parse(naam=naam, gemeente=gemeente).changes(), demo=demo)
    session.add(gezin)
    session.flush()
    return gezin


def wijzig(session: Session, gezin_id: int, **changes) -> Gezin:
    """Change header fields; kader follows a maatregel or voluntary product chosen with it."""
    gezin = haal(session, gezin_id)
    invoer = GezinInvoer.parse(**changes)
    if "product" in invoer.model_fields_set and "kader" not in invoer.model_fields_set:
        invoer = invoer.model_copy(update={"kader": _kader_van(invoer.product, gezin.kader)})
    nieuw = invoer.changes()
    _check_kader(nieuw.get("kader", gezin.kader), nieuw.get("product", gezin.product))
    invoer.apply_to(gezin)
    return gezin


def _kader_van(product: Product, huidig: Kader) -> Kader:
    if product in MAATREGELEN:
        return Kader.GEDWONGEN
    if product in VRIJWILLIGE_PRODUCTEN:
        return Kader.VRIJWILLIG
    return huidig


def _check_kader(kader: Kader, product: Product) -> None:
    if kader == Kader.VRIJWILLIG and product in MAATREGELEN:
        raise InvoerFout(
            f"Bij een {product.label} is het kader gedwongen. "
            "Kies eerst een ander product of andere maatregel."
        )
    if kader == Kader.GEDWONGEN and product in VRIJWILLIGE_PRODUCTEN:
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
