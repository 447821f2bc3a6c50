"""The audience projection as a whole: what `casustafel publiek` prints, the room's audience
for every beamer window, and feedback that never names what the audience may not see."""

import json
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie
from desktop_app.services.publiek import projectie, zaal
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.tijdlijn import gebeurtenissen, tijdlijn
from desktop_app.services.weging import wegingen
from tests.test_cli import casustafel


def _restricted(workspace, gezin_id):
    items = workspace.read(gebeurtenissen.van_gezin, gezin_id)
    return {
        z: {i.titel for i in items if i.zichtbaarheid == z}
        for z in ("professionals", "vertrouwelijk")
    }


def test_cli_prints_what_each_audience_sees(tmp_path):
    db = tmp_path / "p.sqlite"
    demo_id = casustafel("demo", "--db", db).stdout.split()[-1]
    result = {
        voor: casustafel(
            "publiek",
            "--db",
            db,
            "--gezin",
            demo_id,
            "--voor",
            voor,
            "--bijeenkomst",
            "laatste",
            "--json",
        )  # fmt: skip
        for voor in ("ouders", "professionals")
    }
    assert all(r.returncode == 0 for r in result.values()), result["ouders"].stderr
    ouders = json.loads(result["ouders"].stdout)
    professionals = json.loads(result["professionals"].stdout)
    assert ouders["publiek"] == "ouders" and ouders["gezin"] == "Gezin Vermeulen"
    assert {"contactpersonen", "tijdlijn", "bijeenkomst", "wegingen", "veiligheidsschaal"} <= set(
        ouders
    )
    assert ouders["contactpersonen"][0]["voor"] == "Casusregie"
    # entered since the last meeting, but it happened in the spring: history, said as such
    assert (
        "Lotte begint met zwemles en voelt zich beter (voorjaar 2026, toegevoegd aan de "
        "geschiedenis)" in (ouders["bijeenkomst"]["veranderd"])
    )
    # the demo's professionals-only item recorded since the last meeting
    assert "Sanne zegt een GGZ-afspraak af (nieuw)" not in ouders["bijeenkomst"]["veranderd"]
    assert "Sanne zegt een GGZ-afspraak af (nieuw)" in professionals["bijeenkomst"]["veranderd"]
    assert len(professionals["tijdlijn"]["items"]) > len(ouders["tijdlijn"]["items"])

    text = casustafel("publiek", "--db", db, "--gezin", demo_id, "--voor", "ouders")
    assert text.returncode == 0 and "contactpersonen:" in text.stdout
    assert "bijeenkomst: —" in text.stdout, "no meeting unless asked for"
    refused = casustafel("publiek", "--db", db, "--gezin", demo_id, "--voor", "facilitator")
    assert refused.returncode == 2 and "ongeldige keuze" in refused.stderr


def test_the_json_holds_nothing_restricted(workspace):
    gezin_id = workspace.edit("Demo", maak_demo)
    restricted = _restricted(workspace, gezin_id)
    for publiek, hidden in (
        (Publiek.OUDERS, restricted["professionals"] | restricted["vertrouwelijk"]),
        (Publiek.PROFESSIONALS, restricted["vertrouwelijk"]),
    ):
        seen = workspace.read(projectie.projectie, gezin_id, publiek, "laatste")
        text = json.dumps(projectie.als_json(seen), ensure_ascii=False)
        assert hidden and not [title for title in hidden if title in text]


