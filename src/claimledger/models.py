"""Plain dataclasses: what the NLP pipeline hands to everything after it.

Nothing here imports spaCy. The ledger, exports and web layer work with these
types only, so they can be tested without a model. Field names follow the
analysis contract (``claimledger.analysis.v1``) in ``docs/ANALYSIS.md``.

Offsets are Python string indices into ``Document.text`` (after HTML
extraction), end exclusive.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from claimledger.errors import EncodingError

SCHEMA = "claimledger.analysis.v1"

Span = tuple[int, int]

ActorType = Literal["person", "organization", "government", "armed_group", "unknown"]
Attribution = Literal["direct", "indirect", "mixed", "author"]
Stance = Literal["asserts", "denies", "rejects", "doubts", "hypothetical", "demands"]
FigureCategory = Literal[
    "killed", "injured", "displaced", "detained", "hostages", "fighters", "other"
]
Precision = Literal["day", "week", "month", "year"]

STANCES: tuple[str, ...] = ("asserts", "denies", "rejects", "doubts", "hypothetical", "demands")
FIGURE_CATEGORIES: tuple[str, ...] = (
    "killed", "injured", "displaced", "detained", "hostages", "fighters", "other",
)


def text_id(text: str) -> str:
    """The document id: ``sha256:<hex>`` of the extracted text (UTF-8)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> re.Match[str] | None:
    """The first unpaired UTF-16 surrogate in ``text``: a Python str (or a JSON
    string) can hold one, decoded bytes never do, and it is not a character."""
    return _SURROGATE.search(text)


@dataclass
class Document:
    """One report as claimledger read it."""

    text: str
    title: str | None = None
    source: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    path: str | None = None  # where it was read from ("-" for stdin)
    raw: bytes | None = field(default=None, repr=False)  # original bytes, if any
    media_type: str = "text/plain"

    def __post_init__(self) -> None:
        # a lone UTF-16 surrogate (possible in a Python str, never in decoded
        # bytes) cannot be hashed, stored or tokenized: refuse it here, by name
        bad = lone_surrogate(self.text)
        if bad is not None:
            raise EncodingError(f"text has an unpaired UTF-16 surrogate (\\u{ord(bad.group()):04x}) at character {bad.start()}: not valid Unicode", path=self.path)

    @property
    def id(self) -> str:
        return text_id(self.text)

    @property
    def chars(self) -> int:
        return len(self.text)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "chars": self.chars,
        }


@dataclass
class Place:
    name: str
    span: Span
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    gazetteer_id: str | None = None
    qualifier: str | None = None  # "eastern" in "eastern Aleppo"; not in the v1 contract

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "span": list(self.span),
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "gazetteer_id": self.gazetteer_id,
        }


@dataclass
class Actor:
    id: str
    name: str
    type: ActorType = "unknown"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass
class Claimant:
    name: str
    actor: str | None = None
    span: Span | None = None
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "actor": self.actor,
            "span": list(self.span) if self.span else None,
            "role": self.role,
        }


@dataclass
class ReportedBy:
    name: str
    actor: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "actor": self.actor}


@dataclass
class Cue:
    text: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass
class Content:
    text: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass
class Event:
    type: str
    sub_type: str | None = None
    target: str | None = None
    actors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "sub_type": self.sub_type,
            "target": self.target,
            "actors": list(self.actors),
        }


@dataclass
class When:
    date: str  # YYYY-MM-DD
    precision: Precision = "day"
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "text": self.text}


@dataclass
class Figure:
    category: FigureCategory
    text: str
    span: Span
    value: int | None = None
    low: int | None = None
    high: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "category": self.category,
            "text": self.text,
            "span": list(self.span),
        }


@dataclass
class Claim:
    id: str
    span: Span
    text: str
    claimant: Claimant
    content: Content
    attribution: Attribution = "author"
    stance: Stance = "asserts"
    cue: Cue | None = None
    reported_by: ReportedBy | None = None
    event: Event | None = None
    places: list[int] = field(default_factory=list)
    when: When | None = None
    figures: list[Figure] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": list(self.span),
            "text": self.text,
            "claimant": self.claimant.to_json(),
            "reported_by": self.reported_by.to_json() if self.reported_by else None,
            "attribution": self.attribution,
            "cue": self.cue.to_json() if self.cue else None,
            "content": self.content.to_json(),
            "stance": self.stance,
            "event": self.event.to_json() if self.event else None,
            "places": list(self.places),
            "when": self.when.to_json() if self.when else None,
            "figures": [f.to_json() for f in self.figures],
        }


@dataclass
class Contradiction:
    claims: tuple[str, str]
    kind: Literal["stance", "figure", "responsibility"]
    about: str

    def to_json(self) -> dict[str, Any]:
        return {"claims": list(self.claims), "kind": self.kind, "about": self.about}


@dataclass
class Analysis:
    """Everything claimledger extracted from one document."""

    document: Document
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    pipeline: str | None = None  # name and version of the pipeline that produced it

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "document": self.document.to_json(),
            "places": [p.to_json() for p in self.places],
            "actors": [a.to_json() for a in self.actors],
            "claims": [c.to_json() for c in self.claims],
            "contradictions": [c.to_json() for c in self.contradictions],
        }

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None


def as_dict(obj: Any) -> dict[str, Any]:
    """Dataclass to dict (for debugging and tests)."""
    return asdict(obj)
