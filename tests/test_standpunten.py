"""Standpunten: each parent and gezagdrager says what they think of a decision, in their own
words, and an audience reads only what was asked."""

from datetime import UTC, datetime

import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import bijeenkomsten, standpunten
from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.publiek import bijeenkomst as publiek_bijeenkomst
from desktop_app.services.publiek.regel import Publiek


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Yilmaz").id

    def lid(naam, **velden):
        return workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, naam, **velden).id

    leden = {
        "moeder": lid("Ayse Yilmaz", relatie="moeder", gezag=True),
        "vader": lid("Murat Yilmaz", relatie="Vader"),  # a father without gezag is asked too
        "partner": lid("Kees Bakker", relatie="partner", gezag=True),
        "kind": lid("Emre Yilmaz", relatie="kind"),
    }
    moment = datetime(2026, 10, 1, 14, 0, tzinfo=UTC)
    meeting = workspace.edit("Bijeenkomst", bijeenkomsten.maak, gezin_id, moment).id
    besluit = workspace.edit("Besluit", bijeenkomsten.neem_besluit, meeting, "Zes weken").id
    return {"id": gezin_id, "meeting": meeting, "besluit": besluit, **leden}


def _said(workspace, besluit_id):
    return [
        (s.naam, s.gezag, s.positie, s.woorden)
        for s in workspace.read(standpunten.van_besluit, besluit_id)
    ]


def test_every_parent_and_gezagdrager_is_asked_apart_and_keeps_their_own_words(workspace, gezin):
    assert _said(workspace, gezin["besluit"]) == [
        ("Ayse Yilmaz", True, "niet_gevraagd", ""),
        ("Murat Yilmaz", False, "niet_gevraagd", ""),
        ("Kees Bakker", True, "niet_gevraagd", ""),
    ], "the child is not asked"
    workspace.edit("S", standpunten.zet, gezin["besluit"], gezin["moeder"], positie="oneens",
                   woorden="  Zes weken is lang  ")  # fmt: skip
    workspace.edit("S", standpunten.zet, gezin["besluit"], gezin["vader"], positie="eens")
    assert _said(workspace, gezin["besluit"])[:2] == [
        ("Ayse Yilmaz", True, "oneens", "Zes weken is lang"),
        ("Murat Yilmaz", False, "eens", ""),
    ]
    workspace.undo()
    assert _said(workspace, gezin["besluit"])[1] == ("Murat Yilmaz", False, "niet_gevraagd", "")
    assert _said(workspace, gezin["besluit"])[0][2] == "oneens", "undo takes back one parent"


def test_an_audience_reads_each_asked_parent_by_name_and_never_not_asked(workspace, gezin):
    besluit = gezin["besluit"]
    workspace.edit("S", standpunten.zet, besluit, gezin["moeder"], positie="oneens",
                   woorden="Eerder weten waar ik sta")  # fmt: skip
    workspace.edit("S", standpunten.zet, besluit, gezin["partner"], woorden="Geen idee")
    seen = workspace.read(publiek_bijeenkomst.bijeenkomst, gezin["meeting"], Publiek.OUDERS)
    views = [(s.naam, s.positie, s.woorden) for s in seen.besluiten[0].standpunten]
    assert views == [
        ("Ayse Yilmaz", "Oneens", "Eerder weten waar ik sta"),
        ("Kees Bakker", "", "Geen idee"),  # words without a position are still what was said
    ]
    workspace.edit("S", standpunten.zet, besluit, gezin["moeder"], positie="niet_gevraagd",
                   woorden="")  # fmt: skip
    workspace.edit("S", standpunten.zet, besluit, gezin["partner"], woorden="")
    seen = workspace.read(publiek_bijeenkomst.bijeenkomst, gezin["meeting"], Publiek.OUDERS)
    assert seen.besluiten[0].standpunten == []


def test_a_standpunt_is_refused_for_another_gezin_or_a_finalised_meeting(workspace, gezin):
    other = workspace.edit("Nieuw", gezinnen.maak, "Gezin Anders").id
    stranger = workspace.edit("Lid", gezinsleden.voeg_toe, other, "Piet Anders", gezag=True).id
    with pytest.raises(InvoerFout, match="Piet Anders hoort niet bij dit gezin"):
        workspace.edit("S", standpunten.zet, gezin["besluit"], stranger, positie="eens")
    with pytest.raises(InvoerFout, match="geen geldige positie"):
        workspace.edit("S", standpunten.zet, gezin["besluit"], gezin["moeder"], positie="ja")
    with pytest.raises(InvoerFout, match="welke ouder"):
        workspace.edit("S", standpunten.zet, gezin["besluit"], None, positie="eens")
    workspace.edit("Vaststellen", bijeenkomsten.stel_vast, gezin["meeting"])
    with pytest.raises(InvoerFout, match="vastgesteld"):
        workspace.edit("S", standpunten.zet, gezin["besluit"], gezin["moeder"], positie="eens")
    assert all(s[2] == "niet_gevraagd" for s in _said(workspace, gezin["besluit"]))


def test_a_parent_keeps_a_given_position_after_losing_gezag_and_stays_in_the_dossier(
    workspace, gezin
):
    workspace.edit("S", standpunten.zet, gezin["besluit"], gezin["partner"], positie="eens")
    workspace.edit("Gezag", gezinsleden.wijzig, gezin["partner"], gezag=False)
    assert ("Kees Bakker", False, "eens", "") in _said(workspace, gezin["besluit"])
    with pytest.raises(InvoerFout, match="gaf een standpunt bij een besluit"):
        workspace.edit("Weg", gezinsleden.verwijder, gezin["partner"])
    # one who was never asked may go, and is no longer asked
    workspace.edit("Gezag", gezinsleden.wijzig, gezin["vader"], relatie="oom")
    assert "Murat Yilmaz" not in [s[0] for s in _said(workspace, gezin["besluit"])]
    workspace.edit("Weg", gezinsleden.verwijder, gezin["vader"])


def test_the_screens_hear_of_a_standpunt_for_its_gezin(workspace, gezin):
    heard = []
    workspace.subscribe(heard.append)
    workspace.edit("S", standpunten.zet, gezin["besluit"], gezin["moeder"], positie="eens")
    assert heard[-1].gezin_ids == {gezin["id"]} and "standpunt" in heard[-1].tabellen
