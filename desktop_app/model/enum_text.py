"""Closed vocabularies stored as their plain string value and read back as enum members.

The column stays the VARCHAR it was before these columns were typed: no CHECK constraint,
no migration. Writing accepts a member or its value and refuses anything else, so nothing
outside the vocabulary enters the store. A stored value the enum does not know (a file
edited by hand, a member dropped in a later version) is read as the raw string rather than
failing the whole query: the row still loads, code that looks the value up in the
vocabulary fails only for that row, and the visibility rule keeps an unknown audience hidden.
"""

from sqlalchemy import types
from sqlmodel import Field

from desktop_app.model.enums import LabeledEnum


class EnumText(types.TypeDecorator[str]):
    impl = types.String
    cache_ok = True

    def __init__(self, enum: type[LabeledEnum]):
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: str | None, dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: str | None, dialect) -> LabeledEnum | str | None:
        if value is None:
            return None
        try:
            return self.enum(value)
        except ValueError:
            return value


def enum_field(enum: type[LabeledEnum], **kwargs):
    """A column holding one of `enum`'s members, stored as its value."""
    return Field(sa_type=EnumText(enum), **kwargs)
