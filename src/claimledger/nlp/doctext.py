"""A chunk's text, its quotations and its sentences, computed once per spaCy Doc.

spaCy rebuilds ``Doc.text`` from the tokens on every access (about 3 ms for a
news article), and several components need it, and the quotation marks in it,
again. They are kept in ``doc.user_data`` for the life of the Doc; the text of
a Doc never changes after tokenisation."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from claimledger.nlp.quotes import Quote, find_quotes

_TEXT_KEY = "claimledger.text"
_QUOTES_KEY = "claimledger.quotes"
_SPANS_KEY = "claimledger.quote_spans"
_SENTS_KEY = "claimledger.sentence_starts"


def text_of(doc: Any) -> str:
    """``doc.text``, computed once per Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def quotes_of(doc: Any) -> list[Quote]:
    """:func:`~claimledger.nlp.quotes.find_quotes` of the Doc's text, computed once per Doc."""
    quotes = doc.user_data.get(_QUOTES_KEY)
    if quotes is None:
        quotes = doc.user_data[_QUOTES_KEY] = find_quotes(text_of(doc))
    return quotes


def quote_spans(doc: Any) -> list[tuple[int, int]]:
    """The (start, end) of each of :func:`quotes_of`, computed once per Doc."""
    spans = doc.user_data.get(_SPANS_KEY)
    if spans is None:
        spans = doc.user_data[_SPANS_KEY] = [(q.start, q.end) for q in quotes_of(doc)]
    return spans


def sentence_bounds(tok: Any) -> tuple[int, int]:
    """``(tok.sent.start, tok.sent.end)`` without building the sentence Span
    (the sentence starts are found once per Doc)."""
    doc = tok.doc
    starts = doc.user_data.get(_SENTS_KEY)
    if starts is None:
        starts = doc.user_data[_SENTS_KEY] = [s.start for s in doc.sents]
    k = bisect_right(starts, tok.i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def forget(doc: Any) -> None:
    """Drop what was kept (a Doc that goes on to be stored or serialised)."""
    for key in (_TEXT_KEY, _QUOTES_KEY, _SPANS_KEY, _SENTS_KEY):
        doc.user_data.pop(key, None)
