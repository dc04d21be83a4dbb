"""ACLED event type and sub-event type from cue words: plain Python, no spaCy.

:func:`classify` takes the words of one claim (lowercased text and lemma of each
token, with character offsets) and the categories and texts of the figures in
it, finds which cue groups of ``data/event_cues.json`` occur, and decides with
a short, ordered list of rules (most specific first: protests, then weapons,
then sexual violence and abduction, arrests, agreements and other strategic
developments, territory, then armed clashes against violence against
civilians, told apart by who was hit).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Iterable

from claimledger.nlp.lexicon import movement_name
from claimledger.nlp.lexicon import words as lexicon_words

# proper fighting words: an exchange between armed sides whoever got hurt
FIGHT_WORDS = frozenset({
    "clash", "clashes", "clashed", "fight", "fighting", "fought", "gunfight", "firefight",
    "fire fight", "exchange of fire", "exchanged fire", "battle", "battled", "skirmish",
    "skirmishes", "engage", "engaged", "engagement", "repulse", "repulsed", "repel", "repelled",
    "offensive", "counterattack", "counter-attack", "gun battle", "crossfire", "combat",
    "shootout", "shoot-out", "confrontation", "operation", "operations", "mutiny",
})
# fighting words that also fit a street brawl (riots when no armed group is named)
BRAWL_WORDS = frozenset({"clash", "clashes", "clashed", "confrontation", "skirmish", "skirmishes", "scuffle", "scuffles", "brawl"})
# armed men described by the war they are in ("soldiers fighting in Tigray")
_SIDE_FIGHTING = re.compile(r"\b(?:soldiers|troops|forces|fighters|militias?|militiamen|rebels|units)\s+fighting\s+(?:in|for|alongside|with|on|under)\b")
# civilian words that name where people live, not people ("homes were burned")
_DWELLINGS = frozenset({"home", "homes", "house", "houses", "household", "village"})
# fire on unarmed people ("opened fire on a crowd waiting for food", "shot at residents")
_FIRED_ON_PEOPLE = re.compile(
    r"\b(?:opened\s+fire|fired|fires|firing|shot|shooting|shoot)\s+(?:live\s+(?:rounds|ammunition|bullets)\s+)?(?:on|at|into|upon)\s+"
    r"(?:(?:a|the|unarmed|dozens\s+of|hundreds\s+of|scores\s+of)\s+)*(?:[\w-]+\s+)?"
    r"(?:crowds?|civilians|residents|people|villagers|worshippers|mourners|shoppers|passengers|families|children|women|men|protesters|demonstrators)\b"
)
# damage a crowd does (a crowd that beats or attacks people is violence against them)
DAMAGE_WORDS = frozenset({"stone", "stones", "throw stones", "threw stones", "pelted", "burn", "burned", "burnt", "set ablaze", "set fire", "torch", "torched", "loot", "looted", "looting", "vandalise", "vandalize", "vandalised", "vandalized", "barricade", "burning tyres", "burning tires", "destroyed", "damaged"})
# words that tell a protest is what happened, not that protesters were hit
PROTEST_EVENT_WORDS = frozenset({
    "protest", "demonstrate", "demonstration", "rally", "march", "marched", "picket",
    "sit-in", "on strike", "went on strike", "go on strike", "strike over", "downed tools",
    "boycott", "petition", "vigil", "strikers", "striking workers",
})


@dataclass
class Word:
    lower: str
    lemma: str
    start: int  # character offset


@dataclass
class EventGuess:
    type: str
    sub_type: str | None
    target: str | None
    trigger: int  # character offset of the cue that decided it


class _Lexicon:
    def __init__(self) -> None:
        raw = json.loads(resources.files("claimledger.nlp").joinpath("data/event_cues.json").read_text("utf-8"))
        self.word_groups: dict[str, set[str]] = {}
        self.phrase_res: dict[str, re.Pattern[str]] = {}
        for group, entries in raw["groups"].items():
            regexes = [e[3:] for e in entries if e.startswith("re:")]
            entries = [e for e in entries if not e.startswith("re:")]
            single = [e.lower() for e in entries if " " not in e]
            multi = [e.lower() for e in entries if " " in e or "-" in e]
            for w in single:
                self.word_groups.setdefault(w, set()).add(group)
            if multi or regexes:
                alts = "|".join(sorted((re.escape(m) for m in multi), key=len, reverse=True))
                alts = "|".join(x for x in [alts, *regexes] if x)
                self.phrase_res[group] = re.compile(rf"\b(?:{alts})\b")
        # one search says whether any group's phrase occurs at all (few claims have one)
        self.any_phrase = re.compile("|".join(f"(?:{rx.pattern})" for rx in self.phrase_res.values())) if self.phrase_res else None
        self.armed = frozenset(x.lower() for x in raw["armed_nouns"])
        self.civilian = frozenset(x.lower() for x in raw["civilian_nouns"])
        self.state = frozenset(x.lower() for x in raw["state_forces"] if " " not in x)
        self.state_phrases = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in raw["state_forces"] if " " in x) + r")\b")
        self.nonstate = frozenset(x.lower() for x in raw["nonstate_overtake"] if " " not in x)
        self.nonstate_phrases = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in raw["nonstate_overtake"] if " " in x) + r")\b")
        self.crowd = frozenset(x.lower() for x in raw["crowd_nouns"])
        self.military_targets = frozenset(x.lower() for x in raw["military_targets"])
        self.communal = frozenset(x.lower() for x in raw["communal_nouns"])
        self.organised = frozenset(x.lower() for x in raw["organised_armed"])
        self.civilian_targets = frozenset(raw["civilian_targets"])
        hazards = sorted((re.escape(x.lower()) for x in raw["natural_hazards"]), key=len, reverse=True)
        self.hazards = re.compile(r"\b(?:" + "|".join(hazards) + r")\b")
        self.disaster = frozenset(x.lower() for x in raw["disaster_words"])
        self.targets: list[tuple[str, re.Pattern[str]]] = []
        for name, entries in raw["targets"].items():
            alts = "|".join(sorted((re.escape(e.lower()) for e in entries), key=len, reverse=True))
            self.targets.append((name, re.compile(rf"\b(?:{alts})\b")))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    return _Lexicon()


# words before "mine" that make it a place of digging ("a gold mine")
MINED_THINGS = lexicon_words("mined_things")


# words whose lemma is another word's ("according" to "accord", an agreement)
_NOT_BY_LEMMA = frozenset({"according"})


def cue_hits(words: Iterable[Word], text: str, offset: int = 0) -> dict[str, tuple[int, str]]:
    """First occurrence of each cue group: group -> (character offset, cue)."""
    lx = lexicon()
    hits: dict[str, tuple[int, str]] = {}
    before = ""
    for w in words:
        dug = w.lemma == "mine" and before in MINED_THINGS  # "a gold mine": dug, not laid
        before = w.lower
        if dug:
            continue
        for key in ((w.lower,) if w.lower in _NOT_BY_LEMMA else (w.lower, w.lemma)):
            for g in lx.word_groups.get(key, ()):
                if g not in hits:
                    hits[g] = (w.start, key)
    low = text.lower()
    if lx.any_phrase is None or not lx.any_phrase.search(low):
        return hits
    for g, rx in lx.phrase_res.items():
        m = rx.search(low)
        if m and (g not in hits or offset + m.start() < hits[g][0]):
            hits[g] = (offset + m.start(), m.group(0))
    return hits


def _words_in(texts: Iterable[str], vocab: frozenset[str]) -> bool:
    """Does any word of ``texts`` (or its singular) belong to ``vocab``?"""
    for text in texts:
        for t in re.findall(r"[a-z][a-z-]*", text.lower()):
            if t in vocab or (t.endswith("s") and t[:-1] in vocab):
                return True
    return False


def find_target(text: str, after: int = 0) -> str | None:
    """The named target of an attack (hospital, school, market, residential
    area, convoy, humanitarian corridor, protesters, ...), first after the cue."""
    low = text.lower()
    best: tuple[int, str] | None = None
    for name, rx in lexicon().targets:
        # first after the cue, else first before it (lazily: most texts stop at the first match)
        for m in chain(rx.finditer(low, after), (x for x in rx.finditer(low) if x.start() < after)):
            if name == "hospital" and any(c.start() <= m.start() < c.end() for c in _CARE.finditer(low, max(0, m.start() - 40), min(len(low), m.end() + 30))):
                continue  # "taken to hospital", "hospitals were overwhelmed": where the wounded went, not a target
            if _WEAPON_AFTER.match(low, m.end()):
                continue  # "a car bomb", "a truck bomb", "vehicle-borne": the weapon, not the target
            if _NEAR.search(low, max(0, m.start() - 40), m.start()):
                continue  # "hit an office building two kilometres from the hospital": a landmark, not the target
            pos = m.start() if m.start() >= after else m.start() + len(low)
            if best is None or pos < best[0]:
                best = (pos, name)
            break
    return best[1] if best else None


_WEAPON_AFTER = re.compile(r"[\s-]*(?:bombs?|borne|bombers?)\b")


# a place named as a landmark some distance from what was hit ("an office
# building two kilometres from the hospital"), right before the target word
# (not "landed near the market": the market's crowd is what was hit)
_NEAR = re.compile(
    r"\b(?:kilometres?|kilometers?|km|metres?|meters?|miles?|yards?)\s+(?:away\s+)?from"
    r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$"
)


# a hospital as where the wounded are cared for ("were taken to hospital",
# "treated at a clinic", "hospitals are overwhelmed"), not what was attacked
_CARE = re.compile(
    r"\b(?:taken|rushed|brought|admitted|transferred|evacuated|transported|airlifted|sent)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?)\b"
    r"|\btreated\s+(?:at|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?)\b"
    r"|\b(?:hospitals?|clinics?)(?:\s+in\s+the\s+area)?\s+(?:were|was|are|is)\s+(?:overwhelmed|overcrowded|full|struggling)\b"
    # "its hospital in El Fasher received 62 wounded patients": where the wounded were brought
    r"|\b(?:hospitals?|clinics?)(?:\s+(?:in|at|near)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:has\s+|have\s+|had\s+)?(?:received|admitted|treated|took\s+in|receives|admits|treats)\b"
)


# "Rapid Support Forces", "Syrian Democratic Forces": a group that names itself
# forces is not the state's, unless its name says so ("Sudanese Armed Forces",
# "Israel Defense Forces"); one capitalised word before "Forces" is a side's
# adjective in a headline ("Russian Forces Shell Kharkiv")
_NAMED_FORCES = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){2,4})Forces\b")
_STATE_NAME_WORDS = frozenset({
    "armed", "defense", "defence", "security", "special", "government", "regime", "police", "border",
    "naval", "air", "ground", "land", "military", "army", "federal", "national", "state", "coalition",
})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _named_groups(words: list[Word], text: str, offset: int) -> list[Word]:
    """``words`` with the "forces" of a non-state group's name read as a militia's."""
    spans = []
    for m in _NAMED_FORCES.finditer(text):
        names = [w.lower() for w in m.group(1).split() if w.lower() not in _DETERMINERS]
        if len(names) >= 2 and not _STATE_NAME_WORDS.intersection(names):
            spans.append(m.end() - len("Forces") + offset)
    if not spans:
        return words
    return [Word("militia", "militia", w.start) if w.lower == "forces" and w.start in spans else w for w in words]


def _fighting(tokens: set[str], low: str) -> bool:
    """Do the words tell of fighting? Not armed men described by the war they
    are in: "Eritrean soldiers fighting in Tigray killed hundreds of
    civilians" is who they are, not a battle."""
    if _SIDE_FIGHTING.search(low):
        tokens = tokens - {"fighting", "fight"}
        low = _SIDE_FIGHTING.sub("", low)
    return bool(tokens & FIGHT_WORDS) or any(p in low for p in FIGHT_WORDS if " " in p)


