"""Synthetic gezinnen for the benchmarks, loaded fast with raw SQL outside any edit."""

from datetime import date, timedelta

import numpy as np
from sqlalchemy import text

from desktop_app.model.fuzzy_date import FuzzyDate, Precisie
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen, gezinsleden


def synthetic_gezin(workspace: Workspace, count: int) -> int:
    """A gezin with `count` items over 20 years, mixed precisions, a tenth of them periods."""
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, f"Synthetisch {count}").id
    leden = [workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, f"Lid {i}").id for i in range(6)]
    rng = np.random.default_rng(count)
    first = date(2006, 1, 1)
    kinds = [Precisie.DAG, Precisie.MAAND, Precisie.SEIZOEN, Precisie.JAAR]
    rows, people = [], []
    for i in range(count):
        day = first + timedelta(days=int(rng.integers(0, 20 * 365)))
        start = FuzzyDate.nearest(kinds[i % len(kinds)], day)
        end = (
            FuzzyDate.nearest(Precisie.MAAND, day + timedelta(days=int(rng.integers(30, 400))))
            if i % 10 == 0
            else None
        )
        rows.append(
            {
                "g": gezin_id,
                "t": f"Gebeurtenis {i}",
                "s": start.to_storage(),
                "sv": start.earliest().isoformat(),
                "st": start.latest().isoformat(),
                "e": end and end.to_storage(),
                "ev": end and end.earliest().isoformat(),
                "et": end and end.latest().isoformat(),
                "c": int(rng.integers(1, 11)),
            }
        )
        people.append(leden[int(rng.integers(0, len(leden)))])
    with workspace.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO gebeurtenis (gezin_id, titel, omschrijving, start, start_van, "
                "start_tot, einde, einde_van, einde_tot, categorie_id, bron, zichtbaarheid, "
                "aangemaakt) VALUES (:g, :t, '', :s, :sv, :st, :e, :ev, :et, :c, '', "
                "'iedereen', '2026-01-01 00:00:00')"
            ),
            rows,
        )
        ids = [
            r[0]
            for r in connection.execute(
                text("SELECT id FROM gebeurtenis WHERE gezin_id = :g ORDER BY id"), {"g": gezin_id}
            )
        ]
        connection.execute(
            text("INSERT INTO gebeurtenis_persoon (gebeurtenis_id, gezinslid_id) VALUES (:i, :p)"),
            [{"i": i, "p": p} for i, p in zip(ids, people, strict=True)],
        )
    return gezin_id
