"""Import timeline items from a dossier extract (CSV or XLSX): all rows or none.

Headers are Dutch and case-insensitive. Every problem is collected with its line number
before anything is written; the caller runs `importeer` in one transaction.
"""

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from desktop_app.model import Categorie
from desktop_app.model.enums import Zichtbaarheid
from desktop_app.model.errors import InvoerFout, ingekort
from desktop_app.model.fuzzy_date import FuzzyDate, check_order, parse_period
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen, import_csv, import_xlsx
from desktop_app.services.tijdlijn.gebeurtenissen import GebeurtenisInvoer
from desktop_app.services.tijdlijn.import_grenzen import MAX_BYTES, MAX_CEL, aantal, megabytes

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


MAX_GENOEMD = 20  # problems listed in one message; a wrong file has one on every line


class ImportFout(InvoerFout):
    """Nothing was imported; the message lists the problems with their line numbers."""

    def __init__(self, problems: list[str], unknown_people: list[str]):
        self.problems, self.onbekende_personen = problems, unknown_people
        listed = problems[:MAX_GENOEMD]
        if len(problems) > MAX_GENOEMD:
            listed.append(f"… en nog {len(problems) - MAX_GENOEMD} regels met een probleem.")
        super().__init__("Er is niets geïmporteerd. Los eerst dit op:\n" + "\n".join(listed))


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
    """The rows of a CSV or XLSX file; whatever is wrong with it, an InvoerFout in Dutch."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvoerFout(
            f"Kies een .csv- of .xlsx-bestand; ‘{path.name}’ kan Casustafel niet lezen."
        )
    try:
        if not path.is_file():
            raise InvoerFout(f"Het bestand {path} bestaat niet.")
        if path.stat().st_size > MAX_BYTES:
            raise InvoerFout(
                f"{path.name} is groter dan {megabytes(MAX_BYTES)}; zo groot is geen overzicht "
                "van gebeurtenissen. Importeer ze in delen."
            )
        table = (
            import_xlsx.rijen(path)
            if suffix == ".xlsx"
            else import_csv.rijen(path.name, path.read_bytes())
        )
    except InvoerFout:
        raise
    except OSError as exc:
        raise InvoerFout(f"{path.name} kon niet worden gelezen: {exc.strerror or exc}.") from None
    except Exception as exc:  # a damaged file can make a file format library fail in any way
        kind = "Excel-bestand (.xlsx)" if suffix == ".xlsx" else "CSV-bestand"
        raise InvoerFout(
            f"{path.name} is beschadigd en kan niet worden gelezen als {kind}. Open het in "
            "Excel en sla het opnieuw op."
        ) from exc
    return _rows(path.name, table)


def _rows(name: str, table: list[tuple[int, list]]) -> list[Rij]:
    if not table:
        raise InvoerFout(f"Het bestand {name} is leeg.")
    header_line, header = table[0]
    names = [str(h or "").strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in names]
    unknown = [n for n in names if n and n not in COLUMNS]
    twice = [c for c in COLUMNS if names.count(c) > 1]  # which of the two would count?
    if missing or unknown or twice:
        parts = (
            [f"kolom ‘{c}’ ontbreekt" for c in missing]
            + [f"onbekende kolom ‘{ingekort(n)}’" for n in unknown]
            + [f"kolom ‘{c}’ staat er {names.count(c)} keer" for c in twice]
        )
        raise InvoerFout(
            f"{name}, regel {header_line}: {'; '.join(parts)}. "
            f"Gebruik de kolommen: {', '.join(COLUMNS)} (datum en titel zijn verplicht)."
        )
    rows = []
    for line, cells in table[1:]:
        values = {}
        for number, cell in enumerate(cells, start=1):
            column = names[number - 1] if number <= len(names) else ""
            value = _text(cell)
            if value and not column:  # dropping it would lose what the user wrote
                raise InvoerFout(
                    f"{name}, regel {line}: in kolom {number} staat ‘{ingekort(value)}’, maar die "
                    f"kolom heeft geen kopje in regel {header_line}. Geef de kolom een kopje of "
                    "haal de waarde weg."
                )
            if len(value) > MAX_CEL:
                raise InvoerFout(
                    f"{name}, regel {line}: de cel in kolom ‘{column}’ is langer dan "
                    f"{aantal(MAX_CEL)} tekens (‘{ingekort(value)}’)."
                )
            if column:
                values[column] = value
        rows.append(Rij(line, values))
    return rows


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
    gezin = (
        gezinnen.maak(session, nieuw_gezin)
        if nieuw_gezin is not None
        else gezinnen.haal(session, gezin_id)
    )
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
                row_problems.append(f"onbekend gezinslid ‘{ingekort(name)}’")
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
    problems, item = [], {}
    texts = {name: values.get(name, "") for name in ("titel", "omschrijving", "bron")}
    if not texts["titel"].strip():
        problems.append("titel ontbreekt")
    else:
        try:  # the checks `voeg_toe` makes, here where the line number is known
            item.update(GebeurtenisInvoer.parse(**texts).changes())
        except InvoerFout as exc:
            problems.append(str(exc).rstrip("."))
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
            f"zichtbaarheid ‘{ingekort(audience)}’ onbekend "
            "(iedereen, professionals of vertrouwelijk)"
        )
    item["personen"], item["onbekend"] = [], []
    for name in filter(None, (n.strip() for n in values.get("personen", "").split(";"))):
        match = _member(leden, name)
        if match is not None:
            item["personen"].append(match)
            continue
        try:  # an unknown person may be added as a gezinslid: the checks that makes
            gezinsleden.GezinslidInvoer.parse(naam=name)
            item["onbekend"].append(name)
        except InvoerFout as exc:
            problems.append(f"persoon ‘{ingekort(name)}’: {str(exc).rstrip('.')}")
    return item, problems


def _member(leden, name: str) -> int | None:
    wanted = name.lower()
    exact = [lid.id for lid in leden if lid.naam.lower() == wanted]
    first = [lid.id for lid in leden if lid.naam.lower().split()[0] == wanted]
    return (exact or (first if len(first) == 1 else [None]))[0]
