"""Document stage ``resolve_actors``: one actor per real-world entity.

The attribution component leaves one actor per mention cluster and chunk
("Syrian Foreign Minister Walid al-Moallem", "Moallem", "the Syrian FM", "he").
This stage works on plain text and offsets (no spaCy) and merges them:

1. **names**: a mention is split into its role ("Syrian Foreign Minister",
   from ``data/titles.txt``) and its name ("Walid al-Moallem"); names that
   share a surname, allowing transliteration variants (rapidfuzz ratio >= 85:
   Moallem / Mouallem / Muallem) and compatible given names, are one actor;
   acronyms match their expansion (UN / United Nations); a name joins a
   cluster only if it fits every full name in it (a bare "Clinton" that
   joined Hillary Clinton does not bring Bill Clinton in after it);
2. **roles**: a role-only mention ("the UN envoy", "the Syrian FM") joins the
   nearest preceding named actor holding the same role (abbreviations
   expanded: FM = foreign minister);
3. **pronouns**: he/she/him/his/her join the nearest preceding speaker
   that is a person of their sex where the text gives one (a title such as
   "Mrs", or "X said she ..."), or failing that a given name whose bearers
   are nearly all of one sex ("Maria Kovalenko"; ``data/given_names.tsv``),
   else the nearest such person named; it/its/
   they/their the nearest preceding speaker that is an organisation,
   government or armed group, within the same stretch of text.

Claimant names become the actor's canonical name (its longest proper name),
``claimant.role`` the title at the mention, and claimant / reported_by /
event actor ids are remapped. A claim "reported by" its own claimant loses
``reported_by``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process

from claimledger.models import Actor, Analysis
from claimledger.nlp import lexicon

MALE_FEMALE = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP = frozenset({"it", "its", "they", "them", "their", "theirs", "itself", "themselves"})
FIRST = frozenset({"i", "we", "me", "us", "my", "our", "mine", "ours"})
PRONOUNS = MALE_FEMALE | GROUP | FIRST | {"who", "that", "which", "whom"}
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "madam", "mr.", "mrs.", "ms.", "dr."})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "former", "then", "new", "top", "senior", "both", "either", "neither"})
PREPS = frozenset({"for", "of", "to", "at", "on", "in"})
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+\b|[\w.’'-]+")  # ("40,000" one word)
_JOINING = frozenset({"for", "of", "and", "on"})
# words that end an institution's name ("Al-Shifa Hospital", "Interior Ministry")
INSTITUTIONS = frozenset({
    "ministry", "hospital", "university", "council", "committee", "agency", "office", "department", "forces",
    "army", "party", "front", "organisation", "organization", "bank", "company", "group", "mission", "commission",
    "court", "school", "clinic", "institute", "foundation", "center", "centre", "society", "union", "association",
    "observatory", "watch", "crescent", "cross", "command", "directorate", "authority", "service", "services",
    "staff", "assembly", "headquarters",
})
# last words of international bodies' names, besides INSTITUTIONS ("the United Nations", "the African Union")
_INSTITUTION_ENDS = frozenset({"nations", "states", "kingdom", "emirates", "league", "alliance", "coalition", "rights", "affairs"})
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")
_PARTICLE = re.compile(r"^(?:al|el|ad|as|an|ar|bin|ibn|abu|de|van|von)-[A-Z]")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
# words that end the name of a numbered unit or body ("93rd Mechanized Brigade", "6th Circuit")
_NUMBERED = frozenset({
    "brigade", "battalion", "regiment", "division", "corps", "army", "fleet", "squadron", "company", "unit",
    "group", "circuit", "court", "district", "precinct", "congress", "assembly", "legislature",
})
_NEAR = 2500  # characters a pronoun or role mention looks back


def _norm(word: str) -> str:
    word = _POSSESSIVE.sub("", word.lower()).strip(".,;:")
    return re.sub(r"^(?:al|el|ad|as|an|ar)-", "", word)


@dataclass
class Parsed:
    """A mention split into role and name."""

    role: str | None
    role_head: str | None
    name: list[str]  # proper-name tokens, original case


def _title_tokens() -> tuple[frozenset[str], dict[str, str]]:
    return lexicon.titles(), lexicon.abbreviations("titles")


def _determiner(toks: list[str], i: int) -> bool:
    """A word that goes before a name or role but is not part of it ("the",
    "former", "new"); a capitalised "New" before another capitalised word
    begins a place's name ("The New York Times", "New Delhi")."""
    word = toks[i]
    if word.lower() not in DETERMINERS:
        return False
    return not (word == "New" and i + 1 < len(toks) and toks[i + 1][:1].isupper())


def parse_mention(text: str, part: bool = False) -> Parsed:
    """See :func:`_parse_mention`; parsed once per distinct text (a document
    asks for the same names many times), each caller getting its own copy."""
    role, role_head, name = _parse_mention_cached(text, part)
    return Parsed(role, role_head, list(name))


@lru_cache(maxsize=65536)
def _parse_mention_cached(text: str, part: bool) -> tuple[str | None, str | None, tuple[str, ...]]:
    p = _parse_mention(text, part)
    return p.role, p.role_head, tuple(p.name)


def _numbered(name: list[str]) -> bool:
    """Does a name end as a numbered unit's or body's does ("... Brigade", "... Circuit")?"""
    return any(w.lower().strip(".,'’") in _NUMBERED for w in name[-3:])


_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "dozens", "numerous"})


_UNNAMED_SOURCE = re.compile(r"^(?:(?:a|an|the|one|two|three|several|other)\s+)?(?:[a-z]+\s+){0,2}sources?\s+(?:close\s+to|familiar\s+with|briefed\s+on|with\s+knowledge\s+of)\s", re.I)


