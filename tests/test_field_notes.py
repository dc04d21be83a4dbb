"""Short field notes in the style of an event log: both sides' claims in
one sentence, a protest and its place. The texts are written for these tests."""

from __future__ import annotations


def test_a_group_claiming_to_have_killed_soldiers_is_its_claim(analyse):
    analysis = analyse(
        "On 3 July 2024, fighters ambushed an army convoy near Leego in Bay region. The army said 4 soldiers "
        "were killed and claimed its troops had killed 11 attackers; Al Shabaab claimed to have killed 15 soldiers."
    )
    claim = next(c for c in analysis.claims if c.claimant.name == "Al Shabaab")
    assert claim.content.text == "to have killed 15 soldiers"
    assert [(f.category, f.value) for f in claim.figures] == [("killed", 15)]
    army = next(c for c in analysis.claims if c.content.text == "4 soldiers were killed")
    assert frozenset((army.id, claim.id)) in {frozenset(k.claims) for k in analysis.contradictions if k.kind == "figure"}


def test_where_people_protested_is_not_what_they_protested(analyse):
    analysis = analyse("On 8 August 2024, hundreds of traders protested in Kasese town against new market fees.")
    assert not any(c.content.text.strip() == "Kasese town" for c in analysis.claims)
    assert any(c.content.text == "new market fees" for c in analysis.claims)


def test_one_soldier_after_that_is_a_count(analyse):
    analysis = analyse(
        "The military said about 40 projectiles had crossed from Lebanon, most of which were intercepted, "
        "and that one soldier was lightly wounded."
    )
    assert [(f.category, f.value) for c in analysis.claims for f in c.figures] == [("injured", 1)]
