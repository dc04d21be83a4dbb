"""Headlines closed by a tag that names whom the speaker told ("..., General
Tells State TV"): the tag's speaker said the rest of the line. In title case
the parse had made the headline the speaker and the audience what was said.
The headlines are written for these tests."""

from __future__ import annotations

import pytest


def _said(analysis):
    return [c for c in analysis.claims if c.attribution != "author"]


@pytest.mark.parametrize(
    "headline,speaker,words",
    [
        ("Army Will Retake Town Within Days, General Tells State TV", "General", "Army Will Retake Town Within Days"),
        ("Strikes Will Continue Until Hostages Are Freed, Defence Minister Tells Parliament",
         "Defence Minister", "Strikes Will Continue Until Hostages Are Freed"),
        ("Sudan: Army Will Retake El Fasher, General Tells Al Jazeera", "General", "Army Will Retake El Fasher"),
    ],
)
def test_a_told_tag_closing_a_headline_names_its_speaker(analyse, headline, speaker, words):
    claims = _said(analyse(headline + "\n\nThe interview was broadcast on Monday.\n"))
    assert len(claims) == 1
    (claim,) = claims
    assert claim.claimant.name == speaker
    assert claim.content.text == words
    assert claim.cue is not None and claim.cue.text == "Tells"


def test_a_sentence_case_told_tag_keeps_the_parse(analyse):
    (claim,) = _said(analyse("Ceasefire is dead, rebel commander tells reporters\n\nThe commander spoke in Goma.\n"))
    assert claim.claimant.name == "rebel commander"
    assert claim.content.text == "Ceasefire is dead"
