"""Read GeoNames dumps (``SY.txt``, ``allCountries.txt``) and add them to the index.

The format is GeoNames' tab-separated "geoname" table, 19 columns, UTF-8::

    geonameid name asciiname alternatenames latitude longitude feature_class
    feature_code country_code cc2 admin1 admin2 admin3 admin4 population
    elevation dem timezone modification_date

Rows are streamed (allCountries.txt is ~1.5 GB) and written in batches; a bad
line is reported with its line number and skipped, not fatal. Imported rows are
stored with ``source = 'user'`` and win over base rows with the same id.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimledger.errors import GazetteerError
from claimledger.gazetteer.entry import Entry
from claimledger.gazetteer.normalize import is_latin

COLUMNS = 19
# feature codes -> our kinds; other classes (S spots, H water, T hills, L areas, ...) are "place"
KIND_BY_CODE = {"PCLI": "country", "PCLD": "country", "PCLIX": "country", "PCLS": "country", "PCLF": "country",
                "ADM1": "admin1", "ADM2": "admin2"}


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    bad: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason), first 100 only
    bad_count: int = 0

    def add_bad(self, line: int, reason: str) -> None:
        self.bad_count += 1
        if len(self.bad) < 100:
            self.bad.append((line, reason))


def _lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not names:
                raise GazetteerError("no .txt GeoNames table inside the zip file", path=str(path))
            with z.open(names[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
        return
    with open(path, encoding="utf-8", errors="replace") as f:
        yield from f


def parse_line(line: str, admin1_names: dict[tuple[str, str], str]) -> Entry:
    """One GeoNames row to an Entry; raises ValueError with a reason."""
    cols = line.rstrip("\r\n").split("\t")
    if len(cols) != COLUMNS:
        raise ValueError(f"expected {COLUMNS} tab-separated columns, found {len(cols)}")
    gid, name, ascii_name, alternates = cols[0], cols[1], cols[2], cols[3]
    if not gid.isdigit():
        raise ValueError(f"geonameid {gid[:20]!r} is not a number")
    if not name:
        raise ValueError("empty name")
    try:
        lat, lon = float(cols[4]), float(cols[5])
    except ValueError:
        raise ValueError("latitude/longitude are not numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("latitude/longitude out of range")
    try:
        population = int(cols[14] or 0)
    except ValueError:
        raise ValueError("population is not a number") from None
    fclass, fcode, cc, adm1 = cols[6], cols[7], cols[8] or None, cols[10]
    kind = KIND_BY_CODE.get(fcode) or ("city" if fclass == "P" else "place")
    names = [name]
    if ascii_name:
        names.append(ascii_name)
    for alt in alternates.split(","):
        alt = alt.strip()
        if len(alt) >= 3 and is_latin(alt) and not any(ch.isdigit() for ch in alt) and not (alt.isupper() and len(alt) <= 4):
            names.append(alt)
    admin1 = admin1_names.get((cc or "", adm1))
    if kind == "admin1":
        admin1 = admin1 or name
    return Entry(
        id=f"geonames:{gid}", name=name, lat=lat, lon=lon, country=cc, admin1=admin1,
        kind=kind, population=population, source="user", code=adm1 if kind == "admin1" else None, names=names,
    )


def import_file(
    con: sqlite3.Connection,
    path: Path,
    admin1_names: dict[tuple[str, str], str],
    progress: Callable[[int], None] | None = None,
    batch: int = 5000,
) -> ImportReport:
    """Stream ``path`` into the open index; returns counts and the bad lines."""
    report = ImportReport()
    pending: list[Entry] = []
    for number, line in enumerate(_lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        report.rows += 1
        try:
            entry = parse_line(line, admin1_names)
        except ValueError as e:
            report.add_bad(number, str(e))
            continue
        pending.append(entry)
        if len(pending) >= batch:
            report.imported += _flush(con, pending)
            if progress:
                progress(report.rows)
    report.imported += _flush(con, pending)
    if progress:
        progress(report.rows)
    if report.rows and not report.imported:
        raise GazetteerError(
            f"no GeoNames rows in this file ({report.bad_count} bad lines; first: line "
            f"{report.bad[0][0]}: {report.bad[0][1]})" if report.bad else "no GeoNames rows in this file",
            path=str(path),
        )
    return report


def _flush(con: sqlite3.Connection, entries: list[Entry]) -> int:
    from claimledger.gazetteer.index import insert_entries

    if not entries:
        return 0
    ids = [e.id for e in entries]
    # re-importing a file replaces its earlier rows
    con.executemany(
        "DELETE FROM names WHERE pk IN (SELECT pk FROM places WHERE id = ? AND source = 'user')", [(i,) for i in ids]
    )
    con.executemany("DELETE FROM places WHERE id = ? AND source = 'user'", [(i,) for i in ids])
    n = insert_entries(con, entries, "user")
    con.commit()
    entries.clear()
    return n
