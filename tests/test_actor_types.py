"""Actor types for speakers named by their nation or their trade: "Russian
officials" speak for a government; "a Russian military blogger" is one
person, whatever body his description names. The texts are written for
these tests."""

from __future__ import annotations

import pytest


def _type_of(analysis, name: str) -> str:
    return next(a.type for a in analysis.actors if a.name.lower().endswith(name.lower()))


@pytest.mark.parametrize("nation", ["Russian", "Ukrainian", "Israeli"])
def test_officials_of_a_nation_speak_for_its_government(analyse, nation):
    analysis = analyse(f"{nation} officials said the convoy had been struck by a drone.")
    assert _type_of(analysis, f"{nation} officials") == "government"


def test_a_blogger_described_by_an_army_is_a_person(analyse):
    analysis = analyse("A Russian military blogger claimed on Telegram that the wake was a meeting of commanders.")
    assert _type_of(analysis, "Russian military blogger") == "person"


def test_an_army_spokesman_still_speaks_for_the_army(analyse):
    analysis = analyse("An army spokesman said the convoy had been struck by a drone.")
    assert _type_of(analysis, "army spokesman") in ("government", "armed_group")


def test_a_body_named_after_its_leader_is_not_the_leader(analyse):
    analysis = analyse(
        "The Assad government said rebels shelled the town on Monday.\n\n"
        "Assad said on Tuesday that the army would retake the town."
    )
    names = {c.content.text: c.claimant.name for c in analysis.claims}
    assert names["rebels shelled the town on Monday"] == "Assad government"
    assert names["that the army would retake the town"] == "Assad"
