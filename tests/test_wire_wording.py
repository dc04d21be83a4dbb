"""Wire-copy and statement wording the analyzer used to misread: a dateline
with an agency tag before the speaker, places the small NER took for actors,
refusals and withheld answers, claims called false, and headlines. The
texts are written for these tests."""

from __future__ import annotations

import pytest

from lookup import actor_of, claim_with_cue


WIRE = (
    "Rebels reject truce as Mariupol shelling continues\n\n"
    "MARIUPOL, Ukraine, April 2 (Example Wire) - Separatist leaders said on Tuesday they would not "
    "accept a ceasefire that left government troops in the port.\n\n"
    "Ukraine's foreign ministry said Kyiv would not negotiate while the attacks went on. "
    "Officials in Kyiv declined to say how many soldiers were killed near the airport."
)


def test_a_dateline_with_an_agency_tag_is_not_the_speaker(analyse):
    analysis = analyse(WIRE)
    said = next(c for c in analysis.claims if c.cue is not None and c.cue.text == "said" and "ceasefire" in c.content.text)
    assert said.claimant.name == "Separatist leaders"
    assert WIRE[said.claimant.span[0] : said.claimant.span[1]] == "Separatist leaders"
    assert actor_of(analysis, said).type == "armed_group"


def test_places_the_ner_took_for_actors_are_no_actors(analyse):
    analysis = analyse(WIRE)
    names = {a.name for a in analysis.actors}
    # "Mariupol shelling" (tagged an organisation), the dateline, "said Kyiv would ..." (tagged a person)
    assert not names & {"Mariupol", "MARIUPOL", "Kyiv"}
    assert any(p.name == "Mariupol" for p in analysis.places)
    rejects = claim_with_cue(analysis, "reject")
    assert rejects.event is None or not rejects.event.actors


def test_officials_in_a_capital_are_the_government_not_the_city(analyse):
    analysis = analyse(WIRE)
    declined = claim_with_cue(analysis, "declined")
    actor = actor_of(analysis, declined)
    assert actor.name == "Officials in Kyiv"
    assert actor.type == "government"
    assert "Kyiv" not in actor.aliases


def test_a_headline_object_is_not_extended_over_a_time_clause(analyse):
    analysis = analyse(WIRE)
    rejects = claim_with_cue(analysis, "reject")
    assert rejects.content.text == "truce"
    assert rejects.stance == "rejects"


def test_what_a_speaker_would_not_tell_is_no_figure_and_no_event(analyse):
    analysis = analyse(WIRE)
    declined = claim_with_cue(analysis, "declined")
    assert declined.content.text.startswith("to say how many soldiers")
    assert declined.figures == []
    assert declined.event is None


@pytest.mark.parametrize(
    "text,cue,stance",
    [
        ("Rebel commanders said they would never accept the truce terms.", "said", "rejects"),
        ('"We will never agree to a truce on these terms," said Denis Orlov, a separatist commander.', "said", "rejects"),
        ("The commanders said they had agreed to the truce.", "said", "asserts"),
        ("The spokesman would not say whether the army had returned fire.", "say", "rejects"),
        ("A military spokesman said 20 people had died but did not say who fired the shells.", "say", "rejects"),
        ("Asked whether the army had used cluster munitions, the spokesman said he would check.", "Asked", "hypothetical"),
        ("The aid agency questioned whether the army had used cluster munitions.", "questioned", "doubts"),
        ('The defence ministry said claims that its tanks had crossed the border were "absurd".', "said", "denies"),
        ("The army said Moscow's reports of an attack on the plant were pure propaganda.", "said", "denies"),
        ("The army said reports of an attack on the plant had reached its commanders.", "said", "asserts"),
        ('Russia\'s defence ministry called the reports "fake news".', "called", "denies"),
        ("The ministry called the strike a war crime.", "called", "asserts"),
        ("The RSF did not respond to a letter sent by the researchers.", "respond to", "rejects"),
        ("Asked about the strikes, the spokesman said the army was investigating.", "Asked about", "hypothetical"),
    ],
)
def test_refusals_withheld_answers_and_claims_called_false(analyse, text, cue, stance):
    claim = claim_with_cue(analyse(text), cue)
    assert claim.stance == stance


def test_a_withheld_answer_does_not_contradict_an_assertion(analyse):
    text = (
        "Human Rights Watch said the army had used cluster munitions in the village.\n\n"
        "A military spokesman would not say whether the army had used cluster munitions."
    )
    analysis = analyse(text)
    assert claim_with_cue(analysis, "say").stance == "rejects"
    assert analysis.contradictions == []


