"""Field types of the input models: each turns what a user typed into the value to store,
or raises InvoerFout with a Dutch message. Pydantic's own checks never run on these fields
(plain validators), so no English message can reach the user."""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import NoneType
from typing import Annotated, Any, get_args

from pydantic import GetCoreSchemaHandler, PlainValidator
from pydantic_core import core_schema

from desktop_app.model.dates import parse_date
from desktop_app.model.enums import Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate, Precisie

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s\-()]{6,20}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_MAX_LENGTH = 200
# Control characters are never meant: a NUL ends the text in Qt and in C code below SQLite,
# so what follows it would be lost. Tab stays; a line break only where text has lines.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LINE_BREAK = re.compile(r"\r\n?")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")  # half a character: UTF-8 cannot store it


def schoon(value: Any, regels: bool = True) -> str:
    """What is kept of typed text: control characters and half characters dropped, line
    breaks as \\n (as a space when the field is one line), spaces around trimmed."""
    text = zonder_stuurtekens(str(value or ""))
    if not regels:
        text = text.replace("\n", " ")
    return text.strip()


def zonder_stuurtekens(text: str) -> str:
    """`text` without control and half characters, its line breaks as \\n: what any text
    from outside is stored as (typed, or read from a file)."""
    return _LONE_SURROGATE.sub("", _CONTROLS.sub("", _LINE_BREAK.sub("\n", text)))


def _text(value: Any) -> str:
    return schoon(value)


def _line(value: Any) -> str:
    return schoon(value, regels=False)


@dataclass(frozen=True)
class VerplichteTekst:
    """Text that must be filled in: `Annotated[str, VerplichteTekst("De naam")]`."""

    label: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler):
        return core_schema.no_info_plain_validator_function(self._normalise)

    def _normalise(self, value: Any) -> str:
        text = _line(value)
        if not text:
            raise InvoerFout(f"{self.label} mag niet leeg zijn.")
        if len(text) > _MAX_LENGTH:
            raise InvoerFout(f"{self.label} is te lang (meer dan {_MAX_LENGTH} tekens).")
        return text


@dataclass(frozen=True)
class Keuze:
    """A member of the annotated enum: `Annotated[Kader, Keuze("kader")]`. Annotated as
    `Enum | None`, empty input means none."""

    label: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler):
        members = [arg for arg in get_args(source) if arg is not NoneType]
        enum: type[StrEnum] = members[0] if members else source
        optional = NoneType in get_args(source)

        def normalise(value: Any) -> StrEnum | None:
            if optional and not value:
                return None
            try:
                return enum(value)
            except ValueError:
                allowed = ", ".join(m.label for m in enum)
                raise InvoerFout(
                    f"‘{value}’ is geen geldige {self.label}. Kies uit: {allowed}."
                ) from None

        return core_schema.no_info_plain_validator_function(normalise)


def _email(value: Any) -> str:
    address = _text(value)
    if address and not _EMAIL.match(address):
        raise InvoerFout(f"‘{address}’ is geen geldig e-mailadres (bijv. naam@organisatie.nl).")
    return address


def _phone(value: Any) -> str:
    number = _text(value)
    if number and not _PHONE.match(number):
        raise InvoerFout(f"‘{number}’ is geen telefoonnummer (bijv. 06-12345678 of 070 123 4567).")
    return number


def _colour(value: Any) -> str:
    code = _text(value)
    if not _COLOUR.match(code):
        raise InvoerFout(f"‘{code}’ is geen kleur; gebruik de vorm #RRGGBB.")
    return code.upper()


def _date(value: date | str | None) -> date | None:
    return value if isinstance(value, date) or value is None else parse_date(str(value))


def _fuzzy_date(value: FuzzyDate | date | str | None) -> FuzzyDate | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, date):
        return FuzzyDate(Precisie.DAG, value.year, value.month, value.day)
    return FuzzyDate.parse(str(value))


def _any_fuzzy_date(value: FuzzyDate | date | str | None) -> str | None:
    """Stored form of a date that may be only a year or a season."""
    parsed = _fuzzy_date(value)
    return parsed.to_storage() if parsed else None


def _past_fuzzy_date(value: FuzzyDate | date | str | None) -> str | None:
    """Stored form of a date that may be only a year or a season; not in the future."""
    parsed = _fuzzy_date(value)
    if parsed and parsed.earliest() > date.today():
        raise InvoerFout(f"{parsed.format()} ligt in de toekomst.")
    return parsed.to_storage() if parsed else None


def _flag(value: Any) -> bool:
    return bool(value)


def _reference(value: int | None) -> int | None:
    return value or None


Tekst = Annotated[str, PlainValidator(_text)]  # may hold lines
Regel = Annotated[str, PlainValidator(_line)]  # one line: a name, a place, a role
Email = Annotated[str, PlainValidator(_email)]
Telefoon = Annotated[str, PlainValidator(_phone)]
Kleur = Annotated[str, PlainValidator(_colour)]
Datum = Annotated[date | None, PlainValidator(_date)]  # dd-mm-jjjj; empty is no date
# FuzzyDate storage; empty is no date
VageDatum = Annotated[str | None, PlainValidator(_any_fuzzy_date)]
VageDatumVerleden = Annotated[str | None, PlainValidator(_past_fuzzy_date)]
Vlag = Annotated[bool, PlainValidator(_flag)]
Verwijzing = Annotated[int | None, PlainValidator(_reference)]  # a row's id; 0 or empty: none
ZichtbaarVoor = Annotated[Zichtbaarheid, Keuze("zichtbaarheid")]
