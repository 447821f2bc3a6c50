"""Who holds casusregie and who is each member's vast aanspreekpunt, as dated history.

The current holder is the newest assignment; earlier ones stay for the timeline.
An assignment with no betrokkene records that regie (or the contact) was left open.
"""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from desktop_app.model.utc import moment_field, utc_now


class RegieToewijzing(SQLModel, table=True):
    __tablename__ = "regie_toewijzing"

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    betrokkene_id: int | None = Field(default=None, foreign_key="betrokkene.id")
    ingang: date
    vastgelegd: datetime = moment_field(default_factory=utc_now)


class AanspreekpuntToewijzing(SQLModel, table=True):
    __tablename__ = "aanspreekpunt_toewijzing"

    id: int | None = Field(default=None, primary_key=True)
    gezinslid_id: int = Field(foreign_key="gezinslid.id", ondelete="CASCADE", index=True)
    betrokkene_id: int | None = Field(default=None, foreign_key="betrokkene.id")
    ingang: date
    vastgelegd: datetime = moment_field(default_factory=utc_now)