def test_a_headline_denial_is_the_denier_s_not_the_writer_s(analyse):
    text = (
        "Shelling hits market in Kharkiv; army denies role\n\n"
        "At least 14 people were killed when shells struck the central market in Kharkiv on Saturday, "
        "local health officials said."
    )
    analysis = analyse(text)
    headline = next(c for c in analysis.claims if c.attribution == "author" and c.span[0] == 0)
    assert headline.stance == "asserts"
    assert not any(
        any(c.id == x and c.attribution == "author" for c in analysis.claims for x in pair.claims)
        for pair in analysis.contradictions
    )
    health = next(c for c in analysis.claims if c.claimant.name == "local health officials")
    assert actor_of(analysis, health).type == "government"


MONITOR = (
    "Monitor: 52 dead in Idlib raids; Damascus says only militants hit\n\n"
    "BEIRUT, March 9 (Example Wire) - Air raids on the Syrian province of Idlib killed at least 52 people, "
    "including 11 children, the Syrian Observatory for Human Rights said on Thursday.\n\n"
    "The Britain-based monitor said government jets carried out more than 40 strikes on towns in the south of the province. "
    "The state news agency quoted a military source as saying the air force had targeted militant positions. "
    "Moscow has repeatedly denied bombing civilian areas in Syria.\n\n"
    '"There is no safe place left," said Abu Ahmad, a father of three who fled the town with his family.'
)


def test_a_second_speaker_after_a_semicolon_in_a_headline(analyse):
    analysis = analyse(MONITOR)
    first = claim_with_cue(analysis, ":")
    assert first.content.text == "52 dead in Idlib raids"
    says = claim_with_cue(analysis, "says")
    assert says.claimant.name == "Damascus"
    assert says.content.text == "only militants hit"


def test_a_toll_the_parse_hung_on_the_reporting_verb_stays_in_the_claim(analyse):
    analysis = analyse(MONITOR)
    said = next(c for c in analysis.claims if c.claimant.name == "Syrian Observatory for Human Rights" and "Air raids" in c.content.text)
    assert said.content.text.endswith("including 11 children")
    assert [f.text for f in said.figures] == ["at least 52 people", "11 children"]


def test_a_description_of_an_organisation_joins_the_one_that_spoke(analyse):
    analysis = analyse(MONITOR)
    jets = next(c for c in analysis.claims if "jets" in c.content.text)
    actor = actor_of(analysis, jets)
    assert actor.name == "Syrian Observatory for Human Rights"
    assert "The Britain-based monitor" in actor.aliases
    assert actor.type == "organization"


def test_quoted_as_saying_gives_the_words_to_the_one_quoted(analyse):
    analysis = analyse(MONITOR)
    saying = claim_with_cue(analysis, "saying")
    assert saying.claimant.name == "a military source"
    assert saying.reported_by is not None and "news agency" in saying.reported_by.name
    assert saying.content.text == "the air force had targeted militant positions"


def test_a_capital_s_denial_is_a_claim(analyse):
    analysis = analyse(MONITOR)
    denied = claim_with_cue(analysis, "denied")
    assert denied.claimant.name == "Moscow"
    assert denied.stance == "denies"
    assert denied.content.text == "bombing civilian areas"


def test_no_safe_place_is_no_denial(analyse):
    analysis = analyse(MONITOR)
    said = next(c for c in analysis.claims if c.claimant.name == "Abu Ahmad")
    assert said.stance == "asserts"


@pytest.mark.parametrize(
    "text,sub_type",
    [
        ("Dozens killed in strike on Rafah camp\n\nAn airstrike hit the camp on Sunday night, the ministry said.", "Air/drone strike"),
        ("12 killed in Russian strikes on Kharkiv\n\nMissiles hit the city centre on Monday, the governor said.", "Shelling/artillery/missile attack"),
    ],
)
def test_a_headline_strike_that_kills_is_a_strike_from_the_air_or_by_missile(analyse, text, sub_type):
    analysis = analyse(text)
    headline = next(c for c in analysis.claims if c.span[0] == 0)
    assert headline.event is not None
    assert headline.event.type == "Explosions/Remote violence"
    assert headline.event.sub_type == sub_type


SUDAN = (
    "Sudan: RSF accused of killing dozens in El Fasher village raid\n\n"
    "The army accused the Rapid Support Forces on Monday of killing at least 40 civilians in a raid on a village "
    "west of El Fasher. The RSF rejected the accusation. "
    '"These are lies spread by the army to cover its defeats," an RSF adviser said in a post on X.'
)


def test_the_one_accused_in_a_headline_is_not_the_accuser(analyse):
    analysis = analyse(SUDAN)
    headline = claim_with_cue(analysis, "accused of")
    assert headline.claimant.name == "unnamed source"
    accused = claim_with_cue(analysis, "accused")
    assert accused.claimant.name == "The army"


