"""Group claims from many reports into incidents.

Two claims are about the same incident when they share an event type, happened
close together (distance or admin area) within a short time window, and do not
name different targets; a shared target, sub-type and compatible figures add
confidence. The grouping is

* **blocked**: claims are sorted by date and streamed; each one is compared only
  with the claims still inside the time window (a sliding window) that share
  its event type and sit in its geo cell or the 8 cells around it (cells of
  ``CELL_DEG`` degrees), or in its admin1 area when it has no coordinates.
  Never all pairs: the work grows with the number of claims times the density
  of claims in one cell and window, which is bounded by ``MAX_CANDIDATES``;
* **linked** with union-find, and a link is refused when the merged incident
  would span more than ``MAX_SPAN_DAYS``, name two different targets, or join
  two incidents a person has pinned apart (manual merge/split);
* **explainable**: every link keeps the features that made it (``Link.why``:
  same type, 3.2 km apart, same admin1, 1 day apart, same target 'hospital',
  figures compatible).

Nothing here touches the database; :mod:`claimledger.ledger.incident_tables`
loads :class:`GroupClaim` records from the store and saves the result.
"""

from __future__ import annotations

import json as _json
import math
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

CELL_DEG = 0.25  # geo cell size for blocking (about 28 km of latitude)
MAX_KM = 25.0  # farther apart than this is another incident...
FAR_KM = 75.0  # ...unless in the same admin1 area and closer than this
WINDOW_DAYS = 3  # farther apart in time than this is another incident
MAX_SPAN_DAYS = 7  # an incident never spans more than this (stops chaining)
UNDATED_LOOKBACK_DAYS = 7  # an undated claim is about the week before publication
MAX_CANDIDATES = 200  # most recent candidates compared per block
THRESHOLD = 4.0  # score needed to link two claims (tuned on synthetic data, see BENCHMARKS)

# ACLED event types (and their older names) -> family used for blocking.
TYPE_FAMILY = {
    "Battles": "battles",
    "Explosions/Remote violence": "remote",
    "Remote violence": "remote",
    "Violence against civilians": "civilians",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Riots/Protests": "demonstrations",
    "Strategic developments": "strategic",
}


@dataclass(slots=True)
class GroupClaim:
    """What grouping needs to know about one claim (plain values, no ORM)."""

    id: str
    document: str  # document id; duplicates are resolved by ``canonical``
    event_type: str | None
    sub_type: str | None = None
    target: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    place: str | None = None
    date: str | None = None  # YYYY-MM-DD when the claim dates its event
    precision: str | None = None  # day|week|month|year
    published: str | None = None  # the document's publication date
    stance: str = "asserts"
    claimant: str = ""
    source: str | None = None  # the outlet that published the document
    figures: tuple[tuple[str, int | None, int | None], ...] = ()  # (category, low, high)
    perpetrators: tuple[str, ...] = ()
    pinned: int | None = None  # incident id a person put this claim in
    canonical: str | None = None  # the document this one duplicates, if any
    place_inferred: bool = False  # place taken from the document, not the claim


@dataclass(slots=True)
class Link:
    """Why claim ``a`` joined claim ``b``. Only ids, score and the two records are
    kept; the features are recomputed when asked for, since a million links
    with their explanations would not fit in memory."""

    a: str
    b: str
    score: float
    ca: GroupClaim = field(repr=False)
    cb: GroupClaim = field(repr=False)

    @property
    def why(self) -> list[dict]:
        r = score_pair(self.ca, self.cb)
        return r[1] if r else []

    def to_json(self) -> dict:
        return {"claim": self.a, "with": self.b, "score": round(self.score, 2), "why": self.why}

    @property
    def json(self) -> str:
        return _json.dumps(self.to_json(), ensure_ascii=False)


@dataclass
class Grouping:
    groups: list[list[str]]  # claim ids per incident, largest first
    links: list[Link] = field(default_factory=list)
    pinned: dict[int, int] = field(default_factory=dict)  # group index -> pinned incident id
    skipped: int = 0  # claims without an event, date or place


# -- time and place -----------------------------------------------------------


