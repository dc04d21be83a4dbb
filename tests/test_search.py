"""`claimledger search`: SQLite FTS5 and PostgreSQL full text, same answers."""

from __future__ import annotations

import json

import pytest
from ledger_db import sample_analysis
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ledger import Store
from claimledger.ledger.search import fts5_query, search


@pytest.fixture
def filled(db_url):
    with Store.open(db_url) as store:
        store.add_analysis(sample_analysis(title=None, text="The ministry denied that its aircraft struck the clinic in Kafr Nabl."))
        store.add_analysis(sample_analysis(title=None, text="Rescuers said shelling hit the bakery queue in Maarat al-Numan; nine civilians died."))
        store.add_analysis(sample_analysis(title=None, text="Officials said the convoy reached Madaya with flour and medicine.", pipeline="v1"))
        store.add_analysis(sample_analysis(title=None, text="Officials said the convoy reached Madaya with flour and medicine.", pipeline="v2"))
        yield store


@pytest.mark.parametrize(
    "text, expected",
    [("hello", '"hello"'), ('say "x" OR NEAR(y', '"say" "x" "OR" "NEAR" "y"'), ("*^:()", None)],
)
def test_search_fts5_query_quotes_user_text(text, expected):
    assert fts5_query(text) == expected


def test_search_finds_claims_and_documents(filled):
    hits = search(filled, "clinic")
    kinds = sorted(h.kind for h in hits)
    assert kinds == ["claim", "document"]
    assert all("Kafr Nabl" in h.text for h in hits)
    claim = next(h for h in hits if h.kind == "claim")
    assert claim.stance == "denies" and claim.claimant == "Ministry of Defence" and claim.source == "Northern Wire"


def test_search_stems_and_needs_every_word(filled):
    assert {h.text[:9] for h in search(filled, "shells bakery", kind="claims")} == {"Rescuers "}
    assert search(filled, "bakery clinic") == []


def test_search_only_current_claims(filled):
    hits = search(filled, "convoy Madaya", kind="claims")
    assert len(hits) == 1  # two analyses of the same document, one current


def test_search_survives_hostile_input(filled):
    for nasty in ['"', "NEAR(", "clinic OR", "'; DROP TABLE claims; --", "-clinic", "*", "a:b", "\x00"]:
        search(filled, nasty)  # no exception
    assert len(list(filled.claims())) == 3


def test_search_command_json(filled, db_url):
    r = CliRunner().invoke(app, ["search", "bakery", "--kind", "claims", "--format", "json", "--db", db_url])
    assert r.exit_code == 0, r.output
    [hit] = json.loads(r.output)
    assert hit["kind"] == "claim" and "bakery" in hit["text"]
    r = CliRunner().invoke(app, ["search", "zebra", "--db", db_url])
    assert r.exit_code == 0 and "no claims or documents match" in r.output


def test_search_ranks_among_the_newest_matches(db_url, monkeypatch):
    import claimledger.ledger.search as search_module

    with Store.open(db_url) as store:
        for i in range(5):
            store.add_analysis(sample_analysis(title=None, text=f"Dispatch {i}: the checkpoint near the bridge was shelled."))
        monkeypatch.setattr(search_module, "RANK_CAP", 2)
        hits = search(store, "checkpoint bridge", kind="claims")
        assert sorted(h.text[:10] for h in hits) == ["Dispatch 3", "Dispatch 4"]
        assert len(search(store, "checkpoint bridge", kind="documents")) == 2
