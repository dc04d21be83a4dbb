"""Seed article must-shows for events and figures (issue 3)."""

from __future__ import annotations


def _with_figure(analysis, value):
    return [c for c in analysis.claims if any(f.value == value for f in c.figures)]


def _figures(claim):
    return [(f.category, f.value) for f in claim.figures]


def test_seed_see_also_headlines_are_event_claims(seed_analysis):
    text = seed_analysis.document.text
    for headline, figures in (
        ("27 killed and 40 wounded", [("killed", 27), ("injured", 40)]),
        ("3 killed, 28 injured", [("killed", 3), ("injured", 28)]),
    ):
        start = text.index(headline)
        claims = [c for c in seed_analysis.claims if c.span[0] <= start < c.span[1] and c.event is not None]
        assert claims, headline
        claim = claims[0]
        assert claim.attribution == "author" and claim.stance == "asserts"
        assert _figures(claim) == figures
        assert "\n" not in claim.text  # one headline, not the whole list


def test_seed_shelling_headline_is_shelling(seed_analysis):
    text = seed_analysis.document.text
    start = text.index("3 killed, 28 injured")
    (claim,) = [c for c in seed_analysis.claims if c.span[0] == start]
    assert (claim.event.type, claim.event.sub_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_seed_200000_moving_is_not_a_reported_displacement(seed_analysis):
    claims = _with_figure(seed_analysis, 200000)
    assert claims
    for c in claims:
        assert ("displaced", 200000) in _figures(c)
        assert c.attribution != "author"  # de Mistura's words, not the author's
        assert c.event is None or c.stance == "hypothetical"


def test_seed_moallem_275000_hostages(seed_analysis):
    claims = [c for c in _with_figure(seed_analysis, 275000) if "moallem" in c.claimant.name.lower() or "mouallem" in c.claimant.name.lower()]
    assert claims
    assert ("hostages", 275000) in _figures(claims[0])


def test_seed_claims_have_dates_against_publication(seed_analysis):
    # "on Sunday" in an article published Monday 2016-11-21
    sunday = [c for c in seed_analysis.claims if c.when and c.when.text.lower().endswith("sunday")]
    assert sunday and all(c.when.date == "2016-11-20" and c.when.precision == "day" for c in sunday)
