"""Weging: a named betrokkene's structured weighing of the case, with safety scores."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import DirecteVeiligheid, StabieleVeiligheid, Voorstel, Zichtbaarheid
from desktop_app.model.utc import moment_field, utc_now


class Weging(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    bijeenkomst_id: int | None = Field(
        default=None, foreign_key="bijeenkomst.id", ondelete="SET NULL"
    )
    auteur_id: int = Field(foreign_key="betrokkene.id")
    datum: date
    directe_veiligheid: DirecteVeiligheid = enum_field(DirecteVeiligheid)
    directe_toelichting: str = ""
    stabiele_veiligheid: StabieleVeiligheid = enum_field(StabieleVeiligheid)
    stabiele_toelichting: str = ""
    arij_niveau: str = ""
    arij_datum: date | None = None
    bodemeisen: str = ""
    voorstel: Voorstel = enum_field(Voorstel)
    voorstel_toelichting: str = ""
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.PROFESSIONALS)


class Veiligheidsscore(SQLModel, table=True):
    """One participant's answer on the safety scale: 0 = a child cannot stay at home,
    10 = safe enough to close the case."""

    id: int | None = Field(default=None, primary_key=True)
    weging_id: int = Field(foreign_key="weging.id", ondelete="CASCADE", index=True)
    betrokkene_id: int | None = Field(default=None, foreign_key="betrokkene.id", ondelete="CASCADE")
    gezinslid_id: int | None = Field(default=None, foreign_key="gezinslid.id", ondelete="CASCADE")
    score: int
    zichtbaarheid: Zichtbaarheid = enum_field(Zichtbaarheid, default=Zichtbaarheid.IEDEREEN)


class WegingWijziging(SQLModel, table=True):
    __tablename__ = "weging_wijziging"

    id: int | None = Field(default=None, primary_key=True)
    weging_id: int = Field(foreign_key="weging.id", ondelete="CASCADE", index=True)
    veld: str
    oud: str = ""
    nieuw: str = ""
    door: str = ""
    op: datetime = moment_field(default_factory=utc_now)


class ProductUren(SQLModel, table=True):
    """Hours spent by a betrokkene on product 2a/2b, against the gezin's budget."""

    __tablename__ = "product_uren"

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    betrokkene_id: int = Field(foreign_key="betrokkene.id", ondelete="CASCADE")
    datum: date
    uren: float
    omschrijving: str = ""
