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


SEMICOLONS = """Ethiopia: Drone strike on Amhara bus kills 30, witnesses say; government denies

BAHIR DAR — Shelling killed 12 people in the town of Dejen on Monday, officials said; the army denied any involvement.
"""


def test_a_tag_before_a_semicolon_closes_what_comes_before_it(analyse):
    analysis = analyse(SEMICOLONS)
    headline = next(c for c in analysis.claims if c.content.text == "Drone strike on Amhara bus kills 30" and c.stance == "asserts")
    assert headline.claimant.name == "witnesses"
    # the headline's "government denies" answers what the witnesses say
    government = next(c for c in analysis.claims if c.claimant.name == "government")
    assert (government.stance, government.content.text) == ("denies", "Drone strike on Amhara bus kills 30")
    wire = _claim(analysis, "Shelling killed 12 people")
    assert wire.claimant.name == "officials"
    assert wire.content.text == "Shelling killed 12 people in the town of Dejen on Monday"
    army = next(c for c in analysis.claims if c.claimant.name == "army" or c.claimant.name == "the army")
    assert army.stance == "denies" and army.content.text == "any involvement"
    assert [c for c in analysis.claims if c.attribution == "author"] == []


def test_demonstrating_a_nature_is_no_protest(analyse):
    analysis = analyse(
        "The Kyiv regime has once again demonstrated its terrorist nature. Hundreds of students demonstrated outside the parliament on Friday. "
        "The opposition leader rallied support among farmers. The opposition leader rallied thousands of supporters in Kinshasa on Saturday.\n"
    )
    protests = [c for c in analysis.claims if c.event is not None and c.event.type == "Protests"]
    assert [c.text for c in protests] == [
        "Hundreds of students demonstrated outside the parliament on Friday.",
        "The opposition leader rallied thousands of supporters in Kinshasa on Saturday.",
    ]


def test_a_clause_the_parse_split_at_its_subjects_participle_is_one_content(analyse):
    analysis = analyse(
        "The military denied that its aircraft had bombed a monastery in the Sagaing region, "
        "where a resistance group said 17 people sheltering from fighting were killed.\n"
    )
    group = next(c for c in analysis.claims if c.claimant.name == "a resistance group")
    assert group.content.text == "17 people sheltering from fighting were killed"


SHIP = """The Houthi movement said on Wednesday it had targeted the oil tanker Sounion with ballistic missiles in the Red Sea and that the ship had been directly hit.

The British maritime agency UKMTO said it had received a report of an incident west of Hodeidah but that the vessel and its crew were safe and there was no damage.
"""


def test_no_damage_to_a_vessel_meets_a_claimed_hit_on_the_ship(analyse):
    analysis = analyse(SHIP)
    houthis = _claim(analysis, "directly hit")
    ukmto = _claim(analysis, "there was no damage")
    assert ukmto.stance == "denies"
    assert {houthis.id, ukmto.id} in [set(k.claims) for k in analysis.contradictions]
