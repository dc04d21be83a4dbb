"""``claimledger analyze``: one or more reports to claims, as text or JSON."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from claimledger.errors import ClaimledgerError


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def analyze(
    files: list[str] = typer.Argument(..., help="Report files (.txt, .md, .html); - for stdin."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json or jsonl for machines."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD), overrides metadata."),
    source: Optional[str] = typer.Option(None, "--source", help="Publisher name, overrides metadata."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to use (default: en_core_web_sm if installed)."),
) -> None:
    """Extract who claims what from reports.

    Example: claimledger analyze report.html --format json
    """
    from claimledger.ingest import parse_date, read_path
    from claimledger.nlp.pipeline import Analyzer

    if published is not None:
        parse_date(published, what="--published")  # fail before loading the model
    failures = 0
    analyzer = None  # loaded at the first readable file: bad input fails fast
    results = []
    for path in files:
        try:
            document = read_path(path, published=published, source=source)
            if analyzer is None:
                analyzer = Analyzer(model=model)
            analysis = analyzer.analyze(document)
        except ClaimledgerError as e:
            failures += 1
            print(f"claimledger: error: {e}", file=sys.stderr)
            continue
        except Exception as e:  # a bug of ours must not cost the other files their analyses
            failures += 1
            print(f"claimledger: error: {path}: analysis failed ({type(e).__name__}: {e}); this is a bug in claimledger, please report it", file=sys.stderr)
            continue
        if format is Format.jsonl:
            sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif format is Format.json:
            results.append(analysis.to_json())
        else:
            from claimledger.render import render_analysis

            render_analysis(analysis, title=path if len(files) > 1 else None)
    if format is Format.json and results:
        payload = results[0] if len(files) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if failures:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
