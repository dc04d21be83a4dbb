"""`claimledger ingest`: files, folders, globs, JSONL and ACLED rows into the ledger."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ingest.sources import acled_type, expand, iter_acled, iter_items
from claimledger.ledger import Store
from claimledger.ledger.schema import acled_events, analyses, claims, documents

ROOT = Path(__file__).resolve().parents[1]

REPORT = (
    "Report {i}. The health directorate in Idlib said {n} people were killed when a market was shelled on Tuesday.\n\n"
    "A military spokesman denied that the army had fired on the town of Saraqib, calling the report {i} fabricated.\n"
)

ACLED_CSV = (
    "data_id,event_id_cnty,event_date,year,time_precision,event_type,actor1,actor2,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,notes,fatalities\n"
    "1,TST1,2016-07-02,2016,1,Remote violence,Unidentified Armed Group,Civilians,Somalia,Bay,Baydhabo,,Baidoa,3.1,43.6,1,"
    "Example Wire,\"Mortar rounds hit a market in Baidoa, killing two people, according to residents.\",2\n"
    "2,TST2,2016-07-03,2016,1,Riots/Protests,Rioters (Kenya),Police Forces of Kenya (2013-),Kenya,Nairobi,,,Nairobi,"
    "-1.28,36.8,1,Example Daily,Rioters burned tyres on a main road; police used tear gas.,0\n"
    "3,TST3,2016-07-04,2016,1,Battle-Government regains territory,Military Forces,Al Shabaab,Somalia,Lower Shabelle,,,"
    "Afgooye,2.1,45.1,2,Example Wire,,0\n"
)


def write_reports(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"report_{i:03d}.txt").write_text(REPORT.format(i=i, n=i + 3), encoding="utf-8")


# -- reading inputs ----------------------------------------------------------------


def test_ingest_expand_folders_globs_and_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "a" / "two.html").write_text("x")
    (tmp_path / "a" / "skip.pdf").write_text("x")
    (tmp_path / "a" / ".hidden").mkdir()
    (tmp_path / "a" / ".hidden" / "three.txt").write_text("x")
    (tmp_path / "b.md").write_text("x")
    got = list(expand([str(tmp_path / "a"), str(tmp_path / "*.md"), str(tmp_path / "nope.txt"), str(tmp_path / "*.zzz")]))
    files = [Path(p).name for p, e in got if e is None]
    errors = [str(e) for p, e in got if e is not None]
    assert files == ["one.txt", "two.html", "b.md"]
    assert errors == [f"{tmp_path / 'nope.txt'}: no such file or folder", f"{tmp_path / '*.zzz'}: no files match this pattern"]


def test_ingest_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        json.dumps({"text": "The envoy said the convoy was stopped.", "url": "https://a.example/1", "title": "T",
                    "published": "2016-11-20", "source": "A Wire"}) + "\n"
        "{not json\n\n"
        + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": "Dated badly.", "published": "sometime soon-ish maybe"}) + "\n"
        + json.dumps({"text": "nul \u0000 inside"}) + "\n"
        # JSON can spell a lone surrogate; json.dumps writes it as an escape
        + json.dumps({"text": "The mayor said \udcff the road was cut."}) + "\n"
        + json.dumps({"text": "A fine report.", "title": "half a pair \ud800"}) + "\n"
        + json.dumps({"text": "The mayor said the road was open again."}) + "\n",
        encoding="utf-8",
    )
    items = list(iter_items([str(p)]))
    assert [i.label for i in items] == [f"{p}:{n}" for n in (1, 2, 4, 5, 6, 7, 8, 9)]
    good = items[0].document
    assert (good.title, good.source, good.url, good.published) == ("T", "A Wire", "https://a.example/1", "2016-11-20")
    assert "not a JSON record" in str(items[1].error) and str(items[1].error).startswith(f"{p}:2: ")
    assert 'no "text"' in str(items[2].error)
    assert "not a date" in str(items[3].error)
    assert "NUL characters" in str(items[4].error)
    assert str(items[5].error) == f"{p}:7: record field 'text' has an unpaired UTF-16 surrogate (\\udcff) at character 15: not valid Unicode"
    assert "'title' has an unpaired UTF-16 surrogate" in str(items[6].error)
    assert items[7].document is not None and items[7].error is None  # the lines after a bad one are still read


def test_ingest_folder_metadata_from_sources_json(tmp_path):
    (tmp_path / "r1.txt").write_text("The governor said the bridge was destroyed.")
    (tmp_path / "r2.txt").write_text("Residents said the bridge still stands.")
    (tmp_path / "sources.json").write_text(json.dumps({
        "r1.txt": {"source": "Valley Times", "published": "2016-11-18", "title": "Bridge", "url": "https://valley.example/b"},
    }))
    items = {Path(i.label).name: i.document for i in iter_items([str(tmp_path)])}
    assert set(items) == {"r1.txt", "r2.txt"}
    d = items["r1.txt"]
    assert (d.source, d.published, d.title, d.url) == ("Valley Times", "2016-11-18", "Bridge", "https://valley.example/b")
    assert items["r2.txt"].source is None
    over = {Path(i.label).name: i.document for i in iter_items([str(tmp_path)], source="Desk", published="2016-11-20")}
    assert (over["r1.txt"].source, over["r1.txt"].published) == ("Desk", "2016-11-20")


@pytest.mark.parametrize(
    "old, sub, actor1, notes, expected",
    [
        ("Battle-No change of territory", "", "", "", ("Battles", "Armed clash")),
        ("Battle-Government regains territory", "", "", "", ("Battles", "Government regains territory")),
        ("Battle-Non-state actor overtakes territory", "", "", "", ("Battles", "Non-state actor overtakes territory")),
        ("Remote violence", "", "", "Warplanes struck a village.", ("Explosions/Remote violence", "Air/drone strike")),
        ("Remote violence", "", "", "A roadside bomb exploded.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Remote violence", "", "", "Mortar rounds hit a market.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("Riots/Protests", "", "Rioters (Kenya)", "", ("Riots", "Violent demonstration")),
        ("Riots/Protests", "", "Protesters (Zambia)", "", ("Protests", "Peaceful protest")),
        ("Violence against civilians", "", "", "Gunmen abducted two aid workers.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("Violence against civilians", "", "", "Gunmen shot a farmer.", ("Violence against civilians", "Attack")),
        ("Strategic development", "", "", "", ("Strategic developments", None)),
        ("Non-violent transfer of territory", "", "", "", ("Strategic developments", "Non-violent transfer of territory")),
        ("Explosions/Remote violence", "Air/drone strike", "", "", ("Explosions/Remote violence", "Air/drone strike")),
        ("Protests", "Protest with intervention", "", "", ("Protests", "Protest with intervention")),
    ],
)
def test_ingest_acled_type_names(old, sub, actor1, notes, expected):
    assert acled_type(old, sub, actor1=actor1, notes=notes) == expected


def test_ingest_acled_rows(tmp_path):
    p = tmp_path / "acled.csv"
    p.write_text(ACLED_CSV, encoding="utf-8")
    items = list(iter_acled(str(p)))
    assert len(items) == 3
    first = items[0]
    assert first.document.text.startswith("Mortar rounds") and first.document.published == "2016-07-02"
    assert first.document.source == "Example Wire" and first.acled.key == "TST1"
    assert (first.acled.latitude, first.acled.fatalities, first.acled.admin1) == (3.1, 2, "Bay")
    assert items[1].acled.event_type == "Riots"
    assert items[2].document is None and "no notes" in str(items[2].error) and f"{p}:4" in str(items[2].error)
    bad = tmp_path / "not_acled.csv"
    bad.write_text("a,b\n1,2\n")
    [err] = list(iter_acled(str(bad)))
    assert "not an ACLED CSV file" in str(err.error)


# -- the command, without NLP (fast) -------------------------------------------------------


def test_ingest_command_skips_bad_file_and_is_idempotent(tmp_path, db_url):
    write_reports(tmp_path / "in", 4)
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01\x02 binary junk")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "An aid official said the road to the camp was closed.", "source": "Relief Desk"}) + "\n")
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(tmp_path / "in"), str(feed), "--no-nlp", "--db", db_url])
    assert r.exit_code == 1
    errors = [line for line in r.stderr.splitlines() if line.startswith("claimledger: error:")]
    assert errors == [f"claimledger: error: {tmp_path / 'in' / 'broken.txt'}: binary file (contains NUL bytes), not a text report"]
    assert "6 read: 5 new documents" in r.stdout and "1 failed" in r.stdout
    r = runner.invoke(app, ["ingest", str(tmp_path / "in" / "report_*.txt"), str(feed), "--no-nlp", "--db", db_url, "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == {"read": 5, "documents": 0, "analyses": 0, "unchanged": 5, "claims": 0, "events": 0, "failed": 0}
    with Store.open(db_url) as store:
        assert store.counts()["documents"] == 5
        assert store.counts()["sources"] == 1  # Relief Desk; files name no publisher


def test_ingest_command_acled(tmp_path, db_url):
    p = tmp_path / "acled.csv"
    p.write_text(ACLED_CSV, encoding="utf-8")
    r = CliRunner().invoke(app, ["ingest", "--acled", str(p), "--no-nlp", "--db", db_url])
    assert r.exit_code == 1  # the row without notes
    assert "3 read: 2 new documents, 2 ACLED events, 0 already in the ledger, 1 failed" in r.stdout
    with Store.open(db_url) as store, store.engine.connect() as conn:
        rows = conn.execute(select(acled_events.c.key, acled_events.c.event_type, acled_events.c.source_id).order_by(acled_events.c.key)).all()
    assert [(k, t) for k, t, _ in rows] == [("TST1", "Explosions/Remote violence"), ("TST2", "Riots")]
    assert all(s is not None for _, _, s in rows)


def test_ingest_command_needs_input(db_url):
    r = CliRunner().invoke(app, ["ingest", "--db", db_url])
    assert r.exit_code == 2 and "give at least one PATH" in r.output


# -- with NLP ----------------------------------------------------------------------------------


def _check_whole(url: str) -> int:
    """Every stored document has its current analysis and all of that analysis's claims."""
    with Store.open(url) as store, store.engine.connect() as conn:
        n_docs = conn.execute(select(func.count()).select_from(documents)).scalar()
        orphans = conn.execute(
            select(func.count()).select_from(documents).where(~documents.c.id.in_(select(analyses.c.document_id)))
        ).scalar()
        assert orphans == 0, "a document without its analysis"
        per = select(claims.c.analysis_id, func.count().label("n")).group_by(claims.c.analysis_id).subquery()
        mismatched = conn.execute(
            select(func.count()).select_from(analyses.outerjoin(per, per.c.analysis_id == analyses.c.id))
            .where(analyses.c.claims_count != func.coalesce(per.c.n, 0))
        ).scalar()
        assert mismatched == 0, "an analysis missing some of its claims"
        if store.dialect == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        return n_docs


