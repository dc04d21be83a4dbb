"""Headlines closed by a tag, an unnamed trader who goes on speaking, and a
farmer named by where he comes from.
The texts are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "headline",
    [
        "Drone strike on market kills 26, witnesses say",
        "Sudan: Drone strike on market kills 26, witnesses say",
    ],
)
def test_a_headline_closed_by_a_tag_is_the_tag_s_claim(analyse, headline):
    analysis = analyse(headline + "\n\nThe market in the town was full on Monday morning.\n")
    claim = next(c for c in analysis.claims if "Drone strike on market" in c.content.text)
    assert claim.claimant.name == "witnesses"
    assert claim.attribution != "author"
    assert claim.content.text == "Drone strike on market kills 26"


def test_he_after_an_unnamed_trader_is_the_trader(analyse):
    analysis = analyse(
        '"The drone hit the middle of the market," said a trader who asked not to be named. '
        "He said he helped carry 14 bodies to the health centre.\n"
    )
    carried = next(c for c in analysis.claims if "14 bodies" in c.content.text)
    quote = next(c for c in analysis.claims if "drone hit" in c.content.text)
    assert carried.claimant.actor == quote.claimant.actor
    actor = next(a for a in analysis.actors if a.id == quote.claimant.actor)
    assert actor.type == "person"


def test_a_person_from_a_place_the_tagger_took_for_a_name_keeps_the_description(analyse):
    analysis = analyse('"We saw the tanks enter the town," said a farmer from Dera. "We told the army," he added.\n')
    quote = next(c for c in analysis.claims if "tanks" in c.content.text)
    assert quote.claimant.name == "farmer from Dera"


@pytest.mark.parametrize(
    "headline, source, words",
    [
        ("At least 12 killed in Somalia hotel siege - police", "police", "At least 12 killed in Somalia hotel siege"),
        ("Rebels seize border post near Goma - sources", "sources", "Rebels seize border post near Goma"),
        ("Army kills 20 militants in raid – state media", "state media", "Army kills 20 militants in raid"),
        ("Two killed in Kharkiv shelling — governor", "governor", "Two killed in Kharkiv shelling"),
    ],
)
def test_a_headline_closed_by_its_source_after_a_dash_is_the_source_s(analyse, headline, source, words):
    (claim,) = analyse(headline + "\n").claims
    assert (claim.claimant.name, claim.content.text) == (source, words)
    assert claim.cue is not None and claim.cue.text in "-–—"


@pytest.mark.parametrize("title", ["The long war - a photo essay", "Gaza - live updates", "Ukraine - Russia war: what we know on day 500"])
def test_a_title_and_its_subtitle_name_no_source(analyse, title):
    assert [c for c in analyse(title + "\n").claims if c.attribution != "author"] == []


@pytest.mark.parametrize(
    "headline, words",
    [
        ("Russia accused of using chemical weapons near Bakhmut", "using chemical weapons near Bakhmut"),
        ("Russia blamed for attack on Kyiv hospital", "attack on Kyiv hospital"),
        ("Ukraine war: Russia accused of using chemical weapons", "using chemical weapons"),
    ],
)
def test_the_accused_in_a_headline_is_not_the_accuser(analyse, headline, words):
    # the tagger reads "accused" as a past tense with "Russia" its subject
    claims = analyse(headline + "\n").claims
    assert claims and all(c.claimant.name != "Russia" for c in claims)
    # the learned scorer may leave a labelled headline the writer's; an accusation kept names no accuser
    for claim in (c for c in claims if c.attribution != "author"):
        assert claim.claimant.span is None and claim.content.text == words


@pytest.mark.parametrize(
    "text, accuser, words",
    [
        ("Russia was accused by Ukraine of using chemical weapons near Bakhmut.", "Ukraine", "using chemical weapons near Bakhmut"),
        ("The army was blamed by residents for the shelling of the market.", "residents", "the shelling of the market"),
    ],
)
def test_a_passive_accusation_is_the_agent_s(analyse, text, accuser, words):
    (claim,) = [c for c in analyse(text + "\n").claims if c.attribution != "author"]
    assert (claim.claimant.name, claim.content.text) == (accuser, words)


def test_a_passive_criticism_s_agent_is_not_its_reason(analyse):
    (claim,) = [c for c in analyse("The governor was criticised by rights groups for the crackdown.\n").claims if c.attribution != "author"]
    assert claim.claimant.name == "rights groups"


@pytest.mark.parametrize(
    "text, denier, holder",
    [
        ("Hamas denies Israeli claim that rockets were fired from school", "Hamas", "Israeli"),
        ("Hamas denied Israel's claim that rockets were fired from the school.", "Hamas", "Israel"),
        ("The army rejected the rebels' claim that its jets had bombed the market.", "The army", "the rebels"),
    ],
)
def test_denying_another_s_claim_keeps_both(analyse, text, denier, holder):
    analysis = analyse(text + "\n")
    by = {c.claimant.name: c for c in analysis.claims}
    assert by[denier].stance == "denies" and by[holder].stance == "asserts"
    assert by[holder].reported_by is None
    (found,) = analysis.contradictions
    assert set(found.claims) == {by[denier].id, by[holder].id}


def test_a_headline_whose_parse_lost_its_verb_still_names_its_speaker(analyse):
    # the parser reads "Houthis claim attack" as one noun phrase
    claims = analyse("Houthis claim attack on US destroyer in Red Sea\n").claims
    assert [(c.claimant.name, c.cue.text, c.content.text) for c in claims] == [("Houthis", "claim", "attack on US destroyer in Red Sea")]


def test_two_counts_in_a_headline_are_one_list(analyse):
    (claim,) = analyse("Pakistan army says 8 soldiers, 12 militants killed in clashes\n").claims
    assert claim.content.text == "8 soldiers, 12 militants killed in clashes"
    assert [(f.category, f.value) for f in claim.figures] == [("killed", 8), ("killed", 12)]


def test_a_headline_verb_left_without_its_words_still_has_them(analyse):
    # the parser reads "civilians" as punctuation and leaves "says" with no complement
    claims = analyse("Ministry says no civilians hurt in strike\n").claims
    assert [(c.claimant.name, c.content.text) for c in claims] == [("Ministry", "no civilians hurt in strike")]


def test_a_labelled_headline_closed_by_a_tag_above_a_dateline_is_the_tag_s(analyse):
    # above a wire dateline the parser reads the headline as its label's modifier and leaves "say" with no words
    text = (
        "Yemen: Coalition air strike on Saada prison kills dozens, Houthi officials say\n\n"
        "SANAA, Jan 21 (Example Wire) - An air strike on a prison in the northern city of Saada killed at least 70 people, "
        "the health ministry said on Friday.\n"
    )
    claim = next(c for c in analyse(text).claims if c.span[0] == 0)
    assert (claim.claimant.name, claim.content.text) == ("Houthi officials", "Coalition air strike on Saada prison kills dozens")
