"""spaCy component ``claimledger_attribution``: quotes and reported speech.

Per chunk it

1. finds reporting relations in the parse (``speech.find_relations``);
2. scans quote marks (``quotes.find_quotes``) and block quotes (a paragraph
   introduced by a colon, or a paragraph that opens mid-sentence with a
   lowercase word: an excerpt);
3. extends a relation's content over the quotes it touches (direct / mixed),
   and gives quotes without a relation their speaker: a reporting verb next to
   the quote, the clause before a colon, the holder of a noun the quote is
   ("X's answer was, “...”"), the speaker of the previous relation
   (a quote continued in the next paragraph), or the person named just before
   a block quote;
4. keeps one relation per stretch of text (PolNeAR's univocal rule): a
   relation inside another's content is dropped, except that a relation
   inside a quoted excerpt, or a person's speech reported by someone else
   ("the envoy said the minister denies ..."), becomes a claim with
   ``reported_by`` set to the outer speaker;
5. writes ``doc._.cl_claims`` (Claim, chunk-local offsets) and
   ``doc._.cl_actors`` (one Actor per speaker or named entity cluster in the
   chunk; ``nlp.actors.resolve_actors`` merges them across the document).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimledger.models import Actor, Claim, Claimant, Content, Cue, ReportedBy
from claimledger.nlp import lexicon
from claimledger.nlp import stance as stance_mod
from claimledger.nlp.pipeline import ensure_extensions
from claimledger.nlp.doctext import quotes_of, text_of
from claimledger.nlp.lexicon import RELATIVE_PRONOUNS, titles
from claimledger.nlp.lexicon import words as word_list
from claimledger.nlp.paragraphs import dateline_end, words_after_dateline
from claimledger.nlp.quotes import find_quotes
from claimledger.nlp.speech import AGENT_NOUNS, DATA_NOUNS, agent_of, DOCUMENT_NOUNS, HEADLINE_LABEL, KICKERS, SPEECH, is_kicker, Relation, agentive, headline_line, speaker_span, clause_person, is_expletive, lemma_of, passive_controller, past_label, quoting_verb, subject_of, find_relations, verdict_opening, which_answered, answers_accusation

FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves"})
PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "his", "its", "their"}) | FIRST_PERSON
_WORD = re.compile(r"\w+")
_CUE_FORMS = frozenset({
    "adding", "added", "adds", "saying", "noting", "noted", "continuing", "continued", "explaining",
    "explained", "insisting", "insisted", "arguing", "argued", "asking", "asked", "telling", "told", "writing", "wrote",
})
# speech acts reported through someone else keep both speakers ("the envoy
# said the minister denies ..."); thoughts and intentions do not
_REPORTED_ACTS = frozenset({
    "say", "tell", "state", "claim", "deny", "reject", "refute", "dismiss", "admit", "insist", "allege",
    "announce", "declare", "confirm", "acknowledge", "accuse", "warn", "threaten", "promise", "stress",
    "demand", "urge", "call", "dispute", "concede",
})
# verbs of saying proper (not thinking or wanting): they mark an excerpt
_SPEECH_ACTS = frozenset({
    "say", "tell", "state", "claim", "add", "note", "stress", "announce", "deny", "insist",
    "argue", "explain", "warn", "report", "declare", "confirm", "reiterate", "emphasize", "emphasise",
})
_MIN_QUOTE_WORDS = 3
_BLOCK_MIN_WORDS = 8
# a sentence end (not after a title or an initial: "Mr. ", "Sen. ", "J. ")
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][”’\"']?\s+")
_GUESS_MIN_WORDS = 10  # a quote shorter than this keeps a speaker only from a verb beside it

_INTRO = re.compile(
    r"\b(?:said|says|say|saying|told|tells|wrote|writes|added|stated|declared|explained|"
    r"transcript|statement|reads|read|following|follows|remarks|tweeted|posted|asked|replied|answered)\b",
    re.I,
)
# a source named inside a point of a list
_OWN_SOURCE = re.compile(r"\b(?:according to|said|says|told|reported|reports|claimed|claims)\b", re.I)
# a line that introduces a list of what someone says ("The RSF says:"; not
# "signed by the following prelates:", "he sold:")
_LIST_INTRO = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|stated|states|claimed|claims|claim|reported|reports|added|announced)\s*:\s*$", re.I)
# a point of a list, by its mark ("- ", "• ", "* ")
_LIST_MARKS = ("-", "•", "*", "–")
_LIST_POINT = re.compile("[" + re.escape("".join(_LIST_MARKS)) + r"][ \t]+(?=\S)")
_COLON_LINE = re.compile(r"^[ \t]*([A-Z][^:\n]{0,60}?):(?:[ \t]+|(?=[“\"]))(\S[^\n]*)$", re.M)
def _third_person(lemma: str) -> str:
    """"says", "pushes", "denies": the headline form of a cue verb."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    return lemma + "s"


# the verbs a title-case headline may report with: the cue lists' third-person forms
_HEADLINE_VERBS = sorted(
    {"Says", "Say", "Said", "Told"}
    | {_third_person(w).capitalize() for name in ("speech_verbs", "object_verbs", "critic_verbs", "intent_verbs") for w in word_list(name) if w.isalpha()},
    key=len,
    reverse=True,
)
_HEADLINE = re.compile(
    r"^[ \t]*([A-Z][^\n]{1,60}?) (?:[A-Z][a-z]+ly )?(" + "|".join(_HEADLINE_VERBS) + r"):?[ \t]+([^\n]{3,}?)(?=$)",
    re.M,
)
_NEXT_REPORT = re.compile(r"[,;] (?=(?:" + "|".join(_HEADLINE_VERBS) + r")\b)")
# "UN: dozens killed in strike; army says it hit militants": a second speaker after a semicolon
_SECOND_SPEAKER = re.compile(r"; (?=[^;\n]{1,60}? (?:" + "|".join(sorted({v.lower() for v in _HEADLINE_VERBS}, key=len, reverse=True)) + r")\b)")
_TITLE_WORDS = frozenset({"update", "no.", "sitrep", "bulletin", "snapshot", "factsheet", "dashboard", "digest"})
_NOT_SPEAKERS = frozenset({
    "note", "editor's", "editor’s", "update", "updated", "related", "photo", "video", "source", "sources",
    "read", "watch", "see", "correction", "clarification", "by", "posted", "published", "click", "also",
    "tags", "share", "follow", "email", "contact", "disclaimer", "q", "a", "question", "answer", "warning",
    # a fact check's labels ("Verdict: False.", "Claim: ...", "Rating: Misleading")
    "verdict", "rating", "claim", "conclusion", "context", "background", "summary", "fact", "fact-check",
    # a document's own heading ("Transcript: Ministry of Defence briefing", "Full text: ...")
    "transcript", "excerpt", "excerpts", "readout", "text", "full",
})
# armed groups, by a word of their kind or their name
_ARMED_WORDS = r"(?:army|forces|defen[cs]e force|air force|militia|militias|rebels?|separatists?|insurgents?|guerrillas?|paramilitar(?:y|ies)|brigades?|front(?![ -]?lines?)|isis|isil|daesh|qaeda|nusra|taliban|hezbollah|hamas|jihadists?|militants?|fighters|gang|battalion|regiment|units?|troops|shabaab|boko haram|houthis?|janjaweed|wagner|m23|islamic state|tahrir al-sham|hts|pkk|ypg|jnim|iswap|fdlr|adf|rsf|cartels?|mujahideen|armed groups?)"
_ARMED = re.compile(rf"\b{_ARMED_WORDS}\b", re.I)
# the same words as a whole name ("M23", "Hamas"): a group, not a place
ARMED_NAME = re.compile(_ARMED_WORDS, re.I)
# capitalised words that end the name of an organisation, an NGO or a news outlet
_ORG_HEADS = (
    r"(?:Watch|International|Foundation|Institute|Observatory|Network|"
    r"Society|Association|Federation|Coalition|Alliance|Fund|Programme|Program|Organi[sz]ation|Crescent|Cross|Centre|Center|Project|Trust|"
    r"Wire|News|Press|Times|Post|Television|TV|Radio|Gazette|Herald|Tribune|Journal|Telegraph|Agency|Monitor)"
)
_ORG_NAME = re.compile(rf"\b[A-Z][\w'’.-]*(?:\s+(?:of|for|on|the|and|[A-Z][\w'’.-]*))*\s+{_ORG_HEADS}\b")
# the head word alone ("the Observatory said", which the small NER calls a person)
_ORG_HEAD = re.compile(rf"\b{_ORG_HEADS}$")
_INTERNATIONAL = re.compile(
    r"\b(?:UN|U\.N\.|United Nations|UNHCR|UNICEF|OCHA|WHO|ICRC|IOM|WFP|OHCHR|NATO|OSCE|African Union|European Union|EU|Red Cross|Red Crescent"
    # international aid bodies whose names have no body word ("Médecins Sans Frontières", which the small NER calls a person)
    r"|M[ée]decins Sans Fronti[èe]res|MSF|Doctors Without Borders|Save the Children|Oxfam|Norwegian Refugee Council)\b"
)
_GOV = re.compile(r"\b(?:government|general staff|ministry|ministries|police|military|administration|kremlin|pentagon|white house|state department|parliament|council|cabinet|authorities|regime|junta|department)\b", re.I)


@dataclass
class _Container:
    """A quote or block quote: its span, whether it holds others' speech, its speaker."""

    start: int
    end: int
    block: bool = False
    excerpt: bool = False
    rel: Relation | None = None  # the relation giving this container's speaker
    list_head: "_Container | None" = None  # a later point of a list a colon introduced: its first point


@dataclass
class _Item:
    rel: Relation
    attribution: str = "indirect"
    reported_by: Relation | None = None
    voice: Relation | None = None  # for first-person speakers inside a quote
    sub: list[Relation] = field(default_factory=list)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _inside(pos: int, span: tuple[int, int]) -> bool:
    return span[0] <= pos < span[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class Attribution:
    """The spaCy component: see the module docstring."""

    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        items = _reciprocal(doc, extract(doc))
        claims, actors = _to_models(doc, items)
        doc._.cl_claims = list(doc._.cl_claims or []) + claims
        doc._.cl_actors = list(doc._.cl_actors or []) + actors
        return doc


@Language.factory("claimledger_attribution")
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution(nlp, name)


# --- finding relations -------------------------------------------------------


# "blamed each other", "accused one another": each side blames the other
_EACH_OTHER = (("each", "other"), ("one", "another"))
# "traded accusations over ...", "trade blame": the same, as a noun
_TRADED = frozenset({"accusation", "blame", "charge", "recrimination"})


def _reciprocal(doc: Doc, items: list[_Item]) -> list[_Item]:
    """Sides that blame each other ("The army and the RSF blamed each other
    for the attacks", "Israel and Hamas traded accusations over the blast"):
    one claim for each side, with the same words, rather than one claim of
    the sides together; ``contradictions`` sets the two against each other."""
    out: list[_Item] = []
    cues = {it.rel.cue_token for it in items}
    for tok in doc:
        # "traded accusations over the blast": a relation of its own
        if tok.pos_ != "VERB" or tok.lemma_.lower() != "trade" or tok.i in cues:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TRADED), None)
        over = next((c for c in (obj.children if obj is not None else ()) if c.dep_ == "prep" and c.lower_ in ("over", "about", "for")), None)
        over = over or next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "about", "for")), None)
        what = next((g for g in over.children if g.dep_ in ("pobj", "pcomp")), None) if over is not None else None
        subj = subject_of(tok)
        if obj is None or what is None or subj is None or obj.i in cues or not subj.conjuncts:
            continue  # (the noun's own relation, "traded charges over ..."; or one voice, "they traded ...")
        rel = Relation(cue=(tok.idx, obj.idx + len(obj.text)), cue_token=tok.i, content=(what.left_edge.idx, what.right_edge.idx + len(what.right_edge.text)), speaker=speaker_span(doc, subj), speaker_token=subj.i, frame="object", root=what.i)
        at = next((k for k, it in enumerate(items) if it.rel.content[0] > rel.content[0]), len(items))
        items = items[:at] + [_Item(rel)] + items[at:]
    for it in items:
        r = it.rel
        if r.speaker_token is None or r.cue_token is None or not _blames_each_other(doc[r.cue_token]):
            out.append(it)
            continue
        sides = [doc[r.speaker_token], *doc[r.speaker_token].conjuncts]
        spans = [_side_span(doc, t) for t in sides]
        if len(sides) < 2 or any(sp is None for sp in spans):
            out.append(it)
            continue
        cue = doc[r.cue_token]
        what = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over") for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        content = (what.left_edge.idx, what.right_edge.idx + len(what.right_edge.text)) if what is not None else r.content
        for t, sp in zip(sides, spans):
            # ("accused one another of starting the fire": what each accuses the other of)
            out.append(_Item(replace(r, speaker=sp, speaker_token=t.i, content=content), it.attribution, it.reported_by, it.voice, list(it.sub)))
    return out


def _blames_each_other(cue: Token) -> bool:
    lemma = cue.lemma_.lower()
    if lemma == "trade":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _TRADED for c in cue.children)
    if lemma not in ("blame", "accuse"):
        return False
    doc = cue.doc
    return any(
        c.dep_ == "dobj" and ((c.i > 0 and (doc[c.i - 1].lower_, c.lower_) in _EACH_OTHER) or (c.i + 1 < len(doc) and (c.lower_, doc[c.i + 1].lower_) in _EACH_OTHER))
        for c in cue.children
    )


