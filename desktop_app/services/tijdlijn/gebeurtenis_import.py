"""Import timeline items from a dossier extract (CSV or XLSX): all rows or none.

Headers are Dutch and case-insensitive. Every problem is collected with its line number
before anything is written; the caller runs `importeer` in one transaction.
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from desktop_app.model import Categorie
from desktop_app.model.enums import Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate, check_order, parse_period
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen

COLUMNS = (
    "datum",
    "einddatum",
    "titel",
    "omschrijving",
    "categorie",
    "personen",
    "bron",
    "zichtbaarheid",
)
REQUIRED = ("datum", "titel")
_AUDIENCES = {
    "": Zichtbaarheid.IEDEREEN,
    "iedereen": Zichtbaarheid.IEDEREEN,
    "professionals": Zichtbaarheid.PROFESSIONALS,
    "alleen professionals": Zichtbaarheid.PROFESSIONALS,
    "vertrouwelijk": Zichtbaarheid.VERTROUWELIJK,
}


class ImportFout(InvoerFout):
    """Nothing was imported; the message lists every problem with its line number."""

    def __init__(self, problems: list[str], unknown_people: list[str]):
        self.problems, self.onbekende_personen = problems, unknown_people
        super().__init__("Er is niets geïmporteerd. Los eerst dit op:\n" + "\n".join(problems))


@dataclass(frozen=True)
class Rij:
    regel: int  # line number in the file, header = 1
    waarden: dict[str, str]


@dataclass(frozen=True)
class ImportResultaat:
    gezin_id: int
    gezin_naam: str
    aantal: int
    nieuwe_personen: list[str]


def lees_bestand(path: Path) -> list[Rij]:
    if not path.is_file():
        raise InvoerFout(f"Het bestand {path} bestaat niet.")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        table = _xlsx_rows(path)
    elif suffix == ".csv":
        table = _csv_rows(path)
    else:
        raise InvoerFout(
            f"Kies een .csv- of .xlsx-bestand; ‘{path.name}’ kan Casustafel niet lezen."
        )
    table = [(line, cells) for line, cells in table if any(str(c or "").strip() for c in cells)]
    if not table:
        raise InvoerFout(f"Het bestand {path.name} is leeg.")
    header_line, header = table[0]
    names = [str(h or "").strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    unknown = [n for n in names if n and n not in COLUMNS]
    if missing or unknown:
        parts = [f"kolom ‘{c}’ ontbreekt" for c in missing] + [
            f"onbekende kolom ‘{n}’" for n in unknown
        ]
        raise InvoerFout(
            f"{path.name}, regel {header_line}: {'; '.join(parts)}. "
            f"Gebruik de kolommen: {', '.join(COLUMNS)} (datum en titel zijn verplicht)."
        )
    return [
        Rij(line, {name: _text(cell) for name, cell in zip(names, cells, strict=False) if name})
        for line, cells in table[1:]
    ]


def _csv_rows(path: Path) -> list[tuple[int, list]]:
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise InvoerFout(f"{path.name} is geen tekstbestand (CSV). Sla het op als CSV of XLSX.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")  # what Dutch Excel writes without "UTF-8"
        except UnicodeDecodeError:
            raise InvoerFout(f"{path.name}: onbekende tekenset; sla op als CSV UTF-8.") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [(reader.line_num, row) for row in reader]


def _xlsx_rows(path: Path) -> list[tuple[int, list]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        raise InvoerFout(f"{path.name} is geen geldig Excel-bestand (.xlsx).") from None
    try:
        sheet = workbook.active
        return [(i, list(row)) for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()


def _text(cell) -> str:
    if isinstance(cell, datetime | date):
        return cell.strftime("%d-%m-%Y")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell).strip()


def importeer(
    session: Session,
    rows: list[Rij],
    *,
    gezin_id: int | None = None,
    nieuw_gezin: str | None = None,
    personen_toevoegen: bool = False,
) -> ImportResultaat:
    gezin = gezinnen.maak(session, nieuw_gezin) if nieuw_gezin else gezinnen.haal(session, gezin_id)
    leden = gezinsleden.van_gezin(session, gezin.id)
    default_category = session.exec(
        select(Categorie.id).where(Categorie.sleutel == "levensgebeurtenis")
    ).one()
    problems, unknown_people, planned = [], [], []
    if not rows:
        problems.append("het bestand bevat geen gebeurtenissen, alleen kopjes")
    for rij in rows:
        item, row_problems = _read_row(session, rij.waarden, leden, default_category)
        for name in item.get("onbekend", []):
            if name.lower() not in (n.lower() for n in unknown_people):
                unknown_people.append(name)
            if not personen_toevoegen:
                row_problems.append(f"onbekend gezinslid ‘{name}’")
        if row_problems:
            problems.append(f"regel {rij.regel}: " + "; ".join(row_problems))
        planned.append(item)
    if problems:
        raise ImportFout(problems, unknown_people)
    added = {}
    for name in unknown_people:
        added[name.lower()] = gezinsleden.voeg_toe(session, gezin.id, name, relatie="onbekend").id
    for item in planned:
        people = item["personen"] + [added[n.lower()] for n in item.get("onbekend", [])]
        gebeurtenissen.voeg_toe(
            session,
            gezin.id,
            item["titel"],
            item["start"],
            einde=item["einde"],
            categorie_id=item["categorie_id"],
            personen=people,
            omschrijving=item["omschrijving"],
            bron=item["bron"],
            zichtbaarheid=item["zichtbaarheid"],
        )
    return ImportResultaat(gezin.id, gezin.naam, len(planned), unknown_people)


def _read_row(session, values: dict[str, str], leden, default_category: int):
    problems, item = (
        [],
        {"omschrijving": values.get("omschrijving", ""), "bron": values.get("bron", "")},
    )
    item["titel"] = values.get("titel", "").strip()
    if not item["titel"]:
        problems.append("titel ontbreekt")
    item["start"] = item["einde"] = None
    try:
        item["start"], item["einde"] = parse_period(values.get("datum", ""))
        if end_text := values.get("einddatum", "").strip():
            if item["einde"] is not None:
                problems.append("‘datum’ is al een periode én er is een einddatum")
            else:
                item["einde"] = FuzzyDate.parse(end_text)
                check_order(item["start"], item["einde"])
    except InvoerFout as exc:
        problems.append(str(exc).rstrip("."))
    item["categorie_id"] = default_category
    if category := values.get("categorie", "").strip():
        try:
            item["categorie_id"] = categorieen.zoek(session, category).id
        except InvoerFout as exc:
            problems.append(str(exc).rstrip("."))
    audience = values.get("zichtbaarheid", "").strip().lower()
    if audience in _AUDIENCES:
        item["zichtbaarheid"] = _AUDIENCES[audience]
    else:
        problems.append(
            f"zichtbaarheid ‘{audience}’ onbekend (iedereen, professionals of vertrouwelijk)"
        )
    item["personen"], item["onbekend"] = [], []
    for name in filter(None, (n.strip() for n in values.get("personen", "").split(";"))):
        match = _member(leden, name)
        if match is None:
            item["onbekend"].append(name)
        else:
            item["personen"].append(match)
    return item, problems


def _member(leden, name: str) -> int | None:
    wanted = name.lower()
    exact = [lid.id for lid in leden if lid.naam.lower() == wanted]
    first = [lid.id for lid in leden if lid.naam.lower().split()[0] == wanted]
    return (exact or (first if len(first) == 1 else [None]))[0]
