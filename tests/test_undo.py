"""Undo puts the store back exactly, redo exactly again, for every kind of edit."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import afspraken, bijeenkomsten
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie
from desktop_app.services.tijdlijn import gebeurtenissen, patronen
from desktop_app.services.weging import wegingen


@pytest.fixture
def demo(workspace):
    gezin_id = workspace.edit("Demo", maak_demo)
    return workspace, gezin_id


def _dump(workspace) -> dict[str, list[tuple]]:
    """Every row of every table, ids included."""
    with workspace.engine.connect() as connection:
        tables = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ).scalars()
        return {
            table: connection.execute(text(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')).all()
            for table in list(tables)
        }


def _first(workspace, query, gezin_id, where=lambda row: True):
    return next(row for row in workspace.read(query, gezin_id) if where(row))


def _edits(workspace, gezin_id):
    """(label, operation, args): one of each kind, on the demo family."""
    noah = _first(workspace, gezinsleden.van_gezin, gezin_id, lambda m: m.naam.startswith("Noah"))
    people = workspace.read(betrokkenen.van_gezin, gezin_id)
    meeting = workspace.read(bijeenkomsten.van_gezin, gezin_id)[-1]
    finalised = workspace.read(bijeenkomsten.van_gezin, gezin_id)[0]
    item = workspace.read(gebeurtenissen.van_gezin, gezin_id)[5]
    pattern = workspace.read(patronen.van_gezin, gezin_id)[0]
    weging_fields = {"directe_veiligheid": "veilig", "stabiele_veiligheid": "gunstig",
                     "voorstel": "afschalen", "voorstel_toelichting": "Het gaat goed"}  # fmt: skip
    when = datetime(2026, 12, 2, 13, 30, tzinfo=UTC)
    return [
        ("Gezin hernoemen", gezinnen.wijzig, (gezin_id,), {"naam": "Gezin V."}),
        ("Lid toevoegen", gezinsleden.voeg_toe, (gezin_id, "Mila"), {}),
        # Noah is on timeline items, an agreement's owner and an attendee: all must come back
        ("Lid verwijderen", gezinsleden.verwijder, (noah.id,), {}),
        ("Betrokkene wijzigen", betrokkenen.wijzig, (people[1].id,), {"telefoon": "06-12345678"}),
        ("Regie", regie.zet_regie, (gezin_id, people[2].id), {}),
        ("Gebeurtenis verwijderen", gebeurtenissen.verwijder, (item.id,), {}),
        ("Patroon verwijderen", patronen.verwijder, (pattern.id,), {}),
        ("Bijeenkomst", bijeenkomsten.maak, (gezin_id, when), {}),
        ("Vaststellen", bijeenkomsten.stel_vast, (meeting.id,), {}),
        ("Heropenen", bijeenkomsten.heropen, (finalised.id, "typfout"), {}),
        ("Bijeenkomst verwijderen", bijeenkomsten.verwijder, (meeting.id,), {}),
        ("Afspraak", afspraken.maak, (gezin_id, "Bellen", ("ouders", None)), {}),
        ("Weging", wegingen.maak, (gezin_id, people[0].id), weging_fields),
        ("Gezin verwijderen", gezinnen.verwijder, (gezin_id,), {}),
    ]


def test_undo_restores_every_row_and_redo_repeats_the_edit(demo):
    workspace, gezin_id = demo
    for label, operation, args, kwargs in _edits(workspace, gezin_id):
        before = _dump(workspace)
        workspace.edit(label, operation, *args, **kwargs)
        after = _dump(workspace)
        assert after != before, label
        assert workspace.undo() == label
        assert _dump(workspace) == before, f"undo of {label}"
        assert workspace.redo() == label
        assert _dump(workspace) == after, f"redo of {label}"
        workspace.undo()


def test_undo_goes_back_one_edit_at_a_time_through_all_of_them(demo):
    workspace, gezin_id = demo
    start = _dump(workspace)
    # all but deleting the gezin, and the meeting the sequence finalises first
    edits = [e for e in _edits(workspace, gezin_id)[:-1] if e[0] != "Bijeenkomst verwijderen"]
    for label, operation, args, kwargs in edits:
        workspace.edit(label, operation, *args, **kwargs)
    for label, *_ in reversed(edits):
        assert workspace.undo() == label
    assert _dump(workspace) == start


def test_a_finalised_meeting_can_be_reopened_by_undo_only_in_order(demo):
    workspace, gezin_id = demo
    meeting = workspace.read(bijeenkomsten.van_gezin, gezin_id)[-1]
    workspace.edit("Punt", bijeenkomsten.voeg_punt_toe, meeting.id, "zorgen", "Huur", "iedereen")
    workspace.edit("Vaststellen", bijeenkomsten.stel_vast, meeting.id)
    assert workspace.undo() == "Vaststellen", "the newest step first: finalising"
    assert workspace.read(bijeenkomsten.logboek, meeting.id) == []
    assert workspace.undo() == "Punt"
    assert workspace.redo() == "Punt" and workspace.redo() == "Vaststellen"
    with pytest.raises(InvoerFout, match="vastgesteld"):
        workspace.edit("Punt", bijeenkomsten.voeg_punt_toe, meeting.id, "zorgen", "X", "iedereen")


def test_people_and_wegingen_in_the_record_stay(demo):
    workspace, gezin_id = demo
    before = _dump(workspace)
    sanne = _first(workspace, gezinsleden.van_gezin, gezin_id, lambda m: m.naam.startswith("San"))
    with pytest.raises(InvoerFout, match="vastgestelde bijeenkomst"):
        workspace.edit("Lid verwijderen", gezinsleden.verwijder, sanne.id)
    ravi = _first(workspace, betrokkenen.van_gezin, gezin_id, lambda b: b.naam.startswith("Ravi"))
    with pytest.raises(InvoerFout, match="actief tot"):
        workspace.edit("Betrokkene verwijderen", betrokkenen.verwijder, ravi.id)
    weging = next(
        w for w in workspace.read(wegingen.van_gezin, gezin_id) if w.bijeenkomst_id is not None
    )
    with pytest.raises(InvoerFout, match="vastgesteld"):
        workspace.edit("Weging", wegingen.wijzig, weging.id, directe_toelichting="later bedacht")
    with pytest.raises(InvoerFout, match="vastgesteld"):
        workspace.edit("Score", wegingen.geef_score, weging.id, 2, betrokkene_id=ravi.id)
    assert _dump(workspace) == before


def test_edits_inside_a_meeting_tell_the_screens_of_that_family(demo):
    """The meeting projection listens per family: a row without a gezin_id of its own must
    still reach it, or marking a parent present would leave professionals' notes on screen."""
    workspace, gezin_id = demo
    heard = []
    workspace.subscribe(lambda change: heard.append(change.gezin_ids))
    meeting = workspace.read(bijeenkomsten.van_gezin, gezin_id)[-1]
    noah = _first(workspace, gezinsleden.van_gezin, gezin_id, lambda m: m.naam.startswith("Noah"))
    workspace.edit(
        "Aanwezig", bijeenkomsten.zet_aanwezigheid, meeting.id, "aanwezig", gezinslid_id=noah.id
    )
    workspace.edit("Punt", bijeenkomsten.voeg_punt_toe, meeting.id, "zorgen", "Huur", "iedereen")
    workspace.undo()
    assert heard == [frozenset({gezin_id})] * 3
