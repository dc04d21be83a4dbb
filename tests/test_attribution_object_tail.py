"""Object contents that run past the verb's object (sentences written for claimledger)."""

from __future__ import annotations

import pytest


def _claims(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


@pytest.mark.parametrize(
    "text,claim",
    [
        # a relation the learned model adds takes the verb's later complement
        ("The governor named her to the regional water board in 2019.", ("named", "The governor", "her to the regional water board")),
        # a list the parse read as an appositive stays in the content
        ("The minister praised his allies, especially the farmers and the teachers, at the rally.", ("praised", "The minister", "his allies, especially the farmers and the teachers")),
        ("The senator denounced the blockade, the curfew, and the arrests of students.", ("denounced", "The senator", "the blockade, the curfew, and the arrests of students")),
        # a true aside still ends it
        ("The senator denounced the new law, a measure passed in March.", ("denounced", "The senator", "the new law")),
    ],
)
def test_object_content_tail(attribution_nlp, text, claim):
    assert claim in _claims(attribution_nlp, text)
