"""Synthetic gezinnen for the benchmarks, loaded fast with raw SQL outside any edit."""

from datetime import UTC, date, datetime, timedelta

import numpy as np
from sqlalchemy import text

from desktop_app.model.fuzzy_date import FuzzyDate, Precisie
from desktop_app.services.bijeenkomst import bijeenkomsten
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import betrokkenen, gezinnen, gezinsleden


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


ROLLEN = ("jeugdconsulent", "mentor", "huisarts", "gedragswetenschapper", "wijkagent")
TAKEN = (
    "belt de school over het verzuim",
    "vraagt de indicatie voor dagbesteding aan bij de gemeente",
    "plant een gesprek met de huisarts",
    "regelt vervoer naar de zwemles op woensdag",
    "stuurt het verslag van het netwerkberaad naar iedereen die erbij was",
    "maakt een afspraak bij de schuldhulpverlening",
    "gaat mee naar het intakegesprek bij de GGZ",
    "zoekt uit of er een plek is bij de naschoolse opvang",
    "spreekt met de verhuurder over de achterstand",
    "houdt een weekschema bij van slapen en eten",
)


def synthetic_bord(workspace: Workspace, count: int, owners: int = 30) -> int:
    """A gezin with `count` afspraken spread over `owners` owners: the parents, a third of the
    rest gezinsleden, the others betrokkenen. Mixed kinds, statuses, deadlines, results,
    audiences and meetings; a fifth shared with one or two others."""
    gezin_id = workspace.edit("Nieuw", gezinnen.maak, f"Bord {count}").id
    people = owners - 1
    leden = [
        workspace.edit("Lid", gezinsleden.voeg_toe, gezin_id, f"Gezinslid {i}").id
        for i in range(people // 3)
    ]
    mensen = [
        workspace.edit("Betrokkene", betrokkenen.voeg_toe, gezin_id, f"Betrokkene {i}",
                       rol=ROLLEN[i % len(ROLLEN)]).id
        for i in range(people - len(leden))
    ]  # fmt: skip
    today = date.today()
    meetings = [
        workspace.edit("Bijeenkomst", bijeenkomsten.maak, gezin_id,
                       datetime(today.year, 1, 1, 10, tzinfo=UTC) + timedelta(weeks=2 * i)).id
        for i in range(4)
    ]  # fmt: skip
    who = [("ouders", None), *(("gezinslid", i) for i in leden)]
    who += [("betrokkene", i) for i in mensen]
    rng = np.random.default_rng(count)
    kinds = ["afspraak"] * 8 + ["veiligheidsafspraak", "bodemeis"]
    statuses = ["te_doen"] * 5 + ["bezig"] * 2 + ["gedaan"] * 2 + ["vervallen"]
    audiences = ["iedereen"] * 3 + ["professionals", "vertrouwelijk"]
    rows, shared = [], []
    with workspace.engine.begin() as connection:
        # afspraken.maak numbers the board's order over the whole store: so do we
        last = connection.execute(text("SELECT coalesce(max(volgorde), 0) FROM afspraak")).scalar()
        for i in range(count):
            kind, owner_id = who[int(rng.integers(0, len(who)))]
            deadline = today + timedelta(days=int(rng.integers(-60, 120)))
            rows.append(
                {
                    "g": gezin_id,
                    "b": meetings[int(rng.integers(0, len(meetings)))] if i % 5 < 3 else None,
                    "s": kinds[i % len(kinds)],
                    "t": f"{TAKEN[int(rng.integers(0, len(TAKEN)))].capitalize()} ({i})",
                    "r": "brief verstuurd en besproken" if i % 3 == 0 else "",
                    "bi": owner_id if kind == "betrokkene" else None,
                    "gi": owner_id if kind == "gezinslid" else None,
                    "o": kind == "ouders",
                    "d": deadline.isoformat() if i % 4 else None,
                    "z": audiences[int(rng.integers(0, len(audiences)))],
                    "st": statuses[int(rng.integers(0, len(statuses)))],
                    "v": last + i + 1,
                }
            )
            if i % 5 == 4:
                others = [w for w in who[1:] if w != (kind, owner_id)]
                picks = rng.choice(len(others), size=1 + i % 2, replace=False)
                shared.append([others[int(p)] for p in picks])
            else:
                shared.append([])
        connection.execute(
            text(
                "INSERT INTO afspraak (gezin_id, bijeenkomst_id, soort, tekst, deelresultaat, "
                "betrokkene_id, gezinslid_id, ouders, deadline, zichtbaarheid, status, volgorde) "
                "VALUES (:g, :b, :s, :t, :r, :bi, :gi, :o, :d, :z, :st, :v)"
            ),
            rows,
        )
        ids = connection.execute(
            text("SELECT id FROM afspraak WHERE gezin_id = :g ORDER BY id"), {"g": gezin_id}
        ).scalars()
        connection.execute(
            text(
                "INSERT INTO afspraak_mede_eigenaar (afspraak_id, betrokkene_id, gezinslid_id) "
                "VALUES (:a, :b, :g)"
            ),
            [
                {
                    "a": afspraak_id,
                    "b": person if kind == "betrokkene" else None,
                    "g": person if kind == "gezinslid" else None,
                }
                for afspraak_id, others in zip(ids, shared, strict=True)
                for kind, person in others
            ],
        )
    return gezin_id
