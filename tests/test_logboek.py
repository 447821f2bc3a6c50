"""The logboek beside the store: every export, print and projection of a gezin leaves a line
(when, who, which gezin, for whom, what kind), never a name or a text of the case, and an
output goes ahead when the line cannot be written."""

import errno
import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.services.opslag import logboek
from desktop_app.services.opslag.logboek import Wat
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.store import logboek as bestand
from desktop_app.ui.opslag.logboek import gewiste_gezinnen, logboek_van
from tests.ui_helpers import when_dialog_opens


def casustafel(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASUSTAFEL_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _lines(db_path) -> list[dict]:
    text = bestand.pad(db_path).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _what(db_path) -> list[tuple]:
    return [
        (r["programma"], r["gezin_id"], r["wat"], r["publiek"], r["vorm"]) for r in _lines(db_path)
    ]


def _case_texts(ws: Workspace, gezin_id: int) -> set[str]:
    """What the logboek may never hold: the gezin's name, every title and every name in it."""
    texts = {ws.read(gezinnen.haal, gezin_id).naam, "Vermeulen"}
    texts |= {item.titel for item in ws.read(gebeurtenissen.van_gezin, gezin_id)}
    texts |= {lid.naam for lid in ws.read(gezinsleden.van_gezin, gezin_id)}
    texts |= {b.naam for b in ws.read(betrokkenen.van_gezin, gezin_id)}
    return texts


def _assert_no_case_text(db_path, texts: set[str], file_names: list[str]) -> None:
    data = bestand.pad(db_path).read_text(encoding="utf-8")
    assert [t for t in (*texts, *file_names) if t and t in data] == []


@pytest.fixture
def demo_db(db_path):
    ws = Workspace.open(db_path)
    gezin_id = ws.edit("Demo", maak_demo)
    texts = _case_texts(ws, gezin_id)
    ws.close()
    return db_path, gezin_id, texts


# --- the file ---


def test_lines_are_appended_privately_and_read_per_gezin_newest_first(db_path):
    assert logboek.schrijf(db_path, Wat.EXPORT, 1, "ouders", "ics agenda", "casustafel x") == ""
    assert logboek.schrijf(db_path, Wat.EXPORT, 2, "professionals", "pdf verslag") == ""
    assert logboek.schrijf(db_path, Wat.AFDRUK, 1, "vertrouwelijk", "papier verslag") == ""
    if os.name == "posix":
        assert stat.S_IMODE(bestand.pad(db_path).stat().st_mode) == 0o600

    regels = logboek.van_gezin(db_path, 1)

    assert [(r.wat, r.publiek, r.vorm) for r in regels] == [
        (Wat.AFDRUK, "vertrouwelijk", "papier verslag"),
        (Wat.EXPORT, "ouders", "ics agenda"),
    ]
    assert regels[1].programma == "casustafel x" and regels[0].programma == "Casustafel"
    assert regels[0].wanneer.tzinfo is not None
    assert abs(regels[0].wanneer - datetime.now(UTC)).total_seconds() < 60


def test_a_line_torn_by_a_crash_is_skipped_and_the_next_starts_on_its_own(db_path):
    logboek.schrijf(db_path, Wat.EXPORT, 1, "ouders", "ics agenda")
    with bestand.pad(db_path).open("ab") as file:
        file.write(b'{"wanneer":"2026-11-25T10:0')  # the power went
    logboek.schrijf(db_path, Wat.PROJECTIE, 1, "ouders", "beamer tijdlijn")

    assert [r.vorm for r in logboek.van_gezin(db_path, 1)] == ["beamer tijdlijn", "ics agenda"]


def test_lines_of_an_earlier_gezin_with_the_same_id_are_not_its_own(db_path):
    """SQLite gives the id of a deleted gezin out again."""
    earlier = {"wanneer": "2025-01-06T09:00:00+01:00", "wie": "kees", "gezin_id": 1,
               "wat": "export", "publiek": "ouders", "vorm": "ics agenda"}  # fmt: skip
    bestand.voeg_toe(db_path, earlier)
    logboek.schrijf(db_path, Wat.EXPORT, 1, "ouders", "pdf afspraken")
    made = datetime(2026, 1, 1, tzinfo=UTC)

    assert [r.vorm for r in logboek.van_gezin(db_path, 1, sinds=made)] == ["pdf afspraken"]
    assert len(logboek.van_gezin(db_path, 1)) == 2


def test_why_a_line_was_not_written_is_said_in_dutch(db_path, monkeypatch):
    def refuse(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(bestand.os, "open", refuse)
    reden = logboek.schrijf(db_path, Wat.EXPORT, 1, "ouders", "ics agenda")
    assert reden == "de map van de database is alleen te lezen"


# --- the command line ---


def test_the_commands_log_their_exports_while_the_app_keeps_its_undo(demo_db, tmp_path):
    db_path, gezin_id, texts = demo_db
    app = Workspace.open(db_path)  # the app holds the store; the commands open it read-only
    app.edit("Gemeente", gezinnen.wijzig, gezin_id, gemeente="Delft")
    outputs = {
        "export-timeline": ("-o", tmp_path / "Tijdlijn Gezin Vermeulen.pdf"),
        "export-ics": ("-o", tmp_path / "Agenda Gezin Vermeulen.ics", "--audience", "ouders"),
        "report": ("--voor", "professionals", "--inclusief-vertrouwelijk",
                   "-o", tmp_path / "Verslag Gezin Vermeulen.pdf"),
        "snapshot": ("--view", "weging", "--audience", "professionals",
                     "-o", tmp_path / "Weging Gezin Vermeulen.png"),
    }  # fmt: skip
    for command, args in outputs.items():
        result = casustafel(command, "--db", db_path, "--gezin", gezin_id, *args)
        assert result.returncode == 0, result.stderr
        assert "logboek" not in result.stderr
    result = casustafel("report", "--db", db_path, "--gezin", gezin_id, "--voor", "ouders",
                        "-o", tmp_path / "ouders.pdf")  # fmt: skip
    assert result.returncode == 0, result.stderr

    assert _what(db_path) == [
        ("casustafel export-timeline", gezin_id, "export", "ouders", "pdf tijdlijn"),
        ("casustafel export-ics", gezin_id, "export", "ouders", "ics agenda"),
        ("casustafel report", gezin_id, "export", "vertrouwelijk", "pdf verslag"),
        ("casustafel snapshot", gezin_id, "export", "professionals", "png weging"),
        ("casustafel report", gezin_id, "export", "ouders", "pdf afspraken"),
    ]
    assert {line["wie"] for line in _lines(db_path)} == {app.gebruiker}
    assert app.undo() == "Gemeente", "no other program wrote to the store"
    app.close()
    names = [arg.stem for args in outputs.values() for arg in args if isinstance(arg, Path)]
    _assert_no_case_text(db_path, texts, names)


def test_a_facilitators_own_snapshot_is_no_output_for_an_audience(demo_db, tmp_path):
    db_path, gezin_id, _texts = demo_db
    result = casustafel("snapshot", "--db", db_path, "--gezin", gezin_id, "--view", "overzicht",
                        "-o", tmp_path / "overzicht.png")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not bestand.pad(db_path).exists()


def test_an_export_goes_ahead_when_the_logboek_cannot_be_written(demo_db, tmp_path):
    """A logboek that is no file stands in for a read-only folder, which root can write."""
    db_path, gezin_id, _texts = demo_db
    bestand.pad(db_path).mkdir()
    output = tmp_path / "agenda.ics"
    result = casustafel("export-ics", "--db", db_path, "--gezin", gezin_id, "-o", output)
    assert result.returncode == 0
    assert output.read_bytes().startswith(b"BEGIN:VCALENDAR")
    (line,) = result.stderr.splitlines()
    assert line.startswith("casustafel: let op, niet vastgelegd in het logboek: ")


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes in a read-only folder"
)
def test_a_read_only_folder_does_not_stop_an_export(demo_db, tmp_path):
    db_path, gezin_id, _texts = demo_db
    output = tmp_path / "uit" / "tijdlijn.png"
    output.parent.mkdir()
    db_path.parent.chmod(0o500)
    try:
        result = casustafel("export-timeline", "--db", db_path, "--gezin", gezin_id, "-o", output)
    finally:
        db_path.parent.chmod(0o700)
    assert result.returncode == 0 and output.exists()
    assert "niet vastgelegd in het logboek: de map van de database is alleen te lezen" in (
        result.stderr
    )
    assert not bestand.pad(db_path).exists()


# --- the window ---


def test_a_beamer_window_shown_is_logged_with_its_audience(qtbot, demo_window):
    from desktop_app.ui.publiek.venster import _open

    window, gezin_id = demo_window
    werkblad = window.werkblad
    werkblad.open_tijdlijn()
    werkblad.present()
    qtbot.addWidget(_open[-1])
    werkblad.open_taakverdeling()
    werkblad.present_bord()
    qtbot.addWidget(_open[-1])

    db_path = werkblad.workspace.opslag.pad
    assert _what(db_path) == [
        ("Casustafel", gezin_id, "projectie", "ouders", "beamer tijdlijn"),
        ("Casustafel", gezin_id, "projectie", "ouders", "beamer taakverdeling"),
    ]


def test_the_weging_on_the_beamer_is_called_so(qtbot, demo_window):
    from desktop_app.ui.weging.presentatie import start_presentation

    window, gezin_id = demo_window
    qtbot.addWidget(start_presentation(window.werkblad.editor, gezin_id, per_rol=False))
    (line,) = _lines(window.werkblad.workspace.opslag.pad)
    assert (line["wat"], line["vorm"]) == ("projectie", "beamer weging")


def _export_agenda(werkblad, path) -> None:
    def save(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    when_dialog_opens(save)
    werkblad.agenda_action.trigger()


def test_the_agenda_exported_from_the_window_is_logged(qtbot, demo_window, tmp_path):
    window, gezin_id = demo_window
    _export_agenda(window.werkblad, tmp_path / "Agenda Gezin Vermeulen.ics")
    db_path = window.werkblad.workspace.opslag.pad
    assert _what(db_path) == [("Casustafel", gezin_id, "export", "ouders", "ics agenda")]
    _assert_no_case_text(db_path, _case_texts(window.werkblad.workspace, gezin_id), [])


def test_an_agenda_not_logged_is_still_saved_and_said_once(qtbot, demo_window, tmp_path):
    window, gezin_id = demo_window
    bestand.pad(window.werkblad.workspace.opslag.pad).mkdir()
    for name in ("eerste.ics", "tweede.ics"):
        _export_agenda(window.werkblad, tmp_path / name)
        assert (tmp_path / name).read_bytes().startswith(b"BEGIN:VCALENDAR")
    (told,) = window.findChildren(QMessageBox, "nietVastgelegd")
    assert "niet vastgelegd in het logboek" in told.text()
    assert told.text().startswith("Deze export is gemaakt")


def test_the_meeting_report_saved_and_printed_is_logged(qtbot, demo_window, tmp_path, monkeypatch):
    window, gezin_id = demo_window
    tab = window.werkblad.open_bijeenkomsten()
    saved = tmp_path / "uit.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(saved), "PDF-bestanden (*.pdf)")
    )
    parents = tab.print_for(Publiek.OUDERS)
    parents.opslaan()
    parents.reject()
    report = tab.print_for(Publiek.PROFESSIONALS)
    report.opslaan()
    report.vakjes["vertrouwelijk"].setChecked(True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert report.druk_af(printer)
    report.reject()

    db_path = window.werkblad.workspace.opslag.pad
    assert _what(db_path) == [
        ("Casustafel", gezin_id, "export", "ouders", "pdf afspraken"),
        ("Casustafel", gezin_id, "export", "professionals", "pdf verslag"),
        ("Casustafel", gezin_id, "afdruk", "vertrouwelijk", "papier verslag"),
    ]
    _assert_no_case_text(db_path, _case_texts(window.werkblad.workspace, gezin_id), [])


def test_the_logboek_view_shows_the_open_gezins_lines(qtbot, demo_window):
    window, gezin_id = demo_window
    werkblad = window.werkblad
    db_path = werkblad.workspace.opslag.pad
    logboek.schrijf(werkblad.workspace, Wat.EXPORT, gezin_id, "ouders", "pdf afspraken")
    by_command = (Wat.AFDRUK, gezin_id, "vertrouwelijk", "papier verslag", "casustafel report")
    logboek.schrijf(db_path, *by_command)
    logboek.schrijf(db_path, Wat.EXPORT, gezin_id + 1, "ouders", "ics agenda")  # another gezin
    gezin = werkblad._open_gezin()
    gezin_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Gezin")
    assert werkblad.logboek_action in gezin_menu.actions()

    dialog = logboek_van(werkblad.workspace, gezin, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [
        [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    ]

    assert headers == ["Wanneer", "Wie", "Wat", "Voor wie", "Vorm"]
    me = werkblad.workspace.gebruiker
    assert rows == [
        [f"{me} · casustafel report", "Afdruk", "Professionals, inclusief vertrouwelijk",
         "papier verslag"],
        [me, "Export", "Met ouders", "pdf afspraken"],
    ]  # fmt: skip
    assert dialog.windowTitle() == "Logboek · Gezin Vermeulen"


def test_the_erased_gezinnen_are_listed_with_who_and_when(qtbot, demo_window):
    from desktop_app.services.gezin.wissen import wis_definitief

    window, gezin_id = demo_window
    workspace = window.werkblad.workspace
    wis_definitief(workspace, gezin_id)
    bestand_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Bestand")
    assert "Gewiste gezinnen…" in [a.text() for a in bestand_menu.actions()]

    dialog = gewiste_gezinnen(workspace, window)
    qtbot.addWidget(dialog)
    row = [dialog.model.index(0, c).data() for c in range(2)]
    assert dialog.model.rowCount() == 1 and row == ["Gezin Vermeulen", workspace.gebruiker]


def test_a_logboek_that_cannot_be_read_is_said_so(qtbot, demo_window):
    window, _gezin_id = demo_window
    bestand.pad(window.werkblad.workspace.opslag.pad).mkdir()
    seen = []
    when_dialog_opens(lambda box: (seen.append(box.text()), box.accept()), kind=QMessageBox)
    window.werkblad.logboek_action.trigger()
    (text,) = seen
    assert text.startswith("Het logboek kon niet worden gelezen: ")
