"""Events: the spaCy component ``claimledger_events`` and the stage ``finish_events``.

The component runs after attribution, places, figures and dates. It

1. gives every claim that reports an event its ACLED event type, sub-event
   type and target (:mod:`claimledger.nlp.event_types`), and attaches the
   figures inside the claim to ``claim.figures``
   (what the claim says: its content span);
2. turns the document's own statements of events or casualty figures that no
   attributed claim covers into claims with attribution ``author`` (headlines
   and short lines count), with stance ``asserts``, ``denies`` or
   ``hypothetical`` from the words around the event. A claim that denies or only
   imagines an event still carries the event it is about; its stance says it
   is not a report that the event happened.

Words inside quotation marks are someone else's: they are never made
authorial claims. The stage ``finish_events`` runs after actor resolution: it
names the author claimant after the document's source and lists the actors
mentioned in each event claim (the one after "by" first: the perpetrator side).
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimledger.models import Analysis, Claim, Claimant, Content, Event, Figure
from claimledger.nlp import lexicon
from claimledger.nlp.doctext import quote_spans, text_of
from claimledger.nlp.event_types import EventGuess, Word, classify, hazard_only, natural_hazard, strike_sense
from claimledger.nlp.event_types import lexicon as event_lexicon
from claimledger.nlp.paragraphs import dateline_end
from claimledger.nlp.pipeline import ensure_extensions
from claimledger.nlp.stance import condition_clause, verdict_on_reports

AUTHOR = "author"
EVENT_FIGURES = frozenset({"killed", "injured", "displaced", "detained", "hostages"})
# verbs that make "a ceasefire", "a curfew" the thing that happened
STRATEGIC_VERBS = frozenset({"declare", "announce", "sign", "agree", "reach", "extend", "impose", "lift", "conclude", "broker", "proclaim", "establish", "end"})
EVENT_CUE_GROUPS = frozenset({"violence", "clash", "execution", "air", "shelling", "ied", "grenade", "suicide", "abduction", "sexual", "lethal"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_OPEN_CLOSE = {"“": "”", "«": "»"}
_SCARE_QUOTE = re.compile(r"[ \t]*‘[^’\n]{1,40}’(?=[\s,.:;!?])")
_REGION_MARKS = re.compile("[" + "".join(_OPEN_CLOSE) + "".join(_OPEN_CLOSE.values()) + '"\n]')
_BULLET = re.compile(r"[-*•–—·]\s+")  # a list item's mark


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly, guillemets, straight
    double quotes) and lines that open with a single curly quote (a block quote)."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight = -1
    for m in _REGION_MARKS.finditer(text):  # only these characters do anything
        i, ch = m.start(), m.group()
        if ch in _OPEN_CLOSE:
            stack.append((_OPEN_CLOSE[ch], i))
        elif stack and ch == stack[-1][0]:
            _, s = stack.pop()
            if not stack:
                regions.append((s, i + 1))
        elif ch == '"':
            if straight < 0:
                straight = i
            else:
                regions.append((straight, i + 1))
                straight = -1
        elif ch == "\n":
            # quotes that run over paragraphs are the attribution component's
            # business; here an unclosed quote ends with its paragraph
            if stack and text[i + 1:i + 2] == "\n":
                regions.append((stack[0][1], i))
                stack.clear()
            if straight >= 0 and text[i + 1:i + 2] == "\n":
                regions.append((straight, i))
                straight = -1
    if stack:
        regions.append((stack[0][1], len(text)))
    for m in re.finditer(r"(?m)^[ \t]*‘[^\n]*", text):
        # a block quote, unless the opening mark closes within a few words
        # ("‘Moderate rebels’ shell a school" is a scare quote in a headline)
        if not _SCARE_QUOTE.match(m.group(0)):
            regions.append(m.span())
    return sorted(regions)


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


def units(doc: Doc) -> list[Span]:
    """Sentences, split again at line breaks (headlines, list items)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for t in sent:
            if t.is_space and "\n" in t.text:
                if t.i > start:
                    out.append(doc[start:t.i])
                start = t.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [u for u in out if any(not t.is_space and not t.is_punct for t in u)]


