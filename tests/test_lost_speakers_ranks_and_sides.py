"""Reports met in the thirty-first round: speakers the parse lost or hid
(a subject swallowed into the count before it, a ministry set off after a
place, "A source close to the ministry", a governor the NER called an
organisation, "Lt. Col." read as the end of a sentence, a relative clause
that is a report, "the group" said twice of two groups), what was said cut
short or run on (a participle misread as a verb, the reporter's next charge
hung on the clause), a
headline's "Ministry: ..." speaker, tolls put "higher", tolls over years,
one side's dead inside a toll that names no side, and withheld evidence.
The texts are written for these tests."""

from __future__ import annotations


def _said(analysis):
    return [c for c in analysis.claims if c.attribution != "author"]


def _by_cue(analysis):
    return {c.cue.text: c for c in _said(analysis) if c.cue is not None}


def _actor(analysis, claim):
    return next(a for a in analysis.actors if a.id == claim.claimant.actor)


# --- speakers the parse lost or hid ------------------------------------------

def test_a_speaker_the_parse_made_one_subject_with_the_count(analyse):
    text = ("A government air strike on a school in the north killed at least 19 people, most of them children, "
            "a local defence group and residents said on Thursday.\n")
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "a local defence group and residents"
    assert "at least 19 people" in claim.content.text
    assert "said" not in claim.content.text


def test_a_ministry_set_off_after_a_place_speaks(analyse):
    text = "Three people were killed when a drone struck a car near Nabatieh, Lebanon's health ministry said.\n"
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "Lebanon's health ministry"
    assert claim.content.text.startswith("Three people were killed")


def test_a_source_close_to_a_body_is_not_named_by_its_adjective(analyse):
    text = "A source close to the Russian defence ministry told a news agency that debris had fallen in a forest.\n"
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "source close to the Russian defence ministry"


def test_a_governor_the_ner_calls_an_organisation_is_he(analyse):
    text = ('Governor Volodymyr Artiukh said on Telegram that the bus had been carrying workers. '
            '"This was a deliberate strike on civilians," he wrote.\n')
    analysis = analyse(text)
    claims = _by_cue(analysis)
    assert claims["wrote"].claimant.name == "Volodymyr Artiukh"
    assert claims["wrote"].claimant.actor == claims["said"].claimant.actor


def test_a_full_name_with_a_known_given_name_takes_the_pronoun(analyse):
    text = 'Volodymyr Artiukh said that the bus had been carrying workers. "This was a deliberate strike," he said.\n'
    analysis = analyse(text)
    assert {c.claimant.name for c in _said(analysis)} == {"Volodymyr Artiukh"}
    assert [a.name for a in analysis.actors] == ["Volodymyr Artiukh"]


def test_abbreviated_ranks_do_not_end_the_sentence(analyse):
    analysis = analyse("Army spokesman Brig. Nabil Abdallah said the paramilitary continues to target civilians.\n")
    (claim,) = _said(analysis)
    assert claim.claimant.name == "Nabil Abdallah"
    assert "Brig" not in [a.name for a in analysis.actors]
    (claim,) = _said(analyse("The spokesman, Lt. Col. Nadav Shoshani, said the strike hit a command centre.\n"))
    assert claim.claimant.name == "Nadav Shoshani"
    assert claim.content.text == "the strike hit a command centre"


def test_a_report_that_said_is_not_that_said(analyse):
    text = ("Rwanda has repeatedly denied backing M23, despite a UN experts report that said 3,000 to 4,000 "
            "Rwandan soldiers were fighting alongside the group.\n")
    claims = _by_cue(analyse(text))
    assert claims["said"].claimant.name == "UN experts report"
    assert claims["said"].content.text == "3,000 to 4,000 Rwandan soldiers were fighting alongside the group"


def test_a_report_the_parse_hung_on_the_listener_keeps_its_reporter(analyse):
    text = "Survivors told the rights group that soldiers accused residents of cooperating with militants.\n"
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "soldiers"
    assert claim.reported_by is not None and claim.reported_by.name == "Survivors"


def test_the_group_said_twice_is_whoever_spoke_last(analyse):
    text = ("Human Rights Watch said the killings amounted to ethnic cleansing, the group said.\n\n"
            "The RSF did not respond to written questions. In past statements, the group has said that it "
            "was not involved in the fighting.\n")
    claims = _said(analyse(text))
    last = claims[-1]
    assert last.content.text.startswith("that it was not involved")
    assert last.claimant.name == "RSF"
    assert claims[0].claimant.name == "Human Rights Watch"


