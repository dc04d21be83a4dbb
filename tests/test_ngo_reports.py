"""Wording from human-rights investigations and the statements they answer:
a party that "has said A and denied B", deaths counted among detainees or
hostages, bombs dropped from the air. The texts are written for these tests."""

from __future__ import annotations

import pytest

from lookup import claim_with_cue


def test_a_denial_joined_to_a_statement_is_the_speaker_s_own(analyse):
    text = (
        "The coalition has said the site was a legitimate military target and denied that it "
        "struck a prison."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.content.text == "the site was a legitimate military target"
    denied = claim_with_cue(analysis, "denied")
    assert denied.claimant.name == "coalition" or denied.claimant.name.endswith("coalition")
    assert denied.stance == "denies"
    assert "struck a prison" in denied.content.text


def test_a_person_in_the_reported_clause_can_still_be_the_one_who_denies(analyse):
    # "the minister" could deny; the claim stays whole rather than guess
    text = "The army has said the minister was ill and denied that he had resigned."
    said = claim_with_cue(analyse(text), "said")
    assert "denied that he had resigned" in said.content.text


@pytest.mark.parametrize(
    ("text", "category", "number"),
    [
        ("The strike killed at least 91 detainees and wounded 236 others, the group said.", "killed", 91),
        ("Three hostages were killed in the raid, officials said.", "killed", 3),
        ("Police detained 40 protesters in the capital, witnesses said.", "detained", 40),
        ("Gunmen are holding 20 hostages in the school, police said.", "hostages", 20),
    ],
)
def test_what_was_done_to_detainees_or_hostages_decides_the_figure(analyse, text, category, number):
    figures = [f for c in analyse(text).claims for f in c.figures]
    figure = next(f for f in figures if number in (f.value, f.low))
    assert figure.category == category


@pytest.mark.parametrize(
    "text",
    [
        "Remnants photographed at the site were consistent with a guided bomb, the researchers said.",
        "Two glide bombs hit the town overnight, officials said.",
    ],
)
def test_a_guided_or_glide_bomb_is_an_air_strike(analyse, text):
    said = claim_with_cue(analyse(text), "said")
    assert said.event is not None and said.event.sub_type == "Air/drone strike"


def test_a_roadside_bomb_is_still_a_device(analyse):
    said = claim_with_cue(analyse("A roadside bomb killed two soldiers, police said."), "said")
    assert said.event.sub_type == "Remote explosive/landmine/IED"
