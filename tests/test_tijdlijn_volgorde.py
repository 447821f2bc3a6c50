"""Reading order and the lane layout of items on one date (Qt-free)."""

import numpy as np
import pytest

from desktop_app.services.gezin import gezinnen, gezinsleden
from desktop_app.services.tijdlijn import gebeurtenissen, tijdlijn
from desktop_app.services.tijdlijn.banen import Indeling, verdeel


@pytest.fixture
def gezin(workspace):
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, "Gezin Petrov").id
    kristina = workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, "Kristina Petrov").id
    return gezin_id, kristina


def _add(workspace, gezin_id, title, when, **fields):
    return workspace.edit("Toevoegen", gebeurtenissen.voeg_toe, gezin_id, title, when, **fields)


def test_items_come_in_the_order_people_said_them(workspace, gezin):
    gezin_id, _ = gezin
    # added in a jumbled order on purpose; by midpoint "mrt 2023" came before "begin 2023"
    for title, when in [
        ("Verhuizing", "mrt 2023"), ("Ruzie", "begin 2023"), ("Schuld", "2023"),
        ("Zomerkamp", "zomer 2022"), ("Bewindvoerder", "eind 2022"), ("Aanmelding", "eind 2022"),
        ("Scheiding", "2022 - 2023"), ("Brief", "1-3-2023"),
    ]:  # fmt: skip
        _add(workspace, gezin_id, title, when)
    loaded = workspace.read(tijdlijn.laad, gezin_id)
    assert loaded.titels == [
        "Scheiding",  # 2022, the year: coarser than anything starting on 1 January 2022
        "Zomerkamp",
        "Aanmelding",  # two on "eind 2022": by title, every time
        "Bewindvoerder",
        "Schuld",  # 2023 before begin 2023: same start, coarser first
        "Ruzie",
        "Verhuizing",  # mrt 2023 before the day 1-3-2023
        "Brief",
    ]
    again = workspace.read(tijdlijn.laad, gezin_id)
    assert again.titels == loaded.titels


def test_moments_on_one_date_each_get_their_own_spot(workspace, gezin):
    gezin_id, kristina = gezin
    for title in ("Melding Veilig Thuis", "Politie aan de deur", "Schoolverzuim"):
        _add(workspace, gezin_id, title, "eind 2022", personen=[kristina])
    _add(workspace, gezin_id, "Verhuizing", "mrt 2023", personen=[kristina])
    loaded = workspace.read(tijdlijn.laad, gezin_id)
    for indeling in Indeling:
        banen = verdeel(loaded, indeling)
        rows = {loaded.titels[i]: r for r, i in enumerate(banen.rij_item)}
        same = [rows[t] for t in ("Melding Veilig Thuis", "Politie aan de deur", "Schoolverzuim")]
        spots = {
            (banen.rij_baan[r], loaded.midden[banen.rij_item[r]], banen.rij_y[r]) for r in same
        }
        assert len(spots) == 3, "each of the three on one date is drawn somewhere else"
        offsets = banen.rij_y[same] - banen.rij_baan[same]
        assert offsets[0] == 0 and np.all(np.diff(offsets) > 0), "down from the line, in order"
        assert offsets.max() < 0.5, "still nearer its own lane than the next"
        alone = rows["Verhuizing"]
        assert banen.rij_y[alone] == banen.rij_baan[alone], "an item alone stays on its line"
        assert np.array_equal(verdeel(loaded, indeling).rij_y, banen.rij_y), "deterministic"


def test_many_on_one_date_close_up_but_stay_apart_and_in_their_lane(workspace, gezin):
    gezin_id, kristina = gezin
    for n in range(9):
        _add(workspace, gezin_id, f"Gesprek {n}", "eind 2022", personen=[kristina])
    banen = verdeel(workspace.read(tijdlijn.laad, gezin_id), Indeling.PERSONEN)
    offsets = banen.rij_y - banen.rij_baan
    assert len(set(offsets.tolist())) == 9
    assert offsets.min() == 0 and offsets.max() < 0.5