def _parse_mention(text: str, part: bool = False) -> Parsed:
    """Split "Syrian Foreign Minister Walid al-Moallem" into role and name
    (``part``: the text is one of an apposition's parts, so a role's
    capitalised words after its preposition all belong to it: "researcher
    at Human Rights Watch")."""
    titles, abbr = _title_tokens()
    # appositions: "the United Nations Envoy for Syria, Staffan de Mistura"
    parts = [p.strip() for p in re.split(r"(?<!\d),\s*|,(?!\d{3}\b)\s*", text) if p.strip()]  # (not "40,000")
    if len(parts) > 1:
        parsed = [parse_mention(p, part=True) for p in parts[:3]]
        role = next((p for p in parsed if p.role), None)
        named = next((p for p in parsed if p.name and not p.role), None) or next((p for p in parsed if p.name), None)
        if role or named:
            return Parsed(role.role if role else None, role.role_head if role else None, named.name if named else [])
    toks = _TOKEN.findall(text)
    low = [_POSSESSIVE.sub("", t.lower()) for t in toks]
    det = [_determiner(toks, i) for i in range(len(toks))]
    if _UNNAMED_SOURCE.match(text):
        # "A source close to the Russian defence ministry": a source the text
        # does not name, known only by whom it is close to; the words are its name
        return Parsed(None, None, toks[1:] if det[0] else toks)
    last_title = -1
    for i, w in enumerate(low):
        if i + 1 < len(low) and f"{w} {low[i + 1]}" in titles:
            last_title = i + 1  # "council member": the title ends at its second word
        elif w in titles or w.rstrip(".") in titles:
            last_title = max(last_title, i)
    if 0 <= last_title < len(toks) - 1 and toks[last_title][:1].isupper() and low[last_title + 1] in INSTITUTIONS and toks[last_title + 1][:1].isupper():
        last_title = -1  # "the General Staff", "the Security Council": a title word inside an institution's name
    joined = next((k for k in range(1, max(last_title, 0)) if low[k] in ("and", "or")), None)
    if (
        joined is not None and all(t[:1].islower() for t in toks[:joined]) and low[joined - 1].endswith("s")
        and (last_title == len(toks) - 1 or low[last_title + 1] in PREPS)
    ):
        # "residents and a local official of the opposition X": people of two
        # kinds speak together, not X, nor a role of one of them (not
        # "lobbyist and GOP strategist Charlie Black": one person's two roles)
        return Parsed(None, None, toks[1:] if det[0] else toks)
    role_end = last_title
    if last_title >= 0:
        # "Envoy for Syria": one capitalised word after a preposition belongs to the role
        j = last_title + 1
        if j + 2 < len(toks) and low[j] in PREPS and low[j + 1] == "the" and toks[j + 2][:1].isupper():
            # "spokesman for the Interior Ministry": a name after "the" is an
            # institution's, part of the role, not the person's
            role_end = j + 2
            while role_end + 1 < len(toks) and (
                toks[role_end + 1][:1].isupper()
                # "the Syrian Observatory for Human Rights": a joining word inside the name
                or (low[role_end + 1] in _JOINING and role_end + 2 < len(toks) and toks[role_end + 2][:1].isupper())
            ):
                role_end += 1
            # "the UN refugee agency": lower-case words up to an institution word
            ahead = next((k for k in range(role_end + 1, min(len(toks), role_end + 4)) if low[k] in INSTITUTIONS and toks[k][:1].islower()), None)
            if ahead is not None and all(toks[k][:1].islower() for k in range(role_end + 1, ahead)):
                role_end = ahead
            # "ambassador to the United Nations Nikki Haley", "envoy to the UN
            # Vassily Nebenzia": the institution ends at its last institution
            # word or acronym; two or more capitalised words after it are the name
            ends = [
                k for k in range(j + 2, role_end - 1)
                if (low[k] in INSTITUTIONS or low[k] in _INSTITUTION_ENDS or _ACRONYM.match(toks[k]))
                and all(toks[x][:1].isupper() for x in range(k + 1, role_end + 1))
            ]
            if ends and 2 <= role_end - ends[-1] <= 4:
                role_end = ends[-1]
        elif j + 1 < len(toks) and low[j] in PREPS and toks[j + 1][:1].isupper():
            role_end = j + 1
            run = role_end
            while run + 1 < len(toks) and toks[run + 1][:1].isupper():
                run += 1
            if part or low[run] in INSTITUTIONS:
                role_end = run  # "doctor at Al-Shifa Hospital": the whole institution's name
    role_toks = [t for i, t in enumerate(toks[: role_end + 1]) if not det[i]]
    role_head = None
    if last_title >= 0:
        head = low[last_title].rstrip(".") if low[last_title] not in abbr else low[last_title]
        full = abbr.get(low[last_title]) or abbr.get(head)
        role_head = (full.split()[-1] if full else head)
    role = " ".join(role_toks) if role_toks else None
    if role and role_head in {h.rstrip(".") for h in HONORIFICS}:
        role, role_head = None, None
    if role and all(t.lower() in HONORIFICS for t in role_toks):
        role, role_head = None, None
    name = [t for i, t in enumerate(toks) if i > role_end and not det[i] and t.lower() not in HONORIFICS]
    name = [
        t for k, t in enumerate(name)
        if t[:1].isupper() or _PARTICLE.match(t) or t.lower() in ("de", "al", "van", "von", "bin", "ibn", "la", "le", "da", "di", "du")
        # "Syrian Observatory for Human Rights": a joining word inside a name
        or (t in _JOINING and 0 < k < len(name) - 1 and name[k - 1][:1].isupper() and name[k + 1][:1].isupper())
        # "the 93rd Mechanized Brigade": a unit's number is part of its name
        or (_ORDINAL.match(t) is not None and k + 1 < len(name) and name[k + 1][:1].isupper() and _numbered(name))
    ]
    while name and not (name[0][:1].isupper() or (_ORDINAL.match(name[0]) and _numbered(name))):
        name = name[1:]
    described = _described_name(toks, low)
    if role is None and described:
        name = described  # "The United Nations children's agency UNICEF": UNICEF
    if role is None and name and _common_member(toks, low, det):
        # "the army and the RSF": a body named by a common noun is a member
        # too; the capitalised member alone is not who speaks
        name = [t for i, t in enumerate(toks) if not det[i]]
    if name and all(t.lower().endswith(_TIES) for t in name) and toks[-1][:1].islower():
        # "the al Qaeda-linked group": whom it is tied to is not its name; its words are
        return Parsed(role, role_head, [t for i, t in enumerate(toks) if not det[i]])
    if not name and role is None:
        name = [t for i, t in enumerate(toks) if t[:1].isupper() and not det[i]]
    elif role is None and name and toks and toks[-1][:1].islower() and toks[-1].isalpha() and _TOKEN.findall(" ".join(name)) != toks and not _agent_before_name(low, det, toks, name):
        # a group named by a common noun ("Medical charities", "Syrian rescue
        # workers"): the capitalised adjective alone is not its name
        words = [t for i, t in enumerate(toks) if not det[i]]
        by = next((k for k in range(len(toks) - 1) if low[k] == "by" and name[0] in toks[k + 1 :]), None)
        if by is not None and all(det[i] or toks[i][:1].islower() for i in range(by)):
            # "A joint investigation by two Yemeni rights groups": the groups
            words = [t for i, t in enumerate(toks) if i > by and not det[i]]
        counted = 1 if len(words) > 1 and (words[0].lower() in _COUNTS or (words[0].isdigit() and len(words[0]) < 4)) else 0
        if words and name[0] in (words[0], words[counted]):
            name = words  # ("two Yemeni rights groups": a count before the noun's words)
        else:
            # ("a 35-year-old woman from the Al Jamarik neighbourhood": where she is from)
            name = _past_preposition(toks, low, det, name)
    elif role is None and name:
        name = _past_preposition(toks, low, det, name)
    return Parsed(role, role_head, name)


def _past_preposition(toks: list[str], low: list[str], det: list[bool], name: list[str]) -> list[str]:
    """"the health directorate in Idlib", "supporters of the mayor": the
    place or person after the preposition is not who speaks; the mention's
    words are its name. Else ``name``."""
    last = len(toks) - 1 - toks[::-1].index(name[-1]) if name[-1] in toks else -1
    first = next((k for k in range(len(toks)) if not det[k]), len(toks))
    agents = lexicon.words("agent_nouns")
    # ("Officials in Kyiv": a capital only because it opens the sentence)
    # ("a farmer from Dera": where a person comes from, even a place the
    # tagger took for a name; not "a report from RT": whose report it is)
    if any(
        (low[k] in PREPS or (low[k] == "from" and low[k - 1] in agents))
        and toks[k - 1].isalpha() and (toks[k - 1].islower() or (k - 1 == first and low[k - 1] in agents))
        for k in range(1, last)
    ):
        return list(toks[first:])
    return name


def _described_name(toks: list[str], low: list[str]) -> list[str]:
    """The name after a lower-case description that ends in a word for a
    body ("agency", "group", "monitor"): "the UN refugee agency UNHCR",
    "The British monitoring group Airwars" -> UNHCR, Airwars; else []."""
    heads = [k for k in range(1, len(toks) - 1) if low[k] in _DESCRIPTION_HEADS and toks[k].islower()]
    if not heads:
        return []
    k = heads[-1]
    rest = toks[k + 1 :]
    if not rest[0][:1].isupper() or not all(t[:1].isupper() or t.lower() in _JOINING for t in rest) or rest[-1].lower() in _JOINING:
        return []
    return rest


def _common_member(toks: list[str], low: list[str], det: list[bool]) -> bool:
    """Is one member of an "and" list a common noun ("the army" in "the army
    and the RSF") while another is capitalised?"""
    if "and" not in low:
        return False
    members: list[list[int]] = [[]]
    for i, w in enumerate(low):
        if w in ("and", ","):
            members.append([])
        elif not det[i]:
            members[-1].append(i)
    members = [m for m in members if m]
    if len(members) < 2 or any(len(m) > 4 for m in members):
        return False
    def common_noun(m: list[int]) -> bool:
        # ("Local officials and the UN": a capital only because it opens the text)
        words = m[1:] if m[0] == members[0][0] and len(m) > 1 and not toks[m[0]].isupper() else m
        return all(toks[i][:1].islower() and toks[i].isalpha() for i in words)

    common = [m for m in members if common_noun(m)]
    return bool(common) and len(common) < len(members)


def _agent_before_name(low: list[str], det: list[bool], toks: list[str], name: list[str]) -> bool:
    """Does a noun for a person or group open the mention, before a
    preposition and the name ("a volunteer at Al Nao hospital")? Then the
    name is the place or body the speaker belongs to, not theirs."""
    first = next((k for k in range(len(toks)) if not det[k]), len(toks))
    return first + 1 < len(toks) and low[first] in lexicon.words("agent_nouns") and low[first + 1] in PREPS and toks[first] != name[0]


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ("of", "for", "the", "and")).lower()


def _spells(tail: list[str], name: str) -> bool:
    """Is ``tail`` one acronym that ends or opens the initials of ``name``
    ("FDA" of "U.S. Food and Drug Administration", "CDC" of "Centers for
    Disease Control and Prevention")?"""
    if len(tail) != 1 or not _ACRONYM.match(tail[0]):
        return False
    letters = tail[0].replace(".", "").lower()
    words = re.split(r"[\s-]+", name)
    initials = _acronym(words)
    return len(letters) >= 2 and (initials.endswith(letters) or initials.startswith(letters))


@dataclass
class _Node:
    actor: Actor
    parsed: Parsed
    kind: str  # named | role | pronoun
    first: int
    parent: "_Node | None" = None
    roles: set[str] = field(default_factory=set)

    def root(self) -> "_Node":
        node = self
        while node.parent is not None:
            node = node.parent
        return node


