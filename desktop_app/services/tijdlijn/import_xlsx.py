"""The rows of an XLSX file for the event import: only the cells that hold a value, read as
they stream past, so a file's own claims (its dimension tag, a lone cell at XFD1048576, a
zip that unpacks to gigabytes) cannot make Casustafel walk or hold more than the limits."""

import warnings
import zipfile
import zlib
from pathlib import Path

from desktop_app.model.errors import InvoerFout
from desktop_app.services.tijdlijn.import_grenzen import (
    MAX_DELEN,
    MAX_ELEMENTEN,
    MAX_KOLOMMEN,
    MAX_RIJEN,
    MAX_UITGEPAKT,
    aantal,
    megabytes,
)


def rijen(path: Path) -> list[tuple[int, list]]:
    """(row number, values up to the last filled cell) of every row with a value."""
    _check_archive(path)
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl's notes on parts it skips are for developers
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            return _filled_rows(path.name, workbook)
        finally:
            workbook.close()


def _check_archive(path: Path) -> None:
    """Sizes and the number of XML elements, counted as the parts stream past, before openpyxl
    builds anything: its parser holds a whole row and every shared text in memory. A part
    that unpacks to more than the zip's directory claims fails its checksum on the way."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            too_big = len(parts) > MAX_DELEN or sum(p.file_size for p in parts) > MAX_UITGEPAKT
            elements = 0 if too_big else sum(_count_elements(archive, p) for p in parts)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError):
        raise InvoerFout(
            f"{path.name} is geen geldig Excel-bestand (.xlsx): het kan niet worden uitgepakt."
        ) from None
    if too_big:
        raise InvoerFout(
            f"{path.name} pakt uit tot meer dan {megabytes(MAX_UITGEPAKT)}; zo groot is geen "
            "overzicht van gebeurtenissen. Kopieer de gebeurtenissen naar een nieuw bestand."
        )
    if elements > MAX_ELEMENTEN:
        raise InvoerFout(
            f"{path.name} bevat meer dan {aantal(MAX_ELEMENTEN)} cellen, rijen en teksten, ook "
            "lege; zo groot is geen overzicht van gebeurtenissen. Kopieer de gebeurtenissen "
            "naar een nieuw bestand."
        )


def _count_elements(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> int:
    count = 0
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            # in XML every "<" is markup; closing tags, declarations and comments aside
            count += (
                chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
            )
    return count


def _filled_rows(name: str, workbook) -> list[tuple[int, list]]:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sheet = workbook.active
    if sheet is None and workbook.worksheets:
        sheet = workbook.worksheets[0]
    if not isinstance(sheet, ReadOnlyWorksheet):
        if sheet is None:
            raise InvoerFout(f"{name} bevat geen werkblad met gegevens.")
        raise InvoerFout(
            f"In {name} staat het blad ‘{sheet.title}’ voorop, en dat is een grafiek. Open het "
            "bestand, kies het werkblad met de gebeurtenissen en sla het zo op."
        )
    rows = []
    for number, cells in _parsed_rows(workbook, sheet):
        values = {c["column"]: c["value"] for c in cells if _filled(c["value"])}
        if not values:
            continue  # a cell with only a format, as Excel keeps far below the data
        if len(rows) > MAX_RIJEN:
            raise InvoerFout(
                f"{name} heeft meer dan {aantal(MAX_RIJEN)} rijen met gegevens; "
                "importeer ze in delen."
            )
        width = max(values)
        if width > MAX_KOLOMMEN:
            raise InvoerFout(
                f"{name}, regel {number}: er staat iets in kolom {get_column_letter(width)}, "
                f"voorbij de {MAX_KOLOMMEN} kolommen die Casustafel leest. Haal het weg of "
                "kopieer de gebeurtenissen naar een nieuw bestand."
            )
        row = [None] * width
        for column, value in values.items():
            row[column - 1] = value
        rows.append((number, row))
    return rows


def _parsed_rows(workbook, sheet):
    """The sheet's rows as openpyxl's streaming parser finds them: only rows and cells that
    are in the file (the public iter_rows fills every gap up to the furthest cell)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        yield from parser.parse()


def _filled(value) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))
