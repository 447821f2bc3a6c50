"""Taakverdeling services: one entity for meeting agreements and board tasks, history of
status and owner, the review at the start of a meeting, columns and filters of the board."""

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.model.enums import AfspraakSoort, AfspraakStatus
from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import bijeenkomsten, overzicht
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden, regie
from desktop_app.services.publiek import taakverdeling as publiek_taakverdeling
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.taakverdeling import afspraken, bespreking, bord, kaarten
from desktop_app.services.taakverdeling.afspraken import OUDERS


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Yilmaz").id
    moeder = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Ayse Yilmaz", gezag=True).id
    kind = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Emre Yilmaz").id
    anna = workspace.edit(
        "B", betrokkenen.voeg_toe, gezin_id, "Anna", rol="casusregisseur", telefoon="06-12345678"
    ).id
    ravi = workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Ravi", rol="jeugdbeschermer").id
    return {"id": gezin_id, "moeder": moeder, "kind": kind, "anna": anna, "ravi": ravi}


def _meeting(workspace, gezin, day):
    moment = datetime(2026, 10, day, 14, 0, tzinfo=UTC)
    return workspace.edit("Bijeenkomst", bijeenkomsten.maak, gezin["id"], moment).id


def _cards(workspace, gezin):
    return {k.tekst: k for k in workspace.read(kaarten.kaarten, gezin["id"])}


def test_meeting_agreements_and_board_tasks_are_one_entity(workspace, gezin):
    meeting = _meeting(workspace, gezin, 1)
    workspace.edit("A", afspraken.maak, gezin["id"], "Schoolgesprek", ("betrokkene", gezin["anna"]),
                   bijeenkomst_id=meeting)  # fmt: skip
    workspace.edit("T", afspraken.maak, gezin["id"], "Huur betalen", OUDERS,
                   deelresultaat="Achterstand onder 500 euro",
                   mede=[("gezinslid", gezin["kind"])])  # fmt: skip
    cards = _cards(workspace, gezin)
    assert cards["Schoolgesprek"].bijeenkomst == date(2026, 10, 1)
    assert cards["Huur betalen"].bijeenkomst is None, "made on the board"
    assert cards["Huur betalen"].mede_namen == ("Emre Yilmaz",)
    assert cards["Huur betalen"].status is AfspraakStatus.TE_DOEN
    on_the_table = workspace.read(overzicht.laad, meeting).open_afspraken
    assert {a.tekst for a in on_the_table} == {"Schoolgesprek", "Huur betalen"}


def test_status_and_owner_keep_their_history(workspace, gezin):
    made = workspace.edit(
        "A", afspraken.maak, gezin["id"], "Schoolgesprek", ("betrokkene", gezin["anna"])
    )
    workspace.edit("S", afspraken.zet_status, made.id, "bezig")
    workspace.edit("T", afspraken.wijs_toe, made.id, ("betrokkene", gezin["ravi"]))
    workspace.edit("D", afspraken.wijzig, made.id, deadline="01-12-2026")
    history = [
        (h.veld, h.oud, h.nieuw, h.door) for h in workspace.read(afspraken.geschiedenis, made.id)
    ]
    assert history == [
        ("status", "Te doen", "Bezig", workspace.gebruiker),
        ("eigenaar", "Anna", "Ravi", workspace.gebruiker),
        ("datum", "geen datum", "01-12-2026", workspace.gebruiker),
    ]
    workspace.edit("S", afspraken.zet_status, made.id, "bezig")
    assert len(workspace.read(afspraken.geschiedenis, made.id)) == 3, "no change, no history"
    with pytest.raises(InvoerFout, match="geen geldige status"):
        workspace.edit("S", afspraken.zet_status, made.id, "klaar")
    with pytest.raises(InvoerFout, match="hoort niet bij dit gezin"):
        other = workspace.edit("N", gezinnen.maak, "Gezin Ander").id
        stranger = workspace.edit("B", betrokkenen.voeg_toe, other, "Piet").id
        workspace.edit("T", afspraken.wijs_toe, made.id, ("betrokkene", stranger))


def test_overdue_only_while_open(workspace, gezin):
    yesterday = date.today() - timedelta(days=1)
    made = workspace.edit("A", afspraken.maak, gezin["id"], "Bellen", OUDERS, deadline=yesterday)
    assert _cards(workspace, gezin)["Bellen"].te_laat(date.today())
    workspace.edit("S", afspraken.zet_status, made.id, "gedaan")
    assert not _cards(workspace, gezin)["Bellen"].te_laat(date.today())


