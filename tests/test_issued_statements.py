"""A ministry's own statement, a fact check that opens with a question, and
two sides each counting their own dead. The texts are written for these
tests."""

from __future__ import annotations

STATEMENT = """Statement by the Ministry of Defence

We reject the report published on Monday by the Valley Monitoring Network. Our forces did not shell the market in Dera.

The Ministry calls on the network to share its raw footage with investigators.
"""

FACT_CHECK = """Fact check: Did the army shell the market in Dera?

A video shared on Facebook claims that the army shelled the market in Dera on Sunday.

The army denied shelling the market.
"""

LOSSES = """The army said it lost four soldiers in the fighting near the river crossing.

A rebel spokesman said the rebels had withdrawn in good order and lost only three men.
"""

WIRE = """The ministry said on Friday that its forces had hit "a temporary deployment point" of the militia near the dam.

At least 30 people were killed in three days of shelling in the old town, the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said on Friday, citing local health authorities.

A military source said the missile was an Iskander-M fired from across the border.
"""


def _claim(analysis, words):
    return next(c for c in analysis.claims if words in c.content.text)


def test_we_in_a_statement_is_the_body_that_issued_it(analyse):
    analysis = analyse(STATEMENT)
    ministry = next(a for a in analysis.actors if a.name == "Ministry of Defence")
    rejection = _claim(analysis, "the report published on Monday")
    assert rejection.claimant.actor == ministry.id
    assert rejection.stance == "denies"
    # "The Ministry", capitalised, is the short form of the name before it
    demand = _claim(analysis, "to share its raw footage")
    assert demand.claimant.actor == ministry.id
    assert all("\n" not in alias for alias in ministry.aliases)


def test_we_without_an_issuer_line_stays_unresolved(analyse):
    analysis = analyse(STATEMENT.replace("Statement by the Ministry of Defence", "The Ministry of Defence and the army"))
    rejection = _claim(analysis, "the report published on Monday")
    assert rejection.claimant.name == "We"


def test_a_question_in_the_headline_asserts_nothing(analyse):
    analysis = analyse(FACT_CHECK)
    question = _claim(analysis, "Did the army shell")
    assert question.attribution == "author"
    assert question.stance == "hypothetical"
    # the army's denial meets the video's claim, not the headline's question
    pairs = {frozenset(k.claims) for k in analysis.contradictions}
    assert frozenset((question.id, _claim(analysis, "shelling the market").id)) not in pairs
    assert frozenset((_claim(analysis, "the army shelled the market").id, _claim(analysis, "shelling the market").id)) in pairs


def test_each_side_counting_its_own_dead_is_no_contradiction(analyse):
    analysis = analyse(LOSSES)
    army = _claim(analysis, "it lost four soldiers")
    rebels = _claim(analysis, "lost only three men")
    assert [f.value for f in army.figures] == [4] and [f.value for f in rebels.figures] == [3]
    assert not any(k.kind == "figure" for k in analysis.contradictions)
    # the rebels' dead are their own fighters: a battle, not violence against civilians
    assert rebels.event is not None and rebels.event.type == "Battles"


def test_a_strike_on_a_military_site_and_a_cited_source(analyse):
    analysis = analyse(WIRE)
    hit = _claim(analysis, "temporary deployment point")
    assert hit.event is not None and hit.event.type == "Explosions/Remote violence"
    citing = _claim(analysis, "local health authorities")
    assert citing.claimant.name.startswith("United Nations Office")
    # a missile's name is no actor
    assert not any("Iskander" in a.name for a in analysis.actors)
