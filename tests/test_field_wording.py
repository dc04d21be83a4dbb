"""Wording of UN flash updates, NGO statements and fact checks: demands made
in a speaker's own words, dated datelines, "according to" at the very end of
a line, a hospital that receives the wounded, a landmark near what was hit,
a car bomb, places of worship, a claim spread "by" someone, and a tag of
another speaker inside a denial. The texts are written for these tests."""

from __future__ import annotations

import pytest


def _one(analysis, name):
    (claim,) = [c for c in analysis.claims if c.claimant.name == name]
    return claim


@pytest.mark.parametrize("text", [
    '"We call on both sides to respect the truce," the envoy said.\n',
    '"We urge all parties to allow humanitarian access," the envoy said in a statement.\n',
    'The envoy said: "I appeal to the warring parties to spare the civilians of El Fasher."\n',
    '"We are calling on the international community to act," the envoy said.\n',
])
def test_a_demand_in_the_speaker_s_own_words_demands(analyse, text):
    assert _one(analyse(text), "the envoy" if "the envoy said" in text else "The envoy").stance == "demands"


@pytest.mark.parametrize("text", [
    '"We called for a ceasefire last week, and nobody listened," the envoy said.\n',  # a past demand, told
    '"They call on us to surrender, but we will not," the envoy said.\n',  # someone else's
    '"We do not demand anything from Kyiv," the envoy said.\n',
])
def test_a_demand_told_or_someone_else_s_is_no_demand(analyse, text):
    assert _one(analyse(text), "the envoy").stance != "demands"


def test_calling_for_someone_to_act_demands(analyse):
    # "for" marks the clause ("for both sides to observe"), not the verb
    claim = _one(analyse("The UN secretary-general called for both sides to observe the ceasefire.\n"), "The UN secretary-general")
    assert claim.stance == "demands" and claim.content.text == "both sides to observe the ceasefire"


FLASH = (
    "Flash Update No. 7: Escalation in the north\n\n"
    "EL FASHER, 14 May 2024 - At least 27 civilians were killed and more than 130 injured when shells "
    "struck the Abu Shouk camp on Sunday, according to the UN Office for the Coordination of "
    "Humanitarian Affairs (OCHA).\n"
)


def test_according_to_at_the_end_of_a_line_takes_the_whole_sentence(analyse):
    (claim,) = [c for c in analyse(FLASH).claims if c.attribution != "author"]
    assert claim.content.text.startswith("At least 27 civilians were killed and more than 130 injured")
    assert {f.category for f in claim.figures} >= {"killed", "injured"}


@pytest.mark.parametrize("line", ["EL FASHER, 14 May 2024 - ", "GENEVA, May 14, 2024 – ", "Kyiv, 3 March 2024 (AFP) - "])
def test_a_dateline_with_a_year_is_no_part_of_the_claim(analyse, line):
    (claim,) = analyse(line + "Two drivers were killed in a drone strike on Monday, officials said.\n").claims
    assert claim.content.text.startswith("Two drivers were killed")


def test_a_hospital_receiving_the_wounded_is_no_target(analyse):
    claim = _one(analyse("The charity said its hospital in El Fasher received 62 wounded patients on Sunday.\n"), "The charity")
    assert claim.event is None or claim.event.target is None


def test_a_hospital_struck_is_still_a_target(analyse):
    claim = _one(analyse("The ministry said the hospital in Khan Younis was struck by a missile on Sunday.\n"), "The ministry")
    assert claim.event is not None and claim.event.target == "hospital"


def test_a_landmark_near_what_was_hit_is_no_target(analyse):
    analysis = analyse("The governor said a guided bomb hit an office building about two kilometres from the hospital, injuring four employees.\n")
    claim = _one(analysis, "The governor")
    assert claim.event is not None and claim.event.target != "hospital"


def test_a_car_bomb_is_the_weapon_not_the_target(analyse):
    claim = _one(analyse("Police said a car bomb exploded in the central market, killing six.\n"), "Police")
    assert claim.event is not None and claim.event.target == "market"


@pytest.mark.parametrize("place", ["a Buddhist monastery", "a church", "a synagogue", "a mosque"])
def test_places_of_worship_are_one_kind_of_target(analyse, place):
    claim = _one(analyse(f"Residents said an air strike hit {place} in the village on Sunday night.\n"), "Residents")
    assert claim.event is not None and claim.event.target == "place of worship"