def test_a_person_from_a_named_quarter_is_not_the_quarter(analyse):
    text = '"They told us to leave," said a 35-year-old woman from the Al Jamarik neighbourhood.\n'
    (claim,) = _said(analyse(text))
    assert claim.claimant.name != "Al Jamarik"
    assert "woman" in claim.claimant.name


def test_a_document_speaks_for_its_owner(analyse):
    text = ("The health ministry released new figures on Monday. According to the ministry's statement, "
            "31 people were killed in the past 24 hours.\n")
    analysis = analyse(text)
    (claim,) = _said(analysis)
    assert claim.claimant.name == "the ministry"
    assert text[claim.claimant.span[0] : claim.claimant.span[1]] == "the ministry's statement"
    (claim,) = _said(analyse("Monday's statement said 40 people died.\n"))
    assert claim.claimant.name != "Monday"


def test_someone_seeming_to_say_something_says_it(analyse):
    (claim,) = _said(analyse("The governor seemed to acknowledge that the dam had been hit.\n"))
    assert claim.claimant.name == "The governor"
    assert claim.content.text == "that the dam had been hit"
    (claim,) = _said(analyse("The strike seems to have killed ten people.\n"))
    assert claim.claimant.name == "unnamed source"


def test_reportedly_gives_way_to_the_source_named_after_it(analyse):
    text = "Between 2 and 9 August, 214 people were reportedly killed in Gaza, according to the Ministry of Health.\n"
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "Ministry of Health"
    assert "according" not in claim.content.text


# --- what was said, cut short or run on --------------------------------------

def test_a_participle_read_as_a_verb_does_not_cut_the_report(analyse):
    text = ("The Israel Defense Forces said on Tuesday that rockets fired from Lebanon had fallen in open areas "
            "near Haifa and that there were no casualties.\n")
    (claim,) = _said(analyse(text))
    assert claim.content.text.endswith("there were no casualties")


def test_the_reporters_next_charge_after_a_passive_report(analyse):
    text = ("Amnesty International said more than 1,300 people had been killed in the state in the past two years, "
            "and accused authorities of failing to protect rural communities.\n")
    claims = _by_cue(analyse(text))
    assert claims["said"].content.text.endswith("in the past two years")
    assert claims["accused"].claimant.name == "Amnesty International"
    assert claims["accused"].content.text == "authorities of failing to protect rural communities"


def test_artillery_does_not_accuse(analyse):
    text = ("The group's spokesman, Fateh Qurashi, said the army's own artillery had hit the market and accused "
            "military commanders of \"using civilians as shields.\"\n")
    claims = _by_cue(analyse(text))
    assert claims["said"].content.text == "the army's own artillery had hit the market"
    assert claims["accused"].claimant.name == claims["said"].claimant.name


def test_blaming_after_a_denial_is_the_speakers_charge(analyse):
    text = ("The gang leader said on Tuesday his fighters had not attacked the hospital, "
            "blaming police for the fire that destroyed its main building.\n")
    claims = _by_cue(analyse(text))
    assert claims["said"].content.text == "his fighters had not attacked the hospital"
    assert claims["said"].stance == "denies"
    assert claims["blaming"].claimant.name == "The gang leader"


def test_evidence_not_offered_is_withheld_not_asserted(analyse):
    (claim,) = _said(analyse("He did not offer evidence.\n"))
    assert claim.stance == "rejects"
    (claim,) = _said(analyse("Russian officials did not publish images of the drones or of any damage.\n"))
    assert claim.stance == "rejects"
    (claim,) = _said(analyse("The group offered evidence that the convoy was hit.\n"))
    assert claim.stance == "asserts"


# --- headlines -----------------------------------------------------------------

def test_a_live_page_headline_names_its_speaker_before_the_colon(analyse):
    analysis = analyse("09:50 GMT - Lebanon's health ministry: three killed in strike on car\n")
    (claim,) = _said(analysis)
    assert claim.claimant.name == "Lebanon's health ministry"
    assert claim.content.text == "three killed in strike on car"
    (claim,) = _said(analyse("UN: 2 million people face famine in Gaza\n"))
    assert claim.claimant.name == "UN"


def test_a_country_or_kicker_before_the_colon_is_a_label(analyse):
    for text in ("Sudan: RSF and army trade blame over market shelling\n", "Burkina Faso: Soldiers accused of massacre in village\n",
                 "Live: Israel-Lebanon border\n", "Gaza's hospitals: no fuel left\n"):
        assert not any(c.cue is not None and c.cue.text == ":" for c in analyse(text).claims), text


def test_a_ranking_after_the_tag_is_no_report_of_the_writer(analyse):
    text = ("Soldiers killed at least 223 villagers in two villages in February, the rights group said on Thursday, "
            "in one of the worst army abuses in the country in years.\n")
    analysis = analyse(text)
    assert [c.attribution for c in analysis.claims] == ["indirect"]


