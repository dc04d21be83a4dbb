"""The ledger store on SQLite and PostgreSQL: documents, analyses, claims, history."""

from __future__ import annotations

import hashlib
import json

import pytest
from ledger_db import sample_analysis
from sqlalchemy import func, select, text

from claimledger.errors import StoreError
from claimledger.ingest.sources import acled_item
from claimledger.ledger import Store
from claimledger.ledger import db as ledger_db
from claimledger.ledger.schema import acled_events, actors, analyses, appearances, blobs, claims, documents, figures, sources


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


def count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_store_open_migrates_a_fresh_database(db_url):
    with Store.open(db_url) as s:
        assert ledger_db.current_revision(s.engine) is not None
        assert s.counts()["documents"] == 0
    with Store.open(db_url) as s:  # opening again is a no-op
        assert s.counts()["claims"] == 0


def test_store_add_analysis_writes_everything(store):
    a = sample_analysis()
    result = store.add_analysis(a)
    assert result.new_document and result.new_analysis and result.claims == 1
    doc = store.document(a.document.id)
    assert doc.text == a.document.text and doc.published == "2016-11-20" and doc.chars == len(a.document.text)
    assert store.blob(doc.blob_sha256) == a.document.raw
    assert doc.blob_sha256 == hashlib.sha256(a.document.raw).hexdigest()
    [row] = list(store.claims())
    assert (row.document_id, row.local_id, row.stance, row.attribution) == (a.document.id, "c1", "denies", "indirect")
    assert row.span == (0, len(a.document.text)) and row.content_text == a.claims[0].content.text
    assert (row.event_type, row.sub_event_type, row.target) == ("Explosions/Remote violence", "Air/drone strike", "clinic")
    assert (row.place_name, row.admin1, row.country) == ("Kafr Nabl", "Idlib", "SY")
    assert (row.lat, row.lon) == pytest.approx((35.61, 36.56))
    assert (row.killed_low, row.killed_high, row.event_date) == (12, 12, "2016-11-19")
    assert row.source == "Northern Wire" and row.published == "2016-11-20"
    assert row.claimant_actor_id is not None and row.perpetrators == [row.claimant_actor_id]
    assert row.data == a.claims[0].to_json()
    assert [f.category for f in row.figures] == ["killed"]
    assert count(store, figures) == 1


def test_store_same_text_twice_is_one_document(store):
    a = sample_analysis()
    store.add_analysis(a)
    again = store.add_analysis(sample_analysis())
    assert again.skipped and again.claims == 1
    assert count(store, documents) == 1 and count(store, analyses) == 1 and count(store, claims) == 1


def test_store_reanalysis_keeps_history(store):
    store.add_analysis(sample_analysis(pipeline="v1", stance="denies"))
    newer = store.add_analysis(sample_analysis(pipeline="v2", stance="asserts"))
    assert newer.new_analysis and not newer.new_document
    current = list(store.claims(current=True))
    old = list(store.claims(current=False))
    assert [c.stance for c in current] == ["asserts"]
    assert [c.stance for c in old] == ["denies"]
    assert len(list(store.claims(current=None))) == 2
    with store.engine.connect() as conn:
        rows = conn.execute(select(analyses.c.pipeline, analyses.c.is_current).order_by(analyses.c.id)).all()
    assert [(p, bool(c)) for p, c in rows] == [("v1", False), ("v2", True)]


