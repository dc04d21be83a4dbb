"""Quotes and reported speech: (text, expected) tables written for claimledger."""

from __future__ import annotations

import pytest

from claimledger.nlp.quotes import find_quotes

QUOTE_CASES = [
    # (text, expected quoted strings, marks included)
    ('He said "the road is closed" today.', ['"the road is closed"']),
    ("She said “the bridge was hit twice” on Monday.", ["“the bridge was hit twice”"]),
    ("The mayor’s office said ‘no shells fell on the market’ later.", ["‘no shells fell on the market’"]),
    ("“The convoy, he said, was ‘stopped at the checkpoint’ by soldiers.”", ["“The convoy, he said, was ‘stopped at the checkpoint’ by soldiers.”"]),
    ("The governor's aide didn't comment.", []),
    (
        "“We counted the damage in the north.\n\n“Then we went to the south,” the engineer said.",
        ["“We counted the damage in the north.\n\n“Then we went to the south,”"],
    ),
    ("The NYT wrote ''we were not told'' about it.", ["''we were not told''"]),
]


@pytest.mark.parametrize("text,expected", QUOTE_CASES)
def test_quotes_find_outermost_spans(text, expected):
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_quotes_nested_are_recorded():
    text = "“The convoy was ‘stopped at the checkpoint’ by soldiers,” he said."
    (q,) = find_quotes(text)
    assert [text[s:e] for s, e in q.nested] == ["‘stopped at the checkpoint’"]


def _claims(attribution_nlp, text):
    return attribution_nlp(text)._.cl_claims


SPEECH_CASES = [
    # (text, claimant mention, cue, content must contain, attribution)
    ("The governor said that the dam had been damaged by shelling.", "The governor", "said", "the dam had been damaged by shelling", "indirect"),
    ("Three clinics were closed, the health ministry said.", "the health ministry", "said", "Three clinics were closed", "indirect"),
    ("According to the Red Crescent, forty families fled the village.", "the Red Crescent", "According to", "forty families fled the village", "indirect"),
    ("The minister denied that any strike had taken place.", "The minister", "denied", "any strike had taken place", "indirect"),
    ("The commander stressed that his troops never entered the town.", "The commander", "stressed", "his troops never entered the town", "indirect"),
    ("“We have no water left,” said Amina Farouk, a nurse in the camp.", "Amina Farouk, a nurse in the camp", "said", "We have no water left", "direct"),
    ("The spokesman told reporters: “The convoy will leave at dawn.”", "The spokesman", "told", "The convoy will leave at dawn", "direct"),
    ("The mayor said the attack was “a deliberate crime against civilians” and asked for help.", "The mayor", "said", "a deliberate crime against civilians", "mixed"),
    ("The agency called for an immediate ceasefire in the province.", "The agency", "called for", "an immediate ceasefire", "indirect"),
    ("Senator Maria Lopez slammed the governor's plan to close the clinics.", "Senator Maria Lopez", "slammed", "the governor's plan to close the clinics", "indirect"),
    ("The mayor's criticism of the police chief grew louder after the flood.", "The mayor's", "criticism", "the police chief", "indirect"),
    ("The minister's decision to close the border surprised the aid groups.", "The minister's", "decision", "to close the border", "indirect"),
    ("9:30 a.m.\n\nJohn Okafor says the bridge will reopen next week.", "John Okafor", "says", "the bridge will reopen next week", "indirect"),
    ("The ministry offered its condolences to the families of the victims.", "The ministry", "offered", "its condolences", "indirect"),
    ("The senator called for denying entry to the convoy's drivers.", "The senator", "called for", "denying entry to the convoy's drivers", "indirect"),
    ("GENEVA - The Red Cross said on Sunday that two of its trucks had been looted.", "The Red Cross", "said", "two of its trucks had been looted", "indirect"),
    ("KABUL — The governor's office said the road to the airport was closed.", "The governor's office", "said", "the road to the airport was closed", "indirect"),
]


