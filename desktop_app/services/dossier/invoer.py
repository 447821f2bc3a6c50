"""The import: a dossier becomes a new gezin, all or nothing.

`lees` checks the whole file without a store: format version and schema revision (an older
file is brought up to date, `versies`), checksums, that every part is there and no other,
every field through the model the services use, and every reference between rows. Only
then does `schrijf` insert, in one transaction (the caller's `Workspace.edit`), every row
under a new id, shared rows matched by their natural key.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from desktop_app.model import Gezin
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.core.field_types import zonder_stuurtekens
from desktop_app.services.dossier import formaat, versies
from desktop_app.services.dossier.tabellen import GEDEELD, LOS, VAGE_DATUMS, Deel, delen


@dataclass(frozen=True)
class Dossier:
    """A checked dossier: its rows per table, as the models' Python values."""

    rijen: dict[str, list[dict]]

    @property
    def naam(self) -> str:
        return self.rijen["gezin"][0]["naam"]

    @property
    def geanonimiseerd(self) -> bool:
        return self.rijen["gezin"][0]["geanonimiseerd"]


def importeer(session: Session, data: bytes) -> int:
    """Check the dossier zip `data` and add it as a new gezin; returns the new gezin's id."""
    return schrijf(session, lees(data))


def lees(data: bytes) -> Dossier:
    parts = formaat.uitpakken(data)
    manifest = formaat.manifest(parts)
    if "versleuteling" in manifest:
        raise InvoerFout("Dit dossier is versleuteld; het wachtwoord is nodig om het te openen.")
    ouder = versies.ouder_schema(manifest)
    listed = manifest.get("delen")
    if not isinstance(listed, dict):
        raise InvoerFout(formaat.BESCHADIGD)
    structure = delen()
    expected = {deel.bestand for deel in structure}
    for name in sorted(expected):
        absent = name not in listed and name not in parts  # a table newer than the file
        if (name not in listed or name not in parts) and not (ouder and absent):
            raise InvoerFout(f"Het dossier mist het deel ‘{name}’; er is niets ingelezen.")
    extra = sorted((set(parts) | set(listed)) - expected - {formaat.MANIFEST})
    if extra:
        raise InvoerFout(
            f"Het dossier bevat een onbekend deel ‘{extra[0]}’; er is niets ingelezen."
        )
    for name in sorted(expected & set(parts)):
        entry = listed[name]
        digest = entry.get("sha256") if isinstance(entry, dict) else None
        if digest != hashlib.sha256(parts[name]).hexdigest():
            raise InvoerFout(
                f"Het deel ‘{name}’ is gewijzigd of beschadigd: de controlesom klopt niet. "
                "Er is niets ingelezen."
            )
    raw = {
        deel.naam: _lijst(deel, parts[deel.bestand]) if deel.bestand in parts else []
        for deel in structure
    }
    manifest, raw = versies.bijwerken(manifest, raw)
    if ouder:
        raw = versies.schema_bijwerken(manifest["schemarevisie"], raw)
    if not isinstance(manifest.get("geanonimiseerd"), bool):
        raise InvoerFout(formaat.BESCHADIGD)
    rows = {deel.naam: _rijen(deel, raw[deel.naam], ouder) for deel in structure}
    if len(rows["gezin"]) != 1:
        raise InvoerFout("Een dossier bevat precies één gezin; dit niet. Er is niets ingelezen.")
    _controleer_verwijzingen(structure, rows)
    kop = rows["gezin"][0]
    kop["geanonimiseerd"] = kop["geanonimiseerd"] or manifest["geanonimiseerd"]
    return Dossier(rows)


def _lijst(deel: Deel, data: bytes) -> list:
    found = formaat.lees_json(data, f"Het deel ‘{deel.bestand}’")
    if not isinstance(found, list):
        raise InvoerFout(f"Het deel ‘{deel.bestand}’ is geen lijst van rijen.")
    return found


def _rijen(deel: Deel, found: list, ouder: bool) -> list[dict]:
    """The rows checked through the model; a file of an older schema may lack the columns
    added since, which get their defaults."""
    columns = {column.name for column in deel.tabel.columns}
    optional = {name for name, field in deel.model.model_fields.items() if not field.is_required()}
    keys = [column.name for column in deel.tabel.primary_key]
    rows, seen = [], set()
    for number, row in enumerate(found, 1):
        waar = f"‘{deel.bestand}’, rij {number}"
        if not isinstance(row, dict) or not (
            set(row) == columns or (ouder and set(row) < columns and columns - set(row) <= optional)
        ):
            raise InvoerFout(f"{waar}: de velden kloppen niet met dit soort gegevens.")
        try:
            checked = deel.model.model_validate(row)
        except ValidationError as exc:
            veld = ".".join(str(part) for part in exc.errors()[0]["loc"])
            raise InvoerFout(f"{waar}: het veld ‘{veld}’ is ongeldig.") from None
        values = {name: _tekst(getattr(checked, name)) for name in columns}
        for name, value in values.items():
            _controleer_waarde(deel.naam, name, value, waar)
        key = tuple(values[k] for k in keys)
        if None in key or key in seen:
            raise InvoerFout(f"{waar}: het nummer ontbreekt of komt twee keer voor.")
        seen.add(key)
        rows.append(values)
    return rows


