"""Briefings, transcripts and wire copy: who "the group" is, what an
accusation said, labels before a speaker, where a weapon was made. Every
text here is written for these tests."""

from __future__ import annotations


def _claim(analysis, words, who=None):
    return next(c for c in analysis.claims if words in c.content.text and (who is None or who in c.claimant.name))


def test_the_group_is_the_group_just_accused_not_the_agency_that_spoke(analyse):
    analysis = analyse(
        "Reuters could not independently verify either account. The military said it had warned "
        "civilians to leave and accused Hamas of using residents as human shields, an accusation the group denies."
    )
    denial = next(c for c in analysis.claims if c.stance == "denies")
    assert denial.claimant.name == "Hamas"
    # the denial answers the accusation, not the warning said before it
    assert denial.content.text == "Hamas of using residents as human shields"


def test_the_group_in_a_later_sentence_is_still_the_last_group_that_spoke(analyse):
    # guard: a platform named in the sentence before is not "the group"
    analysis = analyse(
        "The Rapid Support Forces rejected the accusation in a statement posted on Telegram. "
        "The group said the army's own aircraft had bombed the area."
    )
    assert _claim(analysis, "aircraft had bombed").claimant.name == "Rapid Support Forces"


def test_a_charge_they_denied_is_denied_by_the_accused(analyse):
    analysis = analyse("The army accused the rebels of shelling the market, a charge they denied.")
    denial = next(c for c in analysis.claims if c.stance == "denies")
    assert denial.claimant.name == "the rebels"


def test_a_transcript_label_is_not_part_of_the_speaker(analyse):
    analysis = analyse(
        "Transcript: press briefing\n\n"
        "Question: Human Rights Watch says government forces used cluster munitions in Tadif last week. Can you confirm that?\n\n"
        "Spokesperson: We categorically reject these allegations. Our armed forces do not possess cluster munitions and have never used them."
    )
    hrw = _claim(analysis, "cluster munitions in Tadif")
    assert hrw.claimant.name == "Human Rights Watch"
    rejection = _claim(analysis, "categorically reject")
    assert rejection.stance == "denies"
    assert frozenset((hrw.id, rejection.id)) in {frozenset(k.claims) for k in analysis.contradictions}


def test_where_a_bomb_was_made_is_not_where_it_fell(analyse):
    analysis = analyse(
        "The UK-based monitor said researchers found fragments of a US-made guided bomb at the prison in Saada."
    )
    (claim,) = analysis.claims
    names = {analysis.places[i].name for i in claim.places}
    assert names == {"Saada"}
    # still toponyms of the text (a geoparser's gold counts them)
    assert {"US", "UK"} <= {p.name for p in analysis.places}


def test_could_not_determine_who_fired_is_a_doubt(analyse):
    analysis = analyse("Rafael Grossi said the agency could not determine who was responsible for the shelling.")
    assert _claim(analysis, "could not determine").stance == "doubts"


def test_a_commander_killed_is_not_a_count_of_civilians(analyse):
    analysis = analyse(
        "The army said its strike killed a Hamas commander in Jabalia.\n\n"
        "The civil defence said at least 9 civilians were killed in Jabalia."
    )
    assert not [k for k in analysis.contradictions if k.kind == "figure"]


def test_a_platform_is_not_the_group(analyse):
    analysis = analyse(
        "The militia rejected the accusation in a statement posted on Telegram. "
        "The group said the army's own aircraft had bombed the area."
    )
    assert _claim(analysis, "aircraft had bombed").claimant.name != "Telegram"


def test_a_speakers_own_would_not_is_a_refusal(analyse):
    analysis = analyse(
        "Egyptian officials said they would not coordinate with Israel on the crossing.\n\n"
        "Hamas said it would not release the hostages.\n\n"
        "The ministry said it would not allow the convoy to pass."
    )
    assert {c.stance for c in analysis.claims} == {"rejects"}


def test_a_forecast_or_an_inability_stays_hypothetical(analyse):
    # guards: "would not" on what nobody does, or cannot do
    analysis = analyse(
        "The minister said the ceasefire would not hold.\n\n"
        "Officials said they would not be able to reach the area.\n\n"
        "The minister said it would not rain."
    )
    assert {c.stance for c in analysis.claims} == {"hypothetical"}


def test_estimates_called_inflated_are_doubted(analyse):
    analysis = analyse("Moscow does not publish casualty figures and has said Ukrainian estimates are greatly inflated.")
    assert _claim(analysis, "estimates are greatly inflated").stance == "doubts"


def test_rarely_commenting_is_no_answer(analyse):
    analysis = analyse("The Israeli military, which rarely comments on individual strikes in Syria, declined to comment.")
    assert _claim(analysis, "individual strikes").stance == "rejects"
