"""Regressions of the event import found with 1,102 malformed files: each is refused with one
Dutch message naming its line, quickly, with the store unchanged; honest files still import."""

import re
import time
import tracemalloc

import pytest

from desktop_app.model.fuzzy_date import parse_period
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.tijdlijn import gebeurtenissen
from tests.import_checks import (
    ROWS,
    SHEET,
    assert_begrensd,
    chart_first,
    corrupt_deflate,
    csv_bytes,
    importeer_begrensd,
    no_sheets,
    part,
    rezip,
    xlsx_bytes,
)
from tests.test_cli import casustafel


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Petrov").id
    for naam in ("Kristina Petrov", "Ivan Petrov", "Renée Petrov"):
        workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, naam)
    return gezin_id


def _titles(workspace, gezin_id):
    return sorted(i.titel for i in workspace.read(gebeurtenissen.van_gezin, gezin_id))


def _refused(workspace, gezin_id, path, *fragments, **options) -> str:
    outcome = importeer_begrensd(workspace, gezin_id, path, **options)
    assert outcome.fout is not None, f"imported: {outcome.result}"
    assert_begrensd(outcome)
    message = str(outcome.fout)
    for fragment in fragments:
        assert fragment in message
    return message


# a lone far cell


def test_a_5kb_xlsx_with_a_cell_at_xfd1048576_is_refused_without_walking_the_sheet(
    workspace, gezin, tmp_path
):
    """Regression: 13.6 GB after 35 s, the importer filled every row up to the far cell."""

    def far(book):
        book.active["XFD1048576"] = "x"

    path = tmp_path / "ver.xlsx"
    path.write_bytes(xlsx_bytes(ROWS, extra=far))
    assert path.stat().st_size < 6000
    _refused(workspace, gezin, path, "ver.xlsx, regel 1048576", "kolom XFD")


def test_a_far_cell_with_only_a_format_is_ignored(workspace, gezin, tmp_path):
    from openpyxl.styles import Font

    def formatted(book):
        book.active["XFD1048576"].font = Font(bold=True)

    path = tmp_path / "opmaak.xlsx"
    path.write_bytes(xlsx_bytes(ROWS, extra=formatted))
    outcome = importeer_begrensd(workspace, gezin, path)
    assert_begrensd(outcome)
    assert outcome.result.aantal == 3


def test_a_sheet_that_claims_to_be_huge_is_read_by_its_cells(workspace, gezin, tmp_path):
    data = xlsx_bytes(ROWS)
    sheet = re.sub(rb"<dimension [^>]*>", b'<dimension ref="A1:XFD1048576"/>', part(data, SHEET))
    assert b"XFD1048576" in sheet
    path = tmp_path / "groot.xlsx"
    path.write_bytes(rezip(data, {SHEET: sheet}))
    outcome = importeer_begrensd(workspace, gezin, path)
    assert_begrensd(outcome)
    assert outcome.result.aantal == 3


@pytest.mark.parametrize(
    "filler, refusal",
    [(b"<row><c/></row>" * 2_000_000, "pakt uit tot meer dan 15 MB"),
     (b"<row>" + b"<c/>" * 1_000_000 + b"</row>", "meer dan 300.000 cellen")],
)  # fmt: skip
def test_a_zip_bomb_is_refused_before_it_is_unpacked(workspace, gezin, tmp_path, filler, refusal):
    data = xlsx_bytes(ROWS)
    sheet = part(data, SHEET).replace(b"</sheetData>", filler + b"</sheetData>")
    path = tmp_path / "bom.xlsx"
    path.write_bytes(rezip(data, {SHEET: sheet}))
    assert path.stat().st_size < 100_000
    _refused(workspace, gezin, path, "bom.xlsx", refusal)


