from datetime import UTC, date, datetime

import pytest

from desktop_app.model.errors import InvoerFout
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden
from desktop_app.services.publiek import bijeenkomst as publiek_bijeenkomst
from desktop_app.services.publiek import zaal
from desktop_app.services.publiek.regel import Publiek
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.tijdlijn import gebeurtenissen


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Yilmaz").id
    moeder = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Ayse Yilmaz", gezag=True).id
    kind = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Emre Yilmaz").id
    regisseur = workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna", rol="casusregisseur").id
    gw = workspace.edit("B", betrokkenen.voeg_toe, gezin_id, "Ravi", rol="gedragswetenschapper").id
    return {"id": gezin_id, "moeder": moeder, "kind": kind, "regisseur": regisseur, "gw": gw}


def _meeting(workspace, gezin, day):
    moment = datetime(2026, 10, day, 14, 0, tzinfo=UTC)
    return workspace.edit("Bijeenkomst", bijeenkomsten.maak, gezin["id"], moment).id


def test_a_meeting_records_attendance_and_whether_parents_are_there(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    workspace.edit(
        "Aanwezig",
        bijeenkomsten.zet_aanwezigheid,
        first,
        "aanwezig",
        betrokkene_id=gezin["regisseur"],
    )
    workspace.edit(
        "Aanwezig", bijeenkomsten.zet_aanwezigheid, first, "afgemeld", gezinslid_id=gezin["moeder"]
    )
    assert workspace.read(zaal.publiek_van, first).publiek is Publiek.PROFESSIONALS
    workspace.edit(
        "Aanwezig", bijeenkomsten.zet_aanwezigheid, first, "aanwezig", gezinslid_id=gezin["moeder"]
    )
    assert workspace.read(zaal.publiek_van, first).publiek is Publiek.OUDERS
    assert len(workspace.read(bijeenkomsten.aanwezigheid, first)) == 2


def test_next_meeting_carries_attendees_open_agreements_and_open_checklist_items(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    workspace.edit(
        "Aanwezig", bijeenkomsten.zet_aanwezigheid, first, "aanwezig", gezinslid_id=gezin["moeder"]
    )
    done = workspace.edit(
        "Afspraak",
        afspraken.maak,
        gezin["id"],
        "Schoolgesprek plannen",
        ("betrokkene", gezin["regisseur"]),
        bijeenkomst_id=first,
    )
    still = workspace.edit(
        "Afspraak",
        afspraken.maak,
        gezin["id"],
        "Geen politiecontacten",
        ("ouders", None),
        soort="bodemeis",
        bijeenkomst_id=first,
    )
    workspace.edit("Gedaan", afspraken.zet_status, done.id, "gedaan")
    answers = workspace.read(bouwstenen.antwoorden, first)
    workspace.edit("Besproken", bouwstenen.beantwoord, answers[0].id, status="besproken")
    workspace.edit("Volgende", bijeenkomsten.wijzig, first, volgende="15-10-2026")

    second = workspace.edit("Volgende", bijeenkomsten.plan_volgende, first)

    assert second.moment.date() == date(2026, 10, 15) and second.moment.hour == 14
    invited = workspace.read(bijeenkomsten.aanwezigheid, second.id)
    assert [(a.gezinslid_id, a.status) for a in invited] == [(gezin["moeder"], "uitgenodigd")]
    room = workspace.read(zaal.publiek_van, second.id)
    assert (room.publiek, room.reden) == (Publiek.OUDERS, "aanwezigheid nog niet ingevuld")
    assert [a.tekst for a in workspace.read(afspraken.van_gezin, gezin["id"], True)] == [
        still.tekst
    ]
    suggested = workspace.read(bouwstenen.open_uit_vorige, second.id)
    assert answers[0].item_id not in suggested and answers[1].item_id in suggested
    assert len(workspace.read(bouwstenen.antwoorden, second.id)) == len(answers)  # fmt: skip


def test_what_changed_is_read_live_with_each_items_audience_now(workspace, gezin):
    """Regression: planning the next meeting once copied the draft as text, and a title made
    vertrouwelijk afterwards was still projected to parents and professionals alike."""
    first = _meeting(workspace, gezin, 1)
    items = {
        title: workspace.edit(
            "A", gebeurtenissen.voeg_toe, gezin["id"], title, "okt 2026", zichtbaarheid=audience
        ).id
        for title, audience in (
            ("Verhuizing", "iedereen"),
            ("Nieuwe school", "iedereen"),
            ("Middelengebruik", "professionals"),
            ("Adres opvang", "vertrouwelijk"),
            ("Ruzie met buren", "iedereen"),
        )
    }
    workspace.edit("Volgende", bijeenkomsten.wijzig, first, volgende="15-10-2026")
    second = workspace.edit("Volgende", bijeenkomsten.plan_volgende, first).id
    workspace.edit("P", bijeenkomsten.voeg_punt_toe, second, "veranderd", "Oma helpt", "iedereen")
    workspace.edit("P", bijeenkomsten.voeg_punt_toe, second, "veranderd", "Schuld", "professionals")

    def changed(publiek):
        return workspace.read(publiek_bijeenkomst.bijeenkomst, second, publiek).veranderd

    assert changed(Publiek.OUDERS) == [
        "Verhuizing (nieuw)", "Nieuwe school (nieuw)", "Ruzie met buren (nieuw)", "Oma helpt"
    ]  # fmt: skip
    assert "Middelengebruik (nieuw)" in changed(Publiek.PROFESSIONALS)
    assert "Schuld" in changed(Publiek.PROFESSIONALS)

    workspace.edit("Z", gebeurtenissen.wijzig, items["Verhuizing"], zichtbaarheid="vertrouwelijk")
    workspace.edit("T", gebeurtenissen.wijzig, items["Nieuwe school"], titel="School Noord")
    workspace.edit("V", gebeurtenissen.verwijder, items["Ruzie met buren"])
    for publiek in Publiek:
        lines = " ".join(changed(publiek))
        assert "Verhuizing" not in lines and "Adres opvang" not in lines
        assert "School Noord (nieuw)" in lines and "Nieuwe school" not in lines
        assert "Ruzie met buren" not in lines
    assert workspace.read(publiek_bijeenkomst.bijeenkomst, first, Publiek.OUDERS).veranderd == []


def test_template_edits_keep_the_answers_of_past_meetings(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    old = workspace.read(bouwstenen.antwoorden, first)[0]
    workspace.edit("Hernoem", bouwstenen.hernoem_item, old.item_id, "Regisseur benoemd")
    workspace.edit("Nieuw", bouwstenen.voeg_item_toe, "reflectie", "Wat zegt het kind zelf?")
    retired = workspace.read(bouwstenen.antwoorden, first)[1]
    workspace.edit("Weg", bouwstenen.zet_actief, retired.item_id, False)

    second = _meeting(workspace, gezin, 15)
    assert workspace.read(bouwstenen.antwoorden, first)[0].tekst == old.tekst
    texts = [a.tekst for a in workspace.read(bouwstenen.antwoorden, second)]
    assert "Regisseur benoemd" in texts and "Wat zegt het kind zelf?" in texts
    assert retired.tekst not in texts
    assert retired.tekst in [a.tekst for a in workspace.read(bouwstenen.antwoorden, first)]


def test_progress_per_bouwsteen(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    answers = [
        a for a in workspace.read(bouwstenen.antwoorden, first) if a.bouwsteen == "veiligheid"
    ]
    workspace.edit(
        "B", bouwstenen.beantwoord, answers[0].id, status="besproken", notitie="Veilig genoeg"
    )
    workspace.edit("B", bouwstenen.beantwoord, answers[1].id, status="nvt")
    assert workspace.read(bouwstenen.voortgang, first)["veiligheid"] == (2, len(answers))


def test_kernbeslissing_needs_the_gedragswetenschapper(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    with pytest.raises(InvoerFout, match="gedragswetenschapper geraadpleegd"):
        workspace.edit(
            "Besluit", bijeenkomsten.neem_besluit, first, "VTO indienen", "kernbeslissing"
        )
    besluit = workspace.edit(
        "Besluit", bijeenkomsten.neem_besluit, first, "VTO indienen", "kernbeslissing", gezin["gw"]
    )
    assert (besluit.soort, besluit.gedragswetenschapper_id) == ("kernbeslissing", gezin["gw"])


def test_finalise_makes_read_only_and_reopen_is_logged_with_a_reason(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    workspace.edit("Vaststellen", bijeenkomsten.stel_vast, first)
    for attempt in (
        lambda: workspace.edit("Punt", bijeenkomsten.voeg_punt_toe, first, "zorgen", "Schulden"),
        lambda: workspace.edit("Wijzig", bijeenkomsten.wijzig, first, locatie="Stadhuis"),
        lambda: workspace.edit("Besluit", bijeenkomsten.neem_besluit, first, "Iets"),
    ):
        with pytest.raises(InvoerFout, match="vastgesteld"):
            attempt()
    with pytest.raises(InvoerFout, match="reden"):
        workspace.edit("Heropen", bijeenkomsten.heropen, first, " ")
    workspace.edit("Heropen", bijeenkomsten.heropen, first, "Datum verkeerd genoteerd")
    workspace.edit("Wijzig", bijeenkomsten.wijzig, first, locatie="Stadhuis")
    log = workspace.read(bijeenkomsten.logboek, first)
    assert [(e.actie, e.reden) for e in log] == [
        ("vastgesteld", ""),
        ("heropend", "Datum verkeerd genoteerd"),
    ]
    assert all(e.door == workspace.gebruiker for e in log)


def test_columns_keep_their_audience_and_edits_undo(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    workspace.edit("P", bijeenkomsten.voeg_punt_toe, first, "zorgen", "Schulden lopen op")
    workspace.edit(
        "P", bijeenkomsten.voeg_punt_toe, first, "zorgen", "Middelengebruik moeder", "professionals"
    )
    punt = workspace.edit(
        "P", bijeenkomsten.voeg_punt_toe, first, "gaat_goed", "Emre gaat weer naar school"
    )
    workspace.edit("P", bijeenkomsten.wijzig_punt, punt.id, tekst="Emre gaat elke dag naar school")
    workspace.undo()
    stored = workspace.read(bijeenkomsten.punten, first)
    assert [(p.kolom, p.tekst, p.zichtbaarheid) for p in stored] == [
        ("zorgen", "Schulden lopen op", "iedereen"),
        ("zorgen", "Middelengebruik moeder", "professionals"),
        ("gaat_goed", "Emre gaat weer naar school", "iedereen"),
    ]


def test_agreements_need_exactly_one_owner_of_this_gezin(workspace, gezin):
    other = workspace.edit("Nieuw", gezinnen.maak, "Gezin Anders").id
    stranger = workspace.edit("B", betrokkenen.voeg_toe, other, "Piet").id
    with pytest.raises(InvoerFout, match="Kies wie"):
        workspace.edit("A", afspraken.maak, gezin["id"], "Iets", ("niemand", None))
    with pytest.raises(InvoerFout, match="hoort niet bij dit gezin"):
        workspace.edit("A", afspraken.maak, gezin["id"], "Iets", ("betrokkene", stranger))
    kid = workspace.edit(
        "A",
        afspraken.maak,
        gezin["id"],
        "Huiswerk maken",
        ("gezinslid", gezin["kind"]),
        deadline="01-11-2026",
        soort="veiligheidsafspraak",
    )
    assert workspace.read(afspraken.eigenaar_naam, kid) == "Emre Yilmaz"
    assert kid.deadline == date(2026, 11, 1)


def test_template_questions_can_be_reordered_with_undo(workspace, gezin):
    items = [i for i in workspace.read(bouwstenen.template) if i.bouwsteen == "reflectie"]
    workspace.edit("Omlaag", bouwstenen.verschuif_item, items[0].id, 2)
    moved = [i.id for i in workspace.read(bouwstenen.template) if i.bouwsteen == "reflectie"]
    assert moved[:3] == [items[1].id, items[2].id, items[0].id]
    workspace.undo()
    back = [i.id for i in workspace.read(bouwstenen.template) if i.bouwsteen == "reflectie"]
    assert back == [i.id for i in items]


def test_projection_follows_who_is_in_the_room(workspace, gezin):
    first = _meeting(workspace, gezin, 1)
    for text, audience in (("Schulden", "iedereen"), ("Middelengebruik", "professionals"),
                           ("Adres opvang", "vertrouwelijk")):  # fmt: skip
        workspace.edit("P", bijeenkomsten.voeg_punt_toe, first, "zorgen", text, audience)
    workspace.edit(
        "A",
        afspraken.maak,
        gezin["id"],
        "Urinecontrole",
        ("ouders", None),
        zichtbaarheid="professionals",
    )
    workspace.edit(
        "B", bijeenkomsten.neem_besluit, first, "Melding JBT", zichtbaarheid="professionals"
    )

    def shown():
        publiek = workspace.read(zaal.publiek_van, first).publiek
        record = workspace.read(publiek_bijeenkomst.bijeenkomst, first, publiek)
        lines = [*record.veranderd, *(t for ts in record.kolommen.values() for t in ts)]
        lines += [b.tekst for b in record.besluiten] + [a.tekst for a in record.afspraken]
        return publiek, lines

    def present(**person):
        workspace.edit("Aanwezig", bijeenkomsten.zet_aanwezigheid, first, "aanwezig", **person)

    assert shown()[0] == "ouders", "nobody marked present yet: show only what is for everyone"
    present(betrokkene_id=gezin["regisseur"])
    publiek, lines = shown()
    assert publiek == "professionals"
    assert "Middelengebruik" in lines and "Adres opvang" not in lines
    assert "Urinecontrole" in lines and "Melding JBT" in lines

    present(gezinslid_id=gezin["kind"])
    assert shown()[0] == "ouders", "a child at the table is family as much as a parent"
    workspace.undo()
    present(gezinslid_id=gezin["moeder"])
    publiek, lines = shown()
    assert publiek == "ouders"
    assert "Schulden" in lines
    for word in ("Middelengebruik", "Adres opvang", "Urinecontrole", "Melding JBT"):
        assert word not in lines


def test_the_room_waits_for_the_familys_attendance(workspace, gezin):
    """Found by the leak property: with the professionals ticked off first, an invited mother
    whose attendance was still open made the room 'professionals'."""
    first = _meeting(workspace, gezin, 1)
    workspace.edit(
        "U", bijeenkomsten.zet_aanwezigheid, first, "uitgenodigd", gezinslid_id=gezin["moeder"]
    )
    workspace.edit(
        "A", bijeenkomsten.zet_aanwezigheid, first, "aanwezig", betrokkene_id=gezin["regisseur"]
    )
    assert workspace.read(zaal.publiek_van, first).publiek is Publiek.OUDERS
    workspace.edit(
        "A", bijeenkomsten.zet_aanwezigheid, first, "afgemeld", gezinslid_id=gezin["moeder"]
    )
    assert workspace.read(zaal.publiek_van, first).publiek is Publiek.PROFESSIONALS


def test_an_agreements_text_date_and_audience_can_be_corrected(workspace, gezin):
    """A wrong audience must be fixable: an agreement typed 'for everyone' by mistake."""
    made = workspace.edit(
        "A", afspraken.maak, gezin["id"], "Urinecontrole", ("ouders", None), deadline="01-12-2026"
    )
    workspace.edit("Z", afspraken.wijzig, made.id, zichtbaarheid="professionals")
    workspace.edit("T", afspraken.wijzig, made.id, tekst="Urinecontrole elke week", deadline="")
    [stored] = workspace.read(afspraken.van_gezin, gezin["id"])
    assert (stored.tekst, stored.deadline, stored.zichtbaarheid) == (
        "Urinecontrole elke week",
        None,
        "professionals",
    )
    with pytest.raises(InvoerFout, match="mag niet leeg zijn"):
        workspace.edit("T", afspraken.wijzig, made.id, tekst=" ")
    with pytest.raises(TypeError):
        workspace.edit("E", afspraken.wijzig, made.id, ouders=False)


def test_the_next_meeting_keeps_its_clock_time_across_summer_time(workspace, gezin, monkeypatch):
    """Found while building the calendar: 13:30 on 21 October was planned for 12:30 on
    4 November, because the hour was taken in UTC."""
    import time

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        autumn = datetime(2026, 10, 21, 13, 30).astimezone().astimezone(UTC)  # 11:30 UTC
        first = workspace.edit("B", bijeenkomsten.maak, gezin["id"], autumn).id
        workspace.edit("Volgende", bijeenkomsten.wijzig, first, volgende="04-11-2026")
        second = workspace.edit("Volgende", bijeenkomsten.plan_volgende, first)
        local = second.moment.astimezone()
        assert (local.date(), local.hour, local.minute) == (date(2026, 11, 4), 13, 30)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_what_happened_since_is_kept_apart_from_old_history_entered_since(workspace, gezin):
    from datetime import timedelta

    from desktop_app.services.bijeenkomst import veranderd

    now = datetime.now(UTC)
    workspace.edit("B", bijeenkomsten.maak, gezin["id"], now - timedelta(days=14))
    long_ago = workspace.edit(
        "A", gebeurtenissen.voeg_toe, gezin["id"], "Geboorte van Emre", "mrt 2012"
    ).id
    recent = (now - timedelta(days=7)).astimezone().strftime("%d-%m-%Y")
    workspace.edit("A", gebeurtenissen.voeg_toe, gezin["id"], "Verhuisd naar Delft", recent)
    workspace.edit(
        "A", gebeurtenissen.voeg_toe, gezin["id"], "Ruzie met de buren", "2023 - " + recent
    )
    second = workspace.edit("B", bijeenkomsten.maak, gezin["id"], now + timedelta(hours=1)).id

    changes = workspace.read(veranderd.in_tijdlijn, second)
    assert [(c.titel, c.gebeurd) for c in changes] == [
        ("Verhuisd naar Delft", True),
        ("Ruzie met de buren", True),  # a period that ended since: that end happened since
        ("Geboorte van Emre", False),
    ]
    record = workspace.read(publiek_bijeenkomst.bijeenkomst, second, Publiek.OUDERS).veranderd
    assert record == [
        "Verhuisd naar Delft (nieuw)",
        "Ruzie met de buren (nieuw)",
        "Geboorte van Emre (mrt 2012, toegevoegd aan de geschiedenis)",
    ]

    # correcting old history is said as such, and stays history
    workspace.edit("V", bijeenkomsten.stel_vast, second)
    workspace.edit("T", gebeurtenissen.wijzig, long_ago, titel="Geboorte van Emre Yilmaz")
    third = workspace.edit("B", bijeenkomsten.maak, gezin["id"], now + timedelta(days=1)).id
    assert workspace.read(publiek_bijeenkomst.bijeenkomst, third, Publiek.OUDERS).veranderd == [
        "Geboorte van Emre Yilmaz (mrt 2012, aangepast)"
    ]


def test_the_next_planned_meeting_is_the_next_one_held_or_the_date_agreed(workspace, gezin):
    from desktop_app.services.bijeenkomst import volgorde

    first = _meeting(workspace, gezin, 1)
    assert workspace.read(volgorde.volgende_datum, gezin["id"], first) is None
    workspace.edit("V", bijeenkomsten.wijzig, first, volgende="15-10-2026")
    assert workspace.read(volgorde.volgende_datum, gezin["id"], first) == date(2026, 10, 15)
    moved = datetime(2026, 10, 16, 9, 0, tzinfo=UTC)
    workspace.edit("P", bijeenkomsten.plan_volgende, first, moved)
    assert workspace.read(volgorde.volgende_datum, gezin["id"], first) == date(2026, 10, 16)
    assert workspace.read(bijeenkomsten.van_gezin, gezin["id"])[0].volgende == date(2026, 10, 16)
    assert [
        b.moment.date() for b in workspace.read(volgorde.op_dag, gezin["id"], date(2026, 10, 16))
    ] == [date(2026, 10, 16)]