def _side_span(doc: Doc, side: Token) -> tuple[int, int] | None:
    """One side of "the army and the RSF": its own words, without the other
    sides and the "and" or comma between them."""
    others = {t.i for c in side.children if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.i > side.i and c.text in (",", ";")) for t in c.subtree}
    own = [t for t in side.subtree if t.i not in others]
    if not own or own[-1].i - own[0].i + 1 != len(own):
        return None
    return (own[0].idx, own[-1].idx + len(own[-1].text))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_title(quoted: str) -> bool:
    """“Fareed Zakaria GPS”, ''Strangers No More'': a name or title, not speech."""
    words = _WORD.findall(quoted)
    if len(words) > 6:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w.isdigit())
    return caps >= max(2, len(words) - 1) and not quoted.rstrip("”’\"' ").endswith(("?", "!"))


def _containers(doc: Doc) -> list[_Container]:
    """The quotes and block quotes of a chunk. A quote of fewer than
    ``_MIN_QUOTE_WORDS`` words is a phrase in someone's sentence ("the plan
    was “absurd”"), unless a reporting verb right after it names its speaker
    ("“Never again,” said ...", "“Fake news!” the spokesman shouted")."""
    text = text_of(doc)
    out = []
    for q in quotes_of(doc):
        quoted = text[q.start : q.end]
        c = _Container(q.start, q.end)
        title, words = _is_title(quoted), _words(quoted)
        # a quote opening its sentence that a reporting verb right after it takes
        # (looked up only for titles and short quotes, which need it)
        said = (title or words < _MIN_QUOTE_WORDS) and _opens_sentence(text, c.start) and _said_right_after(doc, c)
        if title and not said:
            # (“Oh, my God,” she said: capitalised words opening a sentence that a
            # reporting verb takes are speech; not "... on “Fox News Sunday,” Issa said")
            continue
        if words >= _MIN_QUOTE_WORDS or (words > 0 and said):
            out.append(c)
    paras = _paragraphs(text)
    head: _Container | None = None  # the first point of a list a colon introduced ("The RSF says:\n- ...\n- ...")
    for k, (s, e) in enumerate(paras):
        first = text[s]
        intro_colon = k > 0 and text[paras[k - 1][1] - 1] == ":" and bool(_INTRO.search(text[paras[k - 1][0] : paras[k - 1][1]]))
        fragment = first.islower() and _words(text[s:e]) >= _BLOCK_MIN_WORDS
        point = _LIST_POINT.match(text, s, e)
        listed = head is not None and point is not None and not intro_colon
        if point is None or not (intro_colon or listed):
            head = None
        if listed and _OWN_SOURCE.search(text, s, e):
            continue  # ("- At least 400 were killed, according to the governor": a point with a source of its own)
        if not (intro_colon or fragment or listed):
            continue
        if any(c.start <= s < c.end for c in out):
            continue
        c = _Container(point.end() if point is not None and (intro_colon or listed) else s, e, block=True, list_head=head if listed else None)
        out.append(c)
        if point is not None and intro_colon and _LIST_INTRO.search(text, paras[k - 1][0], paras[k - 1][1]):
            head = c
    out.sort(key=lambda c: c.start)
    return out


def _opens_sentence(text: str, pos: int) -> bool:
    """Does nothing but a sentence end, a colon or a paragraph break come
    before ``pos`` in its paragraph?"""
    before = text[max(0, pos - 200) : pos].rstrip(" \t")
    return before == "" or before.endswith("\n") or before.rstrip("”’\"'").endswith((".", "!", "?", ":"))


def _said_right_after(doc: Doc, c: _Container) -> bool:
    """Does a verb of saying right after the quote name its speaker ("“...,”
    said X", "“...!” X shouted")?"""
    rel = _adjacent_speaker(doc, c)
    return rel is not None and rel.cue_token is not None and lemma_of(doc[rel.cue_token]) in SPEECH


def _person_like(doc: Doc, tok: Token) -> bool:
    if tok.lower_ in ("he", "she", "him", "her") or tok.lower_ in FIRST_PERSON:
        return True
    if tok.ent_type_ == "PERSON":
        return True
    return tok.lower_ in titles() or tok.lemma_.lower() in titles()


def extract(doc: Doc) -> list[_Item]:
    """Attribution relations of a Doc, after quote handling and nesting rules."""
    text = text_of(doc)
    rels = find_relations(doc) + _colon_lines(doc) + _headlines(doc) + _dash_tags(doc)
    rels += _misparsed_headlines(doc, rels)
    rels += _closing_tag_lines(doc, rels)
    rels = _told_tag_lines(doc, rels)
    containers = _containers(doc)
    starts = [c.start for c in containers]

    def container_of(pos: int | None) -> _Container | None:
        if pos is None:
            return None
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and containers[i].start <= pos < containers[i].end:
            return containers[i]
        return None

    # relations whose cue sits inside a quote; a quote holding third-person
    # speech is an excerpt of another text, not one speaker's words
    inner: dict[int, list[Relation]] = {}
    outer: list[Relation] = []
    for r in rels:
        c = container_of(r.cue[0] if r.cue else None)
        if c is None:
            outer.append(r)
        else:
            inner.setdefault(id(c), []).append(r)

    # extend contents over the quotes they touch
    items: list[_Item] = []
    for r in outer:
        attribution = "indirect"
        quoted = 0
        _end_at_closed_quote(text, r, containers)
        for c in containers:
            if c.excerpt or _overlap(r.content, (c.start, c.end)) == 0:
                continue
            if r.cue and _inside(r.cue[0], (c.start, c.end)):
                continue
            r.content = (min(r.content[0], c.start), max(r.content[1], c.end))
            c.rel = c.rel or r
            quoted += c.end - c.start
        if quoted:
            length = r.content[1] - r.content[0]
            attribution = "direct" if quoted >= 0.8 * length else "mixed"
        items.append(_Item(r, attribution))

    items = _nest(doc, items)
    for c in containers:
        if c.rel is None:
            c.excerpt = any(_third_person_speech(doc, r) for r in inner.get(id(c), []))
            adjacent = _adjacent_speaker(doc, c) if c.excerpt and not c.block else None
            if adjacent is not None:
                # "“She'd look at me and say, ‘...’” Mr. B said": his quote, her words
                # inside it reported by him
                c.rel = adjacent
                items.append(_Item(adjacent, "direct"))
            elif c.excerpt and not c.block:
                # "“...,” she said. “Some have said that ...”": the speaker goes on
                # quoting; the speech she reports inside stays her report
                prev = _previous_in_paragraph(text, c, items)
                if prev is not None:
                    _go_on(prev, c, _joined(prev))

    # quotes nobody introduced: find their speaker
    # cues of relations kept after nesting (a verb whose relation was dropped as
    # a duplicate may still introduce a quote: "“...,” Ms. B said."), and of
    # any relation whose cue sits inside a quote
    used_cues = {it.rel.cue_token for it in items} | {r.cue_token for r in rels if container_of(r.cue[0] if r.cue else None) is not None}
    for c in containers:
        if c.rel is not None or c.excerpt:
            continue
        if any(_labels(doc, it.rel, c) for it in items):
            continue  # "..., a claim the charity called “absurd”": the verdict's word, not speech
        if any(it.rel.speaker and it.rel.speaker[0] < c.start and c.end <= it.rel.speaker[1] + 1 for it in items):
            # "“...,” said Ann Lee, a plaintiff who waited in an “extraordinarily long
            # line”": a phrase quoted in the words that name a speaker is not speech
            continue
        rel = _adjacent_speaker(doc, c)
        if rel is None:
            rel = _colon_speaker(doc, c)
        if rel is None and c.list_head is not None and c.list_head.rel is not None:
            # "The RSF says:\n- A\n- B": each point is the speaker's claim of its own
            said = c.list_head.rel
            rel = Relation(cue=said.cue, cue_token=said.cue_token, content=(c.start, c.end),
                           speaker=said.speaker, speaker_token=said.speaker_token, frame=said.frame)
        if rel is None:
            rel = _signed(doc, c)
        if rel is None:
            rel = _held_words(doc, c)
        if rel is not None:
            # "“...,” Briggs said." / "“...,” said David Brock, ...": the words right
            # after the quote name its speaker, whatever the parse made of them
            # (a parse that read "said David Brock" as verb and content loses that relation)
            items = [it for it in items if not (it.rel.cue_token == rel.cue_token and _overlap(it.rel.content, rel.speaker))]  # type: ignore[arg-type]
            after = _quote_after_cue(text, rel, items)
            if after is not None:
                # "“...,” Mr. B said, “but ...”": the parse gave the verb the second
                # quote; one relation runs over both
                after.rel.content = (c.start, after.rel.content[1])
                after.attribution = _joined(after)
                if after.rel.speaker is None:
                    after.rel.speaker, after.rel.speaker_token = rel.speaker, rel.speaker_token
                c.rel = after.rel
                continue
            # "“...,” he said as the crowd booed", "“...,” Trump told supporters in
            # Syracuse": the quote is what the verb reports; what the parse gave the
            # verb after it in its sentence is how, where or to whom it was said
            items = [it for it in items if not _said_after_quote(text, it, rel)]
            c.rel = rel
            items.append(_Item(rel, "direct"))
            continue
        prev = _previous_in_paragraph(text, c, items)
        if prev is None:
            # "“...,” A said." then a paragraph opening with "“...”": A goes on quoting
            prev = _quote_paragraph_before(text, c, items)
        if prev is not None:
            # "“...,” he said. “...”": one relation over both quotes
            _go_on(prev, c, _joined(prev))
            continue
        same = _same_sentence_before(text, c, items)
        if same is not None:
            _go_on(same, c, "mixed")
            continue
        rel = _speaker_for(doc, c, items, used_cues)
        if rel is not None and rel.cue is None and not c.block and _words(text[c.start : c.end]) >= 6:
            # "“...,” said A, who ... . B “kind of misspoke. This is ...”": no verb of
            # its own; a quotation in the sentence right after a tagged quote goes on it
            prev = _quoted_sentence_before(text, c, items)
            if prev is not None:
                _go_on(prev, c, "mixed")
                continue
        if rel is not None and rel.cue is None and not c.block and (_embedded(text, c) or _words(text[c.start : c.end]) < _GUESS_MIN_WORDS):
            # no verb beside the quote names its speaker, only a relation nearby:
            # a phrase quoted inside the writer's own sentence ("... called it
            # “a disgrace”") or a short fragment is not safely that speaker's
            rel = None
        if rel is None:
            if c.block or _words(text[c.start : c.end]) < 6:
                continue
            # a quotation whose speaker the text does not name near it
            rel = Relation(cue=None, cue_token=None, content=(c.start, c.end), speaker=None, speaker_token=None, frame="quote")
        c.rel = rel
        items.append(_Item(rel, "direct"))
    # relations inside excerpts: reported by the excerpt's speaker
    for c in containers:
        if not c.excerpt:
            continue
        if c.rel is None and not c.block:
            # the quote before it got its speaker only above ("“...,” Huckabee said." with
            # a parse that missed the verb's clause): the speaker goes on quoting
            prev = _previous_in_paragraph(text, c, items)
            if prev is not None:
                _go_on(prev, c)
        if c.rel is None:
            c.rel = _speaker_for(doc, c, items, used_cues, allow_cue=False)
        for item in _nest(doc, [_Item(r) for r in inner.get(id(c), [])]):
            r = item.rel
            who = text_of(doc)[r.speaker[0] : r.speaker[1]].lower() if r.speaker else ""
            if who in FIRST_PERSON:
                item.voice = c.rel
            elif item.reported_by is None:
                # "the envoy said the minister denies" inside the excerpt keeps its own reporter
                item.reported_by = c.rel
            items.append(item)
    for item in items:
        if item.reported_by is None:
            item.reported_by = _passive_quoter(doc, item.rel)
    items.sort(key=lambda it: it.rel.content[0])
    return items


def _passive_quoter(doc: Doc, r: Relation) -> Relation | None:
    """``The governor was quoted by local media as saying ...``: the governor
    speaks (``speech.subject_of``) and the ``by`` agent of "quoted" or "cited"
    reports it, as in the active "local media quoted the governor as saying"."""
    quoted = quoting_verb(doc[r.cue_token]) if r.cue_token is not None else None
    if quoted is None:
        return None
    agent = agent_of(quoted)
    if agent is None or r.speaker_token == agent.i:
        return None
    return Relation(
        cue=(quoted.idx, quoted.idx + len(quoted.text)), cue_token=quoted.i, content=r.content,
        speaker=speaker_span(doc, agent), speaker_token=agent.i, frame="quoted", root=r.root,
    )


def _labels(doc: Doc, r: Relation, c: _Container) -> bool:
    """Is the quote the word a verdict on earlier words gives them ("a claim
    Kyiv called “absurd”"), right after the verdict's verb?"""
    if r.cue is None or r.cue_token is None or not 0 <= c.start - r.cue[1] <= 2:
        return False
    return which_answered(doc[r.cue_token])


def _go_on(it: _Item, c: _Container, attribution: str | None = None) -> None:
    """``it``'s relation goes on over the later quote ``c``: one relation over
    both, labelled ``attribution`` when given."""
    it.rel.content = (it.rel.content[0], c.end)
    if attribution is not None:
        it.attribution = attribution
    c.rel = it.rel


def _joined(it: _Item) -> str:
    """A direct relation joined with another quote stays direct; an indirect
    one that takes a quote becomes mixed."""
    return "direct" if it.attribution == "direct" else "mixed"


_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON"})
_CLOSED_SENTENCE = re.compile(r"[.!?][”’\"']*$")


