"""Toponyms: the spaCy component ``claimledger_places``.

It finds place mentions in a chunk and writes them to ``doc._.cl_places`` as
:class:`PlaceMention` objects (a :class:`~claimledger.models.Place` plus what
resolution needs), with chunk-local spans and gazetteer candidates attached.
The document stage :func:`resolve_places` (in :mod:`claimledger.nlp.geocode`)
then picks one candidate per mention with the whole document as context.

Where mentions come from:

- spaCy NER spans labelled GPE, LOC or FAC (FAC only when the gazetteer knows it);
- capitalised token runs the gazetteer knows as a notable place (a country,
  admin unit or town of some size), including runs the small NER model mislabels
  (``Aleppo`` as NORP or PERSON, ``Raqqa and Idlib`` as one ORG), but not a run
  inside a longer person or organisation name ("State Department" keeps "US" out).

Around each mention: a direction before it is a qualifier ("eastern Aleppo" is
Aleppo with qualifier "eastern", its span covering both words); an admin word
after it is a kind hint ("Nahri Shahi district", "Idlib province"); a place right
after a comma is its admin context ("Dawlat Abad district, Balkh"). Demonyms
("Syrian", "Afghan") are never places.

Lookups are dict/SQLite hits on normalised keys (cached); fuzzy matching runs
only for NER place spans the exact lookup missed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from spacy.language import Language

from claimledger.gazetteer import Entry, get_gazetteer, normalize
from claimledger.models import Place
from claimledger.nlp import lexicon
from claimledger.nlp.doctext import text_of
from claimledger.nlp.event_types import lexicon as event_lexicon
from claimledger.nlp.paragraphs import DATELINE_PLACES, dateline_end, words_after_dateline
from claimledger.nlp.geocode import resolve_places  # noqa: F401  (the document stage)

DATA = Path(__file__).resolve().parent / "data"

NER_PLACE = frozenset({"GPE", "LOC", "FAC"})
NER_BLOCKING = frozenset({"PERSON", "ORG", "NORP", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# last words of a body of water ("the Red Sea"): the gazetteer holds towns and
# areas, so a namesake area would be a wrong place for it
_WATERS = frozenset({"Sea", "Ocean"})
# what comes after a weapon system's name ("Iskander missiles", "Grad rockets")
_WEAPON_NOUNS = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones", "launcher", "launchers", "system", "systems", "shell", "shells", "munition", "munitions", "ballistic", "cruise", "multiple"})
# a country written as an abbreviation ("US", "U.S.", "UK", "UAE"): before a
# noun it is the country's adjective
_ABBREVIATED = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$")
# nouns of arms and armed forces whose modifier says whose they are
_ATTACKER_NOUNS = frozenset({
    "strike", "airstrike", "missile", "drone", "bomb", "bombing", "raid", "attack", "operation", "offensive",
    "force", "troop", "soldier", "military", "army", "navy", "jet", "warplane", "aircraft", "warship", "bomber", "campaign",
    "militant", "fighter", "militia",
})


def _modified_noun(tok: Any) -> Any:
    """The noun a modifier hangs on, through other modifiers ("US air
    strikes": strikes; "Russia's defence ministry": ministry)."""
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head  # (not through a name: "a U.S. Senate campaign" is the Senate's)
    return head


def _attacker_noun(tok: Any) -> bool:
    """The noun a modifier hangs on is a noun of arms or armed forces."""
    head = _modified_noun(tok)
    return head.pos_ == "NOUN" and head.lemma_.lower() in _ATTACKER_NOUNS


def _owned_body(tok: Any) -> bool:
    """The noun a modifier hangs on is a body that speaks for its owner (the
    tagger often calls "ministry" a name)."""
    head = _modified_noun(tok)
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _OWNED_BODIES


# bodies a country or capital owns, which speak for it ("Russia's defence ministry")
_OWNED_BODIES = frozenset({
    "ministry", "government", "president", "official", "spokesman", "spokeswoman", "spokesperson",
    "embassy", "minister", "authority", "parliament", "leader", "leadership", "regime", "junta",
})


# words that open a landform's name ("the River Calder", "Mount Hermon"), no town alone
_LANDFORMS = frozenset({"river", "lake", "mount", "mountain", "mountains", "cape", "gulf", "bay", "valley", "island", "islands", "hill", "hills", "wadi", "forest", "desert", "plain"})
# "a US-made bomb", "the UK-based monitor": where a thing or body comes from
_MADE_IN = re.compile(r"-(?:made|built|manufactured|produced|designed|supplied|funded|backed|trained|armed|based)\b", re.I)
# words that give an alias right before a name: "the call sign "Ratibor"", "known as "Khartoum""
_ALIAS_BEFORE = re.compile(
    r"(?:\bcall[- ]?sign|\bnick-?named|\bnickname|\bnom de guerre|\bcode-?named|\bcode name|\balias)\s*[\"“‘']?\s*$"
    r"|(?:\bknown as|\bcalled|\bdubbed|\bnamed)\s*[\"“‘']\s*$",
    re.I,
)
# "the charity World Central Kitchen", "the aid group Mercy Corps": a body's name after what it is
_BODY_BEFORE = re.compile(r"\bthe\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(lexicon.words("body_nouns"), key=len, reverse=True)) + r")\s+$")
# "the bulk carrier Eternity Sea", "the tanker Sounion", "the vessel Galaxy
# Leader": a ship's name, which is often a place's
_SHIP_BEFORE = re.compile(
    r"\b(?:ship|vessel|tanker|carrier|freighter|frigate|destroyer|corvette|cruiser|warship|boat|ferry|trawler|yacht|dhow|tugboat|submarine|liner|containership)\s+[\"“‘']?$",
    re.I,
)
MAX_RUN = 4  # longest capitalised run tried against the gazetteer
NOTABLE_POPULATION = 15000  # a town this size may be matched without NER agreeing
BIG_POPULATION = 100000  # ... and this size when NER called it a person or organisation
NOTABLE_KINDS = frozenset({"country", "admin1", "continent"})
ORG_TAIL = 6  # the longest organisation name after a place at its head
# Persian/Pashto ezafe and similar joins inside one name ("Sar-e Pol", "Mazar-e Sharif", "Qala-i-Naw")
EZAFE = frozenset({"e", "i", "ye", "yi", "o"})
PLURAL_ADMIN = frozenset({"areas", "villages", "districts", "provinces"})
# the Arabic article written as a capitalised word ("Al Arish", "Al-Qaim"): it may open a place name
ARTICLES = frozenset({"Al"})
# verbs whose subject speaks or judges: a place as their subject is its government
_VOICE_VERBS = lexicon.words("speech_verbs") | lexicon.words("denial_cues") | lexicon.words("critic_verbs") | frozenset({"reject", "accuse", "condemn", "warn", "insist", "blame", "dispute"})
_ETHNIC = re.compile(r"\bethnic\s+$", re.I)
# verbs of sending weapons at a target: their subject sends them from elsewhere
_LAUNCHING = frozenset({"launch", "fire", "shell", "bomb", "strike", "attack", "target", "invade"})
# words that head an armed group's name, never a place's ("Rapid Support Forces")
ORG_HEADS = frozenset({"forces", "front", "militia", "militias", "brigade", "brigades", "battalion", "battalions"})
# lower-case words after a name that make it an armed group's ("Fano militia
# fighters", "the M23 rebel group"), or at most where the group comes from
GROUP_WORDS = frozenset({
    "militia", "militias", "militiamen", "rebel", "rebels", "fighters", "insurgents", "gunmen", "forces", "troops",
    "branch", "affiliate", "wing",  # "the Islamic State's Khorasan branch"
    "commander", "commanders", "leader", "leaders", "spokesman", "spokesmen", "spokesperson",  # "a Fano commander"
})


def _water(doc: Any, start: int, end: int) -> bool:
    """"the Red Sea", "the Indian Ocean": a body of water named with "the",
    or after a preposition in a headline ("Houthis hit ship in Red Sea"); not
    with an admin word after it ("Red Sea state")."""
    if doc[end - 1].text not in _WATERS or start == 0:
        return False
    if end < len(doc) and doc[end].lower_ in ADMIN_WORDS:
        return False
    if start > 1 and doc[start - 1].lower_ in QUALIFIERS:
        start -= 1  # "in the southern Red Sea"
    return doc[start - 1].lower_ == "the" or doc[start - 1].pos_ == "ADP"


@dataclass
class PlaceMention(Place):
    """A place mention on its way to resolution (not part of the JSON contract)."""

    source: str = "ner"  # "ner", "pattern" ("X district"), "gazetteer", or "demonym" (focus only)
    hint: str | None = None  # kind preferred from an admin word: admin1, admin2, city
    within: str | None = None  # the name of the admin unit named right after it
    within_in: bool = False  # ... said to hold it with "in" ("Moura in central Mali"), not a comma a list may give
    is_context: bool = False  # this mention names the admin unit of the one before
    # "dateline" (where the report was filed: "MOSCOW, March 3 - "), "actor"
    # (a capital standing for its government: "Moscow rejected") or "origin"
    # (where a thing or body comes from: "US-made", "UK-based"): a toponym,
    # but no claim's place; "owner" ("Russia's defence ministry"): a claim's
    # place only when it names no other
    role: str | None = None
    group: bool = False  # a group word follows it ("Fano militia"): it names who, or where they come from
    water: bool = False  # a sea, a lake, a gulf ("in the Red Sea"): no town or province of that name
    candidates: tuple[Entry, ...] = field(default=(), repr=False)


def _load_words() -> tuple[set[str], dict[str, str], set[str], dict[str, str], set[str], set[str]]:
    qualifiers: set[str] = set()
    admin: dict[str, str] = {}
    skip: set[str] = set()
    not_before: set[str] = set()
    titles: set[str] = set()
    for line in (DATA / "place_words.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word = line.split(None, 1)
        if kind == "qualifier":
            qualifiers.add(word.lower())
        elif kind == "skip":
            skip.add(word)
        elif kind == "notbefore":
            not_before.add(word.lower())
        elif kind == "title":
            titles.add(word.lower())
        else:
            admin[word.lower()] = kind
    return qualifiers, admin, skip, lexicon.demonyms(), not_before, titles


QUALIFIERS, ADMIN_WORDS, SKIP_WORDS, DEMONYMS, NOT_BEFORE, TITLES = _load_words()
_SKIP_KEYS = frozenset(normalize(w) for w in SKIP_WORDS | set(DEMONYMS)) | frozenset(QUALIFIERS)


_CLITICS = frozenset({"n't", "'s", "'re", "'ll", "'ve", "'d", "'m"})


_PAREN_TAIL = re.compile(r"^\)?\s*(?:%s)?\s*" % "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)))


def _headline_word(text: str, m: PlaceMention) -> bool:
    """"Coalition Airstrike Killed Wedding Guests": a one-word gazetteer hit on
    a title-case line whose word the text also writes in lower case ("a
    wedding party") is the common noun, not Berlin's Wedding."""
    if m.source != "gazetteer" or " " in m.name or "-" in m.name:
        return False
    start = text.rfind("\n", 0, m.span[0]) + 1
    end = text.find("\n", m.span[1])
    words = [w for w in text[start : end if end != -1 else len(text)].split() if w[:1].isalpha()]
    before = text[start : m.span[0]].rstrip()
    # first word of a line ("Blast kills 12 in market") or of a sentence: capitalised by position
    first = not before or before[-1] in ".!?"
    if not first and (len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words)):
        return False
    return re.search(r"\b" + re.escape(m.name.lower()) + r"\b", text) is not None


def _drop_overlaps(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Sorted by position; of two overlapping mentions the longer stays ("Nad Ali", not "Ali")."""
    out: list[PlaceMention] = []
    for m in sorted(mentions, key=lambda m: (m.span[0], -m.span[1])):
        if out and m.span[0] < out[-1].span[1]:
            if m.span[1] - m.span[0] > out[-1].span[1] - out[-1].span[0]:
                out[-1] = m
            continue
        out.append(m)
    return out


def _connector(doc: Any, j: int) -> int:
    """How many tokens from ``j`` join two capitalised words of one name: "-"
    ("Wadi-Halfa"), "of"/"de"/"al", or an ezafe ("-e", "-i-": "Sar-e Pol"); 0 if none."""
    n = len(doc)
    text = doc[j].text
    if text in ("-", "of", "de", "al") and j + 1 < n and _capitalised(doc[j + 1]):
        return 1
    if text == "-" and j + 2 < n and doc[j + 1].lower_ in EZAFE and doc[j + 1].is_lower:
        if _capitalised(doc[j + 2]):
            return 2
        if doc[j + 2].text == "-" and j + 3 < n and _capitalised(doc[j + 3]):
            return 3
    return 0


def _kind_before(doc: Any, i: int) -> str | None:
    """The kind "the village of", "the district of" gives the name at ``i``."""
    if i < 3 or doc[i - 1].lower_ != "of" or doc[i - 3].lower_ not in ("the", "a"):
        return None
    word = doc[i - 2]
    if not word.is_lower or word.lower_ not in ADMIN_WORDS or word.lower_.endswith("s"):
        return None
    kind = ADMIN_WORDS[word.lower_]
    return kind if kind in ("city", "admin2", "admin1") and word.lower_ not in ("area", "locality") else None


LOCATIVES = frozenset({"in", "near", "outside", "into", "around"})


def _after_locative(doc: Any, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the object of "in", "near", "outside" ... and not
    a possessor ("in Smith's view")?"""
    if start == 0 or doc[start - 1].lower_ not in LOCATIVES:
        return False
    return end >= len(doc) or doc[end].tag_ != "POS"


def _notable(entries: tuple[Entry, ...], population: int = NOTABLE_POPULATION) -> bool:
    return any(e.kind in NOTABLE_KINDS or e.population >= population or e.source == "user" for e in entries)


# words of a body named for the place at its head
_NAMED_FOR_PLACE = frozenset({
    "university", "college", "hospital", "clinic", "school", "council", "committee", "department", "police",
    "court", "municipality", "city", "province", "district", "county", "state", "regional", "airport", "port",
    "prison", "camp", "mosque", "church", "cathedral", "market", "station", "governorate", "administration",
})


def _heads_name(doc: Any, ent: tuple, end: int, text: str, entries: tuple[Entry, ...]) -> bool:
    """A place at the head of an organisation's name ("Torrington Fire
    Department", "Wad Madani Resistance Committee", "The Moscow Times": the
    geoparsing standards count these) by its own name or a spelling of it,
    or before a word of a body named for a place ("Haramaya University");
    not by another name GeoNames gives it ("Free" for the Free State)."""
    _, _, ee = ent
    if end < ee and doc[end].lower_ in _NAMED_FOR_PLACE:
        return True  # "Haramaya University", "Goma City Council": a body named for where it is
    key = normalize(text)
    return any(e.kind == "country" or fuzz.ratio(normalize(e.name), key) >= 80 for e in entries)


def _capitalised(token: Any) -> bool:
    """A capitalised word ("Aleppo") or a dotted abbreviation ("Kan.", "U.S.")."""
    text = token.text
    if len(text) < 2 or not text[:1].isupper():
        return False
    return token.is_alpha or (text[-1] == "." or "." in text[1:]) and text.replace(".", "").isalpha()


@Language.factory("claimledger_places")
def make_places(nlp: Language, name: str) -> "PlacesComponent":
    return PlacesComponent()


class PlacesComponent:
    """Find toponyms in a chunk; see the module docstring."""

    def __init__(self) -> None:
        self.gazetteer = get_gazetteer()

    def __call__(self, doc: Any) -> Any:
        n = len(doc)
        owner = [None] * n  # blocking entity (label, start, end) per token
        spans: list[tuple[int, int, str]] = []
        taken = [False] * n
        person_words: set[str] = set()
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                person_words.update(t.text for t in ent)
            if ent.label_ in NER_PLACE:
                # "Galhareeri, Galguduud" tagged as one span: a place and its admin unit
                start = ent.start
                for k in range(ent.start, ent.end + 1):
                    if k == ent.end or doc[k].text == ",":
                        if k > start:
                            spans.append((start, k, ent.label_))
                        start = k + 1
            if ent.label_ in NER_BLOCKING or ent.label_ in NER_PLACE:
                for i in range(ent.start, ent.end):
                    owner[i] = (ent.label_, ent.start, ent.end)
        mentions: list[PlaceMention] = []
        for start, end, label in spans:
            m = self._from_ner(doc, start, end, label)
            if m is not None:
                mentions.append(m)
            for i in range(start, end):
                taken[i] = True
            if m is not None:  # the mention may have grown ("Dawlat Abad district")
                i = end
                while i < len(doc) and doc[i].idx < m.span[1]:
                    taken[i] = True
                    i += 1
        mentions.extend(self._from_gazetteer(doc, owner, taken, person_words))
        mentions.extend(self._parenthetical(doc, mentions))
        mentions.extend(self._demonyms(doc))
        text = text_of(doc)
        mentions = [m for m in mentions if not self._names_something_else(text, m) and not _headline_word(text, m)]
        mentions = _drop_overlaps(self._datelines(text, mentions))
        self._link_context(text, mentions)
        self._mark_roles(doc, text, mentions)
        doc._.cl_places = mentions
        return doc

    def _datelines(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """The places of each wire dateline ("KHERSON, Ukraine, March 3 - ",
        "MOSCOW/KYIV - "), read from the dateline itself: the parse and the
        tagger read capitals poorly ("GAZA CITY - Officials" as one name,
        "DONETSK" not at all). A dateline names where the report was filed,
        a city ("WASHINGTON" is the capital, not the state), then its
        region or country."""
        for start in [0, *(m.end() for m in re.finditer(r"\n", text))]:
            end = dateline_end(text, start)
            if end == start or not text[start:start + 1].isupper():
                continue
            found = DATELINE_PLACES.match(text[start:end])
            if found is None:
                continue
            found_here: list[PlaceMention] = []
            offset = start
            for k, part in enumerate(found.group(1).split(",")):
                for name in part.split("/") if k == 0 else [part]:
                    s = offset + len(name) - len(name.lstrip())
                    offset += len(name) + 1
                    name = name.strip()
                    # (a dateline names a place: a spelling variant is worth a fuzzy look)
                    entries = (self.gazetteer.lookup(name) or self.gazetteer.fuzzy(name)) if name else ()
                    if not entries:
                        continue
                    country = any(e.kind == "country" and normalize(e.name) == normalize(name) for e in entries)
                    found_here.append(PlaceMention(
                        name=name, span=(s, s + len(name)), source="gazetteer", candidates=entries,
                        hint="city" if k == 0 and not country and any(e.kind == "city" for e in entries) else None,
                    ))
            if found_here:
                mentions = [m for m in mentions if m.span[1] <= start or m.span[0] >= end] + found_here
        return mentions

    @staticmethod
    def _mark_roles(doc: Any, text: str, mentions: list[PlaceMention]) -> None:
        """Mark a mention inside a wire dateline, a place a thing or body comes
        from ("US-made", "UK-based"), and a place name that is the subject of
        a verb of saying or judging ("Moscow rejected the figure", "Kyiv
        said"): the government speaking, not where anything happened."""
        for m in mentions:
            if m.span[1] <= words_after_dateline(text, m.span[0]):
                m.role = "dateline"
                continue
            if _MADE_IN.match(text, m.span[1]) or _ETHNIC.search(text, max(0, m.span[0] - 12), m.span[0]):
                # ("most of them ethnic Amhara": a people named for where it comes from)
                m.role = "origin"  # "a US-made guided bomb", "the UK-based monitor": where a thing or body comes from
                continue
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in _VOICE_VERBS:
                m.role = "actor"
            elif head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in _LAUNCHING and any(c.dep_ == "dobj" for c in head.head.children):
                m.role = "actor"  # "Russia had launched 16 drones at Ukraine": who launched, not where
            elif _ABBREVIATED.match(m.name) and head.dep_ in ("compound", "amod", "nmod") and _attacker_noun(head):
                m.role = "actor"  # "US air strikes on the port", "UK troops": whose strikes, not where
            elif head.dep_ == "poss" and _attacker_noun(head):
                m.role = "actor"  # "Russia's air strikes on Kharkiv", "Kyiv's militants": whose, not where
            elif head.dep_ == "poss" and _owned_body(head):
                # "as Russia's defence ministry claimed": whose body speaks, where
                # only when the claim names no other place ("Congo's government
                # declared an outbreak in the country's northwest": Congo)
                m.role = "owner"

    # -- mentions from NER --------------------------------------------------
    def _from_ner(self, doc: Any, start: int, end: int, label: str) -> PlaceMention | None:
        while start < end and (doc[start].lower_ in ("the", "a") or not doc[start].text.strip()):
            start += 1
        while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or not doc[end - 1].text.strip() or doc[end - 1].is_punct):
            if doc[end - 1].text == "." and end - start > 1 and "." in doc[end - 2].text:
                break  # "W.Va" "." is one abbreviation
            end -= 1
        if start >= end:
            return None
        while end < len(doc) and doc[end].text == "-" and (k := _connector(doc, end)) >= 2:
            end += k + 1  # "Mazar" tagged, "Mazar-e Sharif" meant
        while start >= 3 and doc[start - 1].lower_ in EZAFE and _connector(doc, start - 2) == 2 and _capitalised(doc[start - 3]):
            start -= 3  # "Pol" tagged, "Sar-e Pol" meant
        k = end
        while k < len(doc) and k - start < MAX_RUN and _capitalised(doc[k]):
            k += 1
        if k > end and k < len(doc) and doc[k].lower_ in ADMIN_WORDS and doc[k].is_lower:
            end = k  # "Dawlat" tagged, "Dawlat Abad district" meant
        text = doc[start:end].text
        if text in DEMONYMS or normalize(text) in _SKIP_KEYS or doc[start].text in DEMONYMS and end - start > 2:
            return None
        if doc[start].lower_.replace("’", "'") in _CLITICS:
            return None  # "wasn’t" tagged as a place: its "n’t" once matched ‘Anah, Iraq
        m = self._mention(doc, start, end, "ner")
        m.hint = m.hint or _kind_before(doc, start)  # "the province of Idlib"
        if not m.candidates and all(doc[i].tag_ in ("NN", "NNS") for i in range(start, end)):
            return None  # "Eyewitnesses said ..." tagged a place: a common noun the gazetteer does not know
        if not m.candidates and label in ("GPE", "LOC") and _capitalised(doc[start]) and not _water(doc, start, end):
            m.candidates = self.gazetteer.fuzzy(m.name)
        if not m.candidates and label == "FAC":
            return None
        return m

    # -- mentions from the gazetteer ------------------------------------------
    @staticmethod
    def _demonyms(doc: Any) -> list[PlaceMention]:
        """"Syrian", "Afghan": not places, but votes for the document's country
        focus. resolve_places counts and then drops them."""
        out = []
        for tok in doc:
            cc = DEMONYMS.get(tok.text) if tok.text[:1].isupper() else None
            if cc:
                out.append(PlaceMention(name=tok.text, span=(tok.idx, tok.idx + len(tok.text)), country=cc, source="demonym"))
        return out

    @staticmethod
    def _names_something_else(text: str, m: PlaceMention) -> bool:
        """"Reston ebolavirus", "West Nile virus": a place name naming a
        disease; "the call sign "Ratibor"", "nicknamed "Khartoum"": a
        person's or a unit's alias; "Iskander-M": a weapon's name
        (``data/weapon_names.txt``); "the tanker Sounion": a ship's name."""
        rest = text[m.span[1] : m.span[1] + 20].split()
        if rest and rest[0].lower().strip(".,;:") in NOT_BEFORE:
            return True
        if lexicon.weapon_name(text[m.span[0] : m.span[1]]) and rest and (text[m.span[1]] == "-" or rest[0].lower().strip(".,;:\"'”’") in _WEAPON_NOUNS):
            return True  # "two Iskander-M missiles", "Tomahawk missiles": a weapon named like a town
        if _SHIP_BEFORE.search(text, max(0, m.span[0] - 20), m.span[0]) is not None and text[m.span[0] - 1 : m.span[0]] in (" ", '"', "“", "‘", "'"):
            return True  # "the bulk carrier Eternity Sea": a ship
        if _BODY_BEFORE.search(text, max(0, m.span[0] - 20), m.span[0]) is not None:
            return True  # "the charity World Central Kitchen", "the monitor Airwars": a body's name
        return _ALIAS_BEFORE.search(text, max(0, m.span[0] - 40), m.span[0]) is not None

    def _from_gazetteer(self, doc: Any, owner: list, taken: list[bool], person_words: set[str]) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        n = len(doc)
        i = 0
        lookup = self.gazetteer.lookup
        while i < n:
            tok = doc[i]
            article = tok.text in ARTICLES and i + 1 < n and (_capitalised(doc[i + 1]) or _connector(doc, i + 1) == 1)
            if (
                taken[i] or not _capitalised(tok) or (tok.text in SKIP_WORDS and not article) or tok.text in DEMONYMS
                or (tok.is_stop and not tok.text.isupper())  # "But", "Since"; not "US"
                or (i > 0 and doc[i - 1].lower_ in TITLES)
            ):
                i += 1
                continue
            # the longest capitalised run from i that the gazetteer knows (hyphen/of inside allowed)
            j = i
            run_end = i
            words = 0
            while j < n and words < MAX_RUN and not taken[j]:
                if _capitalised(doc[j]):
                    j += 1
                    words += 1
                else:
                    k = _connector(doc, j) if j > i else 0
                    if not k or any(taken[j : j + k + 1]):
                        break
                    j += k
                run_end = j
            if run_end < n and doc[run_end].lower_ in ADMIN_WORDS and doc[run_end].is_lower and not self._inside_name(doc, owner, i, run_end):
                # "Dawlat Abad district": a place whether or not the gazetteer knows it
                out.append(self._mention(doc, i, run_end, "pattern"))
                i = run_end + 1
                continue
            kind = _kind_before(doc, i)
            if kind is not None and run_end > i and not self._inside_name(doc, owner, i, run_end):
                # "the village of Hroza", "the city of Kherson": a place of that kind
                m = self._mention(doc, i, run_end, "pattern")
                m.hint = m.hint or kind
                out.append(m)
                i = run_end
                continue
            plural = self._plural_admin_after(doc, run_end)
            if run_end > i and plural and not self._inside_name(doc, owner, i, run_end):
                # "Nad Ali and Nawa districts": the first is a district too
                m = self._mention(doc, i, run_end, "pattern")
                m.hint = m.hint or ADMIN_WORDS[plural]
                out.append(m)
                i = run_end
                continue
            found = None
            for end in range(run_end, i, -1):
                if not _capitalised(doc[end - 1]):
                    continue
                text = doc[i:end].text
                entries = lookup(text)
                if article:
                    # "Al Arish" is Arish; "Al Sadr" is a man, not Sadr City (another name of it)
                    entries = tuple(e for e in entries if normalize(e.name) == normalize(text)) if end > i + 1 else ()
                if not entries or text in person_words or normalize(text) in _SKIP_KEYS:
                    continue  # ("White House": a name of Casablanca in GeoNames)
                if end == i + 1 and text.lower() in event_lexicon().nonstate and not any(e.kind == "country" for e in entries):
                    continue  # "Fano fighters": an armed movement's name (Fano is also a town in Italy)
                if text.isupper() and not any(e.kind == "country" for e in entries):
                    continue  # acronyms: only country abbreviations ("US", "UAE")
                if end == i + 1 and end < run_end and doc[i].lower_ in _LANDFORMS:
                    continue  # "the River Calder": a river, not a town called "River"
                if end == i + 1 == run_end and doc[i].tag_ == "VB" and (doc[i].is_sent_start or (i > 0 and doc[i - 1].is_quote)):
                    continue  # "“Tell that to my flour stock.”": a verb opening a sentence, not Tell in Syria
                ent = owner[i]
                named = ent is not None and ent[0] in ("PERSON", "ORG") and not self._at_head(doc, ent, i, end)
                if ent is not None and ent[0] == "ORG" and not named and ent[2] > end and not _heads_name(doc, ent, end, text, entries):
                    continue  # "Free Syrian Army", "Cabo Ligado": a name, not a place at its head
                if named or (end < n and owner[end] is not None and owner[end][0] == "PERSON" and owner[end] != ent):
                    ok = _notable(entries, BIG_POPULATION)  # "Aleppo" tagged PERSON, not "Dunn"
                    # ... or a town right after "near", "in": "attacks near Avdiivka" tagged PERSON
                    ok = ok or (end == run_end and _after_locative(doc, i, end) and _notable(entries))
                else:
                    # "a market in Beryslav": a town too small to trust alone,
                    # but the whole name right after a preposition of place
                    ok = _notable(entries) or (end == run_end and _after_locative(doc, i, end))
                if ok:
                    found = (end, entries)
                    break
            if found is None:
                i += 1
                continue
            end, entries = found
            if self._inside_name(doc, owner, i, end):
                i = end
                continue
            if end < run_end and doc[run_end - 1].lower_ in ORG_HEADS and not any(e.kind == "country" for e in entries):
                i = run_end  # "Rapid Support Forces": a name the parser missed, headed by a group word
                continue
            m = self._mention(doc, i, end, "gazetteer")
            out.append(m)
            i = end
        return out

    @staticmethod
    def _plural_admin_after(doc: Any, k: int) -> str | None:
        """The plural admin word closing "and <Name> districts" right at ``k``, else None."""
        n = len(doc)
        if k >= n or doc[k].lower_ != "and":
            return None
        j = k + 1
        while j < n and j - k <= MAX_RUN and _capitalised(doc[j]):
            j += 1
        if j > k + 1 and j < n and doc[j].lower_ in PLURAL_ADMIN and doc[j].is_lower:
            return doc[j].lower_
        return None

    def _inside_name(self, doc: Any, owner: list, start: int, end: int) -> bool:
        """True when [start, end) sits inside a longer person/organisation name
        that has other capitalised words (not just "and", "the", commas)."""
        ent = owner[start]
        if ent is None or ent[0] in ("GPE", "LOC"):
            return False
        if self._at_head(doc, ent, start, end):
            return False
        _, es, ee = ent
        lookup = self.gazetteer.lookup
        for k in range(es, ee):
            if start <= k < end:
                continue
            t = doc[k]
            if _capitalised(t) and t.lower_ not in ("the", "and") and t.text not in DEMONYMS:
                if not (t.text not in SKIP_WORDS and _notable(lookup(t.text))):
                    return True
        return False

    @staticmethod
    def _at_head(doc: Any, ent: tuple, start: int, end: int) -> bool:
        """A place at the head of a longer name is still a toponym: an
        organisation's ("U.S. Centers for Disease Control", "The Torrington Fire
        Department"), or any name when an admin word or a title follows the place
        ("Laurel County Clerk Dean Johnson", "Dublin Mayor ..."). resolve_places
        keeps such places out of a claim when they are inside its claimant's name."""
        label, es, ee = ent
        while es < ee and doc[es].lower_ == "the":
            es += 1
        if start != es or ee - end > ORG_TAIL:
            return False
        if label in ("ORG", "FAC"):
            return True
        return doc[end - 1].lower_ in ADMIN_WORDS or (end < len(doc) and doc[end].lower_ in TITLES)

    # -- shared ---------------------------------------------------------------
    def _mention(self, doc: Any, start: int, end: int, source: str) -> PlaceMention:
        lookup = self.gazetteer.lookup
        qualifier = None
        hint = None
        first = doc[start].lower_
        if end - start > 1 and first in QUALIFIERS:
            # "East Aleppo": keep the full name if it is itself a place ("West Bank")
            if not lookup(doc[start:end].text):
                qualifier = first
        elif start > 0 and doc[start - 1].lower_ in QUALIFIERS and doc[start - 1].is_lower:
            qualifier = doc[start - 1].lower_
            start -= 1
        name_start = start + (1 if qualifier and doc[start].lower_ == qualifier else 0)
        name_end = end
        last = doc[end - 1].lower_
        full = lookup(doc[name_start:end].text) if end - name_start > 1 and last in ADMIN_WORDS else ()
        if full:  # "Kansas City", "Henry County": the whole name is known
            hint = ADMIN_WORDS[last]
            return PlaceMention(
                name=doc[name_start:end].text, span=(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
                qualifier=qualifier, source=source, hint=hint if hint != "city" else None, candidates=full,
            )
        if end - name_start > 1 and last in ADMIN_WORDS:
            hint = ADMIN_WORDS[last]
            name_end = end - 1
        elif end < len(doc) and doc[end].lower_ in ADMIN_WORDS and doc[end].is_lower:
            hint = ADMIN_WORDS[doc[end].lower_]
            end += 1
        name = doc[name_start:name_end].text
        candidates = lookup(name)
        if not candidates and hint is not None:
            candidates = lookup(doc[name_start:end].text)
        water = _water(doc, name_start, name_end)
        if water:
            candidates = ()  # "in the Red Sea": the sea, not Sudan's Red Sea state
        span = doc[start:end]
        return PlaceMention(
            name=name,
            span=(span.start_char, span.end_char),
            qualifier=qualifier,
            source=source,
            hint=hint,
            group=end < len(doc) and doc[end].is_lower and doc[end].lower_ in GROUP_WORDS,
            candidates=candidates,
            water=water,
        )

    @staticmethod
    def _link_context(text: str, mentions: list[PlaceMention]) -> None:
        """"X, Y": Y is X's admin context when the text between is just a comma
        (or "in"/"of"), e.g. "Nahri Shahi district, Balkh". In "X (Z) district, Y"
        both X and Z are inside Y."""
        places = [m for m in mentions if m.source != "demonym"]
        for a, b in zip(places, places[1:]):
            between = _PAREN_TAIL.sub("", text[a.span[1] : b.span[0]].strip().lower())
            if between in (",", "in", ", in", "of", "province of", "in the province of"):
                a.within = b.name
                a.within_in = "in" in between.split()
                b.is_context = True
        for a, b in zip(places, places[1:]):
            if text[a.span[1] : b.span[0]].strip() == "(" and b.within and not a.within:
                a.within = b.within
        # "the Lwibo and Lukweti areas of Masisi": a plural admin word shares its context
        for a, b in reversed(list(zip(places, places[1:]))):
            if (
                not a.within and b.within and text[a.span[1] : b.span[0]].strip().lower() in ("and", ",", ", and")
                and text[b.span[0] : b.span[1]].split()[-1].lower() in PLURAL_ADMIN
            ):
                a.within = b.within

    def _parenthetical(self, doc: Any, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """"Shinwar (Ghani Khel) district": the district and the place in brackets
        (often its centre) are both places, whether or not the gazetteer knows them."""
        out: list[PlaceMention] = []
        n = len(doc)
        covered = {(m.span[0], m.span[1]) for m in mentions}
        starts = {m.span[0]: m for m in mentions}
        for i, tok in enumerate(doc):
            if tok.text != "(" or i == 0 or not _capitalised(doc[i - 1]):
                continue
            j = i + 1
            while j < n and j - i <= MAX_RUN and (_capitalised(doc[j]) or doc[j].text == "-"):
                j += 1
            if j == i + 1 or j + 1 >= n or doc[j].text != ")" or doc[j + 1].lower_ not in ADMIN_WORDS:
                continue
            k = i - 1
            while k > 0 and i - k < MAX_RUN and _capitalised(doc[k - 1]):
                k -= 1
            outer = (doc[k].idx, doc[i - 1].idx + len(doc[i - 1].text))
            hint = ADMIN_WORDS[doc[j + 1].lower_]
            existing = starts.get(outer[0]) or next((m for m in mentions if m.span[0] <= outer[0] < m.span[1]), None)
            if existing is None:
                m = self._mention(doc, k, i, "pattern")
                m.hint = hint
                out.append(m)
            elif existing.hint is None:
                existing.hint = hint
            inner = (doc[i + 1].idx, doc[j - 1].idx + len(doc[j - 1].text))
            if inner not in covered and not any(m.span[0] <= inner[0] < m.span[1] for m in mentions):
                out.append(self._mention(doc, i + 1, j, "pattern"))
        return out
