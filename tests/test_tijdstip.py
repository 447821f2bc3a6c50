"""Days and times typed as people say them: the parser of the date fields."""

import time
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.model.errors import InvoerFout
from desktop_app.model.relatieve_datum import afstand, in_woorden, parse_dag
from desktop_app.model.tijdstip import Tijdstip, parse_tijdstip

WOENSDAG = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-04-2023 14:00", (date(2023, 4, 12), "14:00")),
        ("12-4 14u", (date(2027, 4, 12), "14:00")),  # without a year: the nearest 12 April
        ("12 april 2023 14.00", (date(2023, 4, 12), "14:00")),
        ("12.4.2023 9.30 uur", (date(2023, 4, 12), "09:30")),
        ("morgen 14:00", (date(2026, 11, 26), "14:00")),
        ("Volgende week dinsdag 10:00", (date(2026, 12, 1), "10:00")),
        ("dinsdag om 10 uur", (date(2026, 12, 1), "10:00")),
        ("over twee weken 14u30", (date(2026, 12, 9), "14:30")),
        ("vandaag", (WOENSDAG, None)),
        ("14:30", (None, "14:30")),
    ],
)
def test_a_day_and_a_time_as_typed(text, expected):
    said = parse_tijdstip(text, WOENSDAG)
    assert (said.dag, said.tijd and f"{said.tijd:%H:%M}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("over 2 weken", date(2026, 12, 9)),
        ("over een maand", date(2026, 12, 25)),
        ("volgende week", date(2026, 12, 2)),
        ("eind van de maand", date(2026, 11, 30)),
        ("eind volgende maand", date(2026, 12, 31)),
        ("eind van de week", date(2026, 11, 27)),  # Friday: the working week
        ("woensdag", date(2026, 12, 2)),  # said on a Wednesday: the coming one, not today
        ("overmorgen", date(2026, 11, 27)),
        ("12-4-23", date(2023, 4, 12)),
    ],
)
def test_relative_days_are_counted_from_today(text, expected):
    assert parse_dag(text, WOENSDAG) == expected


def test_volgende_bijeenkomst_is_the_next_planned_meeting_or_a_dutch_message():
    assert parse_dag("volgende bijeenkomst", WOENSDAG, date(2026, 12, 9)) == date(2026, 12, 9)
    with pytest.raises(InvoerFout, match="nog geen volgende bijeenkomst gepland"):
        parse_dag("volgende bijeenkomst", WOENSDAG, None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-4-2026", "bestaat niet als datum"),
        ("12-13", "maand 13 bestaat niet"),
        ("mrt 2019", "is geen dag"),
        ("over 3 eeuwen", "begrijp ik niet"),
        ("over 9999 jaar", "buiten het bereik"),
        ("morgen 25:00", "is geen tijd"),
        ("banaan", "is geen datum"),
    ],
)
def test_what_is_no_day_gets_a_dutch_reason(text, message):
    with pytest.raises(InvoerFout, match=message):
        parse_tijdstip(text, WOENSDAG)


def test_the_day_in_words_says_how_far_it_is():
    said = Tijdstip(date(2026, 12, 9), datetime(2026, 1, 1, 14).time())
    assert said.in_woorden(WOENSDAG) == "woensdag 9 december 2026 om 14:00 (over 2 weken)"
    assert in_woorden(date(2023, 4, 12), kort=True) == "wo 12 apr 2023"
    assert afstand(date(2026, 11, 24), WOENSDAG) == "gisteren"
    assert afstand(date(2026, 12, 3), WOENSDAG) == "over ruim een week"


TYPED = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789-/.: uhom", max_size=30),
    st.lists(
        st.sampled_from(
            ["12", "4", "2023", "-", ".", ":", " ", "14", "u", "uur", "om", "over", "twee",
             "weken", "een", "maand", "volgende", "week", "dinsdag", "eind", "van", "de",
             "morgen", "april", "bijeenkomst", "99999", "0", ","]
        ),
        max_size=12,
    ).map("".join),
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(TYPED, st.dates(min_value=date(1950, 1, 1), max_value=date(2900, 12, 31)))
def test_anything_typed_gives_a_moment_or_a_dutch_message_quickly(text, today):
    started = time.perf_counter()
    for parse in (
        lambda: parse_tijdstip(text, today, date(2027, 1, 1)),
        lambda: parse_dag(text, today),
    ):
        try:
            result = parse()
        except InvoerFout as fout:
            assert str(fout) and "Traceback" not in str(fout)
        else:
            assert result is not None
    assert time.perf_counter() - started < 0.5


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1000, max_size=5000))
def test_long_input_is_refused_without_reading_it(text):
    if text.strip():
        with pytest.raises(InvoerFout):
            parse_tijdstip("12-4-2023 " + text, WOENSDAG)