# --- tolls ---------------------------------------------------------------------

def test_a_toll_put_higher_is_a_rival_count(analyse):
    text = ("Police said 17 people were killed in the raid.\n\n"
            "A community leader put the death toll higher, at 23, and said dozens of homes had been burned.\n")
    analysis = analyse(text)
    put = _by_cue(analysis)["put"]
    assert [(f.category, f.value) for f in put.figures] == [("killed", 23)]
    assert [(k.kind, k.about) for k in analysis.contradictions] == [("figure", "killed: 17 people vs 23")]


def test_a_toll_over_years_is_no_rival_of_one_raids(analyse):
    text = ("Gunmen killed 17 people in an overnight raid, police said.\n\n"
            "Amnesty International said more than 1,300 people had been killed in the state in the past two years.\n")
    assert analyse(text).contradictions == []


def test_one_sides_dead_are_inside_a_toll_that_names_no_side(analyse):
    text = ("At least 32 people were killed and 63 wounded in the hotel siege, the health minister told reporters.\n\n"
            "Police spokesman Abdifatah Hassan said four attackers had been killed.\n")
    assert analyse(text).contradictions == []
    text = ("The military said it had killed a senior commander in the strike.\n\n"
            "The health ministry said 40 people were killed in the strike.\n")
    assert analyse(text).contradictions == []
    text = ("The army said 30 soldiers were killed in the attack.\n\n"
            "The ministry said 12 people were killed in the attack.\n")
    assert [k.kind for k in analyse(text).contradictions] == ["figure"]


# --- verdicts and the things they point at --------------------------------------

def test_a_verdict_in_an_account_disputed(analyse):
    text = ("The rebel spokesman accused the army of firing the shells from positions near the lake, "
            "in an account the army disputed.\n")
    analysis = analyse(text)
    claims = _by_cue(analysis)
    assert claims["disputed"].claimant.name == "the army"
    assert claims["disputed"].stance == "denies"
    assert [k.kind for k in analysis.contradictions] == ["responsibility"]
    text = "Residents said gunmen killed at least 30 people in an overnight attack, in an account disputed by regional officials.\n"
    claims = _by_cue(analyse(text))
    assert claims["said"].content.text == "gunmen killed at least 30 people in an overnight attack"
    assert claims["disputed"].claimant.name == "regional officials"
    assert claims["disputed"].stance == "denies"


def test_footage_not_verified_is_not_the_last_claims(analyse):
    text = ("The US command said the strikes were intended to cut off a source of fuel for the group.\n\n"
            "The group's television station broadcast footage of burning fuel tanks at the port. "
            "Reuters could not independently verify the footage.\n")
    assert analyse(text).contradictions == []


def test_a_group_named_by_whom_it_is_tied_to(analyse):
    text = ("Al Shabaab militants stormed a hotel in Mogadishu on Friday, police said.\n\n"
            "The al Qaeda-linked group claimed responsibility for the attack through its radio station.\n")
    claims = _by_cue(analyse(text))
    assert claims["claimed"].claimant.name == "Al Shabaab"


def test_not_involved_in_a_conflict_is_a_denial(analyse):
    (claim,) = _said(analyse('The group has said that it was not involved in "tribal conflict" in the city.\n'))
    assert claim.stance == "denies"


def test_a_toll_among_one_side_is_that_sides(analyse):
    text = ("The armed forces said in a statement that 23 soldiers had died in the attack on the camp.\n\n"
            "Two security sources told Reuters that the death toll among soldiers was above 60.\n")
    analysis = analyse(text)
    told = _by_cue(analysis)["told"]
    assert [(f.category, f.low) for f in told.figures] == [("killed", 60)]
    assert [k.kind for k in analysis.contradictions] == ["figure"]


def test_a_toll_with_fighters_among_it_or_civilians_is_still_a_toll(analyse):
    text = ("Police said 11 people were killed, including three soldiers, and that five attackers had been killed.\n\n"
            "A doctor at the city hospital said the hospital had received 23 bodies.\n")
    assert [k.kind for k in analyse(text).contradictions] == ["figure"]
    text = ("The army said only 12 farmers had died in the attack.\n\n"
            "The governor said 43 people were buried after the attack.\n")
    assert [k.kind for k in analyse(text).contradictions] == ["figure"]


def test_a_name_before_a_verb_read_as_a_noun_speaks(analyse):
    # ("Trump", also a common noun, read with "predicts" as a compound)
    (claim,) = _said(analyse("Trump predicts that many of their supporters will switch to his side.\n"))
    assert claim.claimant.name == "Trump"
    assert claim.content.text.startswith("that many of their supporters will switch")
