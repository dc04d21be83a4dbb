"""A raid on a village as two sides tell it. The text is written for these tests."""

from __future__ import annotations

REPORT = """Gunmen from the Northern Brigades killed at least 38 people in an attack on the village of Umm Sayala, local officials said on Friday.

A commander of the Northern Brigades said his men had fought army units near the village and denied targeting civilians. He said the death toll was "greatly exaggerated."
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_a_toll_called_greatly_exaggerated_is_doubted(analyse):
    analysis = analyse(REPORT)
    doubt = _claim(analysis, "death toll")
    assert doubt.stance == "doubts"
    toll = _claim(analysis, "killed at least 38 people")
    assert frozenset((doubt.id, toll.id)) in {frozenset(k.claims) for k in analysis.contradictions}


def test_denying_targeting_civilians_meets_an_attack_on_a_village(analyse):
    analysis = analyse(REPORT)
    denial = _claim(analysis, "targeting civilians")
    assert denial.stance == "denies"
    toll = _claim(analysis, "killed at least 38 people")
    assert frozenset((denial.id, toll.id)) in {frozenset(k.claims) for k in analysis.contradictions if k.kind == "stance"}
