"""Content span boundaries of attribution relations (sentences written for claimledger)."""

from __future__ import annotations

import pytest


def _contents(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.content.text) for c in attribution_nlp(text)._.cl_claims]


def test_quote_goes_on_after_the_speakers_own_aside(attribution_nlp):
    text = (
        "“The water plant stopped working on Friday,” Mr. Haddad said, referring to the station near the river. "
        "“Nobody has come to repair it since then.”"
    )
    contents = dict(_contents(attribution_nlp, text))
    said = contents["said"]
    assert said.startswith("“The water plant") and said.endswith("since then.”")


def test_continued_quote_holding_reported_speech_stays_with_its_speaker(attribution_nlp):
    text = (
        "“We saw the trucks leave at night,” said Leila Nasser, a teacher in the town. "
        "“Some officials have said that the trucks carried food, but we never saw any food.”"
    )
    claims = attribution_nlp(text)._.cl_claims
    said = next(c for c in claims if c.cue and c.cue.text == "said" and c.claimant.name.startswith("Leila"))
    assert said.content.text.endswith("never saw any food.”")


@pytest.mark.parametrize(
    "text,cue,content",
    [
        ("The governor pointed to the river port as the main route for the aid convoys.", "pointed to", "the river port as the main route for the aid convoys"),
        ("The council credited the volunteers with keeping the shelter open through the winter.", "credited", "the volunteers with keeping the shelter open through the winter"),
        # where and when it was said is not what was said
        ("The union endorsed the mayor during a press call on Tuesday.", "endorsed", "the mayor"),
        # unless a complement of the content comes after it
        ("The newspaper chided the governor on Monday for continuing his vacation at the coast.", "chided", "the governor on Monday for continuing his vacation at the coast"),
        ("The council criticized the police in March for closing the bridge.", "criticized", "the police in March for closing the bridge"),
    ],
)
def test_object_content_takes_the_verbs_complements(attribution_nlp, text, cue, content):
    assert (cue, content) in _contents(attribution_nlp, text)


def test_object_content_stops_before_an_appositive(attribution_nlp):
    text = "The senator praised the new hospital director, a surgeon from the capital."
    assert ("praised", "the new hospital director") in _contents(attribution_nlp, text)


def test_object_content_goes_through_an_aside_to_the_verbs_complement(attribution_nlp):
    text = "The mayor regularly cited Johnson, an heir to a drug fortune, as someone who would shape the policy."
    assert ("cited", "Johnson, an heir to a drug fortune, as someone who would shape the policy") in _contents(attribution_nlp, text)


def test_quote_later_in_the_same_sentence_joins_the_relation(attribution_nlp):
    text = "The minister described the new checkpoint during a radio interview as “a danger to every family on the road.”"
    claims = attribution_nlp(text)._.cl_claims
    described = next(c for c in claims if c.cue and c.cue.text == "described")
    assert described.content.text.startswith("the new checkpoint")
    assert described.content.text.endswith("on the road.”")
    assert described.attribution == "mixed"
    assert len(claims) == 1


def test_quote_goes_on_after_an_according_to_aside(attribution_nlp):
    text = (
        "\"We will open the school on Monday,\" Ms. Okoro said, according to the local radio. "
        "\"And the clinic will follow a week later.\""
    )
    claims = attribution_nlp(text)._.cl_claims
    said = next(c for c in claims if c.cue and c.cue.text == "said")
    assert said.content.text.endswith("a week later.\"")
    assert said.attribution == "direct"


def test_reported_clause_keeps_an_adjunct_the_parse_hung_on_the_verb(attribution_nlp):
    text = (
        "The agency said it did not list those visits in its report because, presumably, "
        "visits by officials were part of the daily routine of any governor."
    )
    assert ("said", "it did not list those visits in its report because, presumably, visits by officials were part of the daily routine of any governor") in _contents(attribution_nlp, text)


def test_someone_elses_relative_clause_closing_the_content_is_cut(attribution_nlp):
    text = "She says she plans to vote for Senator Maria Lopez, who similarly blasts the new tax."
    assert ("says", "she plans to vote for Senator Maria Lopez") in _contents(attribution_nlp, text)


