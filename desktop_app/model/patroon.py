from sqlmodel import Field, SQLModel


class Patroon(SQLModel, table=True):
    """A named recurring pattern ("hulp start, stopt na enkele weken") linking items."""

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    naam: str
    omschrijving: str = ""
    kleur: str = "#AA4499"


class PatroonGebeurtenis(SQLModel, table=True):
    __tablename__ = "patroon_gebeurtenis"

    patroon_id: int = Field(foreign_key="patroon.id", ondelete="CASCADE", primary_key=True)
    gebeurtenis_id: int = Field(
        foreign_key="gebeurtenis.id", ondelete="CASCADE", primary_key=True, index=True
    )
