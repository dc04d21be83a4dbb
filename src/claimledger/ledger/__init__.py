"""The ledger: documents, sources, actors and claims in one SQL store.

``Store.open(url)`` gives a migrated store on SQLite (default, a file) or
PostgreSQL; see ``docs/LEDGER.md``.
"""

from claimledger.ledger.records import AddResult, ClaimRow, DocumentRow
from claimledger.ledger.store import Store

__all__ = ["AddResult", "ClaimRow", "DocumentRow", "Store"]