def test_second_that_clause_of_the_same_report_joins_it(attribution_nlp):
    text = "The governor believes there are no good options, but that sometimes the lesser of two evils will have to do."
    assert ("believes", "there are no good options, but that sometimes the lesser of two evils will have to do") in _contents(attribution_nlp, text)


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("The mayor said the bridge would reopen on Monday, noting the repairs were finished.", "the bridge would reopen on Monday", ("noting", "the repairs were finished")),
        ("The minister said the talks had stalled, stressing that the army would not withdraw.", "the talks had stalled", ("stressing", "that the army would not withdraw")),
        ("The spokesman said the convoy had reached the town and said the road was now safe.", "the convoy had reached the town", ("said", "the road was now safe")),
        # the comma inside the closing quote mark
        ("The governor said that the camp has “expanded the water supply,” claiming that she is responsible for the new wells.", "that the camp has “expanded the water supply,”", ("claiming", "that she is responsible for the new wells")),
    ],
)
def test_reporters_second_act_ends_the_first_content(attribution_nlp, text, first, second):
    claims = attribution_nlp(text)._.cl_claims
    contents = [(c.cue.text if c.cue else None, c.content.text) for c in claims]
    assert ("said", first) in contents
    assert second in contents
    speaker = {c.content.text: c.claimant.name for c in claims}
    assert speaker[second[1]] == speaker[first]


def test_second_speaker_after_while_gets_a_relation_of_its_own(attribution_nlp):
    text = "One official says the camp holds four thousand people, while another says the number is closer to six thousand."
    claims = attribution_nlp(text)._.cl_claims
    got = {c.content.text: c.claimant.name for c in claims}
    assert got == {"the camp holds four thousand people": "One official", "the number is closer to six thousand": "another"}


def test_quote_after_an_adding_clause_continues_what_was_added(attribution_nlp):
    text = (
        "“The shelling began before dawn,” Ms. Karimi said, adding that the clinic had run out of bandages. "
        "“We had nothing left to give the wounded.”"
    )
    claims = attribution_nlp(text)._.cl_claims
    contents = {c.cue.text: c.content.text for c in claims if c.cue}
    assert contents["said"] == "“The shelling began before dawn,”"
    assert contents["adding"].startswith("that the clinic") and contents["adding"].endswith("the wounded.”")
    assert all(c.claimant.name == "Ms. Karimi" for c in claims)


def test_quote_holding_reported_speech_continues_a_quote_whose_verb_the_parse_missed(attribution_nlp):
    # the first quote gets its speaker only from the words after it; the second
    # quote, which reports someone else's words, still goes on the same speech
    text = (
        '"The river is rising. The bridge is closed. The fact that the council, in its first week, really tried to act," Haddad said. '
        '"You may not like what they did, but they went there because they were used to floods. And we ought to respect '
        'that the mayor apologized. He said, look, it was not the best plan. Let us not waste the work of the volunteers."'
    )
    claims = attribution_nlp(text)._.cl_claims
    haddad = next(c for c in claims if c.claimant.name == "Haddad")
    assert haddad.content.text.startswith('"The river') and haddad.content.text.endswith('of the volunteers."')


def test_phrase_quoted_in_the_writers_next_sentence_is_not_the_speakers(attribution_nlp):
    text = "“The convoy reached the camp at noon,” said Omar Haddad, the camp director. The new road is a “lifeline for the valley” in the winter months."
    claims = attribution_nlp(text)._.cl_claims
    assert [(c.claimant.name, c.content.text) for c in claims] == [("Omar Haddad, the camp director", "“The convoy reached the camp at noon,”")]


def test_quote_paragraph_after_a_speaker_keeps_that_speaker(attribution_nlp):
    text = (
        "“The convoy reached the camp at noon,” said Omar Haddad, the camp director.\n\n"
        "“We will need more tents before the first snow arrives in the mountains next month.”"
    )
    claims = attribution_nlp(text)._.cl_claims
    # the quote opening the next paragraph goes on the tagged quote before it
    assert [c.claimant.name for c in claims] == ["Omar Haddad, the camp director"]
    assert claims[0].content.text.endswith("next month.”")


def test_short_quote_without_a_verb_beside_it_gets_no_guessed_speaker(attribution_nlp):
    text = (
        "“The convoy reached the camp at noon,” said Omar Haddad, the camp director.\n\n"
        "“Send more tents now.”\n\n"
        "By night the camp is “a small city of tents and mud” on the hillside."
    )
    claims = attribution_nlp(text)._.cl_claims
    assert [(c.claimant.name, c.content.text) for c in claims] == [
        ("Omar Haddad, the camp director", "“The convoy reached the camp at noon,”"),
        ("unnamed source", "“a small city of tents and mud”"),
    ]


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        ("Haddad: The convoy will reach the camp by Friday.\n\nThe camp director spoke to reporters on Tuesday.", "Haddad", "The convoy will reach the camp by Friday"),
        ("Survey: Most families in the camp lack clean water.\n\nThe survey was carried out in May.", "Survey", "Most families in the camp lack clean water"),
    ],
)
def test_headline_label_before_a_colon_speaks(attribution_nlp, text, speaker, content):
    claims = attribution_nlp(text)._.cl_claims
    assert (speaker, content) in [(c.claimant.name, c.content.text) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "The Latest: Convoy reaches the camp on the third try.\n\nAid workers unloaded the trucks.",
        "Haddad: 1,250\n\nKarimi: 980",
    ],
)
def test_kicker_or_tally_before_a_colon_is_no_speech(attribution_nlp, text):
    assert not [c for c in attribution_nlp(text)._.cl_claims if c.cue and c.cue.text == ":"]


