"""Bijeenkomsten: meetings, attendance, columns, decisions, agreements, checklist

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 08:54:48.555336
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bouwsteen_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bouwsteen", sa.String(), nullable=False),
        sa.Column("tekst", sa.String(), nullable=False),
        sa.Column("volgorde", sa.Integer(), nullable=False),
        sa.Column("actief", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bouwsteen_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bouwsteen_item_bouwsteen"), ["bouwsteen"], unique=False
        )

    op.create_table(
        "bijeenkomst",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gezin_id", sa.Integer(), nullable=False),
        sa.Column("moment", sa.DateTime(timezone=True), nullable=False),
        sa.Column("soort", sa.String(), nullable=False),
        sa.Column("locatie", sa.String(), nullable=False),
        sa.Column("voorzitter_id", sa.Integer(), nullable=True),
        sa.Column("notulist_id", sa.Integer(), nullable=True),
        sa.Column("veranderd", sa.String(), nullable=False),
        sa.Column("volgende", sa.Date(), nullable=True),
        sa.Column("vastgesteld", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["gezin_id"], ["gezin.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["notulist_id"], ["betrokkene.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["voorzitter_id"], ["betrokkene.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bijeenkomst", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bijeenkomst_gezin_id"), ["gezin_id"], unique=False)

    op.create_table(
        "aanwezigheid",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=False),
        sa.Column("betrokkene_id", sa.Integer(), nullable=True),
        sa.Column("gezinslid_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["betrokkene_id"], ["betrokkene.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gezinslid_id"], ["gezinslid.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("aanwezigheid", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_aanwezigheid_bijeenkomst_id"), ["bijeenkomst_id"], unique=False
        )

    op.create_table(
        "afspraak",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gezin_id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=True),
        sa.Column("soort", sa.String(), nullable=False),
        sa.Column("tekst", sa.String(), nullable=False),
        sa.Column("betrokkene_id", sa.Integer(), nullable=True),
        sa.Column("gezinslid_id", sa.Integer(), nullable=True),
        sa.Column("ouders", sa.Boolean(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("zichtbaarheid", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["betrokkene_id"], ["betrokkene.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["gezin_id"], ["gezin.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gezinslid_id"], ["gezinslid.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("afspraak", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_afspraak_gezin_id"), ["gezin_id"], unique=False)

    op.create_table(
        "besluit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=False),
        sa.Column("tekst", sa.String(), nullable=False),
        sa.Column("soort", sa.String(), nullable=False),
        sa.Column("ouders_positie", sa.String(), nullable=False),
        sa.Column("ouders_woorden", sa.String(), nullable=False),
        sa.Column("gedragswetenschapper_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["gedragswetenschapper_id"], ["betrokkene.id"], ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("besluit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_besluit_bijeenkomst_id"), ["bijeenkomst_id"], unique=False
        )

    op.create_table(
        "bijeenkomst_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=False),
        sa.Column("actie", sa.String(), nullable=False),
        sa.Column("reden", sa.String(), nullable=False),
        sa.Column("door", sa.String(), nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bijeenkomst_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bijeenkomst_log_bijeenkomst_id"), ["bijeenkomst_id"], unique=False
        )

    op.create_table(
        "checklist_antwoord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("bouwsteen", sa.String(), nullable=False),
        sa.Column("tekst", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("notitie", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["bouwsteen_item.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checklist_antwoord", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_antwoord_bijeenkomst_id"), ["bijeenkomst_id"], unique=False
        )

    op.create_table(
        "punt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=False),
        sa.Column("kolom", sa.String(), nullable=False),
        sa.Column("tekst", sa.String(), nullable=False),
        sa.Column("zichtbaarheid", sa.String(), nullable=False),
        sa.Column("volgorde", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("punt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_punt_bijeenkomst_id"), ["bijeenkomst_id"], unique=False
        )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
