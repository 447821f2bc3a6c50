"""Foundation: gezin, gezinsleden, betrokkenen, regie and vast aanspreekpunt history

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gezin",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("naam", sa.String(), nullable=False),
        sa.Column("gemeente", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("kader", sa.String(), nullable=False),
        sa.Column("product", sa.String(), nullable=False),
        sa.Column("fase", sa.String(), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
        sa.Column("bijgewerkt", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_gezin_naam", "gezin", ["naam"])
    op.create_table(
        "gezinslid",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "gezin_id", sa.Integer(), sa.ForeignKey("gezin.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("naam", sa.String(), nullable=False),
        sa.Column("relatie", sa.String(), nullable=False),
        sa.Column("geboorte", sa.String(), nullable=True),
        sa.Column("gezag", sa.Boolean(), nullable=False),
        sa.Column("thuiswonend", sa.Boolean(), nullable=False),
        sa.Column("kleur", sa.String(), nullable=False),
        sa.Column("notities", sa.String(), nullable=False),
        sa.Column("volgorde", sa.Integer(), nullable=False),
    )
    op.create_index("ix_gezinslid_gezin_id", "gezinslid", ["gezin_id"])
    op.create_table(
        "betrokkene",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "gezin_id", sa.Integer(), sa.ForeignKey("gezin.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("naam", sa.String(), nullable=False),
        sa.Column("organisatie", sa.String(), nullable=False),
        sa.Column("rol", sa.String(), nullable=False),
        sa.Column("domein", sa.String(), nullable=False),
        sa.Column("telefoon", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("actief_van", sa.Date(), nullable=True),
        sa.Column("actief_tot", sa.Date(), nullable=True),
    )
    op.create_index("ix_betrokkene_gezin_id", "betrokkene", ["gezin_id"])
    op.create_table(
        "regie_toewijzing",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "gezin_id", sa.Integer(), sa.ForeignKey("gezin.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("betrokkene_id", sa.Integer(), sa.ForeignKey("betrokkene.id"), nullable=True),
        sa.Column("ingang", sa.Date(), nullable=False),
        sa.Column("vastgelegd", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_regie_toewijzing_gezin_id", "regie_toewijzing", ["gezin_id"])
    op.create_table(
        "aanspreekpunt_toewijzing",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "gezinslid_id",
            sa.Integer(),
            sa.ForeignKey("gezinslid.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("betrokkene_id", sa.Integer(), sa.ForeignKey("betrokkene.id"), nullable=True),
        sa.Column("ingang", sa.Date(), nullable=False),
        sa.Column("vastgelegd", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "ix_aanspreekpunt_toewijzing_gezinslid_id", "aanspreekpunt_toewijzing", ["gezinslid_id"]
    )


def downgrade() -> None:
    # Forward only: a downgrade could drop user data. Restore a backup from reservekopieen/ instead.
    raise NotImplementedError("Casustafel migrations are forward only")
