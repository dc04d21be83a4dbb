"""``claimledger ingest``, ``search`` and ``actors``: the ledger from the command line."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

DB_HELP = "Ledger database: a SQLite file path or URL, or postgresql://... (default: DATABASE_URL, else claimledger.db)."


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class Kind(str, Enum):
    all = "all"
    claims = "claims"
    documents = "documents"


def _store(db: str | None):
    from claimledger.ledger import Store

    return Store.open(db)


def _error_line(console: Console, message: str) -> None:
    console.print(Text(f"claimledger: error: {message}"), highlight=False, soft_wrap=True)


def ingest(
    paths: list[str] = typer.Argument(None, help="Files, folders (recursive: .txt .md .html .htm .jsonl), globs, JSONL files of {text,url,title,published,source}."),
    acled: list[str] = typer.Option([], "--acled", help="ACLED CSV file: rows become documents (notes) plus coded events. Repeatable."),
    db: Optional[str] = typer.Option(None, "--db", envvar="DATABASE_URL", help=DB_HELP),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analyse in N worker processes (the main process writes)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run the analysis on a Dask cluster (tcp://host:8786)."),
    no_nlp: bool = typer.Option(False, "--no-nlp", help="Store documents only, without analysis."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) of the files, over their metadata (JSONL records keep their own)."),
    source: Optional[str] = typer.Option(None, "--source", help="Publisher of the files, over their metadata (JSONL records keep their own)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for a summary machines read."),
    group: bool = typer.Option(True, "--group/--no-group", help="Regroup incidents when new claims came in (--no-group for a series of bulk loads; then `claimledger incidents group`)."),
) -> None:
    """Add reports to the ledger: read, analyse and store them, one transaction each.

    Example: claimledger ingest reports/ feed.jsonl --acled acled_2016.csv --workers 2
    """
    import itertools
    import time

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from claimledger.ingest import parse_date
    from claimledger.ingest.sources import count_items, iter_acled, iter_items
    from claimledger.ledger.db import describe, normalise_url
    from claimledger.ledger.ingest import Ingest

    paths = paths or []
    if not paths and not acled:
        raise typer.BadParameter("give at least one PATH or --acled FILE", param_hint="PATHS")
    if published is not None:
        parse_date(published, what="--published")
    err = Console(stderr=True)
    store = _store(db)
    total = count_items(paths) + count_items(acled)
    items = itertools.chain(iter_items(paths, published=published, source=source), *(iter_acled(p) for p in acled))
    with Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=False, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=total or None)
        runner = Ingest(
            store, nlp=not no_nlp, workers=workers, scheduler=scheduler, model=model,
            on_progress=lambda n: progress.advance(task, n),
            on_error=lambda msg: _error_line(progress.console, msg),
        )
        started = time.perf_counter()
        report = runner.run(items)
        seconds = time.perf_counter() - started
    grouped = None
    try:
        if group and report.claims:
            from claimledger.ledger import incident_tables as it

            grouped = it.regroup(store.engine)
    finally:
        store.close()
    if format is Format.text:
        where = describe(normalise_url(db))
        line = f"{report.read} read: {report.documents} new documents"
        if not no_nlp:
            line += f", {report.analyses} analysed, {report.claims} claims"
        if report.events:
            line += f", {report.events} ACLED events"
        line += f", {report.unchanged} already in the ledger, {report.failed} failed in {seconds:.1f} s ({where})"
        print(line)
        if grouped is not None:
            print(f"incidents regrouped: {grouped.incidents} incidents ({grouped.contested} contested) from {grouped.claims} claims")
    else:
        out = report.to_json()
        if grouped is not None:
            out["incidents"] = grouped.incidents
            out["contested"] = grouped.contested
        print(json.dumps(out))
    if report.failed:
        raise typer.Exit(1)


def search(
    text: str = typer.Argument(..., help="Words to find in claims and documents."),
    db: Optional[str] = typer.Option(None, "--db", envvar="DATABASE_URL", help=DB_HELP),
    kind: Kind = typer.Option(Kind.all, "--kind", help="claims, documents or all."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, help="At most this many hits of each kind."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text, json or jsonl."),
) -> None:
    """Full-text search over claims and documents in the ledger.

    Example: claimledger search "hospital strike"
    """
    from dataclasses import asdict

    from claimledger.ledger.search import search as run_search

    store = _store(db)
    hits = run_search(store, text, limit=limit, kind=kind.value)
    store.close()
    if format is Format.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return
    if format is Format.jsonl:
        for h in hits:
            print(json.dumps(asdict(h), ensure_ascii=False))
        return
    out = Console()
    if not hits:
        out.print(Text(f"no claims or documents match {text!r}"))
        return
    for h in hits:
        t = Text()
        t.append(f"{h.kind:<8} ", style="dim")
        t.append(f"{h.id if h.kind == 'claim' else h.id[:19]} ", style="bold")
        t.append(" · ".join(x for x in (h.source, h.published, h.title) if x), style="cyan")
        out.print(t)
        body = Text("    ")
        if h.claimant:
            body.append(f"{h.claimant} ", style="bold")
        if h.stance:
            body.append(f"[{h.stance}] ", style="yellow")
        body.append(h.text)
        out.print(body)


actors_app = typer.Typer(
    help="Actors across documents: list them, merge two, split a name off.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@actors_app.command("list")
def actors_list(
    query: Optional[str] = typer.Option(None, "--query", "-q", help="Only actors with a name containing this."),
    db: Optional[str] = typer.Option(None, "--db", envvar="DATABASE_URL", help=DB_HELP),
    limit: int = typer.Option(50, "--limit", "-n", min=1),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text, json or jsonl."),
) -> None:
    """Actors with their aliases and how many claims they make.

    Example: claimledger actors list --query moallem
    """
    from dataclasses import asdict

    from claimledger.ledger.actors import list_actors

    store = _store(db)
    with store.connection() as conn:
        rows = list_actors(conn, query=query, limit=limit)
    store.close()
    if format is Format.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if format is Format.jsonl:
        for r in rows:
            print(json.dumps(asdict(r), ensure_ascii=False))
        return
    table = Table("id", "name", "type", "claims", "docs", "aliases")
    for r in rows:
        table.add_row(str(r.id), Text(r.name), r.type, str(r.claims), str(r.documents), Text(" | ".join(r.aliases)))
    Console().print(table)


@actors_app.command("merge")
def actors_merge(
    keep: str = typer.Argument(..., help="Actor to keep (id or any of its names)."),
    other: str = typer.Argument(..., help="Actor to merge into it (id or name)."),
    db: Optional[str] = typer.Option(None, "--db", envvar="DATABASE_URL", help=DB_HELP),
) -> None:
    """Merge actor B into actor A: B's names and claims become A's, and stay so on re-ingest.

    Example: claimledger actors merge "Walid al-Moallem" "Foreign Minister Muallem"
    """
    from claimledger.ledger.actors import merge_actors

    store = _store(db)
    with store.connection() as conn:
        kept, merged = merge_actors(conn, keep, other)
    store.close()
    print(f"merged actor {merged} into {kept}")


@actors_app.command("split")
def actors_split(
    actor: str = typer.Argument(..., help="Actor (id or name) that wrongly holds a name."),
    alias: str = typer.Argument(..., help="The name to split off into an actor of its own."),
    db: Optional[str] = typer.Option(None, "--db", envvar="DATABASE_URL", help=DB_HELP),
) -> None:
    """Split a name off an actor into a new actor, with the claims made under that name.

    Example: claimledger actors split "Islamic State" "IS"
    """
    from claimledger.ledger.actors import split_actor

    store = _store(db)
    with store.connection() as conn:
        new_id = split_actor(conn, actor, alias)
    store.close()
    sys.stdout.write(f"split {alias!r} off into actor {new_id}\n")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("search")(search)
    app.add_typer(actors_app, name="actors")
