from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import ChecklistStatus


class BouwsteenItem(SQLModel, table=True):
    """A checklist question of the template; retired items stay for past meetings."""

    __tablename__ = "bouwsteen_item"

    id: int | None = Field(default=None, primary_key=True)
    bouwsteen: str = Field(index=True)  # samenwerking, reflectie, veiligheid, weging, ...
    tekst: str
    volgorde: int = 0
    actief: bool = True


class ChecklistAntwoord(SQLModel, table=True):
    """The answer in one meeting; the question's text is kept as it was asked then."""

    __tablename__ = "checklist_antwoord"

    id: int | None = Field(default=None, primary_key=True)
    bijeenkomst_id: int = Field(foreign_key="bijeenkomst.id", ondelete="CASCADE", index=True)
    item_id: int = Field(foreign_key="bouwsteen_item.id")
    bouwsteen: str
    tekst: str
    status: ChecklistStatus = enum_field(ChecklistStatus, default=ChecklistStatus.OPEN)
    notitie: str = ""
