"""The PolNeAR attribution scorer on small texts of our own (no corpus needed)."""

from __future__ import annotations

from claimledger.eval.polnear import Counts, Relation, interval, metrics, parse_ann, score_document

TEXT = "The mayor said the bridge will reopen in May. Engineers warned that the cables are worn."


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return (start, start + len(part))


def _rel(content: str, source: str | None = None) -> Relation:
    return Relation(content=[_span(content)], source=[_span(source)] if source else [])


GOLD = [_rel("the bridge will reopen in May", "The mayor"), _rel("the cables are worn", "Engineers")]


def test_exact_overlap_and_source_matches_are_counted():
    predicted = [_rel("the bridge will reopen in May.", "The mayor"), _rel("that the cables are worn", "The mayor")]
    c = score_document(TEXT, predicted, GOLD)
    assert (c.pred, c.gold, c.pred_src, c.gold_src) == (2, 2, 2, 2)
    assert c.exact == 1  # trailing punctuation is trimmed; "that" makes the second one differ
    assert c.overlap == 2
    assert c.source == 1  # the second names the wrong speaker


def test_overlap_needs_thirty_percent_of_the_longer_span():
    # 1 shared word of 6 ("May") is under 30%; 3 of 6 ("reopen in May") is enough
    assert score_document(TEXT, [_rel("May")], GOLD).overlap == 0
    assert score_document(TEXT, [_rel("reopen in May")], GOLD).overlap == 1


def test_matching_is_one_to_one():
    predicted = [_rel("the bridge will reopen"), _rel("bridge will reopen in May")]
    c = score_document(TEXT, predicted, GOLD)
    assert c.overlap == 1


def test_parse_ann_links_source_cue_and_discontinuous_content():
    ann = (
        "T1\tSource 0 9\tThe mayor\n"
        "T2\tCue 10 14\tsaid\n"
        "T3\tContent 15 25;26 45\tthe bridge will reopen in May\n"
        "T4\tAttribution 10 14\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    )
    (rel,) = parse_ann(ann)
    assert rel.source == [(0, 9)] and rel.cue == [(10, 14)]
    assert rel.content == [(15, 25), (26, 45)] and rel.extent == (15, 45)


def test_interval_is_a_bootstrap_over_texts():
    same = [Counts(pred=10, gold=10, overlap=8, pred_src=10, gold_src=10, source=7) for _ in range(20)]
    lo, hi = interval(same, "source_f1")
    assert lo == hi == metrics(same[0])["source_f1"]  # identical texts: nothing to vary

    mixed = [Counts(pred=10, gold=10, overlap=k % 10, pred_src=10, gold_src=10, source=k % 10) for k in range(20)]
    lo, hi = interval(mixed, "source_f1")
    point = metrics(_sum(mixed))["source_f1"]
    assert lo < point < hi and hi - lo > 0.1
    assert interval(mixed, "source_f1") == [lo, hi]  # a fixed seed: the same numbers every run


def _sum(counts: list[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


def test_eval_table_shows_an_interval_as_low_to_high():
    from claimledger.commands.evaluate import _cell

    assert _cell([0.7141, 0.7744]) == "0.714–0.774"
    assert _cell(0.74697) == "0.747" and _cell(2319) == "2319"
