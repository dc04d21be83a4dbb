"""Headlines closed by a tag, an unnamed trader who goes on speaking, and a
farmer named by where he comes from.
The texts are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "headline",
    [
        "Drone strike on market kills 26, witnesses say",
        "Sudan: Drone strike on market kills 26, witnesses say",
    ],
)
def test_a_headline_closed_by_a_tag_is_the_tag_s_claim(analyse, headline):
    analysis = analyse(headline + "\n\nThe market in the town was full on Monday morning.\n")
    claim = next(c for c in analysis.claims if "Drone strike on market" in c.content.text)
    assert claim.claimant.name == "witnesses"
    assert claim.attribution != "author"
    assert claim.content.text == "Drone strike on market kills 26"


def test_he_after_an_unnamed_trader_is_the_trader(analyse):
    analysis = analyse(
        '"The drone hit the middle of the market," said a trader who asked not to be named. '
        "He said he helped carry 14 bodies to the health centre.\n"
    )
    carried = next(c for c in analysis.claims if "14 bodies" in c.content.text)
    quote = next(c for c in analysis.claims if "drone hit" in c.content.text)
    assert carried.claimant.actor == quote.claimant.actor
    actor = next(a for a in analysis.actors if a.id == quote.claimant.actor)
    assert actor.type == "person"


def test_a_person_from_a_place_the_tagger_took_for_a_name_keeps_the_description(analyse):
    analysis = analyse('"We saw the tanks enter the town," said a farmer from Dera. "We told the army," he added.\n')
    quote = next(c for c in analysis.claims if "tanks" in c.content.text)
    assert quote.claimant.name == "farmer from Dera"
