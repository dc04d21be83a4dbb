"""Actor types for speakers named by their nation or their trade: "Russian
officials" speak for a government; "a Russian military blogger" is one
person, whatever body his description names. The texts are written for
these tests."""

from __future__ import annotations

import pytest


def _type_of(analysis, name: str) -> str:
    return next(a.type for a in analysis.actors if a.name.lower().endswith(name.lower()))


@pytest.mark.parametrize("nation", ["Russian", "Ukrainian", "Israeli"])
def test_officials_of_a_nation_speak_for_its_government(analyse, nation):
    analysis = analyse(f"{nation} officials said the convoy had been struck by a drone.")
    assert _type_of(analysis, f"{nation} officials") == "government"


def test_a_blogger_described_by_an_army_is_a_person(analyse):
    analysis = analyse("A Russian military blogger claimed on Telegram that the wake was a meeting of commanders.")
    assert _type_of(analysis, "Russian military blogger") == "person"


def test_an_army_spokesman_still_speaks_for_the_army(analyse):
    analysis = analyse("An army spokesman said the convoy had been struck by a drone.")
    assert _type_of(analysis, "army spokesman") in ("government", "armed_group")


def test_a_body_named_after_its_leader_is_not_the_leader(analyse):
    analysis = analyse(
        "The Assad government said rebels shelled the town on Monday.\n\n"
        "Assad said on Tuesday that the army would retake the town."
    )
    names = {c.content.text: c.claimant.name for c in analysis.claims}
    assert names["rebels shelled the town on Monday"] == "Assad government"
    assert names["that the army would retake the town"] == "Assad"


@pytest.mark.parametrize(
    "text, speakers, place",
    [
        ("Two residents of Djibo told reporters that the town had been under blockade for months.", "Two residents of Djibo", "Djibo"),
        ("Witnesses in Goma said the shelling continued overnight.", "Witnesses in Goma", "Goma"),
    ],
)
def test_the_place_people_live_in_is_not_who_they_are(analyse, text, speakers, place):
    # the small tagger calls the town an organisation or a person; it is
    # where the speakers live or stood, not another name for them
    analysis = analyse(text)
    (actor,) = [a for a in analysis.actors if a.name == speakers]
    assert place not in actor.aliases
    assert actor.type not in ("organization", "person")
    assert place in [p.name for p in analysis.places]


@pytest.mark.parametrize(
    "text, speaker, kind",
    [
        ("A drone strike killed 23 people on Sunday, a local activist group said.", "a local activist group", "organization"),
        ("An armed group said it had attacked the base.", "An armed group", "armed_group"),
        ("Sudan's army-aligned government condemned the attack as a war crime.", "Sudan's army-aligned government", "government"),
        ("The Hamas-run health ministry said 27 people were killed.", "Hamas-run health ministry", "government"),
        ("Iran-backed Houthi rebels said they fired a missile at the ship.", "Iran-backed Houthi rebels", "armed_group"),
        ("UN monitors said the strike killed 12 civilians.", "UN monitors", "organization"),
        ("Myanmar's junta said the strike hit a rebel base.", "Myanmar's junta", "government"),
        ("A UN monitor said the strike killed 12 civilians.", "A UN monitor", "person"),
    ],
)
def test_the_head_noun_says_what_kind_of_body_speaks(analyse, text, speaker, kind):
    # "activist" is a person's role, "army" an armed force's name; the noun they describe decides
    analysis = analyse(text)
    assert next(a.type for a in analysis.actors if a.name == speaker) == kind


def test_a_rank_run_into_an_entity_of_its_own_is_no_body(analyse):
    # the small tagger makes "Brigadier General" an organisation beside the person's name
    analysis = analyse("A coalition spokesman, Brigadier General Turki al-Maliki, said the strikes hit military targets.\n")
    assert [a.name for a in analysis.actors] == ["Turki al-Maliki"]
