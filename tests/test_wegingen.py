from datetime import date

import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.services.publiek import weging as publiek_weging
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.uren import uren
from desktop_app.services.weging import grafiek, wegingen


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Yilmaz").id
    return {
        "id": gezin_id,
        "moeder": workspace.edit(
            "Lid", gezinsleden.voeg_toe, gezin_id, "Ayse", relatie="moeder", gezag=True
        ).id,
        "buddy": workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Joost", rol="buddy").id,
        "gw": workspace.edit(
            "B", betrokkenen.voeg_toe, gezin_id, "Ravi", rol="gedragswetenschapper"
        ).id,
    }


def _weging(workspace, gezin, author, **extra):
    fields = {
        "datum": "07-10-2026",
        "directe_veiligheid": "voorwaardelijk",
        "stabiele_veiligheid": "onzeker",
        "voorstel": "zo_doorgaan",
        "voorstel_toelichting": "Vrijwillig kader krijgt een kans",
    }
    return workspace.edit(
        "Weging", wegingen.maak, gezin["id"], gezin[author], **{**fields, **extra}
    )


def test_two_annotators_can_disagree_and_both_are_kept(workspace, gezin):
    _weging(workspace, gezin, "buddy")
    _weging(workspace, gezin, "gw", directe_veiligheid="onveilig", voorstel="vto")
    kept = workspace.read(wegingen.van_gezin, gezin["id"])
    assert [(w.auteur_id, w.directe_veiligheid, w.voorstel) for w in kept] == [
        (gezin["buddy"], "voorwaardelijk", "zo_doorgaan"),
        (gezin["gw"], "onveilig", "vto"),
    ]
    assert all(w.zichtbaarheid == "professionals" for w in kept), "default: professionals only"


def test_edits_keep_history_with_author_and_old_value(workspace, gezin):
    weging = _weging(workspace, gezin, "buddy")
    workspace.edit(
        "Wijzig", wegingen.wijzig, weging.id, directe_veiligheid="veilig", arij_datum="01-10-2026"
    )
    history = workspace.read(wegingen.geschiedenis, weging.id)
    assert [(h.veld, h.oud, h.nieuw) for h in history] == [
        ("directe veiligheid", "Voorwaardelijk veilig", "Veilig"),
        ("arij datum", "", "01-10-2026"),
    ]
    assert all(h.door == workspace.gebruiker for h in history)


def test_safety_scale_is_0_to_10_and_the_chart_follows_the_audience(workspace, gezin):
    first = _weging(workspace, gezin, "buddy", arij_niveau="verhoogd", arij_datum="01-10-2026")
    later = _weging(workspace, gezin, "gw", datum="21-10-2026")
    workspace.edit("S", wegingen.geef_score, first.id, 4, gezinslid_id=gezin["moeder"])
    workspace.edit("S", wegingen.geef_score, first.id, 3, betrokkene_id=gezin["buddy"])
    workspace.edit("S", wegingen.geef_score, later.id, 6, gezinslid_id=gezin["moeder"])
    with pytest.raises(InvoerFout, match="0 tot en met 10"):
        workspace.edit("S", wegingen.geef_score, later.id, 11, gezinslid_id=gezin["moeder"])

    parents = workspace.read(publiek_weging.grafiek, gezin["id"], Publiek.OUDERS)
    assert parents.reeksen == {"Ayse": [(date(2026, 10, 7), 4), (date(2026, 10, 21), 6)]}
    assert parents.arij == [], "the ARIJ outcome sits in a professionals-only weging"
    professionals = workspace.read(
        publiek_weging.grafiek, gezin["id"], Publiek.PROFESSIONALS, per_rol=True
    )
    assert professionals.reeksen == {"moeder": [(date(2026, 10, 7), 4), (date(2026, 10, 21), 6)],
                                     "buddy": [(date(2026, 10, 7), 3)]}  # fmt: skip
    assert professionals.arij == [(date(2026, 10, 1), "verhoogd")]

    # A confidential weging keeps its scores off every projected chart, even one for everyone.
    secret = _weging(workspace, gezin, "gw", datum="28-10-2026", zichtbaarheid="vertrouwelijk")
    workspace.edit("S", wegingen.geef_score, secret.id, 1, gezinslid_id=gezin["moeder"])
    for publiek in (Publiek.OUDERS, Publiek.PROFESSIONALS):
        shown = workspace.read(publiek_weging.grafiek, gezin["id"], publiek).reeksen
        assert (date(2026, 10, 28), 1) not in shown["Ayse"]
    own = grafiek.teken(workspace.read(grafiek.bron, gezin["id"])).reeksen
    assert (date(2026, 10, 28), 1) in own["Ayse"]


