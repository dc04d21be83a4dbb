"""``claimledger eval geoparse``: toponyms and their coordinates against LGL and GeoVirus.

Gold data: ``../shared/corpus/geoparsing/lgl.xml`` (LGL, local US news, GeoNames
coordinates) and ``GeoVirus.xml`` (WikiNews disease-outbreak reports, Wikipedia
coordinates), as redistributed by Gritta et al., "A Pragmatic Guide to Geoparsing
Evaluation" (see that folder's PROVENANCE.md).

Measures, per corpus (``lgl_*``, ``geovirus_*``):

- ``recall``: gold toponyms that some predicted place overlaps (by characters);
- ``precision``: predicted places that overlap some gold toponym;
- ``acc161``: of the gold toponyms with coordinates that we found, the share
  whose predicted coordinates lie within 161 km (100 miles) of the gold ones; a
  found toponym we could not geocode counts as wrong;
- ``median_km``: median error in km over the found and geocoded ones;
- ``docs``, ``gold``, ``predicted``: counts.

Only the components resolution needs run (``claimledger_places`` and the
``resolve_places`` stage), streamed through ``nlp.pipe``. ``split`` picks
``"even"`` or ``"odd"`` article positions: development looked at even ones only,
so the odd ones are held out.
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.gazetteer import distance_km
from claimledger.models import Document

CORPORA = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def read_lgl(path: Path) -> Iterator[tuple[str, list[Gold]]]:
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            golds.append(Gold(int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or "", lat, lon))
        yield text, golds


def read_geovirus(path: Path) -> Iterator[tuple[str, list[Gold]]]:
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        golds = [
            Gold(int(loc.findtext("start")), int(loc.findtext("end")), loc.findtext("name") or "",
                 _float(loc.findtext("lat")), _float(loc.findtext("lon")))
            for loc in art.iter("location")
        ]
        yield text, golds


READERS = {"lgl": read_lgl, "geovirus": read_geovirus}


def make_analyzer() -> Any:
    from claimledger.nlp.pipeline import Analyzer, make_nlp

    nlp = make_nlp(components=["claimledger_places"])
    return Analyzer(nlp=nlp, stages=["claimledger.nlp.places:resolve_places"])


def score(items: list[tuple[str, list[Gold]]], analyzer: Any) -> dict[str, float]:
    gold_n = pred_n = found = pred_hit = 0
    geo_found = geo_ok = 0
    errors: list[float] = []
    docs = (Document(text=text) for text, _ in items)
    for (text, golds), analysis in zip(items, analyzer.analyze_many(docs)):
        places = analysis.places
        pred_n += len(places)
        gold_n += len(golds)
        for p in places:
            if any(p.span[0] < g.end and g.start < p.span[1] for g in golds):
                pred_hit += 1
        for g in golds:
            hits = [p for p in places if p.span[0] < g.end and g.start < p.span[1]]
            if not hits:
                continue
            found += 1
            if g.lat is None or g.lon is None:
                continue
            geo_found += 1
            p = hits[0]
            if p.lat is None or p.lon is None:
                continue
            d = distance_km(g.lat, g.lon, p.lat, p.lon)
            errors.append(d)
            geo_ok += d <= 161
    return {
        "docs": len(items),
        "gold": gold_n,
        "predicted": pred_n,
        "recall": found / gold_n if gold_n else 0.0,
        "precision": pred_hit / pred_n if pred_n else 0.0,
        "acc161": geo_ok / geo_found if geo_found else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
    }


def run(corpus: Path, limit: int | None = None, split: str | None = None, corpora: tuple[str, ...] = ("geovirus", "lgl")) -> dict[str, float]:
    """Score places on each corpus under ``corpus/geoparsing``; metric names ``<corpus>_<measure>``."""
    folder = Path(corpus) / "geoparsing"
    analyzer = make_analyzer()
    out: dict[str, float] = {}
    for name in corpora:
        items = list(READERS[name](folder / CORPORA[name]))
        if split in ("even", "odd"):
            items = items[(0 if split == "even" else 1) :: 2]
        if limit:
            items = items[:limit]
        for k, v in score(items, analyzer).items():
            out[f"{name}_{k}"] = v
    return out
