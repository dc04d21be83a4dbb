"""Dates: the spaCy component ``claimledger_dates`` and the stage ``resolve_dates``.

The component finds date expressions ("on Sunday", "last week", "in recent
weeks", "on 21 March 2020", "as reported on ...", "yesterday", "on the night of
3 May", "20/06") from the statistical model's DATE entities (and TIME entities
that name a day) plus a pattern for numeric day/month dates, and writes
``doc._.cl_dates`` (:class:`DateMention`, chunk-local offsets).

The stage resolves each mention against the document's publication date, with
an ACLED-style precision (day, week, month, year), and sets each claim's
``when`` from the mention inside its span, else in its sentence, else the
nearest one before it in the same paragraph. Only candidate spans go to
dateparser, and its answers are cached.
"""

from __future__ import annotations

import bisect

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimledger.models import Analysis, When
from claimledger.nlp.doctext import text_of
from claimledger.nlp.paragraphs import dateline_end

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b", re.I)
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\b", re.I)
_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r")[ .](\d{1,2})\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2} $")
# "17 September 2024", which the tagger may split into a count and an event
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2}) (" + "|".join(m.capitalize() for m in MONTHS) + r") ((?:19|20)\d\d)\b")
_PREFIX = re.compile(r"(?:(?:as\s+)?reported\s+on|on\s+the\s+night\s+of|on\s+the\s+morning\s+of|on|in|since|during|over)\s+$", re.I)
_NOT_DATES = re.compile(r"^(?:(?!(?:1[89]|20)\d\d$)\d+|\d+\s*(?:-|to)\s*year[- ]old|now|the\s+time|present)$", re.I)
MAX_PREV_GAP = 600
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(m.capitalize()[:3] for m in MONTHS)
# "24-26 June", "17 and 21 June", "between 3 and 5 May": a range of days
_DAY_RANGE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to|&)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAMES})\b", re.I)
# "June 27-28"
_RANGE_AFTER_MONTH = re.compile(rf"\b({_MONTH_NAMES})[ .](\d{{1,2}})\s*(?:-|–|and|to)\s*(\d{{1,2}})\b", re.I)
_TIME_OF_DAY = re.compile(r"\b(?:early\s+|late\s+)?(?:morning|evening|night|afternoon|midnight|noon|dawn|dusk|hours)\b", re.I)
# "8 months", "two weeks": a duration, not a date ("two weeks ago" is one)
_DURATION = re.compile(r"^(?:the\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a\s+few|many)(?:\s*-\s*|\s+)(?:days?|weeks?|months?|years?|hours?|decades?)(?:\s+(?:long|old))?$", re.I)


@dataclass
class SentenceSpan:
    """The sentence a mention is in (a dataclass so the pipeline shifts its span)."""

    span: tuple[int, int]


@dataclass
class DateMention:
    span: tuple[int, int]
    text: str
    sentence: SentenceSpan | None = None
    reported: bool = False  # "as reported on ...": the date of a report, not of the event
    date: str | None = None  # set by resolve_dates
    precision: str | None = None


