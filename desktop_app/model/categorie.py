from sqlmodel import Field, SQLModel


class Categorie(SQLModel, table=True):
    """A kind of timeline item, with a colour and a marker shape (so colour is never alone)."""

    id: int | None = Field(default=None, primary_key=True)
    sleutel: str | None = Field(default=None, unique=True)  # set for the default categories
    naam: str
    kleur: str
    symbool: str = "o"  # pyqtgraph marker: o s t d h p star + x t1
    volgorde: int = 0
