""""X claims <a deed>": the capture of a place, hits on a target, gains,
responsibility, in headlines and in running text, is X's claim of what X did;
"claimed the lives of" is not a claim. Taking
territory is typed by who takes it, also when the deed is a noun, and plural
places count ("captured two villages"). The texts are written for these tests."""

from __future__ import annotations

HEADLINES = (
    "Russia claims capture of village near Kupiansk\n\n"
    "Moscow claims hits on three airfields\n\n"
    "The rebels claimed the capture of two villages on Monday.\n\n"
    "The army claimed the capture of two villages on Tuesday.\n"
)


def _by_claimant(analysis):
    return {c.claimant.name: c for c in analysis.claims}


def test_a_claimed_deed_is_the_claimant_s_claim(analyse):
    claims = _by_claimant(analyse(HEADLINES))
    assert claims["Russia"].content.text.startswith("capture of village")
    assert claims["Russia"].cue.text == "claims" and claims["Russia"].stance == "asserts"
    # "hits" tagged a verb by the parser is still the thing claimed
    assert claims["Moscow"].content.text == "hits on three airfields"


def test_taking_territory_is_typed_by_who_claims_the_taking(analyse):
    claims = _by_claimant(analyse(HEADLINES))
    assert claims["The rebels"].event.sub_type == "Non-state actor overtakes territory"
    assert claims["The army"].event.sub_type == "Government regains territory"


def test_plural_places_are_territory_too(analyse):
    (claim,) = analyse("Rebels captured two villages near the town on Monday.\n").claims
    assert claim.event is not None and claim.event.sub_type == "Non-state actor overtakes territory"


def test_a_toll_claimed_is_no_claim(analyse):
    # "claimed the lives of": what killed them, not a speaker
    (claim,) = analyse("The fire claimed the lives of 12 people in the market.\n").claims
    assert claim.attribution == "author"
