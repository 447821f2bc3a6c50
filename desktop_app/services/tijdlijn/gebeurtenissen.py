"""Timeline items: every change is kept in their history and can be undone."""

from collections.abc import Iterable
from typing import Annotated, Any

from sqlmodel import Session, delete, func, select

from desktop_app.model import (
    Betrokkene,
    Categorie,
    Gebeurtenis,
    GebeurtenisPersoon,
    GebeurtenisWijziging,
    Gezinslid,
    PatroonGebeurtenis,
)
from desktop_app.model.enums import HulpStatus, Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate, check_order, format_period, parse_period
from desktop_app.services.core.field_types import (
    Keuze,
    Regel,
    Tekst,
    VerplichteTekst,
    Verwijzing,
    ZichtbaarVoor,
)
from desktop_app.services.core.lookup import get_or_fail
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.gezin.gezinnen import haal as haal_gezin


class GebeurtenisInvoer(PartialUpdate):
    """The fields besides the dates and the people, which `voeg_toe` and `wijzig` take apart."""

    titel: Annotated[str, VerplichteTekst("De titel")] = None
    omschrijving: Tekst = None
    bron: Regel = None
    zichtbaarheid: ZichtbaarVoor = None
    hulpstatus: Annotated[HulpStatus | None, Keuze("status van de hulp")] = None
    categorie_id: Verwijzing = None
    betrokkene_id: Verwijzing = None


_LABELS = {
    "titel": "titel",
    "omschrijving": "omschrijving",
    "bron": "bron",
    "zichtbaarheid": "zichtbaarheid",
    "hulpstatus": "status hulp",
    "categorie_id": "categorie",
    "betrokkene_id": "betrokkene",
    "datum": "datum",
    "personen": "personen",
}


def van_gezin(session: Session, gezin_id: int) -> list[Gebeurtenis]:
    query = select(Gebeurtenis).where(Gebeurtenis.gezin_id == gezin_id)
    return sorted(session.exec(query), key=lambda g: (g.start_van, g.start_tot, g.id))


def personen(session: Session, gebeurtenis_id: int) -> list[int]:
    query = select(GebeurtenisPersoon.gezinslid_id).where(
        GebeurtenisPersoon.gebeurtenis_id == gebeurtenis_id
    )
    return sorted(session.exec(query))


def voeg_toe(
    session: Session,
    gezin_id: int,
    titel: str,
    datum: str | FuzzyDate,
    *,
    einde: FuzzyDate | None = None,
    categorie_id: int | None = None,
    personen: Iterable[int] = (),
    **velden,
) -> Gebeurtenis:
    """Add an item; `datum` is a moment or a period as typed ("mrt 2019 - jun 2020")."""
    haal_gezin(session, gezin_id)
    start, end = _dates(datum, einde)
    if categorie_id is None:
        categorie_id = session.exec(
            select(Categorie.id).where(Categorie.sleutel == "levensgebeurtenis")
        ).one()
    invoer = GebeurtenisInvoer.parse(titel=titel, categorie_id=categorie_id, **velden)
    _check_links(session, gezin_id, invoer)
    item = Gebeurtenis(
        id=_fresh_id(session), gezin_id=gezin_id, **_date_columns(start, end), **invoer.changes()
    )
    session.add(item)
    session.flush()
    _set_personen(session, item, personen)
    _log(session, item, "aangemaakt", nieuw=item.titel)
    return item


def _fresh_id(session: Session) -> int:
    """Never the id of a deleted item: its history is kept and would pass to the new one."""
    highest = session.exec(select(func.max(Gebeurtenis.id))).one() or 0
    logged = session.exec(select(func.max(GebeurtenisWijziging.gebeurtenis_id))).one() or 0
    return max(highest, logged) + 1


def wijzig(session: Session, gebeurtenis_id: int, **changes) -> Gebeurtenis:
    """Change fields; `datum` takes typed text, `start`/`einde` take FuzzyDates (drag, undo)."""
    item = get_or_fail(session, Gebeurtenis, gebeurtenis_id)
    before = _state(session, item)
    new_dates = _new_dates(item, changes)
    new_personen = changes.pop("personen", None)
    invoer = GebeurtenisInvoer.parse(**changes)
    _check_links(session, item.gezin_id, invoer)
    if new_dates is not None:
        for name, value in _date_columns(*new_dates).items():
            setattr(item, name, value)
    invoer.apply_to(item)
    if new_personen is not None:
        session.exec(delete(GebeurtenisPersoon).where(GebeurtenisPersoon.gebeurtenis_id == item.id))
        _set_personen(session, item, new_personen)
    after = _state(session, item)
    changed = {k: before[k] for k in before if before[k] != after[k]}
    fields = dict.fromkeys("datum" if k in ("start", "einde") else k for k in changed)
    for field in fields:
        old, new = _shown(session, field, before), _shown(session, field, after)
        _log(session, item, "gewijzigd", field, old, new)
    return item