def _located(name: list[str]) -> bool:
    return any(x in ("in", "at", "from", "near") for x in name[:-1])


def _body_first(name: list[str]) -> list[str]:
    """``Health ministry in Gaza`` as ``Gaza Health ministry``: a body named
    with the place it is in after it is the place's body (not "Officials in
    Kyiv": officials are no body's name)."""
    if "in" not in name[1:-1]:
        return name
    i = name.index("in", 1)
    place = name[i + 1 :]
    if _norm(name[i - 1]) not in INSTITUTIONS or not all(w[:1].isupper() for w in place):
        return name
    return place + name[:i]


def _owner(name: list[str]) -> str | None:
    """The possessor opening a body's name ("Ukraine's" in "Ukraine's General
    Staff"), normalised, if there is one and more follows it."""
    if len(name) < 2 or not _POSSESSIVE.search(name[0]):
        return None
    return _norm(_POSSESSIVE.sub("", name[0]))


def _same_name(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return False
    a, b = _body_first(a), _body_first(b)
    la, lb = _norm(a[-1]), _norm(b[-1])
    if len(la) < 2 or len(lb) < 2:
        return False
    if _located(a) != _located(b):
        return False  # "Officials in Kyiv" are not Kyiv: the last word is where they are
    if la != lb and not (min(len(la), len(lb)) >= 5 and fuzz.ratio(la, lb) >= 85):
        # acronym against its expansion: UN / United Nations
        joined_a, joined_b = " ".join(a).lower(), " ".join(b).lower()
        return (len(a) == 1 and la == _acronym(b)) or (len(b) == 1 and lb == _acronym(a)) or joined_a == joined_b
    # "Ukraine's General Staff" and "the General Staff": whose it is, not a
    # given name; two owners must be the same ("Russia's General Staff" is another)
    own_a, own_b = _owner(a), _owner(b)
    if own_a and own_b and own_a != own_b:
        return False
    if bool(own_a) != bool(own_b) and [_norm(w) for w in a[bool(own_a):]] == [_norm(w) for w in b[bool(own_b):]]:
        return True  # (the rest must be the very same name: "Huckabee's campaign" is not the "Carson campaign")
    # distinct given names are different people (Bill / Hillary Clinton)
    given_a = [_norm(x) for x in a[:-1] if x.lower() not in ("de", "al", "van", "von", "bin", "la", "le", "da", "di")]
    given_b = [_norm(x) for x in b[:-1] if x.lower() not in ("de", "al", "van", "von", "bin", "la", "le", "da", "di")]
    if given_a and given_b and given_a[0] != given_b[0] and given_a[0][:1] != given_b[0][:1]:
        return False
    return True


def _kind(actor: Actor, parsed: Parsed) -> str:
    if actor.name.lower() in PRONOUNS:
        return "pronoun"
    if parsed.name:
        return "named"
    return "role" if parsed.role_head else "named"


def _claim_mentions(analysis: Analysis) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for c in analysis.claims:
        if c.claimant.actor and c.claimant.span:
            out.setdefault(c.claimant.actor, []).append(c.claimant.span[0])
    return out


def resolve_actors(analysis: Analysis, ctx: Any) -> None:
    """Merge chunk actors into document actors (see the module docstring)."""
    if not analysis.actors:
        return
    nodes: list[_Node] = []
    for a in analysis.actors:
        parsed = parse_mention(max((x for x in [a.name, *a.aliases] if x.lower() not in PRONOUNS), key=len, default=a.name))
        node = _Node(a, parsed, "", min((m[0] for m in a.mentions), default=0))
        node.kind = _kind(a, parsed)
        for alias in [a.name, *a.aliases]:
            p = parse_mention(alias)
            if p.role_head:
                node.roles.add(p.role_head)
        nodes.append(node)
    nodes.sort(key=lambda n: n.first)
    spoke = _claim_mentions(analysis)

    # 1. names: bucket by surname; transliteration variants found among the
    # distinct surnames (rapidfuzz over keys, not over all pairs of mentions)
    buckets: dict[str, list[_Node]] = {}
    by_acronym: dict[str, list[_Node]] = {}
    # the full names in each cluster, by id of its root: a bare "Clinton"
    # joined to "Hillary Clinton" does not let "Bill Clinton" in after it
    # (names ending in an acronym are left to the acronym match: "Estimates
    # by the WHO" joins the World Health Organisation through "WHO")
    full_names: dict[int, list[list[str]]] = {}
    for n in (x for x in nodes if x.kind == "named"):
        key = _norm(_body_first(n.parsed.name)[-1]) if n.parsed.name else ""
        if not key:
            continue
        keys = [key]
        if len(key) >= 5 and buckets:
            near = process.extract(key, list(buckets), scorer=fuzz.ratio, score_cutoff=85, limit=5)
            keys += [k for k, _, _ in near if k != key]
        candidates = [m for k in keys for m in buckets.get(k, [])]
        candidates += by_acronym.get(key, [])
        if len(n.parsed.name) > 1:
            candidates += buckets.get(_acronym(n.parsed.name), [])
        own = n.root()
        if len(n.parsed.name) > 1 and not any(w.lower() in _JOINERS for w in n.parsed.name):
            full_names.setdefault(id(own), []).append(n.parsed.name)  # (not "Eric Holder and Clinton")
        for m in candidates:
            root = m.root()
            if root is own:
                continue
            if (
                _compatible(_named_type(root), _named_type(n))
                and _same_name(m.parsed.name, n.parsed.name)
                and all(_same_name(f, g) or _ACRONYM.match(f[-1]) or _ACRONYM.match(g[-1]) for f in full_names.get(id(root), []) for g in full_names.get(id(own), []))
            ):
                own.parent = root
                root.roles |= n.roles
                full_names.setdefault(id(root), []).extend(full_names.pop(id(own), []))
                break
        buckets.setdefault(key, []).append(n)
        if len(n.parsed.name) > 1:
            by_acronym.setdefault(_acronym(n.parsed.name), []).append(n)
    # 1b. an alias the text gives: "the Pakistani Taliban, known as the TTP"
    _known_as(analysis.document.text or "", nodes)
    _gave_name(analysis.document.text or "", nodes)
    _bracketed_names(analysis.document.text or "", nodes)
    # 2. roles: the latest named actor before the mention holding that role
    holders: list[_Node] = [m for m in nodes if m.kind == "named"]
    firsts = [m.first for m in holders]
    local = _local_places(analysis)
    for n in nodes:
        if n.kind != "role":
            continue
        best = None
        lo = bisect.bisect_left(firsts, n.first - 4 * _NEAR)
        hi = bisect.bisect_left(firsts, n.first)
        where = _role_places(n, local)
        for m in holders[lo:hi]:
            if n.parsed.role_head in m.root().roles and (not where or not _placed_elsewhere(m, nodes, where, local, analysis.document.text or "")):
                best = m
        if best is None:
            best = _named_later(n, holders, firsts)
        if best is not None:
            n.parent = best.root()
    # 2b. a bare group noun ("the army", "the ministry") is the one group
    # named earlier with that head ("the Syrian army"), when only one was
    _bare_groups(nodes)
    # 2c. "the Britain-based monitor", "the agency": the organisation that spoke last
    _descriptions(nodes, spoke, _reporters(analysis), analysis.document.text)
    # 2d. a headline's speaker in common words is the body's speaker whose name holds them
    _headline_speakers(nodes, spoke, analysis.document.text or "")
    # 3. pronouns, mention by mention, looking back a bounded window
    types = _types(nodes)
    # speakers first (the nearest preceding claimant), then any named mention
    speakers: list[tuple[int, _Node]] = []
    mentioned: list[tuple[int, _Node]] = []
    for n in nodes:
        if n.kind == "pronoun":
            continue
        for off in spoke.get(n.actor.id, []):
            speakers.append((off, n))
        for s, _ in n.actor.mentions:
            mentioned.append((s, n))
    mentioned += _unlisted_mentions(analysis.document.text or "", nodes, mentioned)
    pools = []
    for pool in (speakers, mentioned):
        pool.sort(key=lambda x: x[0])
        pools.append((pool, [off for off, _ in pool]))
    genders = _genders(analysis, nodes)
    issuer = _issuer(analysis.document.text or "", nodes)
    for n in nodes:
        if n.kind != "pronoun":
            continue
        word = n.actor.name.lower()
        if issuer is not None and word in _WE and issuer.root() is not n.root():
            n.parent = issuer.root()  # "Statement by the Ministry ... We reject ...": the body that issued it
            continue
        label = _line_speaker(analysis.document.text or "", n, nodes) if word in FIRST else None
        if label is not None:
            n.parent = label  # "MR. DUJARRIC: Yes. I can tell you ...": the one whose line it is
            continue
        want_person = word in MALE_FEMALE
        if word not in MALE_FEMALE and word not in GROUP:
            continue
        sex = "m" if word in _MALE else "f" if word in _FEMALE else None

        def fits(root: _Node, roles: bool) -> bool:
            if want_person and _plural(root):
                return False  # "he" is not "health officials"
            if sex is not None and genders.get(id(root), sex) != sex:
                return False  # "he said" is not the senator the text called "she"
            typ = types.get(id(root), "unknown")
            if want_person:
                return typ == "person" or (roles and _one_role(root))
            return typ in ("organization", "government", "armed_group")

        # a person first; else one known only by a role that its body types
        # ("the commander of the unit ... “...,” he said"), and that one also
        # when it spoke after the person did ("Her brother said ... An RSF
        # adviser said ... “...,” he said": the adviser)
        target = _antecedent(n, pools, lambda r: fits(r, False))
        if want_person:
            role = _antecedent(n, pools[:1], lambda r: fits(r, True))
            if role is not None and role is not target and (target is None or _spoke_last(pools[0], n, role, target)):
                target = role
            if target is None:
                target = _antecedent(n, pools, lambda r: fits(r, True))
            if target is None and sex is not None:
                # "Volodymyr Artiukh said ... “...,” he said": a full name the
                # NER called an organisation, its given name of the pronoun's sex
                target = _antecedent(n, pools, lambda r: r.kind == "named" and _given_name_sex(r.parsed.name) == sex and _personal_name(r.parsed.name) and types.get(id(r), "unknown") == "organization")
        if target is not None:
            n.parent = target
            if sex is not None:
                genders.setdefault(id(target), sex)
    _rebuild(analysis, nodes)


_WE = frozenset({"we", "us", "our", "ours"})
# a transcript's line label: "MR. DUJARRIC: ", "Spokesperson Zakharova: ", "A: "
_LINE_LABEL = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*:\s")


def _line_speaker(text: str, n: _Node, nodes: list[_Node]) -> _Node | None:
    """The speaker a transcript line opens with ("MR. DUJARRIC: Yes. I can
    tell you ..."), for a first person in that line outside quotation marks;
    else None."""
    start = text.rfind("\n", 0, n.first) + 1
    m = _LINE_LABEL.match(text, start)
    if m is None or m.end() > n.first:
        return None
    between = text[m.end() : n.first]
    if between.count("“") > between.count("”") or between.count('"') % 2:
        return None  # a first person inside a quote is the quoted one's
    # the actor named in the label here, else one named by the same last word
    # in another line's label ("MR. DUJARRIC:" twice, an actor only from one)
    last = _norm(m.group(0).rstrip(": \n").split()[-1])
    for other in nodes:
        if other.kind != "pronoun" and any(start <= s and e <= m.end() - 1 for s, e in other.actor.mentions):
            return other.root() if other.root() is not n.root() else None
    for other in nodes:
        if other.kind != "pronoun" and last and any(_norm(a.split()[-1]) == last for a in [other.actor.name, *other.actor.aliases] if a.split()):
            return other.root() if other.root() is not n.root() else None
    return None


# the first line of an issued text: "Statement by the Ministry of Foreign
# Affairs", "Joint statement of the armed forces", "Press release from ...",
# "Daily bulletin of the Ministry of Health"
_ISSUED_BY = re.compile(
    r"\s*(?:joint\s+|press\s+|official\s+|daily\s+|weekly\s+)?(?:statement|communiqu[eé]|press\s+release|declaration|announcement|bulletin|update|briefing)\s+(?:issued\s+)?(?:by|of|from)\s+\S",
    re.I,
)


def _issuer(text: str, nodes: list[_Node]) -> _Node | None:
    """The body a text says it is issued by in its first line ("Statement by
    the Ministry of Foreign Affairs"), when that line names exactly one: a
    speaker the text calls only "we" is that body (a first person inside a
    quote is the quoted speaker's, resolved before)."""
    end = text.find("\n")
    first = text if end == -1 else text[:end]
    m = _ISSUED_BY.match(first) if len(first) <= 200 else None
    if m is None:
        return None
    named = {id(n.root()): n.root() for n in nodes if n.kind != "pronoun" and n.first < len(first)}
    if len(named) == 1:
        return next(iter(named.values()))
    # "Statement of the Ministry of Foreign Affairs on the shelling of
    # Stepanakert": the body named right after "of", whatever else the line names
    after = [n.root() for n in nodes if n.kind != "pronoun" and any(m.end() - 1 <= s <= m.end() + 4 for s, _ in n.actor.mentions)]
    return after[0] if len({id(x) for x in after}) == 1 else None


def _unlisted_mentions(text: str, nodes: list[_Node], mentioned: list[tuple[int, _Node]]) -> list[tuple[int, _Node]]:
    """"The Secretary-General is appalled by ... He strongly condemns ...":
    a titled role ("The Secretary-General", "the Prime Minister") the text
    names again where no one speaks, so the chunk stage recorded no mention
    there. Each further occurrence of its capitalised title is a mention a
    pronoun may point back to."""
    seen = {s for s, _ in mentioned}
    out = []
    for n in nodes:
        if n.kind != "role" or n.parsed.name:
            continue
        role = n.parsed.role or ""
        words = role.split()
        if not words or len(role) < 6 or not all(w[:1].isupper() for w in words):
            continue
        for m in re.finditer(rf"\b(?:[Tt]he\s+)?{re.escape(role)}\b", text):
            if m.start() not in seen and not any(a <= m.start() < b for a, b in n.actor.mentions):
                out.append((m.start(), n))
    return out


def _spoke_last(pool: tuple[list[tuple[int, _Node]], list[int]], n: _Node, a: _Node, b: _Node) -> bool:
    """Did cluster ``a`` speak after cluster ``b`` last did, before ``n``?"""
    speakers, offsets = pool
    k = bisect.bisect_left(offsets, n.first) - 1
    while k >= 0:
        root = speakers[k][1].root()
        if root is a:
            return True
        if root is b:
            return False
        k -= 1
    return False


def _antecedent(n: _Node, pools: list[tuple[list[tuple[int, _Node]], list[int]]], fits: Callable[[_Node], bool]) -> _Node | None:
    """The nearest cluster before pronoun ``n`` (within ``_NEAR``) that
    ``fits``, searching each pool in turn: speakers first, then any mention."""
    for pool, offsets in pools:
        k = bisect.bisect_left(offsets, n.first) - 1
        while k >= 0 and n.first - offsets[k] <= _NEAR:
            root = pool[k][1].root()
            k -= 1
            if root is not n and fits(root):
                return root
    return None


# ", known as the TTP", ", also known as HTS": a name the text gives an actor
_KNOWN_AS = re.compile(r",\s+(?:also\s+|better\s+|commonly\s+)?known\s+as\s+(?:the\s+)?[“\"]?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


def _known_as(text: str, nodes: list[_Node]) -> None:
    """Join an actor to the one the text says it is also known as: the named
    actor whose mention ends right before ", known as X" takes the named
    actors called X ("The Pakistani Taliban, known as the TTP, said ..." and,
    later, "blamed the TTP")."""
    if "known as" not in text:
        return
    named = [n for n in nodes if n.kind == "named"]
    for m in _KNOWN_AS.finditer(text):
        owner = next((n for n in named if any(0 <= m.start() - e <= 1 for _, e in n.actor.mentions)), None)
        if owner is None:
            continue
        _join_alias(owner, _alias_key(m.group(1)), named)


def _join_alias(owner: _Node, alias: str, named: list[_Node], person: bool = False) -> None:
    """Join to ``owner``'s cluster every named node whose name is ``alias``
    (see ``_alias_key``), when their types are compatible; with ``person``,
    whatever type the tagger gave the name, which becomes a person's."""
    for n in named:
        root = n.root()
        if root is owner.root() or _alias_key(n.actor.name) != alias:
            continue
        if person:
            root.parent = owner.root()
            n.actor.type = "person"
        elif _compatible(owner.root().actor.type, n.actor.type):
            root.parent = owner.root()


# "the National Liberation Army (ELN)": a short name in brackets right after a name
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _bracketed_names(text: str, nodes: list[_Node]) -> None:
    """Join the actor named right before "(ELN)" to the actors the text later
    calls ELN (an acronym need not spell the English name: Ejército de
    Liberación Nacional)."""
    if "(" not in text:
        return
    named = [n for n in nodes if n.kind == "named"]
    for n in named:
        for _, e in n.actor.mentions:
            m = _BRACKETED.match(text, e)
            if m is None or not m.group(1)[1:].isupper():
                continue
            _join_alias(n, m.group(1).lower(), named)


# "her brother, who gave his name only as Osman", "a nurse, who asked to be
# identified only as Umm Ahmed": a name given in place of the full one
_GAVE_NAME = re.compile(
    r",\s+who\s+(?:gave|would\s+give|asked\s+to\s+be\s+(?:identified|called|named)|identified\s+(?:himself|herself|themselves))\b"
    r"[^.,;:]{0,40}?(?:\bas|\bname,)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _gave_name(text: str, nodes: list[_Node]) -> None:
    """Join the person who "gave his name only as Osman" to the actor named
    Osman (the small tagger often calls such a lone name an organisation)."""
    if "who " not in text:
        return
    named = [n for n in nodes if n.kind == "named"]
    for m in _GAVE_NAME.finditer(text):
        owner = next((n for n in nodes if n.kind != "pronoun" and any(0 <= m.start() - e <= 1 for _, e in n.actor.mentions)), None)
        if owner is not None:
            _join_alias(owner, _alias_key(m.group(1)), named, person=True)


def _alias_key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip(" “”\"'.,"), flags=re.I).lower()


def _one_role(node: _Node) -> bool:
    """A cluster named only by one person's role ("the commander of the
    unit", "the spokesman for the Interior Ministry"), typed by the body the
    person speaks for: "he" can still be that person."""
    return node.kind == "role" and not node.parsed.name and bool(node.parsed.role_head) and not _plural(node)


_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
# words before or standing for a name that say which ("Mrs Okoro", "the queen")
_MALE_TITLES = frozenset({"mr", "mister", "sir", "lord", "king", "prince", "father", "brother", "son", "husband", "uncle", "grandfather", "sheikh"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "lady", "queen", "princess", "mother", "sister", "daughter", "wife", "aunt", "grandmother"})
_SUBJECT_PRONOUN = re.compile(r"^[\s“”\"‘’']*(he|she)\b", re.I)


def _genders(analysis: Analysis, nodes: list[_Node]) -> dict[int, str]:
    """The sex the text gives each cluster (by ``id`` of its root), where it
    gives one and only one: a title ("Mrs", "the queen"), or the pronoun
    opening a claim the cluster makes ("Senator Feinstein said she had ...")."""
    votes: dict[int, set[str]] = {}
    by_actor = {n.actor.id: n for n in nodes}
    for n in nodes:
        if n.kind == "pronoun":
            continue
        for alias in (n.actor.name, *n.actor.aliases):
            words = [w.lower().rstrip(".") for w in _TOKEN.findall(alias)]
            if any(w in _MALE_TITLES for w in words[:3]):
                votes.setdefault(id(n.root()), set()).add("m")
            if any(w in _FEMALE_TITLES for w in words[:3]):
                votes.setdefault(id(n.root()), set()).add("f")
    for c in analysis.claims:
        node = by_actor.get(c.claimant.actor or "")
        m = _SUBJECT_PRONOUN.match(c.content.text)
        if node is None or node.kind == "pronoun" or m is None or c.attribution == "direct":
            continue
        votes.setdefault(id(node.root()), set()).add("m" if m.group(1).lower() == "he" else "f")
    # where the text says nothing, a given name whose bearers are nearly all
    # of one sex ("Maria Zakharova", "Walid al-Moallem") says it, when every
    # full name of the cluster gives that sex ("Bill Clinton" and "Hillary
    # Clinton" can share a cluster, and "Hillary" is not in the list: no sex)
    names: dict[int, set[str | None]] = {}
    for n in nodes:
        if n.kind == "named" and id(n.root()) not in votes and _full_name(n.parsed.name):
            names.setdefault(id(n.root()), set()).add(_given_name_sex(n.parsed.name))
    votes.update({k: v for k, v in names.items() if None not in v})  # type: ignore[misc]
    return {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}


def _full_name(name: list[str]) -> list[str]:
    """The capitalised words a name opens with, particles included, when they
    are a given name and a surname ("Elena Marsh" of "Elena Marsh of the
    housing office", "Walid al-Moallem"); [] for a single word ("Jordan",
    "Mario herself"), an initial first, or two people joined by "and"."""
    if any(w.lower() in _JOINERS for w in name):
        return []
    run: list[str] = []
    for w in name:
        if not (w[:1].isupper() or (run and (w in _PARTICLES or _PARTICLE_PREFIX.match(w)))):
            break
        run.append(w)
    if not 2 <= len(run) <= 4 or not run[0].isalpha() or len(run[0]) < 2:
        return []
    return run


def _given_name_sex(name: list[str]) -> str | None:
    """"m" or "f" for a full name ("Maria Zakharova") whose given name is in
    ``data/given_names.tsv`` (the capitalised words it opens with); None for
    a single word ("Jordan"), an initial, two people joined by "and", or a
    name the list does not know or calls mixed."""
    run = _full_name(name)
    return lexicon.given_names().get(_fold(run[0])) if run else None


def _personal_name(name: list[str]) -> bool:
    """Is the whole of a mention's name a person's ("Maria Kovalenko",
    "Colm O'Gorman"): two or three words, a known given name first, no
    demonym ("German Catholic"), nothing after ("Julian Assange case")?"""
    words = [w for w in name if w not in _PARTICLES]
    if not 2 <= len(words) <= 3 or not all((w[:1].isupper() or _PARTICLE_PREFIX.match(w)) and w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in words):
        return False
    if any(w in lexicon.demonyms() for w in words):
        return False
    low = {_fold(_POSSESSIVE.sub("", w)) for w in words}
    if low & _BODY_WORDS or _fold(words[0]) in _title_tokens()[0]:
        return False  # "General Staff", "Fox News", "Major General"
    return _given_name_sex(name) is not None


def _named_person(members: list[_Node]) -> bool:
    """Does a cluster name a person the way news names one: a full name with
    a known given name ("Carly Fiorina") and, elsewhere, the surname alone
    ("Fiorina"), neither an institution's or an outlet's word ("the
    Washington Post" ... "the Post": _personal_name turns those down)?"""
    surnames = {_fold(n.parsed.name[-1]) for n in members if n.kind == "named" and _personal_name(n.parsed.name)}
    if not surnames:
        return False
    for n in members:
        if n.kind != "named":
            continue
        for alias in (n.actor.name, *n.actor.aliases):
            words = _TOKEN.findall(alias)
            if len(words) == 1 and _fold(_POSSESSIVE.sub("", words[0])) in surnames:
                return True
    return False


# last words of news outlets' and churches' names ("the Washington Post",
# "Fox News", "the Roman Church")
_OUTLET_WORDS = frozenset({
    "post", "times", "news", "journal", "herald", "tribune", "gazette", "examiner", "standard", "beacon",
    "telegraph", "guardian", "observer", "mail", "express", "star", "sun", "daily", "weekly", "magazine",
    "review", "press", "radio", "tv", "television", "network", "channel", "reports", "report", "wire",
    "church", "mosque", "temple", "synagogue", "cathedral",
})
# words that make a name a body's, not a person's
_BODY_WORDS = INSTITUTIONS | _INSTITUTION_ENDS | _OUTLET_WORDS


def _joint(name: list[str]) -> bool:
    """Does a name join two people or bodies ("Jim Crawford and Bill Raglin",
    "Senators Rubio and Cruz", "FDA and CDC") rather than hold an "and"
    inside a role or an institution's name ("Foreign Affairs and Trade Péter
    Szijjártó", "Department of Environment and Conservation")? After the
    "and": one word, or up to three opening with a given name; before it, no
    "of" or "for"."""
    for i, w in enumerate(name):
        if w.lower() in _JOINERS and 0 < i < len(name) - 1:
            if any(x.lower() in ("of", "for", "on") for x in name[:i]):
                return False  # "Centers for Disease Control and Prevention"
            after = name[i + 1 :]
            if len(after) == 1 or (len(after) <= 3 and _fold(after[0]) in lexicon.given_names()):
                return True
    return False


_JOINERS = frozenset({"and", "&", "or", "nor"})
# lower-case words inside a person's name ("Staffan de Mistura", "Walid al-Moallem")
_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "bin", "ibn", "bint", "al", "el", "dos", "das"})
_PARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|as|an|ar|ash|at|az)-\w")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