def _end_at_closed_quote(text: str, r: Relation, containers: list[_Container]) -> None:
    """``he said, “I never did.” Asked about it, ...``: a content that opens
    with the quote its cue introduces ends with it when the quote closes a
    sentence; the parse ran the next sentence into the verb's clause."""
    if r.cue is None or r.cue[1] > r.content[0]:
        return
    for c in containers:
        if c.block or c.end <= r.content[0]:
            continue
        if c.start > r.content[0] or c.end >= r.content[1]:
            return
        if text[r.cue[1] : c.start].strip(" ,:\t") == "" or text[r.content[0] : c.start].strip() == "":
            rest = text[c.end : r.content[1]].lstrip()
            if _CLOSED_SENTENCE.search(text[c.start : c.end]) and rest[:1].isupper():
                r.content = (r.content[0], c.end)
        return


def _said_after_quote(text: str, it: _Item, rel: Relation) -> bool:
    """Is ``it`` a relation on ``rel``'s cue whose content follows the cue in
    its sentence, not quoted (``rel`` gives the cue a quote before it)?"""
    r = it.rel
    if rel.cue is None or r.cue_token != rel.cue_token or r.content[0] < rel.cue[1] or it.attribution != "indirect":
        return False
    return not _SENTENCE_BREAK.search(text[rel.cue[1] : r.content[0]] + " ")


def _quote_after_cue(text: str, rel: Relation, items: list[_Item]) -> _Item | None:
    """The relation on the same reporting verb whose content is the quote
    right after it in the sentence (``“...,” Mr. B said, “but ...”``)."""
    if rel.cue is None or rel.cue_token is None:
        return None
    for it in items:
        r = it.rel
        if r.cue_token != rel.cue_token or r.content[0] < rel.cue[1] or it.attribution == "indirect":
            continue
        gap = text[rel.cue[1] : r.content[0]]
        if len(gap) < 80 and "\n" not in gap and not _SENTENCE_BREAK.search(gap + " ") and text[r.content[0]] in "“\"'‘":
            return it
    return None


def _adjacent_speaker(doc: Doc, c: _Container) -> Relation | None:
    """``“...,” Briggs said`` / ``“...,” said Rep. Jane Doe, ...``: a reporting verb
    right after the quote's closing mark, with the speaker's noun phrase on
    either side of it, in the quote's paragraph."""
    text = text_of(doc)
    if not text[c.start : c.end].rstrip("”\"'’ ").endswith((",", "?", "!")):
        return None  # "“...” is a phrase ..." or a quote that ends its sentence
    last = _token_at(doc, c.end - 1)
    if last is None:
        return None
    i = last.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].idx < c.end + 3:
        if "\n" in doc[i].text:
            return None
        i += 1
    if i >= len(doc) or doc[i].idx < c.end:
        return None

    def is_cue(tok: Token) -> bool:
        if tok.lower_ in ("read", "reads"):  # "“...,” read the statement": the tagger often calls it a participle
            return tok.pos_ == "VERB"
        return tok.lemma_.lower() in SPEECH and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.lower_ not in ("is", "was")

    def phrase(lo: int, hi: int) -> tuple[int, int] | None:
        # the noun phrase doc[lo:hi], up to its first comma (an apposition follows)
        toks = []
        for t in doc[lo:hi]:
            if t.text == "," or t.is_space or "\n" in t.text or (t.pos_ == "ADP" and toks):
                break  # "the statement from the council": the head phrase is enough
            if toks and t.lower_ in RELATIVE_PRONOUNS and t.tag_ in ("WP", "WDT"):
                break  # "a supporter who runs the account": the relative clause describes the speaker
            if not (t.pos_ in _NAME_POS or t.is_title or t.text in (".", "'s", "’s", "-") or (toks and t.lower_ in ("and", "&"))):
                return None  # ("state leader A and Speaker B": two speakers together)
            toks.append(t)
        while toks and toks[-1].is_punct and toks[-1].text != ".":
            toks.pop()
        if not toks or not any(t.pos_ in ("PROPN", "NOUN", "PRON") or t.lower_ in ("one", "another") for t in toks):
            return None
        return (toks[0].idx, toks[-1].idx + len(toks[-1].text))

    first = doc[i]
    if is_cue(first) or (first.pos_ == "VERB" and first.tag_ in ("VBD", "VBZ") and first.lemma_.lower() not in ("be", "have", "do")):
        # "..., said David Brock, a Clinton confidant": the phrase after the verb
        # (any finite verb right after the quote: "“...,” opined the paper")
        hi = i + 1
        while hi < len(doc) and hi < i + 9 and not (doc[hi].text in (",", ".", ";", ":") and (not doc[hi - 1].text.istitle() or _ends_sentence(doc, hi))) and "\n" not in doc[hi].text:
            hi += 1
        span = phrase(i + 1, hi)
        verb = first
    else:
        # "..., the group wrote." / "..., Mr. Conant, the consultant, said."
        # (after a quote ending in a comma any finite verb closing the phrase reports it:
        # "..., an angry Hollande retaliated")
        # ("“...,” Trump barked": the tagger often reads a past tense without an
        # auxiliary as a participle)
        verb = next((t for t in doc[i : min(len(doc), i + 25)] if is_cue(t) or (t.pos_ == "VERB" and (t.tag_ in ("VBD", "VBZ") or _bare_participle(t)))), None)
        if verb is None or "\n" in text[first.idx : verb.idx]:
            return None
        span = phrase(i, verb.i)
        if span is None:
            return None
        # the verb must close the phrase (an apposition between is fine)
        between = text[span[1] : verb.idx].strip()
        if between and not between.startswith(",") and between.split()[0].lower() not in ("of", "for", "from", "at", "with", "in"):
            return None
    if span is None or _inside(span[0], (c.start, c.end)):
        return None
    head = _token_at(doc, span[1] - 1)
    return Relation(
        cue=(verb.idx, verb.idx + len(verb.text)), cue_token=verb.i, content=(c.start, c.end),
        speaker=span, speaker_token=head.i if head is not None else None, frame="quote",
    )


def _ends_sentence(doc: Doc, k: int) -> bool:
    """Is ``doc[k]`` a full stop ending its sentence (a quote, a line break or the
    end right after it), not an abbreviation's ("Sen.", "Calif.")?"""
    if doc[k].text != ".":
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.is_space or nxt.text in ("“", "\"", "‘", "''")


def _bare_participle(tok: Token) -> bool:
    """A past participle heading its clause with no auxiliary: a past tense misread."""
    # ("the 43-year-old asked": the parse hangs it on the phrase as a participle)
    heads = tok.dep_ in ("ROOT", "conj", "ccomp") or (tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.i < tok.i)
    return tok.tag_ == "VBN" and heads and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _colon_speaker(doc: Doc, c: _Container) -> Relation | None:
    """``Mr. Smith shot back: “...”``: a quote right after a colon; the clause
    before the colon (its verb and subject) introduces it."""
    text = text_of(doc)
    before = text[: c.start].rstrip(" \t")
    if before.endswith(_LIST_MARKS) and before[:-1].rstrip(" \t").endswith("\n"):
        before = before[:-1].rstrip(" \t")  # ("The RSF says:\n- ...": a list's first point)
    if not before.endswith(":"):
        # "Reporter Jane Doe says:" on its own line, the quote in the next paragraph
        before = before.rstrip()
        if not before.endswith(":") or text.count("\n", len(before), c.start) > 2:
            return None
    colon = _token_at(doc, len(before) - 1)
    if colon is None:
        return None
    para_start = text.rfind("\n", 0, colon.idx) + 1
    named = _name_before_colon(doc, colon, para_start) or _document_before_colon(doc, colon, para_start)
    if named is not None:
        return Relation(cue=(colon.idx, colon.idx + 1), cue_token=None, content=(c.start, c.end),
                        speaker=(doc[named[0]].idx, doc[named[1]].idx + len(doc[named[1]].text)), speaker_token=named[1], frame="quote")
    for tok in reversed(doc[max(0, colon.i - 25) : colon.i]):
        if tok.idx < para_start or tok.text in (".", "!", "?", "”", "\""):
            break
        if tok.pos_ != "VERB" or tok.lemma_.lower() in ("be", "have"):
            continue
        subj = subject_of(tok)
        if subj is None or subj.idx < para_start or is_expletive(subj) or subj.lower_ in RELATIVE_PRONOUNS:
            continue
        span = doc[subj.left_edge.i : subj.right_edge.i + 1]
        s, e = span.start_char, span.end_char
        if e > tok.idx:
            e = tok.idx
        s, e = max(s, para_start), len(text[:e].rstrip(" ,"))
        if e <= s:
            continue
        return Relation(cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok.i, content=(c.start, c.end),
                        speaker=(s, e), speaker_token=subj.i, frame="quote")
    return None


_SIGNATURE = re.compile(r"[ \t.]*\n\s*([-—–]+)[ \t]*([A-Z][^\n]{1,60}?)[ \t.]*(?:\n|$)")


def _signed(doc: Doc, c: _Container) -> Relation | None:
    """``“...”`` then a line ``- Hillary Clinton.``: the signature names the speaker."""
    text = text_of(doc)
    m = _SIGNATURE.match(text, c.end)
    if m is None or len(m.group(2).split()) > 6:
        return None
    span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" for t in span):
        return None
    return Relation(cue=m.span(1), cue_token=None, content=(c.start, c.end),
                    speaker=m.span(2), speaker_token=span.root.i, frame="quote")


def _held_words(doc: Doc, c: _Container) -> Relation | None:
    """``Clinton's response was: “...”``: a quote as what a possessed noun is;
    the possessor said it."""
    j = (_token_at(doc, c.start) or doc[0]).i - 1
    while j >= 0 and doc[j].is_punct and doc[j].idx >= c.start - 3:
        j -= 1
    if j < 0 or doc[j].lemma_ != "be" or doc[j].idx < c.start - 8:
        return None
    noun = next((t for t in doc[j].children if t.dep_ == "nsubj" and t.pos_ == "NOUN"), None)
    holder = next((t for t in noun.children if t.dep_ == "poss"), None) if noun is not None else None
    if holder is None or not (holder.pos_ == "PROPN" or holder.ent_type_ in ("PERSON", "ORG", "NORP") or holder.lower_ in ("his", "her", "their") or _person_like(doc, holder)):
        return None
    s, e = holder.left_edge.idx, holder.idx + len(holder.text)
    return Relation(cue=(noun.idx, doc[j].idx + len(doc[j].text)), cue_token=noun.i, content=(c.start, c.end),
                    speaker=(s, e), speaker_token=holder.i, frame="quote")


_NAME_INTRO = frozenset({"from", "-", "—", "–", "--", "...", "…", ",", ";"})


def _name_before_colon(doc: Doc, colon: Token, para_start: int) -> tuple[int, int] | None:
    """``... - Carl Bialik: “...”``, ``More from Jones: “...”``, ``Here's Clinton in
    December 1992: “...”``: a name (a proper noun phrase, no verb) right before
    the colon, after a dash, "from", a form of "be" or the line's start: token
    indexes of its first and last word."""
    j = colon.i - 1
    while j >= 0 and doc[j].idx >= para_start and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].like_num):
        j -= 1  # "in December 1992"
    if j < colon.i - 1 and j >= 0 and doc[j].pos_ == "ADP":
        j -= 1
    last = j
    while j >= 0 and doc[j].idx >= para_start and (doc[j].pos_ in ("PROPN", "DET") or (doc[j].text == "." or doc[j].tag_ == "POS") and j < last or doc[j].lower_ in ("and", "of")):
        j -= 1
    first = j + 1
    if first > last or last < 0 or doc[last].pos_ != "PROPN" or last - first > 6:
        return None
    while first < last and (doc[first].pos_ in ("DET", "CCONJ", "ADP") or doc[first].is_punct):
        first += 1
    before = doc[j] if j >= 0 and doc[j].idx >= para_start else None
    if before is not None and before.lower_ not in _NAME_INTRO and not _is_be(before) and not _ends_sentence_before(doc, before):
        return None
    if doc[last].ent_type_ in ("GPE", "LOC", "DATE"):
        return None
    return (first, last)


def _is_be(tok: Token) -> bool:
    """A form of "be", also contracted with a curly apostrophe ("Here’s"), which
    the small model lemmatizes as itself."""
    return tok.lemma_ == "be" or (tok.lower_ in ("’s", "’re", "’m") and tok.tag_ != "POS")