def test_store_document_lands_whole_or_not_at_all(store, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_claims", broken)
    with pytest.raises(RuntimeError):
        store.add_analysis(sample_analysis())
    for table in (blobs, documents, sources, analyses, actors, claims):
        assert count(store, table) == 0, table.name
    monkeypatch.undo()
    assert store.add_analysis(sample_analysis()).claims == 1  # the actor cache did not keep ghosts
    assert count(store, actors) == 1


def test_store_publisher_kept_apart_from_claimants(store):
    store.add_analysis(sample_analysis(claimant="Northern Wire", claimant_type="organization"))
    with store.engine.connect() as conn:
        src = conn.execute(select(sources.c.key, sources.c.name, sources.c.domain)).all()
        act = conn.execute(select(actors.c.name)).scalars().all()
    assert src == [("northern-wire.example", "Northern Wire", "northern-wire.example")]
    assert act == ["Northern Wire"]  # a claimant of the same name is an actor, not the source row


def test_store_same_text_from_two_outlets_is_two_appearances(store):
    store.add_analysis(sample_analysis())
    store.add_analysis(sample_analysis(source="Southern Daily", url="https://southern.example/copy"))
    assert count(store, documents) == 1
    assert count(store, appearances) == 2
    assert count(store, sources) == 2


def test_store_claims_filters_and_streams(store):
    for i in range(30):
        store.add_analysis(sample_analysis(text=f"Report number {i}: the ministry denied the strike on the clinic in Kafr Nabl."))
    rows = list(store.claims(batch_size=7))
    assert len(rows) == 30 and len({r.document_id for r in rows}) == 30
    assert [r.id for r in rows] == sorted(r.id for r in rows)
    assert len(list(store.claims(event_type="Battles"))) == 0
    assert len(list(store.claims(since="2016-11-19", until="2016-11-19"))) == 30
    assert all(r.data_json == "{}" for r in store.claims(with_data=False))


def test_store_acled_event_linked_to_document_and_source(store):
    row = {
        "event_id_cnty": "XYZ101", "data_id": "9", "event_date": "2016-07-02", "year": "2016",
        "event_type": "Remote violence", "actor1": "Unidentified Armed Group", "admin1": "Bay",
        "location": "Baidoa", "latitude": "3.1", "longitude": "43.6", "geo_precision": "1",
        "source": "Example Wire", "notes": "Two mortar rounds landed near a market; one person was hurt.",
        "fatalities": "0", "time_precision": "1",
    }
    item = acled_item(row, label="t.csv:2")
    store.add_document(item.document, acled=item.acled)
    store.add_document(item.document, acled=item.acled)  # idempotent
    with store.engine.connect() as conn:
        ev = conn.execute(select(acled_events)).all()
        src = conn.execute(select(sources.c.name)).scalars().all()
    assert len(ev) == 1
    e = ev[0]
    assert (e.event_type, e.sub_event_type, e.original_event_type) == ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Remote violence")
    assert e.document_id == item.document.id and e.latitude == pytest.approx(3.1) and e.fatalities == 0
    assert src == ["Example Wire"]


def test_store_migrations_go_down_and_up(db_url):
    from alembic import command

    with Store.open(db_url) as s:
        s.add_analysis(sample_analysis())
        with s.engine.begin() as conn:
            command.downgrade(ledger_db.alembic_config(conn), "base")
        with s.engine.connect() as conn:
            names = set(s.engine.dialect.get_table_names(conn))
        assert "claims" not in names and "documents" not in names
        ledger_db.migrate(s.engine)
        assert s.counts()["documents"] == 0
        s.add_analysis(sample_analysis())
        assert s.counts()["claims"] == 1


def test_store_bad_url_is_a_one_line_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(f"sqlite:///{tmp_path}/missing/folder/x.db")
    with pytest.raises(StoreError, match="unsupported database"):
        Store.open("mysql://localhost/x")
    with pytest.raises(StoreError, match=r"cannot open ledger postgresql\+psycopg://nobody@127.0.0.1:1/x: .*refused") as e:
        Store.open("postgresql://nobody@127.0.0.1:1/x")
    assert "\n" not in str(e.value)


def test_store_url_mapping():
    assert ledger_db.normalise_url("postgresql://u@h:5432/d") == "postgresql+psycopg://u@h:5432/d"
    assert ledger_db.normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert ledger_db.normalise_url("ledger.db") == "sqlite:///ledger.db"
    assert ledger_db.describe("postgresql+psycopg://u:secret@h/d") == "postgresql+psycopg://u:***@h/d"


def test_store_sqlite_uses_wal_and_foreign_keys(tmp_path):
    with Store.open(f"sqlite:///{tmp_path}/w.db") as s, s.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_store_claim_json_is_the_contract(store):
    a = sample_analysis()
    store.add_analysis(a)
    with store.engine.connect() as conn:
        data = conn.execute(select(claims.c.data)).scalar()
        summary = json.loads(conn.execute(select(analyses.c.data)).scalar())
    assert json.loads(data)["claimant"]["name"] == "Ministry of Defence"
    assert summary["schema"] == "claimledger.analysis.v1" and summary["places"][0]["name"] == "Kafr Nabl"


def test_store_acled_rows_with_the_same_notes_share_a_document(store):
    base = {"event_date": "2016-07-05", "event_type": "Battles", "sub_event_type": "Armed clash",
            "notes": "Clashes between two armed groups were reported near the river crossing.", "source": "Example Wire"}
    a = acled_item({**base, "event_id_cnty": "DUP1"}, label="t.csv:2")
    b = acled_item({**base, "event_id_cnty": "DUP2", "event_date": "2016-07-06"}, label="t.csv:3")
    ra = store.add_document(a.document, acled=a.acled)
    rb = store.add_document(b.document, acled=b.acled)
    assert ra.new_document and ra.new_event
    assert not rb.new_document and rb.new_event and rb.document_id == ra.document_id
    assert count(store, documents) == 1 and count(store, acled_events) == 2


def test_store_two_writers_at_once(db_url):
    import threading

    Store.open(db_url).close()
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            with Store.open(db_url) as s:
                for i in range(15):
                    s.add_analysis(sample_analysis(text=f"Writer {k}, report {i}: the ministry denied the strike.", claimant="Walid al-Moallem", claimant_type="person"))
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(db_url) as s:
        assert s.counts()["documents"] == 30
        assert len({r.claimant_actor_id for r in s.claims()}) == 1


def test_store_default_is_claimledger_db_in_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with Store.open() as s:
        s.add_document(sample_analysis().document)
    assert (tmp_path / "claimledger.db").is_file()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    with Store.open() as s:
        assert s.counts()["documents"] == 0
    assert (tmp_path / "other.db").is_file()


def test_store_refused_text_is_a_one_line_error(store):
    from claimledger.models import Document

    bad = Document(text="late binary junk \x00 after the first pages", path="odd.txt")
    if store.dialect == "postgresql":
        with pytest.raises(StoreError, match="odd.txt: the database refused this document"):
            store.add_document(bad)
    else:
        store.add_document(bad)  # SQLite keeps it as is
    assert store.add_document(sample_analysis().document).new_document


def test_store_figures_follow_their_claims(store):
    import copy

    a = sample_analysis(killed=(3, 27))
    second = copy.deepcopy(a.claims[0])
    second.figures[0].low, second.figures[0].high, second.figures[0].category = 40, 40, "injured"
    a.claims.append(second)  # same local id "c1" twice: not from our pipeline, still stored right
    store.add_analysis(a)
    rows = sorted(store.claims(), key=lambda r: r.id)
    assert [(r.killed_low, r.killed_high, r.injured_low) for r in rows] == [(3, 27, None), (None, None, 40)]
    with store.engine.connect() as conn:
        figs = conn.execute(select(figures.c.claim_id, figures.c.category).order_by(figures.c.claim_id)).all()
    assert figs == [(rows[0].id, "killed"), (rows[1].id, "injured")]
