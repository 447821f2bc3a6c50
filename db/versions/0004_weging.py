"""Weging: wegingen with safety scores and history, product hours, hour budget per gezin

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:02:02.618217
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product_uren",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gezin_id", sa.Integer(), nullable=False),
        sa.Column("betrokkene_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("uren", sa.Float(), nullable=False),
        sa.Column("omschrijving", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["betrokkene_id"], ["betrokkene.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gezin_id"], ["gezin.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("product_uren", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_uren_gezin_id"), ["gezin_id"], unique=False)

    op.create_table(
        "weging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gezin_id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=True),
        sa.Column("auteur_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("directe_veiligheid", sa.String(), nullable=False),
        sa.Column("directe_toelichting", sa.String(), nullable=False),
        sa.Column("stabiele_veiligheid", sa.String(), nullable=False),
        sa.Column("stabiele_toelichting", sa.String(), nullable=False),
        sa.Column("arij_niveau", sa.String(), nullable=False),
        sa.Column("arij_datum", sa.Date(), nullable=True),
        sa.Column("bodemeisen", sa.String(), nullable=False),
        sa.Column("voorstel", sa.String(), nullable=False),
        sa.Column("voorstel_toelichting", sa.String(), nullable=False),
        sa.Column("zichtbaarheid", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["auteur_id"],
            ["betrokkene.id"],
        ),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["gezin_id"], ["gezin.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("weging", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weging_gezin_id"), ["gezin_id"], unique=False)

    op.create_table(
        "veiligheidsscore",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weging_id", sa.Integer(), nullable=False),
        sa.Column("betrokkene_id", sa.Integer(), nullable=True),
        sa.Column("gezinslid_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("zichtbaarheid", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["betrokkene_id"], ["betrokkene.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gezinslid_id"], ["gezinslid.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["weging_id"], ["weging.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("veiligheidsscore", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_veiligheidsscore_weging_id"), ["weging_id"], unique=False
        )

    op.create_table(
        "weging_wijziging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("weging_id", sa.Integer(), nullable=False),
        sa.Column("veld", sa.String(), nullable=False),
        sa.Column("oud", sa.String(), nullable=False),
        sa.Column("nieuw", sa.String(), nullable=False),
        sa.Column("door", sa.String(), nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["weging_id"], ["weging.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("weging_wijziging", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_weging_wijziging_weging_id"), ["weging_id"], unique=False
        )

    with op.batch_alter_table("gezin", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("uren_budget", sa.Float(), nullable=False, server_default="25")
        )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
