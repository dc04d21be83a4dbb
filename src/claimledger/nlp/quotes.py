"""Quote-mark scanning: where direct quotes start and end in a text.

Handles straight and curly double quotes, curly and straight single quotes
(told apart from apostrophes by their neighbours), guillemets, quotes nested
inside quotes (only the outermost span is returned, with its nested spans
noted), and quotes that run over paragraphs (the typographic convention: an
unclosed quote is continued when the next paragraph opens with a quote mark).
Plain string scanning, one pass, no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
_OPENERS_BEFORE = " \t\n([{—–-/“\"‘'«:"
_MARKS = re.compile("[\n'\"" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE) + "]")


@dataclass
class Quote:
    """A quoted span, marks included: ``text[start:end]``."""

    start: int
    end: int
    nested: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.start + 1, self.end - 1 if self.closed else self.end)


def _kind(ch: str) -> str:
    return "d" if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch == '"' else "s"


def _opens_paragraph(text: str, i: int) -> bool:
    """Is position ``i`` (a quote mark) the first non-space of its line?"""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def find_quotes(text: str) -> list[Quote]:
    """Outermost quoted spans of ``text``, in order."""
    out: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (kind, start)
    nested: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        # only line breaks and quote marks do anything: jump to the next one
        m = _MARKS.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if ch == "\n":
            # paragraph break: an open quote continues only if the next
            # paragraph opens with a quote mark of the same kind
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if stack:
                nxt = text[j] if j < n else ""
                kinds = {k for k, _ in stack}
                cont = nxt and nxt in OPEN_DOUBLE + OPEN_SINGLE + "\"'" and _kind(nxt) in kinds
                if cont:
                    # skip the continuation mark (and a nested opener right after it)
                    i = j + 1
                    continue
                # unclosed: a double quote ends at the paragraph end; a lone
                # single mark was probably an apostrophe
                kind, start = stack[0]
                if kind == "d":
                    end = i
                    while end > start and text[end - 1] in " \t\r":
                        end -= 1
                    out.append(Quote(start, end, list(nested), closed=False))
                stack.clear()
                nested.clear()
            i = j
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "'" and nxt == "'":
            # two straight single marks stand for a double quote (''like this'')
            if stack and stack[-1][0] == "d" and text[stack[-1][1]] == "'":
                _close(stack, "d", i + 1, out, nested)
            elif prev in _OPENERS_BEFORE or not prev.isalnum():
                stack.append(("d", i))
            i += 2
            continue
        if ch in OPEN_DOUBLE and stack and stack[-1][0] == "d" and _closes(prev, nxt):
            # “It's unusual,“: an opening mark typed where the closing one belongs
            _close(stack, "d", i, out, nested)
        elif ch in OPEN_DOUBLE:
            stack.append(("d", i))
        elif ch in CLOSE_DOUBLE:
            _close(stack, "d", i, out, nested)
        elif ch == '"':
            if stack and stack[-1][0] == "d" and (text[stack[-1][1]] == '"' or _closes(prev, nxt)):
                # “...," : a straight mark closing a curly quote
                _close(stack, "d", i, out, nested)
            elif prev in _OPENERS_BEFORE or not prev.isalnum():
                stack.append(("d", i))
            elif stack and any(text[s] == '"' for _, s in stack):
                _close(stack, "d", i, out, nested)
        elif ch in OPEN_SINGLE or (ch == "'" and prev in _OPENERS_BEFORE and nxt.isalnum()):
            if prev in _OPENERS_BEFORE or not prev.isalnum():
                stack.append(("s", i))
        elif ch in CLOSE_SINGLE or ch == "'":
            # a closing single mark is not followed by a letter (else: apostrophe)
            if stack and stack[-1][0] == "s" and not nxt.isalpha() and not (prev.isspace()):
                _close(stack, "s", i, out, nested)
        i += 1
    if stack:
        kind, start = stack[0]
        if kind == "d":
            out.append(Quote(start, n, list(nested), closed=False))
    return out


def _closes(prev: str, nxt: str) -> bool:
    """Does a double mark between ``prev`` and ``nxt`` end a quote: right after
    the quote's last word or punctuation, before a space or punctuation?"""
    return (prev.isalnum() or prev in ".,!?;:…") and not nxt.isalnum()


def _close(stack: list[tuple[str, int]], kind: str, i: int, out: list[Quote], nested: list[tuple[int, int]]) -> None:
    # pop to the innermost open quote of this kind
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0] == kind:
            start = stack[k][1]
            del stack[k:]
            if stack:
                nested.append((start, i + 1))
            else:
                out.append(Quote(start, i + 1, list(nested)))
                nested.clear()  # the outermost quote is closed: the next starts afresh
            return
