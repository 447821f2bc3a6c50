from datetime import date, datetime

from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import AfspraakSoort, AfspraakStatus, Zichtbaarheid
from desktop_app.model.utc import moment_field, utc_now


class Afspraak(SQLModel, table=True):
    """An agreement with an owner: who does what by when. Agreements made in a meeting and
    tasks added on the taakverdeling board are this one entity.

    It belongs to the gezin and stays on the table, meeting after meeting, until done.
    The owner is one betrokkene, one gezinslid, or "de ouders"; others may share it.
    """

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    bijeenkomst_id: int | None = Field(
        default=None, foreign_key="bijeenkomst.id", ondelete="SET NULL"
    )
    soort: AfspraakSoort = enum_field(AfspraakSoort, default=AfspraakSoort.AFSPRAAK)
    tekst: str
    deelresultaat: str = ""  # the concrete result expected, so "done" can be told
    betrokkene_id: int | None = Field(
        default=None, foreign_key="betrokkene.id", ondelete="SET NULL"
    )
    gezinslid_id: int | None = Field(default=None, foreign_key="gezinslid.id", ondelete="SET NULL")
    ouders: bool = False
    deadline: date | None = None
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.IEDEREEN)
    status: AfspraakStatus = enum_field(AfspraakStatus, default=AfspraakStatus.TE_DOEN)
    volgorde: int = 0  # the order of the cards within a column of the board


class AfspraakMedeEigenaar(SQLModel, table=True):
    """Someone who shares an afspraak with its owner."""

    __tablename__ = "afspraak_mede_eigenaar"

    id: int | None = Field(default=None, primary_key=True)
    afspraak_id: int = Field(foreign_key="afspraak.id", ondelete="CASCADE", index=True)
    betrokkene_id: int | None = Field(default=None, foreign_key="betrokkene.id", ondelete="CASCADE")
    gezinslid_id: int | None = Field(default=None, foreign_key="gezinslid.id", ondelete="CASCADE")


class AfspraakWijziging(SQLModel, table=True):
    """A change of status, owner or date, or what a meeting said of it: who, when, from what
    to what. A bespreking names the meeting it was recorded in."""

    __tablename__ = "afspraak_wijziging"

    id: int | None = Field(default=None, primary_key=True)
    afspraak_id: int = Field(foreign_key="afspraak.id", ondelete="CASCADE", index=True)
    bijeenkomst_id: int | None = Field(
        default=None, foreign_key="bijeenkomst.id", ondelete="SET NULL"
    )
    veld: str  # status, eigenaar, datum, bespreking
    oud: str = ""
    nieuw: str = ""
    door: str = ""
    op: datetime = moment_field(default_factory=utc_now)
