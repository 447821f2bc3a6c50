from datetime import datetime

from sqlmodel import Field, SQLModel

from desktop_app.model.utc import moment_field, utc_now


class Gewist(SQLModel, table=True):
    """What is left of a gezin erased for good: that it was, by whom and when."""

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int  # no foreign key: the gezin is gone; its lines in the logboek carry this id
    gezin_naam: str
    door: str  # the login name
    op: datetime = moment_field(default_factory=utc_now)
