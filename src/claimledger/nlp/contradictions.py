"""Document stage ``find_contradictions``: claims that cannot both be true.

- ``stance``: two claims by different claimants, one denying or doubting
  (``denies`` / ``doubts``) and one asserting (``asserts``), about the same
  proposition: their contents share at least two key words (content words
  after dropping stop words and stance words, crudely stemmed: "bombing" and
  "bombed" are "bomb", "hospitals" is "hospital"; words that name the same
  thing count as one, ``data/same_thing_words.txt``: "struck" and "strike",
  "apartment" and "residential building"; a word of attack in each on the
  same kind of target counts as two: "had not targeted medical facilities" /
  "the hospital was shelled"), at least one of which names
  an event or harm, or the two claims share a place. Hypotheticals, demands and
  rejected proposals are never counted: they report no event.
- ``figure``: two claims by different claimants with a figure of the same
  category (killed, injured, ...) whose numbers disagree (values differ, or
  ranges do not overlap), and the same place when both name one; when only
  one does, the other must point back at the act ("the post", "the attack"),
  report the same kind of event and count no "others"; a running total
  ("since March", "so far") is not set against one event's count, nor is a
  figure its claimant denies or doubts.
- a denial or doubt whose content only points back ("dismissed the claim as
  propaganda", "rejected the allegations", "disputed the figures") is set
  against the nearest claim before it that another claimant asserts (one
  reporting an event or figures when there is one; with figures, for "the
  figures"), within about 1,500 characters: also ``stance``. A bare
  pronoun ("The RSF disputed that.", "denied it") answers only a claim that
  ends within about 300 characters before it.
- ``responsibility``: two claimants blaming different sides for one act
  ("blamed the army for the shelling" / "accused the RSF of carrying out the
  attack"), or a group claiming responsibility while another claimant blames
  someone else; the two within about 3,000 characters, their acts of one
  event type (or any two events within 800 characters: "the shelling" ...
  "the attack"), or naming the same harm; a bare "blamed the TTP" is for the
  act within 800 characters. Also a side that is blamed denying it ("the
  minister blamed the TTP" / "the TTP said they were not behind the
  bombing"): the denier named as the blamed side, the denial about an act or
  its own involvement, the two within about 3,000 characters.

``about`` is a short phrase: the stretch of the asserting claim's content that
covers the shared key words (at most ten words), or the figure category and
place. Plain dataclasses only; no spaCy.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from itertools import combinations
from typing import Any

from claimledger.models import Actor, Analysis, Claim, Contradiction, Figure
from claimledger.nlp import lexicon, quantities

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
STOP = frozenset("""
a an the and or but if of in on at to for from by with without about as into onto over under
this that these those there here it its they them their he she his her we our us i my you your
is are was were be been being am has have had do does did will would can could may might must shall should
not no any all some such so than then very also just only even still yet more most much many few
which who whom whose what when where why how said says say saying told tell according
""".split())
STANCE_WORDS = frozenset("""
deny denie denied denial total totally complete completely emphatic categorical categorically flatly
reject rejected doubt question claim claims report reports allegation allegations false untrue lie
point view opinion difference indicate indicates indicated tragic take taken place recent weeks let alone
""".split())
EVENT_STEMS = frozenset("""
bomb strike airstrike attack shell shelling kill dead death die massacre wound injur hospital school
fire shoot shot raid explo missile rocket chemical gas barrel siege starv detain arrest abduct kidnap
torture execut destroy target civilian hostage displac flee refuge casualt victim clash fight assault
weapon munition ammunition militant combatant gunm captur
""".split())
OPPOSED = {"denies": "asserts", "doubts": "asserts"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = word.lower().strip("'’-")
    stripped = ""
    for suffix in ("ings", "ing", "ies", "ied", "ed", "es", "s"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            stripped = suffix
            if suffix in ("ies", "ied"):
                w += "y"
            break
    if len(w) > 4 and w[-1] == w[-2]:
        w = w[:-1]  # bombing -> bomb, shelled -> shell
    elif len(w) == 4 and stripped in ("ing", "ings", "ed") and w[-1] == w[-2] and w[-1] in "bdgmnprt":
        w = w[:-1]  # hitting -> hit, shipped -> ship (not "kill", "toll")
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # strike / strikes -> strik
    return w


_TIERS = ("acts", "targets")  # lines of data/same_thing_words.txt that are no class


@lru_cache(maxsize=1)
def _same_things() -> dict[str, str]:
    """Stem -> the stem of its class's name, from ``data/same_thing_words.txt``
    ("struck", "shelling", "targeted" -> "strik"; "apartment" -> "building")."""
    out = {}
    for line in lexicon.lines("same_thing_words"):
        name, _, words = line.partition(":")
        if name.strip() in _TIERS:
            continue
        for w in words.split():
            out[stem(w)] = stem(name.strip())
    return out


@lru_cache(maxsize=1)
def _acts_and_targets() -> tuple[frozenset[str], dict[str, str]]:
    """Key words of attack, and key word -> kind of target ("medical" and
    "clinic" -> "hospital"), from ``acts:`` and ``targets:`` in
    ``data/same_thing_words.txt``, spelled as ``key_words`` spells them."""
    same = _same_things()

    def key(w: str) -> str:
        return same.get(stem(w), stem(w))

    acts = frozenset(key(w) for w in " ".join(lexicon.tagged("same_thing_words", "acts")).split())
    kinds = {}
    for line in lexicon.tagged("same_thing_words", "targets"):
        for group in line.split("|"):
            words = group.split()
            for w in words:
                kinds[key(w)] = key(words[0])
    return acts, kinds


def _same_attack(a: set[str], b: set[str]) -> set[str]:
    """When two claims' key words both name an attack ("did not target",
    "was shelled") on the same kind of target ("medical facilities" / "the
    hospital"): the words they share that way ({"attack", "hospital"}), else none."""
    acts, kinds = _acts_and_targets()
    if not (a & acts and b & acts):
        return set()
    common = {kinds[k] for k in a if k in kinds} & {kinds[k] for k in b if k in kinds}
    return common | {"attack"} if common else set()


def key_words(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of the content words of ``text``; words that name
    the same thing share one stem (``_same_things``)."""
    out = []
    same = _same_things()
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if low in STOP or low in STANCE_WORDS or len(low) < 3:
            continue
        s = stem(low)
        if s in STANCE_WORDS:
            continue
        out.append((same.get(s, s), m.start(), m.end()))
    return out


def _is_event(s: str) -> bool:
    return s.startswith(_EVENT_PREFIXES)


_EVENT_PREFIXES = tuple(sorted(frozenset(stem(e) for e in EVENT_STEMS) | EVENT_STEMS))  # str.startswith takes a tuple


def _overlap(a: Claim, b: Claim) -> bool:
    """Do two claims say some of the same words of the text? ("Police have not
    released details, but did say that the man was hurt": the writer's
    sentence holds the police's claim; the same words cannot contradict themselves)."""
    return a.content.span[0] < b.content.span[1] and b.content.span[0] < a.content.span[1]


# a content that names a claim rather than saying it ("another anonymous claim of ...")
_NAMES_A_CLAIM = re.compile(r"^[“”\"‘’' ]*(?:[\w'’-]+\s+){0,3}?(?:claims?|allegations?|accusations?|charges?|reports?|rumou?rs?)\b", re.I)


def _answered(a: Claim, b: Claim) -> bool:
    """"Rebels said they shot down a jet, which the army denies": two sources'
    claims on the very same words, which the text sets against each other
    (not "cited another claim of ..., which the judge denied": citing a claim
    does not assert it)."""
    if "author" in (a.attribution, b.attribution) or _NAMES_A_CLAIM.match(a.content.text):
        return False
    return a.content.span == b.content.span or _denied_accusation(a, b) or _denied_accusation(b, a)


_BUT = re.compile(r"^[\W]*\b(?:but|while|whereas|although|though|yet)\b", re.I)


def _contrasted(first: Claim, then: Claim) -> bool:
    """"Sources said the two sides had agreed on a pause, but a spokesman
    denied that any agreement had been reached": two sources' claims in one
    sentence, the second set against the first by "but" (or "while") right
    after the first's words."""
    if first.span != then.span or "author" in (first.attribution, then.attribution) or first.content.span[1] > then.content.span[0]:
        return False
    between = first.text[first.content.span[1] - first.span[0] : then.content.span[0] - first.span[0]]
    return len(between) <= 120 and _BUT.match(between) is not None


def _denied_accusation(host: Claim, inner: Claim) -> bool:
    """"... and accused the rebels of shelling the market, an accusation the
    rebels denied": the denial's words (the accusation) lie inside the
    accuser's, and its verb follows them right away."""
    (hs, he), (s, e) = host.content.span, inner.content.span
    return (
        inner.stance in ("denies", "rejects") and host.stance in ("asserts", "denies") and hs <= s and e <= he and (s, e) != (hs, he)
        and inner.cue is not None and 0 <= inner.cue.span[0] - he <= 40
    )


_RELATIVE = re.compile(r"(?:that|which)\s", re.I)


def _tag_on_denied(neg: Claim, pos: Claim) -> bool:
    """"The army denied carrying out an air strike on a monastery | that
    residents said killed 31 people": another claimant's relative clause on
    the last words of a denial (or a doubt), right after them, asserting
    what the denied act did."""
    return (
        neg.stance in ("denies", "doubts") and pos.stance == "asserts" and pos.attribution != "author"
        and 0 <= pos.content.span[0] - neg.content.span[1] <= 2 and _RELATIVE.match(pos.content.text) is not None
    )


def _speaker(c: Claim) -> str:
    return c.claimant.actor or c.claimant.name.lower()


# "that its aircraft had bombed", "they shelled": the claimant's own act
_OWN_ACT = re.compile(r"^[“\"]?(?:that\s+)?(?:its|their|our|we|it|they|his|her)\b", re.I)


def _own_act(c: Claim) -> bool:
    return c.claimant.actor is not None and _OWN_ACT.match(c.content.text) is not None


# "had been attacked by rebel fighters": the doer a passive names
_DONE_BY = re.compile(r"\b(?:attacked|targeted|hit|shelled|bombed|fired on|struck|raided|ambushed)\s+by\s+((?:[\w'’-]+\s*){1,4})", re.I)


def _other_doer(pos: Claim, neg: Claim) -> bool:
    """Does ``pos`` put its act on someone other than ``neg``'s claimant: the
    actors its event names leave the claimant out, or a passive names a doer
    with none of the claimant's words ("attacked by rebel fighters")?"""
    if pos.event is not None and pos.event.actors and neg.claimant.actor not in pos.event.actors:
        return True
    m = _DONE_BY.search(pos.content.text)
    return m is not None and not _name_in(neg.claimant.name, m.group(1))


def _name_in(name: str, text: str) -> bool:
    """Does ``text`` hold any word of ``name`` (stop words aside)?"""
    words = {w.lower() for w in re.findall(r"[\w-]+", name)} - STOP
    return bool(words & {w.lower() for w in re.findall(r"[\w-]+", text)})


_PART_DENIED = re.compile(
    r"^[“\"]?(?:any\s+|a\s+|its\s+|their\s+|the\s+)?(?:" + "|".join(sorted(lexicon.PART_NOUNS | {"responsibility"})) + r")\b", re.I
)


# "A junta spokesman, ...", "the army's spokeswoman", "a spokesman for the ministry"
_SPOKESPERSON = re.compile(r"\b((?:[\w-]+\s+){0,2}?)(?:spokes(?:man|woman|person)|press officer)(?:\s+for\s+(?:the\s+)?((?:[\w-]+\s*){1,3}))?", re.I)
_NOT_A_BODY = frozenset({"a", "an", "the", "chief", "senior", "deputy", "official", "military", "police", "'s", "’s"})


def _spoken_for(actor: Actor) -> set[str]:
    """Words of the body a spokesperson's own descriptions name ("junta" in "A
    junta spokesman, Major General Zaw Min Tun")."""
    out: set[str] = set()
    for alias in actor.aliases:
        for m in _SPOKESPERSON.finditer(alias):
            for part in (m.group(1), m.group(2)):
                for w in re.findall(r"[\w-]+", (part or "").lower()):
                    w = re.sub(r"['’]s$", "", w)
                    if w not in _NOT_A_BODY and len(w) > 2:
                        out.add(w)
    return out


# "Its spokesman, Lawrence Kanyuka", "the group's spokeswoman": the body is the one just named
_ITS_SPOKESPERSON = re.compile(r"^(?:its|their|the\s+(?:group|movement|militia|organi[sz]ation)['’]s?)\s+(?:spokes(?:man|woman|person)|press officer)\b", re.I)


def _spokespeople(actors: list[Actor], claims: list[Claim] | None = None) -> set[tuple[str, str]]:
    """(person, body) actor ids where the person is the body's spokesperson by
    its own description: "Myanmar junta denies ..." and "A junta spokesman,
    Major General Zaw Min Tun, told state media ..." are one party, whose
    claims do not contradict each other as two sources' would. "The M23
    denied the accusation. Its spokesman, Lawrence Kanyuka, said ...": "its"
    is the body whose claim comes last before the person is first named."""
    out: set[tuple[str, str]] = set()
    bodies = {a.id for a in actors if a.type in ("organization", "government", "armed_group")}
    for person in actors:
        named = _spoken_for(person)
        for body in actors:
            if named and body is not person and named & {w.lower() for w in re.findall(r"[\w-]+", body.name)}:
                out.add((person.id, body.id))
        if person.mentions and any(_ITS_SPOKESPERSON.match(alias) for alias in person.aliases):
            first = min(s for s, _ in person.mentions)
            before = [c for c in claims or [] if c.span[0] < first and c.claimant.actor in bodies]
            if before:
                out.add((person.id, max(before, key=lambda c: c.span[0]).claimant.actor))  # type: ignore[arg-type]
    return out


def _one_party(parties: set[tuple[str, str]], a: Claim, b: Claim) -> bool:
    x, y = a.claimant.actor, b.claimant.actor
    return x is not None and y is not None and ((x, y) in parties or (y, x) in parties)


def _provinces(analysis: Analysis, c: Claim) -> set[tuple[str | None, str]] | None:
    """(country, province) of each place a claim names, or None when it names
    none or one no finer than a country."""
    out = set()
    for i in c.places:
        if 0 <= i < len(analysis.places):
            p = analysis.places[i]
            if p.admin1 is None:
                return None
            out.add((p.country, p.admin1))
    return out or None


def _apart(analysis: Analysis, a: Claim, b: Claim) -> bool:
    """Do two claims place their acts in different provinces (Odesa, Poltava)
    of one country? (Places in two countries may be one misread name, as
    "Fano" for the town in Italy: those are left to the words.)"""
    pa, pb = _provinces(analysis, a), _provinces(analysis, b)
    if pa is None or pb is None or pa & pb:
        return False
    countries = {c for c, _ in pa | pb}
    return len(countries) == 1 and None not in countries


def _place_names(analysis: Analysis, c: Claim) -> set[str]:
    out = set()
    for i in c.places:
        if 0 <= i < len(analysis.places):
            out.add(analysis.places[i].name.lower())
    return out


def _about(asserting: Claim, shared: set[str]) -> str:
    words = key_words(asserting.content.text)
    hits = [(s, e) for st, s, e in words if st in shared]
    if not hits and "harm" in shared:
        return "harm to civilians" if "civilian" in shared else "harm to people"
    if not hits:
        return ", ".join(sorted(shared))
    start, end = hits[0][0], hits[-1][1]
    if len(hits) == 1:
        return _clip_words(asserting.content.text)  # (one word, "Air", says nothing of what is contested)
    return _clip_words(asserting.content.text[start:end])


def _clip_words(text: str, n: int = 10) -> str:
    """``text`` on one line, cut after ``n`` words (marked with "…")."""
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _stance_contradiction(neg: Claim, pos: Claim, about: str) -> Contradiction:
    verb = "denies" if neg.stance == "denies" else "doubts"
    return Contradiction(claims=(neg.id, pos.id), kind="stance", about=f"{about} ({neg.claimant.name} {verb}, {pos.claimant.name} asserts)")


_OPEN = re.compile(r"^[“”\"‘’' ]*(?:what|who|whom|how|why|when|where|which)\b", re.I)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")


def _nations(text: str) -> set[str]:
    """Countries a content names by their adjective ("Russian forces", "a
    Ukrainian missile"), as ISO codes."""
    demonyms = lexicon.demonyms()
    return {demonyms[w] for w in _CAPITALISED.findall(text) if w in demonyms}


def _intention(c: Claim) -> bool:
    """"to send a team ...": an intention or plan, not a proposition about events."""
    return c.content.text.lstrip("“”\"‘’' ").lower().startswith("to ")


_HARM = frozenset({"harm", "hurt"})  # key words of any harm to people
_CASUALTY = frozenset({"kill", "injur", "wound", "dead", "died", "die", "casualty"})


# cues of a verdict that rejects what was said ("a claim disputed by UN monitors")
_VERDICT_CUE = re.compile(r"(?:den(?:y|ie)|disput|contradict|reject|refut|dismiss|challeng)", re.I)


def _denial_disputed(a: Claim, b: Claim, keys: dict[str, set[str]]) -> Contradiction | None:
    """"The ministry said its forces had not struck the market, a claim
    contradicted by UN monitors": both claims "deny" the same words, but the
    second denies the first's denial; the two are set against each other."""
    if not (a.stance == b.stance == "denies" and _answered(a, b)):
        return None
    verdict = next((c for c in (b, a) if c.cue is not None and _VERDICT_CUE.match(c.cue.text)), None)
    if verdict is None:
        return None
    said = a if verdict is b else b
    if said.cue is not None and _VERDICT_CUE.match(said.cue.text):
        return None  # (two verdicts on the same words: no denial to dispute)
    about = _about(said, keys[said.id])
    return Contradiction(claims=(verdict.id, said.id), kind="stance", about=f"{about} ({said.claimant.name} denies, {verdict.claimant.name} disputes that)")


_NOBODY = re.compile(r"\b(?:no one|nobody|anyone|anybody)\b", re.I)


def _people(text: str) -> bool:
    """Does a content speak of people ("no civilians were harmed", "nobody
    was hurt"), not of things ("so as not to hurt his candidacy")?"""
    persons = quantities.cues()["person_set"]
    return bool(_NOBODY.search(text)) or any(w in persons for w in re.findall(r"[a-z]+", text.lower()))


def _stance_pair(analysis: Analysis, a: Claim, b: Claim, keys: dict[str, set[str]]) -> Contradiction | None:
    for host, inner in ((a, b), (b, a)):
        if _denied_accusation(host, inner):
            # (the accuser's claim may open with a denial of its own: "said it had
            # not fired on the hospital and accused the army of ...")
            return Contradiction(
                claims=(inner.id, host.id), kind="stance",
                about=f"{_clip_words(inner.content.text)} ({inner.claimant.name} {'denies' if inner.stance == 'denies' else 'rejects'}, {host.claimant.name} accuses)",
            )
    for neg, pos in ((a, b), (b, a)):
        if _tag_on_denied(neg, pos):
            return _stance_contradiction(neg, pos, _clip_words(neg.content.text))  # (what the tag is on)
    disputed = _denial_disputed(a, b, keys)
    if disputed is not None:
        return disputed
    if OPPOSED.get(a.stance) == b.stance:
        neg, pos = a, b
    elif OPPOSED.get(b.stance) == a.stance:
        neg, pos = b, a
    else:
        return None
    if any(_intention(c) for c in (neg, pos)):
        return None
    if not _NAMES_A_CLAIM.match(neg.content.text) and (_running(neg) is None) != (_running(pos) is None):
        # "denied that the air force had targeted civilians" / "5,700 civilians
        # have been killed since the coup": a running total is many acts, not the one denied
        return None
    if neg.stance == "doubts" and _OPEN.match(neg.content.text):
        return None  # "questions what actually happened": a question, no proposition to oppose
    sides = _nations(neg.content.text), _nations(pos.content.text)
    if all(sides) and not sides[0] & sides[1]:
        # "denied that Russian forces had targeted homes" / "hit by a Ukrainian
        # missile": another side's act, not the one denied
        return None
    if _PART_DENIED.match(neg.content.text) and not _name_in(neg.claimant.name, pos.content.text):
        # "ELN denies role in car bomb" / "a car bomb exploded": a denial of a
        # part in the act, not of the act (a claim that puts the act on the
        # denier, "whom it blamed for the rocket attack", still meets it)
        return None
    if _own_act(neg) and _other_doer(pos, neg):
        # "denied that its aircraft had bombed a school" / "troops had been
        # attacked by rebel fighters": another doer's act, not the one denied
        return None
    if _answered(neg, pos) or (_contrasted(pos, neg) and ((keys[neg.id] & keys[pos.id]) | _same_attack(keys[neg.id], keys[pos.id]))):
        return _stance_contradiction(neg, pos, _about(pos, keys[pos.id]))
    if _denies_presence(neg.content.text) and not _ARMED_PRESENCE.search(pos.content.text):
        # "There is no military target here. Only civilians." / "shelled a
        # bus stop, killing three": it answers a claim of a military target,
        # and agrees the stop was shelled
        return None
    if _apart(analysis, neg, pos):
        # "Video does not show a missile hitting Odesa" / "a missile hit the
        # shopping centre in Kremenchuk": acts in two provinces are two acts
        return None
    # ("had not targeted medical facilities" / "the hospital was shelled")
    shared = keys[neg.id] & keys[pos.id] | _same_attack(keys[neg.id], keys[pos.id])
    # ("no civilians had been harmed" / "40 civilians were killed": harm covers every casualty)
    # ("no official had been among the dead" / "dozens of officials killed":
    # the dead are the killed; the same word on both sides is shared already)
    hurt_neg, hurt_pos = keys[neg.id] & (_HARM | _CASUALTY), keys[pos.id] & (_HARM | _CASUALTY)
    harmed = bool(hurt_neg and hurt_pos and not hurt_neg & hurt_pos) and _people(neg.content.text)
    if harmed:
        shared.add("harm")
        if "civilian" in keys[neg.id] and any("civilian" in _victim_sides(pos, cat) for cat in ("killed", "injured")):
            shared.add("civilian")  # ("no civilians were harmed" / "four children were killed": children are civilians)
        if _tolls_meet(neg, pos):
            shared.add("toll")  # ("dismissed reports that hundreds of civilians were killed" / "between 200 and 600 people died")
    places = _place_names(analysis, neg) & _place_names(analysis, pos)
    if len(shared) < 2 or not (any(_is_event(s) for s in shared) or harmed or places):
        return None
    return _stance_contradiction(neg, pos, _about(pos, shared))


def _tolls_meet(neg: Claim, pos: Claim) -> bool:
    """Do the two claims count the dead in ranges that overlap, of victims
    neither names apart ("hundreds of civilians" / "between 200 and 600
    people"; not "300 soldiers")?"""
    for f in neg.figures:
        for g in pos.figures:
            if f.category != "killed" or g.category != "killed":
                continue
            a, b = _range(f), _range(g)
            if a is None or b is None or a[0] > b[1] or b[0] > a[1]:
                continue
            sides_f, sides_g = _sides_named(f.text), _sides_named(g.text)
            if sides_f and sides_g and not sides_f & sides_g:
                continue
            return True
    return False


_PRESENCE_WORDS = lexicon.words("armed_presence")
# "there is no military target here", "no fighters were in the building", "no weapons were stored"
_NO_PRESENCE = re.compile(r"\b(?:no|not\s+any|never\s+any)\s+(?:(?:military|armed|legitimate)\s+)?([a-z]+)", re.I)


# any word of armed presence ("militants", "a command post", "military"), in a claim the denial could answer
_ARMED_PRESENCE = re.compile(r"\b(?:military|" + "|".join(sorted(_PRESENCE_WORDS, key=len, reverse=True)) + r")(?:s|es)?\b", re.I)


def _denies_presence(text: str) -> bool:
    """Does a denial say there was no armed presence ("no military target",
    "no fighters", "not any weapons")?"""
    for m in _NO_PRESENCE.finditer(text):
        word = m.group(1).lower()
        if word in _PRESENCE_WORDS or (word.endswith("s") and word[:-1] in _PRESENCE_WORDS):
            return True
    return False


_BODIES = re.compile(r"\bbod(?:y|ies)\b", re.I)


# one person named by what they were, not counted: "a senior Hezbollah commander", "an aid worker"
_ONE_PERSON = re.compile(r"^(?:a|an)\s", re.I)


def _range(f: Figure) -> tuple[float, float] | None:
    """The numbers a figure allows: one value, or a range whose missing end
    is open ("at least 45", "dozens": no upper bound; "up to 30": down to 0)."""
    if f.value is not None:
        if f.category == "killed" and _BODIES.search(f.text):
            return (f.value, math.inf)  # "pulled 11 bodies from the rubble": the dead found so far, not the toll
        if f.value == 1 and _ONE_PERSON.match(f.text):
            return (1, math.inf)  # "killed a senior commander": the one the claim is about, not a toll
        return (f.value, f.value)
    if f.low is not None or f.high is not None:
        return (f.low if f.low is not None else 0, f.high if f.high is not None else math.inf)
    return None


# a running total ("since March", "so far") is no single event's count
# ("months of fighting have claimed 300 lives": a span of time, not one attack)
_CUMULATIVE = re.compile(r"\b(?:since|so far|to date|in total|in all|overall|cumulative|over the past|this year|last year|(?:per|each|every) year|annually|(?:days|weeks|months|years|decades) of)\b", re.I)


# "112 killed in 24 hours", "over the previous 24 hours", "in the past week"
_COUNT_WORDS = r"\d+|twenty-four|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few"
_DURATION = re.compile(
    rf"\b(?:in|within|over|during)\s+(?:(?:the\s+)?(?:past|last|previous)\s+({_COUNT_WORDS})?|({_COUNT_WORDS}|a|one)\s+)\s*(hour|day|week|month|year|decade)s?\b", re.I
)
_ONE = {"a": "1", "one": "1", "twenty-four": "24", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", None: "1"}


def _running(c: Claim) -> str | None:
    """The word that makes a claim a running total ("since", "so far", "to
    date"), in its words or in its sentence before them ("Since April 2023,
    our Office has documented the killing of more than 4,000 civilians")."""
    return _cumulative(c.content.text) or _cumulative(c.text[: max(0, c.content.span[0] - c.span[0])])


@lru_cache(maxsize=4096)
def _cumulative(text: str) -> str | None:
    """(once per text: claims are paired many times)"""
    m = _CUMULATIVE.search(text)
    return m.group(0).lower() if m is not None else None


def _period(text: str) -> str | None:
    """The span of time a running total covers, in its own words ("since
    march", "months of"; a duration as "24 hour"), or None for a single
    event's count."""
    d = _DURATION.search(text)
    if d is not None:
        n = (d.group(1) or d.group(2) or "").lower() or None
        return f"{_ONE.get(n, n)} {d.group(3).lower()}"
    m = _CUMULATIVE.search(text)
    if m is None:
        return None
    nxt = re.match(r"\s+([\w-]+)", text[m.end() :])
    return m.group().lower() + (" " + nxt.group(1).lower() if nxt and m.group().lower() in ("since", "over the past") else "")


# a definite reference to an act or the place it hit, already named: "the attack", "the post"
_THE_ACT = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:same|latest|deadly|suicide|drone|air|rocket|missile|artillery|terrorist|complex)\s+)?"
    r"(?:attack|attacks|assault|ambush|raid|strike|strikes|airstrike|air\s+strike|bombing|blast|explosion|shelling|massacre|killings|"
    r"post|base|camp|checkpoint|convoy|market|school|hospital|village|town)\b",
    re.I,
)


_ADDED = re.compile(r"\b(?:others|additional|another|further|more)\b(?!\s+than)", re.I)
# "had put the toll at 91 dead": the toll of the act just told, whatever kind of act the words alone suggest
_THE_TOLL = re.compile(r"\b(?:the|its|their)\s+(?:(?:death|casualty|final|latest|overall)\s+)?(?:toll|tally)\b", re.I)
_RISEN = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|reached|updated|revised)\b", re.I)
_TOLL_REACH = 1500  # characters from the act with a place to the toll that points back at it


