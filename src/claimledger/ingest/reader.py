"""Turn bytes from a file or stdin into a :class:`Document`, or a clear error.

Every user mistake (empty, binary, undecodable, too large, HTML with no text,
a date we cannot read) raises an :class:`~claimledger.errors.InputError` that
names the file; nothing here writes anything.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from claimledger import settings
from claimledger.errors import (
    BadDate,
    BadHTML,
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    TooLarge,
)
from claimledger.models import Document

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)
_MD_TITLE = re.compile(r"\A\s*#\s+(.+)$", re.M)


def _human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def parse_date(value: str | None, *, what: str = "date", path: str | None = None) -> str | None:
    """Parse a user-given date into ``YYYY-MM-DD``; raise :class:`BadDate` if unreadable."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError as e:
            raise BadDate(f"{what} {value!r} is not a real date ({e})", path=path) from None
    import dateparser

    parsed = dateparser.parse(
        value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )
    if parsed is None:
        raise BadDate(f"{what} {value!r} is not a date I can read (try YYYY-MM-DD)", path=path)
    return parsed.date().isoformat()


def _decode(data: bytes, path: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise EncodingError("looks like UTF-16 but does not decode", path=path) from None
    if b"\x00" in data[:8192]:
        raise BinaryInput("binary file (contains NUL bytes), not a text report", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(
            "cannot detect the text encoding (not UTF-8, no other encoding fits)", path=path
        )
    text = str(best)
    # A decode that is mostly control or private-use characters is binary in disguise.
    bad = sum(1 for ch in text[:20000] if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f")
    if bad > max(8, len(text[:20000]) // 50):
        raise BinaryInput("binary file, not a text report", path=path)
    return text


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _extract_html(html: str, path: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            with_metadata=True,
        )
    except Exception as e:  # trafilatura/lxml raise many kinds on broken markup
        raise BadHTML(f"cannot parse HTML ({type(e).__name__}: {e})", path=path) from None
    if result is None:
        raise BadHTML("HTML with no main text to extract", path=path)
    get = result.get if isinstance(result, dict) else (lambda k: getattr(result, k, None))
    text = get("text") or ""
    if not text.strip():
        raise BadHTML("HTML with no main text to extract", path=path)
    return text, get("title"), get("sitename") or get("hostname"), get("date"), get("url")


def read_bytes(
    data: bytes,
    *,
    path: str = "-",
    published: str | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    media_type: str | None = None,
) -> Document:
    """Make a Document from raw bytes. ``media_type`` is guessed from ``path`` if absent."""
    limit = settings.get_int("max_input_bytes")
    if len(data) > limit:
        raise TooLarge(
            f"file is {_human_size(len(data))}, over the {_human_size(limit)} limit "
            f"(set CLAIMLEDGER_MAX_INPUT_BYTES to raise it)",
            path=path,
        )
    if not data.strip():
        raise EmptyInput("empty file, nothing to analyze", path=path)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if media_type is None:
        if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _HTML_SNIFF.match(data[:2048])):
            media_type = "text/html"
        elif suffix in MARKDOWN_SUFFIXES:
            media_type = "text/markdown"
        else:
            media_type = "text/plain"
    text = _decode(data, path)
    meta_date = None
    if media_type == "text/html":
        text, html_title, site, meta_date, html_url = _extract_html(text, path)
        title = title or html_title
        source = source or site
        url = url or html_url
    elif media_type == "text/markdown":
        m = _MD_TITLE.search(text)
        if m and title is None:
            title = m.group(1).strip()
    text = _clean(text)
    if not text.strip():
        raise EmptyInput("no text left after extraction", path=path)
    pub = parse_date(published, what="--published", path=path) if published else None
    if pub is None and meta_date:
        try:
            pub = parse_date(meta_date, what="publication date in the HTML", path=path)
        except BadDate:
            pub = None  # a bad date inside someone's HTML is not the user's mistake
    return Document(
        text=text,
        title=title,
        source=source,
        published=pub,
        url=url,
        path=path,
        raw=data,
        media_type=media_type,
    )


def read_path(
    path: str | Path,
    *,
    published: str | None = None,
    source: str | None = None,
) -> Document:
    """Read a report from a file path, or from stdin when ``path`` is ``-``."""
    p = str(path)
    if p == "-":
        data = sys.stdin.buffer.read(settings.get_int("max_input_bytes") + 1)
        return read_bytes(data, path="-", published=published, source=source)
    fp = Path(p)
    if not fp.exists():
        raise InputError("no such file", path=p)
    if fp.is_dir():
        raise InputError("is a folder, not a file", path=p)
    limit = settings.get_int("max_input_bytes")
    try:
        size = fp.stat().st_size
        if size > limit:
            raise TooLarge(
                f"file is {_human_size(size)}, over the {_human_size(limit)} limit "
                f"(set CLAIMLEDGER_MAX_INPUT_BYTES to raise it)",
                path=p,
            )
        data = fp.read_bytes()
    except PermissionError:
        raise InputError("permission denied", path=p) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=p) from None
    except OSError as e:
        raise InputError(f"cannot read ({e.strerror})", path=p) from None
    return read_bytes(data, path=p, published=published, source=source)
