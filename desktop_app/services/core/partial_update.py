"""Typed input for creating or changing a row: validate every given field, then set them all."""

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from desktop_app.model.errors import InvoerFout


class PartialUpdate(BaseModel):
    """Base of the input models (GezinInvoer, ...). Fields default to None but a default is
    never applied: only the fields a caller gave (`model_fields_set`) are set on the row."""

    model_config = ConfigDict(frozen=True)

    @classmethod
    def parse(cls, /, **changes: Any) -> Self:
        """Every change validated; a field name the model lacks is a programmer's mistake."""
        unknown = changes.keys() - cls.model_fields.keys()
        if unknown:
            raise TypeError(f"{cls.__name__} has no fields {sorted(unknown)}")
        try:
            return cls.model_validate(changes)
        except ValidationError as error:
            raise _as_invoerfout(error) from None

    def changes(self) -> dict[str, Any]:
        """The given fields with their validated values, in the model's order (a set has none,
        and history is written in this order)."""
        given = self.model_fields_set
        return {name: getattr(self, name) for name in type(self).model_fields if name in given}

    def apply_to(self, row: Any) -> None:
        for name, value in self.changes().items():
            setattr(row, name, value)


def _as_invoerfout(error: ValidationError) -> InvoerFout:
    """The first failing field's Dutch message, as its validator raised it. A field typed
    without one of core.field_types gets a plain Dutch message instead of pydantic's."""
    first = error.errors()[0]
    cause = first.get("ctx", {}).get("error")
    if isinstance(cause, InvoerFout):
        return cause
    field = " ".join(str(part) for part in first["loc"]).replace("_", " ")
    return InvoerFout(f"‘{first['input']}’ is geen geldige waarde voor {field}.")
