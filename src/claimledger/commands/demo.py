"""``claimledger demo``: the bundled example reports into a ledger, grouped, and the contested incident.

Idempotent: a report already in the ledger is not analysed again, and
regrouping the same claims gives the same incidents (and ids).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.text import Text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"


def example_reports() -> list[tuple[Path, dict]]:
    """The bundled reports with their outlet and publication date."""
    meta = json.loads((EXAMPLES / "sources.json").read_text(encoding="utf-8"))
    return [(EXAMPLES / name, m) for name, m in sorted(meta.items()) if not name.startswith("_")]


def load_examples(store, *, analyzer=None, echo=print) -> tuple[int, int]:
    """Analyse and store the example reports not yet in ``store``. Returns (new, total)."""
    from claimledger.ingest.reader import read_bytes

    docs = [read_bytes(p.read_bytes(), path=str(p), published=m.get("published"), source=m.get("source"),
                       title=m.get("title")) for p, m in example_reports()]
    todo = [d for d in docs if not store.has_document(d.id)]
    if todo:
        if analyzer is None:
            from claimledger.nlp.pipeline import Analyzer

            echo(f"analysing {len(todo)} example report(s) (loading the spaCy pipeline)...")
            analyzer = Analyzer()
        for analysis in analyzer.analyze_many(todo):
            store.add_analysis(analysis)
    return len(todo), len(docs)


def pick_contested(conn) -> int | None:
    """The contested incident with the most independent sources (then claims)."""
    from claimledger.ledger import incident_tables as it

    rows = it.list_incidents(conn, contested=True, limit=1000)
    if not rows:
        return None
    best = max(rows, key=lambda d: (d["sources_count"], d["claims_count"], -d["id"]))
    return best["id"]


def demo(
    db: Optional[str] = typer.Option(None, "--db", help="Ledger database (default: claimledger.db in this folder)."),
) -> None:
    """Ingest the bundled example reports, group incidents, show the contested one.

    Example: claimledger demo --db /tmp/demo.db
    """
    from claimledger.commands.incidents import _console, render_incident, render_list
    from claimledger.ledger import Store
    from claimledger.ledger import incident_tables as it
    from claimledger.ledger.db import describe, normalise_url

    console = _console()
    store = Store.open(db)
    try:
        new, total = load_examples(store, echo=lambda s: console.print(Text(s, style="dim")))
        r = it.regroup(store.engine)
        with store.engine.connect() as conn:
            rows = it.list_incidents(conn, limit=1000)
            iid = pick_contested(conn)
            page = it.get_incident(conn, iid) if iid is not None else None
    finally:
        store.close()

    head = Text()
    head.append("claimledger demo", style="bold")
    head.append(f"  ledger: {describe(normalise_url(db))}", style="dim")
    console.print(head)
    console.print(Text(
        f"{total} example reports ({new} new, {total - new} already in the ledger) · "
        f"{r.claims} claims in {r.incidents} incidents · {r.contested} contested · "
        f"{r.duplicates} republished copies detected"))
    console.print()
    several = [d for d in rows if d["claims_count"] > 1]
    render_list(several, console)
    if len(several) < len(rows):
        console.print(Text(f"(and {len(rows) - len(several)} incidents of a single claim: "
                           "claimledger incidents lists them all)", style="dim"))
    if page is None:
        console.print(Text("\nNo contested incident found in the examples.", style="yellow"))
        return
    console.print()
    render_incident(page, console)
    console.print(Text(
        f"\nNext: claimledger incident {page['id']} --why   ·   claimledger incidents --contested   ·   "
        f"claimledger incidents why CLAIM CLAIM", style="dim"))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
