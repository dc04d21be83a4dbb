"""The ``db_url`` fixture: each ledger test runs on SQLite and on PostgreSQL.

SQLite gets a fresh file in the test's tmp folder. PostgreSQL needs a server:
``CLAIMLEDGER_TEST_PG_URL=postgresql://user@127.0.0.1:55432/claimledger_test``
(CI sets it); each test gets a database of its own, created from that URL and
dropped afterwards. Without the variable the PostgreSQL half skips, saying why.
"""

from __future__ import annotations

import os
import uuid

import pytest

PG_ENV = "CLAIMLEDGER_TEST_PG_URL"


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def make_pg_database() -> tuple[str, object]:
    """Create a fresh database on the test server; returns (url, drop function)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from claimledger.ledger.db import normalise_url

    admin = make_url(normalise_url(_pg_admin_url()))
    name = "cl_test_" + uuid.uuid4().hex[:12]
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    return url, drop


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    if _pg_admin_url() is None:
        pytest.skip(f"PostgreSQL half: set {PG_ENV}=postgresql://user@host:port/db to run it (CI does)")
    url, drop = make_pg_database()
    try:
        yield url
    finally:
        drop()


def sample_analysis(
    text: str = "The ministry denied that its aircraft struck the clinic in Kafr Nabl, where a rescue group said 12 people were killed.",
    *,
    claimant: str = "Ministry of Defence",
    claimant_type: str = "government",
    source: str | None = "Northern Wire",
    url: str | None = "https://northern-wire.example/story",
    published: str | None = "2016-11-20",
    pipeline: str = "test-pipeline-1",
    stance: str = "denies",
    killed: tuple[int, int] | None = (12, 12),
    raw: bytes | None = None,
    title: str | None = "Clinic strike",
):
    """A hand-made Analysis (no model needed): one actor, one place, one claim."""
    from claimledger.models import (
        Actor, Analysis, Claim, Claimant, Content, Cue, Document, Event, Figure, Place, When,
    )

    doc = Document(text=text, title=title, source=source, url=url, published=published,
                   path="sample.txt", raw=raw if raw is not None else text.encode("utf-8"))
    figures = []
    if killed is not None:
        figures.append(Figure("killed", f"{killed[0]} people were killed", (0, 5), value=killed[0] if killed[0] == killed[1] else None, low=killed[0], high=killed[1]))
    claim = Claim(
        id="c1",
        span=(0, len(text)),
        text=text,
        claimant=Claimant(claimant, actor="a1", span=(0, 12)),
        content=Content(text[20:60], (20, 60)),
        attribution="indirect",
        stance=stance,
        cue=Cue("denied", (13, 19)),
        event=Event("Explosions/Remote violence", "Air/drone strike", "clinic", actors=["a1"]),
        places=[0],
        when=When("2016-11-19", "day", "Saturday"),
        figures=figures,
    )
    return Analysis(
        document=doc,
        places=[Place("Kafr Nabl", (60, 69), 35.61, 36.56, "SY", "Idlib")],
        actors=[Actor("a1", claimant, claimant_type, aliases=[], mentions=[(0, 12)])],
        claims=[claim],
        pipeline=pipeline,
    )
