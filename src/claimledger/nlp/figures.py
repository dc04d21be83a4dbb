"""spaCy component ``claimledger_figures``: counts of people in the text.

Finds figures in digits and words ("12", "275,000", "Two people", "dozens",
"at least 40", "between 3 and 5", "more than 100", "12 Taliban militants
including 2 commanders", "27 killed and 40 wounded") and gives each a category
(killed, injured, displaced, detained, hostages, fighters, other) from the verb
or noun it goes with. Writes ``doc._.cl_figures`` (``models.Figure``, offsets
local to the Doc).

One pass over the tokens; cue lists come from ``data/figure_cues.json``
(see :mod:`claimledger.nlp.quantities`).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimledger.models import Figure
from claimledger.nlp.doctext import text_of
from claimledger.nlp.pipeline import ensure_extensions
from claimledger.nlp.quantities import NUMBER_WORDS, cues, is_toll, parse_digits, parse_number_words

SKIP_ENTS = frozenset({"TIME", "PERCENT", "QUANTITY", "ORDINAL"})  # (MONEY: below, only with a currency)
DATE_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "ago", "yesterday", "today", "tomorrow", "decade", "decades", "century", "night", "morning",
    "evening", "hours", "hour", "season", "since", "until",
})


def _skipped(t: Token) -> bool:
    """Tokens inside dates, times, money, percentages and the like are not
    figures. The small model sometimes tags "between 3 and 5 guards" as a DATE,
    so a DATE entity only counts when it has a date word or a year in it."""
    if t.ent_type_ in SKIP_ENTS:
        return True
    if t.ent_type_ not in ("DATE", "MONEY"):
        return False
    doc = t.doc
    start, end = t.i, t.i + 1  # the entity around t (doc.ents would build every entity's span)
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if t.ent_type_ == "MONEY":
        # "more than 10 million people were displaced": the small model calls a
        # large count money; money has a currency in it
        return any(x.text in _CURRENCY_SIGNS or x.lower_ in _CURRENCIES for x in doc[max(0, start - 1) : end])
    # "KYIV, May 3 - Two drivers were killed": the dateline's dash ends the date
    dash = next((x.i for x in reversed(doc[start : t.i]) if x.text in _DASHES), None)
    if dash is not None:
        start = dash + 1
    return any(x.lower_ in DATE_WORDS or (x.is_digit and len(x.text) == 4) or "/" in x.text for x in doc[start:end])


_DASHES = frozenset({"-", "–", "—"})
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₹", "₽", "US$", "A$", "C$"})
_CURRENCIES = frozenset({
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees",
    "rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias", "riyal", "riyals", "rial", "rials", "dinar", "dinars",
    "dirham", "dirhams", "shekel", "shekels", "lira", "liras", "naira", "shilling", "shillings", "franc", "francs",
    "rand", "birr", "pesos", "peso", "cents", "cent", "usd", "eur", "gbp", "bn", "m",
})
AUX_WORDS = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "be", "being",
                       "reportedly", "allegedly", "also", "all", "reported", "later", "confirmed",
                       "believed", "said", "to", "seriously", "critically", "slightly", "fatally",
                       "them", "whom"})
SEVERITY = ("killed", "injured", "hostages", "detained", "displaced", "other")
ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "pobj"})
BARE_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
VICTIM_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
INTRANSITIVE_DEATH = frozenset({"die", "perish", "succumb", "drown"})
A_NUMBERS = frozenset({"dozen", "score", "hundred", "thousand", "couple", "pair"})
ONE_BLOCKERS = frozenset({"no", "the", "any", "every", "each", "this", "that", "which", "someone", "anyone"})
NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


class _Cues:
    """Cue lists as frozensets, built once per process."""

    def __init__(self) -> None:
        c = cues()
        self.by_word: dict[str, str] = c["by_word"]
        self.person = c["person_set"]
        self.victims = frozenset(w.lower() for w in c.get("victim_nouns", []))
        transfer = c.get("hospital_transfer", {})
        self.to_hospital = (frozenset(transfer.get("verbs", [])), frozenset(transfer.get("places", [])))
        self.units = c["unit_set"]
        self.vague = {k.lower(): v for k, v in c["vague_counts"].items()}
        self.exact = {k.lower(): v for k, v in c["exact_words"].items()}
        self.lower = [tuple(x.split()) for x in c["lower_bound"]]
        self.upper = [tuple(x.split()) for x in c["upper_bound"]]
        self.approx = [tuple(x.split()) for x in c["approximate"]]


_CUES: _Cues | None = None


def _cues() -> _Cues:
    global _CUES
    if _CUES is None:
        _CUES = _Cues()
    return _CUES


def _category_of(token: Token, cs: _Cues, *, fighters: bool = True) -> str | None:
    for key in (token.lower_, token.lemma_.lower()):
        cat = cs.by_word.get(key)
        if cat and (fighters or cat != "fighters"):
            return cat
    return None


def _parse_at(doc: Doc, i: int, cs: _Cues) -> tuple[int | None, int | None, int] | None:
    """Parse a number starting at token ``i``: (value, low, end) with ``end``
    exclusive; ``low`` is set for vague plurals ("dozens" -> low 12)."""
    t = doc[i]
    low = t.lower_
    n = len(doc)
    # "a dozen", "a couple of"
    for phrase, v in cs.exact.items():
        words = phrase.split()
        if [x.lower_ for x in doc[i:i + len(words)]] == words:
            end = i + len(words)
            # "a dozen" -> 12; "two dozen" handled below
            return v, None, end
    if low in cs.vague:
        # "tens of thousands", "hundreds of thousands"
        if i + 2 < n and doc[i + 1].lower_ == "of" and f"{low} of {doc[i + 2].lower_}" in cs.vague:
            return None, cs.vague[f"{low} of {doc[i + 2].lower_}"], i + 3
        nxt = doc[i + 1].lower_ if i + 1 < n else ""
        if low in ("several", "many", "numerous") and nxt not in cs.person and nxt not in cs.by_word:
            return None  # "many times", "several reasons": not a count of people
        if low == "many" and i > 0 and doc[i - 1].lower_ == "how":
            return None  # "declined to say how many soldiers died": a question, not a count
        return None, cs.vague[low], i + 1
    d = parse_digits(t.text)
    if d is not None:
        end = i + 1
        value = d
        if end < n and doc[end].lower_ in ("million", "thousand", "hundred", "billion"):
            value = d * {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}[doc[end].lower_]
            end += 1
        if value != int(value):
            return None
        return int(value), None, end
    if low.split("-")[0] in NUMBER_WORDS:
        if low == "one" and i > 0 and doc[i - 1].lower_ in ONE_BLOCKERS and not (doc[i - 1].lower_ == "that" and doc[i - 1].dep_ == "mark" and i + 1 < n and doc[i + 1].lower_ != "of"):
            return None  # (but "said that one soldier was wounded": "that" opens the clause)
        j = i
        words: list[str] = []
        while j < n and (doc[j].lower_.split("-")[0] in NUMBER_WORDS or (doc[j].text in ("-", "and") and j + 1 < n and doc[j + 1].lower_ in NUMBER_WORDS and words)):
            words.append(doc[j].lower_)
            j += 1
        while words and words[-1] in ("-", "and"):
            words.pop()
            j -= 1
        value = parse_number_words([w for w in words if w != "-"])
        if value is None:
            return None
        # "two dozen"
        if j < n and doc[j].lower_ == "dozen":
            value *= 12
            j += 1
        return value, None, j
    return None


def _preceded_by(doc: Doc, i: int, phrases: list[tuple[str, ...]]) -> int | None:
    """If one of ``phrases`` ends right before token ``i``, return its start."""
    last = doc[i - 1].lower_ if i > 0 else None
    for p in phrases:
        k = len(p)
        # (the last word first: most phrases fail on it)
        if i - k >= 0 and (not p or p[-1] == last) and tuple(x.lower_ for x in doc[i - k:i]) == p:
            return i - k
    return None


def _noun_after(doc: Doc, num_last: Token, end: int, cs: _Cues) -> Token | None:
    """The noun a number counts: its syntactic head when it is a numeric
    modifier, the object of "of" in "dozens of people", else None (the number
    stands alone: "27 killed")."""
    n = len(doc)
    if end < n and doc[end].pos_ in ("ADJ", "VERB") and _category_of(doc[end], cs, fighters=False):
        return None  # "23 dead", "27 killed": the number stands alone
    if end < n and doc[end].lower_ == "of":
        # "275,000 of our people", "dozens of civilians": the first noun after "of"
        for t in doc[end + 1:min(n, end + 6)]:
            if t.pos_ in ("NOUN", "PROPN") and (t.dep_ == "pobj" or t.head.i == end or t.lower_ in cs.person):
                return t
            if t.dep_ == "pobj" and t.pos_ in ("ADJ", "VERB") and _category_of(t, cs, fighters=False):
                return t  # "11 of the dead", "three of the wounded"
            if t.is_punct or t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
                break  # (not "11 of the dead were children": the clause's verb ends the phrase)
        return None
    head = num_last.head
    if num_last.dep_ in ("nummod", "quantmod", "amod", "compound") and head.i >= end and head.i - end < 6 and head.pos_ in ("NOUN", "PROPN") and not any(t.is_punct and not t.is_quote for t in doc[end:head.i]):
        return head
    # the parser sometimes hangs the noun elsewhere: take the next noun in a short NP
    j = end
    while j < n and j - end < 5:
        t = doc[j]
        if t.pos_ in ("NOUN", "PROPN") and not _skipped(t):
            if j + 1 < n and doc[j + 1].pos_ in ("NOUN", "PROPN") and doc[j + 1].dep_ != "appos":
                j += 1
                continue
            return t
        if t.pos_ not in ("ADJ", "PROPN", "NOUN") and t.dep_ not in ("compound", "amod") and not (t.is_upper and len(t) > 1):
            break  # an acronym ("5 IS militants") stays inside the noun phrase
        j += 1
    return None


def _window(doc: Doc, j: int, cs: _Cues) -> str | None:
    """A category word within a few auxiliaries after token ``j``."""
    steps = 0
    while j < len(doc) and steps < 4:
        t = doc[j]
        if t.lower_ in AUX_WORDS or t.pos_ in ("ADV", "AUX", "PART"):
            j += 1
            steps += 1
            continue
        cat = _category_of(t, cs, fighters=False)
        if cat and t.pos_ in ("VERB", "ADJ", "NOUN"):
            return cat
        return None
    return None


# things counted, not people: "another 30 drones were lost", "12 missiles
# destroyed" are no toll of the dead or the hurt
_MATERIEL = frozenset({
    "drone", "missile", "rocket", "shell", "munition", "bomb", "projectile", "mortar", "grenade", "launcher",
    "tank", "aircraft", "jet", "plane", "helicopter", "vehicle", "truck", "ship", "boat", "vessel", "warship",
})


def _lost_materiel(num: Token) -> bool:
    """"shot down 47 of the 72 drones, while 20 more were lost", "destroyed 5
    tanks and lost 20": a bare count that a form of "lose" governs, in a sentence that counts weapons or
    vehicles before it, counts more of them, not the dead."""
    sent = num.sent
    if num.head.lemma_.lower() != "lose" and not any(t.lemma_.lower() == "lose" for t in num.doc[num.i + 1 : min(num.i + 7, sent.end)]):
        return False
    return any(t.lemma_.lower() in _MATERIEL and any(c.like_num for c in t.subtree) for t in num.doc[sent.start : num.i])


def _category(doc: Doc, num_start: int, num_last: Token, noun: Token | None, span_end: int, cs: _Cues) -> str | None:
    if noun is not None and noun.lemma_.lower() in _MATERIEL:
        return None
    if noun is None and _lost_materiel(num_last):
        return None
    head = noun if noun is not None else num_last
    # "the dead included 27 Druze and 10 Bedouin fighters": some of those the
    # subject counts, whatever the count's own noun
    included = _included_by(head)
    if included is not None:
        cat = _subject_category(included, cs)
        if cat:
            return cat
    if any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > head.i and _either_or(c, cs) for c in head.children):
        return "other"  # "lost 1,130 troops killed or wounded": either, so neither alone
    # (a) the noun itself says it: "3 fatalities", "40 dead", "200 refugees"
    if noun is not None:
        cat = _category_of(noun, cs, fighters=False)
        if cat in _STATUS:
            # "killed at least 91 detainees", "the deaths of 3 hostages": who
            # they were, but what the verb did to them
            gov = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
            done = _category_of(gov, cs, fighters=False) if noun.dep_ in ("dobj", "nsubjpass", "pobj") and gov.i != noun.i else None
            return done if done in ("killed", "injured") else cat
        if cat:
            return cat
        # "2 displaced students", "40 wounded soldiers"
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.i < noun.i:
                cat = _category_of(child, cs, fighters=False)
                if cat:
                    return cat
    among = _among_them(doc, num_start)
    verb = (head.head if among.head.i == head.i else among.head) if among is not None else None
    if verb is not None and verb.pos_ == "VERB":
        # "272 people were killed, among them 10 children": some of those the
        # verb counted, whatever the parse hangs "among" and the count on
        cat = _category_of(verb, cs, fighters=False) or _subject_category(verb, cs)
        if cat:
            return cat
        # "rescuers pulled 22 bodies from the rubble, among them six
        # children": the people just counted, when their noun says it
        counted = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < among.i and any(n.dep_ == "nummod" for n in c.children)), None)
        cat = _phrase_category(counted, cs, ("compound", "amod")) if counted is not None else None
        if cat:
            return cat
    # (b) the governing verb: "were killed", "killing 3 soldiers", "are hostages";
    # not the subject of an active verb with an object: "2 gunmen killed a man"
    node = head
    for _ in range(4):
        if node.dep_ in ("conj", "appos") and node.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            # "the victims, 12 farmers, were killed"; "GAZA CITY, 12 March – At
            # least 18 people ... were killed": the parse hangs the count on a
            # dateline as its apposition; it shares its head's verb
            node = node.head
            continue
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "including"):
            via = node.head.lower_
            node = node.head.head
            if via == "of" and noun is not None and node.pos_ == "NOUN":
                # "claimed the lives of 12 people", "the bodies of 5 men": the noun says it
                cat = _category_of(node, cs, fighters=False)
                if cat:
                    return cat
            if via == "including" and node.pos_ == "VERB":
                # "104 people were killed, including 35 children": among the killed;
                # "the death toll had risen to 104, including 35 children": among the toll
                cat = _category_of(node, cs, fighters=False) or _subject_category(node, cs)
                if cat:
                    return cat
            continue
        if node.dep_ in ("prep",) and node.lower_ == "including":
            node = node.head
            continue
        break
    gov = node.head if node.head.i != node.i and _same_line(node, node.head) else None
    if gov is not None and _is_agent(node, gov) and _category_of(gov, cs, fighters=False) in ("killed", "injured", "detained", "hostages"):
        return _who(noun, cs)
    args = ARG_DEPS if noun is not None else BARE_ARG_DEPS
    if gov is not None and node.dep_ in args:
        if node.dep_ == "pobj":
            gov = gov.head if gov.lower_ not in ("by",) else gov
        if node.dep_ == "nsubj":
            gov = _predicate_after(gov) or gov
        if _either_or(gov, cs):
            return "other"  # "14 people were killed or wounded": the dead among them are not counted
        cat = _category_of(gov, cs, fighters=False) if gov.pos_ in ("VERB", "ADJ", "NOUN", "AUX") else None
        # "were shot and killed", "was kidnapped and killed": the gravest of the joined verbs
        joined = [
            c for c in gov.children
            if c.dep_ == "conj" and c.pos_ == "VERB" and _same_line(c, gov)
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)  # shares our subject
            # (not "destroying three tanks and killing 150 soldiers": a verb with an object of its own)
            and not (node.dep_ == "dobj" and any(x.dep_ == "dobj" for x in c.children))
        ]
        if cat is None:
            # "39 people were confirmed dead and more than 50 injured": the
            # verb's own complement says it before a verb joined after it
            said = next((_category_of(c, cs, fighters=False) for c in gov.children if c.dep_ in ("attr", "acomp", "oprd") and c.i > node.i and c.i > gov.i), None)
            if said:
                return said
        cats = [x for x in [cat] + [_category_of(c, cs, fighters=False) for c in joined] if x]
        if cats:
            return min(cats, key=SEVERITY.index)
        if _taken_to_hospital(gov, cs) or _treated_for_wounds(gov, cs):
            return "injured"  # "27 people had been taken to hospital", "treated 62 people with shrapnel wounds"
        if _driven_from_home(gov):
            return "displaced"  # "10 million people had been forced from their homes"
        for child in gov.children:
            if child.dep_ in ("attr", "acomp", "oprd", "xcomp", "dobj") and child.i != node.i and child.i > node.i:
                cat = _category_of(child, cs, fighters=False)
                if cat:
                    return cat
    for child in head.children:
        if child.dep_ in ("amod", "acl", "relcl", "appos") and child.i > head.i:
            if child.dep_ == "relcl" and _agent_clause(child):
                continue  # "four air strikes that killed 39 civilians": the strikes did it
            if child.dep_ == "appos" and any(c.dep_ == "nummod" for c in child.children):
                # "8 soldiers, 12 militants killed in clashes": the next count of
                # the list, and what the verb after it says of both
                done = next((_category_of(c, cs, fighters=False) for c in child.children if c.dep_ in ("acl", "relcl") and c.i > child.i), None)
                if done:
                    return done
            cat = _category_of(child, cs, fighters=False)
            if cat:
                return cat
    # (c) a short window: "7 people dead", "killing 3"
    cat = _window(doc, span_end, cs)
    if cat:
        return cat
    if num_start > 0:
        prev = doc[num_start - 1]
        cat = _category_of(prev, cs, fighters=False)
        if cat and prev.pos_ == "VERB" and prev.tag_ in ("VBG", "VBD", "VBN"):
            return cat
    return _who(noun, cs)


def _included_by(head: Token) -> Token | None:
    """The verb "include" whose object the count is (also as a later item of
    the object's list), else None."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dobj" and node.head.lemma_.lower() == "include" and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    return None


# nouns that say what state people were in, not what happened to them
_STATUS = frozenset({"detained", "hostages", "displaced"})


_COUNT_NOUNS = frozenset({"number", "figure", "count", "tally", "estimate", "total"})
_ESTIMATING = frozenset({"put", "place", "peg", "estimate", "set"})


def _among_them(doc: Doc, start: int) -> Token | None:
    """The "among" of ``among them`` (``among those``, ``among whom``) right
    before a count: the people just counted, of whom these are some."""
    if start < 2 or doc[start - 1].lower_ not in ("them", "those", "whom") or doc[start - 2].lower_ != "among":
        return None
    return doc[start - 2]


def _predicate_after(verb: Token) -> Token | None:
    """The verb that says what happened to the subject of a bare participle:
    "17 people sheltering in a church were wounded", which the parse reads as
    two clauses, "17 people sheltering in a church" and "were wounded". The
    participle has no auxiliary; the next verb after it, hung on the same
    head, has an auxiliary and no subject of its own."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.head.i == verb.i:
        return None
    after = next((t for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end] if t.head.i == verb.head.i and t.pos_ in ("VERB", "AUX", "ADJ")), None)
    if after is None or after.dep_ not in ("ccomp", "conj") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in after.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.i < after.i for c in after.children):
        return None
    return after


def _subject_category(verb: Token, cs: _Cues) -> str | None:
    """The category its subject gives a verb of change ("the death toll had
    risen to 104"): the subject noun's, or a compound's before it."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        cat = _phrase_category(subj, cs, ("compound",))
        if cat:
            return cat
        if subj.lemma_.lower() == "number":
            # "the number of people killed ... has risen to 2,670": who is counted, or what was done to them
            who = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            done = next((c for c in who.children if c.dep_ in ("acl", "relcl", "amod")), None) if who is not None else None
            cat = (_category_of(done, cs, fighters=False) if done is not None else None) or (_category_of(who, cs, fighters=False) if who is not None else None)
            if cat:
                return cat
    return None


def _phrase_category(noun: Token, cs: _Cues, deps: tuple[str, ...]) -> str | None:
    """The category of a noun, else of its first modifier of ``deps`` that has one ("death" of "the death toll")."""
    for t in (noun, *(c for c in noun.children if c.dep_ in deps)):
        cat = _category_of(t, cs, fighters=False)
        if cat:
            return cat
    return None


def _estimate_of(doc: Doc, start: int, cs: _Cues) -> str | None:
    """"put the number of people who fled the camp at around 3,000": a figure
    after "at" that an estimating verb gives for "the number of ...", in the
    category of who is counted or what they did (here: displaced)."""
    k = start - 1
    if k < 0 or doc[k].lower_ != "at":
        return None
    sent_start = doc[start].sent.start
    for j in range(k - 1, max(sent_start, k - 15) - 1, -1):
        counted = doc[j]
        if counted.lemma_.lower() not in _COUNT_NOUNS or counted.dep_ != "dobj" or counted.head.lemma_.lower() not in _ESTIMATING:
            continue
        of = next((c for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        who = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if who is None:
            # "the death toll rose to 23, the ministry said, while officials put
            # the number at 31": the bare number is the toll its sentence names
            return _toll_before(doc, sent_start, j, cs) if of is None else None
        cat = _category_of(who, cs, fighters=False)
        if cat is None:
            done = next((c for c in who.children if c.dep_ in ("relcl", "acl")), None)
            cat = _category_of(done, cs, fighters=False) if done is not None else None
        return cat
    return None


def _toll_before(doc: Doc, start: int, end: int, cs: _Cues) -> str | None:
    """The category of the toll named in ``doc[start:end]`` ("the death toll": killed), if one is."""
    for t in doc[start:end]:
        cat = _phrase_category(t, cs, ("compound", "amod")) if t.lemma_.lower() == "toll" else None
        if cat:
            return cat
    return None


_DRIVING = frozenset({"force", "drive", "chase", "push", "evict", "expel"})
_HOMES = frozenset({"home", "house", "village", "land", "town", "city", "area", "neighbourhood", "neighborhood"})


def _driven_from_home(verb: Token) -> bool:
    """"forced from their homes", "driven out of their villages": people made
    to leave where they lived."""
    if verb.lemma_.lower() not in _DRIVING:
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "out", "of"):
            continue
        place = next((g for g in prep.subtree if g.dep_ == "pobj"), None)
        if place is not None and place.lemma_.lower() in _HOMES:
            return True
    return False


def _taken_to_hospital(verb: Token, cs: _Cues) -> bool:
    """"were taken to hospital", "rushed to a clinic", "admitted to hospital"."""
    verbs, places = cs.to_hospital
    if verb.lemma_.lower() not in verbs:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("to", "into") and any(o.dep_ == "pobj" and o.lower_ in places for o in p.children)
        for p in verb.children
    )


def _either_or(verb: Token, cs: _Cues) -> bool:
    """"were killed or wounded", "killed or injured 30 civilians": verbs of two
    categories joined by "or" count people of either, so of neither alone."""
    first = verb.head if verb.dep_ == "conj" else verb
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
        return False
    verbs = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(p.lower_ == "to" and any(o.lower_ == "death" for o in p.children) for v in verbs for p in v.children):
        return False  # ("shot or stabbed to death": the dead)
    return {_category_of(v, cs, fighters=False) for v in verbs} >= {"killed", "injured"}


_TREATING = frozenset({"treat", "operate", "stabilise", "stabilize", "bandage"})


def _treated_for_wounds(verb: Token, cs: _Cues) -> bool:
    """"treated 62 people with shrapnel wounds", "treated 40 people for burns
    and gunshot wounds": the wounded (not "treated 300 patients for cholera")."""
    if verb.lemma_.lower() not in _TREATING:
        return False
    # (the parse hangs "for" on the verb or on the people treated)
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.dep_ in ("pobj", "conj") and _category_of(o, cs, fighters=False) == "injured"
        for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "for")
        for o in p.subtree
    )