_OWN = frozenset({"its", "their", "our"})


def _speaker_side(speaker: str, lx: _Lexicon) -> str | None:
    """The side a speaker's own words name ("the army": state; "the rebels":
    non-state; "the Arakan Army": a movement's name, non-state)."""
    if _movement_name(speaker):
        return "nonstate"
    # the name first, then its apposition ("X, an ethnic armed group fighting Myanmar's military")
    for part in (re.split(r"\s*[,(]", speaker, maxsplit=1)[0], speaker):
        side = _side_before([Word(w, w, -1) for w in part.lower().split()], 0, lx)
        if side is not None:
            return side
    return None


def _movement_name(speaker: str) -> bool:
    """A proper name ending in "Army" or "Forces" that no country or nation
    opens ("Arakan Army", "National Liberation Army", "Rapid Support
    Forces"; not "Mali Army", "Sudanese Armed Forces")."""
    name = re.split(r"\s*[,(]", speaker, maxsplit=1)[0]  # ("The Arakan Army (AA), an ethnic armed group ...")
    words = [w for w in re.findall(r"[\w'’-]+", name) if w.lower() not in ("the", "a", "an")]
    if len(words) < 2 or words[-1] not in ("Army", "Forces") or words[0].lower() in ("armed", "defence", "defense", "national"):
        return False
    return movement_name(words)