def _other_act_between(analysis: Analysis, ordered: list[Claim], first: Claim, later: Claim) -> bool:
    """Does a claim between two tell of another act: an event on another
    target or in another place than ``first``'s ("Earlier in the week,
    shelling hit a market" between a strike on a hospital and "the toll")?"""
    target = first.event.target if first.event is not None else None
    places = _place_names(analysis, first)
    for c in ordered:
        if c.span[0] <= first.span[0] or c is first:
            continue
        if c.span[0] >= later.span[0]:
            break
        if c.event is None:
            continue
        if (target and c.event.target and c.event.target != target) or (places and _place_names(analysis, c) - places):
            return True
    return False


def _same_toll(analysis: Analysis, ordered: list[Claim], placeless: Claim, placed: Claim) -> bool:
    """Does a count with no place (``placeless``) count the act that
    ``placed`` names a place for? Only when it points back at the act and the
    two report the same kind of event ("the post was attacked and 15 soldiers
    were killed" after "26 soldiers killed in an attack on an army post near
    Boni"), or it is a source's toll that does not rise, told soon after with
    no other act between ("The ministry had put the toll at 91 dead" after "a
    strike in Saada killed at least 66"); and never a count beside the one
    before ("More than 850 others suffered other injuries in the attack")."""
    if any(_ADDED.search(f.text) for f in placeless.figures):
        return False
    if _THE_ACT.search(placeless.content.text) and placeless.event is not None and placed.event is not None and placeless.event.type == placed.event.type:
        return True
    return (
        placeless.attribution != "author" and _THE_TOLL.search(placeless.content.text) is not None and not _RISEN.search(placeless.content.text)
        and 0 < placeless.span[0] - placed.span[0] <= _TOLL_REACH and not _other_act_between(analysis, ordered, placed, placeless)
    )


