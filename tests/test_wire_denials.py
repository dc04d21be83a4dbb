"""A wire story's slug, a ship attack and its denial: "UPDATE 3-" is no part
of the speaker, "no ships were hit" meets "targeted a destroyer and a
commercial ship", and "There were no casualties and no damage" denies. The
text is written for these tests."""

from __future__ import annotations

REPORT = """UPDATE 3-Rebels say they hit ship in Red Sea; U.S. says no damage

SANAA, Jan 12 (Example Wire) - The rebel movement said on Friday it had targeted a U.S. destroyer and a commercial ship in the Red Sea with several naval missiles.

U.S. Central Command said in a statement that no ships were hit. "There were no casualties and no damage," a U.S. official told Example Wire.
"""


def test_a_wire_slug_is_no_part_of_the_speaker(analyse):
    names = [c.claimant.name for c in analyse(REPORT).claims]
    assert "Rebels" in names
    assert not any("UPDATE" in n for n in names)


def test_no_ships_hit_meets_a_ship_targeted(analyse):
    analysis = analyse(REPORT)
    by_id = {c.id: c for c in analysis.claims}
    denial = next(c for c in analysis.claims if c.content.text == "that no ships were hit")
    met = {by_id[x].claimant.name for k in analysis.contradictions if denial.id in k.claims for x in k.claims if x != denial.id}
    assert any("rebel movement" in n for n in met)


def test_no_casualties_and_no_damage_denies(analyse):
    told = next(c for c in analyse(REPORT).claims if "no casualties" in c.content.text)
    assert told.stance == "denies"


def test_no_deaths_so_far_is_no_denial(analyse):
    analysis = analyse(
        "The ministry said 17 deaths had been recorded in the province.\n\n"
        "The agency said that since May 3, no deaths have been reported."
    )
    since = next(c for c in analysis.claims if "since May 3" in c.content.text)
    assert since.stance == "asserts"
    assert analysis.contradictions == []