# words that make "forces" or "army" a movement's, not the state's
_NONSTATE_QUALIFIERS = frozenset({
    "resistance", "rebel", "opposition", "insurgent", "militia", "liberation", "revolutionary", "separatist",
    "anti-government", "anti-junta", "guerrilla", "guerilla", "jihadist", "islamist",
})


def _side_before(words: list[Word], pos: int, lx: _Lexicon, speaker: str | None = None) -> str | None:
    """Who does the taking: the last state or non-state word before the cue
    (a speaker's own "its forces", "our fighters" are the speaker's side)."""
    before = [w for w in words if w.start < pos]
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if w.lower in lx.state or w.lemma in lx.state or w.lower in ("army", "government", "forces"):
            if k > 0 and before[k - 1].lower in _NONSTATE_QUALIFIERS:
                return "nonstate"  # "resistance forces", "rebel army", "opposition forces"
            if speaker and k > 0 and before[k - 1].lower in _OWN:
                # "The RSF said its forces had taken the town": the RSF's forces
                own = _speaker_side(speaker, lx)
                if own is not None:
                    return own
            return "state"
        if w.lower in lx.nonstate or w.lemma in lx.nonstate:
            return "nonstate"
    return None


# the verb "to bomb" ("the jets bombed the town", "the hospital was bombed") is
# an attack with bombs dropped from the air; a bomb that was planted, placed in
# a car or by a road, or that went off, is an explosive device
_DEVICE = re.compile(
    r"\b(?:ieds?|vbieds?|roadside|road-side|car[- ]bombs?|magnetic|sticky|mines?|landmines?|explosives?|"
    r"device|planted|placed|improvised|detonat\w*|blasts?|explo\w*|booby|suicide|defus\w*|went off|go off)\b"
)


