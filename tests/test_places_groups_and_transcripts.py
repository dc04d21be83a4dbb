"""More of the twenty-ninth round's reports: a town named in a headline and
again, placed, below it; the sea a ship was attacked in and the ship's own
name; "the group" that spoke last, though another body was named first;
"the Islamist group" as a body's description; one person killed by name set
against a toll; a briefing transcript's "I" and "we"; "we don't know who
fired"; a caveat on "the casualty figures". The texts are written for these
tests."""

from __future__ import annotations

import pytest


def _said(analysis):
    return [c for c in analysis.claims if c.attribution != "author"]


def test_a_name_placed_once_is_placed_everywhere(analyse):
    text = (
        "Rebels seize town of Nyabibwe, residents say\n\n"
        "GOMA, Feb 4 - Rebels took control of the mining town of Nyabibwe in South Kivu province on Tuesday, residents said.\n"
    )
    analysis = analyse(text)
    found = [(p.name, p.country, p.admin1) for p in analysis.places if p.name == "Nyabibwe"]
    assert len(found) == 2 and found[0] == found[1] and found[0][1] == "CD", found


def test_the_sea_after_a_direction_is_the_sea(analyse):
    text = "The group said it had targeted a bulk carrier with two missiles in the southern Red Sea.\n"
    analysis = analyse(text)
    assert [(p.name, p.country) for p in analysis.places if p.name == "Red Sea"] == [("Red Sea", None)]


def test_a_ship_is_not_a_place(analyse):
    text = "The rebels said they had attacked the Liberian-flagged bulk carrier Eternity Sea off Hodeidah.\n"
    names = [p.name for p in analyse(text).places]
    assert "Eternity Sea" not in names and "Hodeidah" in names


def test_the_group_is_the_one_that_spoke_last(analyse):
    text = (
        "Israel says it killed Hezbollah commander in south Lebanon strike\n\n"
        "Lebanon's state-run National News Agency said two people were killed when a drone struck a car near Nabatieh. "
        "Hezbollah did not immediately confirm the death. In a separate statement, the group said it had fired "
        "rockets at an army base in Kiryat Shmona.\n"
    )
    (claim,) = [c for c in _said(analyse(text)) if "rockets" in c.content.text]
    assert claim.claimant.name == "Hezbollah"


def test_a_described_group_takes_the_name_of_the_body(analyse):
    text = (
        "Al-Shabaab militants attacked a military base on Wednesday, an officer said.\n\n"
        "The Islamist group said in a statement that its fighters had killed 43 soldiers.\n"
    )
    analysis = analyse(text)
    (claim,) = [c for c in _said(analysis) if "43" in c.content.text]
    assert claim.claimant.name == "Al-Shabaab"
    assert "Islamist group" not in [a.name for a in analysis.actors]


def test_one_person_killed_is_not_a_toll(analyse):
    text = (
        "The military said it had killed a senior commander in an air strike on a car near Nabatieh on Tuesday.\n\n"
        "The state news agency said two people were killed when a drone struck a car near Nabatieh.\n"
    )
    assert not [k for k in analyse(text).contradictions if k.kind == "figure"]


def test_a_transcript_line_speaks_for_its_first_person(analyse):
    text = (
        "Q: Can you confirm reports that a UN convoy was fired on near Kadugli yesterday?\n\n"
        "MR. DUJARRIC: Yes. I can tell you that a convoy of four trucks carrying food was hit by small arms fire "
        "about 20 kilometres from Kadugli on Tuesday afternoon. One driver was injured and has been evacuated for "
        "treatment. We don't know who fired on the convoy. We call on all parties to respect the safety of "
        "humanitarian workers.\n\n"
        "Q: Has the Government responded?\n\n"
        "MR. DUJARRIC: Not that I'm aware of.\n"
    )
    claims = _said(analyse(text))
    tell = next(c for c in claims if "four trucks" in c.content.text)
    call = next(c for c in claims if c.stance == "demands")
    unknown = next(c for c in claims if c.content.text.startswith("who fired"))
    assert tell.claimant.name == call.claimant.name == unknown.claimant.name == "DUJARRIC"
    assert unknown.stance == "doubts"


def test_not_knowing_who_did_it_is_a_doubt(analyse):
    text = "The army said it did not know who carried out the attack on the convoy.\n"
    (claim,) = _said(analyse(text))
    assert claim.stance == "doubts"


def test_knowing_that_is_still_a_claim(analyse):
    text = "She said she did not know that the town had fallen until Sunday.\n"
    assert all(c.stance != "doubts" for c in _said(analyse(text)))


def test_a_caveat_on_casualty_figures_points_at_the_toll(analyse):
    text = (
        "At least 27 civilians were killed and more than 60 injured when shells struck the camp on Sunday, "
        "according to local health authorities. Humanitarian partners report that about 4,000 families have fled "
        "the camp since Friday.\n\n"
        "OCHA has not been able to independently verify the casualty figures.\n"
    )
    analysis = analyse(text)
    by_id = {c.id: c for c in analysis.claims}
    pairs = [{by_id[a].claimant.name, by_id[b].claimant.name} for a, b in (k.claims for k in analysis.contradictions)]
    assert {"OCHA", "local health authorities"} in pairs
    assert {"OCHA", "Humanitarian partners"} not in pairs


def test_bodies_lying_in_the_street_are_no_lie(analyse):
    text = "Residents said bodies were lying in the street on Thursday morning.\n"
    (claim,) = _said(analyse(text))
    assert claim.stance == "asserts"


