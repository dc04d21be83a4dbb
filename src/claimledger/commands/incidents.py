"""``claimledger incidents`` and ``claimledger incident ID``: claims grouped into incidents.

    claimledger incidents [--place P --type T --since D --until D --contested]
    claimledger incidents group            regroup every claim (after ingest)
    claimledger incidents merge A B        a person says A and B are one incident
    claimledger incidents split ID CLAIM.. a person says these claims are another incident
    claimledger incidents why A B          why two claims are (not) one incident
    claimledger incident ID [--why]        claims side by side, figures as ranges, sources

Article text reaches the terminal only inside ``rich.text.Text`` objects, never
as console markup.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.errors import StoreError
from claimledger.render import STANCE_STYLE

DB_HELP = "Ledger database: a SQLite file or postgresql://... (default: DATABASE_URL, else claimledger.db)."


class Format(str, Enum):
    text = "text"
    json = "json"


def _store(db: str | None):
    from claimledger.ledger import Store

    return Store.open(db)


def _console() -> Console:
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal:  # piped or captured: wide enough for the tables
        console = Console(highlight=False, soft_wrap=False, width=120)
    return console


def _dates(d: dict) -> str:
    a, b = d.get("date_from"), d.get("date_to")
    if not a:
        return "date unknown"
    return a if a == b or not b else f"{a} to {b}"


def _range(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "?"
    if lo == hi or hi is None:
        return f"{lo}" if hi is not None else f"{lo}+"
    return f"{lo if lo is not None else 0}–{hi}"


def _what(d: dict) -> str:
    what = d.get("sub_event_type") or d.get("event_type") or "event"
    if d.get("target"):
        what += f" on {d['target']}"
    return what


def _where(d: dict) -> str:
    bits = [x for x in (d.get("place_name"), d.get("admin1"), d.get("country")) if x]
    return ", ".join(dict.fromkeys(bits)) or "place unknown"


# -- incidents (list) ------------------------------------------------------------------


def render_list(rows: list[dict], console: Console) -> None:
    if not rows:
        console.print(Text("No incidents match. Run `claimledger incidents group` after ingesting reports.",
                           style="dim"))
        return
    t = Table(show_lines=False, header_style="bold", expand=False)
    for col, kw in (("id", {"justify": "right"}), ("date", {}), ("what", {}), ("where", {}),
                    ("claims", {"justify": "right"}), ("sources", {"justify": "right"}),
                    ("figures", {}), ("", {})):
        t.add_column(col, **kw)
    for d in rows:
        figs = ", ".join(f"{k} {_range(*v)}" for k, v in sorted(d["ranges"].items()))
        flag = Text("contested", style="bold red") if d["contested"] else Text("")
        if not d["reports_count"]:  # only hypotheticals ("would", "could"): not a report
            flag.append("hypothetical only", style="magenta")
        if d.get("manual"):
            flag.append(" edited", style="dim")
        t.add_row(str(d["id"]), Text(_dates(d)), Text(_what(d)), Text(_where(d)),
                  str(d["claims_count"]), str(d["sources_count"]), Text(figs), flag)
    console.print(t)


def list_cmd(
    ctx: typer.Context,
    place: Optional[str] = typer.Option(None, "--place", help="Place name or admin1 contains this."),
    type: Optional[str] = typer.Option(None, "--type", help="Event type or sub-type contains this (e.g. 'air')."),
    since: Optional[str] = typer.Option(None, "--since", help="Incidents on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Incidents on or before this date (YYYY-MM-DD)."),
    contested: bool = typer.Option(False, "--contested", help="Only incidents with contradictions."),
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many incidents."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for machines."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List incidents, newest first.

    Example: claimledger incidents --place Aleppo --contested
    """
    if ctx.invoked_subcommand is not None:
        return
    from claimledger.ingest import parse_date
    from claimledger.ledger import incident_tables as it

    for value, what in ((since, "--since"), (until, "--until")):
        if value is not None:
            parse_date(value, what=what)
    store = _store(db)
    try:
        with store.engine.connect() as conn:
            rows = it.list_incidents(conn, place=place, type=type, since=since, until=until,
                                     contested=True if contested else None, limit=limit)
            waiting = it.ungrouped_claims(conn) if format is Format.text else 0
    finally:
        store.close()
    if format is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    console = _console()
    render_list(rows, console)
    if waiting:
        console.print(Text(f"{waiting:,} claims ingested since the last grouping: "
                           "run `claimledger incidents group`", style="yellow"))