def test_regie_set_up_today_is_dated_from_when_its_holder_became_involved(workspace):
    """Regression: regie and contacts set today stretched the parents' timeline to today."""
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Bakker").id
    lid = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Mila Bakker").id
    since = workspace.edit(
        "B", betrokkenen.voeg_toe, gezin_id, "Anna", rol="casusregisseur", actief_van="01-03-2021"
    ).id
    workspace.edit("Regie", regie.zet_regie, gezin_id, since)
    workspace.edit("Contact", regie.zet_aanspreekpunt, lid, since)
    ingang = [t.ingang for t in workspace.read(regie.regie_geschiedenis, gezin_id)]
    ingang += [t.ingang for t in workspace.read(regie.aanspreekpunt_geschiedenis, gezin_id)]
    assert ingang == [date(2021, 3, 1), date(2021, 3, 1)]
    shown = workspace.read(tijdlijn.laad, gezin_id)
    assert shown.datums == [("2021-03-01", None), ("2021-03-01", None)]

    later = workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Ravi", actief_van="01-01-2022").id
    workspace.edit("Regie", regie.zet_regie, gezin_id, later)
    assert workspace.read(regie.regie_geschiedenis, gezin_id)[-1].ingang == date.today(), (
        "a handover is made now"
    )


@pytest.fixture
def meeting_today(demo_window):
    window, gezin_id = demo_window
    workspace = window.werkblad.workspace
    now = datetime.now(UTC).replace(microsecond=0)
    meeting = workspace.edit("Vandaag", bijeenkomsten.maak, gezin_id, now).id
    return window, gezin_id, meeting


def _present(workspace, meeting, person) -> None:
    workspace.edit("Aanwezig", bijeenkomsten.zet_aanwezigheid, meeting, "aanwezig", **person)


def test_every_beamer_window_takes_its_audience_from_todays_attendance(qtbot, meeting_today):
    """The timeline's F5 once asked who was watching, apart from the meeting's rule."""
    from desktop_app.ui.weging.presentatie import GrafiekPresentatie

    window, gezin_id, meeting = meeting_today
    workspace = window.werkblad.workspace
    assert workspace.read(zaal.in_de_zaal, gezin_id).publiek is Publiek.OUDERS
    people = workspace.read(betrokkenen.van_gezin, gezin_id)
    _present(workspace, meeting, {"betrokkene_id": people[0].id})
    room = workspace.read(zaal.in_de_zaal, gezin_id)
    assert room.publiek is Publiek.OUDERS, "the family is invited and may still come in"
    assert room.reden == "van het gezin is nog niet bekend wie er is"
    for invited in workspace.read(bijeenkomsten.aanwezigheid, meeting):
        if invited.gezinslid_id:
            workspace.edit(
                "Afwezig", bijeenkomsten.zet_aanwezigheid, meeting, "afwezig",
                gezinslid_id=invited.gezinslid_id,
            )  # fmt: skip
    assert workspace.read(zaal.in_de_zaal, gezin_id).publiek is Publiek.PROFESSIONALS

    window.werkblad.open_tijdlijn()
    window.werkblad.present()  # F5 asks nothing: the room decides
    timeline = _last_window()
    qtbot.addWidget(timeline)
    chart = GrafiekPresentatie(window.werkblad.editor, gezin_id)
    qtbot.addWidget(chart)
    assert timeline.publiek is chart.publiek is Publiek.PROFESSIONALS
    assert "geen gezinsleden aanwezig" in window.statusBar().currentMessage()
    professional_scores = set(chart.chart.series_names())

    # A parent walks in: every open projection narrows at once.
    sanne = next(lid for lid in workspace.read(gezinsleden.van_gezin, gezin_id) if lid.gezag)
    _present(workspace, meeting, {"gezinslid_id": sanne.id})
    assert timeline.publiek is chart.publiek is Publiek.OUDERS
    assert "MET OUDERS" in timeline.banner.text() and "MET OUDERS" in chart.banner.text()
    restricted = _restricted(workspace, gezin_id)
    assert not timeline.plot.drawn_titles() & restricted["professionals"]
    assert set(chart.chart.series_names()) < professional_scores


