"""Product 2a/2b hours: written per betrokkene, against the gezin's budget (25 by default)."""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import PlainValidator
from sqlmodel import Session, select

from desktop_app.model import Betrokkene, ProductUren
from desktop_app.model.errors import InvoerFout
from desktop_app.services.core.field_types import Datum, Tekst
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin

WARN_AT = 0.8


def _hours(value: Any) -> float:
    try:
        hours = float(str(value).replace(",", "."))
    except ValueError:
        raise InvoerFout(f"‘{value}’ is geen aantal uren (bijv. 1,5).") from None
    if not 0 < hours <= 24:
        raise InvoerFout("Schrijf tussen 0 en 24 uur per regel.")
    return hours


class ProductUrenInvoer(PartialUpdate):
    datum: Datum = None  # none: today
    uren: Annotated[float, PlainValidator(_hours)] = None
    omschrijving: Tekst = None


@dataclass(frozen=True)
class UrenStand:
    gebruikt: float
    budget: float

    @property
    def waarschuwing(self) -> str:
        if self.gebruikt >= self.budget:
            return "Het budget is op."
        if self.gebruikt >= WARN_AT * self.budget:
            return "Let op: 80% of meer van het budget is gebruikt."
        return ""


def schrijf_uren(
    session: Session, gezin_id: int, betrokkene_id: int, datum, uren, omschrijving=""
) -> ProductUren:
    _check_betrokkene(session, gezin_id, betrokkene_id)
    invoer = ProductUrenInvoer.parse(datum=datum, uren=uren, omschrijving=omschrijving)
    values = invoer.changes() | {"datum": invoer.datum or date.today()}
    entry = ProductUren(gezin_id=gezin_id, betrokkene_id=betrokkene_id, **values)
    session.add(entry)
    session.flush()
    return entry


def urenstand(session: Session, gezin_id: int) -> UrenStand:
    gezin = haal_gezin(session, gezin_id)
    used = sum(
        e.uren for e in session.exec(select(ProductUren).where(ProductUren.gezin_id == gezin_id))
    )
    return UrenStand(round(used, 2), gezin.uren_budget)


def _check_betrokkene(session: Session, gezin_id: int, betrokkene_id: int) -> None:
    person = get_or_fail(session, Betrokkene, betrokkene_id)
    if person.gezin_id != gezin_id:
        raise InvoerFout(f"{person.naam} hoort niet bij dit gezin.")
