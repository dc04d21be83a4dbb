"""``claimledger eval NAME``: measure extraction quality on the shared corpora."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Optional

import typer

from claimledger import settings
from claimledger.errors import ClaimledgerError

eval_app = typer.Typer(help="Measure extraction quality on real labelled corpora (../shared/corpus).", no_args_is_help=True)


def run_eval(name: str, corpus: Path | None = None, **kwargs) -> dict:
    corpus = corpus or settings.corpus_dir()
    if corpus is None:
        raise ClaimledgerError("no corpus folder: set CLAIMLEDGER_CORPUS or put ../shared/corpus beside the project")
    module = importlib.import_module(f"claimledger.eval.{name}")
    return module.run(corpus, **kwargs)


def _print(name: str, result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps({name: result}, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"claimledger eval {name}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for k, v in result.items():
        if k.startswith("_"):
            continue
        table.add_row(k, _cell(v))
    Console().print(table)


def _cell(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    if isinstance(v, list) and len(v) == 2 and all(isinstance(x, float) for x in v):
        return f"{v[0]:.3f}–{v[1]:.3f}"  # an interval
    return str(v)


def _make(name: str, doc: str):
    def command(
        corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (default ../shared/corpus)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N items (for a quick look)."),
        as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON."),
    ) -> None:
        _print(name, run_eval(name, corpus, limit=limit), as_json)

    command.__doc__ = doc
    return command


def register(app: typer.Typer) -> None:
    eval_app.command("polnear")(_make("polnear", "Attribution on PolNeAR dev: content spans (exact, overlap) and source F1."))
    eval_app.command("acled")(_make("acled", "Events, fatalities and locations against ACLED coded fields."))
    eval_app.command("geoparse")(_make("geoparse", "Toponym recall/precision and distance accuracy on LGL and GeoVirus."))
    app.add_typer(eval_app, name="eval")
