"""Text output for people: contradictions first, then claims grouped by claimant.

Article text is untrusted: it only ever reaches the terminal inside
``rich.text.Text`` objects, never as console markup, so ``[bold]`` in a report
is printed as written.
"""

from __future__ import annotations

from collections import OrderedDict

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from claimledger.models import Analysis, Claim
from claimledger.nlp.quotes import find_quotes

STANCE_STYLE = {
    "asserts": "green",
    "denies": "bold red",
    "rejects": "red",
    "doubts": "yellow",
    "hypothetical": "magenta",
    "demands": "cyan",
}


def _content(claim: Claim) -> Text:
    """The claim's content with the quoted words (the speaker's own) in bold."""
    content = claim.content.text
    out = Text()
    quotes = find_quotes(content)
    if claim.attribution == "direct" and not quotes:
        out.append("“", style="dim")
        out.append(content, style="bold")
        out.append("”", style="dim")
        return out
    pos = 0
    for q in quotes:
        out.append(content[pos : q.start])
        out.append(content[q.start : q.end], style="bold")
        pos = q.end
    out.append(content[pos:])
    return out


def _claim_line(claim: Claim, analysis: Analysis) -> Text:
    t = Text()
    t.append(f"{claim.id} ", style="dim")
    t.append(f"{claim.stance:<13}", style=STANCE_STYLE.get(claim.stance, ""))
    if claim.cue:
        t.append(f" {claim.cue.text} ", style="italic")
    t.append_text(_content(claim))
    extras = []
    if claim.claimant.role and claim.attribution != "author":
        extras.append(f"as {claim.claimant.role}")
    if claim.reported_by:
        extras.append(f"reported by {claim.reported_by.name}")
    if claim.event:
        ev = claim.event.sub_type or claim.event.type
        if claim.event.target:
            ev += f" on {claim.event.target}"
        extras.append(ev)
    if claim.places:
        names = [analysis.places[i].name for i in claim.places if 0 <= i < len(analysis.places)]
        if names:
            extras.append("in " + ", ".join(dict.fromkeys(names)))
    if claim.when:
        extras.append(f"{claim.when.date} ({claim.when.precision})")
    for f in claim.figures:
        if f.value is not None:
            n = str(f.value)
        else:
            n = f"{f.low if f.low is not None else '?'}-{f.high if f.high is not None else '?'}"
        extras.append(f"{f.category} {n}")
    if extras:
        t.append("\n      ")
        t.append(" · ".join(extras), style="dim")
    return t


def render_analysis(analysis: Analysis, *, console: Console | None = None, title: str | None = None) -> None:
    console = console or Console(highlight=False)
    doc = analysis.document
    head = Text()
    head.append(title or doc.title or doc.path or "document", style="bold")
    meta = [x for x in (doc.source, doc.published, f"{doc.chars:,} chars") if x]
    head.append("  " + " · ".join(meta), style="dim")
    console.print(head)
    by_id = {c.id: c for c in analysis.claims}
    if analysis.contradictions:
        console.print(Text(f"\n{len(analysis.contradictions)} contradiction(s)", style="bold red"))
        for x in analysis.contradictions:
            body = Text()
            body.append(f"{x.kind}: ", style="bold")
            body.append(x.about)
            for cid in x.claims:
                c = by_id.get(cid)
                if c is None:
                    continue
                body.append("\n")
                body.append(c.claimant.name, style="bold")
                body.append(": ")
                body.append_text(_claim_line(c, analysis))
            console.print(Panel(body, border_style="red"))
    groups: OrderedDict[str, list[Claim]] = OrderedDict()
    for c in analysis.claims:
        key = c.claimant.actor or c.claimant.name
        groups.setdefault(key, []).append(c)
    console.print(Text(f"\n{len(analysis.claims)} claim(s) by {len(groups)} claimant(s)", style="bold"))
    for key, claims in groups.items():
        actor = analysis.actor(key)
        name = actor.name if actor else claims[0].claimant.name
        header = Text("\n")
        header.append(name, style="bold underline")
        if actor and actor.type != "unknown":
            header.append(f"  ({actor.type})", style="dim")
        if claims[0].attribution == "author":
            header.append("  (the document's own voice)", style="dim")
        console.print(header)
        for c in claims:
            console.print(Text("  ").append_text(_claim_line(c, analysis)))
