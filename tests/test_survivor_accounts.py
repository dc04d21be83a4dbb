"""Survivors, relatives and unnamed advisers in one report: who "he" is,
a name given in place of a full one, a count of dead and wounded, a tag
inside a relative clause. The text is written for these tests."""

from __future__ import annotations

REPORT = """Survivors describe night of shelling in Khartoum North

KHARTOUM, Sept 5 - “We were sleeping when the first shell hit the neighbour's house,” said Amina Yousif, 34, a mother of three who fled to Omdurman the next morning.

Her brother, who gave his name only as Osman, said at least six people from their street were killed, including two children. He blamed the Rapid Support Forces, whose fighters he said had set up mortars near a school.

An RSF adviser, speaking on condition of anonymity, said the shells had been fired by the army from across the Nile. “Our forces do not target civilians,” he said.

The Sudan Doctors Network put the toll at nine dead and 31 wounded.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def _actor(analysis, claim):
    return next(a for a in analysis.actors if a.id == claim.claimant.actor)


def test_a_relative_who_speaks_is_a_person_he_can_refer_to(analyse):
    analysis = analyse(REPORT)
    blamed = _claim(analysis, "the Rapid Support Forces")
    assert _actor(analysis, blamed).name == "Her brother"


def test_a_name_given_in_place_of_a_full_one_is_an_alias(analyse):
    analysis = analyse(REPORT)
    brother = _actor(analysis, _claim(analysis, "at least six people"))
    assert "Osman" in brother.aliases
    assert not any(a.name == "Osman" for a in analysis.actors)


def test_he_after_an_unnamed_adviser_is_the_adviser(analyse):
    analysis = analyse(REPORT)
    quote = _claim(analysis, "Our forces do not target civilians")
    assert _actor(analysis, quote).name == "An RSF adviser"


def test_a_toll_of_dead_and_wounded_keeps_both_counts(analyse):
    analysis = analyse(REPORT)
    toll = _claim(analysis, "the toll at nine dead")
    assert toll.content.text == "the toll at nine dead and 31 wounded"
    assert [(f.category, f.value) for f in toll.figures] == [("killed", 9), ("injured", 31)]


def test_a_tag_inside_a_relative_clause_makes_a_claim(analyse):
    analysis = analyse(REPORT)
    mortars = _claim(analysis, "had set up mortars near a school")
    assert mortars.attribution != "author"
    assert _actor(analysis, mortars).name == "Her brother"
    assert not any(c.attribution == "author" and "mortars" in c.content.text for c in analysis.claims)
