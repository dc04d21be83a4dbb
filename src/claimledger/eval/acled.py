"""``claimledger eval acled``: events, fatalities and locations against ACLED codings.

Each row's ``notes`` is one input document, published on the row's
``event_date``. From its analysis we take the **primary event claim**: the
first claim in document order that carries an event and whose stance reports
it (asserts or doubts; denials and hypotheticals are never reports), else the
first claim with an event at all; of two starting at the same place, the
authorial one (it spans the whole sentence). Then:

- ``event_type`` / ``sub_event_type``: the primary claim's event against the
  row's (older ACLED names mapped onto current ones with
  :func:`claimledger.nlp.acled_types.map_event_type`; "Riots/Protests" counts
  Protests or Riots as right; the Africa file has no sub-event types, so only
  rows whose old type implies one are scored for it);
- ``fatalities_exact``: the document's fatality count equals the row's. The
  count is the last *toll statement* in the document (whoever makes it), a killed
  figure introduced by "death toll rose to", "fatalities coded as", "the toll
  stood at", ... (a later total supersedes earlier counts), else the sum of the
  killed figures of the primary claim that are not inside another claimant's
  words, plus those of later reporting claims that say "also" ("6 militants
  were also killed"), else those of the first later reporting claim that has
  killed figures ("A car bomb exploded. Five people were killed."), else 0. Vague counts use ACLED's convention ("several" 10, "dozens"
  12, :func:`claimledger.nlp.acled_types.vague_fatalities`);
- ``location_25km``: the first resolved place of the primary claim, else the
  document's first resolved place (in either case one in the document's main
  country first, a named region counting twice in choosing that country, then
  a place below country level before a country, and one whose admin1 is a
  region the document names before one that is not), within 25 km of the row's coordinates
  (rows whose document has no resolved place count as misses);
- ``admin1``: that place's admin1 equals the row's (case, accents and words
  like "province" ignored);
- ``date_exact``: the primary claim's ``when`` is the row's event_date (the
  documents are published on that date, so this mostly checks that a claim
  gets the date written in its sentence, "On 21 March 2020, ...").
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.models import Analysis, Claim, Document, Place
from claimledger.nlp.acled_types import map_event_type, vague_fatalities
from claimledger.nlp.quantities import figure_count, is_toll, without_parts

FILES = {
    "afghanistan": "acled_afghanistan_2020_dev.csv",
    "africa": "acled_africa_2016.csv",
}
REPORTING = ("asserts", "doubts")
_ALSO = re.compile(r"\b(?:also|as well|too)\b", re.I)
_ADMIN_WORDS = re.compile(r"\b(province|governorate|region|state|district|wilayat|wilayah|wilaya|velayat|muhafazat|county|prefecture|department|division|oblast)\b(?:-e\b)?")


@dataclass
class Scored:
    """One row: what ACLED coded and what claimledger found."""

    notes: str
    gold_types: tuple[str, ...]
    gold_sub: str | None
    gold_fatalities: int
    gold_lat: float | None
    gold_lon: float | None
    gold_admin1: str
    event_type: str | None = None
    sub_event_type: str | None = None
    fatalities: int = 0
    place: Place | None = None
    gold_date: str | None = None
    date: str | None = None

    @property
    def km(self) -> float | None:
        if self.place is None or self.place.lat is None or self.gold_lat is None:
            return None
        return haversine_km(self.place.lat, self.place.lon, self.gold_lat, self.gold_lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _iso(date: str) -> str | None:
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(date.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _norm(name: str | None) -> str:
    s = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    s = _ADMIN_WORDS.sub(" ", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def same_admin1(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", ""):
        return True
    xs, ys = set(x.split()), set(y.split())
    if xs <= ys or ys <= xs:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(x, y) >= 85


def primary_claim(analysis: Analysis) -> Claim | None:
    events = [c for c in analysis.claims if c.event is not None]
    reporting = [c for c in events if c.stance in REPORTING]
    pool = reporting or events
    # on a tie the document's own account goes first: it spans the whole sentence
    return min(pool, key=lambda c: (c.span[0], c.attribution != "author")) if pool else None


def _others_words(analysis: Analysis) -> list[tuple[int, int]]:
    return [c.content.span for c in analysis.claims if c.attribution != "author"]


def _count(figure: Any) -> int:
    if figure.value is None:
        word = figure.text.split()[0] if figure.text else ""
        acled = vague_fatalities(word)
        if acled is not None:
            return acled
    return figure_count(figure) or 0


def fatalities(analysis: Analysis, primary: Claim | None) -> int:
    text = analysis.document.text
    quoted = _others_words(analysis)

    def own_voice(span: tuple[int, int]) -> bool:
        return not any(s <= span[0] and span[1] <= e for s, e in quoted)

    tolls = sorted(
        {f.span: f for c in analysis.claims for f in c.figures if f.category == "killed" and is_toll(text, f.span[0])}.values(),
        key=lambda f: f.span[0],
    )
    if tolls:
        return _count(tolls[-1])
    if primary is None:
        return 0

    def killed_in(claim: Claim) -> list[Any]:
        killed = [f for f in without_parts(claim.figures, text) if f.category == "killed"]
        if claim.attribution == "author":
            killed = [f for f in killed if own_voice(f.span)]
        return killed

    killed = killed_in(primary)
    later = sorted((c for c in analysis.claims if c.span[0] >= primary.span[1] and c.stance in REPORTING), key=lambda c: c.span[0])
    if not killed:
        # "A car bomb exploded near the hospital. Five people were killed."
        killed = next((k for k in map(killed_in, later) if k), [])
    else:
        # "2 policemen were killed ... Officials said 6 militants were also killed."
        seen = {f.span for f in killed}
        for c in later:
            if _ALSO.search(c.content.text):
                extra = [f for f in killed_in(c) if f.span not in seen]
                killed += extra
                seen.update(f.span for f in extra)
    return sum(_count(f) for f in killed)


def _country_level(p: Place) -> bool:
    """A country or continent, or an unknown place that only got its country's point."""
    if p.admin1:
        return False
    if p.gazetteer_id is None:
        return True
    from claimledger.gazetteer import get_gazetteer

    return any(e.id == p.gazetteer_id and e.kind in ("country", "continent") for e in get_gazetteer().lookup(p.name))


