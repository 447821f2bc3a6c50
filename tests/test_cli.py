import os
import subprocess
import sys

from PySide6.QtGui import QImage

from desktop_app import __version__
from desktop_app.services.bijeenkomst import bijeenkomsten, bouwstenen, standpunten
from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen, overzicht
from desktop_app.services.taakverdeling import afspraken
from desktop_app.services.tijdlijn import gebeurtenissen, patronen
from desktop_app.services.uren import uren
from desktop_app.services.weging import wegingen


def casustafel(*args, env_db=None):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CASUSTAFEL_DB", None)
    if env_db:
        env["CASUSTAFEL_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version():
    result = casustafel("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"casustafel {__version__}"


def test_demo_prints_its_id_last_and_recreating_keeps_other_gezinnen(db_path):
    first = casustafel("demo", "--db", db_path)
    assert first.returncode == 0, first.stderr
    ws = Workspace.open(db_path)
    own = ws.edit("Nieuw gezin", gezinnen.maak, "Gezin Eigen").id
    ws.close()

    again = casustafel("demo", "--db", db_path)
    assert again.returncode == 0, again.stderr
    demo_id = int(again.stdout.strip().splitlines()[-1])

    ws = Workspace.open(db_path)
    names = sorted(g.naam for g in ws.read(gezinnen.alle))
    demo = ws.read(overzicht.laad, demo_id)
    own_still_there = ws.read(gezinnen.haal, own).naam
    items = ws.read(gebeurtenissen.van_gezin, demo_id)
    patterns = ws.read(patronen.van_gezin, demo_id)
    meetings = ws.read(bijeenkomsten.van_gezin, demo_id)
    decisions = [d for m in meetings for d in ws.read(bijeenkomsten.besluiten, m.id)]
    views = [ws.read(standpunten.van_besluit, d.id) for d in decisions]
    agreements = ws.read(afspraken.van_gezin, demo_id)
    progress = [ws.read(bouwstenen.voortgang, m.id) for m in meetings]
    weighings = ws.read(wegingen.van_gezin, demo_id)
    hours = ws.read(uren.urenstand, demo_id)
    ws.close()
    assert names == ["Gezin Eigen", "Gezin Vermeulen"]
    assert own_still_there == "Gezin Eigen"
    relaties = [lid.relatie for lid in demo.leden]
    assert relaties.count("kind") == 3 and "grootouder" in relaties
    assert any(lid.relatie == "ex-partner" and lid.gezag for lid in demo.leden)
    assert len(demo.betrokkenen) >= 8
    assert len({b.organisatie for b in demo.betrokkenen}) >= 5
    assert demo.regiehouder is not None
    assert all(demo.aanspreekpunten.get(lid.id) for lid in demo.leden)

    assert len(items) >= 60
    assert items[-1].start_tot.year - items[0].start_van.year >= 15
    assert any(i.einde and i.hulpstatus == "afgebroken" for i in items)
    assert any(i.hulpstatus == "wachtlijst" for i in items)
    assert sum(i.zichtbaarheid == "professionals" for i in items) >= 3
    assert sum(i.zichtbaarheid == "vertrouwelijk" for i in items) == 1
    assert 2 <= len(patterns) <= 3

    assert len(meetings) == 4
    assert (meetings[-1].moment - meetings[0].moment).days <= 62
    assert [m.vastgesteld is not None for m in meetings] == [True, True, True, False]
    assert any(len({s.positie for s in said}) == 2 for said in views), "the parents differ"
    assert any(d.soort == "kernbeslissing" and d.gedragswetenschapper_id for d in decisions)
    assert {a.soort for a in agreements} == {"afspraak", "veiligheidsafspraak", "bodemeis"}
    assert len({tuple(sorted(p.items())) for p in progress}) == 4, "checklists in various states"
    assert len(weighings) == 3 and len({w.auteur_id for w in weighings}) == 2
    same_day = [w for w in weighings if w.datum == weighings[-1].datum]
    assert len({w.voorstel for w in same_day}) == 2, "one disagreement"
    assert 0 < hours.gebruikt <= hours.budget


def test_demo_then_snapshot_writes_a_png_of_the_overzicht(tmp_path):
    db = tmp_path / "env.sqlite"
    demo = casustafel("demo", env_db=db)  # the database named by $CASUSTAFEL_DB
    demo_id = demo.stdout.strip().splitlines()[-1]
    out = tmp_path / "overzicht.png"

    result = casustafel(
        "snapshot",
        "--gezin",
        demo_id,
        "--view",
        "overzicht",
        "-o",
        out,
        "--size",
        "1280x800",
        env_db=db,
    )

    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}) > 5


def test_errors_are_one_dutch_line_and_a_non_zero_exit(tmp_path):
    db = tmp_path / "c.sqlite"
    casustafel("demo", "--db", db)
    cases = {
        (
            "snapshot",
            "--db",
            db,
            "--gezin",
            "999",
            "-o",
            tmp_path / "x.png",
        ): "Gezin 999 bestaat niet",
        (
            "snapshot",
            "--db",
            tmp_path / "nope.sqlite",
            "--gezin",
            "1",
            "-o",
            tmp_path / "x.png",
        ): "bestaat niet",
        (
            "snapshot",
            "--db",
            db,
            "--gezin",
            "1",
            "-o",
            tmp_path / "x.png",
            "--size",
            "groot",
        ): "geen formaat",
        ("snapshot", "--db", db): "verplicht",
    }
    for args, expected in cases.items():
        result = casustafel(*args)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and expected in lines[0], result.stderr
        assert "Traceback" not in result.stderr
