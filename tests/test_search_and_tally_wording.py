"""Wording of fact checks, field reports and wire copy met in the
twenty-seventh round: a search that found nothing ("found no evidence
that ..."), a fact check's "Claim:" field, a pronoun inside a clause that
stands for the sentence's subject, a running total set against one denied
act, dates a state began at ("since 2019"), a day-month-year dateline the
tagger splits, the wounded someone treated, "Kyiv's militants", "no sign
of damage", and aid bodies the small tagger calls people. The texts are
written for these tests."""

from __future__ import annotations

import pytest


def _one(analysis, name):
    (claim,) = [c for c in analysis.claims if c.claimant.name == name]
    return claim


@pytest.mark.parametrize("text, speaker, content", [
    ("Investigators found no evidence that the hospital had been used by fighters.\n",
     "Investigators", "the hospital had been used by fighters"),
    ("We found no report of 20 newborns dying in Kherson.\n", "We", "20 newborns dying in Kherson"),
    ("The panel found no sign of chemical weapons at the site.\n", "The panel", "chemical weapons"),
    ("The inspectors did not find any trace of explosives in the truck.\n", "The inspectors", "explosives"),
])
def test_a_search_that_found_nothing_doubts_what_was_sought(analyse, text, speaker, content):
    claim = _one(analyse(text), speaker)
    assert claim.stance == "doubts"
    assert content in claim.content.text
    assert claim.cue is not None and claim.cue.text.startswith(("found", "find"))


def test_a_finding_reported_by_another_keeps_the_doubt(analyse):
    claim = _one(analyse("The ministry said its engineers had found no sign of damage to the dam.\n"), "The ministry")
    assert claim.stance == "doubts"
    assert claim.event is None or claim.event.sub_type != "Agreement"  # "sign" of damage is no signing


@pytest.mark.parametrize("text", [
    "We found that the video was filmed in 2022.\n",
    "Investigators found evidence that the hospital had been shelled.\n",
])
def test_a_search_that_found_something_is_no_doubt(analyse, text):
    claims = analyse(text).claims
    assert claims and all(c.stance == "asserts" for c in claims)


def test_signing_a_truce_is_still_an_agreement(analyse):
    (claim,) = analyse("The two sides will sign the truce on Friday, mediators said.\n").claims
    assert claim.event is not None and claim.event.sub_type == "Agreement"


FACT_CHECK = (
    "FACT CHECK: Did a missile strike destroy the maternity ward?\n\n"
    "Verdict: MISLEADING\n\n"
    "Claim: A video shared thousands of times on Telegram shows a missile striking a maternity "
    "hospital in Kherson, killing 20 newborns.\n"
)


def test_a_fact_check_s_claim_field_is_no_speaker(analyse):
    a = analyse(FACT_CHECK)
    names = {c.claimant.name for c in a.claims}
    assert "Claim" not in names and "Verdict" not in names
    (claim,) = [c for c in a.claims if "maternity hospital in Kherson" in c.content.text]
    assert claim.claimant.name.startswith("video shared thousands of times")
    assert a.document.text[claim.claimant.span[0] : claim.claimant.span[1]] == "A video shared thousands of times on Telegram"


@pytest.mark.parametrize("text, name", [
    ("The Israeli military later published a list of nine names it said were militants killed in the strike.\n",
     "Israeli military"),
    ("The ministry released figures that it said showed 40 people had died.\n", "ministry"),
])
def test_a_pronoun_in_a_clause_stands_for_the_sentence_s_subject(analyse, text, name):
    a = analyse(
        "UNRWA said about 2,000 people had been sheltering at the school.\n\n" + text
    )
    (claim,) = [c for c in a.claims if c.claimant.span and a.document.text[c.claimant.span[0]:c.claimant.span[1]] == "it"]
    assert name in claim.claimant.name  # (not UNRWA, the last to speak)


def test_a_running_total_does_not_contradict_a_denial_of_one_act(analyse):
    a = analyse(
        "The military government's spokesman denied that the air force had targeted civilians in the village.\n\n"
        "A monitoring group says more than 5,700 civilians have been killed by the security forces since the coup.\n"
    )
    assert not [x for x in a.contradictions if x.kind == "stance"]


def test_one_act_denied_and_asserted_still_contradicts(analyse):
    a = analyse(
        "The military denied that its aircraft had bombed the school in the village.\n\n"
        "Residents said aircraft bombed the school in the village on Monday.\n"
    )
    assert [x for x in a.contradictions if x.kind == "stance"]


