"""Stance of a claim: asserts, denies, rejects, doubts, hypothetical, demands.

Decided from the cue (``denied``, ``urged``, ``questioned``), the head of the
content clause (``Damascus completely rejects the proposal``), denial words in
the content (``there is total denial of any bombing``), negated events
(``no bombing had taken place``) and hypothetical markers (``would``,
``imagine``, ``if``). Word lists live in ``nlp/data`` (see its README).

Order of precedence: denies / rejects, then demands, doubts, hypothetical,
and asserts when nothing else applies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from claimledger.nlp import lexicon
from claimledger.nlp.doctext import text_of

DENIAL = lexicon.words("denial_cues")
REJECT_CUES = lexicon.tagged("rejection_cues", "cue")
PROPOSALS = lexicon.tagged("rejection_cues", "object")
DOUBT = lexicon.words("doubt_cues")
FALSE_WORDS = lexicon.words("false_words")
DOUBT_WORDS = lexicon.words("doubt_words")
ARMED_PRESENCE = lexicon.words("armed_presence")
HYPOTHETICAL = lexicon.words("hypothetical_cues")
DEMAND = frozenset(x for x in lexicon.lines("demand_cues") if " " not in x)
DEMAND_PAIRS = lexicon.pairs("demand_cues")

# Nouns naming a reported fact: rejecting these denies it.
FACT_NOUNS = frozenset({
    "claim", "allegation", "accusation", "report", "charge", "assertion", "suggestion",
    "story", "account", "rumor", "rumour", "idea", "notion", "characterization", "denial",
    "figure", "toll", "tally", "version", "finding", "conclusion",
})
EVENT_WORDS = frozenset({
    "bomb", "bombing", "attack", "strike", "airstrike", "shell", "shelling", "kill", "killing",
    "target", "hit", "fire", "shoot", "shooting", "happen", "occur", "place", "massacre",
    "raid", "destroy", "use", "launch", "invade", "execute", "torture", "detain", "abduct",
    "carry", "conduct", "commit", "perpetrate", "fly",  # "had not carried out any missions"
    "mission", "operation", "sortie",  # "had no combat missions planned"
    "harm", "hurt", "injure", "wound",  # "no civilians had been harmed"
    "fighting", "clash", "battle", "combat", "gunfire", "explosion", "blast",  # "there was no fighting near the village"
})
# of those, words that name fighting only as nouns ("did not fight for the bill" is no battle)
_FIGHT_NOUNS = frozenset({"fighting", "clash", "battle", "combat", "gunfire", "explosion", "blast"})
# an account named at the sentence's start ("Reports of an explosion ...",
# "The claims that ...", "These"), before what it is called
_ACCOUNT_NAMED = (
    r"^[\"“‘']?(?:(?:the|these|those|such|all|any)?\s*(?:[\w’'-]+\s+){0,2}?"
    r"(?:claims?|allegations?|accusations?|reports?|charges?|assertions?|suggestions?|stories|story|accounts?|rumou?rs?|figures?|numbers?|estimates?|counts?|toll|tally|statements?"
    r"|footage|videos?|images?|photos?|photographs?|pictures?)\b"
    r"(?:\s+(?:that|of|about|from|by)\b[^.;]*?)?"
    r"|(?:these|those|this|that|it|they|all\s+this))"  # "These are lies spread by the army": pointing back
)
_CALLED = (
    _ACCOUNT_NAMED
    + r"\s+(?:(?:has|have|had)\s+)?(?:was|were|is|are|been|be)\s+(?:(?:all|simply|completely|totally|utterly|entirely|pure|a|an|absolutely|highly|largely|grossly|greatly|vastly|hugely|wildly|heavily|massively)\s+|[\"“‘'])*"
)
_ACCOUNT_FIRST = re.compile(_ACCOUNT_NAMED, re.I)
_CALLED_FALSE = re.compile(_CALLED + r"(?:" + "|".join(sorted(FALSE_WORDS, key=len, reverse=True)) + r")\b", re.I)
_CALLED_DOUBTFUL = re.compile(_CALLED + r"(?:" + "|".join(sorted(DOUBT_WORDS, key=len, reverse=True)) + r")\b", re.I)
_NEG_DET = frozenset({"no", "never", "none", "neither", "nor", "nobody", "nothing"})
_NORM_MODALS = frozenset({"shall", "shalt", "should", "must", "ought"})
_DENIAL_PHRASES = re.compile(r"\b(?:total denial|categorically den|flatly den|no truth|not true|never happened|did not happen|didn't happen|not based on (?:any |the )?facts?|no basis in fact|(?:(?:do|does|did)\s+not|don't|doesn't)\s+correspond\s+to\s+(?:reality|the\s+facts|the\s+truth)|nothing\s+to\s+do\s+with\s+reality|without\s+(?:any\s+)?incidents?\b)", re.I)
# a denial of responsibility, as the content's own clause ("they were not
# behind the bombing", "it had nothing to do with the attack"; not "claimed
# responsibility for attacks they were not involved in")
_SUBJECT = r"(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)(?:\s+[\w'’-]+){1,2}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
_NOT_INVOLVED = re.compile(
    rf"^[“”\"‘’' ]*(?:that\s+)?{_SUBJECT}\s+(?:"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s+|(?:wasn't|weren't|isn't|aren't)\s+)(?:behind|responsible\s+for|involved\s+in)"
    r"|(?:had|has|have)\s+(?:nothing\s+to\s+do\s+with|no\s+(?:role|part|hand|involvement)\s+in)"
    r"|played\s+no\s+(?:role|part)\s+in)\b"
)


def _not_involved(content: Span, text: str) -> bool:
    """A denial of responsibility for an act: the phrase opens the content
    and an event word follows it closely ("were not behind the bombing"; not
    "played no role in shaping talking points about the attacks")."""
    m = _NOT_INVOLVED.match(text)
    if m is None:
        return False
    after = [t for t in content if t.idx >= content.start_char + m.end()][:4]
    return any(_lemma(t) in EVENT_WORDS or _lemma(t) in _STRIFE for t in after)


# what one can deny being involved in besides an act ("was not involved in
# tribal conflict", "had no part in the violence")
_STRIFE = frozenset({"conflict", "violence", "atrocity", "abuse", "rape", "looting", "ambush", "hostility"})


_DOUBT_PHRASES = re.compile(r"\b(?:cast doubt|casts doubt|not sure|not clear|not convinced|called into question|no (?:evidence|proof|indication|sign) (?:that|of)\b)", re.I)


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if lemma == tok.lower_ and lemma in _VERDICT_LEMMAS:
        # "army denies claim": a verdict verb the tagger read as an auxiliary
        # or a noun keeps its present tense as its lemma
        return _VERDICT_LEMMAS[lemma]
    return lemma


def _objects(tok: Token) -> Iterable[Token]:
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "pobj", "attr"):
            yield c
        elif c.dep_ == "prep":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _third_person(lemma: str) -> str:
    return lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")


# verbs that pass a verdict on an account given before ("..., a claim the army denies")
VERDICT_VERBS = frozenset({
    "deny", "dispute", "reject", "refute", "contest", "contradict", "dismiss", "rebut", "disavow",
    "debunk", "disprove", "spurn", "rebuff", "oppose", "confirm", "acknowledge", "admit", "corroborate",
})
# "disputes", "denies", "rejects": their present tense, which the tagger can read as plural nouns
_VERDICT_FORMS = frozenset(_third_person(w) for w in VERDICT_VERBS)
_VERDICT_LEMMAS = {_third_person(w): w for w in VERDICT_VERBS}
_NAME_PARTS = frozenset({"PROPN", "NOUN"})


def misread_verdict(tok: Token) -> tuple[Token, Token] | None:
    """"..., a figure Hamas disputes", "..., a claim the army rejects": a
    verdict on the account just given, whose verb the small tagger read as a
    plural noun (so the parse has no verb and no subject there). By the
    words alone: a comma, "a"/"an", an account noun (``FACT_NOUNS`` or a
    proposal), perhaps "that"/"which", a short name or noun phrase, then the
    verb as the clause's last word. Returns (account noun, the subject's
    last word), or None."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ not in _VERDICT_FORMS:
        return None
    doc = tok.doc
    if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
        return None
    subj = doc[tok.i - 1] if tok.i > 0 else None
    if subj is None or subj.pos_ not in _NAME_PARTS and not subj.ent_type_ and not (subj.pos_ == "ADJ" and subj.is_title):
        return None
    j = subj.i
    while j > subj.i - 4 and j > 0 and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].ent_type_ in ("ORG", "GPE", "NORP", "PERSON")):
        j -= 1
    if j > 0 and doc[j - 1].lower_ == "the":
        j -= 1
    if j > 0 and doc[j - 1].lower_ in ("that", "which"):
        j -= 1
    if j < 3:
        return None
    account = doc[j - 1]
    if _lemma(account) not in FACT_NOUNS and _lemma(account) not in PROPOSALS:
        return None
    if doc[j - 2].lower_ not in ("a", "an") or doc[j - 3].text != ",":
        return None
    return account, subj


