"""Tolls as humanitarian and military sources give them: "put the number of
people who fled at around 3,000", and counts of different sides' dead that
are not two accounts of one toll. The texts are written for these tests."""

from __future__ import annotations

import pytest

from lookup import claim_with_cue


@pytest.mark.parametrize(
    ("text", "category", "number"),
    [
        ("The UN humanitarian office put the number of people who fled the camp at around 3,000.", "displaced", 3000),
        ("The UN put the number of displaced at 3,000.", "displaced", 3000),
        ("Officials put the number of dead at 45.", "killed", 45),
        ("The ministry put the number of people injured at 120.", "injured", 120),
        ("The agency estimates the number of refugees at 1.2 million.", "displaced", 1_200_000),
    ],
)
def test_an_estimate_of_the_number_of_people_takes_their_category(analyse, text, category, number):
    figures = [f for c in analyse(text).claims for f in c.figures]
    assert [(f.category, f.value) for f in figures] == [(category, number)]


def test_an_estimate_the_parse_hangs_on_a_relative_clause_is_still_a_claim(analyse):
    text = "The UN humanitarian office put the number of people who fled the camp at around 3,000."
    put = claim_with_cue(analyse(text), "put")
    assert put.claimant.name == "UN humanitarian office"
    assert put.content.text == "the number of people who fled the camp at around 3,000"


def test_two_sides_dead_are_not_two_accounts_of_one_toll(analyse):
    text = (
        "The military said its forces had killed 12 militants in the camp.\n\n"
        "An Israeli soldier was also killed, the army said."
    )
    analysis = analyse(text)
    assert [k for k in analysis.contradictions if k.kind == "figure"] == []


def test_two_tolls_of_the_same_people_still_disagree(analyse):
    text = (
        "Health officials said 12 civilians were killed in the camp on Monday.\n\n"
        "The military said three civilians were killed in the camp on Monday."
    )
    analysis = analyse(text)
    assert [k.kind for k in analysis.contradictions] == ["figure"]


def test_a_denial_of_harm_to_civilians_meets_a_count_of_dead_children(analyse):
    text = (
        "Health officials said 12 people, including four children, were killed in the camp.\n\n"
        "The military said that no civilians had been harmed."
    )
    analysis = analyse(text)
    [k] = analysis.contradictions
    assert k.kind == "stance" and k.about.startswith("harm to civilians")
    by_id = {c.id: c for c in analysis.claims}
    assert {by_id[x].claimant.name for x in k.claims} == {"Health officials", "The military"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Activists said that at least 104 people were killed, including 35 children.", "killed"),
        ("Officials said 12 people were wounded, including four women.", "injured"),
    ],
)
def test_those_included_in_a_toll_share_its_category(analyse, text, category):
    figures = [f for c in analyse(text).claims for f in c.figures]
    assert [f.category for f in figures] == [category, category]
