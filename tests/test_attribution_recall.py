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


def _parsed(rows: str):
    """A Doc with a given parse: one "word POS TAG dep head lemma" a line (head: token index)."""
    import spacy
    from spacy.tokens import Doc

    cols = [r.split() for r in rows.strip().splitlines()]
    words = [c[0] for c in cols]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=[c[1] for c in cols], tags=[c[2] for c in cols],
               deps=[c[3] for c in cols], heads=[int(c[4]) for c in cols], lemmas=[c[5] for c in cols])


def test_closing_tag_on_a_verb_the_parse_hung_off_the_clause_before_it():
    from claimledger.nlp.doctext import text_of
    from claimledger.nlp.speech import candidates

    # "..., if sturdy, phones ..., she said." with the parse hanging "if sturdy" and
    # a second subject on "said" and "said" itself on "made": the tag reports the clause
    doc = _parsed("""
The DET DT det 1 the
radio NOUN NN nsubj 4 radio
has AUX VBZ aux 4 have
also ADV RB advmod 4 also
made VERB VBN ROOT 4 make
it PRON PRP nsubj 6 it
possible ADJ JJ ccomp 4 possible
for SCONJ IN mark 21 for
farmers NOUN NNS nsubj 21 farmer
with ADP IN prep 8 with
small ADJ JJ amod 9 small
, PUNCT , punct 21 ,
if SCONJ IN mark 13 if
sturdy ADJ JJ advcl 21 sturdy
, PUNCT , punct 13 ,
phones NOUN NNS conj 13 phone
to PART TO aux 17 to
reach VERB VB xcomp 13 reach
buyers NOUN NNS dobj 17 buyer
, PUNCT , punct 21 ,
she PRON PRP nsubj 21 she
said VERB VBD advcl 4 say
. PUNCT . punct 4 .
""")
    text = text_of(doc)
    found = [(text[r.speaker[0] : r.speaker[1]] if r.speaker else None, text[r.content[0] : r.content[1]]) for t, r, rule in candidates(doc) if rule and t.text == "said"]
    assert ("she", "The radio has also made it possible for farmers with small, if sturdy, phones to reach buyers") in found


def test_a_speaker_after_the_verb_ends_at_the_full_stop_before_the_next_quote(attribution_nlp):
    found = _found(attribution_nlp, "“Look, the mayor needed to split the first two votes,” added a South Carolina Democrat. “She has done that.”")
    assert any(cue == "added" and name == "a South Carolina Democrat" for cue, name, _ in found)
    found = _found(attribution_nlp, "“We will rebuild the bridge,” said Governor Smith.\n\nThe river rose again.")
    assert ("said", "Governor Smith", "“We will rebuild the bridge,”") in found


def test_words_spelled_out_after_a_noun_and_a_colon(attribution_nlp):
    found = _found(attribution_nlp, "Their argument: only a new council can fix the roads.")
    assert ("argument:", "Their", "only a new council can fix the roads") in found
    found = _found(attribution_nlp, "The party's leaders sent the mayor an unmistakable message: he is hurting the city and must stop.")
    assert ("message:", "The party's leaders", "he is hurting the city and must stop") in found


def test_a_colon_after_a_noun_that_names_no_ones_words(attribution_nlp):
    # a test case is not a case someone made; words with their own reporter keep it
    found = _found(attribution_nlp, "The county will be one test case: the mayor won the vote there.")
    assert all(cue != "case:" for cue, _, _ in found)
    found = _found(attribution_nlp, "His assessment: “It is not quite over,” he said.")
    assert all(cue != "assessment:" for cue, _, _ in found)


def test_a_message_that_is_a_clause(attribution_nlp):
    found = _found(attribution_nlp, "His message long has been that he is a winner because he leads in the polls.")
    assert ("message", "His", "that he is a winner because he leads in the polls") in found


def test_reportedly_marks_a_clause_unnamed_reports_say(attribution_nlp):
    doc = attribution_nlp("The militia has reportedly burned two villages near the river.")
    found = [(c.cue.text if c.cue else None, c.claimant.span, c.content.text) for c in doc._.cl_claims]
    assert ("reportedly", None, "The militia has reportedly burned two villages near the river") in found
    # a clause with its own reporting verb keeps its speaker
    found = _found(attribution_nlp, "The envoy is reportedly planning to visit the camp next week.")
    assert all(cue != "reportedly" for cue, _, _ in found)


def test_a_participle_telling_people_then_a_quote_reports_the_quote(attribution_nlp):
    # "..., telling reporters, “...”": the quote after the people told; the clause's subject speaks
    text = 'The governor brushed off the report, telling reporters, "Nobody in my office has seen the letter."'
    found = _found(attribution_nlp, text)
    assert ("telling", "The governor", '"Nobody in my office has seen the letter."') in found, found


def test_a_question_word_after_a_verb_of_saying_is_what_was_not_said(attribution_nlp):
    found = _found(attribution_nlp, "The minister said the army left the town, but she did not say when.")
    assert ("did not say", "she", "when") in found or any(name == "she" and c == "when" for _, name, c in found), found
    found = _found(attribution_nlp, "A spokesman wouldn't say when, or if, the council will vote on the plan.")
    assert any(name == "A spokesman" and c == "when, or if, the council will vote on the plan" for _, name, c in found), found


def test_a_tag_between_commas_whose_verb_the_parse_gave_two_subjects(attribution_nlp):
    # "Voters, the survey found, remain divided": the first subject is the clause's
    text = "Residents, the survey found, remain deeply divided on the plan."
    found = _found(attribution_nlp, text)
    assert ("found", "the survey", text.rstrip(".")) in found, found


def test_a_tag_set_off_from_its_subject_on_after_an_opening_adverb(attribution_nlp):
    # "Instead, the mayor told CNN, ...": the parse hangs "Instead," on the tag's verb
    text = "Instead, the mayor told CNN, his plan would merely be to wait for the rain."
    found = _found(attribution_nlp, text)
    assert any(name == "the mayor" and "his plan would merely be to wait for the rain" in c for _, name, c in found), found


def test_a_telling_participle_under_an_infinitive_takes_the_subject_above_it(attribution_nlp):
    text = 'The governor seemed to be ready to joke about the incident, telling the crowd, "Some people get a little carried away, have you noticed that?"'
    found = _found(attribution_nlp, text)
    assert any(cue == "telling" and name == "The governor" for cue, name, _ in found), found


def test_putting_a_thing_at_a_figure_is_an_estimate_its_subject_makes(attribution_nlp):
    found = _found(attribution_nlp, "Local officials put the death toll at 20 on Sunday.")
    assert ("put", "Local officials", "the death toll at 20") in found, found
    assert not _found(attribution_nlp, "She put the book on the table.")
    # a toll is kept whatever the cue model learned of "put" from political news
    found = _found(attribution_nlp, "The health ministry put the death toll at 23, a figure that could not be independently verified.")
    assert ("put", "The health ministry", "the death toll at 23") in found, found
    found = _found(attribution_nlp, "Provincial officials raised the toll to 14 on Monday.")
    assert ("raised", "Provincial officials", "the toll to 14") in found, found