def _reject_or_deny(tok: Token) -> str | None:
    """Stance carried by a rejection/denial verb, from what it takes as object."""
    lemma = _lemma(tok)
    misread = misread_verdict(tok)
    if misread is not None:
        return "rejects" if _lemma(misread[0]) in PROPOSALS else "denies"
    negated = any(c.dep_ == "neg" or c.lower_ in ("no", "longer") for c in tok.children)
    if lemma in _ONLY_NEGATED and not negated:
        return None  # "accepted the offer", "agreed to the truce"
    if lemma in ("rule", "turn") and not any(c.dep_ in ("prt",) and c.lower_ in ("out", "down") for c in tok.children):
        return None
    for obj in _objects(tok):
        ol = _lemma(obj)
        if ol in PROPOSALS:
            return "rejects"
        if ol in FACT_NOUNS:
            return "denies"
    if tok.dep_ in ("relcl", "acl") and (_lemma(tok.head) in FACT_NOUNS or any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in tok.children)):
        # "..., an account the army rejected", "..., which the army rejects": what was said, denied
        return "denies" if _lemma(tok.head) not in PROPOSALS else "rejects"
    if lemma in DENIAL:
        return "denies"
    if lemma in REJECT_CUES and lemma not in ("accept", "agree", "rule", "turn"):
        return "rejects"
    if lemma in _ONLY_NEGATED and any(True for _ in _objects(tok)):
        return "rejects"  # "would never accept the new map", "will not agree to talks"
    return None


