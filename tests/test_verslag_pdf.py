"""The printed outcome of a meeting, read back from the PDF with pypdf, on the demo gezin.

What should be on paper is taken from the demo's own files in resources/demo and from the
word list in resources/afkortingen.json, not from the services that fill the report, so a
section the report forgets or a service that narrows too much shows up here.
"""

import json
import re
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfbase import pdfmetrics

from desktop_app.cli import main
from desktop_app.reports import lettertype
from desktop_app.reports.bijeenkomst import Opties, pdf
from desktop_app.services.bijeenkomst import bijeenkomsten, standpunten
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek.regel import Inzage, Lezer, Publiek
from desktop_app.services.publiek.verslag import verslag
from desktop_app.services.taakverdeling import afspraken
from desktop_app.store.project_dirs import RESOURCES_DIR

DEMO = RESOURCES_DIR / "demo"
GEZIN = json.loads((DEMO / "gezin_vermeulen.json").read_text(encoding="utf-8"))
MEETINGS = json.loads((DEMO / "bijeenkomsten_vermeulen.json").read_text(encoding="utf-8"))[
    "bijeenkomsten"
]
LAST = MEETINGS[-1]
AFKORTINGEN = json.loads((RESOURCES_DIR / "afkortingen.json").read_text(encoding="utf-8"))[
    "afkortingen"
]
GLOSSARY = "Wat betekenen de afkortingen?"
SIGNATURES = "Handtekeningen"
READERS = [Publiek.OUDERS, Publiek.PROFESSIONALS, Inzage.VERTROUWELIJK]
PROFESSIONALS_FOOTER = "VERTROUWELIJK - alleen voor professionals"
PARENTS_TITLE = "Afspraken van de bijeenkomst van 4 november 2026"
PROFESSIONALS_TITLE = "Verslag bijeenkomst van 4 november 2026"
CLOSED = ("gedaan", "vervallen")
CONCEPT_NOTE = "Letop:ditiseenconcept"  # "Let op: dit is een concept", flattened


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo gezin, untouched: (workspace, gezin id, its meeting ids in order)."""
    workspace = Workspace.open(tmp_path_factory.mktemp("verslag") / "x.db")
    gezin = workspace.edit("demo", maak_demo)
    yield workspace, gezin, _meetings(workspace, gezin)
    workspace.close()


@pytest.fixture
def own_demo(tmp_path):
    """A demo gezin of this test's own, to change."""
    workspace = Workspace.open(tmp_path / "x.db")
    gezin = workspace.edit("demo", maak_demo)
    yield workspace, gezin, _meetings(workspace, gezin)
    workspace.close()


def _meetings(workspace: Workspace, gezin: int) -> list[int]:
    found = workspace.read(bijeenkomsten.van_gezin, gezin)
    return [b.id for b in sorted(found, key=lambda b: b.moment)]


def _reader(workspace, gezin, lezer: Lezer, meeting="laatste") -> PdfReader:
    """The report as `casustafel report` makes it by default."""
    record = workspace.read(verslag, gezin, meeting, lezer)
    return PdfReader(BytesIO(pdf(record, Opties(tijdlijn=False, handtekeningen=True))))


def _pages(workspace, gezin, lezer: Lezer, meeting="laatste") -> list[str]:
    return [p.extract_text() for p in _reader(workspace, gezin, lezer, meeting).pages]


def _flat(text: str) -> str:
    """Without whitespace: pypdf breaks a table cell's text where the cell wrapped it."""
    return "".join(text.split())


def _missing(texts, pages: list[str]) -> list[str]:
    flat = _flat("\n".join(pages))
    return [t for t in texts if _flat(t) not in flat]


def _present(texts, pages: list[str]) -> list[str]:
    flat = _flat("\n".join(pages))
    return [t for t in texts if _flat(t) in flat]


def _open(afspraak: dict) -> bool:
    return afspraak.get("status") not in CLOSED


def _for_everyone(entry: dict) -> bool:
    return entry.get("zichtbaarheid", "iedereen") == "iedereen"


# --- the parents' copy holds what is agreed with them ---


