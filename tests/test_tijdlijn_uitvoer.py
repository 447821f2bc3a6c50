"""Exporteren… in the Tijdlijn tab: a file for the audience shown, never the facilitator's own
view, a Dutch message and no file when it cannot be written; and a toolbar that fits."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QToolButton

from desktop_app.reports import tijdlijn as tijdlijn_papier
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.ui.tijdlijn import tab as tab_module
from desktop_app.ui.verslag.voorbeeld import VoorbeeldDialog

A4_LIGGEND, A3_LIGGEND = (842, 595), (1191, 842)


@pytest.fixture
def tab(demo_window):
    window, gezin_id = demo_window
    return window, gezin_id, window.werkblad.open_tijdlijn()


def _save_as(monkeypatch, path, soort):
    asked = []

    def dialog(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(path), soort

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return asked


def _text(data: bytes) -> tuple[str, tuple]:
    pages = PdfReader(io.BytesIO(data)).pages
    size = tuple(round(v) for v in pages[0].mediabox[2:])
    return "".join("".join(p.extract_text() for p in pages).split()), size


def _titles(window, gezin_id, zichtbaarheid):
    items = window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id)
    return ["".join(i.titel.split()) for i in items if i.zichtbaarheid == zichtbaarheid]


def test_exporteren_writes_the_pdf_of_the_audience_shown(tab, tmp_path, monkeypatch):
    window, gezin_id, tab = tab
    asked = _save_as(monkeypatch, tmp_path / "tijdlijn", "PDF, liggend A4 (*.pdf)")
    tab.export_action.trigger()
    title, suggested, filters = asked[0]
    assert suggested == "Tijdlijn Gezin Vermeulen (met ouders).pdf"
    assert filters.split(";;") == list(tab_module.EXPORT_SOORTEN)
    text, size = _text((tmp_path / "tijdlijn.pdf").read_bytes())
    assert size == A4_LIGGEND and "Voorhetgezinendeprofessionals" in text
    assert all(t in text for t in _titles(window, gezin_id, "iedereen"))
    assert not any(t in text for t in _titles(window, gezin_id, "professionals"))
    assert "tijdlijn.pdf" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    "soort, name, check",
    [
        ("PDF, liggend A3: poster (*.pdf)", "poster.pdf", "a3"),
        ("Afbeelding PNG (*.png)", "beeld.png", b"\x89PNG"),
        ("Vectorafbeelding SVG (*.svg)", "beeld.svg", b"<?xml"),
    ],
)
def test_exporteren_as_a3_png_or_svg(tab, tmp_path, monkeypatch, soort, name, check):
    _, _, tab = tab
    tab.set_publiek(Publiek.PROFESSIONALS)
    _save_as(monkeypatch, tmp_path / name, soort)
    tab.export_action.trigger()
    data = (tmp_path / name).read_bytes()
    if check == "a3":
        text, size = _text(data)
        assert size == A3_LIGGEND and "Alleenvoorprofessionals" in text
    else:
        assert data.startswith(check)


def test_the_facilitators_own_view_asks_who_it_is_for(tab, tmp_path, monkeypatch):
    window, gezin_id, tab = tab
    tab.set_publiek(None)  # "Toon: alles (alleen ik)": vertrouwelijk on screen
    offered = []

    def question(parent, title, label, items, current, editable):
        offered.append((items, current))
        return answer

    monkeypatch.setattr(QInputDialog, "getItem", question)
    asked = _save_as(monkeypatch, tmp_path / "t.pdf", "PDF, liggend A4 (*.pdf)")
    answer = ("Met ouders", False)  # cancelled: no file dialog, no file
    tab.export_action.trigger()
    assert offered == [(["Met ouders", "Alleen professionals"], 0)] and not asked
    assert not (tmp_path / "t.pdf").exists()

    answer = ("Alleen professionals", True)
    tab.export_action.trigger()
    text, _ = _text((tmp_path / "t.pdf").read_bytes())
    assert "Alleenvoorprofessionals" in text
    assert all(t in text for t in _titles(window, gezin_id, "professionals"))
    assert not any(t in text for t in _titles(window, gezin_id, "vertrouwelijk"))


def test_an_unwritable_place_gives_a_dutch_message_and_no_file(tab, tmp_path, monkeypatch):
    _, _, tab = tab
    folder = tmp_path / "uit"
    folder.mkdir()
    blocker = folder / "geen-map"
    blocker.write_text("een bestand, geen map")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[1:]))
    for soort, name in (("PDF, liggend A4 (*.pdf)", "t.pdf"), ("Afbeelding PNG (*.png)", "t.png")):
        _save_as(monkeypatch, blocker / name, soort)
        tab.export_action.trigger()
    assert [title for title, _ in warnings] == ["Exporteren: niet opgeslagen"] * 2
    assert all(message.startswith(f"Kon {blocker}") for _, message in warnings)
    assert list(folder.iterdir()) == [blocker], "nothing half-written"


def test_afdrukken_previews_the_timeline_for_the_audience_shown(tab, monkeypatch):
    _, _, tab = tab
    made = []
    real = tijdlijn_papier.van_gezin
    monkeypatch.setattr(
        tijdlijn_papier, "van_gezin", lambda *args: made.append(real(*args)) or made[-1]
    )
    tab.print_action.trigger()
    dialog = tab.findChild(VoorbeeldDialog)
    assert dialog.page_labels, "the pages are shown"
    dialog.vakjes["a3"].click()
    text, size = _text(made[-1])
    assert size == A3_LIGGEND and "Voorhetgezinendeprofessionals" in text
    dialog.reject()


def test_the_toolbar_fits_a_1366_laptop_with_search_results(tab, qtbot):
    window, _, tab = tab
    window.resize(1366, 768)
    qtbot.keyClicks(tab.search, "e")  # "66 treffers" beside the search field
    qtbot.wait(10)
    overflow = next(
        b
        for b in tab.toolbar.findChildren(QToolButton)
        if b.objectName() == "qt_toolbar_ext_button"
    )
    assert tab.matches.text().endswith("treffers") and not overflow.isVisible()
    more = tab.toolbar.findChild(QToolButton, "tijdlijnMeer")
    assert [a.text() for a in more.menu().actions() if a.text()] == [
        "Banen", "Per persoon", "Per categorie", "Markeer als patroon…", "Patroon wijzigen",
        "Exporteren…", "Afdrukken…",
    ]  # fmt: skip


def test_exporting_and_printing_the_timeline_are_in_the_logboek(tab, tmp_path, monkeypatch):
    from desktop_app.services.opslag import logboek

    window, gezin_id, tab = tab
    workspace = window.werkblad.workspace
    _save_as(monkeypatch, tmp_path / "t.pdf", "PDF, liggend A4 (*.pdf)")
    tab.export_action.trigger()
    tab.print_action.trigger()
    dialog = tab.findChild(VoorbeeldDialog)
    _save_as(monkeypatch, tmp_path / "print.pdf", "")
    dialog.opslaan()
    lines = logboek.van_gezin(workspace.opslag.pad, gezin_id)
    assert [(r.wat.value, r.publiek, r.vorm) for r in lines] == [
        ("export", "ouders", "pdf tijdlijn"),  # saved from the print preview
        ("export", "ouders", "pdf tijdlijn"),  # Meer → Exporteren…
    ]
    dialog.reject()
