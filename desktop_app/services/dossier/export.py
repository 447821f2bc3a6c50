"""The export: a gezin and everything under it as one zip of JSON parts with a manifest."""

import hashlib
import io
import random
import zipfile

from sqlalchemy import select
from sqlmodel import Session

from desktop_app import __version__
from desktop_app.model import Gezin
from desktop_app.model.errors import InvoerFout
from desktop_app.model.utc import utc_now
from desktop_app.services.dossier import formaat
from desktop_app.services.dossier.anoniem import anonimiseer
from desktop_app.services.dossier.tabellen import GEDEELD, delen
from desktop_app.store.migrations import head_revision


def exporteer(
    session: Session, gezin_id: int, anoniem: bool = False, rng: random.Random | None = None
) -> bytes:
    """The gezin's dossier as the bytes of a zip (not yet sealed: see `zegel`); `anoniem`
    without names, places, contact details or real dates (see `anoniem`)."""
    gezin = session.get(Gezin, gezin_id)
    if gezin is None:
        raise InvoerFout(f"Er is geen gezin met nummer {gezin_id}.")
    rows = _rijen(session, gezin_id)
    if anoniem:
        rows = anonimiseer(delen(), rows, rng)
    parts = {f"{name}.json": formaat.dump(found) for name, found in rows.items()}
    manifest = {
        "formaat": formaat.SOORT,
        "formaatversie": formaat.FORMAATVERSIE,
        "schemarevisie": head_revision(),
        "appversie": __version__,
        "gemaakt": utc_now().isoformat(),
        "geanonimiseerd": anoniem or gezin.geanonimiseerd,
        "delen": {
            f"{name}.json": {
                "sha256": hashlib.sha256(parts[f"{name}.json"]).hexdigest(),
                "rijen": len(found),
            }
            for name, found in rows.items()
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(formaat.MANIFEST, formaat.dump(manifest))
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _rijen(session: Session, gezin_id: int) -> dict[str, list[dict]]:
    """Every row of the gezin per table, in key order; then the shared rows they name."""
    gezin = Gezin.__table__
    ids = {"gezin": select(gezin.c.id).where(gezin.c.id == gezin_id)}  # subqueries, per table
    rows: dict[str, list[dict]] = {}
    named: dict[str, set] = {name: set() for name in GEDEELD}
    for deel in delen():
        if deel.naam in GEDEELD:
            continue
        table = deel.tabel
        owner, parent = (
            (table.c.id, "gezin")
            if deel.eigenaar is None
            else (deel.eigenaar, deel.verwijzingen[deel.eigenaar.name])
        )
        query = select(table).where(owner.in_(ids[parent])).order_by(*table.primary_key)
        rows[deel.naam] = found = [dict(row._mapping) for row in session.execute(query)]
        if "id" in table.c:
            ids[deel.naam] = select(table.c.id).where(owner.in_(ids[parent]))
        for column, target in deel.verwijzingen.items():
            if target in named:
                named[target].update(row[column] for row in found if row[column] is not None)
    for name in GEDEELD:
        table = Gezin.metadata.tables[name]
        query = select(table).where(table.c.id.in_(named[name])).order_by(table.c.id)
        rows[name] = [dict(row._mapping) for row in session.execute(query)]
    return rows
