"""No-break and thin spaces read as plain spaces: spaCy's tokenizer makes a
token of each ("rejected" no longer follows "a figure residents" but a space
token), so a report pasted from a web page with them parsed differently from
the same report typed with spaces. The model now reads them as spaces; the
analysis keeps the document's own characters and offsets. The texts are
written for these tests."""

from __future__ import annotations

NBSP = "\xa0"


def _keys(analysis):
    return [(c.claimant.name, c.stance, c.attribution, c.content.span) for c in analysis.claims]


def test_a_no_break_space_changes_no_claim(analyse):
    text = f"Medics said 23 people died. The army put the toll at 9,{NBSP}a figure residents rejected."
    with_nbsp, with_space = analyse(text), analyse(text.replace(NBSP, " "))
    assert _keys(with_nbsp) == _keys(with_space)
    assert any(c.claimant.name == "residents" and c.stance == "denies" for c in with_nbsp.claims)


def test_texts_keep_the_documents_own_characters(analyse):
    text = (f"Col.{NBSP}Yusuf Haddad, a spokesman for the army, said{NBSP}the village had been cleared of fighters."
            f"\n\nThe mayor said\u202fthat 40{NBSP}families had fled.")
    analysis = analyse(text)
    assert analysis.claims
    for claim in analysis.claims:
        assert claim.text == text[claim.span[0] : claim.span[1]]
        assert claim.content.text == text[claim.content.span[0] : claim.content.span[1]]
        if claim.cue is not None:
            assert claim.cue.text == text[claim.cue.span[0] : claim.cue.span[1]]
    assert any(NBSP in c.text for c in analysis.claims)
    assert any(c.claimant.name == "the army" or "Haddad" in c.claimant.name for c in analysis.claims)
