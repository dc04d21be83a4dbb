"""Quote-mark scanning (sentences written for claimledger)."""

from __future__ import annotations

import pytest

from claimledger.nlp.quotes import find_quotes


def _spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text,quotes",
    [
        # a straight mark closing a curly quote
        ('“The well is dry,” said the farmer. “We walk four hours for water."', ["“The well is dry,”", '“We walk four hours for water."']),
        ('“The well is dry," said the farmer.', ['“The well is dry,"']),
        # an opening curly mark typed where the closing one belongs
        ("“The well is dry,“ said the farmer.", ["“The well is dry,“"]),
        # a straight quote nested in a curly one still nests
        ('“They called it "a small war" at the time,” she said.', ['“They called it "a small war" at the time,”']),
    ],
)
def test_mixed_quote_marks_pair_up(text, quotes):
    assert _spans(text) == quotes


@pytest.mark.parametrize("opener,closer", [("“", "”"), ("„", "”"), ("«", "»"), ('"', '"'), ("‘", "’"), ("‹", "›")])
def test_find_quotes_after_long_unmarked_text(opener, closer):
    # the scanner jumps from mark to mark: every kind of mark must still be seen
    filler = "The convoy moved north along the coast road before dawn. " * 200
    text = filler + f"The envoy said {opener}the talks will resume next week{closer} in Geneva."
    found = find_quotes(text)
    start = text.index(opener, len(filler))
    assert [(q.start, q.end) for q in found] == [(start, text.index(closer, start + 1) + 1)]