def _figure_pair(analysis: Analysis, a: Claim, b: Claim, ordered: list[Claim] | None = None) -> Contradiction | None:
    """A figure contradiction between two claims, if they count the same
    thing differently. ``ordered``: all claims in text order (to tell what
    "the toll" in a claim points back at)."""
    if {a.stance, b.stance} & {"hypothetical", "denies", "doubts", "rejects"}:
        return None  # (a figure someone denies or doubts is not their count: "contested the army's 40")
    pa, pb = _place_names(analysis, a), _place_names(analysis, b)
    if (pa and pb) and not (pa & pb):
        return None
    # one names a place, the other none: the same toll only when the one without points back at the act
    if bool(pa) != bool(pb) and not _same_toll(analysis, ordered or [], *((b, a) if pa else (a, b))):
        return None
    ca, cb = _period(a.content.text), _period(b.content.text)
    if ca != cb:
        # "1,200 killed since March" counts more than one attack; and a toll
        # "since June" is not one over "months of fighting"
        return None
    ranges_a, ranges_b = _ranges(a), _ranges(b)
    for category, (ra, fa) in ranges_a.items():
        if category not in ranges_b:
            continue
        rb, fb = ranges_b[category]
        sa, sb = _victim_sides(a, category), _victim_sides(b, category)
        if sa and sb and not (sa & sb):
            continue  # "its forces killed 12 militants" and "a soldier was also killed": two sides' dead
        ga, gb = _subgroup(fa), _subgroup(fb)
        if not (sa and sb):
            # "four attackers were killed" / "32 people were killed", "it killed
            # a Hamas commander" / "40 dead": fighters' dead may be among a
            # toll that names no side, so they bound it from below (the count
            # itself names them; not "11 people, including three soldiers";
            # and not civilians, often all the victims: "only 12 farmers" / "43 bodies")
            ga = (ga or "fighters") if not sb and _fighters_only(fa) else ga
            gb = (gb or "fighters") if not sa and _fighters_only(fb) else gb
        if ga != gb:
            # "40 injured" / "four health workers were injured": a group among
            # the hurt is a lower bound on them, not a rival count
            ra = (ra[0], math.inf) if ga else ra
            rb = (rb[0], math.inf) if gb else rb
        if ra[1] < rb[0] or rb[1] < ra[0]:
            where = f" in {sorted(pa & pb)[0].title()}" if pa & pb else ""
            return Contradiction(claims=(a.id, b.id), kind="figure", about=f"{category}{where}: {fa} vs {fb}")
    return None


