"""Reported speech from the dependency parse: cue, content and speaker.

Frames (PARC/PolNeAR's notion of an attribution relation):

- ``X said (that) ...`` / ``..., X said``: a reporting verb and its clausal
  complement (ccomp, or a parataxis clause);
- ``X wants/refused/promised to ...``: an intention verb and its xcomp;
- ``X denied the allegations`` / ``X announced a plan``: an object verb and
  its direct object;
- ``X called for a ceasefire``: verb + preposition and its object;
- ``according to X, ...``: the rest of the clause is the content;
- ``X said in a statement that ...``: the clause hanging off the statement.

The speaker is the verb's subject, inherited through conjunctions,
participles (``..., adding that``) and relative clauses; passive verbs take the
``by`` agent. One pass over tokens, constant work per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeGuard

from spacy.tokens import Doc, Span, Token

from claimledger.nlp import cue_model, lexicon, quantities
from claimledger.nlp.event_types import lexicon as event_lexicon
from claimledger.nlp.doctext import quote_spans, sentence_bounds, text_of
from claimledger.nlp.paragraphs import dateline_end, words_after_dateline
from claimledger.nlp.stance import CONFIRMING, DENIAL, NAMING, VERDICT_VERBS, found_nothing, misread_verdict
from claimledger.nlp.stance import classify as stance_classify

SPEECH = lexicon.words("speech_verbs")
INTENT = lexicon.words("intent_verbs")
OBJECT = lexicon.words("object_verbs")
CRITIC = lexicon.words("critic_verbs")
ATTITUDE_NOUNS = lexicon.words("attitude_nouns")
PREP_CUES = lexicon.pairs("prep_cues")
ATTITUDE = lexicon.words("attitude_adjectives")
AGENT_NOUNS = lexicon.words("agent_nouns")
UNDERGO = lexicon.words("undergo_verbs")
# capitalised labels before a colon that name no speaker ("The Latest: ...", "Breaking: ...", "Claim: ...")
KICKERS = lexicon.words("colon_kickers")
is_kicker = lexicon.is_kicker
PREP_VERBS = frozenset(v for v, _ in PREP_CUES)
CUE_LEMMAS = SPEECH | INTENT | OBJECT | CRITIC | PREP_VERBS | {"view", "regard", "portray", "cast", "paint", "characterise", "perceive", "depict"}

SPEECH_NOUNS = frozenset({
    "view", "claim", "statement", "assertion", "belief", "argument", "allegation", "position", "suggestion",
    "contention", "insistence", "warning", "promise", "pledge", "denial", "charge", "accusation", "assessment",
    "conclusion", "prediction", "opinion", "fear", "hope", "assurance", "admission", "insinuation",
    "doubt", "concern", "confidence", "conviction", "suspicion", "expectation", "demand", "estimate",
    "argument", "point", "case", "guarantee", "commitment", "announcement", "reminder", "sense", "impression",
})
LIGHT_VERBS = frozenset({"express", "voice", "make", "issue", "offer", "give", "raise", "share", "convey", "repeat", "reiterate"})
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "memo", "report", "email", "tweet", "post", "release", "note", "ad", "message",
    "video", "op-ed", "editorial", "complaint", "filing", "lawsuit", "speech", "interview", "column", "essay",
})
DATA_NOUNS = frozenset({
    "poll", "survey", "study", "data", "report", "analysis", "record", "document", "figure", "number",
    "statistic", "research", "result", "estimate", "review", "audit", "investigation", "finding", "count", "tally",
})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OPINION_NOUNS = frozenset({"view", "position", "opinion", "statement", "assessment", "report", "point", "understanding", "account"})
# verbs too common as non-speech to count with a plain object
_WEAK_OBJECT = frozenset({"show", "find", "report", "say", "ask", "issue", "release", "publish"})
_TRIM = " \t\n\r,;:—–-"
_QUOTES = "\"'“”‘’«»"
_DASHES = frozenset({"—", "–", "--"})


def _quoted(doc: Doc, pos: int) -> tuple[int, int] | None:
    import bisect

    spans = quote_spans(doc)
    i = bisect.bisect_right(spans, (pos, len(text_of(doc)) + 1)) - 1
    return spans[i] if i >= 0 and spans[i][0] < pos < spans[i][1] else None


def _outside_quote_subject(verb: Token, subj: Token) -> Token | None:
    """``“My apologies, I'm sorry,” Quick said``: a subject the parse found inside
    a quote the verb is not in; the noun right before the verb (or right after
    it: ``said Quick``) speaks instead."""
    doc = verb.doc
    q = _quoted(doc, subj.idx)
    if q is None or q[0] < verb.idx < q[1]:
        return subj
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and doc[j].idx > q[1]:
        j -= 1
    if j >= 0 and doc[j].idx >= q[1] and doc[j].pos_ in ("PROPN", "NOUN", "PRON"):
        # "“...,” a doctor at the hospital told Reuters": the phrase's head, not its last noun
        head = doc[j]
        while head.head.i < verb.i and head.head.idx >= q[1] and head.head.i != head.i:
            head = head.head
        return head if head.pos_ in ("PROPN", "NOUN", "PRON") else doc[j]
    k = verb.i + 1
    if k < len(doc) and doc[k].idx >= q[1] and doc[k].pos_ in ("PROPN", "NOUN", "DET"):
        head = doc[k]
        while head.head.i > head.i and head.head.i < len(doc) and head.head.pos_ in ("PROPN", "NOUN") and head.head.i <= k + 4:
            head = head.head
        return head
    return None


@dataclass
class Relation:
    """One attribution relation inside a spaCy Doc (character offsets)."""

    cue: tuple[int, int] | None
    cue_token: int | None  # token index of the cue head
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_token: int | None  # head token index of the speaker phrase
    frame: str  # ccomp | xcomp | object | prep | according | quote | block
    root: int | None = None  # token index of the content's head


FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})


def _quantified(subj: Token) -> Token:
    """"KHARTOUM - The army and the RSF have each accused ...": the parse made
    the floating "each" the subject; the phrase it counts, before it, speaks."""
    if subj.lower_ not in FLOATING_QUANTIFIERS or any(True for _ in subj.children):
        return subj
    k = subj.i - 1
    while k >= subj.sent.start and subj.doc[k].pos_ in ("AUX", "ADV", "PART"):
        k -= 1  # "have each", "have now both"
    if k < subj.sent.start or subj.doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
        return subj
    head = subj.doc[k]
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "the army and the RSF": the coordination's first member
    return head


_MADE_PUBLIC = frozenset({"post", "release", "issue", "publish", "share", "send", "circulate", "distribute", "sign"})


def _made_by(subj: Token) -> Token:
    """"A statement released by the army said ...", "a video posted on
    Telegram by the governor showed ...": who made the document public
    speaks through it (not "a document obtained by Reuters": who obtained
    it did not write it)."""
    if subj.lemma_.lower() not in DOCUMENT_NOUNS and subj.lemma_.lower() not in ("footage", "recording", "communique", "communiqué"):
        return subj
    for acl in subj.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _MADE_PUBLIC:
            for agent in acl.children:
                if agent.dep_ == "agent":
                    return next((c for c in agent.children if c.dep_ == "pobj"), subj)
    return subj


def _past_dateline(subj: Token) -> Token:
    """"KRAMATORSK, Ukraine, July 3 - Ukrainian officials said": the parse made
    the dateline's place the subject and the speakers its apposition."""
    words = words_after_dateline(text_of(subj.doc), subj.idx)
    if subj.idx >= words:
        return subj
    return next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.idx >= words), subj)


# the fields of a fact check or a brief, not speakers ("Claim: A video ... shows ...")
_FIELD_LABELS = frozenset({"claim", "verdict", "rating", "context", "fact", "background", "update", "note", "summary", "conclusion"})


def quoting_verb(verb: Token) -> Token | None:
    """"quoted" or "cited" in "quoted a military source as saying ...",
    "was quoted by local media as saying ...", for "saying"."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "as" or prep.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return prep.head


def _quoted_as_saying(verb: Token) -> Token | None:
    """The object of "quoted"/"cited" in "quoted a military source as saying
    ...", for "saying"; the subject of the passive in "the governor was quoted
    by local media as saying ..." (the ``by`` agent reports it)."""
    quoting = quoting_verb(verb)
    if quoting is None:
        return None
    return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass") and c.i < verb.head.i), None)


def _quotes_as_saying(verb: Token) -> bool:
    """"A source was cited by SANA as saying ...": "cited" only passes on the
    source's words (``_quoted_as_saying``); it says nothing of its own about the source."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(_quoted_as_saying(g) is not None for g in c.children) for c in verb.children)


_DATELINE_MARKS = _DASHES | {"-", ","}


def _dateline(tok: Token) -> bool:
    """A word in capitals opening its sentence and followed by a dash or comma."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    lead = tok.left_edge  # "MYRTLE BEACH, S.C. - ...": the phrase opens the sentence
    first = lead.i == tok.sent.start or tok.doc[lead.i - 1].is_space
    return first and tok.text.isupper() and len(tok.text) > 2 and nxt is not None and nxt.text in _DATELINE_MARKS


def _verdict_before(verb: Token) -> Token | None:
    """"30 died, a figure the army disputed, saying most were fighters": a
    participle right after a verdict on a claim ("which_answered") is the
    verdict's speaker's, whatever the parse hung it on."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    verdict = next((t for t in [last] + list(last.ancestors) if t.dep_ == "relcl"), None)
    if verdict is None or verdict.right_edge.i != last.i or verdict.i == verb.i or not which_answered(verdict):
        return None
    return verdict


def _nearer_coordinate(verb: Token) -> Token | None:
    """"A said X, while B called the report a provocation and said Y": the
    parse may join the second "said" to X's verb; an "and" right before it
    joins the nearer verb with a subject of its own (not a relative
    clause's), whose subject speaks."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].lower_ not in ("and", "but"):
        return None
    for t in reversed(doc[verb.head.i + 1 : verb.i - 1]):
        if t.pos_ != "VERB" or t.dep_ not in ("advcl", "conj", "parataxis"):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in lexicon.RELATIVE_PRONOUNS), None)
        if subj is not None:
            return subj
    return None


def _described(near: Token, others: list[Token]) -> bool:
    """"Doctors at the Saudi Hospital, one of the few still working, said":
    the parse gave the verb a second subject that is a description set off
    by commas right after another subject; the described one speaks. A name
    set off that way ("A spokesman, Col. Ali, said") is the speaker's own."""
    doc = near.doc
    left, right = near.left_edge.i, near.right_edge.i
    if near.pos_ == "PROPN" or near.ent_type_ in ("PERSON", "ORG", "NORP") or left < 2 or doc[left - 1].text != ",":
        return False
    comma = right if doc[right].text == "," else right + 1  # (the parse may hang the comma on it)
    if comma >= len(doc) or doc[comma].text != "," or comma + 1 != near.head.i:
        return False
    return any(o.right_edge.i == left - 2 for o in others)


def agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was hit by a drone": drone)."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    misread = misread_verdict(verb)
    if misread is not None:
        return misread[1]  # "..., a figure Hamas disputes": Hamas
    if _judged_by_appositive(verb) is not None and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "..., a claim the charity called absurd" (read as "the charity, called absurd")
    if _done_to(verb):
        return None  # "Sudan: RSF accused of killing dozens": RSF is accused; who accuses is not said
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted  # "SANA quoted a military source as saying ...": the source speaks
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS and verb.head.dep_ in ("dobj", "pobj"):
        # "X issued a statement saying ...": whoever issued it speaks
        holder = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        if holder.pos_ in ("VERB", "AUX"):
            found = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    verdict = _verdict_before(verb)
    if verdict is not None:
        return subject_of(verdict, depth + 1)
    inserted = _inserted_reporter(verb)
    if inserted is not None:
        return subject_of(inserted, depth + 1)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "dep", "conj") and verb.i > 0:
        # "the minister saying that ...": a noun right before the participle speaks
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("PROPN", "NOUN") and prev.dep_ not in ("dobj", "compound") and prev.ent_type_ not in ("DATE", "TIME") and agentive(prev):
            return prev
    stolen = _stolen_object(verb)
    if stolen is not None:
        return stolen[0]  # "... killed at least 19 people, most of them children, a local group said"
    # a quote mark the parse took for a subject ("«...,» said X") is none
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not c.is_quote]
    if len(subjects) > 1:
        # "9:30 p.m.\n\nDonald Trump says ...": a dateline read as a second subject
        subjects = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")] or subjects
        # "GENEVA - The United Nations said ...": a place dateline, not a speaker
        subjects = [c for c in subjects if not _dateline(c)] or subjects
        if len(subjects) > 1:
            # "Speaking in Salem, New Hampshire, Trump went ...": the parse hangs a
            # second subject on the verb; the one nearest the verb is its subject
            subjects.sort(key=lambda c: abs(verb.i - c.i))
            if _described(subjects[0], subjects[1:]):
                subjects = subjects[1:]
    if subjects:
        # "which she said ...": the speaker, not the relative pronoun
        return _past_dateline(_made_by(_quantified(next((c for c in subjects if c.lower_ not in lexicon.RELATIVE_PRONOUNS), subjects[0]))))
    agent = agent_of(verb)
    if agent is not None:
        return agent
    if depth > 3:
        return None
    nearer = _nearer_coordinate(verb) if verb.dep_ == "conj" else None
    if nearer is not None:
        return nearer
    if _reporter_act(verb) or _reporter_conj(verb):
        # "X said that A, noting that B": X notes it, not A's subject
        return subject_of(_reporting_verb(verb), depth + 1)
    if _has_contracted(verb):
        # "he's said he will ...": "'s" is "has", its subject speaks
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (_is_passive(verb) or _passive_participle(verb)) and verb.lower_ not in ATTITUDE:
        # "the tournament, which is expected to ...", "Asked about the plan, the
        # mayor said ...": a passive verb's subject is its patient; only a "by"
        # agent (above) speaks
        return None
    if verb.dep_ == "xcomp" and _to_infinitive(verb) and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() != "promise":
        # "the debate led Republicans to say ...": the object of the governing verb
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and agentive(obj):
            return obj
        # "the mayor was prompted to say ...": the passive's subject (unless a
        # "by" agent is named: "advised by the WHO to consider ...")
        controller = passive_controller(verb)
        if controller is not None and agentive(controller) and agent_of(verb.head) is None:
            return controller
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and not agentive(verb.head):
        # "X has drawn huge crowds describing ...", "X is on record opposing ...":
        # a participle on a thing, not a speaker: the clause's subject speaks
        outer = _governing_verb(verb.head)
        found = _not_expletive(subject_of(outer, depth + 1)) if outer is not None else None
        # "there were emails that night showing ...": no clause subject, the thing shows it
        return found if found is not None else verb.head
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN")):
        return verb.head if verb.head.pos_ in ("NOUN", "PROPN", "PRON") else None
    if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "ADJ" and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.dep_ in ("acomp", "advcl", "xcomp", "conj", "oprd"):
        # "voters were more likely to say ...", "he is correct to note ...": the copula's subject
        return _not_expletive(subject_of(verb.head.head, depth + 1))
    if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "dep") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "ccomp" and verb.i < verb.head.i:
            return None
        found = subject_of(verb.head, depth + 1)
        head = verb.head
        if found is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.tag_ in ("VBD", "VBZ", "VBP") and lemma_of(head) in SPEECH and not _is_passive(head):
            # "..., the UN Office (OCHA) said on Friday, citing ...": the
            # reporter the parse lost (hung on the clause before) does both
            found = _lost_subject(verb.doc, head)
        return found
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "..., before saying that": the subject of the verb the phrase hangs off
        return subject_of(verb.head.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ in ("dobj", "attr", "acomp") and verb.head.head.head.pos_ in ("VERB", "AUX"):
        # "he made a point of saying ...", "X was the most aggressive in denouncing ...": the clause's subject
        return _not_expletive(subject_of(verb.head.head.head, depth + 1))
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "pobj":
        # "in addition to worrying that ..., Mrs. Clinton is ...": up through the phrase
        outer = verb.head.head.head
        if outer.dep_ == "prep" and outer.head.pos_ in ("VERB", "AUX") and outer.head.i > verb.i:
            # the grammatical subject, passive or not ("..., Mrs. Clinton is hemmed in by ...")
            return next((c for c in outer.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "ROOT" and verb.tag_ == "VBZ":
        # "Kasich offered the man a job, then says ...": the first clause misread as a ccomp
        left = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if left is not None and any(c.lower_ in ("then", "and", "but", "also") and left.i < c.i < verb.i for c in verb.children):
            return next((c for c in left.children if c.dep_ == "nsubj"), None)
    return None


def passive_controller(verb: Token) -> Token | None:
    """``X was prompted to say ...``: an infinitive under a passive verb is done
    by that verb's subject (``subject_of`` gives none: a passive's subject is its
    patient)."""
    if verb.dep_ != "xcomp" or not _to_infinitive(verb) or verb.head.pos_ != "VERB" or not _is_passive(verb.head):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _passive_participle(verb: Token) -> bool:
    """``Asked about ..., X said``, ``when asked``: a past participle heading its own
    clause, without a perfect auxiliary."""
    # "a play called “Sons of Trump”": a participle on a noun, the noun is its patient
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "ccomp", "acl") and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _not_expletive(subj: Token | None) -> Token | None:
    return None if subj is None or is_expletive(subj) else subj


def agentive(tok: Token) -> bool:
    """Can this noun speak or act: a name, a pronoun, a person or group noun,
    a title, or a document ("a statement saying ...")?"""
    if tok.pos_ in ("PROPN", "PRON") or _may_speak(tok):
        return True
    lemma = tok.lemma_.lower()
    return lemma in DOCUMENT_NOUNS or lemma in _STUDIES


_STUDIES = frozenset({"poll", "survey", "study", "analysis", "research", "investigation", "review", "audit"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs off: as its object, or through one preposition."""
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "oprd") and head.pos_ in ("VERB", "AUX"):
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _phrase(doc: Doc, tok: Token, stop: set[int] | None = None) -> tuple[int, int]:
    """Character span of ``tok``'s subtree, cut at relative clauses and ``stop`` tokens."""
    left, right = tok.left_edge.i, tok.right_edge.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl") or (stop and child.i in stop):
            right = min(right, child.left_edge.i - 1)
    span = doc[left : max(left, right) + 1]
    return _trim(text_of(doc), span.start_char, span.end_char)


# a wire headline's slug ("UPDATE 3-", "EXCLUSIVE-", "CORRECTED-")
_WIRE_SLUG = re.compile(r"(?:UPDATE|WRAPUP|EXCLUSIVE|CORRECTED|REFILE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER)(?:\s?\d+)?\s?[-–—]\s?")


_WHERE_FROM = frozenset({"in", "at", "from", "of", "on", "near", "inside", "outside"})


def speaker_span(doc: Doc, subj: Token) -> tuple[int, int]:
    """The character span naming a speaker whose head is ``subj``: its phrase
    without relative clauses, date phrases, a dateline or quote marks, inside
    its own paragraph."""
    # "our point of view that indicates": the possessor speaks
    if subj.lemma_ in OPINION_NOUNS:
        for c in subj.children:
            if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # not "Monday's statement"
                return (c.idx, c.idx + len(c.text))
    left, right = subj.left_edge.i, subj.right_edge.i
    # "Claim: A video shared on Telegram shows ...": a fact check's field label
    # the parse took for the subject; the phrase after its colon, whole, speaks
    labelled = subj.lemma_.lower() in _FIELD_LABELS and subj.i + 1 < len(doc) and doc[subj.i + 1].text == ":"
    for child in subj.rights:
        if labelled:
            break
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)):
            right = min(right, child.left_edge.i - 1)
            break
        if child.dep_ == "prep" and child.lower_ in _WHERE_FROM and doc[child.i - 1].text == "," and child.right_edge.i + 1 < len(doc) and doc[child.right_edge.i + 1].text == ",":
            # "Okafor, in Lagos, said", "Alan Stern, of the institute, said": where
            # the speaker was or is from, set off by commas (not "Officials,
            # including the mayor, said": who they are)
            right = min(right, child.i - 2)
            break
        if child.dep_ == "appos" and subj.head.i > subj.i and child.i > subj.head.i:
            # "The ministry has said it does not strike civilians, a claim UN monitors
            # contradict": an apposition the parse hung on the subject past its verb
            right = min(right, max(t.i for t in subj.subtree if t.i < subj.head.i))
            break
    # "a spokesman for the group, who declined to be named": a relative clause
    # set off by a comma deeper in the phrase ends it too
    deeper = next((t for t in doc[subj.i + 1 : right + 1] if t.dep_ == "relcl" and t.left_edge.i > subj.i and doc[t.left_edge.i - 1].text == ","), None)
    if deeper is not None:
        right = deeper.left_edge.i - 1
    while right > subj.i and doc[right].lower_ in FLOATING_QUANTIFIERS and doc[right].dep_ in ("appos", "det", "dep"):
        right -= 1  # "Moscow and Damascus both": the quantifier is not part of the name
    span = doc[left : max(left, right) + 1]
    text = text_of(doc)
    s, e = _trim(text, span.start_char, span.end_char)
    # keep the speaker inside its own paragraph and outside quote marks
    line_start = text.rfind("\n", s, subj.idx) + 1
    line_end = text.find("\n", subj.idx, e)
    s = max(s, line_start)
    e = line_end if line_end != -1 else e
    label = text.find(": ", s, e)
    if label != -1 and (text[s:label].lower() in KICKERS or (s == text.rfind("\n", 0, s) + 1 and len(text[s:label].split()) <= 3 and text[label + 2 : label + 3].isupper())):
        # "Claim: Posts shared on social media say ...": a fact-check's label,
        # not the speaker; "Question: Human Rights Watch says ...": a
        # transcript's label before the speaker named after it
        s = label + 2
    slug = _WIRE_SLUG.match(text, text.rfind("\n", 0, subj.idx) + 1)
    if slug is not None and s < slug.end() < e:
        s = slug.end()  # "UPDATE 3-Yemen's Houthis say ...": a wire story's version slug, not the speaker
    words = words_after_dateline(text, s)
    if s < words <= subj.idx:
        s = words  # "MARIUPOL, Ukraine, April 2 (Reuters) - Separatist leaders": a dateline before the speaker
    else:
        for dash in (" - ", " — ", " – ", " -- "):
            i = text.find(dash, s, subj.idx)
            if i != -1 and i - line_start < 40 and all(w[:1].isupper() for w in text[line_start:i].split()):
                s = i + len(dash)  # "MYRTLE BEACH, S.C. - Sen. Ted Cruz": a dateline before the name
                break
    return _trim(text, s, e, _TRIM + _QUOTES)


def _speaker_head(subj: Token) -> Token:
    if subj.lemma_ in OPINION_NOUNS:
        for c in subj.children:
            if c.dep_ == "poss":
                return c
    return subj


def is_expletive(subj: Token) -> bool:
    """``it is taken as read that``, ``it will be interesting to see``: nobody speaks."""
    if subj.lower_ not in ("it", "there"):
        return False
    if subj.head.lemma_ == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in subj.head.children):
        return True  # "it turns out that ..."
    return subj.dep_ in ("expl", "nsubjpass") or subj.head.lemma_ in ("be", "take", "seem", "appear", "remain")


def _misread_name_before(c: Token, noun: Token) -> bool:
    """"Trump predicts that ...", tagged as the noun compound "Trump
    predicts": a capitalised word right before a verb of saying in its
    third-person form ("predicts", "warns") that the tagger took for a
    plural noun is the name of who says it."""
    return c.i == noun.i - 1 and c.text[:1].isupper() and c.is_alpha and noun.tag_ == "NNS" and noun.lower_.endswith("s") and lemma_of(noun) in SPEECH


def _nominal(doc: Doc, noun: Token) -> Relation | None:
    """``de Mistura's view that ...``: a speech noun, its clause, its holder."""
    def that_clause(tok: Token) -> Token | None:
        return next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and (_that_marked(c) or _misread_that(c))), None)

    clause = that_clause(noun)
    verdict = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i == noun.i - 1 and lemma_of(c) in VERDICT_VERBS), None)
    if clause is not None and verdict is not None and noun.dep_ == "dobj" and noun.head.lemma_ == "have":
        # "The army has in the past rejected accusations that it targets
        # civilians": the parse read "has ... rejected" as owning "rejected
        # accusations"; the verdict is the verb, its subject the subject of "has"
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is None or is_expletive(subj):
            return None
        s, e = _subtree_span(doc, noun)
        return Relation(cue=(verdict.idx, verdict.idx + len(verdict.text)), cue_token=verdict.i, content=(noun.idx, e),
                        speaker=speaker_span(doc, subj), speaker_token=subj.i, frame="object", root=noun.i)
    if clause is None:
        # "claims by the occupation army that the hospital was hit": the
        # parse hung the clause on who claims
        clause = next((cl for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj" for cl in [that_clause(g)] if cl is not None and _misread_that(cl)), None)
    if clause is None and noun.dep_ in ("attr", "nsubj") and noun.head.lemma_ == "be":
        # "Startling is X's view, ..., that ...": the clause hangs off the copula
        clause = that_clause(noun.head)
    if clause is None or (noun.lemma_.lower() in _ACCOUNT_NOUNS and clause.dep_ == "acl" and _relative_that(clause)):
        return None  # ("a claim that residents contested": a verdict on the claim, not its words)
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
                holder = next((g for g in c.children if g.dep_ == "pobj" and (g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or g.pos_ == "PROPN" or (c.lower_ != "of" and agentive(g)))), None)
    if holder is None:
        # "the claim that 40 were killed, circulated by activists on social
        # media, ...": a participle's agent made or spread it
        holder = next((g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c is not clause for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" and agentive(g)), None)
    if holder is None:
        # "the DOJ demand that ...", "Trump estimates that ..." (a verb misread as a noun)
        holder = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or _misread_name_before(c, noun))), None)
    if holder is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        # "the White House expressed doubt that ...": whoever expressed it
        holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if holder is not None and holder.lower_ in ("its", "it"):
        return None
    content = _subtree_span(doc, clause)
    if holder is None:
        # "despite complaints that they distort democracy": no one named
        return Relation(cue=(noun.idx, noun.idx + len(noun.text)), cue_token=noun.i, content=content, speaker=None, speaker_token=None, frame="nominal", root=clause.i)
    subj = _subject_holding(noun, holder)
    if subj is not None:
        holder = subj
    return Relation(
        cue=(noun.idx, noun.idx + len(noun.text)),
        cue_token=noun.i,
        content=content,
        speaker=_holder_span(doc, holder),
        speaker_token=holder.i,
        frame="nominal",
        root=clause.i,
    )


_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})


def _holder_span(doc: Doc, holder: Token) -> tuple[int, int]:
    """The mention of who holds a noun: a possessive pronoun ("his view") is
    its own mention, any other holder its phrase."""
    if holder.lower_ in _POSSESSIVES:
        return (holder.idx, holder.idx + len(holder.text))
    return speaker_span(doc, holder)


def _subject_holding(noun: Token, holder: Token) -> Token | None:
    """"he repeated his view that ...", "Sanders has toned down his criticism
    of ...": for a "his"/"her" holder, the subject of the verb taking the
    noun as its object, when it can speak."""
    if holder.lower_ not in ("his", "her") or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in lexicon.RELATIVE_PRONOUNS or is_expletive(subj):
        return None
    return subj


_HOLDERLESS = frozenset({"question", "concern", "criticism", "allegation", "accusation", "complaint", "doubt", "praise", "opposition"})
_NOUN_PREPS = frozenset({"of", "about", "for", "on", "over", "to", "toward", "towards", "with", "against", "regarding"})


_PARTIES = frozenset({"side", "sides", "party", "parties"})