def _contacts() -> list[tuple[str, dict]]:
    """(what for, the betrokkene) from the demo's files: the latest regisseur, and each
    gezinslid's latest vast aanspreekpunt."""
    people = {b["key"]: b for b in GEZIN["betrokkenen"]}
    leden = {lid["key"]: lid["naam"] for lid in GEZIN["leden"]}

    def day(entry):
        d, m, y = entry["ingang"].split("-")
        return y, m, d

    regisseur = max(GEZIN["regie"], key=day)["betrokkene"]
    latest = {}
    for entry in sorted(GEZIN["aanspreekpunten"], key=day):
        latest[entry["lid"]] = entry["betrokkene"]
    return [("Regisseur", people[regisseur])] + [
        (f"Vast aanspreekpunt van {leden[lid]}", people[key]) for lid, key in latest.items()
    ]


def test_the_parents_copy_holds_every_agreement_decision_and_contact_for_everyone(demo):
    workspace, gezin, _ = demo
    pages = _pages(workspace, gezin, Publiek.OUDERS)
    every = [a for m in MEETINGS for a in m["afspraken"]]
    still_open = [a["tekst"] for a in every if _open(a) and _for_everyone(a)]
    assert {a["tekst"] for a in LAST["afspraken"] if _for_everyone(a)} <= set(still_open)
    assert not _missing(still_open, pages), "open afspraken for everyone"
    decisions = [b for b in LAST["besluiten"] if _for_everyone(b)]
    assert len(decisions) == 2
    assert not _missing([b["tekst"] for b in decisions], pages), "besluiten"
    names = {lid["key"]: lid["naam"] for lid in GEZIN["leden"]}
    said = [
        f"{names[key]}: {positie}" + (f"“{woorden}”" if woorden else "")
        for b in decisions
        for key, (positie, woorden) in b["standpunten"].items()
    ]
    assert len(said) == 4 and not _missing(said, pages), "each parent's position and words"
    columns = [tekst for _kolom, tekst, audience in LAST["punten"] if audience == "iedereen"]
    assert not _missing(columns, pages), "wat is er veranderd and the three columns"
    for voor, person in _contacts():
        reach = [person["naam"], person["telefoon"], person["email"], voor]
        assert not _missing([r for r in reach if r], pages), f"contact {person['naam']}"
    # ... and nothing else: not what is for professionals, not what is done
    hidden = [a["tekst"] for a in every if not _open(a) or not _for_everyone(a)]
    hidden += [
        tekst for m in MEETINGS for _k, tekst, audience in m["punten"] if audience != "iedereen"
    ]
    assert len(hidden) >= 5
    assert not _present(hidden, pages)


@pytest.mark.parametrize("lezer", READERS)
def test_a_parent_not_asked_is_left_out_and_no_one_asked_says_nothing(own_demo, lezer):
    workspace, gezin, meetings = own_demo
    first = meetings[0]  # Dennis was not there and was not asked; Sanne was
    [decision] = workspace.read(bijeenkomsten.besluiten, first)
    [asked] = [s for s in workspace.read(standpunten.van_besluit, decision.id) if s.gevraagd]
    pages = _pages(workspace, gezin, lezer, first)
    gezag = "" if lezer is Publiek.OUDERS else " (gezag)"  # the report says who has it
    assert not _missing([f"{asked.naam}{gezag}: eens “{asked.woorden}”"], pages)
    assert not _present(["Niet gevraagd", "niet gevraagd", "Dennis Vermeulen: "], pages)

    workspace.edit("Heropenen", bijeenkomsten.heropen, first, "Standpunt gewist")
    workspace.edit("Standpunt", standpunten.zet, decision.id, asked.gezinslid_id,
                   positie="niet_gevraagd", woorden="")  # fmt: skip
    pages = _pages(workspace, gezin, lezer, first)
    assert not _missing([decision.tekst], pages)
    assert not _present(["Wat vinden de ouders ervan?", "Niet gevraagd", asked.woorden], pages)


