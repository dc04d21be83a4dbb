"""A checker for the analysis contract (claimledger.analysis.v1), used by tests."""

from __future__ import annotations

import re

SPAN = list
ACTOR_TYPES = {"person", "organization", "government", "armed_group", "unknown"}
ATTRIBUTIONS = {"direct", "indirect", "mixed", "author"}
STANCES = {"asserts", "denies", "rejects", "doubts", "hypothetical", "demands"}
CATEGORIES = {"killed", "injured", "displaced", "detained", "hostages", "fighters", "other"}
PRECISIONS = {"day", "week", "month", "year"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _span(value, text, where, *, nullable=False):
    if value is None and nullable:
        return
    assert isinstance(value, list) and len(value) == 2, f"{where}: span must be [s, e], got {value!r}"
    s, e = value
    assert isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text), f"{where}: bad span {value}"


def check_analysis(obj: dict, text: str) -> None:
    """Assert that ``obj`` follows the contract and its offsets point into ``text``."""
    assert obj["schema"] == "claimledger.analysis.v1"
    doc = obj["document"]
    assert set(doc) >= {"id", "title", "source", "published", "chars"}
    assert doc["id"].startswith("sha256:") and doc["chars"] == len(text)
    assert doc["published"] is None or DATE.match(doc["published"])
    for i, p in enumerate(obj["places"]):
        assert set(p) >= {"name", "span", "lat", "lon", "country", "admin1", "gazetteer_id"}
        _span(p["span"], text, f"places[{i}]")
        assert text[p["span"][0]:p["span"][1]], f"places[{i}] empty span"
    actor_ids = set()
    for i, a in enumerate(obj["actors"]):
        assert set(a) >= {"id", "name", "type", "aliases", "mentions"}
        assert a["type"] in ACTOR_TYPES
        actor_ids.add(a["id"])
        for m in a["mentions"]:
            _span(m, text, f"actors[{i}].mentions")
    claim_ids = set()
    for i, c in enumerate(obj["claims"]):
        where = f"claims[{i}]"
        assert set(c) >= {"id", "span", "text", "claimant", "reported_by", "attribution", "cue",
                          "content", "stance", "event", "places", "when", "figures"}
        claim_ids.add(c["id"])
        _span(c["span"], text, where)
        assert c["text"] == text[c["span"][0]:c["span"][1]], f"{where}.text is not the text at its span"
        assert c["attribution"] in ATTRIBUTIONS and c["stance"] in STANCES
        cl = c["claimant"]
        assert isinstance(cl["name"], str) and cl["name"]
        assert cl["actor"] is None or cl["actor"] in actor_ids, f"{where}: unknown actor {cl['actor']}"
        _span(cl["span"], text, f"{where}.claimant", nullable=True)
        if c["reported_by"] is not None:
            assert c["reported_by"]["actor"] is None or c["reported_by"]["actor"] in actor_ids
        if c["cue"] is not None:
            _span(c["cue"]["span"], text, f"{where}.cue")
            assert c["cue"]["text"] == text[c["cue"]["span"][0]:c["cue"]["span"][1]]
        _span(c["content"]["span"], text, f"{where}.content")
        assert c["content"]["text"] == text[c["content"]["span"][0]:c["content"]["span"][1]]
        if c["event"] is not None:
            assert isinstance(c["event"]["type"], str)
            assert all(a in actor_ids for a in c["event"]["actors"])
        assert all(isinstance(k, int) and 0 <= k < len(obj["places"]) for k in c["places"])
        if c["when"] is not None:
            assert DATE.match(c["when"]["date"]) and c["when"]["precision"] in PRECISIONS
        for f in c["figures"]:
            assert f["category"] in CATEGORIES
            _span(f["span"], text, f"{where}.figures")
            assert f["value"] is not None or f["low"] is not None or f["high"] is not None
    for x in obj["contradictions"]:
        assert x["kind"] in {"stance", "figure", "responsibility"}
        assert len(x["claims"]) == 2 and set(x["claims"]) <= claim_ids
