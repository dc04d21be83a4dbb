"""A blank line ends a sentence.

Reports put headlines, bylines and datelines on lines of their own, with no
full stop ("*Damascus Evening Post, 20 November 2016*"), and the statistical
parser then often runs them into the first sentence of the story, which gives
that sentence the byline's place and date. This component, placed before the
parser, marks the first token after a blank line (two line breaks, possibly
with spaces between) as a sentence start; the parser keeps preset starts. A
single line break is left alone in hard-wrapped text (which breaks lines
mid-sentence: several of its line breaks are followed by a lower-case word),
except before a list item's bullet ("- ", "* ", "• "). In text with one
paragraph to a line, a line break before a word that is not lower case starts
a sentence too ("Kremlin denies drone strike\nThe Kremlin said ..." ran the
headline into the first sentence), unless the line ends in a colon or a comma
("He said:\n“...”" is one report).
The word after a paragraph's first is marked as no sentence start, or the
parser may cut a lone first word off ("3" | "killed, 28 injured ...").
A wire dateline opening a line ("BAMAKO, Aug 19 - ") is a sentence of its
own too: run into the sentence after it, the place became the subject of
that sentence's reporting verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from claimledger.nlp import lexicon


_BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})


@Language.component("claimledger_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    text = doc.text
    n = len(doc)
    if n:
        _after_dateline(doc, text, 0)
    space = doc.to_array("IS_SPACE").tolist()  # (read once: a Token is built on every access)
    _no_break_after_ranks(doc)
    lines = not hard_wrapped(text)
    for i in range(1, n):
        if not space[i - 1]:
            continue  # every rule below starts after a space token
        breaks = doc[i - 1].text.count("\n")
        if breaks and not space[i]:
            _after_dateline(doc, text, i)
        if breaks and doc[i].text in _BULLETS and i + 1 < n and not space[i + 1]:
            # "Key points:\n- At least 19 ...": a list item is a sentence of its own
            doc[i].is_sent_start = True
            doc[i + 1].is_sent_start = False
            continue
        if breaks >= 2 and not space[i]:
            doc[i].is_sent_start = True
            # and no one-word sentence: "3 killed, 28 injured in ..." at
            # the top of a paragraph is not "3" then "killed, ..."
            if i + 1 < n and not space[i + 1]:
                doc[i + 1].is_sent_start = False
        elif breaks == 1 and lines and not space[i] and not doc[i].text[:1].islower() and _ends_line(doc[i - 1]):
            doc[i].is_sent_start = True
            if i + 1 < n and not space[i + 1]:
                doc[i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _rank_hashes() -> frozenset[int]:
    """The ORTH ids of the abbreviated ranks (string hashes, the same in every vocab)."""
    return frozenset(hash_string(a) for a in lexicon.rank_abbreviations())


def _no_break_after_ranks(doc: Doc) -> None:
    """"said Navy Capt. Jeff Davis": no sentence starts at the name after an
    abbreviated rank (the parser took the rank's full stop for a sentence's)."""
    ranks = _rank_hashes()
    orth = doc.to_array("ORTH").tolist()
    for i in range(len(orth) - 1):
        if orth[i] in ranks and doc[i + 1].text[:1].isupper():
            doc[i + 1].is_sent_start = False


# a line break after a lower-case word and before another: a line wrapped mid-sentence
_WRAPPED = re.compile(r"[a-z,;]\n[a-z]")
_SINGLE = re.compile(r"(?<!\n)\n(?!\n)")


def hard_wrapped(text: str) -> bool:
    """Is ``text`` wrapped at a fixed width (line breaks inside sentences:
    three, or a quarter of its single line breaks), rather than written one
    paragraph or heading to a line?"""
    if "\n" not in text:
        return False
    wrapped = len(_WRAPPED.findall(text))
    return wrapped >= 3 or (wrapped > 0 and 4 * wrapped >= len(_SINGLE.findall(text)))


def _ends_line(space: Token) -> bool:
    """Does the line before the space token ``space`` end a line of its own
    (not "said:" or "said," before the words on the next line)?"""
    i = space.i - 1
    return i >= 0 and space.doc[i].text not in (":", ",", ";", "-", "—", "–", "(", "“", "\"", "‘")


def _after_dateline(doc: Doc, text: str, i: int) -> None:
    """A line opening with a wire dateline ("BAMAKO, Aug 19 - Suspected
    jihadists killed ..., two officials told AFP"): its words start a
    sentence of their own, or the parser may make the place the subject of
    the sentence's reporting verb and lose who told what."""
    end = dateline_end(text, doc[i].idx)
    if end == doc[i].idx:
        return
    j = i
    while j < len(doc) and doc[j].idx < end:
        j += 1
    if j < len(doc) and doc[j].idx == end and not doc[j].is_space:
        doc[j].is_sent_start = True
        if j + 1 < len(doc) and not doc[j + 1].is_space:
            doc[j + 1].is_sent_start = False  # (no one-word sentence, as above)


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a dateline's date: ", March 3", " 14 February 2024", ", May 14, 2024"
_DATE = rf",? (?:{MONTH} \d{{1,2}}|\d{{1,2}} {MONTH})(?:,? \d{{4}})?"
_AGENCY = r"\([A-Z][A-Za-z&.' ]{0,30}\)"  # (Reuters), (AFP)
# capitals and small letters, accented ones too ("BOGOTÁ", "LOMÉ", "Bogotá")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_DATELINE = re.compile(
    rf"(?:(?:[{_UP}][{_UP}.'\-]{{2,}}|[A-Z]{{2}}(?= [A-Z]{{2}}))(?: [{_UP}][{_UP}.'\-]+)*(?:/[{_UP}][{_UP}.'\-]{{2,}}(?: [{_UP}][{_UP}.'\-]+)*)*(?:, [{_UP}][A-Za-zÀ-ÖØ-öø-ÿ.]*(?: (?:of |the |and )*[{_UP}][A-Za-zÀ-ÖØ-öø-ÿ.]*)*)?"  # KHARKIV, Ukraine; BENI, Democratic Republic of Congo; MOSCOW/KYIV; EL FASHER
    rf"(?:{_DATE})?(?: {_AGENCY})?"  # , March 3 (Reuters); , 14 February 2024
    rf"|[{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+)*(?:{_DATE})? {_AGENCY}"  # Kyiv (AFP)
    rf"|\([{_UP}][{_LOW}]+(?: [{_UP}][{_LOW}]+)*(?:{_DATE})?\)"  # (Nairobi); (Nairobi, 12 March 2024)
    rf"|(?:{MONTH} \d{{1,2}},?|\d{{1,2}} {MONTH}) \d{{4}}(?: {_AGENCY})?"  # 15 November 2016 (Frontline Digest): a date alone
    r"|\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)"  # 09:42 - (a live page's time stamp)
    r" ?(?:--|-|—|–) ?"
)


