"""A rights group's findings, and a Security Council session on a strike whose
toll a relative clause reports. The texts are written for these tests."""

from __future__ import annotations

FINDINGS = """The Valley Rights Centre said it had verified 11 videos and photographs showing the aftermath of the 2 May strike on a school in Kfar Nabl, in which 14 civilians were killed.

Its researchers identified fragments of a guided bomb at the site.
"""

SESSION = """The strike on the displacement camp near Kfar Nabl, which local health officials said killed 27 people, was discussed by the Security Council on Monday.

The French ambassador called the strike "unacceptable."
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_what_pictures_show_is_part_of_the_finding(analyse):
    analysis = analyse(FINDINGS)
    finding = _claim(analysis, "verified 11 videos")
    assert "photographs showing the aftermath" in finding.content.text
    assert [(f.value, f.category) for f in finding.figures] == [(14, "killed")]
    # no claim of the photographs' own, nor the writer's copy of the sentence
    assert not any(c.claimant.name == "photographs" for c in analysis.claims)
    assert not any(c.attribution == "author" and "verified 11 videos" in c.content.text for c in analysis.claims)


def test_a_toll_reported_inside_a_relative_clause(analyse):
    analysis = analyse(SESSION)
    toll = _claim(analysis, "killed 27 people")
    assert toll.claimant.name == "local health officials"
    assert [(f.value, f.category) for f in toll.figures] == [(27, "killed")]


def test_a_strike_that_kills_is_no_stoppage_of_work(analyse):
    analysis = analyse(SESSION)
    verdict = _claim(analysis, "the strike")
    assert verdict.event is not None and verdict.event.type == "Explosions/Remote violence"
