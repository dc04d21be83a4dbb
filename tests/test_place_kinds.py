"""A place named after its kind ("the village of Hroza", "the city of
Kherson", "the province of Idlib"): found even when the gazetteer does not
know it, and resolved as that kind when it does. The texts are written for
these tests; coordinates are GeoNames'."""

from __future__ import annotations

import pytest


def test_a_village_the_gazetteer_does_not_know_is_still_a_place(analyse):
    analysis = analyse("The mission verified 27 deaths in the attack on the village of Hroza on 5 October, officials said.")
    assert [p.name for p in analysis.places] == ["Hroza"]
    said = next(c for c in analysis.claims if c.cue is not None)
    assert [analysis.places[i].name for i in said.places] == ["Hroza"]


@pytest.mark.parametrize(
    ("text", "lat"),
    [
        ("Shelling hit the city of Kherson overnight, officials said.", 46.64),  # the city
        ("Rockets hit the region of Kherson, officials said.", 46.75),  # the oblast
        ("Fighting spread to the province of Idlib, the monitor said.", 35.83),  # the governorate
        ("Shelling hit the city of Idlib overnight, the monitor said.", 35.93),  # the city
    ],
)
def test_the_kind_before_a_name_decides_between_a_city_and_its_province(analyse, text, lat):
    [place] = analyse(text).places
    assert abs(place.lat - lat) < 0.05
