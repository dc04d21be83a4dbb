"""Attribution quality on PolNeAR dev (``claimledger eval polnear``).

Gold: ``polnear/dev/attributions/<name>_<annotator>.ann`` (brat standoff). T
lines carry Source / Cue / Content spans (possibly discontinuous:
``s1 e1;s2 e2``); E lines link them into one attribution relation. Some texts
were annotated by several annotators, one .ann per annotator: each
(text, annotator file) pair is scored as its own item and counts are summed
over items (micro-average), so predictions for such a text are counted once per
annotator file.

Predictions: every claim the Analyzer makes whose attribution is not
``author`` (the document's own voice is not an attribution relation).

Metrics (see docs/EVALUATION.md):

- content exact: predicted content span equals the gold content extent after
  trimming whitespace, quote marks and trailing punctuation on both.
- content overlap: word tokens shared by both spans are at least 30% of the
  tokens of the longer span (GenderGapTracker's rule).
- source: a prediction matched to a gold relation by content overlap whose
  claimant span overlaps that relation's Source span. Precision over
  predictions that name a claimant span, recall over gold relations that have
  a Source.

Matching is one-to-one and greedy by overlap size.

``run`` also gives a 95% bootstrap interval over texts for the two gated F1
scores (``content_overlap_f1_95``, ``source_f1_95``): on 84 dev texts it is
about ±0.03 wide, so a change of a few thousandths is inside the noise.
"""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimledger.models import Claim, Document

_TOKEN = re.compile(r"\w+", re.UNICODE)
_TRIM = " \t\r\n\"'“”‘’«»,.;:!?—–-"
_ANNOTATOR = re.compile(r"_[0-9a-f]{4}$")


@dataclass
class Relation:
    """One attribution relation, gold or predicted, in character offsets."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)

    @property
    def extent(self) -> tuple[int, int]:
        return (min(s for s, _ in self.content), max(e for _, e in self.content))


@dataclass
class Counts:
    pred: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0
    pred_src: int = 0
    gold_src: int = 0
    source: int = 0

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def parse_ann(text: str) -> list[Relation]:
    """Relations from one brat .ann file's text (E lines with a Content)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    links: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = [tuple(map(int, piece.split())) for piece in offsets.split(";")]  # type: ignore[misc]
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            links.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for link in links:
        content = spans.get(link.get("Content", ""))
        if not content:
            continue
        out.append(
            Relation(
                content=content,
                source=spans.get(link.get("Source", ""), []),
                cue=spans.get(link.get("Cue", ""), []),
            )
        )
    return out


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e)


def word_starts(text: str) -> list[int]:
    """Start offsets of the word tokens (``\\w+``) of ``text``: the unit every
    overlap measure counts in."""
    return [m.start() for m in _TOKEN.finditer(text)]


