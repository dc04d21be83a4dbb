"""A blank line ends a sentence.

Reports put headlines, bylines and datelines on lines of their own, with no
full stop ("*Damascus Evening Post, 20 November 2016*"), and the statistical
parser then often runs them into the first sentence of the story, which gives
that sentence the byline's place and date. This component, placed before the
parser, marks the first token after a blank line (two line breaks, possibly
with spaces between) as a sentence start; the parser keeps preset starts. A
single line break is left alone (hard-wrapped text breaks lines mid-sentence),
except before a list item's bullet ("- ", "* ", "• ").
The word after a paragraph's first is marked as no sentence start, or the
parser may cut a lone first word off ("3" | "killed, 28 injured ...").
A wire dateline opening a line ("BAMAKO, Aug 19 - ") is a sentence of its
own too: run into the sentence after it, the place became the subject of
that sentence's reporting verb.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc


_BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})


@Language.component("claimledger_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    text = doc.text
    n = len(doc)
    if n:
        _after_dateline(doc, text, 0)
    space = doc.to_array("IS_SPACE").tolist()  # (read once: a Token is built on every access)
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
    return doc


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
_DATELINE = re.compile(
    r"(?:(?:[A-Z][A-Z.'\-]{2,}|[A-Z]{2}(?= [A-Z]{2}))(?: [A-Z][A-Z.'\-]+)*(?:/[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+)*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?"  # KHARKIV, Ukraine; MOSCOW/KYIV; EL FASHER
    rf"(?:{_DATE})?(?: {_AGENCY})?"  # , March 3 (Reuters); , 14 February 2024
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:{_DATE})? {_AGENCY}"  # Kyiv (AFP)
    rf"|\([A-Z][a-z]+(?: [A-Z][a-z]+)*(?:{_DATE})?\)"  # (Nairobi); (Nairobi, 12 March 2024)
    rf"|(?:{MONTH} \d{{1,2}},?|\d{{1,2}} {MONTH}) \d{{4}}(?: {_AGENCY})?"  # 15 November 2016 (Frontline Digest): a date alone
    r"|\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)"  # 09:42 - (a live page's time stamp)
    r" ?(?:--|-|—|–) ?"
)


# the place part of a dateline: up to its date, its agency or its dash
DATELINE_PLACES = re.compile(rf"^(.*?)(?:{_DATE})?(?: ?\(.*)?\s*(?:--|-|—|–)\s*$")


def dateline_end(text: str, pos: int, end: int | None = None) -> int:
    """Where the words start after a wire dateline opening a paragraph at
    ``pos`` ("KHARKIV, March 3 - ", "Kyiv (AFP) — "), else ``pos``: the
    place and date the report was filed from are not what anyone claims.
    Also ``pos`` when the dateline would reach ``end`` (a span that is all dateline)."""
    if pos and text[pos - 1] != "\n":
        return pos
    m = _DATELINE.match(text, pos)
    if m is None or m.end() >= (len(text) if end is None else min(end, len(text))) or not (text[m.end()].isupper() or text[m.end()].isdigit() or text[m.end()] in "\"“'‘"):
        return pos
    return m.end()


def words_after_dateline(text: str, pos: int) -> int:
    """Where the words of the paragraph holding ``pos`` start after its wire
    dateline (the paragraph's start when it opens with none)."""
    return dateline_end(text, text.rfind("\n", 0, pos) + 1)
