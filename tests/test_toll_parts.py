"""Counts that are part of another count ("104 killed, including 35
children", "among them 10 children"), counts whose verb the parse split from
them ("17 people sheltering in a church were wounded"), and tolls a body
gives or revises ("gave a toll of 19 dead", "updates the toll: ...",
"raised the toll to 45"). The texts are written for these tests."""

from __future__ import annotations

from lookup import claim_with_cue

from claimledger.eval import acled
from claimledger.ledger.store import _range
from claimledger.nlp.quantities import is_part, without_parts


def _figures(claim):
    return [(f.category, f.value) for f in claim.figures]


def test_among_them_counts_some_of_the_killed(analyse):
    # the parse hangs "among them" on the verb in one sentence and on the count in the other
    for text in (
        "KINSHASA, Jan 30 - The government said on Thursday that 272 people had been killed in five days of fighting around Goma, among them 10 children.\n",
        "Airstrikes on the market in Idlib killed 104 people on Monday, among them 35 children.\n",
    ):
        analysis = analyse(text)
        figures = [f for c in analysis.claims for f in c.figures]
        assert [f.category for f in figures] == ["killed", "killed"], text
    wounded = analyse("Shelling wounded 40 people in the town, among them six medics.\n")
    assert {f.category for c in wounded.claims for f in c.figures} == {"injured"}


def test_a_part_adds_nothing_to_the_total(analyse):
    for text in (
        "Airstrikes on the market in Idlib killed 104 people on Monday, including 35 children.\n",
        "At least 104 people were killed in airstrikes on the market in Idlib on Monday, among them 35 children.\n",
    ):
        analysis = analyse(text)
        assert acled.fatalities(analysis, acled.primary_claim(analysis)) == 104, text
        (claim,) = [c for c in analysis.claims if c.figures]
        assert _range(claim, "killed")[0] == 104
    # a second report of more dead is still added ("also killed")
    also = analyse("Airstrikes killed 104 people in Idlib. Officials said 35 children were also killed.\n")
    assert acled.fatalities(also, acled.primary_claim(also)) == 139


def test_a_part_is_not_read_as_a_lower_toll(analyse):
    text = (
        "The health ministry said at least 45 civilians were killed in the shelling of the market, including 11 children. "
        "The army said 20 civilians were killed in the shelling of the market.\n"
    )
    (found,) = [x for x in analyse(text).contradictions if x.kind == "figure"]
    assert "45" in found.about and "20" in found.about
    # two groups, not a part: the claim still allows anything between them
    two = (
        "The health ministry said 45 civilians and 11 soldiers were killed in the shelling of the market. "
        "The army said 20 people were killed in the shelling of the market.\n"
    )
    assert [x for x in analyse(two).contradictions if x.kind == "figure"] == []


def test_is_part_reads_the_words_before_a_count():
    text = "killed 104 people, including 35 children, among them 3 girls, of whom 2 were babies; 12 soldiers"
    starts = [text.index(w) for w in ("104", "35", "3 girls", "2 were", "12")]
    assert [is_part(text, s) for s in starts] == [False, True, True, True, False]


def test_without_parts_keeps_a_part_when_nothing_else_counts_its_kind():
    from claimledger.models import Figure

    text = "including 35 children were killed; 7 were wounded"
    part = Figure(category="killed", text="35 children", span=(10, 21), value=35)
    other = Figure(category="injured", text="7", span=(35, 36), value=7)
    assert without_parts([part, other], text) == [part, other]


def test_a_bare_participle_takes_the_verb_after_it(analyse):
    analysis = analyse("Aid workers said 17 people sheltering in a church near the airport were wounded when a shell struck the building.\n")
    (claim,) = analysis.claims
    assert _figures(claim) == [("injured", 17)]
    # a participle with its own auxiliary is the clause's verb ("are sheltering")
    fled = analyse("Aid workers said 300 families are sheltering in a school after fleeing the shelling.\n")
    assert [f.category for c in fled.claims for f in c.figures] == ["displaced"]


def test_tolls_given_and_revised_are_the_givers_claims(analyse):
    text = (
        "The ministry updates the toll: 31 dead and 84 wounded.\n\n"
        "The civil defence gave a toll of 19 dead.\n\n"
        "The health ministry raised the toll to 45 on Monday.\n\n"
        "Officials revised the number of dead to 27.\n"
    )
    analysis = analyse(text)
    updated = claim_with_cue(analysis, "updates")
    assert updated.claimant.name == "The ministry" and updated.attribution == "indirect"
    assert _figures(updated) == [("killed", 31), ("injured", 84)]
    gave = claim_with_cue(analysis, "gave")
    assert gave.claimant.name == "The civil defence" and _figures(gave) == [("killed", 19)]
    assert _figures(claim_with_cue(analysis, "raised")) == [("killed", 45)]
    assert _figures(claim_with_cue(analysis, "revised")) == [("killed", 27)]
    # giving is not a cue without a toll: "gave shelter to 40 families" is the writer's
    shelter = analyse("The mosque gave shelter to 40 families from the village.\n")
    assert [c.attribution for c in shelter.claims] in ([], ["author"])


def test_a_part_alone_is_a_lower_bound(analyse):
    # "three of the dead" says the dead were at least three: no conflict with
    # "hundreds of civilian deaths", one with "two people were killed"
    text = (
        "A missile hit the port of Odesa overnight, the governor said. Three of the dead were crew members, he said.\n\n"
        "United Nations monitors have documented hundreds of civilian deaths in strikes on the city.\n"
    )
    assert [x for x in analyse(text).contradictions if x.kind == "figure"] == []
    fewer = text.split("\n\n")[0] + "\n\nThe port authority said two people were killed in the strike on the port.\n"
    (found,) = [x for x in analyse(fewer).contradictions if x.kind == "figure"]
    assert "Three" in found.about and "two" in found.about


def test_one_of_the_hospitals_is_no_count_of_people(analyse):
    (claim,) = analyse("Medecins Sans Frontieres said one of the hospitals it supports had received 82 bodies.\n").claims
    assert _figures(claim) == [("killed", 82)]