_ONLY_NEGATED = frozenset({"accept", "agree"})  # rejection cues only when negated


def _passive(tok: Token) -> bool:
    """"the results were denied by later reports": someone else's denial,
    which the claimant reports, not their own."""
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)


def _denial_near_head(head: Token | None) -> bool:
    """"there is total denial of ...": a denial word at the head of the content or right under it."""
    if head is None:
        return False
    if _lemma(head) in ("denial", "deny", "refute"):
        return not _passive(head)
    return any(_lemma(c) in ("denial", "deny", "refute") and c.dep_ in ("attr", "nsubj", "dobj", "nsubjpass") for c in head.children)


def _called_false(text: str) -> bool:
    """"claims that tanks had crossed the border were absurd", "the report is
    a fabrication": a claim named and called false is denied."""
    return _CALLED_FALSE.match(text) is not None


def verdict_on_reports(text: str) -> str | None:
    """The writer's own verdict on an account the sentence names ("Reports of
    an explosion at the depot are false", "The reports about the alleged
    destruction of a depot do not correspond to reality": denies; "... are
    unconfirmed": doubts), else None."""
    if _CALLED_FALSE.match(text) is not None:
        return "denies"
    if _CALLED_DOUBTFUL.match(text) is not None:
        return "doubts"
    if _ACCOUNT_FIRST.match(text) and _DENIAL_PHRASES.search(text):
        return "denies"
    return None


def _negated_event(content: Span) -> bool:
    for tok in content:
        lemma = _lemma(tok)
        if lemma not in EVENT_WORDS or (lemma in _FIGHT_NOUNS and tok.pos_ != "NOUN"):
            continue
        if lemma == "place" and _lemma(tok.head) != "take":
            continue  # "no bombing took place", not "there is no safe place left"
        if lemma == "use" and any(c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1 for c in tok.children):
            continue  # "people are not used to the hospital": accustomed, not "did not use"
        if any(c.dep_ == "aux" and c.lower_ in _NORM_MODALS for c in tok.children):
            continue  # "Thou shalt not kill", "civilians must not be targeted": a rule, not a denial
        if any(c.dep_ == "neg" or c.lower_ in _NEG_DET for c in tok.children):
            return True
        # "no bombing had taken place": the negation sits on the subject
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.lower_ in _NEG_DET for d in c.children):
                return True
    return any(_none_among(tok) or _no_harm(tok) for tok in content)


_THE_HARMED = frozenset({"dead", "wounded", "injured", "casualty", "victim", "killed"})


_HARM_NOUNS = frozenset({"casualty", "injury", "death", "fatality", "damage"})


# "no deaths have been reported since May 3", "no casualties so far": a
# running period's report, not a denial of the event's dead
_SO_FAR = re.compile(r"\b(?:since|so far|to date|yet|until now)\b", re.I)


def _with_no(tok: Token) -> bool:
    """Does the noun take the determiner "no" ("no casualties", "no record")?"""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _no_harm(tok: Token) -> bool:
    """"There were no casualties and no damage", "no injuries were reported"."""
    if _lemma(tok) not in _HARM_NOUNS or not _with_no(tok):
        return False
    return _SO_FAR.search(tok.sent.text) is None


