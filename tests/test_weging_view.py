from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.uren import uren
from desktop_app.services.weging import wegingen
from desktop_app.ui.main_window import MainWindow


def test_chart_hides_professional_scores_with_parents_and_hours_warn(qtbot, demo_window):
    window, gezin_id = demo_window
    tab = window.werkblad.open_weging()

    tab.set_publiek(Publiek.OUDERS)
    assert sorted(tab.veiligheid.chart.series_names()) == ["Dennis Vermeulen", "Sanne de Graaf"]
    tab.set_publiek(Publiek.PROFESSIONALS)
    assert "Ravi Ramdin" in tab.veiligheid.chart.series_names()
    assert "80% of meer" in tab.uren.stand.text()

    # Disagreement stays visible: the same day, two authors, two proposals.
    rows = [
        (tab.wegingen.model.index(r, 1).data(), tab.wegingen.model.index(r, 6).data())
        for r in range(tab.wegingen.model.rowCount())
    ]
    assert ("Ravi Ramdin (gedragswetenschapper)", "Zo doorgaan") in rows
    assert ("Joost de Wit (buddy)", "Opschalen") in rows

    # A score's audience starts where it is safe: a professional's as the weging, a parent's open.
    tab.wegingen.view.selectRow(0)
    tab.wegingen.score_wie.setCurrentIndex(
        tab.wegingen.score_wie.findText("Ravi Ramdin (gedragswetenschapper)")
    )
    assert tab.wegingen.score_zichtbaar.currentText() == "Alleen professionals"
    tab.wegingen.score_wie.setCurrentIndex(tab.wegingen.score_wie.findText("Sanne de Graaf"))
    assert tab.wegingen.score_zichtbaar.currentText() == "Iedereen"

    # Hours from the keyboard: Enter in the hours field writes them.
    tab.uren.uren.setFocus()
    qtbot.keyClicks(tab.uren.uren, "4")
    qtbot.keyClick(tab.uren.uren, Qt.Key.Key_Return)
    assert window.werkblad.workspace.read(uren.urenstand, gezin_id).gebruikt == 25.0
    assert "Het budget is op." in tab.uren.stand.text()


def test_add_a_weging_with_a_score_from_the_keyboard(qtbot, db_path):
    from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden

    ws = Workspace.open(db_path)
    gezin_id = ws.edit("Nieuw", gezinnen.maak, "Gezin Yilmaz").id
    ws.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Ayse", gezag=True)
    ws.edit("B", betrokkenen.voeg_toe, gezin_id, "Ravi", rol="gedragswetenschapper")
    ws.close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)
    window.werkblad.select_gezin(gezin_id)
    tab = window.werkblad.open_weging()
    workspace = window.werkblad.workspace

    tab.nieuw.directe.setFocus()
    qtbot.keyClick(tab.nieuw.directe, Qt.Key.Key_Down)  # voorwaardelijk veilig
    qtbot.keyClicks(tab.nieuw.directe_toelichting, "Veiligheidsplan werkt")
    qtbot.keyClicks(tab.nieuw.bodemeisen, "Geen politiecontacten")
    qtbot.keyClicks(tab.nieuw.voorstel_toelichting, "Vrijwillig kader krijgt een kans")
    tab.nieuw.add_weging()
    [weging] = workspace.read(wegingen.van_gezin, gezin_id)
    assert (weging.directe_veiligheid, weging.bodemeisen) == (
        "voorwaardelijk",
        "Geen politiecontacten",
    )
    assert weging.zichtbaarheid == "professionals"

    tab.wegingen.view.selectRow(0)
    tab.wegingen.score.setFocus()
    tab.wegingen.score.selectAll()
    qtbot.keyClicks(tab.wegingen.score, "7")
    tab.wegingen.add_score()
    assert [
        (s.score, s.gezinslid_id is not None) for s in workspace.read(wegingen.scores, weging.id)
    ] == [(7, True)]
    tab.set_publiek(Publiek.OUDERS)
    assert tab.veiligheid.chart.series_names() == ["Ayse"]

    workspace.edit("Wijzig", wegingen.wijzig, weging.id, voorstel="afschalen")
    tab.wegingen.view.selectRow(0)
    assert "voorstel: Zo doorgaan → Afschalen" in tab.wegingen.history.item(0).text()

    from desktop_app.ui.weging.presentatie import GrafiekPresentatie

    big = GrafiekPresentatie(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(big)
    assert big.chart.series_names() == ["Ayse"]


def test_date_labels_under_the_chart_stay_apart(qtbot, demo_window):
    window, _ = demo_window
    window.resize(1920, 1080)
    tab = window.werkblad.open_weging()
    qtbot.wait(50)  # let the new size reach the chart
    axis = tab.veiligheid.chart.getAxis("bottom")
    image = QImage(axis.boundingRect().size().toSize(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()

    rects = sorted((rect for rect, _, _ in texts), key=lambda r: r.left())
    assert len(rects) >= 3, [text for _, _, text in texts]
    for left, right in zip(rects, rects[1:], strict=False):
        # "29 sep" right against "okt" reads as one label; a reader needs a visible gap
        assert right.left() - left.right() >= 8, [text for _, _, text in texts]


def test_a_second_weging_the_same_day_does_not_ask_the_parents_again(qtbot, demo_window):
    window, gezin_id = demo_window
    tab = window.werkblad.open_weging()
    workspace = window.werkblad.workspace
    day = workspace.read(wegingen.van_gezin, gezin_id)[-1]
    parents = {
        s.gezinslid_id: s.score
        for w in workspace.read(wegingen.van_gezin, gezin_id)
        if w.datum == day.datum
        for s in workspace.read(wegingen.scores, w.id)
        if s.gezinslid_id
    }
    assert parents, "the demo's last weging day has the parents' scores"

    tab.nieuw.auteur.setCurrentIndex(
        tab.nieuw.auteur.findText("Fatima El Amrani", Qt.MatchFlag.MatchStartsWith)
    )
    tab.nieuw.datum.setText(day.datum.strftime("%d-%m-%Y"))
    tab.nieuw.directe_toelichting.setFocus()
    qtbot.keyClick(tab.nieuw.directe_toelichting, Qt.Key.Key_Return)

    made = workspace.read(wegingen.van_gezin, gezin_id)[-1]
    assert made.datum == day.datum and made.id != day.id
    given = {s.gezinslid_id: s.score for s in workspace.read(wegingen.scores, made.id)}
    assert given == parents
    assert "ook bij de andere weging" in tab.wegingen.given.text()
    chart = tab.veiligheid.chart
    tab.set_publiek(Publiek.OUDERS)
    for line in chart.lines:  # as drawn: one point per person per day
        days = list(line.getData()[0])
        assert len(days) == len(set(days)), line.name()
