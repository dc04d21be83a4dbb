"""The demo: bundled example reports into a ledger, grouped, contested incident printed.
Also the seed article plus two reports of ours about the same hospital strike."""

from __future__ import annotations

import json

import pytest

from claimledger.commands.demo import EXAMPLES, example_reports


def test_demo_examples_are_bundled_with_metadata():
    reports = example_reports()
    assert len(reports) == 12
    for path, meta in reports:
        assert path.exists(), path
        assert meta["source"] and meta["published"].startswith("2016-11-")
    assert (EXAMPLES.parent / "README.md").exists()


@pytest.mark.model
def test_demo_prints_the_contested_incident_and_is_idempotent(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from claimledger.cli import app

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    first = runner.invoke(app, ["demo"])
    assert first.exit_code == 0, first.output
    assert (tmp_path / "claimledger.db").exists()
    out = first.output
    assert "CONTESTED" in out and "Contradictions" in out
    assert "denied by" in out and "hospital" in out
    assert "also in copies" in out  # the republished wire story counted once
    assert "12 example reports (12 new" in out
    again = runner.invoke(app, ["demo"])
    assert again.exit_code == 0, again.output
    assert "(0 new, 12 already in the ledger)" in again.output
    # same incidents, same ids
    assert again.output[again.output.index("┏"):] == first.output[first.output.index("┏"):]

    listing = runner.invoke(app, ["incidents", "--contested", "--format", "json"])
    rows = json.loads(listing.output)
    kinds = {x["kind"] for r in rows for x in r["contradictions"]}
    assert {"stance", "figure"} <= kinds
    market = [r for r in rows if r["target"] == "market"]
    assert market and market[0]["ranges"]["killed"] == [3, 27]
    hospital = [r for r in rows if r["target"] == "hospital"]
    assert hospital and hospital[0]["duplicates_count"] >= 2
    page = runner.invoke(app, ["incident", str(hospital[0]["id"]), "--why"])
    assert page.exit_code == 0 and "Why these claims are one incident" in page.output
    missing = runner.invoke(app, ["incident", "99999"])
    assert missing.exit_code != 0


@pytest.mark.model
def test_demo_seed_and_two_reports_make_one_contested_incident(analyzer, seed_path, db_url):
    """The seed article (Moallem's denial, the envoy's assertion) plus two of our
    reports about the same hospital strike land in one contested incident."""
    from claimledger.commands.demo import load_examples
    from claimledger.ingest import read_path
    from claimledger.ledger import Store
    from claimledger.ledger import incident_tables as it

    store = Store.open(db_url)
    seed = analyzer.analyze(read_path(seed_path, published="2016-11-21"))
    store.add_analysis(seed)
    ours = [(p, m) for p, m in example_reports() if p.name.startswith(("01_", "03_"))]
    from claimledger.ingest.reader import read_bytes

    for p, m in ours:
        store.add_analysis(analyzer.analyze(read_bytes(p.read_bytes(), path=str(p), published=m["published"],
                                                       source=m["source"], title=m.get("title"))))
    it.regroup(store.engine)
    with store.engine.connect() as conn:
        rows = it.list_incidents(conn, contested=True)
        docs_of = {}
        for r in rows:
            page = it.get_incident(conn, r["id"])
            docs_of[r["id"]] = {c["document_id"] for c in page["claims"]}
    store.close()
    seed_id = seed.document.id
    both = [i for i, docs in docs_of.items() if seed_id in docs and len(docs) >= 3]
    assert both, f"no contested incident holds the seed and both reports: {docs_of}"
    _ = load_examples  # the demo's loader is exercised by the CLI test
