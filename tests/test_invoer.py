"""Typed input models: Dutch messages, partial updates, validate-then-set, enum columns."""

from datetime import date, timedelta
from typing import Annotated

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlmodel import Session

import desktop_app.model as tables
from desktop_app.model import Betrokkene, Gebeurtenis, Gezin
from desktop_app.model.enum_text import EnumText
from desktop_app.model.enums import Domein, GezinStatus, HulpStatus, LabeledEnum, Zichtbaarheid
from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate
from desktop_app.services.bijeenkomst.bijeenkomsten import NieuwPuntInvoer
from desktop_app.services.core.field_types import (
    Datum,
    Email,
    Keuze,
    Kleur,
    Tekst,
    Telefoon,
    VageDatum,
    VageDatumVerleden,
    VerplichteTekst,
    Verwijzing,
    Vlag,
)
from desktop_app.services.core.partial_update import PartialUpdate
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import betrokkenen, gezinnen
from desktop_app.services.gezin.betrokkenen import BetrokkeneInvoer
from desktop_app.services.gezin.gezinnen import GezinInvoer
from desktop_app.services.publiek.regel import Publiek, zichtbaar
from desktop_app.services.tijdlijn import gebeurtenissen
from desktop_app.services.tijdlijn.categorieen import CategorieInvoer
from desktop_app.services.tijdlijn.gebeurtenissen import GebeurtenisInvoer
from desktop_app.services.uren.uren import ProductUrenInvoer
from desktop_app.services.weging.wegingen import VeiligheidsscoreInvoer


class Velden(PartialUpdate):
    """Every core field type once."""

    naam: Annotated[str, VerplichteTekst("De naam")] = None
    notitie: Tekst = None
    status: Annotated[GezinStatus, Keuze("status")] = None
    hulp: Annotated[HulpStatus | None, Keuze("status van de hulp")] = None
    email: Email = None
    telefoon: Telefoon = None
    kleur: Kleur = None
    datum: Datum = None
    geboorte: VageDatumVerleden = None
    periode: VageDatum = None
    gezag: Vlag = None
    wie: Verwijzing = None


def _message(model: type[PartialUpdate], **changes) -> str:
    with pytest.raises(InvoerFout) as error:
        model.parse(**changes)
    return str(error.value)


FUTURE = date.today() + timedelta(days=400)


@pytest.mark.parametrize(
    ("model", "changes", "message"),
    [
        (Velden, {"naam": "  "}, "De naam mag niet leeg zijn."),
        (Velden, {"naam": None}, "De naam mag niet leeg zijn."),
        (Velden, {"naam": "x" * 201}, "De naam is te lang (meer dan 200 tekens)."),
        (
            Velden,
            {"status": "gesloten"},
            "‘gesloten’ is geen geldige status. Kies uit: Actief, Monitoring, Afgesloten.",
        ),
        (
            Velden,
            {"hulp": "bezig"},
            "‘bezig’ is geen geldige status van de hulp. "
            "Kies uit: Aangemeld, Wachtlijst, Gestart, Afgebroken, Afgerond.",
        ),
        (
            Velden,
            {"email": "piet-at-ggz"},
            "‘piet-at-ggz’ is geen geldig e-mailadres (bijv. naam@organisatie.nl).",
        ),
        (
            Velden,
            {"telefoon": "bel maar"},
            "‘bel maar’ is geen telefoonnummer (bijv. 06-12345678 of 070 123 4567).",
        ),
        (Velden, {"kleur": "rood"}, "‘rood’ is geen kleur; gebruik de vorm #RRGGBB."),
        (Velden, {"datum": "gisteren"}, "‘gisteren’ is geen datum. Gebruik dd-mm-jjjj"),
        (Velden, {"datum": "31-02-2024"}, "‘31-02-2024’ bestaat niet als datum."),
        (Velden, {"geboorte": str(FUTURE.year + 1)}, f"{FUTURE.year + 1} ligt in de toekomst."),
        (Velden, {"geboorte": "ooit"}, "‘ooit’ is geen datum. Bijvoorbeeld:"),
        (CategorieInvoer, {"symbool": "hartje"}, "Kies een vorm uit: rondje, vierkant,"),
        (
            VeiligheidsscoreInvoer,
            {"score": 11},
            "Een score op de veiligheidsschaal is een heel getal van 0 tot en met 10.",
        ),
        (ProductUrenInvoer, {"uren": "anderhalf"}, "‘anderhalf’ is geen aantal uren (bijv. 1,5)."),
        (ProductUrenInvoer, {"uren": "30"}, "Schrijf tussen 0 en 24 uur per regel."),
        (
            NieuwPuntInvoer,
            {"kolom": "elders"},
            "‘elders’ is geen geldige kolom. Kies uit: Wat is er veranderd, Zorgen, Wat gaat goed, "
            "Wat moet er gebeuren.",
        ),
    ],
)
def test_every_message_is_dutch_and_as_before(model, changes, message):
    assert _message(model, **changes).startswith(message)