# "demonstrated its terrorist nature", "demonstrated that ...": showing, no
# protest; "rallied support", "rallied world leaders": gathering backing, no
# protest, unless what is rallied is a crowd ("rallied thousands of supporters")
_CROWDS = frozenset({"thousand", "hundred", "dozen", "supporter", "protester", "demonstrator", "crowd", "people", "follower", "resident", "student", "worker"})


def _showing(t: Token, lemma: str) -> bool:
    if lemma not in ("demonstrate", "rally") or t.pos_ != "VERB":
        return False
    if lemma == "demonstrate":
        return any(c.dep_ in ("dobj", "ccomp") for c in t.children)
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() not in _CROWDS and not any(c.dep_ == "nummod" for c in obj.children)


def _token_words(doc: Doc) -> list[Word | None]:
    """Each token's Word, or None for a token no cue is read from: read once
    per chunk, since claims and sentences overlap (the Words are not changed)."""
    out: list[Word | None] = []
    for t in doc:
        if t.is_space or t.ent_type_ in ("DATE", "TIME"):
            out.append(None)  # words inside dates ("20 March") are not cues
            continue
        lemma = t.lemma_.lower()
        if t.lower_ in _IN_NAMES and t.text[:1].isupper() and not t.is_sent_start and t.pos_ == "PROPN":
            out.append(None)  # "the Oromo Liberation Army": a movement's name, no retaking
            continue
        if lemma in _VERB_SENSE_ONLY and (t.pos_ != "VERB" or any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children) or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "up")):
            out.append(None)  # "found no sign of damage", "Sign up for our newsletter": no signing
            continue
        out.append(None if _showing(t, lemma) else Word(t.lower_, lemma, t.idx))
    return out


# words that, capitalised inside a sentence, name a movement rather than an act
_IN_NAMES = frozenset({"liberation"})
# cue words that are acts only as verbs ("signed the truce", not "no sign of damage")
_VERB_SENSE_ONLY = frozenset({"sign"})


def _words(span: Span, table: list[Word | None]) -> list[Word]:
    return [w for w in table[span.start : span.end] if w is not None]


def _guess(text: str, span: Span, figures: list[Figure], table: list[Word | None], speaker: str | None = None, strike: str | None = None) -> EventGuess | None:
    s, e = span.start_char, span.end_char
    figs = [(f.category, f.text) for f in figures if s <= f.span[0] and f.span[1] <= e]
    return classify(_words(span, table), text[s:e], s, figs, speaker, strike)


def _token_at(doc: Doc, char: int) -> Any:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_OCCURRING = frozenset({"happen", "occur", "take", "exist"})
# verbs of the denial list that, said of someone, accuse: "lie to cover up the abuses"
_ACCUSING = frozenset({"lie", "fabricate"})


