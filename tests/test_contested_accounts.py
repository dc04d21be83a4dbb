"""Who answers whom when two sides trade accounts: a denial of an accusation
made in the last clause of a statement, a headline's second report after
"as", the tail of a spokesman's account, a spokesman named as "its", sources
of two kinds speaking together, acts in two provinces, and "that account"
after the other side's statement. The texts are written for these tests."""

from __future__ import annotations

HOSPITAL = """The last working hospital in El Fasher was hit by artillery shells on Saturday, killing at least nine patients, a doctors' network said.

An RSF adviser said the group had not fired on the hospital and accused the army of using medical facilities as military positions, a claim the army denied.
"""

HEADLINE = """M23 rebels deny killing civilians in Kishishe as Kinshasa cites 272 dead

GOMA (AP) — The Congolese government on Monday raised its toll for the killings in Kishishe to 272.
"""

SPOKESMAN = """The M23 denied killing civilians in Kishishe. Its spokesman, Lawrence Kanyuka, said in a statement that only eight civilians had died, killed by "stray bullets" during fighting with a militia, and called for an independent investigation.
"""

COORDINATED = """At least 50 people were killed when military aircraft bombed a ceremony in Pazigyi village on Tuesday, according to residents and a local official of the opposition National Unity Government.
"""

FACT_CHECK = """Video does not show a Russian missile hitting a shopping centre in Odesa

The clip was filmed on June 27, 2022, the day a missile hit a shopping centre in Kremenchuk, killing at least 20 people.
"""

THAT_ACCOUNT = """KHARKIV, March 3 - Russian drones struck two substations in Kharkiv overnight, the regional governor said. Ukraine's air force said it had shot down 31 of the 47 drones launched overnight.

Russia's defence ministry said its forces had carried out a group strike on facilities that served the Ukrainian military. "All designated targets were hit," the ministry said.

Ukrainian officials rejected that account.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def _pairs(analysis, kind=None):
    return [set(k.claims) for k in analysis.contradictions if kind is None or k.kind == kind]


def test_a_denied_accusation_in_a_statements_last_clause_is_what_is_denied(analyse):
    analysis = analyse(HOSPITAL)
    army = next(c for c in analysis.claims if c.claimant.name == "the army")
    assert army.stance == "denies"
    assert army.content.text == "the army of using medical facilities as military positions"
    adviser = _claim(analysis, "the group had not fired on the hospital")
    # the army denies using hospitals, not that the hospital was hit
    hit = _claim(analysis, "was hit by artillery shells")
    assert {army.id, hit.id} not in _pairs(analysis)
    # the accused deny what they are accused of: the accusation and the denial meet
    accusation = next(c for c in analysis.claims if c.claimant.name == adviser.claimant.name and c.stance == "asserts")
    assert accusation.content.text.startswith("the army of using medical facilities")
    (pair,) = [k for k in analysis.contradictions if army.id in k.claims]
    assert set(pair.claims) == {army.id, accusation.id}
    assert "the army denies" in pair.about


def test_an_accusation_denied_is_a_contradiction_on_the_accusation(analyse):
    analysis = analyse("The army said it had repelled an attack near the town and accused the rebels of shelling the market, a claim the rebels denied.\n")
    rebels = next(c for c in analysis.claims if c.claimant.name == "the rebels")
    assert rebels.content.text == "the rebels of shelling the market"
    army = next(c for c in analysis.claims if c.claimant.name == "The army" and "shelling the market" in c.content.text)
    assert [set(k.claims) for k in analysis.contradictions] == [{army.id, rebels.id}]


def test_a_headlines_second_report_after_as_is_not_the_denial(analyse):
    analysis = analyse(HEADLINE)
    denial = _claim(analysis, "killing civilians in Kishishe")
    assert denial.stance == "denies"
    assert denial.content.text == "killing civilians in Kishishe"
    assert denial.figures == []


def test_the_tail_of_a_spokesmans_account_is_no_authorial_claim(analyse):
    analysis = analyse(SPOKESMAN)
    assert [c for c in analysis.claims if c.attribution == "author"] == []
    assert _claim(analysis, "only eight civilians had died").claimant.name == "Lawrence Kanyuka"


def test_its_spokesman_speaks_for_the_body_named_before(analyse):
    analysis = analyse(SPOKESMAN)
    group = _claim(analysis, "killing civilians in Kishishe")
    spokesman = _claim(analysis, "only eight civilians had died")
    assert group.claimant.name != spokesman.claimant.name
    assert {group.id, spokesman.id} not in _pairs(analysis)


def test_sources_of_two_kinds_speak_together(analyse):
    analysis = analyse(COORDINATED)
    claim = _claim(analysis, "At least 50 people were killed")
    assert claim.claimant.name.startswith("residents and")
    assert claim.claimant.role is None
    actor = next(a for a in analysis.actors if a.id == claim.claimant.actor)
    assert actor.type != "person" or actor.name.startswith("residents and")
    assert all(a.name != "National Unity Government" or a.type != "person" for a in analysis.actors)


def test_acts_in_two_provinces_are_no_contradiction(analyse):
    analysis = analyse(FACT_CHECK)
    video = _claim(analysis, "hitting a shopping centre in Odesa")
    assert video.stance in ("denies", "doubts")
    assert _pairs(analysis, "stance") == []


def test_that_account_is_the_last_voices(analyse):
    analysis = analyse(THAT_ACCOUNT)
    officials = next(c for c in analysis.claims if c.claimant.name == "Ukrainian officials")
    air_force = _claim(analysis, "shot down 31 of the 47 drones")
    answered = [p - {officials.id} for p in _pairs(analysis) if officials.id in p]
    assert answered, "the rejection answers some claim"
    (other,) = answered[0]
    assert other != air_force.id
    assert next(c for c in analysis.claims if c.id == other).claimant.name == "Russia's defence ministry"


INQUIRY = """A joint investigation by two Yemeni rights groups has concluded that an airstrike on a detention centre in Saada in April killed at least 66 detainees and wounded 113, figures far higher than the 12 deaths the Saudi-led coalition has acknowledged.