# "accuses the army of bombing residential areas": "bombing" as a verb with
# its object (not "the bombing of", "a car bombing", "bombing raids")
_BOMBING_SOMETHING = re.compile(r"\b(?:of|by|from|for|after|before|began|begun|started|continued|kept|stop|stopped|were|was|is|are|been|be)\s+bombing\s+(?:the|a|an|its|their|his|her|our|residential|civilian|populated|densely|homes|houses|hospitals|schools|villages|towns|cities)\b")


def _bombed_from_air(tokens: set[str], low: str) -> bool:
    """Does a claim use "bomb" as a verb of attack with no sign of a device?"""
    if "bombed" not in tokens and not re.search(r"\b(?:bomb|bombs)\s+(?:the\s+)?[a-z]", low) and not _BOMBING_SOMETHING.search(low):
        return False
    if "bombed" not in tokens and (
        re.search(r"\b(?:a|an|the|one|two|three|\d+)\s+bombs?\b", low)
        or re.search(r"\bbombs?['’\"”]?\s+(?:attacks?|threats?|scares?|squads?|disposal|mak\w+|factor\w+|vests?|belts?|shelters?)\b", low)
    ):
        return False  # "a bomb", "two bombs", "bomb attack": the noun
    return not _DEVICE.search(low)


_BARE_STRIKES = ("a strike", "the strike")
# who goes on strike: with one of these near it, "the strike" is a stoppage of work
_LABOUR = re.compile(r"\b(?:workers?|unions?|teachers?|doctors?|nurses?|employees?|staff|wages?|salar(?:y|ies)|pay|traders?|drivers?|students?|lecturers?|miners?|dockers?)\b")