_COLLECTIVE = frozenset({"police", "people", "staff", "personnel", "crew", "military", "public", "clergy"})


def _plural(node: _Node) -> bool:
    """Is a cluster a group named by a plural or collective noun ("health
    officials", "residents", "police"), with no proper name of its own?"""
    if node.parsed.name:
        # a plural noun opening a sentence reads as a name: "Reporters asked ..."
        word = node.parsed.name[0].lower()
        return len(node.parsed.name) == 1 and word in lexicon.words("agent_nouns") and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    words = node.actor.name.lower().split()
    if not words:
        return False
    last = _POSSESSIVE.sub("", words[-1])
    return last in _COLLECTIVE or (len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is")))


def _group_words(alias: str) -> list[str]:
    """The words of a common-noun group mention, determiners dropped
    ("the Syrian army" -> ["syrian", "army"]); [] for a proper name or a role."""
    toks = [t for t in _TOKEN.findall(alias) if t.lower() not in DETERMINERS]
    if not toks or not toks[-1].isalpha() or not toks[-1][1:].islower() or parse_mention(alias).role:
        return []
    if len(toks) == 1 and toks[0][:1].isupper() and alias[:1] != toks[0][:1]:
        return []  # "the Army" mid-sentence: a name
    return [_POSSESSIVE.sub("", t.lower()) for t in toks]


def _short_institution(alias: str) -> str | None:
    """"the Ministry", "The Commission": a determiner and one capitalised
    institution word, the short form of a longer name; the word, lowercased."""
    toks = _TOKEN.findall(alias)
    if len(toks) != 2 or toks[0].lower() != "the" or not toks[1][:1].isupper() or not toks[1][1:].islower():
        return None
    word = toks[1].lower()
    return word if word in INSTITUTIONS else None


def _bare_groups(nodes: list[_Node]) -> None:
    """"The Israeli military said ... The military did not ...": a mention
    that is a group noun alone joins the cluster of the one earlier mention
    with that head and words before it, when the text has exactly one such
    cluster ("the Russian army" and "the Ukrainian army" leave "the army" alone),
    else the earlier bare mention of it ("Army rejects ..." then "The army ...")."""
    qualified: dict[str, list[_Node]] = {}
    bare: dict[str, list[_Node]] = {}
    named: dict[str, list[_Node]] = {}  # proper names by institution word ("Ministry of Foreign Affairs": ministry)
    for n in nodes:
        if n.kind == "pronoun":
            continue
        words = _group_words(n.actor.name)
        short = _short_institution(n.actor.name) if not words else None
        if short is not None:
            # "the Ministry of Foreign Affairs" ... "The Ministry": the short
            # form of the one institution of that kind named before
            _join_the_one(n, [m for m in named.get(short, []) if m.first < n.first])
            continue
        if len(words) == 1:
            # the qualified group named before, else an earlier bare mention ("Army ... the army")
            # (not for "the group" or "the monitor" bare twice: each is the one that
            # spoke last before it, which _descriptions finds; two may be two groups)
            heads = [m for m in qualified.get(words[0], []) if m.first < n.first] or [m for m in bare.get(words[0], []) if m.first < n.first and words[0] not in _DESCRIPTION_HEADS]
            _join_the_one(n, heads)
            bare.setdefault(words[0], []).append(n)
        elif len(words) > 1:
            if not _rebel_army(n.actor.name, words):
                qualified.setdefault(words[-1], []).append(n)
            head = _institution_head(n.actor.name)
            if head is not None and head != words[-1]:  # "the Ministry of Health" ... "the ministry"
                qualified.setdefault(head, []).append(n)
            if head is not None:
                named.setdefault(head, []).append(n)
        for alias in [n.actor.name, *n.actor.aliases]:
            m = _APPOSED_GROUP.search(alias)
            if m and (not words or m.group(1).lower() != words[-1]):
                # "the Sudan Doctors Network, a medical group that ..." ... "the group"
                qualified.setdefault(m.group(1).lower(), []).append(n)
                break


_NATIONAL_FORCES = frozenset({"army", "military", "forces"})


def _rebel_army(name: str, words: list[str]) -> bool:
    """A proper name ending in "Army" or "Forces" that no nation's name
    opens ("the National Liberation Army", "Rapid Support Forces", "the Arakan
    Army"; not "the Syrian Arab Army"): a movement, not what a text means by
    "the army"."""
    if words[-1] not in _NATIONAL_FORCES:
        return False
    # (all capitalised: "the Syrian army" is a nation's army, in lower case)
    return lexicon.movement_name([t for t in _TOKEN.findall(name) if t.lower() not in DETERMINERS])


def _join_the_one(n: _Node, heads: list[_Node]) -> None:
    """Join ``n``'s cluster to the one cluster ``heads`` belong to, when they
    all belong to one (two different ones leave ``n`` alone)."""
    roots = {id(m.root()): m.root() for m in heads}
    if len(roots) == 1:
        (root,) = roots.values()
        if root is not n.root():
            n.root().parent = root


_TIES = ("-based", "-linked", "-backed", "-allied", "-affiliated", "-aligned", "-led")
_DESCRIPTION_HEADS = frozenset({"monitor", "watchdog", "observatory", "agency", "charity", "organisation", "organization", "ngo", "group"})
# words that say which kind of body a description is ("the rights group", "the militant group")
_GROUP_KINDS = {
    "rights": "organization", "aid": "organization", "humanitarian": "organization", "relief": "organization", "medical": "organization",
    "war": "organization", "conflict": "organization", "independent": "organization",
    "islamist": "armed_group", "extremist": "armed_group", "separatist": "armed_group", "terrorist": "armed_group",
    "militant": "armed_group", "rebel": "armed_group", "armed": "armed_group", "jihadist": "armed_group", "insurgent": "armed_group", "paramilitary": "armed_group",
}


def _reporters(analysis: Analysis) -> dict[str, set[str]]:
    """For each claimant (actor id), the actors who pass its claims on (``reported_by``)."""
    out: dict[str, set[str]] = {}
    for c in analysis.claims:
        if c.claimant.actor and c.reported_by is not None and c.reported_by.actor:
            out.setdefault(c.claimant.actor, set()).add(c.reported_by.actor)
    return out


def _descriptions(nodes: list[_Node], spoke: dict[str, list[int]], reporters: dict[str, set[str]] | None = None, text: str = "") -> None:
    """"The Syrian Observatory for Human Rights said ... The Britain-based
    monitor said ...": a definite description of an organisation, naming no
    one ("the monitor", "the Geneva-based agency"; not "the state news
    agency"), joins the organisation
    that spoke last before it (within the look-back window), when none of
    the earlier steps placed it."""
    platforms = lexicon.words("platform_names")
    def body_type(n: _Node) -> str:
        # a cluster's type where the node's own is unknown ("the ELN", joined to
        # "the National Liberation Army (ELN)")
        return n.actor.type if n.actor.type != "unknown" else n.root().actor.type

    # (where each spoke, not where each was first named: "the group" is the
    # one that spoke last, though another was named first in the headline)
    speakers = sorted(
        ((off, n) for n in nodes if n.kind == "named" and body_type(n) in ("organization", "armed_group") for off in spoke.get(n.actor.id, [])),
        key=lambda fn: fn[0],
    )
    for n in nodes:
        if n.parent is not None or n.kind == "pronoun":
            continue
        words = _TOKEN.findall(n.actor.name)
        if words:
            words[-1] = _POSSESSIVE.sub("", words[-1])  # "the group's claim"
        if _headline_description(text, n, words):
            # "Syria: Monitor says 40 killed in clashes": a headline's bare
            # description is the body of its kind that speaks first after it
            later = [m for first, m in speakers if first > n.first and first - n.first <= 4 * _NEAR and m.root() is not n]
            if later:
                n.parent = later[0].root()
                n.actor.type = "unknown"
                n.kind = "description"
            continue
        if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in _DESCRIPTION_HEADS or words[-1][:1].isupper():
            continue
        said = [w.lower() for w in words[1:-1]]
        # ("the Britain-based monitor", "the al Qaeda-linked group": where it is
        # or whom it is tied to, with the words of that name before the tie)
        tied = next((k for k, w in enumerate(said) if w.endswith(_TIES)), -1)
        if not all(w.endswith("-based") or w in _GROUP_KINDS or k < tied for k, w in enumerate(said) if not w.endswith(_TIES)):
            continue  # "the UN agency", "the state news agency": a body of its own
        # "the group" is whoever spoke last of either kind; "the rights group" an
        # organisation, "the militant group" an armed group; the rest organisations
        kinds = {_GROUP_KINDS[w] for w in said if w in _GROUP_KINDS} or ({"organization", "armed_group"} if words[-1].lower() == "group" else {"organization"})
        # ("The UN said the group claimed ...": the one who passes the group's claim on is not the group)
        passing = (reporters or {}).get(n.actor.id, set())
        earlier_at = [
            (first, m) for first, m in speakers
            if first < n.first and n.first - first <= 4 * _NEAR and m.root() is not n and body_type(m) in kinds and m.actor.id not in passing
            and (words[-1].lower() != "group" or _proper(m.actor.name))  # ("The army said ... The group described": another body)
        ]
        earlier = [m for _, m in earlier_at]
        if not earlier and words[-1].lower() == "group":
            # no group spoke before it: the one group the text named before it
            # ("Al-Shabaab militants stormed ... the group claimed responsibility")
            named = {
                id(m.root()): m for m in nodes
                if m.kind == "named" and m.first < n.first and n.first - m.first <= 4 * _NEAR and m.root() is not n
                and m.actor.type in kinds and _proper(m.actor.name) and m.actor.id not in passing
                and m.actor.name.lower() not in platforms  # ("a statement posted on Telegram": where, not who)
            }
            earlier = list(named.values()) if len(named) == 1 else []
        elif words[-1].lower() == "group":
            # ("Reuters could not verify ... The army accused Hamas of using
            # shields, an accusation the group denies": a group named since the
            # last speaker, in the same sentence before "the group", is the one meant)
            since = earlier_at[-1][0]
            def close_to(m: _Node) -> int:
                """Where ``m`` is named last in the sentence of "the group", or -1."""
                at = [a for a, _ in m.actor.mentions if since < a < n.first and n.first - a <= _CLOSE_GROUP and _SENTENCE_END.search(text, a, n.first) is None]
                return max(at, default=-1)

            close = [
                (close_to(m), m) for m in nodes
                if m.kind == "named" and m.actor.type in kinds and _proper(m.actor.name) and m.root() is not n and m.actor.id not in passing
                and m.actor.name.lower() not in platforms
            ]
            close = [(a, m) for a, m in close if a >= 0]
            if close:
                earlier = [max(close, key=lambda am: am[0])[1]]
        if earlier:
            n.parent = earlier[-1].root()
            n.actor.type = "unknown"  # the organisation's type, not the description's guess
            n.kind = "description"  # ("The Islamist group" names no one: not the cluster's name)


def _headline_speakers(nodes: list[_Node], spoke: dict[str, list[int]], text: str) -> None:
    """"Gaza: ..., civil defence says" over "the Palestinian civil defence
    agency said", "Houthis claim ..." over "the Houthi movement said", "Gang
    leader says ..." over "X, the leader of the G9 gang alliance, said": a
    speaker on the text's first line (a headline: no full stop) named in
    common words (or a plural name) joins the first speaker after that line whose name or an alias
    holds all its words. Not a personal name, nor a country ("Ukraine says"
    is not "Ukraine's air force")."""
    end = text.find("\n")
    if end == -1 or text[:end].rstrip().endswith("."):
        return  # (a first line with a full stop is the story's first sentence, not its headline)
    later = sorted(((off, m) for m in nodes if m.kind != "pronoun" for off in spoke.get(m.actor.id, []) if off > end), key=lambda om: om[0])
    for n in nodes:
        if n.parent is not None or n.kind == "pronoun" or n.first >= end or n.actor.id not in spoke or _personal_name(n.parsed.name):
            continue
        named = bool(n.parsed.name)
        if named and (n.actor.type == "person" or not _PLURAL_NAME.fullmatch(n.actor.name)):
            continue  # ("Clinton says ...", "Sanders says ..." are left to the name matching)
        words = {_word_key(w) for w in _TOKEN.findall(n.actor.name) if w.lower() not in DETERMINERS}
        if not words or " ".join(sorted(words)) in lexicon.country_names() or n.actor.name.lower() in lexicon.country_names():
            continue
        for _, m in later:
            if m.root() is n.root() or (named and (_named_type(m.root()) == "person" or not m.root().parsed.name)):
                continue  # ("Houthis" is a movement by its name, not "Houthi leader X"; "Rebels" not "the rebel movement")
            held = {_word_key(w) for x in [m.actor.name, *m.actor.aliases] for w in _TOKEN.findall(x)}
            if words <= held:
                n.parent = m.root()
                n.kind = "description"  # (the story's fuller name names the cluster: "the rebel movement", not "Rebels")
                break


_PLURAL_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][a-z]+s")  # "Houthis", "the Kurds": a people or movement by a plural name


