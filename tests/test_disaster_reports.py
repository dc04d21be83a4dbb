"""A report of a natural hazard: its dead, damage and evacuations are no
ACLED event (ACLED codes political violence and protest, not floods or
earthquakes), while a report that also names fighting keeps its events.
The texts are written for these tests."""

from __future__ import annotations

FLOOD = """Flash Update 2: Flooding in Tessalit and Kidal

Key points
- An estimated 3,400 people have been displaced since 11 August.
- Partners report at least 9 deaths, including 4 children.

Situation overview
According to the regional directorate, torrential rain on 10 and 11 August flooded 12 villages along the Tilemsi valley. Relief partners reported that at least nine people died and that about 600 houses were damaged or destroyed.

The civil protection service said its teams had evacuated 210 families to higher ground overnight.
"""

MIXED = """Floods and fighting near Kidal

Torrential rain flooded 12 villages along the Tilemsi valley on Sunday, the regional directorate said.

On Monday, gunmen attacked a relief convoy near Anefis, killing two drivers, a spokesman for the aid agency said.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_deaths_and_damage_in_a_flood_are_no_acled_event(analyse):
    analysis = analyse(FLOOD)
    assert all(c.event is None for c in analysis.claims)
    died = _claim(analysis, "at least nine people died")
    # the count is kept: a flood's toll is still a figure a team wants to see
    assert [(f.category, f.low) for f in died.figures if f.category == "killed"] == [("killed", 9)]
    evacuated = _claim(analysis, "had evacuated 210 families")
    assert evacuated.claimant.name == "The civil protection service"


def test_fighting_in_a_flood_report_keeps_its_event(analyse):
    analysis = analyse(MIXED)
    convoy = _claim(analysis, "gunmen attacked a relief convoy")
    assert convoy.event is not None
    assert convoy.event.type == "Violence against civilians"
