"""An army's claim and the people who dispute it: "a claim that residents
disputed" read by the parser as a content clause, a headline's second report
after a semicolon, a line's label the tagger ran into the speaker's name, and
a denial followed by a counter-accusation. The texts are written for these
tests."""

from __future__ import annotations

DISPUTED = """Burkina Faso's army said on Tuesday it had "neutralised" about 40 terrorists in an operation near Djibo, a claim that residents and a local rights group disputed.
"""

HEADLINE = """Sahel: Army says it "neutralised" 40 jihadists; residents say civilians among dead

OUAGADOUGOU — Burkina Faso's army said on Tuesday it had killed about 40 fighters near Djibo.
"""

COUNTER = """An Israeli airstrike on a school housing displaced families in Nuseirat killed at least 30 people on Saturday, the civil defence agency said.

The Israeli military said its aircraft had struck a command centre inside the school compound. Hamas denied that its fighters had used the school and accused Israel of "deliberately targeting" displaced people.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_a_claim_that_residents_disputed_is_their_denial(analyse):
    analysis = analyse(DISPUTED)
    army = _claim(analysis, "about 40 terrorists")
    residents = next(c for c in analysis.claims if c.claimant.name == "residents and a local rights group")
    assert residents.stance == "denies"
    assert residents.content.span == army.content.span
    assert [set(k.claims) for k in analysis.contradictions] == [{army.id, residents.id}]


def test_a_headlines_second_report_after_a_semicolon_is_its_own(analyse):
    analysis = analyse(HEADLINE)
    army = _claim(analysis, "40 jihadists")
    assert army.content.text == 'it "neutralised" 40 jihadists'
    residents = next(c for c in analysis.claims if c.claimant.name == "residents")
    assert "civilians among dead" in residents.content.text
    assert all("Sahel" not in a.name for a in analysis.actors)


def test_a_counter_accusation_after_a_denial_is_the_deniers_next_claim(analyse):
    analysis = analyse(COUNTER)
    denial = next(c for c in analysis.claims if c.claimant.name == "Hamas" and c.stance == "denies")
    assert denial.content.text == "that its fighters had used the school"
    accusation = next(c for c in analysis.claims if c.claimant.name == "Hamas" and c.stance == "asserts")
    assert accusation.content.text.startswith("Israel of")
    strike = _claim(analysis, "killed at least 30 people")
    # Hamas does not deny that the school was struck
    assert all(set(k.claims) != {denial.id, strike.id} for k in analysis.contradictions)
