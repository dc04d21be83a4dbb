"""Actors across documents: aliases, transliterations, and people's corrections."""

from __future__ import annotations

import pytest
from ledger_db import sample_analysis
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.errors import StoreError
from claimledger.ledger import Store
from claimledger.ledger.actors import core_name, is_nameable, list_actors, merge_actors, norm, skeleton, split_actor, tokens_agree


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Walid al-Mu'allem", "walid muallem"),
        ("Walid al-Moallem", "walid moallem"),
        ("U.N.", "un"),
        ("Médecins Sans Frontières", "medecins sans frontieres"),
        ("  the   Islamic  State ", "islamic state"),
        ("Al", "al"),  # an article alone stays
    ],
)
def test_actors_norm(name, expected):
    assert norm(name) == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Moallem", "Mouallem", True),
        ("al-Moallem", "Muallem", True),
        ("Hussein Qassem", "Husain Kassem", True),
        ("Ahmed Haddad", "Ahmad Hadad", True),
        ("Russian Ministry of Defence", "Syrian Ministry of Defence", False),
        ("North Korea", "South Korea", False),
    ],
)
def test_actors_transliterations_agree(a, b, same):
    na, nb = norm(a), norm(b)
    assert (skeleton(na) == skeleton(nb) and tokens_agree(na, nb)) is same


@pytest.mark.parametrize(
    "name, core",
    [
        ("Syria's foreign minister Walid al-Moallem", "Walid al-Moallem"),
        ("The UN envoy Staffan de Mistura", "Staffan de Mistura"),
        ("Foreign Minister Walid Muallem", "Walid Muallem"),
        ("Syrian Civil Defence", "Syrian Civil Defence"),
        ("a spokesman", "a spokesman"),
        ("Hamza Karim, a surgeon who was on duty", "Hamza Karim"),
        ("the spokesman, Bassam Haddad", "Bassam Haddad"),
    ],
)
def test_actors_core_name_drops_roles(name, core):
    assert core_name(name) == core


@pytest.mark.parametrize(
    "name, nameable",
    [
        ("Walid al-Moallem", True),
        ("The Syrian government", True),
        ("UN", True),
        ("Syrian Civil Defence", True),
        ("It", False),
        ("The source", False),
        ("residents of the town", False),
        ("Diplomats", False),
        ("A spokesman for the foreign ministry", False),
        ("Rescue workers", False),
    ],
)
def test_actors_only_named_claimants_become_actors(name, nameable):
    assert is_nameable(name) is nameable


def test_actors_anonymous_claimants_never_merge_across_documents(db_url):
    with Store.open(db_url) as store:
        ids = _ingest_names(store, [("Residents", "unknown"), ("residents", "unknown"), ("The source", "unknown")])
        assert ids == [None, None, None]
        names = sorted(r.claimant_name for r in store.claims())
    assert names == ["Residents", "The source", "residents"]


def _ingest_names(store: Store, names: list[tuple[str, str]]) -> list[int]:
    """Store one document per (name, type) with that claimant; the ledger actor ids."""
    ids = []
    for i, (name, type_) in enumerate(names):
        a = sample_analysis(text=f"Statement {i} by {name}: the clinic in Kafr Nabl was not struck.", claimant=name, claimant_type=type_)
        store.add_analysis(a)
        ids.append(next(r.claimant_actor_id for r in store.claims(document_ids=[a.document.id])))
    return ids


GROUPS = [
    [("Walid al-Moallem", "person"), ("Walid Mouallem", "person"), ("Foreign Minister Walid Muallem", "person"), ("Moallem", "person")],
    [("ISIS", "armed_group"), ("IS", "armed_group"), ("Islamic State", "armed_group"), ("Daesh", "armed_group"), ("Islamic State group", "unknown")],
    [("al Nusra", "armed_group"), ("Jabhat al-Nusra", "armed_group"), ("Nusra Front", "armed_group")],
    [("Hussein Qassem", "person"), ("Husain Kassem", "person")],  # not in the alias file
    [("Russian Ministry of Defence", "government")],
    [("Syrian Ministry of Defence", "government")],
]


def test_actors_merged_across_documents(db_url):
    with Store.open(db_url) as store:
        ids = [_ingest_names(store, group) for group in GROUPS]
    for group_ids in ids:
        assert len(set(group_ids)) == 1, group_ids
    firsts = [g[0] for g in ids]
    assert len(set(firsts)) == len(firsts), "different actors were merged"


