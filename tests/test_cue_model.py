"""The learned cue detector (attribution_nlp/cue_model.py) and its training helpers."""

from __future__ import annotations

import pytest

from claimledger.nlp import cue_model
from claimledger.nlp.cue_model_train import fit, label


def _parse(attribution_nlp, text):
    doc = attribution_nlp.make_doc(text)
    for name, proc in attribution_nlp.pipeline:
        if name != "claimledger_attribution":
            doc = proc(doc)
    return doc


def _new_relation_probability(attribution_nlp, text, verb):
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import _complement

    doc = _parse(attribution_nlp, text)
    tok = next(t for t in doc if t.text == verb)
    rel = _complement(doc, tok)
    forget(doc)
    assert rel is not None
    feats = cue_model.relation_features(tok, rel, rule=False)
    return tok.lemma_.lower(), cue_model.probability(feats)


def test_unseen_verb_scores_by_its_structure(attribution_nlp):
    weights, (add, _) = cue_model.weights()
    lemma, p_clause = _new_relation_probability(attribution_nlp, "Colonel Haddad averred that the bridge had been mined.", "averred")
    assert "lemma=" + lemma not in weights  # never seen in training: the frame carries it
    assert p_clause >= add
    _, p_object = _new_relation_probability(attribution_nlp, "The colonel mended the bridge.", "mended")
    assert p_object < add < p_clause


@pytest.mark.parametrize(
    "text,cue,claimant,content",
    [
        ("The governor hopes to reopen the bridge next week.", "hopes", "The governor", "to reopen the bridge next week"),
        ("The mayor bemoaned that the aid convoy never arrived.", "bemoaned", "The mayor", "the aid convoy never arrived"),
    ],
)
def test_model_adds_relations_the_lists_miss(attribution_nlp, text, cue, claimant, content):
    claims = attribution_nlp(text)._.cl_claims
    assert [(c.cue.text, c.claimant.name) for c in claims] == [(cue, claimant)]
    assert content in claims[0].content.text


def test_acts_of_war_are_not_cues(attribution_nlp):
    assert attribution_nlp("The army shelled the village on Monday.")._.cl_claims == []


def test_accept_uses_add_for_new_and_veto_for_rules(monkeypatch, attribution_nlp):
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import candidates

    doc = _parse(attribution_nlp, "The mayor said that the bridge was closed.")
    tok, rel, rule = next(c for c in candidates(doc) if c[0].text == "said")
    forget(doc)
    assert rule
    monkeypatch.setattr(cue_model, "weights", lambda: ({"bias": 0.0}, (0.6, 0.4)))  # p = 0.5
    assert cue_model.accept(tok, rel, rule=True)
    assert not cue_model.accept(tok, rel, rule=False)


def test_fit_learns_the_informative_feature():
    rows = [["bias", "good"]] * 40 + [["bias", "bad"]] * 40 + [["bias", "good"]] * 5 + [["bias", "bad"]] * 5
    labels = [1] * 40 + [0] * 40 + [0] * 5 + [1] * 5
    w = fit(rows, labels, l2=0.1, l2_lemma=0.1, steps=300)
    assert w["good"] > 0.5 > -0.5 > w["bad"]


def test_label_uses_the_scorers_overlap_rule():
    # word tokens 0..9; gold covers 0..9
    starts = list(range(0, 100, 10))
    gold = [(set(range(10)), [])]
    assert label(starts, (0, 30), None, gold) == 1  # 3 of 10 shared: 30% of the longer span
    assert label(starts, (0, 20), None, gold) == 0  # 2 of 10
    assert label(starts, (0, 0), None, gold) == 0


def test_label_needs_the_named_speaker_to_be_the_gold_source():
    starts = list(range(0, 100, 10))  # word tokens 0..9 at offsets 0, 10, ...
    gold = [(set(range(5, 10)), [(0, 9)])]  # content: words 5..9; Source: word 0
    assert label(starts, (50, 100), None, gold) == 1  # no speaker named: the content decides
    assert label(starts, (50, 100), (0, 9), gold) == 1
    assert label(starts, (50, 100), (10, 19), gold) == 0  # a wrong speaker costs source precision
    assert label(starts, (0, 20), (0, 9), gold) == 0  # content elsewhere


def test_new_frames_are_proposed_for_nouns_and_passives(attribution_nlp):
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import candidates

    text = "Her appetite for the ceasefire surprised the envoy. The convoy was stopped by the militia."
    doc = _parse(attribution_nlp, text)
    found = {(rel.frame, text[rel.content[0] : rel.content[1]], text[rel.speaker[0] : rel.speaker[1]] if rel.speaker else None) for _, rel, rule in candidates(doc) if not rule}
    forget(doc)
    assert ("nounprep", "the ceasefire", "Her") in found
    assert ("passive", "The convoy", "the militia") in found


