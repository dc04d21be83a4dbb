"""Reports met in the thirtieth round: denials the parse hides ("The ELN
denied killing civilians", "dismissed as “fantasy” reports that ...", "...,
a charge Kigali denies"), headlines in two halves ("RSF denies attack on X,
says army killed civilians", "...; 80 dead, says governor", "Israel says it
struck X; Lebanon reports two dead"), a reporter's next charge hung inside
what was said ("said women and children were among the dead and accused
..."), and the facts around the claims: who governs where ("Kursk's acting
governor" is not the Odesa governor named before), which side takes a town
("the Arakan Army"), drones lost that are no dead, places that are only
words of a name ("Free Syrian Army", "Cabo Ligado", "Fano fighters").
The texts are written for these tests."""

from __future__ import annotations

import pytest


def _said(analysis):
    return [c for c in analysis.claims if c.attribution != "author"]


def _by_cue(analysis):
    return {c.cue.text: c for c in _said(analysis) if c.cue is not None}


# --- denials the parse hides ---------------------------------------------

def test_a_group_named_by_its_acronym_denies_a_killing(analyse):
    claims = _said(analyse("The ELN denied killing civilians.\n"))
    assert [(c.claimant.name, c.stance, c.content.text) for c in claims] == [("ELN", "denies", "killing civilians")]


def test_dismissed_as_a_verdict_then_the_reports(analyse):
    text = ("Burkina Faso's government on Monday dismissed as \"fantasy\" reports that hundreds of civilians "
            "were killed in an attack on the town of Barsalogho.\n")
    (claim,) = _said(analyse(text))
    assert claim.stance == "denies"
    assert claim.claimant.name == "Burkina Faso's government"
    assert claim.content.text.startswith("reports that hundreds of civilians were killed")
    assert not claim.content.text.endswith(".")


def test_a_charge_and_its_denial_are_two_claims_on_the_same_words(analyse):
    text = "The army spokesman accused Rwanda of sending 4,000 soldiers to fight alongside M23, a charge Kigali denies.\n"
    claims = _by_cue(analyse(text))
    assert claims["accused"].claimant.name == "The army spokesman"
    assert claims["accused"].stance == "asserts"
    assert claims["denies"].claimant.name == "Kigali"
    assert claims["denies"].stance == "denies"
    assert claims["denies"].content.text == claims["accused"].content.text


def test_a_denial_of_a_toll_meets_an_estimate_in_the_same_range(analyse):
    text = ("The government dismissed as \"fantasy\" reports that hundreds of civilians were killed in the attack.\n\n"
            "The conflict monitor ACLED estimated that between 200 and 600 people died.\n")
    analysis = analyse(text)
    assert [k.kind for k in analysis.contradictions] == ["stance"]


# --- headlines in two halves -------------------------------------------

def test_a_headlines_second_report_has_the_first_ones_speaker(analyse):
    claims = _said(analyse("RSF denies attack on Wad al-Nourah, says army killed civilians\n"))
    assert [(c.claimant.name, c.stance) for c in claims] == [("RSF", "denies"), ("RSF", "asserts")]
    assert claims[1].content.text == "army killed civilians"


def test_a_bare_toll_tagged_after_a_semicolon(analyse):
    analysis = analyse("Colombia: ELN and FARC dissidents clash in Catatumbo; 80 dead, says governor\n")
    (said,) = _said(analysis)
    assert (said.claimant.name, said.content.text) == ("governor", "80 dead")
    (own,) = [c for c in analysis.claims if c.attribution == "author"]
    assert own.content.text == "Colombia: ELN and FARC dissidents clash in Catatumbo"
    assert not own.figures  # the 80 dead are the governor's


def test_the_writers_half_before_someone_elses_report(analyse):
    analysis = analyse("Rebels seized the town on Monday; the army said it had retaken it.\n")
    own = [c.content.text for c in analysis.claims if c.attribution == "author"]
    assert own == ["Rebels seized the town on Monday"]
    assert [c.claimant.name for c in _said(analysis)] == ["the army"]


def test_each_side_of_a_semicolon_headline_reports_its_own(analyse):
    claims = _said(analyse("Israel says it struck Hezbollah weapons depot in Bekaa; Lebanon reports two dead\n"))
    assert [(c.claimant.name, c.content.text) for c in claims] == [
        ("Israel", "it struck Hezbollah weapons depot in Bekaa"), ("Lebanon", "two dead")]


def test_a_tag_before_a_semicolon_closes_the_headline(analyse):
    (claim,) = _said(analyse("Drone attack on market kills 12, medics say; RSF blamed\n\nA drone hit the market.\n"))
    assert (claim.claimant.name, claim.content.text) == ("medics", "Drone attack on market kills 12")


def test_a_bare_toll_object_is_reported_not_said_of_a_company(analyse):
    assert [c.content.text for c in _said(analyse("Lebanon reports two dead\n"))] == ["two dead"]
    assert not _said(analyse("The company reports 12 new stores.\n"))


# --- what was said, and what the reporter did next ------------------------

