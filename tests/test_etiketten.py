"""The label layout shared by screen and paper: every item labelled, nothing overlapping or
cut off at an edge, and labels beside their own item."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.services.tijdlijn.etiketten import leg_uit

VAN, TOT = 50.0, 800.0


@st.composite
def lanes(draw):
    """Items anywhere in the range, many at the same spot, labels up to the full width."""
    count = draw(st.integers(0, 60))
    spots = st.floats(VAN, TOT, allow_nan=False)
    links = np.array(draw(st.lists(spots, min_size=count, max_size=count)))
    lengte = st.floats(0, 120, allow_nan=False)
    rechts = np.minimum(links + draw(st.lists(lengte, min_size=count, max_size=count)), TOT)
    widths = st.floats(1, TOT - VAN, allow_nan=False) | st.floats(1, 200, allow_nan=False)
    breedte = np.array(draw(st.lists(widths, min_size=count, max_size=count)))
    voorrang = draw(st.none() | st.lists(st.booleans(), min_size=count, max_size=count))
    return links, rechts, breedte, draw(st.sampled_from([0.0, 6.0])), voorrang


@settings(max_examples=300, deadline=None)
@given(lanes())
def test_every_label_is_placed_whole_inside_the_range_without_overlap(lane):
    links, rechts, breedte, afstand, voorrang = lane
    result = leg_uit(links, rechts, breedte, VAN, TOT, afstand, voorrang)
    assert len(result.rij) == len(result.x) == len(links), "every item gets a label"
    assert (result.rij >= 0).all()
    assert (result.x >= VAN - 1e-9).all() and (result.x + breedte <= TOT + 1e-9).all()
    for row in range(result.rijen):
        chosen = np.flatnonzero(result.rij == row)
        order = chosen[np.argsort(result.x[chosen])]
        ends, starts = result.x[order] + breedte[order], result.x[order]
        assert (ends[:-1] + afstand <= starts[1:] + 1e-9).all(), f"overlap in row {row}"


@settings(max_examples=300, deadline=None)
@given(lanes())
def test_a_label_sits_beside_its_item(lane):
    """Starting right of the mark or ending left of it; only a label that fits neither side
    within the range is shifted inward, and then no further than the edge."""
    links, rechts, breedte, afstand, voorrang = lane
    result = leg_uit(links, rechts, breedte, VAN, TOT, afstand, voorrang)
    right = np.clip(rechts, VAN, TOT - breedte)
    left = np.clip(links - breedte, VAN, TOT - breedte)
    assert (np.isclose(result.x, right) | np.isclose(result.x, left)).all()


def test_labels_that_do_not_meet_share_the_row_at_the_line():
    links = np.array([100.0, 300.0, 500.0])
    result = leg_uit(links, links + 5, np.full(3, 150.0), VAN, TOT, afstand=6)
    assert result.rij.tolist() == [0, 0, 0] and result.x.tolist() == [105.0, 305.0, 505.0]


def test_items_at_one_moment_use_both_sides_before_a_new_row():
    links = np.full(5, 400.0)
    result = leg_uit(links, links + 10, np.full(5, 150.0), VAN, TOT, afstand=6)
    assert result.rijen == 3
    assert sorted(result.x.tolist()) == [250.0, 250.0, 410.0, 410.0, 410.0]


@settings(max_examples=200, deadline=None)
@given(lanes(), st.integers(1, 4))
def test_with_few_rows_the_labels_that_fit_are_placed_and_the_rest_left_out(lane, rijen):
    """The screen: a lane has room for a few rows; no label is placed beyond them."""
    links, rechts, breedte, afstand, voorrang = lane
    result = leg_uit(links, rechts, breedte, VAN, TOT, afstand, voorrang, rijen=rijen)
    assert result.rij.max(initial=-1) < rijen
    for row in range(rijen):
        chosen = np.flatnonzero(result.rij == row)
        starts = np.sort(result.x[chosen])
        ends = starts + breedte[chosen][np.argsort(result.x[chosen])]
        assert (ends[:-1] + afstand <= starts[1:] + 1e-9).all(), f"overlap in row {row}"
    whole = leg_uit(links, rechts, breedte, VAN, TOT, afstand, voorrang)
    if whole.rijen <= rijen:  # room enough: the same layout, nothing left out
        assert result.geplaatst.all() and (result.rij == whole.rij).all()
    else:
        assert not result.geplaatst.all()


def test_the_selection_gets_the_row_nearest_the_line():
    links = np.array([100.0, 110.0, 120.0])
    result = leg_uit(links, links, np.full(3, 80.0), VAN, TOT, voorrang=[False, False, True])
    assert result.rij[2] == 0 and sorted(result.rij.tolist()) == [0, 1, 2]


def test_near_the_right_edge_a_label_ends_left_of_its_item():
    result = leg_uit(np.array([760.0]), np.array([770.0]), np.array([100.0]), VAN, TOT)
    assert result.x[0] + 100 == 760.0


def test_a_label_wider_than_the_range_is_refused():
    with pytest.raises(ValueError, match="wider than the range"):
        leg_uit(np.array([100.0]), np.array([100.0]), np.array([TOT - VAN + 1]), VAN, TOT)
