"""Contradictions a reader would not call contradictions: negations that deny
no event, questions, someone else's denial reported, the same words read
twice. Found by reading the contradictions claimledger listed for real news
articles; the texts here are written for these tests."""

from __future__ import annotations


def _stances(analysis) -> dict[str, str]:
    return {c.content.text: c.stance for c in analysis.claims}


def test_a_negated_description_of_an_event_does_not_deny_it(analyse):
    analysis = analyse(
        "School shootings are not the only danger that worries parents.\n\n"
        "The fight for the district isn't hopeless.\n\n"
        "The siege did not break the town's resolve.\n"
    )
    assert {c.stance for c in analysis.claims if c.attribution == "author"} == {"asserts"}


def test_a_negated_occurrence_still_denies(analyse):
    analysis = analyse(
        "The shelling of the market did not happen.\n\n"
        "There was not any bombing of the clinic on Sunday.\n\n"
        "The army did not shell the village.\n"
    )
    assert [c.stance for c in analysis.claims] == ["denies", "denies", "denies"]


def test_accustomed_and_rules_are_no_denials(analyse):
    stances = _stances(analyse(
        "\u201cPeople here are not used to the hospital,\u201d the doctor told reporters.\n\n"
        "The UN said civilians must not be targeted.\n"
    ))
    assert stances["civilians must not be targeted"] == "asserts"
    assert [s for t, s in stances.items() if "not used to" in t] == ["asserts"]


def test_someone_elses_denial_reported_is_not_the_claimants(analyse):
    stances = _stances(analyse(
        "The bishop ignored that the findings of the inquiry were flatly denied by two later reports.\n"
    ))
    assert stances == {"that the findings of the inquiry were flatly denied by two later reports": "asserts"}


def test_looking_into_whether_is_an_open_question_not_a_doubt(analyse):
    analysis = analyse(
        "Investigators are looking into whether the convoy was hit by a drone near Kramatorsk.\n\n"
        "Local officials said a drone hit the convoy near Kramatorsk on Monday.\n"
    )
    looking = next(c for c in analysis.claims if "looking into" in c.text)
    assert looking.stance == "hypothetical"
    assert analysis.contradictions == []


def test_questioning_what_happened_contradicts_no_one(analyse):
    analysis = analyse(
        "The monitor's report questions what really happened at the checkpoint in Bucha.\n\n"
        "Soldiers opened fire at the checkpoint in Bucha, the mayor said.\n"
    )
    assert analysis.contradictions == []


def test_a_sentence_does_not_contradict_the_claim_inside_it(analyse):
    analysis = analyse(
        "Police have not released any details of the shooting, but did say that the man had gunshot injuries.\n"
    )
    assert analysis.contradictions == []


def test_a_figure_called_a_lie_is_denied(analyse):
    analysis = analyse(
        "The ministry said 200 people had been killed in the shelling of Avdiivka.\n\n"
        "A rebel commander said the figure of 200 dead was a lie.\n"
    )
    lie = next(c for c in analysis.claims if "lie" in c.content.text)
    assert lie.stance == "denies"


def test_a_pointing_denial_answers_an_allegation_not_the_site_terms(analyse):
    answered = analyse(
        "Opposition lawyers said the election committee had skirted the legal limits on donations.\n\n"
        "The committee rejected the allegation.\n"
    )
    (found,) = answered.contradictions
    assert "skirted" in found.about
    boilerplate = analyse(
        "By using this site, you agree to its terms of use.\n\n"
        "The committee rejected the allegation.\n"
    )
    assert boilerplate.contradictions == []