BARE_STRIKE = re.compile(r"\b(?:a|the) strike\b", re.I)


def strike_sense(words: list[Word], text: str) -> str | None:
    """The weapon a document's own words name for a strike ("air" for an
    airstrike or a drone, "shelling" for shells, rockets, missiles), whichever
    it names first, or None: the sense a bare "the strike" later in it has."""
    low = text.lower()
    lx = lexicon()
    found = []
    for g in ("air", "shelling"):
        # (a shelling phrase about "the strike" itself, "killed in a strike on ...", names no weapon)
        m = next((x for x in lx.phrase_res[g].finditer(low) if g == "air" or "strike" not in x.group(0)), None) if g in lx.phrase_res else None
        at = [m.start()] if m else []
        at += [w.start for w in words if g in lx.word_groups.get(w.lower, ()) or g in lx.word_groups.get(w.lemma, ())][:1]
        if at:
            found.append((min(at), g))
    if not found and _DEADLY_STRIKE.search(low):
        # "a strike on a camp near Rafah that officials said killed 45 people":
        # no weapon named, but a strike that kills is no stoppage of work
        # (a weapon's strike, of no known kind: as "the strike hit the market")
        return "shelling"
    return min(found)[1] if found else None


def natural_hazard(text: str) -> bool:
    """Does the text name a natural hazard ("floods", "the earthquake")?
    A cheap test before ``hazard_only``."""
    return lexicon().hazards.search(text.lower()) is not None


def hazard_only(words: Iterable[Word], text: str) -> bool:
    """Is the text a report of a natural hazard with no word of fighting,
    protest, arrest or armed men in it: every event cue it has is one a
    disaster report uses too ("died", "injured", "destroyed", "evacuated")?
    ACLED codes political violence and protest, not floods or earthquakes:
    such a report's dead, damage and evacuations are no ACLED event."""
    lx = lexicon()
    low = text.lower()
    if lx.hazards.search(low) is None:
        return False
    for w in words:
        for key in ((w.lower,) if w.lower in _NOT_BY_LEMMA else (w.lower, w.lemma)):
            if key in lx.organised or (key in lx.word_groups and key not in lx.disaster):
                return False  # "militants", "shelling", "protesters", "arrested"
    if lx.any_phrase is not None and lx.any_phrase.search(low):
        for rx in lx.phrase_res.values():
            if any(m.group(0) not in lx.disaster for m in rx.finditer(low)):
                return False  # "came under fire", "opened fire"
    return True


_DEADLY_STRIKE = re.compile(
    r"\b(?:an?|the|that|this)\s+(?:[a-z-]+\s+)?strikes?\b[^.;\n]{0,120}?\b(?:killed|killing|kills|wounded|wounding|injured|injuring|targeted|destroyed)\b"
)


def _only_bare_strike(words: list[Word], text: str, hit: tuple[int, str]) -> bool:
    """Is "a/the strike" the only protest word of the claim?"""
    if hit[1] not in _BARE_STRIKES:
        return False
    lx = lexicon()
    if any("protest" in lx.word_groups.get(k, ()) for w in words for k in (w.lower, w.lemma)):
        return False
    rest = BARE_STRIKE.sub(" ", text.lower())
    return lx.phrase_res["protest"].search(rest) is None