@pytest.mark.parametrize("text", [
    "Two villagers said the compound had served as a primary school since 2019.\n",
    "The group says more than 5,700 civilians have been killed by the security forces since the coup in February 2021.\n",
])
def test_when_a_state_or_a_count_began_is_not_when_the_claim_happened(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.when is None


def test_an_event_date_beside_a_since_date_is_kept(analyse):
    (claim,) = analyse("The army said 12 soldiers were killed on 3 May 2021, the worst loss since 2019.\n").claims
    assert claim.when is not None and claim.when.date == "2021-05-03"


def test_a_day_month_year_dateline_the_tagger_splits_dates_the_report(analyse):
    a = analyse(
        "Air strike on school kills children\n\nBy a staff reporter\n\n"
        "BANGKOK, 17 September 2024 - A military aircraft bombed a school on Monday morning, "
        "killing 11 children, residents said.\n"
    )
    (claim,) = [c for c in a.claims if c.claimant.name == "residents"]
    assert claim.when is not None and claim.when.date == "2024-09-16"


@pytest.mark.parametrize("text, count", [
    ("MSF said it had treated 62 people with shrapnel wounds.\n", 62),
    ("Doctors said they treated 40 people for burns and gunshot wounds.\n", 40),
])
def test_people_treated_for_wounds_are_the_injured(analyse, text, count):
    (claim,) = analyse(text).claims
    assert [(f.category, f.value) for f in claim.figures] == [("injured", count)]


def test_patients_treated_for_a_disease_are_not_the_injured(analyse):
    a = analyse("The clinic said it treated 300 patients for cholera.\n")
    assert not [f for c in a.claims for f in c.figures if f.category == "injured"]


@pytest.mark.parametrize("text, place", [
    ('A Russian-installed official wrote that "Kyiv\'s militants have murdered infants".\n', "Kyiv"),
    ("Russia's air strikes on Kharkiv killed four people, officials said.\n", "Russia"),
])
def test_a_country_or_capital_owning_forces_is_no_place_of_the_act(analyse, text, place):
    a = analyse(text)
    assert place not in {a.places[i].name for c in a.claims for i in c.places}


def test_the_place_the_forces_hit_stays(analyse):
    a = analyse("Russia's air strikes on Kharkiv killed four people, officials said.\n")
    assert "Kharkiv" in {a.places[i].name for c in a.claims for i in c.places}


@pytest.mark.parametrize("name", ["Médecins Sans Frontières", "MSF", "Doctors Without Borders"])
def test_aid_bodies_without_a_body_word_are_organisations(analyse, name):
    a = analyse(f"{name} said it had treated 62 people at the hospital.\n")
    assert [x.type for x in a.actors if x.name == name] == ["organization"]


def test_a_briefing_s_date_field_dates_its_days(analyse):
    a = analyse(
        "Press briefing notes on Sudan\n\nLocation: Geneva\nDate: 12 July 2024\n\n"
        "We are alarmed by reports that at least 47 civilians were killed when fighters attacked a village on 5 June.\n"
    )
    (claim,) = [c for c in a.claims if c.figures]
    assert claim.when is not None and claim.when.date == "2024-06-05"


@pytest.mark.parametrize("text, name", [
    ("According to data collected by the UN, 40 people were killed in the district.\n", "UN"),
    ("According to figures compiled by the monitor, 40 people were killed in the district.\n", "the monitor"),
])
def test_data_speaks_for_whoever_gathered_it(analyse, text, name):
    (claim,) = [c for c in analyse(text).claims if c.attribution != "author"]
    assert name in claim.claimant.name
    assert claim.claimant.span is not None  # (the mention stays the data the text names)


def test_documents_seen_by_a_reporter_are_not_the_reporter_s(analyse):
    (claim,) = [c for c in analyse("According to documents seen by Reuters, the army planned the raid.\n").claims if c.attribution != "author"]
    assert "Reuters" not in claim.claimant.name


def test_a_people_named_for_a_region_is_no_place(analyse):
    a = analyse("A farmer said he counted 54 bodies, most of them ethnic Amhara, in the town of Gimbi.\n")
    names = {a.places[i].name for c in a.claims for i in c.places}
    assert "Amhara" not in names and "Gimbi" in names


def test_who_launched_weapons_is_no_place_of_the_act(analyse):
    a = analyse("Ukraine's air force said Russia had launched 16 drones and two missiles at Odesa overnight.\n")
    names = {a.places[i].name for c in a.claims for i in c.places}
    assert "Russia" not in names and "Odesa" in names


def test_a_movement_s_name_is_no_retaking(analyse):
    (claim,) = analyse("The regional government blamed the Oromo Liberation Army (OLA) for the killings.\n").claims
    assert claim.event is None or claim.event.sub_type != "Government regains territory"
    assert claim.content.text.endswith("for the killings")  # (the acronym's bracket ends no complement)


def test_signing_up_for_a_newsletter_is_no_agreement(analyse):
    a = analyse("Sign up for our newsletter to get the latest news.\n")
    assert not [c for c in a.claims if c.event is not None and c.event.sub_type == "Agreement"]


def test_signing_a_ceasefire_is_an_agreement(analyse):
    (claim,) = analyse("The rebels signed a ceasefire with the army on Friday.\n").claims
    assert claim.event is not None and claim.event.sub_type == "Agreement"


@pytest.mark.parametrize("text", [
    'The military said it had carried out a "precise strike" on militants inside the compound.\n',
    "The military said it had carried out a strike on militants hiding in the village.\n",
])
def test_a_strike_carried_out_on_fighters_is_an_attack_not_a_stoppage(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.type != "Protests"


@pytest.mark.parametrize("text", [
    "Teachers went on strike on Monday over unpaid wages.\n",
    "The union launched a strike over pay.\n",
])
def test_a_labour_strike_stays_a_protest(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.event is not None and claim.event.type == "Protests"


def test_a_role_drops_its_possessive(analyse):
    a = analyse(
        "UNRWA said about 2,000 people had been sheltering at the school. Its commissioner general, "
        'Philippe Lazzarini, wrote on X that "no place is safe in Gaza".\n'
    )
    (claim,) = [c for c in a.claims if c.claimant.name == "Philippe Lazzarini"]
    assert claim.claimant.role == "commissioner general"


@pytest.mark.parametrize("text", [
    "One official said heavy gunfire could be heard since dawn.\n",
    "Residents said smoke could be seen over the port.\n",
])
def test_what_could_be_heard_or_seen_was_perceived_not_supposed(analyse, text):
    (claim,) = analyse(text).claims
    assert claim.stance == "asserts"


def test_what_people_could_do_stays_hypothetical(analyse):
    (claim,) = analyse("The envoy said 200,000 people could flee to Turkey.\n").claims
    assert claim.stance == "hypothetical"


def test_a_denied_claim_by_named_rebels_is_theirs(analyse):
    a = analyse("The ministry dismissed claims by the rebels that its aircraft had bombed the market.\n")
    by = {c.claimant.name: c for c in a.claims}
    assert by["the rebels"].stance == "asserts" and "bombed the market" in by["the rebels"].content.text
    assert by["The ministry"].stance == "denies"


def test_a_statement_s_we_is_the_body_named_after_of(analyse):
    a = analyse(
        "Statement of the Ministry of Foreign Affairs on the shelling of Stepanakert\n\n"
        "The Ministry of Foreign Affairs condemns the shelling of residential areas.\n\n"
        "We call on the mediators to give a proper assessment of these actions.\n"
    )
    (claim,) = [c for c in a.claims if c.stance == "demands"]
    assert claim.claimant.name == "Ministry of Foreign Affairs"


@pytest.mark.parametrize("text, who", [
    ("We reject as groundless the allegations of the other side that our forces shelled the town of Tartar.\n", "the other side"),
    ("The ministry rejected the allegation of the rebels that its aircraft had bombed the market.\n", "the rebels"),
])
def test_an_allegation_rejected_is_its_makers_claim_and_contradicts_the_rejection(analyse, text, who):
    a = analyse(text)
    (alleged,) = [c for c in a.claims if c.claimant.name == who]
    assert alleged.stance == "asserts" and alleged.content.text.startswith("that ")
    (denial,) = [c for c in a.claims if c.stance == "denies"]
    assert denial.content.text == alleged.content.text
    assert [x for x in a.contradictions if set(x.claims) == {alleged.id, denial.id}]


def test_allegations_of_a_crime_name_no_one(analyse):
    a = analyse("The court heard allegations of torture that were never investigated.\n")
    assert not [c for c in a.claims if c.claimant.name == "torture"]


BULLETIN = (
    "Daily bulletin of the Ministry of Health, 14 October 2023\n\n"
    "The number of people killed since the start of the aggression has risen to 2,670, including 724 children and 458 women.\n\n"
    "The ministry denies claims by the occupation army that the hospital was hit by a rocket fired by a Palestinian group.\n\n"
    "We appeal to the World Health Organization to urgently send medical supplies.\n"
)


def test_a_bulletin_s_running_toll_and_its_parts_are_the_killed(analyse):
    a = analyse(BULLETIN)
    (toll,) = [c for c in a.claims if c.figures and "2,670" in c.content.text]
    assert sorted((f.category, f.value) for f in toll.figures) == [("killed", 458), ("killed", 724), ("killed", 2670)]


def test_a_bulletin_s_we_is_the_ministry_that_issued_it(analyse):
    (appeal,) = [c for c in analyse(BULLETIN).claims if c.stance == "demands"]
    assert appeal.claimant.name == "Ministry of Health"


def test_claims_by_an_army_the_ministry_denies_are_the_army_s(analyse):
    a = analyse(BULLETIN)
    (army,) = [c for c in a.claims if c.claimant.name == "the occupation army"]
    assert army.stance == "asserts" and army.content.text.startswith("that the hospital was hit")
    (denial,) = [c for c in a.claims if c.stance == "denies"]
    assert denial.content.text == army.content.text


def test_a_report_tag_after_a_long_lead_and_a_bracketed_dateline_is_the_report_s(analyse):
    a = analyse(
        "(Beirut, 3 March 2022) - An air strike by the coalition on a detention centre in Saada in January "
        "killed at least 80 detainees and wounded more than 200, and should be investigated as a possible war "
        "crime, the group said in a report published today.\n"
    )
    (claim,) = a.claims
    assert claim.claimant.name == "the group" and claim.attribution == "indirect"
    assert claim.content.text.startswith("An air strike by the coalition")


def test_a_relative_that_on_a_claim_stays_a_verdict(analyse):
    (claim,) = analyse("The army rejected a claim that residents contested.\n").claims
    assert claim.claimant.name == "The army"


def test_a_compound_alone_is_no_government_building(analyse):
    (claim,) = analyse("The military said it had carried out a strike on militants inside the compound.\n").claims
    assert claim.event is not None and claim.event.target != "government building"


def test_a_district_compound_is_a_government_building(analyse):
    (claim,) = analyse("Taliban fighters attacked the district compound overnight, officials said.\n").claims
    assert claim.event is not None and claim.event.target == "government building"


def test_an_accusation_rejected_is_the_blame_before_it(analyse):
    a = analyse(
        "Gunmen killed dozens of people in the town of Gimbi on Saturday, survivors said.\n\n"
        "The regional government blamed the Oromo Liberation Army (OLA), which it calls a terrorist group. "
        "An OLA spokesman, Odaa Tarbii, rejected the accusation.\n"
    )
    (x,) = [x for x in a.contradictions if x.kind == "stance"]
    by_id = {c.id: c for c in a.claims}
    assert {by_id[i].claimant.name for i in x.claims} == {"The regional government", "Odaa Tarbii"}


def test_a_total_since_a_date_named_before_its_words_is_still_a_running_total(analyse):
    a = analyse(
        "The group said that no civilians were deliberately targeted.\n\n"
        "Since April 2023, our Office has documented the killing of more than 4,000 civilians in Darfur alone.\n"
    )
    assert not [x for x in a.contradictions if x.kind == "stance"]


def test_the_group_is_the_group_named_before_not_a_town_the_tagger_called_a_body(analyse):
    a = analyse(
        "A video shows a guided bomb hitting an apartment block in Bakhmut, according to an analysis "
        "by the investigative group Verifiers.\n\n"
        "The group said it had matched the outline of the building with satellite images.\n"
    )
    (claim,) = [c for c in a.claims if c.content.text.startswith("it had matched")]
    assert claim.claimant.name == "Verifiers"
    assert [x.type for x in a.actors if x.name == "Verifiers"] == ["organization"]


def test_a_country_s_ministry_is_no_place_of_the_act(analyse):
    a = analyse(
        "A video shows a bomb hitting an apartment block in Bakhmut, not a depot as Russia's defence "
        "ministry claimed, according to the group.\n"
    )
    names = {a.places[i].name for c in a.claims for i in c.places}
    assert "Russia" not in names and "Bakhmut" in names


def test_a_country_owning_the_government_that_acts_there_stays_its_place(analyse):
    a = analyse("Congo's government on Tuesday declared a new outbreak of Ebola in the country's rural northwest.\n")
    assert "Congo" in {a.places[i].name for c in a.claims for i in c.places}


@pytest.mark.parametrize("text, count", [
    ("At least 14 people were killed or wounded in the shelling of the market, local officials said.\n", None),
    ("The strike killed or injured 30 civilians, officials said.\n", 30),
])
def test_killed_or_wounded_counts_neither_alone(analyse, text, count):
    (claim,) = analyse(text).claims
    assert [(f.category, f.value) for f in claim.figures] == [("other", count)]


def test_killed_and_wounded_count_each(analyse):
    (claim,) = analyse("Two soldiers were killed and five wounded, the army said.\n").claims
    assert sorted((f.category, f.value) for f in claim.figures) == [("injured", 5), ("killed", 2)]
