"""Ledger tables (documents, sources, analyses, actors, claims, figures, ACLED) and full-text search.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 20:10:21.438858

Tables are written out here (not created from schema.metadata) so this revision
stays what it was; later changes to schema.py go in new revisions.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('merged_into', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['merged_into'], ['actors.id'], name=op.f('fk_actors_merged_into_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors')),
    sa.UniqueConstraint('key', name=op.f('uq_actors_key'))
    )
    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('bytes', sa.LargeBinary(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=True),
    sa.Column('domain', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
    sa.UniqueConstraint('key', name=op.f('uq_sources_key'))
    )
    op.create_table('actor_aliases',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('norm', sa.String(length=300), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_aliases_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_aliases')),
    sa.UniqueConstraint('norm', name=op.f('uq_actor_aliases_norm'))
    )
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.create_index('ix_actor_aliases_actor_id', ['actor_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('chars', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('media_type', sa.String(length=100), nullable=True),
    sa.Column('ingested_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_documents_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_documents_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_published', ['published'], unique=False)
        batch_op.create_index('ix_documents_source_id', ['source_id'], unique=False)

    op.create_table('acled_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('event_id_cnty', sa.String(length=40), nullable=True),
    sa.Column('data_id', sa.String(length=40), nullable=True),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('event_type', sa.String(length=60), nullable=True),
    sa.Column('sub_event_type', sa.String(length=80), nullable=True),
    sa.Column('original_event_type', sa.String(length=80), nullable=True),
    sa.Column('actor1', sa.String(length=300), nullable=True),
    sa.Column('assoc_actor_1', sa.String(length=300), nullable=True),
    sa.Column('actor2', sa.String(length=300), nullable=True),
    sa.Column('assoc_actor_2', sa.String(length=300), nullable=True),
    sa.Column('interaction', sa.String(length=10), nullable=True),
    sa.Column('country', sa.String(length=100), nullable=True),
    sa.Column('iso', sa.String(length=10), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('admin2', sa.String(length=200), nullable=True),
    sa.Column('admin3', sa.String(length=200), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('geo_precision', sa.Integer(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('source_scale', sa.String(length=100), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('fatalities', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_acled_events_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_acled_events_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acled_events')),
    sa.UniqueConstraint('key', name=op.f('uq_acled_events_key'))
    )
    with op.batch_alter_table('acled_events', schema=None) as batch_op:
        batch_op.create_index('ix_acled_events_document_id', ['document_id'], unique=False)
        batch_op.create_index('ix_acled_events_event_type_date', ['event_type', 'event_date'], unique=False)

    op.create_table('analyses',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('pipeline', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('claims_count', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_analyses_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_analyses')),
    sa.UniqueConstraint('document_id', 'pipeline', name='uq_analyses_document_pipeline')
    )
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.create_index('ix_analyses_document_id', ['document_id'], unique=False)

    op.create_table('appearances',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('seen_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_appearances_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name=op.f('fk_appearances_source_id_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appearances'))
    )
    with op.batch_alter_table('appearances', schema=None) as batch_op:
        batch_op.create_index('ix_appearances_document_id', ['document_id'], unique=False)

    op.create_table('analysis_actors',
    sa.Column('analysis_id', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_analysis_actors_actor_id_actors')),
    sa.ForeignKeyConstraint(['analysis_id'], ['analyses.id'], name=op.f('fk_analysis_actors_analysis_id_analyses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('analysis_id', 'local_id', name=op.f('pk_analysis_actors'))
    )
    with op.batch_alter_table('analysis_actors', schema=None) as batch_op:
        batch_op.create_index('ix_analysis_actors_actor_id', ['actor_id'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('analysis_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.String(length=80), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('claimant_name', sa.String(length=300), nullable=True),
    sa.Column('claimant_actor_id', sa.Integer(), nullable=True),
    sa.Column('claimant_role', sa.String(length=300), nullable=True),
    sa.Column('reported_by_name', sa.String(length=300), nullable=True),
    sa.Column('reported_by_actor_id', sa.Integer(), nullable=True),
    sa.Column('attribution', sa.String(length=10), nullable=False),
    sa.Column('stance', sa.String(length=15), nullable=False),
    sa.Column('cue_text', sa.String(length=200), nullable=True),
    sa.Column('content_text', sa.Text(), nullable=True),
    sa.Column('content_start', sa.Integer(), nullable=True),
    sa.Column('content_end', sa.Integer(), nullable=True),
    sa.Column('event_type', sa.String(length=60), nullable=True),
    sa.Column('sub_event_type', sa.String(length=80), nullable=True),
    sa.Column('target', sa.String(length=200), nullable=True),
    sa.Column('perpetrators', sa.Text(), nullable=True),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=5), nullable=True),
    sa.Column('place_name', sa.String(length=300), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('killed_low', sa.Integer(), nullable=True),
    sa.Column('killed_high', sa.Integer(), nullable=True),
    sa.Column('injured_low', sa.Integer(), nullable=True),
    sa.Column('injured_high', sa.Integer(), nullable=True),
    sa.Column('data', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['analysis_id'], ['analyses.id'], name=op.f('fk_claims_analysis_id_analyses'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['claimant_actor_id'], ['actors.id'], name=op.f('fk_claims_claimant_actor_id_actors')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_claims_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reported_by_actor_id'], ['actors.id'], name=op.f('fk_claims_reported_by_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_admin1', ['admin1'], unique=False)
        batch_op.create_index('ix_claims_analysis_id', ['analysis_id'], unique=False)
        batch_op.create_index('ix_claims_claimant_actor_id', ['claimant_actor_id'], unique=False)
        batch_op.create_index('ix_claims_current_event', ['is_current', 'event_type', 'event_date'], unique=False)
        batch_op.create_index('ix_claims_document_id', ['document_id'], unique=False)
        batch_op.create_index('ix_claims_event_date', ['event_date'], unique=False)
        batch_op.create_index('ix_claims_lat_lon', ['lat', 'lon'], unique=False)

    op.create_table('figures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('value', sa.Integer(), nullable=True),
    sa.Column('low', sa.Integer(), nullable=True),
    sa.Column('high', sa.Integer(), nullable=True),
    sa.Column('text', sa.String(length=300), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_figures_claim_id_claims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_figures'))
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index('ix_figures_claim_id', ['claim_id'], unique=False)
    _create_search()


def downgrade() -> None:
    _drop_search()
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index('ix_figures_claim_id')

    op.drop_table('figures')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_lat_lon')
        batch_op.drop_index('ix_claims_event_date')
        batch_op.drop_index('ix_claims_document_id')
        batch_op.drop_index('ix_claims_current_event')
        batch_op.drop_index('ix_claims_claimant_actor_id')
        batch_op.drop_index('ix_claims_analysis_id')
        batch_op.drop_index('ix_claims_admin1')

    op.drop_table('claims')
    with op.batch_alter_table('analysis_actors', schema=None) as batch_op:
        batch_op.drop_index('ix_analysis_actors_actor_id')

    op.drop_table('analysis_actors')
    with op.batch_alter_table('appearances', schema=None) as batch_op:
        batch_op.drop_index('ix_appearances_document_id')

    op.drop_table('appearances')
    with op.batch_alter_table('analyses', schema=None) as batch_op:
        batch_op.drop_index('ix_analyses_document_id')

    op.drop_table('analyses')
    with op.batch_alter_table('acled_events', schema=None) as batch_op:
        batch_op.drop_index('ix_acled_events_event_type_date')
        batch_op.drop_index('ix_acled_events_document_id')

    op.drop_table('acled_events')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_source_id')
        batch_op.drop_index('ix_documents_published')

    op.drop_table('documents')
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.drop_index('ix_actor_aliases_actor_id')

    op.drop_table('actor_aliases')
    op.drop_table('sources')
    op.drop_table('blobs')
    op.drop_table('actors')


# Full-text search, per dialect. SQLite: FTS5 tables kept in step by triggers
# (claims_fts reads its text from claims; documents_fts holds its own copy,
# since documents have no stable integer key). PostgreSQL: GIN indexes over
# to_tsvector expressions that the search queries repeat verbatim.
CLAIMS_TSV = "to_tsvector('english'::regconfig, coalesce(text, '') || ' ' || coalesce(content_text, ''))"
DOCUMENTS_TSV = "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || left(text, 200000))"

SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5(text, content_text, content='claims', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, text, content_text) VALUES (new.id, new.text, new.content_text); END",
    "CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text, content_text) VALUES ('delete', old.id, old.text, old.content_text); END",
    "CREATE TRIGGER claims_fts_au AFTER UPDATE OF text, content_text ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text, content_text) VALUES ('delete', old.id, old.text, old.content_text); "
    "INSERT INTO claims_fts(rowid, text, content_text) VALUES (new.id, new.text, new.content_text); END",
    "CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text, tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(document_id, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE document_id = old.id; END",
]

POSTGRES_SEARCH = [
    f"CREATE INDEX ix_claims_fts ON claims USING gin ({CLAIMS_TSV})",
    f"CREATE INDEX ix_documents_fts ON documents USING gin ({DOCUMENTS_TSV})",
]


def _create_search() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else POSTGRES_SEARCH if dialect == "postgresql" else []:
        op.execute(statement)


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("claims_fts_ai", "claims_fts_ad", "claims_fts_au", "documents_fts_ai", "documents_fts_ad"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS claims_fts")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_claims_fts")
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
