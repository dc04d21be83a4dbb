"""The attribute ruler read as a table gives the same Doc as spaCy's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from claimledger.nlp import attribute_table
from claimledger.nlp.pipeline import load_model, make_nlp

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "examples" / "reports"

# words the stock English ruler has special rules for: contractions over two
# tokens ("gonna", "let's"), patterns with a regular expression ("nothin'",
# "y'all"), a dependency ("There are"), a lower-case form with a tag
SPECIAL = (
    "Y'all ain't gonna believe this, he said. We gotta go. Let's see: c'mon, nothin' happened.\n"
    "There are 12 dead, there's no water and there were no doctors, the mayor said; "
    "I'd have left, but she'd stayed. Ain't that right? Nuthin' was left of the market.\n\n"
    "“They ’re lying,” said the minister's spokesman."
)


def _attributes(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    stock = load_model()
    table = load_model()
    assert attribute_table.install(table)
    return stock, table


def test_same_tags_as_the_stock_ruler(pipelines):
    stock, table = pipelines
    texts = [SPECIAL] + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*"))]  # (html as markup: more odd tokens)
    assert len(texts) > 10
    tokens = 0
    for a, b in zip(stock.pipe(texts), table.pipe(texts)):
        assert _attributes(a) == _attributes(b)
        tokens += len(a)
    assert tokens > 1500


def test_special_rules_are_applied(pipelines):
    stock, table = pipelines
    doc = table(SPECIAL)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    # the two-token and regular-expression rules did something, as in spaCy's ruler
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"
    assert lemmas["nothin'"] == "nothing"
    assert _attributes(doc) == _attributes(stock(SPECIAL))


def test_make_nlp_uses_the_table_unless_told_not_to(monkeypatch):
    assert "claimledger_attribute_table" in make_nlp(components=[]).pipe_names
    monkeypatch.setenv("CLAIMLEDGER_ATTRIBUTE_TABLE", "0")
    names = make_nlp(components=[]).pipe_names
    assert "attribute_ruler" in names and "claimledger_attribute_table" not in names


def test_patterns_of_every_kind():
    """A ruler of its own: IN / NOT_IN, a flag, a REGEX on the text, a negative
    index, and an operator (left to a Matcher) all give what spaCy's ruler gives."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": {"IN": ["VBD", "VBZ"]}, "LOWER": {"NOT_IN": ["was"]}}]], {"POS": "VERB", "LEMMA": "act"})
    ruler.add([[{"ORTH": {"REGEX": "^[A-Z]{2,}$"}}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "new"}, {"LOWER": "york"}]], {"LEMMA": "NYC"}, index=-1)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"LEMMA": "intensified"}, index=-1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    ruler.add([[{"TAG": "NN", "LOWER": "army"}]], {"POS": "PROPN"})  # later rule wins over the first
    words = ["The", "army", "said", "UN", "staff", "in", "New", "York", "were", "very", "very", "tired", "\n", "and", "was", "gone"]
    tags = ["DT", "NN", "VBD", "NNP", "NN", "IN", "NNP", "NNP", "VBD", "RB", "RB", "JJ", "_SP", "CC", "VBD", "VBN"]
    spaces = [True] * len(words)

    def fresh() -> Doc:
        return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)

    expected = _attributes(ruler(fresh()))
    table = attribute_table.AttributeTable(nlp).take(ruler)
    got = _attributes(table(fresh()))
    assert got == expected
    by_word = {w: (pos, lemma) for w, _, pos, _, lemma in got}
    assert by_word["army"][0] == "PROPN" and by_word["staff"][0] == "NOUN"
    assert by_word["said"] == ("VERB", "act") and by_word["was"][0] != "VERB"
    assert by_word["UN"][0] == "PROPN" and by_word["York"][1] == "NYC" and by_word["tired"][1] == "intensified"