def test_pruning_bound_covers_every_new_frame(attribution_nlp):
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import candidates

    doc = _parse(attribution_nlp, "Her appetite for the ceasefire surprised the envoy. The convoy was stopped by the militia.")
    _, (add, _) = cue_model.weights()
    for tok, rel, rule in candidates(doc):
        if rule:
            continue
        feats = cue_model.features(tok)
        p = cue_model.probability(cue_model.relation_features(tok, rel, rule, feats))
        if p >= add:  # a relation the model accepts is never pruned
            assert cue_model.promising(tok, rel.frame if rel.frame in ("nounprep", "passive") else None) is not None
    forget(doc)


@pytest.mark.parametrize(
    "text,cue",
    [
        ("The minister has intensified her attacks on the ceasefire deal.", "attacks"),
        ("The minister made a point of saying that the port stays open.", "saying"),
    ],
)
def test_a_new_relation_does_not_swallow_a_rule_relation_it_heads(attribution_nlp, text, cue):
    cues = [c.cue.text for c in attribution_nlp(text)._.cl_claims if c.cue is not None]
    assert cue in cues


def test_casualty_verbs_are_not_cues(attribution_nlp):
    # a toll line, not a report: no relation on "killed" or "injured in"
    claims = attribution_nlp("5 killed, 12 injured in rocket fire on the northern district")._.cl_claims
    assert [c.cue.text for c in claims if c.cue is not None] == []


def test_context_features_place_a_candidate_among_the_rules_relations(attribution_nlp):
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import candidates

    text = "The mayor said that the governor had promised new trucks.\n“They told us the road was safe,” the driver said."
    doc = _parse(attribution_nlp, text)
    found = candidates(doc)
    rules = [rel for _, rel, rule in found if rule]
    by_cue = {tok.text: (tok, rel, rule) for tok, rel, rule in found}
    tok, rel, rule = by_cue["said"]  # the mayor's: holds the governor's "promised", shares its sentence with it
    assert rule
    feats = cue_model.context_features(tok, rel, "rule", rules)
    assert "ctx_holds=rule|1" in feats and "ctx_nsent=rule|1" in feats and "ctx_inq=rule|False" in feats
    tok, rel, rule = by_cue["told"]  # spoken inside the driver's quote
    assert "ctx_inq=" + ("rule" if rule else "new") + "|True" in cue_model.context_features(tok, rel, "rule" if rule else "new", rules)
    forget(doc)


def test_trying_scores_with_other_weights_inside_the_block_only():
    shipped = cue_model.weights()
    bonus = cue_model._new_bonus(None)
    with cue_model.trying({"bias": 1.5}, 0.9, 0.1):
        assert cue_model.weights() == ({"bias": 1.5}, (0.9, 0.1))
        assert cue_model.probability(["bias", "lemma=say"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.5))
        assert cue_model._new_bonus(None) == 0.0  # no relation feature carries weight
    assert cue_model.weights() == shipped
    assert cue_model._new_bonus(None) == bonus


@pytest.mark.corpus
@pytest.mark.model
def test_cross_validation_scores_each_fold_with_weights_learned_without_it(corpus_dir):
    from claimledger.eval import polnear
    from claimledger.nlp.cue_model_train import cross_validate

    shipped = cue_model.weights()
    result = cross_validate(corpus_dir, folds=2, limit=8)
    folds = result["per_fold"]
    assert result["texts"] == 8 and len(folds) == 2
    pairs = polnear.items(corpus_dir, "train", 8)
    for k, fold in enumerate(folds):  # each fold is scored on its own texts' gold relations
        gold = sum(len(polnear.parse_ann(a.read_text(encoding="utf-8"))) for i, (_, anns) in enumerate(pairs) if i % 2 == k for a in anns)
        assert fold["gold_relations"] == gold > 0
        assert fold["predicted_relations"] > 0
        assert 0.0 < fold["content_overlap_f1"] <= 1.0
    pooled = result["pooled"]
    assert pooled["gold_relations"] == sum(f["gold_relations"] for f in folds)
    assert min(f["source_f1"] for f in folds) <= pooled["source_f1"] <= max(f["source_f1"] for f in folds)
    assert cue_model.weights() == shipped  # the shipped weights are back


def test_context_features_follow_the_rules_list_they_are_given(attribution_nlp):
    # the rules' cues are worked out once per list; another list, or the same
    # list grown, must give that list's counts, not the last one's
    from claimledger.nlp.doctext import forget
    from claimledger.nlp.speech import candidates

    doc = _parse(attribution_nlp, "The mayor said that the bridge was closed, and the police said that it was safe.")
    found = candidates(doc)
    rules = [rel for _, rel, rule in found if rule]
    assert len(rules) == 2
    tok, rel, _ = next(c for c in found if c[0].text == "said")

    def nsent(rules):
        return next(f for f in cue_model.context_features(tok, rel, "rule", rules) if f.startswith("ctx_nsent="))

    assert nsent(rules) == "ctx_nsent=rule|1"  # the other "said" shares its sentence
    assert nsent([rel]) == "ctx_nsent=rule|0"  # a list with only itself
    grown = [rel]
    assert nsent(grown) == "ctx_nsent=rule|0"
    grown.append(rules[1])
    assert nsent(grown) == "ctx_nsent=rule|1"
    forget(doc)
