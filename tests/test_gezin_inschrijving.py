"""Where the children are registered (inschrijving) and when that needs pointing out."""

from datetime import date

from desktop_app.services.gezin import gezinnen, gezinsleden, overzicht

TODAY = date(2026, 11, 26)


def _gezin(workspace, *leden) -> int:
    gezin_id = workspace.edit("G", gezinnen.maak, "Gezin Jansen", "Leiden").id
    for naam, velden in leden:
        workspace.edit("L", gezinsleden.voeg_toe, gezin_id, naam, **velden)
    return gezin_id


def test_children_by_relatie_or_age_in_more_than_one_gemeente(workspace):
    gezin_id = _gezin(
        workspace,
        ("Sanne", {"relatie": "moeder", "inschrijving": "Rijswijk"}),
        ("Noah", {"relatie": "pleegkind", "inschrijving": "Delft"}),
        ("Lotte", {"relatie": "", "geboorte": "2014", "inschrijving": " rijswijk "}),
        ("Finn", {"relatie": "zoon", "inschrijving": "Rijswijk"}),
        ("Ria", {"relatie": "grootouder", "geboorte": "1957", "inschrijving": "Den Haag"}),
        ("Sem", {"relatie": "kind"}),
    )
    gezin = workspace.read(overzicht.laad, gezin_id)
    assert gezin.inschrijvingen_kinderen(TODAY) == {
        "Delft": ["Noah"],
        "rijswijk": ["Lotte", "Finn"],
    }
    assert gezin.gemeenten == ["Delft", "Den Haag", "Leiden", "Rijswijk"]


def test_one_gemeente_for_all_children_needs_no_hint(workspace):
    gezin_id = _gezin(
        workspace,
        ("Sanne", {"relatie": "moeder", "inschrijving": "Delft"}),
        ("Noah", {"relatie": "kind", "inschrijving": "Rijswijk"}),
        ("Lotte", {"relatie": "kind", "inschrijving": "Rijswijk"}),
        ("Sem", {"relatie": "kind"}),
    )
    assert workspace.read(overzicht.laad, gezin_id).inschrijvingen_kinderen(TODAY) == {}


def test_an_adult_by_age_is_no_child():
    from desktop_app.model import Gezinslid

    adult = Gezinslid(gezin_id=1, naam="Noah", relatie="broer/zus", geboorte="2007-11-27")
    assert not gezinsleden.is_kind(adult, date(2025, 11, 27))
    assert gezinsleden.is_kind(adult, date(2025, 11, 26))
