from sqlmodel import Field, SQLModel


class Gezinslid(SQLModel, table=True):
    """A member of the family or its close network, with a lane on the timeline."""

    id: int | None = Field(default=None, primary_key=True)
    gezin_id: int = Field(foreign_key="gezin.id", ondelete="CASCADE", index=True)
    naam: str
    relatie: str = ""
    geboorte: str | None = None  # FuzzyDate.to_storage(): a year alone is allowed
    gezag: bool = False
    thuiswonend: bool = False
    kleur: str = "#0072B2"
    notities: str = ""
    # The municipality where the member is registered in the BRP: for a child, it decides
    # which municipality's team may file a request.
    inschrijving: str = ""
    volgorde: int = 0
