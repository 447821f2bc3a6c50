"""Standpunten: each parent and gezagdrager has their own position on a decision, in their own
words, instead of one shared "ouders" position

The one recorded position and words of a decision go to every parent and gezagdrager of its
gezin (a member with gezag, or the moeder or vader), as that is what the old record said of
them together. In a gezin without them, the position and words stay in one row tied to no
gezinslid. A decision whose parents were never asked and whose words are empty gets no rows:
"not asked" is what no row means. Nothing else is lost, so the old columns go.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 00:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    recorded = connection.execute(
        sa.text(
            "SELECT besluit.id, besluit.ouders_positie, besluit.ouders_woorden, "
            "bijeenkomst.gezin_id FROM besluit JOIN bijeenkomst "
            "ON bijeenkomst.id = besluit.bijeenkomst_id "
            "WHERE besluit.ouders_positie != 'niet_gevraagd' "
            "OR trim(besluit.ouders_woorden) != '' ORDER BY besluit.id"
        )
    ).all()
    parents = {}
    for (gezin_id,) in {(row[3],) for row in recorded}:
        parents[gezin_id] = (
            connection.execute(
                sa.text(
                    "SELECT id FROM gezinslid WHERE gezin_id = :g AND (gezag = 1 "
                    "OR lower(trim(coalesce(relatie, ''))) IN ('moeder', 'vader')) "
                    "ORDER BY volgorde, id"
                ),
                {"g": gezin_id},
            )
            .scalars()
            .all()
        )

    # The decision table is rebuilt before any table refers to it, so no rebuild can touch
    # the new rows.
    with op.batch_alter_table("besluit", schema=None) as batch_op:
        batch_op.drop_column("ouders_positie")
        batch_op.drop_column("ouders_woorden")

    op.create_table(
        "standpunt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("besluit_id", sa.Integer(), nullable=False),
        sa.Column("gezinslid_id", sa.Integer(), nullable=True),
        sa.Column("positie", sa.String(), nullable=False),
        sa.Column("woorden", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["besluit_id"], ["besluit.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gezinslid_id"], ["gezinslid.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("besluit_id", "gezinslid_id"),
    )
    with op.batch_alter_table("standpunt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_standpunt_besluit_id"), ["besluit_id"], unique=False)

    insert = sa.text(
        "INSERT INTO standpunt (besluit_id, gezinslid_id, positie, woorden) VALUES (:b, :g, :p, :w)"
    )
    for besluit_id, positie, woorden, gezin_id in recorded:
        for gezinslid_id in parents[gezin_id] or [None]:
            connection.execute(
                insert, {"b": besluit_id, "g": gezinslid_id, "p": positie, "w": woorden}
            )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore the .pre-<revision>.bak instead.
    raise NotImplementedError("Casustafel migrations are forward only")