def tokens_in(starts: list[int], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indices of word tokens (by start offset) lying inside any of ``spans``."""
    out: set[int] = set()
    for s, e in spans:
        out.update(range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)))
    return out


def shared_enough(a: set[int], b: set[int]) -> int:
    """GenderGapTracker's overlap rule: the number of word tokens two spans
    share when it is at least 30% of the longer span's tokens, else 0."""
    shared = len(a & b)
    return shared if shared and shared >= 0.3 * max(len(a), len(b)) else 0


def spans_overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def score_document(text: str, predicted: list[Relation], gold: list[Relation]) -> Counts:
    """Count matches between predicted and gold relations of one text."""
    starts = word_starts(text)
    c = Counts(pred=len(predicted), gold=len(gold))
    c.pred_src = sum(1 for p in predicted if p.source)
    c.gold_src = sum(1 for g in gold if g.source)
    # exact
    gold_exact = {}
    for gi, g in enumerate(gold):
        gold_exact.setdefault(_trim(text, g.extent), []).append(gi)
    used: set[int] = set()
    for p in predicted:
        for gi in gold_exact.get(_trim(text, p.extent), []):
            if gi not in used:
                used.add(gi)
                c.exact += 1
                break
    # overlap (one-to-one, greedy by shared tokens)
    ptoks = [tokens_in(starts, p.content) for p in predicted]
    gtoks = [tokens_in(starts, g.content) for g in gold]
    pairs = []
    for pi, pt in enumerate(ptoks):
        for gi, gt in enumerate(gtoks):
            shared = shared_enough(pt, gt)
            if shared:
                pairs.append((shared, pi, gi))
    pairs.sort(reverse=True)
    pused: set[int] = set()
    gused: set[int] = set()
    for _, pi, gi in pairs:
        if pi in pused or gi in gused:
            continue
        pused.add(pi)
        gused.add(gi)
        c.overlap += 1
        p, g = predicted[pi], gold[gi]
        if p.source and g.source and spans_overlap(p.source, g.source):
            c.source += 1
    return c


def predicted_relations(claims: Iterable[Claim]) -> list[Relation]:
    out = []
    for claim in claims:
        if claim.attribution == "author":
            continue
        source = [tuple(claim.claimant.span)] if claim.claimant.span else []
        out.append(Relation(content=[tuple(claim.content.span)], source=source))  # type: ignore[list-item]
    return out


def score_text(text: str, claims: Iterable[Claim], anns: list[Path]) -> Counts:
    """Counts of one text's claims against each of its annotator files, summed."""
    predicted = predicted_relations(claims)
    counts = Counts()
    for ann in anns:
        counts.add(score_document(text, predicted, parse_ann(ann.read_text(encoding="utf-8"))))
    return counts


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def metrics(c: Counts) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for name, hits_p, hits_r, n_p, n_g in (
        ("content_exact", c.exact, c.exact, c.pred, c.gold),
        ("content_overlap", c.overlap, c.overlap, c.pred, c.gold),
        ("source", c.source, c.source, c.pred_src, c.gold_src),
    ):
        p, r = _ratio(hits_p, n_p), _ratio(hits_r, n_g)
        out[f"{name}_precision"] = round(p, 4)
        out[f"{name}_recall"] = round(r, 4)
        out[f"{name}_f1"] = round(_f1(p, r), 4)
    out["gold_relations"] = c.gold
    out["predicted_relations"] = c.pred
    return out


def items(corpus: Path, split: str = "dev", limit: int | None = None) -> list[tuple[Path, list[Path]]]:
    """(text file, its .ann files) pairs of one split, sorted by name."""
    root = Path(corpus) / "polnear" / split
    if not root.is_dir():
        root = Path(corpus) / split  # corpus may point at polnear itself
    anns: dict[str, list[Path]] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        anns.setdefault(_ANNOTATOR.sub("", ann.stem), []).append(ann)
    out = []
    for txt in sorted((root / "text").glob("*.txt")):
        if txt.stem in anns:
            out.append((txt, anns[txt.stem]))
    return out[:limit] if limit else out


def run(corpus: Path, limit: int | None = None, *, split: str = "dev", analyzer: Any = None) -> dict[str, float | int]:
    """Score attribution relations on PolNeAR ``split`` (dev by default)."""
    from claimledger.nlp.pipeline import Analyzer

    pairs = items(corpus, split, limit)
    texts = [p.read_text(encoding="utf-8") for p, _ in pairs]
    analyzer = analyzer or Analyzer()
    total = Counts()
    per_text = []
    docs = (Document(text=t, path=str(p)) for t, (p, _) in zip(texts, pairs))
    for text, (_, anns), analysis in zip(texts, pairs, analyzer.analyze_many(docs)):
        counts = score_text(text, analysis.claims, anns)
        total.add(counts)
        per_text.append(counts)
    out = metrics(total)
    out["texts"] = len(pairs)
    for name in ("content_overlap_f1", "source_f1"):
        out[f"{name}_95"] = interval(per_text, name)
    return out


def interval(per_text: list[Counts], name: str, rounds: int = 1000, seed: int = 0) -> list[float]:
    """95% bootstrap interval of metric ``name`` over texts: the texts are
    resampled with replacement (``rounds`` times, a fixed seed so the numbers
    repeat) and the metric recomputed on each sample's summed counts. It says
    how much a score on this many texts moves with the choice of texts: a
    difference well inside it is not evidence of a change."""
    if not per_text:
        return [0.0, 0.0]
    rng = random.Random(seed)
    values = []
    for _ in range(rounds):
        total = Counts()
        for _ in per_text:
            total.add(per_text[rng.randrange(len(per_text))])
        values.append(float(metrics(total)[name]))
    values.sort()
    return [values[int(0.025 * (rounds - 1))], values[int(0.975 * (rounds - 1))]]
