from datetime import date, datetime

from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import HulpStatus, Zichtbaarheid
from desktop_app.model.utc import moment_field, utc_now


class Gebeurtenis(SQLModel, table=True):
    """An item on the tijdlijn: a moment, or a period when it has an end.

    `start` and `einde` hold FuzzyDate.to_storage() text; the *_van/*_tot dates are its
    uncertainty span, kept beside it so large timelines load and sort without parsing.
    """

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    titel: str
    omschrijving: str = ""
    start: str
    start_van: date
    start_tot: date
    einde: str | None = None
    einde_van: date | None = None
    einde_tot: date | None = None
    categorie_id: int = Field(foreign_key="categorie.id")
    betrokkene_id: int | None = Field(
        default=None, foreign_key="betrokkene.id", ondelete="SET NULL"
    )
    bron: str = ""
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.IEDEREEN)
    hulpstatus: HulpStatus | None = enum_field(HulpStatus, default=None)
    aangemaakt: datetime = moment_field(default_factory=utc_now)


class GebeurtenisPersoon(SQLModel, table=True):
    """The gezinsleden an item concerns; none means the whole family."""

    __tablename__ = "gebeurtenis_persoon"

    gebeurtenis_id: int = Field(foreign_key="gebeurtenis.id", ondelete="CASCADE", primary_key=True)
    gezinslid_id: int = Field(
        foreign_key="gezinslid.id", ondelete="CASCADE", primary_key=True, index=True
    )


class GebeurtenisWijziging(SQLModel, table=True):
    """One change to an item: who, when, which field, old and new value (kept after deletion)."""

    __tablename__ = "gebeurtenis_wijziging"

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    gebeurtenis_id: int = Field(index=True)
    actie: str  # aangemaakt, gewijzigd, verwijderd, hersteld
    veld: str = ""
    oud: str = ""
    nieuw: str = ""
    door: str = ""
    op: datetime = moment_field(default_factory=utc_now)
