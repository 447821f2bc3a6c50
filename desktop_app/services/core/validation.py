"""Turning what a user typed into stored values, with a Dutch message when it cannot be."""

import re
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from desktop_app.model.dates import parse_date
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate

Normaliser = Callable[[Any], Any]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s\-()]{6,20}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def required(label: str) -> Normaliser:
    def normalise(value: Any) -> str:
        text = str(value or "").strip()
        if not text:
            raise InvoerFout(f"{label} mag niet leeg zijn.")
        if len(text) > 200:
            raise InvoerFout(f"{label} is te lang (meer dan 200 tekens).")
        return text

    return normalise


def text(value: Any) -> str:
    return str(value or "").strip()


def flag(value: Any) -> bool:
    return bool(value)


def choice(enum: type[StrEnum], label: str) -> Normaliser:
    def normalise(value: Any) -> str:
        try:
            return enum(value).value
        except ValueError:
            allowed = ", ".join(m.label for m in enum)
            raise InvoerFout(f"‘{value}’ is geen geldige {label}. Kies uit: {allowed}.") from None

    return normalise


def email(value: Any) -> str:
    address = text(value)
    if address and not _EMAIL.match(address):
        raise InvoerFout(f"‘{address}’ is geen geldig e-mailadres (bijv. naam@organisatie.nl).")
    return address


def phone(value: Any) -> str:
    number = text(value)
    if number and not _PHONE.match(number):
        raise InvoerFout(f"‘{number}’ is geen telefoonnummer (bijv. 06-12345678 of 070 123 4567).")
    return number


def colour(value: Any) -> str:
    code = text(value)
    if not _COLOUR.match(code):
        raise InvoerFout(f"‘{code}’ is geen kleur; gebruik de vorm #RRGGBB.")
    return code.upper()


def full_date(value: date | str | None) -> date | None:
    return value if isinstance(value, date) or value is None else parse_date(value)


def past_fuzzy_date(value: FuzzyDate | str | None) -> str | None:
    """Stored form of a date that may be only a year or a season; not in the future."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = value if isinstance(value, FuzzyDate) else FuzzyDate.parse(value)
    if parsed.earliest() > date.today():
        raise InvoerFout(f"{parsed.format()} ligt in de toekomst.")
    return parsed.to_storage()


def apply_changes(obj: Any, changes: Mapping[str, Any], fields: Mapping[str, Normaliser]) -> None:
    """Validate every change first, then set them all: a bad value changes nothing."""
    unknown = set(changes) - set(fields)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no editable fields {sorted(unknown)}")
    values = {name: fields[name](value) for name, value in changes.items()}
    for name, value in values.items():
        setattr(obj, name, value)