# a death with a cause no one inflicted: "died of cholera", "died because fuel shortages shut the clinic"
_NATURAL_CAUSE = re.compile(
    r"\b(?:die[sd]?|dying|deaths?|dead)\b[^.;:]{0,60}?\b(?:of|from|because(?: of)?|due to|amid|caused by|for lack of)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:hunger|starvation|malnutrition|famine|thirst|dehydration|cholera|disease|diseases|illness|measles|malaria|"
    r"covid(?:-19)?|cold|exposure|heat|heatstroke|shortages?|lack|drowning|floods?|flooding|earthquake|accident|natural causes)\b"
)
_DEATH_WORDS = frozenset({"die", "died", "dies", "dying", "death", "deaths", "dead"})


def _natural_deaths(h: dict[str, tuple[int, str]], text: str) -> bool:
    """Deaths the text puts down to hunger, disease, cold or shortages, with
    no word of violence but the death itself: no ACLED event."""
    if set(h) - {"violence", "lethal", "other_strategic"}:
        return False
    if any(h[g][1] not in _DEATH_WORDS for g in ("violence", "lethal") if g in h):
        return False
    return _NATURAL_CAUSE.search(text.lower()) is not None


# an armed side that lost people: "the rebels had withdrawn and lost three
# men", "the army said it lost four soldiers" (its own dead, not civilians)
_SIDE_LOST = re.compile(
    r"\b(?:rebels?|militants?|fighters|militias?|militiamen|insurgents?|jihadists?|gunmen|army|military|troops|soldiers|forces|police)\b"
    r"[^.;:]{0,60}?\b(?:lost|losing)\s+(?:only\s+|just\s+|at\s+least\s+|about\s+|some\s+|nearly\s+)?"
    r"(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+dozen\b|dozens\b)"
)


