import shutil
import sqlite3
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from desktop_app.services.core.workspace import Workspace
from desktop_app.services.gezin import gezinnen
from desktop_app.store.fouten import OpslagFout
from desktop_app.store.migrations import (
    MigratieFout,
    current_revision,
    ensure_current,
    head_revision,
)
from desktop_app.store.project_dirs import MIGRATIONS_DIR
from desktop_app.store.reserve import lijst


def test_empty_file_is_created_at_head(db_path):
    ensure_current(db_path)
    assert current_revision(db_path) == head_revision()
    assert not (db_path.parent / "reservekopieen").exists(), "nothing to back up for a new file"


def test_models_match_the_migrations(workspace):
    with workspace.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_head_to_head_is_a_cheap_no_op(db_path):
    ensure_current(db_path)
    before = db_path.read_bytes()
    sys.modules.pop("alembic.command", None)
    ensure_current(db_path)
    assert db_path.read_bytes() == before
    assert "alembic.command" not in sys.modules, "alembic must not load when already at head"
    assert not (db_path.parent / "reservekopieen").exists()


def test_data_survives_reopening(db_path):
    ws = Workspace.open(db_path)
    gezin_id = ws.edit("Nieuw gezin", gezinnen.maak, "Gezin Aydin", "Delft").id
    ws.close()
    ws = Workspace.open(db_path)
    assert ws.read(gezinnen.haal, gezin_id).naam == "Gezin Aydin"
    ws.close()


@pytest.fixture
def scripts_with_broken_step(tmp_path):
    scripts = tmp_path / "db"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (scripts / "versions" / "9999_broken.py").write_text(
        f'revision = "9999"\ndown_revision = "{head}"\n'
        "from alembic import op\n"
        "def upgrade():\n"
        '    op.execute("CREATE TABLE half_done (id INTEGER)")\n'
        "    op.execute(\"UPDATE gezin SET naam = 'kapot'\")\n"
        '    op.execute("THIS IS NOT SQL")\n',
        encoding="utf-8",
    )
    return scripts


def test_broken_migration_leaves_file_byte_identical(db_path, scripts_with_broken_step):
    ws = Workspace.open(db_path)
    ws.edit("Nieuw gezin", gezinnen.maak, "Gezin Bakker")
    ws.close()
    original = db_path.read_bytes()

    with pytest.raises(MigratieFout, match="Er is niets veranderd"):
        ensure_current(db_path, script_dir=scripts_with_broken_step)

    assert db_path.read_bytes() == original
    names = [r[0] for r in sqlite3.connect(db_path).execute("SELECT naam FROM gezin")]
    assert names == ["Gezin Bakker"]
    assert not db_path.with_name(db_path.name + ".migreren").exists()


def test_upgrade_of_existing_file_keeps_data_and_a_backup(db_path, scripts_with_broken_step):
    ws = Workspace.open(db_path)
    ws.edit("Nieuw gezin", gezinnen.maak, "Gezin Bakker")
    ws.close()
    good = scripts_with_broken_step / "versions" / "9999_broken.py"
    good.write_text(
        good.read_text().split("from alembic")[0]
        + "from alembic import op\nimport sqlalchemy as sa\n"
        "def upgrade():\n    op.add_column('gezin', sa.Column('extra', sa.String()))\n",
        encoding="utf-8",
    )
    before = current_revision(db_path)

    ensure_current(db_path, script_dir=scripts_with_broken_step)

    assert current_revision(db_path) == "9999"
    rows = list(sqlite3.connect(db_path).execute("SELECT naam, extra FROM gezin"))
    assert rows == [("Gezin Bakker", None)]
    [kopie] = lijst(db_path, None)
    assert kopie.reden == "bijwerken" and kopie.opent
    assert current_revision(kopie.pad) == before, "the backup is of the store before migrating"
    assert [r[0] for r in sqlite3.connect(kopie.pad).execute("SELECT naam FROM gezin")] == [
        "Gezin Bakker"
    ]


def test_a_file_that_is_no_database_gives_a_dutch_error(db_path):
    db_path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(OpslagFout, match="geen Casustafel-database"):
        ensure_current(db_path)