def test_the_weging_projection_follows_edits(qtbot, demo_window):
    """Regression: the weging window drew once and never again."""
    from desktop_app.ui.weging.presentatie import GrafiekPresentatie

    window, gezin_id = demo_window
    workspace = window.werkblad.workspace
    chart = GrafiekPresentatie(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(chart)
    buddy = workspace.read(betrokkenen.van_gezin, gezin_id)[0]
    fields = {"directe_veiligheid": "veilig", "stabiele_veiligheid": "gunstig",
              "voorstel": "zo_doorgaan", "datum": "20-11-2026"}  # fmt: skip
    newest = workspace.edit("Weging", wegingen.maak, gezin_id, buddy.id, **fields)
    dennis = next(m for m in workspace.read(gezinsleden.van_gezin, gezin_id) if "Dennis" in m.naam)
    before = len(chart.chart.lines[chart.chart.series_names().index(dennis.naam)].xData)
    workspace.edit("Score", wegingen.geef_score, newest.id, 8, gezinslid_id=dennis.id)
    after = len(chart.chart.lines[chart.chart.series_names().index(dennis.naam)].xData)
    assert after == before + 1


def test_quick_add_on_the_beamer_never_repeats_what_parents_may_not_see(qtbot, demo_window):
    """Regression: `N begin 2023 <titel> !vert` showed "Toegevoegd: <titel>" to the parents."""
    from desktop_app.ui.tijdlijn.presentatie import PresentatieVenster

    window, gezin_id = demo_window
    beamer = PresentatieVenster(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(beamer)
    beamer.show()
    for line, shown in (
        ("begin 2023 Opvangadres Noorderhaven !vert", False),
        ("begin 2023 Urinecontrole positief !prof", False),
        ("begin 2023 Verhuizing naar Delft", True),
    ):
        qtbot.keyClick(beamer, Qt.Key.Key_N)
        qtbot.keyClicks(beamer.quick_add.line, line)
        qtbot.keyClick(beamer.quick_add.line, Qt.Key.Key_Return)
        feedback = beamer.quick_add.error.text()
        title = line.removeprefix("begin 2023 ").split(" !")[0]
        assert feedback.startswith("Toegevoegd")
        assert (title in feedback) is shown, feedback
    assert "vertrouwelijk" in _feedback_of(beamer, "begin 2023 Tweede adres !vert")


def _feedback_of(beamer, line: str) -> str:
    beamer.quick_add.line.setText(line)
    beamer.quick_add.line.returnPressed.emit()
    return beamer.quick_add.error.text()


def _last_window():
    from desktop_app.ui.publiek.venster import _open

    return _open[-1]


def test_screens_refresh_on_exactly_what_concerns_them(qtbot, demo_window, monkeypatch):
    """Regression: renaming a category left the Tijdlijn tab and its beamer window stale."""
    from desktop_app.services.bijeenkomst import bijeenkomsten as meetings
    from desktop_app.services.tijdlijn import categorieen
    from desktop_app.ui.tijdlijn.presentatie import PresentatieVenster

    window, gezin_id = demo_window
    workspace = window.werkblad.workspace
    tab = window.werkblad.open_tijdlijn()
    beamer = PresentatieVenster(window.werkblad.editor, gezin_id, Publiek.OUDERS)
    qtbot.addWidget(beamer)
    beamer.show()
    school = next(c for c in workspace.read(categorieen.alle) if c.sleutel == "school")
    workspace.edit("Hernoemen", categorieen.wijzig, school.id, naam="Onderwijs", kleur="#112233")
    for shown in (tab.alles, beamer.shown):
        renamed = next(c for c in shown.categorieen if c.id == school.id)
        assert (renamed.naam, renamed.kleur) == ("Onderwijs", "#112233")

    reloads = []
    monkeypatch.setattr(tab, "_reload", lambda keep_view: reloads.append(keep_view))
    meeting = workspace.read(meetings.van_gezin, gezin_id)[-1]
    workspace.edit("Punt", meetings.voeg_punt_toe, meeting.id, "zorgen", "Schulden")
    assert reloads == [], "a meeting's entry does not concern the timeline"
    item_id = int(next(i for i in tab.alles.ids if i))  # 0: derived from regie
    workspace.edit("Titel", gebeurtenissen.wijzig, item_id, titel="Anders")
    assert reloads == [True]
