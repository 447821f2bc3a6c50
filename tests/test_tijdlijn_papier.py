"""The printed timeline: every item labelled and readable, the furniture on every sheet, the
period split over sheets rather than labels cut."""

import io
from collections import Counter
from datetime import date

import numpy as np
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.platypus import Paragraph

from desktop_app.reports import tijdlijn as papier
from desktop_app.reports.pagina import Pagina, maak_pdf
from desktop_app.reports.tijdlijn_blad import A4_MAAT, bladen
from desktop_app.services.demo import maak_demo
from desktop_app.services.publiek import tijdlijn as publiek_tijdlijn
from desktop_app.services.publiek.regel import Inzage, Publiek
from desktop_app.services.tijdlijn import tijdlijn as tijdlijn_service
from desktop_app.services.tijdlijn.banen import Indeling, verdeel
from tests.benchmarks.synthetic import synthetic_gezin

PRINTED = date(2026, 11, 25)


@pytest.fixture
def demo(workspace):
    return workspace.edit("Demo", maak_demo)


def _pages(data: bytes) -> list:
    return PdfReader(io.BytesIO(data)).pages


def _flat(text: str) -> str:
    return "".join(text.split())  # PDF text comes out with spaces and tabs between words


@pytest.mark.parametrize("publiek", list(Publiek))
def test_an_a4_print_names_every_item_the_audience_may_see(workspace, demo, publiek):
    shown = workspace.read(publiek_tijdlijn.tijdlijn, demo, publiek)
    pages = _pages(papier.pdf(shown, "Gezin Vermeulen", publiek, "A4", PRINTED))
    assert {tuple(round(v) for v in page.mediabox[2:]) for page in pages} == {(842, 595)}
    text = _flat(" ".join(page.extract_text() for page in pages))
    missing = [t for t in shown.titels if _flat(t) not in text]
    assert not missing, f"not on paper: {missing}"
    dates = [shown.datum_tekst(i) for i in range(len(shown))]
    assert all(_flat(d) in text for d in dates), "each label says when"
    hidden = workspace.read(tijdlijn_service.laad, demo)
    other = set(hidden.titels) - set(shown.titels)
    assert other and not any(_flat(t) in text for t in other)


def test_every_sheet_has_its_title_audience_date_and_legend(workspace, demo):
    shown = workspace.read(publiek_tijdlijn.tijdlijn, demo, Publiek.OUDERS)
    pages = _pages(papier.pdf(shown, "Gezin Vermeulen", Publiek.OUDERS, "A4", PRINTED))
    present = {shown.categorieen[c].naam for c in set(shown.categorie.tolist())}
    absent = {c.naam for c in shown.categorieen} - present
    assert absent, "the demo leaves a category out, so the legend can show only what is used"
    for number, page in enumerate(pages, 1):
        text = _flat(page.extract_text())
        assert _flat("Tijdlijn van Gezin Vermeulen") in text
        assert _flat("Voor het gezin en de professionals · afgedrukt op 25-11-2026") in text
        assert all(_flat(naam) in text for naam in present), f"legend on page {number}"
        assert not any(_flat(naam) in text for naam in absent)
        assert _flat(f"pagina {number} van {len(pages)}") in text
    if len(pages) > 1:
        assert _flat(f"(deel 1 van {len(pages)})") in _flat(pages[0].extract_text())


def test_professionals_paper_says_so_and_a_confidential_one_is_stamped(workspace, demo):
    alles = workspace.read(tijdlijn_service.laad, demo)
    for reader, words in (
        (Publiek.PROFESSIONALS, "Alleen voor professionals"),
        (Inzage.VERTROUWELIJK, "Inclusief vertrouwelijk"),
    ):
        shown = publiek_tijdlijn.voor(alles, reader)
        text = _flat(_pages(papier.pdf(shown, "Gezin Vermeulen", reader))[0].extract_text())
        assert _flat(words) in text
        assert "Voorhetgezin" not in text


