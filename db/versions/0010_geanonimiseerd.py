"""Geanonimiseerd: a gezin read from an anonymised dossier says so wherever its name is shown

Revision ID: 0010
Revises: 0007
Create Date: 2026-11-26 00:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gezin") as batch:
        batch.add_column(
            sa.Column("geanonimiseerd", sa.Boolean(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