# a live page's time stamp with no dash after it: "11:42 Health ministry
# says ...", "2:47pm Kremlin denies ...", "14:05 GMT: Army says ..."
_TIME_STAMP = re.compile(r"\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?:? (?=[A-Z])")


# "RAWALPINDI: Six soldiers ...", "NEW DELHI: The ministry said ...": a
# dateline set off by a colon (as South Asian papers write it)
_COLON_DATELINE = re.compile(rf"([{_UP}][{_UP}.'\-]{{2,}}(?: [{_UP}][{_UP}.'\-]+){{0,2}}): (?=[{_UP}0-9“\"'‘])")
_DATELINE_POPULATION = 15_000  # a town big enough to file from


_COLON_DATELINE_REACH = 1000  # characters from the text's start: a dateline opens the story


def _colon_dateline(text: str, pos: int) -> re.Match[str] | None:
    """A colon dateline at ``pos``: capitals naming a town of some size or a
    country the gazetteer knows (not a kicker, "BOOM:" though Boom is a
    town, nor "MR. DUJARRIC:", "ISPR:"),
    near the text's start, in a text with no other line so labelled (a
    transcript's "CLINTON:" and "BELIN:" are speakers, whatever towns bear
    their names)."""
    if pos > _COLON_DATELINE_REACH:
        return None
    m = _COLON_DATELINE.match(text, pos)
    if m is None or lexicon.is_kicker(m.group(1)) or not _town(m.group(1)) or _line_labels(text) > 1 or _FIRST_PERSON.match(text, m.end()):
        return None  # ("CLINTON: I believe ...": someone speaking)
    return m


_FIRST_PERSON = re.compile(r"(?:I|We|My|Our|Us)\b|[“\"‘']")


_LINE_LABEL = re.compile(rf"(?m)^[{_UP}][{_UP}.'\- ]{{1,40}}: ")


@lru_cache(maxsize=16)
def _line_labels(text: str) -> int:
    """How many lines of ``text`` open with a label in capitals and a colon."""
    return len(_LINE_LABEL.findall(text))


@lru_cache(maxsize=1024)
def _town(name: str) -> bool:
    from claimledger.gazetteer import get_gazetteer

    entries = get_gazetteer().lookup(name.title())
    return any(e.kind in ("country", "admin1") or (e.kind == "city" and (e.population or 0) >= _DATELINE_POPULATION) for e in entries)


# the place part of a dateline: up to its date, its agency or its dash
DATELINE_PLACES = re.compile(rf"^(.*?)(?:{_DATE})?(?: ?\(.*)?\s*(?:--|-|—|–|:)\s*$")


def dateline_end(text: str, pos: int, end: int | None = None) -> int:
    """Where the words start after a wire dateline opening a paragraph at
    ``pos`` ("KHARKIV, March 3 - ", "Kyiv (AFP) — "), else ``pos``: the
    place and date the report was filed from are not what anyone claims.
    Also ``pos`` when the dateline would reach ``end`` (a span that is all dateline)."""
    if pos and text[pos - 1] != "\n":
        return pos
    m = _DATELINE.match(text, pos) or _TIME_STAMP.match(text, pos) or _colon_dateline(text, pos)
    if m is None or m.end() >= (len(text) if end is None else min(end, len(text))) or not (text[m.end()].isupper() or text[m.end()].isdigit() or text[m.end()] in "\"“'‘"):
        return pos
    return m.end()


def words_after_dateline(text: str, pos: int) -> int:
    """Where the words of the paragraph holding ``pos`` start after its wire
    dateline (the paragraph's start when it opens with none)."""
    return dateline_end(text, text.rfind("\n", 0, pos) + 1)
