"""Fuzzing the event import with generated and mutated CSV and XLSX files. Every file either
imports exactly what it holds (every row, letter for letter) or is refused with one Dutch
message and the store unchanged; within 2 s and bounded memory. CASUSTAFEL_FUZZ=10 tries ten
times as many files."""

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop_app.services.core.field_types import schoon
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.services.tijdlijn.gebeurtenis_import import COLUMNS
from tests.import_checks import (
    SHEET,
    assert_begrensd,
    csv_bytes,
    importeer_begrensd,
    part,
    rezip,
    xlsx_bytes,
)

SCALE = int(os.environ.get("CASUSTAFEL_FUZZ", "1"))
GEPROBEERD: Counter = Counter()  # files tried, by kind
INGELEZEN: Counter = Counter()  # of those, imported


def _fuzz(examples: int):
    return settings(
        max_examples=examples * SCALE, deadline=None, suppress_health_check=list(HealthCheck)
    )


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Petrov").id
    for naam in ("Kristina Petrov", "Ivan Petrov", "Renée Petrov"):
        workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, naam)
    return gezin_id


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    print(f"\nbestanden geprobeerd: {dict(GEPROBEERD)}; ingelezen: {dict(INGELEZEN)}")


def _try(workspace, gezin_id, path, kind: str):
    """Import within the bounds; an import is undone again so the store stays small."""
    GEPROBEERD[kind] += 1
    outcome = importeer_begrensd(workspace, gezin_id, path, personen_toevoegen=True)
    assert_begrensd(outcome)
    if outcome.fout is None:
        INGELEZEN[kind] += 1
        titles = sorted(i.titel for i in workspace.read(gebeurtenissen.van_gezin, gezin_id))
        workspace.undo()
        return outcome.result, titles
    return None, None


# generated tables: mostly valid cells, with the quirks of real files, sometimes anything

_QUIRKS = ";,\"\n\r \t'’aéëÃ©€x"
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
_QUIRKY = st.text(alphabet=_QUIRKS, max_size=20)
_ANY = st.one_of(
    st.text(max_size=30),
    _QUIRKY,
    st.integers(0, 60_000).map(lambda n: " " * n + "2019"),
    st.integers(9_000, 140_000).map(lambda n: "x" * n),
)
_VALID = {
    "datum": st.sampled_from(["mrt 2019", "2017-2018", "voorjaar 2016", "ca. 2005", "12-3-2019",
                              "eind 2016", " 2019 ", "mrt 2019 - jun 2020"]),
    "einddatum": st.sampled_from(["", "2030", "zomer 2031"]),
    "titel": st.one_of(_TEXT, _QUIRKY).filter(lambda t: t.strip()),
    "omschrijving": st.one_of(_TEXT, _QUIRKY, st.just("Regel één,\n2019;regel twee")),
    "categorie": st.sampled_from(["", "hulp", "maatregel", "Incident", "#levensgebeurtenis"]),
    "personen": st.sampled_from(["", "Kristina", "Ivan; Renée", "Olga", "renée petrov"]),
    "bron": st.one_of(_TEXT, _QUIRKY),
    "zichtbaarheid": st.sampled_from(["", "iedereen", "Professionals", "vertrouwelijk"]),
}  # fmt: skip


@st.composite
def _tables(draw):
    optional = [c for c in COLUMNS if c not in ("datum", "titel")]
    header = ["datum", "titel", *draw(st.lists(st.sampled_from(optional), unique=True))]
    if draw(st.integers(0, 9)) == 0:
        header.append(draw(st.sampled_from(["Extra", "", "DATUM", "Titel "])))
    header = draw(st.permutations(header))
    cell = {c: st.one_of(_VALID.get(c.strip().lower(), _TEXT), _ANY)
            if draw(st.integers(0, 3)) == 0 else _VALID.get(c.strip().lower(), _TEXT)
            for c in header}  # fmt: skip
    row = st.tuples(*(cell[c] for c in header)).map(list)
    return [header, *draw(st.lists(row, min_size=draw(st.sampled_from([0, 1, 1, 1])), max_size=6))]


