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
