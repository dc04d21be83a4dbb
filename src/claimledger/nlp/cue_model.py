"""A small learned cue detector: is this token the cue of an attribution?

The word lists in ``nlp/data`` name the common cues; PolNeAR's cues form a
long tail (``backed``, ``emailed``, ``fears``, ``ordered``...). This module
scores a candidate token (a verb) with a logistic regression over a handful
of sparse features read off the existing parse: the lemma, but mostly the
structure around it (which complements it takes, what kind of subject it
has, voice, negation, modality, whether a word list already knows it), so an
unseen verb in the right frame ("the ministry alleged that ...") still scores.

The weights are learned from PolNeAR train by ``nlp/cue_model_train.py``
and stored in ``data/cue_weights.json`` (loaded once). Scoring is a pure
Python sum over the candidate's features.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Protocol

from spacy.tokens import Doc, Token

from claimledger.nlp import lexicon
from claimledger.nlp.doctext import sentence_bounds, text_of

_PEOPLE_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
_MODALS = frozenset({"would", "could", "might", "may", "will", "should", "can", "must", "'d", "'ll", "wo", "ca"})
_SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")


@lru_cache(maxsize=None)
def _lists() -> dict[str, frozenset[str]]:
    return {
        "speech": lexicon.words("speech_verbs"),
        "intent": lexicon.words("intent_verbs"),
        "object": lexicon.words("object_verbs"),
        "critic": lexicon.words("critic_verbs"),
        "prep": frozenset(v for v, _ in lexicon.pairs("prep_cues")),
    }


Weights = tuple[dict[str, float], tuple[float, float]]
_trial: list[Weights] = []  # weights under trial (``trying``), innermost last


@lru_cache(maxsize=None)
def _shipped() -> Weights:
    path = resources.files("claimledger.nlp").joinpath("data", "cue_weights.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["weights"]), (float(data["add"]), float(data["veto"]))


def weights() -> Weights:
    """(feature weights, (add threshold, veto threshold)): the ones under
    trial (``trying``) if any, else those of ``data/cue_weights.json``."""
    return _trial[-1] if _trial else _shipped()


@contextmanager
def trying(feature_weights: dict[str, float], add: float, veto: float) -> Iterator[None]:
    """Score with other weights inside the block (cross-validation in
    ``cue_model_train`` scores each fold with the weights learned without it)."""
    _trial.append((feature_weights, (add, veto)))
    _new_bonus.cache_clear()
    try:
        yield
    finally:
        _trial.pop()
        _new_bonus.cache_clear()


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ_DEPS), None)
    if subj is None and verb.dep_ in ("relcl", "acl"):
        subj = verb.head
    return subj


def _subject_kind(subj: Token | None) -> str:
    if subj is None:
        return "none"
    low = subj.lower_
    if low in lexicon.RELATIVE_PRONOUNS:
        return "relative"
    if low in ("it", "this", "there"):
        return "it"
    if low in _PEOPLE_PRONOUNS:
        return "pron"
    if subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return subj.ent_type_.lower()
    if subj.ent_type_:
        return "otherent"
    titles = lexicon.titles()
    if low in titles or subj.lemma_.lower() in titles:
        return "title"
    if subj.pos_ == "PROPN":
        return "propn"
    if subj.pos_ == "NOUN":
        return "noun"
    return "other"


def features(tok: Token) -> list[str]:
    """Sparse binary features of a candidate cue token (names only)."""
    lemma, tag, dep = tok.lemma_.lower(), tok.tag_, tok.dep_
    deps = set()
    obj = None  # the first direct object
    for c in tok.children:
        d = c.dep_
        if d == "dobj" and obj is None:
            obj = c
        if d == "xcomp":
            deps.add("xcomp_to" if any(a.lower_ == "to" for a in c.children) else "xcomp")
        elif d == "ccomp":
            deps.add("ccomp_that" if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) else "ccomp")
            if c.i < tok.i:
                deps.add("ccomp_before")
        elif d == "prep":
            deps.add("prep")
            deps.add("prep_" + c.lower_)
        elif d == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("that", "if", "whether") for m in c.children):
            deps.add("advcl_that")
        elif d in ("dobj", "dative", "attr", "acomp", "oprd", "agent", "neg", "parataxis", "advmod", "prt"):
            deps.add(d)
        elif d == "aux" and c.lower_ in _MODALS:
            deps.add("modal")
        elif d == "auxpass":
            deps.add("passive")
    subj = _subject(tok)
    kind = _subject_kind(subj)
    lists = _lists()
    known = [name for name, words in lists.items() if lemma in words] or ["none"]
    frame = (
        "ccomp" if deps & {"ccomp", "ccomp_that", "advcl_that", "parataxis"}
        else "xcomp" if deps & {"xcomp_to", "xcomp"}
        else "dobj" if "dobj" in deps
        else "prep" if "prep" in deps
        else "bare"
    )
    out = [
        "bias",
        "lemma=" + lemma,
        "tag=" + tag,
        "dep=" + dep,
        "subj=" + kind,
        "frame=" + frame,
        "frame_subj=" + frame + "|" + kind,
        "frame_tag=" + frame + "|" + tag,
        "frame_dep=" + frame + "|" + dep,
    ]
    ordered = sorted(deps)
    out.extend("has=" + d for d in ordered)
    out.extend("list=" + k for k in known)
    out.extend("list_frame=" + k + "|" + frame for k in known)
    if obj is not None:
        okind = _subject_kind(obj)
        out.append("obj=" + okind)
        out.append("obj_subj=" + okind + "|" + kind)
        out.append("objlemma=" + obj.lemma_.lower())
    if kind in ("pron", "relative") and subj is not None:
        out.append("subjword=" + subj.lower_)
    out.append("lemma_frame=" + lemma + "|" + frame)
    out.append("dep_subj=" + dep + "|" + kind)
    out.append("lemma_subj=" + lemma + "|" + kind)
    out.extend("has_subj=" + d + "|" + kind for d in ordered)
    doc = tok.doc
    if tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        if nxt.dep_ == "prep":
            out.append("lemma_prep=" + lemma + "|" + nxt.lower_)
    return out


_NEW_FRAMES = ("ccomp", "xcomp", "object", "prep")
_CLEN = (10, 25, 60, 150, 300)
_WLEN = (2, 4, 8, 16, 32)
_POS = (0, 2, 5, 10, 20)
_QUOTE_MARKS = ("\"", "“", "”")


def _root_kind(root: Token) -> str:
    """What heads the content: a clause (a verb with its subject), a bare verb
    phrase, or a noun phrase (by entity type)."""
    if root.pos_ in ("VERB", "AUX"):
        has_subj = any(c.dep_ in _SUBJ_DEPS or c.dep_ == "expl" for c in root.children)
        return ("clause_" if has_subj else "vp_") + root.tag_
    if root.ent_type_:
        return "ent_" + root.ent_type_
    return root.pos_


class RelationLike(Protocol):
    frame: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_token: int | None
    root: int | None
    cue_token: int | None


def relation_features(tok: Token, rel: RelationLike, rule: bool, token_feats: list[str] | None = None, rules: Sequence[RelationLike] = ()) -> list[str]:
    """Features of a candidate relation: its cue token's, plus the relation's
    frame, content (length, place, what heads it, quote marks), speaker,
    whether a rule or the model proposed it, and where it sits among the
    rules' relations of the text (``rules``, see ``context_features``). Each
    feature name before ``=`` occurs once, so ``_new_bonus`` can bound the
    relation part."""
    src = "rule" if rule else "new"
    out = list(token_feats) if token_feats is not None else features(tok)
    doc = tok.doc
    idx = tok.idx
    s, e = rel.content
    chars = e - s
    piece = text_of(doc)[s:e]
    words = len(piece.split())
    side = "left" if e <= idx else "right"
    has_speaker = rel.speaker is not None
    root = doc[rel.root] if rel.root is not None and rel.root < len(doc) else None
    rkind = _root_kind(root) if root is not None else "none"
    quoted = "open" if piece[:1] in _QUOTE_MARKS else "in" if any(q in piece for q in _QUOTE_MARKS) else "no"
    spk = _subject_kind(doc[rel.speaker_token]) if rel.speaker_token is not None and rel.speaker_token < len(doc) else "none"
    pos = _bucket(tok.i - sentence_bounds(tok)[0], _POS)
    gap = (s - idx - len(tok.text)) if side == "right" else (idx - e)
    out += [
        "src=" + src,
        "src_frame=" + src + "|" + rel.frame,
        "clen=" + _bucket(chars, _CLEN),
        "src_clen=" + src + "|" + _bucket(chars, _CLEN),
        "src_wlen=" + src + "|" + rel.frame + "|" + _bucket(words, _WLEN),
        "side=" + side,
        "speaker=" + str(has_speaker),
        "src_speaker=" + src + "|" + str(has_speaker),
        "src_spk=" + src + "|" + spk,
        "src_root=" + src + "|" + rel.frame + "|" + rkind,
        "src_quote=" + src + "|" + quoted,
        "src_pos=" + src + "|" + pos,
        "src_gap=" + src + "|" + _bucket(max(gap, 0), (1, 3, 10, 40)),
    ]
    out += context_features(tok, rel, src, rules)
    return out


_QUOTE_MARK = re.compile("[" + "".join(_QUOTE_MARKS) + "]")


def context_features(tok: Token, rel: RelationLike, src: str, rules: Sequence[RelationLike]) -> list[str]:
    """Where a candidate sits among the rules' relations of the same text:
    inside an open quotation of its paragraph (speech quoted within a quote),
    inside another rule relation's content, holding rule cues in its own
    content, how many other rule relations share its sentence, at the start
    of a paragraph. Only the rules' relations count: the model's own
    candidates are pruned at run time and would not be the same set."""
    text = text_of(tok.doc)
    para = text.rfind("\n", 0, tok.idx) + 1
    in_quote = len(_QUOTE_MARK.findall(text, para, tok.idx)) % 2 == 1
    s, e = rel.content
    first, last = sentence_bounds(tok)
    idx = tok.idx
    inside = holds = same_sentence = 0
    for other, c_start, c_end, cue_idx, cue_i in _rule_cues(tok.doc, rules):
        if other is rel:
            continue
        if c_start <= idx < c_end:
            inside = 1
        if s <= cue_idx < e:
            holds += 1
        if first <= cue_i < last:
            same_sentence += 1
    return [
        "ctx_inq=" + src + "|" + str(in_quote),
        "ctx_inside=" + src + "|" + str(bool(inside)),
        "ctx_holds=" + src + "|" + str(min(holds, 2)),
        "ctx_nsent=" + src + "|" + str(min(same_sentence, 3)),
        "ctx_para=" + src + "|" + str(tok.idx - para < 3),
    ]


_RULE_CUES: tuple = (None, 0, [])  # (rules, their length, their cues): the last list seen


def _rule_cues(doc: Doc, rules: Sequence[RelationLike]) -> list[tuple[RelationLike, int, int, int, int]]:
    """(relation, content start, content end, cue character, cue token) of each
    rule relation with a cue. Every candidate of a text is scored against the
    same list of rules, so it is built once per list (the list is held, so its
    identity cannot pass to another). The cache is one tuple, read and
    replaced whole: a caller always gets the cues of its own list."""
    global _RULE_CUES
    held, length, cues = _RULE_CUES
    if held is rules and length == len(rules):
        return cues
    cues = []
    for other in rules:
        if other.cue_token is None:
            continue
        cue = doc[other.cue_token]
        cues.append((other, other.content[0], other.content[1], cue.idx, cue.i))
    _RULE_CUES = (rules, len(rules), cues)
    return cues


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def _score(feats: list[str]) -> float:
    w = weights()[0]
    return sum([w.get(f, 0.0) for f in feats])


def probability(feats: list[str]) -> float:
    z = _score(feats)
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=None)
def _new_bonus(frame: str | None) -> float:
    """The most the relation features of a new relation of ``frame`` (None:
    any of ``_NEW_FRAMES``) can add to its token's score: per relation feature
    name, its largest weight (none below 0) over the values such a relation can take."""
    frames = _NEW_FRAMES if frame is None else (frame,)
    best: dict[str, float] = {}
    for f, v in weights()[0].items():
        name, _, value = f.partition("=")
        if name not in _RELATION_NAMES or value.startswith("rule"):
            continue
        parts = value.split("|")
        if name in _FRAMED and parts[1] not in frames:
            continue
        best[name] = max(best.get(name, 0.0), v)
    return sum(best.values())


_FRAMED = frozenset({"src_frame", "src_wlen", "src_root"})
_RELATION_NAMES = frozenset({
    "src", "src_frame", "clen", "src_clen", "src_wlen", "side", "speaker", "src_speaker", "src_spk",
    "src_root", "src_quote", "src_pos", "src_gap",
    "ctx_inq", "ctx_inside", "ctx_holds", "ctx_nsent", "ctx_para",
})


def promising(tok: Token, frame: str | None = None, token_feats: list[str] | None = None) -> list[str] | None:
    """The token's features (``token_feats`` when the caller has them) when a
    new relation of ``frame`` on it could reach the adding threshold (an upper
    bound over the relation features), else None: the caller then skips
    building the relation."""
    add = weights()[1][0]
    if add >= 1.0:
        return None
    feats = token_feats if token_feats is not None else features(tok)
    if _score(feats) + _new_bonus(frame) < math.log(add / (1.0 - add)):
        return None
    return feats


def accept(tok: Token, rel: "RelationLike", rule: bool, token_feats: list[str] | None = None, rules: Sequence["RelationLike"] = ()) -> bool:
    """Keep a rule's relation unless the model finds it very unlikely; take a
    new one only when the model finds it likely (``rules``: the rules'
    relations of the text, for ``context_features``). The rule relations kept
    whatever the model says are ``speech.find_relations``' to decide."""
    _, (add, veto) = weights()
    p = probability(relation_features(tok, rel, rule, token_feats, rules))
    return p >= veto if rule else p >= add


_DENYING = lexicon.words("denial_cues")


def named_denial(verb: Token) -> bool:
    """"Moscow has repeatedly denied bombing ...": a denial cue whose subject is a named speaker."""
    return verb.lemma_.lower() in _DENYING and _named_speaker(verb)


def _named_speaker(verb: Token) -> bool:
    subj = _subject(verb)
    return subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.tag_ == "NNP")
