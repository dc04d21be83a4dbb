"""A town too small to trust on the gazetteer's word alone (under 15,000
people) is a place when the text puts it right after "in", "near",
"outside" ...; not when a possessive follows ("in Smith's view"). The texts
are written for these tests."""

from __future__ import annotations


def _names(analysis) -> list[str]:
    return [p.name for p in analysis.places]


def test_a_small_town_after_in_is_a_place(analyse):
    analysis = analyse("Officials said shelling hit a market in Beryslav on Tuesday.")
    place = next(p for p in analysis.places if p.name == "Beryslav")
    assert place.country == "UA" and place.admin1 == "Kherson"


def test_a_small_town_after_near_is_a_place(analyse):
    analysis = analyse("Two drones were shot down near Beryslav overnight, the regional governor said.")
    assert "Beryslav" in _names(analysis)


def test_a_small_town_named_alone_still_needs_more(analyse):
    # no preposition of place: the gazetteer's word is not enough for a town this size
    analysis = analyse("Beryslav was quiet on Tuesday, residents said.")
    assert "Beryslav" not in _names(analysis)


def test_a_town_the_tagger_took_for_a_person_is_a_place_after_near(analyse):
    text = "The ministry said its forces had repelled five attacks near Avdiivka over the past 24 hours."
    place = next(p for p in analyse(text).places if p.name == "Avdiivka")
    assert place.country == "UA" and place.admin1 == "Donetsk"
