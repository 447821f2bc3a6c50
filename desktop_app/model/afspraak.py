from datetime import date

from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import AfspraakSoort, AfspraakStatus, Zichtbaarheid


class Afspraak(SQLModel, table=True):
    """An agreement with an owner: who does what by when (also for the taakverdeling).

    It belongs to the gezin and stays on the table, meeting after meeting, until done.
    The owner is one betrokkene, one gezinslid, or "de ouders".
    """

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    bijeenkomst_id: int | None = Field(
        default=None, foreign_key="bijeenkomst.id", ondelete="SET NULL"
    )
    soort: AfspraakSoort = enum_field(AfspraakSoort, default=AfspraakSoort.AFSPRAAK)
    tekst: str
    betrokkene_id: int | None = Field(
        default=None, foreign_key="betrokkene.id", ondelete="SET NULL"
    )
    gezinslid_id: int | None = Field(default=None, foreign_key="gezinslid.id", ondelete="SET NULL")
    ouders: bool = False
    deadline: date | None = None
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.IEDEREEN)
    status: AfspraakStatus = enum_field(AfspraakStatus, default=AfspraakStatus.OPEN)