def _alleged_by(doc: Doc, noun: Token) -> Relation | None:
    """"We reject the allegations of the other side that our forces shelled
    the town": who alleges (the "of" phrase, a party or a speaker) and what
    (the that-clause, which the parse may hang on the verb after the noun)."""
    if noun.lemma_.lower() not in ("allegation", "accusation", "claim", "charge"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    who = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if who is None or not (who.lower_ in _PARTIES or agentive(who)) or who.pos_ == "PRON":
        return None
    def that(c: Token) -> bool:
        return c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children)
    # (the parse may hang it on the noun, on who alleges, or on the verb after them)
    clause = next((c for h in (noun, who) for c in h.children if c.i > who.i and that(c) and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None)
    if clause is None and noun.head.pos_ in ("VERB", "AUX", "ADP"):
        verb = noun.head if noun.head.pos_ != "ADP" else noun.head.head
        clause = next((c for c in verb.children if that(c) and c.left_edge.i == noun.right_edge.i + 1), None)
    if clause is None:
        return None
    s, e = _subtree_span(doc, clause)
    return Relation(
        cue=(noun.idx, noun.idx + len(noun.text)), cue_token=noun.i, content=(s, e),
        speaker=speaker_span(doc, who), speaker_token=who.i, frame="nominal", root=clause.i,
    )


def _possessed(doc: Doc, noun: Token) -> Relation | None:
    """``Clinton's criticism of Trump``, ``his decision to run``: an attitude
    noun with a possessive holder; its object or infinitive is the content."""
    alleged = _alleged_by(doc, noun)
    if alleged is not None:
        return alleged
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and noun.lemma_.lower() in _HOLDERLESS:
        # "questions about her emails", "X raised concerns over ...": the
        # subject of a light verb holds it, else no one is named
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if holder is None:
            # "criticism from Clinton", "opposition from the homeowners"
            holder = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children if g.dep_ == "pobj"), None)
        if holder is None:
            holder = noun  # marker: no named holder
    if holder is None or holder.lower_ in ("its", "it", "their", "our", "your", "my"):
        return None
    content: tuple[int, int] | None = None
    root = None
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS:
            root = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if root is not None:
                content = _subtree_span(doc, root)
                break
        if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            root = c
            content = _subtree_span(doc, c)
            break
    if content is None or root is None:
        return None
    content = _clip_paragraph(text_of(doc), content, root.idx)
    if content[1] - content[0] < 2:
        return None
    if holder is noun:
        speaker, speaker_token = None, None
    else:
        subj = _subject_holding(noun, holder)
        holder = subj if subj is not None else holder
        speaker, speaker_token = _holder_span(doc, holder), holder.i
    return Relation(
        cue=(noun.idx, noun.idx + len(noun.text)),
        cue_token=noun.i,
        content=content,
        speaker=speaker,
        speaker_token=speaker_token,
        frame="nominal",
        root=root.i,
    )


def _speaker_token(verb: Token, subj: Token | None) -> int | None:
    if subj is None:
        return None
    if subj.lower_ in lexicon.RELATIVE_PRONOUNS:
        # "officials who said": the antecedent names the speaker
        holder = subj.head
        while holder.dep_ not in ("relcl", "acl") and holder.head.i != holder.i and holder.dep_ in ("conj", "xcomp", "ccomp", "advcl"):
            holder = holder.head
        if holder.dep_ in ("relcl", "acl"):
            ante = holder.head
            if subj.lower_ == "which" and ante.dep_ == "pobj" and ante.head.lower_ == "with" and ante.head.i > 0 and subj.doc[ante.head.i - 1].pos_ in ("NOUN", "PROPN"):
                ante = subj.doc[ante.head.i - 1]  # "a Telegram channel with 200,000 subscribers, which said": the channel
            return ante.i
    return _speaker_head(subj).i


def _trim(text: str, s: int, e: int, chars: str = _TRIM) -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return (s, e)


def _cue_span(verb: Token, extra: Token | None = None) -> tuple[int, int]:
    s, e = verb.idx, verb.idx + len(verb.text)
    if extra is not None:
        s, e = min(s, extra.idx), max(e, extra.idx + len(extra.text))
    return (s, e)


def _dateline_dash(doc: Doc, dash: Token) -> bool:
    """Does the dash close a wire dateline ("GAZA, 6 June — An air strike
    killed ..., the ministry said")? The parse may hang the report on the
    dateline's place; the dateline goes later, the report stays."""
    return words_after_dateline(text_of(doc), dash.idx) > dash.idx


def _lost_clause_subject(doc: Doc, verb: Token, clause: Token) -> Token | None:
    """"said between 20 and 30 militants had been operating from the school":
    the parse hung the clause's subject on the reporting verb (here as the
    object of "between"); the phrase right before a clause with no subject
    of its own is that subject."""
    if clause.i < verb.i or any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    before = clause.left_edge.i - 1
    phrase = next((c for c in verb.children if verb.i < c.i < clause.i and c.dep_ in ("prep", "dobj", "npadvmod") and c.right_edge.i == before), None)
    if phrase is None or phrase.left_edge.i != verb.i + 1:
        return None
    nouns = [t for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not nouns or not any(t.like_num and t.pos_ == "NUM" for t in phrase.subtree):
        return None  # (only a count the parse misread: "between 20 and 30 militants")
    return phrase


_SOME_OF_THEM = frozenset({"most", "many", "some", "all", "half", "including", "among", "mostly", "mainly", "several"})


def _stolen_object(verb: Token) -> tuple[Token, int] | None:
    """"A strike killed at least 19 people, most of them children, a local
    group and residents said": the parse made the count the reporting verb's
    subject, with the speakers as its last conjunct; the reported clause
    (before it, its verb with no object) lost its object. Returns the
    speakers' head and the index of the last token of the object, else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i), None)
    if clause is None or clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    doc = verb.doc
    commas = [t.i for t in doc[subj.left_edge.i : subj.right_edge.i + 1] if t.text == ","]
    if not commas:
        return None
    if clause.right_edge.i + 1 == subj.left_edge.i:
        # the count itself taken for the subject ("killed at least 19 people, most of them children, X said")
        if any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp") for c in clause.children) or _is_passive(clause) or clause.tag_ == "VBN":
            return None
        if not any(t.like_num for t in doc[subj.left_edge.i : commas[0]]):
            return None
    elif not (clause.right_edge.i + 2 == subj.left_edge.i and doc[clause.right_edge.i + 1].text == "," and doc[subj.left_edge.i].lower_ in _SOME_OF_THEM):
        # (or a part of it after a comma: "killed at least 19 people, most of them children, X said")
        return None
    start = commas[-1] + 1
    if start > subj.right_edge.i:
        return None
    head = next((t for t in doc[start : subj.right_edge.i + 1] if t.head.i < start or t.head.i > subj.right_edge.i), None)
    if head is None or head.dep_ not in ("conj", "appos") or not agentive(head):
        return None
    return head, commas[-1] - 1


def _subtree_span(doc: Doc, tok: Token) -> tuple[int, int]:
    i, first, last = tok.i, tok.left_edge.i, tok.right_edge.i
    nominal = tok.pos_ in ("NOUN", "PROPN", "PRON")
    right = last
    for t in tok.subtree:
        dep, ti = t.dep_, t.i
        # "X saying that A and our view that B": a coordinated opinion of
        # someone else ends X's content
        if dep == "conj" and ti > i and _holds_speech(t):
            right = min(right, t.left_edge.i - 1)
        # "... by the plan — a modest boost for ...": the writer's aside ends it
        # (but a dash before "and that ..." coordinates the content)
        elif t.text in _DASHES and ti > i and ti > first + 1 and not (ti + 1 < len(doc) and doc[ti + 1].lower_ in ("and", "but", "or")) and not _dateline_dash(doc, t):
            right = min(right, ti - 1)
        elif (
            dep == "relcl" and ti > i and t.head.i != i and t.left_edge.i > i + 1
            and doc[t.left_edge.i - 1].text == "," and t.right_edge.i >= last - 1
            and lemma_of(t) in CUE_LEMMAS
        ):
            # "... Sanders, who similarly blasts free trade": someone else's
            # attribution closing the content is not part of it
            right = min(right, t.left_edge.i - 2)
        # "Trump, who on Thursday clinched ...": a non-restrictive clause on a noun content
        elif nominal and dep in ("relcl", "appos", "acl") and (dep == "appos" or t.head.i == i) and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and not _list_item(t):
            right = min(right, t.left_edge.i - 2)
        elif dep == "conj" and ti > i and t.head.i != i and t.head.dep_ in ("acl", "advcl") and _reporter_conj(t):
            # "... reports of civilians being killed in drone strikes and urged
            # all sides to ...": the reporter's next act, hung on a participle
            right = min(right, _before_joining(doc, t))
        elif dep in ("advcl", "conj", "xcomp") and ti > i and t.head.i == i:
            # (the only deps the three checks below take)
            if _reporter_act(t):
                # "said that A, noting that B" read with "noting" on A's verb: the
                # reporter's second act ends the content
                right = min(right, t.left_edge.i - 1)
            elif _reporter_conj(t):
                right = min(right, _before_joining(doc, t))
            elif _second_speaker(t) and t.left_edge.i > i:
                # "... has the most, while another says ...": someone else's
                # report coordinated with the content is a relation of its own
                right = min(right, t.left_edge.i - 1)
    while right > first and doc[right].dep_ in ("cc", "punct"):
        right -= 1
    span = doc[first : right + 1]
    return _trim(text_of(doc), span.start_char, span.end_char)


def _before_joining(doc: Doc, t: Token) -> int:
    """The last token before the clause ``t`` heads and the "and" or "but"
    that joins it."""
    return t.left_edge.i - 2 if doc[t.left_edge.i - 1].lower_ in ("and", "but") else t.left_edge.i - 1


def _list_item(t: Token) -> bool:
    """``his new book, X, and her campaign``, ``his rivals, especially Cruz and
    Rubio``: an appositive that is one item of a list, not an aside."""
    if t.dep_ != "appos":
        return False
    doc = t.doc
    if doc[t.left_edge.i].lower_ in _LIST_OPENERS:
        return True
    if any(c.dep_ == "conj" for c in t.children) and any(c.dep_ == "cc" for c in t.children):
        return True
    if any(c.dep_ == "nummod" for c in t.children) and any(c.dep_ == "nummod" for c in t.head.children):
        return True  # "8 soldiers, 12 militants killed": two counts, one list
    j = t.right_edge.i + 1
    return j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("and", "or")


_LIST_OPENERS = frozenset({"especially", "including", "like", "such", "notably", "particularly"})


# what a verb governs after its object and still belongs to what is said:
# "pointed to China as the enforcer", "credited Merkel with holding ...",
# "called for the ban in December after ..."
# (not when, where or how it was said: "endorsed Clinton during a call")
_TAIL_DEPS = frozenset({"prep", "dative", "oprd", "xcomp", "acomp", "ccomp"})
_TAIL_PREPS = frozenset({"as", "to", "with", "for", "of", "from", "against", "into", "about", "over", "than"})


def _separator(tok: Token) -> bool:
    """A comma, dash, colon or bracket sets a phrase off; a quote mark does not."""
    return tok.is_punct and tok.text not in _QUOTES and tok.text not in ("''", "``")


def _verb_tail(doc: Doc, verb: Token, after: Token, end: int) -> int:
    """Extend an object content ending at ``end`` over the verb's later
    complements, up to the first one set off by a comma or dash."""
    text = text_of(doc)
    for c in verb.rights:
        if c.i <= after.i or c.left_edge.i <= after.i:
            continue
        if c.dep_ in ("advmod", "npadvmod") and not _separator(doc[c.left_edge.i - 1]) and c.right_edge.i + 1 < len(doc) and not _separator(doc[c.right_edge.i + 1]):
            # "blamed Clinton directly for ...": an adverb between the object and
            # a later complement does not end the content (it is taken in only
            # with a complement after it)
            continue
        if c.dep_ == "punct" and c.i == after.right_edge.i + 1 and c.i + 1 < len(doc) and _closes_aside(doc, after, doc[c.i + 1]):
            continue
        if c.dep_ == "advcl" and _to_infinitive(c) and c.left_edge.i == (last := _last_token(doc, end)) + 1 and _takes_infinitive(doc[last]):
            # "defended his call to raise the wage": the noun's infinitive, hung on the verb
            end = max(end, _subtree_span(doc, c)[1])
            continue
        if c.dep_ == "advcl" and c.pos_ == "ADJ" and doc[c.left_edge.i].lower_ == "as" and lemma_of(verb) in NAMING:
            # "described the video as fake": the parse reads "as fake" as an adverbial
            end = max(end, _subtree_span(doc, c)[1])
            continue
        if c.dep_ not in _TAIL_DEPS or (c.dep_ == "ccomp" and doc[c.left_edge.i].lower_ in _ADVERBIAL_MARKS):
            break  # (not "reject truce as shelling continues": a time, not more of what is rejected)
        before = doc[c.left_edge.i - 1]
        bracketed = before.text == ")" and after.left_edge.i <= before.i <= after.right_edge.i  # "blamed the Oromo Liberation Army (OLA) for ..."
        if (_separator(before) and not bracketed and not _closes_aside(doc, after, c)) or "\n" in text[end : c.left_edge.idx]:
            break
        if c.dep_ == "prep" and c.lower_ not in _TAIL_PREPS:
            if _adjunct_before_tail(doc, c):
                continue  # "chided Obama on Aug. 17 for ...": taken in with the complement after it
            if not (c.lower_ == "in" and after.lemma_.lower() in lexicon.PART_NOUNS and c.i == after.right_edge.i + 1):
                break  # (but "denies role in the car bomb": the part it denies, the parse hung on the verb)
        end = max(end, _subtree_span(doc, c)[1])
    return end



def _takes_infinitive(noun: Token) -> bool:
    """A noun of saying, intending or attitude, whose infinitive says what it is ("call to", "plan to")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in SPEECH_NOUNS or lemma in ATTITUDE_NOUNS or lemma in SPEECH or lemma in INTENT)


def _last_token(doc: Doc, end: int) -> int:
    """Index of the token that ends at character ``end``."""
    span = doc.char_span(0, end, alignment_mode="contract")
    return span[-1].i if span is not None and len(span) else -2


def _closes_aside(doc: Doc, obj: Token, c: Token) -> bool:
    """``cited Johnson, an heir to a drug fortune, as someone who ...``: the
    comma before the complement closes an aside on the object, so the
    complement still belongs to the content (aside and all)."""
    comma = c.left_edge.i - 1
    if doc[comma].text != "," or obj.right_edge.i not in (comma, comma - 1) or c.dep_ != "prep" or c.lower_ not in _TAIL_PREPS:
        return False
    return any(a.dep_ in ("appos", "relcl") and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == "," for a in obj.rights)


def _adjunct_before_tail(doc: Doc, prep: Token) -> bool:
    """Is the next complement of the verb, right after this phrase and not set
    off from it, one that belongs to the content ("for", "as", "of" ...)?"""
    nxt = next((c for c in prep.head.rights if c.i > prep.i), None)
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in _TAIL_PREPS or nxt.left_edge.i != prep.right_edge.i + 1:
        return False
    return not _separator(doc[nxt.left_edge.i - 1]) and not _separator(doc[prep.left_edge.i - 1])


_CLAUSE_TAIL = frozenset({"advcl", "prep", "npadvmod"})


def _clause_tail(doc: Doc, verb: Token, clause: Token, end: int) -> int:
    """"said it left the meetings out because ...": the parse hangs the
    reported clause's own adjuncts on the reporting verb; take them back."""
    for c in verb.rights:
        if c.i <= clause.right_edge.i or c.dep_ in ("punct", "cc"):
            continue
        if c.dep_ == "conj" and _that_marked(c):
            # "believes A, but that B": a second clause of the same report
            end = max(end, _subtree_span(doc, c)[1])
            continue
        if c.dep_ not in _CLAUSE_TAIL or doc[c.left_edge.i - 1].is_punct:
            break
        if c.dep_ == "prep" and c.lower_ == "according":
            break
        end = max(end, _subtree_span(doc, c)[1])
    return end


def _inserted_reporter(verb: Token) -> Token | None:
    """``“Too much hate,” she said, blaming Trump``: a participle after a
    reporter set into a quote, which the parse hung on the quoted words (the
    reporter as their ``parataxis``). It is the reporter's act: the reporter's
    verb, or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "conj", "dep", "xcomp") or verb.i < 2:
        return None
    if verb.doc[verb.i - 1].text != "," or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    head = verb.head
    for r in head.children:
        if r.dep_ == "parataxis" and head.i < r.i < verb.i and r.right_edge.i >= verb.i - 2 and lemma_of(r) in SPEECH and any(c.dep_ in SUBJECTS for c in r.children):
            return r
    return None


def _reporter_act(t: Token) -> bool:
    """``..., noting that``, ``..., adding``: a participle of saying set off by a
    comma, without a subject of its own, hanging off a reported clause's verb
    that itself is the complement of a verb of saying."""
    if t.dep_ not in ("advcl", "conj", "xcomp") or t.left_edge.i != t.i or t.i == 0:
        return False
    if lemma_of(t) not in CUE_LEMMAS or any(c.dep_ in SUBJECTS for c in t.children):
        return False
    clause = t.head
    if clause.dep_ not in ("ccomp", "parataxis") or lemma_of(clause.head) not in SPEECH:
        return False
    prev = t.doc[t.i - 1]
    if prev.text in _QUOTES and t.i > 1:
        prev = t.doc[t.i - 2]  # 'that he has “expanded the party,” claiming ...'
    if t.tag_ == "VBG":
        # ("said his men had not attacked the hospital, blaming police for ...": a charge, the reporter's)
        return prev.text == "," and (lemma_of(t) in SPEECH or lemma_of(t) in _COUNTER_CHARGES)
    if (
        clause.tag_ == "VBN" and lemma_of(t) not in _REPORTING_ACTS
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)
        and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in clause.children)
    ):
        # "said they had geolocated A and found B": "had" and "they" serve both
        # (not "and added", nor "complained X had attacked him and questioned ...")
        return False
    # "said A and said B": a second finite verb of saying in the reporter's tense
    return t.dep_ == "conj" and prev.lower_ == "and" and t.tag_ == clause.head.tag_ and t.tag_ in ("VBD", "VBZ") and lemma_of(t) in SPEECH


def _finite(verb: Token) -> str:
    """The tag that carries a verb's tense: its first auxiliary's, else its own."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


def _holding_report(participle: Token) -> Token:
    """The reported clause (a ``ccomp``) that holds a participle ("... that
    it had received reports of civilians being killed ..."), else the
    sentence's root."""
    clause = participle
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _reporting_verb(t: Token) -> Token:
    """The verb of saying whose report ``t`` (a reporter's next act) follows:
    the head of the clause ``t`` hangs off, or, when ``t`` hangs off a
    participle or an adverbial clause inside it ("... of civilians being
    killed ... and urged", "... before the soldiers arrived and blamed"),
    the head of the reported clause that holds it."""
    clause = t.head
    if (clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG")) or (clause.dep_ == "advcl" and clause.head.dep_ == "ccomp"):
        clause = _holding_report(clause)
    return clause.head


def _reporter_conj(t: Token) -> bool:
    """``suggested the writer be fired and defended Trump``, ``says he'd sit
    Putin down and tells the crowd ...``: a finite verb without a subject of
    its own coordinated with the reported clause, in a tense that is not the
    clause's, is the reporter's next act; so is a verb of withholding
    (``_WITHHOLDING``: "... but did not say who fired", "and declined to
    give details"), whatever its tense. The content ends before it
    (``_subtree_span``) and its subject is the reporter's (``subject_of``)."""
    if t.dep_ != "conj" or t.pos_ != "VERB" or t.left_edge.i < 1:
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in t.children):
        return False
    clause = t.head
    if clause.i > t.i:
        return False
    if clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG") and _finite(t) in ("VBD", "VBZ") and lemma_of(t) in _REPORTING_ACTS:
        # "said that it had received reports of civilians being killed in
        # drone strikes and urged all sides to ...": a finite verb cannot
        # join a participle; it joins the report that holds it
        outer = _holding_report(clause)
        if outer.dep_ == "ccomp" and lemma_of(outer.head) in CUE_LEMMAS and outer.head.i < outer.i:
            return t.doc[t.left_edge.i - 1].lower_ in ("and", "but")
        return False
    if clause.dep_ == "advcl" and clause.head.dep_ == "ccomp" and lemma_of(t) in _COUNTER_CHARGES and t.tag_ == "VBD":
        # "said the group had withdrawn before the soldiers arrived and blamed
        # the army for ...": hung on the clause's adverbial clause, the
        # charge is still the reporter's next act after the reported pluperfect
        report = clause.head
        return (
            lemma_of(report.head) in CUE_LEMMAS and report.head.i < report.i
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in report.children)
            and any(c.dep_ in ("dobj", "prep") for c in t.children)
            and t.doc[t.left_edge.i - 1].lower_ in ("and", "but")
        )
    if clause.dep_ == "ccomp":
        verb = clause.head
    elif clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in DOCUMENT_NOUNS:
        verb = clause.head.head  # "issued a statement that A, and appealed for B"
        if verb.dep_ == "prep":
            verb = verb.head  # "said in a statement that A ..."
    else:
        return False
    if lemma_of(verb) not in CUE_LEMMAS or verb.i > clause.i:
        return False
    if lemma_of(t) in _WITHHOLDING and t.doc[t.left_edge.i - 1].lower_ in ("and", "but", "yet") and (lemma_of(t) not in _ONLY_WITHHELD or any(c.dep_ == "neg" for c in t.children)):
        # ("and specifically mentioned a case": a mention is withheld only when negated)
        return True  # "said 20 had died but did not say who fired": what the speaker withheld, in any tense
    if t.doc[t.left_edge.i - 1].lower_ not in ("and", "but") or t.left_edge.i - 1 <= clause.i + 1:
        return False  # "have aided and abetted ...": one act with two verbs
    if verb.tag_ == "VBG" and t.tag_ == "VBG" and lemma_of(t) in CUE_LEMMAS and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
        # "..., saying there were no fighters at the school and calling the
        # strike a massacre": the reporter's next participle, not the content's
        return True
    tense = _finite(t)
    if tense == "VB" and _finite(verb) == "VBP" and clause.tag_ != "VB" and not any(c.dep_ in ("aux", "auxpass") for c in [*t.children, *clause.children]):
        # (not "say the move will reduce poverty and help families": one "will" for both)
        tense = "VBP"  # "organizations warn that A is limited and call on all parties to ...": the tagger's base form
    if (
        tense == "VBN" and _finite(verb) == "VBD" and lemma_of(t) in _ACTS_AND_CHARGES
        and (_undergoes(clause) or any(c.dep_ == "nsubj" and not agentive(c) for c in clause.children))
        and any(c.dep_ in ("dobj", "ccomp") for c in t.children) and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    ):
        # "said 1,300 people had been killed ..., and accused authorities of
        # ...", "said the army's artillery had hit the market and accused
        # commanders of ...": the past tense read as a participle sharing the
        # clause's "had"; those killed, or artillery, accuse no one: the
        # reporter does
        tense = "VBD"
    if tense not in ("VBD", "VBZ", "VBP"):
        return False
    if lemma_of(t) in _REPORTING_ACTS and t.doc[t.left_edge.i - 2].text == ",":
        return True  # "..., and appealed for a corridor": the same tense, but a report of its own
    if lemma_of(t) in _REPORTING_ACTS and any(c.dep_ in ("ccomp", "dobj") for c in t.children):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not agentive(subject):
            # "has said the site was a military target and denied that it struck
            # a prison": a site cannot deny; the reporter does
            return True
    if clause.tag_ == "VBG" and t.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return True  # "its fighters were protecting civilians and blamed the army": no "were blamed"
    if (
        lemma_of(t) in _COUNTER_CHARGES and t.tag_ == "VBD" and _finite(verb) == "VBD"
        and (any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) or _undergoes(clause))
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    ):
        # "denied that its fighters had used the school and accused Israel of
        # ...": a simple past after a pluperfect is the reporter's next act
        return True
    return clause.dep_ == "ccomp" and tense != _finite(clause)


_COUNTER_CHARGES = frozenset({"accuse", "blame", "deny"})


def _undergoes(clause: Token) -> bool:
    """"women and children were among the dead", "the school was hit": a
    clause whose subject is what happened to it (a copula or a passive),
    which cannot go on to accuse anyone."""
    return clause.lemma_ == "be" or any(c.dep_ == "auxpass" for c in clause.children)


_REPORTING_ACTS = frozenset({"appeal", "call", "urge", "add", "say", "demand", "ask", "warn", "vow", "pledge", "promise", "insist", "accuse", "deny"})
_ACTS_AND_CHARGES = _REPORTING_ACTS | _COUNTER_CHARGES


def _second_speaker(t: Token) -> bool:
    """A verb of saying with a subject of its own, coordinated with (or
    contrasted to) the clause it hangs off after a comma or conjunction."""
    if t.dep_ not in ("conj", "advcl") or lemma_of(t) not in SPEECH or t.pos_ != "VERB":
        return False
    subj = next((c for c in t.children if c.dep_ in ("nsubj",) and c.i < t.i), None)
    if subj is None or is_expletive(subj) or subj.lower_ in lexicon.RELATIVE_PRONOUNS:
        return False
    if _that_marked(t):
        return False  # "said that A but that B": a second clause of the same report
    prev = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    first = t.doc[t.left_edge.i]
    return (prev is not None and prev.text in (",", ";", "and", "but")) or first.lower_ in ("while", "whereas", "but", "and")


_RIVAL_CUES = SPEECH | {"cite"}  # "as Kinshasa cites 272 dead"
_TALLY_NOUNS = frozenset({"number", "toll", "figure", "count", "tally", "total", "estimate"})


