"""The rows of a CSV file for the event import, read strictly: a file Excel or a person could
have written is read, and a damaged one (a stray quote, mixed encodings, cut off at the end)
is refused naming its line, never half read."""

import codecs
import csv
import io
import re

from desktop_app.model.errors import InvoerFout, ingekort
from desktop_app.model.fuzzy_date import parse_period
from desktop_app.services.tijdlijn.import_grenzen import MAX_CEL, MAX_KOLOMMEN, MAX_RIJEN, aantal

# A UTF-8 encoded letter (é is C3 A9). In a file that is not UTF-8 as a whole it means two
# encodings were mixed: decoding it all as cp1252 would turn "Renée" into "RenÃ©e".
_UTF8_LETTER = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# control characters no spreadsheet writes; tab and line breaks are text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SAVE_AS = "Sla het bestand in Excel opnieuw op als ‘CSV UTF-8’."


def rijen(name: str, raw: bytes) -> list[tuple[int, list[str]]]:
    """(line where the row starts, cells) of every row with a value."""
    if b"\x00" in raw:  # UTF-16 or a binary file
        raise InvoerFout(f"{name} is geen tekstbestand (CSV). Sla het op als CSV of XLSX.")
    text = _decode(name, raw)
    if control := _CONTROL.search(text):
        line = text.count("\n", 0, control.start()) + 1
        raise InvoerFout(
            f"{name}, regel {line}: een onzichtbaar stuurteken; het bestand lijkt beschadigd. "
            + _SAVE_AS
        )
    delimiter = _delimiter(text)
    rows = _parse(name, text, delimiter)
    _check_multiline_cells(name, rows, delimiter)
    _check_last_row(name, text, rows)
    return [(line, cells) for line, cells, _ in rows]


def _decode(name: str, raw: bytes) -> str:
    """UTF-8 (with or without BOM) when the whole file is UTF-8; otherwise Windows-1252 (what
    Dutch Excel writes as plain "CSV"), but only when no part of it is UTF-8."""
    body = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if body is not raw or _UTF8_LETTER.search(body):
        line = body.count(b"\n", 0, bad) + 1
        raise InvoerFout(
            f"{name}, regel {line}: dit bestand mengt twee tekensets (UTF-8 en een andere), "
            "dus letters als é en ë zouden verminkt binnenkomen. " + _SAVE_AS
        )
    try:
        return body.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        raise InvoerFout(
            f"{name}, regel {line}: een teken dat in geen bekende tekenset past. " + _SAVE_AS
        ) from None


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") >= first.count(",") else ","


def _parse(name: str, text: str, delimiter: str) -> list[tuple[int, list[str], int]]:
    """(first line, cells, last line) of every row with a value. Strict: a quote that closes
    a cell must be followed by the delimiter or the end of the line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows, start = [], 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(rows) > MAX_RIJEN:
                    raise InvoerFout(
                        f"{name} heeft meer dan {aantal(MAX_RIJEN)} regels met gegevens; "
                        "importeer ze in delen."
                    )
                if len(cells) > MAX_KOLOMMEN:
                    raise InvoerFout(
                        f"{name}, regel {start}: {len(cells)} kolommen; Casustafel leest er "
                        f"hoogstens {MAX_KOLOMMEN}. Staat het scheidingsteken goed?"
                    )
                rows.append((start, cells, reader.line_num))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InvoerFout(_csv_message(name, text, start, reader.line_num, str(exc))) from None
    return rows


def _csv_message(name: str, text: str, start: int, end: int, error: str) -> str:
    if "field larger than field limit" in error:
        hint = ' Staat er een aanhalingsteken (") te veel?' if '"' in _line(text, start) else ""
        return f"{name}, regel {start}: een cel is langer dan {aantal(MAX_CEL)} tekens.{hint}"
    if "unexpected end of data" in error:
        return (
            f'{name}, regel {start}: een aanhalingsteken (") opent hier een cel die nergens '
            "wordt gesloten, zodat alles erna in die ene cel zou belanden. Staat er een "
            "aanhalingsteken te veel, of is het bestand afgekapt?"
        )
    if "expected after" in error and start != end:
        return (
            f'{name}, regel {start}: een aanhalingsteken (") opent hier een cel die pas op '
            f"regel {end} sluit. Staat er een aanhalingsteken te veel?"
        )
    if "expected after" in error:
        return (
            f'{name}, regel {start}: na een sluitend aanhalingsteken (") hoort het '
            "scheidingsteken of het einde van de regel. Staat er een aanhalingsteken te veel?"
        )
    return f"{name}, regel {start} is geen geldige CSV-regel."


def _line(text: str, number: int) -> str:
    lines = text.split("\n", number)
    return lines[number - 1] if len(lines) >= number else ""


def _check_multiline_cells(name: str, rows, delimiter: str) -> None:
    """A cell may hold line breaks (Alt+Enter in Excel). But when a line inside it reads as a
    whole row of its own, a stray quote has swallowed the rows below it."""
    if not rows:
        return
    header = [c.strip().lower() for c in rows[0][1]]
    date_column = header.index("datum") if "datum" in header else 0
    for start, cells, end in rows[1:]:
        if start == end:
            continue
        for cell in cells:
            for line in cell.splitlines()[1:]:
                parts = line.split(delimiter)
                if len(parts) >= len(header) and _is_date(parts[date_column]):
                    raise InvoerFout(
                        f"{name}, regel {start}: een cel loopt door tot regel {end} en bevat "
                        f"regels die eigen rijen lijken (‘{ingekort(line)}’). Staat er een "
                        'aanhalingsteken (") te veel?'
                    )


def _is_date(text: str) -> bool:
    try:
        parse_period(text)
    except InvoerFout:
        return False
    return True


def _check_last_row(name: str, text: str, rows) -> None:
    """A file cut off mid-row ends without a line break, on a row shorter than the header."""
    if len(rows) < 2 or text.endswith(("\n", "\r")):
        return
    line, cells, _ = rows[-1]
    if len(cells) < len(rows[0][1]):
        raise InvoerFout(
            f"{name}, regel {line}: de laatste regel houdt halverwege op (minder kolommen dan "
            "de kopregel); het bestand lijkt afgekapt. Sla het opnieuw op en probeer het nog eens."
        )