def classify(
    words: list[Word], text: str, offset: int = 0, figures: Iterable[tuple[str, str]] = (), speaker: str | None = None,
    strike: str | None = None,
) -> EventGuess | None:
    """The ACLED event a claim reports, or None when it reports none.

    ``words``: the claim's tokens; ``text``: its text starting at ``offset``;
    ``figures``: (category, text) of the figures inside it; ``speaker``: who
    said it, for "the army said it had retaken the town" (who took it);
    ``strike``: what a strike is in this document (``strike_sense``): in a
    report of shelling, "an investigation into the strike" is about the
    shelling, not a stoppage of work."""
    lx = lexicon()
    h = cue_hits(words, text, offset)
    if not h:
        return None
    if _natural_deaths(h, text):
        return None
    if strike and "protest" in h and strike not in h and _only_bare_strike(words, text, h["protest"]) and not _LABOUR.search(text.lower()):
        h[strike] = h.pop("protest")
    if strike == "air" and "air" not in h and "shelling" in h and "strike" in h["shelling"][1]:
        h["air"] = h.pop("shelling")  # "killed in a strike on the camp", in a report of airstrikes
    figures = list(figures)
    words = _named_groups(words, text, offset)
    tokens = {w.lower for w in words} | {w.lemma for w in words}
    low = text.lower()
    victims = [t for c, t in figures if c in ("killed", "injured")]
    lethal_fig = any(c == "killed" for c, _ in figures)
    hurt_fig = bool(victims)
    # "the rebels ... lost only three men": the dead are the side's own fighters
    armed_victim = _words_in(victims, lx.armed) or bool(victims and _SIDE_LOST.search(low))
    civ_victim = _words_in(victims, lx.civilian) and not armed_victim
    state_present = bool(tokens & lx.state) or bool(lx.state_phrases.search(low))
    # security forces or their posts, checkpoints, convoys: the other side of a battle
    security_side = state_present or bool(tokens & lx.military_targets) or "check point" in low
    armed_present = bool(tokens & lx.armed)
    nonstate_present = bool(tokens & lx.nonstate) or bool(lx.nonstate_phrases.search(low))
    civ_present = bool(tokens & lx.civilian)
    fighting = _fighting(tokens, low)
    organised = bool(tokens & lx.organised) or bool(tokens & lx.communal)
    crowd = bool(tokens & lx.crowd) or civ_present
    # people who could riot (not "homes were burned": the homes are what burned)
    people = bool(tokens & lx.crowd) or bool((tokens & lx.civilian) - _DWELLINGS)
    violent = "violence" in h or "clash" in h or hurt_fig
    explosive = next((g for g in ("chemical", "suicide", "air", "shelling", "grenade", "ied") if g in h), None)
    if explosive == "ied" and _bombed_from_air(tokens, low):
        explosive = "air"

    def out(t: str, s: str | None, group: str | None) -> EventGuess:
        trig = h[group][0] if group and group in h else min(p for p, _ in h.values())
        target = None if t == "Strategic developments" and s != "Looting/property destruction" else find_target(text, max(0, trig - offset))
        if t == "Protests" and target == "protesters":
            target = None
        return EventGuess(t, s, target, trig)

    # 1. protests and riots: the protest itself is what happened
    protest_event = "protest" in h and (bool(tokens & PROTEST_EVENT_WORDS) or any(p in low for p in PROTEST_EVENT_WORDS if " " in p))
    if "protest" in h and not explosive:
        lethal = "lethal" in h or lethal_fig
        if lethal and not state_present and nonstate_present:
            return out("Violence against civilians", "Attack", "violence" if "violence" in h else "protest")
        if lethal and state_present:
            return out("Protests", "Excessive force against protesters", "protest")
        if protest_event or not violent:
            if "mob" in h:
                return out("Riots", "Mob violence", "mob")
            if ("riot_violence" in h or "riot_core" in h) and "intervention" not in h:
                return out("Riots", "Violent demonstration", "riot_violence")
            if "intervention" in h or ("riot_violence" in h and state_present):
                return out("Protests", "Protest with intervention", "intervention" if "intervention" in h else "protest")
            return out("Protests", "Peaceful protest", "protest")
    if "mob" in h and violent:
        return out("Riots", "Mob violence", "mob")
    if "riot_violence" in h and people and not organised and not explosive and not state_present and "riot_core" not in h and h["riot_violence"][1] in DAMAGE_WORDS:
        # "supporters burnt the party offices", "angry depositors stoned the bank"
        return out("Riots", "Mob violence" if "mob" in h else "Violent demonstration", "riot_violence")
    # (not "troops went on a rampage, shooting unarmed men": armed men attacking people)
    if "riot_core" in h and not explosive and not (fighting and organised and not crowd) and not (
        h["riot_core"][1] in ("rampage", "on the rampage") and (state_present or armed_present) and "violence" in h and not tokens & lx.crowd):
        return out("Riots", "Mob violence" if "mob" in h else "Violent demonstration", "riot_core")
    # 2. weapons: chemical, suicide, air, shelling, grenade, explosive device
    if explosive:
        defused = "disrupted" in h and not hurt_fig and "violence" not in h
        if defused:
            return out("Strategic developments", "Disrupted weapons use", "disrupted")
        sub = {
            "chemical": "Chemical weapon", "suicide": "Suicide bomb", "air": "Air/drone strike",
            "shelling": "Shelling/artillery/missile attack", "grenade": "Grenade",
            "ied": "Remote explosive/landmine/IED",
        }[explosive]
        # an "air"/"shelling" word that is only an aside to a ground attack stays a battle
        if not (explosive in ("ied",) and h["ied"][1] in ("planted", "improvised", "explosive") and "bomb" not in low and "mine" not in low and "ied" not in tokens):
            return out("Explosions/Remote violence", sub, explosive)
    # 3. state forces retaking ground ("dislodge X from Y, rescuing 16 hostages")
    if "regain" in h and state_present and not explosive:
        return out("Battles", "Government regains territory", "regain")
    # 4. sexual violence, abduction
    if "sexual" in h:
        return out("Violence against civilians", "Sexual violence", "sexual")
    if "abduction" in h and not ("arrest" in h and state_present):
        return out("Violence against civilians", "Abduction/forced disappearance", "abduction")
    # 5. strategic developments that involve no violence
    violence_at = min((h[g][0] for g in ("violence", "clash") if g in h), default=None)
    if "arrest" in h and not hurt_fig and not fighting and (violence_at is None or h["arrest"][0] < violence_at) and h["arrest"][1] not in ("raid", "raided"):
        return out("Strategic developments", "Arrests", "arrest")
    if not violent or not (hurt_fig or "violence" in h or fighting):
        if "arrest" in h and h["arrest"][1] not in ("raid", "raided"):
            return out("Strategic developments", "Arrests", "arrest")
        if "disrupted" in h:
            return out("Strategic developments", "Disrupted weapons use", "disrupted")
        if "change_group" in h and h["change_group"][1] != "announced":
            return out("Strategic developments", "Change to group/activity", "change_group")
        if "agreement" in h:
            return out("Strategic developments", "Agreement", "agreement")
        if "transfer" in h and not fighting:
            return out("Strategic developments", "Non-violent transfer of territory", "transfer")
        if "base" in h:
            return out("Strategic developments", "Headquarters or base established", "base")
        if "looting" in h:
            return out("Strategic developments", "Looting/property destruction", "looting")
        if "arrest" in h:
            return out("Strategic developments", "Arrests", "arrest")
    # 6. territory
    lead = next((w.lower for w in words if w.lower not in ("that", ",", "the", "its", "their", "our")), "")
    if "regain" in h and (state_present or not nonstate_present):
        # ("the RSF said it had “liberated” the camp": a movement's own retaking)
        side = _side_before(words, h["regain"][0], lx, speaker)
        if side is None and speaker and lead in ("it", "they", "we") and _speaker_side(speaker, lx) == "nonstate":
            return out("Battles", "Non-state actor overtakes territory", "regain")
        return out("Battles", "Government regains territory", "regain")
    if "overtake" in h:
        side = _side_before(words, h["overtake"][0], lx, speaker)
        if side is None and speaker and lead in ("it", "they", "we", "capture", "seizure", "takeover"):
            # "the army said it had taken the town", "the rebels claimed the
            # capture of two villages": the speaker did the taking
            side = _speaker_side(speaker, lx)
        if side == "state" or (side is None and state_present and not nonstate_present):
            return out("Battles", "Government regains territory", "overtake")
        if side == "nonstate" or (side is None and nonstate_present):
            return out("Battles", "Non-state actor overtakes territory", "overtake")
    # 7. violence: a battle between armed sides, or violence against civilians
    if violent or "execution" in h:
        if "execution" in h and civ_victim:
            # "troops and foreign personnel executed at least 500 people during
            # an operation": killings of people held, whoever else fought there
            return out("Violence against civilians", "Attack", "execution")
        if fighting:
            if not organised and (crowd or state_present) and tokens & BRAWL_WORDS:
                # police against residents, party supporters against each other
                return out("Riots", "Violent demonstration", "clash")
            return out("Battles", "Armed clash", "clash")
        if "execution" in h:
            return out("Violence against civilians", "Attack", "execution")
        guess = out("Violence against civilians", "Attack", "violence" if "violence" in h else "clash")
        if guess.target in lx.civilian_targets and not armed_victim:
            return guess
        if armed_victim:
            return out("Battles", "Armed clash", "clash" if "clash" in h else "violence")
        if civ_victim or "unarmed" in tokens:  # ("shooting unarmed men in the streets")
            return out("Violence against civilians", "Attack", "violence" if "violence" in h else "clash")
        if security_side and not nonstate_present and not armed_victim and _FIRED_ON_PEOPLE.search(low):
            # "troops opened fire on a crowd waiting for food": the security
            # forces are the only armed side named, and their fire is on civilians
            return out("Violence against civilians", "Attack", "violence" if "violence" in h else "clash")
        if security_side and (nonstate_present or armed_present):
            return out("Battles", "Armed clash", "clash" if "clash" in h else "violence")
        # an armed group attacking people or places, no security forces involved
        return out("Violence against civilians", "Attack", "violence" if "violence" in h else "clash")
    if "looting" in h:
        return out("Strategic developments", "Looting/property destruction", "looting")
    if "other_strategic" in h:
        return out("Strategic developments", "Other", "other_strategic")
    return None