def author_stance(doc: Doc, unit: Span, trigger: int) -> str:
    """asserts, denies, doubts or hypothetical for the document's own
    statement: its verdict on an account it names ("Reports of an explosion
    at the depot are false"), else from the words governing the event word
    (would/could/if/imagine; not/no/deny)."""
    hypothetical = lexicon.words("hypothetical_cues")
    denial = lexicon.words("denial_cues")
    if _asks(unit):
        return "hypothetical"  # "Fact check: Did the army bomb the hospital?": a question asserts nothing
    verdict = verdict_on_reports(text_of(doc)[unit.start_char : unit.end_char].strip())
    if verdict is not None:
        return verdict  # "Reports of an explosion at the depot are false": the writer's verdict on them
    tok = _token_at(doc, trigger)
    if tok is None:
        return "asserts"
    chain = [tok]
    node = tok
    while node.head.i != node.i and len(chain) < 5 and node.head.i >= unit.start and node.head.i < unit.end:
        node = node.head
        chain.append(node)
    for t in chain:
        if t.lemma_.lower() in hypothetical and t.lower_ not in ("risk",):
            return "hypothetical"
        for c in t.children:
            if c.dep_ in ("aux", "mark", "advmod") and c.lower_ in hypothetical:
                return "hypothetical"
            if c.dep_ == "mark" and c.lower_ == "whether":
                return "hypothetical"  # "investigators are looking into whether a drone hit the convoy": a question
            if condition_clause(c) and not any(m.lower_ == "even" for m in c.children):
                return "hypothetical"  # "If the world does not act now, thousands more will die": a condition (not "even if")
    for t in chain:
        if t.lemma_.lower() in denial and t.lemma_.lower() not in _ACCUSING and t.tag_ != "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # (not "Shelling hits market; army denies role" parsed as one
            # clause: a denial with a subject of its own is that subject's;
            # nor "Toll disputed after blast": someone else disputes it)
            return "denies"
    # a negation on the event word or the verb right above it ("did not
    # bomb", "no shelling took place"), not one further up ("it is not clear
    # whether ... the shelling will stop" is no denial)
    # (from the phrase's head: "had not used cluster munitions" negates "used")
    base = 1 if len(chain) > 1 and tok.dep_ == "compound" else 0
    word = chain[base]
    for k, t in enumerate(chain[base : base + 2]):
        if k == 1 and word.dep_ in ("nsubj", "nsubjpass", "attr") and t.lemma_.lower() not in _OCCURRING and not any(c.dep_ == "expl" for c in t.children):
            # "School shootings are not the only threat", "The fight isn't
            # hopeless", "the execution did not abolish the penalty": what the
            # event is or did, negated, not that it did not happen ("the
            # shelling did not happen", "there was not any shelling" are)
            break
        for c in t.children:
            if c.dep_ in ("neg", "det") and c.lower_ in NEGATIONS:
                return "denies"
    return "asserts"


def _asks(unit: Span) -> bool:
    """Does the unit end in the writer's own question mark (not one inside a
    quote: "... only to have her ask, “When is the candidate going to arrive?”")?"""
    for t in reversed(unit):
        if t.is_space or t.text in (")", "]"):
            continue
        if not t.text.endswith("?"):
            return False
        at = t.idx + len(t.text) - 1
        return not any(s <= at < e for s, e in quote_spans(unit.doc))
    return False


