import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.tijdlijn import categorieen, gebeurtenissen, patronen, snel_toevoegen


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Petrov").id
    kristina = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Kristina Petrov").id
    ivan = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Ivan Petrov").id
    return gezin_id, kristina, ivan


def _item(workspace, item_id):
    def read(session):
        item = session.get(gebeurtenissen.Gebeurtenis, item_id)
        return item and (
            item.titel,
            item.start,
            item.einde,
            gebeurtenissen.personen(session, item_id),
        )

    return workspace.read(read)


def test_add_edit_move_delete_with_history(workspace, gezin):
    gezin_id, kristina, _ = gezin
    item = workspace.edit(
        "Toevoegen", gebeurtenissen.voeg_toe, gezin_id, "Opname GGZ", "voorjaar 2018 - eind 2018",
        personen=[kristina],
    )  # fmt: skip
    workspace.edit("Titel", gebeurtenissen.wijzig, item.id, titel="Opname GGZ-kliniek")
    workspace.edit("Verplaatsen", gebeurtenissen.verplaats, item.id, 92)
    assert _item(workspace, item.id) == (
        "Opname GGZ-kliniek",
        "2018-zomer",
        "2019-begin",
        [kristina],
    )

    history = workspace.read(gebeurtenissen.geschiedenis, item.id)
    assert [(h.actie, h.veld, h.oud, h.nieuw) for h in history] == [
        ("aangemaakt", "", "", "Opname GGZ"),
        ("gewijzigd", "titel", "Opname GGZ", "Opname GGZ-kliniek"),
        ("gewijzigd", "datum", "voorjaar 2018 – eind 2018", "zomer 2018 – begin 2019"),
    ]
    assert all(h.door == workspace.gebruiker for h in history)

    workspace.edit("Verwijderen", gebeurtenissen.verwijder, item.id)
    assert _item(workspace, item.id) is None
    assert workspace.read(gebeurtenissen.geschiedenis, item.id)[-1].actie == "verwijderd"


def test_undo_and_redo_every_kind_of_edit(workspace, gezin):
    gezin_id, kristina, ivan = gezin
    item = workspace.edit("Toevoegen", gebeurtenissen.voeg_toe, gezin_id, "Verhuizing", "mrt 2019")
    workspace.edit(
        "Wijzigen",
        gebeurtenissen.wijzig,
        item.id,
        titel="Verhuizing naar Delft",
        personen=[kristina, ivan],
    )
    workspace.edit("Verplaatsen", gebeurtenissen.verplaats, item.id, 61)
    workspace.edit("Verwijderen", gebeurtenissen.verwijder, item.id)

    assert workspace.undo() == "Verwijderen"
    assert _item(workspace, item.id) == ("Verhuizing naar Delft", "2019-05", None, [kristina, ivan])
    assert workspace.undo() == "Verplaatsen"
    assert _item(workspace, item.id)[1] == "2019-03"
    assert workspace.undo() == "Wijzigen"
    assert _item(workspace, item.id) == ("Verhuizing", "2019-03", None, [])
    assert workspace.redo() == "Wijzigen"
    assert _item(workspace, item.id) == ("Verhuizing naar Delft", "2019-03", None, [kristina, ivan])
    assert workspace.undo() == "Wijzigen"
    assert workspace.undo() == "Toevoegen"
    assert _item(workspace, item.id) is None
    assert workspace.undo_label == "Lid (Gezin Petrov)", "next back is the family set up before"
    assert workspace.redo() == "Toevoegen"
    assert _item(workspace, item.id)[0] == "Verhuizing"


def test_a_new_edit_clears_redo(workspace, gezin):
    item = workspace.edit("A", gebeurtenissen.voeg_toe, gezin[0], "A", "2019")
    workspace.edit("B", gebeurtenissen.wijzig, item.id, titel="B")
    workspace.undo()
    workspace.edit("C", gebeurtenissen.wijzig, item.id, titel="C")
    assert workspace.redo() is None and workspace.redo_label is None


def test_undo_of_delete_restores_patterns(workspace, gezin):
    gezin_id = gezin[0]
    a = workspace.edit("A", gebeurtenissen.voeg_toe, gezin_id, "Hulp gestart", "jan 2019").id
    b = workspace.edit("B", gebeurtenissen.voeg_toe, gezin_id, "Hulp gestopt", "mrt 2019").id
    patroon = workspace.edit("Patroon", patronen.maak, gezin_id, "Hulp stopt snel", [a, b])
    workspace.edit("Weg", gebeurtenissen.verwijder, a)
    assert workspace.read(patronen.leden, patroon.id) == [b]
    workspace.undo()
    assert workspace.read(patronen.leden, patroon.id) == [a, b]


def test_bad_edits_change_nothing(workspace, gezin):
    gezin_id, kristina, _ = gezin
    other = workspace.edit("Nieuw", gezinnen.maak, "Gezin Anders").id
    stranger = workspace.edit("Lid", gezinsleden.voeg_toe, other, "Piet").id
    item = workspace.edit(
        "A", gebeurtenissen.voeg_toe, gezin_id, "Melding VT", "2019", personen=[kristina]
    )
    for changes, message in [
        ({"datum": "ergens in de zomer"}, "geen datum"),
        ({"datum": "2020 - 2018"}, "vóór het begin"),
        ({"titel": " "}, "mag niet leeg"),
        ({"zichtbaarheid": "geheim"}, "Kies uit"),
        ({"personen": [stranger]}, "hoort niet bij dit gezin"),
    ]:
        with pytest.raises(InvoerFout, match=message):
            workspace.edit("Fout", gebeurtenissen.wijzig, item.id, **changes)
    assert _item(workspace, item.id) == ("Melding VT", "2019", None, [kristina])
    assert len(workspace.read(gebeurtenissen.geschiedenis, item.id)) == 1


