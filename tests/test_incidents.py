"""Grouping claims into incidents: blocking, linking rules, explanations, pins."""

from __future__ import annotations

import json
import random

from claimledger.ledger.incidents import (
    GroupClaim,
    assign_ids,
    date_range,
    explain,
    group_claims,
    haversine_km,
    THRESHOLD,
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
        assert score_pair(by[link.a], by[link.b])[0] >= THRESHOLD
    # and no pair that all-pairs would link ends up unlinked unless a rule refused it
    where = {cid: gi for gi, m in enumerate(g.groups) for cid in m}
    missed = 0
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            r = score_pair(a, b)
            if r and r[0] >= THRESHOLD and where[a.id] != where[b.id]:
                if a.target == b.target or not (a.target and b.target):
                    missed += 1
    assert missed <= len(claims) // 20


# -- in the ledger (SQLite, and PostgreSQL when CLAIMLEDGER_TEST_PG_URL is set) -----

from claimledger.models import (  # noqa: E402
    Analysis, Actor, Claim, Claimant, Content, Document, Event, Figure, Place, When,
)


def report(text, source, published, claims, title=None):
    """A hand-made Analysis: each claim is (claimant, stance, sub, target, place, date, killed, perp)."""
    places, actors, out = [], [], []
    for i, (who, stance, sub, target, place, day, killed, perp) in enumerate(claims, 1):
        pidx = []
        if place:
            name, lat, lon, adm = place
            s = text.find(name)
            places.append(Place(name, (s, s + len(name)), lat, lon, "SY", adm))
            pidx = [len(places) - 1]
        eactors = []
        if perp:
            actors.append(Actor(f"a{i}", perp, "armed_group", [], []))
            eactors = [f"a{i}"]
        figs = [Figure("killed", f"{killed} killed", (0, 1), value=killed)] if killed is not None else []
        out.append(Claim(
            f"c{i}", (0, len(text)), text, Claimant(who), Content(text, (0, len(text))),
            attribution="indirect", stance=stance,
            event=Event("Explosions/Remote violence", sub, target, eactors) if sub else None,
            places=pidx, when=When(day, "day") if day else None, figures=figs,
        ))
    doc = Document(text=text, title=title or text[:40], source=source, published=published)
    return Analysis(document=doc, places=places, actors=actors, claims=out, pipeline="hand-made")


AL = ("Aleppo", 36.2021, 37.1343, "Aleppo")
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"


def _ledger(db_url):
    from claimledger.ledger import Store

    return Store.open(db_url)


def test_incidents_ledger_regroup_merge_split_keep_pins(db_url):
    from claimledger.ledger import incident_tables as it

    store = _ledger(db_url)
    store.add_analysis(report("Rescuers in Aleppo said an air strike hit a hospital, killing 3.", "Outlet A",
                              "2016-11-19", [("rescuers", "asserts", AIR, "hospital", AL, "2016-11-18", 3, None)]))
    store.add_analysis(report("The ministry denied that any hospital in Aleppo was bombed.", "Outlet B",
                              "2016-11-20", [("the ministry", "denies", AIR, "hospital", AL, None, None, None)]))
    store.add_analysis(report("Shells fell on a market in Aleppo on Friday; a monitor counted 27 dead.", "Outlet C",
                              "2016-11-19", [("a monitor", "asserts", SHELL, "market", AL, "2016-11-18", 27, None)]))
    store.add_analysis(report("An envoy said more hospitals in Aleppo could be hit if the bombing went on.",
                              "Outlet D", "2016-11-19",
                              [("the envoy", "hypothetical", AIR, "hospital", AL, None, None, None),
                                             ("nobody", "asserts", None, None, None, None, None, None)]))
    r = it.regroup(store.engine)
    assert (r.incidents, r.contested, r.claims) == (2, 1, 4)
    with store.engine.connect() as conn:
        rows = it.list_incidents(conn)
        hosp = next(x for x in rows if x["target"] == "hospital")
        assert hosp["contested"] and hosp["claims_count"] == 3 and hosp["reports_count"] == 2
        assert [c["kind"] for c in hosp["contradictions"]] == ["stance"]
        assert it.list_incidents(conn, contested=True, place="alep")[0]["id"] == hosp["id"]
        assert it.list_incidents(conn, type="shelling")[0]["target"] == "market"
        assert it.list_incidents(conn, since="2016-11-25") == []
        page = it.get_incident(conn, hosp["id"])
        assert {c["claimant_name"] for c in page["claims"]} == {"rescuers", "the ministry", "the envoy"}
        assert any(w["why"] for c in page["claims"] for w in c["why"])
        market = next(x for x in rows if x["target"] == "market")
    # a person merges the market into the hospital incident; regrouping keeps it
    it.merge(store.engine, hosp["id"], market["id"])
    it.regroup(store.engine)
    with store.engine.connect() as conn:
        rows = it.list_incidents(conn)
        assert len(rows) == 1 and rows[0]["id"] == hosp["id"] and rows[0]["manual"]
        assert rows[0]["ranges"] == {"killed": (3, 27)}
        claim_ids = sorted(c["id"] for c in it.get_incident(conn, hosp["id"])["claims"])
    # and splits the denial off again; regrouping keeps that too
    denial = claim_ids[1]
    new = it.split(store.engine, hosp["id"], [denial])
    it.regroup(store.engine)
    with store.engine.connect() as conn:
        assert [c["id"] for c in it.get_incident(conn, new)["claims"]] == [denial]
        assert len(it.list_incidents(conn)) == 2
    store.close()


def test_incidents_ledger_republished_story_counts_once(db_url):
    from claimledger.ledger import incident_tables as it

    wire = ("ALEPPO - Two hospitals in the east of the city were put out of service on Saturday after a "
            "night of air strikes, medical workers said, adding that three people were killed and that "
            "patients were moved to basements while generators ran low on fuel. The medical council "
            "called on all parties to respect the protected status of hospitals.")
    store = _ledger(db_url)
    for i, outlet in enumerate(["Wire", "Daily One", "Evening Two"]):
        text = wire if i == 0 else wire + f" Republished by {outlet}."
        store.add_analysis(report(text, outlet, f"2016-11-{19 + (i > 0)}",
                                  [("medical workers", "asserts", AIR, "hospital", AL, "2016-11-19", 3, None)]))
    store.add_analysis(report("A monitor said 12 died when a hospital in Aleppo was hit.", "Monitor", "2016-11-20",
                              [("a monitor", "asserts", AIR, "hospital", AL, "2016-11-19", 12, "Air force")]))
    r = it.regroup(store.engine)
    assert r.duplicates == 2 and r.incidents == 1
    with store.engine.connect() as conn:
        (inc,) = it.list_incidents(conn)
        assert inc["sources_count"] == 2 and inc["duplicates_count"] == 2 and inc["claims_count"] == 4
        assert [c["about"] for c in inc["contradictions"]] == ["killed: 3 vs 12"]
        page = it.get_incident(conn, inc["id"])
        (copies,) = page["copies"].values()
        assert sorted(c["source"] for c in copies) == ["Daily One", "Evening Two"]
    store.close()


def test_incidents_cli_list_page_merge_split_why(tmp_path):
    from typer.testing import CliRunner

    from claimledger.cli import app

    db = str(tmp_path / "cli.db")
    store = _ledger(db)
    store.add_analysis(report("Doctors said an air strike hit a hospital in Aleppo [bold]today[/bold].", "Outlet A",
                              "2016-11-19", [("doctors [red]x[/red]", "asserts", AIR, "hospital", AL, "2016-11-18", 3,
                                              None)]))
    store.add_analysis(report("The ministry denied that a hospital in Aleppo was hit.", "Outlet B", "2016-11-20",
                              [("the ministry", "denies", AIR, "hospital", AL, None, None, None)]))
    store.add_analysis(report("A monitor said shells hit a market in Aleppo, killing 27.", "Outlet C", "2016-11-19",
                              [("a monitor", "asserts", SHELL, "market", AL, "2016-11-18", 27, None)]))
    store.close()
    run = CliRunner().invoke
    assert "3 claims ingested since the last grouping" in run(app, ["incidents", "--db", db]).output
    assert "3 claims" in run(app, ["incidents", "group", "--db", db]).output
    listing = run(app, ["incidents", "--db", db, "--format", "json"])
    rows = {r["target"]: r for r in json.loads(listing.output)}
    hosp, market = rows["hospital"]["id"], rows["market"]["id"]
    page = run(app, ["incident", str(hosp), "--db", db, "--why"])
    assert page.exit_code == 0
    # article text is printed as written, never interpreted as console markup
    assert "[bold]today[/bold]" in page.output and "doctors [red]x[/red]" in page.output
    assert "CONTESTED" in page.output and "same target 'hospital'" in page.output
    text = run(app, ["incidents", "--db", db, "--contested"]).output
    assert "contested" in text and "market" not in text
    claims = sorted(c["id"] for c in json.loads(run(app, ["incident", str(hosp), "--db", db, "-f", "json"]).output)["claims"])
    why = run(app, ["incidents", "why", str(claims[0]), str(claims[1]), "--db", db])
    assert "one incident" in why.output and "same target 'hospital'" in why.output
    assert run(app, ["incidents", "merge", str(hosp), str(market), "--db", db]).exit_code == 0
    assert run(app, ["incidents", "group", "--db", db]).exit_code == 0
    assert len(json.loads(run(app, ["incidents", "--db", db, "-f", "json"]).output)) == 1
    split = run(app, ["incidents", "split", str(hosp), str(claims[1]), "--db", db])
    assert split.exit_code == 0 and "are now incident" in split.output
    assert run(app, ["incidents", "group", "--db", db]).exit_code == 0
    assert len(json.loads(run(app, ["incidents", "--db", db, "-f", "json"]).output)) == 2
    bad = run(app, ["incidents", "split", str(hosp), "999999", "--db", db])
    assert bad.exit_code != 0
