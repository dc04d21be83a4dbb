"""Database URLs, engines and migrations.

``make_engine(url)`` accepts ``sqlite:///file.db`` (or a bare file path) and
``postgresql://...`` (mapped onto the psycopg 3 driver). SQLite connections get
WAL mode, foreign keys and a busy timeout, so a reader and a writer can share a
file. ``migrate(engine)`` runs Alembic to head with a configuration built in
code, so it works from an installed package without ``alembic.ini``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy import create_engine

from claimledger import settings
from claimledger.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def normalise_url(url: str | None = None) -> str:
    """The SQLAlchemy URL for ``url`` (default: the ``DATABASE_URL`` setting)."""
    url = (url or settings.get("database_url")).strip()
    if "://" not in url:  # a bare file path
        return "sqlite:///" + url
    for prefix in ("postgresql://", "postgres://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def describe(url: str) -> str:
    """The URL with any password hidden, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not pysqlite, decide where transactions begin, so that
    # SAVEPOINTs work (SQLAlchemy's documented pysqlite recipe).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    # Writers take the write lock up front (and wait for it, up to busy_timeout),
    # instead of failing when a read transaction later tries to write.
    immediate = conn.get_execution_options().get("claimledger_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction meant to write: committed on success."""
    with engine.connect() as conn:
        conn.execution_options(claimledger_write=True)
        with conn.begin():
            yield conn


def make_engine(url: str | None = None) -> Engine:
    """An Engine for ``url``; raises :class:`StoreError` if the database is unreachable."""
    full = normalise_url(url)
    try:
        u = make_url(full)
    except Exception as e:
        raise StoreError(f"not a database URL: {url!r} ({e})") from None
    if u.get_backend_name() == "sqlite":
        database = u.database or ""
        if database and database != ":memory:":
            parent = Path(database).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"folder {parent} does not exist", path=database)
        engine = create_engine(u)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif u.get_backend_name() == "postgresql":
        try:
            engine = create_engine(u, pool_pre_ping=True)
        except ModuleNotFoundError:
            raise StoreError(
                "PostgreSQL needs psycopg 3: pip install 'claimledger[postgres]'"
            ) from None
    else:
        raise StoreError(f"unsupported database {u.get_backend_name()!r}: use sqlite:/// or postgresql://")
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_MIGRATE_LOCK = threading.Lock()  # Alembic's context is process-global


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def is_current(engine: Engine) -> bool:
    """Is the database already at the newest revision?"""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return frozenset(MigrationContext.configure(connection).get_current_heads()) == head_revisions()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database behind ``engine`` to ``revision``."""
    from alembic import command

    try:
        with _MIGRATE_LOCK:
            if revision == "head" and is_current(engine):
                return
            _upgrade(engine, revision, command)
    except StoreError:
        raise
    except Exception as e:
        detail = (str(getattr(e, "orig", None) or e).strip().splitlines() or [""])[0]
        raise StoreError(f"cannot open ledger {describe(str(engine.url))}: {detail}") from e


def _upgrade(engine: Engine, revision: str, command) -> None:
    with engine.connect() as connection:
        connection.execution_options(claimledger_write=True)  # SQLite: take the write lock first
        with connection.begin():
            if connection.dialect.name == "postgresql":
                # Two processes opening a fresh database at once must not both migrate.
                connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4242004)")
            command.upgrade(alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