# "in one of the worst abuses", "in the deadliest attack", "in what was the largest raid"
_RANKING = re.compile(
    r"\b(?:in|as|amid)\s+(?:what\s+(?:was|is|would\s+be|appeared\s+to\s+be)\s+)?(?:one\s+of\s+)?(?:the|its|their)\s+"
    r"(?:worst|deadliest|bloodiest|latest|biggest|largest|heaviest|most\s+\w+)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _framing_report(text: str, trigger: int, claims: list[Claim]) -> bool:
    """Is the event word at ``trigger`` the writer's ranking of an act a
    source just reported, set after the reporting verb ("Soldiers killed 223
    villagers, Human Rights Watch said, in one of the worst army abuses in
    years")? It names the reported act again; the writer reports no act of
    their own."""
    if not _RANKING.search(text, max(0, trigger - 60), trigger):
        return False
    return any(c.cue is not None and c.content.span[1] <= c.cue.span[0] < trigger and trigger - c.cue.span[1] <= 80 for c in claims)


def _covered(pos: int, claims: list[Claim]) -> bool:
    """Is ``pos`` inside what an attributed claim says (its content)? Words
    outside every content are the document's own, including the frame around
    a quote: in "Employees protested to demand higher pay" the demand is the
    employees' claim, the protest the document's report."""
    return any(c.content.span[0] <= pos < c.content.span[1] for c in claims)


_ASKED_ABOUT = re.compile(r"\b(?:questions?|quer(?:y|ies)|requests?\s+for\s+comment|comments?|commented|comment|details)\s+(?:about|on|regarding|over|into)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_FORCE_NAME = re.compile(r"air\s+(?:forces?|defen[cs]es?)\b", re.I)


def _speaking(pos: int, claims: list[Claim], text: str) -> bool:
    """Is ``pos`` an armed service's name inside who speaks ("Ukraine's air
    force said ..."), or a capitalised word of a speaker's name ("The
    Organisation for the Prohibition of Chemical Weapons said ..."): a
    speaker, not an act the writer reports? (Not "Protesting residents ...
    demanded": their protest is the writer's report.)"""
    named = text[pos : pos + 1].isupper()
    return (_FORCE_NAME.match(text, pos) is not None or named) and any(
        c.claimant.span is not None and c.claimant.span[0] <= pos < c.claimant.span[1]
        and (not named or pos > c.claimant.span[0]) for c in claims
    )


def _hangs_on_content(doc: Doc, pos: int, claims: list[Claim]) -> bool:
    """Is ``pos`` in words the parse hangs on the head of a claim's content,
    past its end ("said that only eight civilians had died, killed by stray
    bullets during fighting with ..."): more of what the speaker said, which
    the content's span left out, not the writer's own report."""
    tok = _token_at(doc, pos)
    if tok is None:
        return False
    for c in claims:
        if c.cue is None or not (c.content.span[1] <= pos < c.span[1]):
            continue
        span = doc.char_span(c.content.span[0], c.content.span[1], alignment_mode="expand")
        if span is None or span.root.sent != tok.sent:
            continue
        root = span.root
        if root in tok.ancestors:
            return True
        # "... had died, killed by ...", parsed with both participles on the noun
        # before them: the one that follows the content right after its comma
        tail = next((t for t in [tok, *tok.ancestors] if t.head.i == root.head.i and t.i != root.i), None)
        if root.dep_ in ("acl", "ccomp") and tail is not None and tail.tag_ in ("VBN", "VBG") and tail.dep_ in ("acl", "advcl") and 0 <= tail.left_edge.idx - c.content.span[1] <= 3:
            return True
    return False


def _describes_speaker(doc: Doc, pos: int, claims: list[Claim]) -> bool:
    """Is ``pos`` in a relative clause in the present tense that says what a
    speaker does ("The Association, which tracks killings by the security
    forces, said ...")? That describes the source, and reports no event (a
    past one, "witnesses who saw the shelling", does)."""
    tok = _token_at(doc, pos)
    if tok is None:
        return False
    clause = next((t for t in [tok, *tok.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or clause.tag_ not in ("VBZ", "VBP"):
        return False
    holder = clause.head.idx
    return any(c.claimant.span is not None and c.claimant.span[0] <= holder < c.claimant.span[1] for c in claims)


def event_cue(claim: Claim, text: str) -> bool:
    """Is the claim's cue an event ("police open fire on ... protesters",
    "militants attacked ... a post") rather than a way of saying something?
    Such a claim's content is the target of an act, not a proposition."""
    if claim.cue is None:
        return False
    lx = event_lexicon()
    start = claim.cue.span[0]
    head = text[start:start + 32].lower()
    first = claim.cue.text.lower().strip()
    if any(g in EVENT_CUE_GROUPS for g in lx.word_groups.get(first, ())):
        return True
    for g in EVENT_CUE_GROUPS:
        rx = lx.phrase_res.get(g)
        m = rx.match(head) if rx is not None else None
        if m:
            return True
    return False


def _crowd_protest(doc: Doc, claim: Claim) -> bool:
    """"Residents protested the arrest of ...", "students demonstrated against
    ...": a crowd that protests takes to the street, whatever it protests
    about; "the minister protested the decision" stays a way of saying."""
    if claim.cue is None or claim.claimant.span is None:
        return False
    lx = event_lexicon()
    cue = _token_at(doc, claim.cue.span[0])
    if cue is None or "protest" not in lx.word_groups.get(cue.lemma_.lower(), ()):
        return False
    words = text_of(doc)[claim.claimant.span[0] : claim.claimant.span[1]].lower().split()
    return bool(words) and words[-1] in lx.crowd


_TO_TELL = re.compile(
    r"to\s+(?:say|give|provide|specify|elaborate|identify|name|comment|explain|disclose|confirm|release|reveal|discuss|detail)\b", re.I)
_QUESTION = re.compile(r"(?:how|who|whom|whether|what|when|where|why|which)\b", re.I)
_REFUSING = re.compile(r"(?:declin|refus)", re.I)
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:\w+ly\s+)?$", re.I)


def withheld(claim: Claim, text: str) -> bool:
    """Is the claim what its speaker would not tell ("declined to say how many
    soldiers died", "did not say who fired the shells", "does not comment on
    attacks")? That names a question or a topic, and reports no event."""
    if claim.cue is None:
        return False
    content = claim.content.text.lstrip()
    start = claim.cue.span[0]
    negated = _NEGATED.search(text[max(0, start - 24):start]) is not None or _NEGATED.search(claim.cue.text + " ") is not None
    if negated and claim.cue.text.lower().startswith(("comment", "respond", "reply", "replie", "answer", "mention")):
        return True  # "does not usually comment on attacks", "did not respond to questions about the shelling", "did not mention drones"
    if negated and claim.stance == "rejects" and claim.cue.text.lower().startswith(("say", "said", "tell", "told", "claim", "state", "wr", "report", "alleg")):
        return True  # "did not say the facility had been destroyed": nobody reports it
    refusing = _REFUSING.match(claim.cue.text) is not None
    if refusing and _TO_TELL.match(content):
        return True
    if not _QUESTION.match(content):
        return False
    return refusing or negated


class EventTagger:
    """The ``claimledger_events`` component."""

    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        claims: list[Claim] = list(doc._.cl_claims or [])
        full = text_of(doc)
        figures: list[Figure] = list(doc._.cl_figures or [])
        # what "the strike" means here, and whether it tells of a flood or an
        # earthquake with no word of fighting or protest (no ACLED event in
        # it): most documents name neither, and their words are not read
        low = full.lower()
        striking = "strike" in low
        table = _token_words(doc)
        words = _words(doc[:], table) if striking or natural_hazard(low) else None
        strike = strike_sense(words, full) if words is not None and striking else None
        hazard = words is not None and hazard_only(words, full)
        # 1. events of the attributed claims
        acts = {id(c) for c in claims if event_cue(c, full) or _crowd_protest(doc, c)}
        for claim in claims:
            # an act mistaken for speech is classified on all its words
            s, e = claim.span if id(claim) in acts else claim.content.span
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and claim.event is None and not hazard and not withheld(claim, full):
                guess = _guess(full, span, figures, table, claim.claimant.name, strike)
                if guess is not None and id(claim) not in acts:
                    # "the strike, which residents said killed 31 people": a
                    # harm told of the thing the clause hangs on, typed with it
                    wider = _with_antecedent(doc, (s, e))
                    whole = doc.char_span(wider[0], e, alignment_mode="expand") if wider[0] < s else None
                    guess = (_guess(full, whole, figures, table, claim.claimant.name, strike) if whole is not None else None) or guess
                if guess is not None:
                    claim.event = Event(type=guess.type, sub_type=guess.sub_type, target=guess.target)
        # 2. authorial claims
        quoted = quote_regions(full)
        attributed = [c for c in claims if id(c) not in acts]
        # ("Boko Haram kills 40 farmers; army disputes toll": a verdict on the
        # writer's own words leaves them the writer's claim)
        verdicts = {id(c) for c in attributed if _verdict_before(c)}
        reporting = [c for c in attributed if id(c) not in verdicts]
        n = 0
        for unit in units(doc):
            unit = _writer_half(doc, unit, attributed, verdicts)
            s, e = unit.start_char, unit.end_char
            if e <= dateline_end(full, full.rfind("\n", 0, s) + 1):
                continue  # "TRAVIS AIR FORCE BASE, Calif. (KGO) —" on its own: where it was filed from
            figs = [f for f in figures if s <= f.span[0] and f.span[1] <= e and f.category in EVENT_FIGURES]
            guess = None if hazard else _guess(full, unit, figures, table, strike=strike)
            if guess is None and not figs:
                continue
            trigger = guess.trigger if guess is not None else figs[0].span[0]
            if _covered(trigger, reporting) or _inside(trigger, quoted) or _speaking(trigger, attributed, full):
                continue
            if _describes_speaker(doc, trigger, attributed) or _hangs_on_content(doc, trigger, attributed):
                continue
            if _ASKED_ABOUT.search(full, max(s, trigger - 60), trigger):
                continue  # "did not respond to questions about the shelling": a topic, not a report of it
            if _framing_report(full, trigger, attributed):
                continue  # "..., Human Rights Watch said, in one of the worst army abuses in years": the reported act, ranked
            if guess is not None and guess.sub_type in ("Agreement", "Other") and not figs:
                tok = _token_at(doc, trigger)
                root = unit.root
                if (tok is None or tok.pos_ != "VERB") and root.lemma_.lower() not in STRATEGIC_VERBS:
                    continue  # "a deal", "the talks": talk about, not report of
            n += 1
            s = max(s, dateline_end(full, full.rfind("\n", 0, s) + 1, e))  # "KHARKIV, March 3 - ...": where it was filed from
            # (also when the sentence splitter cut the place off: "GENEVA" | ", Nov 10 - UN investigators ...")
            bullet = _BULLET.match(full, s, e)
            if bullet is not None and bullet.end() < e:
                s = bullet.end()  # "- Two health centres were looted": the list's mark is no word of the claim
            text = full[s:e]
            claim = Claim(
                id=f"ev{n}",
                span=(s, e),
                text=text,
                claimant=Claimant(name=AUTHOR, role=AUTHOR),
                content=Content(text=text, span=(s, e)),
                attribution="author",
                stance=author_stance(doc, unit, trigger),  # type: ignore[arg-type]
                event=Event(type=guess.type, sub_type=guess.sub_type, target=guess.target) if guess else None,
            )
            claims.append(claim)
        # 3. figures inside what each claim says (its content: for an
        # authorial claim the whole sentence, for a quote the quoted words)
        reported = [c.content.span for c in attributed]
        for claim in claims:
            s, e = claim.span if id(claim) in acts else claim.content.span
            inside = [f for f in figures if s <= f.span[0] and f.span[1] <= e]
            if claim.attribution == "author":
                # "X, whose brother was killed, said he had counted 40 bodies": X's figure, not the writer's
                inside = [f for f in inside if not any(a <= f.span[0] and f.span[1] <= b for a, b in reported)]
            known = {f.span for f in claim.figures}
            claim.figures.extend(f for f in inside if f.span not in known)
        doc._.cl_claims = claims
        return doc


def _verdict_before(c: Claim) -> bool:
    """A denial or doubt whose content comes before its cue ("A, which the
    army denies", "...; army disputes toll"): a verdict on words given
    before, which stay whoever's they were."""
    return (
        c.stance in ("denies", "doubts", "rejects") and c.cue is not None and c.content.span[1] <= c.cue.span[0]
        and _VERDICT_CUE.match(c.cue.text) is not None
    )


# the cue of a verdict on words given before ("denies", "disputed", "rejects"), not "said"
_VERDICT_CUE = re.compile(r"(?:den(?:y|ies|ied|ying)|disput|reject|dismiss|contest|refut|rebut|question|doubt|challeng)", re.I)


def _writer_half(doc: Doc, unit: Span, attributed: list[Claim], verdicts: set[int]) -> Span:
    """``Rebels seized the town on Monday; the army said it had retaken
    it``, ``ELN and FARC dissidents clash in Catatumbo; 80 dead, says
    governor``: a sentence whose second half, after a semicolon, is someone
    else's report from end to end. The writer's own claim is the first half,
    when nothing reported reaches into it. ``verdicts``: ids of the claims
    that are verdicts on words before them (``_verdict_before``)."""
    s, e = unit.start_char, unit.end_char
    full = text_of(doc)
    if ";" not in full[s:e]:
        return unit
    end = len(full[s:e].rstrip(" .!?\n")) + s
    for c in attributed:
        verdict = id(c) in verdicts
        # (a verdict on the words before counts from its speaker: "...; army disputes toll")
        parts = ([] if verdict else [c.content.span]) + ([c.cue.span] if c.cue is not None else []) + ([c.claimant.span] if c.claimant.span else [])
        first, last = min(p[0] for p in parts), max(p[1] for p in parts)
        if not s < first < e:
            continue
        semi = full.rfind(";", s, first)
        if verdict and len(full[last:end].split()) <= 2:
            last = end  # ("army disputes toll": the account it names)
        if semi == -1 or full[semi + 1 : first].strip() or last < end:
            continue  # the report must fill the whole second half
        if any(a.content.span[0] < semi and a.content.span[1] > s and id(a) not in verdicts for a in attributed):
            continue
        half = doc.char_span(s, semi, alignment_mode="contract")
        if half is not None and len(half):
            return half
    return unit


_RELATIVES = frozenset({"that", "which"})


def _with_antecedent(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A content that opens with a relative pronoun ("which residents said
    killed 31 people", "that witnesses said left 12 dead") tells of the
    thing the clause hangs on: the span from that thing's phrase (up through
    "on"/"of": "an air strike on a monastery that ..."), to type the event
    the clause reports."""
    tok = _token_at(doc, span[0])
    if tok is None or tok.lower_ not in _RELATIVES or tok.idx != span[0]:
        return span
    clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.i >= tok.i:
        return span
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("on", "of", "against", "in"):
        prep = noun.head
        if prep.head.pos_ == "NOUN":
            noun = prep.head
            continue
        # ("carrying out an air strike on a monastery that ...": the parse
        # hangs "on" on the verb; its object before the phrase)
        obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
        if obj is None:
            break
        noun = obj
    return (min(span[0], noun.left_edge.idx), span[1])


@Language.factory("claimledger_events")
def make_events(nlp: Language, name: str) -> EventTagger:
    return EventTagger(nlp, name)


# "claimed responsibility for the attack": an act already told, named by a bare noun
_CLAIMED_ACT = re.compile(r"^(?:full\s+)?(?:responsibility|credit)\s+for\s+(?:the|this|that|Sunday's|Saturday's|[A-Z][a-z]+day's)\s+(?:deadly\s+)?(attack|assault|raid|ambush|operation)\b")
_CLAIM_REACH = 3000  # characters back to the act a claim of responsibility names


def _claimed_acts(claims: list[Claim]) -> None:
    """"JNIM claimed responsibility for the attack": the attack is the one the
    report told before (the nearest earlier claim with an event that names an
    attack too, within about 3,000 characters), not a generic attack on civilians."""
    ordered = sorted(claims, key=lambda c: c.span[0])
    for i, claim in enumerate(ordered):
        m = _CLAIMED_ACT.match(claim.content.text) if claim.cue is not None and claim.cue.text.lower().startswith("claim") else None
        if m is None:
            continue
        act = re.compile(rf"\b{m.group(1)}s?\b", re.I)
        told = next((c for c in reversed(ordered[:i]) if c.event is not None and claim.span[0] - c.span[0] <= _CLAIM_REACH and act.search(c.content.text) and not _CLAIMED_ACT.match(c.content.text)), None)
        if told is not None:
            target = claim.event.target if claim.event is not None else None
            claim.event = Event(type=told.event.type, sub_type=told.event.sub_type, target=told.event.target or target)


def finish_events(analysis: Analysis, ctx: Any) -> None:
    """Document stage: name the author claimant after the document's source,
    type a claim of responsibility for "the attack" as the attack told before
    it, and list the actors mentioned inside each event claim."""
    _claimed_acts(analysis.claims)
    author = analysis.document.source or AUTHOR
    text = analysis.document.text
    # every actor mention by start, so each claim looks only at those inside
    # it (claims x actors x mentions was quadratic on long inputs)
    mentions = sorted((m[0], m[1], k, n) for n, actor in enumerate(analysis.actors) for k, m in enumerate(actor.mentions))
    starts = [m[0] for m in mentions]
    for claim in analysis.claims:
        if claim.attribution == "author" and claim.claimant.name == AUTHOR:
            claim.claimant.name = author
        if claim.event is None:
            continue
        s, e = claim.content.span
        firsts: dict[int, tuple[int, int]] = {}  # actor -> (its list order, start) of its first mention inside
        for ms, me, k, n in mentions[bisect.bisect_left(starts, s) : bisect.bisect_right(starts, e)]:
            if me <= e and (n not in firsts or k < firsts[n][0]):
                firsts[n] = (k, ms)
        found: list[tuple[int, int, str]] = []
        for n in sorted(firsts):
            actor = analysis.actors[n]
            if actor.id == claim.claimant.actor:
                continue
            first = firsts[n][1]
            by = 0 if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, first - 12):first], re.I) else 1
            found.append((by, first, actor.id))
        found.sort()
        claim.event.actors = [a for _, _, a in found]