def find_dates(doc: Any) -> list[DateMention]:
    """Date mentions in a spaCy Doc, in order."""
    text = text_of(doc)
    found: list[tuple[int, int, Any]] = []
    for ent in doc.ents:
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and any(t.lower_ in WEEKDAYS for t in ent)):
            if _NOT_DATES.match(ent.text.strip()) or _DURATION.match(ent.text.strip()):
                continue
            start, end = ent.start_char, ent.end_char
            while end > start + 1 and text[end - 1] in " -–—,":
                end -= 1  # "February 2025 -": a dateline's dash is no part of its date
            day = _DAY_BEFORE.search(text, max(0, start - 4), start) if _MONTH_RE.match(text, start) else None
            if day is not None:
                start = day.start()  # "3 | February 2025": the tagger left the day out
            found.append((start, end, ent.sent))
    taken = [(s, e) for s, e, _ in found]
    for rx in (_DAY_MONTH_YEAR, _NUMERIC_DATE, _MONTH_DAY):
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if rx is _NUMERIC_DATE and (int(m.group(1)) > 31 or int(m.group(2)) > 31):
                continue
            if rx is _NUMERIC_DATE and "." in m.group(0) and m.group(3) is None:
                continue  # "1.5" is a number, not a date
            tok = doc.char_span(s, e, alignment_mode="expand")
            found.append((s, e, tok.sent if tok is not None else None))
            taken.append((s, e))
    out: list[DateMention] = []
    for s, e, sent in sorted(found, key=lambda x: x[0]):
        head = text[max(0, s - 32):s]
        m = _PREFIX.search(head) if not re.match(r"(?:last|this|next|past|previous)\b", text[s:e], re.I) else None
        reported = False
        if m:
            reported = "reported" in m.group(0).lower()
            s = s - (len(head) - m.start())
        out.append(
            DateMention(
                span=(s, e),
                text=text[s:e],
                sentence=SentenceSpan((sent.start_char, sent.end_char)) if sent is not None else None,
                reported=reported,
            )
        )
    return out


# -- resolution ---------------------------------------------------------------


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser

    return dateparser


