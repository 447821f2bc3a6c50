"""User text is shown as typed, never as markup: a name or title holding HTML appears
literally on every tab, in every beamer window and on paper, and cannot hide the banner that
says who is watching."""

import os
from io import BytesIO

import pypdfium2
import pyqtgraph as pg
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import (
    QFontMetrics,
    Qt,  # QtGui.Qt holds mightBeRichText
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import select

from desktop_app.model import (
    Afspraak,
    Besluit,
    Betrokkene,
    BijeenkomstLog,
    BouwsteenItem,
    Categorie,
    Gebeurtenis,
    Gezin,
    Gezinslid,
    Patroon,
    Punt,
    Standpunt,
    Weging,
)
from desktop_app.model.bijeenkomst import Bijeenkomst
from desktop_app.model.bouwsteen import ChecklistAntwoord
from desktop_app.reports import lettertype
from desktop_app.reports.bijeenkomst import Opties, pdf
from desktop_app.reports.pagina import MARGE
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.publiek.regel import Inzage, Publiek
from desktop_app.services.publiek.verslag import verslag
from desktop_app.ui.bijeenkomst.presentatie import BijeenkomstPresentatie
from desktop_app.ui.taakverdeling.presentatie import BordPresentatie
from desktop_app.ui.tijdlijn.presentatie import PresentatieVenster
from desktop_app.ui.weging.presentatie import GrafiekPresentatie
from tests.ui_helpers import when_dialog_opens

MARK = "Zq9"
PAYLOAD = f'<h1 style="font-size:200px">{MARK}</h1><b>'
USER_TEXT = {
    Gezin: ("naam", "gemeente"),
    Gezinslid: ("naam", "relatie", "notities"),
    Betrokkene: ("naam", "organisatie", "rol"),
    Gebeurtenis: ("titel", "omschrijving", "bron"),
    Categorie: ("naam",),
    Patroon: ("naam", "omschrijving"),
    Bijeenkomst: ("locatie",),
    BijeenkomstLog: ("reden",),
    Punt: ("tekst",),
    Besluit: ("tekst",),
    Standpunt: ("woorden",),  # each parent's own words since standpunten
    Afspraak: ("tekst", "deelresultaat"),
    BouwsteenItem: ("tekst",),
    ChecklistAntwoord: ("tekst", "notitie"),
    Weging: ("directe_toelichting", "stabiele_toelichting", "bodemeisen", "voorstel_toelichting"),
}


def _mark_everything(session) -> None:
    """Every user text of the store begins with the payload (setup, as a tester would type)."""
    for model, names in USER_TEXT.items():
        for row in session.exec(select(model)):
            for name in names:
                setattr(row, name, f"{PAYLOAD}{getattr(row, name) or ''}")


def _rendered(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label_shows(label: QLabel) -> str:
    fmt = label.textFormat()
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
    )
    return _rendered(label.text(), rich)


def _tooltip_shows(tip: str) -> str:
    return _rendered(tip, Qt.mightBeRichText(tip))  # as QToolTip decides


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps it private: one column
        return 1


def _model_tips(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    tips = []

    def walk(parent: QModelIndex):
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    tips.append(_tooltip_shows(tip))
                if column == 0 and model.rowCount(index):
                    walk(index)

    walk(QModelIndex())
    return tips


def shown_texts(root: QWidget) -> list[str]:
    """What a reader sees of every text in `root`: labels as Qt renders them, tooltips,
    documents, and the text items of graphics scenes (pyqtgraph labels and legends)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            texts.append(_label_shows(widget))
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if widget.toolTip():
            texts.append(_tooltip_shows(widget.toolTip()))
        if isinstance(widget, QAbstractItemView):
            texts += _model_tips(widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            texts += [
                item.toPlainText()
                for item in widget.scene().items()
                if isinstance(item, QGraphicsTextItem)
            ]
    return texts


def assert_literal(texts: list[str]) -> None:
    """Wherever the marker shows, the whole payload shows around it: nothing was taken as
    markup. And the payload is shown somewhere, so the check saw user text at all."""
    swallowed = [t for t in texts if t.count(MARK) != t.count(PAYLOAD)]
    assert not swallowed, f"markup rendered instead of shown: {swallowed[:3]}"
    assert any(PAYLOAD in t for t in texts)


def assert_banner_unobscured(window) -> None:
    banner = window.banner
    assert banner.isVisible()
    assert banner.textFormat() == Qt.TextFormat.PlainText
    shown = banner.text()
    assert "MET OUDERS" in shown
    # the audience's words lie within the banner's width, on one line of normal height
    before = shown[: shown.index("MET OUDERS") + len("MET OUDERS")]
    metrics = QFontMetrics(banner.font())
    assert metrics.horizontalAdvance(before) <= banner.contentsRect().width()
    assert banner.height() < 3 * metrics.height()
    assert banner.mapTo(window, banner.rect().topLeft()).y() == 0


@pytest.fixture
def marked_window(demo_window):
    window, gezin_id = demo_window
    window.werkblad.workspace.edit("Opmaak overal", _mark_everything)
    return window, gezin_id


def test_markup_in_every_user_text_is_shown_literally_on_every_tab(qtbot, marked_window):
    window, gezin_id = marked_window
    werkblad = window.werkblad
    assert PAYLOAD in window.windowTitle()
    for open_tab in (
        lambda: None,
        werkblad.open_tijdlijn,
        werkblad.open_bijeenkomsten,
        werkblad.open_weging,
        werkblad.open_taakverdeling,
    ):
        open_tab()
        QApplication.processEvents()
        assert_literal(shown_texts(window))


def test_markup_in_every_user_text_is_shown_literally_on_the_beamer(qtbot, marked_window):
    window, gezin_id = marked_window
    editor = window.werkblad.editor
    meeting = editor.workspace.read(bijeenkomsten.van_gezin, gezin_id)[-1].id
    windows = [
        PresentatieVenster(editor, gezin_id, Publiek.OUDERS),
        BijeenkomstPresentatie(editor, gezin_id, meeting, Publiek.OUDERS),
        GrafiekPresentatie(editor, gezin_id, Publiek.OUDERS),
        BordPresentatie(editor, gezin_id, Publiek.OUDERS),
    ]
    for beamer in windows:
        qtbot.addWidget(beamer)
        beamer.resize(1366, 768)
        beamer.show()
        qtbot.waitExposed(beamer)
        texts = shown_texts(beamer)
        if isinstance(beamer, PresentatieVenster):
            for _ in range(len(beamer.shown)):  # every item's caption, spelled out in turn
                beamer.step(1)
                texts.append(_label_shows(beamer.caption))
            texts += beamer.plot.label_texts()
        if isinstance(beamer, BijeenkomstPresentatie):
            for _ in beamer.sections:
                texts.append(_label_shows(beamer.body))
                beamer.presentatie.positie = (beamer.index + 1) % len(beamer.sections)
                beamer.toon_stap()
        if isinstance(beamer, GrafiekPresentatie):
            texts += [label.item.toPlainText() for _sample, label in beamer.chart.legend.items]
            items = beamer.chart.getPlotItem().items
            texts += [i.toPlainText() for i in items if isinstance(i, pg.TextItem)]
        if isinstance(beamer, BordPresentatie):
            beamer._other_page()
            texts.append(_label_shows(beamer.wie))
        assert_literal(texts)
        assert_banner_unobscured(beamer)
        if os.environ.get("CASUSTAFEL_SCHERMEN"):  # to look at: a folder for the pictures
            beamer.grab().save(f"{os.environ['CASUSTAFEL_SCHERMEN']}/{type(beamer).__name__}.png")
        beamer.close()


@pytest.mark.parametrize("lezer", [Publiek.OUDERS, Publiek.PROFESSIONALS, Inzage.VERTROUWELIJK])
def test_markup_in_user_text_is_printed_literally(marked_window, lezer):
    window, gezin_id = marked_window
    record = window.werkblad.workspace.read(verslag, gezin_id, "laatste", lezer)
    data = pdf(record, Opties(tijdlijn=True, handtekeningen=True))
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    squeezed = text.replace("\n", "").replace(" ", "")
    assert squeezed.count(MARK) >= 3
    # cells wrap and interleave in the extracted text, but each marker keeps its closing tags
    assert squeezed.count(MARK) == squeezed.count(f"{MARK}</h1><b>")


def test_a_question_names_the_gezin_as_typed(qtbot, marked_window):
    window, gezin_id = marked_window
    seen = []

    def read_and_cancel(box: QMessageBox) -> str:
        shown = _label_shows(box.findChild(QLabel, "qt_msgbox_label"))
        box.reject()
        return shown

    when_dialog_opens(read_and_cancel, seen, QMessageBox)
    window.werkblad.delete_gezin()
    qtbot.waitUntil(lambda: bool(seen))
    assert f"‘{PAYLOAD}Gezin Vermeulen’ en alle gegevens ervan verwijderen?" in seen[0]
    assert "\n\nDat zijn" in seen[0]  # its line breaks kept


def test_a_long_name_never_runs_into_the_page_number(marked_window):
    window, gezin_id = marked_window
    record = window.werkblad.workspace.read(verslag, gezin_id, "laatste", Publiek.OUDERS)
    document = pypdfium2.PdfDocument(pdf(record, Opties(tijdlijn=True, handtekeningen=True)))
    for number, page in enumerate(document, start=1):
        width, _ = page.get_size()
        said = f"pagina {number} van {len(document)}"
        left = width - MARGE - stringWidth(said, lettertype.GEWOON, 9)
        baseline = MARGE - 2 * mm
        strip = page.get_textpage().get_text_bounded(
            left=left - 2, bottom=baseline - 3, right=width, top=baseline + 9
        )
        assert strip.strip() == said  # nothing of the footer's name drawn over it