def test_a_field_without_a_dutch_validator_still_gives_a_dutch_message():
    class Los(PartialUpdate):
        aantal_keer: int = None

    assert _message(Los, aantal_keer="vaak") == "‘vaak’ is geen geldige waarde voor aantal keer."


def test_values_are_normalised():
    velden = Velden.parse(
        naam="  Piet ", notitie=None, status="monitoring", hulp="", email=" a@b.nl ",
        kleur="#aa4499", datum="5-3-2019", geboorte="voorjaar 2018", gezag="ja", wie=0,
    )  # fmt: skip
    assert velden.changes() == {
        "naam": "Piet", "notitie": "", "status": GezinStatus.MONITORING, "hulp": None,
        "email": "a@b.nl", "kleur": "#AA4499", "datum": date(2019, 3, 5),
        "geboorte": "2018-voorjaar", "gezag": True, "wie": None,
    }  # fmt: skip
    assert Velden.parse(datum="", geboorte=" ").changes() == {"datum": None, "geboorte": None}


def test_changes_come_in_the_models_order_whatever_order_they_were_given_in():
    given = Velden.parse(wie=3, kleur="#000000", naam="Piet", datum=None)
    assert list(given.changes()) == ["naam", "kleur", "datum", "wie"]


def test_an_unknown_field_is_a_programmers_mistake(workspace):
    with pytest.raises(TypeError, match="no fields \\['leeftijd'\\]"):
        GezinInvoer.parse(naam="Gezin Jansen", leeftijd=40)
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Jansen").id
    with pytest.raises(TypeError):
        workspace.edit("Wijzig", gezinnen.wijzig, gezin_id, aangemaakt="gisteren")
    item = workspace.edit("A", gebeurtenissen.voeg_toe, gezin_id, "Verhuizing", "2019")
    with pytest.raises(TypeError):
        workspace.edit("Wijzig", gebeurtenissen.wijzig, item.id, gezin_id=gezin_id)


def test_only_the_given_fields_are_set():
    row = Betrokkene(gezin_id=1, naam="Piet", rol="buddy", telefoon="06-12345678")
    BetrokkeneInvoer.parse(email="piet@ggz.nl").apply_to(row)
    assert (row.naam, row.rol, row.telefoon, row.email) == (
        "Piet", "buddy", "06-12345678", "piet@ggz.nl",
    )  # fmt: skip