def _before_rival_report(doc: Doc, verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """``M23 denies killing civilians as Kinshasa cites 272 dead``: the other
    side's report after "as" or "while" is a relation of its own, not part of
    the first one's content."""
    words = text_of(doc)[content[0] : content[1]].lower()
    if ";" not in words and " as " not in words and " while " not in words and " whereas " not in words:
        return content  # (cheap test first: this runs on every candidate relation)
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    for t in span:
        if t.dep_ == "advcl" and t.left_edge.i > verb.i and t.left_edge.idx > content[0] and t.left_edge.i > span.root.i and _rival_report(t):
            s, e = _trim(text_of(doc), content[0], t.left_edge.idx)
            return (s, e) if e > s else content
        if t.text == ";" and t.i > verb.i and t.idx > content[0] and _reported_after(t):
            # "Army says it neutralised 40 jihadists; residents say civilians among dead"
            s, e = _trim(text_of(doc), content[0], t.idx)
            return (s, e) if e > s else content
    return content


def _reported_after(semicolon: Token) -> bool:
    """Does a clause after ``semicolon`` open with someone else's report: a
    subject, then a verb of saying within a few words ("; residents say ...")?"""
    found = _subject_after(semicolon, SPEECH)
    return found is not None and found[1].lower_ not in ("it", "he", "she", "they", "we", "i") and not is_expletive(found[1])


def _subject_after(semicolon: Token, verbs: frozenset[str] | None = None) -> tuple[Token, Token] | None:
    """(verb, subject) of a clause of its own right after ``semicolon``: the
    first verb within a few words (of ``verbs``, when given, before a new
    sentence or another semicolon or colon), with a subject between."""
    doc = semicolon.doc
    subjects = ("nsubj", "nsubjpass") if verbs is None else ("nsubj",)
    for t in doc[semicolon.i + 1 : min(len(doc), semicolon.i + 7)]:
        found = t.pos_ in ("VERB", "AUX") if verbs is None else t.pos_ == "VERB" and lemma_of(t) in verbs
        if found:
            subj = next((c for c in t.children if c.dep_ in subjects and semicolon.i < c.i < t.i), None)
            return (t, subj) if subj is not None else None
        if verbs is not None and (t.is_sent_start or t.text in (";", ":")):
            return None
    return None


def _rival_report(t: Token) -> bool:
    """``as Kinshasa cites 272 dead``, ``while Moscow claims hits on ...``: a
    verb of saying opening with "as" or "while", with a subject and a
    complement of its own (not "as officials said", a tag on the words)."""
    if t.pos_ != "VERB" or t.doc[t.left_edge.i].lower_ not in ("as", "while", "whereas"):
        return False
    # ("while the army put the number at four": a count of its own)
    counted = lemma_of(t) in ("put", "give", "place") and any(c.dep_ == "dobj" and c.lemma_.lower() in _TALLY_NOUNS for c in t.children)
    if lemma_of(t) not in _RIVAL_CUES and not counted:
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    if subj is None or is_expletive(subj) or subj.lower_ in lexicon.RELATIVE_PRONOUNS:
        return False
    return any(c.dep_ in ("dobj", "ccomp") and c.i > t.i for c in t.children)


def _holds_speech(t: Token) -> bool:
    if t.lemma_ in OPINION_NOUNS and any(c.dep_ == "poss" for c in t.children):
        return True
    for c in t.children:
        if c.dep_ not in ("relcl", "acl") or c.lemma_ not in SPEECH:
            continue
        if c.dep_ == "acl" and c.tag_ == "VBG" and t.pos_ == "NOUN" and not _may_speak(t):
            continue  # "verified videos and photographs showing the aftermath": what a picture shows is part of it
        return True  # "... and officials saying that B"
    return False


def _may_speak(t: Token) -> bool:
    """A person or a body, by entity type, agent noun or title? (``agentive``
    without names, pronouns and documents.)"""
    lemma = t.lemma_.lower()
    return t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or lemma in AGENT_NOUNS or t.lower_ in AGENT_NOUNS or lemma in lexicon.titles()


def _clause_after_statement(verb: Token) -> Token | None:
    """``said in a statement that ...``: the clause hanging off the noun."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for c in pobj.children:
                if c.dep_ in ("acl", "relcl", "ccomp") and _that_marked(c):
                    return c
    return None


def _clip_paragraph(text: str, content: tuple[int, int], anchor: int) -> tuple[int, int]:
    """Keep a parsed content inside the paragraph of ``anchor`` (the parser
    sometimes runs a sentence over a line break)."""
    s, e = content
    if "\n" not in text[s:e]:
        return content
    anchor = min(max(anchor, s), e)
    left = text.rfind("\n", s, anchor)
    right = text.find("\n", anchor, e)
    s = left + 1 if left != -1 else s
    e = right if right != -1 else e
    return _trim(text, s, e)


_PAIRS = (("“", "”"), ("‘", "’"))


def _balance(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """Take in a closing quote mark the content opened, drop one it did not open."""
    s, e = content
    for o, c in _PAIRS:
        piece = text[s:e]
        opened, closed = piece.count(o), piece.count(c)
        if opened > closed and e < len(text) and text[e] == c:
            e += 1
        elif opened > closed and text[e : e + 1] in (",", ".") and text[e + 1 : e + 2] == c:
            e += 2  # ('spread by “terrorist groups,” state media reported': the comma inside the quote too)
        elif closed > opened and piece.rstrip(" ,.").endswith(c) and o == "“":
            e = s + len(piece.rstrip(" ,.")) - 1
            e = _trim(text, s, e)[1]
    for mark in ('"', "''"):
        # straight marks: an odd count means the content opened a quote; take in
        # its closing mark right after the content ('criticized the "identity politics"')
        piece = text[s:e]
        if mark == '"':
            piece = piece.replace("''", "")
        if piece.count(mark) % 2 == 1 and text.startswith(mark, e) and not text[e + len(mark) : e + len(mark) + 1].isalnum():
            e += len(mark)
        elif piece.count(mark) % 2 == 1 and text[e : e + 1] in (",", ".") and text.startswith(mark, e + 1) and not text[e + 1 + len(mark) : e + 2 + len(mark)].isalnum():
            e += 1 + len(mark)
    return (s, e)


# what a speaker does after the claim when withholding more: "said 20 had
# died but did not say who fired", "and declined to give details"
_WITHHOLDING = frozenset({
    "say", "decline", "refuse", "give", "provide", "specify", "elaborate", "identify", "name", "comment",
    "explain", "disclose", "offer", "confirm", "add", "release", "reveal", "mention",
})
# of those, verbs that withhold only when negated ("and did not mention any damage")
_ONLY_WITHHELD = frozenset({"mention"})


def _after_when_said(doc: Doc, verb: Token, root: Token, content: tuple[int, int]) -> tuple[int, int]:
    """"The ministry said on Friday its forces had destroyed ...": a date
    right after the reporting verb, before the reported clause's subject,
    says when it was said (the parse hung it on the clause); the content
    starts at the subject."""
    first = verb.i + 1
    if first >= len(doc) or doc[first].idx != content[0] or doc[first].dep_ != "prep" or doc[first].head.i != root.i:
        return content
    pp = doc[first]
    if not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in pp.children):
        return content
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.left_edge.i != pp.right_edge.i + 1:
        return content
    return (subj.left_edge.idx, content[1])


# "claimed that ..., without providing evidence": the writer's remark closing a content
# "..., though this could not be independently verified": the writer's caveat on what was said
_CAVEAT = re.compile(
    r",?\s+(?:though|although|but)\s+(?:this|that|it|these|those|the\s+(?:claims?|reports?|accounts?|figures?|tolls?|numbers?))\s+"
    r"(?:could|can|cannot|can't|couldn't|has|have|had|was|were)\s+(?:not\s+)?(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:independently\s+|immediately\s+|yet\s+)*(?:verified|confirmed|corroborated)[.,]?\s*$",
    re.I,
)
_NO_EVIDENCE = re.compile(
    r",?\s+without\s+(?:(?:providing|offering|giving|citing|presenting|producing|showing|publishing)\s+)?"
    r"(?:any\s+)?(?:evidence|proof|sources?)(?:\s+(?:for|of|to\s+(?:support|back(?:\s+up)?))\s+(?:it|this|the\s+claims?|that|its\s+claims?|their\s+claims?|his\s+claims?|her\s+claims?))?[.,]?\s*$",
    re.I,
)


def _make(doc: Doc, verb: Token, content: tuple[int, int], frame: str, root: Token | None, cue_extra: Token | None = None) -> Relation | None:
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without" and _NO_EVIDENCE.match(" " + text_of(doc)[verb.head.idx : verb.head.idx + 80].split("\n")[0].split(".")[0]):
        return None  # "..., without offering any proof": no act of saying
    anchor = root.idx if root is not None else content[0]
    if root is not None and root.i < verb.i and content[0] <= verb.idx:
        # "''...,'' said X" read as one sentence with the paragraph before it: the verb's paragraph
        anchor = verb.idx
    content = _clip_paragraph(text_of(doc), content, anchor)
    content = _balance(text_of(doc), content)
    if root is not None and root.i > verb.i:
        content = _after_when_said(doc, verb, root, content)
        content = _before_rival_report(doc, verb, content)
    for remark in (_NO_EVIDENCE, _CAVEAT):
        unproven = remark.search(text_of(doc), content[0], content[1])
        if unproven is not None and unproven.end() == content[1] and unproven.start() > content[0]:
            content = (content[0], unproven.start())  # the writer's remark on the claim, not part of it
    if content[1] - content[0] < 2:
        return None
    gap = text_of(doc)[min(verb.idx, content[1]) : max(verb.idx, content[0])]
    if "\n" in gap and ":" not in gap:
        return None  # the parse ran a sentence over a paragraph break: verb and content are unrelated
    subj = subject_of(verb)
    if subj is not None and is_expletive(subj):
        return None
    if subj is not None and subj.lower_ in ("that", "this") and subj.i == verb.i - 1 and verb.lower_ == "said" and not (verb.dep_ == "relcl" and subj.tag_ == "WDT"):
        return None  # "That said, ..." (not "a report that said ...")
    if subj is not None and subj.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.lemma_ in OPINION_NOUNS:
        # "our point of view that indicates ...": the possessor speaks
        subj = next((c for c in verb.head.children if c.dep_ == "poss"), subj)
    if subj is not None and frame != "according" and _is_passive(verb) and subj.dep_ == "nsubjpass" and not _has_contracted(verb):
        subj = None
    compound = _misread_compound(subj) if subj is not None else None
    sharer = _misread_sharer(subj) if subj is not None else None
    if sharer is not None:
        # "One post sharing it said: ...": the tagger read "sharing" as a noun
        # and "it" as the subject; the post speaks
        speaker: tuple[int, int] | None = _trim(text_of(doc), sharer.idx, subj.idx + len(subj.text))
        speaker_token: int | None = sharer.i + (1 if doc[sharer.i].pos_ in ("NUM", "DET", "ADJ") else 0)
    elif subj is not None and compound is not None:
        # "Aid workers and a hospital official in Dedebit told Reuters ...": the
        # tagger read "Aid" as a verb and "workers ..." as its object
        speaker: tuple[int, int] | None = _trim(text_of(doc), subj.idx, subj.right_edge.idx + len(subj.right_edge.text))
        speaker_token: int | None = compound.i
    else:
        speaker, speaker_token = _subject_speaker(doc, verb, subj, frame)
    return Relation(
        cue=_cue_span(verb, cue_extra),
        cue_token=verb.i,
        content=content,
        speaker=speaker,
        speaker_token=speaker_token,
        frame=frame,
        root=root.i if root is not None else None,
    )


def _subject_speaker(doc: Doc, verb: Token, subj: Token | None, frame: str) -> tuple[tuple[int, int] | None, int | None]:
    """The speaker's span and token for ``_make`` from the verb's subject
    ``subj`` (None when it has none), or from the words around a verb whose
    subject the parse lost."""
    if subj is not None and (subj.pos_ in ("VERB", "AUX") or subj.ent_type_ in ("DATE", "TIME")):
        subj = None  # "9:30 p.m. says ...": a dateline, not a speaker
    if subj is None and frame == "ccomp" and verb.tag_ in ("VBD", "VBZ", "VBP") and not _is_passive(verb) and lemma_of(verb) in SPEECH:
        # a finite reporting verb the parse left without a subject: the phrase
        # set off right before it ("..., the Syrian Observatory for Human
        # Rights said"), else the first person named in the sentence
        subj = _lost_subject(doc, verb) or _chained_speaker(verb) or clause_person(doc, verb)
        if subj is None:
            subj = _inverted_object(verb)
    if subj is not None:
        subj = _outside_quote_subject(verb, subj)
    speaker = speaker_span(doc, subj) if subj is not None else None
    return speaker, _speaker_token(verb, subj)


def _chained_speaker(verb: Token) -> Token | None:
    """``RSF denies attack on X, says army killed civilians``: a headline's
    second report after a comma, which the parse hung the first one on; the
    first report's speaker says it too."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "VERB" and (lemma_of(c) in SPEECH or lemma_of(c) in DENIAL):
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and not is_expletive(subj) and subj.pos_ in ("PROPN", "NOUN"):
                return subj
    return None


def _misread_sharer(subj: Token) -> Token | None:
    """``One post sharing it said``, ``A user posting them wrote``: a
    pronoun right after a noun and its "-ing" word is what that noun was
    sharing, not who speaks. The first word of the noun phrase, or None."""
    doc = subj.doc
    k = subj.i
    if subj.lower_ not in ("it", "them", "this") or k < 2 or not doc[k - 1].lower_.endswith("ing") or doc[k - 1].lower_ in ("according", "saying"):
        return None
    noun = doc[k - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    first = noun
    while first.i > noun.sent.start and doc[first.i - 1].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN") and doc[first.i - 1].dep_ in ("det", "nummod", "amod", "compound", "poss"):
        first = doc[first.i - 1]
    return first


def _misread_compound(subj: Token) -> Token | None:
    """A sentence's first word, capitalised, that the tagger read as a verb
    clause standing as the subject, with a plural noun as its object ("Aid
    workers and a hospital official ... told", "Rescue workers said"): a
    compound noun; the object is its head."""
    if subj.dep_ != "csubj" or subj.tag_ != "VB" or subj.i != subj.sent.start or not subj.text[:1].isupper():
        return None
    obj = next((c for c in subj.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i != subj.i + 1 or obj.tag_ != "NNS" or not agentive(obj):
        return None
    return obj


def _has_contracted(verb: Token) -> bool:
    """``he's said ...``: the "'s" the parse took for a passive "is" is "has"."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and any(c.dep_ == "ccomp" for c in verb.children)


def _inverted_object(verb: Token) -> Token | None:
    """``“...,” added another Republican``, ``“...?” asked the boy``: after a
    closing quote the parse reads the speaker as the verb's object."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text not in ("”", "\"", "''", "’", ","):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i <= verb.i + 6), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME") else None


_OBJECT_ROLES = frozenset({"dobj", "pobj", "poss", "compound", "dative", "attr", "oprd", "npadvmod"})


def clause_person(doc: Doc, verb: Token, subject_like: bool = False) -> Token | None:
    """A finite reporting verb the parse left without a subject ("Senator Harry
    Reid, the minority leader, who ..., said"): the first person named in its
    sentence before it, or a sentence-initial personal pronoun; with
    ``subject_like``, not a person the parse made an object, a possessor or a
    modifier ("a favorable opinion of X, ... said")."""
    sent = verb.sent
    first = next((t for t in doc[sent.start : verb.i] if not t.is_space and not t.is_punct), None)
    if first is not None and first.lower_ in ("he", "she", "they"):
        return first
    for t in doc[sent.start : verb.i]:
        if t.ent_type_ == "PERSON" and (not subject_like or t.ent_iob_ == "B"):
            head = _name_head(t, verb.i)
            if subject_like and head.dep_ in _OBJECT_ROLES:
                continue
            return head
    return None


def _name_head(first: Token, limit: int) -> Token:
    """The last token of the person's name that starts at ``first`` (it heads
    the name), not reaching token ``limit``."""
    doc = first.doc
    j = first.i
    while j + 1 < limit and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j]


# the small model's lemmatizer slips on a few cue forms ("hoping" -> "hop")
_LEMMA_FIXES = {"hoping": "hope", "hoped": "hope", "retweeted": "retweet", "retweeting": "retweet"}


def lemma_of(tok: Token) -> str:
    return _LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


def _person_or_group(tok: Token) -> bool:
    """A subject that can criticise: a named person or organisation, or a personal pronoun."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.lower_ in ("he", "she", "they", "i", "we", "who")


def _critic(subj: Token, obj: Token, lemma: str) -> bool:
    """A subject that can criticise and an object that can be criticised;
    for words of verbal attack only ("slammed", "blasted"; not the "attack"
    that is also an act of war) any speaker and anything but a place."""
    if _person_or_group(subj) and _criticisable(obj, lemma):
        return True
    if lemma == "attack" or not agentive(subj):
        return False
    return obj.pos_ in ("NOUN", "PROPN", "PRON") and obj.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")


def _criticisable(obj: Token, lemma: str) -> bool:
    """The object of a criticism verb: a person, words or a policy, not a place
    or (for ``attack``, also an act of war) an armed group."""
    if obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them", "me", "us"):
        return True
    if obj.ent_type_ in ("ORG", "NORP"):
        return lemma != "attack"
    if obj.ent_type_:
        return False
    lem = obj.lemma_.lower()
    return any(c.dep_ == "poss" for c in obj.children) or lem in SPEECH_NOUNS or lem in ATTITUDE_NOUNS or lem in DOCUMENT_NOUNS or lem in ("policy", "record", "idea", "plan", "deal", "decision", "bill", "law", "media", "press")


def find_relations(doc: Doc) -> list[Relation]:
    """Attribution relations found by the parse, in token order: the rules'
    relations the learned cue model does not veto, and relations on verbs the
    rules left alone that the model accepts (``nlp/cue_model.py``)."""
    found = _candidates(doc, prune=True)
    rules = [rel for _, rel, rule, _ in found if rule]
    kept = [(rel, rule) for tok, rel, rule, feats in found if (rule and _kept_anyway(doc, tok, rel)) or cue_model.accept(tok, rel, rule, feats, rules)]
    cues = {rel.cue_token: rel.frame for rel, rule in kept if rule}
    out = []
    labelled: dict[int, tuple[tuple[int, int], int | None]] = {}  # a verdict's participle -> the speaker of what it names
    for rel, rule in kept:
        if rel.speaker_token is not None and _weapon(doc[rel.speaker_token]):
            continue  # "Missiles struck an apartment block": an act, and weapons do not speak
        if rel.speaker is None and rel.cue_token is not None and doc[rel.cue_token].dep_ == "acl" and _weapon(doc[rel.cue_token].head, generic=True):
            continue  # "a missile designed to destroy ships": what a weapon is for
        if rel.speaker_token is not None and _nobody(doc[rel.speaker_token]):
            continue  # "No group has claimed responsibility": no one said it
        if rel.cue_token is not None and _unverified(doc[rel.cue_token]):
            continue  # "The figure could not be independently confirmed": the writer's caveat
        if not rule:
            if swallows(rel, cues):
                continue
            if _act_of_war(doc, rel):
                continue  # "the army struck a command centre", "attacks against troops": acts, not words
            if rel.frame == "object" and rel.root is not None and rel.cue_token is not None:
                _object_tail(doc, rel)  # after the model's decision, which saw the bare object
        if rel.frame in ("object", "prep", "xcomp") and rel.root is not None:
            _stray_conjuncts(doc, rel)  # after the model's decision, which saw the first item
            _toll_tail(doc, rel)
        if rel.frame in ("object", "ccomp") and rel.root is not None:
            _relative_content(doc, rel)  # after the model's decision, which saw the pronoun (or "called “absurd”")
            label = _label_after(doc, rel)
            if label is not None and rel.speaker is not None:
                labelled[label] = (rel.speaker, rel.speaker_token)
        if rel.cue_token in labelled and rel.speaker_token != labelled[rel.cue_token][1]:
            rel.speaker, rel.speaker_token = labelled[rel.cue_token]  # "X rejected A, calling it B": X calls it B
        if rel.cue is not None and rel.cue[0] >= rel.content[1]:
            _past_label(doc, rel)
        if rel.speaker is None and rel.cue_token is not None:
            _deck_speaker(doc, rel)
        if rel.speaker is None and rel.cue_token is not None:
            _late_speaker(doc, rel)  # after the model's decision, which saw no speaker
        elif rel.cue_token is not None and rel.speaker_token is not None:
            _controller(doc, rel)
            _not_the_addressee(doc, rel)
            _nearer_clause_speaker(doc, rel)
            _described_thing(doc, rel)
            _the_one_asked(doc, rel)
            _meaning_thing(doc, rel)
        _same_paragraph_speaker(doc, rel)
        _listed_speakers(doc, rel)
        _inner_tag(doc, rel)
        out.append(rel)
        if rule and rel.frame == "ccomp":
            second = _split_stances(doc, rel)
            if second is not None:
                out.append(second)
    return out


def _split_stances(doc: Doc, rel: Relation) -> Relation | None:
    """"The RSF said that its fighters had entered the camp and that no
    civilians had been harmed": two that-clauses of one verb, one asserting
    and one denying (or doubting), are two claims (a claim has one stance, and the denial
    must be able to meet the claims it answers). ``rel`` keeps the first
    clause; the second is returned, with the same cue and speaker."""
    if rel.root is None or rel.cue_token is None:
        return None
    first = doc[rel.root]
    # the second clause's own "that" makes it the verb's second clause, even
    # when the parse hung it on a verb inside the first ("used ... to store
    # weapons and that no strikes had been conducted")
    second = next((c for c in first.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > first.i and _that_marked(c)), None)
    if second is None:
        return None
    cut = second.left_edge.i
    while cut > first.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1  # (not the "and" or comma before the second clause)
    a = _clause_bounds(doc, doc[doc.char_span(rel.content[0], rel.content[0] + 1, alignment_mode="expand").start : cut])
    b = _clause_bounds(doc, doc[second.left_edge.i : second.right_edge.i + 1])
    if a[1] <= a[0] or b[1] <= b[0] or b[1] > rel.content[1] or a[0] < rel.content[0]:
        return None
    cue = doc[rel.cue_token]
    span_a = doc.char_span(a[0], a[1], alignment_mode="expand")
    span_b = doc.char_span(b[0], b[1], alignment_mode="expand")
    if {stance_classify(cue, span_a, first), stance_classify(cue, span_b, second)} not in ({"asserts", "denies"}, {"asserts", "doubts"}):
        # ("could not confirm the toll but that the school sheltered 4,000":
        # a doubt beside an assertion is two claims too; a hedge or a demand
        # beside an assertion stays one)
        return None
    rel.content = a
    return Relation(cue=rel.cue, cue_token=rel.cue_token, content=b, speaker=rel.speaker, speaker_token=rel.speaker_token, frame=rel.frame, root=second.i)


# verbs that answer a claim already made: "..., which the army denies"
_ANSWERING = frozenset(DENIAL | {"confirm", "acknowledge", "admit", "reject", "corroborate"})


def _verdict_clause(verb: Token) -> bool:
    """Is the verb's clause shaped like a verdict on words before it: a
    relative clause, a passive participle with its agent ("..., a claim
    contradicted by UN monitors"), or "“...,” the governor said, which the M23 denied",
    a "which" clause after a speech tag that the parse read as the tag
    verb's complement?"""
    if verb.dep_ == "relcl":
        return True
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.i < verb.i and head.lemma_.lower() in _ACCOUNT_NOUNS and any(c.dep_ == "agent" for c in verb.children):
        return True  # "..., a claim contradicted by UN monitors"
    if verb.dep_ == "acl" and head.i < verb.i and head.lemma_.lower() in _ACCOUNT_NOUNS and _relative_that(verb):
        return True  # "..., a claim that residents contested": "that" stands for the claim
    if _judged_by_appositive(verb) is not None:
        return True
    return verb.dep_ == "ccomp" and head.i < verb.i and lemma_of(head) in SPEECH and verb.left_edge.tag_ == "WDT" and subject_of(head) is not None


def _that_marked(clause: Token) -> bool:
    """Does a clause open with the mark "that" ("said that ...", "the claim that ...")?"""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _misread_that(clause: Token) -> bool:
    """"... that the hospital was hit by a rocket": a "that" the parse made
    the object of a verb that already has a passive subject or an object of
    its own, so no relative pronoun: the mark of a content clause."""
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head.i != clause.i or that.dep_ != "dobj":
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children) or sum(c.dep_ == "dobj" for c in clause.children) > 1


def _relative_that(verb: Token) -> bool:
    """"a claim that residents contested": the parse read the relative
    "that" as the mark of a content clause; the verb, a verdict (deny,
    dispute, confirm ...), has no object of its own (in "a claim that troops
    shelled the town" the clause says what was claimed)."""
    if lemma_of(verb) not in VERDICT_VERBS:
        return False  # ("an assertion that Ricca has repented", "allegations that the governor lied": what was said)
    kids = list(verb.children)
    return (
        any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in kids)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "oprd", "acomp", "dative", "auxpass", "nsubjpass") for c in kids)
        and any(c.dep_ == "nsubj" for c in kids)
    )