def verplaats(session: Session, gebeurtenis_id: int, dagen: int) -> Gebeurtenis:
    """Move in time by dragging: start and end keep their precision."""
    item = get_or_fail(session, Gebeurtenis, gebeurtenis_id)
    start = FuzzyDate.from_storage(item.start).moved(dagen)
    end = FuzzyDate.from_storage(item.einde)
    return wijzig(session, gebeurtenis_id, start=start, einde=end.moved(dagen) if end else None)


def verwijder(session: Session, gebeurtenis_id: int) -> str:
    item = get_or_fail(session, Gebeurtenis, gebeurtenis_id)
    _log(session, item, "verwijderd", oud=item.titel)
    session.delete(item)
    return item.titel


def geschiedenis(session: Session, gebeurtenis_id: int) -> list[GebeurtenisWijziging]:
    query = select(GebeurtenisWijziging).where(
        GebeurtenisWijziging.gebeurtenis_id == gebeurtenis_id
    )
    return list(session.exec(query.order_by(GebeurtenisWijziging.id)))


# helpers


def _new_dates(item: Gebeurtenis, changes: dict) -> tuple[FuzzyDate, FuzzyDate | None] | None:
    """The dates `changes` asks for, taken out of it; None when they stay as they are."""
    if "datum" in changes:
        return _dates(changes.pop("datum"), None)
    if "start" in changes or "einde" in changes:
        start = changes.pop("start", FuzzyDate.from_storage(item.start))
        end = changes.pop("einde", FuzzyDate.from_storage(item.einde))
        check_order(start, end)
        return start, end
    return None


def _dates(datum: str | FuzzyDate, einde: FuzzyDate | None) -> tuple[FuzzyDate, FuzzyDate | None]:
    if isinstance(datum, FuzzyDate):
        check_order(datum, einde)
        return datum, einde
    return parse_period(datum)


def _date_columns(start: FuzzyDate, end: FuzzyDate | None) -> dict[str, Any]:
    return {
        "start": start.to_storage(),
        "start_van": start.earliest(),
        "start_tot": start.latest(),
        "einde": end.to_storage() if end else None,
        "einde_van": end.earliest() if end else None,
        "einde_tot": end.latest() if end else None,
    }


def _check_links(session: Session, gezin_id: int, invoer: GebeurtenisInvoer) -> None:
    """The category must exist and the betrokkene be one of this gezin's."""
    nieuw = invoer.changes()
    if "categorie_id" in nieuw:
        categorie_id = nieuw["categorie_id"]
        if categorie_id is None or session.get(Categorie, categorie_id) is None:
            raise InvoerFout("Die categorie bestaat niet (meer).")
    if nieuw.get("betrokkene_id") is not None:
        betrokkene = get_or_fail(session, Betrokkene, nieuw["betrokkene_id"])
        if betrokkene.gezin_id != gezin_id:
            raise InvoerFout(f"{betrokkene.naam} is niet betrokken bij dit gezin.")


def _set_personen(session: Session, item: Gebeurtenis, lid_ids: Iterable[int]) -> None:
    for lid_id in sorted(set(lid_ids)):
        lid = get_or_fail(session, Gezinslid, lid_id)
        if lid.gezin_id != item.gezin_id:
            raise InvoerFout(f"{lid.naam} hoort niet bij dit gezin.")
        session.add(GebeurtenisPersoon(gebeurtenis_id=item.id, gezinslid_id=lid_id))
    session.flush()


def _state(session: Session, item: Gebeurtenis) -> dict[str, Any]:
    """The editable state of an item, as compared for history and restored by undo."""
    state = {name: getattr(item, name) for name in GebeurtenisInvoer.model_fields}
    state["start"], state["einde"] = item.start, item.einde
    if item.id is None:
        state["personen"], state["patronen"] = [], []
        return state
    session.flush()
    state["personen"] = personen(session, item.id)
    state["patronen"] = sorted(
        session.exec(
            select(PatroonGebeurtenis.patroon_id).where(
                PatroonGebeurtenis.gebeurtenis_id == item.id
            )
        )
    )
    return state


def _shown(session: Session, field: str, state: dict) -> str:
    """A value as the history shows it to people."""
    value = state.get(field)
    match field:
        case "datum":
            return format_period(
                FuzzyDate.from_storage(state["start"]), FuzzyDate.from_storage(state["einde"])
            )
        case "categorie_id":
            return session.get(Categorie, value).naam if value else ""
        case "betrokkene_id":
            return session.get(Betrokkene, value).naam if value else ""
        case "personen":
            return ", ".join(session.get(Gezinslid, i).naam for i in value) or "hele gezin"
        case "zichtbaarheid":
            return Zichtbaarheid(value).label
        case "hulpstatus":
            return HulpStatus(value).label if value else ""
    return "" if value is None else str(value)


def _log(session, item, actie, veld="", oud="", nieuw="") -> None:
    session.add(
        GebeurtenisWijziging(
            gezin_id=item.gezin_id,
            gebeurtenis_id=item.id,
            actie=actie,
            veld=_LABELS.get(veld, veld),
            oud=oud,
            nieuw=nieuw,
            door=session.info.get("gebruiker", ""),
        )
    )
