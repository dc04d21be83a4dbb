"""The seed article's must-shows (issue 2), one test each.

Uses the ``seed_analysis`` fixture (the seed analysed with published
2016-11-21); skips where ../shared/seed is absent.
"""

from __future__ import annotations


def _by(analysis, surname: str):
    return [c for c in analysis.claims if c.attribution != "author" and surname.lower() in c.claimant.name.lower()]


def test_seed_moallem_rejects_autonomous_zone_proposal(seed_analysis):
    claims = [c for c in _by(seed_analysis, "Moallem") if c.stance == "rejects" and "proposal" in c.content.text]
    assert claims
    assert any("autonomous zone" in c.content.text or "autonomous zone" in c.text for c in claims)


def test_seed_moallem_figure_of_people_held_in_eastern_aleppo(seed_analysis):
    claims = [c for c in _by(seed_analysis, "Moallem") if "275,000" in c.content.text]
    assert claims
    claim = claims[0]
    assert claim.stance == "asserts"
    assert "eastern Aleppo" in claim.content.text
    # the figure itself comes from the figures component
    assert any(f.value == 275000 for f in claim.figures)


def test_seed_moallem_denies_aerial_bombing_of_hospitals(seed_analysis):
    claims = [c for c in _by(seed_analysis, "Moallem") if c.stance == "denies" and "bombing of hospitals" in c.content.text]
    assert claims
    claim = claims[0]
    assert "eastern Aleppo" in claim.content.text
    # de Mistura is the one speaking in the block quote
    assert claim.reported_by is not None and "Mistura" in claim.reported_by.name


def test_seed_de_mistura_asserts_hospital_bombed(seed_analysis):
    claims = [
        c
        for c in _by(seed_analysis, "Mistura")
        if c.stance == "asserts" and "bombing of hospital" in c.content.text and "eastern Aleppo" in c.content.text
    ]
    assert claims
    assert claims[0].reported_by is None


def test_seed_contradiction_between_denial_and_assertion(seed_analysis):
    by_id = {c.id: c for c in seed_analysis.claims}
    pairs = []
    for x in seed_analysis.contradictions:
        a, b = (by_id[i] for i in x.claims)
        names = {a.claimant.name, b.claimant.name}
        if x.kind == "stance" and any("Moallem" in n for n in names) and any("Mistura" in n for n in names):
            pairs.append((a, b, x))
    assert pairs
    assert any("hospital" in a.content.text + b.content.text and "bombing" in x.about for a, b, x in pairs)


def test_seed_de_mistura_200000_to_turkey_is_hypothetical(seed_analysis):
    claims = [c for c in seed_analysis.claims if "200,000" in c.content.text]
    assert claims
    ours = [c for c in claims if c.attribution != "author"]
    assert ours and "Mistura" in ours[0].claimant.name
    assert ours[0].stance == "hypothetical"
    # never an event report: no claim with 200,000 asserts an event
    assert not any(c.stance == "asserts" and c.event is not None for c in claims)


def test_seed_actors_moallem_and_de_mistura_are_single_actors(seed_analysis):
    names = [a.name for a in seed_analysis.actors]
    assert sum("Moallem" in n for n in names) == 1
    assert sum("Mistura" in n for n in names) == 1
    moallem = next(a for a in seed_analysis.actors if "Moallem" in a.name)
    assert {"Mouallem", "The Syrian FM"} <= set(moallem.aliases)
    mistura = next(a for a in seed_analysis.actors if "Mistura" in a.name)
    assert "the UN envoy" in mistura.aliases and mistura.type == "person"
