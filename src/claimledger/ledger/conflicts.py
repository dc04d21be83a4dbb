"""Contradictions between the claims of one incident, across sources.

Three kinds, as in :class:`claimledger.models.Contradiction`:

* ``stance``: someone denies what someone else asserts;
* ``figure``: per category the claimed ranges do not overlap (3 killed vs 27);
* ``responsibility``: claims name different perpetrators.

Near-duplicate reports (a republished wire story) count as one source: their
claims are first collapsed onto the canonical document's, so a story printed by
five outlets is one voice, not five. Hypothetical claims ("would", "could")
never report an event and take part in no contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimledger.ledger.incidents import GroupClaim, figure_ranges
from claimledger.models import Contradiction

REPORTING = ("asserts", "denies", "doubts", "demands", "rejects")


def source_of(c: GroupClaim) -> str:
    """The independent source a claim comes from: its document's duplicate cluster."""
    return c.canonical or c.document


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def collapse_duplicates(claims: Sequence[GroupClaim]) -> list[GroupClaim]:
    """Drop claims that repeat, in a republished copy, a claim of the same cluster
    (same source cluster, claimant, stance and figures)."""
    seen: set[tuple] = set()
    out: list[GroupClaim] = []
    # canonical documents' claims first, so they are the ones kept
    for c in sorted(claims, key=lambda c: (c.canonical is not None, c.id)):
        key = (source_of(c), _norm(c.claimant), c.stance, tuple(sorted(c.figures)), _norm(c.target))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    out.sort(key=lambda c: c.id)
    return out


@dataclass
class IncidentSummary:
    """What an incident page and list show about a set of grouped claims."""

    claims: int
    reports: int  # non-hypothetical claims after collapsing duplicates
    sources: int  # independent sources (duplicate clusters) with a report
    outlets: list[str]
    duplicates: int  # claims from republished copies
    hypothetical: int
    ranges: dict[str, tuple[int | None, int | None]]
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def contested(self) -> bool:
        return bool(self.contradictions)


def find_conflicts(claims: Sequence[GroupClaim]) -> list[Contradiction]:
    """Contradictions among one incident's claims (duplicates collapsed first)."""
    kept = [c for c in collapse_duplicates(claims) if c.stance != "hypothetical"]
    out: list[Contradiction] = []

    # stance: one contradiction per denying source, against the asserting sources
    asserting = [c for c in kept if c.stance == "asserts"]
    denying = [c for c in kept if c.stance == "denies"]
    by_denier: dict[str, list[GroupClaim]] = {}
    for d in denying:
        by_denier.setdefault(source_of(d), []).append(d)
    for src, ds in by_denier.items():
        targets = {_norm(d.target) for d in ds if d.target}
        # an assertion answers a denial when it is about the same target (or
        # neither names one); prefer other sources over the denier's own report
        about_it = [a for a in asserting if not targets or _norm(a.target) in targets]
        others = [a for a in about_it if source_of(a) != src] or about_it
        if not others:
            continue
        a_src: dict[str, GroupClaim] = {}
        for a in others:
            a_src.setdefault(source_of(a), a)
        names = list(dict.fromkeys(d.claimant or "a source" for d in ds))
        anames = list(dict.fromkeys(a.claimant or "a source" for a in a_src.values()))
        shown = ", ".join(anames[:3]) + (f" and {len(anames) - 3} more" if len(anames) > 3 else "")
        about = f"denied by {' / '.join(names[:2])}; asserted by {shown}"
        target = next((a.target for a in others if a.target), None)
        if target:
            about += f" (attack on {target})"
        out.append(Contradiction((others[0].id, ds[0].id), "stance", about))

    # figures: per category, each independent source's claimed range (a source
    # giving two numbers usually counts two groups of people, so it does not
    # contradict itself); the source with the lowest upper bound against the
    # source with the highest lower bound, when those ranges do not meet
    per: dict[str, dict[str, list]] = {}
    for c in asserting:
        for cat, lo, hi in c.figures:
            lo = lo if lo is not None else 0
            r = per.setdefault(cat, {}).get(source_of(c))
            if r is None:  # [low, high, open upper bound, claim giving low, claim giving high]
                per[cat][source_of(c)] = [lo, hi, hi is None, c, c]
                continue
            if lo < r[0]:
                r[0], r[3] = lo, c
            if hi is None:
                r[2] = True
            elif r[1] is None or hi > r[1]:
                r[1], r[4] = hi, c
    for cat, sources in sorted(per.items()):
        ranges = [(lo, None if open_ else hi, c_lo, c_hi) for lo, hi, open_, c_lo, c_hi in sources.values()]
        bounded = [r for r in ranges if r[1] is not None]
        if not bounded:
            continue
        low = min(bounded, key=lambda r: (r[1], r[3].id))
        high = max(ranges, key=lambda r: (r[0], r[2].id))
        if high[0] > low[1]:
            out.append(
                Contradiction(
                    (low[3].id, high[2].id),
                    "figure",
                    f"{cat}: {_fmt(low[0], low[1])} vs {_fmt(high[0], high[1])}",
                )
            )

    # responsibility: claims naming disjoint sets of perpetrators
    named = [(c, frozenset(_norm(p) for p in c.perpetrators if p)) for c in asserting if c.perpetrators]
    seen_sets: set[frozenset] = set()
    for i, (a, pa) in enumerate(named):
        for b, pb in named[i + 1 :]:
            if not pa or not pb or pa & pb:
                continue
            key = frozenset((pa, pb))
            if key in seen_sets:
                continue
            seen_sets.add(key)
            out.append(
                Contradiction(
                    (a.id, b.id),
                    "responsibility",
                    f"{a.claimant or 'a source'} blames {', '.join(a.perpetrators)}; "
                    f"{b.claimant or 'a source'} blames {', '.join(b.perpetrators)}",
                )
            )
    return out


def _fmt(lo: int | None, hi: int | None) -> str:
    if lo is not None and hi is not None:
        return str(lo) if lo == hi else f"{lo}-{hi}"
    if hi is None:
        return f"at least {lo}"
    return f"at most {hi}"


def summarize(claims: Sequence[GroupClaim]) -> IncidentSummary:
    kept = collapse_duplicates(claims)
    reports = [c for c in kept if c.stance != "hypothetical"]
    outlets = sorted({c.source for c in claims if c.source})
    return IncidentSummary(
        claims=len(claims),
        reports=len(reports),
        sources=len({source_of(c) for c in reports}),
        outlets=outlets,
        duplicates=sum(1 for c in claims if c.canonical),
        hypothetical=sum(1 for c in claims if c.stance == "hypothetical"),
        ranges=figure_ranges(reports),
        contradictions=find_conflicts(claims),
    )
