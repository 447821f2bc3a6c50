"""The printed outcome of a meeting with 50 afspraken, 20 besluiten and 30 column lines.

Figures, not pass/fail. Aim: the parents' copy within 1.5x a bare reportlab document of the
same text, measured in this run. Timed per reader: the PDF built from a Verslag already
read, the same including the `verslag()` read, and the bare document: a SimpleDocTemplate
with the sample style sheet's Paragraphs (Helvetica, not embedded), plain ruled Tables and
nothing else: no page furniture or page numbers, no safety chart, no styling. Its rows are
the texts the report prints, taken from the same Verslag (the glossary's rows too) before
the clock starts.

Before the report's paragraphs kept the lines they broke per width (`opmaak.Alinea`),
platypus broke every table cell's lines three to four times and the parents' copy took
about 66 ms against 47 ms bare (1.4x; 1.7x with the read); since, about 48 ms (1.0x).
"""

import statistics
import time
from datetime import UTC, datetime
from io import BytesIO
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop_app.reports import afkortingen
from desktop_app.reports.bijeenkomst import pdf, titel
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.publiek.verslag import Verslag, verslag
from tests.benchmarks.synthetic import synthetic_verslag

AFSPRAKEN, BESLUITEN, PUNTEN = 50, 20, 30
ROUNDS = 7


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    workspace = Workspace.open(tmp_path_factory.mktemp("verslag") / "verslag.sqlite")
    gezin_id, meeting_id = synthetic_verslag(workspace, AFSPRAKEN, BESLUITEN, PUNTEN)
    yield workspace, gezin_id, meeting_id
    workspace.close()


Section = tuple[str, list[tuple[str, ...]], tuple[float, ...]]  # heading, rows, widths


def bare_content(v: Verslag) -> tuple[str, list[Section]]:
    """The text the report prints, as the title and plain tables: its header row first.
    Taken before the clock starts; the glossary rows as the report finds them."""
    b = v.bijeenkomst
    n = v.volgende
    sections: list[Section] = [
        (v.gezin, [("Datum", f"{b.moment:%d-%m-%Y %H:%M}"), ("Plaats", b.locatie),
                   ("Soort overleg", b.soort), ("Voorzitter", v.voorzitter),
                   ("Verslag gemaakt door", v.notulist)], (0.3, 0.7)),
        ("Wie waren er?", [("Naam", "Rol", "Status")]
         + [(a.naam, a.rol, a.status) for a in b.aanwezigen], (0.4, 0.3, 0.3)),
        ("Uw contactpersonen", [("Wie", "Waarvoor", "Zo bereikt u hen")]
         + [(f"{c.naam} {c.rol} {c.organisatie}", c.voor, f"{c.telefoon} {c.email}")
            for c in v.contactpersonen], (0.33, 0.3, 0.37)),
        ("Wat is er veranderd?", [("",)] + [(t,) for t in b.veranderd], (1,)),
        ("Wat hebben we besproken?", [tuple(k.value for k in b.kolommen),
                                      tuple("\n".join(f"• {t}" for t in texts)
                                            for texts in b.kolommen.values())], (1 / 3,) * 3),
        ("Afspraken", [("Wat", "Wie", "Wanneer")]
         + [(f"{k.soort.label}: {k.tekst} {k.deelresultaat}",
             ", ".join((k.eigenaar_naam, *k.mede_namen)), f"{k.deadline or 'doorlopend'}")
            for k in v.afspraken], (0.5, 0.26, 0.24)),
        ("Besluiten", [("Besluit", "Wat vinden de ouders ervan?", "Gedragswetenschapper")]
         + [(d.tekst, "\n".join(f"{s.naam}: {s.positie}\n{s.woorden}" for s in d.standpunten),
             d.gedragswetenschapper) for d in b.besluiten], (0.36, 0.34, 0.3)),
        ("Volgende bijeenkomst", [("Datum", f"{n.moment:%d-%m-%Y %H:%M}"),
                                  ("Plaats", n.locatie)], (0.3, 0.7)),
    ]  # fmt: skip
    if v.lezer is not Publiek.OUDERS:
        sections += _professionals(v)
    texts = [cell for _heading, rows, _widths in sections for row in rows for cell in row]
    glossary = [("Afkorting", "Wat betekent het?"), *afkortingen.gebruikt(texts)]
    signatures = [(f"{naam} {rol}", "Handtekening:", "Datum:") for naam, rol in v.ondertekenaars]
    sections.append(("Wat betekenen de afkortingen?", glossary, (0.18, 0.82)))
    sections.append(("Handtekeningen", signatures, (0.34, 0.4, 0.26)))
    return titel(v), sections