def group_cmd(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Regroup every current claim into incidents (keeps manual merges and splits).

    Example: claimledger incidents group
    """
    from claimledger.ledger import incident_tables as it

    store = _store(db)
    try:
        r = it.regroup(store.engine)
    finally:
        store.close()
    print(f"{r.incidents} incidents ({r.contested} contested) from {r.claims} claims; "
          f"{r.duplicates} republished copies; {r.skipped} claims without a usable date or place")


def merge_cmd(
    a: int = typer.Argument(..., help="Incident to keep."),
    b: int = typer.Argument(..., help="Incident merged into it."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Merge incident B into A; regrouping keeps them together.

    Example: claimledger incidents merge 12 15
    """
    from claimledger.ledger import incident_tables as it

    store = _store(db)
    try:
        it.merge(store.engine, a, b)
    finally:
        store.close()
    print(f"merged incident {b} into {a}")


def split_cmd(
    incident_id: int = typer.Argument(..., metavar="ID", help="Incident to split."),
    claim_ids: list[int] = typer.Argument(..., metavar="CLAIM...", help="Claim ids that go to a new incident."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Move claims out of an incident into a new one; regrouping keeps the split.

    Example: claimledger incidents split 12 301 302
    """
    from claimledger.ledger import incident_tables as it

    store = _store(db)
    try:
        new = it.split(store.engine, incident_id, claim_ids)
    finally:
        store.close()
    print(f"claims {', '.join(map(str, claim_ids))} are now incident {new}")


def why_cmd(
    a: int = typer.Argument(..., help="A claim id."),
    b: int = typer.Argument(..., help="Another claim id."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for machines."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Explain whether two claims are one incident, feature by feature.

    Example: claimledger incidents why 301 302
    """
    from claimledger.ledger import incident_tables as it
    from claimledger.ledger.incidents import explain

    store = _store(db)
    try:
        with store.engine.connect() as conn:
            recs = it.claim_records(conn, [a, b])
    finally:
        store.close()
    for cid in (a, b):
        if cid not in recs:
            raise StoreError(f"claim {cid} is not a current claim with an event")
    out: dict[str, Any] = explain(recs[a], recs[b])
    out["claims"] = [a, b]
    out["incidents"] = [recs[a].pinned, recs[b].pinned]
    if format is Format.json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    console = _console()
    head = Text(f"claims {a} and {b}: ")
    head.append("one incident" if out["same"] else "not one incident",
                style="bold green" if out["same"] else "bold yellow")
    if out["score"] is not None:
        head.append(f"  (score {out['score']}, needs {out['threshold']})", style="dim")
    console.print(head)
    for reason in out["why"]:
        console.print(Text("  • ").append(Text(reason)))


# -- incident ID (one page) ---------------------------------------------------------


def _claim_cell(c: dict) -> Text:
    t = Text()
    content = c.get("content_text") or c.get("text") or ""
    if len(content) > 240:
        content = content[:237] + "…"
    t.append(content)
    if c.get("reported_by_name"):
        t.append(f"\n(reported by {c['reported_by_name']})", style="dim")
    return t


def render_incident(d: dict, console: Console, *, why: bool = False) -> None:
    head = Text()
    head.append(f"Incident {d['id']}", style="bold")
    if d["contested"]:
        head.append("  CONTESTED", style="bold red")
    if d.get("manual"):
        head.append("  (edited by a person)", style="dim")
    console.print(head)
    console.print(Text(f"{_what(d)} · {_where(d)} · {_dates(d)}"))
    copies = d["duplicates_count"]
    line = (f"{d['claims_count']} claims · {d['reports_count']} reports · "
            f"{d['sources_count']} independent source{'s' if d['sources_count'] != 1 else ''}")
    if copies:
        line += f" ({copies} claim{'s' if copies != 1 else ''} from republished copies, counted once)"
    console.print(Text(line, style="dim"))

    if d["contradictions"]:
        console.print(Text("\nContradictions", style="bold red"))
        for x in d["contradictions"]:
            row = Text("  ✗ ", style="red")
            row.append(f"{x['kind']:<15}", style="bold")
            row.append(Text(x["about"]))
            row.append(f"   claims {x['claims'][0]} vs {x['claims'][1]}", style="dim")
            console.print(row)
    if d["ranges"]:
        console.print(Text("\nHarm claimed (min–max over reports)", style="bold"))
        for cat, (lo, hi) in sorted(d["ranges"].items()):
            console.print(Text(f"  {cat:<10} {_range(lo, hi)}"))

    # claims side by side, by claimant; a claim repeated in republished copies
    # of one report is shown once, with the outlets that repeated it
    shown: list[dict] = []
    seen: dict[tuple, dict] = {}
    for c in sorted(d["claims"], key=lambda c: c["canonical_id"] is not None):
        content = " ".join((c.get("content_text") or c.get("text") or "").lower().split())
        key = (c["canonical_id"] or c["document_id"], (c.get("claimant_name") or "").lower(), c["stance"], content)
        if key in seen:
            seen[key]["also"].append(c)
            continue
        seen[key] = dict(c, also=[])
        shown.append(seen[key])
    order = {c["id"]: i for i, c in enumerate(d["claims"])}
    shown.sort(key=lambda c: order[c["id"]])
    by_claimant: dict[str, list[dict]] = {}
    for c in shown:
        by_claimant.setdefault((c.get("claimant_name") or "(unnamed)"), []).append(c)
    t = Table(title=Text("Claims by claimant", style="bold"), title_justify="left", show_lines=True,
              header_style="bold", expand=False)
    t.add_column("claimant", max_width=22)
    t.add_column("stance", no_wrap=True)
    t.add_column("claim", max_width=60)
    t.add_column("figures", no_wrap=True)
    t.add_column("source", max_width=28)
    t.add_column("#", justify="right", style="dim")
    for name, cs in by_claimant.items():
        for i, c in enumerate(cs):
            figs = "\n".join(f"{f['category']} {_range(f['low'], f['high'])}" for f in c["figures"])
            src = Text(c.get("source") or "unknown outlet")
            if c.get("published"):
                src.append(f"\n{c['published']}", style="dim")
            if c["also"]:
                outlets = ", ".join(dict.fromkeys(x.get("source") or "?" for x in c["also"]))
                src.append(f"\nalso in copies: {outlets}", style="yellow")
            elif c.get("canonical_id"):
                src.append("\nrepublished copy", style="yellow")
            stance = Text(c["stance"], style=STANCE_STYLE.get(c["stance"], ""))
            if c.get("cue_text"):
                stance.append(f"\n{c['cue_text']}", style="italic dim")
            if c.get("manual"):
                stance.append("\n(pinned)", style="dim")
            t.add_row(Text(name, style="bold") if i == 0 else Text(""), stance, _claim_cell(c),
                      Text(figs), src, str(c["id"]))
    console.print()
    console.print(t)

    # sources and their copies
    docs: dict[str, dict] = {}
    for c in d["claims"]:
        docs.setdefault(c["canonical_id"] or c["document_id"], c)
    s = Table(title=Text("Sources", style="bold"), title_justify="left", header_style="bold", expand=False)
    s.add_column("outlet", max_width=24)
    s.add_column("published", no_wrap=True)
    s.add_column("title", max_width=50)
    s.add_column("republished by", max_width=40)
    for doc_id, c in docs.items():
        copies_ = d["copies"].get(doc_id, [])
        first = c if not c["canonical_id"] else next((x for x in d["claims"] if x["document_id"] == doc_id), c)
        reps = Text(", ".join(f"{x['source'] or '?'} ({round((x['similarity'] or 0) * 100)}%)" for x in copies_)
                    or "—")
        s.add_row(Text(first.get("source") or "unknown outlet"), Text(first.get("published") or "?"),
                  Text(first.get("title") or ""), reps)
    console.print()
    console.print(s)

    if why:
        console.print(Text("\nWhy these claims are one incident", style="bold"))
        seen = set()
        for c in d["claims"]:
            for link in c["why"]:
                key = (link["claim"], link["with"])
                if key in seen:
                    continue
                seen.add(key)
                row = Text(f"  claim {link['claim']} ~ claim {link['with']}", style="bold")
                row.append(f"  score {link['score']}: ", style="dim")
                row.append(Text("; ".join(w["text"] for w in link["why"])))
                console.print(row)
            if c.get("manual"):
                console.print(Text(f"  claim {c['id']} placed here by a person", style="dim"))


def incident_cmd(
    incident_id: int = typer.Argument(..., metavar="ID", help="Incident id (see `claimledger incidents`)."),
    why: bool = typer.Option(False, "--why", help="Also list the features that joined each pair of claims."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text for people, json for machines."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Show one incident: claims side by side by claimant, figures as ranges, sources and copies.

    Example: claimledger incident 3 --why
    """
    from claimledger.ledger import incident_tables as it

    store = _store(db)
    try:
        with store.engine.connect() as conn:
            d = it.get_incident(conn, incident_id)
    finally:
        store.close()
    if d is None:
        raise StoreError(f"no incident {incident_id}: list them with `claimledger incidents`")
    if format is Format.json:
        sys.stdout.write(json.dumps(d, ensure_ascii=False, indent=2) + "\n")
        return
    render_incident(d, _console(), why=why)


def register(app: typer.Typer) -> None:
    sub = typer.Typer(
        help="Incidents: claims from many reports grouped by event, place and time.",
        invoke_without_command=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    sub.callback(invoke_without_command=True)(list_cmd)
    sub.command("group")(group_cmd)
    sub.command("merge")(merge_cmd)
    sub.command("split")(split_cmd)
    sub.command("why")(why_cmd)
    app.add_typer(sub, name="incidents")
    app.command("incident")(incident_cmd)
