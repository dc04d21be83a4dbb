"""Two sides' accounts in one sentence, a military's non-answers and a
headline about an event. The text is written for these tests."""

from __future__ import annotations

import pytest

REPORT = """Strike on Rafah shelter: accounts diverge

RAFAH, Feb 12 - Witnesses said an air strike on a school used as a shelter killed at least 20 people on Monday, while the Israeli military put the number of dead at five, all of them militants.

The Israeli military said it had no record of a strike at that location and was "looking into" the reports.

The health ministry in Gaza said 23 people were killed, including nine children.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_a_headline_about_an_event_names_no_speaker(analyse):
    analysis = analyse(REPORT)
    assert not any(c.claimant.name.startswith("Strike on") for c in analysis.claims)


def test_while_another_side_puts_the_toll_lower(analyse):
    analysis = analyse(REPORT)
    witnesses = _claim(analysis, "killed at least 20 people")
    assert witnesses.claimant.name == "Witnesses"
    assert "while" not in witnesses.content.text
    assert witnesses.content.text.startswith("an air strike on a school")
    military = _claim(analysis, "number of dead at five")
    assert military.claimant.name == "Israeli military"
    assert [(f.value, f.category) for f in military.figures] == [(5, "killed")]
    pairs = {frozenset(k.claims) for k in analysis.contradictions if k.kind == "figure"}
    assert frozenset((witnesses.id, military.id)) in pairs


def test_while_with_a_clause_the_parse_keeps(analyse):
    analysis = analyse("Witnesses said the strike killed at least 20 people, while the army said five people died.")
    assert _claim(analysis, "at least 20").claimant.name == "Witnesses"
    assert _claim(analysis, "five people died").claimant.name == "the army"


@pytest.mark.parametrize(
    "words",
    [
        "it had no record of a strike at that location",
        "it was not aware of any strike in the area",
        "it had no knowledge of the incident",
        "it had no information about civilian casualties",
        "it rarely confirms strikes inside the country",
        "it was looking into the reports",
        "it was checking the reports of a strike on the school",
    ],
)
def test_neither_confirmed_nor_denied_is_a_doubt(analyse, words):
    claim = analyse(f"The military said {words}.").claims[0]
    assert claim.content.text == words
    assert claim.stance == "doubts"


@pytest.mark.parametrize(
    "words",
    [
        "it had no plans to withdraw",
        "they had evidence that the army shelled the town",
        "it investigated the reports and found that the convoy was hit",
    ],
)
def test_what_is_held_or_found_is_asserted(analyse, words):
    claim = analyse(f"The military said {words}.").claims[0]
    assert claim.stance == "asserts"


def test_the_military_s_non_answer_in_the_report(analyse):
    claim = _claim(analyse(REPORT), "no record of a strike")
    assert claim.claimant.name == "Israeli military"
    assert claim.stance == "doubts"


CONVOY = """KRAMATORSK, Ukraine, May 3 - Two drivers were killed and four other people wounded when a drone hit an aid convoy near Kramatorsk on Friday, the regional governor said.

The convoy was carrying food and medicine to villages near the front line, the charity said in a statement. It said the trucks were clearly marked.
"""


def test_a_count_right_after_a_dateline_s_date(analyse):
    # the tagger runs "May 3 - Two" into one date; the dateline's dash ends it
    claim = _claim(analyse(CONVOY), "Two drivers were killed")
    assert [(f.value, f.category) for f in claim.figures] == [(2, "killed"), (4, "injured")]


def test_a_date_range_is_still_no_count(analyse):
    claim = analyse("The fighting lasted from May 3 - 5 and killed 7 people, officials said.").claims[0]
    assert [(f.value, f.category) for f in claim.figures] == [(7, "killed")]


def test_it_after_a_body_named_by_what_it_is(analyse):
    claim = _claim(analyse(CONVOY), "clearly marked")
    assert claim.claimant.name != "It"
    assert "charity" in claim.claimant.name


@pytest.mark.parametrize(
    "sentence",
    [
        "A blogger said the convoy had been carrying ammunition, a claim the charity called absurd.",
        'A blogger wrote that the convoy had been carrying ammunition, a claim the charity called "absurd and dangerous".',
        'Russia said the convoy had been carrying ammunition, a claim Kyiv called "absurd".',
    ],
)
def test_a_claim_called_absurd_is_denied_by_whoever_called_it_so(analyse, sentence):
    analysis = analyse(sentence)
    claim, verdict = analysis.claims[0], analysis.claims[1]
    assert verdict.stance == "denies"
    assert verdict.content.text.endswith("the convoy had been carrying ammunition")
    assert claim.content.text == verdict.content.text
    assert claim.stance == "asserts" and "absurd" not in claim.content.text
    assert any(set(k.claims) == {claim.id, verdict.id} for k in analysis.contradictions)


def test_a_contrast_after_a_parenthetical_tag_is_another_account(analyse):
    analysis = analyse(
        "The death toll from a drone attack on a parade in Zinjibar rose to 23 on Wednesday, "
        "the health ministry said, while local officials put the number at 31."
    )
    ministry = _claim(analysis, "rose to 23")
    assert ministry.claimant.name == "the health ministry"
    assert "while" not in ministry.content.text and "31" not in ministry.content.text
    officials = _claim(analysis, "the number at 31")
    assert officials.claimant.name == "local officials"
    # the bare "number" is the toll the sentence names
    assert [(f.value, f.category) for f in officials.figures] == [(31, "killed")]
    pairs = {frozenset(k.claims) for k in analysis.contradictions if k.kind == "figure"}
    assert frozenset((ministry.id, officials.id)) in pairs