def _judged_by_appositive(verb: Token) -> Token | None:
    """"..., a claim the charity called absurd", parsed with "the charity" as
    the claim's appositive and "called" as its modifier: the account noun."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "appos" or not (head.head.i < head.i < verb.i):
        return None
    return head.head if head.head.lemma_.lower() in _ACCOUNT_NOUNS else None


def _account_before(verb: Token) -> Token:
    """The account noun a verdict clause hangs on ("a claim" in "..., a claim
    the charity called absurd"), else the verb's head."""
    misread = misread_verdict(verb)
    if misread is not None:
        return misread[0]
    return _judged_by_appositive(verb) or verb.head


def _relative_object(verb: Token) -> Token | None:
    """The "which" (or "that") a relative clause's verb takes as its object,
    when a comma sets the clause off: "..., which the Kremlin denied"."""
    if not _verdict_clause(verb):
        return None
    rel = next((c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "WDT" and c.i < verb.i), None)
    if rel is None or rel.i == 0 or verb.doc[rel.i - 1].text != ",":
        return None
    return rel


def which_answered(verb: Token) -> bool:
    """"Rebels said they downed a jet, which the army denies", "..., a claim
    Moscow disputed", "..., an account Kyiv called absurd": a denial, a
    confirmation or a naming verdict on the words just before it, by a
    subject of its own."""
    if misread_verdict(verb) is not None:
        return True  # "..., a figure Hamas disputes", the verb read as a noun
    if verb.dep_ == "ROOT" and _charge_subject(verb, lemma_of(verb)) is not None:
        return True  # "..., a charge Kigali denies", the noun read into the subject
    if verb.lower_ in _HEADLINE_VERDICTS and (verdict := headline_verdict(verb.doc, verb)) is not None and verdict.content[1] <= verb.idx:
        return True  # "Rebels say they downed jet; army denies claim"
    if not _verdict_clause(verb):
        return False  # (cheap checks first: this runs on every rule relation)
    lemma = lemma_of(verb)
    if lemma not in _ANSWERING and not (lemma in NAMING and any(c.dep_ in ("oprd", "acomp") or _quoted_label(c) for c in verb.children)):
        return False
    head = _account_before(verb)
    placed = _relative_object(verb) is not None or (head.i < verb.i and _account_set_off(head))
    return placed and subject_of(verb) is not None


def _account_set_off(noun: Token) -> bool:
    """"..., a claim ...", "..., in an account ...": an account noun after "a"
    or "an" that a comma (and perhaps "in") sets off from the words before."""
    doc = noun.doc
    k = noun.i - 1  # "a" or "an"
    if k < 2 or noun.lemma_.lower() not in _ACCOUNT_NOUNS:
        return False
    start = k - 1 if doc[k - 1].lower_ == "in" else k
    return doc[start - 1].text == "," and _verdict_at(doc, start)


def _quoted_label(tok: Token) -> bool:
    """"called “absurd”": a quoted word or two the parse took for a clause."""
    if tok.dep_ != "ccomp" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    left, right = tok.left_edge, tok.right_edge
    doc = tok.doc
    return right.i - left.i < 4 and left.i > 0 and doc[left.i - 1].is_quote and right.i + 1 < len(doc) and doc[right.i + 1].is_quote


def verdict_opening(verb: Token) -> Token:
    """The first word of a verdict clause: "which" in "..., which the army
    denies", "a" in "..., a claim (that) Moscow disputed"."""
    misread = misread_verdict(verb)
    if misread is not None:
        return verb.doc[misread[0].i - 1]  # "a" in "..., a figure Hamas disputes" (the parse hangs it elsewhere)
    head = _account_before(verb)
    if head.i < verb.i and head.lemma_.lower() in _ACCOUNT_NOUNS:
        first = head.left_edge
        if first.i > 1 and verb.doc[first.i - 1].lower_ == "in" and verb.doc[first.i - 2].text == ",":
            return verb.doc[first.i - 1]  # "in" of "..., in an account the army disputed"
        return first
    return verb.left_edge


def _tag_in_relative(doc: Doc, verb: Token) -> Relation | None:
    """"..., whose fighters he said had set up mortars near a school": a tag
    inside a relative clause that the parse hung on the clause's subject, so
    the verb has no complement. The relative clause is what was said (with
    its tag, as "which officials said killed 45 people" keeps it)."""
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    noun = verb.head
    clause = noun.head
    if subj is None or noun.dep_ not in ("nsubj", "nsubjpass") or clause.pos_ not in ("VERB", "AUX") or clause.i <= verb.i:
        return None
    if clause.dep_ not in ("relcl", "acl") or not any(t.tag_ in ("WP$", "WDT", "WP") for t in doc[clause.left_edge.i : noun.i + 1]):
        return None
    return _make(doc, verb, (doc[clause.left_edge.i].idx, doc[clause.right_edge.i].idx + len(doc[clause.right_edge.i].text)), "ccomp", clause)


def _accusation(verb: Token, span: Span) -> tuple[Span, Token] | None:
    """"said it had warned civilians and accused Hamas of using shields, an
    accusation the group denies": for a verdict on an accusation, the words
    of the accusation in ``span`` (from the accusing verb's object on) and
    the accused; else None. "said it had not fired on the hospital and
    accused the army of using it as a base, a claim the army denied": a
    verdict by any account noun on a sentence whose last clause is an
    accusation answers the accusation (the accused deny being accused)."""
    accusing = next((t for t in reversed(span) if t.lemma_.lower() in _ACCUSING_VERBS and t.pos_ == "VERB"), None)
    if accusing is None:
        return None
    if _account_before(verb).lemma_.lower() not in lexicon.ACCUSATION_NOUNS and not _last_clause(accusing, span):
        return None
    obj = next((c for c in accusing.children if c.i > accusing.i and c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i >= span.end - 1:
        return None
    return verb.doc[obj.left_edge.i : span.end], obj


def _last_clause(verb: Token, span: Span) -> bool:
    """Is ``verb`` a conjoined clause that runs to the end of ``span`` ("said A
    and accused B of C")?"""
    return verb.dep_ == "conj" and verb.right_edge.i >= span.end - 1


def answers_accusation(verb: Token) -> bool:
    """Is ``verb`` a verdict on an accusation ("..., an accusation the group
    denies", "... and accused the army of C, a claim the army denied")? Its
    content is the accusation's words, not all that was said."""
    if not which_answered(verb):
        return False
    noun = _account_before(verb)
    if noun.lemma_.lower() in lexicon.ACCUSATION_NOUNS:
        return True
    if _relative_object(verb) is not None or noun.i >= verb.i or noun.i < verb.sent.start + 3:
        return False
    span = verb.doc[verb.sent.start : noun.i - 2]
    return any(t.lemma_.lower() in _ACCUSING_VERBS and t.pos_ == "VERB" and _last_clause(t, span) for t in span)


def _label_after(doc: Doc, rel: Relation) -> int | None:
    """"denied reports that its troops had shelled the market, calling them
    “lies”": the participle that names what the speaker denied is the
    speaker's verdict on it (a claim of its own), not part of the reports,
    wherever the parse hung it; the content ends before its comma. Returns
    the participle's token index when it cut there (its relation's speaker
    is this one's), else None."""
    s, e = rel.content
    for tok in doc.char_span(s, e, alignment_mode="expand") or ():
        if (
            tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp") and lemma_of(tok) in NAMING
            and tok.i > 0 and doc[tok.i - 1].text == ","
            and any(c.dep_ == "dobj" and c.lower_ in ("them", "it", "this", "these", "those", "that") for c in tok.children)
        ):
            cut = _trim(text_of(doc), s, doc[tok.i - 1].idx)
            if cut[1] > cut[0]:
                rel.content = cut
                return tok.i
            return None
    return None


def _relative_content(doc: Doc, rel: Relation) -> None:
    """What a "which" stands for, as the content of a verb that answers a
    claim (``which_answered``). A clause that closes the sentence answers the clause before the comma
    ("Rebels said they shot down a jet, which the army denies": "they shot
    down a jet"; "X accused Moscow of targeting civilians, which the Kremlin
    denied": "Moscow of targeting civilians", what the accusation was); one
    inside the sentence, the noun it follows ("The strike, which the Pentagon
    acknowledged, killed ten": "The strike")."""
    verb = doc[rel.cue_token] if rel.cue_token is not None else None
    if verb is None or not which_answered(verb):
        return  # ("which he described as his second home": the words after "which" say it)
    pronoun = _relative_object(verb)
    if pronoun is None:
        # "A, Kyiv said, a claim Moscow disputed": A, the words before the verdict
        # ("a claim" stays the content when the verdict opens the sentence's clause)
        span = doc[verb.sent.start : _account_before(verb).i - 2]  # up to the comma before "a claim"
        said = span.root
        clause = next((c for c in said.children if c.dep_ == "ccomp" and c.i > said.i), None) if lemma_of(said) in CUE_LEMMAS else None
        if clause is not None and clause.left_edge.i < span.end:
            span = doc[clause.left_edge.i : span.end]  # "A blogger wrote that A, a claim ...": A, not the blogger's act
        accusation = _accusation(verb, span)
        if accusation is not None:
            span, accused = accusation
            subj = doc[rel.speaker_token] if rel.speaker_token is not None else None
            if subj is not None and subj.lower_ in ("they", "it", "he", "she") and accused.pos_ in ("PROPN", "NOUN"):
                # "The army accused the rebels of shelling the market, a charge
                # they denied": the accused deny it, not the accuser
                rel.speaker, rel.speaker_token = (accused.left_edge.idx, accused.idx + len(accused.text)), accused.i
        if len(span) > 2:
            rel.content = _clause_bounds(doc, span)
        return
    if rel.root != pronoun.i:
        return
    noun = verb.head
    if verb.dep_ == "ccomp":
        # "“...,” the governor said, which the M23 denied": the words before the tag
        subj = subject_of(noun)
        if subj is not None and subj.left_edge.i > verb.sent.start + 1:
            s, e = _clause_bounds(doc, doc[verb.sent.start : subj.left_edge.i])
            if e > s:
                rel.content = (s, e)
                rel.root = noun.i
        return
    end = verb.right_edge.i + 1
    while end < len(doc) and doc[end].is_punct and doc[end].text != ",":
        end += 1
    closing = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].tag_ == "VBG"  # "..., which the army denied, saying ..."
    if end >= verb.sent.end or doc[end].is_space or closing:
        # the clause before the comma: from the first clause above the noun
        # with a subject of its own, or from after a reporting verb's cue
        clause = noun
        while clause.head.i != clause.i and not (clause.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in clause.children)):
            clause = clause.head
        start = clause.left_edge.i
        if lemma_of(clause) in CUE_LEMMAS and clause.i < noun.i:
            start = clause.i + 1
    else:
        start = noun.left_edge.i
    if start >= pronoun.i - 1:
        return
    span = doc[start : pronoun.i - 1]
    s, e = _clause_bounds(doc, span)
    if e > s:
        rel.content = (s, e)
        rel.root = noun.i


_HARD = frozenset({"difficult", "hard", "impossible", "unable", "tough"})


def _unverified(verb: Token) -> bool:
    """A negated passive verb of checking with no agent ("could not be
    independently verified"), or checking said to be hard for no one named
    ("making it difficult to verify information"): no one claims anything."""
    if lemma_of(verb) in CONFIRMING and verb.tag_ == "VB" and verb.head.lower_ in _HARD and verb.head.i < verb.i:
        hard = verb.head
        holder = next((c for c in hard.children if c.dep_ == "nsubj"), None)
        if holder is None and hard.dep_ == "acomp":
            holder = next((c for c in hard.head.children if c.dep_ == "nsubj"), None)  # "The army was unable to confirm ..."
        if holder is None or holder.lower_ == "it":
            return True
    return (
        lemma_of(verb) in CONFIRMING and _is_passive(verb)
        and any(c.dep_ == "neg" or (c.dep_ == "nsubjpass" and c.left_edge.lower_ in ("neither", "no", "none")) for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )  # ("Neither side's figures can be independently verified")


_WEAPON_GROUPS = frozenset({"air", "shelling", "ied", "grenade", "chemical"})


def _nobody(tok: Token) -> bool:
    """"No group", "nobody", "no one", "neither the army nor the rebels": a
    speaker the sentence says there is none of."""
    if tok.lower_ in ("nobody", "none", "noone") or (tok.lower_ == "one" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "no"):
        return True
    return any((c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "preconj" and c.lower_ == "neither") for c in tok.children)


def _weapon(tok: Token, generic: bool = False) -> bool:
    """A weapon word (``data/event_cues.json``: "missiles", "a drone", "the
    shelling"); with ``generic``, also "weapon" or "munition" itself."""
    if generic and tok.lemma_.lower() in ("weapon", "munition"):
        return True
    groups = event_lexicon().word_groups
    return any(g in _WEAPON_GROUPS for w in (tok.lower_, tok.lemma_.lower()) for g in groups.get(w, ()))


# verbs and nouns of armed attack, which political news also uses of words
# ("his attacks on Clinton", "struck back at critics"): the model learned
# them as cues from PolNeAR, where the thing attacked is a person or a view
_ACTS = frozenset({
    "strike", "hit", "attack", "bomb", "bombing", "shell", "shelling", "fire", "shoot", "raid", "storm",
    "target", "ambush", "pound", "bombard", "bombardment", "assault", "airstrike", "counterattack", "offensive",
})
# what is struck when it is not a person or a group: sites, structures, ships, ground
_STRUCK_THINGS = frozenset({
    "center", "centre", "building", "site", "facility", "depot", "infrastructure", "port", "ship", "vessel",
    "headquarters", "compound", "bridge", "plant", "station", "airport", "airfield", "area", "city", "town",
    "village", "region", "territory", "warehouse", "tunnel", "launcher", "structure", "line", "front",
    "stronghold", "hideout", "facilities", "ammunition", "arsenal", "refinery", "grid", "substation",
})


def _act_of_war(doc: Doc, rel: Relation) -> bool:
    """A relation the model proposed on a word of armed attack whose object is
    a place, a site, troops, civilians or a weapon ("the IDF struck a Hamas
    command centre", "attacks against IDF troops"), or that names a weapon it
    was done with ("targeted the ship with two missiles"): an act of war,
    which no one says."""
    if rel.cue_token is None or rel.root is None:
        return False
    cue = doc[rel.cue_token]
    if lemma_of(cue) not in _ACTS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(_weapon(g) for g in c.children if g.dep_ == "pobj") for c in cue.children):
        return True
    return _struck(doc[rel.root])


_ANYONE = frozenset({"people", "person", "persons"})  # ("his attacks on people who disagree")


def _struck(tok: Token) -> bool:
    """A thing that is attacked with arms, not in words: a place, a site, a
    target, armed men, civilians, a weapon (``data/event_cues.json``)."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if tok.ent_type_ in ("ORG", "PERSON", "NORP", "WORK_OF_ART"):
        return False  # "attacks on the Freedom Center": a body by its name
    struck = _struck_words()
    for t in (tok, *(c for c in tok.children if c.dep_ == "compound")):
        low, lemma = t.lower_, t.lemma_.lower()
        if ({low, lemma} - _ANYONE) & struck or _weapon(t):
            return True
        if t.pos_ == "NOUN" and any(rx.search(low) for _, rx in event_lexicon().targets):
            return True
    return False


@lru_cache(maxsize=1)
def _struck_words() -> frozenset[str]:
    """Armed men, civilians, military posts, communities (``data/event_cues.json``) and ``_STRUCK_THINGS``."""
    lx = event_lexicon()
    return lx.armed | lx.civilian | lx.military_targets | lx.communal | _STRUCK_THINGS


def _late_speaker(doc: Doc, rel: Relation) -> None:
    """A kept relation without a speaker whose cue is a noun object takes the
    verb's subject: "X made no mention of ...", "X launched an attack on ...",
    "X answered questions about ...", also in an "in"/"with" phrase ("X argued
    in favor of ..."); a person noun after a copula takes its
    subject ("X has been a supporter of ..."); an infinitive on a possessed
    thing its possessor ("Cruz's refusal to disavow ..."). A past-tense verb the parse hung on the
    sentence's noun as a participle ("The two candidates, for whom ..., sparred
    on ...") has that noun as its subject. See also ``_named_holder``; an
    active finite verb the parse left without a subject takes the first person
    its sentence names before it (``clause_person``), else its first person
    noun (not for a verb of seeming); a count of people the parse hung on
    such a verb speaks (``_counted_speakers``). Applied
    only to relations the model kept (it saw them without a speaker), so which
    relations are kept does not change."""
    cue = doc[rel.cue_token]  # type: ignore[index]
    named = _named_holder(cue)
    if named is None and _subjectless_finite(cue):
        # "About 4 in 10 say ...", "..., 43 said the same": a count of people the parse made a modifier or a date
        named = _counted_speakers(cue)
        if named is None and not _quote_ahead(doc, cue, rel.content):
            # "..., Clinton, without naming him, also accused ...": the parse lost the subject
            named = clause_person(doc, cue, subject_like=True)
            if named is None and lemma_of(cue) not in _SEEMING:
                # "Through polls, reporters and editors know ...": else the first person noun
                named = next((t for t in doc[cue.sent.start : cue.i] if t.pos_ in ("NOUN", "PROPN") and agentive(t) and t.dep_ not in _OBJECT_ROLES and t.ent_type_ not in ("GPE", "LOC", "DATE", "TIME")), None)
    if named is not None:
        _give_speaker(rel, speaker_span(doc, named), named)
        return
    if (
        cue.dep_ == "acl" and cue.tag_ in ("VBN", "VBD") and (cue.head.dep_ == "ROOT" or _subject_of_quote(doc, cue, rel)) and cue.head.i < cue.i
        and cue.head.pos_ in ("NOUN", "PROPN") and agentive(cue.head) and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)
        and not _done_to(cue)
    ):
        holder = cue.head
    elif cue.pos_ == "NOUN" and cue.dep_ == "attr" and cue.head.lemma_ == "be" and agentive(cue):
        holder = subject_of(cue.head)  # "X has been a strong supporter of ...": X is the supporter
    elif cue.dep_ in ("acl", "relcl") and _to_infinitive(cue) and cue.head.pos_ == "NOUN" and not agentive(cue.head):
        # "Cruz's refusal to disavow ...": the possessor of the intention does it
        holder = next((c for c in cue.head.children if c.dep_ == "poss"), None)
        if any(c.dep_ in SUBJECTS for c in cue.children):
            return
    elif cue.dep_ == "acomp" and cue.lower_ in ATTITUDE and cue.head.pos_ in ("AUX", "VERB"):
        # "Mr. Ackman is convinced that ...", "she is terrified of losing ...":
        # a state of mind the tagger made a participle, on a copula whose
        # subject holds it (not "Pfizer is known for ...": others know it)
        holder = _not_expletive(subject_of(cue.head))
    elif cue.tag_ == "VBN" and cue.lower_ in ATTITUDE and _is_passive(cue):
        # "Voters are divided on ...", "she was convinced that ...": read as a
        # passive, but a state of mind of its subject
        holder = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    else:
        verb = _holding_verb(cue)
        if verb is None or lemma_of(verb) in UNDERGO:
            return  # "the minister faced criticism over ...": the subject receives it
        holder = subject_of(verb)
    if _can_hold(holder):
        _give_speaker(rel, speaker_span(doc, holder), holder)


_SHARES = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority", "percent"})


def _counted_speakers(verb: Token) -> Token | None:
    """A count or share of people before a subjectless finite verb, which the
    parse made the verb's number modifier ("About 4 in 10 say ..."), a
    measure ("a third agreed ...") or a dated subject ("..., 43 said the
    same"): the counted people speak."""
    if _is_passive(verb):
        return None
    for child in verb.lefts:
        if child.dep_ not in ("nummod", "npadvmod", "nsubj"):
            continue
        if (child.like_num and "." not in child.text) or child.lower_ in _SHARES:
            return child  # people come in whole numbers ("2.5 ahead of X highlights ...": points)
    return None


def _subject_of_quote(doc: Doc, cue: Token, rel: Relation) -> bool:
    """"Mitt Romney, the nominee, tweeted in response: “...”": the parse made the
    quoted sentence's verb the main verb and the name its subject; the
    participle hung on the name is the name's own verb when what it reports
    opens with a quote mark after its clause."""
    head = cue.head
    opener = text_of(doc)[rel.content[0] : rel.content[0] + 1]
    if head.dep_ != "nsubj" or head.head.i <= cue.i or not opener or opener not in "“\"'":
        return False
    return cue.i > 0 and doc[cue.i - 1].text == ","


def _named_holder(cue: Token) -> Token | None:
    """The holder of a speakerless cue named by its own phrase: a nationality
    adjective on a speech noun ("Democratic allegations of ..."); the subject
    of a passive verb a gerund hangs off ("you can be forgiven for not knowing
    that ...", "those who should be shunned for supporting ...") or a
    participle on it ("A lawsuit was filed in 2012, challenging ..."); the noun
    before a participle the parse made the verb's subject ("Many Republicans
    clamoring for ... support ..."); a
    capitalised "Will" the parse took for the modal before a verb that cannot
    follow one ("Will urged ...", "Will believes ...": the columnist)."""
    if cue.pos_ == "NOUN":
        if any(c.dep_ == "poss" for c in cue.children):
            return None
        return next((c for c in cue.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
    clause = next((c for c in cue.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if clause is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        # "Many Republicans clamoring for ... support ...": the parse made the
        # participle the subject; the noun before it is
        return next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if cue.tag_ == "VBG":
        first = cue
        while first.dep_ == "conj" and first.head.tag_ == "VBG":
            first = first.head
        if first.dep_ == "advcl" and first.head.pos_ in ("VERB", "AUX") and _is_passive(first.head):
            # "A lawsuit was filed in 2012, challenging ...": the passive's subject does it
            return next((c for c in first.head.children if c.dep_ == "nsubjpass"), None)
        gerund = _gerund_in_phrase(cue)
        if gerund is None or any(c.dep_ == "poss" for c in gerund.children):
            return None
        verb = gerund.head.head
        if verb.pos_ not in ("VERB", "AUX") or not _is_passive(verb):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return subj if subj is not None and agentive(subj) else None
    if cue.tag_ in ("VBD", "VBZ", "VBN") and not any(c.dep_ in SUBJECTS for c in cue.children):
        return next((c for c in cue.children if c.dep_ == "aux" and c.text == "Will" and c.i < cue.i), None)
    return None


_TENSE_AUX = frozenset({"have", "do", "will", "would", "can", "could", "may", "might", "should", "must"})


def _subjectless_finite(verb: Token) -> bool:
    """An active finite verb (or one with a tense or modal auxiliary: "did not
    mention", "have said") heading a clause the parse gave no subject."""
    if verb.pos_ != "VERB" or _is_passive(verb):
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        aux = [c for c in verb.children if c.dep_ == "aux"]
        if verb.tag_ not in ("VBN", "VB") or not any(c.lemma_ in _TENSE_AUX for c in aux) or any(c.lower_ == "to" for c in aux):
            return False
    if verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.ent_type_ not in ("DATE", "TIME") for c in verb.children)


_DOUBLE_QUOTES = ("\"", "“", "”", "''", "«", "»")
_OPENING_QUOTES = frozenset({"\"", "“", "«", "``"})


def _quote_ahead(doc: Doc, cue: Token, content: tuple[int, int] | None = None) -> bool:
    """Is there a quote mark after ``cue`` in its paragraph (a speaker given
    now could join that quote to the relation, changing the contents kept)?
    Marks inside ``content`` do not count: that quote is the relation's already
    ("X, asked about it, had said, “...”")."""
    text = text_of(doc)
    end = text.find("\n", cue.idx)
    end = end if end != -1 else len(text)
    if content is not None and cue.idx < content[0] and content[1] <= end:
        tail = text[content[1] : end]
        if sum(text.count(q, content[0], content[1]) for q in _DOUBLE_QUOTES) % 2:
            # "said the message was that “the water ...”": the mark closing the
            # content's own quote is not a quote ahead
            lead = len(tail) - len(tail.lstrip(" .,;:!?"))
            mark = next((q for q in _DOUBLE_QUOTES if tail.startswith(q, lead)), None)
            if mark is not None:
                tail = tail[lead + len(mark) :]
        rest = text[cue.idx : content[0]] + tail
    else:
        rest = text[cue.idx : end]
    return any(q in rest for q in _DOUBLE_QUOTES)


def _gerund_in_phrase(cue: Token) -> Token | None:
    """The gerund heading a prepositional phrase that holds ``cue`` (the cue
    itself, or the first of gerunds coordinated with it): "by asserting ...",
    "for opposing ... and calling ..."."""
    gerund = cue
    while gerund.dep_ == "conj" and gerund.head.tag_ == "VBG":
        gerund = gerund.head
    return gerund if gerund.dep_ == "pcomp" and gerund.head.dep_ in ("prep", "agent") else None


def _names_party(tok: Token) -> bool:
    """Does a closing tag's subject name someone who can speak (an agent noun,
    a name, a person, body or people)?"""
    return agentive(tok) or tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "NORP")


def _inner_tag(doc: Doc, rel: Relation) -> None:
    """"A spokesman said the reports were fake, state broadcaster MRTV
    reported": the parse hung the closing tag inside what the spokesman
    said; what was said ends at the tag's comma (the tag is its own
    relation, which passes the words on). After the model's decision."""
    if rel.cue is None or rel.cue[1] > rel.content[0] or rel.frame != "ccomp":
        return
    span = doc.char_span(rel.content[0], rel.content[1], alignment_mode="expand")
    if span is None:
        return
    for verb in span:
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(verb) not in SPEECH or verb.i == rel.cue_token:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text not in (",", *_QUOTES):
            continue
        comma = subj.left_edge.i - 1
        while comma > span.start and doc[comma].text in _QUOTES:
            comma -= 1
        if doc[comma].text != "," or any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : span.end]) or any(c.i > verb.i and not c.is_punct for c in verb.children):
            continue
        if not _names_party(subj):
            continue
        closing = doc[subj.left_edge.i - 1]
        # ("... spread by “terrorist groups,” state broadcaster MRTV reported": through the quote it closes)
        end = closing.idx + len(closing.text) if closing.text in _QUOTES and comma < closing.i else doc[comma].idx
        cut = _trim(text_of(doc), rel.content[0], end, " \t\n\r;:")
        if cut[1] > cut[0]:
            rel.content = _balance(text_of(doc), cut)
        return


def _listed_speakers(doc: Doc, rel: Relation) -> None:
    """A closing tag whose subject the parse ran into the list before it:
    "..., killing 12 people, including three children, local officials and a
    medic said" (the officials and the medic speak, not the dead; the list
    ends at the last comma before them). The speakers are the list's last
    comma-separated part when it names people who can speak and the phrase
    the parse gave opens with a count; the content stops before them
    whichever way the parse hung them (so does any speaker the content ran
    on into). After the model's decision."""
    if rel.speaker is None or rel.cue_token is None or rel.speaker_token is None:
        return
    verb = doc[rel.cue_token]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma_of(verb) not in SPEECH or rel.content[1] > verb.idx:
        return
    text = text_of(doc)
    if rel.content[0] < rel.speaker[0] < rel.content[1]:
        # ("..., a villager who helped pull bodies from the rubble told our
        # reporter": the one named, and what describes them, are not what they said)
        tail = doc[doc[rel.speaker_token].right_edge.i + 1 : verb.i]
        if all(t.is_punct or t.is_space for t in tail):
            rel.content = _trim(text, rel.content[0], rel.speaker[0])
        return
    if text[rel.speaker[1] : verb.idx].strip():
        return
    including = next((t for t in doc[verb.sent.start : verb.i] if t.lower_ == "including" and rel.content[0] <= t.idx < rel.speaker[1]), None)
    if including is None:
        return
    comma = next((k for k in range(verb.i - 1, including.i, -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return
    part = doc[comma + 1 : verb.i]
    head = next((t for t in part if t.head.i < part.start or t.head.i >= part.end or t.head.i == t.i), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or not agentive(head):
        return
    if rel.speaker[0] < part.start_char:
        # the parse's subject opened before the list: only a count of people
        # (the victims) is taken to be a misreading
        first = doc.char_span(rel.speaker[0], rel.speaker[1], alignment_mode="expand")
        if first is None or not any(t.like_num or t.pos_ == "NUM" for t in first[:4]) or first.start >= including.i:
            return
        rel.speaker, rel.speaker_token = _trim(text, part.start_char, part.end_char), head.i
        end = doc[comma].idx  # the count and its list go back into what was said
    else:
        end = min(rel.content[1], doc[comma].idx)
    cut = _trim(text, rel.content[0], end)
    if cut[1] > cut[0]:
        rel.content = cut


def _deck_speaker(doc: Doc, rel: Relation) -> None:
    """"The governor defended the budget\nSays the dam will be finished next
    year.": a line that opens with its reporting verb, under a headline line
    (no full stop), goes on the headline's subject."""
    cue = doc[rel.cue_token]  # type: ignore[index]
    text = text_of(doc)
    start = text.rfind("\n", 0, cue.idx) + 1
    if start == 0 or text[start:cue.idx].strip() or cue.tag_ != "VBZ" or not cue.text[:1].isupper():
        return
    line_end = len(text[:start - 1].rstrip())
    if line_end == 0 or text[line_end - 1] in ".!?:;,\"”’'":
        return
    prev = doc.char_span(line_end - 1, line_end, alignment_mode="expand")
    if prev is None:
        return
    root = prev[0].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.i < root.i and subj.pos_ in ("NOUN", "PROPN"):
        rel.speaker, rel.speaker_token = speaker_span(doc, subj), subj.i


def _same_paragraph_speaker(doc: Doc, rel: Relation) -> None:
    """A kept relation whose speaker mention lies across a paragraph break
    from its cue (the parse ran a headline or a live-blog stamp into the next
    paragraph's sentence, "Trump, in Kentucky, said ..."): the first person
    named in the cue's own paragraph before the cue speaks, else no one is
    named; not on a line that opens with its cue (a headline's deck, "Says
    ..."). After the model's decision."""
    if rel.speaker is None or rel.cue is None:
        return
    text = text_of(doc)
    (s, e), (cs, ce) = rel.speaker, rel.cue
    between = text[e:cs] if e <= cs else text[ce:s]
    if "\n" not in between:
        return
    start = text.rfind("\n", 0, cs) + 1
    if e <= cs and not text[start:cs].strip():
        return  # a deck line opening with its verb goes on the headline's subject
    rel.speaker, rel.speaker_token = None, None
    if rel.cue_token is None or e > cs:
        return
    verb = doc[rel.cue_token]
    for t in doc[verb.sent.start : verb.i]:
        if t.idx >= start and t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            head = _name_head(t, verb.i)
            rel.speaker, rel.speaker_token = (t.idx, head.idx + len(head.text)), head.i
            return


def _can_hold(holder: Token | None) -> TypeGuard[Token]:
    """Can a token found for a kept relation speak (not an expletive, a verb, a date)?"""
    return holder is not None and not is_expletive(holder) and holder.pos_ not in ("VERB", "AUX") and holder.ent_type_ not in ("DATE", "TIME")


def _give_speaker(rel: Relation, span: tuple[int, int], holder: Token) -> None:
    """Make ``holder`` (its mention ``span``) the speaker of a kept relation,
    unless the mention is part of what is reported."""
    if span[0] < rel.content[1] and rel.content[0] < span[1]:
        return
    rel.speaker, rel.speaker_token = span, _speaker_token(holder.head, holder)


_MANNER_PREPS = frozenset({"in", "with"})


def _holding_verb(cue: Token) -> Token | None:
    """The verb whose subject holds a noun cue: the noun as its object, or in
    an "in"/"with" phrase on it ("argued in favor of ...", "responded with
    chants of ...")."""
    if cue.pos_ != "NOUN":
        return None
    if cue.dep_ == "dobj" and cue.head.pos_ == "VERB":
        return cue.head
    prep = cue.head
    if cue.dep_ == "pobj" and prep.lower_ in _MANNER_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _controller(doc: Doc, rel: Relation) -> None:
    """A kept relation whose speaker is a thing the cue hangs on: an infinitive
    ("gave the mayor new reason to oppose ...", "X took a moment to point
    out ...") is done by whoever the clause gives the thing to, else the
    clause's subject; a participle on a speech or document the clause's
    subject delivers ("X spent much of his speech defending ...") is that
    subject's. After the model's decision, which does not change."""
    cue = doc[rel.cue_token]  # type: ignore[index]
    noun = cue.head
    if cue.dep_ not in ("relcl", "acl") or rel.speaker_token != noun.i or noun.pos_ != "NOUN":
        return
    holder: Token | None = None
    if _to_infinitive(cue) and not agentive(noun) and not any(c.dep_ in SUBJECTS for c in cue.children):
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        verb = _governing_verb(noun) if holder is None and noun.dep_ not in SUBJECTS else None
        if verb is not None:
            holder = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")), None) or subject_of(verb)
        if not _can_hold(holder):
            # "There is reason to believe ...", "a way to tell the city ...": the
            # thing does not say or believe it, and the clause names no one who does
            rel.speaker, rel.speaker_token = None, None
            return
    elif cue.tag_ == "VBG" and noun.lemma_.lower() in DOCUMENT_NOUNS:
        verb = _verb_above(noun)
        holder = subject_of(verb) if verb is not None else None
    if _can_hold(holder):
        _give_speaker(rel, _holder_span(doc, holder), holder)


def _nearer_clause_speaker(doc: Doc, rel: Relation) -> None:
    """A kept relation on a participle after a comma whose speaker is a thing
    (the parse hung the participle on the main verb: "The first incident came
    during a speech, when protesters interrupted her, shouting ..."): the
    person subject of the clause ending right before the comma does it. After
    the model's decision."""
    if rel.cue_token is None or rel.speaker_token is None:
        return
    cue, holder = doc[rel.cue_token], doc[rel.speaker_token]
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i < 2 or doc[cue.i - 1].text != ",":
        return
    if holder.pos_ != "NOUN" or holder.ent_type_ or agentive(holder):
        return
    verb = cue.head
    for t in doc[verb.i + 1 : cue.i - 1]:
        if t.pos_ in ("VERB", "AUX") and t.right_edge.i == cue.i - 2 and verb in t.ancestors:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and agentive(subj) and subj.lower_ not in lexicon.RELATIVE_PRONOUNS:
                _give_speaker(rel, speaker_span(doc, subj), subj)
            return


def _described_thing(doc: Doc, rel: Relation) -> None:
    """A kept relation whose speaker is a thing a copula describes, the cue
    hanging on that copula ("The first taste of the show is his face on a
    bill, calling them ...", "Her comments are a reply to a letter ...
    alleging ...", "The tone of the speech was harsh and echoed ..."): the
    thing says nothing, and the clause names no one else: no speaker. After
    the model's decision."""
    if rel.cue_token is None or rel.speaker_token is None:
        return
    cue, holder = doc[rel.cue_token], doc[rel.speaker_token]
    copula = holder.head
    if holder.dep_ not in ("nsubj", "nsubjpass") or copula.lemma_ != "be" or copula.i == cue.i:
        return
    if cue.head.i != copula.i or cue.dep_ not in ("advcl", "conj") or cue.pos_ != "VERB":
        return
    if holder.pos_ == "NOUN" and not agentive(holder):
        rel.speaker, rel.speaker_token = None, None


def _meaning_thing(doc: Doc, rel: Relation) -> None:
    """A kept relation on "mean" whose subject is a thing ("It means admitting
    ...", "That means continuing ...", "Success meant discrediting me"): a
    consequence, not anyone's intention or words: no speaker. ("She meant to
    ..." keeps hers.) After the model's decision."""
    if rel.cue_token is None or rel.speaker_token is None or lemma_of(doc[rel.cue_token]) != "mean":
        return
    holder = doc[rel.speaker_token]
    if holder.lower_ in ("it", "that", "this") or (holder.pos_ == "NOUN" and not holder.ent_type_ and not agentive(holder)):
        rel.speaker, rel.speaker_token = None, None


_ASKING_VERBS = frozenset({"ask", "press", "question", "quiz"})


def _the_one_asked(doc: Doc, rel: Relation) -> None:
    """A kept relation on a bare "asked" opening a clause ("Asked whether ...,
    Ms. B said ...", "When asked about ..., he replied ...", "Trump, when
    pressed about ..., said ..."): the clause's subject is the one asked, not
    the asker, and no one else is named: no speaker. ("The mayor asked
    whether ..." has its own subject; "was asked by X" an agent.) After the
    model's decision."""
    if rel.cue_token is None or rel.speaker_token is None:
        return
    cue = doc[rel.cue_token]
    if lemma_of(cue) not in _ASKING_VERBS or cue.tag_ not in ("VBN", "VBD") or cue.dep_ not in ("advcl", "relcl"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in cue.children):
        return
    rel.speaker, rel.speaker_token = None, None


_ADDRESSEE_VERBS = frozenset({"tell", "thank", "remind", "assure", "inform", "urge"})


def _not_the_addressee(doc: Doc, rel: Relation) -> None:
    """A kept relation whose speaker is the object of a verb of telling
    ("“...,” a source told Fox News": the parse found no subject and took the
    object after the quote): the one told never speaks. The first person (or
    person noun) the sentence names before the verb outside quotes does, else
    no one is named. After the model's decision."""
    if rel.speaker_token is None:
        return
    cue = doc[rel.cue_token]  # type: ignore[index]
    spoken_to = doc[rel.speaker_token]
    if lemma_of(cue) not in _ADDRESSEE_VERBS or spoken_to.head.i != cue.i or spoken_to.dep_ not in ("dobj", "dative"):
        return
    rel.speaker, rel.speaker_token = None, None
    for t in doc[cue.sent.start : cue.i]:
        if _quoted(doc, t.idx) is not None:
            continue
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            t = _name_head(t, cue.i)
        elif t.ent_type_ or t.pos_ != "NOUN" or not agentive(t):
            continue
        if t.dep_ not in _OBJECT_ROLES:
            _give_speaker(rel, speaker_span(doc, t), t)
            return


def _verb_above(noun: Token) -> Token | None:
    """The verb a noun phrase hangs off through at most three object or
    preposition links ("spent much of his speech")."""
    up = noun
    for _ in range(3):
        if up.dep_ not in ("dobj", "pobj", "prep", "attr") or up.head.i == up.i:
            return None
        up = up.head
        if up.pos_ == "VERB":
            return up
    return None


def swallows(rel: Relation, cues: dict[int | None, str]) -> bool:
    """Would a new relation take in a rule's relation (``cues``: the rules'
    cue tokens and frames) headed by that relation's cue: "stepped up his
    attacks on X" (a rule's nominal cue as the verb's object), "made a point
    of saying that ..." (a noun's prepositional object that is a rule's cue)?
    The rule's relation is the more specific one."""
    frame = cues.get(rel.root) if rel.root is not None else None
    return frame is not None and (frame == "nominal" or rel.frame == "nounprep")


def _object_tail(doc: Doc, rel: Relation) -> None:
    """A learned relation on a verb and its object ("named her to the court",
    "crying “fraud” over the selection"): the verb's later complements belong to it,
    as they do for the rules' object verbs (``_verb_tail``)."""
    verb, obj = doc[rel.cue_token], doc[rel.root]
    if obj.head.i != verb.i or obj.dep_ != "dobj" or rel.content[1] < obj.idx:
        return
    end = _verb_tail(doc, verb, obj, rel.content[1])
    if end > rel.content[1] and "\n" not in text_of(doc)[rel.content[1] : end]:
        rel.content = (rel.content[0], end)


_WH = frozenset({"how", "what", "why", "whether"})
_PERSONAL = frozenset({"him", "her", "them", "it", "me", "us", "you", "himself", "herself", "themselves", "itself", "myself", "ourselves"})
_STRAY_DEPS = frozenset({"conj", "dobj", "npadvmod", "appos", "dep"})


# "put the toll at nine dead and 31 wounded": the second count the parse made a clause of its own
_TOLL_TAIL = re.compile(
    r"\s+and\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|another\s+)?\d[\d,]*\s+(?:more\s+|others?\s+|people\s+)?"
    r"(?:wounded|injured|hurt|missing|dead|killed)\b"
)


_COUNTED = re.compile(r"\b(?:toll|dead|killed|deaths|wounded|injured|casualties)\b", re.I)


def _toll_tail(doc: Doc, rel: Relation) -> None:
    """Extend a count's content over a second count joined by "and" right
    after it ("the toll at nine dead and 31 wounded")."""
    text = text_of(doc)
    s, e = rel.content
    if _COUNTED.search(text, s, e) is None:
        return
    m = _TOLL_TAIL.match(text, e)
    if m is not None:
        rel.content = (s, m.end())


def _stray_conjuncts(doc: Doc, rel: Relation) -> None:
    """``talk about the border and how many migrants slip through``, ``referring
    to herself, Mr. Bannon and Mr. Gates``: the parse hangs the later items of a
    noun content's list on a verb above it; the list is the content (so is an
    infinitive content's list of acts in the infinitive's form). Only items
    right after the content, each starting its own phrase, and (after commas)
    only a list that ends with "and"/"or"; an item stops before a clause with a
    subject of its own."""
    head = doc[rel.root]  # type: ignore[index]
    if rel.cue_token is None:
        return
    cue = doc[rel.cue_token]
    # "urged the party to scrap X, replace Y and open Z": an infinitive's list
    # of acts, in the infinitive's form, which the cue's own tense rules out
    verbal = rel.frame == "xcomp" and head.tag_ == "VB" and _finite(cue) in ("VBD", "VBZ", "VBP", "VBG", "VBN")
    if head.pos_ not in ("NOUN", "PROPN", "PRON") and not verbal:
        return
    # where the parse may hang the later items: on the cue, a verb above it,
    # or (as appositions) on the cue's subject
    hosts = {cue.i} | {a.i for a in cue.ancestors}
    subj = subject_of(cue)
    if subj is not None:
        hosts.add(subj.i)
    span = doc.char_span(rel.content[0], rel.content[1], alignment_mode="contract")
    if span is None or len(span) == 0:
        return
    j, end, closed = span[-1].i + 1, None, False
    while j + 1 < len(doc):
        comma = doc[j].text == ","
        j += comma
        joined = doc[j].lower_ in ("and", "or")
        j += joined
        if not (comma or joined) or j >= len(doc):
            break
        x = doc[j]
        while x.head.i != x.i and x.head.i >= j:
            x = x.head
        if x.left_edge.i != j or x.dep_ not in _STRAY_DEPS or (x.head.i not in hosts and x.dep_ != "conj"):
            break
        if x.dep_ == "conj" and x.head.i not in hosts and not (span.start <= x.head.i < j):
            break
        if x.head.pos_ not in ("VERB", "AUX") and x.dep_ != "appos" and not (span.start <= x.head.i < j):
            break  # "those who support X and those who ...": the holder's list, not the content's
        # (a pronoun item is a personal one: "those who ..." starts someone else's clause)
        if verbal:
            ok = x.dep_ == "conj" and x.tag_ == "VB" and not any(c.dep_ in SUBJECTS or (c.dep_ == "aux" and c.lower_ != "to") for c in x.children)
        else:
            nominal = x.pos_ in ("NOUN", "PROPN") or (x.pos_ == "PRON" and x.lower_ in _PERSONAL)
            ok = nominal or (x.pos_ in ("VERB", "AUX") and doc[j].lower_ in _WH and joined)
        if not ok or "\n" in text_of(doc)[doc[j].idx : x.right_edge.idx]:
            break
        end = x.right_edge.i
        for c in x.rights:
            if c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "advcl", "relcl", "conj") and doc[c.left_edge.i - 1].text == ",":
                end = min(end, c.left_edge.i - 2)  # "a visual vote, declaring ...": the speaker's next act
            elif c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children):
                end = min(end, c.left_edge.i - 2)  # "... and he pledged ...": a clause of its own
        j = end + 1
        closed = joined or any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in x.subtree)
        if closed:
            break
    if end is None or not closed:
        return
    e = _trim(text_of(doc), rel.content[0], doc[end].idx + len(doc[end].text))[1]
    if e > rel.content[1]:
        rel.content = (rel.content[0], e)


def candidates(doc: Doc) -> list[tuple[Token, Relation, bool]]:
    """(cue token, relation, found by a rule) for every possible relation:
    the rules' relations and, for verbs no rule took, the relation their first
    complement would give (``_complement``)."""
    return [(tok, rel, rule) for tok, rel, rule, _ in _candidates(doc, prune=False)]


_CANDIDATE_POS = frozenset({"ADP", "NOUN", "ADJ", "VERB"})  # the parts of speech ``_candidates`` reads


def misread_name(tok: Token) -> bool:
    """The last word of a name the tagger read as a finite verb, in a noun's
    place ("told Example Rights Watch that ...", "Watch" the object)."""
    return (
        tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBP", "VBZ") and tok.dep_ in ("dobj", "pobj", "dative")
        and tok.text[:1].isupper() and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1 for c in tok.lefts)
    )


def _candidates(doc: Doc, prune: bool) -> list[tuple[Token, Relation, bool, list[str] | None]]:
    """``candidates``; with ``prune``, a verb no rule took is skipped unless the
    model could accept a relation on it (its token features are passed on)."""
    out: list[tuple[Token, Relation, bool, list[str] | None]] = []
    n = len(doc)
    for tok in doc:
        # each attribute read builds a new string: read them once per token
        lower, pos = tok.lower_, tok.pos_
        if lower in _HEADLINE_VERDICTS and (verdict := headline_verdict(doc, tok)) is not None:
            out.append((tok, verdict, True, None))  # (the tagger may read the verb as a noun or an auxiliary)
            continue
        if lower == ":" and (said := _headline_colon(doc, tok)) is not None:
            out.append((tok, said, True, None))
            continue
        if pos not in _CANDIDATE_POS and lower not in ("according", "reportedly"):
            continue  # nothing below takes it
        if pos == "VERB" and misread_name(tok):
            continue  # a name's last word, not a verb ("told Example Rights Watch that ...")
        dep = tok.dep_
        lemma = _LEMMA_FIXES.get(lower) or tok.lemma_.lower()  # lemma_of(tok)
        rel: Relation | None = None
        if lower == "according":
            rel = _according(doc, tok)
        elif pos == "ADP" and (lower in _FINDING_NOUNS or lower == "to"):
            rel = _opening_source(doc, tok)
        elif lower == "reportedly" and dep == "advmod":
            rel = _reportedly(doc, tok)
        elif pos == "NOUN" and tok.tag_ == "NNS" and (misread := misread_verdict(tok)) is not None:
            # "..., a figure Hamas disputes": a verb the tagger read as a noun
            account = misread[0]
            rel = _make(doc, tok, (account.idx, account.idx + len(account.text)), "object", account)
        elif pos == "NOUN" and (lemma in SPEECH_NOUNS or (lemma in SPEECH and lemma not in DOCUMENT_NOUNS) or lemma in ATTITUDE_NOUNS or (lemma in _COLON_NOUNS and dep == "nsubj" and tok.head.lemma_ == "be")):
            # ("His message has been that ...": words a noun names, spelled out after "is")
            rel = _nominal(doc, tok)
            if rel is None and lemma in ATTITUDE_NOUNS:
                rel = _possessed(doc, tok)
            if rel is None and lemma in _VIEW_NOUNS:
                rel = _in_view(doc, tok)
        elif lemma == "make" and pos == "VERB":
            rel = _make_clear(doc, tok) or _make_case(doc, tok) or _made_remarks(doc, tok)
        elif pos == "ADJ" and lemma in ATTITUDE and dep in ("acomp", "ROOT", "conj"):
            rel = _attitude(doc, tok)
            if rel:
                rel.cue_token = tok.i  # the adjective carries the stance ("doubtful")
        elif pos == "VERB" and _claims_lives(tok, lemma):
            pass  # "the shelling claimed the lives of 12 people": a toll, not a claim
        elif pos == "VERB":
            if lemma not in CUE_LEMMAS:
                rel = _verb_idiom(doc, tok, lemma) or _generic_clause(doc, tok, lemma)
            elif dep not in ("amod", "compound"):
                rel = _verb_relation(doc, tok, lemma) or _says_none(doc, tok, lemma)
            if rel is None and dep == "relcl" and lemma in SPEECH:
                rel = _tag_in_relative(doc, tok)
            if rel is None and dep not in ("amod", "compound") and which_answered(tok):
                # "..., a charge that officials denied" with "that" read as a
                # conjunction: the verdict on the account noun before it
                head = tok.head
                rel = _make(doc, tok, (head.left_edge.idx, head.idx + len(head.text)), "object", head)
            # a verb of verbal attack the rule turned down ("troops attacked
            # the village") stays an act, whatever the model would say
            # nor does a verb of seeming ("he doesn't seem like ..."): the
            # writer's impression, which the rule above reads without a speaker
            # nor does a casualty verb ("3 killed, 28 injured in the shelling"): an act
            if rel is None and dep not in ("amod", "compound") and len(tok.text) > 1 and lemma not in CRITIC and lemma not in _SEEMING and not _casualty(tok, lemma):
                builds = []
                if any(c.dep_ in _COMPLEMENTS for c in tok.rights):
                    builds.append((_complement, None))
                if any(c.dep_ == "nsubjpass" for c in tok.lefts):
                    builds.append((_passive_subject, "passive"))
                token_feats = cue_model.features(tok) if prune and builds else None  # once per verb
                for build, frame in builds:
                    _propose(out, tok, build, frame, prune, token_feats)
                continue
        if rel is None and pos == "NOUN" and lower == "words":
            rel = _in_view(doc, tok)  # "In the words of one nurse, ..."
        if rel is None and pos == "NOUN" and lemma in _RECEIVED:
            rel = _received(doc, tok)
        if rel is None and pos == "NOUN" and tok.i + 2 < n and (lemma in _COLON_NOUNS or lemma in SPEECH_NOUNS) and (doc[tok.i + 1].text == ":" or _comma_quote(doc, tok, lemma)):
            rel = _noun_colon(doc, tok)
        if rel is not None:
            out.append((tok, rel, True, None))
        elif pos in ("NOUN", "ADJ") and tok.i + 1 < n and doc[tok.i + 1].dep_ == "prep" and doc[tok.i + 1].head.i == tok.i and not _casualty(tok, lemma):
            _propose(out, tok, _noun_prep, "nounprep", prune, None)
    return out


_SEEMING = frozenset({"seem", "appear"})


_SAID_OR_MEANT = SPEECH | DENIAL | CRITIC | INTENT  # what someone may seem to do and thereby say


def _seems_to_say(subj: Token, xc: Token) -> bool:
    """``X seemed to acknowledge that ...``, ``Cruz appeared to mock ...``: a
    person or group seeming to say or think something says or thinks it, in
    the writer's hedged words; the verb after "to" is the report."""
    return (
        xc.dep_ == "xcomp" and _to_infinitive(xc) and lemma_of(xc) in _SAID_OR_MEANT
        and (subj.pos_ in ("PROPN", "PRON") and subj.lower_ not in ("it", "this", "that", "which") or _may_speak(subj))
        # (what is said follows: not "Trump almost seemed to agree")
        and any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > xc.i for c in xc.children)
    )


def _claims_lives(verb: Token, lemma: str) -> bool:
    """``claimed the lives of 12 people``, ``has claimed more than 300 lives``:
    the verb of a death toll, whose subject is what killed, not a speaker."""
    return lemma == "claim" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("life", "lives") for c in verb.children)
# what one is given by others ("won support from X", "drew boos from X"; not
# "attacks", which in a war are acts: "the convoy faced attacks from militias")
_RECEIVED = lexicon.words("received_nouns")
_RECEIVING = lexicon.words("receiving_verbs")


def _received(doc: Doc, noun: Token) -> Relation | None:
    """``Rubio has won support from governors``, ``Trump drew boos from the
    audience``: the ones the support, boos or attacks come from speak about
    the one who receives them (the verb's subject)."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma_of(verb) not in _RECEIVING:
        return None
    preps = [c for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and c.i > noun.i]
    prep = next((c for c in preps if c.lower_ == "from"), None)
    if prep is None and lemma_of(noun) == "support":
        prep = next((c for c in preps if c.lower_ == "among"), None)
    if prep is None and not _hedged(verb):
        # "Cruz won the endorsement of the union", "he has the backing of 33% of
        # voters" (not "she may not win the support of ...": no one gave it yet)
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    src = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    subj = subject_of(verb)
    if src is None or subj is None or subj.pos_ not in ("PROPN", "PRON", "NOUN") or subj.lower_ in ("it", "this", "that", "there"):
        return None
    s, e = speaker_span(doc, subj)
    return Relation(
        cue=(noun.idx, noun.idx + len(noun.text)), cue_token=noun.i, content=(s, e),
        speaker=speaker_span(doc, src), speaker_token=src.i, frame="object", root=subj.i,
    )


def _hedged(verb: Token) -> bool:
    """A negated or modal verb, or an infinitive ("may not win", "can win",
    "struggled to earn"): what it names has not happened."""
    return _to_infinitive(verb) or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


_COLON_NOUNS = lexicon.words("colon_nouns")


# verbs of putting out a text: "issued a statement: ..." spells out the statement
_ISSUING = frozenset({"issue", "release", "publish", "post", "send", "share", "read", "deliver"})


def _comma_quote(doc: Doc, noun: Token, lemma: str) -> bool:
    """``The army issued a statement, “No civilians were harmed.”``: a comma and
    an opening quote mark right after a noun of words stand for a colon."""
    return lemma in SPEECH_NOUNS and doc[noun.i + 1].text == "," and doc[noun.i + 2].text in _OPENING_QUOTES


def _noun_colon(doc: Doc, noun: Token) -> Relation | None:
    """``Their argument: only a new Senate can act``, ``the leaders sent him an
    unmistakable message: he must stop``: words or a view named by a noun and
    spelled out after the colon right after it, held by the noun's possessor
    or by the subject of the verb whose object it is (not a reporting verb's:
    "said in a statement: ..." is that verb's relation)."""
    colon = doc[noun.i + 1]
    if _quoted(doc, colon.idx) is not None or lemma_of(noun) == "case":
        return None  # "... in my opinion: ..." inside someone's quote; "one test case: ..."
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        verb = noun.head if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") else None
        if verb is None or (lemma_of(verb) in CUE_LEMMAS and lemma_of(verb) not in _ISSUING):
            return None
        holder = subject_of(verb)
        if holder is None or is_expletive(holder) or holder.i == noun.i:
            return None
        speaker = speaker_span(doc, holder)
    elif holder.lower_ in ("its", "it") and noun.head.lower_ != "among":
        return None
    else:
        speaker = _holder_span(doc, holder)
    text = text_of(doc)
    first = doc[colon.i + 1]
    end = text.find("\n", first.idx)
    end = min(first.sent.end_char, len(text) if end == -1 else end)
    s, e = _trim(text, first.idx, end)
    e = _trim_end_punct(text, s, e)
    if e - s < 3:
        return None
    if _has_reporter(t for t in doc[first.i : first.sent.end] if t.idx < e):
        return None  # "His assessment: “...,” he said.": the words have their own reporter
    cue_end = colon.idx + 1 if colon.text == ":" else noun.idx + len(noun.text)
    return Relation(cue=(noun.idx, cue_end), cue_token=noun.i, content=(s, e), speaker=speaker, speaker_token=holder.i, frame="nominal", root=first.i)


def _has_reporter(tokens: Iterable[Token]) -> bool:
    """Do the words hold a verb of saying with its own subject (a report of
    their own, which keeps its speaker)?"""
    return any(t.pos_ == "VERB" and lemma_of(t) in SPEECH and any(c.dep_ == "nsubj" for c in t.children) for t in tokens)


def _casualty(tok: Token, lemma: str) -> bool:
    """A word of killing or wounding (``data/figure_cues.json``): an act the
    model never reads as a cue."""
    words = quantities.cues()["by_word"]
    return words.get(lemma) in _CASUALTY or words.get(tok.lower_) in _CASUALTY


_CASUALTY = frozenset({"killed", "injured"})


def _propose(out: list[tuple[Token, Relation, bool, list[str] | None]], tok: Token, build: Callable[[Doc, Token], Relation | None], frame: str | None, prune: bool, token_feats: list[str] | None) -> None:
    """Add the relation ``build`` makes on a token no rule took, unless (with
    ``prune``) the model could not accept a relation of that frame on it
    (``token_feats``: the token's features, computed once by the caller)."""
    feats = cue_model.promising(tok, frame, token_feats) if prune else None
    if prune and feats is None:
        return
    new = build(tok.doc, tok)
    if new is not None:
        out.append((tok, new, False, feats))


def _passive_subject(doc: Doc, verb: Token) -> Relation | None:
    """``Clinton was booed (by the crowd)``: what a passive verb reports on
    is its subject; the ``by`` agent, if any, speaks."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subj is None or is_expletive(subj):
        return None
    if _quotes_as_saying(verb):
        return None
    return _make(doc, verb, _phrase(doc, subj), "passive", subj)


def _noun_prep(doc: Doc, head: Token) -> Relation | None:
    """``support for the ban``, ``his attacks on the judge``, ``concerned
    about the vote``: a noun or adjective and the object of the preposition
    right after it; a possessor (or the subject of an adjective's copula) holds it."""
    prep = doc[head.i + 1]
    if prep.lower_ not in _NOUN_PREPS:
        return None
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    content = _clip_paragraph(text_of(doc), _subtree_span(doc, obj), obj.idx)
    if content[1] - content[0] < 2:
        return None
    if head.pos_ == "ADJ":
        holder = subject_of(head.head) if head.dep_ == "acomp" else None
        holder = _not_expletive(holder)
    else:
        holder = next((c for c in head.children if c.dep_ == "poss"), None)
    return Relation(
        cue=_cue_span(head, prep),
        cue_token=head.i,
        content=content,
        speaker=_holder_span(doc, holder) if holder is not None else None,
        speaker_token=holder.i if holder is not None else None,
        frame="nounprep",
        root=obj.i,
    )


_COMPLEMENTS = frozenset({"ccomp", "advcl", "xcomp", "dobj", "prep"})


def _complement(doc: Doc, verb: Token) -> Relation | None:
    """The relation a cue verb heads, from the first complement it has."""
    children = list(verb.rights)
    for c in children:
        if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children)):
            return _make(doc, verb, _subtree_span(doc, c), "ccomp", c)
    for c in children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            obj = next((d for d in children if d.dep_ == "dobj" and d.i < c.i), None)
            lo = obj.left_edge.i if obj is not None else c.left_edge.i
            span = doc[lo : c.right_edge.i + 1]
            return _make(doc, verb, _trim(text_of(doc), span.start_char, span.end_char), "xcomp", c)
    for c in children:
        if c.dep_ == "dobj" and _nominal_object(c):
            s, e = _subtree_span(doc, c)
            extra = next((p for p in children if p.dep_ == "prep" and p.lower_ in ("as", "of", "for") and p.i > c.i), None)
            if extra is not None:
                e = max(e, _subtree_span(doc, extra)[1])
            return _make(doc, verb, (s, e), "object", c)
    placed = False
    for c in children:
        if c.dep_ == "prep":
            p = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if p is not None and _where(c, p):
                placed = True
                continue  # "traders protested in Kasese town": where, not what
            if p is not None and placed and c.lower_ not in _TOPIC_PREPS:
                return None  # ("convicted in Cook County for ...": no topic after the place)
            if p is not None:
                return _make(doc, verb, _subtree_span(doc, p), "prep", p, cue_extra=c)
    return None


_TOPIC_PREPS = frozenset({"against", "about", "over"})  # after a place: "protested in Kasese against new fees"


_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "capital", "street", "square", "district", "province", "region", "camp", "neighbourhood", "neighborhood", "area"})


