"""Numbers in words and digits, and figure cue lists: plain Python, no spaCy.

``parse_number_words(["two", "hundred", "and", "fifty"]) -> 250``;
``parse_digits("275,000") -> 275000``. The cue lists come from
``data/figure_cues.json`` and are loaded once per process.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

UNITS = {
    "zero": 0, "nil": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES)

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def parse_digits(text: str) -> float | None:
    """``"275,000"`` -> 275000, ``"1.5"`` -> 1.5; None for anything else."""
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def parse_number_words(words: list[str]) -> int | None:
    """Parse a run of English number words (``"twenty-five"`` may come as one
    word or as ``["twenty", "-", "five"]``). Returns None if nothing parses."""
    total = 0
    current = 0
    seen = False
    for w in words:
        for part in w.lower().split("-"):
            if not part or part == "and":
                continue
            if part in UNITS:
                current += UNITS[part]
            elif part in TENS:
                current += TENS[part]
            elif part in SCALES:
                scale = SCALES[part]
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * scale
                    current = 0
            else:
                return None
            seen = True
    return total + current if seen else None


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The figure cue lists, with category words turned into a word -> category map."""
    raw = json.loads(resources.files("claimledger.nlp").joinpath("data/figure_cues.json").read_text("utf-8"))
    by_word: dict[str, str] = {}
    for category, words in raw["category_words"].items():
        for w in words:
            by_word.setdefault(w.lower(), category)
    raw["by_word"] = by_word
    raw["person_set"] = frozenset(w.lower() for w in raw["person_nouns"])
    raw["unit_set"] = frozenset(w.lower() for w in raw["units"])
    return raw


@lru_cache(maxsize=1)
def _toll_re() -> re.Pattern[str]:
    c = cues()
    words = "|".join(sorted((re.escape(w) for w in c["toll_words"]), key=len, reverse=True))
    links = "|".join(sorted((re.escape(w) for w in c["toll_links"]), key=len, reverse=True))
    bounds = "|".join(sorted((re.escape(w).replace("\\ ", r"\s+") for w in [*c["lower_bound"], *c["upper_bound"], *c["approximate"]]), key=len, reverse=True))
    return re.compile(
        # ("the death toll from Saturday's shelling of the town rose to 45", "the number of
        # people killed since the start of the war has risen to 2,670", "the toll among
        # soldiers was above 60": a phrase may come between)
        # ("the toll could be higher than 100", "the toll may exceed 100": a modal, a bound)
        # ("put the death toll higher, at 23": a rival count's comparison before it)
        rf"\b(?:{words})(?:\s+(?:from|in|of|after|for|since|among)\s+[^.;:!?\n]{{1,70}}?)?(?:\s+(?:even\s+|much\s+|far\s+)?(?:higher|lower),?)?\s+(?:(?:has|have|had|could|may|might|will|would)\s+)?(?:(?:been|now)\s+)?(?:{links})\s*(?:(?:{bounds})\s+)?$"
        # ("the ministry raised the toll to 45", "revised the number of dead to 27")
        rf"|\b(?:rais|revis|lower|updat|increas|bring|brought)\w*\s+(?:the\s+|its\s+|their\s+)?(?:official\s+)?(?:death\s+)?(?:toll|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities))\s+to\s*(?:(?:{bounds})\s+)?$",
        re.IGNORECASE,
    )


def is_toll(text: str, start: int) -> bool:
    """Does the figure starting at ``start`` in ``text`` state a total toll
    ("the death toll rose to 40", "fatalities coded as 0")?"""
    return bool(_toll_re().search(text[max(0, start - 130):start]))


# "..., including 35 children", "among them 10 women", "of whom 4 were
# soldiers": a count of some of the people just counted
_PART = re.compile(r"(?:\bincluding|\bamong\s+(?:them|those|whom|the\s+dead|the\s+victims)|\bof\s+(?:whom|them|those))\s*:?\s*(?:at\s+least\s+|about\s+|around\s+|some\s+)?$", re.IGNORECASE)


# "Three of the dead were crew members", "two of them children"
_PART_AFTER = re.compile(r"\s+of\s+(?:them|those|whom|the\s+(?:dead|killed|victims|wounded|injured|casualties))\b", re.IGNORECASE)


def is_part(text: str, start: int, end: int | None = None) -> bool:
    """Does the figure at ``start`` (ending at ``end``) in ``text`` count some
    of those counted elsewhere ("104 killed, including 35 children", "three
    of the dead were crew members")? Such a figure adds nothing to the total
    it is part of, and says only that the total is at least as high."""
    if _PART.search(text[max(0, start - 40):start]):
        return True
    if end is None:
        return False
    m = _PART_AFTER.search(text, start, end + 40)
    # the "of" right after the count's words ("three of the dead", "at least two of them")
    return m is not None and len(text[start : m.start()].split()) <= 3 and not any(ch in ",;:." for ch in text[start : m.start()])


def part_ids(figures: list[Any], text: str, offset: int = 0) -> set[int]:
    """The ``id`` of each figure that counts part of others (``is_part``);
    ``text`` holds the figures' spans, shifted by ``offset``."""
    return {id(f) for f in figures if is_part(text, f.span[0] - offset, f.span[1] - offset)}


def without_parts(figures: list[Any], text: str, offset: int = 0, parts: set[int] | None = None) -> list[Any]:
    """``figures`` less those that count part of another figure of their
    category ("104 killed, including 35 children" is 104 killed, not 139 nor
    35 to 104); ``text`` holds the figures' spans, shifted by ``offset``
    (``parts``: their ``part_ids``, when the caller has them)."""
    if parts is None:
        parts = part_ids(figures, text, offset)
    if not parts:
        return figures
    wholes = {f.category for f in figures if id(f) not in parts}
    return [f for f in figures if id(f) not in parts or f.category not in wholes]


def figure_count(figure: Any) -> int | None:
    """One number for a figure: its value, else its lower bound, else its upper bound."""
    for x in (figure.value, figure.low, figure.high):
        if x is not None:
            return int(x)
    return None
