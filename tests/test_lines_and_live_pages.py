"""Text written one paragraph to a line, and live pages' time stamps (the
twenty-ninth round). A headline on a line of its own with no full stop, and
a single line break before the story, ran the headline into the story's
first sentence: "Kremlin denies drone strike on Moscow\\nThe Kremlin said no
drone had hit the city." gave the Kremlin's words to no one. A time stamp
opening a live page's entry with no dash after it ("11:42 Health ministry
says ...") became part of the speaker's name, or hid the speaker. Text
wrapped at a fixed width keeps its line breaks inside sentences. The texts
are written for these tests."""

from __future__ import annotations

import pytest

from claimledger.nlp import paragraphs
from claimledger.nlp.paragraphs import dateline_end


def _speakers(analysis):
    return [(c.claimant.name, c.content.text) for c in analysis.claims if c.attribution != "author"]


@pytest.mark.parametrize("text, speaker, words", [
    ("Kremlin denies drone strike on Moscow\nThe Kremlin said no drone had hit the city.\n",
     "Kremlin", "no drone had hit the city"),
    ("Army says it repelled attack on Bakhmut\nThe army said the attack was repelled before dawn.\n",
     "Army", "the attack was repelled before dawn"),
    ("Shelling hits market in Kherson\nRegional officials said four people were wounded.\n",
     "Regional officials", "four people were wounded"),
])
def test_a_headline_line_is_a_sentence_of_its_own(analyse, text, speaker, words):
    pairs = _speakers(analyse(text))
    assert (speaker, words) in [(name, content) for name, content in pairs], pairs


def test_a_line_ending_in_a_colon_runs_on(analyzer):
    text = "The spokesman told reporters:\n\u201cNo civilians were hurt in the operation.\u201d\n"
    doc = analyzer.nlp(text)
    assert len(list(doc.sents)) == 1


def test_hard_wrapped_text_keeps_its_breaks_inside_sentences(analyzer):
    text = (
        "The envoy said the convoy had reached the town before dawn and that\n"
        "President Ruto had asked both sides to let the trucks through, adding\n"
        "that the fighting had stopped on Sunday.\n"
    )
    assert paragraphs.hard_wrapped(text)
    doc = analyzer.nlp(text)
    assert len(list(doc.sents)) == 1


def test_one_paragraph_to_a_line_is_not_hard_wrapped():
    text = "Strike on port\nA missile hit the port of Odesa on Monday, officials said.\nTwo workers were hurt.\n"
    assert not paragraphs.hard_wrapped(text)


@pytest.mark.parametrize("text, words", [
    ("11:42 Health ministry says 34 killed", "Health ministry says 34 killed"),
    ("2:47pm Kremlin denies drone strike", "Kremlin denies drone strike"),
    ("14:05 GMT: Army says it repelled attack", "Army says it repelled attack"),
    ("09:30 - Zelensky says 70 drones launched", "Zelensky says 70 drones launched"),
    # a time that is no stamp: a lower-case word after it, or a ratio in a sentence
    ("10:30 in the morning the sirens sounded", "10:30 in the morning the sirens sounded"),
])
def test_a_time_stamp_opens_a_live_page_entry(text, words):
    assert text[dateline_end(text, 0):] == words


def test_live_page_entries_keep_their_speakers(analyse):
    text = (
        "Live: talks on a ceasefire\n\n"
        "11:42 Health ministry says 34 killed in past 24 hours\n"
        "The health ministry says at least 34 people have been killed across the territory.\n\n"
        "11:15 Israeli military says soldier killed in southern Gaza\n"
        "A staff sergeant was killed during fighting in Rafah, the military said.\n"
    )
    pairs = _speakers(analyse(text))
    names = [name for name, _ in pairs]
    assert ("Health ministry", "34 killed in past 24 hours") in pairs
    assert ("Israeli military", "soldier killed in southern Gaza") in pairs
    assert not any(name.startswith(("11", "Health\n")) or name == "Health" for name in names)


@pytest.mark.parametrize("text, words", [
    ("BOGOTÁ, Jan 22 (Reuters) - Fighters kidnapped two soldiers.", "Fighters kidnapped two soldiers."),
    ("LOMÉ, March 3 (AFP) - Police fired tear gas.", "Police fired tear gas."),
    ("Bogotá (AFP) - The army said ...", "The army said ..."),
    ("RAWALPINDI: Six soldiers were killed.", "Six soldiers were killed."),
    ("NEW DELHI: The ministry said ...", "The ministry said ..."),
    # capitals before a colon that name no town: a speaker, a kicker, an acronym
    ("MR. DUJARRIC: I can tell you that a convoy was hit.", "MR. DUJARRIC: I can tell you that a convoy was hit."),
    ("BREAKING: Army says it repelled an attack.", "BREAKING: Army says it repelled an attack."),
    ("ISPR: Six soldiers martyred", "ISPR: Six soldiers martyred"),
])
def test_datelines_with_accents_and_colons(text, words):
    assert text[dateline_end(text, 0):] == words


def test_an_accented_dateline_is_not_the_speaker(analyse):
    text = (
        "BOGOTÁ, Jan 22 (Reuters) - Fighters from the National Liberation Army (ELN) kidnapped two soldiers "
        "who were on leave in the province of Arauca, the army said on Sunday.\n"
    )
    (claim,) = [c for c in analyse(text).claims if c.attribution != "author"]
    assert claim.claimant.name == "the army"
    assert claim.content.text.startswith("Fighters from the National Liberation Army")


def test_a_colon_dateline_is_where_the_report_was_filed(analyse):
    text = "RAWALPINDI: Six soldiers were killed during an operation in North Waziristan, the ISPR said on Saturday.\n"
    analysis = analyse(text)
    (claim,) = [c for c in analysis.claims if c.attribution != "author"]
    assert claim.claimant.name == "ISPR"
    assert [analysis.places[i].name for i in claim.places] == ["North Waziristan"]


def test_a_headline_says_no_damage(analyse):
    text = (
        "Rebels say they hit US warship; Pentagon says no damage\n\n"
        "SANAA, Jan 12 - The rebel movement said on Friday it had hit a U.S. destroyer in the Red Sea with missiles.\n"
    )
    claims = [c for c in analyse(text).claims if c.attribution != "author"]
    (pentagon,) = [c for c in claims if c.claimant.name == "Pentagon"]
    assert pentagon.content.text == "no damage" and pentagon.stance == "denies"


def test_saying_no_in_a_sentence_is_left_alone(analyse):
    text = "Asked about the talks, the envoy says no more than he must, his aides joke.\n"
    assert not any(c.content.text.startswith("no more") and c.cue is not None and c.cue.text == "says" for c in analyse(text).claims)