def _where(prep: Token, obj: Token) -> bool:
    """Does a preposition's object say where ("in Kasese town", "outside the
    ministry"), not what a verb holds?"""
    if prep.lower_ not in _LOCATIVE:
        return False
    return obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _PLACE_NOUNS


_FEELING = frozenset({"feel", "think", "believe", "sense"})


def _like_clause(clause: Token) -> bool:
    """A clause opened by "like", "as if" or "as though" ("felt like they had no
    voice"), with a subject of its own."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.i < clause.i]
    if not marks or not any(d.dep_ in SUBJECTS for d in clause.children):
        return False
    first = marks[0]
    if first.lower_ == "like":
        return True
    return first.lower_ == "as" and any(m.lower_ in ("if", "though") for m in marks[1:])


def _stray_subjects(verb: Token, clause: Token) -> list[Token]:
    """Subjects the parse hung on the reporting verb between a fronted clause
    and the speaker: in "Raids killed at least 52 people, including 11
    children, the monitor said", "people" is read as a second subject of
    "said"; it is the end of what was said."""
    speaker = subject_of(verb)
    if speaker is None or not clause.i < speaker.i < verb.i:
        return []
    return [d for d in verb.children if d.dep_ == "nsubj" and d is not speaker and clause.right_edge.i < d.i < speaker.left_edge.i]


_DONE_TO = frozenset({"accuse", "charge", "blame", "suspect", "condemn", "criticize", "criticise", "fault", "praise", "sue"})


def _accused_by(doc: Doc, verb: Token, lemma: str, children: list[Token], by: Token | None) -> Relation | None:
    """``Russia was accused by Ukraine of using chemical weapons``, ``the army
    was blamed by residents for the shelling``: a passive accusation with its
    "by" agent; what the accused is accused of is the content (as in the
    passive without an agent), the agent speaks, without the phrase the parse
    may hang on it ("residents for the shelling"). ``by``: the agent's noun."""
    if by is None or not _is_passive(verb):
        return None
    prep = next((c for c in children if c.dep_ == "prep" and c.i > verb.i and (lemma, c.lower_) in PREP_CUES), None)
    if prep is None:
        prep = next((c for c in by.rights if c.dep_ == "prep" and (lemma, c.lower_) in PREP_CUES), None)
    what = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if what is None:
        return None
    rel = _make(doc, verb, _subtree_span(doc, what), "prep", what)
    if rel is not None:
        s, e = speaker_span(doc, by)
        if s <= prep.idx < e:
            e = _trim(text_of(doc), s, prep.idx)[1]
        rel.speaker, rel.speaker_token = (s, e), by.i
    return rel


def _done_to(cue: Token) -> bool:
    """"RSF accused of killing dozens", "Army blamed for blast": a headline
    participle (no "has", no object) whose noun is the one accused, not the accuser."""
    return (
        cue.tag_ in ("VBN", "VBD") and lemma_of(cue) in _DONE_TO
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "over") and (cue.tag_ == "VBN" or c.i == cue.i + 1) for c in cue.children)
        and not any(c.dep_ in ("aux", "dobj", "dative") for c in cue.children)
    )  # (tagged a past tense, "Russia accused of ...": the preposition right after it, as no active "accuse" has)


_ADVERBIAL_MARKS = frozenset({"as", "while", "because", "after", "before", "since", "when", "until", "though", "although", "amid"})


def _adverbial_clause(doc: Doc, verb: Token, clause: Token) -> bool:
    """A clause the parse hung on the verb as its complement, though the verb
    already has a direct object before it and the words between open with a
    subordinator ("reject truce as Mariupol shelling continues"): a time or
    reason, not what was said. Verbs with an addressee ("told reporters
    that ...") keep their clause."""
    if lemma_of(verb) in _ADDRESSEE_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None:
        return False
    after = obj.right_edge.i + 1
    return after < clause.i and doc[after].lower_ in _ADVERBIAL_MARKS


_CONTRASTING = frozenset({"while", "whereas"})


