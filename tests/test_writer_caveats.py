"""A wire writer's caveat after a reported claim ("..., though this could not
be independently verified") is the writer's remark, not the speaker's words,
however the parse hangs it. The text is written for these tests."""

from __future__ import annotations

REPORT = """Residents said the shelling lasted all night, though this could not be verified.

Witnesses said the convoy was hit twice, although this could not be independently verified.

The army said 40 fighters were killed near the dam, but the figure could not be independently confirmed.

He said the bridge was still standing, though it was not clear for how long.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text and c.attribution != "author")


def test_a_caveat_after_a_claim_is_not_part_of_it(analyse):
    analysis = analyse(REPORT)
    assert _claim(analysis, "the shelling lasted").content.text == "the shelling lasted all night"
    assert _claim(analysis, "the convoy was hit").content.text == "the convoy was hit twice"
    toll = _claim(analysis, "40 fighters were killed")
    assert toll.content.text == "40 fighters were killed near the dam"
    assert [(f.category, f.value) for f in toll.figures] == [("killed", 40)]


def test_a_doubt_that_is_no_caveat_on_verification_stays(analyse):
    analysis = analyse(REPORT)
    bridge = _claim(analysis, "the bridge was still standing")
    assert "not clear for how long" in bridge.content.text
