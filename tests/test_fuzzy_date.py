from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import (
    PARTS,
    SEASONS,
    FuzzyDate,
    Precisie,
    format_period,
    parse_period,
)

years = st.integers(1950, 2040)


@st.composite
def fuzzy_dates(draw):
    precisie = draw(st.sampled_from(list(Precisie)))
    year = draw(years)
    if precisie is Precisie.DAG:
        day = draw(st.dates(date(1950, 1, 1), date(2040, 12, 31)))
        return FuzzyDate(precisie, day.year, day.month, day.day)
    if precisie is Precisie.MAAND:
        return FuzzyDate(precisie, year, draw(st.integers(1, 12)))
    if precisie is Precisie.SEIZOEN:
        return FuzzyDate(precisie, year, part=draw(st.integers(0, len(SEASONS) - 1)))
    if precisie is Precisie.JAARDEEL:
        return FuzzyDate(precisie, year, part=draw(st.integers(0, len(PARTS) - 1)))
    return FuzzyDate(precisie, year)


@given(fuzzy_dates())
def test_format_then_parse_round_trips(d):
    assert FuzzyDate.parse(d.format()) == d
    assert FuzzyDate.parse(FuzzyDate.parse(d.format()).format()).format() == d.format()


@given(fuzzy_dates())
def test_storage_round_trips(d):
    assert FuzzyDate.from_storage(d.to_storage()) == d


@given(fuzzy_dates())
def test_uncertainty_span_contains_the_midpoint(d):
    assert d.earliest() <= d.midpoint() <= d.latest()
    if d.precisie is not Precisie.DAG:
        assert d.earliest() < d.latest(), "a fuzzy date is never shown as a single day"


@given(fuzzy_dates(), st.integers(-3000, 3000))
def test_moving_keeps_the_precision_and_lands_near_the_target(d, days):
    moved = d.moved(days)
    assert moved.precisie is d.precisie
    assert d.moved(0) == d
    width = (d.latest() - d.earliest()).days
    target = d.midpoint().toordinal() + days
    assert abs(moved.midpoint().toordinal() - target) <= width / 2 + 200


@given(fuzzy_dates(), fuzzy_dates())
def test_periods_round_trip_through_their_text(a, b):
    start, end = sorted((a, b), key=FuzzyDate.sort_key)
    if end.latest() < start.earliest():
        return
    assert parse_period(format_period(start, end)) == (start, end)


@pytest.mark.parametrize(
    "text, canonical, precisie",
    [
        ("12-3-2019", "12-03-2019", Precisie.DAG),
        ("12/03/2019", "12-03-2019", Precisie.DAG),
        ("12 maart 2019", "12-03-2019", Precisie.DAG),
        ("3-2019", "mrt 2019", Precisie.MAAND),
        ("mrt 2019", "mrt 2019", Precisie.MAAND),
        ("Maart '19", "mrt 2019", Precisie.MAAND),
        ("voorjaar 2018", "voorjaar 2018", Precisie.SEIZOEN),
        ("lente 2018", "voorjaar 2018", Precisie.SEIZOEN),
        ("zomer 2018", "zomer 2018", Precisie.SEIZOEN),
        ("begin 2020", "begin 2020", Precisie.JAARDEEL),
        ("halverwege 2019", "halverwege 2019", Precisie.JAARDEEL),
        ("medio 2019", "halverwege 2019", Precisie.JAARDEEL),
        ("eind 2016", "eind 2016", Precisie.JAARDEEL),
        ("2017", "2017", Precisie.JAAR),
        ("ca. 2005", "ca. 2005", Precisie.CIRCA),
        ("circa 2005", "ca. 2005", Precisie.CIRCA),
    ],
)
def test_dutch_forms_people_use(text, canonical, precisie):
    parsed = FuzzyDate.parse(text)
    assert (parsed.format(), parsed.precisie) == (canonical, precisie)


def test_periods():
    assert [str(d) for d in parse_period("2017-2018")] == ["2017", "2018"]
    assert [str(d) for d in parse_period("mrt 2019 - jun 2020")] == ["mrt 2019", "jun 2020"]
    assert parse_period("eind 2016")[1] is None
    with pytest.raises(InvoerFout, match="ligt vóór het begin"):
        parse_period("2020 - 2018")


@pytest.mark.parametrize("text", ["na de geboorte van Ivan", "foo 2019", "31-02-2019", "13-2019"])
def test_unparseable_text_gets_a_dutch_message(text):
    with pytest.raises(InvoerFout) as error:
        parse_period(text)
    message = str(error.value)
    assert text in message
    assert "Bijvoorbeeld" in message or "bestaat niet" in message


def test_mixed_precisions_sort_by_midpoint_precise_first():
    texts = ["2019", "eind 2018", "mrt 2019", "ca. 2019", "01-07-2019", "voorjaar 2019"]
    ordered = sorted((FuzzyDate.parse(t) for t in texts), key=FuzzyDate.sort_key)
    assert [str(d) for d in ordered] == [
        "eind 2018", "mrt 2019", "voorjaar 2019", "01-07-2019", "2019", "ca. 2019",
    ]  # fmt: skip


def test_honest_spans_never_a_fake_first_of_january():
    spring = FuzzyDate.parse("voorjaar 2018")
    assert (spring.earliest(), spring.latest()) == (date(2018, 3, 1), date(2018, 5, 31))
    assert FuzzyDate.parse("2017").midpoint() == date(2017, 7, 2)