@pytest.mark.parametrize("text, said, charged", [
    ("The Sudan Doctors Network said women and children were among the dead and accused the Rapid Support Forces of carrying out the attack.\n",
     "women and children were among the dead", "the Rapid Support Forces of carrying out the attack"),
    ('A rebel commander said the group had withdrawn from the town before the soldiers arrived and blamed the army for "massacring farmers".\n',
     "the group had withdrawn from the town before the soldiers arrived", 'the army for "massacring farmers"'),
])
def test_a_charge_after_the_report_is_the_reporters(analyse, text, said, charged):
    claims = _said(analyse(text))
    assert [c.content.text for c in claims] == [said, charged]
    assert claims[0].claimant.name == claims[1].claimant.name


def test_a_fronted_phrase_opens_an_inverted_clause(analyse):
    analysis = analyse("The Ombudsman's Office said among the dead were a former peace signatory and a social leader.\n")
    assert [c.content.text for c in analysis.claims] == ["among the dead were a former peace signatory and a social leader"]


def test_a_subject_the_parse_read_as_a_clause_keeps_its_verb(analyse):
    text = ("The Kurdish-led Syrian Democratic Forces (SDF) said on Friday that Turkish drone strikes on a power station and a "
            "checkpoint near Qamishli killed five people, including two of its members and three civilians.\n")
    (claim,) = _said(analyse(text))
    assert claim.content.text.endswith("killed five people, including two of its members and three civilians")


def test_a_second_that_clause_after_a_statement(analyse):
    text = ("The military's media wing, Inter-Services Public Relations (ISPR), said in a statement that the militants "
            "belonged to the Pakistani Taliban, known as Tehreek-e-Taliban Pakistan or TTP, and that weapons and explosives were recovered.\n")
    analysis = analyse(text)
    (claim,) = _said(analysis)
    assert claim.content.text.endswith("and that weapons and explosives were recovered")
    assert not [c for c in analysis.claims if c.attribution == "author"]


def test_a_post_sharing_a_video_speaks_not_the_group_before_it(analyse):
    text = ("The original caption says it shows Free Syrian Army fighters hitting a tank. "
            'One post sharing it said: "Al-Qassam Brigades wipe out Zionist armour in Rafah."\n')
    claims = _by_cue(analyse(text))
    assert claims["said"].claimant.name == "One post sharing it"


# --- who, which side, how many, where ----------------------------------

def test_a_governor_of_another_region_is_someone_else(analyse):
    text = ("In Odesa, a drone hit a warehouse, regional governor Oleh Kiper said.\n\n"
            "Russia said it had destroyed drones over the Kursk region. Kursk's acting governor said a woman was killed near the town of Lgov.\n")
    claims = _by_cue(analyse(text))
    names = [c.claimant.name for c in _said(analyse(text))]
    assert "Kursk's acting governor" in names and names.count("Oleh Kiper") == 1, names
    assert claims


def test_a_titled_role_named_again_is_what_he_points_back_to(analyse):
    text = ("Statement by the Spokesperson for the Secretary-General on Sudan\n\n"
            "The Secretary-General is appalled by reports of the killing of civilians in Al Jazirah state.\n\n"
            "He strongly condemns all attacks against civilians.\n\n"
            "The Secretary-General calls on the parties to cease hostilities.\n")
    claims = _by_cue(analyse(text))
    assert claims["condemns"].claimant.name == "The Secretary-General"


@pytest.mark.parametrize("text", [
    "The Arakan Army said it had taken full control of Maungdaw township after months of fighting.\n",
    "A jihadist group said it had seized a military camp near Boulkessi.\n",
])
def test_a_movement_that_takes_a_town_is_no_government(analyse, text):
    (claim,) = _said(analyse(text))
    assert claim.event is not None and claim.event.sub_type == "Non-state actor overtakes territory"


def test_a_national_army_retaking_a_town_is_still_the_government(analyse):
    (claim,) = _said(analyse("The Malian army said it had retaken the town of Boni.\n"))
    assert claim.event is not None and claim.event.sub_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    'Air defence units shot down 47 of the 72 drones, while 20 more were "locally lost" to electronic warfare, the air force said.\n',
    "The army said it destroyed 5 tanks and lost 20 in the battle.\n",
])
def test_lost_drones_are_no_dead(analyse, text):
    assert not [f for c in analyse(text).claims for f in c.figures if f.category == "killed"]


def test_soldiers_lost_are_still_dead(analyse):
    figures = [f for c in analyse("Rebels shot down two helicopters, and the army lost 20 men, the ministry said.\n").claims for f in c.figures]
    assert [(f.category, f.value) for f in figures] == [("killed", 20)]


def test_the_buried_are_counted_dead(analyse):
    figures = [f for c in analyse("The governor said 43 people were buried in the village.\n").claims for f in c.figures]
    assert [(f.category, f.value) for f in figures] == [("killed", 43)]


@pytest.mark.parametrize("text, name", [
    ("The original caption says it shows Free Syrian Army fighters hitting a tank.\n", "Free"),
    ("The monitoring group Cabo Ligado said 11 people were killed.\n", "Cabo"),
    ("The soldiers were searching for members of the Fano militia, residents said.\n", "Fano"),
])
def test_a_word_of_a_name_is_no_place(analyse, text, name):
    assert name not in [p.name for p in analyse(text).places]


