"""The pipeline's attribute ruler, read as a table.

A spaCy pipeline's ``attribute_ruler`` maps each token's fine tag (and for
some words its lower-case form or dependency) to its coarse part of speech,
morphology and lemma. It does this with a ``Matcher`` over every token and
every pattern; in ``en_core_web_sm`` (about 180 patterns) it took as long as
the parser on news text (about 5 s of 30 for 150 articles).

Those patterns test a token's tag, lower-case form, text, dependency or
space flag for a value, a list of values (``IN``, ``NOT_IN``) or a regular
expression, over one token or a few. This component reads them as tests on a
key: the token's values of the tested attributes (a value no pattern names
stands as one "other" value), followed by the outcome of each regular
expression for its string. The rules a key matches are found once per
distinct key and applied in the ruler's own order (a later rule's value wins,
as in ``AttributeRuler.set_annotations``). A pattern of another kind (an
operator such as ``"OP": "+"``, another attribute) stays with a ``Matcher``
holding only such patterns. The Doc is the same as the stock ruler's, token
for token: ``tests/test_attribute_table.py`` checks written texts and a ruler
with every kind of pattern; on PolNeAR (train and dev) and the propaganda
corpus, 1,259,426 tokens, no tag, part of speech, morphology or lemma differed.

``make_nlp`` puts it in the ruler's place unless the setting
``attribute_table`` is ``0``; the benchmark's bare pipeline keeps spaCy's ruler.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

# token attributes a pattern may test, as ``Doc.to_array`` gives them: string
# attributes as their hashes, flags as 0 or 1
_ATTRS: dict[str, int] = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "DEP": DEP, "IS_SPACE": IS_SPACE}
# attributes a REGEX test may read (as the Matcher does, on the string)
_STRINGS = frozenset({"TAG", "LOWER", "ORTH", "TEXT", "DEP"})

# (position in the key, "eq" | "in" | "not_in" | "true", value); a REGEX test
# reads a position of the key that holds its outcome for the token's string
Test = tuple[int, str, Any]
_OTHER = object()  # any value no rule names
_MAX_OUTCOMES = 200_000


def _as_array_value(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else get_string_id(value)


def _compile(token_pattern: dict[str, Any], slots: dict[str, int], regexes: list[tuple[str, str]]) -> list[Test] | None:
    """The tests of one token's pattern, or None when it is not a plain one
    (an operator, another attribute, another kind of test). ``slots`` and
    ``regexes`` collect the attributes and REGEX tests the key must hold."""
    tests: list[Test] = []
    for attr, spec in token_pattern.items():
        attr = attr.upper()
        if attr not in _ATTRS:
            return None
        name = "ORTH" if attr == "TEXT" else attr  # (one attribute under two names)
        slot = slots.setdefault(name, len(slots))  # a REGEX test reads its string from here too
        if isinstance(spec, dict):
            if len(spec) != 1:
                return None
            (op, values), = spec.items()
            if op == "REGEX" and isinstance(values, str) and attr in _STRINGS:
                if (name, values) not in regexes:
                    regexes.append((name, values))
                tests.append((regexes.index((name, values)), "regex", None))
                continue
            if op not in ("IN", "NOT_IN") or not isinstance(values, list) or not all(isinstance(v, (str, bool)) for v in values):
                return None
            tests.append((slot, op.lower(), frozenset(_as_array_value(v) for v in values)))
        elif isinstance(spec, (str, bool)):
            tests.append((slot, "eq", _as_array_value(spec)))
        else:
            return None
    return tests


def _passes(tests: list[Test], key: tuple[Any, ...]) -> bool:
    for slot, op, value in tests:
        got = key[slot]
        if op == "true":
            if not got:
                return False
        elif op == "eq":
            if got != value:
                return False
        elif op == "in":
            if got not in value:
                return False
        elif got in value:
            return False
    return True


def _placed(tests: list[Test], width: int) -> list[Test]:
    """REGEX tests pointed at their outcome's place in the key."""
    return [(width + slot, "true", None) if op == "regex" else (slot, op, value) for slot, op, value in tests]


