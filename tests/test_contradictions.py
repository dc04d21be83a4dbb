"""Contradictions within a document: (claims, expected) tables on plain dataclasses."""

from __future__ import annotations

import pytest

from claimledger.models import Analysis, Claim, Claimant, Content, Document, Figure, Place
from claimledger.nlp.contradictions import find_contradictions, stem


def _claim(i: int, who: str, content: str, stance: str = "asserts", figures=(), places=()) -> Claim:
    return Claim(
        id=f"c{i}",
        span=(0, len(content)),
        text=content,
        claimant=Claimant(name=who, actor=who.lower()),
        content=Content(text=content, span=(0, len(content))),
        attribution="indirect",
        stance=stance,  # type: ignore[arg-type]
        figures=list(figures),
        places=list(places),
    )


def _run(claims, places=()) -> Analysis:
    a = Analysis(document=Document(text="x"), claims=claims, places=list(places))
    find_contradictions(a, None)
    return a


CASES = [
    # (claims, expected kinds)
    (
        [
            _claim(1, "Ministry", "there was no bombing of the hospital in Kafr Hamra", "denies"),
            _claim(2, "Rescuers", "jets bombed the hospital in Kafr Hamra twice"),
        ],
        ["stance"],
    ),
    (
        [
            _claim(1, "Army", "its units never shelled the market in Duma", "denies"),
            _claim(2, "Monitor", "artillery shelling hit the market in Duma"),
        ],
        ["stance"],
    ),
    (
        # same claimant: no contradiction
        [
            _claim(1, "Army", "its units never shelled the market", "denies"),
            _claim(2, "Army", "the shelling of the market was an accident"),
        ],
        [],
    ),
    (
        # different propositions
        [
            _claim(1, "Ministry", "no bombing of the hospital took place", "denies"),
            _claim(2, "Rescuers", "the bakery ran out of flour"),
        ],
        [],
    ),
    (
        # a hypothetical is not a report of an event
        [
            _claim(1, "Ministry", "no bombing of the hospital took place", "denies"),
            _claim(2, "Envoy", "a bombing of the hospital would be a catastrophe", "hypothetical"),
        ],
        [],
    ),
    (
        [
            _claim(1, "Ministry", "no strike on the school happened", "doubts"),
            _claim(2, "Teachers", "an air strike hit the school at noon"),
        ],
        ["stance"],
    ),
]


@pytest.mark.parametrize("claims,kinds", CASES)
def test_contradictions_stance_table(claims, kinds):
    a = _run(claims)
    assert [x.kind for x in a.contradictions] == kinds
    for x in a.contradictions:
        assert x.about and len(x.about) < 160


def test_contradictions_figures_disagree_at_one_place():
    places = [Place(name="Aleppo", span=(0, 6))]
    a = _run(
        [
            _claim(1, "Agency", "3 killed in Aleppo", figures=[Figure("killed", "3 killed", (0, 8), value=3)], places=[0]),
            _claim(2, "Monitor", "27 killed in Aleppo", figures=[Figure("killed", "27 killed", (0, 9), value=27)], places=[0]),
            _claim(3, "Clinic", "40 injured in Aleppo", figures=[Figure("injured", "40 injured", (0, 10), value=40)], places=[0]),
        ],
        places,
    )
    assert [(x.kind, x.claims) for x in a.contradictions] == [("figure", ("c1", "c2"))]
    assert "killed" in a.contradictions[0].about and "Aleppo" in a.contradictions[0].about


def test_contradictions_figure_ranges_that_overlap_agree():
    a = _run(
        [
            _claim(1, "Agency", "between 20 and 30 killed", figures=[Figure("killed", "20-30", (0, 5), low=20, high=30)]),
            _claim(2, "Monitor", "27 killed", figures=[Figure("killed", "27", (0, 2), value=27)]),
        ]
    )
    assert a.contradictions == []


@pytest.mark.parametrize("a,b", [("bombing", "bombed"), ("hospitals", "hospital"), ("strikes", "strike"), ("shelling", "shelled")])
def test_contradictions_stem_joins_word_forms(a, b):
    assert stem(a) == stem(b)