def _none_among(tok: Token) -> bool:
    """"no official had been among the dead": the negation sits on the
    subject of the verb "among the dead" hangs on."""
    if _lemma(tok) not in _THE_HARMED or tok.dep_ != "pobj" or tok.head.lower_ != "among":
        return False
    head = tok.head.head
    if any(d.dep_ == "det" and d.lower_ in _NEG_DET for d in head.children):
        return True  # "there were no civilians among the casualties"
    return any(c.dep_ in ("nsubj", "attr") and any(d.lower_ in _NEG_DET for d in c.children) for c in head.children)


# demand words that also assert: "insisted the dam was blown up from inside"
_MANDATE_ONLY = frozenset({"insist"})


def _mandate(cue: Token) -> bool:
    """"insisted on access", "insisted that the army leave", "insisted the
    talks must resume": what should be done, not what is so."""
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            return True
        aux = [a.lower_ for a in c.children if a.dep_ == "aux"]
        if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and all(a in _NORM_MODALS or a == "to" for a in aux):
            return True
        if c.dep_ == "ccomp" and c.tag_ == "VBP" and cue.tag_ == "VBD" and not aux and _lemma(c) not in ("be", "have", "know"):
            return True  # "insisted that residents stay indoors": a present verb under a past one
    return False


_THERE_OR_KEPT = frozenset({"be", "store", "hide", "keep", "station", "deploy", "base", "locate", "present"})


def _denied_presence(content: Span) -> bool:
    """"There were no fighters in the building", "no weapons were stored at
    the school", "its fighters had not been in the area": the absence of
    armed people or arms, the usual answer to a claim that a place was a
    military target."""
    for tok in content:
        if _lemma(tok) not in ARMED_PRESENCE or tok.pos_ != "NOUN" or _lemma(tok.head) not in _THERE_OR_KEPT:
            continue
        if _with_no(tok):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in tok.head.children):
            return True  # "its fighters had not been in the area", "weapons were never stored there"
    return False


CONFIRMING = frozenset({"confirm", "verify", "corroborate", "determine", "establish", "ascertain"})


# verbs of letting: negated, they refuse ("has not allowed investigators to visit")
_PERMITTING = frozenset({"allow", "permit", "authorize", "authorise", "let"})
# verbs of evidence: negated, they withhold support ("the video does not show a strike")
_SHOWING = frozenset({"show", "prove", "demonstrate", "establish"})


def _not_confirmed(tok: Token) -> bool:
    """A verb of confirming, negated or after "unable" ("could not confirm",
    "was unable to verify"), or a negated verb of evidence ("the video does
    not show a strike"): no support given, a doubt."""
    if _lemma(tok) in _SHOWING:
        return any(c.dep_ == "neg" for c in tok.children)
    if _lemma(tok) not in CONFIRMING:
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _HARDLY) for c in tok.children):
        return True  # ("Kyiv rarely confirms strikes inside Russia")
    if tok.dep_ == "xcomp" and _lemma(tok.head) == "able" and tok.head.dep_ == "acomp":
        # "We have not been able to confirm this", "was not able to verify"
        return any(c.dep_ == "neg" for c in (*tok.head.children, *tok.head.head.children))
    return tok.dep_ == "xcomp" and _lemma(tok.head) in ("unable", "fail")


def _checked_verbs(head: Token) -> list[Token]:
    """The content's head, and the verb "was unable to verify" hangs on the
    copula's adjective ("it was unable to verify the toll")."""
    out = [head]
    if _lemma(head) == "be":
        out += [x for a in head.children if a.dep_ == "acomp" and a.lower_ in ("unable", "able") for x in a.children if x.dep_ == "xcomp"]
    return out


# adverbs that all but negate a habit of confirming
_HARDLY = frozenset({"rarely", "seldom", "never", "hardly"})


# what a speaker says it has none of ("had no record of a strike at that location")
_HELD_NOTHING = frozenset({"record", "knowledge", "indication", "evidence", "information", "detail", "confirmation"})
# what it says it is still checking ("was looking into the reports")
_CHECKED = frozenset({"report", "claim", "allegation", "account", "incident", "matter"})
_CHECKING = frozenset({"check", "review", "examine", "verify", "investigate", "study"})
# what an account can be "under" while it is checked ("the incident was under review")
_UNDER_CHECK = frozenset({"review", "investigation", "examination", "consideration", "scrutiny"})
_UNDER_CHECKED = _CHECKED | {"case"}  # what can be "under review": "the case is under investigation"


# what a search can come back without: "found no evidence that ...", "saw no sign of ..."
_SOUGHT = frozenset({"evidence", "sign", "trace", "proof", "indication", "record", "report", "confirmation"})
_SEARCHING = frozenset({"find", "see", "uncover", "discover", "locate"})


