"""A briefing's transcript: the heading "Transcript: ..." names the document,
not a speaker; each "SPOKESMAN:" turn is that speaker's. The text is written
for these tests."""

from __future__ import annotations

TRANSCRIPT = """Transcript: Ministry of Defence briefing, 3 March

SPOKESMAN: Last night our air defences intercepted 14 of 16 drones launched towards the capital.

QUESTION: Local media are reporting that a residential building in Pechersk was hit. Can you confirm?

SPOKESMAN: According to our information, no residential buildings were hit.
"""


def test_the_transcript_heading_is_nobody_s_claim(analyse):
    analysis = analyse(TRANSCRIPT)
    assert all(c.claimant.name.lower() != "transcript" for c in analysis.claims)
    assert not any("Ministry of Defence briefing" in c.content.text for c in analysis.claims)


def test_each_turn_is_its_speaker_s_and_the_denial_meets_the_report(analyse):
    analysis = analyse(TRANSCRIPT)
    turns = [c for c in analysis.claims if c.claimant.name == "SPOKESMAN"]
    assert [c.stance for c in turns] == ["asserts", "denies"]
    report = next(c for c in analysis.claims if c.claimant.name == "Local media")
    assert any(set(k.claims) == {report.id, turns[1].id} for k in analysis.contradictions)