def _professionals(v: Verslag) -> list[Section]:
    """The checklist, wegingen, hours and the timeline since the previous meeting."""
    checklist = [("Bouwsteen", "Vraag", "Status", "Notitie")]
    checklist += [(r.bouwsteen, r.vraag, r.status, r.notitie) for r in v.checklist]
    sections = [("Checklist bouwstenen", checklist, (0.2, 0.4, 0.15, 0.25))]
    for w in v.wegingen:
        rows = [
            ("Directe veiligheid", f"{w.directe_veiligheid}: {w.directe_toelichting}"),
            ("Stabiele veiligheid", f"{w.stabiele_veiligheid}: {w.stabiele_toelichting}"),
            ("ARIJ", w.arij_niveau),
            ("Bodemeisen", w.bodemeisen),
            ("Voorstel", f"{w.voorstel}: {w.voorstel_toelichting}"),
            ("Scores", ", ".join(f"{s.naam}: {s.score}" for s in w.scores)),
        ]
        sections.append((f"Weging van {w.datum} door {w.auteur}", rows, (0.3, 0.7)))
    hours = f"{v.uren.gebruikt} van {v.uren.budget} uur gebruikt"
    sections.append(("Producturen", [("", hours)], (0.3, 0.7)))
    t = v.tijdlijn
    since = datetime.combine(v.vorige, datetime.min.time(), tzinfo=UTC).timestamp()
    rows = [("Wanneer", "Wat")]
    rows += [(t.datum_tekst(i), t.titels[i]) for i in range(len(t)) if t.laatst[i] >= since]
    sections.append(("Tijdlijn sinds de vorige bijeenkomst", rows, (0.3, 0.7)))
    return sections


def bare_pdf(title: str, sections: list[Section]) -> bytes:
    """Those texts as plainly as reportlab prints them."""
    styles = getSampleStyleSheet()
    body, grid = styles["BodyText"], TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey")])
    story = [Paragraph(escape(title), styles["Title"])]
    for heading, rows, widths in sections:
        cells = [[Paragraph(escape(c).replace("\n", "<br/>"), body) for c in row] for row in rows]
        table = Table(cells, colWidths=[w * A4[0] * 0.8 for w in widths], repeatRows=1)
        table.setStyle(grid)
        story += [Paragraph(escape(heading), styles["Heading2"]), table]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _median_ms(action, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _pages(data: bytes) -> int:
    return len(PdfReader(BytesIO(data)).pages)


def _measure(workspace, gezin_id, meeting_id) -> dict[str, dict[str, float]]:
    figures = {}
    for publiek in Publiek:
        record = workspace.read(verslag, gezin_id, meeting_id, publiek)
        bare = bare_content(record)
        ours, plain = pdf(record), bare_pdf(*bare)  # fonts registered, modules warm
        figures[publiek.value] = {
            "pages": _pages(ours),
            "bare_pages": _pages(plain),
            "read": _median_ms(lambda p=publiek: workspace.read(verslag, gezin_id, meeting_id, p)),
            "pdf": _median_ms(lambda r=record: pdf(r)),
            "read_pdf": _median_ms(
                lambda p=publiek: pdf(workspace.read(verslag, gezin_id, meeting_id, p))
            ),
            "bare": _median_ms(lambda b=bare: bare_pdf(*b)),
        }
    return figures


def test_meeting_report_against_bare_reportlab(benchmark, store, capsys):
    figures = benchmark.pedantic(_measure, args=store, rounds=1)
    benchmark.extra_info.update(
        {f"{reader}_{name}": round(value, 1) for reader, f in figures.items()
         for name, value in f.items()}
    )  # fmt: skip
    with capsys.disabled():  # the figures belong in every run's output, CI's included
        print(f"\nverslag {AFSPRAKEN} afspraken, {BESLUITEN} besluiten, {PUNTEN} punten, "
              "median ms:")  # fmt: skip
        for reader, f in figures.items():
            print(
                f"  {reader:<13} pdf {f['pdf']:6.1f} ms ({f['pages']} pages) vs bare "
                f"{f['bare']:6.1f} ms ({f['bare_pages']} pages) "
                f"({f['pdf'] / f['bare']:4.2f}x) | with the read {f['read_pdf']:6.1f} ms "
                f"({f['read_pdf'] / f['bare']:4.2f}x; read alone {f['read']:5.1f} ms)"
            )