def _document_before_colon(doc: Doc, colon: Token, para_start: int) -> tuple[int, int] | None:
    """``From the report: “...”``, ``From Bush's Facebook post: “...”``: a text
    named after "from" right before the colon speaks the quote: token indexes
    of the first and last word of its noun phrase."""
    last = colon.i - 1
    if last < 0 or doc[last].lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    j = last - 1
    while j >= 0 and doc[j].idx >= para_start and (doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ") or doc[j].tag_ == "POS") and last - j < 6:
        j -= 1
    if j < 0 or doc[j].lower_ != "from" or j + 1 > last:
        return None
    first = j + 1
    return (first, last)


def _ends_sentence_before(doc: Doc, tok: Token) -> bool:
    """``... destroy ISIS." Bush: "..."``: ``tok`` closes the sentence before a
    name (a full stop, or a closing quote mark right after one)."""
    if tok.text in (".", "!", "?"):
        return True
    return tok.text in ("”", '"', "''") and tok.i > 0 and doc[tok.i - 1].text in (".", "!", "?")


def _third_person_speech(doc: Doc, r: Relation) -> bool:
    """Does ``r`` report someone else's speech (so its quote is an excerpt)?"""
    if r.frame != "ccomp" or r.speaker is None or r.cue_token is None:
        return False
    if text_of(doc)[r.speaker[0] : r.speaker[1]].lower() in FIRST_PERSON:
        return False
    return doc[r.cue_token].lemma_.lower() in _SPEECH_ACTS


def _same_sentence_before(text: str, c: _Container, items: list[_Item]) -> _Item | None:
    """The relation whose content the quote ``c`` continues in the same
    sentence ("X described the party as “a remnant of another period.”",
    "It is time to rebuild, he said, “not only the bridge.”")."""
    best = None
    for it in items:
        r = it.rel
        if r.content[1] <= c.start and r.speaker and (best is None or r.content[1] > best.rel.content[1]):
            best = it
    if best is None:
        return None
    gap = text[best.rel.content[1] : c.start]
    if len(gap) > 80 or re.search(r"[.!?\n]", gap):
        return None
    # "A, he said, “B”": the cue interrupting the sentence does not end it
    return best


def _quoted_sentence_before(text: str, c: _Container, items: list[_Item]) -> _Item | None:
    """The quote relation, with a reporting verb and a speaker, that fills the
    sentence right before the quote's in its paragraph ("“...,” said A. B “...”",
    "A said, “...” Then, “...”"): its tag may follow the quote, but no words of
    the writer's own sentence come between."""
    before = [it for it in items if it.rel.content[1] <= c.start and it.rel.speaker]
    if not before:
        return None
    best = max(before, key=lambda it: it.rel.content[1])
    if best.attribution == "indirect" or best.rel.cue is None or best.rel.cue_token is None:
        return None
    gap = text[best.rel.content[1] : c.start]
    if "\n" in gap or len(gap) > 200:
        return None
    breaks = list(_SENTENCE_BREAK.finditer(gap + " "))
    if len(breaks) != 1:
        return None
    head = breaks[0].start() + best.rel.content[1]
    if not _WORD.search(text[best.rel.content[1] : head]) or best.rel.content[1] <= best.rel.cue[0] < head:
        return best
    return None


def _quote_paragraph_before(text: str, c: _Container, items: list[_Item]) -> _Item | None:
    """``“...,” A said.`` then a paragraph opening with ``“...”``: the quote
    relation, with a cue and a speaker, that ends the paragraph right before
    the quote's (nothing but its own tag after it), which the quote opens."""
    para = text.rfind("\n", 0, c.start) + 1
    if text[para : c.start].strip() or _words(text[c.start : c.end]) < _GUESS_MIN_WORDS:
        return None
    before = sorted((it for it in items if it.rel.content[1] <= c.start and it.rel.speaker), key=lambda it: it.rel.content[1])
    if not before:
        return None
    best = last = before[-1]
    if last.rel.cue is not None and last.rel.cue[0] < last.rel.content[0] and len(before) > 1 and before[-2].attribution != "indirect":
        # "“...,” A told the rally, saying B would “...”." then "“...”": an aside in
        # the tagged quote's own sentence does not end the quotation
        quote = before[-2]
        if not _SENTENCE_BREAK.search(text[quote.rel.content[1] : last.rel.cue[0]] + " ") and "\n" not in text[quote.rel.content[1] : last.rel.content[1]]:
            best = quote
    r = best.rel
    if r.cue is None:
        return None  # (a cue word or mark: "A said", "A: “...”")
    if best.attribution != "direct" and not (best.attribution == "mixed" and r.cue[0] >= r.content[1]):
        return None  # (a mixed one only with its tag after it: 'A is “...,” she said.')
    gap = text[last.rel.content[1] : c.start]
    if "\n" not in gap or gap.count("\n") > 2:
        return None  # the next paragraph only
    tail = text[r.content[1] : last.rel.content[1] + gap.index("\n")]
    if len(tail) > 120 + (last.rel.content[1] - r.content[1]) or (_WORD.search(tail) and not r.content[1] <= r.cue[0] < r.content[1] + len(tail)):
        return None  # only the quote's own tag ("A said.") may follow it
    if any(_WORD.search(tail[b.end() :]) for b in _SENTENCE_BREAK.finditer(tail + " ")):
        return None  # "“...,” A added. He then turned to the crowd.": the writer's own sentence
    return best


def _embedded(text: str, c: _Container) -> bool:
    """Does the quote sit inside a sentence of the writer's (words before it in
    its sentence)?"""
    para = text.rfind("\n", 0, c.start) + 1
    before = text[para : c.start]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind(".” "), before.rfind(".\" "))
    before = before[cut + 1 :] if cut >= 0 else before
    return bool(_WORD.search(before))


def _adds_to_quote(text: str, it: _Item, c: _Container) -> bool:
    """Is ``it`` a participle of saying (``adding that ...``) right before the
    quote ``c``, in its paragraph, after a quote of the same speaker?"""
    r = it.rel
    if r.cue is None or r.cue[0] >= r.content[0] or text[r.cue[0] : r.cue[1]].lower() not in _CUE_FORMS:
        return False
    if not text[r.cue[0] : r.cue[1]].lower().endswith("ing"):
        return False
    gap = text[r.content[1] : c.start]
    if "\n" in gap or len(gap.strip(" .,;:”’\"'")) > 0:
        return False
    lead = text[text.rfind("\n", 0, r.cue[0]) + 1 : r.cue[0]]
    return bool(re.search(r"[”\"'’],?\s+[^!?”\"]{0,60}?,\s*$", lead))


def _previous_in_paragraph(text: str, c: _Container, items: list[_Item]) -> _Item | None:
    before = sorted((it for it in items if it.rel.content[1] <= c.start and it.rel.speaker), key=lambda it: it.rel.content[1])
    best = before[-1] if before else None
    # "“...,” Mr. A said, referring to B. “...”", "“...,” A said, according
    # to the radio. “...”": an aside in the speaker's own sentence, or by the
    # same speaker, does not end the quotation
    k = len(before) - 1
    if best is not None and best.attribution == "indirect" and _adds_to_quote(text, best, c):
        # "“...,” he said, adding that A. “...”": the quote goes on what he added
        return best
    while best is not None and best.attribution == "indirect" and k > 0:
        quote = before[k - 1]
        if quote.attribution == "indirect":
            break
        stop = re.search(r"[.!?]", text[quote.rel.content[1] : c.start])
        sentence_end = quote.rel.content[1] + stop.start() if stop else c.start
        same_speaker = best.rel.speaker_token is not None and best.rel.speaker_token == quote.rel.speaker_token
        if not same_speaker and not (best.rel.cue and best.rel.cue[0] < sentence_end):
            break
        k -= 1
        best = quote
    if best is None or best.attribution == "indirect":
        return None
    gap = text[best.rel.content[1] : c.start]
    if "\n" in gap or len(gap) > 160:
        return None
    breaks = list(_SENTENCE_BREAK.finditer(gap))
    if breaks and _WORD.search(gap[breaks[-1].end() :]):
        # "“...,” he said. The road is a “lifeline” ...": a phrase quoted in the
        # writer's next sentence does not go on the quotation
        return None
    # "... “wasn’t good.” Adding, “Now ...": a new cue starts a new relation
    if any(w in _CUE_FORMS for w in _WORD.findall(gap.lower())) and best.rel.cue and best.rel.cue[0] < best.rel.content[0]:
        return None
    return best


def _first_person_body(doc: Doc, start: int) -> bool:
    """Does the text after a label speak in the first or second person ("Ukraine:
    We will not surrender"), as a speaker does?"""
    first = next((w for w in re.findall(r"[A-Za-z']+", text_of(doc)[start : start + 40])[:3]), "")
    return first.lower() in ("i", "we", "you", "i'm", "we're", "we've", "we'll", "our", "my")


def _colon_lines(doc: Doc) -> list[Relation]:
    """``Name: words`` lines (headlines, transcripts): the name speaks."""
    out = []
    for m in _COLON_LINE.finditer(text_of(doc)):
        name, body = m.span(1), m.span(2)
        words = text_of(doc)[name[0] : name[1]].split()
        if len(words) > 5 or words[0].lower().strip(".") in _NOT_SPEAKERS or any(w.lower() in _TITLE_WORDS for w in words):
            continue  # (nor "Flash Update No. 12: ...": a report's title)
        if is_kicker(" ".join(words)):
            continue  # "LIVE: Fighting in eastern Congo", "ANALYSIS: ...": a kicker, in capitals too
        if " ".join(words).lower() in lexicon.country_names() and not _first_person_body(doc, m.start(2)):
            continue  # "South Sudan: Clashes in Upper Nile leave dozens dead": a place's label over a headline
        if dateline_end(text_of(doc), m.start(1)) >= m.start(2):
            continue  # "RAWALPINDI: Six soldiers were killed ...": where the report was filed
        span = doc.char_span(name[0], name[1], alignment_mode="expand")
        # "Sanders: ...", "Poll: ...": the tagger often reads a capitalised word
        # before a colon at a line start as a common noun
        capitalised = all(w[:1].isupper() for w in words) and " ".join(words).lower() not in KICKERS
        if span is None or not (capitalised or any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span)):
            continue
        if len(re.findall(r"[^\W\d_]{2,}", text_of(doc)[body[0] : body[1]])) < 2:
            continue  # "Sanders: 1,547": a tally, not words
        if any(t.ent_type_ in ("DATE", "TIME", "GPE") for t in span) and not any(t.ent_type_ in ("PERSON", "ORG") for t in span):
            continue
        root = span.root
        if root.pos_ == "NOUN" and not agentive(root) and any(c.dep_ == "prep" and c.i < span.end for c in root.children):
            continue  # "Strike on Rafah shelter: accounts diverge": a headline about an event, no speaker
        s, e = body
        second = _SECOND_SPEAKER.search(text_of(doc), s, e)
        if second is not None:
            e = second.start()
        if _reported_headline(doc, s, e):
            continue  # "Colombia: ELN denies role in car bomb": a place's label over the ELN's headline
        e = len(text_of(doc)[:e].rstrip(" .\t"))
        out.append(Relation(cue=(name[1], name[1] + 1), cue_token=None, content=(s, e), speaker=name, speaker_token=span.root.i, frame="colon"))
    return out


# verbs that make a headline someone's report ("ELN denies ...", "Army says ..."); not "saw", "knew"
_HEADLINE_REPORTS = frozenset({
    "say", "tell", "claim", "accuse", "blame", "warn", "insist", "admit", "confirm", "urge", "call",
    "demand", "vow", "threaten", "allege", "announce", "report", "reject", "dispute", "deny",
})


def _reported_headline(doc: Doc, s: int, e: int) -> bool:
    """Is the text after a line's label a headline that names its own
    speaker ("ELN denies role in ...", "Army says ...")? A headline has no
    full stop at its end; a transcript line ("Spokesperson: We reject ...")
    does, and keeps its label as the speaker."""
    line = text_of(doc)[s:e].strip()
    if not line or len(line) > 160 or line[-1] in ".!?\"”’'" or line[0] in "\"“‘'":
        return False  # (a sentence, a long line or a quotation after the label is the label's)
    span = doc.char_span(s, e, alignment_mode="contract")
    if span is None:
        return False
    for t in span:
        if t.pos_ == "VERB" and (lemma_of(t) in _HEADLINE_REPORTS or t.lemma_.lower() in stance_mod.DENIAL):
            subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN") and span.start <= subj.i:
                return True
    return False


# "At least 12 killed in hotel siege - police": a headline closed by its source after a dash
_DASH_TAG = re.compile(r"^[ \t]*(\S[^\n]{8,}?)[ \t]+[-–—][ \t]*([^\n\-–—]{2,40}?)[ \t]*$", re.M)


def _dash_tags(doc: Doc) -> list[Relation]:
    """Wire headlines that name their source after a closing dash ("At least
    12 killed in hotel siege - police", "Rebels seize border post -
    sources"): the words before the dash are the source's. The source is a
    short phrase that can speak (a name, a body, "police", "state media")."""
    out = []
    text = text_of(doc)
    for m in _DASH_TAG.finditer(text):
        if headline_line(text, m.start(1)) is None or m.group(1).rstrip()[-1:] in ":,;":
            continue
        src = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if src is None or not 1 <= len(src) <= 4 or any(t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in src):
            continue
        head = src[-1]
        if not (agentive(head) or head.lemma_.lower() in _BODY_NOUNS or head.lower_ in ("media", "medics") or _GOV.fullmatch(head.text) or _ARMED.fullmatch(head.text)):
            continue  # (agentive: a name, a pronoun, a person or group noun; here also a body: "- police", "- state media")
        body = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if body is None or not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in body):
            continue  # (a title and its subtitle: "The long war - a photo essay")
        dash = m.end(1) + next(k for k, ch in enumerate(text[m.end(1) : m.start(2)]) if ch in "-–—")
        out.append(Relation(cue=(dash, dash + 1), cue_token=None, content=(m.start(1), m.end(1)), speaker=(m.start(2), m.end(2)), speaker_token=head.i, frame="headline"))
    return out


# "Air strike on prison kills dozens, Houthi officials say": a headline closed by a tag after a comma
_TAG_LINE = re.compile(r"^[ \t]*(\S[^\n]{8,}?),[ \t]+([^\n,]{2,40}?)[ \t]+(says?|said|claims?|claimed|reports?|reported)[ \t]*$", re.M)


