"""Fuzzing the date parser: any text is a date or one short Dutch message, in linear time and
little memory; whitespace between the words of a date never matters."""

import time
import tracemalloc
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.model.errors import InvoerFout
from desktop_app.model.fuzzy_date import FuzzyDate, parse_period
from tests.import_checks import assert_dutch

GEPROBEERD: Counter = Counter()
_DATES = ["12-3-2019", "mrt 2019", "maart '19", "voorjaar 2018", "begin 2020", "halverwege 2019",
          "eind 2016", "2017", "ca. 2005", "2017-2018", "mrt 2019 - jun 2020", "2019 tot 2020",
          "3 mei 2021", "05/2019"]  # fmt: skip
_SPACE = st.sampled_from([" ", "\t", "\n", "\u00a0", "\u2003"])


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    print(f"\ndatums geprobeerd: {dict(GEPROBEERD)}")


def _parse_bounded(text: str):
    """A period, or an InvoerFout with a short Dutch message; within 0.5 s and 10 MB."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = parse_period(text)
    except InvoerFout as exc:
        result = exc
    finally:
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert seconds < 0.5, f"{seconds:.2f} s for {len(text)} characters"
    assert peak < 10 * 1024 * 1024 + 4 * len(text), f"{peak / 1e6:.0f} MB"
    if isinstance(result, InvoerFout):
        assert_dutch(str(result))
        assert len(str(result)) < 300
    return result


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=200))
def test_fuzz_any_text(text):
    GEPROBEERD["tekst"] += 1
    _parse_bounded(text)


@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from([*_DATES, "-", "–", "tot", "t/m", "ca.", "'", "x", "19", ","]),
                max_size=8), st.lists(_SPACE, min_size=8, max_size=8))  # fmt: skip
def test_fuzz_pieces_of_dates(words, spaces):
    GEPROBEERD["stukken"] += 1
    _parse_bounded("".join(w + s for w, s in zip(words, spaces, strict=False)))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(_DATES), st.integers(0, 2), _SPACE, st.integers(1, 100_000),
       st.sampled_from(["", "x", "-", "2019"]))  # fmt: skip
def test_fuzz_long_whitespace_runs(date, where, space, length, tail):
    """A run of whitespace before, inside or after a date: still that date (or refused)."""
    GEPROBEERD["witruimte"] += 1
    words = date.split(" ")
    run = space * length
    if where == 0:
        text = run + date + tail
    elif where == 1 and len(words) > 1:
        text = words[0] + run + " ".join(words[1:]) + tail
    else:
        text = date + run + tail
    result = _parse_bounded(text)
    if not tail:
        assert not isinstance(result, InvoerFout), result
        assert result == parse_period(date)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(_DATES), st.integers(1, 1_000_000), st.sampled_from(["x", "9", "é", "-"]))
def test_fuzz_huge_input(date, length, filler):
    GEPROBEERD["groot"] += 1
    result = _parse_bounded(date + filler * length)
    assert isinstance(result, InvoerFout)


def test_a_date_as_long_as_the_limit_still_parses():
    text = "halverwege" + " " * 50 + "2019 - halverwege 2020"
    assert parse_period(text)[1] == FuzzyDate.parse("halverwege 2020")
