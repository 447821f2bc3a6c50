"""A case meeting and what is recorded in it."""

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import (
    Aanwezig,
    BesluitSoort,
    BijeenkomstSoort,
    Kolom,
    OudersPositie,
    Zichtbaarheid,
)
from desktop_app.model.utc import moment_field, utc_now


class Bijeenkomst(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    moment: datetime = moment_field()  # when the meeting is held (shown in local time)
    soort: BijeenkomstSoort = enum_field(BijeenkomstSoort, default=BijeenkomstSoort.TWEEWEKELIJKS)
    locatie: str = ""
    voorzitter_id: int | None = Field(
        default=None, foreign_key="betrokkene.id", ondelete="SET NULL"
    )
    notulist_id: int | None = Field(default=None, foreign_key="betrokkene.id", ondelete="SET NULL")
    volgende: date | None = None
    vastgesteld: datetime | None = moment_field(default=None)  # finalised: read-only until reopened


class Aanwezigheid(SQLModel, table=True):
    """One betrokkene or gezinslid invited to a meeting, and whether they came."""

    id: int | None = Field(default=None, primary_key=True)
    bijeenkomst_id: int = Field(foreign_key="bijeenkomst.id", ondelete="CASCADE", index=True)
    betrokkene_id: int | None = Field(default=None, foreign_key="betrokkene.id", ondelete="CASCADE")
    gezinslid_id: int | None = Field(default=None, foreign_key="gezinslid.id", ondelete="CASCADE")
    status: Aanwezig = enum_field(Aanwezig, default=Aanwezig.UITGENODIGD)


class Punt(SQLModel, table=True):
    """A line the meeting wrote down: what changed since last time (besides the timeline), or
    an entry in one of the three columns: zorgen, wat gaat goed, wat moet er gebeuren."""

    id: int | None = Field(default=None, primary_key=True)
    bijeenkomst_id: int = Field(foreign_key="bijeenkomst.id", ondelete="CASCADE", index=True)
    kolom: Kolom = enum_field(Kolom)
    tekst: str
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.IEDEREEN)
    volgorde: int = 0


class Besluit(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    bijeenkomst_id: int = Field(foreign_key="bijeenkomst.id", ondelete="CASCADE", index=True)
    tekst: str
    soort: BesluitSoort = enum_field(BesluitSoort, default=BesluitSoort.GEWOON)
    gedragswetenschapper_id: int | None = Field(
        default=None, foreign_key="betrokkene.id", ondelete="SET NULL"
    )
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.IEDEREEN)


class Standpunt(SQLModel, table=True):
    """What one parent or gezagdrager said of a decision, in their own words. Parents often
    differ, so each has their own. A row tied to no gezinslid keeps the parents' one shared
    view recorded before positions were per parent, in a gezin without parents then."""

    __table_args__ = (UniqueConstraint("besluit_id", "gezinslid_id"),)

    id: int | None = Field(default=None, primary_key=True)
    besluit_id: int = Field(foreign_key="besluit.id", ondelete="CASCADE", index=True)
    gezinslid_id: int | None = Field(default=None, foreign_key="gezinslid.id", ondelete="CASCADE")
    positie: OudersPositie = enum_field(OudersPositie, default=OudersPositie.NIET_GEVRAAGD)
    woorden: str = ""


class BijeenkomstLog(SQLModel, table=True):
    """Finalising and reopening a meeting: who, when and why."""

    __tablename__ = "bijeenkomst_log"

    id: int | None = Field(default=None, primary_key=True)
    bijeenkomst_id: int = Field(foreign_key="bijeenkomst.id", ondelete="CASCADE", index=True)
    actie: str  # vastgesteld, heropend
    reden: str = ""
    door: str = ""
    op: datetime = moment_field(default_factory=utc_now)
