"""Wording of army communiqués, ministry statements and wire copy met in the
twenty-eighth round: enemies "neutralised" (killed, not a bomb made safe),
a ministry that "did not mention any damage", reports that "do not
correspond to reality", the writer's own verdict on reports it names, a
weapon's name inside a quote ("dozens of Katyusha rockets"), a rival count
after "while" ("while the army put the number at four"), a headline's tag
naming a service ("..., says civil defence"), a country's name labelling a
headline, answers that neither confirm nor deny ("the incident was under
review", 'was "not aware of injuries"'), aid distributed "without
incident", a speaker's own forces taking a town, and "has in the past
rejected accusations". The texts are written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Soldiers neutralised 12 terrorists near Djibo, the army said.\n",
    'The army said its soldiers had "neutralised more than 50 terrorists."\n',
])
def test_neutralised_fighters_are_a_clash(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == "Armed clash"
    assert any(f.category == "killed" for f in claim.figures)


def test_a_neutralised_bomb_is_disrupted_weapons_use(analyse):
    (claim,) = analyse("Engineers neutralised an explosive device found near the bridge, police said.\n").claims
    assert claim.event is not None and claim.event.sub_type == "Disrupted weapons use"


def test_did_not_mention_is_no_part_of_what_was_said(analyse):
    text = ("Russia's defence ministry said air defences had shot down 44 Ukrainian drones over the "
            "Rostov region overnight and did not mention any damage.\n")
    claims = analyse(text).claims
    said = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert len(said) == 1 and said[0].content.text.endswith("over the Rostov region overnight")
    assert any(c.stance == "rejects" and c.cue is not None and c.cue.text == "mention" for c in claims)


@pytest.mark.parametrize("text", [
    "The ministry said that reports about an air strike on an ammunition depot near Belgorod do not correspond to reality.\n",
    "The ministry said the reports of a strike on the depot did not correspond to the facts.\n",
])
def test_reports_that_do_not_correspond_to_reality_are_denied(analyse, text):
    (claim,) = [c for c in analyse(text).claims if c.claimant.name == "The ministry"]
    assert claim.stance == "denies"


@pytest.mark.parametrize("text, stance", [
    ("Reports of an explosion at the depot are false.\n", "denies"),
    ("The reports spread by Telegram channels about an air strike on an ammunition depot near "
     "Belgorod do not correspond to reality.\n", "denies"),
    ("The army shelled the town on Monday.\n", "asserts"),
])
def test_the_writers_verdict_on_reports_it_names(analyse, text, stance):
    (claim,) = analyse(text).claims
    assert claim.attribution == "author"
    assert claim.stance == stance


@pytest.mark.parametrize("text", [
    'Hezbollah said it had fired "dozens of Katyusha rockets" at an Israeli army base.\n',
    "Hezbollah said it had fired dozens of Katyusha rockets at an Israeli army base.\n",
])
def test_a_weapon_named_in_quotes_is_no_place(analyse, text):
    analysis = analyse(text)
    assert all(p.name != "Katyusha" for p in analysis.places)


@pytest.mark.parametrize("text, first, second, rival", [
    ("Medics said 14 people were killed, while the army put the number at four.\n",
     "Medics", "14 people were killed", "the army"),
    ("Residents said 30 people died in the shelling, whereas the ministry gave a toll of 12.\n",
     "Residents", "30 people died in the shelling", "the ministry"),
])
def test_a_rival_count_after_while_is_its_own_claim(analyse, text, first, second, rival):
    claims = analyse(text).claims
    (one,) = [c for c in claims if c.claimant.name == first]
    assert one.content.text == second
    assert any(c.claimant.name == rival for c in claims)


def test_a_headline_tag_naming_a_service(analyse):
    text = "At least 10 killed in strike on Gaza school, says civil defence\n\nRescuers worked through the night.\n"
    (claim,) = [c for c in analyse(text).claims if c.claimant.name == "civil defence"]
    assert claim.content.text == "At least 10 killed in strike on Gaza school"


@pytest.mark.parametrize("text", [
    "South Sudan: Clashes between army and opposition forces in Upper Nile leave dozens dead\n\nMore follows.\n",
    "Burkina Faso: Jihadists kill 20 in attack on village\n\nMore follows.\n",
])
def test_a_country_label_over_a_headline_is_no_speaker(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.attribution == "author"


def test_a_movement_label_over_a_headline_still_speaks(analyse):
    (claim,) = analyse("Hamas: The occupation army shelled the hospital\n\nMore follows.\n").claims
    assert claim.claimant.name == "Hamas"


@pytest.mark.parametrize("text", [
    "Israel's military said it was reviewing the incident.\n",
    "The army said it was looking into the matter.\n",
])
def test_a_party_reviewing_the_incident_doubts(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.stance == "doubts"


@pytest.mark.parametrize("text, sub_type", [
    ("The RSF said in a statement that its forces had taken control of the town.\n", "Non-state actor overtakes territory"),
    ("The army said its forces had taken control of the town.\n", "Government regains territory"),
])
def test_a_speakers_own_forces_take_the_town_for_its_side(analyse, text, sub_type):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == sub_type


@pytest.mark.parametrize("text", [
    'The military said in a statement that it was "not aware of injuries caused by its fire within the site."\n',
    "The military said the incident was under review.\n",
    "Police said the case was under investigation.\n",
])
def test_an_answer_that_neither_confirms_nor_denies_doubts(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.stance == "doubts"


def test_a_report_and_a_review_are_two_claims(analyse):
    text = ("The army later said troops had fired warning shots at suspects who approached them "
            "and that the incident was under review.\n")
    stances = sorted(c.stance for c in analyse(text).claims)
    assert stances == ["asserts", "doubts"]


def test_aid_distributed_without_incident_denies(analyse):
    text = 'The foundation said aid had been distributed "without incident" at the site.\n'
    (claim,) = analyse(text).claims
    assert claim.stance == "denies"


def test_a_town_under_attack_is_asserted(analyse):
    (claim,) = analyse("The town was under attack, residents said.\n").claims
    assert claim.stance == "asserts"


@pytest.mark.parametrize("text, speaker", [
    ("The army has in the past rejected accusations that it targets civilians.\n", "The army"),
    ("The group has for years denied claims that it recruits children.\n", "The group"),
])
def test_a_verdict_after_has_and_an_adverbial_is_the_subjects(analyse, text, speaker):
    (claim,) = analyse(text).claims
    assert claim.claimant.name == speaker
    assert claim.stance == "denies"


def test_a_mention_that_was_made_stays_in_what_was_said(analyse):
    text = "Another man said he heard the gunman talk of immorality and specifically mentioned a recent case in Texas.\n"
    (claim,) = analyse(text).claims
    assert claim.cue is not None and claim.cue.text == "said"
    assert claim.content.text.endswith("mentioned a recent case in Texas")