# people counted by who they were among the dead or hurt, usually a part of
# them (not "farmers" or "worshippers", often all of the victims of an attack)
_SUBGROUP = re.compile(
    r"\b(children|child|kids|infants|babies|women|girls|boys|health\s+workers|medical\s+workers|medics|doctors|nurses|paramedics|"
    r"aid\s+workers|humanitarian\s+workers|journalists|reporters|rescuers|firefighters|staff)\b",
    re.I,
)


def _subgroup(words: str) -> str | None:
    """The group a figure's words count ("four health workers": "health
    workers"), when they count one; None for people at large."""
    m = _SUBGROUP.search(words)
    return re.sub(r"\s+", " ", m.group(1).lower()) if m else None


@lru_cache(maxsize=None)
def _side_words(key: str = "sides") -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the words of ``data/figure_cues.json``'s ``key`` (``sides``
    or ``losing_sides``) and the side each word names."""
    sides = quantities.cues()[key]
    words = {w: side for side, ws in sides.items() if not side.startswith("_") for w in ws}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b"), words


@lru_cache(maxsize=4096)
def _sides_named(text: str) -> frozenset[str]:
    pattern, words = _side_words()
    return frozenset(words[m.group()] for m in pattern.finditer(text.lower()))


def _victim_sides(claim: Claim, category: str) -> set[str]:
    """Which sides a claim's figures of ``category`` count ("12 militants":
    armed; "four children": civilian); empty when no figure says."""
    out: set[str] = set()
    for f in claim.figures:
        if f.category == category:
            out |= _sides_named(f.text) or _losing_side(claim, f) or _toll_among(claim, f)
    return out


_FIGHTERS = frozenset({"state", "armed"})  # the sides of ``data/figure_cues.json`` that bear arms
_ANYONE = re.compile(r"\b(?:people|persons|dead|bodies|victims|others|deaths|casualties)\b", re.I)


def _fighters_only(words: str) -> bool:
    """Do a count's words name only those who bear arms ("four attackers", "a
    senior commander"), not people at large beside them ("11 people, five
    attackers")?"""
    sides = _sides_named(words)
    return bool(sides) and sides <= _FIGHTERS and _ANYONE.search(words) is None


