"""Known reporting cues in parse shapes the clause rules used to miss (own sentences)."""

from __future__ import annotations

import pytest


def _found(attribution_nlp, text):
    return [(c.cue.text if c.cue else None, c.claimant.name, c.content.text) for c in attribution_nlp(text)._.cl_claims]


@pytest.mark.parametrize(
    "text,claim",
    [
        # "as X noted, ...": the clause the aside hangs off is what X reported
        ("As the newspaper noted, the convoy never reached the city.", ("noted", "the newspaper", "the convoy never reached the city")),
        ("The convoy never reached the city, as Reuters reported on Monday.", ("reported", "Reuters", "The convoy never reached the city")),
        ("As reported by the agency, two villages were shelled overnight.", ("reported", "the agency", "two villages were shelled overnight")),
        # "as X put it": said in those words, whatever the cue model makes of "put"
        ("As the UN envoy put it, the city has become a slaughterhouse for civilians.", ("put", "the UN envoy", "the city has become a slaughterhouse for civilians")),
        ("As he put it on Monday, the talks are dead.", ("put", "he", "the talks are dead")),
        # a statement put out and spelled out after a colon or a comma and a quote mark
        ('The army issued a statement, "No civilians were harmed in the operation."', ("statement", "The army", '"No civilians were harmed in the operation."')),
        ('The army issued a statement: "No civilians were harmed in the operation."', ("statement:", "The army", '"No civilians were harmed in the operation."')),
        # "in the words of X" opens what X said, as "in X's view" does
        ("In the words of the UN envoy, the siege has turned Aleppo into a graveyard.", ("In the words", "the UN envoy", "the siege has turned Aleppo into a graveyard")),
        ("In the view of most analysts, the ceasefire will not hold.", ("In the view", "most analysts", "the ceasefire will not hold")),
        # an aside between the clause's subject and its verb: the whole clause
        ("The city, as the envoy noted, has no water left.", ("noted", "the envoy", "The city, as the envoy noted, has no water left")),
        # (the parse hanging the comma after the aside on its verb)
        ("As The Atlantic recently noted, trust in government is collapsing around the world.", ("noted", "The Atlantic", "trust in government is collapsing around the world")),
        # "called for X to Y" with "for" parsed as the marker of the infinitive clause
        ("The minister is calling for the United Nations to send monitors to the border.", ("calling for", "The minister", "the United Nations to send monitors to the border")),
        # a word standing for the statement
        ("Sixty percent of voters said the same of the governor.", ("said", "Sixty percent of voters", "the same of the governor")),
        ("Asked if the strike was legal, the general said no.", ("said", "the general", "no")),
        # a reporting verb and its subject closing the sentence after a comma
        ("The army is sending troops to the border, his top aide, Ali Hassan, told Reuters.", ("told", "his top aide, Ali Hassan", "The army is sending troops to the border")),
        # (an opening subordinate clause when a main clause follows it before the tag)
        ("As the convoy crossed the bridge, a shell struck the lead truck, police said.", ("said", "police", "As the convoy crossed the bridge, a shell struck the lead truck")),
        # words of verbal attack take any speaker and any target but a place
        ("The senator slammed the agreement for ignoring the refugees.", ("slammed", "The senator", "the agreement for ignoring the refugees")),
        # a participle with a "by" agent on a noun: the noun is what the agent reports on
        ("The immigration bill, opposed by the ruling party, never became law.", ("opposed", "the ruling party", "The immigration bill")),
        # a quantifier heading an "of" phrase is the verb's object
        ("Two newspapers confirmed a few of his claims about the raid.", ("confirmed", "Two newspapers", "a few of his claims about the raid")),
        ("Last month, 26 percent said the same.", ("said", "26 percent", "the same")),
        # "see X as Y" with the parse hanging "as" on the object
        ("Do they see the general's bombast as the answer to a dangerous world?", ("see", "they", "the general's bombast as the answer to a dangerous world")),
        # a parenthetical reporting clause inside a sentence the parse read as a noun phrase
        ("The hashtag #SaveAleppo, Ms. Haddad said, accompanied pictures of lost children and news of rescues.", ("said", "Ms. Haddad", "The hashtag #SaveAleppo, Ms. Haddad said, accompanied pictures of lost children and news of rescues")),
        # "calling X a Y" read as one small clause
        ("Rivals went further, with the former governor calling the general a war criminal.", ("calling", "the former governor", "the general a war criminal")),
        # a short quote right after a reporting verb with no complement
        ('Asked whether he would resign, the minister said, "Probably."', ("said", "the minister", '"Probably."')),
        # an intention verb whose object and infinitive the parse reads as a clause
        ("The rebels want the government to release all prisoners.", ("want", "The rebels", "the government to release all prisoners")),
        # an attitude adjective's bare clause or wh-infinitive
        ("Aid groups are hopeful they can reach the city.", ("are hopeful", "Aid groups", "they can reach the city")),
        ("Officials are not sure how to reach the villages.", ("are not sure", "Officials", "how to reach the villages")),
    ],
)
def test_known_cue_shapes(attribution_nlp, text, claim):
    assert claim in _found(attribution_nlp, text)