def test_a_claim_spread_by_someone_is_theirs(analyse):
    analysis = analyse("The claim that 40 people had been killed, circulated by activists on social media, could not be verified.\n")
    (claim,) = [c for c in analysis.claims if c.content.text == "that 40 people had been killed"]
    assert claim.claimant.name.startswith("activists")


DENIED = "The military on Tuesday denied carrying out an air strike on a monastery in Sagaing that residents said killed at least 31 people.\n"


def test_another_speaker_s_tag_inside_a_denial_is_their_claim(analyse):
    analysis = analyse(DENIED)
    denial = _one(analysis, "The military")
    residents = _one(analysis, "residents")
    assert denial.stance == "denies" and denial.content.text == "carrying out an air strike on a monastery in Sagaing"
    assert not denial.figures  # the 31 dead are the residents' figure, not the military's
    assert residents.stance == "asserts" and [(f.category, f.low) for f in residents.figures] == [("killed", 31)]
    # what the tag is on: the strike
    assert residents.event is not None and residents.event.sub_type == "Air/drone strike"
    (contradiction,) = analysis.contradictions
    assert set(contradiction.claims) == {denial.id, residents.id} and contradiction.kind == "stance"


def test_a_speaker_s_own_tag_inside_a_denial_stays_one_claim(analyse):
    analysis = analyse("The army denied that it had shelled the village, which it said was held by rebels.\n")
    assert not analysis.contradictions


def test_a_second_participle_of_the_reporter_is_a_claim_of_its_own(analyse):
    analysis = analyse(
        'Hamas rejected the claim, saying there were no fighters at the school and calling the strike "a massacre".\n'
    )
    said = {c.cue.text: c for c in analysis.claims if c.cue is not None}
    assert said["saying"].content.text == "there were no fighters at the school" and said["saying"].stance == "denies"
    assert said["calling"].content.text == 'the strike "a massacre"' and said["calling"].claimant.name == "Hamas"


def test_one_participle_with_two_verbs_in_its_content_stays_one_claim(analyse):
    (claim,) = analyse("The group issued a statement saying its fighters were protecting civilians and helping them flee.\n").claims
    assert claim.content.text == "its fighters were protecting civilians and helping them flee"


@pytest.mark.parametrize("text, category", [
    ("Rescuers pulled 22 bodies from the rubble, among them six children, officials said.\n", "killed"),
    ("Doctors treated 40 wounded people, among them 12 women, the hospital said.\n", "injured"),
])
def test_some_of_those_just_counted_take_their_noun_s_category(analyse, text, category):
    (claim,) = analyse(text).claims
    assert [f.category for f in claim.figures] == [category, category]


def test_things_counted_are_no_casualties(analyse):
    analysis = analyse('Another 30 drones were "lost" to electronic warfare, the air force said. '
                       "The army said it had lost 12 tanks and 40 soldiers in the battle.\n")
    figures = [(f.category, f.text) for c in analysis.claims for f in c.figures]
    assert figures == [("killed", "40 soldiers")]


def test_a_bracketed_dateline_leaves_the_finding_to_its_finder(analyse):
    analysis = analyse(
        "(Nairobi, 12 March 2024) - Soldiers executed at least 45 civilians in the town on 29 January, "
        "an investigation by Example Rights Watch found.\n"
    )
    (claim,) = analysis.claims
    assert claim.claimant.name == "Example Rights Watch" and claim.content.text.startswith("Soldiers executed")


def test_a_dated_dateline_places_yearless_dates_when_no_publication_date_is_given(analyse):
    analysis = analyse(
        "(Nairobi, 12 March 2024) - Soldiers executed at least 45 civilians in the town on 29 January, "
        "an investigation by Example Rights Watch found.\n\n"
        "Shelling killed nine people in the camp on Sunday, the agency said.\n"
    )
    assert [c.when.date for c in analysis.claims] == ["2024-01-29", "2024-03-10"]


def test_a_dateline_date_keeps_its_day(analyse):
    # "3 | February 2025 -" as the tagger cuts it: read whole, the day places "Tuesday"
    (claim,) = analyse("YANGON, 3 February 2025 - The army said on Tuesday it had retaken the town.\n").claims
    assert claim.when is not None and claim.when.date == "2025-01-28"


def test_a_common_noun_the_tagger_calls_a_body_is_no_actor(analyse):
    analysis = analyse(
        "Officials in occupied Horlivka said a Ukrainian drone had struck a minibus, killing a driver. "
        "Russia's defence ministry said its forces had taken the village of Hirnyk. "
        "Footage showed troops in the centre of Hirnyk.\n"
    )
    names = {a.name for a in analysis.actors}
    assert "minibus" not in names and "Hirnyk" not in names
    (officials,) = [a for a in analysis.actors if a.name.startswith("Officials")]
    assert "Horlivka" not in officials.aliases  # where they serve, not another name of theirs