def test_patterns_and_undo(workspace, gezin):
    gezin_id = gezin[0]
    ids = [
        workspace.edit("A", gebeurtenissen.voeg_toe, gezin_id, f"Hulp {i}", str(2015 + i)).id
        for i in range(3)
    ]
    patroon = workspace.edit(
        "Patroon", patronen.maak, gezin_id, "Hulp start, stopt na enkele weken", ids
    )
    assert workspace.read(patronen.leden, patroon.id) == ids
    with pytest.raises(InvoerFout, match="Kies eerst"):
        workspace.edit("Patroon", patronen.maak, gezin_id, "Leeg", [])
    workspace.undo()
    assert workspace.read(patronen.van_gezin, gezin_id) == []


def test_quick_add_reads_date_title_category_persons_and_audience(workspace, gezin):
    gezin_id, kristina, ivan = gezin
    item = workspace.edit(
        "Snel",
        snel_toevoegen.voeg_toe,
        gezin_id,
        "mrt 2019 OTS uitgesproken #maatregel @Kristina @ivan",
    )
    maatregel = workspace.read(categorieen.zoek, "maatregel")
    assert (item.titel, item.start, item.categorie_id) == (
        "OTS uitgesproken",
        "2019-03",
        maatregel.id,
    )
    assert workspace.read(gebeurtenissen.personen, item.id) == [kristina, ivan]

    period = workspace.edit(
        "Snel", snel_toevoegen.voeg_toe, gezin_id, "2017-2018 wachtlijst GGZ #hulp !prof"
    )
    assert (period.start, period.einde, period.zichtbaarheid) == ("2017", "2018", "professionals")
    assert FuzzyDate.from_storage(period.einde).latest().year == 2018


@pytest.mark.parametrize(
    "line, message",
    [
        ("OTS uitgesproken", "Begin met een datum"),
        ("mrt 2019", "ook wat er gebeurde"),
        ("mrt 2019 ruzie @Olga", "Onbekend gezinslid ‘@Olga’. Gezinsleden: Kristina, Ivan"),
        ("mrt 2019 ruzie #feest", "Onbekende categorie"),
        ("mrt 2019 ruzie @Petrov", "past bij Kristina Petrov, Ivan Petrov"),
    ],
)
def test_quick_add_explains_what_is_wrong(workspace, gezin, line, message):
    with pytest.raises(InvoerFout, match=message):
        workspace.edit("Snel", snel_toevoegen.voeg_toe, gezin[0], line)
    assert workspace.read(gebeurtenissen.van_gezin, gezin[0]) == []


def test_observers_see_the_undo_stack_as_it_is_after_the_edit(workspace, gezin):
    seen = []
    workspace.subscribe(lambda change: seen.append((change.label, workspace.undo_label)))
    item = workspace.edit("Toevoegen", gebeurtenissen.voeg_toe, gezin[0], "Verhuizing", "2019")
    workspace.undo()
    assert seen == [
        ("Toevoegen", "Toevoegen (Gezin Petrov)"),
        ("Toevoegen ongedaan gemaakt", "Lid (Gezin Petrov)"),
    ]
    assert _item(workspace, item.id) is None


def test_categories_are_editable_per_store_with_undo(workspace, gezin):
    nieuw = workspace.edit("Categorie", categorieen.maak, "Financiën", "#DDCC77", "p")
    workspace.edit("Kleur", categorieen.wijzig, nieuw.id, kleur="#882255", naam="Geld")
    assert workspace.read(categorieen.zoek, "geld").kleur == "#882255"
    workspace.undo()
    assert workspace.read(categorieen.zoek, "financiën").kleur == "#DDCC77"
    with pytest.raises(InvoerFout, match="al een categorie"):
        workspace.edit("Naam", categorieen.wijzig, nieuw.id, naam="hulp")
    with pytest.raises(InvoerFout, match="Kies een vorm"):
        workspace.edit("Vorm", categorieen.wijzig, nieuw.id, symbool="hartje")
    item = workspace.edit(
        "A", gebeurtenissen.voeg_toe, gezin[0], "Schuldhulp", "2019", categorie_id=nieuw.id
    )
    with pytest.raises(InvoerFout, match="wordt gebruikt door 1"):
        workspace.edit("Weg", categorieen.verwijder, nieuw.id)
    workspace.edit("Weg", gebeurtenissen.verwijder, item.id)
    workspace.edit("Weg", categorieen.verwijder, nieuw.id)
    workspace.undo()
    assert workspace.read(categorieen.zoek, "financiën").id == nieuw.id


def test_a_new_item_never_inherits_the_history_of_a_deleted_one(workspace, gezin):
    old = workspace.edit("A", gebeurtenissen.voeg_toe, gezin[0], "Melding Veilig Thuis", "2019")
    workspace.edit("W", gebeurtenissen.wijzig, old.id, titel="Melding VT (anoniem)")
    workspace.edit("D", gebeurtenissen.verwijder, old.id)
    new = workspace.edit("A", gebeurtenissen.voeg_toe, gezin[0], "Verhuizing", "2020")
    assert new.id != old.id
    assert [h.actie for h in workspace.read(gebeurtenissen.geschiedenis, new.id)] == ["aangemaakt"]
