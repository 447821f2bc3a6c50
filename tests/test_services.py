from datetime import date, timedelta

import pytest
from sqlmodel import select

from desktop_app.model import Betrokkene, Gezinslid, RegieToewijzing
from desktop_app.model.errors import InvoerFout
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, overzicht, regie


@pytest.fixture
def gezin_id(workspace):
    return workspace.edit("Nieuw gezin", gezinnen.maak, "Gezin Jansen", "Leiden").id


def test_create_rename_and_delete_gezin(workspace, gezin_id):
    workspace.edit("Hernoemen", gezinnen.wijzig, gezin_id, naam="  Gezin Jansen-de Vries ")
    assert [g.naam for g in workspace.read(gezinnen.alle)] == ["Gezin Jansen-de Vries"]
    assert workspace.edit("Verwijderen", gezinnen.verwijder, gezin_id) == "Gezin Jansen-de Vries"
    assert workspace.read(gezinnen.alle) == []


def test_empty_name_is_refused_and_nothing_changes(workspace, gezin_id):
    with pytest.raises(InvoerFout, match="mag niet leeg"):
        workspace.edit("Hernoemen", gezinnen.wijzig, gezin_id, naam="   ", gemeente="Delft")
    gezin = workspace.read(gezinnen.haal, gezin_id)
    assert (gezin.naam, gezin.gemeente) == ("Gezin Jansen", "Leiden")


def test_unknown_status_lists_the_choices(workspace, gezin_id):
    with pytest.raises(InvoerFout, match="Kies uit: Actief, Monitoring, Afgesloten"):
        workspace.edit("Status", gezinnen.wijzig, gezin_id, status="gesloten")


def test_maatregel_makes_the_kader_gedwongen_and_blocks_vrijwillig(workspace, gezin_id):
    gezin = workspace.edit("Product", gezinnen.wijzig, gezin_id, product="ots")
    assert gezin.kader == "gedwongen"
    with pytest.raises(InvoerFout, match="kader gedwongen"):
        workspace.edit("Kader", gezinnen.wijzig, gezin_id, kader="vrijwillig")
    gezin = workspace.edit("Product", gezinnen.wijzig, gezin_id, product="product_2a")
    assert gezin.kader == "vrijwillig"


def test_every_edit_stamps_the_gezin_and_tells_observers(workspace, gezin_id):
    heard = []
    workspace.subscribe(heard.append)
    before = workspace.read(gezinnen.haal, gezin_id).bijgewerkt
    workspace.edit("Lid toevoegen", gezinsleden.voeg_toe, gezin_id, "Mila", relatie="kind")
    assert workspace.read(gezinnen.haal, gezin_id).bijgewerkt > before
    assert [(c.label, c.gezin_ids) for c in heard] == [("Lid toevoegen", {gezin_id})]


def test_members_keep_partial_birth_dates_and_get_distinct_lane_colours(workspace, gezin_id):
    a = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Oma Jansen", geboorte="1952")
    b = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Mila", geboorte="7-3-2016")
    assert (a.geboorte, b.geboorte) == ("1952", "2016-03-07")
    assert a.kleur != b.kleur
    with pytest.raises(InvoerFout, match="bestaat niet als datum"):
        workspace.edit("Lid", gezinsleden.wijzig, b.id, geboorte="31-02-2016")
    future = (date.today() + timedelta(days=400)).strftime("%d-%m-%Y")
    with pytest.raises(InvoerFout, match="in de toekomst"):
        workspace.edit("Lid", gezinsleden.wijzig, b.id, geboorte=future)
    assert workspace.read(gezinsleden.van_gezin, gezin_id)[1].geboorte == "2016-03-07"


def test_betrokkene_validation(workspace, gezin_id):
    add = betrokkenen.voeg_toe
    with pytest.raises(InvoerFout, match="e-mailadres"):
        workspace.edit("B", add, gezin_id, "Piet", email="piet-at-ggz")
    with pytest.raises(InvoerFout, match="telefoonnummer"):
        workspace.edit("B", add, gezin_id, "Piet", telefoon="bel maar")
    with pytest.raises(InvoerFout, match="ligt vóór"):
        workspace.edit("B", add, gezin_id, "Piet", actief_van="01-05-2024", actief_tot="1-1-2024")
    assert workspace.read(betrokkenen.van_gezin, gezin_id) == []