def test_a_headline_read_as_one_noun_phrase_keeps_its_claimant(analyse):
    # the tagger reads "claims" as a plural noun modifying "attack"
    analysis = analyse("Al-Shabaab claims attack on Mogadishu hotel\n\nPolice said the siege was over.\n")
    claim = next(c for c in analysis.claims if c.cue is not None and c.cue.text == "claims")
    assert claim.claimant.name == "Al-Shabaab" and claim.content.text == "attack on Mogadishu hotel"


@pytest.mark.parametrize("text, category, low", [
    # the small model tags "more than 10 million" as money: no currency, no money
    ("The UN said more than 10 million people had been displaced in Sudan.\n", "displaced", 10_000_000),
    ("The UN said more than 10 million people had been forced from their homes in Sudan.\n", "displaced", 10_000_000),
])
def test_a_large_count_of_people_is_a_figure(analyse, text, category, low):
    (claim,) = analyse(text).claims
    assert [(f.category, f.low) for f in claim.figures] == [(category, low)]


def test_money_is_no_count_of_people(analyse):
    (claim,) = analyse("The bank pledged $10 million to help 2,000 displaced families, officials said.\n").claims
    assert [(f.category, f.value) for f in claim.figures] == [("displaced", 2000)]


def test_people_driven_from_their_homes_are_displaced(analyse):
    (claim,) = analyse("Fighting forced 3,000 people from their homes in Kharkiv, the governor said.\n").claims
    assert [(f.category, f.value) for f in claim.figures] == [("displaced", 3000)]


def test_an_accused_named_by_initials_who_denies_contradicts_the_accuser(analyse):
    analysis = analyse(
        "Sudan's ambassador accused the United Arab Emirates of arming the RSF. "
        "The UAE has denied supplying weapons to either side.\n"
    )
    (contradiction,) = analysis.contradictions
    assert contradiction.kind == "responsibility" and "UAE denies it" in contradiction.about


def test_not_commenting_on_a_strike_reports_no_strike(analyse):
    analysis = analyse("Russia has not commented on the strike but says it only targets military sites.\n")
    assert all(c.attribution != "author" for c in analysis.claims)


@pytest.mark.parametrize("text, sub_type", [
    ("Witnesses said soldiers opened fire on a crowd waiting for food.\n", "Attack"),
    ("Witnesses said police shot at residents who tried to block the road.\n", "Attack"),
    # security forces attacked, or firing on armed men: a clash
    ("Officials said troops were attacked near the village.\n", "Armed clash"),
    ("The army said soldiers opened fire on militants near the checkpoint.\n", "Armed clash"),
])
def test_security_forces_firing_on_civilians_attack_them(analyse, text, sub_type):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.sub_type == sub_type


@pytest.mark.parametrize("text", [
    'Moscow said the footage from the town was a "staged provocation" by Kyiv.\n',
    "The army described the video as fake.\n",
    "Officials insisted the images had been doctored.\n",
    'The ministry said the report was "not based on facts".\n',
])
def test_footage_called_staged_or_doctored_is_denied(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.stance == "denies"


def test_footage_called_staged_answers_the_claim_before_it(analyse):
    analysis = analyse(
        "Ukrainian officials said Russian troops had killed dozens of civilians in Bucha, "
        "and released footage of bodies lying in the street.\n\n"
        'Moscow said the footage was a "staged provocation" by Kyiv.\n'
    )
    (contradiction,) = analysis.contradictions
    denial = next(c for c in analysis.claims if c.id == contradiction.claims[0])
    assert denial.claimant.name == "Moscow" and "killed dozens of civilians" in contradiction.about


def test_a_country_abbreviation_before_strikes_says_whose_not_where(analyse):
    analysis = analyse(
        "US air strikes on the fuel port killed at least 74 people, the health ministry said, "
        "in what would be the deadliest attack of the US campaign in Yemen.\n"
    )
    (claim,) = analysis.claims
    assert [analysis.places[i].name for i in claim.places] == ["Yemen"]


def test_a_country_abbreviation_as_a_place_stays_a_place(analyse):
    analysis = analyse("Officials said the attack on US soil had been foiled.\n")
    (claim,) = analysis.claims
    assert [analysis.places[i].name for i in claim.places] == ["US"]