def test_a_populated_store_upgrades_from_every_earlier_revision(db_path):
    """Each migration runs against real data of the revision before it: nothing is lost."""
    from alembic import command
    from alembic.config import Config

    from desktop_app.services.demo import maak_demo

    versions = sorted(p.name.split("_")[0] for p in (MIGRATIONS_DIR / "versions").glob("0*.py"))
    for previous in versions[:-1]:
        path = db_path.with_name(f"at-{previous}.sqlite")
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
        command.upgrade(config, previous)
        with sqlite3.connect(path) as connection:
            connection.execute(
                "INSERT INTO gezin (naam, gemeente, status, kader, product, fase, demo, "
                "aangemaakt, bijgewerkt) VALUES ('Gezin Oud', 'Delft', 'actief', 'vrijwillig', "
                "'geen', 'wegen', 0, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
            )
        ws = Workspace.open(path)
        names = [g.naam for g in ws.read(gezinnen.alle)]
        ws.edit("Demo", maak_demo)  # the newest code works on the upgraded file
        ws.close()
        assert names == ["Gezin Oud"], previous
        assert current_revision(path) == head_revision()


def _op_revisie(db_path, revision: str) -> None:
    """A store as a Casustafel of `revision` left it, to fill with its own SQL."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    command.upgrade(config, revision)


def test_the_stored_what_changed_becomes_entries_for_professionals(db_path):
    """0005: the old draft had no audience and may name what is confidential now; every line
    is kept, for professionals, and decisions become for everyone as they were shown."""

    from desktop_app.services.publiek import bijeenkomst as publiek_bijeenkomst
    from desktop_app.services.publiek.regel import Publiek

    _op_revisie(db_path, "0004")
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO gezin (id, naam, gemeente, status, kader, product, fase, demo, "
            "uren_budget, aangemaakt, bijgewerkt) VALUES (1, 'Gezin Oud', '', 'actief', "
            "'vrijwillig', 'geen', 'wegen', 0, 25, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
        connection.execute(
            "INSERT INTO bijeenkomst (id, gezin_id, moment, soort, locatie, veranderd) VALUES "
            "(1, 1, '2025-02-01 13:00:00', 'mdo', '', '• Verhuizing (nieuw)\n\n• Opvangadres')"
        )
        connection.execute(
            "INSERT INTO besluit (bijeenkomst_id, tekst, soort, ouders_positie, ouders_woorden) "
            "VALUES (1, 'Doorgaan', 'gewoon', 'eens', '')"
        )
    ws = Workspace.open(db_path)
    for_parents = ws.read(publiek_bijeenkomst.bijeenkomst, 1, Publiek.OUDERS)
    for_professionals = ws.read(publiek_bijeenkomst.bijeenkomst, 1, Publiek.PROFESSIONALS)
    ws.close()
    assert for_parents.veranderd == []
    assert for_professionals.veranderd == ["Verhuizing (nieuw)", "Opvangadres"]
    assert [b.tekst for b in for_parents.besluiten] == ["Doorgaan"]


def test_the_parents_one_position_goes_to_each_parent_and_nothing_is_lost(db_path):
    """0011: the one "ouders" position and words of a decision become each parent's and
    gezagdrager's own; in a gezin without them one row keeps them, tied to no member."""

    from desktop_app.services.bijeenkomst import standpunten
    from desktop_app.services.publiek import bijeenkomst as publiek_bijeenkomst
    from desktop_app.services.publiek.regel import Publiek

    _op_revisie(db_path, "0007")
    with sqlite3.connect(db_path) as connection:
        for gezin_id in (1, 2):
            connection.execute(
                "INSERT INTO gezin (id, naam, gemeente, status, kader, product, fase, demo, "
                "uren_budget, aangemaakt, bijgewerkt) VALUES (?, 'Gezin Oud', '', 'actief', "
                "'vrijwillig', 'geen', 'wegen', 0, 25, '2025-01-01 00:00:00', "
                "'2025-01-01 00:00:00')",
                (gezin_id,),
            )
            connection.execute(
                "INSERT INTO bijeenkomst (id, gezin_id, moment, soort, locatie) "
                "VALUES (?, ?, '2025-02-01 13:00:00', 'mdo', '')",
                (gezin_id, gezin_id),
            )
        for lid_id, naam, relatie, gezag, volgorde in (
            (1, "Kind Oud", "kind", 0, 0),
            (2, "Vader Oud", "ex-partner", 1, 2),  # a gezagdrager, whatever the relation
            (3, "Moeder Oud", "Moeder", 0, 1),  # a parent without gezag
            (4, "Oma Oud", "grootouder", 0, 3),
        ):
            connection.execute(
                "INSERT INTO gezinslid (id, gezin_id, naam, relatie, gezag, thuiswonend, kleur, "
                "notities, volgorde) VALUES (?, 1, ?, ?, ?, 1, '#000000', '', ?)",
                (lid_id, naam, relatie, gezag, volgorde),
            )
        decisions = (
            (1, 1, "oneens", "Wij willen nog een kans"),
            (2, 1, "niet_gevraagd", ""),
            (3, 1, "niet_gevraagd", "Alleen woorden"),
            (4, 2, "niet_aanwezig", "Geen ouders in dit gezin"),
        )
        for besluit_id, bijeenkomst_id, positie, woorden in decisions:
            connection.execute(
                "INSERT INTO besluit (id, bijeenkomst_id, tekst, soort, ouders_positie, "
                "ouders_woorden, zichtbaarheid) VALUES (?, ?, 'Besluit', 'gewoon', ?, ?, "
                "'iedereen')",
                (besluit_id, bijeenkomst_id, positie, woorden),
            )

    ws = Workspace.open(db_path)
    said = {
        b: [(s.naam, s.positie, s.woorden) for s in ws.read(standpunten.van_besluit, b)]
        for b in (1, 2, 3, 4)
    }
    shown = ws.read(publiek_bijeenkomst.bijeenkomst, 2, Publiek.OUDERS).besluiten[0]
    ws.close()
    assert said[1] == [
        ("Moeder Oud", "oneens", "Wij willen nog een kans"),
        ("Vader Oud", "oneens", "Wij willen nog een kans"),
    ]
    assert said[2] == [("Moeder Oud", "niet_gevraagd", ""), ("Vader Oud", "niet_gevraagd", "")]
    assert said[3] == [
        ("Moeder Oud", "niet_gevraagd", "Alleen woorden"),
        ("Vader Oud", "niet_gevraagd", "Alleen woorden"),
    ]
    assert said[4] == [("Ouders", "niet_aanwezig", "Geen ouders in dit gezin")]
    assert [(s.naam, s.positie, s.woorden) for s in shown.standpunten] == [
        ("Ouders", "Niet aanwezig", "Geen ouders in dit gezin")
    ]
    columns = [row[1] for row in sqlite3.connect(db_path).execute("PRAGMA table_info(besluit)")]
    assert "ouders_positie" not in columns and "ouders_woorden" not in columns