def test_as_without_a_speaker_is_not_a_report(attribution_nlp):
    assert _found(attribution_nlp, "As expected, the talks failed on Tuesday.") == []


def test_closing_tag_after_an_opening_adverbial_is_not_a_report(attribution_nlp):
    found = _found(attribution_nlp, "In a later vote on the budget, the senator warned.")
    assert all(not content.startswith("In a later vote") for _, _, content in found)


def test_attack_on_a_place_stays_an_act(attribution_nlp):
    assert _found(attribution_nlp, "The rebel brigade attacked the airport near the capital.") == []


def test_speech_noun_without_holder_has_no_speaker(attribution_nlp):
    claims = attribution_nlp("Despite complaints that the checkpoints block aid, the army kept them.")._.cl_claims
    found = [c for c in claims if c.content.text == "that the checkpoints block aid"]
    assert found and found[0].claimant.span is None


def test_headline_with_any_listed_cue_verb(attribution_nlp):
    text = "Opposition Leader Finally Endorses Border Truce\n\nThe leader spoke on Monday."
    found = _found(attribution_nlp, text)
    assert ("Endorses", "Opposition Leader", "Border Truce") in found


def test_clause_before_a_verb_with_its_own_object_is_not_its_content(attribution_nlp):
    found = _found(attribution_nlp, "While others blame outsiders, the bishop points to structural inequities.")
    assert ("points to", "the bishop", "structural inequities") in found
    assert all(not (cue == "points to" and content.startswith("While")) for cue, _, content in found)


def test_clause_before_told_and_its_addressee_is_reported(attribution_nlp):
    found = _found(attribution_nlp, "The clinic was shelled twice, the nurse told Reuters on Monday.")
    assert ("told", "the nurse", "The clinic was shelled twice") in found


def test_closing_tag_after_an_exclamation(attribution_nlp):
    doc = attribution_nlp('The crowd was asked who would rebuild the bridge. "The army!" the villagers shouted back.')
    found = [(c.claimant.name, c.content.text) for c in doc._.cl_claims]
    assert ("the villagers", '"The army!"') in found


@pytest.mark.parametrize(
    "text,content",
    [
        ("The regional governors were reluctant to sign the ceasefire terms.", "to sign the ceasefire terms"),
        ("The mayor is willing to reopen the border crossing next week.", "to reopen the border crossing next week"),
        ("Several donors were interested in funding the field hospital.", "funding the field hospital"),
        ("The aid agencies were grateful for the new access routes.", "the new access routes"),
        # the parse hangs the adjective's clause on the copula
        ("The envoy was also keenly aware, however, that the talks could fail.", "that the talks could fail"),
        ("Some officers are uncertain whether the convoy will arrive.", "whether the convoy will arrive"),
        ("The farmers were aghast that the wells had run dry.", "that the wells had run dry"),
    ],
)
def test_adjective_of_attitude_reports_its_subjects_stance(attribution_nlp, text, content):
    found = _found(attribution_nlp, text)
    assert any(c == content and src != "unnamed source" for _, src, c in found), found


@pytest.mark.parametrize(
    "text,content",
    [
        ("As a boy in the camp I felt like I had no future.", "I had no future"),
        ("Many residents feel as if the siege never ended.", "the siege never ended"),
    ],
)
def test_feeling_like_a_clause_reports_the_clause(attribution_nlp, text, content):
    found = _found(attribution_nlp, text)
    assert any(c == content and src != "unnamed source" for _, src, c in found), found


@pytest.mark.parametrize(
    "text,cue,content",
    [
        ("The columnist lampooned the ceasefire plan in Sunday's paper.", "lampooned", "the ceasefire plan"),
        ("The envoy recited the council's demands to reporters.", "recited", "the council's demands"),
        # (a passive with its agent: only a known verb reads it)
        ("The ceasefire deal was repudiated by the opposition leader.", "repudiated", "The ceasefire deal"),
        ("The swift evacuation was lauded by the monitors.", "lauded", "The swift evacuation"),
    ],
)
def test_verbs_of_harsh_criticism_and_recital_take_their_object(attribution_nlp, text, cue, content):
    found = _found(attribution_nlp, text)
    assert any(k == cue and c.startswith(content) and src != "unnamed source" for k, src, c in found), found


@pytest.mark.parametrize(
    "text,content",
    [
        # (a closing tag: only a known verb of saying reads the clause before it)
        ("The truce will not hold, one analyst opined.", "The truce will not hold"),
        ("The supply lines had been cut, the commander confided.", "The supply lines had been cut"),
    ],
)
def test_less_common_verbs_of_saying_report_their_clause(attribution_nlp, text, content):
    found = _found(attribution_nlp, text)
    assert any(c == content and src != "unnamed source" for _, src, c in found), found