def found_nothing(verb: Token) -> Token | None:
    """The object of a search that came back empty: "found no evidence",
    "saw no sign", "did not find any trace" (a doubt of what was sought)."""
    if _lemma(verb) not in _SEARCHING:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and _lemma(c) in _SOUGHT), None)
    if obj is None:
        return None
    dets = {c.lower_ for c in obj.children if c.dep_ == "det"}
    if "no" in dets or ("any" in dets and any(c.dep_ == "neg" for c in verb.children)):
        return obj
    return None


_WH = frozenset({"who", "what", "how", "whether", "when", "where", "which", "why", "if"})
_KNOWERS = frozenset({"i", "we", "it", "they"})  # a speaker speaking of itself


def _not_knowing(know: Token, clause: Token, first: Token) -> bool:
    """"We don't know who fired", "it did not know how many were killed": a
    negated "know" whose subject is the speaker itself (first person, "it",
    "they"; not "he doesn't know me") and whose clause, opening with ``first``,
    asks about something that happened (a clause with a subject, not "how to
    cope")."""
    if _lemma(know) != "know" or not any(c.dep_ == "neg" for c in know.children) or first.lower_ not in _WH:
        return False
    knower = next((c for c in know.children if c.dep_ == "nsubj"), None)
    return knower is not None and knower.lower_ in _KNOWERS and _finite(clause)


def _finite(clause: Token) -> bool:
    """A clause with a subject of its own ("who fired", "how many were
    killed"), not an infinitive ("how to cope")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or clause.doc[clause.left_edge.i].dep_ in ("nsubj", "nsubjpass")


def _unknown_to(head: Token) -> bool:
    """The answer of a party that neither confirms nor denies: "it had no
    record of a strike", "did not know who fired", "was not aware of any strike", "had no knowledge of
    the incident", "was looking into / checking the reports", "the incident
    was under review". A doubt."""
    lemma = _lemma(head)
    kids = list(head.children)
    if lemma == "have":
        return any(c.dep_ == "dobj" and _lemma(c) in _HELD_NOTHING and _with_no(c) for c in kids)
    if lemma == "know":
        # "did not know who carried out the attack"
        return any(c.dep_ == "ccomp" and c.i > head.i and _not_knowing(head, c, head.doc[c.left_edge.i]) for c in kids)
    if lemma == "be":
        aware = next((c for c in kids if c.dep_ == "acomp" and c.lower_ == "aware"), None)
        if aware is not None:
            # (the parse may hang the "not" on "aware": 'was "not aware of injuries ..."')
            return any(c.dep_ == "neg" for c in (*kids, *aware.children))
        # "the incident was under review", "the case is under investigation"
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        return subj is not None and _lemma(subj) in _UNDER_CHECKED and any(
            c.dep_ == "prep" and c.lower_ == "under" and any(_lemma(g) in _UNDER_CHECK for g in c.children if g.dep_ == "pobj") for c in kids)
    if head.tag_ != "VBG" or not any(c.dep_ == "aux" and _lemma(c) == "be" for c in kids):
        return False  # (progressive only: "investigated the reports and found ..." is a finding)
    objects = [c for c in kids if c.dep_ == "dobj"]
    if lemma == "look":
        objects += [g for c in kids if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    elif lemma not in _CHECKING:
        return False
    return any(_lemma(o) in _CHECKED for o in objects)


def _named_as(cue: Token | None, content: Span | None, words: frozenset[str]) -> bool:
    """Does a naming verb call what it names one of ``words`` ("called the
    reports fake news", "called the claim unproven")? The word in the content
    after its first token, or the verb's predicate complement."""
    if cue is None or _lemma(cue) not in NAMING:
        return False
    called = [c for c in cue.children if c.dep_ in ("oprd", "acomp") or (c.dep_ == "advcl" and c.pos_ == "ADJ")] + (list(content[1:]) if content is not None else [])
    return any(_lemma(t) in words or t.lower_ in words for t in called)


def _demand(cue: Token) -> bool:
    """A cue that demands or requests an act: a demand word ("urged", "called
    for"), or "asked" with an infinitive or a that-clause ("asked residents to
    stay indoors", "asked that the road be opened"; not "asked whether ...")."""
    lemma = _lemma(cue)
    if lemma in _MANDATE_ONLY:
        return _mandate(cue)
    if lemma in DEMAND or any((lemma, c.lower_) in DEMAND_PAIRS for c in _particles(cue)):
        return True
    if lemma not in ("ask", "request"):
        return False
    for c in cue.children:
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return True
    return False


def _particles(cue: Token) -> list[Token]:
    """The cue's children, and the word right after it when the parse hung it
    on the clause it introduces: "called for both sides to observe the truce"
    (a for-to clause: "for" marks "observe", not "called")."""
    kids = list(cue.children)
    after = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    if after is not None and after.dep_ in ("mark", "prep") and after not in kids:
        kids.append(after)
    return kids


_FIRST_PERSON = frozenset({"we", "i"})


def _own_demand(head: Token) -> bool:
    """A quote that is itself a demand: "We call on both sides to respect the
    truce", "I appeal to the parties ...", "We are calling on the world to
    act": a demand verb in the present, its subject the speakers (not "We
    called for a ceasefire last week", a past demand told; not "we will ask
    them to ...", one announced; not "They call on us to surrender",
    someone else's)."""
    if head.pos_ != "VERB" or not _demand(head) or any(c.dep_ == "neg" for c in head.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in head.children):
        return False
    if _lemma(head) == "appeal" and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in head.children):
        return False  # ("We will appeal this decision": to a court)
    if head.tag_ in ("VBP", "VB"):
        return not any(c.dep_ == "aux" and c.lower_ not in ("do", "must") for c in head.children)
    return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("are", "am", "'re", "'m") for c in head.children)


