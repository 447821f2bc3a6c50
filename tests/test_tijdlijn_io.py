import csv
import io

import pytest
from openpyxl import Workbook
from pypdf import PdfReader

from desktop_app.model.errors import InvoerFout
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenis_import, gebeurtenissen
from desktop_app.ui.offscreen import offscreen_app
from desktop_app.ui.tijdlijn.export import export_timeline
from tests.test_cli import casustafel


@pytest.fixture
def demo(workspace):
    return workspace.edit("Demo", maak_demo)


def _titles(workspace, gezin_id, zichtbaarheid):
    items = workspace.read(gebeurtenissen.van_gezin, gezin_id)
    return [i.titel for i in items if i.zichtbaarheid == zichtbaarheid]


def _svg_and_pdf_text(workspace, gezin_id, tmp_path, publiek):
    offscreen_app()
    texts = []
    for suffix in (".svg", ".pdf"):
        out = tmp_path / f"tijdlijn{suffix}"
        export_timeline(workspace, gezin_id, out, publiek, size=(3200, 1200))
        if suffix == ".svg":
            texts.append(out.read_text(encoding="utf-8"))
        else:
            texts.append(" ".join(p.extract_text() for p in PdfReader(out).pages))
    return texts


def _squeeze(text):
    return "".join(text.split())  # PDF text comes out with tabs between words


@pytest.mark.parametrize("publiek", [Publiek.OUDERS, Publiek.PROFESSIONALS])
def test_exports_follow_the_audience(workspace, demo, tmp_path, publiek):
    secret = _titles(workspace, demo, "vertrouwelijk")
    professional = _titles(workspace, demo, "professionals")
    for text in _svg_and_pdf_text(workspace, demo, tmp_path, publiek):
        flat = _squeeze(text)
        assert _squeeze("Gezin Vermeulen") in flat
        assert not any(_squeeze(t) in flat for t in secret)
        assert not any(_squeeze(t[:25]) in flat for t in secret)
        if publiek is Publiek.OUDERS:
            assert not any(_squeeze(t) in flat for t in professional)


def test_an_export_ends_at_the_data(workspace, demo, tmp_path):
    """Regression: regie set today and a wide margin put years of empty axis after the last
    item. The view ends within a small margin of the last item."""
    offscreen_app()
    shown = workspace.read(publiek_tijdlijn.tijdlijn, demo, Publiek.OUDERS)
    first, last = float(shown.start_van.min()), float(shown.laatst.max())
    sheet = export_timeline(workspace, demo, tmp_path / "t.svg")
    x0, x1 = sheet.plot.viewbox.viewRange()[0]
    assert x0 < first and last < x1 <= last + 0.03 * (last - first)


def test_export_refuses_the_facilitator_view_and_bad_names(workspace, demo, tmp_path):
    offscreen_app()
    with pytest.raises(InvoerFout, match="vertrouwelijk gaat nooit mee"):
        export_timeline(workspace, demo, tmp_path / "x.png", "facilitator")
    with pytest.raises(InvoerFout, match=".png, .svg, .pdf"):
        export_timeline(workspace, demo, tmp_path / "x.docx")
    assert list(tmp_path.glob("x*")) == []


def test_cli_export_and_tijdlijn_snapshot(tmp_path):
    db = tmp_path / "c.sqlite"
    demo_id = casustafel("demo", "--db", db).stdout.split()[-1]
    png = tmp_path / "t.png"
    result = casustafel("export-timeline", "--db", db, "--gezin", demo_id, "-o", png,
                        "--van", "2015", "--tot", "2020", "--size", "1600x900")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 10_000
    snap = tmp_path / "s.png"
    result = casustafel(
        "snapshot", "--db", db, "--gezin", demo_id, "--view", "tijdlijn", "-o", snap
    )
    assert result.returncode == 0, result.stderr
    assert snap.stat().st_size > 10_000


def test_cli_prints_the_timeline_on_a3_and_keeps_paper_and_pixels_apart(tmp_path):
    db = tmp_path / "c.sqlite"
    demo_id = casustafel("demo", "--db", db).stdout.split()[-1]
    poster = tmp_path / "poster.pdf"
    result = casustafel("export-timeline", "--db", db, "--gezin", demo_id, "-o", poster,
                        "--papier", "A3", "--audience", "professionals")  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = PdfReader(poster).pages
    assert [tuple(round(v) for v in p.mediabox[2:]) for p in pages] == [(1191, 842)] * len(pages)
    assert "Alleen voor professionals" in pages[0].extract_text()
    default = tmp_path / "a4.pdf"
    assert (
        casustafel("export-timeline", "--db", db, "--gezin", demo_id, "-o", default).returncode == 0
    )
    assert tuple(round(v) for v in PdfReader(default).pages[0].mediabox[2:]) == (842, 595)
    for wrong, message in (
        (["-o", tmp_path / "x.png", "--papier", "A3"], "--papier geldt voor een PDF"),
        (["-o", tmp_path / "x.pdf", "--size", "800x600"], "--size geldt voor PNG en SVG"),
    ):
        refused = casustafel("export-timeline", "--db", db, "--gezin", demo_id, *wrong)
        assert refused.returncode == 1 and message in refused.stderr
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "x.pdf").exists()


# import


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Petrov").id
    for naam in ("Kristina Petrov", "Ivan Petrov"):
        workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, naam)
    return gezin_id


