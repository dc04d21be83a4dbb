"""Incidents, incident claims (with why and manual pins) and document near-duplicates.

Revision ID: 0002
Revises: 0001

Written out (not created from metadata) so this revision stays what it was.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_type", sa.String(length=60)),
        sa.Column("sub_event_type", sa.String(length=80)),
        sa.Column("target", sa.String(length=200)),
        sa.Column("place_name", sa.String(length=300)),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("country", sa.String(length=2)),
        sa.Column("admin1", sa.String(length=200)),
        sa.Column("date_from", sa.String(length=10)),
        sa.Column("date_to", sa.String(length=10)),
        sa.Column("claims_count", sa.Integer(), nullable=False),
        sa.Column("reports_count", sa.Integer(), nullable=False),
        sa.Column("sources_count", sa.Integer(), nullable=False),
        sa.Column("duplicates_count", sa.Integer(), nullable=False),
        sa.Column("contested", sa.Boolean(), nullable=False),
        sa.Column("contradictions", sa.Text(), nullable=False),
        sa.Column("ranges", sa.Text(), nullable=False),
        sa.Column("outlets", sa.Text(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    op.create_index("ix_incidents_date_from", "incidents", ["date_from"])
    op.create_index("ix_incidents_contested_date", "incidents", ["contested", "date_from"])
    op.create_index("ix_incidents_admin1", "incidents", ["admin1"])
    op.create_index("ix_incidents_event_type", "incidents", ["event_type"])
    op.create_table(
        "incident_claims",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE",
                                name=op.f("fk_incident_claims_claim_id_claims")),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_incident_claims")),
    )
    op.create_index("ix_incident_claims_incident_id", "incident_claims", ["incident_id"])
    op.create_table(
        "document_duplicates",
        sa.Column("document_id", sa.String(length=80), nullable=False),
        sa.Column("canonical_id", sa.String(length=80)),
        sa.Column("similarity", sa.Float()),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_document_duplicates_document_id_documents")),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_duplicates")),
    )
    op.create_index("ix_document_duplicates_canonical_id", "document_duplicates", ["canonical_id"])


def downgrade() -> None:
    op.drop_table("document_duplicates")
    op.drop_table("incident_claims")
    op.drop_table("incidents")