@pytest.mark.model
def test_ingest_kill_mid_run_leaves_no_half_document(tmp_path, db_url):
    n = 120
    write_reports(tmp_path / "in", n)
    Store.open(db_url).close()  # migrate first, so the poller can count
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimledger.cli", "ingest", str(tmp_path / "in"), "--db", db_url],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )
    store = Store.open(db_url, migrate=False)
    deadline = time.time() + 120
    try:
        while time.time() < deadline:
            with store.engine.connect() as conn:
                if conn.execute(select(func.count()).select_from(documents)).scalar() >= 5:
                    break
            assert proc.poll() is None, proc.stderr.read().decode()
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        store.close()
        if proc.poll() is None:
            proc.kill()
    stored = _check_whole(db_url)
    assert 5 <= stored < n
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", db_url, "--format", "json"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["unchanged"] == stored and report["documents"] == n - stored
    assert _check_whole(db_url) == n


@pytest.mark.model
def test_ingest_workers_match_single_process(tmp_path):
    write_reports(tmp_path / "in", 12)
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    r1 = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", one, "--format", "json"])
    r2 = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", two, "--workers", "2", "--format", "json"])
    assert r1.exit_code == 0 and r2.exit_code == 0, (r1.output, r2.output)
    assert json.loads(r1.stdout) == json.loads(r2.stdout)
    with Store.open(one) as a, Store.open(two) as b:
        ca = sorted(((r.document_id, r.local_id, r.stance, r.text) for r in a.claims()), key=lambda x: x[:2])
        cb = sorted(((r.document_id, r.local_id, r.stance, r.text) for r in b.claims()), key=lambda x: x[:2])
    assert ca == cb and len(ca) > 0