def test_a_zip_that_lies_about_its_sizes_is_refused(workspace, gezin, tmp_path):
    """The directory says the sheet is small; reading stops there and the checksum fails."""
    data = bytearray(xlsx_bytes(ROWS))
    entry = data.index(b"PK\x01\x02")  # the central directory, where sizes are read
    while not data[entry + 46 :].startswith(SHEET.encode()):
        entry = data.index(b"PK\x01\x02", entry + 4)
    real = int.from_bytes(data[entry + 24 : entry + 28], "little")
    data[entry + 24 : entry + 28] = (real // 3).to_bytes(4, "little")
    path = tmp_path / "liegt.xlsx"
    path.write_bytes(bytes(data))
    _refused(workspace, gezin, path, "liegt.xlsx", "kan niet worden uitgepakt")


# stray quotes


def test_an_unterminated_quote_is_refused_naming_its_line(workspace, gezin, tmp_path):
    """Regression: one stray quote swallowed all rows below it: "1 gebeurtenissen
    geïmporteerd"."""
    path = tmp_path / "quote.csv"
    path.write_text(
        'datum;titel;bron\n2019;"Ruzie met buurman;politie\n2020;Feest;oma\n2021;Verhuizing;\n',
        encoding="utf-8",
    )
    _refused(workspace, gezin, path, "quote.csv, regel 2", "aanhalingsteken")
    assert _titles(workspace, gezin) == []


def test_rows_swallowed_by_a_stray_quote_are_refused(workspace, gezin, tmp_path):
    """The stray quote is closed further down, right before a separator: the cell holds line
    breaks and whole rows."""
    path = tmp_path / "quote.csv"
    path.write_text(
        'datum;titel;bron\n2019;"Ruzie;x\n2020;Feest;oma\n2021;Verhuizing";moeder\n',
        encoding="utf-8",
    )
    message = _refused(workspace, gezin, path, "quote.csv, regel 2", "regel 4", "2020;Feest;oma")
    assert "aanhalingsteken" in message


def test_a_quote_closed_in_the_middle_of_a_cell_is_refused(workspace, gezin, tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('datum;titel\n2019;"Ruzie" met buurman\n', encoding="utf-8")
    _refused(workspace, gezin, path, "quote.csv, regel 2", "aanhalingsteken")


def test_cells_with_line_breaks_quotes_and_separators_still_import(workspace, gezin, tmp_path):
    """As Excel writes a cell with Alt+Enter: the lines inside it do not read as rows."""
    rows = [
        ["datum", "titel", "omschrijving"],
        ["2019", 'Gesprek "thuis"', "Moeder, vader en oma waren er.\nDaarna, om 3 uur; school"],
        ["2020", "Evaluatie", "Eerste regel\n2021 komt later, zegt vader"],
    ]
    for delimiter in ";,":
        path = tmp_path / "regels.csv"
        path.write_bytes(csv_bytes(rows, delimiter))
        outcome = importeer_begrensd(workspace, gezin, path)
        assert outcome.fout is None, outcome.fout
        assert outcome.result.aantal == 2
    items = workspace.read(gebeurtenissen.van_gezin, gezin)
    assert {i.omschrijving for i in items} == {rows[1][2], rows[2][2]}
    assert 'Gesprek "thuis"' in {i.titel for i in items}


# encodings


def test_mixed_encodings_are_refused_naming_the_line(workspace, gezin, tmp_path):
    """Regression: one cp1252 byte in a UTF-8 file made it all cp1252: "RenÃ©e"."""
    path = tmp_path / "gemengd.csv"
    path.write_bytes(
        "datum;titel\nmrt 2019;Renée verhuist\n".encode() + "2020;Café\n".encode("cp1252")
    )
    _refused(workspace, gezin, path, "gemengd.csv, regel 3", "tekensets", "CSV UTF-8")
    with_bom = tmp_path / "bom.csv"
    with_bom.write_bytes(b"\xef\xbb\xbf" + "datum;titel\n2020;Café\n".encode("cp1252"))
    _refused(workspace, gezin, with_bom, "bom.csv, regel 2", "tekensets")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1"])
def test_every_honest_encoding_arrives_letter_for_letter(workspace, gezin, tmp_path, encoding):
    titles = ["Renée naar de crèche", "Zoë’s ‘grote’ dag – €50" if encoding != "latin-1" else "Zoë"]
    path = tmp_path / "tekens.csv"
    path.write_bytes(csv_bytes([["datum", "titel"], ["2019", titles[0]], ["2020", titles[1]]],
                               encoding=encoding))  # fmt: skip
    outcome = importeer_begrensd(workspace, gezin, path)
    assert outcome.fout is None, outcome.fout
    assert _titles(workspace, gezin) == sorted(titles)


def test_a_byte_no_encoding_knows_is_refused(workspace, gezin, tmp_path):
    path = tmp_path / "raar.csv"
    path.write_bytes(b"datum;titel\n2019;Ren\xe9e\n2020;x\x81y\n")
    _refused(workspace, gezin, path, "raar.csv, regel 3", "tekenset")


# cut off


def test_a_file_cut_off_inside_a_quoted_cell_is_refused(workspace, gezin, tmp_path):
    data = csv_bytes([*ROWS, ["2020", "Ruzie; politie", "Ivan"]])
    path = tmp_path / "kort.csv"
    path.write_bytes(data[: data.rindex(b";") - 3])  # inside "Ruzie; politie"
    _refused(workspace, gezin, path, "kort.csv, regel 5")


def test_a_file_cut_off_in_its_last_row_is_refused(workspace, gezin, tmp_path):
    data = csv_bytes(ROWS)
    path = tmp_path / "kort.csv"
    path.write_bytes(data[: data.rindex(b";")])  # the last row lost its personen
    _refused(workspace, gezin, path, "kort.csv, regel 4", "afgekapt")


def test_a_file_cut_off_after_a_whole_row_imports(workspace, gezin, tmp_path):
    path = tmp_path / "heel.csv"
    path.write_bytes(csv_bytes(ROWS).removesuffix(b"\r\n"))  # no line break at the end
    assert importeer_begrensd(workspace, gezin, path).result.aantal == 3


def test_a_truncated_xlsx_is_refused(workspace, gezin, tmp_path):
    data = xlsx_bytes(ROWS)
    path = tmp_path / "kort.xlsx"
    path.write_bytes(data[: len(data) * 2 // 3])
    _refused(workspace, gezin, path, "kort.xlsx", "geen geldig Excel-bestand")


# technical English


@pytest.mark.parametrize(
    "name, make, english, dutch",
    [
        ("zlib.xlsx", lambda: corrupt_deflate(xlsx_bytes(ROWS), SHEET),
         "Error -3 while decompressing data", "kan niet worden uitgepakt"),
        ("xml.xlsx", lambda: rezip(xlsx_bytes(ROWS), {SHEET: b"<worksheet><sheetData><row"}),
         "not well-formed (invalid token)", "beschadigd"),
        ("veld.csv", lambda: b"datum;titel\n2019;" + b"x" * 140_000 + b"\n",
         "field larger than field limit (131072)", "langer dan 10.000 tekens"),
        ("grafiek.xlsx", lambda: xlsx_bytes(ROWS, extra=chart_first),
         "'list' object has no attribute 'find'", "is een grafiek"),
        ("leeg.xlsx", lambda: no_sheets(xlsx_bytes(ROWS)),
         "'NoneType' object has no attribute 'iter_rows'", "geen werkblad"),
        ("geen.xlsx", lambda: rezip(xlsx_bytes(ROWS), {"xl/workbook.xml": None}),
         "There is no item named", "beschadigd"),
    ],
)  # fmt: skip
def test_what_was_technical_english_is_one_dutch_message(
    workspace, gezin, tmp_path, name, make, english, dutch
):
    path = tmp_path / name
    path.write_bytes(make())
    message = _refused(workspace, gezin, path, name, dutch)
    assert english not in message


# line numbers and quotes cut short


def test_a_too_long_title_names_its_line(workspace, gezin, tmp_path):
    path = tmp_path / "lang.csv"
    path.write_bytes(csv_bytes([*ROWS, ["2020", "t" * 300, ""]]))
    _refused(workspace, gezin, path, "regel 5: De titel is te lang (meer dan 200 tekens)")


def test_oversized_input_is_quoted_cut_short(workspace, gezin, tmp_path):
    """Regression: messages repeated a 131,000 character cell in full."""
    for column, value in (
        ("datum", "mrt 2019 " + "y" * 9000),
        ("categorie", "c" * 9000),
        ("zichtbaarheid", "z" * 9000),
        ("personen", "p" * 9000),
        ("omschrijving", "o" * 20_000),
    ):
        row = {"datum": "2019", "titel": "Ruzie", column: value}
        path = tmp_path / "lang.csv"
        path.write_bytes(csv_bytes([list(row), list(row.values())]))
        message = _refused(workspace, gezin, path, "regel 2")
        assert len(message) < 600 and "…" in message, message


def test_a_long_unknown_person_names_its_line(workspace, gezin, tmp_path):
    path = tmp_path / "lang.csv"
    path.write_bytes(csv_bytes([["datum", "titel", "personen"], ["2019", "Ruzie", "p" * 300]]))
    _refused(workspace, gezin, path, "regel 2: persoon", personen_toevoegen=True)


def test_a_wrong_file_lists_twenty_problems_and_counts_the_rest(workspace, gezin, tmp_path):
    path = tmp_path / "fout.csv"
    path.write_bytes(csv_bytes([["datum", "titel"]] + [["ooit", "x"]] * 100))
    message = _refused(workspace, gezin, path, "regel 21:", "… en nog 80 regels")
    assert "regel 22:" not in message


# time


def test_a_long_whitespace_run_in_a_date_is_linear():
    """Regression: the period split took 11.6 s on 40,000 spaces."""
    start = time.perf_counter()
    with pytest.raises(ValueError):
        parse_period("2019" + " " * 40_000 + "x")
    assert time.perf_counter() - start < 0.2
    start = time.perf_counter()
    begin, end = parse_period("mrt" + " " * 400_000 + "2019 \t - \n 2020")  # spaces are spaces
    assert time.perf_counter() - start < 0.2
    assert (begin.format(), end.format()) == ("mrt 2019", "2020")


def test_a_400kb_csv_of_whitespace_is_refused_in_time(workspace, gezin, tmp_path):
    """Regression: a 400 KB CSV took 57 s before it was refused."""
    path = tmp_path / "spaties.csv"
    path.write_bytes(b"datum;titel\n" + (b"2019" + b" " * 4000 + b"x;titel\n") * 100)
    assert path.stat().st_size > 400_000
    _refused(workspace, gezin, path, "regel 2")


def test_the_largest_allowed_csv_imports_in_seconds(workspace, gezin, tmp_path):
    rows = [["datum", "titel", "omschrijving", "categorie", "personen"]]
    rows += [[f"mrt {1990 + i % 30}", f"Gebeurtenis {i}", "Tekst, met komma", "hulp", "Ivan"]
             for i in range(5000)]  # fmt: skip
    path = tmp_path / "groot.csv"
    path.write_bytes(csv_bytes(rows))
    outcome = importeer_begrensd(workspace, gezin, path, geheugen=False)
    assert outcome.result.aantal == 5000
    assert outcome.seconds < 30
    path.write_bytes(csv_bytes([*rows, ["2020", "Eén te veel", "", "", ""]]))
    _refused(workspace, gezin, path, "meer dan 5.000 regels")


def test_the_largest_allowed_xlsx_is_read_in_bounded_memory(tmp_path):
    from desktop_app.services.tijdlijn import gebeurtenis_import

    rows = [["datum", "titel", "omschrijving", "categorie", "personen", "bron", "zichtbaarheid"]]
    rows += [[f"mrt {1990 + i % 30}", f"Gebeurtenis {i}", f"Tekst {i}", "hulp", "Ivan", "oma",
              "iedereen"] for i in range(5000)]  # fmt: skip
    path = tmp_path / "groot.xlsx"
    path.write_bytes(xlsx_bytes(rows))
    tracemalloc.start()
    try:
        assert len(gebeurtenis_import.lees_bestand(path)) == 5000
        assert tracemalloc.get_traced_memory()[1] < 100 * 1024 * 1024
    finally:
        tracemalloc.stop()


# the command line


def test_an_empty_new_gezin_name_is_refused_before_the_store_is_touched(tmp_path):
    """Regression: an SQLAlchemy warning, then "Het gezin bestaat niet (meer)"."""
    db = tmp_path / "c.sqlite"
    path = tmp_path / "in.csv"
    path.write_bytes(csv_bytes(ROWS))
    for name in ("", "   "):
        refused = casustafel("import-events", "--db", db, "--nieuw-gezin", name, path)
        assert refused.returncode == 1
        assert refused.stderr.strip() == (
            'casustafel: Geef het nieuwe gezin een naam: --nieuw-gezin "Gezin Jansen".'
        )
    refused = casustafel("import-events", "--db", db, "--nieuw-gezin", "G" * 300, path)
    assert refused.returncode == 1 and "te lang" in refused.stderr
    assert not db.exists()


def test_the_command_line_names_the_line_of_a_stray_quote(tmp_path):
    db = tmp_path / "c.sqlite"
    path = tmp_path / "in.csv"
    path.write_text('datum;titel\n2019;"Ruzie\n2020;Feest\n', encoding="utf-8")
    refused = casustafel("import-events", "--db", db, "--nieuw-gezin", "Gezin Import", path)
    assert refused.returncode == 1
    assert "in.csv, regel 2: een aanhalingsteken" in refused.stderr
    assert "Traceback" not in refused.stderr and "Warning" not in refused.stderr
    assert not db.exists()


def test_a_value_beyond_the_headers_is_refused_not_dropped(workspace, gezin, tmp_path):
    """A damaged line break merges two rows; the second's cells must not vanish silently."""
    path = tmp_path / "samen.csv"
    path.write_bytes(b"datum;titel\r\n2019;Ruzie*2020;Feest\r\n")
    _refused(workspace, gezin, path, "samen.csv, regel 2: in kolom 3 staat ‘Feest’")
    path = tmp_path / "gat.xlsx"
    path.write_bytes(xlsx_bytes([["datum", None, "titel"], ["2019", "verloren", "Ruzie"]]))
    _refused(workspace, gezin, path, "gat.xlsx, regel 2: in kolom 2 staat ‘verloren’")