def test_an_agreement_of_a_finalised_meeting_is_not_deleted(workspace, gezin):
    meeting = _meeting(workspace, gezin, 1)
    kept = workspace.edit("A", afspraken.maak, gezin["id"], "Geen politie", OUDERS,
                          soort="bodemeis", bijeenkomst_id=meeting)  # fmt: skip
    loose = workspace.edit("A", afspraken.maak, gezin["id"], "Los", OUDERS)
    workspace.edit("V", bijeenkomsten.stel_vast, meeting)
    with pytest.raises(InvoerFout, match="vervallen"):
        workspace.edit("W", afspraken.verwijder, kept.id)
    workspace.edit("W", afspraken.verwijder, loose.id)
    assert list(_cards(workspace, gezin)) == ["Geen politie"]
    assert _cards(workspace, gezin)["Geen politie"].veiligheid


def test_review_records_each_outcome_in_the_current_meeting(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    texts = ("Schoolgesprek", "Huur betalen", "Bellen met GGZ", "Oma vragen")
    made = {
        text: workspace.edit("A", afspraken.maak, gezin["id"], text, OUDERS, bijeenkomst_id=first)
        for text in texts
    }
    second = _meeting(workspace, gezin, 15)
    workspace.edit(
        "Nu", afspraken.maak, gezin["id"], "Nieuw vandaag", OUDERS, bijeenkomst_id=second
    )
    listed = workspace.read(bespreking.te_bespreken, second)
    assert [t.afspraak.tekst for t in listed] == list(texts), "made before this meeting"
    for text, outcome, new_date in (
        ("Schoolgesprek", "gedaan", None),
        ("Huur betalen", "loopt_door", None),
        ("Bellen met GGZ", "vervallen", None),
        ("Oma vragen", "nieuwe_datum", "01-11-2026"),
    ):
        workspace.edit("B", bespreking.bespreek, made[text].id, second, outcome, new_date)
    cards = _cards(workspace, gezin)
    assert [cards[t].status for t in texts] == [
        AfspraakStatus.GEDAAN, AfspraakStatus.BEZIG, AfspraakStatus.VERVALLEN,
        AfspraakStatus.TE_DOEN,
    ]  # fmt: skip
    assert cards["Oma vragen"].deadline == date(2026, 11, 1)
    listed = workspace.read(bespreking.te_bespreken, second)
    assert [t.uitkomst for t in listed] == [
        "Gedaan",
        "Loopt door",
        "Vervallen",
        "Nieuwe datum: 01-11-2026",
    ], "what was said stays visible, so the review can be stepped back through"
    said = [h for h in workspace.read(afspraken.geschiedenis, made["Schoolgesprek"].id)]
    assert {h.bijeenkomst_id for h in said} == {second}
    with pytest.raises(InvoerFout, match="nieuwe datum"):
        workspace.edit("B", bespreking.bespreek, made["Huur betalen"].id, second, "nieuwe_datum")


def test_board_columns_per_owner_and_per_status_and_what_a_drop_does(workspace, gezin):
    for text, owner in (("Huur", OUDERS), ("Huiswerk", ("gezinslid", gezin["kind"])),
                        ("Plan", ("betrokkene", gezin["anna"]))):  # fmt: skip
        workspace.edit("A", afspraken.maak, gezin["id"], text, owner)
    cards = workspace.read(kaarten.kaarten, gezin["id"])
    leden = workspace.read(gezinsleden.van_gezin, gezin["id"])
    people = workspace.read(betrokkenen.van_gezin, gezin["id"])
    columns = bord.kolommen(cards, bord.Indeling.EIGENAAR, leden, people)
    assert [c.titel for c in columns] == [
        "Wat ouders doen", "Emre Yilmaz", "Anna (casusregisseur)"
    ], "Ravi has no card, Ayse neither"  # fmt: skip
    status_columns = bord.kolommen(cards, bord.Indeling.STATUS, leden, people)
    assert [c.titel for c in status_columns] == ["Te doen", "Bezig", "Gedaan", "Vervallen"]

    huur = next(c for c in cards if c.tekst == "Huur")
    label, operation, args = bord.naar_kolom(columns[2].sleutel, bord.Indeling.EIGENAAR)
    workspace.edit(label, operation, huur.id, *args)
    label, operation, args = bord.naar_kolom(status_columns[2].sleutel, bord.Indeling.STATUS)
    workspace.edit(label, operation, huur.id, *args)
    huur = _cards(workspace, gezin)["Huur"]
    assert huur.eigenaar == ("betrokkene", gezin["anna"]) and huur.status is AfspraakStatus.GEDAAN


def test_board_filters(workspace, gezin):
    meeting = _meeting(workspace, gezin, 1)
    workspace.edit("A", afspraken.maak, gezin["id"], "Geen politie", OUDERS, soort="bodemeis",
                   bijeenkomst_id=meeting)  # fmt: skip
    done = workspace.edit("A", afspraken.maak, gezin["id"], "Huur betalen", OUDERS,
                          deelresultaat="Achterstand weg")  # fmt: skip
    workspace.edit("S", afspraken.zet_status, done.id, "gedaan")
    workspace.edit("A", afspraken.maak, gezin["id"], "Plan", ("betrokkene", gezin["anna"]))
    cards = workspace.read(kaarten.kaarten, gezin["id"])

    def shown(**filters):
        return {k.tekst for k in cards if bord.BordFilter(**filters).laat_zien(k)}

    assert shown() == {"Geen politie", "Plan"}, "open only by default"
    assert shown(alleen_open=False, zoekterm="achterstand") == {"Huur betalen"}
    assert shown(soort=AfspraakSoort.BODEMEIS) == {"Geen politie"}
    assert shown(eigenaar=("betrokkene", gezin["anna"])) == {"Plan"}
    assert shown(bijeenkomst_id=meeting) == {"Geen politie"}


def test_cards_keep_their_place_within_a_column(workspace, gezin):
    ids = [workspace.edit("A", afspraken.maak, gezin["id"], t, OUDERS).id for t in "ABC"]
    workspace.edit("V", afspraken.verschuif, ids[2], -2, ids)
    assert [k.tekst for k in workspace.read(kaarten.kaarten, gezin["id"])] == ["C", "A", "B"]
    workspace.undo()
    assert [k.tekst for k in workspace.read(kaarten.kaarten, gezin["id"])] == ["A", "B", "C"]


def test_who_to_call_for_what_follows_the_audience(workspace, gezin):
    workspace.edit("R", regie.zet_regie, gezin["id"], gezin["anna"])
    workspace.edit("C", regie.zet_aanspreekpunt, gezin["kind"], gezin["ravi"])
    workspace.edit("A", afspraken.maak, gezin["id"], "Schoolgesprek plannen",
                   ("betrokkene", gezin["anna"]))  # fmt: skip
    workspace.edit("A", afspraken.maak, gezin["id"], "Urinecontrole regelen",
                   ("betrokkene", gezin["ravi"]), zichtbaarheid="professionals")  # fmt: skip
    workspace.edit("A", afspraken.maak, gezin["id"], "Samen naar de huisarts", OUDERS,
                   mede=[("betrokkene", gezin["ravi"])])  # fmt: skip
    parents = workspace.read(publiek_taakverdeling.wie_belt_u, gezin["id"], Publiek.OUDERS)
    assert [(w.naam, w.waarvoor, w.taken) for w in parents] == [
        ("Anna", ["Casusregie"], ["Schoolgesprek plannen"]),
        ("Ravi", ["Vast aanspreekpunt van Emre Yilmaz"], ["Samen naar de huisarts"]),
    ], "a shared afspraak is listed under who shares it too"
    assert parents[0].telefoon == "06-12345678"
    professionals = workspace.read(
        publiek_taakverdeling.wie_belt_u, gezin["id"], Publiek.PROFESSIONALS
    )
    assert professionals[1].taken == ["Urinecontrole regelen", "Samen naar de huisarts"]


def test_sharing_a_card_with_a_betrokkene_alone_is_a_change_of_its_gezin(workspace, gezin):
    """The board and the beamer refresh, and the gezin's bijgewerkt moves (the calendar's
    SEQUENCE follows it), when only who shares an afspraak changes."""
    card = workspace.edit("A", afspraken.maak, gezin["id"], "Huisbezoek", OUDERS).id
    before = workspace.read(gezinnen.haal, gezin["id"]).bijgewerkt
    changes = []
    workspace.subscribe(changes.append)
    workspace.edit("Samen met", afspraken.zet_mede_eigenaars, card, [("betrokkene", gezin["ravi"])])
    assert changes[-1].gezin_ids == {gezin["id"]}
    assert workspace.read(gezinnen.haal, gezin["id"]).bijgewerkt > before


def test_the_meeting_under_way_for_the_review(workspace, gezin):
    from desktop_app.services.bijeenkomst import volgorde

    assert workspace.read(volgorde.lopende, gezin["id"]) is None
    begun = _meeting(workspace, gezin, 1)  # in the past, not finalised
    ahead = datetime(2099, 1, 1, 14, 0, tzinfo=UTC)
    workspace.edit("Later", bijeenkomsten.maak, gezin["id"], ahead)
    assert workspace.read(volgorde.lopende, gezin["id"]).id == begun, "not one still ahead"
    workspace.edit("V", bijeenkomsten.stel_vast, begun)
    assert workspace.read(volgorde.lopende, gezin["id"]) is None
