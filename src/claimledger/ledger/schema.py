"""The ledger's tables, as SQLAlchemy Core (one ``metadata`` for every area).

    blobs ─┐ original bytes, content-addressed (sha256), never modified
           └─< documents  id = "sha256:<hex of the extracted text>"
    sources ─< documents       publishers (outlet, domain), apart from actors
    documents ─< appearances   every place/outlet the same text was seen
    documents ─< analyses      one per pipeline version; older ones kept
    analyses ─< claims ─< figures
    analyses ─< analysis_actors >─ actors ─< actor_aliases
    documents ─< acled_events  coded ACLED rows imported with --acled

Other areas add their own tables to this ``metadata`` in their own module and
their own Alembic revision (``down_revision`` pointing at ours). Full-text
search (SQLite FTS5 tables and triggers, PostgreSQL GIN indexes over
``to_tsvector``) is created per dialect in the migrations, not here.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

# Timestamps are ISO 8601 text in UTC ("2026-11-25T20:10:00Z") and dates are
# "YYYY-MM-DD" text: they sort correctly, compare as strings and look the same
# on SQLite and PostgreSQL.

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("bytes", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("media_type", String(100), nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(300), nullable=False, unique=True),  # domain, else normalised name
    Column("name", String(300), nullable=True),
    Column("domain", String(300), nullable=True),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("blob_sha256", String(64), ForeignKey("blobs.sha256"), nullable=True),
    Column("text", Text, nullable=False),
    Column("chars", Integer, nullable=False),
    Column("title", Text),
    Column("source", String(300)),  # publisher name as read
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=True),
    Column("url", Text),
    Column("published", String(10)),  # YYYY-MM-DD
    Column("path", Text),
    Column("media_type", String(100)),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_documents_source_id", "source_id"),
    Index("ix_documents_published", "published"),
)

appearances = Table(
    "appearances",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(80), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=True),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("path", Text),
    Column("seen_at", String(32), nullable=False),
    Index("ix_appearances_document_id", "document_id"),
)

analyses = Table(
    "analyses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(80), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("pipeline", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("is_current", Boolean, nullable=False, default=True),
    Column("claims_count", Integer, nullable=False, default=0),
    Column("data", Text),  # the analysis JSON minus claims (places, actors, contradictions)
    UniqueConstraint("document_id", "pipeline", name="uq_analyses_document_pipeline"),
    Index("ix_analyses_document_id", "document_id"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("type", String(20), nullable=False, default="unknown"),
    Column("merged_into", Integer, ForeignKey("actors.id"), nullable=True),
    Column("created_at", String(32), nullable=False),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("alias", String(300), nullable=False),
    Column("norm", String(300), nullable=False, unique=True),
    # machine (seen in a document), data (alias file), person (merge/split by a person)
    Column("origin", String(10), nullable=False, default="machine"),
    Index("ix_actor_aliases_actor_id", "actor_id"),
)

analysis_actors = Table(
    "analysis_actors",
    metadata,
    Column("analysis_id", Integer, ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True),
    Column("local_id", String(40), primary_key=True),  # the actor id inside the analysis
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=True),
    Column("name", String(300), nullable=False),
    Column("mentions", Integer, nullable=False, default=0),
    Index("ix_analysis_actors_actor_id", "actor_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("analysis_id", Integer, ForeignKey("analyses.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", String(80), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(40), nullable=False),  # "c1"
    Column("is_current", Boolean, nullable=False, default=True),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("claimant_name", String(300)),
    Column("claimant_actor_id", Integer, ForeignKey("actors.id"), nullable=True),
    Column("claimant_role", String(300)),
    Column("reported_by_name", String(300)),
    Column("reported_by_actor_id", Integer, ForeignKey("actors.id"), nullable=True),
    Column("attribution", String(10), nullable=False),
    Column("stance", String(15), nullable=False),
    Column("cue_text", String(200)),
    Column("content_text", Text),
    Column("content_start", Integer),
    Column("content_end", Integer),
    Column("event_type", String(60)),
    Column("sub_event_type", String(80)),
    Column("target", String(200)),
    Column("perpetrators", Text),  # JSON list of ledger actor ids named in the event
    Column("event_date", String(10)),
    Column("date_precision", String(5)),
    Column("place_name", String(300)),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("admin1", String(200)),
    Column("killed_low", Integer),
    Column("killed_high", Integer),
    Column("injured_low", Integer),
    Column("injured_high", Integer),
    Column("data", Text, nullable=False),  # the full claim JSON per the analysis contract
    Index("ix_claims_analysis_id", "analysis_id"),
    Index("ix_claims_document_id", "document_id"),
    Index("ix_claims_current_event", "is_current", "event_type", "event_date"),
    Index("ix_claims_event_date", "event_date"),
    Index("ix_claims_admin1", "admin1"),
    Index("ix_claims_lat_lon", "lat", "lon"),
    Index("ix_claims_claimant_actor_id", "claimant_actor_id"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    Column("category", String(20), nullable=False),
    Column("value", Integer),
    Column("low", Integer),
    Column("high", Integer),
    Column("text", String(300)),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Index("ix_figures_claim_id", "claim_id"),
)

acled_events = Table(
    "acled_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(100), nullable=False, unique=True),  # event_id_cnty, else data_id
    Column("document_id", String(80), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=True),
    Column("event_id_cnty", String(40)),
    Column("data_id", String(40)),
    Column("event_date", String(10)),
    Column("year", Integer),
    Column("time_precision", Integer),
    Column("event_type", String(60)),
    Column("sub_event_type", String(80)),
    Column("original_event_type", String(80)),  # as written in the file, before mapping
    Column("actor1", String(300)),
    Column("assoc_actor_1", String(300)),
    Column("actor2", String(300)),
    Column("assoc_actor_2", String(300)),
    Column("interaction", String(10)),
    Column("country", String(100)),
    Column("iso", String(10)),
    Column("admin1", String(200)),
    Column("admin2", String(200)),
    Column("admin3", String(200)),
    Column("location", String(300)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("source", Text),
    Column("source_scale", String(100)),
    Column("notes", Text),
    Column("fatalities", Integer),
    Index("ix_acled_events_document_id", "document_id"),
    Index("ix_acled_events_event_type_date", "event_type", "event_date"),
)

# Tables this module owns (created by migration 0001), in creation order.
LEDGER_TABLES: tuple[str, ...] = (
    "blobs",
    "sources",
    "documents",
    "appearances",
    "analyses",
    "actors",
    "actor_aliases",
    "analysis_actors",
    "claims",
    "figures",
    "acled_events",
)
