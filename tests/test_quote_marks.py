"""Double quote marks of every style read as plain ones by the statistical
model (``claimledger.nlp.quote_marks``): curly double quotes, guillemets and
the doubled apostrophes of some newspapers' house style ('' ... '') get the
plain mark's shape, prefix and suffix, so a report parses the same whichever
marks it uses. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from claimledger.nlp.quote_marks import plain_form

STYLES = (('"', '"'), ("“", "”"), ("''", "''"), ("«", "»"))

# sentences whose parse changed with the style of their quote marks
SENTENCES = (
    "The mayor said the siege was {over} and that aid would {soon} arrive.",
    "Officials described the strike as {precise} and {limited}.",
    "{The hospital was empty,} a military spokesman said, {and it was used as a base.}",
    "The rebels, who call themselves {liberators}, denied the charge.",
    "{We did not fire on the market,} the ministry said.",
)


def _styled(sentence: str, marks: tuple[str, str]) -> str:
    return sentence.replace("{", marks[0]).replace("}", marks[1])


@pytest.fixture(scope="module")
def bare_nlp():
    from claimledger.nlp.pipeline import make_nlp

    return make_nlp(components=[])


def test_plain_form_of_quote_marks():
    assert plain_form("“") == '"'
    assert plain_form("”") == '"'
    assert plain_form("''") == '"'
    assert plain_form("``") == '"'
    assert plain_form("„") == '"'
    assert plain_form("«") == plain_form("»") == '"'
    # single curly marks stay: they tell a quote inside a quote from an apostrophe
    assert plain_form("‘") == "‘"
    assert plain_form("’s") == "’s"
    assert plain_form("said") == "said"


def test_the_component_runs_before_the_model(bare_nlp):
    assert bare_nlp.pipe_names[0] == "claimledger_quote_marks"
    assert bare_nlp.pipe_names.index("tok2vec") > 0


def test_marks_get_the_plain_marks_features_and_nothing_else_changes(bare_nlp):
    text = "“No,” she said. ''Yes,'' he said. \"Maybe,\" they said. It’s over."
    doc = bare_nlp(text)
    assert doc.text == text
    plain = bare_nlp.vocab['"']
    for token in doc:
        if token.text in ("“", "”", "''"):
            assert token.is_quote
            assert token.norm_ == '"'
            assert (token.shape_, token.prefix_, token.suffix_) == (plain.shape_, plain.prefix_, plain.suffix_)
        assert text[token.idx : token.idx + len(token)] == token.text
    its = next(t for t in doc if t.text == "’s")
    assert its.shape_ == "’x"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_parses_the_same_with_any_style_of_quote_marks(bare_nlp, sentence):
    def parse(marks):
        doc = bare_nlp(_styled(sentence, marks))
        return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc if not t.is_quote]

    plain = parse(STYLES[0])
    for marks in STYLES[1:]:
        assert parse(marks) == plain, marks


def test_doubled_apostrophes_keep_a_description_whole(analyse):
    for marks in STYLES:
        (claim,) = [c for c in analyse(_styled(SENTENCES[1], marks)).claims if c.attribution != "author"]
        assert claim.claimant.name == "Officials"
        assert claim.content.text.startswith("the strike as")
        assert "limited" in claim.content.text, marks