@pytest.fixture
def team(workspace, gezin_id):
    add = betrokkenen.voeg_toe
    return (
        workspace.edit("B", add, gezin_id, "Anna", rol="casusregisseur", domein="lokaal_team").id,
        workspace.edit("B", add, gezin_id, "Bram", rol="jeugdbeschermer", domein="gi").id,
    )


def test_regie_has_at_most_one_holder_and_keeps_history(workspace, gezin_id, team):
    anna, bram = team
    assert workspace.read(regie.regiehouder_id, gezin_id) is None
    workspace.edit("Regie", regie.zet_regie, gezin_id, anna, date(2025, 1, 6))
    workspace.edit("Regie", regie.zet_regie, gezin_id, bram, date(2025, 6, 2))
    workspace.edit("Regie", regie.zet_regie, gezin_id, bram)  # unchanged: no new entry
    assert workspace.read(regie.regiehouder_id, gezin_id) == bram
    history = workspace.read(regie.regie_geschiedenis, gezin_id)
    assert [(h.betrokkene_id, h.ingang) for h in history] == [
        (anna, date(2025, 1, 6)),
        (bram, date(2025, 6, 2)),
    ]
    workspace.edit("Regie", regie.zet_regie, gezin_id, None)
    assert workspace.read(overzicht.laad, gezin_id).regiehouder is None


def test_regie_only_for_betrokkenen_of_this_gezin_still_active(workspace, gezin_id, team):
    other = workspace.edit("Nieuw", gezinnen.maak, "Gezin Pietersen").id
    stranger = workspace.edit("B", betrokkenen.voeg_toe, other, "Carla").id
    with pytest.raises(InvoerFout, match="niet betrokken bij dit gezin"):
        workspace.edit("Regie", regie.zet_regie, gezin_id, stranger)
    workspace.edit("B", betrokkenen.wijzig, team[0], actief_tot="01-01-2024")
    with pytest.raises(InvoerFout, match="niet meer betrokken"):
        workspace.edit("Regie", regie.zet_regie, gezin_id, team[0])


def test_vast_aanspreekpunt_per_member(workspace, gezin_id, team):
    anna, bram = team
    moeder = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Kim", relatie="moeder").id
    kind = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Sem", relatie="kind").id
    workspace.edit("Contact", regie.zet_aanspreekpunt, moeder, anna)
    workspace.edit("Contact", regie.zet_aanspreekpunt, kind, anna)
    workspace.edit("Contact", regie.zet_aanspreekpunt, kind, bram)
    assert workspace.read(regie.aanspreekpunten, gezin_id) == {moeder: anna, kind: bram}
    assert len(workspace.read(regie.aanspreekpunt_geschiedenis, gezin_id)) == 3


def test_betrokkene_with_history_cannot_be_deleted(workspace, gezin_id, team):
    anna, bram = team
    workspace.edit("Regie", regie.zet_regie, gezin_id, anna)
    with pytest.raises(InvoerFout, match="actief tot"):
        workspace.edit("Weg", betrokkenen.verwijder, anna)
    assert workspace.edit("Weg", betrokkenen.verwijder, bram) == "Bram"
    assert [b.naam for b in workspace.read(betrokkenen.van_gezin, gezin_id)] == ["Anna"]


def test_deleting_a_gezin_removes_all_its_data(workspace, gezin_id, team):
    lid = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Kim").id
    workspace.edit("Regie", regie.zet_regie, gezin_id, team[0])
    workspace.edit("Contact", regie.zet_aanspreekpunt, lid, team[1])
    keep = workspace.edit("Nieuw", gezinnen.maak, "Gezin Pietersen").id
    workspace.edit("Lid", gezinsleden.voeg_toe, keep, "Joris")

    workspace.edit("Verwijderen", gezinnen.verwijder, gezin_id)

    def rows(session):
        return {
            model.__name__: len(session.exec(select(model)).all())
            for model in (Gezinslid, Betrokkene, RegieToewijzing)
        }

    assert workspace.read(rows) == {"Gezinslid": 1, "Betrokkene": 0, "RegieToewijzing": 0}
