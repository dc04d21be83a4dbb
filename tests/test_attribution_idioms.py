"""Phrasal cues of criticism and opinion (own sentences)."""

from __future__ import annotations

import pytest


def _found(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


def _assert_found(attribution_nlp, text, speaker, content):
    """Some claim of ``text`` has this claimant and this content (any cue)."""
    found = _found(attribution_nlp, text)
    assert any(name == speaker and c == content for _, name, c in found), found


@pytest.mark.parametrize(
    "text,claim",
    [
        # "take issue with" / "take aim at": the object of the preposition is the content
        ("The mayor took issue with the new budget rules.", ("took issue with", "The mayor", "the new budget rules")),
        ("The senator also takes aim at a plan that lets the governor cut wages.", ("takes aim at", "The senator", "a plan that lets the governor cut wages")),
        # "take a swipe / a jab / a whack at" a person's words or policy: criticism
        ("The senator has taken a swipe at her rival's stance on trade.", ("taken a swipe at", "The senator", "her rival's stance on trade")),
        # "fired back at" a person
        ("Smith fired back at Jones over the water tax.", ("fired back at", "Smith", "Jones over the water tax")),
        # "walk back" words
        ("The minister tried to walk back his remarks.", ("walk back", "The minister", "his remarks")),
        # "made the case (to X) that ...": the clause after the addressee
        ("The governor made the case to party leaders that the road plan would create jobs.", ("made the case", "The governor", "that the road plan would create jobs")),
        # the that-clause hung on the addressee as if it were a relative clause
        ("The senator is making an impassioned case to a gathering of union leaders that he is the candidate who can best address the problems.", ("making an impassioned case", "The senator", "that he is the candidate who can best address the problems")),
        # "In X's view, ...": the clause the phrase opens
        ("In the mayor's view, the bridge should be rebuilt before winter.", ("In the mayor's view", "the mayor", "the bridge should be rebuilt before winter")),
    ],
)
def test_phrasal_cues(attribution_nlp, text, claim):
    assert claim in _found(attribution_nlp, text)


def test_firing_back_at_fighters_is_an_act(attribution_nlp):
    assert all(cue != "fired back at" for cue, _, _ in _found(attribution_nlp, "The soldiers fired back at the gunmen on the ridge."))


def test_in_view_of_is_not_an_opinion(attribution_nlp):
    assert all(not (cue or "").startswith("In") for cue, _, _ in _found(attribution_nlp, "In view of the shelling, the school was closed."))


def test_boos_from_an_audience_are_its_reaction_to_the_receiver(attribution_nlp):
    doc = attribution_nlp("The senator drew boos from the audience when he spoke.")
    found = [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in doc._.cl_claims]
    assert ("boos", "the audience", "The senator") in found


def test_received_support_candidate_names_the_giver():
    from claimledger.nlp.pipeline import make_nlp
    from claimledger.nlp.doctext import text_of
    from claimledger.nlp.speech import candidates

    doc = make_nlp(components=[])("The governor has won strong support from union leaders.")
    text = text_of(doc)
    rels = [(text[r.speaker[0] : r.speaker[1]], text[r.content[0] : r.content[1]]) for t, r, rule in candidates(doc) if rule and t.text == "support"]
    assert rels == [("union leaders", "The governor")]


def test_attacks_from_fighters_are_not_a_reaction(attribution_nlp):
    found = _found(attribution_nlp, "The convoy faced attacks from militias near the border.")
    assert all(cue != "attacks" for cue, _, _ in found)


def test_ripped_into_a_person_is_criticism_not_shrapnel(attribution_nlp):
    assert ("ripped into", "The mayor", "Jones for his budget") in _found(attribution_nlp, "The mayor ripped into Jones for his budget.")
    assert all(cue != "ripped into" for cue, _, _ in _found(attribution_nlp, "Shrapnel ripped into the crowd."))


def test_remark_made_on_a_topic(attribution_nlp):
    found = _found(attribution_nlp, "The minister made no comment on the ruling.")
    assert any(name == "The minister" and content == "the ruling" for _, name, content in found)
    assert all(content != "Thursday" for _, _, content in _found(attribution_nlp, "The governor made similar comments on Thursday."))


def test_a_pointed_remark_with_no_topic_is_itself_the_content(attribution_nlp):
    # "made this argument": the remark the sentence points back to is what was said
    found = _found(attribution_nlp, "The envoy has been making this argument for weeks.")
    assert any(name == "The envoy" and content == "this argument" for _, name, content in found)
    found = _found(attribution_nlp, "The minister made similar promises to rebuild the bridge.")
    assert any(name == "The minister" and content == "to rebuild the bridge" for _, name, content in found)
    # an unpointed remark names no content ("made his remarks during a visit")
    found = _found(attribution_nlp, "The envoy made his remarks during a visit to the port.")
    assert all(content not in ("his remarks", "remarks") for _, _, content in found)


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        # "clear" read as a modifier of the date after it
        ("Officials with the agency made clear Monday they have no plans to close the camp.", "Officials with the agency", "they have no plans to close the camp"),
        # the that-clause read as the subject of "clear" (the letter's owner speaks through it)
        ("But the governor's letter makes clear that he is being careful.", "the governor", "that he is being careful"),
    ],
)
def test_made_clear_whatever_the_parse_made_of_clear(attribution_nlp, text, speaker, content):
    _assert_found(attribution_nlp, text, speaker, content)


def test_a_shot_at_soldiers_is_gunfire_not_criticism(attribution_nlp):
    assert all("shot" not in (cue or "") for cue, _, _ in _found(attribution_nlp, "A sniper took a shot at the soldiers near the checkpoint."))


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        ("The mayor boasted of his record on crime.", "The mayor", "his record on crime"),
        ("The senator has distanced himself from the governor's remarks.", "The senator", "the governor's remarks"),
    ],
)
def test_boasting_of_and_distancing_from(attribution_nlp, text, speaker, content):
    _assert_found(attribution_nlp, text, speaker, content)
