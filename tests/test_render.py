"""Text output for people, built from plain dataclasses (no model needed)."""

from __future__ import annotations

from io import StringIO

from rich.console import Console

from claimledger.models import (
    Actor,
    Analysis,
    Claim,
    Claimant,
    Content,
    Contradiction,
    Cue,
    Document,
    Figure,
)
from claimledger.render import render_analysis

TEXT = 'The ministry denied that "[red]any[/red] clinic" was hit. The monitor said 4 people were killed at the clinic.'


def _analysis() -> Analysis:
    doc = Document(text=TEXT, title="Clinic [b]strike[/b]", source="Test", published="2020-01-02")
    a1 = Actor(id="a1", name="the ministry", type="government", mentions=[(0, 12)])
    a2 = Actor(id="a2", name="The monitor", type="organization", mentions=[(59, 70)])
    c1 = Claim(
        id="c1", span=(0, 58), text=TEXT[0:58],
        claimant=Claimant(name="the ministry", actor="a1", span=(0, 12)),
        content=Content(text=TEXT[25:48], span=(25, 48)), attribution="direct",
        stance="denies", cue=Cue(text="denied", span=(13, 19)),
    )
    c2 = Claim(
        id="c2", span=(59, len(TEXT)), text=TEXT[59:],
        claimant=Claimant(name="The monitor", actor="a2", span=(59, 70)),
        content=Content(text=TEXT[76:], span=(76, len(TEXT))), attribution="indirect",
        stance="asserts", cue=Cue(text="said", span=(71, 75)),
        figures=[Figure(category="killed", text="4 people", span=(76, 84), value=4)],
    )
    return Analysis(
        document=doc, actors=[a1, a2], claims=[c1, c2],
        contradictions=[Contradiction(claims=("c1", "c2"), kind="stance", about="clinic hit")],
    )


def render(analysis: Analysis) -> str:
    buf = StringIO()
    render_analysis(analysis, console=Console(file=buf, width=200, color_system=None))
    return buf.getvalue()


def test_render_shows_contradictions_before_claims():
    out = render(_analysis())
    assert out.index("contradiction") < out.index("2 claim(s) by 2 claimant(s)")
    assert "denies" in out and "asserts" in out and "killed 4" in out


def test_render_prints_article_markup_literally():
    out = render(_analysis())
    assert "[red]any[/red]" in out
    assert "Clinic [b]strike[/b]" in out


def test_render_groups_claims_by_claimant():
    out = render(_analysis())
    assert out.count("the ministry") >= 1 and "(government)" in out and "(organization)" in out