def test_actors_merge_and_split_survive_reingest(db_url):
    runner = CliRunner()
    with Store.open(db_url) as store:
        jul, jaw = _ingest_names(store, [("Abu Mohammad al-Julani", "person"), ("Abu Muhammad al-Jawlani", "person")])
        assert jul != jaw  # too far apart for the machine
        r = runner.invoke(app, ["actors", "merge", "Abu Mohammad al-Julani", "Abu Muhammad al-Jawlani", "--db", db_url])
        assert r.exit_code == 0, r.output
        assert f"merged actor {jaw} into {jul}" in r.output
        assert {c.claimant_actor_id for c in store.claims()} == {jul}
        store.actors.invalidate()  # another process changed the aliases
        [again] = _ingest_names(store, [("Abu Muhammad al-Jawlani", "person")])
        assert again == jul
        # split: a person decides "IS" in their material is not the Islamic State
        isis, is_ = _ingest_names(store, [("ISIS", "armed_group"), ("IS", "armed_group")])
        assert isis == is_
        r = runner.invoke(app, ["actors", "split", "Islamic State", "IS", "--db", db_url])
        assert r.exit_code == 0, r.output
        store.actors.invalidate()
        with store.connection() as conn:
            rows = {a.name: a for a in list_actors(conn)}
        new_id = rows["IS"].id
        assert new_id != isis and rows["IS"].claims == 1 and "IS" not in rows["Islamic State"].aliases
        later = _ingest_names(store, [("IS", "armed_group"), ("ISIS", "armed_group"), ("Daesh", "armed_group")])
        assert later == [new_id, isis, isis]


def test_actors_corrections_refuse_nonsense(db_url):
    with Store.open(db_url) as store:
        _ingest_names(store, [("Walid al-Moallem", "person")])
        with store.connection() as conn:
            with pytest.raises(StoreError, match="no actor named"):
                merge_actors(conn, "Walid al-Moallem", "Nobody At All")
            with pytest.raises(StoreError, match="already the same actor"):
                merge_actors(conn, "Walid al-Moallem", "Walid Muallem")
            with pytest.raises(StoreError, match="is not a name of actor"):
                split_actor(conn, "Walid al-Moallem", "Daesh")


def test_actors_list_command(db_url):
    with Store.open(db_url) as store:
        _ingest_names(store, [("Walid al-Moallem", "person"), ("Walid Muallem", "person")])
    r = CliRunner().invoke(app, ["actors", "list", "--query", "moallem", "--format", "json", "--db", db_url])
    assert r.exit_code == 0, r.output
    import json

    [row] = json.loads(r.output)
    assert row["name"] == "Walid al-Moallem" and row["claims"] == 2 and row["documents"] == 2
    assert "Walid Muallem" in row["aliases"]


def test_actors_split_takes_the_name_with_its_variants(db_url):
    with Store.open(db_url) as store:
        karim, lind, karim2 = _ingest_names(
            store, [("Dr. Hamza Karim, a surgeon on duty", "person"), ("Jens Lindqvist", "person"), ("Hamza Karim", "person")]
        )
        assert karim == karim2 != lind
        with store.connection() as conn:
            merge_actors(conn, "Jens Lindqvist", "Hamza Karim")  # a wrong merge
        with store.connection() as conn:
            new_id = split_actor(conn, "Jens Lindqvist", "Hamza Karim")  # undone
        by_name = {r.claimant_name: r.claimant_actor_id for r in store.claims()}
    assert by_name == {"Dr. Hamza Karim, a surgeon on duty": new_id, "Hamza Karim": new_id, "Jens Lindqvist": lind}


def test_actors_merge_by_another_process_reaches_a_running_ingest(db_url):
    with Store.open(db_url) as ingesting, Store.open(db_url) as person:
        jul, jaw = _ingest_names(ingesting, [("Abu Mohammad al-Julani", "person"), ("Abu Muhammad al-Jawlani", "person")])
        with person.connection() as conn:
            merge_actors(conn, "Abu Mohammad al-Julani", "Abu Muhammad al-Jawlani")
        # the ingesting store's index still says Jawlani is actor `jaw`; no claim may land there
        [later] = _ingest_names(ingesting, [("Abu Muhammad al-Jawlani", "person")])
        assert later == jul
        with person.connection() as conn:
            new_id = split_actor(conn, "Abu Mohammad al-Julani", "Abu Muhammad al-Jawlani")
        ingesting.actors._checked = 0.0  # as if REFRESH_SECONDS had passed
        [after_split] = _ingest_names(ingesting, [("Abu Muhammad al-Jawlani", "person")])
        assert after_split == new_id
