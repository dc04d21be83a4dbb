"""One gazetteer record: a place that a name can resolve to."""

from __future__ import annotations

from dataclasses import dataclass, field

# kinds, coarsest first
KINDS: tuple[str, ...] = ("continent", "country", "admin1", "admin2", "city", "place")


@dataclass
class Entry:
    """A place in the gazetteer.

    ``id`` is ``geonames:<geonameid>`` where GeoNames gave one, else a stable
    made-up key (``adm1:SY:09``). ``source`` is ``base`` for the index built from
    installed packages and ``user`` for rows a user imported from a GeoNames
    dump (preferred when both know a name).
    """

    id: str
    name: str
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    kind: str = "city"
    population: int = 0
    source: str = "base"
    code: str | None = None  # GeoNames admin1 code, on admin1 records
    names: list[str] = field(default_factory=list, repr=False)  # alternate names (build time only)