def _who(noun: Token | None, cs: _Cues) -> str | None:
    """(d) no event word: the category says who is counted, if they are people."""
    if noun is not None:
        if _category_of(noun, cs) == "fighters":
            return "fighters"
        if noun.lower_ in cs.person or noun.lemma_.lower() in cs.person:
            return "other"
    return None


def _lines(doc: Doc) -> list[int]:
    """Line number of each token (the parser links words across line breaks,
    as between two headlines; such links are not trusted)."""
    lines = doc.user_data.get("cl_lines")
    if lines is None or len(lines) != len(doc):
        lines, k = [], 0
        for t in doc:
            lines.append(k)
            if "\n" in t.text:
                k += 1
        doc.user_data["cl_lines"] = lines
    return lines


def _same_line(a: Token, b: Token) -> bool:
    lines = _lines(a.doc)
    return lines[a.i] == lines[b.i]


def _agent_clause(clause: Token) -> bool:
    """A relative clause whose pronoun is the subject of an active verb with an
    object ("... that killed 39 civilians"): the noun before it is the doer."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children) and any(c.dep_ in ("dobj", "obj") for c in clause.children)


def _is_agent(node: Token, gov: Token) -> bool:
    """Is ``node`` the doer of an active verb with an object ("2 gunmen killed a man")?"""
    return node.dep_ == "nsubj" and gov.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and _same_line(c, gov) for c in gov.children)


def _share_conj_categories(doc: Doc, figures: list[Figure], nouns: list[int]) -> None:
    """"4 police and 39 civilians killed": conjoined counts share the casualty
    category the parser gave only one of them."""
    by_token = {t: f for t, f in zip(nouns, figures)}
    for t, f in zip(nouns, figures):
        if f.category not in ("fighters", "other"):
            continue
        tok = doc[t]
        linked = [c.i for c in tok.children if c.dep_ == "conj"] + ([tok.head.i] if tok.dep_ == "conj" else [])
        for j in linked:
            other = by_token.get(j)
            if other is not None and other.category not in ("fighters", "other"):
                f.category = other.category
                break


def _victims(doc: Doc, text: str, taken: set[int], cs: _Cues) -> list[Figure]:
    """Singular victims without a number: "killed a police colonel", "a soldier
    was wounded", "Farmer killed in Selea" count 1."""
    out: list[Figure] = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "ADJ"):
            continue
        cat = _category_of(verb, cs, fighters=False)
        if verb.lemma_.lower() == "shoot":
            # "shot dead a student", "shot and killed" (the conj is its own verb)
            dead = any(c.lower_ == "dead" for c in verb.children) or (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "dead")
            cat = "killed" if dead else "injured"
        if cat not in ("killed", "injured", "detained"):
            continue
        kids = list(verb.children)
        no_object = not any(c.dep_ in ("dobj", "obj") for c in kids)
        args = [
            c for c in kids
            if c.dep_ in VICTIM_DEPS
            or (c.dep_ == "nsubj" and verb.lemma_.lower() in INTRANSITIVE_DEATH)
            # headline ellipsis: "Farmer killed in Selea" (no object, no determiner)
            or (c.dep_ == "nsubj" and no_object and verb.tag_ in ("VBD", "VBN") and not any(x.dep_ == "det" for x in c.children) and not any(x.dep_ in ("aux",) for x in kids))
        ]
        # "shoot the driver dead": the victim is the subject of "dead"
        for c in kids:
            if c.lower_ == "dead" and c.dep_ in ("ccomp", "xcomp", "oprd", "acomp"):
                args.extend(x for x in c.children if x.dep_ in ("nsubj", "nsubjpass"))
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN":
            args.append(verb.head)
        for arg in list(args):
            args.extend(c for c in arg.children if c.dep_ == "conj")
        for arg in args:
            if arg.i in taken or arg.pos_ not in ("NOUN", "PROPN") or arg.tag_ not in ("NN", "NNP"):
                continue
            if arg.pos_ == "PROPN" and not (arg.is_sent_start or arg.i == 0):
                continue  # a name; only a capitalised first word ("Farmer killed in ...") is a noun
            word = arg.lower_
            if word not in cs.person and _category_of(arg, cs) != "fighters" and word not in cs.victims:
                continue
            dets = [c for c in arg.children if c.dep_ in ("det", "nummod", "poss")]
            # ("killing a man, his wife and their two children": one wife, whoever's, in a list of victims)
            owned = ("his", "her", "their") if arg.dep_ == "conj" else ()
            if any(c.dep_ == "nummod" for c in dets) or any(c.lower_ not in ("a", "an", "another", "one", "the", *owned) for c in dets):
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(x.like_num for x in c.children) for c in arg.children):
                continue  # "a family of four": the count is the number's
            left = min([arg.i] + [c.i for c in arg.children if c.i < arg.i and c.dep_ in ("det", "amod", "compound", "poss")])
            if any(t.lower_ in ("including", "among") for t in doc[max(0, left - 3) : left]):
                continue  # "wounding six people, among them a 12-year-old girl": one of the six
            s, e = doc[left].idx, arg.idx + len(arg.text)
            out.append(Figure(category=cat, text=text[s:e], span=(s, e), value=1))
            taken.add(arg.i)
    return out