@pytest.mark.parametrize("text,speaker,cue,content,attribution", SPEECH_CASES)
def test_attribution_finds_speaker_cue_content(attribution_nlp, text, speaker, cue, content, attribution):
    claims = _claims(attribution_nlp, text)
    assert claims, text
    c = claims[0]
    assert text[c.claimant.span[0] : c.claimant.span[1]] == speaker
    assert c.cue is not None and c.cue.text == cue
    assert content in c.content.text
    assert text[c.content.span[0] : c.content.span[1]] == c.content.text
    assert c.attribution == attribution


def test_attribution_quote_over_paragraphs_is_one_claim(attribution_nlp):
    text = (
        "The engineer described the damage.\n\n"
        "“The pumping station was hit at night and the pipes burst.\n\n"
        "“Nobody could reach it for two days,” said Omar Haddad, who runs the plant."
    )
    claims = [c for c in _claims(attribution_nlp, text) if "pumping" in c.content.text]
    assert len(claims) == 1
    assert "Nobody could reach it" in claims[0].content.text
    assert claims[0].claimant.span and "Omar Haddad" in text[claims[0].claimant.span[0] : claims[0].claimant.span[1]]


def test_attribution_block_quote_after_colon(attribution_nlp):
    text = (
        "The envoy Maria Lindqvist spoke after the meeting. She said:\n"
        "we will not leave the city until the wounded are safe and the convoys can move again\n"
    )
    claims = _claims(attribution_nlp, text)
    block = [c for c in claims if "wounded are safe" in c.content.text]
    assert block and block[0].attribution == "direct"


def test_attribution_reported_denial_keeps_both_speakers(attribution_nlp):
    text = "The envoy said that the minister totally denies any bombing of the hospital."
    (c,) = _claims(attribution_nlp, text)
    assert text[c.claimant.span[0] : c.claimant.span[1]] == "the minister"
    assert c.stance == "denies"
    assert c.reported_by is not None and c.reported_by.name == "The envoy"


def test_attribution_ignores_scare_quotes(attribution_nlp):
    text = "The so-called ‘safe zone’ was shelled again on Tuesday."
    assert _claims(attribution_nlp, text) == []


def test_attribution_offsets_are_chunk_local_and_exact(attribution_nlp):
    text = "Police said two men were arrested. The mayor said the market will reopen."
    for c in _claims(attribution_nlp, text):
        assert text[c.span[0] : c.span[1]] == c.text
        assert text[c.content.span[0] : c.content.span[1]] == c.content.text
        assert text[c.cue.span[0] : c.cue.span[1]] == c.cue.text


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the army base near the city on Monday.",
        "The convoy was attacked near the border.",
        "Jets struck the market twice, killing nine people.",
        "Hamas attacked the village of Beeri at dawn.",
        "The militia attacked the army base near the city on Monday.",
    ],
)
def test_attribution_physical_events_are_not_speech(attribution_nlp, text):
    assert [c for c in _claims(attribution_nlp, text) if c.claimant.name != "unnamed source"] == []
    assert _claims(attribution_nlp, text) == []


def test_attribution_attitude_adjective_doubts(attribution_nlp):
    (c,) = _claims(attribution_nlp, "The monitors were doubtful that the convoy had been attacked.")
    assert c.claimant.span and c.content.text == "that the convoy had been attacked"
    assert c.stance == "doubts"


def test_attribution_speaker_after_quote_that_ends_its_sentence(attribution_nlp):
    text = "The clinic reopened on Monday. “They want us back!” she says to the crowd."
    claims = [c for c in _claims(attribution_nlp, text) if "They want us back" in c.content.text]
    assert claims and claims[0].claimant.span is not None
    assert text[claims[0].claimant.span[0] : claims[0].claimant.span[1]] == "she"


def test_attribution_passive_seen_as_has_no_named_source(attribution_nlp):
    text = "The ceasefire is widely seen as a first step toward talks."
    (c,) = _claims(attribution_nlp, text)
    assert c.claimant.span is None
    assert c.content.text.startswith("The ceasefire") and "a first step" in c.content.text
