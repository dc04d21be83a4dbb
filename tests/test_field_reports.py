"""Wording from the kinds of reports verification teams read (wire copy, live
pages, fact-checks, NGO statements) that the analyzer used to misread: a
dateline whose place starts with a two-letter word, a live page's time
stamps, a description set off by commas that the parse made a second
subject, a speaker after a quote whose phrase ends in a place, a content cut
inside brackets, a relative clause describing a source, "did not say", and a
fact-check's "Claim:" label. The texts are written for these tests."""

from __future__ import annotations

from lookup import claim_with_cue


def _said(analysis, words: str):
    return next(c for c in analysis.claims if c.cue is not None and words in c.content.text)


def _pair(analysis, a, b):
    """The contradiction between claims ``a`` and ``b``, in either order, or None."""
    return next((k for k in analysis.contradictions if set(k.claims) == {a.id, b.id}), None)


def test_a_dateline_whose_place_opens_with_a_two_letter_word_is_no_content(analyse):
    text = (
        "EL FASHER, Sudan, June 3 (Example Wire) - Shelling killed at least 14 civilians in the city "
        "on Monday, the army said."
    )
    claim = _said(analyse(text), "Shelling")
    assert claim.content.text.startswith("Shelling killed at least 14 civilians")
    assert claim.claimant.name in ("army", "the army")


def test_a_live_page_s_time_stamps_are_neither_speaker_nor_content(analyse):
    text = (
        "09:42 - The city's mayor Ivan Petrenko says two guided bombs hit a school overnight.\n\n"
        "11:30 - Rescuers pulled the body of a man from the debris, the emergency service said."
    )
    analysis = analyse(text)
    says = claim_with_cue(analysis, "says")
    assert text[says.claimant.span[0] : says.claimant.span[1]] == "The city's mayor Ivan Petrenko"
    said = claim_with_cue(analysis, "said")
    assert said.content.text == "Rescuers pulled the body of a man from the debris"


def test_a_description_set_off_by_commas_is_not_the_speaker(analyse):
    text = (
        "Doctors at the Saudi Hospital, one of the few still working in the city, said they had "
        "received 48 wounded, including 11 women."
    )
    said = claim_with_cue(analyse(text), "said")
    assert said.claimant.name == "Doctors at the Saudi Hospital"
    assert text[said.claimant.span[0] : said.claimant.span[1]].startswith("Doctors at the Saudi Hospital")


def test_a_name_set_off_by_commas_still_names_the_speaker(analyse):
    text = "A spokesman for the army, Col. Ahmed Ali, said the strike killed four fighters."
    said = claim_with_cue(analyse(text), "said")
    assert said.claimant.name == "Ahmed Ali"


def test_a_speaker_after_a_quote_is_the_whole_phrase_not_its_last_noun(analyse):
    text = "“We are running out of everything: blood, anaesthetics, fuel,” a doctor at the hospital told reporters."
    told = claim_with_cue(analyse(text), "told")
    assert told.claimant.name == "a doctor at the hospital"
    assert text[told.claimant.span[0] : told.claimant.span[1]] == "a doctor at the hospital"


def test_a_content_cut_inside_brackets_ends_past_them(analyse):
    text = (
        "Videos circulating on social media appear to show members of the Volunteers for the Defence "
        "of the Homeland (VDP), a militia allied with the army, standing among bodies."
    )
    appear = claim_with_cue(analyse(text), "appear")
    assert appear.content.text.endswith("(VDP)")


def test_what_a_source_does_is_no_event_the_writer_reports(analyse):
    text = (
        "The Association for Political Prisoners, which tracks killings by the security forces, "
        "said it had recorded 19 deaths."
    )
    analysis = analyse(text)
    assert [c for c in analysis.claims if c.attribution == "author"] == []
    said = claim_with_cue(analysis, "said")
    assert [f.value for f in said.figures if f.category == "killed"] == [19]