def test_safety_agreements_come_before_the_others(own_demo):
    """Also one made last of all: it is not first on the board, still first on paper."""
    workspace, gezin, meetings = own_demo
    workspace.edit(
        "Bodemeis", afspraken.maak, gezin, "Niemand rijdt onder invloed met de kinderen",
        afspraken.OUDERS, soort="bodemeis", bijeenkomst_id=meetings[-1],
    )  # fmt: skip
    made = {"tekst": "Niemand rijdt onder invloed met de kinderen", "soort": "bodemeis"}
    every = [a for m in MEETINGS for a in m["afspraken"] if _open(a)] + [made]
    for lezer in READERS:
        shown = [a for a in every if _for_everyone(a) or lezer is not Publiek.OUDERS]
        safety = [a["tekst"] for a in shown if a["soort"] != "afspraak"]
        others = [a["tekst"] for a in shown if a["soort"] == "afspraak"]
        assert len(safety) >= 3 and len(others) >= 3
        text = _flat("\n".join(_pages(workspace, gezin, lezer)))
        start = text.index(_flat("Hieronder staat wie wat doet"))  # the section's intro
        at = {t: text.find(_flat(t), start) for t in safety + others}
        assert -1 not in at.values(), (lezer, [t for t, i in at.items() if i < 0])
        assert max(at[t] for t in safety) < min(at[t] for t in others), lezer


# --- the glossary ---


def _abbreviations(text: str) -> set[str]:
    """Words of the list found in the text: whole words, as written (GI in "GI-expertise",
    not "gi" in "gisteren")."""
    return set(re.findall(r"\w+", text)) & set(AFKORTINGEN)


def _glossary(pages: list[str]) -> tuple[str, set[str], str]:
    """The text before the glossary, the abbreviations its table lists, and its text."""
    text = "\n".join(pages)
    if GLOSSARY not in text:
        return text, set(), ""
    before, after = text.split(GLOSSARY, 1)
    assert GLOSSARY not in after, "one glossary"
    table = after.split(SIGNATURES, 1)[0]
    lines = {line.strip() for line in table.splitlines()}
    return before, {a for a in AFKORTINGEN if a in lines}, table


@pytest.mark.parametrize("which", range(len(MEETINGS)))
@pytest.mark.parametrize("lezer", READERS, ids=lambda r: r.value)
def test_the_glossary_lists_exactly_the_abbreviations_the_text_uses(demo, lezer, which):
    workspace, gezin, meetings = demo
    before, listed, table = _glossary(_pages(workspace, gezin, lezer, meetings[which]))
    used = _abbreviations(before)
    assert listed == used, (
        f"listed but not used: {listed - used}; used, not listed: {used - listed}"
    )
    for abbreviation in listed:
        assert _flat(AFKORTINGEN[abbreviation]) in _flat(table), abbreviation


def test_the_demo_report_needs_a_glossary(demo):
    """So the test above compares something: the demo's last meeting uses GGZ and RvdK."""
    workspace, gezin, _ = demo
    _before, listed, _table = _glossary(_pages(workspace, gezin, Publiek.OUDERS))
    assert {"GGZ", "RvdK"} <= listed


def test_the_glossary_explains_without_abbreviations_of_its_own():
    """An explanation that used a word of the list would need the glossary to explain itself."""
    for abbreviation, explanation in AFKORTINGEN.items():
        assert not _abbreviations(explanation), abbreviation
        assert explanation.strip() and abbreviation not in re.findall(r"\w+", explanation)


# --- page furniture and the file itself ---


@pytest.mark.parametrize("lezer", READERS, ids=lambda r: r.value)
def test_every_page_says_which_page_of_how_many(demo, lezer):
    workspace, gezin, _ = demo
    pages = _pages(workspace, gezin, lezer)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        said = re.findall(r"pagina\s*(\d+)\s*van\s*(\d+)", page)
        assert said == [(str(number), str(len(pages)))], (number, said)


