"""The ledger store: documents, analyses, actors and claims in SQLite or PostgreSQL.

    store = Store.open()                      # DATABASE_URL, default sqlite:///claimledger.db
    result = store.add_analysis(analysis)     # one transaction per document
    for row in store.claims(current=True):    # streamed ClaimRow dataclasses
        ...

Every write of a document (its blob, source, text, analysis, actors, claims
and figures) happens in one transaction: a document lands whole or not at
all. Adding the same text again is a no-op for a pipeline version that already
analysed it; a newer pipeline adds a new current analysis and keeps the old
one (and its claims, marked not current) as history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import and_, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError, IntegrityError

from claimledger.errors import StoreError
from claimledger.ledger import db
from claimledger.ledger.actors import ActorResolver, follow_merges, norm
from claimledger.ledger.records import AddResult, ClaimRow, DocumentRow
from claimledger.ledger.schema import (
    acled_events,
    analyses,
    analysis_actors,
    appearances,
    blobs,
    claims,
    documents,
    figures,
    sources,
)
from claimledger.ledger.timeutil import now
from claimledger.models import Analysis, Claim, Document
from claimledger.nlp.quantities import without_parts

if TYPE_CHECKING:
    from claimledger.ingest.sources import AcledEvent


def _insert_ignore(conn: Connection, table, values: dict[str, Any]) -> int:
    """INSERT ... ON CONFLICT DO NOTHING on either dialect; returns rows inserted."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    pk = list(table.primary_key.columns)[0]
    return len(conn.execute(insert(table).values(**values).on_conflict_do_nothing().returning(pk)).all())


def source_key(name: str | None, url: str | None) -> tuple[str, str | None] | None:
    """The publisher key of a document: its web domain, else its normalised name."""
    domain = None
    if url:
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        except ValueError:
            host = ""
        domain = host.lower().removeprefix("www.") or None
    if domain:
        return domain, domain
    if name and norm(name):
        return "name:" + norm(name)[:290], None
    return None


def _range(claim: Claim, category: str) -> tuple[int | None, int | None]:
    lows, highs = [], []
    for f in without_parts(claim.figures, claim.text, claim.span[0]):
        if f.category != category:
            continue
        low = f.low if f.low is not None else f.value
        high = f.high if f.high is not None else f.value
        if low is not None:
            lows.append(low)
        if high is not None:
            highs.append(high)
    return (min(lows) if lows else None, max(highs) if highs else None)