def _untaken_headline_matches(text: str, rels: list[Relation], rx: re.Pattern[str], verb_group: int) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` whose group 1 starts on a headline line and whose
    verb (group ``verb_group``) is no relation's cue already."""
    cues = [r.cue for r in rels if r.cue is not None]
    for m in rx.finditer(text):
        if headline_line(text, m.start(1)) is not None and not any(_overlap(cue, m.span(verb_group)) for cue in cues):
            yield m


def _closing_tag_lines(doc: Doc, rels: list[Relation]) -> list[Relation]:
    """Headlines closed by a tag ("Yemen: Coalition air strike on Saada prison
    kills dozens, Houthi officials say") whose parse left the tag's verb with
    no words to report (the headline read as a modifier of its label). Only
    where no relation the parse found has its cue on that verb; a line's
    label is no part of the content."""
    out = []
    text = text_of(doc)
    for m in _untaken_headline_matches(text, rels, _TAG_LINE, 3):
        src = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        verb = doc.char_span(m.start(3), m.end(3))
        if src is None or verb is None or not 1 <= len(src) <= 4 or verb[0].pos_ not in ("VERB", "AUX"):
            continue
        head = src[-1]
        if not agentive(head):
            continue
        s = past_label(text, m.start(1), m.end(1))  # "Yemen: ...": where, not what was said
        out.append(Relation(cue=m.span(3), cue_token=verb[0].i, content=(s, m.end(1)), speaker=m.span(2), speaker_token=head.i, frame="headline"))
    return out


# "Ceasefire Is ‘Dead,’ Rebel Commander Tells Reporters": a headline closed by a tag that names its audience
_TOLD_LINE = re.compile(r"^[ \t]*(\S[^\n]{8,}?),([’'\"”]?)[ \t]+([^\n,]{2,40}?)[ \t]+([Tt]ells?|[Tt]old)[ \t]+([^\n,]{2,30}?)[ \t.]*$", re.M)


def _told_tag_lines(doc: Doc, rels: list[Relation]) -> list[Relation]:
    """Headlines closed by a tag that names whom the speaker told ("Army Will
    Retake Town Within Days, General Tells State TV"). A title-case line
    parses badly: the parse made the headline the speaker and the audience
    what was said, or found no report at all. Where the parse's relation on
    the verb does not name the tag's speaker, the line's own reading replaces it."""
    text = text_of(doc)
    for m in _TOLD_LINE.finditer(text):
        if headline_line(text, m.start(1)) is None:
            continue
        src = doc.char_span(m.start(3), m.end(3), alignment_mode="contract")
        verb = doc.char_span(m.start(4), m.end(4))
        if src is None or verb is None or not 1 <= len(src) <= 5 or not agentive(src[-1]):
            continue
        on_verb = [r for r in rels if r.cue is not None and _overlap(r.cue, m.span(4))]
        if any(r.speaker is not None and r.speaker[0] >= m.start(3) and r.speaker[1] <= m.end(3) for r in on_verb):
            continue  # the parse read it
        s = past_label(text, m.start(1), m.end(1))
        rels = [r for r in rels if r not in on_verb]
        rels.append(Relation(cue=m.span(4), cue_token=verb[0].i, content=(s, m.end(2) if m.group(2) else m.end(1)), speaker=m.span(3), speaker_token=src[-1].i, frame="headline"))
    return rels


# "Houthis claim attack on US destroyer": a sentence-case headline opening with its speaker and a verb of saying
_HEADLINE_OPENING = re.compile(
    r"(?:^[ \t]*|; )([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) ("
    + "|".join(sorted({v.lower() for v in _HEADLINE_VERBS} | {w for name in ("speech_verbs", "object_verbs") for w in word_list(name) if w.isalpha()}, key=len, reverse=True))
    + r")[ \t]+([^\n;]{3,})",
    re.M,
)


def _lost_verb(verb: Token) -> bool:
    """A headline's verb of saying the parse lost: read as a noun's modifier
    ("Houthis claim attack ..."), or left with no complement ("Ministry says
    no civilians hurt in strike", the count read as punctuation)."""
    if verb.dep_ in ("compound", "amod", "nmod", "dep"):
        return True
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "prep", "advcl", "parataxis", "dative") for c in verb.children)


def _verb_read_as_noun(tok: Token) -> bool:
    """"Al-Shabaab claims attack on Mogadishu hotel": the tagger made the whole
    line one noun phrase, the verb a plural noun modifying the next noun."""
    return tok.tag_ == "NNS" and tok.dep_ == "compound" and tok.head.i == tok.i + 1


def _misparsed_headlines(doc: Doc, rels: list[Relation]) -> list[Relation]:
    """Sentence-case headlines whose parse lost the reporting verb or its
    words (``_lost_verb``: "Houthis claim attack on US destroyer in Red Sea",
    "Ministry says no civilians hurt in strike"): capitalised words at the
    line's start or after a semicolon, a verb of saying, the rest of the line
    (to a semicolon). Only where no relation the parse found has its cue there."""
    out = []
    text = text_of(doc)
    for m in _untaken_headline_matches(text, rels, _HEADLINE_OPENING, 2):
        verb = doc.char_span(m.start(2), m.end(2))
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if verb is None or name is None or not (verb[0].pos_ == "VERB" or _verb_read_as_noun(verb[0])) or not _lost_verb(verb[0]):
            continue  # (a verb the parse read as one, with its complement: its own relation, or none for a reason)
        if not agentive(name[-1]):
            continue
        s, e = m.span(3)
        e = len(text[:e].rstrip(" .\t"))
        words = doc.char_span(s, e, alignment_mode="contract")
        root = next((t.i for t in words if t.pos_ == "VERB"), words.root.i) if words is not None and len(words) else None
        out.append(Relation(cue=m.span(2), cue_token=verb[0].i, content=(s, e), speaker=m.span(1), speaker_token=name[-1].i, frame="headline", root=root))
    return out


def _headlines(doc: Doc) -> list[Relation]:
    """Title-case lines ``Glenn Beck Says Trump Poses A Threat``: the parse
    reads these badly, so a capitalised reporting verb splits speaker and content."""
    out = []
    for m in _HEADLINE.finditer(text_of(doc)):
        name, cue, body = m.span(1), m.span(2), m.span(3)
        line = text_of(doc)[m.start() : m.end()]
        words = [w for w in line.split() if w[:1].isalpha()]
        if not words or sum(w[0].isupper() for w in words) < 0.6 * len(words):
            continue
        if is_kicker(text_of(doc)[name[0] : name[1]]):
            continue  # "BUSTED: Emails Reveal ...": a kicker, no speaker
        span = doc.char_span(name[0], name[1], alignment_mode="expand")
        if span is None:
            continue
        s, e = body
        # "X Says A, B Pose A Threat": the body runs to the end of the line, up
        # to a second report ("X Says A, Vows B")
        nxt = _NEXT_REPORT.search(text_of(doc), s, e)
        if nxt is not None:
            e = nxt.start()
        while e > s and text_of(doc)[e - 1] in " .\t":
            e -= 1
        out.append(Relation(cue=cue, cue_token=None, content=(s, e), speaker=name, speaker_token=span[-1].i, frame="headline"))
    return out


def _answered_words(doc: Doc, answer: Relation, words: tuple[int, int]) -> tuple[int, int]:
    """The words a verdict answers, without the verdict when they run over it
    ("they shot down a jet, which the army denied, saying ..."): the content
    of both the claim and the verdict on it."""
    opening = verdict_opening(doc[answer.cue_token])  # type: ignore[index]
    s, e = words
    if s < opening.idx < e:
        e = len(text_of(doc)[s : opening.idx].rstrip(" ,;")) + s
    return (s, e)


def _bind_answer(doc: Doc, a: Relation, b: Relation, bound: set[int]) -> bool:
    """When one of two relations is a verdict on the other (``which_answered``),
    give both the answered words and mark the verdict ``bound``."""
    answer = next((x for x in (a, b) if x.cue_token is not None and which_answered(doc[x.cue_token])), None)
    if answer is None:
        return False
    other = b if answer is a else a
    words = _answered_words(doc, answer, other.content)
    own = answer.content
    other.content = words
    if not (answers_accusation(doc[answer.cue_token]) and words[0] <= own[0] and own[1] <= words[1]):  # type: ignore[index]
        answer.content = words  # (an accusation answered keeps the accusation's own words)
    bound.add(id(answer))
    return True


def _nest(doc: Doc, items: list[_Item]) -> list[_Item]:
    """Univocal relations: drop those inside another's content, except a
    person's speech reported by another speaker, which gets ``reported_by``."""
    items = _cited_sources(doc, items)
    keep: list[_Item] = []
    # verdicts already given the words they answer ("..., which the army
    # denies"): they neither host nor twin the relations that come after
    bound: set[int] = set()
    by_start = sorted(items, key=lambda it: (it.rel.content[0], -(it.rel.content[1] - it.rel.content[0])))
    for it in by_start:
        r = it.rel
        host = None
        for other in keep:
            o = other.rel
            if r.cue and _inside(r.cue[0], o.content) and o is not r and id(o) not in bound:
                host = other
                break
        if host is None:
            # same content found twice (e.g. "according to" inside "said")
            twin = next((k for k in keep if _overlap(r.content, k.rel.content) >= 0.8 * (r.content[1] - r.content[0]) and k.rel.cue_token != r.cue_token and id(k.rel) not in bound), None)
            if twin is not None and (_bind_answer(doc, twin.rel, r, bound) or _denied_twin(doc, twin.rel, r)):
                # "Rebels said they downed a jet, which the army denies": both
                # claims stand, on the same words
                twin = None
            if twin is not None:
                if twin.rel.speaker is None and r.speaker is not None and not twin.reported_by:
                    # the twin that names a speaker ("“...,” she wrote" over "it seemed")
                    keep[keep.index(twin)] = it
                elif twin.reported_by is None and _closing_report(doc, r, twin.rel):
                    # "A spokesman said X, state broadcaster MRTV reported": the
                    # spokesman's claim, which the broadcaster passes on
                    twin.reported_by = r
                continue
            keep.append(it)
            continue
        o = host.rel
        if _bind_answer(doc, o, r, bound):
            # "A, Kyiv said, a claim Moscow disputed": Kyiv's claim, and
            # Moscow's denial of it, on the same words
            keep.append(it)
            continue
        if _judges_after(doc, o, r):
            # "X said A, an account Kyiv called absurd": X's claim, and Kyiv's verdict on A
            o.content = r.content
            keep.append(it)
            continue
        if _denies_claim(doc, o, r):
            # "Hamas denied Israel's claim that rockets were fired from the
            # school": Israel's claim, and Hamas's denial of what it says
            o.content = r.content
            keep.append(it)
            continue
        if _tagged_within_denial(doc, o, r):
            # "denied an air strike on a monastery that residents said killed
            # 31 people": the residents' claim, and the denial of the strike
            # without their words (or their figures)
            end = r.content[0]
            while end > o.content[0] and text_of(doc)[end - 1] in " ,":
                end -= 1
            o.content = (o.content[0], end)
            keep.append(it)
            continue
        if _relays(doc, o, r):
            keep.remove(host)
            keep.append(_Item(r, it.attribution, reported_by=o))
    return keep


def _cited_sources(doc: Doc, items: list[_Item]) -> list[_Item]:
    """"SANA, citing a military source, said Israeli aircraft had fired
    missiles": the source's claim, which SANA passes on (``reported_by``);
    the "citing" relation itself (its words are only the source) goes."""
    out = list(items)
    for it in items:
        o = it.rel
        if o.cue_token is None or o.root is None or o.speaker_token is None or doc[o.cue_token].lemma_.lower() != "cite":
            continue
        source = doc[o.root]
        if source.lemma_.lower() in DOCUMENT_NOUNS:
            # "citing a statement from the ministry": the ministry
            source = next((g for c in source.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for g in c.children if g.dep_ == "pobj"), source)
        if source.pos_ not in ("NOUN", "PROPN") or not agentive(source) or source.lemma_.lower() in DOCUMENT_NOUNS or doc[o.cue_token].tag_ != "VBG":
            continue
        said = next((k for k in out if k is not it and k.rel.speaker_token == o.speaker_token and k.rel.cue_token is not None
                     and k.rel.cue is not None and 0 <= k.rel.cue[0] - o.content[1] <= 3 and k.rel.content[0] >= k.rel.cue[1]
                     and doc[k.rel.cue_token].lemma_.lower() in (_REPORTED_ACTS | _SPEECH_ACTS) and k.reported_by is None), None)
        if said is None:
            continue
        said.rel.speaker, said.rel.speaker_token = speaker_span(doc, source), source.i
        said.reported_by = o
        out.remove(it)
    return out


def _denied_twin(doc: Doc, o: Relation, r: Relation) -> bool:
    """Is ``r`` another speaker's claim, named by a noun that hangs on the
    verb of ``o``, a denial with the same words ("We reject as groundless the
    allegations of the other side that our forces shelled the town", the
    clause read as the verb's)? Both stand."""
    if r.frame != "nominal" or r.speaker_token is None or o.cue_token is None or r.cue_token is None:
        return False
    if o.speaker_token == r.speaker_token or not _denial_cue(doc, o):
        return False
    return any(a.i == o.cue_token for a in doc[r.cue_token].ancestors)


def _denies_claim(doc: Doc, o: Relation, r: Relation) -> bool:
    """Is ``o`` a denial whose object is ``r``, a claim another speaker holds
    ("denied Israel's claim that ...", "rejects the army's account that ...")?"""
    if o.cue_token is None or r.cue_token is None or r.speaker_token is None or o.root != r.cue_token or r.frame != "nominal":
        return False
    if r.root is None or doc[r.root].pos_ not in ("VERB", "AUX"):
        return False  # ("rebuts American criticism on overcapacity": what is criticised, no claim of a fact)
    if o.speaker_token is not None and o.speaker_token == r.speaker_token:
        return False
    return _denial_cue(doc, o)


def _denial_cue(doc: Doc, rel: Relation) -> bool:
    """Is the relation's cue a verb of denying or rejecting?"""
    lemma = doc[rel.cue_token].lemma_.lower() if rel.cue_token is not None else ""
    return lemma in stance_mod.DENIAL or lemma in stance_mod.REJECT_CUES


def _tagged_within_denial(doc: Doc, o: Relation, r: Relation) -> bool:
    """Is ``r`` another speaker's tag on a noun inside the content of ``o``, a
    denial ("denied carrying out a strike on a monastery that residents said
    killed 31 people")? The tag is a relative clause whose words come after
    the noun, so the denial keeps the words before it."""
    if r.cue_token is None or r.speaker_token is None or o.speaker_token == r.speaker_token or not _denial_cue(doc, o):
        return False
    cue = doc[r.cue_token]
    first = next((t for t in doc[cue.left_edge.i : cue.i + 1] if not t.is_space), None)
    if cue.dep_ != "relcl" or first is None or first.lower_ not in ("that", "which") or first.idx != r.content[0]:
        return False
    if r.content[1] <= cue.idx + len(cue.text):
        return False  # ("refused to sign the deal, which Putin opposed": the object of a verdict, no words of its own)
    return o.content[0] < cue.head.idx < r.content[0] <= o.content[1]


def _relays(doc: Doc, o: Relation, r: Relation) -> bool:
    """Does ``o`` pass on ``r``, a speech act inside its content, so that
    ``r`` is the claim and ``o`` its ``reported_by`` ("the envoy said that
    the minister totally denies any bombing")? ``r``'s speaker is a person,
    or a party taking a side under a verb that passes words on; or ``o``
    quotes ``r``'s speaker as saying it."""
    if r.speaker_token is None or r.cue_token is None or o.speaker is None or o.speaker_token == r.speaker_token:
        return False  # ("X called for denying entry": one speaker, one relation)
    if doc[r.cue_token].lemma_.lower() not in _REPORTED_ACTS or doc[r.speaker_token].lower_ in PRONOUNS:
        return False
    # "SANA quoted a military source as saying ...": the source speaks, SANA reports it
    quoting = o.root is not None and o.root == r.speaker_token and o.cue_token is not None and doc[o.cue_token].lemma_.lower() in ("quote", "cite")
    if quoting:
        return True
    if _closing_report(doc, o, r):
        return _person_like(doc, doc[r.speaker_token]) or _party(doc, r)
    if o.root != r.cue_token:
        return False
    return _person_like(doc, doc[r.speaker_token]) or (_reports(doc, o) and _contested(doc, r) and _party(doc, r) and not _speaks_for(doc, o, r))


def _closing_report(doc: Doc, o: Relation, r: Relation) -> bool:
    """Is ``o`` a verb's tag closing the sentence ("..., the state news agency
    reported") whose words are ``r``, a speaker's report opening with the
    speaker ("The army said it had killed 40 militants")? Then ``r`` is the
    claim and ``o`` passes it on."""
    if o.cue is None or r.cue is None or o.speaker is None or r.speaker is None or o.cue[0] < o.content[1] or r.cue[1] > r.content[0]:
        return False
    if o.frame != "ccomp" or o.speaker_token is None or o.speaker_token == r.speaker_token or not _reports(doc, o):
        return False  # (not "..., according to medical workers", which may vouch for one figure only)
    same_words = _overlap(r.content, o.content) >= 0.8 * (r.content[1] - r.content[0]) and r.speaker[1] <= o.content[0]
    if same_words:
        return True
    if abs(r.speaker[0] - o.content[0]) > 1 or not o.content[0] <= r.cue[0] < o.content[1]:
        return False
    if r.frame != "ccomp" or r.cue_token is None or doc[r.cue_token].lemma_.lower() not in _SPEECH_ACTS:
        return False  # (not "Trump has called Powell about the job, the people said": a deed they report)
    # the report is the sentence's own: its verb heads the words the tag closes
    # (not "Local authorities were treating it as an attack and urging people to stay home")
    span = doc.char_span(o.content[0], o.content[1], alignment_mode="expand")
    return span is not None and span.root.i == r.cue_token


_PASSING_ON = _SPEECH_ACTS | {"write", "quote", "cite", "add"}


def _reports(doc: Doc, o: Relation) -> bool:
    """Does ``o`` pass on what it holds ("said", "reported", "according to"),
    rather than react to it ("condemned", "pointed to", "found")?"""
    if o.frame == "according":
        return True
    return o.cue_token is not None and doc[o.cue_token].lemma_.lower() in _PASSING_ON


# acts that take a side on a contested account: a body's denial or claim
# passed on by another is the body's, with the other as ``reported_by``
_CONTESTED = frozenset({
    "deny", "reject", "refute", "dismiss", "dispute", "claim", "allege", "accuse",
    "admit", "acknowledge", "concede", "confirm", "insist",
})


def _contested(doc: Doc, r: Relation) -> bool:
    return r.cue_token is not None and doc[r.cue_token].lemma_.lower() in _CONTESTED


def _party(doc: Doc, r: Relation) -> bool:
    """Is the inner speaker of a reported speech act a party that speaks for
    itself: a named or typed body ("the ministry", "Israel", "the RSF") or a
    group of people ("residents", "officials")? In "Officials said the
    ministry denied that ...", the denial is the ministry's and the
    officials report it (the analysis contract's ``reported_by``)."""
    tok = doc[r.speaker_token]  # type: ignore[index]
    lemma = tok.lemma_.lower()
    if lemma in DOCUMENT_NOUNS or tok.lower_ in PRONOUNS:
        return False
    name = text_of(doc)[r.speaker[0] : r.speaker[1]] if r.speaker else tok.text
    return lemma in AGENT_NOUNS or tok.lower_ in AGENT_NOUNS or _actor_type(doc, tok, name) != "unknown"


def _speaks_for(doc: Doc, o: Relation, r: Relation) -> bool:
    """"Foreign Minister Walid al-Moallem said Damascus completely rejects
    ...", "a spokesman said the government denies ...": one person naming the
    state he speaks for makes the claim his own (the issue's seed example)."""
    if o.speaker_token is None or r.speaker is None:
        return False
    who = doc[o.speaker_token]
    if who.tag_ in ("NNS", "NNPS") or not _person_like(doc, who):
        return False
    inner = doc[r.speaker_token]  # type: ignore[index]
    return _actor_type(doc, inner, text_of(doc)[r.speaker[0] : r.speaker[1]]) == "government"


def _judges_after(doc: Doc, host: Relation, inner: Relation) -> bool:
    """Does ``host`` pass a verdict on ``inner`` after it ("..., an account
    Kyiv called absurd"): a naming verb with a predicate, after the inner
    relation's content? It does not report that speech."""
    if host.cue_token is None or host.cue is None or host.cue[0] < inner.content[1]:
        return False
    cue = doc[host.cue_token]
    return cue.lemma_.lower() in stance_mod.NAMING and any(c.dep_ in ("oprd", "acomp") for c in cue.children)


def _sentence_of(doc: Doc, pos: int) -> Span | None:
    tok = _token_at(doc, pos)
    return tok.sent if tok is not None else None


def _token_at(doc: Doc, pos: int) -> Token | None:
    span = doc.char_span(pos, min(len(text_of(doc)), pos + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0]


def _introduces(doc: Doc, verb: Token, c: _Container) -> bool:
    """``As X put it, “...”``, ``X sings, “...”``: a verb (with a particle or
    "it") followed by only a comma or colon and the quote."""
    if verb.lemma_.lower() in ("be", "have", "do") or verb.idx > c.start:
        return False
    last = max([verb] + [t for t in verb.children if t.dep_ == "prt" or (t.dep_ == "dobj" and t.lower_ == "it")], key=lambda t: t.i)
    if verb.lemma_.lower() in SPEECH or any(t.dep_ == "mark" and t.lower_ == "as" for t in verb.children):
        # "As the band sang back in the 1980s, “...”": adverbs and phrases of time
        # or place on the verb come before the comma
        for t in verb.rights:
            if t.dep_ in ("advmod", "prep", "npadvmod") and t.right_edge.idx < c.start and t.i > last.i:
                last = t.right_edge
    gap = text_of(doc)[last.idx + len(last.text) : c.start]
    return gap.strip() in (",", ":")


def _speaker_for(doc: Doc, c: _Container, items: list[_Item], used: set[int | None], allow_cue: bool = True) -> Relation | None:
    text = text_of(doc)
    content = (c.start, c.end)
    # a reporting verb beside the quote, in the sentences it touches
    if allow_cue:
        first = _sentence_of(doc, c.start)
        last = _sentence_of(doc, max(c.start, c.end - 1))
        # "“They want me!” he says": the parser ends the sentence at the quote's "!"
        after = None
        if last is not None and last.end < len(doc) and last.end_char <= c.end + 1:
            after = doc[last.end].sent
        cands = []
        for sent in {s.start: s for s in (first, last, after) if s is not None}.values():
            for tok in sent:
                if tok.i in used or _inside(tok.idx, content):
                    continue
                between = text[min(tok.idx, c.end) : max(tok.idx, c.start)]
                if "\n" in between:
                    continue  # a verb in another paragraph introduces something else
                if tok.pos_ == "VERB" and (tok.lemma_.lower() in SPEECH or _introduces(doc, tok, c)):
                    subj = subject_of(tok) or passive_controller(tok)
                    if subj is None and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.lemma_.lower() in SPEECH and tok.idx < c.start:
                        # "..., Col. A, a spokesman in B, said, ''...''": the parse lost the subject
                        subj = clause_person(doc, tok, subject_like=True)
                    if subj is None or _inside(subj.idx, content) or is_expletive(subj):
                        continue
                    dist = min(abs(tok.idx - c.end), abs(tok.idx - c.start))
                    cands.append((dist, tok, subj))
        if cands:
            _, verb, subj = min(cands, key=lambda x: x[0])
            span = doc[subj.left_edge.i : subj.right_edge.i + 1]
            if not _overlap((span.start_char, span.end_char), content):
                return Relation(
                    cue=(verb.idx, verb.idx + len(verb.text)), cue_token=verb.i, content=content,
                    speaker=(span.start_char, span.end_char), speaker_token=subj.i, frame="quote",
                )
    para_start = text.rfind("\n", 0, c.start) + 1
    # the previous relation (a colon intro, or a quote continued next paragraph)
    before = [it.rel for it in items if it.rel.content[1] <= c.start and it.rel.speaker]
    if before:
        prev = max(before, key=lambda r: r.content[1])
        # a second quote in a paragraph continues the paragraph's quoted speaker, not
        # whoever a relation in between names ('“...,” Johnson said, ... he declined ... “...”')
        quoted = [it.rel for it in items if para_start <= it.rel.content[0] and it.rel.content[1] <= c.start and it.rel.speaker and it.attribution != "indirect"]
        if not quoted and "\n" in text[prev.content[1] : c.start]:
            # a quote opening a later paragraph continues the last quoted speaker
            # within reach, not whoever an unquoted relation in between names
            quoted = [it.rel for it in items if it.rel.content[1] <= c.start and c.start - it.rel.content[1] < 400 and it.rel.speaker and it.attribution != "indirect"]
        if quoted:
            prev = max(quoted, key=lambda r: r.content[1])
        gap = text[prev.content[1] : c.start]
        if len(gap) < 400 and gap.count("\n") <= 4:
            # across a paragraph break the speaker is carried over: no mention of
            # them stands by this quote ("carried")
            frame = "carried" if "\n" in gap else "quote"
            return Relation(cue=None, cue_token=None, content=content, speaker=prev.speaker, speaker_token=prev.speaker_token, frame=frame)
    # a block quote: the person named just before it
    if c.block or c.start - para_start <= 1:
        window_start = max(0, c.start - 600)
        persons = [e for e in doc.ents if e.label_ == "PERSON" and window_start <= e.start_char and e.end_char <= c.start]
        if persons:
            p = persons[-1]
            return Relation(cue=None, cue_token=None, content=content, speaker=(p.start_char, p.end_char), speaker_token=p.root.i, frame="block")
    return None


# --- to dataclasses ----------------------------------------------------------


_AGE = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*,")
_ANONYMITY = re.compile(
    r"(?:that\s+)?(?:(?:his|her|their|the)\s+(?:(?:sur|full\s+|last\s+|real\s+)?names?|identity|identities)\s+(?:not\s+be|be\s+withheld)"
    r"|not\s+(?:to\s+)?be\s+(?:named|identified)"
    r"|to\s+be\s+(?:named|identified))\b",
    re.I,
)


def _actor_type(doc: Doc, tok: Token | None, name: str) -> str:
    if tok is None:
        return "unknown"
    if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
        start, end = tok.i, tok.i + 1  # the person entity around the token (doc.ents would build every span)
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        ent = doc[start:end].text
        if not _ARMED.search(ent) and not _GOV.search(ent) and not _ORG_NAME.search(ent) and not _ORG_HEAD.search(ent) and not _INTERNATIONAL.fullmatch(ent):  # ("Al-Shabaab", "Example Wire", "the Observatory" tagged a person)
            return "person"  # "Interior ministry spokesman Abdul Nafi Takor": a person, whoever he speaks for
    if tok.tag_ == "NN" and tok.lemma_.lower() in _PERSON_NOUNS and tok.lemma_.lower() not in titles() and tok.ent_type_ == "":
        return "person"  # "a Russian military blogger", "an army veteran": one person, not the body named beside
    if _ARMED.search(_RUN_BY.sub("", name)):
        # (not "Sudan's army-aligned government", "the Hamas-run Government
        # Media Office": who runs a body does not make it an armed group)
        return "armed_group"
    if _GOV.search(name):
        return "government"
    if tok.pos_ == "PROPN" and _ORG_HEAD.match(tok.text) and (_ORG_NAME.search(name) or _ORG_HEAD.search(name)):
        return "organization"  # "the Observatory said", "the Syrian Observatory for Human Rights"
    label = tok.ent_type_
    if label == "PERSON" or tok.lower_ in ("he", "she", "him", "her", "i", "me"):
        return "person"
    if _AGE.match(text_of(doc), tok.idx + len(tok.text)):
        return "person"  # "Olena, 54, said ...": only people have an age
    appos = next((c for c in tok.children if c.dep_ == "appos"), None)
    if appos is not None and appos.tag_ == "NN" and (appos.lemma_.lower() in titles() or appos.lemma_.lower() in _PERSON_NOUNS):
        return "person"  # "Amina, a mother of four": a person, whatever the NER said
    if label in ("GPE", "NORP") and not (label == "GPE" and tok.tag_ in ("NN", "NNS")):
        return "government"  # (not "Eyewitnesses" tagged a place)
    if label == "ORG":
        return "organization"
    if tok.tag_ in ("NNS", "NNPS") and tok.lower_ == "officials" and not any(t.ent_type_ == "ORG" for t in tok.subtree) and not (_ORG_NAME.search(name) or _INTERNATIONAL.search(name)):
        return "government"  # "officials in Kyiv", "local health officials": officials of no named body are the state's
    if tok.tag_ == "NN" and tok.lemma_.lower() in _PERSON_NOUNS and tok.ent_type_ == "":
        return "person"  # "A 34-year-old man", "a local doctor": one person, named or not
    if tok.lemma_.lower() in titles() and tok.tag_ == "NNS" and _INTERNATIONAL.search(name):
        return "organization"  # "UN monitors", "Red Cross delegates": people speaking for their body
    if tok.lemma_.lower() in titles():
        # (not "Doctors Without Borders": a capitalised title word heading a longer name)
        named = tok.text[:1].isupper() and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
        return "organization" if named else "person"
    if _ORG_NAME.search(name) or _INTERNATIONAL.search(name):
        return "organization"  # "Human Rights Watch", "the UN human rights office": names the small NER missed
    if tok.tag_ == "NN" and tok.ent_type_ == "" and tok.lemma_.lower() in _BODY_NOUNS:
        return "organization"  # "the charity said ... It said": a body named by what it is
    if tok.text[:1].isupper() and any(c.dep_ in ("compound", "appos") and c.i < tok.i and c.lemma_.lower() in _BODY_NOUNS for c in tok.children):
        return "organization"  # "the investigative group Verifiers": a body named after what it is
    by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
    if by is not None and {tok.lemma_.lower(), tok.lower_} & _GATHERED:
        return _actor_type(doc, by, name)  # "an analysis by the group Verifiers": whoever made it
    return "unknown"


_BODY_NOUNS = word_list("body_nouns")
# "Hamas-run", "army-aligned", "Iran-backed": who runs or backs a body, said before its name
_RUN_BY = re.compile(r"\b[\w'’]+-(?:run|led|backed|aligned|controlled|affiliated|allied|appointed|installed|linked)\b", re.I)


# a definite description that names no one ("the group", "the rights group", "the Britain-based monitor")
_DESCRIPTION = re.compile(r"the\s+(?:[\w-]+\s+){0,2}?(?:group|movement|monitor|watchdog|observatory|agency|charity|organi[sz]ation|ngo|militia)")


class _Actors:
    """Chunk-local actor clusters keyed by a normalised name."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors: list[Actor] = []
        self.by_key: dict[str, Actor] = {}
        self.by_span: dict[tuple[int, int], Actor] = {}

    def add(self, span: tuple[int, int], head: Token | None) -> Actor:
        if span in self.by_span:
            return self.by_span[span]
        name = text_of(self.doc)[span[0] : span[1]]
        low = name.lower()
        # ("the group" said twice may be two groups: each mention is placed on its own, by actors.py)
        key = None if low in PRONOUNS or head is None or _DESCRIPTION.fullmatch(low) else _key(self.doc, span, head)
        actor = self.by_key.get(key) if key else None
        if actor is None:
            actor = Actor(id=f"a{len(self.actors) + 1}", name=name, type=_actor_type(self.doc, head, name))  # type: ignore[arg-type]
            self.actors.append(actor)
            if key:
                self.by_key[key] = actor
        if name not in actor.aliases:
            actor.aliases.append(name)
        if len(name) > len(actor.name) and low not in PRONOUNS:
            actor.name = name
        actor.mentions.append(span)
        self.by_span[span] = actor
        return actor


def _inside_mention(doc: Doc, actors: _Actors, ent: Span) -> Actor | None:
    """The actor of a speaker's mention that holds a named entity and already
    stands for it: the mention's head ("Russia's defence ministry" holds "defence
    ministry") or the name the actor took ("The army's spokesman, Brigadier
    General Nabil Abdallah" holds "Nabil Abdallah")? "The spokesman for the
    Interior Ministry" holds the ministry as another actor."""
    for (s, e), actor in actors.by_span.items():
        if not (s <= ent.start_char and ent.end_char <= e) or (s, e) == (ent.start_char, ent.end_char):
            continue
        if ent.text == actor.name:
            return actor
        mention = doc.char_span(s, e, alignment_mode="expand")
        if mention is not None and (mention.root.i == ent.root.i or (ent.root.dep_ == "appos" and ent.root.head.i == mention.root.i)):
            return actor
    return None


def _ends_title(doc: Doc, ent: Span) -> bool:
    """"State" of "Secretary of State": the last word of a title
    (``data/titles.txt``), not a body of its own."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return f"{doc[ent.start - 2].lower_} of {ent.text.lower()}" in titles()


_SETTLEMENTS = frozenset({"village", "town", "city", "camp", "district", "province", "region", "area", "neighbourhood", "neighborhood", "suburb"})


# lowercase words that still name a body ("the navy", "the treasury", "a
# national health commission"), beside body and agent nouns
_INSTITUTIONS = frozenset({"navy", "treasury", "fed", "commission", "board", "bank", "institute", "court", "university", "party", "union", "senate", "congress"})
_BODY_WORDS = _BODY_NOUNS | AGENT_NOUNS | _INSTITUTIONS


def _common_noun_entity(ent: Span) -> bool:
    """A tagger's entity with no capital letter and no word of a body or an
    agent in it ("a minibus", "jargon", "marijuana"): no name (but "the
    defence ministry", "the navy", "@handle" are)."""
    if any(ch.isupper() for ch in ent.text) or ent.text.startswith("@"):
        return False
    if any(t.lemma_.lower() in _BODY_WORDS or t.lower_ in _BODY_WORDS for t in ent):
        return False
    return not (_GOV.search(ent.text) or _ARMED.search(ent.text))


def _named_place(doc: Doc, ent: Span) -> bool:
    """"the village of Kalma", "the Zamzam camp", "the centre of Hirnyk": a
    place the small model took for an organisation or a person."""
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and (doc[ent.start - 2].lower_ in _SETTLEMENTS or doc[ent.start - 2].lower_ in _PARTS_OF_PLACES):
        return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "in", "from") and doc[ent.start - 2].lower_ in _DWELLERS:
        return True  # "two residents of Djibo", "witnesses in Goma": where they live or stood
    j = ent.start - 1
    if j >= 0 and doc[j].lower_ in _HELD_BY:
        j -= 1  # "officials in occupied Horlivka"
    if j >= 1 and doc[j].lower_ == "in" and doc[j - 1].lower_ in _POSTED:
        return True  # "officials in Horlivka", "sources in Kherson": where they serve
    return ent.end < len(doc) and doc[ent.end].lower_ in _SETTLEMENTS and ent.root.dep_ == "compound" and ent.root.head.i == ent.end


# parts of a place named by it ("the centre of Hirnyk", "the outskirts of Bakhmut")
_PARTS_OF_PLACES = frozenset({"centre", "center", "outskirts", "edge", "suburbs", "streets", "north", "south", "east", "west"})
# people named by where they serve ("officials in X", "sources in X"), and words of
# control before a town ("occupied", "besieged", "rebel-held")
_POSTED = frozenset({"officials", "authorities", "sources", "doctors", "medics", "activists", "correspondents", "journalists"})
_HELD_BY = frozenset({"occupied", "besieged", "rebel-held", "government-held", "russian-occupied", "liberated", "encircled", "embattled"})


# people named by where they live or were ("residents of X", "witnesses in X")
_DWELLERS = frozenset({"residents", "inhabitants", "villagers", "locals", "witnesses", "eyewitnesses", "townspeople"})


# bodies named after the person who leads them ("the Assad government", "the Trump campaign")
_LED_BODIES = word_list("led_bodies")


def _named_after(tok: Token, root: Token) -> bool:
    """"The Trump campaign", "the Assad government": a name before such a
    noun names a body after the person who leads it; the body is not the person."""
    return root.pos_ == "NOUN" and root.lemma_.lower() in _LED_BODIES and tok.dep_ == "compound" and tok.head.i == root.i


def _modifier_name(tok: Token, root: Token) -> bool:
    """Is ``tok`` a name inside a phrase that modifies a common noun ("Doctors
    at the Saudi Hospital", "eyewitnesses interviewed by Amnesty
    International"), or its possessor ("Cruz's fusillade in Colorado")? Then
    it names a place, a body or an owner, not the speakers, who are not that
    body or person."""
    if root.pos_ == "PROPN":
        return False
    t = tok
    while t.i != root.i and t.head.i != t.i:
        if t.dep_ in ("agent", "acl", "relcl") or (t.dep_ in ("prep", "poss") and t.head.i == root.i):
            return True
        t = t.head
    return False


def _key(doc: Doc, span: tuple[int, int], head: Token) -> str:
    """Proper-noun tokens of the phrase around its head (titles dropped), else the phrase."""
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    if s is None:
        return text_of(doc)[span[0] : span[1]].lower()
    if s.root.pos_ != "PROPN" and s.root.lower_ in titles() or s.root.lemma_.lower() in titles():
        # "the UN envoy" is a role, not the UN
        return " ".join(t.lower_ for t in s if not t.is_punct)
    names = [t.lower_ for t in s if t.pos_ == "PROPN" and t.lower_ not in titles() and not _modifier_name(t, s.root) and not _named_after(t, s.root)]
    if head.ent_type_ == "PERSON":
        names = [t.lower_ for t in s if t.ent_type_ == "PERSON"] or names
    return " ".join(names) if names else " ".join(t.lower_ for t in s if not t.is_punct)


def _claim_span(doc: Doc, r: Relation, sent_starts: list[int], sent_ends: list[int]) -> tuple[int, int]:
    points = [r.content[0], max(r.content[0], r.content[1] - 1)]
    if r.cue:
        points.append(r.cue[0])
    if r.speaker:
        points.append(r.speaker[0])
    lo, hi = min(points), max(points)
    i = max(0, bisect.bisect_right(sent_starts, lo) - 1)
    j = max(0, bisect.bisect_right(sent_starts, hi) - 1)
    s, e = min(sent_starts[i], r.content[0]), max(sent_ends[j], r.content[1])
    text = text_of(doc)
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return (s, e)


_GROUP_WORDS = frozenset({
    "military", "army", "government", "ministry", "agency", "group", "office", "police", "council", "committee",
    "organisation", "organization", "company", "administration", "department", "authority", "mission", "party",
    "movement", "alliance", "coalition", "campaign", "embassy", "commission", "court", "force", "militia", "monitor",
    "staff", "command", "service", "directorate", "headquarters", "bureau", "secretariat", "brigade", "battalion",
    "regiment", "division", "corps", "unit",
})
# agent nouns that name one person ("Amina, a mother of four"), not a group
_PERSON_NOUNS = AGENT_NOUNS - _GROUP_WORDS - {"people", "public"}


def _previous_subject(doc: Doc, pronoun: Token) -> Token | None:
    """The subject of the sentence before a personal pronoun that opens its
    sentence, when it is a name or a noun the pronoun can stand for: "he" or
    "she" a person (a name, a title), "it" a group or institution ("the
    military"), "they" a plural noun or a group. None when that subject is
    itself a pronoun, or nothing fits (the resolver then looks further back)."""
    word = pronoun.lower_
    if word not in ("he", "she", "it", "they") or pronoun.i != pronoun.sent.start or pronoun.i == 0:
        return None
    prev = doc[pronoun.i - 1].sent
    if prev.start == pronoun.sent.start or "\n\n" in text_of(doc)[prev.end_char : pronoun.idx]:
        return None
    root = prev.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return _stands_for(subj, word)


def _stands_for(subj: Token | None, word: str) -> Token | None:
    """``subj`` when pronoun ``word`` can stand for it: "he" or "she" a
    person (a name, a title), "it" a group or institution ("the military"),
    "they" a plural noun or a group; None for a pronoun or no fit."""
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    lemma = subj.lemma_.lower()
    person = subj.ent_type_ == "PERSON" or lemma in titles()
    # ("Ukraine's General Staff": a body a country or organisation owns, named
    # with capitals; not "EPA's decision")
    group = subj.ent_type_ in ("ORG", "NORP", "GPE") or lemma in _GROUP_WORDS or (
        subj.tag_ == "NNP" and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in subj.children))
    plural = subj.tag_ in ("NNS", "NNPS")
    if word in ("he", "she"):
        return subj if person and not plural else None
    if word == "it":
        return subj if group and not person and not plural else None
    return subj if plural or (group and not person) else None


def _clause_subject(doc: Doc, pronoun: Token) -> Token | None:
    """The subject of the clause a pronoun speaker's clause hangs in, when the
    pronoun can stand for it: "The military published a list of names it
    said were militants" (it: the military), "Sanders attacked Clinton, who
    he said ..." (he: Sanders). Not the noun its own clause describes
    ("Hamas, which it said was behind the attack, ...": someone else's it)."""
    word = pronoun.lower_
    if word not in ("he", "she", "it", "they") or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    if verb.dep_ not in _EMBEDDED:
        return None
    path = {verb.i}
    tok = verb
    while tok.dep_ != "ROOT" and tok.head.i != tok.i:
        tok = tok.head
        path.add(tok.i)
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.pos_ in ("VERB", "AUX") and subj is not None:
            if subj.i > pronoun.i or subj.i in path:
                return None
            return _stands_for(subj, word)
    return None


_EMBEDDED = frozenset({"relcl", "acl", "advcl"})
# what a body gathers and then speaks through ("data collected by the UN")
_GATHERED = DATA_NOUNS | DOCUMENT_NOUNS | frozenset({"data", "information", "evidence", "intelligence", "testimony", "testimonies", "figures"})
# verbs by which a body makes such data its own
_GATHERING = frozenset({"gather", "collect", "compile", "record", "document", "publish", "release", "issue", "provide", "verify"})


def _gathered_by(head: Token) -> Token | None:
    """Who gathered the data a speaker like "information" names: "according
    to information we have gathered" (we), "data collected by the UN" (the
    UN), "figures compiled by the monitor"; not "documents seen by Reuters"
    (a reporter who saw them, not their source)."""
    if not {head.lemma_.lower(), head.lower_} & _GATHERED:
        return None
    for c in head.children:
        if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in _GATHERING or c.i < head.i:
            continue
        if c.dep_ == "relcl":
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
                return subj
        agent = agent_of(c)
        if agent is not None:
            return agent
    return None


_ISSUING = frozenset({"issue", "release", "publish", "post", "send", "circulate", "distribute", "put", "read", "give", "say", "add", "tell", "write"})
_ISSUER_WINDOW = 6  # sentences to look back for who issued "the statement"


def _issuer(doc: Doc, head: Token) -> Token | None:
    """Who issued the document a speaker like "The statement" names: the
    subject of the verb that brought it in a few sentences before ("The
    ministry issued a statement ...", "the army said in a statement ...").
    None when the noun has its own owner ("the UN statement", "its
    report"), or nothing earlier fits (the document itself then speaks)."""
    lemma = head.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS or head.tag_ not in ("NN", "NNP") or head.ent_type_:
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in head.children) or any(c.dep_ == "prep" for c in head.rights):
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "this", "that"):
        return None
    sents = 0
    for tok in reversed(doc[: head.sent.start]):
        if tok.is_sent_start:
            sents += 1
            if sents >= _ISSUER_WINDOW:
                break
        if tok.lemma_.lower() != lemma:
            continue
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ISSUING:
            return None  # the last mention of the noun decides
        subj = subject_of(verb)
        if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in DOCUMENT_NOUNS:
            return None
        return subj
    return None


def _document_owner(head: Token) -> Token | None:
    """Whose document a speaker like "the ministry's statement" names: its
    possessor, a name compounded on it ("a UN report") or the body after
    "from" or "by" ("the statement from the army"), when that can speak.
    The mention stays the document's words; the actor is its owner."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS or head.ent_type_:
        return None
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME") and c.lemma_.lower() not in DOCUMENT_NOUNS:
            return c  # not "Monday's statement"
        if c.dep_ == "compound" and c.i < head.i and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > head.i:
            body = next((g for g in c.children if g.dep_ == "pobj"), None)
            if body is not None and body.pos_ in ("NOUN", "PROPN") and agentive(body) and body.lemma_.lower() not in DOCUMENT_NOUNS:
                return body
    return None


def _antecedent(doc: Doc, head: Token) -> tuple[int, int]:
    left, right = head.left_edge.i, head.i
    for child in head.rights:
        if child.dep_ in ("prep", "appos", "compound", "amod", "nummod") and child.dep_ not in ("relcl", "acl"):
            right = max(right, child.right_edge.i)
        else:
            break
    span = doc[left : right + 1]
    return (span.start_char, span.end_char)


UNNAMED = "unnamed source"


def _label(content: str, attribution: str) -> str:
    """direct / mixed / indirect from the quote marks inside the content."""
    if attribution != "indirect":
        return attribution
    quoted = sum(q.end - q.start for q in find_quotes(content) if _words(content[q.start : q.end]) >= _MIN_QUOTE_WORDS)
    if not quoted:
        return attribution
    return "direct" if quoted >= 0.8 * len(content.strip()) else "mixed"


def _unsourced(doc: Doc, r: Relation, it: _Item, sent_starts: list[int], sent_ends: list[int], n: int) -> Claim:
    """A relation whose speaker the text does not name ("X is expected to ...")."""
    text = text_of(doc)
    cue_tok = doc[r.cue_token] if r.cue_token is not None else None
    content_span = doc.char_span(r.content[0], r.content[1], alignment_mode="expand")
    span = _claim_span(doc, r, sent_starts, sent_ends)
    return Claim(
        id=f"q{n}",
        span=span,
        text=text[span[0] : span[1]],
        claimant=Claimant(name=UNNAMED),
        content=Content(text=text[r.content[0] : r.content[1]], span=r.content),
        attribution=_label(text[r.content[0] : r.content[1]], it.attribution),  # type: ignore[arg-type]
        stance=stance_mod.classify(cue_tok, content_span, doc[r.root] if r.root is not None else None),  # type: ignore[arg-type]
        cue=Cue(text=text[r.cue[0] : r.cue[1]], span=r.cue) if r.cue else None,
    )


_ASIDE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:claim|allegation|assertion|accusation|charge|account|version|figure|toll|tally|number|description|characteri[sz]ation|label)s?\s+"
    r"(?:that|which|(?:[\w'’-]+\s+){1,4}?(?:has\s+|have\s+)?(?:rejected|rejects|denied|denies|disputed|disputes|dismissed|dismisses|called|calls|described|describes|branded|brands)\b)"
    r"|which\s+(?:\w+\s+){0,4}?(?:could|can|did|has|have|had|was|were)\s*(?:not|n't)\s+(?:be\s+|been\s+)?(?:independently\s+)?(?:verif|confirm|corroborat))",
    re.I,
)


def _before_aside(text: str, content: tuple[int, int]) -> int:
    """Where a content ends before the writer's aside on it ("..., a claim that
    could not be independently verified", "..., which Reuters could not
    confirm"): the report's words, not the reporter's caveat."""
    s, e = content
    m = _ASIDE.search(text, s, e)
    if m is None or _words(text[s : m.start()]) < 3 or any(q in text[m.start() : e] for q in "\"“”"):
        return e
    return m.start()


def _closed(text: str, s: int, e: int) -> tuple[int, int]:
    """A content the parse cut inside a parenthesis ("members of the
    Volunteers for the Defence of the Homeland (VDP"): it ends past the
    closing bracket, when that comes soon on the same line and no comma comes
    first (not over a tag inside the brackets: "(as low as 19%, Gutin says)").
    One that opens with the bracket ("(“...,” he said.)") starts after it."""
    if text.count("(", s, e) <= text.count(")", s, e):
        return s, e
    if text[s] == "(":
        return s + 1, e
    close = text.find(")", e, e + 80)
    if close == -1 or any(c in text[e:close] for c in "\n(,"):
        return s, e
    return s, close + 1


def _to_models(doc: Doc, items: list[_Item]) -> tuple[list[Claim], list[Actor]]:
    text = text_of(doc)
    actors = _Actors(doc)
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    sent_ends = [s.end_char for s in sents]
    claims: list[Claim] = []
    for it in items:
        r = it.rel
        # "KHARKIV, March 3 - At least 12 ...": not where it was filed from, nor the reporter's caveat
        start = dateline_end(text, *r.content)
        r.content = _closed(text, start, _before_aside(text, (start, r.content[1])))
        if r.cue_token is not None and lemma_of(doc[r.cue_token]) in ("ask", "request", "decline", "refuse") and _ANONYMITY.match(text, r.content[0]):
            continue  # "asked not to be named", "declined to be named": a condition on the source, not a claim
        if r.speaker is None:
            claims.append(_unsourced(doc, r, it, sent_starts, sent_ends, len(claims) + 1))
            continue
        head = doc[r.speaker_token] if r.speaker_token is not None else None
        speaker_rel = it.voice if it.voice is not None and it.voice.speaker else r
        if speaker_rel is r and head is not None and text[r.speaker[0] : r.speaker[1]].lower() in RELATIVE_PRONOUNS:
            # "officials who said": the mention is "who", the speaker its antecedent
            ante = _antecedent(doc, head)
            speaker_rel = Relation(cue=None, cue_token=None, content=r.content, speaker=ante, speaker_token=head.i, frame=r.frame)
        # "It said ...": the last sentence's subject; "The statement added ...": whoever issued it
        ante = (_previous_subject(doc, head) or _clause_subject(doc, head) or _issuer(doc, head) or _gathered_by(head) or _document_owner(head)) if speaker_rel is r and head is not None else None
        if ante is not None:
            # "The military did not provide evidence. It said ...": the pronoun
            # opening a sentence is the last sentence's subject
            named = speaker_span(doc, ante)
            if ante.dep_ == "poss":
                named = (named[0], ante.idx + len(ante.text))  # "the ministry's statement": the ministry, without its "'s"
            speaker_rel = Relation(cue=None, cue_token=None, content=r.content, speaker=named, speaker_token=ante.i, frame=r.frame)
        actor = actors.add(speaker_rel.speaker, doc[speaker_rel.speaker_token] if speaker_rel.speaker_token is not None else head)  # type: ignore[arg-type]
        if speaker_rel is not r:
            actor.mentions.append(r.speaker)
        mention = r.speaker
        if ante is None and speaker_rel is not r and speaker_rel.speaker[0] < r.speaker[0] and r.speaker[0] - speaker_rel.speaker[1] < 40 and it.voice is None:
            # "officials who said": the mention is the antecedent with its relative pronoun
            mention = (speaker_rel.speaker[0], r.speaker[1])
        if r.frame in ("carried", "block"):
            # the speaker of an earlier paragraph's quote, or a person named somewhere
            # before a block quote: no mention of them stands by the words
            mention = None
        claimant = Claimant(name=text[speaker_rel.speaker[0] : speaker_rel.speaker[1]], actor=actor.id, span=mention)  # type: ignore[index]
        reported_by = None
        if it.reported_by is not None and it.reported_by.speaker:
            rb = it.reported_by
            rb_actor = actors.add(rb.speaker, doc[rb.speaker_token] if rb.speaker_token is not None else None)  # type: ignore[arg-type]
            reported_by = ReportedBy(name=text[rb.speaker[0] : rb.speaker[1]], actor=rb_actor.id)  # type: ignore[index]
        cue_tok = doc[r.cue_token] if r.cue_token is not None else None
        content_span = doc.char_span(r.content[0], r.content[1], alignment_mode="expand")
        root = doc[r.root] if r.root is not None else None
        stance = stance_mod.classify(cue_tok, content_span, root)
        span = _claim_span(doc, r, sent_starts, sent_ends)
        claims.append(
            Claim(
                id=f"q{len(claims) + 1}",
                span=span,
                text=text[span[0] : span[1]],
                claimant=claimant,
                content=Content(text=text[r.content[0] : r.content[1]], span=r.content),
                attribution=_label(text[r.content[0] : r.content[1]], it.attribution),  # type: ignore[arg-type]
                stance=stance,  # type: ignore[arg-type]
                cue=Cue(text=text[r.cue[0] : r.cue[1]], span=r.cue) if r.cue else None,
                reported_by=reported_by,
            )
        )
    # named people and organisations, so later stages see every mention
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or _named_place(doc, ent) or _ends_title(doc, ent) or sum(ch.isalpha() for ch in ent.text) < 2:
            continue  # (not "a post on X.": one letter names no one here)
        if ent.end_char <= words_after_dateline(text, ent.start_char):
            continue  # "MOGADISHU, Somalia (Example Wire) —": the tagger's ORG in a dateline is a place
        if _common_noun_entity(ent):
            continue  # "had struck a minibus": a common noun the tagger called a body
        if len(ent) > 1 and ent[-1].like_num and not ent[-1].text[:1].isupper():
            continue  # "shelled Kherson 80 times": a name the tagger ran into a count
        if lexicon.weapon_name(ent.text):
            continue  # "an Iskander-M launched from Belgorod": a missile, no actor
        if ent.label_ == "ORG" and ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON" and ent[-1].lower_ in titles():
            continue  # "Brigadier General Turki al-Maliki": a rank the tagger ran into an entity of its own, no body
        label = HEADLINE_LABEL.match(ent.text)
        if label is not None and (ent.start_char == 0 or text[ent.start_char - 1] == "\n"):
            # "Sahel: Army says ...": the tagger ran a line's label into the name after it
            ent = doc.char_span(ent.start_char + label.end(), ent.end_char, alignment_mode="contract")
            if ent is None or len(ent) == 0:
                continue
        holder = _inside_mention(doc, actors, ent)
        if holder is None:
            # (the tagger can run a name over the blank line after it)
            piece = text[ent.start_char : ent.end_char]
            start = ent.start_char + len(piece) - len(piece.lstrip())
            actors.add((start, start + len(piece.strip())), ent.root)
        elif ent.text not in holder.aliases:
            holder.aliases.append(ent.text)  # "Mister Mouallem" holds "Mouallem": one actor, one more alias
    return claims, actors.actors
