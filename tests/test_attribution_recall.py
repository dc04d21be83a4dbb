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


def test_a_reporting_clause_set_off_inside_the_sentence_reports_it(attribution_nlp):
    # the parse hangs the opening phrase on the reporting verb; the tag still reports the sentence
    text = "Soon after the talks, the available evidence indicates, the general sent the convoy back to the base."
    found = _found(attribution_nlp, text)
    assert ("indicates", "the available evidence", text.rstrip(".")) in found
    text = "If the city can rebuild a bridge, he observed this week, then it can rebuild a school."
    assert ("observed", "he", text.rstrip(".")) in _found(attribution_nlp, text)


def test_a_set_off_verb_with_its_own_content_or_next_act_is_not_a_tag(attribution_nlp):
    found = _found(attribution_nlp, "Last month, the envoy called for a ceasefire, and the rebels agreed to talks.")
    assert all(cue != "called" for cue, _, _ in found)
    found = _found(attribution_nlp, "After the vote, the mayor agreed, praising the council for its courage.")
    assert all(not content.startswith("After the vote") for _, _, content in found)
