"""A wire dateline names where a report was filed: a city, then its region
or country. The tagger reads its capitals poorly, so the places component
reads the dateline itself. The texts are written for these tests; the
coordinates are GeoNames'."""

from __future__ import annotations

import pytest


def _places(analysis) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.country, p.admin1) for p in analysis.places}


@pytest.mark.parametrize(
    ("dateline", "city", "country", "lat", "lon"),
    [
        ("WASHINGTON - ", "WASHINGTON", "US", 38.90, -77.04),  # the capital, not the state
        ("NEW YORK - ", "NEW YORK", "US", 40.71, -74.01),  # the city, not the state
        ("KHERSON, Ukraine, March 3 (Example Wire) - ", "KHERSON", "UA", 46.64, 32.61),  # not the oblast
        ("IDLIB, Syria - ", "IDLIB", "SY", 35.93, 36.63),
        ("DONETSK, Ukraine - ", "DONETSK", "UA", 48.02, 37.80),
        ("EL FASHER, Sudan, June 3 - ", "EL FASHER", "SD", 13.63, 25.35),
        ("DEIR AL-BALAH, Gaza Strip (Example Wire) — ", "DEIR AL-BALAH", "PS", 31.42, 34.35),  # a spelling GeoNames lacks
    ],
)
def test_the_dateline_s_city_is_found_and_resolved_as_a_city(analyse, dateline, city, country, lat, lon):
    analysis = analyse(dateline + "Officials said on Tuesday that the central market was shelled.")
    place = next(p for p in analysis.places if p.name == city)
    assert place.country == country
    assert abs(place.lat - lat) < 0.3 and abs(place.lon - lon) < 0.3
    assert place.span == (0, len(city))


def test_a_city_that_shares_its_province_s_name_is_the_city():
    from claimledger.gazetteer import get_gazetteer

    kinds = {e.kind for e in get_gazetteer().lookup("Kherson")}
    assert {"city", "admin1"} <= kinds  # the case the dateline has to decide


def test_a_dateline_name_does_not_run_into_the_first_words(analyse):
    analysis = analyse("GAZA CITY - Officials said on Tuesday that the central market was shelled.")
    assert [p.name for p in analysis.places] == ["GAZA CITY"]
    assert analysis.places[0].country == "PS"


def test_two_cities_in_one_dateline_are_two_places(analyse):
    analysis = analyse("MOSCOW/KYIV - Both sides said on Tuesday that talks would resume.")
    assert _places(analysis) == {"MOSCOW": ("RU", "Moscow"), "KYIV": ("UA", "Kyiv City")}


def test_the_dateline_is_not_where_the_claim_happened(analyse):
    analysis = analyse("KHERSON, Ukraine - Officials said shelling hit a market in Kramatorsk on Tuesday.")
    said = next(c for c in analysis.claims if c.cue is not None)
    assert [analysis.places[i].name for i in said.places] == ["Kramatorsk"]


def test_a_time_stamp_is_no_place(analyse):
    analysis = analyse("09:42 - Officials said on Tuesday that the central market was shelled.")
    assert analysis.places == []
