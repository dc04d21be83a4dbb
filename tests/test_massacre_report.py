"""A killing in a village, the accused force's denial, a council's toll and
the UN's caveat. The text is written for these tests."""

from __future__ import annotations

REPORT = """Sudan: RSF accused of killing 40 villagers in Gezira

KHARTOUM, June 6 (Example Wire) - The Rapid Support Forces killed at least 40 people in an attack on a village in Gezira state on Wednesday, a local resistance committee said, in what it described as a massacre.

The RSF denied the accusation in a statement on X, saying its fighters had clashed with army units in the area and that no civilians had been harmed.

The Sovereign Council said the death toll had risen to 104, including 35 children.

A UN spokesperson called for an independent investigation. The UN could not verify the number of dead.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_it_is_the_committee_that_spoke(analyse):
    # "it" after "a local resistance committee said": the committee, not the force it accuses
    claim = _claim(analyse(REPORT), "described as a massacre")
    assert "committee" in claim.claimant.name


def test_children_among_a_toll_that_rose(analyse):
    claim = _claim(analyse(REPORT), "the death toll had risen to 104")
    assert [(f.value, f.category) for f in claim.figures] == [(104, "killed"), (35, "killed")]


def test_could_not_verify_is_the_un_s_doubt(analyse):
    claim = _claim(analyse(REPORT), "the number of dead")
    assert claim.claimant.name == "UN"
    assert claim.stance == "doubts"
    assert claim.attribution != "author"


def test_the_force_denies_harm_to_civilians(analyse):
    analysis = analyse(REPORT)
    denial = _claim(analysis, "no civilians had been harmed")
    assert denial.claimant.name == "Rapid Support Forces"
    assert denial.stance == "denies"
    assert any(denial.id in k.claims for k in analysis.contradictions)


def test_two_that_clauses_of_one_answer_split_by_stance(analyse):
    # the parse hung the second "that" clause on the first's infinitive
    analysis = analyse(
        "The junta's spokesman, Maj. Gen. Zaw Min Tun, told state media that the camp had been used "
        "by the Kachin Independence Army to store weapons and that no air strikes had been conducted in the area that night."
    )
    stances = {c.content.text: c.stance for c in analysis.claims}
    assert stances == {
        "that the camp had been used by the Kachin Independence Army to store weapons": "asserts",
        "that no air strikes had been conducted in the area that night": "denies",
    }


def test_neither_side_s_figures_verified_is_the_writer_s_caveat(analyse):
    # no one is named as checking: no claim of the figures by an unnamed source
    analysis = analyse("Neither side's casualty figures can be independently verified.")
    assert not any(c.cue is not None and c.cue.text == "verified" for c in analysis.claims)
