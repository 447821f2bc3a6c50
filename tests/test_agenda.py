"""The calendar of the taakverdeling: the next meeting and the due dates of open afspraken as
an .ics file, for parents or professionals, from the CLI and from the Gezin menu."""

import re
from datetime import UTC, date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog
from sqlmodel import Session

from desktop_app.model import Gezin
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.services.publiek import taakverdeling as publiek_taakverdeling
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.taakverdeling import afspraken, agenda, kaarten
from desktop_app.ui.main_window import MainWindow
from tests.test_cli import casustafel
from tests.ui_helpers import when_dialog_opens

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# The demo's last meeting is on 4 November 2026 and agreed the next on 18 November.
TUSSENIN = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)
VOOR_OUDERS = {
    ("Sanne gaat samen met Fatima naar het eerste GGZ-gesprek — Sanne de Graaf", "2026-11-04"),
    ("Op school vertellen wie het vaste aanspreekpunt is — Ouders", "2026-11-11"),
    (
        "Plan voor de haalbare eindsituatie uitschrijven — Fatima El Amrani en Marieke Jansen",
        "2026-11-18",
    ),
    ("Budgetcoach aanvragen bij de gemeente — Kees Mulder", "2026-11-25"),
    ("Lotte meldt zich aan bij de zwemclub — Lotte Vermeulen en Sanne de Graaf", "2026-11-30"),
}
ALLEEN_PROFESSIONALS = (
    "Behandelplan GGZ delen met de GI (met toestemming van Sanne) — Yara Bos",
    "2026-12-02",
)


@pytest.fixture
def demo(workspace):
    return workspace.edit("Demo", maak_demo)


def _parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def _deadlines(calendar: Calendar) -> set[tuple[str, str]]:
    return {
        (str(e["SUMMARY"]), e.decoded("DTSTART").isoformat())
        for e in calendar.walk("VEVENT")
        if str(e["UID"]).startswith("afspraak-")
    }


def _meetings(calendar: Calendar) -> list:
    return [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("bijeenkomst-")]


def _export(workspace, gezin_id, publiek=Publiek.OUDERS, nu=TUSSENIN) -> Calendar:
    return _parse(workspace.read(publiek_taakverdeling.agenda, gezin_id, publiek, nu))