def _contrast_after(doc: Doc, clause: Token) -> bool:
    """Does the clause open with ", while" or ", whereas" (the parse made
    another party's account the reporting verb's complement)?"""
    first = clause.left_edge
    return first.lower_ in _CONTRASTING and first.i > 0 and doc[first.i - 1].text == ","


_CLAIMED_DEEDS = lexicon.words("claimed_deeds")
_CLAIMING_TO = frozenset({"claim", "allege", "boast", "profess"})  # "claimed to have killed ...": a claim of a deed


def _found_nothing(doc: Doc, verb: Token) -> Relation | None:
    """"Investigators found no evidence that the hospital had been used by
    fighters", "We found no report of 20 newborns dying", "did not find any
    sign of chemical weapons at the site": what was looked for and not found
    is the content, the search its cue (a doubt, see ``stance``); not the
    search's own object ("the report")."""
    obj = found_nothing(verb)
    if obj is None:
        return None
    for c in obj.rights:
        if c.dep_ in ("acl", "ccomp") and _that_marked(c):
            return _make(doc, verb, _subtree_span(doc, c), "ccomp", c, cue_extra=obj)
        if c.dep_ == "prep" and c.lower_ in ("of", "for"):
            thing = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if thing is None:
                return None
            s, e = _subtree_span(doc, thing)
            return _make(doc, verb, (s, _verb_tail(doc, verb, obj, e)), "object", thing, cue_extra=obj)
    return None


# verbs of saying that a closing tag may put before its subject ("..., says the ministry")
_INVERTING = frozenset({"say", "add", "report", "claim", "write", "warn", "insist", "allege", "announce", "confirm", "explain", "note", "state", "tweet", "continue"})


def _inverted_tag(doc: Doc, verb: Token) -> Relation | None:
    """``Attack on camp kills dozens, say aid workers`` (a headline), ``...,
    says the ministry``: a reporting verb right after a comma, its subject
    after it and nothing else of the sentence after that subject: the
    speaker is the subject, what was said the clause before the comma
    (without a headline's label, "Sudan: ..."). The parse often hangs such a
    verb on the clause as a conjunct and lends it the clause's subject."""
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP") or _is_passive(verb) or lemma_of(verb) not in _INVERTING:
        return None
    before = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    toll = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and _toll_phrase(c, verb)), None)
    before = toll or before
    described = {x.i for t in doc[before.i + 1 : verb.i] if t.dep_ == "relcl" for x in t.subtree} if before is not None else set()
    # (a headline's reduced passive counts as its clause: "At least 10 killed in strike on school, says civil defence")
    if before is not None and toll is None and not any((t.tag_ in ("VBD", "VBZ", "VBP") or (t.tag_ == "VBN" and t.dep_ == "acl" and t.head.i == before.i)) and t.dep_ not in ("aux", "auxpass") and t.i not in described for t in doc[before.i + 1 : verb.i - 1]):
        return None  # "X, his aide, told The Huffington Post": the subject is before the verb
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if any(c.pos_ in ("VERB", "AUX") or c.dep_ in ("xcomp", "parataxis") for c in after):
        return None
    # (the parse may make the noun phrase an object or a clause: "say aid workers")
    subj = next((c for c in after if c.dep_ in ("nsubj", "dobj", "ccomp", "attr", "dep") and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is not None and any(t.pos_ in ("VERB", "AUX") for t in subj.subtree):
        return None  # ("..., said his focus groups show ...": a clause, what was said)
    # (a short noun phrase names a body too: "..., says civil defence", "..., state TV says")
    words = [t for t in subj.subtree if not t.is_space] if subj is not None else []
    short = 0 < len(words) <= 4 and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in words)
    if subj is None or subj.left_edge.i != verb.i + 1 or not (_names_party(subj) or short):
        return None
    text = text_of(doc)
    end = text.find("\n", subj.idx)
    end = len(text) if end == -1 else end
    semi = text.find(";", subj.idx, end)
    if semi != -1 and headline_line(text, verb.idx) is not None:
        end = semi  # "..., medics say; RSF blamed": a headline's second part after the tag
    rest = text[subj.right_edge.idx + len(subj.right_edge.text) : end]
    tail = next((t for t in doc[subj.right_edge.i + 1 :] if not (t.is_punct or t.is_space) and t.idx < end), None)
    if tail is not None and not (tail.dep_ == "prep" and tail.head.i == verb.i) and tail.ent_type_ not in ("DATE", "TIME"):
        return None  # more of the sentence follows the subject
    if ";" in rest:
        return None
    line = text.rfind("\n", 0, verb.idx) + 1
    start = max(line, doc[verb.sent.start].idx)
    if toll is not None:
        start = max(start, text.rfind(";", start, before.idx) + 1)  # "...; 80 dead, says governor": the toll alone
    label = text.rfind(": ", start, verb.idx)
    if label != -1 and len(text[start:label].split()) <= 6:
        start = label + 2  # "Sudan: ...", "Press release — Sudan: ...": a headline's label
    content = _trim(text, start, doc[verb.i - 1].idx)
    if content[1] - content[0] < (5 if toll is not None else 8) or any(q in text[content[0] : content[1]] for q in ('"', "“", "”")):
        return None  # (a quote before the tag is another frame's)
    root = doc.char_span(content[0], content[1], alignment_mode="expand")
    if root is None:
        return None
    rel = _make(doc, verb, content, "ccomp", root.root)
    if rel is not None:
        rel.speaker, rel.speaker_token = speaker_span(doc, subj), subj.i
    return rel


_DEAD_WORDS = frozenset({"dead", "killed", "injured", "wounded", "hurt", "missing", "displaced"})
# what a headline's "Lebanon reports two dead" says: a bare toll
_TOLL_CONTENT = re.compile(
    r"(?:at least |about |around |nearly |more than |over |some |up to )?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\s+"
    r"(?:(?:people|civilians|soldiers|children|others)\s+)?(?:dead|killed|injured|wounded|hurt)\b",
    re.I,
)


# a headline's verdict after a semicolon: "...; army disputes toll", "...; Moscow denies"
_HEADLINE_VERDICTS = frozenset({"denies", "disputes", "rejects", "dismisses", "contests", "confirms", "admits"})


def headline_verdict(doc: Doc, cue: Token) -> Relation | None:
    """``Boko Haram kills 40 farmers in Borno; army disputes toll``, ``Kyiv
    says it hit refinery; Moscow denies``: a headline's second half, a short
    subject, a verdict verb and at most a noun naming the account, which the
    parse often misreads ("disputes" as a noun). The verdict answers the
    first half; with an object of its own ("Russia rejects bomb claim" aside),
    that object is what it answers."""
    text = text_of(doc)
    line = headline_line(text, cue.idx)
    if line is None:
        return None
    semi = text.rfind(";", line[0], cue.idx)
    if semi == -1:
        return None
    subject = [t for t in doc[cue.i - 4 : cue.i] if t.idx > semi] if cue.i >= 4 else [t for t in doc[: cue.i] if t.idx > semi]
    if not subject or text[semi + 1 : subject[0].idx].strip() or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") or t.text[:1].isupper() for t in subject):
        return None
    rest = [t for t in doc[cue.i + 1 :] if t.idx < line[1] and not t.is_space]
    if len(rest) > 3:
        return None
    if rest and rest[-1].lemma_.lower() not in _ACCOUNT_NOUNS and rest[-1].lower_.rstrip("s") not in _ACCOUNT_NOUNS:
        s, e = rest[0].idx, rest[-1].idx + len(rest[-1].text)  # "army denies role in attack": what it denies
    else:
        s, e = _trim(text, past_label(text, line[0], semi), semi)
        half = doc.char_span(s, e, alignment_mode="expand") or ()
        reported = next((r for t in half if s <= t.idx < e and t.pos_ == "VERB" and lemma_of(t) in SPEECH for r in [_verb_relation(doc, t, lemma_of(t))] if r is not None), None)
        if reported is not None:
            s, e = reported.content  # "Kyiv says it hit refinery; Moscow denies": what Kyiv says
    first = subject[0]
    head = subject[-1]
    root = doc.char_span(s, e, alignment_mode="expand")
    return Relation(
        cue=_cue_span(cue), cue_token=cue.i, content=(s, e),
        speaker=_trim(text, first.idx, head.idx + len(head.text)), speaker_token=head.i,
        frame="object", root=root.root.i if root is not None and len(root) else None,
    )


def _toll_reported(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``Lebanon reports two dead``, ``Ministry confirms 12 killed``: a
    headline's toll as the verb's object (the parse reads the count as its
    object and "dead" as the count's modifier)."""
    if lemma not in ("report", "confirm", "say", "put") or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    for obj in verb.rights:
        if obj.dep_ not in ("dobj", "acomp", "ccomp", "oprd", "attr") or not any(t.like_num for t in obj.subtree):
            continue
        s, e = _subtree_span(doc, obj)
        if _TOLL_CONTENT.match(text_of(doc), s, e) is not None:
            return _make(doc, verb, (s, e), "object", obj)
    return None


def _fronted_prep(verb: Token, clause: Token) -> Token | None:
    """``said among the dead were a former signatory and a social leader``:
    an inverted clause whose fronted phrase the parse hung on the reporting
    verb; the phrase opens what was said."""
    if clause.i < verb.i or clause.lemma_ != "be" or clause.left_edge.i != clause.i:
        return None  # (the copula opens the clause: "were", with no subject or mark before it)
    return next((p for p in verb.children if p.dep_ == "prep" and verb.i < p.i and p.right_edge.i + 1 == clause.left_edge.i), None)


def _toll_phrase(subj: Token, verb: Token) -> bool:
    """"80 dead, says governor": a headline's bare toll the parse made the
    tag's subject, which is what was said, not who said it."""
    return subj.like_num and any(t.lower_ in _DEAD_WORDS for t in subj.doc[subj.i + 1 : verb.i])


def _misread_relative(g: Token) -> bool:
    """A relative clause that is none: "that" marks it (not its subject or
    object) and it has a subject and a direct object of its own."""
    return (
        g.dep_ == "relcl" and g.pos_ == "VERB"
        and any(x.dep_ == "mark" and x.lower_ == "that" and x.i < g.i for x in g.children)
        and any(x.dep_ in ("nsubj", "nsubjpass") and x.i < g.i for x in g.children)
        and (any(x.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for x in g.children) or _is_passive(g))
    )


def _misread_participle(c: Token, rest: Token) -> bool:
    """``said that rockets fired from Lebanon had fallen in open areas``: the
    tagger read the participle on the subject as its past tense ("fired",
    with "rockets" as its subject and no object) and the clause's own verb,
    right after, as a second clause with an auxiliary and no subject."""
    return (
        c.tag_ == "VBD" and c.lower_.endswith("ed") and any(x.dep_ == "nsubj" for x in c.children)
        and not any(x.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for x in c.children)
        and any(x.dep_ in ("aux", "auxpass") and x.i < rest.i for x in rest.children)
    )


def _verb_relation(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    children = list(verb.children)
    # "Witnesses told Example Rights Watch that ...": the parse read the
    # name's last word as a verb and hung the clause on it; it is the verb's
    children += [g for c in children if misread_name(c) for g in c.children if g.dep_ == "ccomp" and g.i > c.i]
    # "Survivors told the rights group that soldiers accused residents ...": a
    # clause the parse hung on the object as a relative clause, though "that"
    # only marks it and it has a subject and object of its own
    told = [g for c in children if c.dep_ in ("dobj", "dative") and c.i > verb.i for g in c.children if _misread_relative(g)] if lemma in SPEECH else []
    children += told
    misread = _misread_rejection(doc, verb, lemma) or _dismissed_as(doc, verb, lemma) or _charge_as_subject(doc, verb, lemma) or _toll_reported(doc, verb, lemma)
    if misread is not None:
        return misread
    nothing = _found_nothing(doc, verb)
    if nothing is not None:
        return nothing
    if lemma in SPEECH and lemma not in _SEEMING:
        inverted = _inverted_tag(doc, verb)
        if inverted is not None:
            return inverted
        # a clause after the verb first: "Beck, who ... opposed Trump, said Trump was ..."
        for c in sorted(children, key=lambda x: x.i < verb.i):
            if c.i < verb.i and _own_complement(verb, lemma):
                # "While A, Francis points to B", "A; it did not explain why":
                # a clause before a verb with an object of its own is not what it reports
                break
            if c.i < verb.i and any(t.text == ";" for t in doc[c.right_edge.i + 1 : verb.i]):
                break  # "A said B; the group has not commented": a semicolon ends what A said
            if c.i > verb.i and c.dep_ == "ccomp" and _bare_aside(c) and any(d.dep_ in ("ccomp", "parataxis") and d.i < verb.i for d in children):
                continue  # "A rose to 45, the ministry said, up from 31 reported on Sunday": A is what was said
            if c.i > verb.i and c.dep_ in ("ccomp", "parataxis") and any(t.text == ";" for t in doc[verb.i + 1 : c.left_edge.i]):
                continue  # "A, officials said; the army denied any involvement": the army's own report, not what was said
            if c.i < verb.i and c.dep_ in ("ccomp", "parataxis") and any(t.text == ";" for t in doc[c.right_edge.i + 1 : verb.i]) and any(d.dep_ == "nsubj" and c.right_edge.i < d.i < verb.i for d in children):
                continue  # "Israel says it struck X; Lebanon reports two dead": the other side's report before the semicolon
            if c.i > verb.i and c.dep_ == "ccomp" and _adverbial_clause(doc, verb, c):
                continue  # "Rebels reject truce as shelling continues": the object is what is rejected
            if c.i > verb.i and c.dep_ == "ccomp" and which_answered(c):
                continue  # "X, the governor said, which the M23 denied": a verdict on X, not what was said
            if c.i > verb.i and c.dep_ == "ccomp" and _contrast_after(doc, c):
                # "Witnesses said A, while the military put the dead at five": the
                # other side's account; A is what was said, even when the parse
                # read it as the verb's object ("said an air strike ... killed 20")
                said = next((d for d in children if d.dep_ == "dobj" and verb.i < d.i < c.i), None)
                if said is not None:
                    return _make(doc, verb, _subtree_span(doc, said), "ccomp", said)
                continue
            if c.dep_ == "ccomp" or c in told or (c.dep_ == "parataxis" and c.pos_ in ("VERB", "AUX")) or (c.dep_ in ("advcl", "dep") and c.i < verb.i and _fronted_report(doc, verb, c)):
                s, e = _subtree_span(doc, c)
                lost = _lost_clause_subject(doc, verb, c)
                if lost is not None:
                    s = lost.left_edge.idx
                fronted = _fronted_prep(verb, c)
                if fronted is not None:
                    s = fronted.idx
                stolen = _stolen_object(verb) if c.i < verb.i else None
                if stolen is not None:
                    e = max(e, doc[stolen[1]].idx + len(doc[stolen[1]].text))
                split = next((d for d in children if d.dep_ == "ccomp" and d.i > c.i and d.left_edge.i == c.right_edge.i + 1), None) if c.i > verb.i and c.lemma_ == "do" else None
                if split is not None:
                    # "say they don't yet know ...": the parse split the clause at "do"
                    c, e = split, _subtree_span(doc, split)[1]
                elif c.i > verb.i:
                    rest = next((d for d in children if d.dep_ == "ccomp" and d.i > c.i and d.left_edge.i == c.right_edge.i + 1 and not c.right_edge.is_punct
                                 and d.tag_ in ("VBN", "VBD", "VBZ", "VBP") and not any(x.dep_ in ("nsubj", "nsubjpass") for x in d.children)), None)
                    if rest is not None and (c.tag_ in ("VBG", "VBN") or _misread_participle(c, rest)) and not any(x.dep_ in ("aux", "auxpass") for x in c.children):
                        # "said 17 people sheltering from fighting were killed": the
                        # parse split one clause at its subject's participle
                        e = max(e, _subtree_span(doc, rest)[1])
                    elif c.pos_ in ("NOUN", "PROPN") and _that_marked(c):
                        # "said that Turkish drone strikes on a power station and a
                        # checkpoint ... killed five": the subject read as a clause
                        # of its own, the verb as a second one right after it
                        after = next((d for d in children if d.dep_ == "ccomp" and d.i > c.i and d.left_edge.i == c.right_edge.i + 1 and d.tag_ in ("VBD", "VBZ", "VBP")), None)
                        if after is not None:
                            e = max(e, _subtree_span(doc, after)[1])
                if c.i > verb.i and c.dep_ == "ccomp" and e >= c.right_edge.idx:
                    e = _clause_tail(doc, verb, c, e)
                if c.i < verb.i:
                    e = max([e] + [_subtree_span(doc, d)[1] for d in _stray_subjects(verb, c)])
                return _make(doc, verb, (s, e), "ccomp", c)
        for c in children:
            # "which she said represented ...": the clause read as a bare xcomp
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i and not any(a.lower_ == "to" for a in c.children):
                # (not the "that" marking the reporting verb's own clause: "said that Israel had denied targeting ...")
                rel = next((d for d in children if d.lower_ in lexicon.RELATIVE_PRONOUNS and d.dep_ != "mark" and d.i < verb.i), None)
                lo = rel.i if rel is not None else c.left_edge.i
                span = doc[lo : c.right_edge.i + 1]
                return _make(doc, verb, _trim(text_of(doc), span.start_char, span.end_char), "ccomp", c)
        if lemma in _CLAIMING_TO:
            done = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i and any(a.lower_ == "to" for a in c.children) and any(a.lower_ == "have" and a.dep_ == "aux" for a in c.children)), None)
            if done is not None:
                # "Al Shabaab claimed to have killed 15 soldiers": what it says it did
                return _make(doc, verb, _subtree_span(doc, done), "xcomp", done)
        if lemma == "claim":
            deed = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i and lemma_of(c) in _CLAIMED_DEEDS), None)
            if deed is not None and subject_of(verb) is not None:
                # "the army claimed the capture of two villages", "Moscow claims
                # hits on three airfields" ("hits" tagged a verb): a deed it says it did
                s, e = _subtree_span(doc, deed)
                return _make(doc, verb, (s, _verb_tail(doc, verb, deed, e)), "object", deed)
        for c in children:
            # "complained soon after that ...": a that-clause parsed as an adverbial
            if c.dep_ == "advcl" and c.i > verb.i and _that_marked(c):
                return _make(doc, verb, _subtree_span(doc, c), "ccomp", c)
        for c in children:
            # "felt like they had no voice", "feels as if the war never ended":
            # the clause is what the feeling (or thought) holds
            if lemma in _FEELING and c.dep_ == "advcl" and c.i > verb.i and _like_clause(c):
                s, e = _subtree_span(doc, c)
                last = max(m.i for m in c.children if m.dep_ == "mark" and m.i < c.i)
                return _make(doc, verb, (max(s, doc[last + 1].idx), e), "ccomp", c)
        aside = _as_aside(doc, verb)
        if aside is not None:
            return aside
        pro = _pro_content(doc, verb)
        if pro is not None and subject_of(verb) is not None:
            # "half said so", "61 percent say the same of Clinton", "he said no":
            # a word standing for what was said
            s, e = _subtree_span(doc, pro)
            to = doc[pro.right_edge.i + 1] if pro.right_edge.i + 1 < len(doc) else None
            if pro.lower_ in ("no", "yes") and to is not None and to.lower_ == "to" and to.dep_ == "prep" and to.head.i in (pro.i, verb.i):
                e = _subtree_span(doc, to)[1]  # "said no to the Iraq war": what was refused
            return _make(doc, verb, (s, e), "object", pro)
        wh = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if wh is not None and wh.lower_ in _WH_SAID and wh.head.i == verb.i and not any(c.dep_ in ("dobj", "xcomp") for c in children) and subject_of(verb) is not None:
            # "did not say when", "wouldn't say when, or if, the Senate will vote":
            # the question word (and the clause the parse left after it) is what was (not) said
            span = doc[wh.i : max(wh.i, verb.right_edge.i) + 1]
            return _make(doc, verb, _clause_bounds(doc, span), "object", wh)
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
        if verb.dep_ == "parataxis" and verb.i < verb.head.i and len(subjects) == 2 and verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," and any(doc[k].text == "," for k in range(subjects[0].i + 1, subjects[1].left_edge.i)):
            # "Voters, the survey found, remain divided": the parse gave the tag's verb
            # the clause's subject too; the second subject speaks, the sentence is the content
            head = verb.head
            span = doc[subjects[0].left_edge.i : head.right_edge.i + 1]
            rel = _make(doc, verb, _clause_bounds(doc, span), "ccomp", head)
            if rel is not None:
                rel.speaker, rel.speaker_token = speaker_span(doc, subjects[1]), _speaker_token(verb, subjects[1])
            return rel
        if verb.dep_ == "parataxis" and verb.i < verb.head.i and (_set_off(doc, verb) or _subject_set_off(doc, verb)) and any(c.dep_ == "nsubj" for c in children):
            # "When she got inside, she said, there were no ballots": the clause around it
            head = verb.head
            span = doc[head.left_edge.i : head.right_edge.i + 1]
            return _make(doc, verb, _clause_bounds(doc, span), "ccomp", head)
        clause = _clause_after_statement(verb)
        if clause is not None:
            # ("said in a statement that A, and that B": the second clause hangs on the verb)
            s, e = _subtree_span(doc, clause)
            return _make(doc, verb, (s, _clause_tail(doc, verb, clause, e)), "ccomp", clause)
        colon = next((t for t in doc[verb.i + 1 : min(len(doc), verb.i + 4)] if t.text == ":"), None)
        if colon is not None and any(t.dep_ in ("acomp", "oprd") and t.head.i == verb.i for t in doc[verb.i + 1 : colon.i]):
            colon = None  # "the attacks continue unabated: ...": how they go on, then the writer's next clause
        if colon is not None and colon.i + 1 < len(doc):
            # "Trump tweeted: Crooked Hillary ...": the rest of the line
            text = text_of(doc)
            start = doc[colon.i + 1].idx
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if end - start > 3:
                return _make(doc, verb, _trim(text, start, end), "ccomp", doc[colon.i + 1])
        # "..., he said" parsed with the clause as the root and "said" hanging off it
        # (not the complement of a reporting verb: "voters say they feel ...")
        complement = verb.dep_ == "ccomp" and lemma_of(verb.head) in SPEECH and "," not in text_of(doc)[verb.head.idx : verb.idx]
        # (and set off from it: "..., he said", "“...” she says"; not "... will make
        # these Democrats feel")
        # (the parse may hang the comma before it on the verb: "X, he said, and Y")
        set_off = doc[verb.left_edge.i].is_punct or (verb.left_edge.i > 0 and (doc[verb.left_edge.i - 1].is_punct or doc[verb.left_edge.i - 1].is_space))
        if verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and not complement and set_off and verb.i > verb.head.i and (verb.head.pos_ in ("VERB", "AUX") or (verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" and _set_off(doc, verb))) and "\n" not in text_of(doc)[verb.head.idx : verb.idx]:
            if any(c.dep_ in ("nsubj",) for c in children) and not any(c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and (lemma, c.lower_) in PREP_CUES) for c in children):
                head = verb.head
                last = head.right_edge.i  # the clause's last word (a line break or full stop is none)
                while last > verb.right_edge.i and (doc[last].is_punct or doc[last].is_space):
                    last -= 1
                after = next((t for t in doc[verb.right_edge.i + 1 : last + 1] if not t.is_punct), None)
                if after is not None and after.lower_ in _CONTRASTING:
                    # "A rose to 23, the ministry said, while officials put it at 31":
                    # another party's account after the tag is no part of A
                    span = doc[head.left_edge.i : verb.left_edge.i]
                elif verb.right_edge.i < last and not _verdict_at(doc, verb.right_edge.i + 1):
                    # "X, he said, Y": the whole clause around the parenthetical
                    # (not "X, Kyiv said, a claim Moscow disputed": a verdict on X)
                    span = doc[head.left_edge.i : head.right_edge.i + 1]
                else:
                    span = doc[head.left_edge.i : verb.left_edge.i]
                s, e = _clause_bounds(doc, span)
                return _make(doc, verb, (s, e), "ccomp", head)
        tag = _closing_tag(doc, verb, lemma)
        if tag is not None:
            return tag
        quoted = _quote_after(doc, verb)
        if quoted is not None:
            return quoted
        aside = _parenthetical(doc, verb, lemma)
        if aside is not None:
            return aside
    if lemma in INTENT:
        for c in children:
            # "called on both sides to stop the fighting" (the parse may make
            # the infinitive an adverbial): who is called on, and to do what
            called_on = _called_on(verb, lemma, c)
            if (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")) or called_on is not None:
                start = c.left_edge
                for d in children:
                    if d.dep_ in ("dobj",) and d.i < c.i:
                        start = d.left_edge
                if called_on is not None:
                    start = called_on.left_edge
                span = doc[start.i : c.right_edge.i + 1]
                s, e = _trim(text_of(doc), span.start_char, span.end_char)
                if _is_passive(verb):
                    for d in children:
                        if d.dep_ == "nsubjpass":
                            s = min(s, d.left_edge.idx)
                return _make(doc, verb, (s, e), "xcomp", c)
        for c in children:
            # "NeverTrump wants Trump to lose": the object and its infinitive
            # read as a clause of their own
            if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and _to_infinitive(c) and any(d.dep_ in ("nsubj", "nsubjpass") and d.i < c.i for d in c.children):
                return _make(doc, verb, _subtree_span(doc, c), "xcomp", c)
    if lemma in ("seem", "appear"):
        # "X seems to ...": the writer's attribution of a state, no source
        xc = next((c for c in children if c.dep_ in ("xcomp", "ccomp")), None)
        subj = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if xc is not None and xc.i > verb.i and subj is not None and subj.i < verb.i and _seems_to_say(subj, xc):
            return None  # "the governor seemed to acknowledge that ...": the governor's own report, hedged
        if xc is not None and xc.i > verb.i:
            lo = subj.left_edge.i if subj is not None and subj.i < verb.i else xc.left_edge.i
            span = doc[lo : xc.right_edge.i + 1]
            s, e = _trim(text_of(doc), span.start_char, span.end_char)
            return Relation(cue=_cue_span(verb), cue_token=verb.i, content=(s, e), speaker=None, speaker_token=None, frame="xcomp", root=xc.i)
        return None
    if lemma in _AS_VERBS and (_is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        # "Twitter is increasingly seen as a news site", "opportunities seen as
        # beneficial to ...": the thing and its "as" phrase; a "by" agent speaks
        as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i), None)
        thing = next((c for c in children if c.dep_ == "nsubjpass"), None) if verb.dep_ != "acl" else verb.head
        if as_ is not None and thing is not None and thing.lower_ not in lexicon.RELATIVE_PRONOUNS and thing.pos_ in ("NOUN", "PROPN", "PRON"):
            lo = thing.left_edge.i if verb.dep_ != "acl" else thing.left_edge.i
            span = doc[lo : as_.right_edge.i + 1]
            content = _trim(text_of(doc), span.start_char, span.end_char)
            content = _clip_paragraph(text_of(doc), content, as_.idx)
            agent = agent_of(verb)
            return Relation(
                cue=_cue_span(verb, as_), cue_token=verb.i, content=content,
                speaker=speaker_span(doc, agent) if agent is not None else None,
                speaker_token=agent.i if agent is not None else None, frame="object", root=thing.i,
            )
    if lemma in ("see", "view", "regard", "portray", "cast", "paint", "characterize", "characterise", "describe", "depict", "dismiss", "denounce", "brand", "label", "herald", "hail", "praise", "criticize"):
        # "some saw his comments as part of ...": object and its "as" phrase
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is None and obj is not None:
            # "see Trump's bombast as the solution": the parse hangs "as" on the object
            as_ = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        if obj is not None and as_ is not None:
            span = doc[min(obj.left_edge.i, as_.i) : max(obj.right_edge.i, as_.right_edge.i) + 1]
            s, e = _trim(text_of(doc), span.start_char, span.end_char)
            if as_.i > obj.i:
                # "portrays refugees as X and migrants as Y"
                e = _verb_tail(doc, verb, obj, e)
            return _make(doc, verb, (s, e), "object", obj)
    if lemma in ("show", "find", "suggest", "indicate", "reveal") and not any(c.dep_ == "ccomp" for c in children):
        subj = subject_of(verb)
        if subj is not None and subj.lemma_.lower() in DATA_NOUNS:
            obj = next((c for c in children if c.dep_ in ("dobj", "attr", "oprd")), None)
            if obj is not None:
                span = doc[obj.left_edge.i : max([obj.right_edge.i] + [c.right_edge.i for c in children if c.i > verb.i]) + 1]
                s, e = _trim(text_of(doc), span.start_char, span.end_char)
                return _make(doc, verb, (s, e), "object", obj)
    if lemma in ("call", "label", "brand", "dub", "term", "describe", "deem", "consider"):
        # "X called the lines “unacceptable”": object and its complement
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        comp = next((c for c in children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i > verb.i), None)
        if obj is None and comp is not None and (comp.dep_ == "oprd" or (comp.dep_ in ("xcomp", "ccomp") and comp.pos_ in ("NOUN", "PROPN"))) and not _is_passive(verb):
            # ("with X calling Trump a fascist": object and label read as one small clause)
            # "Beruff, who called Florida's standards “strong”": object and complement read as one
            return _make(doc, verb, _subtree_span(doc, comp), "object", comp)
        if obj is not None and comp is not None:
            lo = min(obj.left_edge.i, comp.left_edge.i)
            hi = max(obj.right_edge.i, _label_end(doc, comp))
            span = doc[lo : hi + 1]
            s, e = _trim(text_of(doc), span.start_char, span.end_char)
            return _make(doc, verb, (s, e), "object", comp)
    if (lemma in CRITIC or (lemma in OBJECT and lemma not in _WEAK_OBJECT)) and any(c.dep_ == "agent" for c in children):
        # "the law was criticized by libertarians", "the bill, opposed by House
        # Republicans, ...": what the passive verb reports on and its "by" agent
        # (unattributed passives are the writer's)
        thing: Token | None = None
        if _quotes_as_saying(verb):
            return None
        by = agent_of(verb)
        accused = _accused_by(doc, verb, lemma, children, by)
        if accused is not None:
            return accused
        if lemma in ("quote", "cite") and verb.dep_ == "acl" and _may_speak(verb.head):
            return None  # "A military source quoted by SANA said ...": the source speaks, SANA passes it on
        if _is_passive(verb):
            thing = next((c for c in children if c.dep_ == "nsubjpass"), None)
            if thing is not None and thing.lower_ not in lexicon.RELATIVE_PRONOUNS:
                rel = _make(doc, verb, _subtree_span(doc, thing), "object", thing)
                why = next((c for c in by.rights if c.dep_ == "prep" and c.lower_ in ("for", "over")), None) if by is not None else None
                if rel is not None and rel.speaker is not None and why is not None and rel.speaker[0] < why.idx < rel.speaker[1]:
                    # "criticised by rights groups for the crackdown": why, not who
                    rel.speaker = _trim(text_of(doc), rel.speaker[0], why.idx)
                return rel
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and verb.i > verb.head.i:
            thing = verb.head
            span = doc[thing.left_edge.i : verb.left_edge.i]
            s, e = _trim(text_of(doc), span.start_char, span.end_char)
            if e > s:
                return _make(doc, verb, (s, e), "object", thing)
    if lemma in CRITIC and not _is_passive(verb):
        # "Sanders slammed Clinton's comments" (not "troops attacked the village")
        subj = subject_of(verb)
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if subj is not None and obj is not None and _critic(subj, obj, lemma):
            s, e = _subtree_span(doc, obj)
            e = _verb_tail(doc, verb, obj, e)
            return _make(doc, verb, (s, e), "object", obj)
        into = next((c for c in children if c.dep_ == "prep" and c.lower_ == "into" and c.i > verb.i), None) if obj is None else None
        target = next((g for g in into.children if g.dep_ == "pobj"), None) if into is not None else None
        if subj is not None and target is not None and lemma != "attack" and _criticisable(target, lemma):
            # "Clinton ripped into Sanders for ..." (not "shrapnel ripped into the crowd")
            s, e = _subtree_span(doc, target)
            return _make(doc, verb, (s, _verb_tail(doc, verb, into, e)), "prep", target, cue_extra=into)
        return None
    if lemma in OBJECT and lemma not in _WEAK_OBJECT:
        if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "ccomp") for c in children) and verb.head.pos_ in ("NOUN", "PROPN"):
            # "a charge that Mrs. Clinton has always denied": the antecedent is the content
            head = verb.head
            span = doc[head.left_edge.i : head.i + 1]
            s, e = _trim(text_of(doc), span.start_char, span.end_char)
            return _make(doc, verb, (s, e), "object", head)
        for c in children:
            if c.dep_ == "dobj" and _nominal_object(c):
                s, e = _subtree_span(doc, c)
                # "denouncing Mexicans as rapists", "accused him of lying"
                e = _verb_tail(doc, verb, c, e)
                return _make(doc, verb, (s, e), "object", c)
    if lemma in PREP_VERBS:
        for c in children:
            if c.dep_ in ("prep", "dative") and (lemma, c.lower_) in PREP_CUES:
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        s, e = _subtree_span(doc, p)
                        return _make(doc, verb, (s, _verb_tail(doc, verb, c, e)), "prep", p, cue_extra=c)
        for c in children:
            # "called for the UN to send monitors": the preposition read as the
            # marker of an infinitive clause; the clause after it is the content
            mark = doc[c.left_edge.i]
            if c.dep_ in ("advcl", "ccomp") and c.i > verb.i and mark.dep_ == "mark" and mark.head.i == c.i and (lemma, mark.lower_) in PREP_CUES and mark.i + 1 < c.i:
                span = doc[mark.i + 1 : c.right_edge.i + 1]
                return _make(doc, verb, _trim(text_of(doc), span.start_char, span.end_char), "prep", c, cue_extra=mark)
    return None


