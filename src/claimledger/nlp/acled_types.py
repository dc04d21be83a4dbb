"""ACLED event type names across codebook versions: plain Python, no spaCy.

Older ACLED files (before 2019) use "Remote violence", "Riots/Protests",
"Battle-Government regains territory", ...; :func:`map_event_type` maps them
onto the current event types and sub-event types (``data/acled_types.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}


@dataclass(frozen=True)
class AcledType:
    """A current event type (the first of ``event_types``: an old name can
    stand for more than one, "Riots/Protests" for Protests or Riots) and the
    sub-event type when the old name implies one."""

    event_types: tuple[str, ...]
    sub_event_type: str | None = None

    @property
    def event_type(self) -> str:
        return self.event_types[0]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resources.files("claimledger.nlp").joinpath("data/acled_types.json").read_text("utf-8"))


def map_event_type(event_type: str, sub_event_type: str | None = None) -> AcledType:
    """Map an ACLED event type of any codebook version onto the current names.

    >>> map_event_type("Remote violence").event_type
    'Explosions/Remote violence'
    """
    name = (event_type or "").strip()
    if name in EVENT_TYPES:
        return AcledType((name,), sub_event_type or None)
    old = _data()["old_types"].get(name)
    if old is None:
        raise ValueError(f"unknown ACLED event type: {event_type!r}")
    types, sub = old
    return AcledType(tuple(types), sub_event_type or sub)


def vague_fatalities(word: str) -> int | None:
    """ACLED's number for a vague fatality word ("several" -> 10, "dozens" -> 12)."""
    value = _data()["vague_fatalities"].get(word.lower())
    return value if isinstance(value, int) else None