@pytest.fixture
def dense(workspace):
    gezin_id = synthetic_gezin(workspace, 400)
    return workspace.read(publiek_tijdlijn.tijdlijn, gezin_id, Publiek.OUDERS)


def _label_titles(page) -> Counter:
    """The titles of the labels as drawn ("mrt 2019  title"), each label a piece of text of
    its own: labels side by side in a row stay apart."""
    runs = Counter()
    page.extract_text(visitor_text=lambda text, *_: runs.update([text.strip().rpartition("  ")[2]]))
    return runs


def test_a_dense_history_is_split_over_sheets_each_item_on_exactly_one(dense):
    a4 = _pages(papier.pdf(dense, "Gezin Druk", Publiek.OUDERS, "A4"))
    a3 = _pages(papier.pdf(dense, "Gezin Druk", Publiek.OUDERS, "A3"))
    assert len(a4) > len(a3) > 1
    assert {tuple(round(v) for v in page.mediabox[2:]) for page in a3} == {(1191, 842)}
    expected = Counter(dense.titels)  # one person each: each item in one lane
    for pages in (a4, a3):
        drawn = sum((_label_titles(page) for page in pages), Counter())
        assert {t: drawn[t] for t in expected} == expected, "every item once, none lost"


@pytest.mark.parametrize("formaat", [landscape(A4), landscape(A3)])
def test_every_label_lies_inside_its_sheet_and_clear_of_the_others(dense, formaat):
    width, height = formaat[0] - 80, formaat[1] - 140
    sheets = bladen(dense, verdeel(dense, Indeling.PERSONEN), width, height, A4_MAAT)
    assert sorted(np.concatenate([s.items for s in sheets]).tolist()) == list(range(len(dense)))
    for sheet in sheets:
        assert sheet.nodig <= height
        boxes = [(e.x, e.onder, e.x + e.breedte, e.onder + A4_MAAT.regel) for e in sheet.etiketten]
        for x0, y0, x1, y1 in boxes:
            assert 0 <= x0 and x1 <= width and sheet.as_hoogte < y0 and y1 <= height
        for k, (x0, y0, x1, y1) in enumerate(boxes):
            for a0, b0, a1, b1 in boxes[k + 1 :]:
                assert x1 <= a0 or a1 <= x0 or y1 <= b0 + 1e-6 or b1 <= y0 + 1e-6, "overlap"


def test_the_axis_spans_the_data_not_the_empty_future(workspace, demo):
    """Regression: the export ran two years past the last item."""
    shown = workspace.read(publiek_tijdlijn.tijdlijn, demo, Publiek.OUDERS)
    sheets = bladen(shown, verdeel(shown, Indeling.PERSONEN), 760, 420, A4_MAAT)
    first, last = float(shown.start_van.min()), float(shown.laatst.max())
    span = last - first
    assert first - 0.02 * span < sheets[0].van < first
    assert last < sheets[-1].tot < last + 0.02 * span


def test_another_document_takes_the_timeline_on_pages_of_its_own(workspace, demo):
    """The meeting report adds the timeline after its own text: it starts a new page."""
    shown = workspace.read(publiek_tijdlijn.tijdlijn, demo, Publiek.OUDERS)
    alone = len(_pages(papier.pdf(shown, "Gezin Vermeulen", Publiek.OUDERS, "A4")))
    story = [Paragraph("Afspraken van de bijeenkomst"), *papier.flowables(
        shown, "Tijdlijn van Gezin Vermeulen", Publiek.OUDERS, landscape(A4)
    )]  # fmt: skip
    pages = _pages(maak_pdf(story, Pagina("Verslag", "Gezin Vermeulen", "Casustafel")))
    assert len(pages) > 1 and "Afspraken" in pages[0].extract_text()
    assert "Tijdlijn van Gezin Vermeulen" not in pages[0].extract_text()
    assert all("TijdlijnvanGezinVermeulen" in _flat(p.extract_text()) for p in pages[1:])
    assert len(pages) - 1 >= alone, "a portrait page holds no more than a landscape one"
