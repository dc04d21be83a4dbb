"""Sentence openings that name whose finding the rest of the sentence is (own sentences)."""

from __future__ import annotations

import pytest


def _found(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


@pytest.mark.parametrize(
    "text,claim",
    [
        # a poll or a count opening the sentence reports what it found
        ("In the new poll, the governor leads his rival by eight points among likely voters.", ("In", "the new poll", "the governor leads his rival by eight points among likely voters")),
        ("By the agency's tally, 40 families have fled the village since Monday.", ("By", "the agency's tally", "40 families have fled the village since Monday")),
        # (a participle phrase on the poll belongs to its name)
        ("In the latest survey, conducted in May, the mayor trailed by ten points.", ("In", "the latest survey, conducted in May", "the mayor trailed by ten points")),
        # an opening "to" and a person or group: whose view the rest of the sentence is
        ("To Haddad, the siege is a punishment of the whole city.", ("To", "Haddad", "the siege is a punishment of the whole city")),
        ("But to others, the envoy is a broker who has never taken sides.", ("to", "others", "the envoy is a broker who has never taken sides")),
    ],
)
def test_finding_openings(attribution_nlp, text, claim):
    assert claim in _found(attribution_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a clause with its own reporting verb keeps its own speaker
        "In the poll, most voters said they distrust the council.",
        # an opening that is not a poll or a count reports nothing
        "In the morning, the convoy left the city.",
        "By the end of the week, the convoy had left the city.",
        "To the north, the river floods every spring.",
        "To that, the minister added a warning about the border.",
    ],
)
def test_other_openings_are_not_findings(attribution_nlp, text):
    assert not any(cue in ("In", "By", "To") for cue, _, _ in _found(attribution_nlp, text))
