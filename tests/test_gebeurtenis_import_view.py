"""The app's import (Gezin → Gebeurtenissen importeren…): a file that cannot be read gets its
Dutch message in a dialog, never a traceback, and the timeline stays as it was."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.services.tijdlijn import gebeurtenissen
from tests.import_checks import (
    ROWS,
    SHEET,
    chart_first,
    corrupt_deflate,
    csv_bytes,
    rezip,
    xlsx_bytes,
)
from tests.ui_helpers import when_dialog_opens

BROKEN = {
    "grafiek.xlsx": (lambda: xlsx_bytes(ROWS, extra=chart_first), "is een grafiek"),
    "zlib.xlsx": (lambda: corrupt_deflate(xlsx_bytes(ROWS), SHEET), "kan niet worden uitgepakt"),
    "xml.xlsx": (lambda: rezip(xlsx_bytes(ROWS), {SHEET: b"<worksheet><row"}), "beschadigd"),
    "quote.csv": (
        lambda: b'datum;titel\n2019;"Ruzie\n2020;Feest\n',
        "regel 2: een aanhalingsteken",
    ),
    "gemengd.csv": (lambda: "datum;titel\n2019;Renée\n".encode() + b"2020;Caf\xe9\n", "regel 3"),
}


def _import_via_menu(qtbot, monkeypatch, window, path) -> list[tuple[str, str]]:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = []
    when_dialog_opens(
        lambda box: (shown.append((box.windowTitle(), box.text())), box.accept()), kind=QMessageBox
    )
    window.werkblad.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    return shown


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_gets_a_dutch_dialog(qtbot, monkeypatch, demo_window, tmp_path, name):
    window, gezin_id = demo_window
    before = window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id)
    make, fragment = BROKEN[name]
    path = tmp_path / name
    path.write_bytes(make())
    ((title, message),) = _import_via_menu(qtbot, monkeypatch, window, path)
    assert title == "Importeren: niet opgeslagen"
    assert name in message and fragment in message
    assert "Error" not in message and "object" not in message
    assert window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id) == before


def test_a_good_file_still_imports_from_the_menu(qtbot, monkeypatch, demo_window, tmp_path):
    window, gezin_id = demo_window
    count = len(window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id))
    path = tmp_path / "goed.csv"
    path.write_bytes(csv_bytes([["datum", "titel"], ["mrt 2019", "Renée naar de crèche"]]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.werkblad.import_action.trigger()
    items = window.werkblad.workspace.read(gebeurtenissen.van_gezin, gezin_id)
    assert len(items) == count + 1
    assert "Renée naar de crèche" in {i.titel for i in items}
