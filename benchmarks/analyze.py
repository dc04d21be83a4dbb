"""Throughput of ``claimledger analyze`` against the bare spaCy pipeline, and
peak memory on a large input.

    .venv/bin/python benchmarks/analyze.py            # prints and updates docs/BENCHMARKS.md
    .venv/bin/python benchmarks/analyze.py --no-write # prints only

Texts: the PolNeAR news articles in ../shared/corpus/polnear (train split),
read at run time. Both pipelines see the same texts in the same run; words are
whitespace-separated tokens of the input. "Two processes" runs the bare
pipeline with ``nlp.pipe(n_process=2)`` and claimledger with a pool of two
workers, each with its own Analyzer (as ``claimledger ingest --workers 2``).
Peak memory is the maximum resident set size of a fresh process that analyses
one document of the given size (built by joining articles).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import polnear_train_files, write_section  # noqa: E402
from claimledger import settings  # noqa: E402
from claimledger.models import Document  # noqa: E402

MARK_START = "<!-- bench:analyze:start -->"
MARK_END = "<!-- bench:analyze:end -->"


def load_texts(limit: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in polnear_train_files(limit)]
    return [t for t in texts if t.strip()]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bare_rate(texts: list[str], n_process: int, table: bool = False) -> float:
    """The bare pipeline's rate; with ``table``, its attribute ruler applied
    as claimledger applies it (``nlp/attribute_table.py``)."""
    from claimledger.nlp.pipeline import load_model

    nlp = load_model()
    if table:
        from claimledger.nlp import attribute_table

        attribute_table.install(nlp)
    list(nlp.pipe(texts[:20]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
        pass
    return words(texts) / (time.perf_counter() - t0)


_ANALYZER = None


def _work(batch: list[str]) -> int:
    global _ANALYZER
    from claimledger.nlp.pipeline import Analyzer

    if _ANALYZER is None:
        _ANALYZER = Analyzer()
    n = 0
    for analysis in _ANALYZER.analyze_many(Document(text=t, published="2016-10-01") for t in batch):
        n += len(analysis.claims)
    return n


def claimledger_rate(texts: list[str], n_process: int) -> tuple[float, int]:
    if n_process == 1:
        _work(texts[:20])  # warm up (loads model, gazetteer)
        t0 = time.perf_counter()
        claims = _work(texts)
        return words(texts) / (time.perf_counter() - t0), claims
    batches = [texts[i::n_process] for i in range(n_process)]
    with ProcessPoolExecutor(n_process) as pool:
        list(pool.map(_work, [b[:10] for b in batches]))  # warm up each worker
        # Work in smaller slices so both workers stay busy to the end.
        slices = [texts[i : i + 25] for i in range(0, len(texts), 25)]
        t0 = time.perf_counter()
        claims = sum(pool.map(_work, slices))
        return words(texts) / (time.perf_counter() - t0), claims


def peak_memory(size_mb: float) -> dict:
    """Run one analysis of a ``size_mb`` document in a fresh process; return its peak RSS."""
    code = f"""
import resource, sys, time
sys.path.insert(0, {str(ROOT / 'src')!r})
from pathlib import Path
from claimledger import settings
from claimledger.nlp.pipeline import Analyzer
from claimledger.models import Document
folder = settings.corpus_dir() / 'polnear' / 'train' / 'text'
parts, n = [], 0
for p in sorted(folder.glob('*.txt')):
    t = p.read_text(encoding='utf-8')
    parts.append(t); n += len(t)
    if n >= {size_mb} * 1024 * 1024: break
while n < {size_mb} * 1024 * 1024:
    parts = parts + parts; n *= 2
text = '\\n\\n'.join(parts)[: int({size_mb} * 1024 * 1024)]
a = Analyzer()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
res = a.analyze(Document(text=text, published='2016-10-01'))
dt = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(text), len(text.split()), base, peak, dt, len(res.claims))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    chars, nwords, base, peak, dt, claims = out.stdout.split()
    return {
        "size_mb": size_mb,
        "chars": int(chars),
        "words": int(nwords),
        "rss_after_load_mb": int(base) / 1024,
        "peak_rss_mb": int(peak) / 1024,
        "seconds": float(dt),
        "claims": int(claims),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=300, help="how many PolNeAR train articles (default 300)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating rounds per pipeline; the best of each is kept")
    ap.add_argument("--no-write", action="store_true", help="do not update docs/BENCHMARKS.md")
    args = ap.parse_args()

    texts = load_texts(args.texts)
    n_words = words(texts)
    rows = []
    tabled = 0.0
    for n_process in (1, 2):
        # Alternate the pipelines and keep each one's best round, so a
        # burst of load from elsewhere on the machine does not favour either.
        bare = ours = 0.0
        for _ in range(args.rounds):
            bare = max(bare, bare_rate(texts, n_process))
            if n_process == 1:
                tabled = max(tabled, bare_rate(texts, 1, table=True))
            rate, claims = claimledger_rate(texts, n_process)
            ours = max(ours, rate)
        rows.append((n_process, bare, ours, ours / bare, claims))
        print(f"{n_process} process(es): bare spaCy {bare:,.0f} words/s, claimledger {ours:,.0f} words/s, ratio {ours / bare:.2f}, claims {claims}")
    print(f"1 process: spaCy with the attribute table {tabled:,.0f} words/s; claimledger's own work leaves {rows[0][2] / tabled:.2f} of it")
    mems = [peak_memory(1), peak_memory(5)]
    for m in mems:
        print(json.dumps(m))

    from claimledger.nlp.pipeline import model_name

    lines = [
        MARK_START,
        "## Analyze throughput and memory",
        "",
        "Command: `.venv/bin/python benchmarks/analyze.py` (also `make bench`).",
        f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, spaCy pipeline `{model_name()}`; "
        f"{len(texts)} PolNeAR train articles, {n_words:,} words; best of {args.rounds} alternating rounds each. "
        f"Measured {time.strftime('%Y-%m-%d')}, load average {os.getloadavg()[0]:.1f} at the end.",
        "",
        "| processes | bare spaCy words/s | claimledger analyze words/s | ratio | claims |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for n_process, bare, ours, ratio, claims in rows:
        lines.append(f"| {n_process} | {bare:,.0f} | {ours:,.0f} | {ratio:.2f} | {claims:,} |")
    lines += [
        "",
        "claimledger runs spaCy's statistical pipeline with one change: the attribute ruler's patterns applied "
        "as table lookups (`nlp/attribute_table.py`, the same tags, set `CLAIMLEDGER_ATTRIBUTE_TABLE=0` for spaCy's "
        f"own). The bare pipeline with that change alone ran at {tabled:,.0f} words/s in one process, so claimledger's "
        f"own components and stages leave **{rows[0][2] / tabled:.2f}** of it; the ratio column compares with spaCy as shipped.",
        "",
        "Peak memory, one document analysed in a fresh process (chunks of "
        f"{settings.get_int('chunk_chars'):,} characters streamed through spaCy):",
        "",
        "| input | words | RSS after loading | peak RSS | seconds | claims |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in mems:
        lines.append(
            f"| {m['size_mb']:g} MB | {m['words']:,} | {m['rss_after_load_mb']:.0f} MB | {m['peak_rss_mb']:.0f} MB "
            f"| {m['seconds']:.1f} | {m['claims']:,} |"
        )
    lines.append(MARK_END)
    block = "\n".join(lines)
    print(block)
    if args.no_write:
        return
    write_section(block, MARK_START, MARK_END)


if __name__ == "__main__":
    main()
