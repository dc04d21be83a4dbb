"""Wire-style reports: a headline's closing tag, a dateline before the first
sentence, the reporter's caveat after a claim, a source's request not to be
named. Texts written for claimledger."""

from __future__ import annotations


def _claims(attribution_nlp, text):
    return [c for c in attribution_nlp(text)._.cl_claims if c.attribution != "author"]


def test_headline_with_a_closing_tag_is_the_tags_speakers(attribution_nlp):
    (claim,) = _claims(attribution_nlp, "Shelling kills 12 in northern town, officials say\n\nMore follows.")
    assert claim.claimant.name == "officials"
    assert claim.content.text == "Shelling kills 12 in northern town"


def test_closing_tag_after_a_subordinate_or_participle_clause_reports_nothing_of_it(attribution_nlp):
    # "When ...": a time clause, not what was said
    assert not any(c.content.text.startswith("When") for c in _claims(attribution_nlp, "When the army attacked, officials said.\n"))
    # "Asked whether ..., X said, “Probably.”": X said the one word
    text = "Asked whether he would resign over the report, the minister said, \u201cProbably.\u201d\n"
    claims = _claims(attribution_nlp, text)
    minister = next(c for c in claims if c.claimant.name == "the minister")
    assert "Probably" in minister.content.text
    assert not any(c.content.text.startswith("Asked") for c in claims)


def test_speakers_act_after_a_closing_tag_is_not_the_content(attribution_nlp):
    text = (
        "Air strikes on a market in the town killed at least 21 civilians on Monday, "
        "the monitoring group said, blaming government warplanes.\n"
    )
    claim = next(c for c in _claims(attribution_nlp, text) if c.claimant.name == "the monitoring group")
    assert claim.content.text == "Air strikes on a market in the town killed at least 21 civilians on Monday"


def test_dateline_is_not_part_of_the_content(attribution_nlp):
    text = (
        "KHARKIV, March 3 - At least 12 civilians were killed when rockets struck a market "
        "in the town of Izium, the regional governor said.\n"
    )
    (claim,) = _claims(attribution_nlp, text)
    assert claim.claimant.name == "the regional governor"
    assert claim.content.text.startswith("At least 12 civilians were killed")


def test_dateline_is_not_part_of_an_authorial_claim(analyzer):
    from claimledger.models import Document

    text = "KYIV, March 3 (Reuters) - Missiles struck an apartment block in Dnipro overnight, killing at least five people.\n"
    # and the missiles are no one's claimant: weapons do not speak
    (claim,) = analyzer.analyze(Document(text=text)).claims
    assert claim.attribution == "author"
    assert claim.content.text.startswith("Missiles struck an apartment block")
    assert text[claim.content.span[0] : claim.content.span[1]] == claim.content.text


def test_reporters_caveat_is_not_part_of_the_claim(attribution_nlp):
    cases = [
        ("A spokesman for the rebels claimed the army had shelled the camp, a claim that could not be independently verified.\n",
         "the army had shelled the camp"),
        ("The rebels said they had shot down a helicopter, which Reuters could not independently verify.\n",
         "they had shot down a helicopter"),
        ("The army said it killed 40 fighters, a figure that could not be confirmed.\n", "it killed 40 fighters"),
    ]
    for text, content in cases:
        (claim,) = _claims(attribution_nlp, text)
        assert claim.content.text == content, text


def test_a_participle_after_a_verdict_is_the_verdicts_speakers(attribution_nlp):
    text = "Hamas said 30 people died in the strike, a figure the Israeli military disputed, saying most of the dead were fighters.\n"
    found = [(c.claimant.name, c.content.text) for c in _claims(attribution_nlp, text) if c.cue is not None and c.cue.text == "saying"]
    assert found == [("the Israeli military", "most of the dead were fighters")]


def test_a_verdict_after_the_claim_is_a_claim_on_the_same_words(attribution_nlp):
    text = "Local officials said three people were killed in the town, a figure Moscow rejected.\n"
    found = sorted((c.claimant.name, c.stance, c.content.text) for c in _claims(attribution_nlp, text))
    assert found == [
        ("Local officials", "asserts", "three people were killed in the town"),
        ("Moscow", "denies", "three people were killed in the town"),
    ]


def test_caveat_inside_a_quote_stays_the_speakers(attribution_nlp):
    text = "\u201cThey shelled the camp, a claim that nobody here doubts,\u201d the commander said.\n"
    (claim,) = _claims(attribution_nlp, text)
    assert "nobody here doubts" in claim.content.text