def test_the_demo_calendar_for_parents_and_for_professionals(workspace, demo):
    last = workspace.read(bijeenkomsten.van_gezin, demo)[-1]
    ouders = _export(workspace, demo, Publiek.OUDERS)
    professionals = _export(workspace, demo, Publiek.PROFESSIONALS)

    assert str(ouders["VERSION"]) == "2.0"
    assert str(ouders["PRODID"]).startswith("-//Casustafel//") and ouders["PRODID"].endswith("//NL")
    assert str(ouders["X-WR-CALNAME"]) == "Casustafel – Gezin Vermeulen"
    assert _deadlines(ouders) == VOOR_OUDERS
    assert _deadlines(professionals) == VOOR_OUDERS | {ALLEEN_PROFESSIONALS}
    raw = workspace.read(publiek_taakverdeling.agenda, demo, Publiek.OUDERS, TUSSENIN)
    assert b"Behandelplan" not in raw and "Yara Bos" not in _unfolded(raw)

    events = {str(e["SUMMARY"]): e for e in ouders.walk("VEVENT")}
    budget = events["Budgetcoach aanvragen bij de gemeente — Kees Mulder"]
    assert budget["DTSTART"].params["VALUE"] == "DATE"
    assert budget.decoded("DTEND") == date(2026, 11, 26)  # all day: ends the next day
    assert "Klaar als: Aanvraag ingediend" in str(budget["DESCRIPTION"])
    assert "veiligheidsafspraak" not in str(budget["DESCRIPTION"])
    veilig = events["Sanne gaat samen met Fatima naar het eerste GGZ-gesprek — Sanne de Graaf"]
    assert "Dit is een veiligheidsafspraak." in str(veilig["DESCRIPTION"])
    assert str(veilig["SUMMARY"].params["LANGUAGE"]) == "nl"
    assert all(str(e["CLASS"]) == "PRIVATE" for e in ouders.walk("VEVENT"))
    # the bodemeis without a date, and the afspraken done, are not in an agenda
    assert not any("politiecontacten" in str(e["SUMMARY"]) for e in ouders.walk("VEVENT"))
    assert not any("veiligheidsplan" in str(e["SUMMARY"]) for e in ouders.walk("VEVENT"))

    # the next meeting: the date agreed on 4 November, at that meeting's hour and place
    (meeting,) = _meetings(ouders)
    assert _meetings(professionals)[0]["UID"] == meeting["UID"]
    hour = last.moment.astimezone(AMSTERDAM).time()
    start = datetime.combine(date(2026, 11, 18), hour, tzinfo=AMSTERDAM)
    assert meeting.decoded("DTSTART") == start
    assert meeting.decoded("DTEND") - meeting.decoded("DTSTART") == timedelta(hours=2)
    assert meeting["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert str(meeting["LOCATION"]) == "Lokaal Team Rijswijk-Oost"
    assert str(meeting["SUMMARY"]) == "Tweewekelijkse bijeenkomst — Gezin Vermeulen"
    assert "04-11-2026" in str(meeting["DESCRIPTION"])
    assert [tz.tz_name for tz in ouders.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert ouders.get_missing_tzids() == set()
    text = _unfolded(raw)
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


@pytest.mark.parametrize("view", ["facilitator", "vertrouwelijk"])
def test_the_facilitators_own_view_has_no_agenda(workspace, demo, view):
    with pytest.raises(InvoerFout, match="vertrouwelijk gaat nooit mee"):
        workspace.read(publiek_taakverdeling.agenda, demo, view)


def test_the_next_meeting_is_the_first_not_yet_ended_else_the_agreed_date(workspace, demo):
    held = workspace.read(bijeenkomsten.van_gezin, demo)
    third, last = held[-2], held[-1]

    def meeting(nu):
        found = _meetings(_export(workspace, demo, nu=nu))
        assert len(found) <= 1
        return found[0] if found else None

    before = meeting(last.moment - timedelta(days=3))
    assert before.decoded("DTSTART") == last.moment
    assert str(before["UID"]).startswith(f"bijeenkomst-na-{third.id}.")
    assert "DESCRIPTION" not in before  # planned: nothing uncertain to say
    during = meeting(last.moment + timedelta(minutes=90))
    assert during["UID"] == before["UID"], "a meeting in progress is still the next one"

    agreed = meeting(TUSSENIN)
    assert str(agreed["UID"]).startswith(f"bijeenkomst-na-{last.id}.")
    assert meeting(datetime(2026, 11, 19, tzinfo=UTC)) is None, "the agreed date has passed"
    assert _export(workspace, demo, nu=datetime(2026, 11, 19, tzinfo=UTC)).walk("VTIMEZONE") == []

    # "Volgende plannen" makes that date a meeting: the same event, not a second one
    workspace.edit("Volgende", bijeenkomsten.plan_volgende, last.id)
    planned = meeting(TUSSENIN)
    assert planned["UID"] == agreed["UID"]
    assert planned.decoded("DTSTART") == agreed.decoded("DTSTART")
    assert "DESCRIPTION" not in planned

    empty = workspace.edit("Nieuw", gezinnen.maak, "Gezin Leeg").id
    assert _export(workspace, empty).walk("VEVENT") == []


def test_a_second_export_keeps_the_uids_and_a_change_raises_the_sequence(workspace, demo):
    _a_minute_passes(workspace, demo)
    first = workspace.read(publiek_taakverdeling.agenda, demo, Publiek.PROFESSIONALS, TUSSENIN)
    second = workspace.read(publiek_taakverdeling.agenda, demo, Publiek.PROFESSIONALS, TUSSENIN)
    assert first == second, "the same records give the same file"
    before = _events(_parse(first))
    assert len(before) == len(VOOR_OUDERS) + 2
    uids = list(before)
    assert all(
        re.fullmatch(r"(afspraak|bijeenkomst)-[\w-]+\.gezin-\d+-\w+@casustafel", u) for u in uids
    )
    assert all(e.decoded("DTSTAMP").tzinfo is not None for e in before.values())

    card = next(k for k in workspace.read(kaarten.kaarten, demo) if k.tekst.startswith("Budget"))
    workspace.edit("Tekst", afspraken.wijzig, card.id, tekst="Budgetcoach aanvragen")
    after = _events(_export(workspace, demo, Publiek.PROFESSIONALS))
    assert list(after) == uids
    uid = next(u for u in uids if u.startswith(f"afspraak-{card.id}."))
    assert str(after[uid]["SUMMARY"]) == "Budgetcoach aanvragen — Kees Mulder"
    assert after[uid]["SEQUENCE"] > before[uid]["SEQUENCE"]
    assert after[uid].decoded("LAST-MODIFIED") > before[uid].decoded("LAST-MODIFIED")

    # sharing a card with a betrokkene alone is a change of this gezin too
    yara = next(b for b in workspace.read(betrokkenen.van_gezin, demo) if b.naam == "Yara Bos")
    _a_minute_passes(workspace, demo)
    after = _events(_export(workspace, demo, Publiek.PROFESSIONALS))
    workspace.edit("Samen met", afspraken.zet_mede_eigenaars, card.id, [("betrokkene", yara.id)])
    shared = _events(_export(workspace, demo, Publiek.PROFESSIONALS))
    assert str(shared[uid]["SUMMARY"]) == "Budgetcoach aanvragen — Kees Mulder en Yara Bos"
    assert shared[uid]["SEQUENCE"] > after[uid]["SEQUENCE"]

    # done: gone from the agenda
    workspace.edit("Status", afspraken.zet_status, card.id, "gedaan")
    assert uid not in _events(_export(workspace, demo, Publiek.PROFESSIONALS))


def _a_minute_passes(workspace, gezin_id):
    """SEQUENCE counts whole seconds: put the last edit a minute back, as if it were."""
    with Session(workspace.engine) as session, session.begin():
        gezin = session.get(Gezin, gezin_id)
        gezin.bijgewerkt -= timedelta(minutes=1)


def test_uids_name_the_gezin_so_two_databases_never_collide(tmp_path):
    calendars = []
    for name in ("een.sqlite", "twee.sqlite"):
        ws = Workspace.open(tmp_path / name)
        gezin_id = ws.edit("Demo", maak_demo)
        calendars.append(set(_events(_export(ws, gezin_id))))
        ws.close()
    assert len(calendars[0]) == len(calendars[1]) > 0
    assert not calendars[0] & calendars[1], "same ids, another gezin: other UIDs"


def test_the_file_is_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"oud")
    agenda.schrijf(target, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.ics"]
    with pytest.raises(Exception, match="eindigt op .ics"):
        agenda.schrijf(tmp_path / "agenda.txt", b"")


def test_the_command_line_export(tmp_path):
    db = tmp_path / "c.sqlite"
    demo_id = casustafel("demo", "--db", db).stdout.strip().splitlines()[-1]
    ouders, professionals = tmp_path / "ouders.ics", tmp_path / "prof.ics"

    result = casustafel("export-ics", "--db", db, "--gezin", demo_id, "-o", ouders)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == str(ouders)
    result = casustafel(
        "export-ics", "--db", db, "--gezin", demo_id, "-o", professionals,
        "--audience", "professionals",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr

    parents = _parse(ouders.read_bytes())
    assert {summary for summary, _ in _deadlines(parents)} == {s for s, _ in VOOR_OUDERS}
    assert ALLEEN_PROFESSIONALS in _deadlines(_parse(professionals.read_bytes()))
    ws = Workspace.open(db)
    try:
        expected = ws.read(publiek_taakverdeling.agenda, int(demo_id), Publiek.OUDERS)
    finally:
        ws.close()
    assert set(_events(parents)) == set(_events(_parse(expected))), "the same UIDs"

    refused = casustafel(
        "export-ics", "--db", db, "--gezin", demo_id, "-o", tmp_path / "f.ics",
        "--audience", "facilitator",
    )  # fmt: skip
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert "ouders of professionals" in line and "vertrouwelijk gaat nooit mee" in line
    assert not (tmp_path / "f.ics").exists()
    for args, expected_error in (
        (("--gezin", "999", "-o", tmp_path / "x.ics"), "bestaat niet"),
        (("--gezin", demo_id, "-o", tmp_path / "x.txt"), "eindigt op .ics"),
    ):
        failed = casustafel("export-ics", "--db", db, *args)
        assert failed.returncode == 1 and "Traceback" not in failed.stderr
        (line,) = failed.stderr.strip().splitlines()
        assert expected_error in line


def test_the_menu_item_exports_for_the_audience_chosen_in_the_save_dialog(
    qtbot, demo_window, tmp_path
):
    window, gezin_id = demo_window
    action = window.werkblad.agenda_action
    assert action.isEnabled()
    gezin_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Gezin")
    assert action in gezin_menu.actions()

    def save(dialog, name, filter_index):
        assert isinstance(dialog, QFileDialog)
        filters = dialog.nameFilters()
        assert filters[0] == "Agenda voor ouders (*.ics)", "parents are the first choice"
        dialog.selectNameFilter(filters[filter_index])
        dialog.selectFile(str(tmp_path / name))
        dialog.accept()

    when_dialog_opens(lambda d: save(d, "ouders", 0))
    action.trigger()
    parents = _parse((tmp_path / "ouders.ics").read_bytes())  # ".ics" added
    assert len(_deadlines(parents)) == len(VOOR_OUDERS)
    assert "opgeslagen: ouders.ics" in window.statusBar().currentMessage()

    when_dialog_opens(lambda d: save(d, "prof.ics", 1))
    action.trigger()
    professionals = _parse((tmp_path / "prof.ics").read_bytes())
    assert ALLEEN_PROFESSIONALS[0] in {s for s, _ in _deadlines(professionals)}


def test_the_menu_item_is_disabled_without_an_open_gezin(qtbot, db_path):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_store(db_path)  # an empty store: no gezin to open
    assert not window.werkblad.agenda_action.isEnabled()
    gezin_id = window.werkblad.workspace.edit("Nieuw", gezinnen.maak, "Gezin Jansen").id
    window.werkblad.select_gezin(gezin_id)
    assert window.werkblad.agenda_action.isEnabled()


# --- no audience sees more than it may, and sees all it may: a property over afspraken ---

IEDEREEN, PROFESSIONALS, VERTROUWELIJK = "iedereen", "professionals", "vertrouwelijk"
# Restated rather than imported, so a wrong rule in services.publiek cannot make the
# expectation wrong in the same way.
MAY_SEE = {Publiek.OUDERS: {IEDEREEN}, Publiek.PROFESSIONALS: {IEDEREEN, PROFESSIONALS}}
PREFIX = {IEDEREEN: "IEDR", PROFESSIONALS: "PROF", VERTROUWELIJK: "VERT"}
NU = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)

agreements = st.lists(
    st.fixed_dictionaries(
        {
            "audience": st.sampled_from([IEDEREEN, PROFESSIONALS, VERTROUWELIJK]),
            "status": st.sampled_from(["te_doen", "bezig", "gedaan", "vervallen"]),
            "soort": st.sampled_from(["afspraak", "veiligheidsafspraak", "bodemeis"]),
            "deadline": st.none() | st.dates(date(2026, 1, 1), date(2028, 12, 31)),
            "owner": st.integers(0, 4),  # de ouders, two betrokkenen, two gezinsleden
            "mede": st.sets(st.integers(1, 4), max_size=2),
            "resultaat": st.booleans(),
            # what people type: commas, semicolons, backslashes, accents, long lines
            "tail": st.text(st.sampled_from("ab é,;:\\—"), max_size=80),
        }
    ),
    min_size=1,
    max_size=8,
)


@pytest.fixture(scope="module")
def family(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("agenda") / "prop.sqlite")
    gezin_id = ws.edit("Nieuw", gezinnen.maak, "Gezin Eigen").id
    people = [afspraken.OUDERS]
    for naam in ("Anna Smit", "Ravi Kok"):
        people.append(("betrokkene", ws.edit("B", betrokkenen.voeg_toe, gezin_id, naam).id))
    for naam in ("Ayse Eigen", "Emre Eigen"):
        people.append(("gezinslid", ws.edit("L", gezinsleden.voeg_toe, gezin_id, naam).id))
    moment = datetime(2027, 3, 10, 13, 0, tzinfo=UTC)
    ws.edit("B", bijeenkomsten.maak, gezin_id, moment, locatie="Stadhuis")
    yield ws, gezin_id, people
    ws.close()


def _unfolded(data: bytes) -> str:
    return re.sub(r"\r\n[ \t]", "", data.decode("utf-8"))


@settings(max_examples=40, deadline=None, database=None)
@given(drawn=agreements)
def test_no_audience_sees_more_than_it_may_and_sees_all_open_deadlines(family, drawn):
    ws, gezin_id, people = family
    tokens = count(1)
    with Session(ws.engine) as session:  # rolled back: every example starts from no afspraken
        made = []
        for a in drawn:
            tekst = f"{PREFIX[a['audience']]}{next(tokens)}Q {a['tail']}".strip()
            resultaat = f"{PREFIX[a['audience']]}{next(tokens)}Q" if a["resultaat"] else ""
            afspraak = afspraken.maak(
                session, gezin_id, tekst, people[a["owner"]], soort=a["soort"],
                deadline=a["deadline"], zichtbaarheid=a["audience"], deelresultaat=resultaat,
                mede=[people[i] for i in a["mede"]],
            )  # fmt: skip
            afspraken.zet_status(session, afspraak.id, a["status"])
            made.append((afspraak.id, tekst, resultaat, a))
        exported = {
            p: session_agenda(session, gezin_id, p) for p in (Publiek.OUDERS, Publiek.PROFESSIONALS)
        }
        session.rollback()

    for publiek, data in exported.items():
        text = _unfolded(data)
        calendar = _parse(data)
        values = " ".join(
            str(e.get(name, "")) for e in calendar.walk("VEVENT")
            for name in ("SUMMARY", "DESCRIPTION", "LOCATION")
        )  # fmt: skip
        hidden = {aud for aud in PREFIX if aud not in MAY_SEE[publiek]}
        leaked = [
            t
            for _, tekst, resultaat, a in made
            if a["audience"] in hidden
            for t in (tekst.split()[0], resultaat)
            if t and (t in text or t in values)
        ]
        assert not leaked, f"{publiek}: {leaked}"
        events = _events(calendar)
        expected = {
            afspraak_id: (tekst, resultaat, a)
            for afspraak_id, tekst, resultaat, a in made
            if a["audience"] in MAY_SEE[publiek]
            and a["status"] in ("te_doen", "bezig")
            and a["deadline"] is not None
        }
        shown = {int(uid.split(".")[0].removeprefix("afspraak-")): e for uid, e in events.items()
                 if uid.startswith("afspraak-")}  # fmt: skip
        assert set(shown) == set(expected), publiek
        for afspraak_id, (tekst, resultaat, a) in expected.items():
            event = shown[afspraak_id]
            assert str(event["SUMMARY"]).startswith(f"{tekst} — ")
            assert event.decoded("DTSTART") == a["deadline"]
            description = str(event.get("DESCRIPTION", ""))
            assert resultaat in description
            assert ("Dit is een" in description) == (a["soort"] != "afspraak")
        assert len(_meetings(calendar)) == 1, "the meeting is for every audience"


def session_agenda(session, gezin_id, publiek):
    return publiek_taakverdeling.agenda(session, gezin_id, publiek, NU)