def test_betrokkenen_dates_and_their_regie_survive_0008_and_take_fuzzy_dates(db_path):
    """0008 re-declares actief van/tot as text: the dates stored before read as the same
    days, the regie pointing at the betrokkene stays, and members get an empty inschrijving."""

    from desktop_app.services.gezin import betrokkenen, overzicht

    _op_revisie(db_path, "0007")
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO gezin (id, naam, gemeente, status, kader, product, fase, demo, "
            "uren_budget, aangemaakt, bijgewerkt) VALUES (1, 'Gezin Oud', '', 'actief', "
            "'vrijwillig', 'geen', 'wegen', 0, 25, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
        connection.execute(
            "INSERT INTO betrokkene (id, gezin_id, naam, organisatie, rol, domein, telefoon, "
            "email, actief_van, actief_tot) VALUES (1, 1, 'Anna', 'GI', 'jeugdbeschermer', "
            "'gi', '', '', '2025-03-01', '2025-09-30')"
        )
        connection.execute(
            "INSERT INTO regie_toewijzing (gezin_id, betrokkene_id, ingang, vastgelegd) "
            "VALUES (1, 1, '2025-03-01', '2025-03-01 09:00:00.000000')"
        )
        connection.execute(
            "INSERT INTO gezinslid (gezin_id, naam, relatie, gezag, thuiswonend, kleur, "
            "notities, volgorde) VALUES (1, 'Noah', 'kind', 0, 1, '#0072B2', '', 0)"
        )
    ws = Workspace.open(db_path)
    before = ws.read(overzicht.laad, 1)
    ws.edit("B", betrokkenen.wijzig, 1, actief_van="zomer 2022")
    after = ws.read(betrokkenen.van_gezin, 1)[0]
    ws.close()
    anna = before.betrokkenen[0]
    assert (anna.actief_van, anna.actief_tot) == ("2025-03-01", "2025-09-30")
    assert before.regiehouder_id == 1
    assert [lid.inschrijving for lid in before.leden] == [""]
    assert after.actief_van == "2022-zomer"
