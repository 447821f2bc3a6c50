from PySide6.QtCore import Qt

from desktop_app.model.enums import Publiek
from desktop_app.services import wegingen
from desktop_app.services.demo import maak_demo
from desktop_app.services.workspace import Workspace
from desktop_app.ui.main_window import MainWindow


def test_chart_hides_professional_scores_with_parents_and_hours_warn(qtbot, db_path):
    ws = Workspace.open(db_path)
    gezin_id = ws.edit("Demo", maak_demo)
    ws.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    window.werkblad.select_gezin(gezin_id)
    tab = window.werkblad.open_weging()

    tab.set_publiek(Publiek.OUDERS)
    assert sorted(tab.chart.series_names()) == ["Dennis Vermeulen", "Sanne de Graaf"]
    tab.set_publiek(Publiek.PROFESSIONALS)
    assert "Ravi Ramdin" in tab.chart.series_names()
    assert "80% of meer" in tab.uren_stand.text()

    # Disagreement stays visible: the same day, two authors, two proposals.
    rows = [
        (tab.model.index(r, 1).data(), tab.model.index(r, 6).data())
        for r in range(tab.model.rowCount())
    ]
    assert ("Ravi Ramdin (gedragswetenschapper)", "Zo doorgaan") in rows
    assert ("Joost de Wit (buddy)", "Opschalen") in rows

    # Hours from the keyboard: Enter in the hours field writes them.
    tab.uren.setFocus()
    qtbot.keyClicks(tab.uren, "4")
    qtbot.keyClick(tab.uren, Qt.Key.Key_Return)
    assert window.werkblad.workspace.read(wegingen.urenstand, gezin_id).gebruikt == 25.0
    assert "Het budget is op." in tab.uren_stand.text()