def _expected_titles(table) -> list[str] | None:
    header = [h.strip().lower() for h in table[0]]
    if "titel" not in header:
        return None
    column = header.index("titel")
    # a title is one line: what the services keep of typed text (a line break as a space)
    return sorted(schoon(r[column], regels=False) for r in table[1:] if any(c.strip() for c in r))


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_fuzz_generated_csv(workspace, gezin, tmp_path):
    @_fuzz(250)
    @given(_tables(), st.sampled_from(";,"), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    def run(table, delimiter, encoding):
        try:
            data = csv_bytes(table, delimiter, encoding)
        except UnicodeEncodeError:
            data = csv_bytes(table, delimiter, "utf-8")
        path = tmp_path / "gemaakt.csv"
        path.write_bytes(data)
        result, titles = _try(workspace, gezin, path, "csv gemaakt")
        if result is not None and not _ook_utf8(data, encoding):
            assert titles == _expected_titles(table)  # what was written arrived, every row

    run()


def _ook_utf8(data: bytes, encoding: str) -> bool:
    """cp1252 bytes that are valid UTF-8 as well ("Â¡" is the UTF-8 of "¡"): one file that reads
    two ways, which the importer reads as UTF-8 like every other program."""
    if encoding != "cp1252":
        return False
    try:
        return data.decode("utf-8") != data.decode("cp1252")
    except UnicodeDecodeError:
        return False


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_fuzz_generated_xlsx(workspace, gezin, tmp_path):
    far_cells = st.tuples(st.integers(1, 16_384), st.integers(1, 1_048_576))

    @_fuzz(120)
    @given(_tables(), st.sampled_from(["", "grafiek", "leeg", "ver", "opmaak ver"]), far_cells)
    def run(table, twist, far):
        cells = [c for row in table for c in row]
        assume(not any(ILLEGAL_CHARACTERS_RE.search(c) or c.startswith("=") for c in cells))
        assume(all(len(c) <= 32_767 for c in cells))  # what Excel can hold

        def change(book):
            from openpyxl.chart import BarChart, Reference
            from openpyxl.styles import Font

            sheet = book.active
            if twist == "grafiek":
                chart = BarChart()
                chart.add_data(Reference(sheet, min_col=1, min_row=1, max_row=2))
                book.create_chartsheet("Grafiek").add_chart(chart)
                book.active = 1
            elif twist == "leeg":
                book.create_sheet("Leeg")
                book.active = 1
            elif twist == "ver":
                sheet.cell(far[1], far[0], "ver weg")
            elif twist == "opmaak ver":
                sheet.cell(far[1], far[0]).font = Font(bold=True)

        path = tmp_path / "gemaakt.xlsx"
        path.write_bytes(xlsx_bytes(table, extra=change))
        result, titles = _try(workspace, gezin, path, "xlsx gemaakt")
        if result is not None and twist in ("", "opmaak ver"):  # XML reads every CR as LF
            expected = _expected_titles(table)
            assert titles == sorted(t.replace("\r\n", "\n").replace("\r", "\n") for t in expected)

    run()


# mutated files

_SEED_ROWS = [
    ["Datum", "Einddatum", "Titel", "Categorie", "Personen", "Bron", "Zichtbaarheid"],
    ["mrt 2019", "", "OTS uitgesproken", "maatregel", "Kristina; Ivan", "rechtbank", ""],
    ["2017", "2018", "Wachtlijst GGZ", "hulp", "Kristina", "", "professionals"],
    ["voorjaar 2016", "", "Renée naar de crèche; ‘De Egel’", "", "Renée", "moeder", "iedereen"],
    ["ca. 2005", "", "Kristina komt naar Nederland", "", "Kristina", "", ""],
]
_SEEDS = {
    "utf-8": csv_bytes(_SEED_ROWS, ";", "utf-8"),
    "cp1252": csv_bytes(_SEED_ROWS, ";", "cp1252"),
    "komma": csv_bytes(_SEED_ROWS, ",", "utf-8-sig"),
}
_SEED_XLSX = xlsx_bytes(_SEED_ROWS)
_INSERTS = [b'"', b"\xe9", b"\xc3\xa9", b"\x81", b"\x00", b";", b"\n", b"\r", b"\xef\xbb\xbf"]


def _flip(data: bytes, flips) -> bytes:
    raw = bytearray(data)
    for position, mask in flips:
        raw[position % len(raw)] ^= mask
    return bytes(raw)


def _insert(data: bytes, position: int, piece: bytes) -> bytes:
    position %= len(data) + 1
    return data[:position] + piece + data[position:]


def _mutations(data: bytes):
    """(kind, mutated bytes): bit flips, cut off, a stray byte, a long run, random bytes."""
    size = len(data)
    flips = st.lists(st.tuples(st.integers(0, size - 1), st.integers(1, 255)), min_size=1,
                     max_size=8)  # fmt: skip
    runs = st.sampled_from([b" ", b"x", b'"', b"\t", b"\n"]).flatmap(
        lambda b: st.integers(1, 200_000).map(lambda n: (f"reeks {b!r}", b * n))
    )
    return st.one_of(
        flips.map(lambda fs: ("bits", _flip(data, fs))),
        st.integers(0, size - 1).map(lambda n: ("afgekapt", data[:n])),
        st.tuples(st.integers(0, size), st.sampled_from(_INSERTS)).map(
            lambda p: ("byte", _insert(data, *p))
        ),
        st.tuples(st.integers(0, size), runs).map(
            lambda p: (p[1][0], _insert(data, p[0], p[1][1]))
        ),
        st.binary(max_size=4096).map(lambda b: ("willekeurig", b)),
    )


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_fuzz_mutated_csv(workspace, gezin, tmp_path):
    seed_titles = sorted(r[2] for r in _SEED_ROWS[1:])

    seeds = st.sampled_from(sorted(_SEEDS))

    @_fuzz(400)
    @given(seeds.flatmap(lambda seed: st.tuples(st.just(seed), _mutations(_SEEDS[seed]))))
    def run(seed_and_mutation):
        seed, (kind, data) = seed_and_mutation
        path = tmp_path / "gemuteerd.csv"
        path.write_bytes(data)
        result, titles = _try(workspace, gezin, path, f"csv {kind}")
        if result is None:
            return
        if kind == "byte":  # one byte more: no mixed encodings mangled, no rows swallowed
            assert not any("Ã" in t for t in titles), titles
            assert result.aantal == len(seed_titles)
        if kind in ("reeks b' '", "reeks b'\\t'"):
            assert result.aantal == len(seed_titles)  # spaces neither add nor swallow rows

    run()


def _xlsx_mutations():
    sheet = part(_SEED_XLSX, SHEET)
    sheet_flips = st.lists(st.tuples(st.integers(0, len(sheet) - 1), st.integers(1, 255)),
                           min_size=1, max_size=6)  # fmt: skip
    return st.one_of(
        _mutations(_SEED_XLSX),
        sheet_flips.map(lambda fs: ("xml bits", rezip(_SEED_XLSX, {SHEET: _flip(sheet, fs)}))),
        st.integers(0, len(sheet) - 1).map(
            lambda n: ("xml afgekapt", rezip(_SEED_XLSX, {SHEET: sheet[:n]}))
        ),
        st.sampled_from([SHEET, "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"]).map(
            lambda name: ("deel weg", rezip(_SEED_XLSX, {name: None}))
        ),
        st.integers(1, 3_000_000).map(
            lambda n: (
                "bom",
                rezip(
                    _SEED_XLSX,
                    {
                        SHEET: sheet.replace(
                            b"</sheetData>", b"<row><c/></row>" * (n // 15) + b"</sheetData>"
                        )
                    },
                ),
            )
        ),  # fmt: skip
    )


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_fuzz_mutated_xlsx(workspace, gezin, tmp_path):
    @_fuzz(250)
    @given(_xlsx_mutations())
    def run(mutation):
        kind, data = mutation
        path = tmp_path / "gemuteerd.xlsx"
        path.write_bytes(data)
        _try(workspace, gezin, path, f"xlsx {kind}")

    run()