def _in_question(cue: Token) -> bool:
    """Is the cue's sentence a direct question ("Can you confirm that ...?",
    "Why did the army say ...?"): ending in a question mark and opening with
    an auxiliary or a question word?"""
    sent = cue.sent
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    if last is None or last.text != "?":
        return False
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    colon = next((t.i for t in sent[:4] if t.text == ":"), None)
    if colon is not None:  # "Question: Can you ...": past a transcript's label
        words = [t for t in words if t.i > colon]
    first = words[0] if words else None
    return first is not None and first.i < cue.i and (first.pos_ == "AUX" or first.lower_ in _QUESTION_WORDS)


_LOCATIVE = frozenset({"in", "on", "under", "at", "near", "beneath", "among", "across", "along", "outside", "inside", "beside", "around", "by"})


def _lying_somewhere(tok: Token) -> bool:
    """"bodies were lying in the street", "the wreckage lay near the road":
    the verb of where something lies, not of a falsehood."""
    return _lemma(tok) in ("lie", "lay") and any(c.dep_ == "prep" and c.lower_ in _LOCATIVE for c in tok.children)


def classify(cue: Token | None, content: Span | None, root: Token | None = None) -> str:
    """The stance of one relation: its cue token, its content span and the content's head."""
    if cue is not None and _in_question(cue):
        return "hypothetical"  # "Can you confirm that UN staff were among the dead?": asked, not said
    if cue is not None and _lemma(cue) in _ASKING and content is not None and len(content) and content[0].lower_ in _QUESTION_WORDS:
        # "asked whether the army had used ...": a question raises it, nobody
        # asserts or doubts it, whatever its words ("... was blocking the convoys")
        return "hypothetical"
    if cue is not None:
        lemma = _lemma(cue)
        if lemma in DENIAL or lemma in REJECT_CUES:
            found = _reject_or_deny(cue)
            if found == "rejects" and content is not None and len(content) and (_lemma(content[0]) in FACT_NOUNS or _lemma(content.root) in FACT_NOUNS):
                return "denies"  # "rejects claims it shelled the camp", "rejected the report's findings": a claim of fact, denied
            if found:
                return found
    demand = cue is not None and _demand(cue)
    has_content = content is not None and len(content) > 0
    head = (root if root is not None and content.start <= root.i < content.end else content.root) if has_content else None
    if has_content:
        if head is not None and (_lemma(head) in DENIAL or _lemma(head) in REJECT_CUES) and not _passive(head) and not _lying_somewhere(head):
            found = _reject_or_deny(head)
            if found:
                return found
        text = text_of(content.doc)[content.start_char : content.end_char]  # content.text, without joining its tokens
        phrase = _DENIAL_PHRASES.search(text)
        if phrase is not None and phrase.group().lower().startswith(("categorically", "flatly")) and head is not None and _passive(head):
            phrase = None  # "the findings were flatly denied by two later reports": someone else's denial
        if phrase is not None or _denial_near_head(head) or _called_false(text) or _not_involved(content, text):
            return "denies"
        if (_negated_event(content) or _denied_presence(content)) and not demand:
            return "denies"  # (not "urged the army not to shell the town": a demand)
    if head is not None and _own_demand(head):
        return "demands"  # "We call on both sides to respect the truce," the envoy said
    if cue is not None:
        lemma = _lemma(cue)
        if demand:
            return "demands"
        if lemma in DOUBT:
            return "doubts"
    if (cue is not None and _not_confirmed(cue)) or (head is not None and any(_not_confirmed(t) for t in _checked_verbs(head))):
        return "doubts"  # "did not confirm that the convoy was hit", "said it could not confirm the toll"
    if any(t is not None and found_nothing(t) is not None for t in (cue, head)):
        return "doubts"  # "found no evidence that the hospital was used by fighters"
    if head is not None and _unknown_to(head):
        return "doubts"  # "said it had no record of a strike", "was looking into the reports"
    if cue is not None and has_content and _not_knowing(cue, content.root, content[0]):
        return "doubts"  # "We don't know who fired on the convoy": the cue itself says it is unknown
    if cue is not None and (_lemma(cue) in _ANSWERING or _lemma(cue) in _PERMITTING) and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _HARDLY) for c in cue.children):
        # "Kyiv does not usually comment on attacks", "did not respond to a request":
        # no answer given; "has not allowed UN investigators to visit the site": a refusal
        return "rejects"
    if cue is not None and _evidence_withheld(cue):
        return "rejects"  # "He did not offer evidence", "gave no proof": support withheld, as "did not respond to"
    if cue is not None and _no_remark(cue):
        return "rejects"  # "It made no mention of civilian deaths", "made no reference to the strike": as "did not mention"
    if _named_as(cue, content, FALSE_WORDS):
        return "denies"  # "called the reports 'fake news'", "labelled the account propaganda"
    if _named_as(cue, content, DOUBT_WORDS):
        return "doubts"  # "called the claim unproven", "described the figures as exaggerated"
    if cue is not None and has_content and _lemma(cue) in _SAYING and any(c.dep_ == "neg" for c in cue.children) and content[0].lower_ not in _QUESTION_WORDS:
        return "rejects"  # "The ministry did not say the facility had been destroyed": no such claim made
    if has_content and content[0].lower_ in _QUESTION_WORDS and cue is not None and _lemma(cue) in _TELLING and any(c.dep_ == "neg" for c in cue.children):
        return "rejects"  # "would not say whether ...", "did not say who fired": information withheld
    if cue is not None and _lemma(cue) in _ASKING and any(c.dep_ == "prep" and c.lower_ == "about" for c in cue.children):
        return "hypothetical"  # "Asked about the strikes, ...": a question on a topic
    if has_content:
        if _DOUBT_PHRASES.search(text) or _CALLED_DOUBTFUL.match(text):
            return "doubts"  # (and "the figures were exaggerated": a claim named and doubted)
        if content[0].lower_ == "whether":
            # "questioned whether ..." doubts (a doubt cue, above); "are looking
            # into whether ...", "will decide whether ...": an open question
            return "hypothetical" if cue is not None and _lemma(cue) in _OPEN_QUESTION else "doubts"
        if head is not None and _refusal(head, cue):
            return "rejects"  # "said they would not coordinate with Israel": a refusal, not a forecast
        if _hypothetical(content, head):
            return "hypothetical"
    return "asserts"


