"""Wire-copy and statement wording the analyzer used to misread: a dateline
with an agency tag before the speaker, places the small NER took for actors,
refusals and withheld answers, claims called false, and headlines. The
texts are written for these tests."""

from __future__ import annotations

import pytest


def _claim(analysis, cue: str):
    return next(c for c in analysis.claims if c.cue is not None and c.cue.text == cue)


def _actor(analysis, actor_id: str):
    return next(a for a in analysis.actors if a.id == actor_id)


WIRE = (
    "Rebels reject truce as Mariupol shelling continues\n\n"
    "MARIUPOL, Ukraine, April 2 (Example Wire) - Separatist leaders said on Tuesday they would not "
    "accept a ceasefire that left government troops in the port.\n\n"
    "Ukraine's foreign ministry said Kyiv would not negotiate while the attacks went on. "
    "Officials in Kyiv declined to say how many soldiers were killed near the airport."
)


def test_a_dateline_with_an_agency_tag_is_not_the_speaker(analyse):
    analysis = analyse(WIRE)
    said = next(c for c in analysis.claims if c.cue is not None and c.cue.text == "said" and "ceasefire" in c.content.text)
    assert said.claimant.name == "Separatist leaders"
    assert WIRE[said.claimant.span[0] : said.claimant.span[1]] == "Separatist leaders"
    assert _actor(analysis, said.claimant.actor).type == "armed_group"


def test_places_the_ner_took_for_actors_are_no_actors(analyse):
    analysis = analyse(WIRE)
    names = {a.name for a in analysis.actors}
    # "Mariupol shelling" (tagged an organisation), the dateline, "said Kyiv would ..." (tagged a person)
    assert not names & {"Mariupol", "MARIUPOL", "Kyiv"}
    assert any(p.name == "Mariupol" for p in analysis.places)
    rejects = _claim(analysis, "reject")
    assert rejects.event is None or not rejects.event.actors


def test_officials_in_a_capital_are_the_government_not_the_city(analyse):
    analysis = analyse(WIRE)
    declined = _claim(analysis, "declined")
    actor = _actor(analysis, declined.claimant.actor)
    assert actor.name == "Officials in Kyiv"
    assert actor.type == "government"
    assert "Kyiv" not in actor.aliases


def test_a_headline_object_is_not_extended_over_a_time_clause(analyse):
    analysis = analyse(WIRE)
    rejects = _claim(analysis, "reject")
    assert rejects.content.text == "truce"
    assert rejects.stance == "rejects"


def test_what_a_speaker_would_not_tell_is_no_figure_and_no_event(analyse):
    analysis = analyse(WIRE)
    declined = _claim(analysis, "declined")
    assert declined.content.text.startswith("to say how many soldiers")
    assert declined.figures == []
    assert declined.event is None


@pytest.mark.parametrize(
    "text,cue,stance",
    [
        ("Rebel commanders said they would never accept the truce terms.", "said", "rejects"),
        ('"We will never agree to a truce on these terms," said Denis Orlov, a separatist commander.', "said", "rejects"),
        ("The commanders said they had agreed to the truce.", "said", "asserts"),
        ("The spokesman would not say whether the army had returned fire.", "say", "rejects"),
        ("A military spokesman said 20 people had died but did not say who fired the shells.", "say", "rejects"),
        ("Asked whether the army had used cluster munitions, the spokesman said he would check.", "Asked", "hypothetical"),
        ("The aid agency questioned whether the army had used cluster munitions.", "questioned", "doubts"),
        ('The defence ministry said claims that its tanks had crossed the border were "absurd".', "said", "denies"),
        ("The army said Moscow's reports of an attack on the plant were pure propaganda.", "said", "denies"),
        ("The army said reports of an attack on the plant had reached its commanders.", "said", "asserts"),
    ],
)
def test_refusals_withheld_answers_and_claims_called_false(analyse, text, cue, stance):
    claim = _claim(analyse(text), cue)
    assert claim.stance == stance


def test_a_withheld_answer_does_not_contradict_an_assertion(analyse):
    text = (
        "Human Rights Watch said the army had used cluster munitions in the village.\n\n"
        "A military spokesman would not say whether the army had used cluster munitions."
    )
    analysis = analyse(text)
    assert _claim(analysis, "say").stance == "rejects"
    assert analysis.contradictions == []


def test_a_headline_denial_is_the_denier_s_not_the_writer_s(analyse):
    text = (
        "Shelling hits market in Kharkiv; army denies role\n\n"
        "At least 14 people were killed when shells struck the central market in Kharkiv on Saturday, "
        "local health officials said."
    )
    analysis = analyse(text)
    headline = next(c for c in analysis.claims if c.attribution == "author" and c.span[0] == 0)
    assert headline.stance == "asserts"
    assert not any(
        any(c.id == x and c.attribution == "author" for c in analysis.claims for x in pair.claims)
        for pair in analysis.contradictions
    )
    health = next(c for c in analysis.claims if c.claimant.name == "local health officials")
    assert _actor(analysis, health.claimant.actor).type == "government"
