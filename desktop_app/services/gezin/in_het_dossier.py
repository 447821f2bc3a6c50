"""Whether a person is part of what has been recorded, and so may not be deleted.

A finalised meeting's attendance, a weging, a score, a parent's standpunt on a decision or
written hours are the record of the case; deleting the person would silently take their part
of it along (the rows cascade).
"""

from sqlmodel import Session, select

from desktop_app.model import (
    Aanwezigheid,
    Bijeenkomst,
    ProductUren,
    Standpunt,
    Veiligheidsscore,
    Weging,
)
from desktop_app.model.enums import OudersPositie


def reden_om_te_bewaren(
    session: Session, *, betrokkene_id: int | None = None, gezinslid_id: int | None = None
):
    """Why this person stays, in Dutch, or None when nothing recorded names them."""
    person = (
        Aanwezigheid.betrokkene_id == betrokkene_id
        if betrokkene_id is not None
        else Aanwezigheid.gezinslid_id == gezinslid_id
    )
    attended = (
        select(Aanwezigheid.id)
        .join(Bijeenkomst)
        .where(person, Bijeenkomst.vastgesteld.is_not(None))
    )
    if session.exec(attended.limit(1)).first():
        return "staat op de aanwezigheidslijst van een vastgestelde bijeenkomst"
    scored = select(Veiligheidsscore.id).where(
        Veiligheidsscore.betrokkene_id == betrokkene_id
        if betrokkene_id is not None
        else Veiligheidsscore.gezinslid_id == gezinslid_id
    )
    if session.exec(scored.limit(1)).first():
        return "gaf een score op de veiligheidsschaal"
    if betrokkene_id is None:
        said = select(Standpunt.id).where(
            Standpunt.gezinslid_id == gezinslid_id,
            (Standpunt.positie != OudersPositie.NIET_GEVRAAGD) | (Standpunt.woorden != ""),
        )
        if session.exec(said.limit(1)).first():
            return "gaf een standpunt bij een besluit"
        return None
    if session.exec(select(Weging.id).where(Weging.auteur_id == betrokkene_id).limit(1)).first():
        return "schreef een weging"
    hours = select(ProductUren.id).where(ProductUren.betrokkene_id == betrokkene_id)
    if session.exec(hours.limit(1)).first():
        return "schreef uren op het product"
    return None