def _word_key(word: str) -> str:
    """A word as names are compared across a headline and its story: folded,
    no possessive, no plural "s" ("Houthis" is "Houthi")."""
    w = _fold(_POSSESSIVE.sub("", word.lower()))
    return w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w


def _headline_description(text: str, n: _Node, words: list[str]) -> bool:
    """Is ``n`` a bare description written as a headline writes it, capitalised
    and without "the" ("Monitor says ...", "Rights group: ..."), on the text's
    first line?"""
    end = text.find("\n")
    if not words or len(words) > 2 or (end != -1 and n.first >= end) or words[-1].lower() not in _DESCRIPTION_HEADS:
        return False
    if len(words) == 2 and words[0].lower() not in _GROUP_KINDS:
        return False
    return words[0][:1].isupper() and n.actor.name == " ".join(words)


_CLOSE_GROUP = 200  # characters before "the group" within which a group named since the last speaker is meant
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s|\n")


def _proper(name: str) -> bool:
    """Does a mention name a body by its own name ("Hamas", "Amnesty
    International"), not by a common noun ("the army")?"""
    return any(t[:1].isupper() for t in _TOKEN.findall(name) if t.lower() not in DETERMINERS)


_APPOSED_GROUP = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(group|organisation|organization|network|monitor|agency|charity|militia|body|coalition|alliance|movement|party|observatory)\b",
    re.I,
)
_BEFORE_OF = re.compile(r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+)*?([A-Z][a-z]+)\s+(?:of|for)\s+[A-Z]")


