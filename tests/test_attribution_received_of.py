"""Support or endorsement "of" someone that a subject wins or has (own sentences)."""

from __future__ import annotations

from claimledger.nlp.pipeline import make_nlp
from claimledger.nlp.doctext import text_of
from claimledger.nlp.speech import candidates

_NLP = make_nlp(components=[])


def _received(text: str) -> list[tuple[str, str]]:
    doc = _NLP(text)
    t = text_of(doc)
    return [(t[r.speaker[0] : r.speaker[1]], t[r.content[0] : r.content[1]]) for tok, r, rule in candidates(doc) if rule and tok.lemma_ in ("endorsement", "backing", "support") and r.speaker]


def test_endorsement_of_a_group_is_its_view_of_the_winner(attribution_nlp):
    assert ("the teachers' union", "The mayor") in _received("The mayor won the endorsement of the teachers' union on Monday.")
    found = [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp("The mayor won the endorsement of the teachers' union on Monday.")._.cl_claims]
    assert ("endorsement", "the teachers' union", "The mayor") in found


def test_backing_a_subject_has(attribution_nlp):
    assert ("most of the state's big unions", "She") in _received("She has the support of most of the state's big unions.")


def test_support_not_yet_given_is_not_a_report():
    assert _received("The mayor may not win the endorsement of the teachers' union.") == []
    assert _received("The mayor struggled to earn the support of the farmers.") == []
