"""Printing a meeting from the Bijeenkomsten tab: the preview shows the pages of the selected
meeting for the chosen reader, its choices make the document again, and it saves as PDF or
goes to a printer, one page per sheet."""

from io import BytesIO

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.gezin import gezinnen
from desktop_app.services.publiek.regel import Inzage, Publiek
from desktop_app.ui.verslag import bijeenkomst as verslag_ui
from desktop_app.ui.verslag.afdrukken import druk_af
from desktop_app.ui.verslag.voorbeeld import VoorbeeldDialog
from tests.ui_helpers import when_dialog_opens


@pytest.fixture
def tab(demo_window):
    window, gezin_id = demo_window
    window.resize(1366, 768)
    return window, gezin_id, window.werkblad.open_bijeenkomsten()


@pytest.fixture
def save_as(monkeypatch):
    """Answer the save dialog with a path; records the name it offered."""
    offered = []

    def answer(path):
        def get_save_file_name(parent, caption, suggested, filters):
            offered.append(suggested)
            return str(path), filters

        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
        return offered

    return answer


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def _preview(qtbot, tab) -> VoorbeeldDialog:
    qtbot.waitUntil(lambda: bool(tab.findChildren(VoorbeeldDialog)))
    dialog = tab.findChild(VoorbeeldDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # its keys go to it
    return dialog


def test_ctrl_p_previews_the_parents_copy_and_ctrl_s_saves_it(qtbot, tab, tmp_path, save_as):
    window, gezin_id, tab = tab
    assert tab.bijeenkomst.vastgesteld is None, "the demo's last meeting is still a concept"
    tab.meetings.setFocus()
    qtbot.keyClick(tab.meetings, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _preview(qtbot, tab)

    assert dialog.windowTitle() == "Afdrukken voor ouders · Gezin Vermeulen · 04-11-2026"
    assert dialog.page_labels and not dialog.page_labels[0].pixmap().isNull()
    assert dialog.page_labels[0].pixmap().width() > 700, "a page is readable"
    count = len(dialog.page_labels)
    assert dialog.paginatelling.text() == ("1 pagina" if count == 1 else f"{count} pagina's")
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()

    offered = save_as(tmp_path / "uit" / "voor ouders")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert offered[0].endswith("Afspraken 04-11-2026 Gezin Vermeulen.pdf")
    saved = (tmp_path / "uit" / "voor ouders.pdf").read_bytes()
    text = _text(saved)
    assert "Afspraken van de bijeenkomst van 4" in text and "november 2026" in text
    assert "CONCEPT" in text, "a meeting not finalised prints as a concept"
    assert dialog.melding.text() == "Opgeslagen: voor ouders.pdf"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_preview_shows_the_selected_meeting(qtbot, tab, tmp_path, save_as):
    window, gezin_id, tab = tab
    first = window.werkblad.workspace.read(bijeenkomsten.van_gezin, gezin_id)[0]
    assert tab.select(first.id)
    tab.print_button.menu().actions()[1].trigger()  # Verslag voor professionals…
    dialog = _preview(qtbot, tab)
    assert dialog.windowTitle().startswith("Verslag voor professionals · Gezin Vermeulen")

    offered = save_as(tmp_path / "verslag.pdf")
    dialog.save_button.click()
    assert offered[0].endswith("Verslag professionals 23-09-2026 Gezin Vermeulen.pdf")
    text = _text((tmp_path / "verslag.pdf").read_bytes())
    assert "23 september" in text and "CONCEPT" not in text, "a finalised meeting is no concept"


def test_the_choices_make_the_document_again_for_their_reader(
    qtbot, tab, tmp_path, monkeypatch, save_as
):
    window, gezin_id, tab = tab
    made = []  # (reader, options) of every document made
    real_pdf = verslag_ui.pdf
    monkeypatch.setattr(verslag_ui, "pdf", lambda v, o: made.append((v.lezer, o)) or real_pdf(v, o))

    parents = tab.print_for(Publiek.OUDERS)
    assert made[-1][0] is Publiek.OUDERS
    assert (made[-1][1].tijdlijn, made[-1][1].handtekeningen) == (False, True)
    parents.vakjes["tijdlijn"].click()
    parents.vakjes["handtekeningen"].click()
    assert (made[-1][0], made[-1][1].tijdlijn, made[-1][1].handtekeningen) == (
        Publiek.OUDERS,
        True,
        False,
    )
    parents.reject()

    report = tab.print_for(Publiek.PROFESSIONALS)
    assert made[-1][0] is Publiek.PROFESSIONALS
    box = report.vakjes["vertrouwelijk"]
    assert not box.isChecked(), "vertrouwelijk is left out unless asked for"
    warning = report.findChild(QLabel, "voorbeeldWaarschuwing")
    assert warning.text() == "Let op: dit komt dan op elke pagina te staan."
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert made[-1][0] is Inzage.VERTROUWELIJK
    assert report.page_labels and not report.page_labels[0].pixmap().isNull()
    offered = save_as(tmp_path / "verslag.pdf")
    report.opslaan()
    assert offered[0].endswith(
        "Verslag professionals 04-11-2026 Gezin Vermeulen (inclusief vertrouwelijk).pdf"
    ), "the file says what it holds"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert made[-1][0] is Publiek.PROFESSIONALS


def test_printing_puts_every_page_of_the_preview_on_a_sheet(qtbot, tab, tmp_path):
    window, gezin_id, tab = tab
    dialog = tab.print_for(Publiek.OUDERS)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert dialog.druk_af(printer)
    printed = PdfReader(tmp_path / "afdruk.pdf")
    assert len(printed.pages) == dialog.aantal == len(dialog.page_labels)
    assert _has_ink(tmp_path / "afdruk.pdf", 0)
    assert dialog.melding.text() == "Naar de printer gestuurd."


def test_ctrl_p_in_the_preview_asks_which_printer(qtbot, tab):
    window, gezin_id, tab = tab
    dialog = tab.print_for(Publiek.OUDERS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    seen = []

    def cancel(print_dialog):
        seen.append((type(print_dialog), print_dialog.windowTitle(), print_dialog.maxPage()))
        print_dialog.reject()

    when_dialog_opens(cancel, kind=QPrintDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(QPrintDialog, "Afdrukken", dialog.aantal)]


def _pdf(*sizes) -> bytes:
    """A numbered page of each size."""
    out = BytesIO()
    canvas = Canvas(out)
    for number, size in enumerate(sizes, start=1):
        canvas.setPageSize(size)
        canvas.setFont("Helvetica", 200)
        canvas.drawString(100, 200, str(number))
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_landscape_page_is_previewed_as_wide_as_an_upright_one(qtbot):
    dialog = VoorbeeldDialog("Voorbeeld", "Voorbeeld", lambda: _pdf(A4, landscape(A4)))
    qtbot.addWidget(dialog)
    dialog.show()
    upright, lying = (label.pixmap() for label in dialog.page_labels)
    assert lying.width() == upright.width() and lying.height() < upright.height()
    assert dialog.paginatelling.text() == "2 pagina's"
    assert not dialog.scroll.horizontalScrollBar().isVisible()


def test_a_landscape_page_is_turned_and_a_page_range_is_kept(tmp_path):
    data = _pdf(A4, landscape(A4), A4)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "alles.pdf"))
    assert druk_af(data, printer, 3)
    pages = PdfReader(tmp_path / "alles.pdf").pages
    assert len(pages) == 3
    assert all(p.mediabox.height > p.mediabox.width for p in pages), "portrait paper throughout"
    assert all(_has_ink(tmp_path / "alles.pdf", i) for i in range(3))

    printer.setOutputFileName(str(tmp_path / "twee.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert druk_af(data, printer, 3)
    assert len(PdfReader(tmp_path / "twee.pdf").pages) == 2


def test_saving_where_no_file_can_be_written_says_so_and_leaves_nothing(
    qtbot, tab, tmp_path, save_as
):
    window, gezin_id, tab = tab
    dialog = tab.print_for(Publiek.OUDERS)
    (tmp_path / "geen-map").write_text("een bestand, geen map")
    target = tmp_path / "geen-map" / "verslag.pdf"
    save_as(target)
    messages = []
    when_dialog_opens(
        lambda box: (messages.append((box.windowTitle(), box.text())), box.accept()),
        kind=QMessageBox,
    )
    dialog.opslaan()
    title, text = messages[0]
    assert title == "Opslaan als PDF: niet opgeslagen"
    assert text.startswith("Kon ") and "niet opslaan" in text
    assert not target.exists()
    store = ("casustafel.sqlite", "reservekopieen")
    written = [p.name for p in tmp_path.iterdir() if not p.name.startswith(store)]
    assert written == ["geen-map"] and (tmp_path / "geen-map").read_text().startswith("een ")
    assert dialog.melding.text() == ""


def test_without_a_meeting_there_is_nothing_to_print(qtbot, demo_window):
    window, _ = demo_window
    gezin_id = window.werkblad.workspace.edit("Nieuw", gezinnen.maak, "Gezin Zonder").id
    window.werkblad.select_gezin(gezin_id)
    tab = window.werkblad.open_bijeenkomsten()
    assert tab.bijeenkomst is None
    assert not tab.print_button.isEnabled()
    assert not tab.print_parents.isEnabled() and not tab.print_professionals.isEnabled()
    tab.meetings.setFocus()
    qtbot.keyClick(tab.meetings, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert tab.findChildren(VoorbeeldDialog) == []


def _has_ink(path, index: int) -> bool:
    """Whether the printed page carries anything dark: the page image was drawn on it."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[index].render(scale=0.2, grayscale=True).to_numpy()
    finally:
        document.close()
    return bool((image < 128).any())
