"""Standpunten: what each parent and gezagdrager says of a decision, in their own words.

Who is asked follows the gezin as it is: everyone with gezag, and a moeder or vader without
it. A member's position is stored once it is given; no row means "niet gevraagd". A member
who gave one keeps it after losing gezag, and a row tied to no member (the parents' shared
view from before positions were per parent) stays too.
"""

from dataclasses import dataclass
from typing import Annotated

from sqlmodel import Session, select

from desktop_app.model import Besluit, Bijeenkomst, Gezinslid, Standpunt
from desktop_app.model.enums import OudersPositie
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst.vastgesteld import haal_open
from desktop_app.services.core.field_types import Keuze, Tekst
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin import gezinsleden

OUDER_RELATIES = frozenset({"moeder", "vader"})
SAMEN = "Ouders"  # the name of the shared view of the parents, tied to no member


class StandpuntInvoer(PartialUpdate):
    positie: Annotated[OudersPositie, Keuze("positie")] = None
    woorden: Tekst = None


@dataclass(frozen=True)
class StandpuntRegel:
    """One parent or gezagdrager on one decision, asked or not yet."""

    besluit_id: int
    gezinslid_id: int | None  # None: the parents' shared view, tied to no member
    naam: str
    gezag: bool
    positie: OudersPositie
    woorden: str

    @property
    def id(self) -> tuple[int, int]:
        """Stable per line, so a table keeps its place while a position is edited."""
        return self.besluit_id, self.gezinslid_id or 0

    @property
    def gevraagd(self) -> bool:
        """A position was given or words were written down: what an audience reads."""
        return self.positie != OudersPositie.NIET_GEVRAAGD or bool(self.woorden.strip())


def wordt_gevraagd(lid: Gezinslid) -> bool:
    """A member asked for their position on a decision: a gezagdrager or a parent."""
    return lid.gezag or lid.relatie.strip().lower() in OUDER_RELATIES


def van_bijeenkomst(session: Session, bijeenkomst_id: int) -> dict[int, list[StandpuntRegel]]:
    """Per decision of the meeting, every parent and gezagdrager in the gezin's order."""
    bijeenkomst = get_or_fail(session, Bijeenkomst, bijeenkomst_id)
    leden = gezinsleden.van_gezin(session, bijeenkomst.gezin_id)
    query = (
        select(Standpunt)
        .join(Besluit)
        .where(Besluit.bijeenkomst_id == bijeenkomst_id)
        .order_by(Standpunt.id)
    )
    stored: dict[int, dict[int | None, Standpunt]] = {}
    for row in session.exec(query):
        stored.setdefault(row.besluit_id, {})[row.gezinslid_id] = row
    besluit_ids = session.exec(
        select(Besluit.id).where(Besluit.bijeenkomst_id == bijeenkomst_id).order_by(Besluit.id)
    )
    return {b: _regels(b, leden, stored.get(b, {})) for b in besluit_ids}


def van_besluit(session: Session, besluit_id: int) -> list[StandpuntRegel]:
    besluit = get_or_fail(session, Besluit, besluit_id)
    return van_bijeenkomst(session, besluit.bijeenkomst_id)[besluit_id]


def _regels(
    besluit_id: int, leden: list[Gezinslid], stored: dict[int | None, Standpunt]
) -> list[StandpuntRegel]:
    result = []
    if None in stored:
        shared = stored[None]
        result.append(
            StandpuntRegel(besluit_id, None, SAMEN, False, shared.positie, shared.woorden)
        )
    for lid in leden:
        row = stored.get(lid.id)
        if row is None and not wordt_gevraagd(lid):
            continue
        positie, woorden = (row.positie, row.woorden) if row else (OudersPositie.NIET_GEVRAAGD, "")
        result.append(StandpuntRegel(besluit_id, lid.id, lid.naam, lid.gezag, positie, woorden))
    return result


def zet(session: Session, besluit_id: int, gezinslid_id: int | None, **changes) -> Standpunt:
    """Record a parent's position or words; None is the parents' shared view, which is only
    kept, never started anew."""
    besluit = get_or_fail(session, Besluit, besluit_id)
    bijeenkomst = haal_open(session, besluit.bijeenkomst_id)
    invoer = StandpuntInvoer.parse(**changes)
    whose = (
        Standpunt.gezinslid_id.is_(None)
        if gezinslid_id is None
        else Standpunt.gezinslid_id == gezinslid_id
    )
    row = session.exec(select(Standpunt).where(Standpunt.besluit_id == besluit_id, whose)).first()
    if row is None:
        if gezinslid_id is None:
            raise InvoerFout("Kies bij welke ouder dit standpunt hoort.")
        lid = get_or_fail(session, Gezinslid, gezinslid_id)
        if lid.gezin_id != bijeenkomst.gezin_id:
            raise InvoerFout(f"{lid.naam} hoort niet bij dit gezin.")
        row = Standpunt(besluit_id=besluit_id, gezinslid_id=gezinslid_id)
        session.add(row)
    invoer.apply_to(row)
    session.flush()
    return row