class Store:
    """A ledger database. Open with :meth:`open`; safe to share within one process."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.actors = ActorResolver()

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> "Store":
        """Open (and migrate to head) the ledger at ``url`` (default: the DATABASE_URL setting)."""
        engine = db.make_engine(url)
        if migrate:
            db.migrate(engine)
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A connection inside a (write) transaction: committed on success, rolled back on error."""
        with db.write_transaction(self.engine) as conn:
            yield conn

    # -- writing --------------------------------------------------------------

    def add_document(self, document: Document, *, acled: "AcledEvent | None" = None) -> AddResult:
        """Store a document without analysis (``ingest --no-nlp``)."""
        return self._write(document, None, acled)

    def add_analysis(self, analysis: Analysis, *, acled: "AcledEvent | None" = None) -> AddResult:
        """Store a document and its analysis in one transaction (idempotent)."""
        return self._write(analysis.document, analysis, acled)

    def has_analysis(self, document_id: str, pipeline: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(
                select(analyses.c.id).where(and_(analyses.c.document_id == document_id, analyses.c.pipeline == pipeline))
            ).first() is not None

    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first() is not None

    def _write(self, document: Document, analysis: Analysis | None, acled: "AcledEvent | None") -> AddResult:
        for attempt in (1, 2):
            try:
                with db.write_transaction(self.engine) as conn:
                    return self._write_in(conn, document, analysis, acled)
            except DataError as e:  # e.g. PostgreSQL refuses NUL characters in text
                self.actors.invalidate()
                raise StoreError(f"the database refused this document: {str(e.orig).splitlines()[0]}", path=document.path) from e
            except IntegrityError as e:
                # most likely another writer changed actors under our cache: reload, retry once
                self.actors.invalidate()
                if attempt == 2:
                    raise StoreError(f"could not store document: {e.orig}", path=document.path) from e
            except Exception:
                self.actors.invalidate()
                raise
        raise AssertionError("unreachable")

    def _write_in(self, conn: Connection, document: Document, analysis: Analysis | None, acled: "AcledEvent | None") -> AddResult:
        stamp = now()
        doc_id = document.id
        blob_sha = None
        if document.raw is not None:
            blob_sha = hashlib.sha256(document.raw).hexdigest()
            _insert_ignore(conn, blobs, {"sha256": blob_sha, "bytes": document.raw, "size": len(document.raw), "media_type": document.media_type})
        source_id = self._source_id(conn, document.source, document.url)
        new_document = bool(
            _insert_ignore(
                conn,
                documents,
                {
                    "id": doc_id,
                    "blob_sha256": blob_sha,
                    "text": document.text,
                    "chars": len(document.text),
                    "title": document.title,
                    "source": document.source,
                    "source_id": source_id,
                    "url": document.url,
                    "published": document.published,
                    "path": document.path,
                    "media_type": document.media_type,
                    "ingested_at": stamp,
                },
            )
        )
        self._appearance(conn, doc_id, source_id, document, stamp)
        result = AddResult(document_id=doc_id, new_document=new_document)
        if acled is not None:
            result.new_event = self._acled(conn, doc_id, acled)
        if analysis is None:
            return result
        pipeline = analysis.pipeline or "unknown"
        existing = conn.execute(
            select(analyses.c.id, analyses.c.claims_count).where(and_(analyses.c.document_id == doc_id, analyses.c.pipeline == pipeline))
        ).first()
        if existing is not None:
            result.analysis_id, result.claims = existing.id, existing.claims_count
            return result
        # a newer pipeline: older analyses and their claims become history
        conn.execute(update(analyses).where(and_(analyses.c.document_id == doc_id, analyses.c.is_current.is_(True))).values(is_current=False))
        conn.execute(update(claims).where(and_(claims.c.document_id == doc_id, claims.c.is_current.is_(True))).values(is_current=False))
        summary = analysis.to_json()
        summary.pop("claims", None)
        analysis_id = conn.execute(
            analyses.insert()
            .values(document_id=doc_id, pipeline=pipeline, created_at=stamp, is_current=True, claims_count=len(analysis.claims), data=json.dumps(summary, ensure_ascii=False))
            .returning(analyses.c.id)
        ).scalar_one()
        actor_map = self._actors(conn, analysis_id, analysis)
        self._claims(conn, analysis_id, doc_id, analysis, actor_map)
        result.analysis_id, result.new_analysis, result.claims = analysis_id, True, len(analysis.claims)
        return result

    def _source_id(self, conn: Connection, name: str | None, url: str | None) -> int | None:
        key = source_key(name, url)
        if key is None:
            return None
        k, domain = key
        _insert_ignore(conn, sources, {"key": k, "name": name or domain, "domain": domain})
        row = conn.execute(select(sources.c.id, sources.c.name).where(sources.c.key == k)).first()
        if row.name is None and name:
            conn.execute(update(sources).where(sources.c.id == row.id).values(name=name))
        return row.id

    def _appearance(self, conn: Connection, doc_id: str, source_id: int | None, d: Document, stamp: str) -> None:
        seen = conn.execute(
            select(appearances.c.id).where(
                and_(
                    appearances.c.document_id == doc_id,
                    appearances.c.source_id.is_(None) if source_id is None else appearances.c.source_id == source_id,
                    appearances.c.url.is_(None) if d.url is None else appearances.c.url == d.url,
                    appearances.c.path.is_(None) if d.path is None else appearances.c.path == d.path,
                )
            )
        ).first()
        if seen is None:
            conn.execute(
                appearances.insert().values(document_id=doc_id, source_id=source_id, url=d.url, title=d.title, published=d.published, path=d.path, seen_at=stamp)
            )

    def _acled(self, conn: Connection, doc_id: str, event: "AcledEvent") -> bool:
        values = event.to_row()
        values["document_id"] = doc_id
        values["source_id"] = self._source_id(conn, event.source, None) if event.source else None
        return bool(_insert_ignore(conn, acled_events, values))

    def _actors(self, conn: Connection, analysis_id: int, analysis: Analysis) -> dict[str, int | None]:
        mapping: dict[str, int | None] = {}
        rows = []
        for a in analysis.actors:
            actor_id = self.actors.resolve(conn, a.name, a.type, a.aliases)
            mapping[a.id] = actor_id
            rows.append({"analysis_id": analysis_id, "local_id": a.id[:40], "actor_id": actor_id, "name": a.name[:300], "mentions": len(a.mentions)})
        # a person may have merged actors since our index was loaded (another process)
        moved = follow_merges(conn, {x for x in mapping.values() if x is not None})
        if moved:
            self.actors.invalidate()
            mapping = {k: moved.get(v, v) if v is not None else None for k, v in mapping.items()}
            for r in rows:
                r["actor_id"] = moved.get(r["actor_id"], r["actor_id"])
        if rows:
            conn.execute(analysis_actors.insert(), rows)
        return mapping

    def _claims(self, conn: Connection, analysis_id: int, doc_id: str, analysis: Analysis, actor_map: dict[str, int | None]) -> None:
        if not analysis.claims:
            return
        rows = []
        for c in analysis.claims:
            place = analysis.places[c.places[0]] if c.places and 0 <= c.places[0] < len(analysis.places) else None
            killed = _range(c, "killed")
            injured = _range(c, "injured")
            perps = sorted({actor_map[x] for x in (c.event.actors if c.event else []) if actor_map.get(x) is not None})
            rows.append(
                {
                    "analysis_id": analysis_id,
                    "document_id": doc_id,
                    "local_id": c.id[:40],
                    "is_current": True,
                    "span_start": c.span[0],
                    "span_end": c.span[1],
                    "text": c.text,
                    "claimant_name": (c.claimant.name or "")[:300] or None,
                    "claimant_actor_id": actor_map.get(c.claimant.actor) if c.claimant.actor else None,
                    "claimant_role": (c.claimant.role or "")[:300] or None,
                    "reported_by_name": c.reported_by.name[:300] if c.reported_by else None,
                    "reported_by_actor_id": actor_map.get(c.reported_by.actor) if c.reported_by and c.reported_by.actor else None,
                    "attribution": c.attribution,
                    "stance": c.stance,
                    "cue_text": c.cue.text[:200] if c.cue else None,
                    "content_text": c.content.text,
                    "content_start": c.content.span[0],
                    "content_end": c.content.span[1],
                    "event_type": c.event.type if c.event else None,
                    "sub_event_type": c.event.sub_type if c.event else None,
                    "target": ((c.event.target or "")[:200] or None) if c.event else None,
                    "perpetrators": json.dumps(perps),
                    "event_date": c.when.date if c.when else None,
                    "date_precision": c.when.precision if c.when else None,
                    "place_name": place.name[:300] if place else None,
                    "lat": place.lat if place else None,
                    "lon": place.lon if place else None,
                    "country": place.country if place else None,
                    "admin1": place.admin1 if place else None,
                    "killed_low": killed[0],
                    "killed_high": killed[1],
                    "injured_low": injured[0],
                    "injured_high": injured[1],
                    "data": json.dumps(c.to_json(), ensure_ascii=False),
                }
            )
        conn.execute(claims.insert(), rows)  # a plain executemany: no per-size SQL to build
        stored = conn.execute(select(claims.c.local_id, claims.c.id).where(claims.c.analysis_id == analysis_id).order_by(claims.c.id)).all()
        by_local = dict(stored)
        if len(by_local) == len(rows):
            ids = [by_local[r["local_id"]] for r in rows]
        else:  # local ids not unique (not from our pipeline): rows went in in order
            ids = [i for _, i in stored]
        fig_rows = [
            {
                "claim_id": claim_id,
                "category": f.category,
                "value": f.value,
                "low": f.low,
                "high": f.high,
                "text": (f.text or "")[:300],
                "span_start": f.span[0] if f.span else None,
                "span_end": f.span[1] if f.span else None,
            }
            for claim_id, c in zip(ids, analysis.claims)
            for f in c.figures
        ]
        if fig_rows:
            conn.execute(figures.insert(), fig_rows)

    # -- reading --------------------------------------------------------------

    def document(self, document_id: str) -> DocumentRow | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(documents).where(documents.c.id == document_id)).first()
        if r is None:
            return None
        return DocumentRow(
            id=r.id, text=r.text, chars=r.chars, title=r.title, source=r.source, source_id=r.source_id, url=r.url,
            published=r.published, path=r.path, media_type=r.media_type, blob_sha256=r.blob_sha256, ingested_at=r.ingested_at,
        )

    def blob(self, sha256: str) -> bytes | None:
        """The original bytes a document was read from."""
        with self.engine.connect() as conn:
            return conn.execute(select(blobs.c.bytes).where(blobs.c.sha256 == sha256)).scalar()

    def claims(
        self,
        current: bool | None = True,
        *,
        event_type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        document_ids: list[str] | None = None,
        with_data: bool = True,
        batch_size: int = 2000,
    ) -> Iterator[ClaimRow]:
        """Stream stored claims as :class:`ClaimRow` (``current=None``: every version)."""
        cols = [claims.c[name] for name in _CLAIM_COLUMNS]
        cols += [documents.c.source_id, documents.c.source, documents.c.published]
        cols.append(claims.c.data if with_data else claims.c.id.label("data_placeholder"))
        stmt = select(*cols).join(documents, documents.c.id == claims.c.document_id)
        if current is not None:
            stmt = stmt.where(claims.c.is_current.is_(current))
        if event_type is not None:
            stmt = stmt.where(claims.c.event_type == event_type)
        if since is not None:
            stmt = stmt.where(claims.c.event_date >= since)
        if until is not None:
            stmt = stmt.where(claims.c.event_date <= until)
        if document_ids is not None:
            stmt = stmt.where(claims.c.document_id.in_(document_ids))
        stmt = stmt.order_by(claims.c.id)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(stmt)
            for r in result:
                yield ClaimRow(
                    id=r[0], analysis_id=r[1], document_id=r[2], local_id=r[3], is_current=bool(r[4]),
                    span=(r[5], r[6]), text=r[7], claimant_name=r[8], claimant_actor_id=r[9], claimant_role=r[10],
                    reported_by_name=r[11], reported_by_actor_id=r[12], attribution=r[13], stance=r[14], cue_text=r[15],
                    content_text=r[16], event_type=r[17], sub_event_type=r[18], target=r[19],
                    perpetrators=json.loads(r[20]) if r[20] else [], event_date=r[21], date_precision=r[22],
                    place_name=r[23], lat=r[24], lon=r[25], country=r[26], admin1=r[27], killed_low=r[28],
                    killed_high=r[29], injured_low=r[30], injured_high=r[31], source_id=r[32], source=r[33],
                    published=r[34], data_json=r[35] if with_data else "{}",
                )

    def counts(self) -> dict[str, int]:
        """How many documents, current analyses, current claims, actors and sources."""
        from claimledger.ledger.schema import actors as actors_t

        with self.engine.connect() as conn:
            def n(stmt) -> int:
                return int(conn.execute(stmt).scalar() or 0)

            return {
                "documents": n(select(func.count()).select_from(documents)),
                "analyses": n(select(func.count()).select_from(analyses).where(analyses.c.is_current.is_(True))),
                "claims": n(select(func.count()).select_from(claims).where(claims.c.is_current.is_(True))),
                "actors": n(select(func.count()).select_from(actors_t).where(actors_t.c.merged_into.is_(None))),
                "sources": n(select(func.count()).select_from(sources)),
                "acled_events": n(select(func.count()).select_from(acled_events)),
            }


_CLAIM_COLUMNS = (
    "id", "analysis_id", "document_id", "local_id", "is_current", "span_start", "span_end", "text",
    "claimant_name", "claimant_actor_id", "claimant_role", "reported_by_name", "reported_by_actor_id",
    "attribution", "stance", "cue_text", "content_text", "event_type", "sub_event_type", "target",
    "perpetrators", "event_date", "date_precision", "place_name", "lat", "lon", "country", "admin1",
    "killed_low", "killed_high", "injured_low", "injured_high",
)