def _institution_head(name: str) -> str | None:
    """The institution word of a proper name of several words: the word
    before "of"/"for" ("Ministry of Health", "Office for the Coordination
    ...") else the last ("Interior Ministry", "Syrian Observatory"), when it
    names an institution (``INSTITUTIONS``)."""
    words = _TOKEN.findall(name)
    if len(words) < 2:
        return None
    m = _BEFORE_OF.match(name)
    head = (m.group(1) if m else words[-1]).lower()
    return head if head in INSTITUTIONS else None


def _local_places(analysis: Analysis) -> frozenset[str]:
    """Names of the text's places that are not countries ("Kursk", "Odesa")."""
    countries = lexicon.country_names()
    return frozenset(p.name.lower() for p in analysis.places if p.name.lower() not in countries and p.name not in lexicon.demonyms())


def _role_places(n: _Node, local: frozenset[str]) -> set[str]:
    """The places below a country that qualify a role ("Kursk's acting
    governor", "the governor of Kursk"): such a role is held in one place."""
    words = {_POSSESSIVE.sub("", w).lower() for w in _TOKEN.findall(n.parsed.role or "") if w[:1].isupper()}
    return {w for w in words if w in local}


_PLACE_REACH = 150  # characters around a holder's mention that may name where the role is held


def _paragraph_window(text: str, s: int, e: int) -> str:
    """The text ``_PLACE_REACH`` characters either side of a mention, within its paragraph (lower case)."""
    lo, hi = max(0, s - _PLACE_REACH), min(len(text), e + _PLACE_REACH)
    lo = max(lo, text.rfind("\n", lo, s) + 1)
    cut = text.find("\n", e, hi)
    return text[lo : hi if cut == -1 else cut].lower()