_AMONG = re.compile(r"\b(?:toll|number\s+of\s+(?:dead|deaths|fatalities|casualties)|fatalities|casualties|deaths)\s+(?:among|of)\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+[^.;]{0,40}$", re.I)


def _toll_among(claim: Claim, figure: Figure) -> frozenset[str]:
    """"the death toll among soldiers was above 60": the side a toll is of,
    named after "among" before its count."""
    before = _before_figure(claim, figure)
    m = _AMONG.search(before) if before is not None else None
    return _sides_named(m.group(1)) if m is not None else frozenset()


def _before_figure(claim: Claim, figure: Figure) -> str | None:
    """The claim's words before one of its figures, or None when the figure
    lies outside what the claim says."""
    start = figure.span[0] - claim.content.span[0]
    return claim.content.text[:start] if 0 <= start <= len(claim.content.text) else None


_LOST = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:only\s+|just\s+|at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?$", re.I)
_OWN = re.compile(r"\b(?:it|its|they|their|we|our)\b[^,;]{0,30}$", re.I)


def _losing_side(claim: Claim, figure: Figure) -> frozenset[str]:
    """"The army said it lost four soldiers", "the rebels ... lost only three
    men": the side that lost the dead, named before "lost" in the claim, or
    the claimant when only a pronoun stands there ("it", "we")."""
    before = _before_figure(claim, figure)
    if before is None:
        return frozenset()
    m = _LOST.search(before)
    if m is None:
        return frozenset()
    pattern, words = _side_words("losing_sides")
    head = before[: m.start()]
    found = [words[x.group()] for x in pattern.finditer(head.lower())]
    if found:
        return frozenset(found[-1:])  # the nearest side named before "lost"
    if _OWN.search(head):
        return frozenset(words[x.group()] for x in pattern.finditer(claim.claimant.name.lower()))
    return frozenset()


# counts of some of the dead, not of them all: "the dead included 27 Druze
# and 10 Bedouin fighters", "three soldiers were also killed", "two more bodies"
_SOME_OF = re.compile(
    r"\b(?:dead|victims|killed|casualties|wounded|injured|fatalities)\s+(?:also\s+)?(?:included|include|includes)\b"
    r"|\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+also\b|\balso\s+(?:killed|wounded|injured|died|dead)\b",
    re.I,
)


_MORE_AFTER = re.compile(r"\s+(?:more|others|other)\b(?!\s+than)", re.I)


def _more_of(claim: Claim, f: Figure) -> bool:
    """Does the figure count more beyond others ("five others", "two more")?"""
    if _ADDED.search(f.text):
        return True
    at = f.span[1] - claim.span[0]
    return 0 <= at <= len(claim.text) and _MORE_AFTER.match(claim.text, at) is not None


def _ranges(claim: Claim) -> dict[str, tuple[tuple[float, float], str]]:
    """Per figure category, the numbers a claim allows and their words. Two
    figures of one category in one claim usually count two groups ("45
    civilians and 11 soldiers"): the claim allows anything from the lower of
    them to the higher, not each alone. A figure that counts part of another
    ("at least 45 civilians, including 11 children") is left out: the claim
    says at least 45; a part alone ("three of the dead") is a lower bound, and
    so is every count in a claim that counts only some of the dead ("the dead
    included 27 Druze", "three soldiers were also killed") and a count of
    more beyond others ("killed five others", "two more died")."""
    out: dict[str, tuple[tuple[float, float], str]] = {}
    parts = quantities.part_ids(claim.figures, claim.text, claim.span[0])
    some = _SOME_OF.search(claim.content.text) is not None
    for f in quantities.without_parts(claim.figures, claim.text, claim.span[0], parts):
        r = _range(f)
        if r is None or f.category == "other":
            continue
        if id(f) in parts or some or _more_of(claim, f):
            # "three of the dead were crew members": the dead are at least three;
            # "killed five others", "two more died": more beyond those counted
            r = (r[0], math.inf)
        if f.category in out:
            (lo, hi), words = out[f.category]
            out[f.category] = ((min(lo, r[0]), max(hi, r[1])), words + ", " + f.text)
        else:
            out[f.category] = (r, f.text)
    return out


