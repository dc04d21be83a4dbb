"""Document stage: one actor per real-world entity across the document."""

from __future__ import annotations

from typing import Any

from claimledger.models import Analysis


def resolve_actors(analysis: Analysis, ctx: Any) -> None:
    return None