def _day(s: str | None) -> int | None:
    if not s:
        return None
    try:
        return date.fromisoformat(s[:10]).toordinal()
    except ValueError:
        return None


def date_range(c: GroupClaim) -> tuple[int, int] | None:
    """The days (ordinals, inclusive) the claim's event may have happened on."""
    d = _day(c.date)
    if d is not None:
        p = c.precision or "day"
        if p == "day":
            return d, d
        if p == "week":
            return d - 3, d + 3
        if p == "month":
            first = date.fromordinal(d).replace(day=1)
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return first.toordinal(), nxt.toordinal() - 1
        return None  # a year is too vague to group on
    p = _day(c.published)
    if p is not None:
        return p - UNDATED_LOOKBACK_DAYS, p
    return None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r1, r2 = math.radians(lat1), math.radians(lat2)
    dlat = r2 - r1
    dlon = math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(r1) * math.cos(r2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def family(event_type: str | None) -> str | None:
    if not event_type:
        return None
    return TYPE_FAMILY.get(event_type, event_type.lower())


def _norm(s: str | None) -> str | None:
    return " ".join(s.lower().split()) if s else None


def _home_keys(c: GroupClaim, fam: str) -> list[tuple]:
    """Blocks a claim is filed under (see ``_query_keys`` for who looks there)."""
    keys: list[tuple] = []
    if c.lat is not None and c.lon is not None:
        keys.append((fam, "cell", math.floor(c.lat / CELL_DEG), math.floor(c.lon / CELL_DEG)))
        if c.admin1:
            keys.append((fam, "adm*", _norm(c.admin1)))  # for claims placed only by admin1
            if c.target:  # for same-target claims whose geocodes disagree
                keys.append((fam, "adm", _norm(c.admin1), _norm(c.target)))
    elif c.admin1:
        keys.append((fam, "adm-only", _norm(c.admin1)))
    if c.place:
        keys.append((fam, "name", _norm(c.place)))
    return keys


def _query_keys(c: GroupClaim, fam: str) -> list[tuple]:
    """Blocks a claim is compared with: its geo cell and the 8 around it, its
    admin1 area (only claims without coordinates, or with the same target),
    and claims with the same place name."""
    keys: list[tuple] = []
    if c.lat is not None and c.lon is not None:
        y, x = math.floor(c.lat / CELL_DEG), math.floor(c.lon / CELL_DEG)
        keys += [(fam, "cell", y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
        if c.admin1:
            keys.append((fam, "adm-only", _norm(c.admin1)))
            if c.target:
                keys.append((fam, "adm", _norm(c.admin1), _norm(c.target)))
    elif c.admin1:
        keys += [(fam, "adm*", _norm(c.admin1)), (fam, "adm-only", _norm(c.admin1))]
    if c.place:
        keys.append((fam, "name", _norm(c.place)))
    return keys


# -- scoring -------------------------------------------------------------------


def figures_compatible(a: GroupClaim, b: GroupClaim) -> bool | None:
    """True when some category both give has overlapping ranges, False when every
    shared category disagrees, None when they share no category."""
    seen = False
    for ca, la, ha in a.figures:
        for cb, lb, hb in b.figures:
            if ca != cb:
                continue
            seen = True
            lo1, hi1 = la if la is not None else 0, ha if ha is not None else math.inf
            lo2, hi2 = lb if lb is not None else 0, hb if hb is not None else math.inf
            if lo1 <= hi2 and lo2 <= hi1:
                return True
    return False if seen else None


def score_pair(
    a: GroupClaim,
    b: GroupClaim,
    ra: tuple[int, int] | None = None,
    rb: tuple[int, int] | None = None,
    *,
    why_too: bool = True,
) -> tuple[float, list[dict]] | None:
    """Score two claims as the same incident; ``None`` when something rules it out.

    Returns ``(score, why)`` where ``why`` lists the features, each a dict with
    ``feature``, ``value`` and a readable ``text`` (empty with ``why_too=False``,
    which grouping uses for the many pairs that are scored but not linked)."""
    fa, fb = family(a.event_type), family(b.event_type)
    if fa is None or fa != fb:
        return None
    ra = ra or date_range(a)
    rb = rb or date_range(b)
    if ra is None or rb is None:
        return None
    gap = max(0, max(ra[0], rb[0]) - min(ra[1], rb[1]))
    if gap > WINDOW_DAYS:
        return None
    ta, tb = _norm(a.target), _norm(b.target)
    if ta and tb and ta != tb:
        return None

    why: list[dict] = []
    score = 0.0
    same_type = a.event_type == b.event_type
    if why_too: why.append({"feature": "type", "value": a.event_type,
                "text": f"same type ({a.event_type})" if same_type else f"same type family ({fa})"})
    if a.sub_type and b.sub_type:
        if a.sub_type == b.sub_type:
            score += 1.0
            if why_too: why.append({"feature": "sub_type", "value": a.sub_type, "text": f"same sub-type ({a.sub_type})"})
        else:
            if why_too: why.append({"feature": "sub_type", "value": [a.sub_type, b.sub_type],
                        "text": f"sub-types differ ({a.sub_type} / {b.sub_type})"})

    # place
    located = False
    far = False
    same_adm = bool(a.admin1 and b.admin1 and _norm(a.admin1) == _norm(b.admin1))
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        if km > MAX_KM:
            # geocoders often put a district on the wrong village: tolerate it
            # only inside the same admin1 area, for the same named target or
            # place, and give no distance points
            same_target = bool(a.target and b.target and _norm(a.target) == _norm(b.target))
            same_name = bool(a.place and b.place and _norm(a.place) == _norm(b.place))
            if not same_adm or km > FAR_KM or not (same_target or same_name):
                return None
            far = True
            if why_too: why.append({"feature": "distance_km", "value": round(km, 1),
                        "text": f"{km:.0f} km apart (same admin1, geocodes disagree)"})
        else:
            located = True
            score += 2.0 if km <= 2 else 1.5 if km <= 10 else 0.5
            if why_too: why.append({"feature": "distance_km", "value": round(km, 1), "text": f"{km:.1f} km apart"})
    same_country = a.country is None or b.country is None or a.country == b.country
    if not same_country:
        return None
    if a.admin1 and b.admin1 and not same_adm and not located:
        return None
    if same_adm:
        score += 0.5 if located else 1.0
        if why_too: why.append({"feature": "admin1", "value": a.admin1, "text": f"same admin1 ({a.admin1})"})
        located = True
    same_place = bool(a.place and b.place and _norm(a.place) == _norm(b.place))
    if same_place and (far or not (a.lat is not None and b.lat is not None)):
        score += 1.0
        if why_too: why.append({"feature": "place", "value": a.place, "text": f"same place name ({a.place})"})
        located = True
    if not located:
        return None
    if a.place_inferred or b.place_inferred:
        score -= 1.0 * (a.place_inferred + b.place_inferred)
        if why_too: why.append({"feature": "place_inferred", "value": True,
                    "text": "place taken from the report, not the claim"})

    # time
    exact = ra[0] == ra[1] and rb[0] == rb[1]
    if exact:
        score += 2.0 if gap == 0 else 1.5 if gap == 1 else 1.0
        if why_too: why.append({"feature": "days_apart", "value": gap,
                    "text": "same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart"})
    else:
        score += 0.5 if gap == 0 else 0.25
        if why_too: why.append({"feature": "days_apart", "value": gap,
                    "text": "dates overlap (one is approximate)" if gap == 0
                    else f"approximate dates {gap} day{'s' if gap > 1 else ''} apart"})

    if ta and tb:
        score += 2.0
        if why_too: why.append({"feature": "target", "value": a.target, "text": f"same target '{a.target}'"})

    fc = figures_compatible(a, b)
    if fc is True:
        score += 0.5
        if why_too: why.append({"feature": "figures", "value": "compatible", "text": "figures compatible"})
    elif fc is False:
        if why_too: why.append({"feature": "figures", "value": "differ", "text": "figures differ"})

    pa, pb = set(map(_norm, a.perpetrators)), set(map(_norm, b.perpetrators))
    if pa & pb:
        score += 0.5
        if why_too: why.append({"feature": "perpetrator", "value": sorted(pa & pb)[0],
                    "text": f"same perpetrator named ({sorted(pa & pb)[0]})"})
    return score, why


def explain(a: GroupClaim, b: GroupClaim) -> dict:
    """The answer to ``claimledger incidents why A B``."""
    r = score_pair(a, b)
    if r is None:
        reasons = []
        if family(a.event_type) != family(b.event_type) or not a.event_type:
            reasons.append(f"different event types ({a.event_type} / {b.event_type})")
        ra, rb = date_range(a), date_range(b)
        if ra is None or rb is None:
            reasons.append("no usable date")
        elif max(0, max(ra[0], rb[0]) - min(ra[1], rb[1])) > WINDOW_DAYS:
            reasons.append(f"more than {WINDOW_DAYS} days apart")
        if _norm(a.target) and _norm(b.target) and _norm(a.target) != _norm(b.target):
            reasons.append(f"different targets ({a.target} / {b.target})")
        if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
            km = haversine_km(a.lat, a.lon, b.lat, b.lon)
            if km > MAX_KM:
                reasons.append(f"{km:.0f} km apart")
        if not reasons:
            reasons.append("no shared place")
        return {"same": False, "score": None, "threshold": THRESHOLD, "why": reasons}
    score, why = r
    return {"same": score >= THRESHOLD, "score": round(score, 2), "threshold": THRESHOLD,
            "why": [w["text"] for w in why]}


# -- union-find with constraints -------------------------------------------------


class _Groups:
    """Union-find over claim indices; each root keeps what the link rules check."""

    __slots__ = ("parent", "lo", "hi", "target", "pin")

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.lo: dict[int, int] = {}
        self.hi: dict[int, int] = {}
        self.target: dict[int, str] = {}
        self.pin: dict[int, int] = {}

    def add(self, r: tuple[int, int] | None, target: str | None, pin: int | None) -> int:
        i = len(self.parent)
        self.parent.append(i)
        if r is not None:
            self.lo[i], self.hi[i] = r
        if target:
            self.target[i] = target
        if pin is not None:
            self.pin[i] = pin
        return i

    def find(self, i: int) -> int:
        parent = self.parent
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    def can_union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        pa, pb = self.pin.get(ra), self.pin.get(rb)
        if pa is not None and pb is not None and pa != pb:
            return False
        ta, tb = self.target.get(ra), self.target.get(rb)
        if ta and tb and ta != tb:
            return False
        if ra in self.lo and rb in self.lo:
            if max(self.hi[ra], self.hi[rb]) - min(self.lo[ra], self.lo[rb]) > MAX_SPAN_DAYS:
                # pinned incidents may span longer: a person said so
                if not (pa is not None and pa == pb):
                    return False
        return True

    def union(self, a: int, b: int, *, force: bool = False) -> bool:
        if not force and not self.can_union(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[rb] = ra
        for d in (self.target, self.pin):
            if rb in d:
                d.setdefault(ra, d[rb])
                del d[rb]
        if rb in self.lo:
            if ra in self.lo:
                self.lo[ra] = min(self.lo[ra], self.lo[rb])
                self.hi[ra] = max(self.hi[ra], self.hi[rb])
            else:
                self.lo[ra], self.hi[ra] = self.lo[rb], self.hi[rb]
            del self.lo[rb], self.hi[rb]
        return True


# -- grouping ------------------------------------------------------------------


def group_claims(claims: Iterable[GroupClaim]) -> Grouping:
    """Group claims into incidents (see the module docstring).

    Claims without an event are left out (counted in ``skipped``); claims with
    an event but no usable date or place become incidents of their own only
    when a person pinned them, otherwise they are skipped too."""
    usable: list[tuple[int, int, GroupClaim]] = []
    skipped = 0
    pinned_only: list[GroupClaim] = []
    for c in claims:
        if not c.event_type:
            skipped += 1
            continue
        r = date_range(c)
        if r is None or not (c.lat is not None or c.admin1 or c.place):
            if c.pinned is not None:
                pinned_only.append(c)
            else:
                skipped += 1
            continue
        usable.append((r[0], r[1], c))
    usable.sort(key=lambda t: (t[0], t[1], t[2].id))

    uf = _Groups()
    ids: list[str] = []
    links: list[Link] = []
    pin_first: dict[int, int] = {}
    active: dict[tuple, deque] = {}
    for lo, hi, c in usable:
        # only precise dates bound an incident's span (approximate ones are wide)
        i = uf.add((lo, hi) if hi - lo <= WINDOW_DAYS else None, _norm(c.target), c.pinned)
        ids.append(c.id)
        if c.pinned is not None:
            if c.pinned in pin_first:
                uf.union(pin_first[c.pinned], i, force=True)
            else:
                pin_first[c.pinned] = i
        fam = family(c.event_type)
        seen: set[int] = set()
        scored: list[tuple[float, int, list[dict]]] = []
        for key in _query_keys(c, fam):
            q = active.get(key)
            if not q:
                continue
            while q and q[0][0] < lo - WINDOW_DAYS:  # ended before the window
                q.popleft()
            n = 0
            for j_hi, j, jc, jr in reversed(q):
                if n >= MAX_CANDIDATES:
                    break
                n += 1
                if j in seen or j_hi < lo - WINDOW_DAYS:
                    continue
                seen.add(j)
                r = score_pair(c, jc, (lo, hi), jr, why_too=False)
                if r is not None and r[0] >= THRESHOLD:
                    scored.append((r[0], j, jc, jr))
        scored.sort(key=lambda t: -t[0])
        for s, j, jc, jr in scored:
            if uf.union(j, i):
                links.append(Link(c.id, ids[j], s, c, jc))
        for key in _home_keys(c, fam):
            active.setdefault(key, deque()).append((hi, i, c, (lo, hi)))

    members: dict[int, list[str]] = {}
    for i, cid in enumerate(ids):
        members.setdefault(uf.find(i), []).append(cid)
    roots = sorted(members, key=lambda r: (-len(members[r]), members[r][0]))
    groups = [members[r] for r in roots]
    pinned = {gi: uf.pin[r] for gi, r in enumerate(roots) if r in uf.pin}
    # pinned claims without a usable date/place still belong to their incident
    by_pin = {p: gi for gi, p in pinned.items()}
    for c in pinned_only:
        if c.pinned in by_pin:
            groups[by_pin[c.pinned]].append(c.id)
        else:
            by_pin[c.pinned] = len(groups)
            pinned[len(groups)] = c.pinned
            groups.append([c.id])
    return Grouping(groups=groups, links=links, pinned=pinned, skipped=skipped)


def assign_ids(
    grouping: Grouping, previous: dict[str, int], next_id: int
) -> tuple[list[int], int]:
    """Incident ids for each group: the pinned id, else the previous incident
    that held most of its claims (each previous id used once), else a new id.
    Returns the ids and the next free id."""
    out: list[int] = []
    used: set[int] = set(grouping.pinned.values())
    for gi, members in enumerate(grouping.groups):
        if gi in grouping.pinned:
            out.append(grouping.pinned[gi])
            continue
        votes: dict[int, int] = {}
        for cid in members:
            p = previous.get(cid)
            if p is not None and p not in used:
                votes[p] = votes.get(p, 0) + 1
        if votes:
            best = max(votes, key=lambda k: (votes[k], -k))
            used.add(best)
            out.append(best)
        else:
            while next_id in used:
                next_id += 1
            used.add(next_id)
            out.append(next_id)
            next_id += 1
    return out, next_id


def figure_ranges(claims: Sequence[GroupClaim]) -> dict[str, tuple[int | None, int | None]]:
    """Per category, the lowest and highest figure any (non-hypothetical) claim gives."""
    out: dict[str, list[int]] = {}
    for c in claims:
        if c.stance == "hypothetical":
            continue
        for cat, lo, hi in c.figures:
            vals = out.setdefault(cat, [])
            if lo is not None:
                vals.append(lo)
            if hi is not None:
                vals.append(hi)
    return {cat: (min(v), max(v)) if v else (None, None) for cat, v in out.items()}
