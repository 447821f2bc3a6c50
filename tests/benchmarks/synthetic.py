"""Synthetic gezinnen for the benchmarks, loaded fast with raw SQL outside any edit."""

from datetime import UTC, date, datetime, timedelta

import numpy as np
from sqlalchemy import text

from desktop_app.model.fuzzy_date import FuzzyDate, Precisie
from desktop_app.services.bijeenkomst import bijeenkomsten, standpunten
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


ZORGEN = (
    "Moeder slaapt slecht en heeft weinig energie sinds de verhuizing",
    "Bij het brengen en halen is er vaak ruzie waar de kinderen bij zijn",
    "De huur is twee maanden achter; er ligt een brief van de verhuurder",
    "Noah zegt dat hij zich op school niet veilig voelt in de pauze",
    "De afspraken met de GGZ worden vaak op het laatste moment afgezegd",
)
GAAT_GOED = (
    "Oma springt bij als het thuis even niet gaat",
    "Lotte gaat met plezier naar de zwemles op woensdag",
    "Vader belt elke zondag met de kinderen, zoals afgesproken",
    "De school en het lokaal team spreken elkaar iedere twee weken",
    "Moeder vraagt zelf om hulp als het haar te veel wordt",
)
BESLUITEN = (
    "Over zes weken evalueren we of de hulp kan afschalen",
    "De GI sluit aan bij het overleg tot de evaluatie",
    "Geen verzoek tot onderzoek bij de RvdK; we bekijken dit bij de evaluatie opnieuw",
    "Het veiligheidsplan blijft gelden tot de volgende bijeenkomst",
)
WOORDEN = (
    "Zes weken is lang; ik wil eerder weten waar ik sta.",
    "Fijn dat we de kans krijgen het zelf te laten zien.",
    "",
    "Ik snap waarom, maar het voelt niet eerlijk.",
)