# "Kyiv dismissed the claim as propaganda", "rejected the allegations as
# baseless", "disputed those figures": a denial whose content only points back
# ... or only a pronoun: "The RSF disputed that.", "Kyiv denied it", "dismissed this as lies"
_POINTING = re.compile(
    r"^[“”\"‘’' ]*(?:(?:the|these|those|this|that|such|its|their|his|her|[A-Z][\w-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(claims?|allegations?|accusations?|charges?|reports?|accounts?|assertions?|figures?|toll|numbers?|version|findings?|conclusions?|statements?"
    r"|footage|videos?|images?|photos?|photographs?|pictures?)\b(?!['’])"  # (not "the report's findings": the findings)
    r"|(?:that|this|it|these|those)(?=\s*(?:$|[,.;:!”\"’']|as\b)))",
    re.I,
)
_NUMBERS = frozenset({"figure", "figures", "toll", "number", "numbers"})
_MEDIA = frozenset({"footage", "video", "image", "photo", "photograph", "picture"})
_MEDIA_WORD = re.compile(r"\b(?:footage|videos?|images?|photos?|photographs?|pictures?|filmed|recording)\b", re.I)
# what may follow the pointing noun: "as propaganda", "by the monitor", "made on Sunday"
_POINTING_REST = re.compile(r"(?:as|by|from|made|published|issued|circulated|reported|put forward|in (?:the|its|their))\b", re.I)
_NAMING_CUE = re.compile(r"^(?:call|describ|label|brand|dub|term)\w*$", re.I)
_POINTING_REACH = 1500  # characters back to the claim pointed at
_PRONOUN_REACH = 300  # ... and, for a bare pronoun, from the end of that claim
_ALLEGING = re.compile(
    r"^(?:said|says?|saying|told|tells?|alleg\w*|claim\w*|accus\w*|charg\w*|report\w*|according to|stat\w*|insist\w*|maintain\w*|argu\w*|assert\w*|wrote|writes?)$",
    re.I,
)


_ACCUSING = re.compile(r"^(?:accus|blam|alleg|charg)\w*$", re.I)


_OWNER = re.compile(r"([\w-]+)['’]s?\s", re.I)


# "the AP report", "the Guardian's story": a source named before the pointing noun
_SOURCE_NAMED = re.compile(r"^[“”\"‘’' ]*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+\S")


def _owner(m: re.Match[str]) -> str | None:
    """Whose claim a pointing phrase names: "the military's account" -> "military"."""
    found = _OWNER.search(m.group(0))
    return found.group(1).lower() if found is not None and len(found.group(1)) > 2 else None


def _latest(c: Claim) -> tuple[int, int]:
    """Order of claims before a denial: by sentence, then by where their words end."""
    return (c.span[0], c.content.span[1])


# "Peskov's statement was a lie": the denial says what the pointed claim is
_CALLED_SO = re.compile(r"(?:was|were|is|are|has been|have been|had been)\s", re.I)


def _nations_of_claimants(analysis: Analysis, claims: list[Claim]) -> dict[str, set[str]]:
    """Claim id -> the country its claimant's words open with: "Ukrainian
    officials", "Russia's defence ministry" (not "the UN mission in
    Ukraine"): a nationality word, or a country's name within the first few
    characters ("the " at most before it)."""
    demonyms = lexicon.demonyms()
    countries = sorted((p.span[0], p.span[1], p.country) for p in analysis.places if p.admin1 is None and p.country)
    starts = [x[0] for x in countries]
    out: dict[str, set[str]] = {}
    for c in claims:
        if c.claimant.span is None:
            continue
        s, e = c.claimant.span
        first = re.match(r"(?:[Tt]he\s+)?([A-Z][\w-]+)", c.claimant.name)
        found = {demonyms[first.group(1)]} if first is not None and first.group(1) in demonyms else set()
        for ps, pe, cc in countries[bisect.bisect_left(starts, s) : bisect.bisect_right(starts, s + 4)]:
            if pe <= e:
                found.add(cc)
        if found:
            out[c.id] = found
    return out


# what the numbers pointed at count: "the casualty figures", "the death toll", "displacement figures"
_COUNTED = re.compile(r"\b(casualty|casualties|death|deaths|fatality|displacement|injury|injuries|arrest|detention)\b")
_COUNTED_KINDS = {
    "casualty": ("killed", "injured"), "casualties": ("killed", "injured"), "death": ("killed",), "deaths": ("killed",),
    "fatality": ("killed",), "displacement": ("displaced",), "injury": ("injured",), "injuries": ("injured",),
    "arrest": ("detained",), "detention": ("detained",),
}


def _pointed_at(claims: list[Claim], neg: Claim, m: re.Match[str], nations: dict[str, set[str]] | None = None) -> Claim | None:
    """The claim a pointing denial answers: the nearest claim before it that
    another claimant asserts, with figures when the denial names figures.
    None when its content names something itself. ``claims``: those starting
    within ``_POINTING_REACH`` before it; ``m``: its content's ``_POINTING`` match."""
    rest = m.string[m.end() :].strip(" ,.;:”\"’'")
    naming = neg.cue is not None and _NAMING_CUE.match(neg.cue.text) is not None
    if rest and not _POINTING_REST.match(rest) and not naming and not _CALLED_SO.match(rest):
        return None  # "the number of detainees": names its own topic ("called the report a provocation" names it false)
    numbers = (m.group(1) or "").lower() in _NUMBERS
    kinds = {cat for word in _COUNTED.findall(m.group(0).lower()) for cat in _COUNTED_KINDS[word]} if numbers else set()
    nations = nations or {}
    candidates = [
        c for c in claims
        if c.stance == "asserts" and c.attribution != "author" and _speaker(c) != _speaker(neg) and not _intention(c)
        and (c.figures if numbers else True)
        # "could not verify the casualty figures": figures of the dead and hurt, not of the displaced
        and (not kinds or any(f.category in kinds for f in c.figures))
        # "Ukrainian officials rejected that account": not the account of Ukraine's air force
        and not nations.get(c.id, set()) & nations.get(neg.id, set())
    ]
    # an allegation is of something that happened: claims reporting an event or figures first
    # and failing those, a claim someone made in so many words ("said the
    # committee skirts the limits"), not "You agree to the site's terms"
    if (m.group(1) or "").lower().rstrip("s") in _MEDIA:
        # "could not verify the footage": the claim that told of footage, not
        # the nearest claim (the footage may be the writer's report)
        candidates = [c for c in candidates if _MEDIA_WORD.search(c.text)]
        if not candidates:
            return None
    owner = _owner(m)
    if owner:
        # "the military's account", "Israel's claims": that claimant's claim,
        # or none when no claim of theirs is near ("Vigano's accusations")
        owned = [c for c in candidates if owner in c.claimant.name.lower()]
        return max(owned, key=_latest) if owned else None
    source = _SOURCE_NAMED.match(m.group(0))
    if source is not None:
        # "the AP report", "the UN figures": a claim that names that source as
        # its speaker or before its cue ("The AP reported that, according to
        # ..."; not "... legal action against the Guardian"), or none
        word = re.compile(rf"\b{re.escape(source.group(1))}\b")
        named = [c for c in candidates if word.search(c.claimant.name) or (c.cue is not None and word.search(c.text[: max(0, c.cue.span[0] - c.span[0])]))]
        return max(named, key=_latest) if named else None
    # a claim about the denier first ("the camp had been used by the Kachin
    # Independence Army", then "the Kachin Independence Army denied the claim")
    denier = re.sub(r"^the\s+", "", neg.claimant.name, flags=re.I).lower()
    about = [
        c for c in candidates
        if len(denier) > 3 and " " in denier and denier in c.content.text.lower() and len(c.content.text) > len(denier) + 20
        and (c.event is not None or (c.cue is not None and _ALLEGING.match(c.cue.text)))
    ]
    if about:
        return max(about, key=_latest)
    if candidates:
        # then the last voice's act or figures: Russia's ministry's strike in
        # "... the ministry said. Ukrainian officials rejected that account",
        # though an earlier speaker's claim names an attack too
        # (an accusation is of an act; "that account", "the claim" is also what
        # the last voice said in so many words)
        last = _speaker(max(candidates, key=_latest))
        voiced = [c for c in candidates if _speaker(c) == last]
        # ("The regional government blamed the OLA. An OLA spokesman rejected
        # the accusation": the blame itself, though it names no act)
        pool = _alleged(voiced) if (m.group(1) or "").lower().rstrip("s") not in lexicon.ACCUSATION_NOUNS else [
            c for c in voiced if c.event is not None or c.figures or (c.cue is not None and _ACCUSING.match(c.cue.text))
        ]
        if pool:
            return max(pool, key=_latest)
    pool = _alleged(candidates)
    return max(pool, key=_latest) if pool else None


