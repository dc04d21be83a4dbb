""""Could not confirm the death toll": a doubt that points at the toll it
could not confirm, and a separate claim from what the same source does
assert in the same sentence. The text is written for these tests."""

from __future__ import annotations

REPORT = """At least 30 people were killed when a strike hit a school sheltering displaced families on Saturday, according to the health ministry.

The UN agency for refugees said it could not confirm the death toll but that the school had been sheltering around 4,000 people.
"""


def test_a_doubt_and_an_assertion_in_one_sentence_are_two_claims(analyse):
    analysis = analyse(REPORT)
    un = [c for c in analysis.claims if c.claimant.name.startswith("UN agency")]
    assert [(c.stance, c.content.text) for c in un] == [
        ("doubts", "it could not confirm the death toll"),
        ("asserts", "that the school had been sheltering around 4,000 people"),
    ]


def test_the_unconfirmed_toll_meets_the_toll(analyse):
    analysis = analyse(REPORT)
    by_id = {c.id: c for c in analysis.claims}
    doubt = next(c for c in analysis.claims if c.content.text == "it could not confirm the death toll")
    [k] = [k for k in analysis.contradictions if doubt.id in k.claims]
    other = by_id[next(x for x in k.claims if x != doubt.id)]
    assert "health ministry" in other.claimant.name and other.figures
