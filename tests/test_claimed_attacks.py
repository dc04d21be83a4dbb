"""An armed group's claim of an attack and the government's answer: "the
group" is the one group the text named, "The group's claim" is the group's,
a dateline tagged as an organisation is no actor, and "no official had been
among the dead" denies the group's count. The text is written for these tests."""

from __future__ import annotations

import pytest

REPORT = """Siege at hotel in capital ends

MOGADISHU, Somalia (Example Wire) — Al-Shabaab militants stormed a hotel near the presidential palace on Sunday, and the group claimed responsibility in a statement on its radio station, saying its fighters had killed "dozens of apostate officials."

A police spokesman said security forces ended the siege after 14 hours and that 9 civilians and 3 soldiers had been killed. Five attackers were also killed, he said.

The group's claim of dozens of officials killed could not be verified. A government minister, who asked not to be named, said no official had been among the dead.
"""


def test_the_group_is_the_one_group_the_text_named(analyse):
    analysis = analyse(REPORT)
    names = {c.claimant.name for c in analysis.claims}
    assert "Al-Shabaab" in names
    assert not any(n.lower().startswith("the group") for n in names)
    assert all(a.name != "MOGADISHU" for a in analysis.actors)


def test_no_official_among_the_dead_denies_the_group_s_count(analyse):
    analysis = analyse(REPORT)
    by_id = {c.id: c for c in analysis.claims}
    minister = next(c for c in analysis.claims if "no official" in c.content.text)
    assert minister.stance == "denies"
    against = {by_id[x].claimant.name for k in analysis.contradictions if minister.id in k.claims for x in k.claims if x != minister.id}
    assert against == {"Al-Shabaab"}


def test_the_attackers_dead_are_not_the_officials_dead(analyse):
    analysis = analyse(REPORT)
    attackers = next(c for c in analysis.claims if "Five attackers" in c.content.text)
    assert not any(attackers.id in k.claims for k in analysis.contradictions)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Officials said there were no civilians among the casualties.", "denies"),
        ("The army said no soldiers were among the wounded.", "denies"),
        ("Police said two children were among the dead.", "asserts"),
    ],
)
def test_none_among_the_dead_is_a_denial(analyse, text, stance):
    said = next(c for c in analyse(text).claims if c.cue is not None)
    assert said.stance == stance


def test_one_word_of_killing_on_both_sides_is_not_two(analyse):
    text = (
        "The bullet struck the woman on the pier, killing her.\n\n"
        "A spokesman doubted that anyone had been killed by the new policy."
    )
    assert analyse(text).contradictions == []
