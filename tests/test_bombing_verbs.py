""""Bombing" as a verb with an object ("accuses the army of bombing
residential areas") is an attack from the air, like "bombed"; the noun ("the
bombing of the market", "a car bombing") and a device named beside it stay an
explosive device. The texts are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The RSF accuses the army of bombing residential areas.",
        "The rebels said government jets were bombing the town.",
    ],
)
def test_bombing_something_is_an_air_strike(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "Police said the bombing of the market killed 5 people.",
        "A car bombing in the market killed 5 people, police said.",
        "The group was accused of bombing the bridge with explosives.",
    ],
)
def test_the_noun_and_a_device_stay_an_explosive_device(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == "Remote explosive/landmine/IED"
