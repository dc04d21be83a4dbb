"""Train the relation scorer (``nlp/cue_model.py``) on PolNeAR train.

    python -m claimledger.nlp.cue_model_train --corpus ../shared/corpus

The train texts are parsed the way the analyzer parses them (``make_nlp``,
same chunks). Every candidate relation of ``speech.candidates`` is an example, with its
context among the rules' relations of the same chunk:
the rules' relations and the ones the model could add (a verb's first
complement, a passive verb's subject, a noun or adjective with its
preposition's object). Labels follow what the PolNeAR scorer rewards: a
rule's relation is a positive when its content matches a gold content; a new
one when it matches a gold content no rule relation matches and the speaker
it names, if any, overlaps that gold relation's Source (adding a relation
with a wrong speaker costs source precision). A logistic regression with an L2 penalty (stronger on lemma
features, so the structure around a cue carries weight and unseen verbs still
score) is fitted by full-batch gradient descent in numpy, and the weights are
written to ``nlp/data/cue_weights.json``. PolNeAR dev is never read.
``--part dev`` / ``--part check`` restrict training to the study / check
quarters of train (index % 4 != 0 / == 0 of the sorted texts) for honest
development.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from claimledger.eval import polnear
from claimledger.nlp.cue_model import relation_features


Gold = tuple[set[int], list[tuple[int, int]]]  # content word tokens, Source spans


def label(starts: list[int], content: tuple[int, int], speaker: tuple[int, int] | None, golds: list[Gold]) -> int:
    """1 when ``content`` matches a gold content the way the PolNeAR scorer
    counts a match (``polnear.shared_enough``) and ``speaker`` (if any)
    overlaps that gold relation's Source."""
    mine = polnear.tokens_in(starts, [content])
    for tokens, source in golds:
        if polnear.shared_enough(mine, tokens) and (speaker is None or polnear.spans_overlap([speaker], source)):
            return 1
    return 0


def examples(doc, offset: int, starts: list[int], golds: list[Gold]) -> Iterator[tuple[list[str], int]]:  # type: ignore[no-untyped-def]
    """(features, label) of each candidate relation of a parsed chunk.

    A rule's relation is a positive when its content matches a gold content
    of the text (the veto drops only what matches nothing: "X said, according
    to Y" keeps X's relation though PolNeAR's gold names Y). A new relation
    (one the model would add) is a positive when it matches a gold relation no
    rule relation matches and names no speaker or that relation's Source. A
    new one whose cue lies inside a rule relation's content, or that would
    swallow a rule's relation (``speech.swallows``), is left out (the nesting
    rule and ``speech.find_relations`` drop them)."""
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import candidates, swallows

    def shifted(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + offset, span[1] + offset)

    try:
        cands = candidates(doc)
        rule_spans = [rel.content for _, rel, rule in cands if rule]
        cues = {rel.cue_token: rel.frame for _, rel, rule in cands if rule}
        rules = [rel for _, rel, rule in cands if rule]
        taken = [polnear.tokens_in(starts, [(s + offset, e + offset)]) for s, e in rule_spans]  # once per rule relation
        free = [g for g in golds if not any(polnear.shared_enough(t, g[0]) for t in taken)]
        for tok, rel, rule in cands:
            if not rule and (any(s <= tok.idx < e for s, e in rule_spans) or swallows(rel, cues)):
                continue
            feats = relation_features(tok, rel, rule, rules=rules)
            if rule:  # kept unless its content matches nothing: a nested report keeps its own speaker
                yield feats, label(starts, shifted(rel.content), None, golds)  # type: ignore[arg-type]
            else:
                yield feats, label(starts, shifted(rel.content), shifted(rel.speaker), free)  # type: ignore[arg-type]
    finally:
        forget(doc)