def _label_end(doc: Doc, label: Token) -> int:
    """Last token of the label in "X called Y a Z": its phrase, without a
    participle set off by a comma after it ("called Cruz a "hypocrite," linking
    to a story": the link is the writer's account of the act, not the label)."""
    for c in label.rights:
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and any(doc[k].text == "," for k in range(label.i + 1, c.left_edge.i)):
            return c.left_edge.i - 1
    return label.right_edge.i


_AS_VERBS = frozenset({"see", "view", "regard", "know", "perceive", "portray", "characterize", "characterise", "describe", "depict", "label", "brand", "consider", "hail", "tout", "cast"})
_NOT_CUES = frozenset({"allow", "cause", "be", "have", "do", "make", "get", "go", "let", "help", "seem", "appear", "become", "mean", "ensure", "make", "keep", "see", "look", "sound", "turn", "take", "come", "put", "give"})


def _generic_clause(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """Any verb with a finite clausal complement and a subject: an attitude
    or speech cue the lists do not name (``X fretted that ...``)."""
    if lemma in _NOT_CUES or verb.lower_ in _NOT_CUES or len(verb.text) <= 2:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children):
            # a participle of action ("shelling ..., causing casualties which are ignored")
            # is no cue: an unlisted participle needs "that"
            if verb.tag_ == "VBG" and not _that_marked(c):
                return None
            if subject_of(verb) is None:
                return None
            return _make(doc, verb, _subtree_span(doc, c), "ccomp", c)
    return None


# words that stand for a whole statement: "said so", "said the same", "said no"
_PRO_STATEMENTS = {"so": ("advmod",), "same": ("dobj", "nsubj", "attr", "npadvmod"), "yes": ("intj", "dobj", "advmod"), "no": ("intj", "dobj", "advmod")}


_WH_SAID = frozenset({"when", "why", "how", "where", "whether", "if"})


def _pro_content(doc: Doc, verb: Token) -> Token | None:
    """The word right after a verb of saying that stands for what was said."""
    j = verb.i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1  # "the same"
    if j >= len(doc):
        return None
    tok = doc[j]
    if tok.dep_ not in _PRO_STATEMENTS.get(tok.lower_, ()) or verb.i not in (tok.head.i, tok.head.head.i):
        return None
    if tok.head.i == tok.i + 1 and tok.head.pos_ in ("ADJ", "ADV"):
        return None  # "feel so strongly", "worries so much", "felt so universal": a degree word
    return tok


def _nominal_object(obj: Token) -> bool:
    """A noun-like object, including a quantifier heading an "of" phrase
    ("confirmed a few of his revelations", "reiterated many of the pledges")."""
    if obj.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return True
    return obj.pos_ in ("ADJ", "DET") and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _quote_after(doc: Doc, verb: Token) -> Relation | None:
    """``Priebus said, “Probably.”``, ``a man yelled “Stay there!”``: a
    finite reporting verb with a subject and no complement the parse found,
    right before a quote: the quote is what was said."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBG") or subject_of(verb) is None:
        return None
    j = verb.i + 1
    if verb.tag_ == "VBG" and not (j < len(doc) and doc[j].text in (",", ":")):
        # "..., telling reporters, “...”": the people told, then the quote
        told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i == verb.right_edge.i - (1 if doc[verb.right_edge.i].is_punct else 0)), None)
        if told is None or told.left_edge.i != j:
            return None
        j = told.i + 1
    if j < len(doc) and doc[j].text in (",", ":"):
        j += 1
    if j >= len(doc) or doc[j].text not in _QUOTES:
        return None
    span = _quoted(doc, doc[j].idx + 1)
    if span is None or span[0] != doc[j].idx:
        return None
    rel = _make(doc, verb, span, "ccomp", doc[j + 1] if j + 1 < len(doc) else None)
    if rel is not None and rel.speaker is None and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # the participle's subject is the clause's it hangs on, before the quote
        # ("X seemed ready to riff on it, telling the crowd, “...”": up through the infinitive)
        holder, subj = verb.head, None
        for _ in range(4):
            subj = next((c for c in holder.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if subj is not None or holder.dep_ not in ("xcomp", "acomp", "oprd", "advcl") or holder.head.i == holder.i:
                break
            holder = holder.head
        if subj is not None and not is_expletive(subj):
            rel.speaker, rel.speaker_token = speaker_span(doc, subj), _speaker_token(holder, subj)
    return rel


# what may follow a closing "..., she said": when, where, to whom, of what
_TAG_TAIL = frozenset({"prep", "npadvmod", "advmod", "advcl", "agent", "punct", "dep"})


# prepositions that take what a verb is about ("complain of", "respond to"),
# unlike those of when and where ("said on Monday", "told reporters in Geneva")
_OBJECT_PREPS = frozenset({"of", "about", "to", "for", "against", "over", "with", "at"})


def _own_object(verb: Token, lemma: str) -> bool:
    """Does a reporting verb have a prepositional object of its own (not
    "say" or "tell", whose "of"/"to" phrases name a topic or an addressee)?"""
    if lemma in ("say", "tell"):
        return False
    return any(c.dep_ == "prep" and c.i > verb.i and ((lemma, c.lower_) in PREP_CUES or c.lower_ in _OBJECT_PREPS) for c in verb.children)


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _bare_aside(clause: Token) -> bool:
    """A participle with no subject or auxiliary of its own ("up from 31
    reported on Sunday"): an aside, not a clause that was said."""
    return clause.tag_ in ("VBN", "VBG") and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _fronted_report(doc: Doc, verb: Token, clause: Token) -> bool:
    """``Shelling kills 12 in northern town, officials say``: a sentence that
    ends with its reporting verb and subject after a comma, whose clause the
    parse hung on the verb as an adverbial. The clause opens the sentence,
    holds a finite verb and has no subordinating word ("When the army
    attacked, ..."); nothing but punctuation or a time or place phrase
    follows the verb ("..., officials said on Tuesday.")."""
    sent = verb.sent
    if clause.left_edge.i != sent.start or any(c.dep_ == "mark" for c in clause.children) or clause.left_edge.tag_ in ("WRB", "IN"):
        return False
    if (clause.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in clause.children)) or not any(t.tag_ in _FINITE_TAGS for t in clause.subtree):
        return False  # ("Asked whether he would ..., X said, “Probably.”": a participle's clause)
    comma = clause.right_edge.i + 1
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if comma >= verb.i or doc[comma].text != "," or subj is None or subj.left_edge.i != comma + 1:
        return False
    for t in doc[verb.i + 1 : sent.end]:
        if t.is_quote:
            return False
        if t.text == ";" and _subject_after(t) is not None:
            break  # "..., witnesses say; government denies": another side's report after it
        if t.is_punct or t.is_space:
            continue
        top = t
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in ("npadvmod", "prep", "advmod") or any(x.pos_ in ("VERB", "AUX") and not _describes_document(x) for x in top.subtree):
            return False
    return True


def _describes_document(verb: Token) -> bool:
    """"(said in) a report published today", "a statement issued on Friday": a
    participle on a document noun, which says when or how it came out."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS


def _called_on(verb: Token, lemma: str, clause: Token) -> Token | None:
    """The one "called on", "appealed to" or "pleaded with" when ``clause`` is the
    infinitive right after them ("called on all parties to allow ..."), else None."""
    if lemma not in ("call", "appeal", "plead") or clause.i < verb.i or not _to_infinitive(clause) or clause.dep_ not in ("xcomp", "advcl"):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with") and verb.i < c.i < clause.i), None)
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.right_edge.i + 1 != clause.left_edge.i:
        return None
    return obj


_REJECTING = DENIAL | lexicon.tagged("rejection_cues", "cue")


def _misread_rejection(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``Army rejects claims it shelled refugee camp``: a headline the parse
    read with "rejects" as a plural noun, the subject of "claims". The noun is
    the verb: the words before it speak, and the claims are what they reject."""
    if lemma not in ("claim", "report", "allege", "accuse", "charge") or verb.i == 0:
        return None
    noun = doc[verb.i - 1]
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.pos_ != "NOUN" or not noun.lower_.endswith("s"):
        return None
    if noun.lemma_.lower() not in _REJECTING:
        return None
    holder = next((c for c in noun.children if c.dep_ in ("compound", "amod", "det", "poss") and c.i < noun.i), None)
    if holder is None or holder.pos_ not in ("PROPN", "NOUN"):
        return None
    end = verb.right_edge
    s, e = _trim(text_of(doc), verb.idx, end.idx + len(end.text))
    return Relation(
        cue=(noun.idx, noun.idx + len(noun.text)), cue_token=noun.i, content=(s, e),
        speaker=speaker_span(doc, holder), speaker_token=holder.i, frame="ccomp", root=verb.i,
    )


def _dismissed_as(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``The government dismissed as "fantasy" reports that ...``: the object
    put after its verdict, which the parse read as a second verb ("reports"
    joined to "dismissed"). The rejecting verb is the cue, its subject the
    speaker, and "reports that ..." what it rejects."""
    if lemma not in ("report", "claim", "allege") or verb.dep_ != "conj" or verb.tag_ != "VBZ":
        return None
    head = verb.head
    if lemma_of(head) not in _REJECTING or not any(c.dep_ == "prep" and c.lower_ == "as" and head.i < c.i < verb.i for c in head.children):
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # "dismissed them as lies and claims that ...": two verbs after all
    subj = subject_of(head)
    if subj is None:
        return None
    end = verb.right_edge
    while end.i > verb.i and (end.is_space or (end.is_punct and not end.is_quote)):
        end = doc[end.i - 1]
    s, e = _trim(text_of(doc), verb.idx, end.idx + len(end.text))
    return Relation(
        cue=_cue_span(head), cue_token=head.i, content=(s, e),
        speaker=speaker_span(doc, subj), speaker_token=subj.i, frame="object", root=verb.i,
    )


def _charge_subject(verb: Token, lemma: str) -> tuple[Token, Token, Token] | None:
    """For ``_charge_as_subject``: the verdict's subject ("Kigali"), the
    account noun the parse made part of it ("charge") and the clause of the
    claim answered ("accused"), or None."""
    if lemma not in _ANSWERING:
        return None
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return None
    noun = next((c for c in subj.children if c.dep_ == "compound" and c.lemma_.lower() in _ACCOUNT_NOUNS), None)
    if noun is None or not _verdict_at(doc, subj.left_edge.i - 1):
        return None
    claim = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.right_edge.i < subj.left_edge.i), None)
    if claim is None or claim.pos_ != "VERB":
        return None
    return subj, noun, claim


def _charge_as_subject(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``He accused Rwanda of sending troops, a charge Kigali denies``: a
    verdict on the claim just before it that the parse read with the account
    noun as part of its subject ("a charge Kigali") and the claim as its
    clause. The verdict answers what the claim says; its speaker is the name
    alone."""
    found = _charge_subject(verb, lemma)
    if found is None:
        return None
    subj, noun, claim = found
    said = _verb_relation(doc, claim, lemma_of(claim)) if lemma_of(claim) in CUE_LEMMAS else None
    content = said.content if said is not None else _subtree_span(doc, claim)
    first = doc[noun.i + 1]
    return Relation(
        cue=_cue_span(verb), cue_token=verb.i, content=content,
        speaker=_trim(text_of(doc), first.idx, subj.idx + len(subj.text)), speaker_token=subj.i, frame="object", root=claim.i,
    )


def _own_complement(verb: Token, lemma: str) -> bool:
    """Does the verb take a complement after it (an object, an infinitive, a
    predicate, a prepositional object), other than the person "told"?"""
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ in ("dobj", "dative") and lemma == "tell" and (agentive(c) or c.dep_ == "dative"):
            continue
        if c.dep_ in ("dobj", "xcomp", "oprd") and c.pos_ not in ("PUNCT", "SPACE"):
            return True
    return _own_object(verb, lemma)


def _main_clause_after_comma(doc: Doc, lo: int, hi: int) -> bool:
    """Does ``doc[lo:hi]`` go on, after its last comma, with a finite clause
    of its own (a subject whose verb is finite)?"""
    comma = next((k for k in range(hi - 1, lo, -1) if doc[k].text == ","), None)
    if comma is None:
        return False
    for t in doc[comma + 1 : hi]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < hi and t.head.i > comma:
            if _finite_verb(t.head):
                return True
    return False


def _finite_verb(verb: Token) -> bool:
    """Is the verb finite, by its own tag or a finite auxiliary ("had been struck")?"""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in verb.children)


def _bare_clause(tok: Token) -> bool:
    """A finite clause with a subject of its own and no word subordinating it
    ("Shelling killed three people, a teacher told Reuters", the clause read
    as the tag verb's adverbial): a sentence, not an adverbial."""
    if tok.dep_ != "advcl" or any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in tok.children):
        return False  # ("when another man was led away, ...": "when" subordinates it)
    return _finite_verb(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _closing_tag(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``A, police said.`` / ``“Sorry,” the minister said.`` / ``A, his aide
    told Reuters.``: a finite reporting verb and its subject closing the
    sentence after a comma report everything before the comma, whatever the
    parse hung where."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma in _SEEMING:
        return None
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    lost = subj is None
    if lost:
        subj = _lost_subject(doc, verb)
    if subj is None or subj.lower_ in lexicon.RELATIVE_PRONOUNS or is_expletive(subj):
        return None
    # only adverbs, auxiliaries and an apposition's commas between subject and verb
    if any(not (t.pos_ in ("ADV", "AUX", "PART") or t.is_punct) for t in doc[subj.right_edge.i + 1 : verb.i]):
        return None
    semi = next((t.i for t in doc[verb.i + 1 : verb.i + 2] if t.text == ";"), None)
    if semi is not None and headline_line(text_of(doc), verb.idx) is None:
        semi = None
    for c in verb.rights:
        if semi is not None and c.left_edge.i > semi:
            continue  # "..., medics say; RSF blamed": a headline's next part, hung on the tag
        if c.dep_ not in _TAG_TAIL and not (lemma == "tell" and c.dep_ in ("dobj", "dative")):
            return None
    if semi is None and _own_object(verb, lemma):
        return None  # "..., employees complain of ...": the verb's own content
    j = subj.left_edge.i - 1
    while j >= 0 and doc[j].text in _QUOTES:
        j -= 1
    if 0 <= j < subj.left_edge.i - 1 and doc[j].text in ("!", "?"):
        # "“Mexico!” the audience screamed back.": the exclamation it closes
        # (the parse often starts a new sentence after it)
        quote = _quoted(doc, doc[j].idx)
        return _make(doc, verb, quote, "ccomp", doc[j]) if quote is not None else None
    sent = verb.sent
    if j == sent.start and j > 0 and doc[j].text == "," and not doc[j - 1].is_space:
        # "A killed 27 people on Thursday" | ", the ministry said.": the parse
        # started a sentence at the tag's comma; the tag closes the one before
        sent = doc[j - 1].sent
    if j <= sent.start or doc[j].text != ",":
        return None
    start = next((t for t in doc[sent.start : j] if not t.is_space), None)
    if start is None:
        return None
    # what the tag closes is a clause or a quote ("In a later vote, he warned"
    # opens the sentence with an adverbial, not with what was said)
    # (or a past verb with an object that the tagger took for a participle: "An
    # air strike on the school killed 27 people")
    headline = _headline_tag(doc, start, verb)
    if headline is not None:
        start = headline  # "Ethiopia: Drone strike on market kills 26, witnesses say": a headline's verbs are often read as nouns
    elif start.text not in _QUOTES and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or (t.tag_ == "VBN" and t.dep_ == "acl" and any(c.dep_ == "dobj" for c in t.children)) for t in doc[start.i : j]):
        return None
    # ("If she wins, Clinton suggested ...", "But as X, he wrote ...": a
    # subordinate clause opening the sentence is the verb's adverbial)
    # (unless a main clause follows it: "As X spoke, a girl was hurt, police said")
    main = _main_clause_after_comma(doc, start.i, j)
    opener = next((t for t in doc[start.i : j] if t.pos_ != "CCONJ" and t.text not in _QUOTES), start)
    if (opener.dep_ == "mark" or opener.pos_ == "SCONJ") and not main:
        return None
    governed = verb.dep_ != "ROOT" and verb.head.i < j and verb.head.pos_ in ("VERB", "AUX")
    if start.text not in _QUOTES and not main and not governed and any(c.dep_ in ("advcl", "prep", "npadvmod", "advmod") and c.right_edge.i >= j - 1 and not _bare_clause(c) for c in verb.lefts):
        # "On Tuesday, even as shares fell, Mr. A wrote": the verb's own adverbial
        # (not when the verb hangs off a verb before the comma: "A made it
        # possible for people, if odd, to meet, she said")
        return None
    span = doc[start.i : j]
    rel = _make(doc, verb, _trim(text_of(doc), span.start_char, span.end_char), "ccomp", doc[j - 1])
    if rel is not None and lost:
        rel.speaker, rel.speaker_token = speaker_span(doc, subj), subj.i
    return rel


# "Ethiopia: ", "Sahel: ": a short label opening a headline line
HEADLINE_LABEL = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}:\s+")


def past_label(text: str, start: int, end: int) -> int:
    """Where a headline's own words begin: after a short label opening them at
    ``start`` ("Sudan: ...", "Yemen: ...") when the label ends before ``end``,
    else ``start``."""
    label = HEADLINE_LABEL.match(text, start)
    return label.end() if label is not None and label.end() < end else start


_SAYING_NONE = frozenset({"say", "report", "claim", "confirm"})