The coalition said the site had been a legitimate military target. The Houthi health ministry had put the toll at 91 dead.
"""


def test_an_investigation_by_groups_is_the_groups(analyse):
    analysis = analyse(INQUIRY)
    assert _claim(analysis, "killed at least 66 detainees").claimant.name == "two Yemeni rights groups"


def test_a_toll_without_a_place_points_back_at_the_act_just_told(analyse):
    analysis = analyse(INQUIRY)
    ministry = _claim(analysis, "the toll at 91 dead")
    coalition = _claim(analysis, "the 12 deaths")
    groups = _claim(analysis, "killed at least 66 detainees")
    figure_pairs = _pairs(analysis, "figure")
    assert {ministry.id, coalition.id} in figure_pairs
    assert {groups.id, coalition.id} in figure_pairs
    assert {ministry.id, groups.id} not in figure_pairs  # 91 is "at least 66"


ACCUSATIONS = """At least 42 civilians were killed in a week of shelling in El Fasher, the UN humanitarian office said on Friday.

"The situation in El Fasher is catastrophic," the UN relief chief told reporters in Geneva.

The RSF rejected the accusations.
"""

ABOUT_THE_DENIER = """Human Rights Watch said the military carried out three air strikes on a camp for displaced people near Laiza, killing 28 civilians.

The junta's spokesman said the camp had been used by the Kachin Independence Army to store weapons. The Kachin Independence Army denied the claim.
"""


def test_accusations_point_at_the_act_not_at_the_last_quote(analyse):
    analysis = analyse(ACCUSATIONS)
    rsf = next(c for c in analysis.claims if c.content.text == "the accusations")
    shelling = _claim(analysis, "At least 42 civilians were killed")
    assert {rsf.id, shelling.id} in _pairs(analysis)
    assert len([p for p in _pairs(analysis) if rsf.id in p]) == 1


def test_a_claim_about_the_denier_is_what_it_denies(analyse):
    analysis = analyse(ABOUT_THE_DENIER)
    kia = next(c for c in analysis.claims if c.content.text == "the claim")
    store = _claim(analysis, "used by the Kachin Independence Army")
    assert [p for p in _pairs(analysis) if kia.id in p] == [{kia.id, store.id}]


OWN_SIDE_LAST = """Russia's defence ministry said its drones had struck a fuel depot in Odesa overnight. Ukraine's air force said it had shot down 20 of the 25 drones launched.

Ukrainian officials dismissed the claim as propaganda.
"""


def test_a_denial_does_not_answer_its_own_sides_claim(analyse):
    analysis = analyse(OWN_SIDE_LAST)
    officials = next(c for c in analysis.claims if c.claimant.name == "Ukrainian officials")
    answered = [p - {officials.id} for p in _pairs(analysis) if officials.id in p]
    assert len(answered) == 1
    (other,) = answered[0]
    assert next(c for c in analysis.claims if c.id == other).claimant.name == "Russia's defence ministry"
