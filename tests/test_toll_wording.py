"""Death-toll wording the analyzer used to misread: "claimed the lives of" is
a toll, not a claim; a sentence-case headline's first word is no place;
running totals over different periods are not one count. The texts are
written for these tests."""

from __future__ import annotations

from lookup import claim_with_cue

TOLLS = (
    "Blast kills 12 in market\n\n"
    "The blast claimed the lives of 12 people in the central market on Sunday, the health ministry said.\n\n"
    "Months of fighting around the town have claimed more than 300 lives, according to the UN.\n\n"
    "Gun violence claimed the lives of 11 people in the city last year.\n\n"
    "The cholera outbreak has claimed 40 lives since June, aid workers said.\n\n"
    "A little-known militia claimed responsibility for the attack in a post on Telegram.\n"
)


def test_claimed_the_lives_is_a_toll_not_a_claim(analyse):
    analysis = analyse(TOLLS)
    # no one speaks in "Gun violence claimed the lives of 11 people": the writer reports a toll
    assert "Gun violence" not in {a.name for a in analysis.actors}
    toll = next(c for c in analysis.claims if c.content.text.startswith("Gun violence"))
    assert toll.attribution == "author"
    assert [(f.category, f.value) for f in toll.figures] == [("killed", 11)]
    # the ministry's words keep the toll as their content, and a claim of
    # responsibility is still a claim
    said = next(c for c in analysis.claims if c.cue is not None and c.cue.text == "said" and "blast" in c.content.text)
    assert said.claimant.name == "the health ministry"
    assert [(f.category, f.value) for f in said.figures] == [("killed", 12)]
    claimed = claim_with_cue(analysis, "claimed")
    assert claimed.claimant.name == "A little-known militia" and claimed.content.text.startswith("responsibility")


def test_first_word_of_a_sentence_case_headline_is_no_place(analyse):
    # "Blast" is a village name in the gazetteer; the text also writes "the blast"
    analysis = analyse(TOLLS)
    assert not [p for p in analysis.places if p.name.lower() == "blast"]


def test_first_word_of_a_sentence_is_still_a_place_the_text_never_lowercases(analyse):
    analysis = analyse("Homs was shelled again on Monday. Residents said the market was hit.\n")
    assert [p.name for p in analysis.places] == ["Homs"]


def test_running_totals_over_different_periods_do_not_contradict(analyse):
    analysis = analyse(TOLLS)
    # 300 over months of fighting, 40 since June from cholera, 12 in one blast: three counts
    assert [x for x in analysis.contradictions if x.kind == "figure"] == []


def test_running_totals_over_one_period_still_contradict(analyse):
    text = (
        "The health ministry said 1,200 people had been killed since March. "
        "A monitoring group said 900 people had been killed since March.\n"
    )
    analysis = analyse(text)
    (found,) = [x for x in analysis.contradictions if x.kind == "figure"]
    assert "1,200" in found.about and "900" in found.about


def test_tolls_reported_on_different_days_still_contradict(analyse):
    # the dates here are when each speaker spoke, not two different strikes
    text = (
        "The health ministry said on Monday that 12 people were killed in the strike on the market in Idlib.\n\n"
        "On Tuesday, the UN said 20 people were killed in the strike on the market in Idlib.\n"
    )
    (found,) = analyse(text).contradictions
    assert found.kind == "figure" and "12 people" in found.about and "20 people" in found.about


def test_no_group_claiming_responsibility_is_no_claimant(analyse):
    analysis = analyse(
        "A car bomb killed nine people in Mogadishu on Sunday. No group has claimed responsibility for the attack.\n\n"
        "Neither the army nor the rebels commented on the report.\n"
    )
    names = {a.name.lower() for a in analysis.actors}
    assert not [n for n in names if n.startswith(("no ", "neither"))]
    assert [c.attribution for c in analysis.claims] == ["author", "author"]