def test_request_not_to_be_named_is_no_claim(analyzer):
    from claimledger.models import Document

    text = (
        "\u201cThere was nothing military there,\u201d said Olena, 54, who asked that her surname not be used.\n\n"
        "The commander asked not to be named.\n\n"
        "His deputy declined to be identified.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    assert [c.content.text for c in analysis.claims] == ["\u201cThere was nothing military there,\u201d"]
    (olena,) = [a for a in analysis.actors if a.name == "Olena"]
    assert olena.type == "person"  # only people have an age


def test_pronoun_opening_a_sentence_is_the_last_sentences_subject(analyzer):
    from claimledger.models import Document

    text = (
        "The relief office said 22 people were killed at the school.\n\n"
        "The army did not provide evidence for its account. It said it had used precise munitions.\n"
    )
    analysis = analyzer.analyze(Document(text=text))
    claim = next(c for c in analysis.claims if "precise munitions" in c.content.text)
    assert claim.claimant.name == "The army"  # not the relief office, the last speaker
    assert text[claim.claimant.span[0] : claim.claimant.span[1]] == "It"  # the mention is the pronoun


def test_caveat_that_a_figure_could_not_be_verified_is_no_claim(attribution_nlp):
    text = "The relief office said 22 people were killed. The figure could not be independently confirmed.\n"
    claims = _claims(attribution_nlp, text)
    assert [c.claimant.name for c in claims] == ["The relief office"]


def test_second_report_after_a_comma_and_is_a_claim_of_its_own(attribution_nlp):
    text = (
        "The local council said in a statement that at least 300 families remained trapped, "
        "and appealed for a humanitarian corridor.\n"
    )
    claims = _claims(attribution_nlp, text)
    assert [(c.content.text, c.stance) for c in claims] == [
        ("that at least 300 families remained trapped", "asserts"),
        ("a humanitarian corridor", "demands"),
    ]


def test_speaker_with_a_persons_apposition_is_a_person(analyzer):
    from claimledger.models import Document

    text = "\u201cThe children are sick and there is no medicine,\u201d said Amina, a mother of four.\n"
    analysis = analyzer.analyze(Document(text=text))
    (claim,) = analysis.claims
    assert next(a for a in analysis.actors if a.id == claim.claimant.actor).type == "person"


def test_called_on_or_appealed_to_someone_to_act(attribution_nlp):
    cases = [
        ("The UN called on both sides to stop the fighting.\n", "both sides to stop the fighting"),
        ("OCHA calls on all parties to allow the passage of medical teams.\n", "all parties to allow the passage of medical teams"),
        ("The bishop appealed to the rebels to release the hostages.\n", "the rebels to release the hostages"),
        ("The mayor pleaded with the army to spare the bridge.\n", "the army to spare the bridge"),
    ]
    for text, content in cases:
        (claim,) = _claims(attribution_nlp, text)
        assert (claim.content.text, claim.stance) == (content, "demands"), text


def test_headline_rejecting_claims_the_parse_misread(attribution_nlp):
    # the small model reads "rejects" as a plural noun, the subject of "claims"
    (claim,) = _claims(attribution_nlp, "Army rejects claims it shelled refugee camp\n\nMore follows.\n")
    assert (claim.claimant.name, claim.cue.text, claim.content.text) == ("Army", "rejects", "claims it shelled refugee camp")
    assert claim.stance == "denies"


def test_role_with_an_institution_is_the_claimant_not_the_institution(analyzer):
    from claimledger.models import Document

    cases = [
        ("The spokesman for the Interior Ministry said the road was closed.\n", "The spokesman for the Interior Ministry", "government"),
        ("A doctor at Al-Shifa Hospital said the power had failed.\n", "A doctor at Al-Shifa Hospital", "person"),
        ("Doctors Without Borders said its clinic treated 37 wounded.\n", "Doctors Without Borders", "organization"),
    ]
    for text, name, kind in cases:
        analysis = analyzer.analyze(Document(text=text))
        (claim,) = [c for c in analysis.claims if c.attribution != "author"]
        actor = next(a for a in analysis.actors if a.id == claim.claimant.actor)
        assert (claim.claimant.name, actor.type) == (name, kind), text


def test_toll_before_the_tag_is_the_content_not_the_aside_after_it(analyzer):
    from claimledger.models import Document

    text = "The death toll from Saturday's shelling of the market rose to 45, the health ministry said on Monday, up from 31 reported on Sunday.\n"
    analysis = analyzer.analyze(Document(text=text, published="2024-03-04"))
    claim = next(c for c in analysis.claims if c.claimant.name == "the health ministry")
    assert claim.content.text == "The death toll from Saturday's shelling of the market rose to 45"
    assert [(f.category, f.value) for f in claim.figures] == [("killed", 45)]


def test_named_armed_group_is_an_armed_group(analyzer):
    from claimledger.models import Document

    analysis = analyzer.analyze(Document(text="Al-Shabaab claimed the attack, saying its fighters had killed nine soldiers.\n"))
    assert {a.name: a.type for a in analysis.actors}["Al-Shabaab"] == "armed_group"
