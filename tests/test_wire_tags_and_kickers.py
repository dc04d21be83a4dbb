"""Wire-copy tags met in the twenty-eighth round: a tag whose speaker the
parse ran into a list of the dead ("killing 12 people, including three
children, local officials and a medic said"), a speaker described by a
relative clause ("a villager who helped pull bodies from the rubble told
our reporter"), an inverted headline tag ("..., say aid workers"), a tag
closing a sentence that reports another's words ("The army said ..., the
state news agency reported"), a live page's kicker in capitals, bombs that
fall from the air, storming a camp for displaced people, "there was no
fighting", "have not been able to confirm", a source an agency cites
("SANA, citing a military source, said ...") and a strike "carried out" in
quotes. The texts are written for these tests."""

from __future__ import annotations

import pytest


def _one(analysis, name):
    (claim,) = [c for c in analysis.claims if c.claimant.name == name]
    return claim


@pytest.mark.parametrize("text, speakers, content_end", [
    ("Jets bombed the monastery, killing at least 19 people, including four novice monks, "
     "residents and a local resistance group said on Thursday.\n",
     "residents and a local resistance group", "four novice monks"),
    ("An air strike hit the market, killing 12 people, including three children, local officials "
     "and a medic said.\n", "local officials and a medic", "three children"),
])
def test_the_dead_in_a_list_do_not_speak(analyse, text, speakers, content_end):
    (claim,) = [c for c in analyse(text).claims if c.attribution != "author"]
    assert claim.claimant.span is not None
    assert text[claim.claimant.span[0]:claim.claimant.span[1]] == speakers
    assert claim.content.text.endswith(content_end)
    assert any(f.category == "killed" for f in claim.figures)


def test_speakers_listed_with_including_keep_their_list(analyse):
    text = "Officials, including the mayor and two police chiefs, said the town was calm.\n"
    (claim,) = analyse(text).claims
    assert claim.claimant.name == "Officials"
    assert claim.content.text == "the town was calm"


@pytest.mark.parametrize("text, speaker, content", [
    ("The monastery was struck twice shortly after 1 a.m., a villager who helped pull bodies "
     "from the rubble told our reporter.\n", "a villager", "The monastery was struck twice shortly after 1 a.m."),
    ("Shelling killed three people in the village, a teacher who saw the attack from her window "
     "told Reuters.\n", "a teacher", "Shelling killed three people in the village"),
])
def test_a_speaker_described_by_a_relative_clause(analyse, text, speaker, content):
    (claim,) = [c for c in analyse(text).claims if c.attribution != "author"]
    assert claim.claimant.name == speaker
    assert claim.content.text == content


@pytest.mark.parametrize("headline", [
    "Paramilitary attack on displacement camp kills dozens, say aid workers",
    "Sudan: Paramilitary attack on displacement camp kills dozens, say aid workers",
    "Press release — Sudan: Paramilitary attack on displacement camp kills dozens, say aid workers",
])
def test_an_inverted_headline_tag_names_who_says_it(analyse, headline):
    text = headline + "\n\nAid workers in the region gave no further details.\n"
    claim = _one(analyse(text), "aid workers")
    assert claim.content.text == "Paramilitary attack on displacement camp kills dozens"
    assert claim.cue is not None and claim.cue.text == "say"


def test_an_inverted_tag_in_a_sentence(analyse):
    claim = _one(analyse("Two children were among the dead, says the ministry of health in Gaza.\n"), "ministry of health in Gaza")
    assert claim.content.text == "Two children were among the dead"


@pytest.mark.parametrize("text, speaker, reporter, content", [
    ("The army said it had killed 40 militants, the state news agency reported.\n",
     "The army", "the state news agency", "it had killed 40 militants"),
    ("A junta spokesman said reports of the bombing were fake news, state broadcaster MRTV reported.\n",
     "A junta spokesman", "MRTV", "reports of the bombing were fake news"),
    ('A spokesman said the reports were spread by "terrorist groups," state broadcaster MRTV reported.\n',
     "A spokesman", "MRTV", 'the reports were spread by "terrorist groups,"'),
])
def test_a_closing_report_passes_the_speakers_words_on(analyse, text, speaker, reporter, content):
    (claim,) = analyse(text).claims
    assert claim.claimant.name == speaker
    assert claim.reported_by is not None and claim.reported_by.name == reporter
    assert claim.content.text == content