def _alleged(candidates: list[Claim]) -> list[Claim]:
    """The claims an allegation points at, best first kind only: those
    reporting an event, else figures, else said in so many words."""
    return (
        [c for c in candidates if c.event is not None]
        or [c for c in candidates if c.figures]
        or [c for c in candidates if c.cue is not None and _ALLEGING.match(c.cue.text)]
    )


def _points_back(neg: Claim) -> bool:
    """Does a denial whose content is a bare pronoun point back to an earlier
    claim? Not a relative "that" before its verb ("records that the inspector
    questioned"), nor a pronoun for the clause before it in its own sentence
    ("..., although Israel disputes this"): the claimant opens the sentence."""
    if neg.cue is None or neg.content.span[0] < neg.cue.span[0]:
        return False
    start = neg.claimant.span[0] if neg.claimant.span else neg.cue.span[0]
    return len(_WORD.findall(neg.text[: max(0, start - neg.span[0])])) <= 3  # "In a statement, the army denied it"


_OWN_CONCLUSIONS = re.compile(r"^[“”\"‘’' ]*(?:his|her|their|its|my|our)\b", re.I)


def _own_reasoning(m: re.Match[str]) -> bool:
    """"dismissed the findings" points at a report's; "rejected his
    conclusions", "disavowed his own statements" at someone's own words, no
    claim before it."""
    return (m.group(1) or "").lower().startswith(("finding", "conclusion", "statement")) and _OWN_CONCLUSIONS.match(m.group(0)) is not None


# "it could not confirm the death toll", "they were unable to verify the
# claims": what could not be confirmed is what the doubt points at
_UNCONFIRMED = re.compile(
    r"^[“”\"‘’' ]*(?:it|they|he|she|we|i)\s+(?:could|can|did|does|do|was|were|is|are)\s*(?:not|n[’']t|\s)\s*"
    r"(?:(?:be\s+)?able\s+to\s+|unable\s+to\s+)?(?:independently\s+)?(?:confirm|verify|corroborate)\s+",
    re.I,
)


def _past_unconfirmed(text: str) -> str:
    found = _UNCONFIRMED.match(text)
    return text[found.end() :] if found is not None else text


def _by_id(claims: list[Claim], ids: tuple[str, str]) -> tuple[Claim, Claim]:
    a, b = (next(c for c in claims if c.id == x) for x in ids)
    return a, b


def _pointing_pairs(claims: list[Claim], seen: set[tuple[str, str]], nations: dict[str, set[str]] | None = None) -> list[Contradiction]:
    out = []
    ordered = sorted(claims, key=lambda c: c.span[0])
    starts = [c.span[0] for c in ordered]
    for neg in claims:
        m = _POINTING.match(_past_unconfirmed(neg.content.text)) if neg.stance in OPPOSED else None
        if m is None or _own_reasoning(m):
            continue
        near = ordered[bisect.bisect_left(starts, neg.span[0] - _POINTING_REACH) : bisect.bisect_left(starts, neg.span[0])]
        # (and in its own sentence, a claim whose words end before the denial's:
        # "A said X, while B called the report a provocation")
        before = neg.cue.span[0] if neg.cue is not None else neg.content.span[0]
        near += [c for c in ordered[bisect.bisect_left(starts, neg.span[0]) : bisect.bisect_right(starts, neg.span[0])] if c is not neg and c.content.span[1] <= before]
        if m.group(1) is None:
            if not _points_back(neg):
                continue
            # a bare "that" or "it" points at what was just said, not at a claim paragraphs back
            near = [c for c in near if c.span[1] >= neg.span[0] - _PRONOUN_REACH]
        pos = _pointed_at(near, neg, m, nations)
        if pos is None or (neg.id, pos.id) in seen or (pos.id, neg.id) in seen:
            continue
        seen.add((neg.id, pos.id))
        out.append(_stance_contradiction(neg, pos, _clip_words(pos.content.text)))
    return out


_BLAME_REACH = 3000  # characters: blame further apart is for other acts
_BLAME_NEAR = 800  # characters: two blamed acts this close are one ("the shelling" ... "the attack")
_BLAME_CUE = re.compile(r"^(?:blam|accus|held|hold)", re.I)
# "the army for the shelling ...", "the RSF of carrying out the attack", "Russia responsible for ..."
_ACCUSED = re.compile(r"^[“”\"‘’' ]*(.+?)\s+(?:for|of|over)\s+(.+)$", re.S)
_OWN_ATTACK = re.compile(r"^(?:full\s+)?(?:responsibility|credit)\s+for\s+(.+)$", re.I | re.S)
_RESPONSIBLE = re.compile(r"\s+(?:fully\s+)?responsible$", re.I)


def _blamed(c: Claim) -> tuple[str, set[str]] | None:
    """(who is blamed, the key words of what for) of a claim whose cue blames
    or accuses: "blamed the army for the shelling of the camp"."""
    if c.cue is None or c.stance != "asserts":
        return None
    own = _OWN_ATTACK.match(c.content.text) if c.cue.text.lower().startswith("claim") else None
    if own is not None:  # "Islamic State claimed responsibility for the attack": it blames itself
        return c.claimant.name, {st for st, _, _ in key_words(own.group(1))}
    if not _BLAME_CUE.match(c.cue.text):
        return None
    m = _ACCUSED.match(c.content.text)
    if m is None:
        bare = c.content.text.strip(" “”\"‘’'")
        if c.cue.text.lower().startswith("blam") and 0 < len(bare.split()) <= 6 and _named_side(bare):
            return bare, set()  # "blamed the TTP nonetheless": for the act at hand (a name: not "blamed some of it")
        return None
    who = _RESPONSIBLE.sub("", m.group(1).strip())
    if not who or len(who.split()) > 6:
        return None
    return who, {st for st, _, _ in key_words(m.group(2))}


def _named_side(who: str) -> bool:
    """Does a blamed side carry a name ("the TTP", "Hamas"), not a quantity or
    a common noun ("some", "the violence")?"""
    return any(w[:1].isupper() for w in who.split()[1:]) or (who[:1].isupper() and who.split()[0] not in ("The", "A", "An", "Some"))


def _blames(c: Claim, who: str) -> str:
    return f"{c.claimant.name} claims responsibility" if who == c.claimant.name else f"{c.claimant.name} blames {who}"


def _sides(who: str) -> set[str]:
    """Key words of a blamed side, possessives dropped ("the army's units": army,
    unit), and the initials of a name of capitalised words ("the United Arab
    Emirates": uae, to meet "The UAE denied ...")."""
    who = re.sub(r"['’]s\b", "", who)
    out = {st for st, _, _ in key_words(who)}
    caps = _CAPITALISED.findall(who)
    if len(caps) >= 2:
        out.add("".join(w[0] for w in caps).lower())
    return out


_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")


# a claim that blames: (the claim, who is blamed, key words of what for, key words of who)
Blame = tuple[Claim, str, set[str], set[str]]


def _blames_of(claims: list[Claim]) -> list[Blame]:
    """The claims that blame someone (``_blamed``), in text order."""
    return sorted(((c, b[0], b[1], _sides(b[0])) for c in claims if (b := _blamed(c)) is not None), key=lambda x: x[0].span[0])


def _blame_pairs(blames: list[Blame]) -> list[Contradiction]:
    """Two claimants blaming different sides for the same act: "the RSF
    blamed the army for the shelling" / "the army accused the RSF of
    carrying out the attack". The same act: the two events' type, or a
    shared word of harm in what each blames for."""
    out = []
    for i, (a, wa, fa, sa) in enumerate(blames):
        for b, wb, fb, sb in blames[i + 1 :]:
            if b.span[0] - a.span[0] > _BLAME_REACH:
                break  # a long roundup: blame far apart is for other acts
            x = _blame_pair(a, wa, fa, sa, b, wb, fb, sb)
            if x is not None:
                out.append(x)
    return out


_INVOLVEMENT = re.compile(r"\b(?:behind|responsib\w*|involve\w*|role|part|hand|nothing to do)\b", re.I)


