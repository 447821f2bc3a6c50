"""One audience projection: decisions get an audience; "wat is er veranderd" becomes entries

The stored draft of "wat is er veranderd" goes: what changed on the timeline is now read live
with each item's own audience. Every line of the old text is kept, as an entry of the meeting
for professionals only: it had no audience, and may name an item that is confidential now.
The facilitator can widen an entry that is meant for everyone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 18:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("besluit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("zichtbaarheid", sa.String(), nullable=False, server_default="iedereen")
        )

    connection = op.get_bind()
    drafts = connection.execute(
        sa.text("SELECT id, veranderd FROM bijeenkomst WHERE trim(veranderd) != ''")
    ).all()
    for bijeenkomst_id, text in drafts:
        lines = [line.strip().lstrip("•").strip() for line in text.splitlines()]
        for position, line in enumerate(line for line in lines if line):
            connection.execute(
                sa.text(
                    "INSERT INTO punt (bijeenkomst_id, kolom, tekst, zichtbaarheid, volgorde) "
                    "VALUES (:b, 'veranderd', :t, 'professionals', :v)"
                ),
                {"b": bijeenkomst_id, "t": line, "v": position},
            )
    with op.batch_alter_table("bijeenkomst", schema=None) as batch_op:
        batch_op.drop_column("veranderd")


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
