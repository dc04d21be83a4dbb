"""Ledger ingest speed: documents per second into SQLite and PostgreSQL, NLP on and off.

    .venv/bin/python benchmarks/ledger_ingest.py             # prints and updates docs/BENCHMARKS.md
    .venv/bin/python benchmarks/ledger_ingest.py --no-write  # prints only

PostgreSQL runs when CLAIMLEDGER_BENCH_PG_URL (or CLAIMLEDGER_TEST_PG_URL) names
a server; a fresh database is created and dropped on it. Texts: PolNeAR news
articles from ../shared/corpus/polnear (train split), read at run time.

Rows, per database (each on a fresh ledger):
- ``--no-nlp``: read + store documents only (``claimledger ingest --no-nlp``);
- store only: analyses computed beforehand, timing ``Store.add_analysis`` alone
  (the ledger's share of an ingest: blob, document, actors, claims, figures, FTS);
- NLP, 1 process: the whole ingest in one process (model loaded before timing);
- NLP, 2 workers: ``--workers 2`` (includes starting the workers and loading
  their models).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import polnear_train_files, write_section  # noqa: E402
from claimledger.ingest.sources import Item  # noqa: E402
from claimledger.models import Document  # noqa: E402

MARK_START = "<!-- bench:ledger_ingest:start -->"
MARK_END = "<!-- bench:ledger_ingest:end -->"


def load_documents(limit: int) -> list[Document]:
    docs = []
    for p in polnear_train_files(limit):
        raw = p.read_bytes()
        text = raw.decode("utf-8")
        if text.strip():
            docs.append(Document(text=text, title=p.stem, source="PolNeAR", published="2016-10-01", path=p.name, raw=raw))
    return docs


def items(docs: list[Document]) -> list[Item]:
    return [Item(d.path or "-", document=d) for d in docs]


class Database:
    """A fresh ledger: a SQLite file in a temporary folder, or a new PostgreSQL database."""

    def __init__(self, kind: str, admin_url: str | None = None) -> None:
        self.kind = kind
        self.admin_url = admin_url
        self.tmp = tempfile.TemporaryDirectory()
        self.url = ""
        self.name = ""

    def __enter__(self) -> str:
        if self.kind == "sqlite":
            self.url = f"sqlite:///{self.tmp.name}/bench.db"
            return self.url
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        from claimledger.ledger.db import normalise_url

        admin = make_url(normalise_url(self.admin_url))
        self.name = "cl_bench_" + uuid.uuid4().hex[:10]
        self.engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = admin.set(database=self.name).render_as_string(hide_password=False)
        return self.url

    def __exit__(self, *exc: object) -> None:
        if self.kind == "postgres":
            from sqlalchemy import text

            with self.engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            self.engine.dispose()
        self.tmp.cleanup()


def run_ingest(url: str, docs: list[Document], *, nlp: bool, workers: int = 1) -> tuple[float, int]:
    from claimledger.ledger import Store
    from claimledger.ledger.ingest import Ingest

    store = Store.open(url)
    t0 = time.perf_counter()
    report = Ingest(store, nlp=nlp, workers=workers).run(items(docs))
    seconds = time.perf_counter() - t0
    store.close()
    assert report.failed == 0, report.errors[:3]
    return len(docs) / seconds, report.claims


def run_store_only(url: str, analyses: list) -> tuple[float, int]:
    from claimledger.ledger import Store

    store = Store.open(url)
    t0 = time.perf_counter()
    n = sum(store.add_analysis(a).claims for a in analyses)
    seconds = time.perf_counter() - t0
    store.close()
    return len(analyses) / seconds, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents analysed with NLP")
    ap.add_argument("--no-nlp-docs", type=int, default=840, help="documents stored without NLP")
    ap.add_argument("--no-write", action="store_true", help="do not update docs/BENCHMARKS.md")
    args = ap.parse_args()

    from claimledger.ledger.ingest import cached_analyzer
    from claimledger.nlp.pipeline import model_name

    load_before = os.getloadavg()[0]
    pg = os.environ.get("CLAIMLEDGER_BENCH_PG_URL") or os.environ.get("CLAIMLEDGER_TEST_PG_URL")
    kinds = ["sqlite"] + (["postgres"] if pg else [])
    all_docs = load_documents(max(args.docs, args.no_nlp_docs))
    nlp_docs = all_docs[: args.docs]
    chars = sum(len(d.text) for d in nlp_docs)
    analyzer = cached_analyzer(None)
    t0 = time.perf_counter()
    analyses = list(analyzer.analyze_many(nlp_docs))
    analyse_rate = len(nlp_docs) / (time.perf_counter() - t0)

    results: dict[str, dict[str, tuple[float, int]]] = {k: {} for k in kinds}
    for kind in kinds:
        with Database(kind, pg) as url:
            results[kind]["no-nlp"] = run_ingest(url, all_docs[: args.no_nlp_docs], nlp=False)
        with Database(kind, pg) as url:
            results[kind]["store"] = run_store_only(url, analyses)
        with Database(kind, pg) as url:
            results[kind]["nlp1"] = run_ingest(url, nlp_docs, nlp=True)
        with Database(kind, pg) as url:
            results[kind]["nlp2"] = run_ingest(url, nlp_docs, nlp=True, workers=2)
        print(kind, results[kind], flush=True)

    def cell(kind: str, key: str) -> str:
        if kind not in results:
            return "not run"
        rate, _ = results[kind][key]
        return f"{rate:,.1f}"

    rows = [
        ("`--no-nlp` (read + store)", "no-nlp", args.no_nlp_docs),
        ("store only (`Store.add_analysis`, analyses precomputed)", "store", len(nlp_docs)),
        ("NLP, 1 process", "nlp1", len(nlp_docs)),
        ("NLP, `--workers 2`", "nlp2", len(nlp_docs)),
    ]
    claims = results["sqlite"]["nlp1"][1]
    lines = [
        MARK_START,
        "## Ledger ingest",
        "",
        "Command: `.venv/bin/python benchmarks/ledger_ingest.py` (PostgreSQL column when "
        "`CLAIMLEDGER_BENCH_PG_URL` or `CLAIMLEDGER_TEST_PG_URL` names a server).",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, spaCy pipeline `{model_name()}`; "
        f"PolNeAR train articles ({len(nlp_docs)} with NLP, {chars / len(nlp_docs):,.0f} characters on average, "
        f"{claims:,} claims; {args.no_nlp_docs} without). Each row starts from an empty ledger. "
        f"Measured {time.strftime('%Y-%m-%d')}; load average {load_before:.1f} before and "
        f"{os.getloadavg()[0]:.1f} after the run (other work on the machine slows every row).",
        "",
        "| documents per second | docs | SQLite | PostgreSQL |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, key, n in rows:
        lines.append(f"| {label} | {n} | {cell('sqlite', key)} | {cell('postgres', key)} |")
    lines += [
        "",
        f"For comparison, analysis alone (no ledger) ran at {analyse_rate:,.1f} documents per second in one process: "
        "with NLP on, ingest time is analysis time; the ledger's share is the store-only row. "
        "`--workers 2` includes starting two worker processes and loading a model in each; it only pays off "
        "when the machine has idle cores (load average below the core count) and enough documents to cover that start-up.",
        MARK_END,
    ]
    block = "\n".join(lines)
    print(block)
    if args.no_write:
        return
    write_section(block, MARK_START, MARK_END)


if __name__ == "__main__":
    main()
