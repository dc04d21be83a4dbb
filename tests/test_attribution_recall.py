"""Relations the rules used to miss entirely (own sentences)."""

from __future__ import annotations


def _found(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


def test_capitalised_words_a_reporting_verb_takes_are_speech(attribution_nlp):
    # a quote of capitalised words opening its sentence, then "X said": speech, not a title
    found = _found(attribution_nlp, "“Oh, My God,” the old woman said as the wall fell. Others ran.")
    assert ("said", "the old woman", "“Oh, My God,”") in found


def test_a_title_inside_a_sentence_stays_a_title(attribution_nlp):
    found = _found(attribution_nlp, "In an interview on “Fox News Sunday,” the senator said the talks had failed.")
    assert all("Fox News Sunday" not in content for _, _, content in found)
    assert ("said", "the senator", "the talks had failed") in found