def _blame_denied(analysis: Analysis, claims: list[Claim], blames: list[Blame]) -> list[Contradiction]:
    """A side that is blamed denying it: "Interior Minister Rana Sanaullah
    blamed the TTP" / "The TTP said they were not behind the bombing". The
    denier is the blamed side (its name or one of its actor's aliases shares
    a key word with who is blamed), and denies an act or its involvement."""
    names = {a.id: set().union(*(_sides(x) for x in (a.name, *a.aliases))) for a in analysis.actors}
    out = []
    for c, who, _, side in blames:
        if who == c.claimant.name:
            continue  # (a claim of responsibility: the claimant blames itself)
        for d in claims:
            if d.stance != "denies" or _speaker(d) == _speaker(c) or abs(d.span[0] - c.span[0]) > _BLAME_REACH:
                continue
            denier = names.get(d.claimant.actor or "", set()) | _sides(d.claimant.name)
            if not side & denier or side & _sides(c.claimant.name):
                continue
            words = {st for st, _, _ in key_words(d.content.text)}
            if not (any(_is_event(x) for x in words) or _INVOLVEMENT.search(d.content.text)):
                continue
            out.append(Contradiction(claims=(d.id, c.id), kind="responsibility", about=f"{_blames(c, who)}; {d.claimant.name} denies it"))
            break
    return out


_MUTUAL = re.compile(r"^(?:blam|accus|trad)", re.I)


def _mutual_blame(claims: list[Claim]) -> list[Contradiction]:
    """Sides that blame each other ("the army and the RSF blamed each other
    for the attacks"): the analyzer gives each side a claim with the same cue
    and the same words (``attribution._reciprocal``); each blames the other."""
    out = []
    by_words: dict[tuple[tuple[int, int], tuple[int, int]], list[Claim]] = {}
    for c in claims:
        if c.cue is not None and c.stance == "asserts" and _MUTUAL.search(c.cue.text):
            by_words.setdefault((tuple(c.cue.span), tuple(c.content.span)), []).append(c)  # type: ignore[arg-type]
    for group in by_words.values():
        for a, b in combinations(group, 2):
            if _speaker(a) != _speaker(b):
                what = _clip_words(a.content.text)
                out.append(Contradiction(claims=(a.id, b.id), kind="responsibility", about=f"{a.claimant.name} blames {b.claimant.name}; {b.claimant.name} blames {a.claimant.name} ({what})"))
    return out


def _blame_pair(a: Claim, wa: str, fa: set[str], sa: set[str], b: Claim, wb: str, fb: set[str], sb: set[str]) -> Contradiction | None:
    if _speaker(a) == _speaker(b) or sa & sb:
        return None  # one voice, or both blame the same side
    both = a.event is not None and b.event is not None
    same_event = both and (a.event.type == b.event.type or abs(a.span[0] - b.span[0]) <= _BLAME_NEAR)  # type: ignore[union-attr]
    # "blamed the TTP" beside a group's claim of responsibility: the act at hand
    own = wa == a.claimant.name or wb == b.claimant.name
    bare = (
        (not fa or not fb) and (own or not (fa or fb)) and abs(a.span[0] - b.span[0]) <= _BLAME_NEAR
        and all(_named_side(w) for w, f in ((wa, fa), (wb, fb)) if not f)
    )
    if not (same_event or bare or any(_is_event(x) for x in fa & fb)):
        return None
    return Contradiction(claims=(a.id, b.id), kind="responsibility", about=f"{_blames(a, wa)}; {_blames(b, wb)}")


def find_contradictions(analysis: Analysis, ctx: Any) -> None:
    """Fill ``analysis.contradictions`` (see the module docstring)."""
    claims = analysis.claims
    keys = {c.id: {s for s, _, _ in key_words(c.content.text)} for c in claims}
    # candidate pairs share a key word (inverted index: no all-pairs scan over unrelated claims)
    index: dict[str, list[int]] = {}
    acts = _acts_and_targets()[0]
    for i, c in enumerate(claims):
        if c.stance in ("denies", "doubts", "asserts"):
            for s in sorted(keys[c.id]):  # (sorted: the pairs come out in one order whatever the hash seed)
                if _is_event(s):
                    index.setdefault(s, []).append(i)
            if keys[c.id] & acts:
                index.setdefault(" attack", []).append(i)  # "target" and "struck" meet here (``_same_attack``)
            if keys[c.id] & (_HARM | _CASUALTY):
                index.setdefault(" harm", []).append(i)  # "no civilians were harmed" meets "four children were killed"
    # "A, Kyiv said, a claim Moscow disputed": claims on the very same words meet too
    same_words: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(claims):
        if c.attribution != "author":
            same_words.setdefault(tuple(c.content.span), []).append(i)  # type: ignore[arg-type]
    groups = list(index.values()) + [m for m in same_words.values() if len(m) > 1]
    # "... accused the rebels of shelling the market, a claim the rebels denied":
    # the accuser and the accused meet whatever words they share
    ends = sorted((c.content.span[1], i) for i, c in enumerate(claims))
    for j, c in enumerate(claims):
        if c.stance in ("denies", "rejects") and c.cue is not None:
            lo = bisect.bisect_left(ends, (c.cue.span[0] - 40, -1))
            hi = bisect.bisect_right(ends, (c.cue.span[0], len(claims)))
            groups += [[i, j] for _, i in ends[lo:hi] if i != j and _denied_accusation(claims[i], c)]
    # "Sources said A, but a spokesman denied that B": claims of one sentence set against each other
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(tuple(c.span), []).append(i)  # type: ignore[arg-type]
    for members in by_sentence.values():
        groups += [[i, j] for i, j in combinations(members, 2) if claims[j].stance in OPPOSED and _contrasted(claims[i], claims[j])]
    # "denied an air strike on a monastery that residents said killed 31
    # people": the denial and the tag on the very thing it denies
    starts = sorted((c.content.span[0], i) for i, c in enumerate(claims))
    for j, c in enumerate(claims):
        if c.stance in ("denies", "doubts"):
            lo = bisect.bisect_left(starts, (c.content.span[1], -1))
            hi = bisect.bisect_right(starts, (c.content.span[1] + 2, len(claims)))
            groups += [[i, j] for _, i in starts[lo:hi] if i != j and _tag_on_denied(c, claims[i])]
    found: list[Contradiction] = []
    tried: set[tuple[str, str]] = set()
    parties = _spokespeople(analysis.actors, claims)
    for members in groups:
        if len(members) > 200:
            members = members[:200]
        for i, j in combinations(members, 2):
            a, b = claims[i], claims[j]
            pair = (a.id, b.id)
            if pair in tried or (b.id, a.id) in tried or _speaker(a) == _speaker(b) or (_overlap(a, b) and not _answered(a, b)) or _one_party(parties, a, b):
                continue
            tried.add(pair)
            x = _stance_pair(analysis, a, b, keys)
            if x is not None:
                found.append(x)
    # a pair the words did not oppose may still be a denial pointing back at
    # a claim ("could not verify the casualty figures" after the toll: no
    # shared proposition, but the figures are the toll's)
    seen = {tuple(k.claims) for k in found}
    found += [k for k in _pointing_pairs(claims, seen, _nations_of_claimants(analysis, claims)) if not _one_party(parties, *_by_id(claims, k.claims))]
    blames = _blames_of(claims)
    found += _blame_pairs(blames)
    found += _blame_denied(analysis, claims, blames)
    found += _mutual_blame(claims)
    with_figures = [c for c in claims if c.figures]
    ordered = sorted(claims, key=lambda c: c.span[0])
    for a, b in combinations(with_figures[:300], 2):
        if _speaker(a) == _speaker(b) or _overlap(a, b) or _one_party(parties, a, b):
            continue
        x = _figure_pair(analysis, a, b, ordered)
        if x is not None:
            found.append(x)
    # "accused the rebels of shelling the market, a claim the rebels denied":
    # one pair, told as blame denied rather than as two stances
    blamed = {frozenset(k.claims) for k in found if k.kind == "responsibility"}
    found = [k for k in found if k.kind != "stance" or frozenset(k.claims) not in blamed]
    analysis.contradictions = list(analysis.contradictions or []) + found