def fit(rows: list[list[str]], labels: list[int], *, l2: float = 2.0, l2_lemma: float = 5.0, steps: int = 600, lr: float = 0.5, min_weight: float = 0.03) -> dict[str, float]:
    """Logistic regression over binary sparse features (numpy, Adagrad, full batch)."""
    index: dict[str, int] = {}
    cols: list[int] = []
    ptr = [0]
    for feats in rows:
        for f in feats:
            cols.append(index.setdefault(f, len(index)))
        ptr.append(len(cols))
    col = np.asarray(cols, dtype=np.int64)
    row = np.repeat(np.arange(len(rows)), np.diff(np.asarray(ptr)))
    y = np.asarray(labels, dtype=np.float64)
    n, d = len(rows), len(index)
    names = list(index)
    penalty = np.array([l2_lemma if f.startswith(("lemma=", "lemma_prep=", "lemma_frame=", "objlemma=", "lemma_subj=")) else (0.0 if f == "bias" else l2) for f in names])
    w = np.zeros(d)
    g2 = np.full(d, 1e-8)
    for _ in range(steps):
        z = np.bincount(row, weights=w[col], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        grad = np.bincount(col, weights=(p - y)[row], minlength=d) / n + penalty * w / n
        g2 += grad * grad
        w -= lr * grad / np.sqrt(g2)
    return {f: round(float(x), 4) for f, x in zip(names, w) if abs(x) >= min_weight}


def _parsed(corpus: Path, part: str, limit: int | None = None) -> Iterator[tuple[object, int, list[int], list[Gold], int]]:
    """(parsed chunk, its offset, word starts and gold relations of its text,
    the text's index among the sorted train texts) of the chosen part."""
    from claimledger import settings
    from claimledger.nlp.pipeline import make_nlp, split_chunks

    pairs = polnear.items(corpus, "train", limit)
    chosen = [(i, p, anns) for i, (p, anns) in enumerate(pairs) if part == "all" or (i % 4 == 0) == (part == "check")]
    nlp = make_nlp(components=[])  # the analyzer's parse (with its paragraph breaks), no claimledger components
    size = settings.get_int("chunk_chars")
    stream = []
    for i, path, anns in chosen:
        text = path.read_text(encoding="utf-8")
        starts, golds = gold_relations(text, [ann.read_text(encoding="utf-8") for ann in anns])
        for offset, piece in split_chunks(text, size):
            stream.append((piece, (offset, starts, golds, i)))
    for doc, (offset, starts, golds, i) in nlp.pipe(stream, as_tuples=True, batch_size=16):
        yield doc, offset, starts, golds, i


def gold_relations(text: str, anns: list[str]) -> tuple[list[int], list[Gold]]:
    """Word-token starts of ``text`` and, per gold relation (all annotators),
    its content's word tokens and its Source spans."""
    starts = polnear.word_starts(text)
    golds = []
    for ann in anns:
        for rel in polnear.parse_ann(ann):
            tokens = polnear.tokens_in(starts, rel.content)
            if tokens:
                golds.append((tokens, list(rel.source)))
    return starts, golds


def train(chunks: Iterable[tuple[object, int, list[int], list[Gold], int]], **kw: float) -> dict[str, float]:
    rows: list[list[str]] = []
    labels: list[int] = []
    for doc, offset, starts, golds, _ in chunks:
        for feats, label in examples(doc, offset, starts, golds):
            rows.append(feats)
            labels.append(label)
    return fit(rows, labels, **kw)  # type: ignore[arg-type]


def cross_validate(corpus: Path, *, folds: int = 4, limit: int | None = None, add: float = 0.35, veto: float = 0.35, **kw: float) -> dict[str, object]:
    """K-fold cross-validation on PolNeAR train, scored the way ``claimledger
    eval polnear`` scores dev: fold k is train text i with i % folds == k
    (fold 0 of 4 is the "check" quarter); the scorer is trained on the other
    folds and the attribution component, with those weights, analyses fold k.
    Texts are parsed once. The pooled counts give an out-of-sample estimate
    from ten times as many texts as dev (dev's 95% interval is about ±0.03)."""
    from spacy.tokens import DocBin

    from claimledger.nlp import cue_model
    from claimledger.nlp.attribution import Attribution
    from claimledger.nlp.pipeline import _shift

    pairs = polnear.items(corpus, "train", limit)
    bins = [DocBin(store_user_data=False) for _ in range(folds)]  # each fold's parsed chunks
    chunks: list[list[tuple[int, int]]] = [[] for _ in range(folds)]  # (text index, offset) per chunk, in bin order
    rows: list[list[str]] = []
    labels: list[int] = []
    fold_of: list[int] = []
    vocab = None
    for doc, offset, starts, golds, i in _parsed(corpus, "all", limit):
        vocab = doc.vocab
        bins[i % folds].add(doc)  # before ``examples``, which leaves the doc as it found it (``doctext.forget``)
        chunks[i % folds].append((i, offset))
        for feats, lab in examples(doc, offset, starts, golds):
            rows.append(feats)
            labels.append(lab)
            fold_of.append(i % folds)
    component = Attribution(None, "cv")  # type: ignore[arg-type]  # it never reads its Language
    pooled = polnear.Counts()
    per_fold: list[dict[str, float | int]] = []
    for k in range(folds):
        keep = [j for j, f in enumerate(fold_of) if f != k]
        weights = fit([rows[j] for j in keep], [labels[j] for j in keep], **kw)  # type: ignore[arg-type]
        claims: dict[int, list] = {}  # type: ignore[type-arg]
        with cue_model.trying(weights, add, veto):
            for (i, offset), doc in zip(chunks[k], bins[k].get_docs(vocab)):  # type: ignore[arg-type]
                claims.setdefault(i, []).extend(_shift(list(component(doc)._.cl_claims or []), offset))
        counts = polnear.Counts()
        for i, (path, anns) in enumerate(pairs):
            if i % folds == k:
                counts.add(polnear.score_text(path.read_text(encoding="utf-8"), claims.get(i, []), anns))
        pooled.add(counts)
        per_fold.append(polnear.metrics(counts))
    return {"folds": folds, "texts": len(pairs), "pooled": polnear.metrics(pooled), "per_fold": per_fold}


def write(weights: dict[str, float], add: float, veto: float, out: Path, note: str) -> None:
    data = {"note": note, "add": add, "veto": veto, "weights": dict(sorted(weights.items()))}
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    ap.add_argument("--part", choices=("all", "dev", "check"), default="all")
    ap.add_argument("--add", type=float, default=0.35, help="probability from which a new relation is added (chosen on train-dev)")
    ap.add_argument("--veto", type=float, default=0.35, help="probability under which a rule's relation is dropped (chosen on train-dev)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "cue_weights.json")
    ap.add_argument("--cv", type=int, metavar="K", help="do not train: K-fold cross-validation on train (text i in fold i %% K), printed as JSON")
    ap.add_argument("--limit", type=int, help="only the first N train texts (with --cv)")
    args = ap.parse_args(argv)
    if args.cv:
        result = cross_validate(args.corpus, folds=args.cv, limit=args.limit, add=args.add, veto=args.veto)
        print(json.dumps(result, indent=1))
        return
    weights = train(_parsed(args.corpus, args.part))
    note = f"learned from PolNeAR train ({args.part}) by claimledger.nlp.cue_model_train"
    write(weights, args.add, args.veto, args.out, note)
    print(f"{len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
