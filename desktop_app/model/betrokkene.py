from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import Domein


class Betrokkene(SQLModel, table=True):
    """A professional or network member involved with the family."""

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    naam: str
    organisatie: str = ""
    rol: str = ""
    domein: Domein = enum_field(Domein, default=Domein.OVERIG)
    telefoon: str = ""
    email: str = ""
    actief_van: str | None = None  # FuzzyDate.to_storage(): "zomer 2022" is allowed
    actief_tot: str | None = None

    @property
    def naam_en_rol(self) -> str:
        """How the screens name a betrokkene: "Ravi Ramdin (gedragswetenschapper)"."""
        return f"{self.naam} ({self.rol})" if self.rol else self.naam