def _placed_elsewhere(m: _Node, nodes: list[_Node], where: set[str], local: frozenset[str], text: str) -> bool:
    """Is ``m``'s actor named with other places than ``where`` and none of
    those, in a mention or right around one? In a story on Odesa and Kursk,
    "regional governor Oleh Kiper said" in the Odesa paragraph is not
    "Kursk's acting governor"; "Marco Rubio says ..." with no place near it
    may be "the Florida senator"."""
    root = m.root()
    members = [x for x in nodes if x.root() is root]
    near = " ".join(a.lower() for x in members for a in (x.actor.name, *x.actor.aliases))
    near += " " + " ".join(_paragraph_window(text, s, e) for x in members for s, e in x.actor.mentions)
    placed = {w for w in local if re.search(rf"\b{re.escape(w)}\b", near)}
    return bool(placed) and not where & placed


def _named_later(n: _Node, holders: list[_Node], firsts: list[int]) -> _Node | None:
    """"A spokesman for the ministry denied ... "No ...," the spokesman, Bassam
    Haddad, told reporters": a role introduced first and named soon after by a
    definite mention of the same role ("the spokesman, NAME") is one person.
    An indefinite one ("a spokesman for the rebels, NAME") may be another."""
    lo = bisect.bisect_right(firsts, n.first)
    hi = bisect.bisect_right(firsts, n.first + _NEAR // 4)
    head = n.parsed.role_head
    for m in holders[lo:hi]:
        for alias in [m.actor.name, *m.actor.aliases]:
            if not alias.lower().startswith("the "):
                continue
            parsed = parse_mention(alias)
            if parsed.role_head == head and parsed.name:
                return m
    return None


def _types(nodes: list[_Node]) -> dict[int, str]:
    """Cluster type per root (one pass over the nodes)."""
    members: dict[int, list[_Node]] = {}
    for n in nodes:
        members.setdefault(id(n.root()), []).append(n)
    return {rid: _cluster_type(ms[0].root(), ms) for rid, ms in members.items()}


def _named_type(node: _Node) -> str:
    """A node's type for name matching: a role with a person's name ("The
    army spokesman in Ituri, Lieutenant Jules Ngongo") is a person, whatever
    type the body in the role gave the mention."""
    name = node.parsed.name
    if node.parsed.role_head and 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name) and not _ACRONYM.match(name[-1]):
        return "person"
    return node.actor.type


