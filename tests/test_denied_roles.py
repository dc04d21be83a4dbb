"""A group denies its part in a bombing that a minister blames on it; a
group named with its short name in brackets. The texts are written for
these tests."""

from __future__ import annotations

REPORT = """Colombia: ELN denies role in Arauca car bomb that killed two soldiers

BOGOTA, Jan 17 - A car bomb exploded outside a military base in Saravena, in the eastern province of Arauca, on Monday night, killing two soldiers, the army said.

Defence Minister Ivan Velasquez blamed the National Liberation Army (ELN) for the attack.

In a statement on Tuesday, the ELN denied any involvement. The group said it remained committed to peace talks with the government.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_a_country_label_over_a_headline_is_not_its_speaker(analyse):
    analysis = analyse(REPORT)
    headline = _claim(analysis, "role in Arauca car bomb")
    assert headline.claimant.name != "Colombia"
    assert headline.content.text == "role in Arauca car bomb that killed two soldiers"
    assert headline.stance == "denies"


def test_a_transcript_label_still_speaks(analyse):
    # guard: a line that ends as a sentence keeps its label as the speaker
    analysis = analyse("Spokesperson: We categorically reject these allegations. Our forces have never used such weapons.")
    assert analysis.claims[0].claimant.name == "Spokesperson"


def test_denying_a_role_is_not_denying_that_the_bomb_went_off(analyse):
    analysis = analyse(REPORT)
    headline = _claim(analysis, "role in Arauca car bomb")
    bomb = _claim(analysis, "A car bomb exploded")
    assert frozenset((headline.id, bomb.id)) not in {frozenset(k.claims) for k in analysis.contradictions}
    assert any(k.kind == "responsibility" for k in analysis.contradictions)


def test_a_short_name_in_brackets_is_the_same_group(analyse):
    analysis = analyse(REPORT)
    names = {c.claimant.name for c in analysis.claims if c.stance == "denies"}
    assert names == {"National Liberation Army"}
    talks = _claim(analysis, "committed to peace talks")
    assert talks.claimant.name == "National Liberation Army"




def test_a_denied_role_still_meets_a_claim_that_puts_the_attack_on_the_denier(analyse):
    # guard: the claim names the group that denies its part in the attack
    analysis = analyse(
        "The army said militia fighters had fired the rockets that killed 12 children on a football pitch.\n\n"
        "The militia denied any role in the rocket attack on the football pitch."
    )
    denial = _claim(analysis, "any role in the rocket attack")
    army = _claim(analysis, "militia fighters had fired the rockets")
    assert frozenset((denial.id, army.id)) in {frozenset(k.claims) for k in analysis.contradictions}