@pytest.mark.parametrize(
    "text,subject",
    [
        ("The governor seems like a man who has never visited the camp.", "The governor"),
        ("The council seems like it is ready to close the shelter.", "The council"),
    ],
)
def test_verb_of_seeming_is_the_writers_impression_not_the_subjects_speech(attribution_nlp, text, subject):
    assert subject not in [c.claimant.name for c in attribution_nlp(text)._.cl_claims]


def test_clause_before_a_verb_not_set_off_is_not_its_content(attribution_nlp):
    # "feel" is not a parenthetical "..., he said": what comes before it is not what is felt
    text = "The report on the camp will make these officials feel better about the winter."
    assert not [c for c in attribution_nlp(text)._.cl_claims if c.content.text.startswith("The report")]


def test_parenthetical_reporting_verb_after_a_comma_takes_the_clause_before(attribution_nlp):
    text = "The road will reopen next week, the mayor said."
    assert ("said", "The road will reopen next week") in _contents(attribution_nlp, text)


def test_reporting_clause_between_two_coordinated_clauses_takes_both(attribution_nlp):
    # the parse hangs the comma before "the nurse said" on the verb
    text = "When the shelling stopped, the ward emptied, the nurse said, and the doctors moved the patients to the basement."
    claims = [c for c in attribution_nlp(text)._.cl_claims if c.cue and c.cue.text == "said"]
    assert len(claims) == 1 and claims[0].claimant.name == "the nurse"
    assert claims[0].content.text.startswith("When the shelling stopped") and claims[0].content.text.endswith("to the basement")


@pytest.mark.parametrize(
    "text",
    [
        "''The wells are dry,'' Mr. Haddad said, ''but the trucks have not come for a week and nobody tells us why.''",
        "“The wells are dry,” Mr. Haddad said, “but the trucks have not come for a week and nobody tells us why.”",
        # the parse gives "said" the second quote as its clause
        "''We know the road is open,'' Mr. Haddad said, ''and we will drive the trucks across it tomorrow morning.''",
    ],
)
def test_quote_split_by_its_reporting_clause_is_one_relation(attribution_nlp, text):
    claims = attribution_nlp(text)._.cl_claims
    assert len(claims) == 1
    assert claims[0].claimant.name == "Mr. Haddad"
    assert claims[0].content.text.startswith(text[:10]) and claims[0].content.text.endswith(text[-10:])


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # an adverb between the object and the verb's complement
        ("The mayor blamed the militia directly for the shelling of the market.", "blamed", "the militia directly for the shelling of the market"),
        # a quote mark closing the object does not set the complement off
        ("He blamed the “fog of war” for the failure to send help.", "blamed", "the “fog of war” for the failure to send help"),
        # a second "as" phrase after a coordinated object
        ("The ad portrays refugees as criminals and migrants as too dangerous to admit.", "portrays", "refugees as criminals and migrants as too dangerous to admit"),
    ],
)
def test_object_content_goes_on_to_the_verbs_later_complement(attribution_nlp, text, cue, content):
    assert (cue, content) in _contents(attribution_nlp, text)


def test_content_opening_with_a_closed_quote_ends_with_it():
    from claimledger.nlp.attribution import _Container, _end_at_closed_quote
    from claimledger.nlp.speech import Relation

    text = "He said, “The road was closed on Monday.” Asked about it later, the officer shrugged."
    q0, q1 = text.index("“"), text.index("”") + 1
    # a parse that ran the next sentence into the verb's clause
    rel = Relation(cue=(3, 7), cue_token=1, content=(q0, len(text) - 1), speaker=(0, 2), speaker_token=0, frame="ccomp")
    _end_at_closed_quote(text, rel, [_Container(q0, q1)])
    assert text[rel.content[0] : rel.content[1]] == "“The road was closed on Monday.”"
    # a quote that does not close a sentence is only the start of the content
    text2 = "He said “a few hours” was too long for the convoy to wait."
    q0, q1 = text2.index("“"), text2.index("”") + 1
    rel = Relation(cue=(3, 7), cue_token=1, content=(q0, len(text2) - 1), speaker=(0, 2), speaker_token=0, frame="ccomp")
    _end_at_closed_quote(text2, rel, [_Container(q0, q1)])
    assert rel.content == (q0, len(text2) - 1)