@lru_cache(maxsize=4096)
def resolve_text(text: str, published: str | None) -> tuple[str, str] | None:
    """Resolve one date expression against the publication date:
    ``(YYYY-MM-DD, precision)`` or None. Cached."""
    base = _parse_published(published)
    raw = re.sub(r"^(?:as\s+)?reported\s+on\s+|^on\s+the\s+(?:night|morning|evening)\s+of\s+|^(?:on|in|since|during|over|between|from)\s+", "", text.strip(), flags=re.I)
    if re.match(r"(?:between|from)\s", text.strip(), re.I) and not (_MONTH_RE.search(raw) or _YEAR_RE.search(raw) or _WEEKDAY_RE.search(raw)):
        return None  # "between 1 and 7 June" is a span of days; "between 6-8 assailants" is no date
    days = 0
    m = _DAY_RANGE.search(raw)
    if m:
        days = abs(int(m.group(2)) - int(m.group(1)))
        raw = raw[:m.start()] + f"{m.group(1)} {m.group(3)}" + raw[m.end():]
    m = _RANGE_AFTER_MONTH.search(raw)
    if m:
        days = abs(int(m.group(3)) - int(m.group(2)))
        raw = raw[:m.start()] + f"{m.group(2)} {m.group(1)}" + raw[m.end():]
    raw = _TIME_OF_DAY.sub("", raw).strip() or raw
    low = raw.lower()
    if base is None and not _YEAR_RE.search(raw):
        return None  # "on Tuesday", "12 June" with no publication date: no year or week to place it in
    ref = base or dt.date.today()
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low) and not _DAY_RE.search(low):
            back = (ref.weekday() - i) % 7
            if "last" in low.split() and back == 0:
                back = 7
            return (ref - dt.timedelta(days=back)).isoformat(), "day"
    if base is not None:
        if re.search(r"\b(?:yesterday|last night)\b", low):
            return (base - dt.timedelta(days=1)).isoformat(), "day"
        if re.search(r"\b(?:today|tonight|this morning|this evening)\b", low):
            return base.isoformat(), "day"
        if re.search(r"\b(?:last|past|previous)\s+week\b", low):
            return (base - dt.timedelta(days=7)).isoformat(), "week"
        if re.search(r"\b(?:this week|recent days|past (?:few|several) days|the past days)\b", low):
            return base.isoformat(), "week"
        if re.search(r"\b(?:recent weeks|past (?:few|several|two|three) weeks|this month|earlier this month)\b", low):
            return base.isoformat(), "month"
        if re.search(r"\b(?:last|past|previous)\s+month\b", low):
            prev = base.replace(day=1) - dt.timedelta(days=1)
            return prev.replace(day=1).isoformat(), "month"
        if re.search(r"\b(?:last|past|previous)\s+year\b", low):
            return base.replace(year=base.year - 1, month=1, day=1).isoformat(), "year"
        if re.search(r"\bthis year\b", low):
            return base.replace(month=1, day=1).isoformat(), "year"
    num = _NUMERIC_DATE.fullmatch(raw)
    if num:
        d, m = int(num.group(1)), int(num.group(2))
        y = int(num.group(3)) if num.group(3) else ref.year
        if y < 100:
            y += 2000
        try:
            day = dt.date(y, m, d)
        except ValueError:
            return None
        if not num.group(3) and base and day > base:
            day = day.replace(year=day.year - 1)
        return day.isoformat(), "day"
    has_month = bool(_MONTH_RE.search(raw))
    has_day = has_month and bool(_DAY_RE.search(_YEAR_RE.sub("", raw)))
    has_year = bool(_YEAR_RE.search(raw))
    if not has_month and has_year and re.fullmatch(r"(?:the\s+)?(?:year\s+)?(1[89]\d\d|20\d\d)", low):
        return f"{_YEAR_RE.search(raw).group(1)}-01-01", "year"
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        parsed = _dateparser().parse(raw, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input; an unparsed date is just unknown
        return None
    if parsed is None:
        return None
    day = parsed.date()
    if has_month and not has_day:
        return day.replace(day=1).isoformat(), "month"
    if days:
        return day.isoformat(), "week" if days <= 7 else "month"
    if re.search(r"\b(?:weeks?)\b", low):
        return day.isoformat(), "week"
    if re.search(r"\b(?:months?)\b", low) and not has_day:
        return day.isoformat(), "month"
    if re.search(r"\byears?\b", low) and not has_day:
        return day.isoformat(), "year"
    return day.isoformat(), "day"


def _contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


class MentionIndex:
    """Resolved date mentions sorted for lookups by claim span, so attaching
    dates to n claims costs O(n log m), not O(n * m), on long documents."""

    def __init__(self, mentions: list[DateMention]) -> None:
        # Mentions arrive in document order; keep that order on ties.
        self.ms = sorted((m for m in mentions if m.date), key=lambda m: m.span[0])
        self.starts = [m.span[0] for m in self.ms]
        self.max_len = max((m.span[1] - m.span[0] for m in self.ms), default=0)
        by_sentence: dict[tuple[int, int], list[DateMention]] = {}
        for m in self.ms:
            if m.sentence is not None:
                by_sentence.setdefault(tuple(m.sentence.span), []).append(m)
        self.sentences = sorted(by_sentence)
        self.sentence_starts = [k[0] for k in self.sentences]
        self.by_sentence = by_sentence

    def inside(self, span: tuple[int, int]) -> list[DateMention]:
        lo = bisect.bisect_left(self.starts, span[0])
        hi = bisect.bisect_left(self.starts, span[1])
        return [m for m in self.ms[lo:hi] if _contains(span, m.span)]

    def same_sentence(self, pos: int) -> list[DateMention]:
        # Sentences do not overlap: the one holding ``pos`` starts at or before it.
        i = bisect.bisect_right(self.sentence_starts, pos)
        out: list[DateMention] = []
        for key in self.sentences[max(0, i - 2) : i]:
            if key[0] <= pos < key[1]:
                out.extend(self.by_sentence[key])
        out.sort(key=lambda m: m.span[0])
        return out

    def last_before(self, pos: int, text: str) -> DateMention | None:
        i = bisect.bisect_left(self.starts, pos)
        floor = pos - MAX_PREV_GAP - self.max_len
        for m in reversed(self.ms[:i]):
            if m.span[0] < floor:
                break
            if m.span[1] <= pos and pos - m.span[1] <= MAX_PREV_GAP and "\n\n" not in text[m.span[1] : pos]:
                return m
        return None


def mention_for(
    span: tuple[int, int], mentions: "list[DateMention] | MentionIndex", text: str,
    content: tuple[int, int] | None = None, speaker: tuple[int, int] | None = None,
) -> DateMention | None:
    """The date mention for a claim span: inside it, else in its sentence, else
    the nearest one before it in the same paragraph (no further than
    ``MAX_PREV_GAP`` characters). Given the claim's ``content``, a date in its
    words comes first ("said on Friday that 40 were killed on Thursday":
    Thursday); given where the ``speaker`` is named (from the claimant to the
    cue), a date there describes the speaker ("The army, which has fought the
    RSF since April 2023, said ..."), not the claim, and stands for nothing."""
    index = mentions if isinstance(mentions, MentionIndex) else MentionIndex(mentions)
    inside = index.inside(span)
    if inside and content is not None and content != span:
        words = [m for m in inside if _contains(content, m.span)]
        if words:
            inside = words
        elif speaker is not None:
            inside = [m for m in inside if not speaker[0] <= m.span[0] < speaker[1]]
            if not inside:
                return None
    if inside:
        para = text.rfind("\n", 0, span[0]) + 1
        filed = dateline_end(text, para, span[1]) if para <= span[0] else para
        # "KYIV, June 14 - ... said on Friday ...": the dateline dates the filing, not the claim
        told = [m for m in inside if m.span[0] >= filed] or inside
        return next((m for m in told if not m.reported), told[0])
    same = index.same_sentence(span[0])
    if same:
        return min(same, key=lambda m: abs(m.span[0] - span[0]))
    return index.last_before(span[0], text)


_SINCE = re.compile(r"\bsince\b(?:\s+(?:the|a|an|its|their|his|her)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:in|of|on))?\s+\S*$", re.I)
_DATE_FIELD = re.compile(r"\s*(?:date|dated|published|issued|released)\s*:\s*(?:on\s+)?$", re.I)
_DATELINE_REACH = 1500  # characters from the top where a report's dateline can stand (after a headline and a byline)


def _dateline_date(mentions: list[DateMention], text: str) -> str | None:
    """The day of the first wire dateline near the top that gives its year,
    as YYYY-MM-DD, else None."""
    for m in sorted(mentions, key=lambda m: m.span[0]):
        if m.span[0] > _DATELINE_REACH:
            break
        para = text.rfind("\n", 0, m.span[0]) + 1
        if m.span[1] > dateline_end(text, para) and not _DATE_FIELD.match(text[para : m.span[0]]):
            continue  # (a briefing's "Date: 12 July 2024" line dates it as a dateline does)
        r = resolve_text(m.text, None)
        if r is not None and r[1] == "day":
            return r[0]
    return None


def resolve_dates(analysis: Analysis, ctx: Any) -> None:
    """Document stage: resolve date mentions and set each claim's ``when``."""
    mentions: list[DateMention] = list(getattr(ctx, "chunk_dates", []) or [])
    text = analysis.document.text
    # with no publication date, a dated dateline ("(Nairobi, 12 March 2024) -")
    # places "on 29 January" and "on Tuesday" in time as a publication date would
    published = ctx.published or _dateline_date(mentions, text)
    for m in mentions:
        r = resolve_text(m.text, published)
        if r:
            m.date, m.precision = r
    # "had served as a school since 2019", "killed since the coup in February
    # 2021": when a state or a count began a year or a month back, not when
    # the claimed event was ("on strike since 19 June", "since Monday": the
    # days of the event itself, kept)
    index = MentionIndex([
        m for m in mentions
        if not (getattr(m, "precision", None) in ("year", "month") and _SINCE.search(text, max(0, m.span[0] - 40), m.span[0] + 6))
    ])
    for claim in analysis.claims:
        speaker = None
        if claim.claimant.span and claim.cue and claim.claimant.span[0] < claim.cue.span[0]:
            speaker = (claim.claimant.span[0], claim.cue.span[0])
        m = mention_for(claim.span, index, text, claim.content.span, speaker)
        if m is not None:
            claim.when = When(date=m.date, precision=m.precision, text=m.text)


from spacy.language import Language  # noqa: E402  (the spaCy edge of this module)

from claimledger.nlp.pipeline import ensure_extensions  # noqa: E402


@Language.factory("claimledger_dates")
def make_dates(nlp: Language, name: str) -> Any:
    ensure_extensions()

    def dates(doc: Any) -> Any:
        doc._.cl_dates = find_dates(doc)
        return doc

    return dates
