"""Tijdlijn: categorieen, gebeurtenissen with persons and history, patronen

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Paul Tol's muted palette (colour-blind safe) and a distinct marker shape per category.
DEFAULT_CATEGORIES = [
    ("levensgebeurtenis", "Levensgebeurtenis", "#332288", "o"),
    ("gezin", "Gezin & relaties", "#AA4499", "h"),
    ("wonen", "Wonen", "#DDCC77", "s"),
    ("school", "School", "#88CCEE", "t"),
    ("gezondheid", "Gezondheid", "#44AA99", "p"),
    ("incident", "Incident", "#CC6677", "star"),
    ("melding", "Melding", "#882255", "d"),
    ("hulp", "Hulp", "#117733", "s"),
    ("maatregel", "Maatregel", "#999933", "t1"),
    ("wisseling", "Wisseling hulpverlener", "#777777", "+"),
]


def _gezin_fk():
    return sa.ForeignKey("gezin.id", ondelete="CASCADE")


def upgrade() -> None:
    categorie = op.create_table(
        "categorie",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sleutel", sa.String(), nullable=True),
        sa.Column("naam", sa.String(), nullable=False),
        sa.Column("kleur", sa.String(), nullable=False),
        sa.Column("symbool", sa.String(), nullable=False),
        sa.Column("volgorde", sa.Integer(), nullable=False),
        sa.UniqueConstraint("sleutel"),
    )
    op.bulk_insert(
        categorie,
        [
            {"sleutel": key, "naam": name, "kleur": colour, "symbool": symbol, "volgorde": i}
            for i, (key, name, colour, symbol) in enumerate(DEFAULT_CATEGORIES)
        ],
    )
    op.create_table(
        "gebeurtenis",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("gezin_id", sa.Integer(), _gezin_fk(), nullable=False),
        sa.Column("titel", sa.String(), nullable=False),
        sa.Column("omschrijving", sa.String(), nullable=False),
        sa.Column("start", sa.String(), nullable=False),
        sa.Column("start_van", sa.Date(), nullable=False),
        sa.Column("start_tot", sa.Date(), nullable=False),
        sa.Column("einde", sa.String(), nullable=True),
        sa.Column("einde_van", sa.Date(), nullable=True),
        sa.Column("einde_tot", sa.Date(), nullable=True),
        sa.Column("categorie_id", sa.Integer(), sa.ForeignKey("categorie.id"), nullable=False),
        sa.Column(
            "betrokkene_id",
            sa.Integer(),
            sa.ForeignKey("betrokkene.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("bron", sa.String(), nullable=False),
        sa.Column("zichtbaarheid", sa.String(), nullable=False),
        sa.Column("hulpstatus", sa.String(), nullable=True),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_gebeurtenis_gezin_id", "gebeurtenis", ["gezin_id"])
    op.create_table(
        "gebeurtenis_persoon",
        sa.Column(
            "gebeurtenis_id",
            sa.Integer(),
            sa.ForeignKey("gebeurtenis.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "gezinslid_id",
            sa.Integer(),
            sa.ForeignKey("gezinslid.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_gebeurtenis_persoon_gezinslid_id", "gebeurtenis_persoon", ["gezinslid_id"])
    op.create_table(
        "gebeurtenis_wijziging",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("gezin_id", sa.Integer(), _gezin_fk(), nullable=False),
        sa.Column("gebeurtenis_id", sa.Integer(), nullable=False),
        sa.Column("actie", sa.String(), nullable=False),
        sa.Column("veld", sa.String(), nullable=False),
        sa.Column("oud", sa.String(), nullable=False),
        sa.Column("nieuw", sa.String(), nullable=False),
        sa.Column("door", sa.String(), nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_gebeurtenis_wijziging_gezin_id", "gebeurtenis_wijziging", ["gezin_id"])
    op.create_index(
        "ix_gebeurtenis_wijziging_gebeurtenis_id", "gebeurtenis_wijziging", ["gebeurtenis_id"]
    )
    op.create_table(
        "patroon",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("gezin_id", sa.Integer(), _gezin_fk(), nullable=False),
        sa.Column("naam", sa.String(), nullable=False),
        sa.Column("omschrijving", sa.String(), nullable=False),
        sa.Column("kleur", sa.String(), nullable=False),
    )
    op.create_index("ix_patroon_gezin_id", "patroon", ["gezin_id"])
    op.create_table(
        "patroon_gebeurtenis",
        sa.Column(
            "patroon_id",
            sa.Integer(),
            sa.ForeignKey("patroon.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "gebeurtenis_id",
            sa.Integer(),
            sa.ForeignKey("gebeurtenis.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index(
        "ix_patroon_gebeurtenis_gebeurtenis_id", "patroon_gebeurtenis", ["gebeurtenis_id"]
    )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