def _says_none(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``Rebels say they hit US warship; Pentagon says no damage``: a
    headline's "says no X" is the clause "there was no X" cut short; the
    object is what is said."""
    obj = _none_said(doc, verb, lemma)
    return _make(doc, verb, _subtree_span(doc, obj), "object", obj) if obj is not None else None


def _none_said(doc: Doc, verb: Token, lemma: str) -> Token | None:
    """The "no X" a headline's verb of saying takes as its object, else None."""
    if lemma not in _SAYING_NONE or headline_line(text_of(doc), verb.idx) is None:
        return None
    # (the parse may hang the noun on the verb as a bare dependent)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dep") and c.pos_ == "NOUN" and c.i > verb.i), None)
    if obj is None or not any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return None
    return obj


# the last word of who speaks in "Health ministry: 31 killed in 24 hours"
_COLON_BODIES = frozenset({"ministry", "army", "military", "police", "government", "office", "spokesman", "spokeswoman", "spokesperson", "minister", "governor", "mayor", "president", "commander", "agency", "authorities", "officials", "official", "forces", "monitor", "observatory", "group", "rebels", "militia", "council", "committee", "kremlin", "pentagon", "idf", "un", "unicef", "unhcr", "who", "ocha", "icrc", "msf"})


def _headline_colon(doc: Doc, colon: Token) -> Relation | None:
    """``Lebanon's health ministry: three killed in strike on car``,
    ``09:50 GMT - Zelenskiy: Russia lost 1,000 troops``: a headline whose
    words before the colon name who speaks (a body, an office or a person,
    not a place, a kicker like "Live" or a label like "Sudan") and whose
    words after it are a clause or a count; they are that speaker's."""
    text = text_of(doc)
    line = headline_line(text, colon.idx)
    if line is None:
        return None
    start = dateline_end(text, line[0], colon.idx)  # past a live page's time stamp ("09:50 GMT - ")
    if text[colon.idx + 1 : line[1]].lstrip()[:1] in _QUOTES:
        return None  # "X: “...”": a quote, which the quote rules attribute
    label = text[start : colon.idx]
    phrase = label.strip()
    words = phrase.split()
    if not 1 <= len(words) <= 6 or not phrase[:1].isupper() or is_kicker(phrase) or any(c in phrase for c in ",;\"“”"):
        return None
    begin = start + len(label) - len(label.lstrip())
    span = doc.char_span(begin, begin + len(phrase), alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or _POSSESSIVE_END.search(phrase) or phrase.lower() in lexicon.country_names():
        return None  # "Sudan: ...", "Burkina Faso: ..." (whatever the NER made of it), "Gaza's hospitals: ..."
    last = words[-1].lower().strip(".'’")
    named = head.ent_type_ in ("PERSON", "ORG", "NORP") and head.pos_ == "PROPN"
    if not (last in _COLON_BODIES or named):
        return None
    after = doc.char_span(colon.idx + 1, line[1], alignment_mode="expand")
    if after is None or len([t for t in after if t.is_alpha]) < 3 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD") or t.like_num for t in after):
        return None
    if any(lemma_of(t) in SPEECH and t.tag_ in ("VBZ", "VBP") and any(c.dep_ == "nsubj" for c in t.children) for t in after):
        return None  # "Sudan army: RSF killed 20, witnesses say": the tag after it names the speaker
    s, e = _trim(text, colon.idx + 1, line[1])
    return Relation(cue=(colon.idx, colon.idx + 1), cue_token=colon.i, content=(s, e), speaker=(span.start_char, span.end_char), speaker_token=head.i, frame="ccomp", root=after.root.i)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def headline_line(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the line holding ``start`` when it reads as a headline:
    at most 160 characters, not closed by a full stop, a mark or a quote."""
    line_start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line_end = len(text) if end == -1 else end
    line = text[line_start:line_end].rstrip()
    if not line or line[-1] in ".!?\"”" or len(line) > 160:
        return None
    return line_start, line_end


def _past_label(doc: Doc, rel: Relation) -> None:
    """``Sudan: Drone strike on market kills 26, witnesses say``: a short label
    opening the line is no part of what the tag after it reports."""
    text = text_of(doc)
    s, e = rel.content
    if (s and text[s - 1] != "\n") or headline_line(text, s) is None:
        return  # a headline's label only ("Superdelegates: A, according to the AP." is a sentence)
    rel.content = (past_label(text, s, e), e)


def _headline_tag(doc: Doc, start: Token, verb: Token) -> Token | None:
    """A line of its own with no full stop that a present-tense tag closes
    ("Drone strike on market kills 26, witnesses say"): a headline. Its
    first word after a short label ("Ethiopia: ..."), or None."""
    text = text_of(doc)
    line = headline_line(text, start.idx) if verb.tag_ in ("VBZ", "VBP") else None
    if line is None or text[line[0] : start.idx].strip() or line[1] < verb.idx:
        return None
    rest = text[verb.idx + len(verb.text) : line[1]].strip()
    if rest and not rest.startswith(";"):
        return None  # the tag ends the line (or a semicolon and the other side's report: "...; government denies")
    label = HEADLINE_LABEL.match(text, start.idx)
    if label is None:
        return start
    after = doc.char_span(label.end(), label.end() + 1, alignment_mode="expand")
    return after[0] if after is not None and len(after) and after[0].i < verb.i else None


def _lost_subject(doc: Doc, verb: Token) -> Token | None:
    """"A killed three as B, the regional governor, C, said": the parse made
    the tag's subject a conjunct or an object of the clause before it and left
    the verb with none. The noun phrase set off by a comma right before the
    verb, when it names someone (a name, an organisation, a title or a role)."""
    best = None
    for t in doc[verb.sent.start : verb.i]:
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("conj", "appos", "dobj", "pobj", "npadvmod"):
            continue
        if t.dep_ == "appos" and t.head.i < t.i and (t.head.pos_ == "PROPN" or t.head.ent_type_ in ("PERSON", "ORG")) and t.pos_ != "PROPN" and t.head.ent_type_ not in ("GPE", "LOC", "FAC"):
            # (not "... a car near Nabatieh, Lebanon's health ministry said": a place does not speak)
            # "B, the president's former chief of staff, said": the name the
            # apposition describes (not "... of Hama, the Syrian Observatory
            # for Human Rights said": a name of its own the parse hung on a place)
            t = t.head
        left, right = t.left_edge.i, t.right_edge.i
        if left < 1 or doc[left - 1].text not in (",", *_QUOTES) or right >= verb.i or any(not x.is_punct for x in doc[right + 1 : verb.i]):
            continue
        words = doc[left : right + 1]
        # ("a villager who helped pull bodies from the rubble": a relative clause describes the one named)
        described = {x.i for c in t.rights if c.dep_ == "relcl" and c.left_edge.tag_ in ("WP", "WDT") for x in c.subtree}
        if len(words) - len(described) > 12 or len(words) > 20 or any(x.pos_ in ("VERB", "AUX") and x.i not in described for x in words):
            continue
        names = t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PROPN" or t.lemma_.lower() in lexicon.titles() or t.lemma_.lower() in AGENT_NOUNS
        if names and (best is None or left < best.left_edge.i):
            best = t
    return best


_ACCUSING_VERBS = frozenset({"accuse", "allege", "charge", "blame"})
# nouns for what someone said, named in a verdict on it ("a claim Moscow disputed")
_ACCOUNT_NOUNS = frozenset({"claim", "allegation", "assertion", "accusation", "charge", "account", "version", "figure", "toll", "report"})


def _verdict_at(doc: Doc, i: int) -> bool:
    """Does a verdict on what was just said open at token ``i`` (a comma, then
    "a claim ...", "an account ...")?"""
    while i < len(doc) and doc[i].is_punct:
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ == "in" and doc[i - 1].text == ",":
        i += 1  # "..., in an account the army disputed"
    return i + 1 < len(doc) and doc[i].lower_ in ("a", "an") and doc[i + 1].lemma_.lower() in _ACCOUNT_NOUNS


def _parenthetical(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """``Soon after, the evidence indicates, the judge assigned it``, ``If A,
    he observed this week, then B``: a finite reporting verb and its subject set
    off by commas inside a sentence report the sentence around them, whatever
    the parse hung on the verb (here the clause before the tag)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or lemma in _SEEMING or _own_complement(verb, lemma):
        return None  # ("X called for Y, ...": the verb's own content)
    subj = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    if subj is None or subj.lower_ in lexicon.RELATIVE_PRONOUNS or is_expletive(subj):
        return None
    if any(not (t.pos_ in ("ADV", "AUX", "PART") or t.is_punct) for t in doc[subj.right_edge.i + 1 : verb.i]):
        return None
    before = subj.left_edge.i - 1
    sent = verb.sent
    if before - sent.start < 2 or doc[before].text != ",":
        return None
    # the tag's own tail: when, where, to whom ("observed this week", "said on Saturday")
    tail = {t.i for c in verb.rights if c.dep_ in _TAG_TAIL and c.dep_ != "punct" for t in c.subtree}
    after = verb.i + 1
    while after in tail:
        after += 1
    if after > sent.end - 4 or doc[after].text != ",":
        return None
    rest = doc[after + 1 : sent.end]
    if rest[0].tag_ in ("VBG", "VBN") or not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i > after for t in rest):
        return None  # what follows is a clause of its own, not the speaker's next act ("X agreed, praising Y")
    if _has_reporter(rest):
        return None  # "..., Costa reported, his wife whispered “...”": a report of a report keeps its own speaker
    if _verdict_at(doc, after):
        return None  # "A, Kyiv said, a claim Moscow disputed": a verdict on A, whose tag closes it
    text = text_of(doc)
    s, e = _trim(text, sent.start_char, sent.end_char)
    return _make(doc, verb, (s, _trim_end_punct(text, s, e)), "ccomp", sent.root)


def _as_aside(doc: Doc, verb: Token, put_it: bool = False) -> Relation | None:
    """``As the paper noted, A`` / ``A, as Reuters reported``: a reporting
    clause opened by "as" and set off by a comma reports the clause it hangs
    off (only with a subject or a "by" agent: "as expected" names no one).
    With ``put_it``, the verb's object is the "it" of "as one resident put it"."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = doc[verb.left_edge.i]
    if first.lower_ != "as" or first.dep_ != "mark" or first.head.i != verb.i:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    if put_it and [c.lower_ for c in objects] == ["it"]:
        objects = []
    if objects or _own_object(verb, lemma_of(verb)):
        return None  # "as he said he would", "as she told it", "as voters responded to ..."
    head = verb.head
    lo, hi = verb.left_edge.i, verb.right_edge.i
    while hi > verb.i and doc[hi].is_punct:
        hi -= 1  # the parse may hang the comma after the aside on its verb
    if verb.i < head.i:
        if hi + 1 >= len(doc) or doc[hi + 1].text != ",":
            return None
        lead = text_of(doc)[: doc[lo].idx].rstrip().rstrip(",").rstrip()
        quote = _quoted(doc, len(lead) - 1) if lead.endswith(_DOUBLE_QUOTES) and doc[lo].text == "as" else None
        if quote is not None and quote[1] == len(lead) and subject_of(verb) is not None:
            # "the race “is a dead heat,” as Cruz said on the radio, ...": the aside
            # reports the quote right before it
            return _make(doc, verb, quote, "ccomp", None)
        start, end = hi + 2, head.right_edge.i
        if head.left_edge.i < lo and any(c.dep_ in SUBJECTS and c.i < lo for c in head.children):
            # "The city, as the envoy noted, has no water left": the clause
            # opens before the aside, which stays inside the one span
            start = head.left_edge.i
    else:
        if lo == 0 or doc[lo - 1].text != ",":
            return None
        start, end = head.left_edge.i, lo - 2
    if start > end or subject_of(verb) is None:
        return None
    span = doc[start : end + 1]
    return _make(doc, verb, _clause_bounds(doc, span), "ccomp", head)


def _subject_set_off(doc: Doc, verb: Token) -> bool:
    """``Instead, the mayor told CNN, his plan ...``: the tag from its subject to
    the verb's last word is between commas (an opening adverb hangs on the verb)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return False
    right = verb.right_edge.i
    while right > verb.i and doc[right].is_punct:
        right -= 1
    return right + 1 < len(doc) and doc[right + 1].text == ","


def _set_off(doc: Doc, verb: Token) -> bool:
    """Is the verb's phrase between commas ("..., she said, ...")?"""
    left, right = verb.left_edge.i, verb.right_edge.i
    while right > verb.i and doc[right].is_punct:
        right -= 1
    while left < verb.i and doc[left].is_punct:
        left += 1
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    return before == "," and after == ","


def _attitude(doc: Doc, adj: Token) -> Relation | None:
    """``EU states are concerned about X``, ``she was confident that Y``."""
    verb = adj.head if adj.dep_ == "acomp" else adj
    if subject_of(verb) is None:
        return None
    # the parse may hang the adjective's clause on its copula ("was aware,
    # however, that ...", "are uncertain whether ...")
    hung = [c for c in verb.children if c.i > adj.i and c.dep_ == "ccomp"] if verb.i != adj.i else []
    for c in list(adj.children) + hung:
        if c.dep_ in ("ccomp", "advcl") and c.i > adj.i and any(m.dep_ == "mark" and m.lower_ in ("that", "whether", "if") for m in c.children):
            return _make(doc, verb, _subtree_span(doc, c), "attitude", c, cue_extra=adj)
        if c.i > adj.i and c.pos_ in ("VERB", "AUX") and ((c.dep_ == "ccomp" and any(d.dep_ in SUBJECTS for d in c.children)) or (c.dep_ == "xcomp" and _to_infinitive(c))):
            # "hopeful they can reach the city", "eager to reopen the schools",
            # "not sure how to reach them"
            return _make(doc, verb, _subtree_span(doc, c), "attitude", c, cue_extra=adj)
        if (c.dep_ == "prep" and c.lower_ in ("about", "of", "over", "on", "with", "to", "that", "for", "in", "at", "by")) or (c.dep_ == "agent" and c.i > adj.i):
            # ("delighted by the result": the parse reads a participle's "by" as its agent)
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _make(doc, verb, _subtree_span(doc, obj), "attitude", obj, cue_extra=adj)
    return None


def _make_clear(doc: Doc, verb: Token) -> Relation | None:
    """``X made it (very) clear that ...``."""
    clear = next((c for c in verb.children if c.lower_ == "clear"), None)
    if clear is None and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "clear" and doc[verb.i + 1].head.head.i == verb.i:
        # "made clear Monday (that) ...": the parse reads "clear" as a modifier of the date
        clear = doc[verb.i + 1]
    if clear is None:
        return None
    for holder in (clear, verb):
        for c in holder.children:
            if c.i == clear.i:
                continue
            if c.dep_ == "ccomp" or (c.dep_ in ("advcl", "csubj") and _that_marked(c)):
                return _make(doc, verb, _subtree_span(doc, c), "ccomp", c, cue_extra=clear)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ != "it" and c.i > clear.i), None)
    if obj is not None:
        # "Obama made clear his aim to ..."
        return _make(doc, verb, _subtree_span(doc, obj), "object", obj, cue_extra=clear)
    return None


def _make_case(doc: Doc, verb: Token) -> Relation | None:
    """``X made the case (to Y) that ...``: the that-clause, hung on the verb or the noun."""
    case = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "case" and c.i > verb.i), None)
    if case is None or not any(d.dep_ == "det" for d in case.children):
        return None
    for holder in (case, verb):
        for c in holder.children:
            if c.i > case.i and c.dep_ in ("ccomp", "advcl", "acl") and _that_marked(c):
                return _make(doc, verb, _subtree_span(doc, c), "ccomp", c, cue_extra=case)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > case.i), None)
    for c in (to.subtree if to is not None else ()):
        # "made the case to a gathering of leaders that he ...": the parse hung the
        # that-clause on the addressee as a relative clause ("that" a conjunction there)
        if c.dep_ in ("relcl", "acl") and _that_marked(c) and any(d.dep_ in SUBJECTS for d in c.children):
            return _make(doc, verb, _subtree_span(doc, c), "ccomp", c, cue_extra=case)
    return None


_REMARK_NOUNS = lexicon.words("remark_nouns")
_ABOUT = frozenset({"on", "about", "to", "against"})


def _made_remarks(doc: Doc, verb: Token) -> Relation | None:
    """``X made similar comments``, ``X made no comment on the ruling``, ``X made
    references to Y``: the remark (or what it was on) is the content."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in _REMARK_NOUNS), None)
    if obj is None or subject_of(verb) is None:
        return None
    # (only a phrase on the noun: "made comments Thursday on CNN" names the outlet)
    prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in _ABOUT), None)
    target = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if target is None or target.ent_type_ in ("DATE", "TIME"):
        return _bare_remark(doc, verb, obj) if prep is None else None
    return _make(doc, verb, _subtree_span(doc, target), "prep", target, cue_extra=obj)


_POINTING = frozenset({"this", "that", "these", "those", "similar", "such", "same"})


def _bare_remark(doc: Doc, verb: Token, obj: Token) -> Relation | None:
    """``X made similar comments``, ``X made other promises to ...``: a remark
    with nothing it is about; its own clause if it has one, else the noun phrase."""
    if not any(c.i < obj.i and c.lower_ in _POINTING for c in obj.children):
        return None
    clause = next((c for c in obj.children if c.i > obj.i and c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if clause is not None:
        return _make(doc, verb, _subtree_span(doc, clause), "object", clause, cue_extra=obj)
    span = doc[obj.left_edge.i : obj.i + 1]
    return _make(doc, verb, _trim(text_of(doc), span.start_char, span.end_char), "object", obj)


_IDIOM_NOUNS = {"take": {"issue": "with", "aim": "at", "exception": "to", "swipe": "at", "shot": "at", "potshot": "at", "jab": "at", "dig": "at", "whack": "at", "slam": "at"}}
# "took a shot at X" is gunfire unless X is a person, their words or a policy
_BLOWS = frozenset({"swipe", "shot", "potshot", "jab", "dig", "whack", "slam"})
_BACK_AT = frozenset({"fire", "hit", "strike", "lash"})


_ESTIMATE_VERBS = frozenset({"put", "peg", "place"})


_REVISE_VERBS = frozenset({"raise", "revise", "lower", "update", "increase", "reduce", "bring"})
_TOLL_NOUNS = frozenset({"toll", "number", "figure", "count", "tally", "estimate"})


def _put_at(doc: Doc, verb: Token, children: list[Token], word: str = "at") -> Relation | None:
    """``Forbes put his net worth at $45 billion``, ``officials put the toll at
    20``, ``the governor raised the toll to 14`` (``word`` "to", a toll as the
    object): an estimate; the thing and the figure are the content, the subject speaks."""
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    at = next((c for c in children if c.dep_ == "prep" and c.lower_ == word and (obj is None or c.i > obj.i)), None)
    if at is None and obj is not None and obj.lemma_.lower() in _TOLL_NOUNS:
        # "put the number of people who fled the camp at around 3,000": the
        # parse hangs the figure on the relative clause; it closes the object
        at = next((t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == word and t.i > obj.i and t.right_edge.i == obj.right_edge.i), None)
    if obj is None and word == "at":
        # "put the death toll higher, at 23": the parse hung the toll on "higher"
        at = next((c for c in children if c.dep_ == "prep" and c.lower_ == word and c.i > verb.i), None)
        obj = next((t for t in doc[verb.i + 1 : at.i] if t.lemma_.lower() in _TOLL_NOUNS and t.head.head.i == verb.i and t.head.dep_ == "advmod"), None) if at is not None else None
    if obj is None or at is None or not any(t.like_num for t in at.subtree) or subject_of(verb) is None:
        return None
    if word == "to" and obj.lemma_.lower() not in _TOLL_NOUNS:
        return None
    span = doc[obj.left_edge.i : at.right_edge.i + 1]
    s, e = _trim(text_of(doc), span.start_char, span.end_char)
    return _make(doc, verb, (s, e), "object", obj)


_TOLL_VERBS = _ESTIMATE_VERBS | _REVISE_VERBS
_GIVING = frozenset({"give", "provide"})


def _toll_given(doc: Doc, verb: Token, children: list[Token]) -> Relation | None:
    """``the civil defence gave a toll of 19 dead``, ``the ministry updates
    the toll: 31 dead and 84 wounded``: a toll someone gives, with its count
    after "of" or after a colon; the toll is the content, the subject speaks."""
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _TOLL_NOUNS or subject_of(verb) is None:
        return None
    end = obj.right_edge.i
    if doc[end].text == ":":
        end -= 1  # (the parse may hang the colon on the toll)
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i), None)
    if of is not None and any(t.like_num for t in of.subtree):
        end = max(end, of.right_edge.i)
    elif end + 2 < len(doc) and doc[end + 1].text == ":" and doc[end + 2].sent.start == verb.sent.start:
        sent_end = verb.sent.end
        if not any(t.like_num for t in doc[end + 2 : sent_end]):
            return None
        end = sent_end - 1
    else:
        return None
    text = text_of(doc)
    s, e = _trim(text, doc[obj.left_edge.i].idx, doc[end].idx + len(doc[end].text))
    e = _trim_end_punct(text, s, e)
    return _make(doc, verb, (s, e), "object", obj)


def _kept_anyway(doc: Doc, verb: Token, rel: Relation) -> bool:
    """A rule's relation the ledger keeps whatever the cue model says: the
    model learned from political news, where these are rare, and they are
    what the ledger is for. A named speaker's denial ("Moscow has repeatedly
    denied bombing ..."), or a pronoun's ("It has denied attacking ..."); a
    verdict on words just before it ("..., which the army denies"); a search
    that found nothing ("Investigators found no evidence that ..."); a toll a
    named source puts or revises ("The health ministry put the death toll at
    23", "raised the toll to 14"); words a source is said to have put so ("as
    one resident put it, ..."); a headline's "Pentagon says no damage",
    "...; 80 dead, says governor" or "Lebanon reports two dead" (a bare toll)."""
    return cue_model.named_denial(verb) or _pronoun_denial(doc, verb, rel) or _put_it(verb) or which_answered(verb) or (
        rel.speaker is not None and rel.frame == "object" and _none_said(doc, verb, lemma_of(verb)) is not None
    ) or (
        rel.speaker is not None and found_nothing(verb) is not None
    ) or (
        rel.speaker is not None and rel.frame == "ccomp" and any(c.dep_ == "nsubj" and c.i < verb.i and _toll_phrase(c, verb) for c in verb.children)
    ) or (
        rel.speaker is not None and _TOLL_CONTENT.match(text_of(doc), rel.content[0], rel.content[1]) is not None
    ) or (
        verb.lower_ in _HEADLINE_VERDICTS and headline_verdict(doc, verb) is not None
    ) or (
        lemma_of(verb) in _TOLL_VERBS and rel.root is not None
        and doc[rel.root].lemma_.lower() in _TOLL_NOUNS and rel.speaker is not None
    )


def _pronoun_denial(doc: Doc, verb: Token, rel: Relation) -> bool:
    """"It has previously denied attacking civilian areas": a denial of a
    clause or an act by a personal pronoun (which names a speaker before it),
    not "denied that" or "dismissed what" (a pronoun content)."""
    if lemma_of(verb) not in DENIAL or rel.frame not in ("xcomp", "ccomp"):
        return False
    subj = subject_of(verb)
    return subj is not None and subj.lower_ in ("it", "they", "he", "she") and len(text_of(doc)[rel.content[0] : rel.content[1]].split()) >= 2


def _put_it(verb: Token) -> bool:
    """"as one resident put it": an "as" clause whose verb "put" has "it" as its object."""
    return (
        lemma_of(verb) == "put" and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    )


def _verb_idiom(doc: Doc, verb: Token, lemma: str) -> Relation | None:
    """Verb phrases of criticism: ``X took issue with Y``, ``X took aim at Y``,
    ``X fired back at Y`` / ``lashed out at Y`` (Y a person or their words, not
    a gunfire target), ``X walked back his remarks``; Y is the content."""
    if lemma == "put" and _put_it(verb):
        # "As one aid worker put it, ...": said in those words
        return _as_aside(doc, verb, put_it=True)
    if not (lemma in _ESTIMATE_VERBS or lemma in _REVISE_VERBS or lemma in _GIVING or lemma in _IDIOM_NOUNS or lemma in _BACK_AT or lemma == "walk"):
        return None  # (most verbs: no need to list their complements)
    children = list(verb.rights)
    if lemma in _ESTIMATE_VERBS:
        return _put_at(doc, verb, children)
    if lemma in _REVISE_VERBS:
        return _put_at(doc, verb, children, "to") or _toll_given(doc, verb, children)
    if lemma in _GIVING:
        return _toll_given(doc, verb, children)
    if lemma in _IDIOM_NOUNS:
        noun = next((c for c in children if c.dep_ == "dobj" and c.lemma_.lower() in _IDIOM_NOUNS[lemma]), None)
        if noun is None:
            return None
        want = _IDIOM_NOUNS[lemma][noun.lemma_.lower()]
        prep = next((c for c in children + list(noun.children) if c.dep_ == "prep" and c.lower_ == want), None)
    elif lemma in _BACK_AT or lemma == "walk":
        if not any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "out") and c.i == verb.i + 1 for c in children):
            return None
        if lemma == "walk":
            obj = next((c for c in children if c.dep_ == "dobj"), None)
            if obj is None or doc[verb.i + 1].lower_ != "back":
                return None
            return _make(doc, verb, _subtree_span(doc, obj), "object", obj, cue_extra=doc[verb.i + 1])
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "at"), None)
    else:
        return None
    obj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or (lemma in _BACK_AT and lemma != "lash" and not _criticisable(obj, "attack")):
        return None
    if lemma in _IDIOM_NOUNS and noun.lemma_.lower() in _BLOWS and not _criticisable(obj, "attack"):
        return None
    s, e = _subtree_span(doc, obj)
    return _make(doc, verb, (s, _verb_tail(doc, verb, prep, e)), "prep", obj, cue_extra=prep)


_VIEW_NOUNS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})


def _in_view(doc: Doc, noun: Token) -> Relation | None:
    """``In Smith's view, the plan will fail``, ``in the words of one nurse,
    ...``: the clause the phrase opens; the possessor (or the "of" phrase's
    noun) holds the view."""
    prep = noun.head
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None) if of is not None else None
    if noun.dep_ != "pobj" or prep.lower_ != "in" or holder is None or holder.lower_ in ("its", "it"):
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i or verb.i == prep.i:
        return None
    end = prep.right_edge.i + 1
    if end >= len(doc) or not doc[end].is_punct:
        return None  # not set off by a comma: "in their view of the war ..."
    span = doc[end + 1 : verb.right_edge.i + 1]
    if len(span) < 3:
        return None
    s, e = _clause_bounds(doc, span)
    hs, he = _holder_span(doc, holder)
    mark = next((c for c in holder.children if c.dep_ == "case"), None)
    if mark is not None and mark.idx >= hs:
        he = mark.idx  # "the mayor's": the mention without its possessive ending
    return Relation(
        cue=(prep.idx, noun.idx + len(noun.text)), cue_token=noun.i, content=(s, e),
        speaker=(hs, he), speaker_token=holder.i, frame="according", root=verb.i,
    )


def _according(doc: Doc, tok: Token) -> Relation | None:
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    sent: Span = tok.sent
    phrase_start, phrase_end = tok.left_edge.i, max(tok.right_edge.i, src.right_edge.i)
    if phrase_start - sent.start <= 1:
        span = doc[_past_apposition(doc, phrase_end + 1, sent.end) : sent.end]
        # "According to X, A, while state media put the toll at five": the
        # other account after ", while" is its own speaker's, not X's
        other = next((t for t in span if t.lower_ in _CONTRASTING and t.i > span.start and doc[t.i - 1].text == "," and t.head.pos_ in ("VERB", "AUX") and (lemma_of(t.head) in CUE_LEMMAS or lemma_of(t.head) == "put")), None)
        if other is not None:
            span = doc[span.start : other.i - 1]
    elif sent.end - phrase_end <= 3 or all(t.is_punct or t.is_space for t in doc[phrase_end + 1 : sent.end]):
        # (the sentence ends with the phrase: "..., according to the UN Office
        # for the Coordination of Humanitarian Affairs (OCHA).\n")
        span = doc[sent.start : phrase_start]
    else:
        span = doc[sent.start : sent.end]
        opened = next((t for t in reversed(doc[sent.start : phrase_start]) if t.text in ("(", ")")), None)
        if opened is not None and opened.text == "(" and opened.i + 1 < phrase_start:
            # "states like Iowa (93 percent were white, according to exit polls)":
            # the words in the brackets before the phrase
            return _according_span(doc, tok, to, src, doc[opened.i + 1 : phrase_start])
        clause = _clause_before(doc, phrase_start)
        if clause is not None and clause.dep_ in ("relcl", "ccomp", "advcl", "acl") and clause.left_edge.i > sent.start:
            # "A denounced the deal, which would cut taxes by half, according to B":
            # the clause the phrase ends, not the sentence it sits in
            span = doc[clause.left_edge.i : phrase_start]
    return _according_span(doc, tok, to, src, span)


def _past_apposition(doc: Doc, i: int, end: int) -> int:
    """Where the words after "According to X," start when an apposition on X
    comes first ("According to the White Helmets, a rescue group working in
    rebel-held areas, 11 of the dead were children": "11 ..."), else ``i``."""
    j = i
    while j < end and doc[j].is_punct:
        j += 1
    if j >= end or doc[j].lower_ not in ("a", "an"):
        return i
    def finite(t: Token) -> bool:
        return t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN")

    comma = next((k for k in range(j + 1, min(end, j + 16)) if doc[k].text == ","), None)
    if comma is None or not any(finite(t) for t in doc[comma + 1 : end]):
        return i
    if any(finite(t) for t in doc[j:comma]):
        return i  # ("a convoy was hit, ...": a clause of its own, not an apposition)
    return comma + 1


def _according_span(doc: Doc, tok: Token, to: Token, src: Token, span: Span) -> Relation | None:
    if not len(span):
        return None
    s, e = _clause_bounds(doc, span)
    if e <= s:
        return None
    speaker = _phrase(doc, src)
    return Relation(
        cue=(tok.idx, to.idx + len(to.text)),
        cue_token=tok.i,
        content=(s, e),
        speaker=speaker,
        speaker_token=src.i,
        frame="according",
        root=tok.head.i if tok.head.i != tok.i else None,
    )


def _clause_before(doc: Doc, i: int) -> Token | None:
    """The verb heading the clause that ends right before token ``i`` (a comma skipped)."""
    j = i - 1
    while j >= 0 and doc[j].is_punct:
        j -= 1
    if j < 0:
        return None
    tok = doc[j]
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") and tok.right_edge.i < i else None


# "In the new poll, ...", "By the AP's tally, ...": nouns per opening preposition
_FINDING_NOUNS = {prep: lexicon.tagged("finding_nouns", prep) for prep in ("in", "by")}
# "To many, ...", "But to others, ...": quantifiers standing for people
_PEOPLE_QUANTIFIERS = frozenset({"many", "some", "others", "most", "few", "anyone", "everyone", "all"})


def _opening_source(doc: Doc, tok: Token) -> Relation | None:
    """``In the new Post-ABC poll, Clinton leads by 8 points``, ``By the AP's
    tally, he has 739 delegates``: a sentence opening with a poll or a count,
    set off by a comma, reports what it found in the rest of the sentence;
    ``To Sharp, Trump is the man who saved her farm``, ``But to others, he is
    ...``: an opening "to" and a person or group gives whose view the rest is."""
    if tok.dep_ != "prep" or tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct:
        return None  # (cheap checks first: "to" is frequent)
    start, end = sentence_bounds(tok)
    # (only the tokens up to ``tok`` can open the sentence before it)
    first = next((t for t in doc[start : tok.i + 1] if not (t.is_space or t.pos_ == "CCONJ" or t.text in _QUOTES)), None)
    if first is None or first.i != tok.i:
        return None
    src = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    if tok.lower_ == "to":
        if not (agentive(src) or src.lower_ in _PEOPLE_QUANTIFIERS) or src.lower_ in ("this", "that", "it"):
            return None
    elif lemma_of(src) not in _FINDING_NOUNS[tok.lower_]:
        return None
    comma = tok.right_edge.i + 1
    head = tok.head
    if comma >= end - 1 or doc[comma].text != "," or head.i <= comma or head.pos_ not in ("VERB", "AUX"):
        return None
    if lemma_of(head) in CUE_LEMMAS:
        return None  # "In the poll, 60 percent said ...", "To that, she added ...": the clause's own relation
    text = text_of(doc)
    last = doc[end - 1]
    s, e = _trim(text, doc[comma + 1].idx, last.idx + len(last.text))
    e = _trim_end_punct(text, s, e)
    if e <= s:
        return None
    name = doc[tok.i + 1 : comma]
    return Relation(
        cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok.i, content=(s, e),
        speaker=_trim(text, name.start_char, name.end_char), speaker_token=src.i,
        frame="according", root=head.i,
    )


def _reportedly(doc: Doc, adv: Token) -> Relation | None:
    """``The agency is reportedly planning to ...``: the clause the adverb sits
    in is what unnamed reports say; no one is named."""
    verb = adv.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sent = verb.sent
    span = doc[max(verb.left_edge.i, sent.start) : min(verb.right_edge.i + 1, sent.end)]
    if any(t.pos_ == "VERB" and lemma_of(t) in CUE_LEMMAS for t in span):
        return None  # "X is reportedly planning to ...": the clause's own relation keeps its speaker
    if any(t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" for t in span):
        return None  # "214 were reportedly killed, according to the ministry": the ministry reports it
    s, e = _clause_bounds(doc, span)
    if e - s < 3:
        return None
    return Relation(cue=(adv.idx, adv.idx + len(adv.text)), cue_token=adv.i, content=(s, e), speaker=None, speaker_token=None, frame="according", root=verb.i)


def _clause_bounds(doc: Doc, span: Span) -> tuple[int, int]:
    """Character bounds of ``span`` trimmed like every content (``_trim``), and
    without the full stop, question or exclamation mark that ends it."""
    text = text_of(doc)
    s, e = _trim(text, span.start_char, span.end_char)
    return s, _trim_end_punct(text, s, e)


def _trim_end_punct(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in ".!?":
        e -= 1
    return e
