"""Figures and accounts one side gives and the other disputes, as wire
reports put it. Every text here is written for these tests."""

from __future__ import annotations


def _claim(analysis, words, who=None):
    return next(c for c in analysis.claims if words in c.content.text and (who is None or who in c.claimant.name))


def _pairs(analysis, kind=None):
    return {frozenset(k.claims) for k in analysis.contradictions if kind is None or k.kind == kind}


def test_a_figure_the_other_side_disputes_is_its_denial(analyse):
    # the small tagger reads "disputes" after a name as a plural noun
    analysis = analyse("The army says it has killed more than 900 fighters since March, a figure the rebels dispute.\n\nRussia said it shot down 20 drones, a figure Kyiv disputes.")
    army = _claim(analysis, "killed more than 900 fighters", "army")
    rebels = _claim(analysis, "killed more than 900 fighters", "rebels")
    assert rebels.stance == "denies"
    assert rebels.content.text == army.content.text
    assert frozenset((army.id, rebels.id)) in _pairs(analysis)
    kyiv = _claim(analysis, "shot down 20 drones", "Kyiv")
    assert kyiv.stance == "denies" and kyiv.cue.text == "disputes"


def test_a_claim_that_others_contested_is_theirs_not_an_unnamed_claim(analyse):
    analysis = analyse(
        "The armed forces said they had neutralised 40 terrorists near Boni on Tuesday, "
        "a claim that local residents and a rights group contested."
    )
    contested = _claim(analysis, "neutralised 40 terrorists", "residents")
    assert contested.stance == "denies"
    assert contested.claimant.name == "local residents and a rights group"
    assert not any(c.claimant.name == "unnamed source" for c in analysis.claims)


def test_a_claim_that_residents_rejected_is_denied_not_refused(analyse):
    analysis = analyse("The army said it killed 40 militants, a claim that residents rejected.")
    assert _claim(analysis, "killed 40 militants", "residents").stance == "denies"


def test_a_claim_that_says_what_was_claimed_keeps_its_words(analyse):
    # guard: "that" opens what was asserted when its verb is no verdict
    analysis = analyse("Officials repeated the assertion that the convoy had turned back near the border.")
    claim = _claim(analysis, "the convoy had turned back")
    assert claim.claimant.name == "Officials"
    assert claim.stance == "asserts"


JUNTA = """Junta denies air strike on village school

The military government on Sunday denied that its aircraft had bombed a school in Let Yet Kone village, where residents said at least 11 children were killed.

A junta spokesman, Major General Min Aung, told state media that troops had been attacked by rebel fighters hiding in the village. He said no children were harmed.

The opposition National Unity Government said two helicopters had fired on the school for about an hour.
"""


def test_a_spokesman_does_not_contradict_the_body_he_speaks_for(analyse):
    analysis = analyse(JUNTA)
    headline = _claim(analysis, "air strike on village school")
    spokesman = _claim(analysis, "troops had been attacked")
    assert spokesman.claimant.name == "Min Aung"
    assert frozenset((headline.id, spokesman.id)) not in _pairs(analysis)


def test_a_denial_of_its_own_act_is_not_met_by_another_doers_act(analyse):
    analysis = analyse(JUNTA)
    denial = _claim(analysis, "its aircraft had bombed")
    other_doer = _claim(analysis, "troops had been attacked")
    assert denial.stance == "denies"
    assert frozenset((denial.id, other_doer.id)) not in _pairs(analysis)


def test_helicopters_firing_on_the_school_meet_the_denied_bombing(analyse):
    analysis = analyse(JUNTA)
    denial = _claim(analysis, "its aircraft had bombed")
    fired = _claim(analysis, "fired on the school")
    assert frozenset((denial.id, fired.id)) in _pairs(analysis, "stance")
    # and the spokesman's "no children were harmed" still meets the residents' toll
    harmed = _claim(analysis, "no children were harmed")
    toll = _claim(analysis, "11 children were killed")
    assert frozenset((harmed.id, toll.id)) in _pairs(analysis, "stance")


def test_an_agency_described_before_its_name_is_named_by_its_name(analyse):
    analysis = analyse(
        "The UN refugee agency UNHCR said 2,000 people had fled.\n\n"
        "The British monitoring group Airwars said it had recorded 40 deaths."
    )
    assert _claim(analysis, "2,000 people had fled").claimant.name == "UNHCR"
    assert _claim(analysis, "recorded 40 deaths").claimant.name == "Airwars"


def test_one_of_the_wounded_named_after_among_them_is_not_counted_again(analyse):
    analysis = analyse("The governor said a drone had hit a residential building, wounding six people, among them a 12-year-old girl.")
    figures = [(f.category, f.value) for c in analysis.claims for f in c.figures]
    assert figures == [("injured", 6)]


def test_a_days_toll_is_not_set_against_a_wars_toll(analyse):
    analysis = analyse(
        "The health ministry said 112 people were killed in 24 hours.\n\n"
        "The army says it has killed more than 13,000 militants."
    )
    assert not _pairs(analysis, "figure")


def test_two_tolls_for_the_same_day_still_disagree(analyse):
    # guard: the same span of time on both sides is compared
    analysis = analyse(
        "The health ministry said 112 people were killed in the past 24 hours.\n\n"
        "The army said 30 people were killed over the last 24 hours."
    )
    assert _pairs(analysis, "figure")


def test_page_labels_are_not_speakers(analyse):
    analysis = analyse(
        "Live: Strikes on Kharkiv\n\n"
        "09:40 - The mayor of Kharkiv, Ihor Terekhov, says two missiles hit the city overnight.\n\n"
        "Opinion: The world is looking away from the siege"
    )
    names = {c.claimant.name for c in analysis.claims}
    assert "Live" not in names and "Opinion" not in names
    assert _claim(analysis, "two missiles hit the city").claimant.name == "Ihor Terekhov"


def test_the_writers_condition_is_hypothetical(analyse):
    analysis = analyse("If the international community does not act now, thousands more will die.")
    assert [c.stance for c in analysis.claims] == ["hypothetical"]
    # guard: a concession is no condition
    analysis = analyse("Twelve people died when the shell hit the market, even if the army denies it.")
    assert _claim(analysis, "Twelve people died").stance == "asserts"


def test_a_doer_named_with_the_denier_s_words_still_meets_the_denial(analyse):
    # guard: "bombed by military aircraft" is the act the military denied
    analysis = analyse(
        "The military government denied that its aircraft had bombed the school.\n\n"
        "Teachers said the school had been bombed by military aircraft on Sunday."
    )
    denial = _claim(analysis, "its aircraft had bombed")
    bombed = _claim(analysis, "bombed by military aircraft")
    assert frozenset((denial.id, bombed.id)) in _pairs(analysis, "stance")
