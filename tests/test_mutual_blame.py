"""Sides that blame each other ("blamed each other for the attacks", "traded
accusations over the blast"): one claim for each side and a responsibility
contradiction between them, not one claim of the sides together. The texts
are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, sides, words",
    [
        (
            "Shelling hit Abu Shouk camp again on Monday. The Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) blamed each other for the attacks.",
            ["Sudanese Armed Forces", "Rapid Support Forces"],
            "the attacks",
        ),
        ("Israel and Hamas traded accusations over the blast at the hospital.", ["Israel", "Hamas"], "the blast"),
        ("The army and the militia accused one another of starting the fire.", ["The army", "the militia"], "starting the fire"),
    ],
)
def test_each_side_blames_the_other(analyse, text, sides, words):
    analysis = analyse(text + "\n")
    blaming = [c for c in analysis.claims if c.content.text == words]
    assert sorted(c.claimant.name for c in blaming) == sorted(sides)
    assert all(c.stance == "asserts" and c.claimant.span is not None for c in blaming)
    (found,) = [x for x in analysis.contradictions if x.kind == "responsibility"]
    assert set(found.claims) == {c.id for c in blaming}


def test_sides_blaming_a_third_speak_together(analyse):
    # no "each other": the army and the police blame the rebels, as one voice
    analysis = analyse("The army and the police blamed the rebels for the attack on the market.\n")
    assert [c.claimant.name for c in analysis.claims] == ["The army and the police"]
    assert analysis.contradictions == []
