"""Undo puts the store back exactly, redo exactly again, for every kind of edit."""

import math
import sqlite3
from datetime import UTC, datetime

import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.core import workspace as workspace_module
from desktop_app.services.demo import maak_demo
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen, patronen
from desktop_app.services.weging import wegingen
from desktop_app.store import undo_log
from desktop_app.store.engine import create_store_engine
from tests.import_checks import dump


@pytest.fixture
def demo(workspace):
    gezin_id = workspace.edit("Demo", maak_demo)
    return workspace, gezin_id


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
        ("Patroon wijzigen", patronen.wijzig, (pattern.id,), {"naam": "Anders"}),
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
        before = dump(workspace)
        workspace.edit(label, operation, *args, **kwargs)
        after = dump(workspace)
        assert after != before, label
        assert workspace.undo() == label
        assert dump(workspace) == before, f"undo of {label}"
        assert workspace.redo() == label
        assert dump(workspace) == after, f"redo of {label}"
        workspace.undo()


def test_undo_goes_back_one_edit_at_a_time_through_all_of_them(demo):
    workspace, gezin_id = demo
    start = dump(workspace)
    # all but deleting the gezin, and the meeting the sequence finalises first
    edits = [e for e in _edits(workspace, gezin_id)[:-1] if e[0] != "Bijeenkomst verwijderen"]
    for label, operation, args, kwargs in edits:
        workspace.edit(label, operation, *args, **kwargs)
    for label, *_ in reversed(edits):
        assert workspace.undo() == label
    assert dump(workspace) == start


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
    before = dump(workspace)
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
    assert dump(workspace) == before


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


def test_changes_name_every_table_they_wrote_to(demo):
    workspace, gezin_id = demo
    heard = []
    workspace.subscribe(heard.append)
    for label, operation, args, kwargs in _edits(workspace, gezin_id):
        before = dump(workspace)
        workspace.edit(label, operation, *args, **kwargs)
        changed = {table for table, rows in dump(workspace).items() if rows != before[table]}
        workspace.undo()
        workspace.redo()
        workspace.undo()
        edit, undo, redo, _ = heard[-4:]
        assert changed <= edit.tabellen, label
        assert undo.tabellen == edit.tabellen == redo.tabellen, label
    assert "gebeurtenis_persoon" in edit.tabellen, "deleting the gezin cascades to it"


def test_a_real_comes_back_to_the_bit(demo):
    """The reversal holds the value itself, not a text form of it that may round it."""
    workspace, gezin_id = demo
    with workspace.engine.begin() as connection:  # a value no screen writes, as from an import
        connection.exec_driver_sql(
            "UPDATE gezin SET uren_budget = ? WHERE id = ?", (0.1 + 0.2, gezin_id)
        )
    before = dump(workspace)
    workspace.edit("Gezin hernoemen", gezinnen.wijzig, gezin_id, naam="Gezin V.")
    workspace.undo()
    assert dump(workspace) == before
    assert workspace.read(gezinnen.haal, gezin_id).uren_budget == 0.1 + 0.2


def test_every_sqlite_type_comes_back_as_it_was(tmp_path):
    path = tmp_path / "types.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t (a, b REAL, c TEXT, d INTEGER)")
    rows = [(2**62 + 1, 0.1 + 0.2, "é\x00z", None), (b"\x00\xff", 5e-324, None, -1)]
    raw.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", [*rows, ("7", math.pi, "", 2**63 - 1)])
    raw.commit()
    raw.close()
    engine = create_store_engine(path)
    query = "SELECT rowid, a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d) FROM t"

    def table():
        with engine.connect() as connection:
            return connection.exec_driver_sql(query).all()

    before = table()
    with engine.begin() as connection, undo_log.recording(connection) as recorded:
        connection.exec_driver_sql("INSERT INTO t VALUES (1.5, 1, 'x', 2)")
        connection.exec_driver_sql("UPDATE t SET a = 0, b = 0 WHERE rowid IN (1, 4)")
        connection.exec_driver_sql("UPDATE t SET a = 'again', c = NULL WHERE rowid = 1")
        connection.exec_driver_sql("DELETE FROM t WHERE rowid IN (2, 3, 4)")
    after = table()
    with engine.begin() as connection, undo_log.recording(connection) as undone:
        undo_log.replay(connection, recorded.reversal)
    assert table() == before
    with engine.begin() as connection, undo_log.recording(connection):
        undo_log.replay(connection, undone.reversal)
    assert table() == after
    engine.dispose()


