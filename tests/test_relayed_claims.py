"""Claims that reach us through someone else. The analysis contract names the
party whose claim it is as the claimant and the one who passes it on as
``reported_by`` ("the envoy said that the minister totally denies any
bombing"). These tests check the same for parties that are bodies rather
than people (a ministry, an army, a state, residents), for reports passed on
by a news agency, and for "was quoted by X as saying". The texts are written
for these tests."""

from __future__ import annotations

import pytest

REPORT = """Strike near Kharkiv school disputed

KYIV, March 4 (Example Wire) - Regional officials said the defence ministry denied that its missile hit a school in the village of Vilkhivka on Monday.

Residents said a missile hit the school on Monday morning and that two caretakers were wounded.

The governor was quoted by local media as saying that the school had been empty since the autumn.

According to Example Wire, the army confirmed that four drones were shot down over the region overnight.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


@pytest.mark.parametrize(
    ("sentence", "claimant", "reporter", "stance", "content"),
    [
        ("Officials said the ministry denied that the strike hit a school.", "ministry", "Officials", "denies", "that the strike hit a school"),
        ("The UN said the Houthis claimed they had struck a tanker in the Red Sea.", "Houthis", "UN", "asserts", "they had struck a tanker in the Red Sea"),
        ("Witnesses told AFP that the rebels had accused the army of shelling the market.", "rebels", "Witnesses", "asserts", "the army of shelling the market"),
        ("A monitoring group said the government rejects the accusation that it bombed the hospital.", "government", "monitoring group", "denies", "the accusation that it bombed the hospital"),
        ("The ministry alleged that the strike hit a school, officials said.", "ministry", "officials", "asserts", "that the strike hit a school"),
        ("According to Reuters, the army denied that 12 fighters were killed in the raid.", "army", "Reuters", "denies", "that 12 fighters were killed in the raid"),
    ],
)
def test_a_party_s_side_passed_on_by_another(analyse, sentence, claimant, reporter, stance, content):
    # a denial, a claim, an accusation or a confirmation by a body is the
    # body's, with the one passing it on as ``reported_by``
    analysis = analyse(sentence)
    claim = next(c for c in analysis.claims if c.content.text == content)
    assert claimant in claim.claimant.name
    assert claim.reported_by is not None and reporter in claim.reported_by.name
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Foreign Minister Walid al-Moallem said Damascus completely rejects the envoy's proposal.", "Walid al-Moallem"),
        ("A spokesman said the government rejects the accusation that it bombed the hospital.", "A spokesman"),
    ],
)
def test_one_who_speaks_for_a_state_makes_its_answer_his_own(analyse, sentence, speaker):
    # a minister or spokesman naming the state he speaks for: his claim (the seed's Moallem)
    claim = analyse(sentence).claims[0]
    assert claim.claimant.name == speaker
    assert claim.reported_by is None
    assert claim.stance in ("rejects", "denies")


def test_a_body_s_plain_statement_stays_with_the_reporter(analyse):
    # "said" relayed from a body stays the reporter's claim over the whole
    # report (the convention of PolNeAR's gold; see docs/EVALUATION.md)
    claim = _claim(analyse("According to Reuters, the army said that 12 fighters were killed in the raid."), "fighters")
    assert claim.claimant.name == "Reuters"
    assert claim.reported_by is None


def test_a_denial_with_a_gerund_keeps_its_own_words(analyse):
    # the "that" of the reporter's clause is no relative pronoun of the denial
    claim = _claim(analyse("The group said in a statement that Israel had denied targeting the convoy."), "convoy")
    assert claim.claimant.name == "Israel"
    assert claim.content.text == "targeting the convoy"
    assert claim.stance == "denies"
    assert claim.reported_by is not None and claim.reported_by.name == "The group"


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor was quoted by local media as saying that three civilians were killed.",
        "Local media quoted the governor as saying that three civilians were killed.",
    ],
)
def test_quoted_as_saying_active_or_passive(analyse, sentence):
    analysis = analyse(sentence)
    claim = _claim(analysis, "three civilians")
    assert claim.claimant.name.lower().endswith("governor")
    assert claim.reported_by is not None and claim.reported_by.name.lower() == "local media"
    # "quoted" passes the words on; it says nothing of its own about the governor
    assert [c.content.text for c in analysis.claims] == [claim.content.text]


def test_according_to_inside_the_words_is_their_own_source(analyse):
    # the analysis is the source of the figure the agency reports, not a report of the agency's
    analysis = analyse("The AP reported that, according to an analysis of her calendar, 85 of the 154 meetings were with donors.")
    assert not any(c.reported_by is not None and c.claimant.name == "AP" for c in analysis.claims)
    assert not any(c.content.text == "that" for c in analysis.claims)


def test_a_reaction_is_no_report(analyse):
    # "condemned" answers the claim, it does not pass it on: the condemnation stays
    analysis = analyse("The ministry condemned the group's claim to have shot down a helicopter.")
    assert any(c.claimant.name.lower().endswith("ministry") for c in analysis.claims)


def test_the_ministry_s_denial_meets_the_residents(analyse):
    analysis = analyse(REPORT)
    denial = _claim(analysis, "its missile hit a school")
    assert "ministry" in denial.claimant.name
    assert denial.stance == "denies"
    assert denial.reported_by is not None and "officials" in denial.reported_by.name.lower()
    by_id = {c.id: c for c in analysis.claims}
    met = {by_id[x].claimant.name for k in analysis.contradictions if denial.id in k.claims for x in k.claims if x != denial.id}
    assert "Residents" in met


def test_the_report_s_relayed_claims(analyse):
    analysis = analyse(REPORT)
    empty = _claim(analysis, "the school had been empty")
    assert empty.claimant.name.lower().endswith("governor")
    assert empty.reported_by is not None and empty.reported_by.name == "local media"
    drones = _claim(analysis, "four drones")
    assert drones.claimant.name.lower() == "the army"
    assert drones.reported_by is not None and drones.reported_by.name == "Example Wire"


def test_the_group_is_not_the_one_passing_its_claim_on(analyse):
    # "the group" may stand for the one group named before it, but not for the
    # body that reports the group's claim
    claim = analyse("The UN said the group claimed it had struck a tanker in the Red Sea.").claims[0]
    assert claim.claimant.name == "the group"
    assert claim.reported_by is not None and claim.reported_by.name == "UN"
