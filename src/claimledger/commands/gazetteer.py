"""``claimledger gazetteer build|import|lookup|info``: the place-name index."""

from __future__ import annotations

import json
from pathlib import Path

import typer

gazetteer_app = typer.Typer(
    help="The gazetteer that geocodes place names (built from installed packages; add GeoNames dumps).",
    no_args_is_help=True,
)


@gazetteer_app.command("build")
def build_command() -> None:
    """Rebuild the default index from installed packages. Example: claimledger gazetteer build"""
    from claimledger.gazetteer import build, default_path

    result = build(default_path())
    typer.echo(
        f"built {default_path()}: {result['base_places']} places"
        f" (+{result['user_places']} imported kept) in {result['seconds']:.1f}s"
    )


@gazetteer_app.command("import")
def import_command(
    file: Path = typer.Argument(..., help="GeoNames dump: a country file such as SY.txt (or SY.zip), or allCountries.txt."),
) -> None:
    """Add a GeoNames dump to your index; resolution prefers it. Example: claimledger gazetteer import SY.txt"""
    from rich.progress import BarColumn, Progress, TextColumn

    from claimledger.gazetteer import import_geonames

    size = file.stat().st_size if file.is_file() else 0
    with Progress(TextColumn("importing"), BarColumn(), TextColumn("{task.completed:,} rows"), transient=True) as bar:
        task = bar.add_task("import", total=None)
        report = import_geonames(file, progress=lambda rows: bar.update(task, completed=rows))
    typer.echo(f"imported {report.imported:,} of {report.rows:,} rows from {file} ({size:,} bytes)")
    if report.bad_count:
        typer.echo(f"{report.bad_count} bad lines skipped:", err=True)
        for line, reason in report.bad[:20]:
            typer.echo(f"  line {line}: {reason}", err=True)
        if report.bad_count > 20:
            typer.echo(f"  ... and {report.bad_count - 20} more", err=True)


@gazetteer_app.command("lookup")
def lookup_command(
    name: str = typer.Argument(..., help="A place name, any spelling: Raqqa, ar-Raqqah, Mazar-e Sharif."),
    limit: int = typer.Option(10, "--limit", help="Show at most this many candidates."),
    fuzzy: bool = typer.Option(False, "--fuzzy", help="Also try the closest spelling if nothing matches exactly."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show the places a name can mean, best first. Example: claimledger gazetteer lookup Aleppo"""
    from claimledger.gazetteer import get_gazetteer

    g = get_gazetteer()
    entries = list(g.lookup(name)) or (list(g.fuzzy(name)) if fuzzy else [])
    rows = [
        {"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "admin1": e.admin1,
         "admin2": e.admin2, "lat": e.lat, "lon": e.lon, "population": e.population, "source": e.source}
        for e in entries[:limit]
    ]
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo(f"no place called {name!r}" + ("" if fuzzy else " (try --fuzzy)"))
        raise typer.Exit(1)
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for col in ("id", "name", "kind", "country", "admin1", "lat", "lon", "population", "source"):
        table.add_column(col)
    for r in rows:
        table.add_row(*(escape(str(r[c])) if r[c] is not None else "" for c in
                        ("id", "name", "kind", "country", "admin1", "lat", "lon", "population", "source")))
    Console(highlight=False).print(table)


@gazetteer_app.command("info")
def info_command() -> None:
    """Where the index is, when it was built, and how big it is. Example: claimledger gazetteer info"""
    from claimledger.gazetteer import get_gazetteer

    for k, v in get_gazetteer().stats().items():
        typer.echo(f"{k}: {v}")


def register(app: typer.Typer) -> None:
    app.add_typer(gazetteer_app, name="gazetteer")