_REFUSING_SUBJECTS = frozenset({"we", "they", "he", "she", "i"})
_WILLING = frozenset({"would", "will", "wo"})


def _refusal(head: Token, cue: Token | None) -> bool:
    """"they would not coordinate", "we will not leave", "Hamas said it would
    not release ...": the speakers' own "would not"/"will not" on something
    they would do (not "would not be able to", not "would not have happened",
    not "the ceasefire would not hold")."""
    if head.pos_ != "VERB" or head.lemma_ in ("be", "have", "happen", "hold", "last", "work", "change"):
        return False
    kids = list(head.children)
    if any(c.dep_ == "aux" and c.lower_ not in _WILLING for c in kids) or any(condition_clause(c) for c in kids):
        return False  # ("would never have allowed that if ...", "wouldn't be doing our jobs if ...": a counterfactual)
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    # "it" for the body that speaks ("Hamas said it would not ...", "the ministry said it would not allow ...")
    refusing = _body_speaker(cue) if subj.lower_ == "it" else subj.lower_ in _REFUSING_SUBJECTS
    return (
        refusing
        and any(c.dep_ == "aux" and c.lower_ in _WILLING for c in kids)
        and any(c.dep_ == "neg" for c in kids)
        and not any(c.dep_ == "auxpass" for c in kids)
    )


def _body_speaker(cue: Token | None) -> bool:
    """Is the subject of the verb of saying a body, not a person ("Hamas
    said", "the ministry said"; not "the minister said")?"""
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
    if speaker is None or speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in lexicon.titles():
        return False
    return speaker.ent_type_ in ("ORG", "GPE", "NORP") or speaker.pos_ in ("PROPN", "NOUN")


