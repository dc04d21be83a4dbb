"""Incident grouping at scale: time, peak memory and query latency.

Generates N synthetic claims (seeded RNG) straight into a fresh ledger (SQLite
file, and PostgreSQL when ``--pg URL`` or CLAIMLEDGER_TEST_PG_URL is given),
then runs the real ``regroup`` (near-duplicates, load, grouping, write) in a
child process so its peak RSS is its own, then measures p50/p95 latency of the
incident list, one incident page and search.

    .venv/bin/python benchmarks/incidents.py --sizes 10000 100000 1000000
    .venv/bin/python benchmarks/incidents.py --sizes 10000 --pg postgresql://user@127.0.0.1:55432/postgres
    .venv/bin/python benchmarks/incidents.py memory --claims 100000 --days 1095 110 --threshold 3 3.5 4 4.5

Synthetic world: incidents spread over 4 country boxes and 3 years, each
reported by 1-9 claims (about 5) in documents of 1-4 claims from 300 outlets;
claims jitter a few km and up to a day around their incident, 20% undated,
10% month precision, 10% denials, 5% hypothetical, some figures 5-10x off;
3% of documents are republished copies of another. Rows are inserted with
SQLAlchemy Core (not ``Store.add_analysis``), so generation time is not an
ingest benchmark.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TYPES = [
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Protests", "Peaceful protest"),
    ("Strategic developments", "Looting/property destruction"),
]
TARGETS = ["hospital", "market", "school", "checkpoint", "mosque", "bakery", "convoy", "camp", None, None, None]
BOXES = [("SY", 32.5, 37.0, 35.7, 42.0), ("IQ", 29.5, 37.0, 39.0, 48.0),
         ("YE", 12.7, 18.0, 42.6, 53.0), ("AF", 29.5, 38.0, 61.0, 71.0)]
WORDS = ("air strike shelling hospital market school checkpoint killed wounded civilians rescue workers said "
         "ministry denied reports monitor forces fighters village district city province night morning residents "
         "medical sources local officials convoy attack army rebels group spokesman statement according witnesses "
         "aid agency humanitarian corridor siege bombardment rocket mortar drone clash ambush displaced families").split()
START = date(2015, 1, 1)
DAYS = 3 * 365


def _rng_text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _incident(rng: random.Random, days: int) -> tuple:
    """One synthetic incident, drawn the same way for the ledger and the
    in-memory runs: (country, lat, lon, admin1, type, sub-type, target, day,
    killed, perpetrator, how many claims report it, at most 9)."""
    country, la0, la1, lo0, lo1 = rng.choice(BOXES)
    lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
    admin1 = f"{country}-{int(lat)}-{int(lon)}"
    typ, sub = rng.choice(TYPES)
    target = rng.choice(TARGETS)
    day = START + timedelta(days=rng.randrange(days))
    killed = rng.choice([0, 1, 2, 3, 4, 5, 8, 12, 20, 35])
    perp = rng.randrange(1, 41)
    reports = min(9, max(1, int(rng.expovariate(1 / 5))) if rng.random() < 0.9 else 1)
    return country, lat, lon, admin1, typ, sub, target, day, killed, perp, reports


def generate(engine, n_claims: int, seed: int = 4) -> dict:
    """Insert ``n_claims`` synthetic claims (and their documents) into a migrated ledger."""
    from sqlalchemy import insert

    from claimledger.ledger.schema import actors, analyses, claims, documents, sources

    rng = random.Random(seed)
    t0 = time.perf_counter()
    now = "2026-01-01T00:00:00Z"
    with engine.begin() as conn:
        conn.execute(insert(sources), [{"key": f"outlet{i}.example", "name": f"Outlet {i}",
                                        "domain": f"outlet{i}.example"} for i in range(300)])
        conn.execute(insert(actors), [{"key": f"group {i}", "name": f"Armed Group {i}", "type": "armed_group",
                                       "created_at": now} for i in range(40)])
    docs: list[dict] = []
    ans: list[dict] = []
    cls: list[dict] = []
    made = 0
    n_docs = 0
    analysis_id = 0
    recent_docs: list[tuple[str, str, str]] = []
    truth = 0  # the synthetic incident each claim reports (kept in claimant_role)

    def flush(conn) -> None:
        if docs:
            conn.execute(insert(documents), docs)
            conn.execute(insert(analyses), ans)
        if cls:
            conn.execute(insert(claims), cls)
        docs.clear(), ans.clear(), cls.clear()

    conn = engine.connect()
    tx = conn.begin()
    try:
        while made < n_claims:
            country, lat, lon, admin1, typ, sub, target, day, killed, perp, k = _incident(rng, DAYS)
            truth += 1
            k = min(n_claims - made, k)
            left = k
            while left > 0:
                in_doc = min(left, rng.randint(1, 4))
                left -= in_doc
                published = day + timedelta(days=rng.randint(0, 2))
                outlet = rng.randrange(300)
                if recent_docs and rng.random() < 0.03:  # a republished copy of a recent story
                    _, text0, pub0 = rng.choice(recent_docs)
                    text = text0 + f" Republished by Outlet {outlet}."
                else:
                    text = f"Report {n_docs}: " + _rng_text(rng, 60)
                    recent_docs.append(("", text, published.isoformat()))
                    recent_docs[:] = recent_docs[-50:]
                doc_id = "sha256:" + hashlib.sha256(text.encode()).hexdigest()
                n_docs += 1
                analysis_id += 1
                docs.append({"id": doc_id, "text": text, "chars": len(text), "title": text[:60],
                             "source": f"Outlet {outlet}", "source_id": outlet + 1,
                             "published": published.isoformat(), "ingested_at": now})
                ans.append({"id": analysis_id, "document_id": doc_id, "pipeline": "synthetic", "created_at": now,
                            "is_current": True, "claims_count": in_doc, "data": "{}"})
                for j in range(in_doc):
                    made += 1
                    r = rng.random()
                    stance = "denies" if r < 0.10 else "hypothetical" if r < 0.15 else "asserts"
                    kd = killed if rng.random() < 0.85 else killed * rng.choice([5, 10]) + 1
                    figs = [{"value": kd, "low": None, "high": None, "category": "killed",
                             "text": f"{kd} killed", "span": [0, 5]}] if rng.random() < 0.6 and stance != "denies" else []
                    p = rng.random()
                    when = None if p < 0.2 else ("month" if p < 0.3 else "day")
                    edate = None if when is None else (day.replace(day=1) if when == "month"
                                                       else day + timedelta(days=rng.randint(0, 1))).isoformat()
                    text_c = f"{_rng_text(rng, 6)} {target or sub} {admin1} {kd}"
                    data = {"figures": figs}
                    cls.append({
                        "analysis_id": analysis_id, "document_id": doc_id, "local_id": f"c{j + 1}",
                        "is_current": True, "span_start": 0, "span_end": len(text_c), "text": text_c,
                        "claimant_name": f"claimant {rng.randrange(500)}", "attribution": "indirect",
                        "claimant_role": f"truth:{truth}",
                        "stance": stance, "content_text": text_c, "event_type": typ,
                        "sub_event_type": sub if rng.random() < 0.8 else None,
                        "target": target if rng.random() < 0.8 else None,
                        "perpetrators": json.dumps([perp if rng.random() < 0.9 else rng.randrange(1, 41)]),
                        "event_date": edate, "date_precision": when,
                        "place_name": admin1 if rng.random() < 0.3 else f"town {int(lat * 20)}/{int(lon * 20)}",
                        "lat": lat + rng.gauss(0, 0.02), "lon": lon + rng.gauss(0, 0.02), "country": country,
                        "admin1": admin1, "killed_low": kd if figs else None, "killed_high": kd if figs else None,
                        "data": json.dumps(data),
                    })
            if len(cls) >= 5000:
                flush(conn)
        flush(conn)
        tx.commit()
    finally:
        conn.close()
    return {"claims": made, "documents": n_docs, "incidents": truth, "seconds": round(time.perf_counter() - t0, 1)}


def bcubed(url: str) -> dict:
    """B-cubed precision/recall/F1 of the grouping against the synthetic truth."""
    from collections import Counter

    from sqlalchemy import select

    from claimledger.ledger.db import make_engine
    from claimledger.ledger.incident_tables import incident_claims
    from claimledger.ledger.schema import claims

    engine = make_engine(url)
    with engine.connect() as conn:
        pairs = conn.execute(select(incident_claims.c.incident_id, claims.c.claimant_role)
                             .join(claims, claims.c.id == incident_claims.c.claim_id)).all()
    engine.dispose()
    both = Counter(pairs)
    by_inc = Counter(p[0] for p in pairs)
    by_truth = Counter(p[1] for p in pairs)
    n = len(pairs) or 1
    prec = sum(c * c / by_inc[i] for (i, t), c in both.items()) / n
    rec = sum(c * c / by_truth[t] for (i, t), c in both.items()) / n
    return {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(2 * prec * rec / (prec + rec), 3)}


def _group_child(url: str) -> None:
    from claimledger.ledger.db import make_engine
    from claimledger.ledger.incident_tables import regroup

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    engine = make_engine(url)
    t0 = time.perf_counter()
    u0 = resource.getrusage(resource.RUSAGE_SELF)
    r = regroup(engine)
    secs = time.perf_counter() - t0
    u1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime)
    peak = u1.ru_maxrss
    print(json.dumps({"seconds": round(secs, 1), "cpu_seconds": round(cpu, 1), "phases": {k: round(v, 1) for k, v in r.seconds.items()},
                      "peak_rss_mb": round(peak / 1024), "baseline_rss_mb": round(base / 1024),
                      "incidents": r.incidents, "contested": r.contested, "grouped_claims": r.claims,
                      "skipped": r.skipped, "duplicates": r.duplicates}))


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def latency(url: str, runs: int = 200, seed: int = 5) -> dict:
    from sqlalchemy import func, select

    from claimledger.ledger import Store
    from claimledger.ledger import incident_tables as it
    from claimledger.ledger.search import search

    rng = random.Random(seed)
    store = Store.open(url)
    out = {}
    with store.engine.connect() as conn:
        max_id = conn.execute(select(func.max(it.incidents.c.id))).scalar() or 1
        admin1s = [r[0] for r in conn.execute(select(it.incidents.c.admin1).limit(2000)) if r[0]]

    def timed(name: str, fn) -> None:
        xs = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            xs.append((time.perf_counter() - t0) * 1000)
        out[name] = {"p50_ms": round(statistics.median(xs), 1), "p95_ms": round(_pct(xs, 0.95), 1)}

    def one_incident() -> None:
        with store.engine.connect() as conn:
            it.get_incident(conn, rng.randint(1, max_id))

    def listing() -> None:
        with store.engine.connect() as conn:
            it.list_incidents(conn, limit=50)

    def listing_filtered() -> None:
        with store.engine.connect() as conn:
            it.list_incidents(conn, place=rng.choice(admin1s), contested=True,
                              since=(START + timedelta(days=rng.randrange(DAYS))).isoformat(), limit=50)

    def searching() -> None:
        search(store, " ".join(rng.sample(WORDS, 2)), limit=20)

    timed("incident_page", one_incident)
    timed("incident_list", listing)
    timed("incident_list_filtered", listing_filtered)
    timed("search", searching)
    store.close()
    return out


def _fresh_pg(admin_url: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claimledger.ledger.db import normalise_url

    admin = make_url(normalise_url(admin_url))
    name = "cl_bench_" + uuid.uuid4().hex[:10]
    eng = create_engine(admin, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with eng.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        eng.dispose()

    return admin.set(database=name).render_as_string(hide_password=False), drop


def run_one(backend: str, url: str, n: int, *, runs: int, measure_latency: bool) -> dict:
    from claimledger.ledger import Store

    store = Store.open(url)
    gen = generate(store.engine, n)
    store.close()
    child = subprocess.run([sys.executable, __file__, "_group", url], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": "0"})
    if child.returncode != 0:
        raise SystemExit(child.stderr)
    grp = json.loads(child.stdout.strip().splitlines()[-1])
    row = {"backend": backend, "claims": n, "generate": gen, "group": grp, "bcubed": bcubed(url)}
    if measure_latency:
        row["latency"] = latency(url, runs=runs)
    return row


def memory_run(n: int, days: int, threshold: float | None, seed: int = 4) -> dict:
    """The same synthetic world straight into ``group_claims`` (no database):
    ``days`` sets the density (1095 = the ledger runs; 110 = ten times denser)."""
    from collections import Counter

    import claimledger.ledger.incidents as inc

    if threshold is not None:
        inc.THRESHOLD = threshold
    rng = random.Random(seed)
    claims: list = []
    truth: dict[str, int] = {}
    t = 0
    while len(claims) < n:
        country, lat, lon, admin1, typ, sub, target, day, killed, perp, k = _incident(rng, days)
        t += 1
        for _ in range(k):
            r = rng.random()
            stance = "denies" if r < 0.10 else "hypothetical" if r < 0.15 else "asserts"
            kd = killed if rng.random() < 0.85 else killed * rng.choice([5, 10]) + 1
            figs = (("killed", kd, kd),) if rng.random() < 0.6 and stance != "denies" else ()
            p = rng.random()
            when = None if p < 0.2 else ("month" if p < 0.3 else "day")
            edate = None if when is None else (day.replace(day=1) if when == "month"
                                               else day + timedelta(days=rng.randint(0, 1))).isoformat()
            cid = str(len(claims))
            truth[cid] = t
            claims.append(inc.GroupClaim(
                cid, f"d{cid}", typ, sub if rng.random() < 0.8 else None, target if rng.random() < 0.8 else None,
                lat + rng.gauss(0, 0.02), lon + rng.gauss(0, 0.02), admin1, country,
                admin1 if rng.random() < 0.3 else f"town {int(lat * 20)}/{int(lon * 20)}", edate, when,
                (day + timedelta(days=rng.randint(0, 2))).isoformat(), stance, "x", None, figs,
                (f"g{perp if rng.random() < 0.9 else rng.randrange(1, 41)}",)))
    t0 = time.process_time()
    g = inc.group_claims(claims)
    cpu = time.process_time() - t0
    pairs = [(gi, truth[c]) for gi, members in enumerate(g.groups) for c in members]
    both, by_g, by_t = Counter(pairs), Counter(p[0] for p in pairs), Counter(p[1] for p in pairs)
    prec = sum(c * c / by_g[i] for (i, _), c in both.items()) / len(pairs)
    rec = sum(c * c / by_t[tr] for (_, tr), c in both.items()) / len(pairs)
    return {"claims": n, "days": days, "threshold": inc.THRESHOLD, "cpu_seconds": round(cpu, 1),
            "incidents": len(g.groups), "true_incidents": t,
            "bcubed": {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(2 * prec * rec / (prec + rec), 3)}}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_group":
        _group_child(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "memory":
        mp = argparse.ArgumentParser(description="grouping only, in memory: quality and CPU at a density")
        mp.add_argument("memory")
        mp.add_argument("--claims", type=int, default=100_000)
        mp.add_argument("--days", type=int, nargs="+", default=[DAYS, DAYS // 10])
        mp.add_argument("--threshold", type=float, nargs="+", default=[None])
        a = mp.parse_args()
        for days in a.days:
            for th in a.threshold:
                print(json.dumps(memory_run(a.claims, days, th)), flush=True)
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--pg", default=os.environ.get("CLAIMLEDGER_TEST_PG_URL"),
                    help="PostgreSQL admin URL (a fresh database is created and dropped per size)")
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--runs", type=int, default=200, help="queries per latency measurement")
    ap.add_argument("--latency-at", type=int, default=None, help="measure latency at this size (default: largest)")
    ap.add_argument("--out", default=None, help="append JSON lines here")
    args = ap.parse_args()
    lat_at = args.latency_at or max(args.sizes)
    backends = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.pg else [])
    for backend in backends:
        for n in args.sizes:
            with tempfile.TemporaryDirectory(prefix="cl_bench_") as tmp:
                drop = None
                if backend == "sqlite":
                    url = f"sqlite:///{Path(tmp) / 'bench.db'}"
                else:
                    url, drop = _fresh_pg(args.pg)
                try:
                    row = run_one(backend, url, n, runs=args.runs, measure_latency=n == lat_at)
                finally:
                    if drop:
                        drop()
            line = json.dumps(row)
            print(line, flush=True)
            if args.out:
                with open(args.out, "a") as f:
                    f.write(line + "\n")


if __name__ == "__main__":
    main()