def location(analysis: Analysis, primary: Claim | None) -> Place | None:
    """The primary claim's first resolved place, else the document's; a place
    in the document's main country (the one most of its places resolve to)
    goes before one abroad ("Argo district, Badakhshan" is not in Greece), and
    a place inside a country before the country itself."""
    places = analysis.places
    resolved = [p for p in places if p.lat is not None]
    if not resolved:
        return None
    # a region named as such ("..., Badakhshan") says more about the country
    # than a small place that may be a homonym abroad: it counts twice
    countries = Counter()
    for p in resolved:
        if p.country:
            countries[p.country] += 2 if _norm(p.name) == _norm(p.admin1) else 1
    main = countries.most_common(1)[0][0] if countries else None
    pool: list[Place] = []
    if primary is not None:
        pool = [places[i] for i in primary.places if 0 <= i < len(places) and places[i].lat is not None]
    pool = pool or resolved
    pool = [p for p in pool if main is None or p.country == main] or pool
    # ACLED codes the most specific place: a country ("Zimbabwe's army ... in
    # Beitbridge") gives way to a place inside one (it has an admin1)
    pool = [p for p in pool if not _country_level(p)] or pool
    # "the Qalat area of Kushki Kuhna district, Herat": a place whose admin1 is
    # a region the document names goes first (a homonym elsewhere does not)
    named = {_norm(p.name) for p in resolved}
    consistent = [p for p in pool if _norm(p.admin1) in named and _norm(p.name) != _norm(p.admin1)]
    return (consistent or pool)[0]


def read_rows(path: Path, limit: int | None = None) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return rows[:limit] if limit else rows


def score_rows(rows: list[dict[str, str]], analyzer: Any) -> list[Scored]:
    docs = [Document(text=r["notes"].strip() or ".", published=_iso(r["event_date"])) for r in rows]
    out: list[Scored] = []
    for row, analysis in zip(rows, analyzer.analyze_many(docs)):
        mapped = map_event_type(row["event_type"], row.get("sub_event_type"))
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except (KeyError, ValueError):
            lat = lon = None
        s = Scored(
            notes=row["notes"],
            gold_types=mapped.event_types,
            gold_sub=mapped.sub_event_type,
            gold_fatalities=int(row.get("fatalities") or 0),
            gold_lat=lat,
            gold_lon=lon,
            gold_admin1=row.get("admin1", ""),
            gold_date=_iso(row["event_date"]),
        )
        primary = primary_claim(analysis)
        if primary is not None and primary.event is not None:
            s.event_type, s.sub_event_type = primary.event.type, primary.event.sub_type
        s.fatalities = fatalities(analysis, primary)
        s.date = primary.when.date if primary is not None and primary.when is not None else None
        s.place = location(analysis, primary)
        out.append(s)
    return out


def metrics(prefix: str, scored: list[Scored]) -> dict[str, float | int]:
    n = len(scored)
    if not n:
        return {f"{prefix}_n": 0}
    with_sub = [s for s in scored if s.gold_sub]
    km = [s.km for s in scored]
    return {
        f"{prefix}_n": n,
        f"{prefix}_event_type": sum(s.event_type in s.gold_types for s in scored) / n,
        f"{prefix}_sub_event_type": (sum(s.sub_event_type == s.gold_sub for s in with_sub) / len(with_sub)) if with_sub else 0.0,
        f"{prefix}_sub_event_type_n": len(with_sub),
        f"{prefix}_fatalities_exact": sum(s.fatalities == s.gold_fatalities for s in scored) / n,
        f"{prefix}_location_25km": sum(k is not None and k <= 25 for k in km) / n,
        f"{prefix}_admin1": sum(same_admin1(s.place.admin1 if s.place else None, s.gold_admin1) for s in scored) / n,
        f"{prefix}_median_km": _median([k for k in km if k is not None]),
        f"{prefix}_date_exact": sum(s.date is not None and s.date == s.gold_date for s in scored) / n,
    }


def _median(xs: list[float]) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def run(corpus: Path, limit: int | None = None, files: Iterable[str] = tuple(FILES), analyzer: Any = None) -> dict[str, float | int]:
    """Score every ACLED file under ``corpus/acled``; metrics named ``<file>_<measure>``."""
    from claimledger.nlp.pipeline import Analyzer

    analyzer = analyzer or Analyzer()
    result: dict[str, float | int] = {}
    for name in files:
        path = Path(corpus) / "acled" / FILES[name]
        if not path.exists():
            continue
        result.update(metrics(name, score_rows(read_rows(path, limit), analyzer)))
    return result