@pytest.mark.model
def test_ingest_on_a_dask_cluster(tmp_path, db_url):
    distributed = pytest.importorskip("distributed")
    write_reports(tmp_path / "in", 6)
    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=1, dashboard_address=None) as cluster:
        r = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", db_url, "--scheduler", cluster.scheduler_address, "--format", "json"])
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["documents"] == 6 and report["analyses"] == 6 and report["failed"] == 0
    assert _check_whole(db_url) == 6


def test_ingest_keeps_original_bytes_of_html(tmp_path, db_url):
    html = (
        "<html><head><title>Checkpoint report</title></head><body><article>"
        "<p>A local council official said the checkpoint at the northern entrance of the town was closed on Monday.</p>"
        "<p>Traders said trucks carrying flour had waited there for two days before turning back.</p>"
        "</article></body></html>"
    ).encode("utf-8")
    (tmp_path / "page.html").write_bytes(html)
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "page.html"), "--no-nlp", "--db", db_url])
    assert r.exit_code == 0, r.output
    with Store.open(db_url) as store, store.engine.connect() as conn:
        doc_id = conn.execute(select(documents.c.id)).scalar()
        doc = store.document(doc_id)
        assert "<p>" not in doc.text and "checkpoint" in doc.text and doc.media_type == "text/html"
        assert store.blob(doc.blob_sha256) == html


@pytest.mark.model
def test_ingest_regroups_incidents_unless_told_not_to(tmp_path):
    (tmp_path / "in").mkdir()
    for i, n in enumerate((4, 5, 6)):
        (tmp_path / "in" / f"r{i}.txt").write_text(
            f"Report {i}. Rescue workers said shells hit a market in Saraqib on Tuesday, killing {n} people.\n",
            encoding="utf-8",
        )
    grouped, bulk = f"sqlite:///{tmp_path / 'g.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", grouped, "--published", "2016-11-23", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["incidents"] >= 1
    listing = CliRunner().invoke(app, ["incidents", "--db", grouped])
    assert "since the last grouping" not in listing.output
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", bulk, "--published", "2016-11-23", "--no-group"])
    assert r.exit_code == 0, r.output
    assert "incidents regrouped" not in r.output
    assert "since the last grouping" in CliRunner().invoke(app, ["incidents", "--db", bulk]).output