def synthetic_verslag(
    workspace: Workspace, afspraken_count: int, besluiten_count: int, punten_count: int
) -> tuple[int, int]:
    """A gezin whose latest meeting has `afspraken_count` open afspraken (a fifth about
    safety, some shared, some with a result so far), `besluiten_count` decisions (some
    kernbeslissingen, most with the parents' words) and `punten_count` lines in the three
    columns, all for everyone; with the people, a finalised meeting before it, three
    wegingen with scores, hours and a timeline. Returns (gezin id, meeting id)."""
    from desktop_app.services.gezin import regie
    from desktop_app.services.taakverdeling import afspraken
    from desktop_app.services.tijdlijn import gebeurtenissen
    from desktop_app.services.uren import uren
    from desktop_app.services.weging import wegingen

    def build(session) -> tuple[int, int]:
        gezin = gezinnen.maak(session, f"Verslag {afspraken_count}", "Rijswijk").id
        leden = [
            gezinsleden.voeg_toe(session, gezin, naam, relatie=relatie, gezag=gezag).id
            for naam, relatie, gezag in (
                ("Sanne de Graaf", "moeder", True),
                ("Dennis Vermeulen", "vader", True),
                ("Noah Vermeulen", "kind", False),
                ("Lotte Vermeulen", "kind", False),
            )
        ]
        mensen = [
            betrokkenen.voeg_toe(
                session, gezin, f"Betrokkene {i}", rol=ROLLEN[i % len(ROLLEN)],
                organisatie=f"Organisatie {i % 3}", telefoon=f"070 555 01{i:02d}",
                email=f"b{i}@organisatie.example.nl",
            ).id
            for i in range(8)
        ]  # fmt: skip
        gw = mensen[ROLLEN.index("gedragswetenschapper")]
        regie.zet_regie(session, gezin, mensen[0], date(2025, 1, 1))
        for i, lid in enumerate(leden):
            regie.zet_aanspreekpunt(session, lid, mensen[i % 3], date(2025, 1, 1))
        for i in range(24):
            gebeurtenissen.voeg_toe(
                session, gezin, f"Gebeurtenis {i}: {TAKEN[i % len(TAKEN)]}",
                f"{2010 + i // 2}" if i % 4 else f"{2010 + i // 2}-{2011 + i // 2}",
                personen=[leden[i % len(leden)]],
            )  # fmt: skip
        first = datetime(2026, 9, 23, 11, 30, tzinfo=UTC)
        before = bijeenkomsten.maak(session, gezin, first, locatie="Lokaal team")
        bijeenkomsten.wijzig(session, before.id, volgende="07-10-2026")
        for i in range(3):
            weging = wegingen.maak(
                session, gezin, mensen[i], datum=date(2026, 9, 1 + 10 * i),
                directe_veiligheid="voorwaardelijk", stabiele_veiligheid="onzeker",
                voorstel="zo_doorgaan", directe_toelichting="Afspraken worden nagekomen.",
                arij_niveau="verhoogd" if i == 0 else "", arij_datum=date(2026, 9, 1) if i == 0
                else None, bodemeisen="Geen nieuwe politiecontacten",
                voorstel_toelichting="Het vrijwillig kader krijgt een eerlijke kans.",
            )  # fmt: skip
            for person, score in ((leden[0], 5 + i), (mensen[i], 4 + i), (leden[1], 6)):
                key = "gezinslid_id" if person in leden else "betrokkene_id"
                wegingen.geef_score(session, weging.id, score, **{key: person})
        for i in range(6):
            uren.schrijf_uren(session, gezin, mensen[i % 2], date(2026, 9, 1 + i), 1.5, "gesprek")
        bijeenkomsten.stel_vast(session, before.id)
        meeting = bijeenkomsten.plan_volgende(session, before.id)
        bijeenkomsten.wijzig(
            session, meeting.id, voorzitter_id=mensen[0], notulist_id=mensen[1],
            volgende="21-10-2026",
        )  # fmt: skip
        for i, person in enumerate(mensen):
            status = "aanwezig" if i % 4 else "afgemeld"
            bijeenkomsten.zet_aanwezigheid(session, meeting.id, status, betrokkene_id=person)
        for lid in leden[:2]:
            bijeenkomsten.zet_aanwezigheid(session, meeting.id, "aanwezig", gezinslid_id=lid)
        kolommen = ("zorgen", "gaat_goed", "moet_gebeuren")
        for i in range(punten_count):
            kolom = kolommen[i % 3]
            tekst = {"zorgen": ZORGEN, "gaat_goed": GAAT_GOED, "moet_gebeuren": TAKEN}[kolom]
            line = tekst[(i // 3) % len(tekst)]
            bijeenkomsten.voeg_punt_toe(session, meeting.id, kolom, f"{line} ({i})")
        for i in range(besluiten_count):
            kern = i % 5 == 0
            besluit = bijeenkomsten.neem_besluit(
                session, meeting.id, f"{BESLUITEN[i % len(BESLUITEN)]} ({i})",
                "kernbeslissing" if kern else "gewoon", gw if kern else None,
            )  # fmt: skip
            for n, ouder in enumerate(leden[:2]):  # the parents differ on every other decision
                standpunten.zet(
                    session, besluit.id, ouder, positie=("eens", "oneens")[(i + n * i) % 2],
                    woorden=WOORDEN[(i + n) % len(WOORDEN)],
                )  # fmt: skip
        owners = [afspraken.OUDERS, *(("gezinslid", lid) for lid in leden)]
        owners += [("betrokkene", person) for person in mensen]
        for i in range(afspraken_count):
            afspraken.maak(
                session, gezin, f"{TAKEN[i % len(TAKEN)].capitalize()} ({i})",
                owners[i % len(owners)],
                soort=("bodemeis", "veiligheidsafspraak")[i % 2] if i % 5 == 0 else "afspraak",
                deadline=date(2026, 10, 14) + timedelta(days=i) if i % 3 else None,
                bijeenkomst_id=meeting.id,
                deelresultaat="Eerste gesprek gevoerd" if i % 4 == 0 else "",
                mede=[owners[1 + (i + 3) % (len(owners) - 1)]] if i % 6 == 0 else (),
            )  # fmt: skip
        return gezin, meeting.id

    return workspace.edit("Synthetisch verslag", build)