def test_according_to_after_a_report_is_not_taken_as_passing_it_on(analyse):
    # "according to" may vouch for one figure only: the source named last stays the claimant
    text = "The ministry said 12 people were killed in the strike, according to the state news agency.\n"
    (claim,) = analyse(text).claims
    assert claim.claimant.name == "the state news agency"


def test_a_title_case_headline_after_a_kicker_has_no_speaker(analyse):
    analysis = analyse("BUSTED: Emails Reveal Aid And Reporter Caught Planning Questions For Hearing\n")
    assert all(c.claimant.name != "BUSTED" for c in analysis.claims)


@pytest.mark.parametrize("kicker", ["LIVE", "ANALYSIS", "UPDATE"])
def test_a_kicker_in_capitals_is_no_speaker(analyse, kicker):
    text = f"{kicker}: Fighting in eastern Congo\n\nResidents of Sake say heavy artillery fire started before dawn.\n"
    analysis = analyse(text)
    assert all(c.claimant.name.upper() != kicker for c in analysis.claims)
    assert any(c.claimant.name == "Residents of Sake" for c in analysis.claims)


@pytest.mark.parametrize("text", [
    "The bombs are falling near the market, one trader said.\n",
    "His wife had been shopping for paint when the bomb fell, he said.\n",
    "Helicopters dropped two barrel bombs on the town, residents said.\n",
])
def test_bombs_that_fall_are_dropped_from_the_air(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == "Air/drone strike"


def test_a_bomb_that_explodes_is_still_an_explosive_device(analyse):
    (claim,) = analyse("A bomb exploded in a market in Kabul, police said.\n").claims
    assert claim.event is not None and claim.event.sub_type == "Remote explosive/landmine/IED"


def test_storming_a_camp_for_displaced_people_is_an_attack_not_a_capture(analyse):
    (claim,) = analyse("Fighters stormed the displacement camp, killing 52 civilians, aid workers said.\n").claims
    assert claim.event is not None and claim.event.sub_type != "Non-state actor overtakes territory"
    (claim,) = analyse("Fighters stormed the Abu Shouk camp for displaced people, killing 52 civilians, aid workers said.\n").claims
    assert claim.event is not None and claim.event.sub_type != "Non-state actor overtakes territory"


def test_storming_an_army_camp_is_still_a_capture(analyse):
    (claim,) = analyse("Rebels stormed the army camp and took control of the town, residents said.\n").claims
    assert claim.event is not None and claim.event.sub_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "There was no fighting anywhere near the village, he said.\n",
    "Residents said there had been no clashes in the town for weeks.\n",
])
def test_no_fighting_denies_a_clash(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.stance == "denies"


def test_fighting_that_happened_is_asserted(analyse):
    (claim,) = analyse("There was heavy fighting near the village, he said.\n").claims
    assert claim.stance == "asserts"


@pytest.mark.parametrize("text", [
    "We have not been able to confirm this.\n",
    "The agency was not able to verify the account.\n",
])
def test_not_able_to_confirm_doubts(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.stance == "doubts"


@pytest.mark.parametrize("text, source, reporter, content", [
    ("Syrian state news agency SANA, citing a military source, said Israeli aircraft had fired "
     "several missiles at military positions.\n", "a military source", "Syrian state news agency",
     "Israeli aircraft had fired several missiles at military positions"),
    ("Reuters, citing two people familiar with the matter, reported that the deal had been signed.\n",
     "two people familiar with the matter", "Reuters", "that the deal had been signed"),
])
def test_a_cited_source_makes_the_claim_its_reporter_passes_on(analyse, text, source, reporter, content):
    (claim,) = analyse(text).claims
    assert claim.claimant.name == source
    assert claim.reported_by is not None and claim.reported_by.name == reporter
    assert claim.content.text == content
    assert claim.cue is not None and claim.cue.text != "citing"


def test_a_strike_carried_out_in_quotes_is_a_strike(analyse):
    text = ('The military said in a statement that it had carried out "a precise strike on militants '
            'operating inside a command centre" in the school compound.\n')
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == "Shelling/artillery/missile attack"