@pytest.fixture
def piet(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Jansen").id
    return workspace.edit(
        "B", betrokkenen.voeg_toe, gezin_id, "Piet", rol="buddy", domein="gi",
        telefoon="06-12345678", actief_van="01-01-2024",
    )  # fmt: skip


def test_a_partial_update_keeps_every_other_field(workspace, piet):
    workspace.edit("Wijzig", betrokkenen.wijzig, piet.id, email="piet@gi.nl")
    stored = workspace.read(lambda s: s.get(Betrokkene, piet.id))
    assert stored.email == "piet@gi.nl"
    assert stored.model_dump(exclude={"email"}) == piet.model_dump(exclude={"email"})


@pytest.mark.parametrize(
    "changes",
    [
        {"naam": "Pieter", "rol": "mentor", "email": "fout"},  # last field bad
        {"telefoon": "bel maar", "naam": "Pieter", "domein": "onderwijs"},  # first field bad
        {"naam": "Pieter", "actief_tot": "01-06-2023"},  # each right, together wrong
    ],
)
def test_one_bad_value_changes_nothing_not_even_in_memory(workspace, piet, changes):
    with Session(workspace.engine) as session:
        row = session.get(Betrokkene, piet.id)
        before = row.model_dump()
        with pytest.raises(InvoerFout):
            betrokkenen.wijzig(session, piet.id, **changes)
        assert row.model_dump() == before


def test_a_product_that_clashes_with_the_kader_changes_nothing(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Jansen").id
    with Session(workspace.engine) as session:
        with pytest.raises(InvoerFout, match="kader gedwongen"):
            gezinnen.wijzig(session, gezin_id, naam="Gezin J.", product="ots", kader="vrijwillig")
        gezin = session.get(Gezin, gezin_id)
        assert (gezin.naam, gezin.product, gezin.kader) == ("Gezin Jansen", "geen", "vrijwillig")


def test_enum_columns_come_back_as_members_and_are_stored_as_their_value(workspace, piet):
    gezin_id = piet.gezin_id
    workspace.edit("Status", gezinnen.wijzig, gezin_id, status="monitoring")
    item = workspace.edit(
        "A", gebeurtenissen.voeg_toe, gezin_id, "Hulp", "2019", hulpstatus="gestart"
    )
    gezin = workspace.read(gezinnen.haal, gezin_id)
    assert gezin.status is GezinStatus.MONITORING
    assert workspace.read(lambda s: s.get(Betrokkene, piet.id)).domein is Domein.GI
    stored = workspace.read(lambda s: s.get(Gebeurtenis, item.id))
    assert (stored.hulpstatus, stored.zichtbaarheid) == (HulpStatus.GESTART, Zichtbaarheid.IEDEREEN)
    assert type(stored.zichtbaarheid) is Zichtbaarheid
    with workspace.engine.connect() as connection:
        raw = connection.execute(text("SELECT status, kader FROM gezin")).one()
    assert raw == ("monitoring", "vrijwillig")
    assert type(raw[0]) is str


def test_an_unknown_stored_value_is_read_as_it_is_and_stays_hidden(workspace, piet):
    item = workspace.edit("A", gebeurtenissen.voeg_toe, piet.gezin_id, "Hulp", "2019")
    with workspace.engine.begin() as connection:
        connection.execute(text("UPDATE gebeurtenis SET zichtbaarheid = 'alleen_gi'"))
    stored = workspace.read(gebeurtenissen.van_gezin, piet.gezin_id)
    assert [(g.id, g.zichtbaarheid) for g in stored] == [(item.id, "alleen_gi")]
    assert not any(zichtbaar(stored[0].zichtbaarheid, publiek) for publiek in Publiek)


def test_a_value_outside_the_vocabulary_never_reaches_the_store(workspace):
    with Session(workspace.engine) as session:
        session.add(Gezin(naam="Gezin Jansen", status="gearchiveerd"))
        with pytest.raises(StatementError, match="gearchiveerd"):
            session.flush()


def _enum_of(annotation) -> type[LabeledEnum] | None:
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, LabeledEnum):
            return candidate
    return None


def test_every_closed_vocabulary_column_is_enum_typed():
    typed = 0
    for name in tables.__all__:
        model = getattr(tables, name)
        for field_name, field in model.model_fields.items():
            column = model.__table__.c[field_name]
            enum = _enum_of(field.annotation) or (
                type(field.default) if isinstance(field.default, LabeledEnum) else None
            )
            if enum is not None:
                assert isinstance(column.type, EnumText), f"{name}.{field_name}"
                assert column.type.enum is enum, f"{name}.{field_name}"
                typed += 1
    assert typed == 23


_ANYTHING = st.one_of(st.text(), st.none(), st.integers(), st.floats(), st.booleans())


@given(field=st.sampled_from(sorted(Velden.model_fields)), value=_ANYTHING)
def test_fuzzed_input_gives_a_value_or_a_dutch_message(field, value):
    try:
        parsed = Velden.parse(**{field: value})
    except InvoerFout as error:
        assert str(error) and "Value error" not in str(error)
    else:
        assert parsed.model_fields_set == {field}


@given(st.text())
def test_fuzzed_text_for_a_gebeurtenis(value):
    for field in ("titel", "omschrijving", "bron", "zichtbaarheid", "hulpstatus"):
        try:
            GebeurtenisInvoer.parse(**{field: value})
        except InvoerFout:
            pass


@pytest.fixture(scope="module")
def anna(tmp_path_factory):
    """A betrokkene in a store of its own, shared by the examples of one fuzz test."""
    ws = Workspace.open(tmp_path_factory.mktemp("fuzz") / "casustafel.sqlite")
    gezin_id = ws.edit("G", gezinnen.maak, "Gezin Fuzz", "").id
    anna_id = ws.edit("B", betrokkenen.voeg_toe, gezin_id, "Anna", actief_van="2020").id
    yield ws, gezin_id, anna_id
    ws.close()


@settings(max_examples=80, deadline=None)
@given(field=st.sampled_from(("actief_van", "actief_tot")), value=st.text(max_size=60))
def test_fuzzed_actief_dates_are_stored_as_a_date_or_refused_in_dutch(anna, field, value):
    ws, gezin_id, anna_id = anna
    before = ws.read(betrokkenen.van_gezin, gezin_id)[0].model_dump()
    try:
        ws.edit("B", betrokkenen.wijzig, anna_id, **{field: value})
    except InvoerFout as error:
        assert str(error).startswith(("‘", "Het jaar", "Vul", "'")), str(error)
        assert ws.read(betrokkenen.van_gezin, gezin_id)[0].model_dump() == before
    else:
        stored = ws.read(betrokkenen.van_gezin, gezin_id)[0]
        typed = FuzzyDate.from_storage(getattr(stored, field))
        assert typed is None if not value.strip() else typed == FuzzyDate.parse(value)