_QUESTION_WORDS = frozenset({"whether", "if", "who", "whom", "what", "which", "when", "where", "why", "how"})
_TELLING = frozenset({
    "say", "tell", "comment", "confirm", "disclose", "specify", "reveal", "explain", "answer", "respond",
    "elaborate", "identify", "name", "give", "provide", "indicate", "discuss",
})
_ASKING = frozenset({"ask", "inquire", "enquire", "query"})
# negated, with what would have been said: it was not said ("did not say that ...")
_SAYING = frozenset({"say", "tell", "claim", "state", "write", "report", "allege"})
# looking into a question, or about to settle it: no doubt cast
_OPEN_QUESTION = frozenset({
    "look", "investigate", "probe", "examine", "study", "check", "review", "assess", "determine",
    "establish", "verify", "explore", "consider", "weigh", "decide", "see", "discuss", "debate", "evaluate",
})
_OFFERING = frozenset({"offer", "provide", "give", "present", "produce", "share", "publish", "release"})
_PROOFS = frozenset({
    "evidence", "proof", "detail", "details", "explanation", "source", "sources", "documentation",
    "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures", "footage", "video", "videos",
    "figure", "figures", "data", "information", "document", "documents", "toll", "name", "names",
})


def _evidence_withheld(cue: Token) -> bool:
    """"did not offer evidence", "provided no proof", "gave no details": a
    verb of offering, negated or with "no" on its object, whose object is
    evidence or detail. Not "offered evidence that ..." (a claim)."""
    if _lemma(cue) not in _OFFERING:
        return False
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _PROOFS:
        return False
    return any(c.dep_ == "neg" for c in cue.children) or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


def _no_remark(cue: Token) -> bool:
    """"made no mention of", "made no reference to", "no comment on": a
    remark noun with "no", the cue or the cue verb's object."""
    for t in (cue, *(c for c in cue.children if c.dep_ == "dobj")):
        if t.lemma_.lower() in _REMARKS and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True
    return False


_REMARKS = frozenset({"mention", "reference", "comment", "remark"})
_ANSWERING = frozenset({"comment", "respond", "reply", "answer", "mention", "address"})  # negated: no answer given ("did not mention Dnipro")
# verbs that name what something is ("called the reports fake news")
NAMING = frozenset({"call", "label", "brand", "term", "describe", "dub"})

_IMAGINE = frozenset({"imagine", "suppose", "supposing", "hypothetically"})


def condition_clause(c: Token) -> bool:
    """Is ``c`` a condition on its head: an adverbial clause opened by "if"
    or "unless"?"""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)


_PERCEIVING = frozenset({"hear", "see", "smell", "feel", "observe", "spot"})


def _perceived(verb: Token) -> bool:
    """"Gunfire could be heard", "smoke could be seen": a passive verb of
    perceiving after "could" tells what was perceived."""
    return _lemma(verb) in _PERCEIVING and any(c.dep_ == "auxpass" for c in verb.children)


def _hypothetical(content: Span, head: Token | None) -> bool:
    """Is the proposition itself only imagined? "imagine ...", a modal on the
    content's main verb ("200,000 people would flee"), or a condition on it
    ("if the siege holds, ..."). A modal deeper in the clause does not make
    the whole claim hypothetical ("hospitals had been bombed and staff could
    no longer cope"), nor does "could not": that is a past inability."""
    if any(tok.lower_ in _IMAGINE for tok in content):
        return True
    if head is None:
        return False
    if head.lower_ in HYPOTHETICAL and head.dep_ in ("aux", "mark"):
        return True
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]
    for verb in verbs:
        negated = any(c.dep_ == "neg" or c.lower_ in ("longer", "never") for c in verb.children)
        for c in verb.children:
            low = c.lower_
            if c.dep_ in ("aux", "mark") and low in HYPOTHETICAL:
                if low == "could" and (negated or _perceived(verb)):
                    continue  # ("could be heard since dawn": what was heard, no supposition)
                return True
            if c.dep_ == "advmod" and low in HYPOTHETICAL:
                return True
            if condition_clause(c):
                return True
    return False


def classify_text(text: str) -> str:
    """A rough stance for text without a parse (authorial sentences): denial
    phrases, then doubt phrases, then hypothetical markers, else asserts."""
    if _DENIAL_PHRASES.search(text):
        return "denies"
    if _DOUBT_PHRASES.search(text):
        return "doubts"
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & {"would", "could", "might", "imagine", "suppose"}:
        return "hypothetical"
    return "asserts"
