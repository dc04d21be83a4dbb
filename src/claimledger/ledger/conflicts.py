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

    # stance: one contradiction per (denier, asserter) pair of claimants
    asserting = [c for c in kept if c.stance == "asserts"]
    denying = [c for c in kept if c.stance == "denies"]
    pairs: set[tuple[str, str]] = set()
    for d in denying:
        for a in asserting:
            key = (_norm(d.claimant), _norm(a.claimant))
            if key in pairs:
                continue
            pairs.add(key)
            about = f"denied by {d.claimant or 'a source'}, asserted by {a.claimant or 'a source'}"
            if a.target:
                about += f" (attack on {a.target})"
            out.append(Contradiction((a.id, d.id), "stance", about))

    # figures: per category, the claim with the highest low bound against the
    # claim with the lowest high bound, when those ranges do not meet
    cats: dict[str, list[tuple[int, int | None, GroupClaim]]] = {}
    for c in asserting:
        for cat, lo, hi in c.figures:
            cats.setdefault(cat, []).append((lo if lo is not None else 0, hi, c))
    for cat, vals in sorted(cats.items()):
        bounded = [v for v in vals if v[1] is not None]
        if not bounded:
            continue
        low_claim = min(bounded, key=lambda v: (v[1], v[2].id))
        high_claim = max(vals, key=lambda v: (v[0], -len(v[2].id)))
        if high_claim[0] > low_claim[1]:
            out.append(
                Contradiction(
                    (low_claim[2].id, high_claim[2].id),
                    "figure",
                    f"{cat}: {_fmt(low_claim[0], low_claim[1])} vs {_fmt(high_claim[0], high_claim[1])}",
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