def test_verb_after_a_quote_reports_the_quote_not_what_follows_it():
    from claimledger.nlp.attribution import _Item, _said_after_quote
    from claimledger.nlp.speech import Relation

    text = "“The shelter was full by noon,” the director said as the buses arrived. Officials said that more would come."
    said = text.index("said")
    quote = Relation(cue=(said, said + 4), cue_token=7, content=(0, text.index("”") + 1), speaker=(32, 44), speaker_token=6, frame="quote")
    # the parse gave the verb the clause after it: how it was said, not what
    after = _Item(Relation(cue=(said, said + 4), cue_token=7, content=(text.index("as the"), text.index(". Off")), speaker=(32, 44), speaker_token=6, frame="ccomp"))
    assert _said_after_quote(text, after, quote)
    # a relation on another verb, or past the end of the sentence, stays
    other = _Item(Relation(cue=(said, said + 4), cue_token=7, content=(text.index("that more"), len(text) - 1), speaker=None, speaker_token=None, frame="ccomp"))
    assert not _said_after_quote(text, other, quote)
    second = _Item(Relation(cue=(text.index("Officials said") + 10, text.index("Officials said") + 14), cue_token=15, content=(text.index("that more"), len(text) - 1), speaker=None, speaker_token=None, frame="ccomp"))
    assert not _said_after_quote(text, second, quote)


def test_headline_report_runs_to_the_end_of_its_line_up_to_a_second_report(attribution_nlp):
    text = "Aid Chief Says Camps, Clinics Face Closure In North\n\nThe agency warned on Monday that funds were running out."
    says = [(c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims if c.cue and c.cue.text == "Says"]
    assert says == [("Aid Chief", "Camps, Clinics Face Closure In North")]
    text = "Governor Says Bridge Closed, Vows To Reopen It\n\nRepairs will take a month."
    assert ("Says", "Bridge Closed") in _contents(attribution_nlp, text)


@pytest.mark.parametrize(
    "text,first,second",
    [
        (
            "The governor said the bridge would reopen in May and praised the engineers who repaired it.",
            ("said", "The governor", "the bridge would reopen in May"),
            ("praised", "The governor", "the engineers who repaired it"),
        ),
        (
            "The mayor insists the city must rebuild the market, and has proposed a new tax on hotels.",
            ("insists", "The mayor", "the city must rebuild the market"),
            ("proposed", "The mayor", "a new tax on hotels"),
        ),
    ],
)
def test_reporters_next_act_ends_the_reported_clause(attribution_nlp, text, first, second):
    # a verb without a subject in the reporting verb's tense, not the clause's,
    # is the reporter's next act: a relation of its own, with the same speaker
    claims = [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]
    assert first in claims and second in claims


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # the clause's own second verb, in its own tense
        ("Officials said the convoy reached the town and unloaded food for the families.", "said", "the convoy reached the town and unloaded food for the families"),
        ("The ministry confirmed that troops have aided and abetted the smugglers.", "confirmed", "that troops have aided and abetted the smugglers"),
    ],
)
def test_coordinated_verbs_of_the_reported_clause_stay_in_it(attribution_nlp, text, cue, content):
    assert (cue, content) in _contents(attribution_nlp, text)


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # later items of a noun content's list that the parse hangs on a verb above it
        (
            "The mayor will come on the program to talk about the southern border and how many migrants can easily slip through.",
            "talk about",
            "the southern border and how many migrants can easily slip through",
        ),
        ("She was referring to herself, Mr. Haddad, Mr. Rahim and Mr. Saleh.", "referring to", "herself, Mr. Haddad, Mr. Rahim and Mr. Saleh"),
        (
            "The envoy was pointing to a big win in Homs and the fact that the convoy had reached the town.",
            "pointing to",
            "a big win in Homs and the fact that the convoy had reached the town",
        ),
        # but not the speaker's next act after the last item
        (
            "The chairman called for a voice vote, and then a show of hands, declaring after both that the request was denied.",
            "called for",
            "a voice vote, and then a show of hands",
        ),
    ],
)
def test_noun_content_takes_its_stray_list_items(attribution_nlp, text, cue, content):
    assert (cue, content) in _contents(attribution_nlp, text)


