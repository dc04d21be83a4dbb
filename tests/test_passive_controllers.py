"""An infinitive under a passive verb is said by the passive's subject:
"the spokesman was forced to admit that ..." is the spokesman's admission,
whether what he said is a clause or a quote. The sentences are written for
these tests."""

from __future__ import annotations

import pytest


def _said(analysis):
    return [c for c in analysis.claims if c.attribution != "author"]


@pytest.mark.parametrize(
    "text,speaker,cue,words",
    [
        ("The spokesman was forced to admit that the convoy had been hit by army fire.",
         "The spokesman", "admit", "the convoy had been hit"),
        ("The witness was later persuaded to testify that the order had come from the brigade commander.",
         "The witness", "testify", "the order had come from the brigade commander"),
        ("The debate was so calm that the mayor was prompted to say that he had never seen the hall so quiet.",
         "the mayor", "say", "never seen the hall so quiet"),
    ],
)
def test_the_subject_of_a_passive_says_its_infinitive(analyse, text, speaker, cue, words):
    claims = [c for c in _said(analyse(text)) if c.cue is not None and c.cue.text == cue]
    assert claims, [(c.cue and c.cue.text, c.content.text) for c in _said(analyse(text))]
    assert claims[0].claimant.name == speaker
    assert words in claims[0].content.text


def test_a_passive_with_no_infinitive_names_no_speaker(analyse):
    # "Residents were told to leave": who told them is not said
    (claim,) = _said(analyse("Residents were told to leave their homes before the shelling began."))
    assert claim.claimant.name == "unnamed source"
