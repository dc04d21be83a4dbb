"""Object contents that run past the verb's object (sentences written for claimledger)."""

from __future__ import annotations


def _claims(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


def test_learned_object_relation_takes_the_verbs_complement(attribution_nlp):
    text = "The governor named her to the regional water board in 2019."
    assert ("named", "The governor", "her to the regional water board") in _claims(attribution_nlp, text)


def test_object_content_keeps_a_list_read_as_an_appositive(attribution_nlp):
    text = "The minister praised his allies, especially the farmers and the teachers, at the rally."
    assert ("praised", "The minister", "his allies, especially the farmers and the teachers") in _claims(attribution_nlp, text)


def test_object_content_keeps_a_list_with_a_final_and(attribution_nlp):
    text = "The senator denounced the blockade, the curfew, and the arrests of students."
    assert ("denounced", "The senator", "the blockade, the curfew, and the arrests of students") in _claims(attribution_nlp, text)


def test_object_content_still_stops_before_an_aside(attribution_nlp):
    text = "The senator denounced the new law, a measure passed in March."
    assert ("denounced", "The senator", "the new law") in _claims(attribution_nlp, text)