@pytest.mark.parametrize(
    "lezer, title, subject",
    [
        (Publiek.OUDERS, PARENTS_TITLE, "Gezin Vermeulen: afspraken voor de ouders"),
        (Publiek.PROFESSIONALS, PROFESSIONALS_TITLE, "Gezin Vermeulen: verslag"),
        (Inzage.VERTROUWELIJK, PROFESSIONALS_TITLE, "Gezin Vermeulen: verslag"),
    ],
    ids=[r.value for r in READERS],
)
def test_metadata_language_and_embedded_font(demo, lezer, title, subject):
    workspace, gezin, _ = demo
    reader = _reader(workspace, gezin, lezer)
    assert reader.metadata.title == title
    assert reader.metadata.subject == subject
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    drawn = _fonts_drawn(reader)
    assert drawn, "no text drawn"
    for name, font in drawn.items():
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, f"{name} is not embedded"
        program = descriptor.get_object().get("/FontFile2")
        assert program is not None and program.get_object().get_data(), f"{name}: no /FontFile2"


def _fonts_drawn(reader: PdfReader) -> dict[str, object]:
    """The fonts that text is actually shown in (a font only named in a page's resources,
    as reportlab names Helvetica on every page, draws nothing)."""
    drawn = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"TJ", b"'", b'"'):
                font = fonts[current].get_object()
                drawn[font["/BaseFont"]] = font
    return drawn


def test_euro_sign_and_trema_survive(own_demo):
    workspace, gezin, meetings = own_demo
    last = meetings[-1]
    workspace.edit(
        "Afspraak", afspraken.maak, gezin, "Zwemles van Noël: € 12,50 per maand uit het budget",
        afspraken.OUDERS, bijeenkomst_id=last,
    )  # fmt: skip
    workspace.edit(
        "Punt", bijeenkomsten.voeg_punt_toe, last, "gaat_goed", "Zoë doet mee", "iedereen"
    )
    besluit = workspace.edit(
        "Besluit", bijeenkomsten.neem_besluit, last, "Geen eigen bijdrage van € 5 voor Chloë"
    )
    sanne = workspace.read(standpunten.van_besluit, besluit.id)[0].gezinslid_id
    workspace.edit(
        "Standpunt", standpunten.zet, besluit.id, sanne, positie="eens",
        woorden="Daar zijn we blij mee, ook Noël.",
    )  # fmt: skip
    planted = [
        "Zwemles van Noël: € 12,50 per maand uit het budget",
        "Zoë doet mee",
        "Geen eigen bijdrage van € 5 voor Chloë",
        "Daar zijn we blij mee, ook Noël.",
    ]
    faces = [lettertype.GEWOON, lettertype.VET, lettertype.CURSIEF, lettertype.VET_CURSIEF]
    lettertype.registreer()
    glyphs = set.intersection(*(set(pdfmetrics.getFont(f).face.charToGlyph) for f in faces))
    for lezer in READERS:
        pages = _pages(workspace, gezin, lezer)
        assert not _missing(planted, pages), lezer
        # and drawn, not only named: every character on paper is in the embedded font
        assert {c for c in _flat("".join(pages)) if ord(c) not in glyphs} == set(), lezer


def test_a_meeting_not_yet_finalised_is_a_concept_on_every_page(own_demo):
    workspace, gezin, meetings = own_demo
    for lezer in READERS:
        pages = _pages(workspace, gezin, lezer)
        assert all("CONCEPT" in page for page in pages), lezer
        assert CONCEPT_NOTE in _flat("\n".join(pages)), lezer
    workspace.edit("Vaststellen", bijeenkomsten.stel_vast, meetings[-1])
    for lezer in READERS:
        pages = _pages(workspace, gezin, lezer)
        assert not any("CONCEPT" in page for page in pages), lezer
        assert CONCEPT_NOTE not in _flat("\n".join(pages)), lezer


@pytest.mark.parametrize("which", range(len(MEETINGS) - 1))
def test_the_demos_finalised_meetings_are_no_concept(demo, which):
    workspace, gezin, meetings = demo
    assert MEETINGS[which]["vastgesteld"]
    for lezer in (Publiek.OUDERS, Publiek.PROFESSIONALS):
        pages = _pages(workspace, gezin, lezer, meetings[which])
        assert not any("CONCEPT" in page for page in pages), lezer
        assert CONCEPT_NOTE not in _flat("\n".join(pages)), lezer