def test_product_hours_warn_at_80_and_100_percent(workspace, gezin):
    workspace.edit("Uren", uren.schrijf_uren, gezin["id"], gezin["buddy"], "01-10-2026", "19,5")
    assert workspace.read(uren.urenstand, gezin["id"]).waarschuwing == ""
    workspace.edit("Uren", uren.schrijf_uren, gezin["id"], gezin["gw"], "08-10-2026", 1)
    assert "80% of meer" in workspace.read(uren.urenstand, gezin["id"]).waarschuwing
    workspace.edit("Uren", uren.schrijf_uren, gezin["id"], gezin["gw"], "15-10-2026", 4.5)
    stand = workspace.read(uren.urenstand, gezin["id"])
    assert (stand.gebruikt, stand.budget) == (25.0, 25.0) and "is op" in stand.waarschuwing
    with pytest.raises(InvoerFout, match="geen aantal uren"):
        workspace.edit("Uren", uren.schrijf_uren, gezin["id"], gezin["gw"], None, "twee")


def test_a_weging_always_has_a_date(workspace, gezin):
    weging = _weging(workspace, gezin, "buddy", datum="")
    assert weging.datum == date.today(), "left empty: today's"
    with pytest.raises(InvoerFout, match="heeft een datum"):
        workspace.edit("Datum", wegingen.wijzig, weging.id, datum="")
    assert workspace.read(wegingen.van_gezin, gezin["id"])[0].datum == date.today()


def test_a_professionals_score_never_reaches_further_than_its_weging(workspace, gezin):
    """Found by the leak property: a score given while the weging was for everyone stayed on
    the parents' chart after the weging was narrowed to professionals."""
    weging = _weging(workspace, gezin, "buddy", zichtbaarheid="iedereen")
    workspace.edit("S", wegingen.geef_score, weging.id, 2, betrokkene_id=gezin["buddy"])
    workspace.edit("S", wegingen.geef_score, weging.id, 6, gezinslid_id=gezin["moeder"])
    parents = workspace.read(publiek_weging.grafiek, gezin["id"], Publiek.OUDERS).reeksen
    assert set(parents) == {"Ayse", "Joost"}
    workspace.edit("Z", wegingen.wijzig, weging.id, zichtbaarheid="professionals")
    parents = workspace.read(publiek_weging.grafiek, gezin["id"], Publiek.OUDERS).reeksen
    assert set(parents) == {"Ayse"}, "the parent's own score was said at the table"


def test_a_second_weging_on_the_day_takes_the_parents_scores_and_the_chart_one_point(
    workspace, gezin
):
    first = _weging(workspace, gezin, "buddy")
    workspace.edit("S", wegingen.geef_score, first.id, 4, gezinslid_id=gezin["moeder"])
    workspace.edit("S", wegingen.geef_score, first.id, 3, betrokkene_id=gezin["buddy"])
    said = workspace.read(
        publiek_weging.overneembare_scores, gezin["id"], date(2026, 10, 7), "professionals"
    )
    second = _weging(workspace, gezin, "gw", overgenomen=said)  # the same day, the other one

    taken = workspace.read(wegingen.scores, second.id)
    assert [(s.gezinslid_id, s.score) for s in taken] == [(gezin["moeder"], 4)], (
        "the mother is not asked again; the buddy's own score stays with the buddy's weging"
    )
    own = grafiek.teken(workspace.read(grafiek.bron, gezin["id"])).reeksen
    assert own == {"Ayse": [(date(2026, 10, 7), 4)], "Joost": [(date(2026, 10, 7), 3)]}

    # said again differently that day: one point, what she said last
    workspace.edit("S", wegingen.geef_score, second.id, 5, gezinslid_id=gezin["moeder"])
    for publiek in Publiek:
        shown = workspace.read(publiek_weging.grafiek, gezin["id"], publiek).reeksen
        assert shown["Ayse"] == [(date(2026, 10, 7), 5)]

    # another day asks afresh
    assert (
        workspace.read(
            publiek_weging.overneembare_scores, gezin["id"], date(2026, 10, 21), "iedereen"
        )
        == []
    )


def test_what_a_parent_said_in_a_vertrouwelijke_weging_is_not_taken_elsewhere(workspace, gezin):
    secret = _weging(workspace, gezin, "gw", zichtbaarheid="vertrouwelijk")
    workspace.edit("S", wegingen.geef_score, secret.id, 2, gezinslid_id=gezin["moeder"])
    day = date(2026, 10, 7)
    for audience, expected in (("iedereen", []), ("professionals", []), ("vertrouwelijk", [2])):
        said = workspace.read(publiek_weging.overneembare_scores, gezin["id"], day, audience)
        assert [s.score for s in said] == expected
