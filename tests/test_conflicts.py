"""Contradictions across sources within one incident."""

from __future__ import annotations

from claimledger.ledger.conflicts import collapse_duplicates, find_conflicts, summarize
from claimledger.ledger.incidents import GroupClaim


def claim(cid, doc, claimant, stance="asserts", figures=(), perpetrators=(), canonical=None, source=None):
    return GroupClaim(cid, doc, "Explosions/Remote violence", "Shelling/artillery/missile attack", "market",
                      36.2, 37.15, "Aleppo", "SY", "Aleppo", "2016-11-20", "day", "2016-11-21", stance,
                      claimant, source, tuple(figures), tuple(perpetrators), None, canonical)


def test_conflicts_denial_against_assertion():
    xs = find_conflicts([claim("a", "A", "rescue workers"), claim("b", "B", "the ministry", "denies")])
    assert [(x.kind, x.claims) for x in xs] == [("stance", ("a", "b"))]
    assert xs[0].about == "denied by the ministry; asserted by rescue workers (attack on market)"


def test_conflicts_figures_as_ranges_per_category():
    claims = [
        claim("a", "A", "state TV", figures=[("killed", 3, 3), ("injured", 10, 12)]),
        claim("b", "B", "monitor", figures=[("killed", 27, 27), ("injured", 11, 11)]),
        claim("c", "C", "medics", figures=[("killed", 5, None)]),  # "at least 5"
    ]
    xs = find_conflicts(claims)
    assert [(x.kind, x.about) for x in xs] == [("figure", "killed: 3 vs 27")]
    s = summarize(claims)
    assert s.ranges == {"killed": (3, 27), "injured": (10, 12)} and s.contested


def test_conflicts_one_source_giving_two_numbers_does_not_contradict_itself():
    # "five soldiers killed ... two attackers also killed": two groups of people
    claims = [claim("a", "A", "monitor", figures=[("killed", 5, None)]),
              claim("b", "A", "monitor", figures=[("killed", 2, 2)]),
              claim("c", "C", "army source", figures=[("killed", 5, 5)])]
    assert find_conflicts(claims) == []


def test_conflicts_stance_is_one_contradiction_per_denying_source():
    claims = [claim("a", "A", "doctors"), claim("b", "B", "the UN"), claim("c", "C", "medics"),
              claim("d", "D", "a spokesman", "denies"), claim("e", "D", "the minister", "denies")]
    (x,) = find_conflicts(claims)
    assert x.about == "denied by a spokesman / the minister; asserted by doctors, the UN, medics (attack on market)"


def test_conflicts_compatible_figures_are_not_a_contradiction():
    claims = [claim("a", "A", "x", figures=[("killed", 3, 5)]), claim("b", "B", "y", figures=[("killed", 4, None)])]
    assert find_conflicts(claims) == []
    assert not summarize(claims).contested


def test_conflicts_responsibility_different_perpetrators():
    xs = find_conflicts([
        claim("a", "A", "opposition council", perpetrators=["Syrian Arab Army"]),
        claim("b", "B", "state agency", perpetrators=["Jabhat al-Nusra"]),
        claim("c", "C", "observatory", perpetrators=["syrian arab army"]),
    ])
    assert [x.kind for x in xs] == ["responsibility"]
    assert "blames Syrian Arab Army" in xs[0].about and "blames Jabhat al-Nusra" in xs[0].about


def test_conflicts_hypothetical_claims_never_count():
    claims = [claim("a", "A", "envoy", "hypothetical", figures=[("killed", 200, 200)]),
              claim("b", "B", "ministry", "denies")]
    assert find_conflicts(claims) == []
    s = summarize(claims)
    assert s.reports == 1 and s.hypothetical == 1 and s.ranges == {}


def test_conflicts_republished_copies_count_as_one_source():
    wire = claim("w", "W", "the agency", figures=[("killed", 3, 3)], source="Wire")
    copies = [claim(f"w{i}", f"W{i}", "the agency", figures=[("killed", 3, 3)], canonical="W", source=f"Outlet {i}")
              for i in range(4)]
    other = claim("o", "O", "monitor", figures=[("killed", 27, 27)], source="Monitor")
    assert [c.id for c in collapse_duplicates([wire, *copies, other])] == ["o", "w"]
    s = summarize([wire, *copies, other])
    assert s.sources == 2 and s.reports == 2 and s.duplicates == 4 and s.claims == 6
    assert len(s.outlets) == 6
    assert [x.about for x in s.contradictions] == ["killed: 3 vs 27"]