def test_the_menu_names_the_gezin_a_step_concerns(demo):
    workspace, gezin_id = demo
    workspace.edit("Gezin hernoemen", gezinnen.wijzig, gezin_id, naam="Gezin V.")
    assert workspace.undo_label == "Gezin hernoemen (Gezin V.)"
    workspace.edit("Categorie", categorieen.maak, "Financiën", "#DDCC77", "p")
    assert workspace.undo_label == "Categorie", "no gezin, no name"
    workspace.edit("Nieuw", gezinnen.maak, "Gezin Jansen")
    assert workspace.undo_label == "Nieuw (Gezin Jansen)"
    workspace.edit("Gezin verwijderen", gezinnen.verwijder, gezin_id)
    assert workspace.undo_label == "Gezin verwijderen (Gezin V.)"
    assert workspace.undo() == "Gezin verwijderen", "the label itself stays as it was given"
    assert workspace.redo_label == "Gezin verwijderen (Gezin V.)"


def test_undo_is_refused_once_another_program_wrote(demo, db_path):
    workspace, gezin_id = demo
    workspace.edit("Gezin hernoemen", gezinnen.wijzig, gezin_id, naam="Gezin V.")
    # The store lock keeps a second Casustafel out; any other program may still write.
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("UPDATE gezin SET gemeente = 'Delft' WHERE id = ?", (gezin_id,))
    raw.close()
    before = dump(workspace)
    with pytest.raises(InvoerFout, match="ander programma.*niets veranderd"):
        workspace.undo()
    assert dump(workspace) == before, "the other program's work stays"
    gezin = workspace.read(gezinnen.haal, gezin_id)
    assert (gezin.naam, gezin.gemeente) == ("Gezin V.", "Delft")
    assert workspace.undo_label is None and workspace.redo_label is None
    workspace.edit("Gezin hernoemen", gezinnen.wijzig, gezin_id, naam="Gezin W.")
    assert workspace.undo() == "Gezin hernoemen", "edits after it are undoable again"
    assert workspace.read(gezinnen.haal, gezin_id).naam == "Gezin V."


def test_redo_is_refused_once_another_connection_wrote(demo, db_path):
    workspace, gezin_id = demo
    workspace.edit("Gezin hernoemen", gezinnen.wijzig, gezin_id, naam="Gezin V.")
    workspace.undo()
    raw = sqlite3.connect(db_path)
    with raw:
        raw.execute("UPDATE gezin SET gemeente = 'Delft' WHERE id = ?", (gezin_id,))
    raw.close()
    before = dump(workspace)
    with pytest.raises(InvoerFout, match="kon niet worden opnieuw gedaan: .* ander programma"):
        workspace.redo()
    assert dump(workspace) == before
    assert workspace.redo_label is None


def test_a_failed_undo_changes_nothing(demo):
    workspace, gezin_id = demo
    item = workspace.read(gebeurtenissen.van_gezin, gezin_id)[5]
    nieuw = workspace.edit("Categorie", categorieen.maak, "Financiën", "#DDCC77", "p")
    with workspace.engine.begin() as connection:  # our own connection: not another program
        connection.exec_driver_sql(
            "UPDATE gebeurtenis SET categorie_id = ? WHERE id = ?", (nieuw.id, item.id)
        )
    before = dump(workspace)
    with pytest.raises(InvoerFout, match="kon niet worden ongedaan gemaakt; er is niets veranderd"):
        workspace.undo()  # the category is in use: at the commit its deletion fails
    assert dump(workspace) == before
    assert workspace.undo_label == "Demo (Gezin Vermeulen)", "the failed step is let go"


def test_the_oldest_steps_go_beyond_the_bounds(workspace, monkeypatch):
    def logged():
        with workspace.engine.connect() as connection:
            return connection.exec_driver_sql("SELECT count(*) FROM temp.undo_log").scalar_one()

    monkeypatch.setattr(workspace_module, "MAX_STAPPEN", 3)
    workspace.edit("Nieuw 0", gezinnen.maak, "Gezin 0")
    per_step = logged()
    for i in range(1, 5):
        workspace.edit(f"Nieuw {i}", gezinnen.maak, f"Gezin {i}")
    assert logged() == 3 * per_step, "the rows of dropped steps leave the log"
    assert [workspace.undo() for _ in range(4)] == ["Nieuw 4", "Nieuw 3", "Nieuw 2", None]
    monkeypatch.setattr(workspace_module, "MAX_RIJEN", 1)
    workspace.edit("Nieuw 5", gezinnen.maak, "Gezin 5")
    workspace.edit("Nieuw 6", gezinnen.maak, "Gezin 6")
    assert logged() == per_step, "the newest step stays, however large; redo is let go"
    assert workspace.undo() == "Nieuw 6" and workspace.undo() is None
