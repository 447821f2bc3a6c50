"""Changing a pattern: name, description and which items form it, with undo."""

import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.services.gezin import gezinnen
from desktop_app.services.tijdlijn import gebeurtenissen, patronen


@pytest.fixture
def pattern(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Petrov").id
    ids = [
        workspace.edit("A", gebeurtenissen.voeg_toe, gezin_id, f"Hulp {i}", str(2015 + i)).id
        for i in range(4)
    ]
    made = workspace.edit("Patroon", patronen.maak, gezin_id, "Hulp stopt", ids[:2])
    return gezin_id, ids, made.id


def _state(workspace, patroon_id):
    def read(session):
        patroon = session.get(patronen.Patroon, patroon_id)
        return patroon and (patroon.naam, patroon.omschrijving, patronen.leden(session, patroon_id))

    return workspace.read(read)


def test_rename_describe_and_change_the_items_then_undo(workspace, pattern):
    _, ids, patroon_id = pattern
    workspace.edit(
        "Patroon wijzigen", patronen.wijzig, patroon_id, naam="Hulp start en stopt",
        omschrijving="Telkens na een paar weken", gebeurtenis_ids=[ids[1], ids[2], ids[3]],
    )  # fmt: skip
    assert _state(workspace, patroon_id) == (
        "Hulp start en stopt", "Telkens na een paar weken", [ids[1], ids[2], ids[3]]
    )  # fmt: skip
    assert workspace.undo() == "Patroon wijzigen"
    assert _state(workspace, patroon_id) == ("Hulp stopt", "", ids[:2])
    workspace.redo()
    assert _state(workspace, patroon_id)[2] == [ids[1], ids[2], ids[3]]


def test_a_wrong_change_is_refused_in_dutch_and_changes_nothing(workspace, pattern):
    gezin_id, ids, patroon_id = pattern
    other = workspace.edit("Nieuw", gezinnen.maak, "Gezin Anders").id
    stranger = workspace.edit("A", gebeurtenissen.voeg_toe, other, "Elders", "2019").id
    for changes, message in [
        ({"naam": "  "}, "mag niet leeg"),
        ({"gebeurtenis_ids": []}, "minstens één gebeurtenis"),
        ({"gebeurtenis_ids": [ids[0], stranger]}, "ander gezin"),
        ({"naam": "Nieuw", "gebeurtenis_ids": [ids[0], 999999]}, "bestaat niet"),
    ]:
        with pytest.raises(InvoerFout, match=message):
            workspace.edit("Patroon wijzigen", patronen.wijzig, patroon_id, **changes)
    assert _state(workspace, patroon_id) == ("Hulp stopt", "", ids[:2])


def test_deleting_a_pattern_keeps_its_items_and_undo_brings_it_back(workspace, pattern):
    gezin_id, ids, patroon_id = pattern
    workspace.edit("Patroon verwijderen", patronen.verwijder, patroon_id)
    assert workspace.read(patronen.van_gezin, gezin_id) == []
    assert len(workspace.read(gebeurtenissen.van_gezin, gezin_id)) == 4
    workspace.undo()
    assert _state(workspace, patroon_id) == ("Hulp stopt", "", ids[:2])