def test_a_witness_who_saw_an_attack_still_reports_it(analyse):
    # a past act in the relative clause is the writer's report of it
    text = "A resident, who saw the shelling of the market, said the shells came from the east."
    analysis = analyse(text)
    assert any(c.attribution == "author" and c.event is not None for c in analysis.claims)


def test_did_not_say_is_no_assertion_and_no_event(analyse):
    text = (
        "The health ministry said a strike had hit a clinic. "
        "The ministry did not say the building had been destroyed."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "say")
    assert said.stance == "rejects"
    assert said.event is None
    assert claim_with_cue(analysis, "said").stance == "asserts"


def test_a_fact_check_s_claim_label_is_no_speaker(analyse):
    text = "Claim: Posts shared widely on social media say that an air strike destroyed the only hospital in the town."
    analysis = analyse(text)
    names = {c.claimant.name for c in analysis.claims}
    assert "Claim" not in names
    say = claim_with_cue(analysis, "say")
    assert say.claimant.span is None or text[say.claimant.span[0] : say.claimant.span[1]] == "Posts shared widely on social media"


def test_people_described_by_the_body_that_interviewed_them_are_not_that_body(analyse):
    text = (
        "Amnesty International said it had documented the killing of at least 50 civilians.\n\n"
        "Twelve eyewitnesses and relatives of victims interviewed by Amnesty International described "
        "seeing soldiers shoot unarmed men in the street."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    described = claim_with_cue(analysis, "described")
    assert said.claimant.name == "Amnesty International"
    assert described.claimant.actor != said.claimant.actor


def test_a_sea_after_a_preposition_in_a_headline_is_the_sea(analyse):
    text = "Houthis claim attack on cargo ship in Red Sea\n\nThe ship was hit 90 nautical miles west of Hodeidah, the group said."
    places = analyse(text).places
    red_sea = next(p for p in places if p.name == "Red Sea")
    assert red_sea.country is None  # not Sudan's Red Sea state
    assert any(p.name == "Hodeidah" and p.country == "YE" for p in places)


def test_red_sea_state_is_still_the_state(analyse):
    text = "Fighting reached Port Sudan, in Red Sea state, on Tuesday, the army said."
    places = analyse(text).places
    assert any(p.name == "Red Sea" and p.country == "SD" for p in places)


def test_a_common_noun_the_ner_took_for_a_place_is_neither_place_nor_government(analyse):
    text = (
        "Amnesty International documented the killing of at least 50 civilians by soldiers of the "
        "Ethiopian National Defence Force in the town of Merawi.\n\n"
        "Eyewitnesses said soldiers went door to door searching for young men after clashes with "
        "Fano militia fighters in and around the town."
    )
    analysis = analyse(text)
    assert "Eyewitnesses" not in {p.name for p in analysis.places}
    said = claim_with_cue(analysis, "said")
    actor = next(a for a in analysis.actors if a.id == said.claimant.actor)
    assert actor.type != "government"
    endf = next(a for a in analysis.actors if a.name == "Ethiopian National Defence Force")
    assert endf.type == "armed_group"


def test_a_monitor_set_off_before_a_subjectless_said_speaks_not_a_village(analyse):
    text = (
        "Nine soldiers were killed on Saturday when fighters attacked their positions near the town of "
        "Kafr Nabudah in the northern countryside of Hama, the Syrian Observatory for Human Rights said."
    )
    said = claim_with_cue(analyse(text), "said")
    assert said.claimant.name == "Syrian Observatory for Human Rights"


def test_a_question_at_a_briefing_asserts_nothing(analyse):
    text = (
        "Question: Can you confirm that UN staff were among those killed in the strike on the school?\n\n"
        "Spokesperson: Our colleagues have reported that two of their staff members were killed."
    )
    analysis = analyse(text)
    asked = claim_with_cue(analysis, "confirm")
    assert asked.stance == "hypothetical"
    assert all(c.stance == "asserts" for c in analysis.claims if c is not asked)


def test_a_passive_verdict_is_its_agent_s_claim_and_meets_the_claim_it_judges(analyse):
    text = "Rebels said they had shot down a jet, a claim denied by the army."
    analysis = analyse(text)
    denied = claim_with_cue(analysis, "denied")
    assert denied.claimant.name == "the army"
    assert denied.content.text == "they had shot down a jet"
    assert denied.stance == "denies"
    said = claim_with_cue(analysis, "said")
    assert {tuple(sorted(k.claims)) for k in analysis.contradictions} == {tuple(sorted((said.id, denied.id)))}


def test_a_verdict_on_a_denial_is_set_against_the_denial(analyse):
    text = "The ministry said its forces had not struck the market, a claim contradicted by UN monitors."
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    verdict = claim_with_cue(analysis, "contradicted")
    assert said.stance == "denies"
    assert verdict.claimant.name == "UN monitors"
    assert verdict.content.text == said.content.text
    assert [tuple(sorted(k.claims)) for k in analysis.contradictions] == [tuple(sorted((said.id, verdict.id)))]


def test_what_someone_owns_is_not_that_person(analyse):
    text = (
        "Senator Ted Cruz said the moderators had asked unfair questions. "
        "Cruz's fusillade in Colorado underscored the importance of being on best behavior."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.claimant.name == "Ted Cruz"
    cruz = next(a for a in analysis.actors if a.id == said.claimant.actor)
    assert not any("fusillade" in alias for alias in cruz.aliases)


def test_a_group_that_maps_the_front_line_is_no_armed_group(analyse):
    text = (
        "DeepState, a volunteer group that maps the front line using open-source information, "
        "said the village was under Russian control."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    actor = next(a for a in analysis.actors if a.id == said.claimant.actor)
    assert actor.type != "armed_group"
    text = "The Polisario Front said its fighters had shelled a Moroccan position."
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert next(a for a in analysis.actors if a.id == said.claimant.actor).type == "armed_group"


def test_a_government_s_own_denial_of_weapons_and_targets_is_a_denial(analyse):
    text = (
        "Statement of the Ministry of Foreign Affairs\n\n"
        "Our armed forces have not used cluster munitions at any time and have never targeted "
        "civilian infrastructure."
    )
    analysis = analyse(text)
    own = [c for c in analysis.claims if c.attribution == "author" and c.event is not None]
    assert own and all(c.stance == "denies" for c in own)
    assert own[0].event.type == "Explosions/Remote violence"


def test_cluster_munitions_reported_used_are_a_shelling(analyse):
    text = "Rights groups said Russian forces had used cluster munitions in Kharkiv."
    said = claim_with_cue(analyse(text), "said")
    assert said.event is not None and said.event.sub_type == "Shelling/artillery/missile attack"
    assert said.stance == "asserts"


def test_asked_whether_is_a_question_whatever_its_words(analyse):
    text = "Reporters asked whether the army was blocking the convoys."
    assert claim_with_cue(analyse(text), "asked").stance == "hypothetical"


def test_not_behind_the_bombing_denies_responsibility(analyse):
    text = (
        "The group said they were not behind the bombing. "
        "Another faction said it had nothing to do with the attack on the market."
    )
    analysis = analyse(text)
    assert [c.stance for c in analysis.claims if c.cue is not None and c.cue.text == "said"] == ["denies", "denies"]


def test_a_group_s_branch_is_no_place(analyse):
    text = (
        "The Islamic State's Khorasan branch claimed responsibility for the attack on the mosque in Peshawar, "
        "in northwest Pakistan."
    )
    places = analyse(text).places
    assert "Khorasan" not in {p.name for p in places}
    assert any(p.name == "Peshawar" for p in places)


def test_a_claim_of_responsibility_meets_blame_on_another_group(analyse):
    text = (
        "A suicide bomber killed 21 people at a mosque in Peshawar on Monday, officials said.\n\n"
        "The Islamic State's Khorasan branch claimed responsibility for the attack. "
        "Interior Minister Rana Sanaullah blamed the TTP nonetheless."
    )
    analysis = analyse(text)
    claimed = claim_with_cue(analysis, "claimed")
    blamed = claim_with_cue(analysis, "blamed")
    pair = _pair(analysis, claimed, blamed)
    assert pair is not None and pair.kind == "responsibility"


def test_the_side_blamed_denying_it_is_set_against_the_blame(analyse):
    text = (
        "KHARTOUM, Feb 1 (Example News) - A drone strike on a crowded vegetable market in Omdurman killed "
        "at least 54 people and wounded 158 on Saturday, the Sudanese health ministry said, blaming the "
        "paramilitary Rapid Support Forces.\n\n"
        "The RSF did not immediately respond to a request for comment. The group has previously denied "
        "targeting civilians."
    )
    analysis = analyse(text)
    blaming = claim_with_cue(analysis, "blaming")
    denied = claim_with_cue(analysis, "denied")
    pair = _pair(analysis, blaming, denied)
    assert pair is not None and pair.kind == "responsibility"
    assert "denies it" in pair.about


def test_a_bare_blame_of_no_one_named_is_no_side(analyse):
    text = (
        "The Islamic State claimed responsibility for the bombing in the city. "
        "The mayor blamed some of it on poor security."
    )
    analysis = analyse(text)
    assert [k for k in analysis.contradictions if k.kind == "responsibility"] == []


def test_a_role_denied_in_something_other_than_an_act_is_no_denial(analyse):
    text = "Bob said he played no role in shaping the talking points about the attacks."
    assert claim_with_cue(analyse(text), "said").stance == "asserts"


def test_he_is_the_commander_known_only_by_his_role(analyse):
    text = (
        "The commander of the unit said that his men had lost 11 fighters near the town.\n\n"
        "\"We will respond,\" he said."
    )
    analysis = analyse(text)
    said = [c for c in analysis.claims if c.cue is not None and c.cue.text == "said"]
    assert len(said) == 2
    assert said[0].claimant.actor == said[1].claimant.actor
    assert said[1].claimant.name == "The commander of the unit"


def test_a_call_sign_is_no_place(analyse):
    text = (
        "The commander of the unit, who goes by the call sign \"Ratibor\", said his men had lost "
        "11 fighters near Bakhmut."
    )
    names = {p.name for p in analyse(text).places}
    assert "Ratibor" not in names
    assert "Bakhmut" in names


def test_a_brigade_s_number_is_part_of_its_name(analyse):
    text = "According to Ukraine's 93rd Mechanized Brigade, the convoy was carrying ammunition."
    claim = claim_with_cue(analyse(text), "According to")
    assert claim.claimant.name == "Ukraine's 93rd Mechanized Brigade"


def test_a_hospital_the_wounded_were_taken_to_is_no_target(analyse):
    text = (
        "Shelling hit the market on Tuesday, killing 12 people, local activists said. "
        "They said at least 40 people were injured and that the field hospitals in the area were overwhelmed."
    )
    analysis = analyse(text)
    assert all(c.event is None or c.event.target != "hospital" for c in analysis.claims)
    text = "An air strike hit the hospital, and the wounded were taken to another hospital, medics said."
    said = claim_with_cue(analyse(text), "said")
    assert said.event is not None and said.event.target == "hospital"


def test_an_alias_the_text_gives_joins_the_actor(analyse):
    text = (
        "The Pakistani Taliban, known as the TTP, said they were not behind the bombing of the mosque.\n\n"
        "Interior Minister Rana Sanaullah blamed the TTP nonetheless."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    actor = next(a for a in analysis.actors if a.id == said.claimant.actor)
    assert "TTP" in actor.aliases
    blamed = claim_with_cue(analysis, "blamed")
    pair = _pair(analysis, said, blamed)
    assert pair is not None and pair.kind == "responsibility"
