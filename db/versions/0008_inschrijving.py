"""Inschrijving: the municipality where a gezinslid is registered (BRP); betrokkenen's
actief van/tot become dates as people say them ("zomer 2022").

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gezinslid", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("inschrijving", sa.String(), nullable=False, server_default="")
        )
    # A stored date ("2025-03-01") is already a FuzzyDate's stored form for a day: the
    # column only changes its declared type; every value stays as it is.
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        for column in ("actief_van", "actief_tot"):
            batch_op.alter_column(
                column, existing_type=sa.Date(), type_=sa.String(), existing_nullable=True
            )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
