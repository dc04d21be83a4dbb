"""Name keys: how a place name is normalised before lookup.

The same function builds the index and queries it, so "Ar-Raqqah", "al Raqqa",
"Raqqa" and "RAQQA" all meet at the key ``raqqa``::

    >>> normalize("Ar-Raqqah")
    'raqqa'
    >>> normalize("Mazār-e Sharīf")
    'mazaresharif'
    >>> normalize("W. Va.")
    'wva.'

Steps: Unicode compatibility decomposition (NFKD) with every combining mark
dropped ("Kunaṟ" is r + macron below: ``kunar``), transliteration letters that
do not decompose spelled out in ASCII (ı ł ø đ ħ ß æ œ þ ð ə ...), lower case,
apostrophes and ʿayn/hamza marks removed, hyphens, dots and other punctuation
to spaces, an Arabic article ("al-", "el-", "ar-", "ash-", ...) or English
"the" at the start dropped, a final "ah" shortened to "a" (Raqqah/Raqqa,
Hamah/Hama), and spaces removed last, so word splits in transliterations meet
("Dawlat Abad"/"Dawlatabad", "Char Dara"/"Chardara"). Only Latin-script names
are indexed (:func:`is_latin`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic definite article in its assimilated spellings ("ar-Raqqah", "ash-Sham")
_ARTICLES = ("al", "el", "ar", "as", "ash", "ad", "adh", "an", "at", "az", "ath", "ed", "es", "er", "en", "the")
_ARTICLE_RE = re.compile(r"^(?:%s) (?=\S{2,})" % "|".join(_ARTICLES))
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʿʾʻʼʽˈ′"), None)
# letters NFKD leaves alone, as Latin transliterations write them in ASCII
_LETTERS = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ŧ": "t", "Ŧ": "T", "ŀ": "l", "ĸ": "k", "ŋ": "n", "Ŋ": "N", "ə": "e", "Ə": "E", "ɛ": "e",
    "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ƒ": "f", "ɨ": "i", "ʉ": "u", "ɖ": "d", "Ɖ": "D", "ƙ": "k",
    "Ƙ": "K", "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƴ": "y", "Ƴ": "Y", "ʃ": "sh", "ʒ": "zh",
})
_PUNCT_RE = re.compile(r"[^\w ]+|_")
_SPACE_RE = re.compile(r"\s+")


# "Kan.", "W.Va", "W. Va.", "U.S.": abbreviations keep a final dot in their key, so
# "Miss." (Mississippi) never meets the title "Miss" and "Kan." never meets "Kan".
_ABBREV_RE = re.compile(r"(?:[A-Z][a-z]{0,4}\. ?)+(?:[A-Z][a-z]{0,2})?")


@lru_cache(maxsize=262144)
def normalize(name: str) -> str:
    """The lookup key of a place name (see the module docstring)."""
    name = name.strip()
    if _ABBREV_RE.fullmatch(name):
        return "".join(re.findall(r"[A-Za-z]+", name)).lower() + "."
    text = fold(name).translate(_APOSTROPHES).lower()
    text = _PUNCT_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    text = _ARTICLE_RE.sub("", text)
    if text.endswith("ah") and len(text) > 4:
        text = text[:-1]
    return text.replace(" ", "")


def fold(name: str) -> str:
    """``name`` without diacritics: NFKD, every combining mark dropped, and the
    letters that do not decompose (ı ł ø đ ħ ə ...) written in ASCII. Case is kept."""
    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_LETTERS)


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (with accents,
    transliteration letters such as ə or ı, and ʻayn/hamza marks)."""
    for ch in fold(name):
        if ch.isalpha() and not ("A" <= ch <= "z" or "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff" or ord(ch) in _APOSTROPHES):
            return False
    return True