def test_a_meeting_with_many_concerns_still_prints(own_demo):
    """A column longer than a page runs on over the next (it once stopped the report)."""
    workspace, gezin, meetings = own_demo
    for n in range(40):
        workspace.edit(
            "Zorg", bijeenkomsten.voeg_punt_toe, meetings[-1], "zorgen",
            f"Zorg {n}: de kinderen zien de ruzie bij het ophalen en brengen op woensdag",
        )  # fmt: skip
    pages = _pages(workspace, gezin, Publiek.OUDERS)
    assert not _missing([f"Zorg {n}:" for n in range(40)], pages)


# --- the parents' copy and the professionals' report ---

PROFESSIONALS_SECTIONS = (
    "Checklist bouwstenen",
    "Producturen",
    "Wegingen en veiligheid",
    "Weging van",
    "Veiligheidsschaal",
    "Tijdlijn sinds de vorige bijeenkomst",
)


def test_the_parents_copy_has_no_section_for_professionals(demo):
    workspace, gezin, _ = demo
    pages = _pages(workspace, gezin, Publiek.OUDERS)
    text = "\n".join(pages)
    for heading in (*PROFESSIONALS_SECTIONS, "Checklist", "Gedragswetenschapper"):
        assert heading not in text
    for number, page in enumerate(pages, 1):
        assert _flat(f"Gezin Vermeulen · {PARENTS_TITLE}") in _flat(page), number
        assert "VERTROUWELIJK" not in page and "Inclusief vertrouwelijk" not in page, number


@pytest.mark.parametrize("lezer", READERS[1:], ids=lambda r: r.value)
def test_the_professionals_report_has_its_sections_and_footer_on_every_page(demo, lezer):
    workspace, gezin, _ = demo
    pages = _pages(workspace, gezin, lezer)
    text = "\n".join(pages)
    for heading in PROFESSIONALS_SECTIONS:
        assert heading in text
    for number, page in enumerate(pages, 1):
        assert _flat(PROFESSIONALS_FOOTER) in _flat(page), number
    # what the parents do not get: a line for professionals, the checklist's answers
    professionals = [t for _k, t, audience in LAST["punten"] if audience == "professionals"]
    assert professionals and not _missing(professionals, pages)
    assert not _missing(["Rollen en taakverdeling helder en aan de ouders verteld"], pages)


# --- casustafel report ---


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "x.db"
    workspace = Workspace.open(path)
    gezin = workspace.edit("demo", maak_demo)
    leeg = workspace.edit("Leeg", gezinnen.maak, "Gezin Zonder Bijeenkomst").id
    other = workspace.edit("Ander", gezinnen.maak, "Gezin Anders").id
    elsewhere = workspace.edit(
        "Elders", bijeenkomsten.maak, other, datetime(2026, 5, 1, tzinfo=UTC)
    )
    workspace.close()
    return path, gezin, leeg, elsewhere.id


@pytest.mark.parametrize(
    "args, says",
    [
        (["--gezin", "999", "--voor", "ouders"], r"gezin bestaat niet"),
        (["--gezin", "{gezin}", "--bijeenkomst", "999", "--voor", "ouders"], r"Bijeenkomst"),
        (
            ["--gezin", "{gezin}", "--bijeenkomst", "{elders}", "--voor", "ouders"],
            r"hoort niet bij dit gezin",
        ),
        (["--gezin", "{leeg}", "--voor", "ouders"], r"nog geen bijeenkomst"),
        (
            ["--gezin", "{gezin}", "--voor", "ouders", "--inclusief-vertrouwelijk"],
            r"alleen bij --voor professionals",
        ),
    ],
    ids=[
        "unknown gezin",
        "unknown meeting",
        "another gezin's meeting",
        "no meeting yet",
        "vertrouwelijk for parents",
    ],
)
def test_report_refuses_in_one_dutch_line_and_writes_nothing(demo_db, capsys, args, says):
    path, gezin, leeg, elders = demo_db
    out = path.parent / "uit" / "verslag.pdf"
    args = [a.format(gezin=gezin, leeg=leeg, elders=elders) for a in args]
    _refused(capsys, ["--db", str(path), "report", *args, "-o", str(out)], out, says)


