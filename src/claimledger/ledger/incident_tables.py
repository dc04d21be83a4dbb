"""Incidents in the ledger: tables, regrouping, merges, splits and queries.

    incidents ─< incident_claims >─ claims     why (JSON), manual (pinned by a person)
    documents ─< document_duplicates           MinHash signature, canonical document

``regroup(engine)`` refreshes near-duplicates, loads every current claim with an
event, groups them (:mod:`claimledger.ledger.incidents`) and rewrites the
incidents in one transaction. Claims a person placed (``incidents merge`` /
``split``) are pinned: regrouping keeps them where they were put, and other
claims may still join them. Incident ids stay stable across regroupings where
the same claims stay together.

The tables live on the store's ``metadata`` (migration ``0002``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from claimledger.errors import StoreError
from claimledger.ledger import duplicates as dup
from claimledger.ledger.conflicts import IncidentSummary, summarize
from claimledger.ledger.incidents import GroupClaim, assign_ids, group_claims
from claimledger.ledger.schema import actors, claims, documents, metadata

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("event_type", String(60)),
    Column("sub_event_type", String(80)),
    Column("target", String(200)),
    Column("place_name", String(300)),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("admin1", String(200)),
    Column("date_from", String(10)),
    Column("date_to", String(10)),
    Column("claims_count", Integer, nullable=False, default=0),
    Column("reports_count", Integer, nullable=False, default=0),
    Column("sources_count", Integer, nullable=False, default=0),
    Column("duplicates_count", Integer, nullable=False, default=0),
    Column("contested", Boolean, nullable=False, default=False),
    Column("contradictions", Text, nullable=False, default="[]"),  # JSON list
    Column("ranges", Text, nullable=False, default="{}"),  # JSON {category: [low, high]}
    Column("outlets", Text, nullable=False, default="[]"),  # JSON list of publisher names
    Column("manual", Boolean, nullable=False, default=False),  # a person merged/split it
    Column("updated_at", String(32), nullable=False),
    Index("ix_incidents_date_from", "date_from"),
    Index("ix_incidents_contested_date", "contested", "date_from"),
    Index("ix_incidents_admin1", "admin1"),
    Index("ix_incidents_event_type", "event_type"),
)

incident_claims = Table(
    "incident_claims",
    metadata,
    # no foreign key to incidents: regrouping rewrites incidents while pinned
    # rows stay; both happen in one transaction
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", Integer, nullable=False),
    Column("why", Text, nullable=False, default="[]"),  # JSON list of links (see Link.to_json)
    Column("manual", Boolean, nullable=False, default=False),
    Index("ix_incident_claims_incident_id", "incident_id"),
)

document_duplicates = Table(
    "document_duplicates",
    metadata,
    Column("document_id", String(80), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("canonical_id", String(80), nullable=True),  # null: not a copy of another document
    Column("similarity", Float),
    Column("signature", LargeBinary, nullable=False),  # MinHash, NUM_PERM uint32
    Index("ix_document_duplicates_canonical_id", "canonical_id"),
)

INCIDENT_TABLES = ("incidents", "incident_claims", "document_duplicates")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- near-duplicates -------------------------------------------------------------


def refresh_duplicates(conn: Connection, *, batch: int = 500) -> int:
    """Sign documents not yet signed, re-cluster, store canonical ids.
    Returns how many documents are copies of another."""
    missing = select(documents.c.id, documents.c.text).where(
        ~documents.c.id.in_(select(document_duplicates.c.document_id))
    )
    pending: list[tuple[str, str]] = []

    def sign() -> None:
        sigs = dup.signatures([t for _, t in pending])
        conn.execute(insert(document_duplicates), [
            {"document_id": d, "canonical_id": None, "similarity": None, "signature": sigs[k].tobytes()}
            for k, (d, _) in enumerate(pending)])
        pending.clear()

    for doc_id, text in conn.execute(missing).all():
        pending.append((doc_id, text or ""))
        if len(pending) >= batch:
            sign()
    if pending:
        sign()
    sigs = conn.execute(
        select(document_duplicates.c.document_id, documents.c.published, document_duplicates.c.signature,
               document_duplicates.c.canonical_id)
        .join(documents, documents.c.id == document_duplicates.c.document_id)
    ).all()
    before = {r[0]: r[3] for r in sigs}
    found = {d.document: d for d in dup.cluster(dup.DocSig(r[0], r[1], r[2]) for r in sigs)}
    for doc_id, old in before.items():
        d = found.get(doc_id)
        new = d.canonical if d else None
        if new != old:
            conn.execute(update(document_duplicates).where(document_duplicates.c.document_id == doc_id)
                         .values(canonical_id=new, similarity=d.similarity if d else None))
    return len(found)


# -- loading claims ------------------------------------------------------------------


def _figures(data_json: str | None) -> tuple[tuple[str, int | None, int | None], ...]:
    if not data_json:
        return ()
    try:
        figs = json.loads(data_json).get("figures") or []
    except (ValueError, AttributeError):
        return ()
    out = []
    for f in figs:
        v, lo, hi = f.get("value"), f.get("low"), f.get("high")
        if v is not None:
            lo = hi = v
        if lo is None and hi is None:
            continue
        out.append((f.get("category") or "other", lo, hi))
    return tuple(out)


# Event actors that can be named as perpetrators (the pipeline lists every
# actor near an event; people and organisations are usually witnesses or
# claimants, not the side said to have attacked).
PERPETRATOR_TYPES = ("armed_group", "government")


def _actor_names(conn: Connection, ids: set[int]) -> dict[int, str]:
    """Perpetrator names for actor ids, following merges (``merged_into``) to the
    surviving actor; actors of other types are left out."""
    rows: dict[int, tuple[str, str, int | None]] = {}
    todo = set(ids)
    while todo:
        chunk = sorted(todo)[:900]
        todo -= set(chunk)
        for aid, name, typ, merged in conn.execute(
            select(actors.c.id, actors.c.name, actors.c.type, actors.c.merged_into).where(actors.c.id.in_(chunk))
        ):
            rows[aid] = (name, typ, merged)
            if merged is not None and merged not in rows:
                todo.add(merged)
    names: dict[int, str] = {}
    for aid in ids:
        seen, cur = set(), aid
        while cur in rows and rows[cur][2] is not None and cur not in seen:
            seen.add(cur)
            cur = rows[cur][2]
        if cur in rows and rows[cur][1] in PERPETRATOR_TYPES:
            names[aid] = rows[cur][0]
    return names


def _claim_query(where=None):
    q = (
        select(
            claims.c.id, claims.c.document_id, claims.c.analysis_id, claims.c.event_type,
            claims.c.sub_event_type, claims.c.target, claims.c.lat, claims.c.lon, claims.c.admin1,
            claims.c.country, claims.c.place_name, claims.c.event_date, claims.c.date_precision,
            documents.c.published, claims.c.stance, claims.c.claimant_name, documents.c.source,
            claims.c.data, claims.c.perpetrators, incident_claims.c.incident_id, incident_claims.c.manual,
            document_duplicates.c.canonical_id,
        )
        .select_from(claims)
        .join(documents, documents.c.id == claims.c.document_id)
        .outerjoin(incident_claims, incident_claims.c.claim_id == claims.c.id)
        .outerjoin(document_duplicates, document_duplicates.c.document_id == claims.c.document_id)
        .where(claims.c.is_current.is_(True))
    )
    if where is not None:
        q = q.where(where)
    return q


def load_claims(conn: Connection, where=None) -> tuple[list[GroupClaim], dict[str, int]]:
    """Current claims with an event as :class:`GroupClaim` records, and the
    incident each was in before (claim id -> incident id).

    A claim without a place of its own takes its document's most common place
    (marked ``place_inferred``, which weakens its links)."""
    if where is None:
        where = claims.c.event_type.isnot(None)
    out: list[GroupClaim] = []
    previous: dict[str, int] = {}
    perp_ids: set[int] = set()
    raw_perps: list[list[int]] = []
    by_analysis: dict[int, list[int]] = {}
    shared: dict = {}  # one string object per distinct value: a million claims repeat them
    for r in conn.execute(_claim_query(where).execution_options(yield_per=5000)):
        (cid, doc, analysis_id, etype, sub, target, lat, lon, admin1, country, place, edate, prec,
         published, stance, claimant, source, data, perps, inc, manual, canonical) = r
        try:
            pids = [int(x) for x in json.loads(perps)] if perps else []
        except (ValueError, TypeError):
            pids = []
        perp_ids.update(pids)
        raw_perps.append(pids)
        key = str(cid)
        if inc is not None:
            previous[key] = inc
        by_analysis.setdefault(analysis_id, []).append(len(out))
        s = shared.setdefault
        out.append(GroupClaim(
            key, s(doc, doc), s(etype, etype), s(sub, sub), s(target, target), lat, lon, s(admin1, admin1),
            s(country, country), s(place, place), s(edate, edate), prec and s(prec, prec),
            s(published, published), s(stance or "asserts", stance or "asserts"), s(claimant or "", claimant or ""),
            s(source, source), _figures(data), (), inc if manual else None, canonical and s(canonical, canonical),
        ))
    names = _actor_names(conn, perp_ids) if perp_ids else {}
    for c, pids in zip(out, raw_perps):
        if pids:
            c.perpetrators = tuple(dict.fromkeys(names[p] for p in pids if p in names))
    for idxs in by_analysis.values():
        placed = [out[i] for i in idxs if out[i].lat is not None or out[i].admin1 or out[i].place]
        if len(placed) == len(idxs) or not placed:
            continue
        common = Counter((p.lat, p.lon, p.admin1, p.country, p.place) for p in placed).most_common(1)[0][0]
        for i in idxs:
            c = out[i]
            if not (c.lat is not None or c.admin1 or c.place):
                c.lat, c.lon, c.admin1, c.country, c.place = common
                c.place_inferred = True
    return out, previous


# -- regrouping ----------------------------------------------------------------------


@dataclass
class RegroupResult:
    incidents: int
    contested: int
    claims: int  # claims placed in an incident
    skipped: int  # claims with an event but no usable date/place
    duplicates: int  # documents that are copies of another
    seconds: dict[str, float] = field(default_factory=dict)


def _incident_row(iid: int, members: Sequence[GroupClaim], s: IncidentSummary, manual: bool, now: str) -> dict:
    reports = [c for c in members if c.stance != "hypothetical"] or list(members)
    typ = Counter(c.event_type for c in reports).most_common(1)[0][0]
    subs = Counter(c.sub_type for c in reports if c.sub_type)
    targets = Counter(c.target for c in reports if c.target)
    places = Counter((c.place, c.lat, c.lon, c.country, c.admin1) for c in reports
                     if (c.place or c.admin1) and not c.place_inferred) or Counter(
        (c.place, c.lat, c.lon, c.country, c.admin1) for c in reports if c.place or c.admin1)
    place = places.most_common(1)[0][0] if places else (None, None, None, None, None)
    days = sorted(c.date for c in reports if c.date and (c.precision or "day") == "day") or sorted(
        c.date for c in reports if c.date) or sorted(c.published for c in reports if c.published)
    return {
        "id": iid, "event_type": typ,
        "sub_event_type": subs.most_common(1)[0][0] if subs else None,
        "target": targets.most_common(1)[0][0] if targets else None,
        "place_name": place[0], "lat": place[1], "lon": place[2], "country": place[3], "admin1": place[4],
        "date_from": days[0][:10] if days else None, "date_to": days[-1][:10] if days else None,
        "claims_count": s.claims, "reports_count": s.reports, "sources_count": s.sources,
        "duplicates_count": s.duplicates, "contested": s.contested,
        "contradictions": json.dumps([x.to_json() for x in s.contradictions]),
        "ranges": json.dumps({k: list(v) for k, v in s.ranges.items()}),
        "outlets": json.dumps(s.outlets), "manual": manual, "updated_at": now,
    }


def _insert_many(conn: Connection, table: Table, rows: Iterable[dict], batch: int = 5000) -> None:
    buf: list[dict] = []
    for r in rows:
        buf.append(r)
        if len(buf) >= batch:
            conn.execute(insert(table), buf)
            buf = []
    if buf:
        conn.execute(insert(table), buf)


def regroup(engine: Engine, *, dedupe: bool = True) -> RegroupResult:
    """Regroup every current claim into incidents (one transaction)."""
    import time

    t = {}
    t0 = time.perf_counter()
    with engine.begin() as conn:
        ndup = refresh_duplicates(conn) if dedupe else 0
        t["duplicates"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        records, previous = load_claims(conn)
        t["load"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        grouping = group_claims(records)
        next_id = (conn.execute(select(func.max(incidents.c.id))).scalar() or 0) + 1
        ids, _ = assign_ids(grouping, previous, next_id)
        t["group"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        by_id = {c.id: c for c in records}
        why: dict[str, list[int]] = {}
        for k, link in enumerate(grouping.links):
            why.setdefault(link.a, []).append(k)
            why.setdefault(link.b, []).append(k)

        cache: dict[int, str] = {}  # link JSON, kept while its incident is written

        def why_json(m: str) -> str:
            parts = []
            for k in why.get(m, ()):
                if k not in cache:
                    cache[k] = grouping.links[k].json
                parts.append(cache[k])
            return "[" + ",".join(parts) + "]"

        now = _now()
        conn.execute(delete(incident_claims).where(incident_claims.c.manual.is_(False)))
        # a pinned claim that a newer analysis replaced is no longer shown
        conn.execute(delete(incident_claims).where(incident_claims.c.claim_id.in_(
            select(claims.c.id).where(claims.c.is_current.is_(False)))))
        conn.execute(delete(incidents))
        contested = 0

        def incident_rows() -> Iterator[dict]:
            nonlocal contested
            for gi, (iid, members) in enumerate(zip(ids, grouping.groups)):
                mem = [by_id[m] for m in members]
                s = summarize(mem)
                contested += s.contested
                yield _incident_row(iid, mem, s, gi in grouping.pinned, now)

        def claim_rows() -> Iterator[dict]:
            for iid, members in zip(ids, grouping.groups):
                cache.clear()
                for m in members:
                    if by_id[m].pinned is None:
                        yield {"claim_id": int(m), "incident_id": iid, "why": why_json(m),
                               "manual": False}

        _insert_many(conn, incidents, incident_rows())
        _insert_many(conn, incident_claims, claim_rows())
        # pinned rows whose claim was re-analysed away are dropped by the cascade;
        # pinned rows keep their why up to date
        for m in why:
            if by_id[m].pinned is not None:
                conn.execute(update(incident_claims).where(incident_claims.c.claim_id == int(m))
                             .values(why=why_json(m)))
        if conn.dialect.name == "postgresql":
            # fresh statistics after a bulk rewrite: without them the planner
            # scans instead of using the indexes (incident page 70 ms -> 4 ms)
            conn.exec_driver_sql("ANALYZE incidents, incident_claims, document_duplicates, claims, documents")
        t["write"] = time.perf_counter() - t0
    return RegroupResult(len(ids), contested, sum(len(g) for g in grouping.groups),
                         grouping.skipped, ndup, t)


def _refresh_summaries(conn: Connection, incident_ids: Iterable[int]) -> None:
    now = _now()
    for iid in incident_ids:
        members, _ = load_claims(conn, incident_claims.c.incident_id == iid)
        conn.execute(delete(incidents).where(incidents.c.id == iid))
        if members:
            manual = any(c.pinned is not None for c in members)
            conn.execute(insert(incidents), [_incident_row(iid, members, summarize(members), manual, now)])


def _incident_claim_ids(conn: Connection, iid: int) -> list[int]:
    return [r[0] for r in conn.execute(
        select(incident_claims.c.claim_id).where(incident_claims.c.incident_id == iid))]


def merge(engine: Engine, a: int, b: int) -> int:
    """Move every claim of incident ``b`` into ``a`` and pin them there."""
    if a == b:
        raise StoreError("cannot merge an incident with itself")
    with engine.begin() as conn:
        for iid in (a, b):
            if not _incident_claim_ids(conn, iid):
                raise StoreError(f"no incident {iid}: list them with `claimledger incidents`")
        conn.execute(update(incident_claims).where(incident_claims.c.incident_id.in_([a, b]))
                     .values(incident_id=a, manual=True))
        _refresh_summaries(conn, [a, b])
    return a


def split(engine: Engine, iid: int, claim_ids: Sequence[int]) -> int:
    """Move ``claim_ids`` out of incident ``iid`` into a new incident; pin both sides."""
    with engine.begin() as conn:
        members = set(_incident_claim_ids(conn, iid))
        if not members:
            raise StoreError(f"no incident {iid}: list them with `claimledger incidents`")
        wanted = set(claim_ids)
        if not wanted or not wanted <= members:
            raise StoreError(f"claims {sorted(wanted - members)} are not in incident {iid}")
        if wanted == members:
            raise StoreError("splitting off every claim leaves nothing behind: name only some claims")
        new = (conn.execute(select(func.max(incidents.c.id))).scalar() or 0) + 1
        conn.execute(update(incident_claims).where(incident_claims.c.incident_id == iid)
                     .values(manual=True))
        conn.execute(update(incident_claims).where(incident_claims.c.claim_id.in_(sorted(wanted)))
                     .values(incident_id=new, manual=True))
        _refresh_summaries(conn, [iid, new])
    return new


# -- queries -------------------------------------------------------------------------


def list_incidents(
    conn: Connection,
    *,
    place: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    contested: bool | None = None,
    limit: int = 50,
) -> list[dict]:
    """Incidents, newest first, as plain dicts."""
    q = select(incidents)
    if place:
        like = f"%{place.lower()}%"
        q = q.where(or_(func.lower(incidents.c.place_name).like(like), func.lower(incidents.c.admin1).like(like)))
    if type:
        like = f"%{type.lower()}%"
        q = q.where(or_(func.lower(incidents.c.event_type).like(like),
                        func.lower(incidents.c.sub_event_type).like(like)))
    if since:
        q = q.where(incidents.c.date_to >= since)
    if until:
        q = q.where(incidents.c.date_from <= until)
    if contested is not None:
        q = q.where(incidents.c.contested.is_(contested))
    q = q.order_by(incidents.c.date_from.desc(), incidents.c.id.desc()).limit(limit)
    return [_incident_dict(r._mapping) for r in conn.execute(q)]


def _incident_dict(m) -> dict:
    d = dict(m)
    for k in ("contradictions", "outlets"):
        d[k] = json.loads(d[k] or "[]")
    d["ranges"] = {k: tuple(v) for k, v in json.loads(d["ranges"] or "{}").items()}
    return d


def get_incident(conn: Connection, iid: int) -> dict | None:
    """One incident with its claims (and their documents, duplicates, why)."""
    row = conn.execute(select(incidents).where(incidents.c.id == iid)).first()
    if row is None:
        return None
    d = _incident_dict(row._mapping)
    q = (
        select(
            claims.c.id, claims.c.document_id, claims.c.local_id, claims.c.claimant_name, claims.c.stance,
            claims.c.attribution, claims.c.cue_text, claims.c.content_text, claims.c.text,
            claims.c.reported_by_name, claims.c.event_type, claims.c.sub_event_type, claims.c.target,
            claims.c.place_name, claims.c.event_date, claims.c.date_precision, claims.c.data,
            documents.c.title, documents.c.source, documents.c.published, documents.c.url,
            document_duplicates.c.canonical_id, document_duplicates.c.similarity,
            incident_claims.c.why, incident_claims.c.manual,
        )
        .select_from(incident_claims)
        .join(claims, claims.c.id == incident_claims.c.claim_id)
        .join(documents, documents.c.id == claims.c.document_id)
        .outerjoin(document_duplicates, document_duplicates.c.document_id == claims.c.document_id)
        .where(incident_claims.c.incident_id == iid)
        .order_by(documents.c.published, claims.c.id)
    )
    rows = []
    for r in conn.execute(q):
        m = dict(r._mapping)
        m["figures"] = [{"category": c, "low": lo, "high": hi} for c, lo, hi in _figures(m.pop("data"))]
        m["why"] = json.loads(m["why"] or "[]")
        rows.append(m)
    d["claims"] = rows
    # documents in this incident and the copies of them anywhere in the ledger
    docs = {r["canonical_id"] or r["document_id"] for r in rows}
    copies: dict[str, list[dict]] = {}
    if docs:
        for doc_id, canonical, sim, source, title, published in conn.execute(
            select(document_duplicates.c.document_id, document_duplicates.c.canonical_id,
                   document_duplicates.c.similarity, documents.c.source, documents.c.title,
                   documents.c.published)
            .join(documents, documents.c.id == document_duplicates.c.document_id)
            .where(document_duplicates.c.canonical_id.in_(sorted(docs)))
        ):
            copies.setdefault(canonical, []).append(
                {"document_id": doc_id, "similarity": sim, "source": source, "title": title,
                 "published": published})
    d["copies"] = copies
    return d


def claim_records(conn: Connection, claim_ids: Sequence[int]) -> dict[int, GroupClaim]:
    """Grouping records for these claims (for ``incidents why``)."""
    recs, _ = load_claims(conn, claims.c.id.in_([int(x) for x in claim_ids]))
    return {int(c.id): c for c in recs}


def ungrouped_claims(conn: Connection) -> int:
    """Current claims with an event and a place that no incident holds yet
    (ingested since the last grouping; claims with no place are never grouped)."""
    q = select(func.count()).select_from(claims).where(
        claims.c.is_current.is_(True), claims.c.event_type.isnot(None),
        or_(claims.c.lat.isnot(None), claims.c.admin1.isnot(None), claims.c.place_name.isnot(None)),
        ~claims.c.id.in_(select(incident_claims.c.claim_id)))
    return int(conn.execute(q).scalar() or 0)


def count_incidents(conn: Connection) -> tuple[int, int]:
    n = conn.execute(select(func.count()).select_from(incidents)).scalar() or 0
    k = conn.execute(select(func.count()).select_from(incidents).where(incidents.c.contested.is_(True))).scalar() or 0
    return n, k


__all__ = [
    "INCIDENT_TABLES", "RegroupResult", "claim_records", "count_incidents", "document_duplicates",
    "get_incident", "incident_claims", "incidents", "list_incidents", "load_claims", "merge",
    "refresh_duplicates", "regroup", "split",
]