class AttributeTable:
    """An ``attribute_ruler`` whose patterns are table lookups."""

    def __init__(self, nlp: Language, name: str = "claimledger_attribute_table") -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.attrs: list[dict[Any, Any]] = []
        self.indices: list[int] = []
        self.single: list[tuple[int, list[Test]]] = []  # (rule, tests), one-token patterns
        self.sequences: list[tuple[int, list[list[Test]]]] = []  # (rule, tests per token)
        self.slots: dict[str, int] = {}
        self.columns: list[int] = []
        self.regexes: list[tuple[int, re.Pattern[str]]] = []  # (column, pattern)
        self.regex_columns: list[int] = []  # the columns they read, each once
        self.outcomes: dict[tuple[int, ...], tuple[bool, ...]] = {}  # those columns' values -> the REGEX outcomes
        self.rest = Matcher(nlp.vocab)  # patterns of any other kind
        self.has_rest = False
        self.mentioned: list[frozenset[Any]] = []
        self.cache: dict[tuple[Any, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.merged: dict[tuple[int, ...], dict[Any, Any]] = {}

    def take(self, ruler: Any) -> "AttributeTable":
        """Read the rules of a stock ``AttributeRuler`` (its attrs already normalised)."""
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        regexes: list[tuple[str, str]] = []
        for rule in range(len(self.attrs)):
            key = self.vocab.strings[str(rule)]
            _, patterns = ruler.matcher.get(key)
            rest = []
            for pattern in patterns:
                tests = [_compile(p, self.slots, regexes) for p in pattern]
                if not tests or any(t is None for t in tests) or not -len(pattern) <= self.indices[rule] < len(pattern):
                    rest.append(pattern)
                elif len(tests) == 1:
                    self.single.append((rule, tests[0]))  # type: ignore[arg-type]
                else:
                    self.sequences.append((rule, tests))  # type: ignore[arg-type]
            if rest:
                self.rest.add(key, rest)
                self.has_rest = True
        self.columns = [_ATTRS[a] for a, _ in sorted(self.slots.items(), key=lambda kv: kv[1])]
        # a REGEX test's outcome sits in the key after the attributes
        width = len(self.slots)
        self.regexes = [(self.slots[attr], re.compile(pattern)) for attr, pattern in regexes]
        self.regex_columns = sorted({column for column, _ in self.regexes})
        self.single = [(rule, _placed(tests, width)) for rule, tests in self.single]
        self.sequences = [(rule, [_placed(tests, width) for tests in seq]) for rule, seq in self.sequences]
        # a value no rule names passes and fails the same tests as any other
        # such value: one key stands for all of them, so the table stays small
        named: list[set[Any]] = [set() for _ in self.slots]
        every = [tests for _, tests in self.single] + [t for _, seq in self.sequences for t in seq]
        for tests in every:
            for slot, op, value in tests:
                if op in ("in", "not_in"):
                    named[slot].update(value)
                elif op == "eq":
                    named[slot].add(value)
        self.mentioned = [frozenset(v) for v in named]
        self.cache = {}
        self.merged = {}
        self.outcomes = {}
        return self

    def keys(self, doc: Doc) -> list[tuple[Any, ...]]:
        """Each token's values of the tested attributes, those no rule names as ``_OTHER``."""
        if not self.columns:
            return [()] * len(doc)
        array = doc.to_array(self.columns)
        rows = array.tolist() if len(self.columns) > 1 else [[v] for v in array.tolist()]
        mentioned = self.mentioned
        keys = [tuple(v if v in m else _OTHER for v, m in zip(row, mentioned)) for row in rows]
        if self.regexes:
            strings = self.vocab.strings
            for i, row in enumerate(rows):
                values = tuple(row[c] for c in self.regex_columns)
                bits = self.outcomes.get(values)
                if bits is None:
                    if len(self.outcomes) >= _MAX_OUTCOMES:
                        self.outcomes.clear()  # (one entry per distinct word: bounded on long runs)
                    bits = tuple(bool(rx.search(strings[row[c]])) for c, rx in self.regexes)
                    self.outcomes[values] = bits
                keys[i] += bits
        return keys

    def _lookup(self, key: tuple[Any, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The one-token rules that match a key, and the sequences whose first token it could be."""
        found = self.cache.get(key)
        if found is None:
            found = (
                tuple(rule for rule, tests in self.single if _passes(tests, key)),
                tuple(n for n, (_, seq) in enumerate(self.sequences) if _passes(seq[0], key)),
            )
            self.cache[key] = found
        return found

    def _merged(self, rules: tuple[int, ...]) -> dict[Any, Any]:
        merged = self.merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self.merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        # every rule sees the Doc as it was before any rule ran (as the Matcher does)
        keys = self.keys(doc)
        hits: list[list[int]] = [[] for _ in keys]
        n = len(keys)
        for i, key in enumerate(keys):
            singles, starts = self._lookup(key)
            hits[i].extend(singles)
            for k in starts:
                rule, seq = self.sequences[k]
                end = i + len(seq)
                if end <= n and all(_passes(tests, keys[j]) for j, tests in zip(range(i + 1, end), seq[1:])):
                    index = self.indices[rule]
                    hits[i + index if index >= 0 else end + index].append(rule)
        if self.has_rest:
            strings = self.vocab.strings
            for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):  # type: ignore[misc]
                rule = int(strings[match_id])
                hits[Span(doc, start, end)[self.indices[rule]].i].append(rule)
        for i, rules in enumerate(hits):
            if rules:
                # the rules in their order (a later one's value wins), set in one call
                set_token_attrs(doc[i], self._merged(tuple(sorted(set(rules)))))
        return doc


@Language.factory("claimledger_attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp, name)


def install(nlp: Language) -> bool:
    """Put an ``AttributeTable`` in place of the pipeline's ``attribute_ruler``."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not hasattr(ruler, "attrs") or not hasattr(ruler, "matcher"):
        return False
    nlp.replace_pipe("attribute_ruler", "claimledger_attribute_table")
    nlp.rename_pipe("attribute_ruler", "claimledger_attribute_table")
    nlp.get_pipe("claimledger_attribute_table").take(ruler)
    return True