def test_calling_a_claim_lying_is_still_a_denial(analyse):
    text = "The minister said the opposition was lying about the attack.\n"
    (claim,) = _said(analyse(text))
    assert claim.stance == "denies"


def test_checking_said_to_be_hard_is_no_ones_claim(analyse):
    text = "Communications in the area have been cut for weeks, making it difficult to verify information.\n"
    assert _said(analyse(text)) == []


def test_unable_to_verify_is_a_doubt(analyse):
    text = "The UN said it was unable to verify the toll.\n"
    (claim,) = _said(analyse(text))
    assert claim.stance == "doubts"


def test_no_military_target_answers_a_claim_of_one_not_the_attack(analyse):
    text = (
        "Russian artillery shelled a bus stop in the city on Friday morning, killing three people, "
        "the regional prosecutor's office said.\n\n"
        '"There is no military target here. Only civilians," the head of the city administration wrote on Telegram.\n'
    )
    assert not analyse(text).contradictions
    text2 = (
        "The army said the school had been used as a command post by militants.\n\n"
        "The UN said there were no fighters in the school.\n"
    )
    assert analyse(text2).contradictions


def test_a_body_named_after_what_it_is_is_not_a_place(analyse):
    text = "A strike killed seven employees of the charity World Central Kitchen in Deir al-Balah, the charity said.\n"
    assert [p.name for p in analyse(text).places] == ["Deir al-Balah"]


def test_a_denial_set_against_a_claim_by_but(analyse):
    text = (
        "Sources close to the negotiations said the two sides had agreed on a 72-hour humanitarian pause in "
        "Khartoum, but a spokesman for the army denied that any agreement had been reached.\n"
    )
    analysis = analyse(text)
    assert [k.kind for k in analysis.contradictions] == ["stance"]


def test_resistance_forces_are_not_the_state(analyse):
    text = "Resistance forces say they captured border town\n\nThe alliance said on Sunday that its fighters had captured the town.\n"
    claim = next(c for c in _said(analyse(text)) if c.claimant.name == "Resistance forces")
    assert claim.event is not None and claim.event.sub_type == "Non-state actor overtakes territory"


def test_rejecting_a_reports_findings_denies_them(analyse):
    text = (
        "A UN investigation has found that troops executed at least 500 people during an operation in the town, "
        "according to a report released on Friday.\n\n"
        "The transitional government rejected the report's findings, saying that only fighters had been killed.\n"
    )
    analysis = analyse(text)
    first = next(c for c in _said(analysis) if "500" in c.content.text)
    assert first.event is not None and first.event.type == "Violence against civilians"
    denial = next(c for c in _said(analysis) if c.cue is not None and c.cue.text == "rejected")
    assert denial.stance == "denies"
    assert any(set(k.claims) == {first.id, denial.id} for k in analysis.contradictions)


def test_a_council_members_name(analyse):
    text = "Provincial council member Attaullah Afghan said the helicopter had been carrying wounded soldiers.\n"
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "Attaullah Afghan"


def test_aid_workers_read_as_a_verb_still_speak(analyse):
    text = "Aid workers and a hospital official in Dedebit told Reuters that 56 people were killed in the strike.\n"
    (claim,) = _said(analyse(text))
    assert claim.claimant.span is not None
    assert text[claim.claimant.span[0]:claim.claimant.span[1]] == "Aid workers and a hospital official in Dedebit"


@pytest.mark.parametrize("text, name", [
    ("Gaza: Dozens killed in strikes on homes, civil defence says\n\n"
     "At least 33 people were killed overnight, the Palestinian civil defence agency said on Saturday.\n",
     "Palestinian civil defence agency"),
    ("Houthis claim missile attack on ship\n\nThe Houthi movement said on Tuesday that it had targeted a bulk carrier.\n",
     "Houthi movement"),
    ("Haiti: Gang leader says his men will keep fighting\n\n"
     "Jimmy Cherizier, the leader of the G9 gang alliance, said in a video that his fighters would not lay down their arms.\n",
     "Jimmy Cherizier"),
])
def test_a_headline_speaker_is_the_story_speaker_whose_name_holds_it(analyse, text, name):
    names = {c.claimant.name for c in _said(analyse(text))}
    assert names == {name}, names


def test_a_country_in_a_headline_is_not_its_air_force(analyse):
    text = "Ukraine says it downed 48 drones\n\nUkraine's air force said on Sunday that it had shot down 48 drones.\n"
    names = {c.claimant.name for c in _said(analyse(text))}
    assert names == {"Ukraine", "Ukraine's air force"}, names


def test_a_dateline_naming_a_country_of_several_words(analyse):
    text = (
        "BENI, Democratic Republic of Congo, July 28 (Reuters) - Islamist rebels killed at least 40 people in an "
        "overnight attack on a church, local officials said on Sunday.\n"
    )
    (claim,) = _said(analyse(text))
    assert claim.claimant.name == "local officials"
    assert claim.content.text.startswith("Islamist rebels killed")


def test_a_spokesman_named_in_apposition_is_one_person(analyse):
    text = (
        "The army's spokesman in Ituri, Lieutenant Jules Ngongo, put the death toll at 21 and said troops "
        "were pursuing the attackers.\n"
    )
    analysis = analyse(text)
    assert [a.name for a in analysis.actors if "Ngongo" in a.name] == ["Jules Ngongo"]