def _tekst(value):
    """Text arrives as typed text is kept: a NUL would cut it short on the next edit."""
    return zonder_stuurtekens(value) if isinstance(value, str) else value


def _controleer_waarde(table: str, column: str, value, waar: str) -> None:
    if type(value) is int and not -(2**63) <= value < 2**63:  # what SQLite stores
        raise InvoerFout(f"{waar}: het getal in ‘{column}’ is te groot.")
    if isinstance(value, datetime) and value.utcoffset() is None:
        raise InvoerFout(f"{waar}: het tijdstip in ‘{column}’ heeft geen tijdzone.")
    if (table, column) in VAGE_DATUMS and value is not None:
        try:
            FuzzyDate.from_storage(value).earliest()  # a date that exists
        except (ValueError, IndexError, AttributeError):
            raise InvoerFout(f"{waar}: ‘{column}’ is geen datum.") from None


def _controleer_verwijzingen(structure: list[Deel], rows: dict[str, list[dict]]) -> None:
    ids = {
        name: {row["id"] for row in found}
        for name, found in rows.items()
        if found and "id" in found[0]
    }
    for deel in structure:
        for column, target in deel.verwijzingen.items():
            if (deel.naam, column) in LOS:
                continue  # the history of a deleted item: it names what is no longer there
            for number, row in enumerate(rows[deel.naam], 1):
                value = row[column]
                if value is not None and value not in ids.get(target, ()):
                    raise InvoerFout(
                        f"‘{deel.bestand}’, rij {number}: ‘{column}’ verwijst naar {target} "
                        f"{value}, en dat staat niet in het dossier. Er is niets ingelezen."
                    )


def schrijf(session: Session, dossier: Dossier) -> int:
    """Insert a checked dossier as a new gezin; returns its id."""
    try:
        return _schrijf(session, dossier.rijen)
    except SQLAlchemyError as exc:  # the transaction is rolled back with this
        raise InvoerFout(
            f"Het dossier kon niet worden opgeslagen; er is niets ingelezen. "
            f"({getattr(exc, 'orig', exc)})"
        ) from exc


def _schrijf(session: Session, rows: dict[str, list[dict]]) -> int:
    (kop,) = rows["gezin"]
    # A case that arrives is real: the demo command replaces gezinnen marked demo.
    gezin = Gezin(**{**kop, "id": None, "demo": False})  # geanonimiseerd as the file says
    session.add(gezin)  # through the session, so the workspace hears of the new gezin
    session.flush()
    structure = delen()
    nieuw = {"gezin": {kop["id"]: gezin.id}}
    for deel in structure:
        if deel.naam in GEDEELD:
            nieuw[deel.naam] = {row["id"]: _gedeeld(session, deel, row) for row in rows[deel.naam]}
    for deel in structure:
        if deel.naam not in nieuw and "id" in deel.tabel.c:
            nieuw[deel.naam] = _nieuwe_ids(session, deel, rows)
    for deel in structure:
        if deel.naam in GEDEELD or deel.naam == "gezin" or not rows[deel.naam]:
            continue
        mapped = [
            {
                **row,
                **({"id": nieuw[deel.naam][row["id"]]} if "id" in row else {}),
                **{
                    column: nieuw[target][row[column]]
                    for column, target in deel.verwijzingen.items()
                    if row[column] is not None
                },
            }
            for row in rows[deel.naam]
        ]
        session.execute(deel.tabel.insert(), mapped)
    return gezin.id


def _nieuwe_ids(session: Session, deel: Deel, rows: dict[str, list[dict]]) -> dict[int, int]:
    """Fresh ids after the highest in use, in the file's order. A table that rows name without
    a foreign key (`LOS`) takes its fresh ids after the highest named too, as the services
    do, so no new row inherits the history of a deleted one."""
    old = {row["id"] for row in rows[deel.naam]}
    highest = [session.execute(select(func.max(deel.tabel.c.id))).scalar() or 0]
    for (table, column), target in LOS.items():
        if target == deel.naam:
            source = deel.tabel.metadata.tables[table]
            old |= {row[column] for row in rows[table]}
            highest.append(session.execute(select(func.max(source.c[column]))).scalar() or 0)
    start = max(highest) + 1
    return {old_id: start + n for n, old_id in enumerate(sorted(old))}


def _gedeeld(session: Session, deel: Deel, row: dict) -> int:
    """The id of the shared row this store has under the row's natural key; made when none."""
    table = deel.tabel
    if deel.naam == "categorie" and row["sleutel"] is not None:
        where = [table.c.sleutel == row["sleutel"]]
    else:
        where = [table.c[key] == row[key] for key in GEDEELD[deel.naam] if key != "sleutel"]
    found = session.execute(select(table.c.id).where(*where).order_by(table.c.id)).first()
    if found is not None:
        return found[0]
    result = session.execute(table.insert(), {**row, "id": None})
    return result.inserted_primary_key[0]
