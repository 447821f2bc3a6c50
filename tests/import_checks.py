"""What every event import must keep to, whatever the file: it imports, or it raises one
InvoerFout with a Dutch message and leaves the store as it was; within bounded time and memory.
Also builders of (broken) CSV and XLSX files."""

import csv
import io
import re
import time
import tracemalloc
import zipfile
from dataclasses import dataclass

from openpyxl import Workbook
from sqlalchemy import text

from desktop_app.model.errors import InvoerFout
from desktop_app.services.tijdlijn import gebeurtenis_import

MAX_SECONDS = 2.0
MAX_PEAK = 200 * 1024 * 1024  # tracemalloc's peak while reading and importing one file

# Words of the technical English that reached users before (outside the quoted input)
_ENGLISH = re.compile(
    r"\b(error|errno|object|attribute|invalid|expected|unexpected|field|limit|traceback|"
    r"decompress\w*|token|nonetype|none|exception|line|the|not|has|no)\b",
    re.IGNORECASE,
)
_DUTCH = re.compile(
    r"\b(regel|regels|bestand|geen|niet|een|het|de|is|kan|niets|te|van|met|dan|meer|heeft)\b"
)


def dump(workspace) -> dict[str, list[tuple]]:
    """Every row of every table, ids included."""
    with workspace.engine.connect() as connection:
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ).scalars()
        return {
            table: connection.execute(text(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')).all()
            for table in list(tables)
        }


def assert_dutch(message: str) -> None:
    """One readable Dutch message: Dutch words, no technical English, quoted input cut short."""
    outside_quotes = re.sub(r"‘[^’\n]*’", "", message)  # quoted input is the user's own text
    assert _DUTCH.search(outside_quotes), message
    assert not _ENGLISH.search(outside_quotes), message
    lines = message.splitlines()
    assert len(lines) <= gebeurtenis_import.MAX_GENOEMD + 2, message[:2000]
    assert all(len(line) <= 600 for line in lines), max(lines, key=len)[:2000]


@dataclass
class Uitkomst:
    result: object  # ImportResultaat, or the InvoerFout
    seconds: float
    peak: int

    @property
    def fout(self) -> InvoerFout | None:
        return self.result if isinstance(self.result, InvoerFout) else None


def importeer_begrensd(workspace, gezin_id, path, *, geheugen=True, **options) -> Uitkomst:
    """Read and import `path` as the app does. Any exception but an InvoerFout fails the test;
    a refusal must be Dutch and leave the store unchanged. Timed without tracemalloc (which
    makes openpyxl several times slower); the peak is that of reading the file again under it,
    where the memory of a malicious file would go."""
    before = dump(workspace)
    start = time.perf_counter()
    try:
        rows = gebeurtenis_import.lees_bestand(path)
        result = workspace.edit(
            "Import", gebeurtenis_import.importeer, rows, gezin_id=gezin_id, **options
        )
    except InvoerFout as exc:
        result = exc
    seconds = time.perf_counter() - start
    outcome = Uitkomst(result, seconds, _reading_peak(path) if geheugen else 0)
    if outcome.fout is not None:
        assert_dutch(str(outcome.fout))
        assert dump(workspace) == before, "a refused import changed the store"
    return outcome


def _reading_peak(path) -> int:
    tracemalloc.start()
    try:
        gebeurtenis_import.lees_bestand(path)
    except InvoerFout:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def assert_begrensd(outcome: Uitkomst, seconds: float = MAX_SECONDS) -> None:
    assert outcome.seconds < seconds, f"{outcome.seconds:.2f} s"
    assert outcome.peak < MAX_PEAK, f"{outcome.peak / 1e6:.0f} MB"


# building files


def csv_bytes(rows, delimiter=";", encoding="utf-8") -> bytes:
    """As Excel writes it: quoted where a cell holds the separator, CRLF line ends."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, *, extra=None) -> bytes:
    """A workbook with `rows` on its only sheet; `extra(workbook)` may change it before saving."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    if extra:
        extra(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """The same zip with some parts replaced (or left out, None), checksums honest."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = replace.get(info.filename, source.read(info.filename))
            if content is not None:
                target.writestr(info.filename, content)
    return out.getvalue()


def part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


SHEET = "xl/worksheets/sheet1.xml"
ROWS = [  # a good import of three gebeurtenissen
    ["datum", "titel", "personen"],
    ["mrt 2019", "OTS uitgesproken", "Kristina"],
    ["2018", "Verhuizing", "Ivan"],
    ["voorjaar 2017", "Renée naar de crèche", "Renée"],
]


def corrupt_deflate(data: bytes, name: str) -> bytes:
    """Garbage in the compressed bytes of one part, its headers intact."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    header = info.header_offset
    start = header + 30 + int.from_bytes(data[header + 26 : header + 28], "little")
    start += int.from_bytes(data[header + 28 : header + 30], "little")
    return data[:start] + bytes(b ^ 0xFF for b in data[start : start + 40]) + data[start + 40 :]


def no_sheets(data: bytes) -> bytes:
    workbook = part(data, "xl/workbook.xml")
    return rezip(data, {"xl/workbook.xml": re.sub(rb"<sheet [^>]*/>", b"", workbook)})


def chart_first(book):
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.add_data(Reference(book.active, min_col=1, min_row=1, max_row=3))
    book.create_chartsheet("Grafiek").add_chart(chart)
    book.active = 1
