"""Taakverdeling: an afspraak gets a deelresultaat, an order on the board, co-owners, a
history of status, owner and date, and the four statuses of the board

"open" becomes "te_doen"; every other value stays. Cards keep the order they were made in.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 19:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("afspraak", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("deelresultaat", sa.String(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("volgorde", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE afspraak SET status = 'te_doen' WHERE status = 'open'")
    op.execute("UPDATE afspraak SET volgorde = id")

    op.create_table(
        "afspraak_mede_eigenaar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("afspraak_id", sa.Integer(), nullable=False),
        sa.Column("betrokkene_id", sa.Integer(), nullable=True),
        sa.Column("gezinslid_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["afspraak_id"], ["afspraak.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["betrokkene_id"], ["betrokkene.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gezinslid_id"], ["gezinslid.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("afspraak_mede_eigenaar", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_afspraak_mede_eigenaar_afspraak_id"), ["afspraak_id"], unique=False
        )

    op.create_table(
        "afspraak_wijziging",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("afspraak_id", sa.Integer(), nullable=False),
        sa.Column("bijeenkomst_id", sa.Integer(), nullable=True),
        sa.Column("veld", sa.String(), nullable=False),
        sa.Column("oud", sa.String(), nullable=False),
        sa.Column("nieuw", sa.String(), nullable=False),
        sa.Column("door", sa.String(), nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["afspraak_id"], ["afspraak.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["bijeenkomst_id"], ["bijeenkomst.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("afspraak_wijziging", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_afspraak_wijziging_afspraak_id"), ["afspraak_id"], unique=False
        )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
