"""Quote marks around tags and speaker phrases (sentences written for claimledger)."""

from __future__ import annotations

import pytest

from claimledger.nlp.speech import _balance


def _by_cue(attribution_nlp, text: str, cue: str):
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.cue is not None and c.cue.text == cue]
    assert claims, (text, [(c.cue.text if c.cue else None, c.content.text) for c in attribution_nlp(text)._.cl_claims])
    return claims[0]


def test_straight_quote_opened_in_the_content_closes_in_it():
    text = 'The mayor criticized the "road plan" at the meeting.'
    s = text.index("the ")
    e = text.index('"', text.index('"') + 1)  # the content stops before the closing mark
    assert text[slice(*_balance(text, (s, e)))] == 'the "road plan"'
    # a balanced content is left alone
    assert _balance(text, (s, e + 1)) == (s, e + 1)


def test_doubled_apostrophe_quote_opened_in_the_content_closes_in_it():
    text = "The mayor criticized the ''road plan'' at the meeting."
    s = text.index("the ")
    e = text.index("''", text.index("''") + 2)
    assert text[slice(*_balance(text, (s, e)))] == "the ''road plan''"


def test_quote_inside_the_speaker_phrase_is_not_the_speech(attribution_nlp):
    text = '"It was a long night," said Maria Lopez, 41, a nurse in the ward who waited in an "extremely long line snaking around" the clinic for hours.'
    claim = _by_cue(attribution_nlp, text, "said")
    assert claim.content.text.strip('," ') == "It was a long night"


def test_name_set_off_by_an_appositive_speaks_the_quote_after_its_verb(attribution_nlp):
    # the parse hangs "tweeted" on the name and makes the quoted sentence's verb the main one
    text = "Anna Berg, the 2012 Green mayoral nominee, tweeted in response: ''Important distinction: storms break roads and bridges; our crews fix roads.''"
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author" and "crews" in c.content.text]
    assert claims
    span = claims[0].claimant.span
    assert span is not None and text[span[0] : span[1]].startswith("Anna Berg")


def test_quote_the_relation_already_holds_does_not_block_a_late_speaker():
    # a speaker found late may join a quote further on to the relation, so a quote
    # ahead blocks the subject recovery; the relation's own quote does not
    import spacy

    from claimledger.nlp.speech import _quote_ahead

    text = "Later the chair said “the wells are dry.”"
    doc = spacy.blank("en")(text)
    cue = next(t for t in doc if t.text == "said")
    own = (text.index("“"), len(text))
    assert _quote_ahead(doc, cue)
    assert not _quote_ahead(doc, cue, own)
    longer = text + " Then she added “and the pumps are gone.”"
    doc = spacy.blank("en")(longer)
    cue = next(t for t in doc if t.text == "said")
    assert _quote_ahead(doc, cue, own)


def test_name_and_colon_after_a_quoted_sentence_opens_a_new_quote(attribution_nlp):
    text = 'On the floods the two candidates sounded alike. Berg: "We will rebuild every bridge in the valley." Hale: "Every bridge will be rebuilt within the year."'
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    by_name = {c.claimant.name: c.content.text for c in claims}
    assert by_name.get("Hale", "").startswith('"Every bridge')
    assert "Hale" not in by_name.get("Berg", "")


def test_quote_in_the_sentence_after_a_tagged_quote_goes_on_it(attribution_nlp):
    # no verb of its own: the quotation continues the speaker tagged just before
    text = ("“We never expected the flood to reach the upper town,” said Rosa Mendes, who runs the clinic "
            "on the hill. The council “simply ignored every warning we sent them for three years.”")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    assert len(claims) == 1, [(c.claimant.name, c.content.text) for c in claims]
    assert claims[0].claimant.name == "Rosa Mendes"
    assert claims[0].content.text.endswith("for three years.”")


def test_phrase_quoted_in_the_writers_next_sentence_stays_apart(attribution_nlp):
    text = "“The bridge will reopen next month,” the engineer said. The closure has cost local shops dearly, and a “temporary detour” is planned."
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    assert [c.content.text for c in claims] == ["“The bridge will reopen next month,”"]


def _speaker_of(attribution_nlp, text: str, words: str) -> str | None:
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author" and words in c.content.text]
    assert claims, (text, [c.content.text for c in attribution_nlp(text)._.cl_claims])
    span = claims[0].claimant.span
    return text[span[0] : span[1]] if span is not None else None


def test_verb_before_a_quote_whose_subject_the_parse_lost_takes_the_person_before_it(attribution_nlp):
    # the parse hangs the name on the date as an apposition and leaves "said" without a subject
    text = ("In a call with reporters on Monday, Col. John Smith, a police spokesman in the capital, said, "
            "''I mean, a raid is a dangerous operation. There is no way around that.''")
    assert (_speaker_of(attribution_nlp, text, "dangerous operation") or "").startswith("Col. John Smith")