def test_these_are_lies_is_a_denial(analyse):
    analysis = analyse(SUDAN)
    lies = next(c for c in analysis.claims if c.claimant.name == "an RSF adviser")
    assert lies.stance == "denies"
    # a one-letter name ("a post on X") is no actor
    assert not any(a.name.strip(". \n") == "X" for a in analysis.actors)


KIVU = (
    "Flash Update No. 12: Escalation in North Kivu\n\n"
    "GOMA, 14 February - Heavy fighting between the Congolese armed forces and M23 fighters continued on 13 February "
    "around Sake, according to local authorities.\n\n"
    "The M23 denied shelling the displacement site and blamed the army."
)


def test_a_report_title_before_a_colon_is_no_speaker(analyse):
    analysis = analyse(KIVU)
    assert not any("Flash Update" in c.claimant.name for c in analysis.claims)
    assert not any("Flash Update" in a.name for a in analysis.actors)


def test_a_day_month_dateline_is_not_in_the_claim(analyse):
    analysis = analyse(KIVU)
    fighting = claim_with_cue(analysis, "according to")
    assert fighting.content.text.startswith("Heavy fighting")
    assert fighting.claimant.name == "local authorities"


def test_an_armed_group_s_name_is_no_place(analyse):
    analysis = analyse(KIVU)
    assert claim_with_cue(analysis, "denied").claimant.name == "M23"
    assert [p.name for p in analysis.places if p.name == "M23"] == []
    assert any(p.name == "Sake" for p in analysis.places)


DRONES = (
    "Ukraine's air force said Russia had launched 97 drones at Ukraine overnight, and that 80 drones were shot down. "
    "Kyiv does not usually comment on attacks inside Russia. "
    'The Kremlin has said the strikes are "terrorist acts", a description Ukraine rejects.'
)


def test_a_speaker_s_name_is_no_act_of_the_writer(analyse):
    analysis = analyse(DRONES)
    # "air force" names who speaks; the drones are the air force's claim, not the writer's as well
    assert not any(c.attribution == "author" and "drones" in c.content.text for c in analysis.claims)
    said = next(c for c in analysis.claims if c.claimant.name == "Ukraine's air force")
    assert said.event is not None


def test_no_comment_is_no_report(analyse):
    analysis = analyse(DRONES)
    comment = next(c for c in analysis.claims if c.cue is not None and c.cue.text.startswith("comment"))
    assert comment.stance == "rejects"
    assert comment.event is None
    assert actor_of(analysis, comment).type == "government"


def test_the_writer_s_aside_on_a_description_is_not_in_the_claim(analyse):
    analysis = analyse(DRONES)
    kremlin = next(c for c in analysis.claims if c.claimant.name == "Kremlin")
    assert kremlin.content.text == 'the strikes are "terrorist acts"'


def test_no_answer_to_questions_about_an_attack_reports_no_attack(analyse):
    analysis = analyse("A spokesman for the regional governor did not respond to questions about the shelling.")
    assert not any(c.event is not None for c in analysis.claims)


def test_a_month_in_a_dateline_is_no_place_and_a_town_is_no_actor(analyse):
    text = (
        "KHAN YOUNIS, Gaza Strip, Jan 22 (Example Wire) - Tanks shelled the area around the hospital on Monday, "
        "killing at least 20 people, the health ministry said. The military said its forces were operating in "
        "western Khan Younis."
    )
    analysis = analyse(text)
    assert "Jan" not in [p.name for p in analysis.places]
    assert "Khan Younis" in [p.name for p in analysis.places]
    assert not any(a.name.lower() == "khan younis" for a in analysis.actors)


@pytest.mark.parametrize(
    "text,event",
    [
        ("The Red Crescent said its headquarters in the city had come under fire.", "Violence against civilians"),
        ("The minister said he had come under fire for his remarks on the budget.", None),
    ],
)
def test_coming_under_fire(analyse, text, event):
    said = claim_with_cue(analyse(text), "said")
    assert (said.event.type if said.event else None) == event


def test_a_present_tense_appeal_after_and_is_the_speaker_s_next_act(analyse):
    analysis = analyse(
        "Humanitarian organizations warn that access to Sake is severely limited and call on all parties "
        "to respect international humanitarian law."
    )
    warn = claim_with_cue(analysis, "warn")
    assert warn.content.text == "that access to Sake is severely limited"
    call = claim_with_cue(analysis, "call")
    assert call.claimant.name == "Humanitarian organizations"
    assert call.stance == "demands"
    # one "will" for both verbs: the second is still what was said
    said = claim_with_cue(analyse("Supporters say the move will reduce poverty and help struggling families."), "say")
    assert said.content.text.endswith("help struggling families")