def extract_figures(doc: Doc) -> list[Figure]:
    """All figures in ``doc``, in order, with chunk-local character spans."""
    cs = _cues()
    out: list[Figure] = []
    nouns: list[int] = []  # token index of each figure's noun (or number)
    taken: set[int] = set()
    n = len(doc)
    i = 0
    text = text_of(doc)
    while i < n:
        t = doc[i]
        low = t.lower_
        starts = t.like_num or low in cs.vague or low.split("-")[0] in NUMBER_WORDS or (
            low == "a" and i + 1 < n and doc[i + 1].lower_ in A_NUMBERS)
        if not starts or _skipped(t):
            i += 1
            continue
        parsed = _parse_at(doc, i, cs)
        if parsed is None:
            i += 1
            continue
        value, low, end = parsed
        num_last = doc[end - 1]
        if _skipped(num_last):
            i = end
            continue
        start = i
        high = None
        # ranges: "between 3 and 5", "3 to 5", "3-5", "3 or 4"
        if value is not None and end + 1 < n and doc[end].lower_ in ("to", "-", "and", "or", "–"):
            nxt = _parse_at(doc, end + 1, cs)
            if nxt is not None and nxt[0] is not None and nxt[0] >= value:
                b = _preceded_by(doc, start, [("between",)])
                if doc[end].lower_ != "and" or b is not None:
                    low, high, value = value, nxt[0], None
                    end = nxt[2]
                    num_last = doc[end - 1]
                    if b is not None:
                        start = b
        if value is not None:
            b = _preceded_by(doc, start, cs.lower)
            if b is not None:
                low, value, start = value, None, b
            else:
                b = _preceded_by(doc, start, cs.upper)
                if b is not None:
                    high, value, start = value, None, b
                else:
                    b = _preceded_by(doc, start, cs.approx)
                    if b is not None:
                        start = b
        noun = _noun_after(doc, num_last, end, cs)
        if noun is not None and (noun.lower_ in cs.units or noun.lemma_.lower() in cs.units or _skipped(noun)):
            i = end
            continue
        if end < n and (doc[end].lower_ in cs.units or doc[end].text in ("%", "-year", "-")):
            i = end
            continue
        span_end = max(end, noun.i + 1) if noun is not None else end
        # "12 Taliban militants including 2 commanders": one figure
        inner_end = span_end
        if span_end + 1 < n and doc[span_end].lower_ in ("including", "among", "of") and doc[span_end].lower_ != "of":
            inner = _parse_at(doc, span_end + 1, cs)
            if inner is not None:
                inner_noun = _noun_after(doc, doc[inner[2] - 1], inner[2], cs)
                inner_end = max(inner[2], inner_noun.i + 1) if inner_noun is not None else inner[2]
        toll = is_toll(text, doc[i].idx)
        category = "killed" if toll else (_estimate_of(doc, start, cs) or _category(doc, start, num_last, noun, inner_end, cs))
        if category is None:
            i = end
            continue
        s, e = doc[start].idx, doc[inner_end - 1].idx + len(doc[inner_end - 1].text)
        out.append(Figure(category=category, text=text[s:e], span=(s, e), value=value, low=low, high=high))
        nouns.append(noun.i if noun is not None else num_last.i)
        taken.update(range(start, inner_end))
        i = inner_end
    _share_conj_categories(doc, out, nouns)
    out.extend(_victims(doc, text, taken, cs))
    out.sort(key=lambda f: f.span)
    return out


@Language.factory("claimledger_figures")
def make_figures(nlp: Language, name: str) -> Any:
    ensure_extensions()
    _cues()

    def figures(doc: Doc) -> Doc:
        doc._.cl_figures = extract_figures(doc)
        return doc

    return figures