def test_report_refuses_a_file_that_is_not_a_pdf(demo_db, capsys):
    path, gezin, _, _ = demo_db
    out = path.parent / "uit" / "verslag.png"
    args = ["--db", str(path), "report", "--gezin", str(gezin), "--voor", "ouders", "-o", str(out)]
    _refused(capsys, args, out, r"eindigt op \.pdf")


def _refused(capsys, argv: list[str], out: Path, says: str) -> None:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("casustafel: "), captured.err
    assert re.search(says, lines[0]), lines[0]
    assert not re.search(r"Traceback|Error|not found|invalid|No such", lines[0]), lines[0]
    assert not out.exists()
    assert not out.parent.exists() or not any(out.parent.iterdir()), "a partial file was left"


@pytest.mark.parametrize(
    "voor, extra, heading",
    [
        ("ouders", [], PARENTS_TITLE),
        ("professionals", [], PROFESSIONALS_TITLE),
        ("professionals", ["--inclusief-vertrouwelijk"], "Inclusief vertrouwelijke gegevens"),
    ],
)
def test_report_writes_the_pdf_and_prints_its_path(demo_db, capsys, voor, extra, heading):
    path, gezin, _, _ = demo_db
    out = path.parent / "uit" / f"{voor}.pdf"
    argv = ["--db", str(path), "report", "--gezin", str(gezin), "--voor", voor, *extra]
    assert main([*argv, "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    first = PdfReader(out).pages[0].extract_text()
    assert _flat(heading) in _flat(first)


# --- the report's paragraphs lay out exactly as reportlab's own ---


def test_a_paragraph_that_keeps_its_line_breaks_prints_exactly_as_reportlabs(monkeypatch):
    """`opmaak.Alinea` keeps the lines it broke per width (a speed-up): the same document
    built from plain Paragraphs is the same file, byte for byte, also where paragraphs and
    tables split over pages, a heading is kept with what follows it, and one paragraph is
    printed at two widths."""
    from reportlab import rl_config
    from reportlab.platypus import KeepTogether, Paragraph, Table

    from desktop_app.reports import opmaak
    from desktop_app.reports.pagina import Pagina, maak_pdf

    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    words = "de ouders en de school spreken af wie wat doet en wanneer het klaar moet zijn".split()
    splits = []
    monkeypatch.setattr(Paragraph, "split", _counted(Paragraph.split, splits))

    def text(n: int) -> str:
        return " ".join(words[(i * 7 + n) % len(words)] for i in range(8 + n * 11 % 160))

    def document(make) -> bytes:
        styles = opmaak.stijlen()
        story = []
        for n in range(40):
            story.append(make(f"Kop {n}", styles["kop"]))  # kept with the next flowable
            story.append(make(f"<b>Let op:</b> {text(n)}", styles["tekst" if n % 3 else "klein"]))
            cells = [
                [make(text(n + r + c)[:120], styles["cel"]) for c in range(3)] for r in range(4)
            ]
            if n % 5:
                story.append(Table(cells[: n % 5], colWidths=[90, 250, 140], repeatRows=1))
            twice = make(text(n + 5), styles["tekst"])  # on its own, then in a narrow cell
            story += [twice, make(text(n * 5), styles["tekst"]), Table([[twice]], colWidths=[150])]
            if n % 7 == 0:
                kept = [make(text(n * 3), styles["subkop"]), make(text(n), styles["cel"])]
                story.append(KeepTogether(kept))
        return maak_pdf(story, Pagina(titel="Titel", onderwerp="Onderwerp", voet="Voet"))

    plain = document(Paragraph)
    assert len(PdfReader(BytesIO(plain)).pages) > 10
    assert sum(len(parts) == 2 for parts in splits) > 5, "paragraphs split over pages"
    assert document(opmaak.Alinea) == plain


def _counted(split, calls: list):
    def counting(self, availWidth, availHeight):
        parts = split(self, availWidth, availHeight)
        calls.append(parts)
        return parts

    return counting
