"""claimledger: who claims what about incidents in armed conflict, with provenance."""

from claimledger.models import (
    SCHEMA,
    Actor,
    Analysis,
    Claim,
    Claimant,
    Content,
    Contradiction,
    Cue,
    Document,
    Event,
    Figure,
    Place,
    ReportedBy,
    When,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Actor",
    "Analysis",
    "Claim",
    "Claimant",
    "Content",
    "Contradiction",
    "Cue",
    "Document",
    "Event",
    "Figure",
    "Place",
    "ReportedBy",
    "When",
    "__version__",
]
