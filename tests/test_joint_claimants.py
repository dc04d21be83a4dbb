"""Claims made by two parties at once ("the army and the RSF", "Moscow and
Damascus have both denied"): the claimant is the whole list, never its last
capitalised member alone, nor the floating "each" or "both" the parse can
take for a subject. The texts are written for these tests."""

from __future__ import annotations

from lookup import claim_with_cue


def _speaker(text: str, claim) -> str:
    return text[claim.claimant.span[0] : claim.claimant.span[1]]


def test_each_after_a_list_of_parties_is_not_the_claimant(analyse):
    text = (
        "KHARTOUM - The army and the RSF have each accused the other of shelling the "
        "central market in Omdurman on Sunday."
    )
    accused = claim_with_cue(analyse(text), "accused")
    assert _speaker(text, accused) == "The army and the RSF"
    assert accused.claimant.name == "army and RSF"


def test_a_common_noun_member_stays_in_the_claimant_s_name(analyse):
    text = "Local officials and the UN said the road to the camp was closed on Tuesday."
    said = claim_with_cue(analyse(text), "said")
    assert said.claimant.name == "Local officials and UN"


def test_both_before_or_after_the_list_is_not_part_of_the_name(analyse):
    text = (
        "Both the army and the RSF said the market was shelled by the other side.\n\n"
        "The Russian Defence Ministry and the Syrian army both denied that their aircraft "
        "had struck the convoy."
    )
    analysis = analyse(text)
    said = claim_with_cue(analysis, "said")
    assert said.claimant.name == "army and RSF"
    denied = claim_with_cue(analysis, "denied")
    assert _speaker(text, denied) == "The Russian Defence Ministry and the Syrian army"
    assert denied.claimant.name == "Russian Defence Ministry and Syrian army"
    assert denied.stance == "denies"


def test_a_list_of_names_is_unchanged(analyse):
    text = "Jim Crawford and Bill Raglin said the bridge had been destroyed."
    said = claim_with_cue(analyse(text), "said")
    assert said.claimant.name == "Jim Crawford and Bill Raglin"