GOOD_ROWS = [
    ["Datum", "Einddatum", "Titel", "Categorie", "Personen", "Bron", "Zichtbaarheid"],
    ["mrt 2019", "", "OTS uitgesproken", "maatregel", "Kristina; Ivan", "rechtbank", ""],
    ["2017", "2018", "Wachtlijst GGZ", "hulp", "Kristina", "", "professionals"],
    ["voorjaar 2016", "", "Verhuizing naar Zoetermeer", "", "", "moeder", "iedereen"],
    ["ca. 2005", "", "Kristina komt naar Nederland", "levensgebeurtenis", "Kristina", "", ""],
]


def _csv(path, rows, delimiter, encoding):
    """As Excel writes it: quoted where a cell holds the separator."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _import(workspace, gezin_id, path, **options):
    rows = gebeurtenis_import.lees_bestand(path)
    return workspace.edit(
        "Import", gebeurtenis_import.importeer, rows, gezin_id=gezin_id, **options
    )


@pytest.mark.parametrize(
    "delimiter, encoding", [(";", "cp1252"), (",", "utf-8"), (";", "utf-8-sig"), (",", "cp1252")]
)
def test_good_csv_in_every_dialect(workspace, gezin, tmp_path, delimiter, encoding):
    rows = [*GOOD_ROWS, ["eind 2016", "", "Ruzie met buurman; politie", "incident", "Ivan", "", ""]]
    result = _import(workspace, gezin, _csv(tmp_path / "in.csv", rows, delimiter, encoding))
    items = {i.titel: i for i in workspace.read(gebeurtenissen.van_gezin, gezin)}
    assert result.aantal == 5 and len(items) == 5
    assert (items["Wachtlijst GGZ"].start, items["Wachtlijst GGZ"].einde) == ("2017", "2018")
    assert items["Wachtlijst GGZ"].zichtbaarheid == "professionals"
    assert items["Kristina komt naar Nederland"].start == "~2005"
    assert len(workspace.read(gebeurtenissen.personen, items["OTS uitgesproken"].id)) == 2


def test_good_xlsx_with_real_dates(workspace, gezin, tmp_path):
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(["datum", "titel", "personen"])
    sheet.append([datetime(2019, 3, 12), "Melding Veilig Thuis", "Ivan"])
    sheet.append(["zomer 2020", "Vakantie bij oma", ""])
    book.save(tmp_path / "in.xlsx")
    assert _import(workspace, gezin, tmp_path / "in.xlsx").aantal == 2
    starts = sorted(i.start for i in workspace.read(gebeurtenissen.van_gezin, gezin))
    assert starts == ["2019-03-12", "2020-zomer"]


def _unchanged(workspace, gezin):
    return (
        len(workspace.read(gebeurtenissen.van_gezin, gezin)),
        len(workspace.read(gezinsleden.van_gezin, gezin)),
    )


@pytest.mark.parametrize(
    "content, expected",
    [
        ("datum;titel;categorie\nooit;Ruzie;incident\nmrt 2019;;hulp\n2019;Feest;feest\n",
         ["regel 2: ‘ooit’ is geen datum", "regel 3: titel ontbreekt",
          "regel 4: Onbekende categorie"]),
        ("datum;titel;personen\nmrt 2019;Ruzie;Olga\n", ["regel 2: onbekend gezinslid ‘Olga’"]),
        ("titel;categorie\nRuzie;incident\n", ["kolom ‘datum’ ontbreekt"]),
        ("", ["is leeg"]),
        ("datum;titel\n", ["geen gebeurtenissen"]),
        ("datum;titel;zichtbaarheid\n2019;Adres;geheim\n", ["zichtbaarheid ‘geheim’ onbekend"]),
    ],
)  # fmt: skip
def test_broken_files_import_nothing_and_name_every_problem(
    workspace, gezin, tmp_path, content, expected
):
    before = _unchanged(workspace, gezin)
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvoerFout) as error:
        _import(workspace, gezin, path)
    for fragment in expected:
        assert fragment in str(error.value)
    assert _unchanged(workspace, gezin) == before


def test_binary_garbage_is_refused(workspace, gezin, tmp_path):
    before = _unchanged(workspace, gezin)
    (tmp_path / "in.csv").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "in.xlsx").write_bytes(b"PK\x03\x04 geen echte zip" * 50)
    with pytest.raises(InvoerFout, match="geen tekstbestand"):
        _import(workspace, gezin, tmp_path / "in.csv")
    with pytest.raises(InvoerFout, match="geen geldig Excel-bestand"):
        _import(workspace, gezin, tmp_path / "in.xlsx")
    assert _unchanged(workspace, gezin) == before


def test_unknown_persons_are_added_only_when_asked(workspace, gezin, tmp_path):
    path = _csv(
        tmp_path / "in.csv",
        [["datum", "titel", "personen"], ["2019", "Ruzie", "Olga; Ivan"]],
        ";",
        "utf-8",
    )
    with pytest.raises(gebeurtenis_import.ImportFout) as error:
        _import(workspace, gezin, path)
    assert error.value.onbekende_personen == ["Olga"]
    result = _import(workspace, gezin, path, personen_toevoegen=True)
    leden = {lid.naam: lid.relatie for lid in workspace.read(gezinsleden.van_gezin, gezin)}
    assert result.nieuwe_personen == ["Olga"] and leden["Olga"] == "onbekend"


def test_cli_import_into_a_new_gezin(tmp_path):
    db = tmp_path / "c.sqlite"
    path = _csv(tmp_path / "in.csv", GOOD_ROWS, ";", "cp1252")
    refused = casustafel("import-events", "--db", db, "--nieuw-gezin", "Gezin Import", path)
    assert refused.returncode == 1 and "--personen-toevoegen" in refused.stderr
    done = casustafel(
        "import-events", "--db", db, "--nieuw-gezin", "Gezin Import", path, "--personen-toevoegen"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].isdigit()
    assert "4 gebeurtenissen" in done.stdout
