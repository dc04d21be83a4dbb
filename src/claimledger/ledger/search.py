"""Full-text search over claims and documents: SQLite FTS5, PostgreSQL tsvector.

The user's text never reaches the query language unescaped: on SQLite each
word becomes a quoted FTS5 string (all words must match); on PostgreSQL it goes through ``websearch_to_tsquery``.

Hits are ranked (bm25 / ts_rank) among the newest ``RANK_CAP`` matches, so a
common word stays fast in a large ledger.
"""

from __future__ import annotations

import re

from sqlalchemy import text as sql

from claimledger.ledger.records import SearchHit
from claimledger.ledger.store import Store

_WORD = re.compile(r"\w+", re.UNICODE)
# Ranking every match of a common word in a million claims is slow: rank the
# newest RANK_CAP matches (by id) and return the best of those.
RANK_CAP = 500
CLAIMS_TSV = "to_tsvector('english'::regconfig, coalesce(c.text, '') || ' ' || coalesce(c.content_text, ''))"
DOCUMENTS_TSV = "to_tsvector('english'::regconfig, coalesce(d.title, '') || ' ' || left(d.text, 200000))"
# ranking re-reads the text: PostgreSQL ranks documents on their title and first pages
DOCUMENTS_RANK_TSV = "to_tsvector('english'::regconfig, coalesce(d.title, '') || ' ' || left(d.text, 5000))"


def fts5_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for free text (None when it has no words)."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _snippet(text: str, width: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def search(store: Store, text: str, *, limit: int = 20, kind: str = "all", current: bool = True) -> list[SearchHit]:
    """Claims (current analyses) and documents matching ``text``, best first."""
    hits: list[SearchHit] = []
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            q = fts5_query(text)
            if q is None:
                return []
            if kind in ("all", "claims"):
                rows = conn.execute(
                    sql(
                        "SELECT c.id, c.document_id, d.title, d.source, d.published, c.text, c.claimant_name, c.stance, f.score "
                        "FROM (SELECT rowid AS rid, bm25(claims_fts) AS score FROM claims_fts WHERE claims_fts MATCH :q "
                        "ORDER BY rowid DESC LIMIT :cap) f JOIN claims c ON c.id = f.rid "
                        "JOIN documents d ON d.id = c.document_id"
                        + (" WHERE c.is_current = 1" if current else "")
                        + " ORDER BY f.score LIMIT :n"
                    ),
                    {"q": q, "n": limit, "cap": RANK_CAP},
                ).all()
                hits += [SearchHit("claim", str(r[0]), r[1], r[2], r[3], r[4], _snippet(r[5]), r[6], r[7], -float(r[8])) for r in rows]
            if kind in ("all", "documents"):
                rows = conn.execute(
                    sql(
                        "SELECT d.id, d.title, d.source, d.published, f.snip, f.score FROM "
                        "(SELECT document_id, snippet(documents_fts, 2, '', '', '…', 24) AS snip, bm25(documents_fts) AS score "
                        "FROM documents_fts WHERE documents_fts MATCH :q ORDER BY rowid DESC LIMIT :cap) f "
                        "JOIN documents d ON d.id = f.document_id ORDER BY f.score LIMIT :n"
                    ),
                    {"q": q, "n": limit, "cap": RANK_CAP},
                ).all()
                hits += [SearchHit("document", r[0], r[0], r[1], r[2], r[3], _snippet(r[4]), score=-float(r[5])) for r in rows]
        else:
            if not _WORD.search(text):
                return []
            if kind in ("all", "claims"):
                rows = conn.execute(
                    sql(
                        f"SELECT c.id, c.document_id, d.title, d.source, d.published, c.text, c.claimant_name, c.stance, "
                        f"ts_rank({CLAIMS_TSV}, query) AS score FROM (SELECT c.id FROM claims c, "
                        f"websearch_to_tsquery('english'::regconfig, :q) query WHERE {CLAIMS_TSV} @@ query"
                        + (" AND c.is_current" if current else "")
                        # "c.id + 0": sort the index matches, rather than walk the primary key re-parsing every claim
                        + " ORDER BY c.id + 0 DESC LIMIT :cap) f JOIN claims c ON c.id = f.id JOIN documents d ON d.id = c.document_id, "
                        "websearch_to_tsquery('english'::regconfig, :q) query ORDER BY score DESC, c.id LIMIT :n"
                    ),
                    {"q": text, "n": limit, "cap": RANK_CAP},
                ).all()
                hits += [SearchHit("claim", str(r[0]), r[1], r[2], r[3], r[4], _snippet(r[5]), r[6], r[7], float(r[8])) for r in rows]
            if kind in ("all", "documents"):
                rows = conn.execute(
                    sql(
                        f"SELECT d.id, d.title, d.source, d.published, left(d.text, 400), ts_rank({DOCUMENTS_RANK_TSV}, query) AS score "
                        f"FROM (SELECT d.id FROM documents d, websearch_to_tsquery('english'::regconfig, :q) query "
                        f"WHERE {DOCUMENTS_TSV} @@ query ORDER BY d.ingested_at DESC LIMIT :cap) f JOIN documents d ON d.id = f.id, "
                        "websearch_to_tsquery('english'::regconfig, :q) query ORDER BY score DESC, d.id LIMIT :n"
                    ),
                    {"q": text, "n": limit, "cap": RANK_CAP},
                ).all()
                hits += [SearchHit("document", r[0], r[0], r[1], r[2], r[3], _snippet(r[4]), score=float(r[5])) for r in rows]
    return hits