def _compatible(a: str, b: str) -> bool:
    # the NER often calls a person an organisation; names decide, types do not
    return not ({a, b} == {"person", "armed_group"})


def _role_apart(node: _Node) -> bool:
    """Is a role said apart from the name, in an apposition ("X, senior
    researcher at ...") or in lower case ("spokesman X"), not as a word of
    the name itself ("Doctors Without Borders")?"""
    for alias in [node.actor.name, *node.actor.aliases]:
        p = parse_mention(alias)
        # ("Congolese army spokesman Lieutenant Colonel X": a lower-case title, then a rank)
        if p.role and ("," in alias or p.role.split()[-1][:1].islower() or any(w[:1].islower() and w.lower() in lexicon.titles() for w in p.role.split())):
            return True
    return False


def _institution_named(name: list[str]) -> bool:
    """A capitalised name with a word that names a body ("Observatory",
    "Committee", "Ministry") among its second to fourth words, at its end
    or before "for"/"of" ("Syrian Observatory for Human Rights")."""
    if len(name) < 2 or not all(w[:1].isupper() or w.lower() in _JOINING for w in name):
        return False
    if _given_name_sex(name) is not None:
        return False  # "Richard Cross": a person, whatever "Cross" ends
    # the body word among the first four, ending the name or before "for"/"of"
    # ("Louie Gohmert Texas Republican on House Committee on Judiciary",
    # "Republican Party Sheldon Adelson": a person and a body named with them)
    k = next((k for k in range(1, min(4, len(name))) if name[k].lower() in INSTITUTIONS), None)
    return k is not None and (k == len(name) - 1 or name[k + 1].lower() in ("for", "of"))


def _cluster_type(root: _Node, members: list[_Node]) -> str:
    """The type of a cluster from its members' types and roles."""
    types = [n.actor.type for n in members if n.actor.type != "unknown"]
    if _institution_named(root.parsed.name):
        # "Syrian Observatory for Human Rights, a UK-based war monitor": a
        # body's name, whatever role its apposition gives it
        return next((t for t in types if t != "person"), "organization")
    if root.roles and (not any(t in ("organization", "government", "armed_group") for t in types[:1]) or (len(root.parsed.name) >= 2 and _role_apart(root)) or _personal_name(root.parsed.name)):
        # (a full name with a person's role: "X Y, senior researcher at ..."
        # or "Governor Volodymyr Artiukh", a known given name after a title,
        # is a person whatever the NER said)
        return "person"
    if not types:
        # no type from the NER: a full name opening with a given name
        # ("Maria Kovalenko") is a person's
        if any(n.kind == "named" and _personal_name(n.parsed.name) for n in members):
            return "person"
        return "unknown"
    if "person" in types and (root.roles or types.count("person") * 2 >= len(types)):
        return "person"
    if set(types) <= {"organization", "person"} and _named_person(members):
        return "person"  # the small NER's ORG for "Carly Fiorina" ... "Fiorina"
    # the most frequent type; a tie goes to the earliest member's (a set's
    # order would change from run to run with string hashing)
    return max(types, key=types.count)


_OWNED_ROLE = re.compile(r"^(?:its|their|his|her|our|my|your)\s+(?=\S)", re.I)


def _canonical(members: list[_Node]) -> str:
    names = []
    weight: dict[str, int] = {}  # mentions of the busiest node that has the name
    for n in members:
        if n.kind != "named":
            continue
        for alias in [n.actor.name, *n.actor.aliases]:
            p = parse_mention(alias)
            if p.name:
                # "Russia's defence ministry": only the last word loses its "'s"
                name = " ".join([*p.name[:-1], _POSSESSIVE.sub("", p.name[-1])])
                names.append(name)
                weight[name] = max(weight.get(name, 0), len(n.actor.mentions))
    if names:
        full = [x for x in names if len(x.split()) > 1] or names
        # "the UN Vassily Nebenzia" tagged as one name beside "Vassily Nebenzia": the body's acronym is no part of his name
        full = [x for x in full if not any(x != y and x.endswith(" " + y) and all(_ACRONYM.match(w) for w in x[: -len(y)].split()) for y in full)] or full
        # and "World Health Organization WHO" (from "... (WHO)") beside "World
        # Health Organization", when the acronym is the name's (not "United
        # Nations UNICEF")
        full = [x for x in full if not any(x != y and x.startswith(y + " ") and _spells(x[len(y) :].split(), y) for y in full)] or full
        # two joined ("Berg and the AMA", "FDA and CDC") name the actor only
        # when it has no name as long of its own ("American Medical
        # Association"); "Board members Jim Crawford and Bill Raglin" beside
        # "Bill Raglin" stays whole
        single = [len(x.split()) for x in full if not _joint(x.split())]
        if single:
            full = [x for x in full if not _joint(x.split()) or len(x.split()) > max(single)]
        # "the General Staff" said twice beside "Ukraine's General Staff" once: whose it is stays in the name
        owned = {x: y for y in set(full) if _owner(y.split()) for x in set(full) if y.endswith(" " + x) and not _personal_name(x.split())}
        full = [owned.get(x, x) for x in full]
        best = max(full, key=lambda s: (full.count(s), len(s.split()), len(s)))
        if not _personal_name(best.split()):
            # a person's own name before the words around it: "Patti Saris",
            # not "Kritarch Patti Saris"; "Donald Trump", not "Iranian Trump"
            # (the same surname, so not another person merged in by mistake)
            last = _norm(best.split()[-1])
            own = [x for x in full if _personal_name(x.split()) and _norm(x.split()[-1]) == last]
            if own:
                plain = max(own, key=lambda s: (own.count(s), len(s.split()), len(s)))
                # "Board members Jim Crawford and Bill Raglin" said once, "Bill
                # Raglin" once: two people, and the name stays whole; "Senators
                # Rubio and Cruz" once beside Ted Cruz's many mentions: his
                if not (_joint(best.split()) and weight[best] >= weight[plain]):
                    return plain
        return best
    roles = [n.actor.name for n in members if n.kind == "role"]
    if roles:
        return _POSSESSIVE.sub("", max(roles, key=len))
    # "The group's claim": the group (a headline's description of a body
    # named in the story gives way to the story's words for it)
    first = next((m for m in members if m.kind != "description"), members[0])
    return _POSSESSIVE.sub("", first.actor.name)


def _rebuild(analysis: Analysis, nodes: list[_Node]) -> None:
    clusters: dict[int, list[_Node]] = {}
    for n in nodes:
        clusters.setdefault(id(n.root()), []).append(n)
    ordered = sorted(clusters.values(), key=lambda ms: min(m.first for m in ms))
    rename: dict[str, str] = {}
    actors: list[Actor] = []
    for k, members in enumerate(ordered, 1):
        new_id = f"a{k}"
        root = members[0].root()
        aliases: list[str] = []
        mentions: set[tuple[int, int]] = set()
        for m in members:
            rename[m.actor.id] = new_id
            for alias in [m.actor.name, *m.actor.aliases]:
                if alias.lower() not in PRONOUNS and alias not in aliases:
                    aliases.append(alias)
            mentions.update(tuple(x) for x in m.actor.mentions)  # type: ignore[misc]
        actors.append(
            Actor(
                id=new_id,
                name=_canonical(members),
                type=_cluster_type(root, members),  # type: ignore[arg-type]
                aliases=aliases,
                mentions=sorted(mentions),
            )
        )
    analysis.actors = actors
    by_id = {a.id: a for a in actors}
    for c in analysis.claims:
        if c.claimant.actor in rename:
            c.claimant.actor = rename[c.claimant.actor]
            actor = by_id[c.claimant.actor]
            if c.claimant.span and c.claimant.role is None:
                role = parse_mention(analysis.document.text[c.claimant.span[0] : c.claimant.span[1]]).role
                # "Its commissioner general, Philippe Lazzarini": the role, not whose
                c.claimant.role = _OWNED_ROLE.sub("", role) if role else role
            c.claimant.name = actor.name
        if c.reported_by is not None and c.reported_by.actor in rename:
            c.reported_by.actor = rename[c.reported_by.actor]
            c.reported_by.name = by_id[c.reported_by.actor].name
            if c.reported_by.actor == c.claimant.actor:
                c.reported_by = None
        if c.event is not None:
            c.event.actors = list(dict.fromkeys(rename.get(x, x) for x in c.event.actors))