def test_someone_elses_clause_after_and_is_not_a_list_item(attribution_nlp):
    text = "Those who trust the council tended to support Haddad and those who said prices mattered tended to support Rahim."
    assert ("support", "Haddad") in _contents(attribution_nlp, text)


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # an infinitive's list of acts hung on the cue verb
        (
            "The group urged the party to scrap its delegate system, replace the committee's leadership, open registration in primaries, and make its contests open to everyone.",
            "urged",
            "the party to scrap its delegate system, replace the committee's leadership, open registration in primaries, and make its contests open to everyone",
        ),
        # not a clause with a subject of its own after the last item, nor finite acts of the speaker
        ("The senator pledged to reform the courts, fix the budget and he once again said that taxes would fall.", "pledged", "to reform the courts, fix the budget"),
        ("The ministers declined to comment, did not answer calls or sent short statements.", "declined", "to comment"),
    ],
)
def test_infinitive_content_takes_its_stray_list_of_acts(attribution_nlp, text, cue, content):
    assert (cue, content) in _contents(attribution_nlp, text)


def test_second_that_clause_of_the_same_report_stays_in_it(attribution_nlp):
    text = "The mayor said that the deal involved hard choices but that if the council approved it, the city should have demanded more."
    assert ("said", "that the deal involved hard choices but that if the council approved it, the city should have demanded more") in _contents(attribution_nlp, text)


def test_someone_elses_report_after_while_ends_the_content(attribution_nlp):
    text = "The envoy said the talks had stalled, while the minister said that the border would stay closed."
    contents = _contents(attribution_nlp, text)
    assert ("said", "the talks had stalled") in contents and ("said", "that the border would stay closed") in contents


def test_said_no_takes_what_was_refused(attribution_nlp):
    text = "The senator said no to the new tax on fuel."
    assert ("said", "no to the new tax on fuel") in _contents(attribution_nlp, text)


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # a noun of saying or intending keeps its infinitive the parse hung on the verb
        ("Sen. Bernie Sanders defended his call to raise the federal minimum wage to 15 dollars an hour.", "defended", "his call to raise the federal minimum wage to 15 dollars an hour"),
        ("The mayor decried the governor's repeated calls to close the border crossing.", "decried", "the governor's repeated calls to close the border crossing"),
    ],
)
def test_object_noun_keeps_its_infinitive(attribution_nlp, text, cue, content):
    assert (cue, content) in _contents(attribution_nlp, text)


def test_a_label_ends_before_a_participle_set_off_after_it(attribution_nlp):
    # "called X a "Y," linking to ...": the link is the writer's account of the act
    claims = attribution_nlp("In a late post, the mayor called the plan a \"disgrace,\" linking to a report about the budget.")._.cl_claims
    called = [c for c in claims if c.cue and c.cue.text.startswith("called")]
    assert called and all("linking" not in c.content.text for c in called)
    assert "the plan" in called[0].content.text and "disgrace" in called[0].content.text


def test_according_to_after_a_relative_clause_reports_that_clause(attribution_nlp):
    # the phrase ends the relative clause; the main clause is its own relation
    text = ("Farmers also denounced the deal, which would cut the water quota to 40 percent, "
            "according to ministry officials, compared with last year's level.")
    found = [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]
    assert ("according to", "ministry officials", "which would cut the water quota to 40 percent") in found, found
    assert any(name == "Farmers" and content == "the deal" for _, name, content in found), found


def test_of_two_relations_on_the_same_words_the_one_naming_a_speaker_stays(attribution_nlp):
    # "seemed" (the writer's impression, no speaker) and "she wrote" report the same quote
    text = "The mayor seemed annoyed: “It is a public notice! Just post it,” she wrote."
    found = [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]
    assert ("wrote", "she", "“It is a public notice! Just post it,”") in found, found


def test_according_to_inside_brackets_reports_the_bracketed_words(attribution_nlp):
    text = "Mostly rural states like Iowa (93 percent of voters there were farmers, according to exit polls), Kansas and Nebraska top the list."
    found = [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]
    assert ("according to", "exit polls", "93 percent of voters there were farmers") in found, found


def test_a_clause_the_parse_split_at_do_is_one_content(attribution_nlp):
    text = "But 16 percent of registered voters still say they don’t yet know enough about the mayor to form an opinion."
    found = [(c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]
    assert ("16 percent of registered voters", "they don’t yet know enough about the mayor to form an opinion") in found, found
