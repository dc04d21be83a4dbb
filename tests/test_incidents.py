"""Grouping claims into incidents: blocking, linking rules, explanations, pins."""

from __future__ import annotations

import random

from claimledger.ledger.incidents import (
    GroupClaim,
    assign_ids,
    date_range,
    explain,
    group_claims,
    haversine_km,
    score_pair,
)

STRIKE = "Explosions/Remote violence"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"

# eastern Aleppo, a hospital in Shaar about 3 km from the city centre, and Idlib
ALEPPO = (36.2021, 37.1343)
SHAAR = (36.2105, 37.1703)
IDLIB = (35.9306, 36.6339)


def gc(cid, doc, *, type=STRIKE, sub=AIR, target="hospital", at=ALEPPO, admin1="Aleppo",
       date="2016-11-18", precision="day", stance="asserts", figures=(), pin=None, **kw):
    lat, lon = at if at else (None, None)
    return GroupClaim(cid, doc, type, sub, target, lat, lon, admin1, "SY", kw.pop("place", "Aleppo"),
                      date, precision, kw.pop("published", "2016-11-19"), stance,
                      kw.pop("claimant", "someone"), kw.pop("source", None), tuple(figures),
                      tuple(kw.pop("perpetrators", ())), pin, **kw)


def test_incidents_same_strike_from_three_reports_is_one_incident():
    claims = [
        gc("a1", "A", at=SHAAR, figures=[("killed", 3, 3)]),
        gc("b1", "B", date="2016-11-19", figures=[("killed", 2, 5)]),
        gc("c1", "C", stance="denies", sub=None, target=None),
    ]
    g = group_claims(claims)
    assert sorted(map(sorted, g.groups)) == [["a1", "b1", "c1"]]
    assert len(g.links) == 2


def test_incidents_why_lists_the_features():
    a = gc("a1", "A", at=SHAAR, figures=[("killed", 3, 3)])
    b = gc("b1", "B", date="2016-11-19", figures=[("killed", 2, 5)])
    score, why = score_pair(a, b)
    texts = [w["text"] for w in why]
    assert "same type (Explosions/Remote violence)" in texts
    km = haversine_km(*ALEPPO, *SHAAR)
    assert f"{km:.1f} km apart" in texts and 2 < km < 5
    assert "same admin1 (Aleppo)" in texts
    assert "1 day apart" in texts
    assert "same target 'hospital'" in texts
    assert "figures compatible" in texts
    assert explain(a, b)["same"] is True


def test_incidents_different_target_place_time_or_type_stay_apart():
    base = gc("x", "X")
    others = [
        gc("t", "T", target="market"),
        gc("p", "P", at=IDLIB, admin1="Idlib", place="Idlib"),
        gc("d", "D", date="2016-11-25"),
        gc("k", "K", type="Battles", sub="Armed clash"),
    ]
    g = group_claims([base, *others])
    assert len(g.groups) == 5
    assert score_pair(base, others[0]) is None
    reasons = explain(base, others[0])["why"]
    assert reasons == ["different targets (hospital / market)"]
    assert "more than 3 days apart" in explain(base, others[2])["why"]


def test_incidents_claims_without_event_or_date_are_not_grouped():
    claims = [gc("e", "E", type=None), gc("y", "Y", date=None, published=None),
              gc("v", "V", date="2016-01-01", precision="year"), gc("ok", "O")]
    g = group_claims(claims)
    assert g.groups == [["ok"]] and g.skipped == 3


def test_incidents_undated_claim_falls_back_to_the_week_before_publication():
    c = gc("u", "U", date=None, published="2016-11-21")
    lo, hi = date_range(c)
    assert hi - lo == 7
    g = group_claims([c, gc("a", "A", date="2016-11-18")])
    assert len(g.groups) == 1


def test_incidents_admin1_only_claim_joins_located_claims():
    g = group_claims([gc("a", "A"), gc("n", "N", at=None, place="eastern Aleppo")])
    assert len(g.groups) == 1


def test_incidents_chaining_is_bounded_by_the_span_limit():
    # one strike a day on the same hospital for three weeks: not one incident
    claims = [gc(f"c{i:02d}", f"D{i}", date=f"2016-11-{i + 1:02d}") for i in range(21)]
    g = group_claims(claims)
    assert len(g.groups) >= 3
    assert max(len(x) for x in g.groups) <= 8


def test_incidents_pins_keep_manual_splits_and_merges():
    a, b = gc("a", "A"), gc("b", "B")
    # split: a person pinned them to different incidents
    a.pinned, b.pinned = 1, 2
    g = group_claims([a, b])
    assert len(g.groups) == 2 and set(g.pinned.values()) == {1, 2}
    # merge: a person pinned two far-apart claims together
    c = gc("c", "C", at=IDLIB, admin1="Idlib", place="Idlib", pin=7)
    d = gc("d", "D", pin=7)
    g = group_claims([c, d])
    assert g.groups == [["d", "c"]] or sorted(g.groups[0]) == ["c", "d"]
    ids, nxt = assign_ids(g, {}, 100)
    assert ids == [7] and nxt == 100


def test_incidents_assign_ids_keeps_previous_ids():
    g = group_claims([gc("a", "A"), gc("b", "B"), gc("m", "M", target="market")])
    ids, nxt = assign_ids(g, {"a": 5, "b": 5, "m": 5}, 9)
    assert sorted(ids) == [5, 9] and nxt == 10


def test_incidents_blocking_scales_and_matches_all_pairs():
    rng = random.Random(4)
    claims = []
    for k in range(60):
        lat, lon = 33 + rng.random() * 4, 36 + rng.random() * 4
        day = rng.randrange(1, 28)
        target = rng.choice(["hospital", "market", "school", None])
        for j in range(rng.randrange(1, 5)):
            claims.append(gc(f"k{k}.{j}", f"D{k}.{j}", at=(lat + rng.random() * 0.02, lon),
                             admin1=None, place=None, target=target,
                             date=f"2016-11-{min(28, day + rng.randrange(0, 2)):02d}"))
    g = group_claims(claims)
    # every link the blocked grouping made is one all-pairs scoring would make
    by = {c.id: c for c in claims}
    for link in g.links:
        assert score_pair(by[link.a], by[link.b])[0] >= 3.0
    # and no pair that all-pairs would link ends up unlinked unless a rule refused it
    where = {cid: gi for gi, m in enumerate(g.groups) for cid in m}
    missed = 0
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            r = score_pair(a, b)
            if r and r[0] >= 3.0 and where[a.id] != where[b.id]:
                if a.target == b.target or not (a.target and b.target):
                    missed += 1
    assert missed <= len(claims) // 20
