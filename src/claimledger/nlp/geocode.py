"""The document stage ``resolve_places``: one gazetteer record per place mention.

Each mention arrives with its gazetteer candidates (see
:mod:`claimledger.nlp.places`). A candidate's score adds up:

- a population prior, ``log10(population + 10)``;
- its kind: countries and continents first, then admin units; a city beats an
  admin unit of the same name when it is a large city (Aleppo the city over
  Aleppo governorate) unless an admin word says otherwise ("Idlib province");
- the admin word after the mention ("district" prefers admin2/towns,
  "province" admin1);
- admin context: in "Nahri Shahi district, Balkh" candidates inside Balkh win,
  and a candidate outside the unit never does: the place is then matched by
  spelling among the unit's places, else it stands at the unit's point without
  a gazetteer id (a homonym abroad is not taken);
- the document's country focus: countries voted for by the mentions resolved in
  a first pass (each vote weighted by how sure that pass was) and by demonyms
  ("Afghan forces"; they are dropped from the places afterwards);
- admin1 units the document names elsewhere ("Louisiana" makes Alexandria, LA);
- nearness: towns within 250 km of the other places the first pass found;
- records a user imported (richer data is preferred).

Then claims get the indices of the places inside their span (not counting
places inside the claimant's name). Mentions with no candidate stay, unresolved,
when NER called them places; gazetteer-only mentions always have a candidate.
No spaCy here: this runs after the pipeline's edge.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from claimledger.gazetteer.entry import Entry
from claimledger.gazetteer.index import distance_km
from claimledger.gazetteer.normalize import normalize
from claimledger.models import Analysis, Place
from claimledger.nlp.paragraphs import words_after_dateline
from claimledger.nlp.attribution import ARMED_NAME

KIND_BONUS = {"continent": 3.0, "country": 3.0, "admin1": 1.0, "admin2": 0.3, "city": 0.0, "place": 0.0}
HINT_BONUS = 4.0
CONTEXT_BONUS = 6.0
FOCUS_BONUS = 3.0
NEAR_BONUS = 1.0  # per other place of the document within NEAR_KM (at most two)
NEAR_KM = 250.0
ADMIN_MENTION_BONUS = 1.5
USER_BONUS = 1.0
BIG_CITY = 100000
DEMONYM_VOTE = 0.5


def _prior(e: Entry) -> float:
    pop = e.population if e.kind != "admin2" else e.population / 10  # its population is the sum of its towns'
    return math.log10(pop + 10) + KIND_BONUS.get(e.kind, 0.0) + (USER_BONUS if e.source == "user" else 0.0)


def _big_city_names(cands: tuple[Entry, ...]) -> set[tuple[str | None, str | None]]:
    """(country, admin1) of large cities whose own name is the admin unit's
    (Aleppo in Aleppo governorate; not Oklahoma City in Oklahoma)."""
    return {
        (e.country, e.admin1)
        for e in cands
        if e.kind == "city" and e.population >= BIG_CITY and e.admin1
        and normalize(e.name) in (normalize(e.admin1), normalize(_bare(e.admin1)))
    }


def _bare(admin: str) -> str:
    from claimledger.gazetteer.sources import _ADMIN_AFFIX

    return _ADMIN_AFFIX.sub("", admin).strip() or admin


# NEAR_KM as degrees of latitude along a meridian (a great circle), a little
# over, so the cheap test never drops a point the haversine would keep
_NEAR_DEGREES = math.degrees(NEAR_KM / 6371.0088) * 1.000001


def _score(
    m: Any,
    e: Entry,
    big: set,
    focus: Counter,
    focus_total: float,
    admin_mentions: set[str],
    context: dict[str, set[str]] | None,
    near: list[tuple[float, float, str, tuple, int]] | None = None,
) -> float:
    s = _prior(e)
    hint = getattr(m, "hint", None)
    if (
        e.kind in ("admin1", "admin2")
        and (e.country, e.admin1) in big
        and hint not in ("admin1", "admin2")
        and not getattr(m, "is_context", False)
    ):
        s -= KIND_BONUS[e.kind] + 1.0  # the big city of that name, not its province
    if hint is not None:
        if hint == e.kind or (hint == "admin2" and e.kind == "city") or (hint == "city" and e.kind == "city"):
            s += HINT_BONUS
        elif e.kind in ("country", "continent"):
            s -= HINT_BONUS
    if getattr(m, "is_context", False) and e.kind in ("admin1", "country"):
        s += 1.0
    if context:
        if (e.admin1 and normalize(e.admin1) in context["admin1"]) or (e.country in context["country"] and e.kind != "country"):
            s += CONTEXT_BONUS if e.admin1 and normalize(e.admin1) in context["admin1"] else CONTEXT_BONUS / 2
    if focus_total and e.country:
        s += FOCUS_BONUS * focus[e.country] / focus_total
    if e.kind not in ("admin1", "country", "continent") and e.admin1 and normalize(e.admin1) in admin_mentions:
        s += ADMIN_MENTION_BONUS
    # ``near`` holds distinct places with their mention counts; only the first
    # two nearby mentions matter, so stop counting there (long documents).
    if near and e.kind in ("city", "admin2", "place"):
        close = 0
        for lat, lon, name, _, count in near:
            if abs(lat - e.lat) > _NEAR_DEGREES:
                continue  # (no point more than NEAR_KM of latitude away is within NEAR_KM)
            if name != m.name and distance_km(e.lat, e.lon, lat, lon) <= NEAR_KM:
                close += count
                if close >= 2:
                    break
        s += NEAR_BONUS * min(2, close)
    elif near and e.kind == "admin1":  # "Georgia" beside Atlanta and Macon is the state
        inside = 0
        for _, _, name, where, count in near:
            if name != m.name and where == (e.country, e.admin1):
                inside += count
                if inside >= 2:
                    break
        s += NEAR_BONUS * min(2, inside)
    return s


def _choose(m: Any, cands: tuple[Entry, ...] | None = None, **kw: Any) -> tuple[Entry | None, float]:
    """The best of ``cands`` (default: the mention's candidates) and its margin."""
    cands = getattr(m, "candidates", ()) if cands is None else cands
    if not cands:
        return None, 0.0
    big = _big_city_names(cands)
    scored = sorted(((_score(m, e, big, **kw), i, e) for i, e in enumerate(cands)), key=lambda x: (-x[0], x[1]))
    best = scored[0]
    margin = best[0] - scored[1][0] if len(scored) > 1 else 3.0
    return best[2], margin


def resolve_places(analysis: Analysis, ctx: Any) -> None:
    """Resolve every place mention of the document, then set each claim's places."""
    demonyms = [m for m in analysis.places if getattr(m, "source", None) == "demonym"]
    names = _person_name_words(analysis)
    # "Obama's Iran policy", "the Barros case", "Nikki Haley" tagged apart: a
    # word of a person's name the text gives in full is that person, not a town
    # of that name (Obama, Japan); countries and provinces stay places
    mentions = [m for m in analysis.places if getattr(m, "source", None) != "demonym" and not _person_word(m, names)]
    empty: Counter = Counter()

    # pass 1: priors only, to find the document's country focus and named admin units
    focus: Counter = Counter()
    first: list[Entry | None] = []
    voters: dict[str, set[str]] = {}  # the names that vote for each country
    for m in mentions:
        e, margin = _choose(m, focus=empty, focus_total=0.0, admin_mentions=set(), context=None)
        first.append(e)
        if e is not None and e.country:
            focus[e.country] += min(1.0, 0.25 + margin / 4)
            voters.setdefault(e.country, set()).add(normalize(m.name))
    for d in demonyms:  # "Afghan forces", "the Syrian army": the document is about there
        focus[d.country] += DEMONYM_VOTE
    by_demonym = {d.country for d in demonyms}  # countries a demonym votes for, whatever names do
    total = sum(focus.values())
    admin_mentions = {normalize(e.admin1 or e.name) for e in first if e is not None and e.kind == "admin1"}
    near_counts = Counter(
        (e.lat, e.lon, m.name, (e.country, e.admin1))
        for m, e in zip(mentions, first)
        if e is not None and e.kind in ("city", "admin2", "place")
    )
    near = [(*key, count) for key, count in near_counts.items()]

    # pass 2: with focus, admin mentions and "X, Y" context. Last to first, so
    # the admin unit a mention sits in ("..., Balkh") is resolved before it.
    parents = _context_links(mentions)
    chosen: list[Entry | None] = [None] * len(mentions)
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        j = parents[i]
        parent = chosen[j] if j is not None else None
        context = _context(parent) if parent is not None else (
            _candidate_context(mentions[j]) if j is not None else None)
        kw = dict(focus=focus, focus_total=total, admin_mentions=admin_mentions, context=context, near=near)
        e, _ = _choose(m, **kw)
        # ("Moura ... Moura in central Mali": one name said twice is one vote)
        alone = e is not None and e.country not in by_demonym and voters.get(e.country or "", set()) <= {normalize(m.name)}
        if parent is None and _stray(e, focus, total, group=getattr(m, "group", False), alone=alone):
            e = None
        if parent is not None and (e is None or _binds(m, mentions[j], parent, e)):
            e = _inside(m, mentions[j], parent, kw)
        chosen[i] = e
        _fill(m, e)
    _short_forms(mentions, chosen)
    people = {normalize(w) for a in analysis.actors if a.type == "person" for x in [a.name, *a.aliases] for w in x.split()[-1:]}
    _one_sense(mentions, chosen, parents, people)

    # a gazetteer hit that resolved to nothing is dropped; one placed inside its
    # admin unit as a stand-in ("the Rabat area of ..., Zabul") stays
    # an unresolved name that is an actor's mention ("The M23 denied ..."),
    # names a group ("the M23 rebel group") or is an armed group's name is who, not where
    actor_names = {
        _THE.sub("", x).lower() for a in analysis.actors if a.type in ("armed_group", "organization", "person") for x in [a.name, *a.aliases]
    }
    analysis.places = [
        m for m in mentions
        if m.gazetteer_id is not None or m.lat is not None
        or (getattr(m, "source", "ner") != "gazetteer" and m.name.lower() not in actor_names and not getattr(m, "group", False)
            and not ARMED_NAME.fullmatch(m.name))
    ]
    for m in analysis.places:
        if getattr(m, "candidates", None):
            m.candidates = ()  # resolved: do not carry the alternatives past the pipeline
    _assign_claims(analysis)
    _speaking_places(analysis, {
        tuple(m.span) for m, e in zip(mentions, chosen)
        if getattr(m, "role", None) == "actor" and e is not None
        and (e.kind == "country" or (e.kind == "city" and e.population >= SPEAKING_POPULATION))
    })
    _place_actors(analysis, {tuple(m.span) for m, e in zip(mentions, chosen) if e is not None and getattr(m, "role", None) != "actor"})


def _person_name_words(analysis: Analysis) -> set[str]:
    """Lower-cased words of the full names (two words or more) of the people
    the document names."""
    from claimledger.nlp import lexicon
    from claimledger.nlp.actors import parse_mention

    roles = lexicon.titles()
    out: set[str] = set()
    for a in analysis.actors:
        if a.type != "person":
            continue
        for name in (a.name, *a.aliases):
            words = parse_mention(name).name
            # a personal name: not "Broward Supervisor", "Westerville Police", "Father Martin"
            if len(words) >= 2 and all(w[:1].isupper() and w.lower().strip(".") not in roles and w.lower() not in _NOT_NAMES for w in words):
                out.update(w.lower().strip(".,'’") for w in words)
    return out


_NOT_NAMES = frozenset({
    "police", "county", "city", "council", "department", "office", "ministry", "court", "church", "party", "bank",
    "university", "school", "hospital", "army", "forces", "supervisor", "sheriff", "father", "pope", "cardinal",
    "bishop", "archbishop", "imam", "rabbi", "sheikh", "rev",
})


def _person_word(m: Any, names: set[str]) -> bool:
    if " " in m.name or m.name.lower() not in names:
        return False
    return all(e.kind not in ("country", "admin1", "continent") and e.population < BIG_CITY for e in getattr(m, "candidates", ()))


def _place_actors(analysis: Analysis, places: set[tuple[int, int]]) -> None:
    """Drop an actor the text names only by a place the small NER took for a
    person or an organisation ("Mariupol shelling", "said Kyiv would not
    negotiate"), when nobody speaks through it: it is where, not who.
    ``places``: spans of resolved place mentions that are not speakers."""
    if not places or not analysis.actors:
        return
    speaking = {c.claimant.actor for c in analysis.claims} | {c.reported_by.actor for c in analysis.claims if c.reported_by}
    text = analysis.document.text
    spans = sorted(places)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # the furthest end of the places starting so far

    def place(span: Sequence[int]) -> bool:  # inside a resolved place ("western Khan Younis"), or a wire dateline
        k = bisect.bisect_right(starts, span[0]) - 1
        return (k >= 0 and reach[k] >= span[1]) or span[1] <= words_after_dateline(text, span[0])

    analysis.actors = [a for a in analysis.actors if a.id in speaking or not a.mentions or not all(place(span) for span in a.mentions)]


_THE = re.compile(r"^the\s+", re.I)
SPEAKING_POPULATION = 300_000  # a city this big that speaks ("Kyiv said") stands for a government


def _speaking_places(analysis: Analysis, speaking: set[tuple[int, int]]) -> None:
    """An actor the text names only by a country or a large city that speaks
    (``speaking``: such mentions' spans; "Kyiv dismissed the claim", "Moscow
    rejected the figure") is that country's government: type it so, when
    nothing else typed it."""
    if not speaking:
        return
    for actor in analysis.actors:
        if actor.type == "unknown" and any(tuple(span) in speaking for span in actor.mentions):
            actor.type = "government"
        elif actor.type == "person" and actor.mentions and all(tuple(span) in speaking for span in actor.mentions):
            actor.type = "government"  # "Kyiv does not comment ...": the small NER's person is the capital


STRAY_POPULATION = 15000  # a smaller town or district abroad needs more than its own vote


# a country's long name: its short name is the words after "Republic of" ("the
# Democratic Republic of (the) Congo": Congo) or after "DR" ("DR Congo": Congo)
_LONG_FORM = re.compile(r"^(?:the\s+)?(?:D\.?R\.?|(?:[A-Z][\w'’-]*\s+)*?(?:Republic|Kingdom|Federation|Emirates|Union)\s+of(?:\s+the)?)\s+(.+)$")


def _short_forms(mentions: list[Any], chosen: list[Entry | None]) -> None:
    """"the Democratic Republic of Congo ... Congo's army": a country's short
    name after its long name in the same text is that country (not the
    Republic of the Congo, which the short name alone would be)."""
    longs = []
    for m, e in zip(mentions, chosen):
        if e is not None and e.kind == "country":
            match = _LONG_FORM.match(m.name)
            if match:
                longs.append((m.span[0], normalize(match.group(1)), e))
    if not longs:
        return
    for i, (m, e) in enumerate(zip(mentions, chosen)):
        if e is None or e.kind != "country":
            continue
        key = normalize(m.name)
        before = [x for x in longs if x[0] < m.span[0] and x[1] == key]
        if before and before[-1][2] is not e:
            chosen[i] = before[-1][2]
            _fill(m, chosen[i])


def _one_sense(mentions: list[Any], chosen: list[Entry | None], parents: list[int | None], people: set[str]) -> None:
    """A name resolved in one mention and not in another of the same text
    is the same place ("M23 seize Nyabibwe" in a headline, "the town of
    Nyabibwe in South Kivu province" below it): a mention left unresolved
    takes the place of the mention of that name resolved in its context
    ("..., South Kivu"), else of the one place its resolved mentions agree
    on. A mention resolved on its own keeps its place ("Washington" is not
    the "Washington, Iowa" of another sentence). ``people``: last words of
    the people the text names, never places here."""
    by_name: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if getattr(m, "role", None) in ("actor", "origin") or getattr(m, "group", False) or getattr(m, "water", False) or normalize(m.name) in people:
            continue  # (not "Kasich" placed by one "Kasich, Texas": a speaker's name)
        by_name.setdefault(normalize(m.name), []).append(i)
    for idx in by_name.values():
        if len(idx) < 2:
            continue
        placed = [i for i in idx if chosen[i] is not None and parents[i] is not None]
        resolved = {id(chosen[i]): chosen[i] for i in idx if chosen[i] is not None}
        if placed:
            best = chosen[placed[-1]]
        elif len(resolved) == 1:
            best = next(iter(resolved.values()))
        else:
            continue
        for i in idx:
            if chosen[i] is None:
                chosen[i] = best
                _fill(mentions[i], best)


def _stray(e: Entry | None, focus: Counter, total: float, group: bool = False, alone: bool = False) -> bool:
    """A district or small town in a country nothing else in the document points
    to, while the document is clearly about another country: "a hospital in the
    al-Shaar district" of a report on Aleppo is not the al-Shaar district of
    Yemen. Its own vote is all its country has; the main country has a quarter
    more and half of all votes. Such a name is left unresolved rather than
    placed abroad. A name a group word follows ("Fano militia fighters" in a
    report on Amhara) is held to less: however large the town abroad, and
    whatever share of the votes the main country has. A name said again
    ("the Moura killings ... the village of Moura in central Mali") is still
    one vote (``alone``: no other name points to its country)."""
    if e is None or not e.country or not focus:
        return False
    if e.kind not in ("admin2", "city", "place"):
        return False
    if e.kind != "admin2" and (e.population or 0) >= STRAY_POPULATION and not group:
        return False
    top, votes = focus.most_common(1)[0]
    own = min(focus[e.country], 1.0) if alone else focus[e.country]
    return top != e.country and own <= 1.0 and votes >= 1.25 * max(own, 1.0) and (group or votes / total >= 0.5)


def _context_links(mentions: list[Any]) -> list[int | None]:
    """For each mention, the index of the mention naming its admin unit (the
    nearest following one named as its ``within``), else None."""
    out: list[int | None] = []
    for i, m in enumerate(mentions):
        within = getattr(m, "within", None)
        out.append(next((k for k in range(i + 1, min(i + 4, len(mentions))) if within and mentions[k].name == within), None))
    return out


def _context(parent: Entry) -> dict[str, set[str]]:
    """Context from the resolved admin unit (or place) a mention sits in."""
    admin1 = {normalize(parent.admin1)} if parent.admin1 and parent.kind != "country" else set()
    return {"admin1": admin1, "country": {parent.country} if parent.country else set()}


def _candidate_context(parent: Any) -> dict[str, set[str]] | None:
    cands = getattr(parent, "candidates", ())
    if not cands:
        return None
    return {
        "admin1": {normalize(c.admin1 or c.name) for c in cands if c.kind == "admin1"}
        | {normalize(c.name) for c in cands if c.kind == "admin1"},
        "country": {c.country for c in cands if c.kind == "country" and c.country},
    }


def _within(e: Entry, parent: Entry) -> bool:
    return e.country == parent.country and (parent.admin1 is None or parent.kind == "country" or normalize(e.admin1 or "") == normalize(parent.admin1))


def _binds(m: Any, pm: Any, parent: Entry, e: Entry | None) -> bool:
    """True when the admin unit named after ``m`` ("Sayyad district, Sar-e Pol";
    "Asadabad, Kunar province") must contain it: the unit resolved to an admin1
    or admin2 unit (or to a town the text calls a district, or of which ``m``
    is an area or village), ``m`` is not itself a country or admin1 unit, and
    the best candidate lies outside that unit's admin1 (a homonym abroad).
    After a city, a small place abroad is a part of that city ("Wentworth,
    Durban"): it is placed among the city's province, else at the city. A
    town or district said to be "in" a country is in that country."""
    if parent.kind == "country" and getattr(m, "within_in", False) and e is not None and e.kind in ("city", "place", "admin2") and e.country != parent.country:
        return True  # "the village of Moura in central Mali": not the Moura in Portugal
    if not parent.admin1 or not parent.country:
        return False
    if (
        parent.kind == "city" and parent.population >= BIG_CITY and e is not None and e.kind in ("city", "place", "admin2")
        and e.country != parent.country and e.population < BIG_CITY
    ):
        return True  # "Wentworth, Durban": a suburb of the city, not a town of that name abroad
    # a town stands for its admin unit when the text names it as one ("Y
    # district" resolved to Y's main town) or names a part of it ("the X area of Y")
    town_as_unit = parent.kind == "city" and (getattr(pm, "hint", None) in ("admin1", "admin2") or getattr(m, "hint", None) is not None)
    if parent.kind not in ("admin1", "admin2") and not town_as_unit:
        return False
    if e is None or e.kind in ("country", "continent", "admin1"):
        return False
    return not _within(e, parent)


def _inside(m: Any, pm: Any, parent: Entry, kw: dict[str, Any]) -> Entry | None:
    """The best candidate of ``m`` inside ``parent``'s admin unit, else the
    closest spelling among that unit's places, else the unit itself as a
    stand-in without a gazetteer id ("X unknown, located at Y"). A part of a
    town ("the Rhodespark area of Lusaka") stands at the town of the unit's
    name, not at the middle of the province, unless the text says province."""
    if not parent.country:
        return None
    inside = tuple(c for c in getattr(m, "candidates", ()) if _within(c, parent))
    if inside:
        return _choose(m, inside, **kw)[0]
    from claimledger.gazetteer import get_gazetteer

    admin1 = parent.admin1 if parent.kind != "country" else None
    found = get_gazetteer().fuzzy_within(m.name, parent.country, admin1)
    if found:
        return found[0]
    at = parent
    if parent.kind == "admin1" and getattr(pm, "hint", None) is None and getattr(m, "hint", None) != "admin2":
        towns = [c for c in getattr(pm, "candidates", ()) if c.kind == "city" and c.admin1 == parent.admin1]
        at = max(towns, key=lambda c: c.population, default=parent)
    return Entry(id="", name=parent.name, lat=at.lat, lon=at.lon, country=parent.country,
                 admin1=admin1, kind=parent.kind)


def _fill(m: Place, e: Entry | None) -> None:
    if e is None:
        return
    m.lat, m.lon = e.lat, e.lon
    m.country = e.country
    m.admin1 = e.admin1 if e.kind != "country" else None
    m.gazetteer_id = e.id or None  # a stand-in for an unknown place has no id


def _assign_claims(analysis: Analysis) -> None:
    places = analysis.places
    # places by start, so each claim looks only at those starting inside it
    # (claims x places was quadratic on long inputs)
    order = sorted(range(len(places)), key=lambda i: places[i].span[0])
    starts = [places[i].span[0] for i in order]
    for claim in analysis.claims:
        s, e = claim.span
        cs = claim.claimant.span if claim.claimant else None
        idx, owners = [], []
        for i in order[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]:
            ps, pe = places[i].span
            role = getattr(places[i], "role", None)
            if role in ("dateline", "actor", "origin"):
                continue  # where the report was filed; a capital standing for its government; where a bomb was made
            if pe <= e and not (cs and ps >= cs[0] and pe <= cs[1]):
                (owners if role == "owner" else idx).append(i)
        # "as Russia's defence ministry claimed": whose ministry, where only if nothing else is
        idx = sorted(idx or owners)
        # "X told reporters in Damascus that a hospital in Aleppo was hit": the
        # claim is about Aleppo; a place outside the quoted or reported words is
        # where it was said, kept only when the words name no place
        content = claim.content.span if claim.content else None
        if content and content != (s, e):
            inside = [i for i in idx if places[i].span[0] >= content[0] and places[i].span[1] <= content[1]]
            idx = inside or idx
        claim.places = idx
