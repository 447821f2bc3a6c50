"""Gewist: the one line a gezin erased for good leaves behind (who erased it, and when)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gewist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gezin_id", sa.Integer(), nullable=False),
        sa.Column("gezin_naam", sa.String(), nullable=False),
        sa.Column("door", sa.String(), nullable=False),
        sa.Column("op", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
