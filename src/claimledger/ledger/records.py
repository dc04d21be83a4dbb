"""Plain rows the store hands out: no SQLAlchemy objects past this point."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass
class AddResult:
    """What ``Store.add_analysis`` / ``Store.add_document`` did with one document."""

    document_id: str
    analysis_id: int | None = None
    new_document: bool = False  # the text was not in the ledger before
    new_analysis: bool = False  # False: this pipeline version had already analysed it
    claims: int = 0
    new_event: bool = False  # an ACLED coded event was added

    @property
    def skipped(self) -> bool:
        return not self.new_document and not self.new_analysis


@dataclass
class FigureRow:
    category: str
    value: int | None
    low: int | None
    high: int | None
    text: str | None
    span: tuple[int, int] | None


@dataclass
class ClaimRow:
    """One stored claim, flattened for grouping; ``data`` has the full contract JSON."""

    id: int
    analysis_id: int
    document_id: str
    local_id: str
    is_current: bool
    span: tuple[int, int]
    text: str
    claimant_name: str | None
    claimant_actor_id: int | None
    claimant_role: str | None
    reported_by_name: str | None
    reported_by_actor_id: int | None
    attribution: str
    stance: str
    cue_text: str | None
    content_text: str | None
    event_type: str | None
    sub_event_type: str | None
    target: str | None
    perpetrators: list[int]
    event_date: str | None
    date_precision: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    killed_low: int | None
    killed_high: int | None
    injured_low: int | None
    injured_high: int | None
    source_id: int | None
    source: str | None  # publisher name of the document
    published: str | None
    data_json: str = field(default="{}", repr=False)

    @property
    def data(self) -> dict[str, Any]:
        """The claim as in the analysis contract (figures, places, when, cue...)."""
        return json.loads(self.data_json)

    @property
    def figures(self) -> list[FigureRow]:
        return [
            FigureRow(f.get("category"), f.get("value"), f.get("low"), f.get("high"), f.get("text"),
                      tuple(f["span"]) if f.get("span") else None)
            for f in self.data.get("figures", [])
        ]


@dataclass
class DocumentRow:
    id: str
    text: str
    chars: int
    title: str | None
    source: str | None
    source_id: int | None
    url: str | None
    published: str | None
    path: str | None
    media_type: str | None
    blob_sha256: str | None
    ingested_at: str


@dataclass
class ActorRow:
    id: int
    name: str
    type: str
    aliases: list[str]
    claims: int = 0
    documents: int = 0


@dataclass
class SearchHit:
    kind: str  # "claim" or "document"
    id: str  # claim id (as text) or document id
    document_id: str
    title: str | None
    source: str | None
    published: str | None
    text: str  # the claim text, or the start of the document
    claimant: str | None = None
    stance: str | None = None
    score: float = 0.0
