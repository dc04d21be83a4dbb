"""Document stage: contradictions between claims within one document."""

from __future__ import annotations

from typing import Any

from claimledger.models import Analysis


def find_contradictions(analysis: Analysis, ctx: Any) -> None:
    analysis.contradictions = list(analysis.contradictions or [])