@pytest.mark.parametrize(
    "text,words,speaker",
    [
        # the parse made "resident" the subject of "spoke" and left "said" without one:
        # the closing mark of the relation's own quote is not a quote ahead
        pytest.param('One resident, who like others spoke on condition of anonymity to discuss the dispute, said the '
                     'message was that "the water will not be back before the end of the month."',
                     "the water", "One resident", id="closing_mark_of_own_quote_is_not_a_quote_ahead"),
        pytest.param('As the Beatles sang back in the 1960s, "All you need is love, love is all you need."',
                     "All you need", "the Beatles", id="as_x_sang_with_a_time_phrase_before_the_quote"),
        pytest.param("Here’s Lopez in December 1992: “Our new direction must rest on an understanding of the new realities of the river economy.”",
                     "new direction", "Lopez", id="heres_name_and_date_before_a_colon_with_a_curly_apostrophe"),
        pytest.param('"Not again," wrote a city supporter who runs the account @CityForAll. "What does the council know about floods?"',
                     "Not again", "a city supporter", id="speaker_after_the_verb_ends_before_its_relative_clause"),
        pytest.param("“The river is rising! Leave the town now,” read one. Hundreds of signs lined the road.",
                     "river is rising", "one", id="one_after_read_names_a_sign"),
        pytest.param("Aides say the mayor will back the plan. From Lopez's Facebook post: “For the sake of our town we must move past the flood and rebuild the bridge together.”",
                     "For the sake", "Lopez's Facebook post", id="text_named_after_from_before_a_colon"),
        pytest.param("Not all panels are equal. From the report: “In general, samples with longer field periods produced more accurate results.”",
                     "In general", "the report", id="report_named_after_from_before_a_colon"),
    ],
)
def test_speaker_of_the_quote(attribution_nlp, text, words, speaker):
    assert _speaker_of(attribution_nlp, text, words) == speaker


def test_paragraph_opening_with_a_quote_goes_on_the_tagged_quote_before_it(attribution_nlp):
    text = ("“The dam will hold through the spring,” Lopez said on Tuesday.\n\n"
            "“We checked every gate twice, and the engineers agree that the pressure is falling.”")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    assert len(claims) == 1, [(c.claimant.name, c.content.text) for c in claims]
    span = claims[0].claimant.span
    assert span is not None and text[span[0] : span[1]] == "Lopez"
    assert claims[0].content.text.endswith("the pressure is falling.”")


def test_writers_sentence_after_the_tag_ends_the_quotation(attribution_nlp):
    text = ("“The dam will hold through the spring,” Lopez said on Tuesday. Then she turned to the crowd.\n\n"
            "“We checked every gate twice, and the engineers agree that the pressure is falling.”")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    assert claims[0].content.text == "“The dam will hold through the spring,”"


def test_coordinated_speakers_before_the_verb_after_a_quote(attribution_nlp):
    # the words right after the quote name its speakers, whatever the parse made of them
    from claimledger.nlp.attribution import _adjacent_speaker, _containers

    text = ('"The levee will not hold another winter," county leader Tom Reed and City Clerk Ana Diaz, '
            "both independents, said in a statement.")
    doc = attribution_nlp(text)
    rel = _adjacent_speaker(doc, _containers(doc)[0])
    assert rel is not None and rel.speaker is not None
    assert text[rel.speaker[0] : rel.speaker[1]] == "county leader Tom Reed and City Clerk Ana Diaz"


def test_as_aside_right_after_a_quote_reports_the_quote(attribution_nlp):
    text = ("Still, the fact that the vote “is a dead heat right now,” as Lopez said on the city radio program "
            "on Monday, only raises the stakes of every ballot.")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    assert [(c.claimant.name, c.content.text) for c in claims] == [("Lopez", "“is a dead heat right now,”")]


def test_paragraph_quote_after_a_mixed_quote_with_its_tag_after_it(attribution_nlp):
    text = ("Choosing between the two plans is a “false choice, because both of them flood the valley,” she said.\n\n"
            "“I will vote for the plan that best protects the farms, and that will be the third one if it is on the ballot.”")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]
    assert len(claims) == 1 and claims[0].claimant.name == "she"
    assert claims[0].content.text.endswith("if it is on the ballot.”")


def test_paragraph_quote_after_a_tagged_quote_with_an_aside_in_its_sentence(attribution_nlp):
    text = ("“If the river rises again, nothing you can do, folks,” Lopez told a rally in Leeds, saying the council "
            "would “abandon the lower town.”\n\n"
            "“Although the farmers, maybe there is. I don’t know. But I will tell you what, that will be a horrible day.”")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author" and "horrible day" in c.content.text]
    assert claims and claims[0].claimant.span is not None
    assert text[slice(*claims[0].claimant.span)] == "Lopez"


def test_name_line_with_a_quote_right_after_its_colon(attribution_nlp):
    text = 'The hearing went on for hours.\n\nRep. Anna Berg (D-Ore.):"I have not heard anyone other than you ever cite that figure for the river."'
    assert (_speaker_of(attribution_nlp, text, "I have not heard") or "").startswith("Rep. Anna Berg")


def test_paragraph_quote_after_a_name_and_colon_line(attribution_nlp):
    text = ("Anna Berg: “The river will not wait for the council to finish its studies of the dam.”\n\n"
            "“We need sandbags, pumps and volunteers on the east bank before the weekend storm arrives.”")
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author" and "sandbags" in c.content.text]
    assert claims and claims[0].claimant.span is not None
    assert text[slice(*claims[0].claimant.span)] == "Anna Berg"


def test_person_noun_subject_the_parse_lost_speaks(attribution_nlp):
    # "attendee" is a person noun (agent_nouns.txt): the first one before a subjectless "said" speaks
    text = ('One attendee, who like others spoke on condition of anonymity to discuss the meeting, said the '
            'message was that "the water will not be back before the end of the month."')
    assert (_speaker_of(attribution_nlp, text, "the water") or "").startswith("One attendee")
