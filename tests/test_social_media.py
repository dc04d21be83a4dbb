"""Claims that reach a report through posts, videos and statements made
public by someone, and through open-source investigators. The texts are
written for these tests."""

from __future__ import annotations

from lookup import claim_with_cue


def test_who_posted_a_video_speaks_through_it(analyse):
    text = "A video posted on Telegram by the regional governor, Vitaliy Kim, showed firefighters working in the rubble."
    showed = claim_with_cue(analyse(text), "showed")
    assert showed.claimant.name == "Vitaliy Kim"


def test_who_released_a_statement_speaks_through_it(analyse):
    said = claim_with_cue(analyse("A statement released by the army said the strike hit a weapons depot."), "said")
    assert "army" in said.claimant.name and "statement" not in said.claimant.name.lower()


def test_who_obtained_a_document_did_not_write_it(analyse):
    said = claim_with_cue(analyse("A document obtained by Example Wire said the strike hit a weapons depot."), "said")
    assert "Example Wire" not in said.claimant.name


def test_what_investigators_found_stays_in_what_they_said(analyse):
    text = (
        "Analysts at an open-source investigation group said they had geolocated the footage to the "
        "shopping centre and found no sign of military equipment in it."
    )
    said = claim_with_cue(analyse(text), "said")
    assert said.content.text.endswith("found no sign of military equipment in it")


def test_the_reporter_s_own_next_act_still_ends_the_content(analyse):
    text = "The monitor said it had documented the strike and added that 12 people died."
    analysis = analyse(text)
    assert claim_with_cue(analysis, "said").content.text == "it had documented the strike"
    assert claim_with_cue(analysis, "added").content.text == "that 12 people died"


def test_not_hurting_a_candidacy_is_no_harm_to_people(analyse):
    text = (
        "Aides denied that Mr. Okafor kept the letter secret so as not to hurt the campaign.\n\n"
        "In 1975, when Mr. Okafor died, the movement split in two."
    )
    assert analyse(text).contradictions == []



def test_without_evidence_is_the_writer_s_remark_not_the_claim(analyse):
    text = (
        "A military blogger claimed on Telegram that enemy commanders had been present at the wake, "
        "without providing evidence."
    )
    claimed = claim_with_cue(analyse(text), "claimed")
    assert claimed.content.text == "that enemy commanders had been present at the wake"


def test_offering_no_proof_is_no_act_of_saying(analyse):
    analysis = analyse("The army said the hospital was used by fighters, without offering any proof for the claim.")
    assert [c.cue.text for c in analysis.claims if c.cue] == ["said"]
    assert analysis.claims[0].content.text == "the hospital was used by fighters"
