"""Alembic environment, configured from code (no alembic.ini).

``claimledger.ledger.db.migrate(engine)`` passes its connection in
``config.attributes["connection"]``; this file only runs the migrations on it.
"""

from __future__ import annotations

from alembic import context

from claimledger.ledger import schema

try:  # other areas add their tables to the same metadata
    import claimledger.ledger.incident_tables  # noqa: F401
except ModuleNotFoundError:
    pass

config = context.config
target_metadata = schema.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("claimledger migrations run through claimledger.ledger.db.migrate(engine)")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
