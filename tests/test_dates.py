"""Dates: mentions found in text, resolved against the publication date."""

from __future__ import annotations

import pytest

from claimledger.nlp.dates import DateMention, SentenceSpan, mention_for, resolve_text

PUBLISHED = "2016-11-21"  # a Monday

RESOLVE = [
    ("on Sunday", ("2016-11-20", "day")),
    ("Monday", ("2016-11-21", "day")),  # the publication day itself
    ("on Friday night", ("2016-11-18", "day")),
    ("yesterday", ("2016-11-20", "day")),
    ("last week", ("2016-11-14", "week")),
    ("in recent weeks", ("2016-11-21", "month")),
    ("last month", ("2016-10-01", "month")),
    ("on 21 March 2020", ("2020-03-21", "day")),
    ("as reported on 3 May", ("2016-05-03", "day")),
    ("on the night of 14 November", ("2016-11-14", "day")),
    ("in June 2015", ("2015-06-01", "month")),
    ("in 2014", ("2014-01-01", "year")),
    ("20/06", ("2016-06-20", "day")),
    ("over 14-16 November", ("2016-11-14", "week")),  # a range of days: its first day
    ("between 1 and 7 November", ("2016-11-01", "week")),
    ("between November 1 and 7", ("2016-11-01", "week")),
    ("between 6-8", None),  # "between 6-8 assailants were killed": a count, not a date
    ("from 2014", ("2014-01-01", "year")),
    ("on 3 and 19 November", ("2016-11-03", "month")),
    ("on 19 November evening", ("2016-11-19", "day")),
    ("the other thing", None),
]


@pytest.mark.parametrize("text,expected", RESOLVE)
def test_dates_resolve(text, expected):
    assert resolve_text(text, PUBLISHED) == expected


FIND = [
    ("On Sunday, gunmen attacked a checkpoint.", ["On Sunday"]),
    ("As reported on 21 March 2020, three soldiers died.", ["As reported on 21 March 2020"]),
    ("Fighting went on last week and in recent weeks.", ["last week", "in recent weeks"]),
    ("Police on 20/06 stopped a convoy.", ["on 20/06"]),
    ("Three people were hurt.", []),
    ("Teachers have waited 8 months for their pay since last week.", ["last week"]),  # a duration is not a date
]


@pytest.fixture(scope="module")
def nlp():
    from claimledger.nlp.pipeline import make_nlp

    return make_nlp(components=["claimledger_dates"])


@pytest.mark.parametrize("text,expected", FIND)
def test_dates_find(nlp, text, expected):
    doc = nlp(text)
    got = [m.text for m in doc._.cl_dates]
    assert got == expected
    assert all(text[m.span[0]:m.span[1]] == m.text for m in doc._.cl_dates)
    assert all(m.reported == ("reported" in m.text.lower()) for m in doc._.cl_dates)


def test_dates_claim_gets_mention_inside_then_sentence_then_before():
    text = "On Sunday a market was hit. Later, more shelling. New paragraph.\n\nNothing here."
    sun = DateMention((0, 9), "On Sunday", SentenceSpan((0, 27)), date="2016-11-20", precision="day")
    assert mention_for((0, 27), [sun], text) is sun  # inside
    assert mention_for((10, 27), [sun], text) is sun  # same sentence
    assert mention_for((28, 49), [sun], text) is sun  # before, same paragraph
    assert mention_for((68, 81), [sun], text) is None  # another paragraph


@pytest.mark.parametrize(
    "text,expected",
    [
        # with no publication date, a weekday or a day without its year cannot be placed
        ("on Tuesday", None),
        ("on 12 June", None),
        ("20/06", None),
        # a year names itself
        ("on 12 June 2023", ("2023-06-12", "day")),
        ("in 2014", ("2014-01-01", "year")),
    ],
)
def test_dates_without_a_publication_date(text, expected):
    assert resolve_text(text, None) == expected


@pytest.mark.parametrize(
    "text,when",
    [
        # the date in the claim's own words, not the date it was said on
        ("The agency said on Friday that 40 people were killed in the camp on Thursday.", "on Thursday"),
        # with no date in its words, the day it was said stands in
        ("The ministry said on Friday that 12 people were killed in the camp.", "on Friday"),
        # a date in the speaker's description dates the speaker, not the claim
        ("The army, which has fought the RSF since April 2023, said the group had shelled the camp.", None),
    ],
)
def test_dates_a_claim_is_dated_by_its_own_words(analyzer, text, when):
    from claimledger.models import Document

    (claim,) = [c for c in analyzer.analyze(Document(text=text, published=PUBLISHED)).claims if c.attribution != "author"]
    assert (claim.when.text if claim.when else None) == when