def test_a_place_heading_a_bodys_name_stays_a_place(analyse):
    names = [p.name for p in analyse("The Wad Madani Resistance Committee said the village was attacked twice.\n").places]
    assert "Wad Madani" in names


def test_a_body_named_by_its_institution_is_no_person(analyse):
    analysis = analyse("The Syrian Observatory for Human Rights, a UK-based war monitor, put the death toll at seven.\n")
    assert {a.name: a.type for a in analysis.actors}["Syrian Observatory for Human Rights"] == "organization"


# --- a headline's verdict after a semicolon ---------------------------------

@pytest.mark.parametrize("text, who, denied", [
    ("Rebels say they downed jet; army denies claim\n", "army", "they downed jet"),
    ("Kyiv says it hit refinery; Moscow denies\n", "Moscow", "it hit refinery"),
])
def test_a_headline_verdict_answers_the_report_before_it(analyse, text, who, denied):
    claims = _said(analyse(text))
    assert len(claims) == 2, [c.content.text for c in claims]
    verdict = next(c for c in claims if c.claimant.name == who)
    assert (verdict.stance, verdict.content.text) == ("denies", denied)


def test_a_headline_verdict_on_the_writers_words_leaves_them_the_writers(analyse):
    analysis = analyse("Nigeria: Boko Haram kills 40 farmers in Borno; army disputes toll\n")
    (verdict,) = _said(analysis)
    assert (verdict.claimant.name, verdict.stance) == ("army", "denies")
    assert verdict.content.text == "Boko Haram kills 40 farmers in Borno"
    (own,) = [c for c in analysis.claims if c.attribution == "author"]
    assert own.content.text == "Nigeria: Boko Haram kills 40 farmers in Borno"


# --- counts and groups --------------------------------------------------------

def test_a_group_among_the_hurt_is_no_rival_count(analyse):
    text = ("At least 23 civilians were killed and 40 injured in shelling on the camp, local sources said.\n\n"
            "WHO said four health workers were injured.\n")
    assert not analyse(text).contradictions


def test_the_same_group_counted_twice_still_meets(analyse):
    text = ("The union said four health workers were killed in the strike.\n\n"
            "The ministry said nine health workers were killed in the strike.\n")
    assert [k.kind for k in analyse(text).contradictions] == ["figure"]


def test_confirmed_dead_before_a_count_of_injured(analyse):
    figures = [(f.category, f.value or f.low) for c in analyse("The group said 39 people were confirmed dead and more than 50 injured.\n").claims for f in c.figures]
    assert figures == [("killed", 39), ("injured", 50)]


def test_a_movement_liberating_a_camp_takes_territory(analyse):
    (claim,) = _said(analyse('The Rapid Support Forces said it had "liberated" the camp from armed groups.\n'))
    assert claim.event is not None and claim.event.sub_type == "Non-state actor overtakes territory"


def test_a_village_said_to_be_in_a_country_is_not_placed_abroad(analyse):
    text = ("UN experts called for an inquiry into the killing of about 500 people in the village of Moura "
            "in central Mali in March 2022. Mali's government rejected the report.\n")
    moura = [p for p in analyse(text).places if p.name == "Moura"]
    assert moura and all(p.country == "ML" for p in moura)


def test_a_place_in_a_list_after_a_comma_keeps_its_own_country(analyse):
    names = {p.name: p.country for p in analyse("Leaders met in Munich, France and Italy sent envoys.\n").places}
    assert names.get("Munich") == "DE"


# --- a list a colon introduces ----------------------------------------------

def test_each_point_of_a_list_is_the_speakers_claim(analyse):
    text = ("What each side says about the camp\n\n"
            "The RSF says:\n"
            "- Its forces entered the camp to expel militias allied with the army.\n"
            "- No civilians were harmed by its fighters.\n\n"
            "The army says:\n"
            "- The RSF shelled the camp for three days before storming it.\n"
            "- At least 400 civilians were killed, according to the regional governor.\n")
    claims = _said(analyse(text))
    points = [(c.claimant.name, c.stance, c.content.text) for c in claims if c.cue is not None and c.cue.text in ("says",)]
    assert points == [
        ("RSF", "asserts", "Its forces entered the camp to expel militias allied with the army."),
        ("RSF", "denies", "No civilians were harmed by its fighters."),
        ("The army", "asserts", "The RSF shelled the camp for three days before storming it."),
    ]
    governor = next(c for c in claims if c.cue is not None and c.cue.text == "according to")
    assert governor.claimant.name == "the regional governor"
    assert [k.kind for k in analyse(text).contradictions] == ["stance"]


@pytest.mark.parametrize("text", [
    ("Police said one attacker blew himself up and that security forces killed five others.\n\n"
     "The group said it had killed dozens of officials and soldiers.\n"),
    "The ministry said 12 people were killed in the strike.\n\nThe health office said two more died overnight.\n",
])
def test_a_count_of_more_is_no_rival_toll(analyse, text):
    assert not [k for k in analyse(text).contradictions if k.kind == "figure"]
