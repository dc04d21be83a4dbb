"""Who speaks: the claimant mention at the cue (sentences written for claimledger)."""

from __future__ import annotations

import pytest

from claimledger.nlp.speech import find_relations


def _speaker(attribution_nlp, text: str, cue: str) -> str | None:
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.cue is not None and c.cue.text == cue]
    assert claims, (text, [c.cue.text if c.cue else None for c in attribution_nlp(text)._.cl_claims])
    span = claims[0].claimant.span
    return text[span[0] : span[1]] if span else None


SPEAKER_CASES = [
    # the infinitive after an adjective: the copula's subject speaks
    ("Farmers in the valley were more likely to say that the new dam had ruined their harvest.", "say", "Farmers in the valley"),
    ("The nurse was quick to point out that the clinic had no power.", "point", "The nurse"),
    # a gerund after a noun's preposition: the subject of the verb holding the noun
    ("The governor made a point of saying that the bridge was safe.", "saying", "The governor"),
    # object control: the object of "led" says it, not the subject
    ("The flood alarmed engineers and led the mayor to say that the levees would be rebuilt.", "say", "the mayor"),
    # a participle on a thing ("record") is the clause subject's
    ("The mayor is on record opposing the new stadium near the river.", "opposing", "The mayor"),
    # a participle on a person noun stays with that noun
    ("The officials saying that the road is open have not seen it.", "saying", "The officials"),
    # a possessive pronoun on an attitude noun held by the verb's subject: the subject
    ("The senator has stepped up his attacks on the governor's budget.", "attacks", "The senator"),
    # a participle of feeling is its subject's attitude, not a passive
    ("Worried that the river might flood again, the council approved a new levee.", "Worried", "the council"),
    # a dateline before a dash is not part of the speaker
    ("MYRTLE BEACH, S.C. - Sen. Ted Cruz said on Saturday that the governor was a false conservative.", "said", "Sen. Ted Cruz"),
    # an attitude noun's holder after "from"
    ("Opposition from the farmers to the new dam grew after the flood.", "Opposition", "the farmers"),
    # a passive participle's subject is the one asked, not the asker: no named source
    ("Asked about the plan, the mayor said it would cost too much.", "Asked about", None),
    ("When asked about the flooding, the governor blamed the dam operators.", "asked about", None),
    # a participle naming its noun: the noun does not speak
    ("A group of comedians is performing a popular play called Sons of the Mayor in the old theater.", "called", None),
]


@pytest.mark.parametrize("text,cue,speaker", SPEAKER_CASES)
def test_speaker_is_the_local_mention(attribution_nlp, text, cue, speaker):
    assert _speaker(attribution_nlp, text, cue) == speaker


def test_verb_and_content_in_different_paragraphs_are_not_one_relation(attribution_nlp):
    # the small model runs the question into the quote's sentence: "accept" is
    # not the cue of the quote in the next paragraph
    text = "Would the council accept the deal before the vote?\n\n''We will never sign it,'' said Maria Lopez, a union organizer in the port."
    doc = attribution_nlp(text)
    first_para_end = text.index("\n")
    for r in find_relations(doc):
        if r.cue is not None and r.cue[0] < first_para_end:
            assert r.content[0] < first_para_end, text[r.content[0] : r.content[1]]
    quote = [c for c in doc._.cl_claims if "never sign it" in c.content.text]
    assert quote and quote[0].claimant.name.startswith("Maria Lopez")


def test_quote_speaker_is_the_mention_after_the_quote(attribution_nlp):
    # the parse runs the quote's paragraph into the sentence before it; the
    # words right after the closing mark still name the speaker
    text = (
        'Ortiz said the mayor had already been tested, coming from 40 points behind to a "dead heat" in the city '
        'and winning the suburbs in a "landslide of historic size."\n\n'
        '"The more people who know about Elena, the better they like her and the ideas that she\'s talking about," Ortiz said.'
    )
    (quote,) = [c for c in attribution_nlp(text)._.cl_claims if "The more people" in c.content.text]
    local = text.rindex("Ortiz")
    assert quote.claimant.span == (local, local + len("Ortiz"))
    assert quote.cue is not None and quote.cue.span[0] == text.rindex("said")


@pytest.mark.parametrize(
    "text,cue,speaker",
    [
        # any verb before a colon introduces the quote after it
        ("The engineer shot back: “We are still waiting for the parts from the factory.”", "shot", "The engineer"),
        # "“...,” read the statement": a document speaks
        ('"The bridge will stay closed until further notice," read the statement from the city council.', "read", "the statement"),
        # after a quote ending in a comma, a noun phrase and any finite verb report it
        ("“The river will rise again by Friday,” an angry Maria Lopez retaliated.", "retaliated", "an angry Maria Lopez"),
    ],
)
def test_quote_introduced_by_colon_or_inverted_verb(attribution_nlp, text, cue, speaker):
    assert _speaker(attribution_nlp, text, cue) == speaker


def test_subject_inside_a_quote_is_not_the_speaker(attribution_nlp):
    # the parse takes "apologies" (inside the quote) as the subject of "said"
    text = "\"My apologies, I'm sorry,\" Quick said after a long exchange with the host."
    assert _speaker(attribution_nlp, text, "said") == "Quick"


def test_second_quote_in_paragraph_keeps_the_quoted_speaker(attribution_nlp):
    text = (
        '"We lost the whole harvest," Ortiz said in the village, referring to the spring floods, '
        'where he declined to blame the dam operators. "If I had to plant again, I would choose higher ground."'
    )
    (second,) = [c for c in attribution_nlp(text)._.cl_claims if "plant again" in c.content.text]
    assert second.claimant.span == (text.index("Ortiz"), text.index("Ortiz") + len("Ortiz"))
