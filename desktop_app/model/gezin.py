from datetime import datetime

from sqlmodel import Field, SQLModel

from desktop_app.model.enum_text import enum_field
from desktop_app.model.enums import Fase, GezinStatus, Kader, Product
from desktop_app.model.utc import moment_field, utc_now


class Gezin(SQLModel, table=True):
    """A case: the family the meeting is about, known by an alias."""

    id: int | None = Field(default=None, primary_key=True)
    naam: str = Field(index=True)
    gemeente: str = ""
    status: GezinStatus = enum_field(GezinStatus, default=GezinStatus.ACTIEF)
    kader: Kader = enum_field(Kader, default=Kader.VRIJWILLIG)
    product: Product = enum_field(Product, default=Product.GEEN)
    fase: Fase = enum_field(Fase, default=Fase.WEGEN)
    uren_budget: float = 25.0  # product 2a/2b hours granted (25 by default; can be issued again)
    demo: bool = False  # only the demo command may replace a gezin, and only one marked so
    geanonimiseerd: bool = False  # read from an anonymised dossier: names and dates are not real
    aangemaakt: datetime = moment_field(default_factory=utc_now)
    bijgewerkt: datetime = moment_field(default_factory=utc_now)
