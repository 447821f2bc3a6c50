"""Gezin → Dossier exporteren… and Bestand → Dossier importeren… in the window."""

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox

from desktop_app.services.dossier import zegel
from desktop_app.services.gezin import gezinnen
from desktop_app.services.opslag import logboek
from desktop_app.ui.dossier.overdragen import ExportKeuze
from desktop_app.ui.gezin.gezin_list import ID_ROLE
from desktop_app.ui.opslag.wachtwoord import NieuwWachtwoord
from tests.test_dossier import WACHTWOORD
from tests.ui_helpers import when_dialog_opens


def _menu_action(window, menu_title: str, text: str):
    for menu in window.menuBar().actions():
        if menu.text().replace("&", "") == menu_title:
            return next(a for a in menu.menu().actions() if a.text() == text)
    raise AssertionError(menu_title)


def _kies(anoniem: bool, wachtwoord: bool):
    def handle(dialog: ExportKeuze):
        dialog.wachtwoord.setChecked(wachtwoord)
        dialog.anoniem.setChecked(anoniem)
        dialog.accept()

    return handle


def _typ_wachtwoord(dialog: NieuwWachtwoord):
    dialog.eerste.setText(WACHTWOORD)
    assert not dialog.knoppen.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.tweede.setText(WACHTWOORD)
    assert dialog.oordeel.text()  # the strength is said
    dialog.accept()


def test_export_sealed_and_anonymised_then_import_it_back(
    qtbot, demo_window, tmp_path, monkeypatch
):
    window, gezin_id = demo_window
    output = tmp_path / "overdracht"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(output), ""))
    when_dialog_opens(_kies(anoniem=True, wachtwoord=True), kind=ExportKeuze)
    poll_password = []
    when_dialog_opens(lambda d: poll_password.append(_typ_wachtwoord(d)), kind=NieuwWachtwoord)
    _menu_action(window, "Gezin", "Dossier exporteren…").trigger()
    written = output.with_suffix(".casustafel")
    assert zegel.verzegeld(written.read_bytes()) and poll_password
    db_path = window.werkblad.workspace.opslag.pad
    logged = [(r.wat, r.publiek, r.vorm) for r in logboek.van_gezin(db_path, gezin_id)]
    assert logged[0] == ("export", "vertrouwelijk", "casustafel dossier geanonimiseerd versleuteld")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(written), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (WACHTWOORD, True))
    voor = {g.id for g in window.werkblad.workspace.read(gezinnen.alle)}
    _menu_action(window, "Bestand", "Dossier importeren…").trigger()
    (nieuw,) = {g.id for g in window.werkblad.workspace.read(gezinnen.alle)} - voor
    assert window.werkblad.gezin_id == nieuw  # the new gezin is selected
    shown = window.werkblad.list_view.currentIndex()
    assert shown.data(ID_ROLE) == nieuw and shown.data().endswith("(geanonimiseerd)")
    header = window.werkblad.overzicht.header
    assert header.anoniem.isVisible() and header.title.text().startswith("Gezin ")


def test_a_bad_file_or_wrong_password_is_said_in_dutch_and_nothing_is_read(
    qtbot, demo_window, tmp_path, monkeypatch
):
    window, gezin_id = demo_window
    ws = window.werkblad.workspace
    sealed = tmp_path / "v.casustafel"
    from desktop_app.services.dossier.export import exporteer

    sealed.write_bytes(zegel.verzegel(ws.read(exporteer, gezin_id), WACHTWOORD))
    bad = tmp_path / "kapot.casustafel"
    bad.write_bytes(b"geen dossier")
    voor = [g.id for g in ws.read(gezinnen.alle)]
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("niet het wachtwoord", True))
    for path in (bad, sealed):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, p=path: (str(p), ""))
        _menu_action(window, "Bestand", "Dossier importeren…").trigger()
    assert said == [
        "Dit is geen Casustafel-dossier, of het bestand is beschadigd; er is niets ingelezen.",
        "Het wachtwoord klopt niet, of het bestand is beschadigd.",
    ]
    assert [g.id for g in ws.read(gezinnen.alle)] == voor and window.werkblad.gezin_id == gezin_id


def test_cancelling_the_export_writes_nothing(qtbot, demo_window, tmp_path, monkeypatch):
    window, _ = demo_window
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    when_dialog_opens(_kies(anoniem=False, wachtwoord=False), kind=ExportKeuze)
    _menu_action(window, "Gezin", "Dossier exporteren…").trigger()
    assert list(tmp_path.glob("*.casustafel")) == []