def test_a_title_case_headline_word_is_no_place_and_a_man_is_a_person(analyse):
    text = (
        "Yemen: Coalition Airstrike Killed Wedding Guests\n\n"
        "An airstrike on a wedding party in Hajjah governorate killed at least 21 civilians, Human Rights Watch said. "
        "A 34-year-old man who lost his brother told Human Rights Watch that he heard two explosions."
    )
    analysis = analyse(text)
    names = [p.name for p in analysis.places]
    assert "Wedding" not in names and "Hajjah" in names
    told = claim_with_cue(analysis, "told")
    assert actor_of(analysis, told).type == "person"


KRAMATORSK = (
    "Toll disputed after market blast in Kramatorsk\n\n"
    "KRAMATORSK, Ukraine, July 3 - Ukrainian officials said 11 people were killed and 40 wounded when a missile "
    "struck a market in Kramatorsk on Tuesday.\n\n"
    "The regional governor, Vadym Filashkin, later raised the toll to 14 dead."
)


def test_a_dateline_place_the_parse_made_the_subject_is_not_the_speaker(analyse):
    analysis = analyse(KRAMATORSK)
    said = claim_with_cue(analysis, "said")
    assert said.claimant.name == "Ukrainian officials"
    assert not any("KRAMATORSK" in a.name for a in analysis.actors)


def test_a_disputed_toll_in_a_headline_is_not_the_writer_s_denial(analyse):
    analysis = analyse(KRAMATORSK)
    headline = next(c for c in analysis.claims if c.span[0] == 0)
    assert headline.stance == "asserts"


def test_raising_the_toll_is_the_governor_s_figure(analyse):
    analysis = analyse(KRAMATORSK)
    raised = claim_with_cue(analysis, "raised")
    assert raised.claimant.name == "Vadym Filashkin"
    assert [f.value for f in raised.figures] == [14]


def test_an_account_someone_called_absurd_is_their_denial_not_their_report(analyse):
    text = (
        "Pro-Russian separatist officials said Ukrainian air defence had caused the damage, "
        'an account Kyiv called "absurd".'
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.claimant.name == "Pro-Russian separatist officials"
    assert said.reported_by is None
    called = claim_with_cue(analysis, "called")
    assert called.claimant.name == "Kyiv"
    assert called.stance == "denies"
    assert called.content.text == said.content.text == "Ukrainian air defence had caused the damage"


def test_armed_groups_named_by_their_names_and_medics_are_typed(analyse):
    analysis = analyse(
        "The Islamic State group said it carried out the attack. Hayat Tahrir al-Sham said its fighters held the town. "
        "The PKK denied the attack. A medic said 12 people were wounded.\n"
    )
    types = {a.name: a.type for a in analysis.actors}
    assert types["Islamic State group"] == "armed_group"
    assert types["Hayat Tahrir al-Sham"] == "armed_group"
    assert types["PKK"] == "armed_group"
    assert types["A medic"] == "person"


def test_what_a_statement_did_not_mention_is_no_event(analyse):
    text = "Russia's defence ministry said it had hit military facilities overnight. It did not mention drones."
    mention = next(c for c in analyse(text).claims if c.cue is not None and c.cue.text.startswith("mention"))
    assert mention.stance == "rejects"
    assert mention.event is None


@pytest.mark.parametrize(
    "text",
    [
        "The communication service said order had been restored. It made no mention of civilian deaths.",
        "The army said the strike hit a weapons depot. The statement made no reference to the market.",
    ],
)
def test_making_no_mention_is_not_mentioning(analyse, text):
    # as "did not mention": no claim that the deaths happened
    (claim,) = [c for c in analyse(text).claims if c.cue is not None and c.cue.text.startswith(("mention", "made"))]
    assert claim.stance == "rejects"


def test_a_fighters_commander_does_not_bring_a_town_abroad(analyse):
    # Fano is a town in Italy; in a report on Amhara it names the militia
    text = (
        "Fighting between federal troops and Fano militiamen in the Amhara region town of Kobo killed 15 people. "
        "A Fano commander, reached by phone, said government drones had struck the town's market.\n"
    )
    places = [(p.name, p.country) for p in analyse(text).places]
    assert ("Kobo", "ET") in places and not [p for p in places if p[1] == "IT"]


def test_a_denial_by_it_is_kept_whatever_the_cue_model_says(analyse):
    text = (
        "The RSF did not respond to a request for comment. It has previously denied attacking civilian areas "
        "and accused the army of shelling neighbourhoods under its control."
    )
    denied = claim_with_cue(analyse(text), "denied")
    assert (denied.claimant.name, denied.stance, denied.content.text) == ("RSF", "denies", "attacking civilian areas")
