"""Where documents come from: files, folders, globs, JSONL records and ACLED CSV rows.

Everything here yields :class:`Item` values, one per document, in a stable
order. A problem with one input (a missing file, a binary file, a JSONL line
that is not JSON, an ACLED row without notes) becomes an ``Item`` with an
``error`` naming the file (and line), so the caller can report it in one line
and go on with the rest. Nothing here writes anything.
"""

from __future__ import annotations

import csv
import glob
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from claimledger.errors import ClaimledgerError, InputError
from claimledger.ingest.reader import parse_date, read_bytes, read_path
from claimledger.models import Document, lone_surrogate

FOLDER_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass
class AcledEvent:
    """The ACLED core fields of one coded event (current type names)."""

    key: str
    event_id_cnty: str | None = None
    data_id: str | None = None
    event_date: str | None = None
    year: int | None = None
    time_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    original_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    interaction: str | None = None
    country: str | None = None
    iso: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int | None = None

    def to_row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Item:
    """One document to ingest, or the reason it cannot be."""

    label: str  # file path, or "file:line" for JSONL and CSV rows
    document: Document | None = None
    error: ClaimledgerError | None = None
    acled: AcledEvent | None = None


# -- paths ------------------------------------------------------------------------


def expand(paths: Iterable[str]) -> Iterator[tuple[str, ClaimledgerError | None]]:
    """Files named by ``paths`` (files, folders searched recursively, globs), in order.

    Yields ``(path, None)`` per file, or ``(path, error)`` for a path that names nothing."""
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in FOLDER_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            for f in found:
                if str(f) not in seen:
                    seen.add(str(f))
                    yield str(f), None
        elif p.is_file() or raw == "-":
            if raw not in seen:
                seen.add(raw)
                yield raw, None
        elif _GLOB_CHARS.search(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [m for m in matches if Path(m).is_file()]
            if not files:
                yield raw, InputError("no files match this pattern", path=raw)
            for m in files:
                if m not in seen:
                    seen.add(m)
                    yield m, None
        else:
            yield raw, InputError("no such file or folder", path=raw)


def count_items(paths: Iterable[str]) -> int:
    """How many items :func:`iter_items` will yield, roughly (for a progress bar)."""
    n = 0
    for path, error in expand(paths):
        if error is None and path.lower().endswith((".jsonl", ".csv")):
            try:
                with open(path, "rb") as f:
                    n += sum(1 for line in f if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


SIDECAR = "sources.json"


def read_sidecar(folder: Path) -> dict[str, dict[str, Any]]:
    """A folder's ``sources.json``: ``{file name: {source, published, title, url}}``
    (``{}`` if absent; InputError if unreadable)."""
    p = folder / SIDECAR
    if not p.is_file():
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read the folder's metadata ({e})", path=str(p)) from None
    if not isinstance(data, dict):
        raise InputError("must be an object of file name -> {source, published, title, url}", path=str(p))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def iter_items(paths: Iterable[str], *, published: str | None = None, source: str | None = None) -> Iterator[Item]:
    """Items for files, folders, globs and JSONL files.

    A ``sources.json`` beside the files gives each one's publisher, date, title
    and URL; ``published``/``source`` given here win over it, and it wins over
    what the file itself says (HTML meta tags)."""
    sidecars: dict[Path, dict[str, dict[str, Any]]] = {}
    for path, error in expand(paths):
        if error is not None:
            yield Item(path, error=error)
            continue
        if path.lower().endswith(".jsonl"):
            yield from iter_jsonl(path, source=source, published=published)
            continue
        folder = Path(path).parent
        if folder not in sidecars:
            try:
                sidecars[folder] = read_sidecar(folder)
            except InputError as e:
                sidecars[folder] = {}
                yield Item(str(folder / SIDECAR), error=e)
        meta = sidecars[folder].get(Path(path).name, {})
        try:
            doc = read_path(path, published=published or _meta(meta, "published"), source=source or _meta(meta, "source"))
        except ClaimledgerError as e:
            yield Item(path, error=e)
            continue
        doc.title = _meta(meta, "title") or doc.title
        doc.url = _meta(meta, "url") or doc.url
        yield Item(path, document=doc)


def _meta(meta: dict[str, Any], key: str) -> str | None:
    v = meta.get(key)
    return str(v) if isinstance(v, (str, int, float)) and str(v).strip() else None


# -- JSONL ------------------------------------------------------------------------


def iter_jsonl(path: str, *, source: str | None = None, published: str | None = None) -> Iterator[Item]:
    """One item per line of ``{"text", "url", "title", "published", "source"}``."""
    try:
        f = open(path, "rb")
    except OSError as e:
        yield Item(path, error=InputError(f"cannot read ({e.strerror})", path=path))
        return
    with f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            label = f"{path}:{lineno}"
            try:
                yield Item(label, document=record_document(line, label=label, source=source, published=published))
            except ClaimledgerError as e:
                yield Item(label, error=e)


def _check_unicode(name: str, value: str, label: str) -> None:
    """JSON lets a record spell a lone UTF-16 surrogate ("\\udcff"), which is
    not a character: no text can be stored or analysed with one."""
    m = lone_surrogate(value)
    if m is not None:
        raise InputError(f"record field {name!r} has an unpaired UTF-16 surrogate (\\u{ord(m.group()):04x}) at character {m.start()}: not valid Unicode", path=label)


def record_document(line: bytes | str, *, label: str, source: str | None = None, published: str | None = None) -> Document:
    """A Document from one JSONL record; raises InputError naming ``label``.
    ``source`` and ``published`` fill in for records without them."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not a JSON record ({e.msg if hasattr(e, 'msg') else e})", path=label) from None
    if not isinstance(record, dict):
        raise InputError("a JSONL line must be an object with a \"text\" field", path=label)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("record has no \"text\" (a non-empty string is required)", path=label)
    if "\x00" in text:
        raise InputError("record \"text\" contains NUL characters (binary data?)", path=label)
    _check_unicode("text", text, label)

    def field(name: str) -> str | None:
        v = record.get(name)
        if v is None:
            return None
        if not isinstance(v, (str, int, float)):
            raise InputError(f"record field {name!r} must be a string", path=label)
        _check_unicode(name, str(v), label)
        return str(v)

    media_type = "text/html" if (record.get("media_type") == "text/html") else "text/plain"
    return read_bytes(
        text.encode("utf-8"),
        path=label,
        published=field("published") or published,
        source=field("source") or source,
        title=field("title"),
        url=field("url"),
        media_type=media_type,
    )


# -- ACLED --------------------------------------------------------------------------

# Older ACLED files (before 2019) use other event type names; the events
# engineer's ``claimledger.nlp.acled_types.map_event_type`` maps them onto the
# current ones (data/acled_types.json). Here: which of several candidates
# ("Riots/Protests") and a sub-event type for old rows that have none.
# For old rows without a sub-event type: ordered keyword rules over the notes.
_REMOTE_SUBTYPES = (
    (re.compile(r"\bchemical|chlorine|sarin\b", re.I), "Chemical weapon"),
    (re.compile(r"\bsuicide\b", re.I), "Suicide bomb"),
    (re.compile(r"\bair ?strikes?|airstrikes?|drone|warplanes?|jets?|helicopters?|bombers?\b", re.I), "Air/drone strike"),
    (re.compile(r"\bgrenades?\b", re.I), "Grenade"),
    (re.compile(r"\bIEDs?|landmines?|mines?|roadside bomb|car bomb|explosive device|VBIED\b", re.I), "Remote explosive/landmine/IED"),
    (re.compile(r"\bshell(?:s|ed|ing)?|mortars?|artillery|rockets?|missiles?\b", re.I), "Shelling/artillery/missile attack"),
)
_VAC_SUBTYPES = (
    (re.compile(r"\brap(?:e|ed|es|ing)\b|sexual", re.I), "Sexual violence"),
    (re.compile(r"\babduct|kidnap|disappear", re.I), "Abduction/forced disappearance"),
)


def acled_type(event_type: str | None, sub_event_type: str | None = None, *, actor1: str = "", notes: str = "") -> tuple[str | None, str | None]:
    """ACLED (event type, sub-event type) in current names, from old or current ones."""
    if not event_type or not event_type.strip():
        return None, sub_event_type or None
    from claimledger.nlp.acled_types import map_event_type  # plain Python, no spaCy

    sub = (sub_event_type or "").strip() or None
    try:
        mapped = map_event_type(event_type.strip(), sub)
    except ValueError:
        return event_type.strip(), sub
    new, sub = mapped.event_type, mapped.sub_event_type
    if "Riots" in mapped.event_types and actor1.strip().lower().startswith("rioters"):
        new = "Riots"
    if sub is not None:
        return new, sub
    # an old row (no sub-event types then): infer one where the type allows
    if new == "Explosions/Remote violence":
        sub = next((s for rx, s in _REMOTE_SUBTYPES if rx.search(notes)), None)
    elif new == "Violence against civilians":
        sub = next((s for rx, s in _VAC_SUBTYPES if rx.search(notes)), "Attack")
    elif new == "Riots":
        sub = "Violent demonstration"
    elif new == "Protests":
        sub = "Peaceful protest"
    return new, sub


def _int(v: str | None) -> int | None:
    try:
        return int(float(v)) if v not in (None, "") else None
    except ValueError:
        return None


def _float(v: str | None) -> float | None:
    try:
        return float(v) if v not in (None, "") else None
    except ValueError:
        return None


def _s(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def acled_event(row: dict[str, str], *, label: str) -> AcledEvent:
    """The coded fields of one ACLED CSV row (old or current column names)."""
    notes = (row.get("notes") or "").strip()
    event_type, sub = acled_type(row.get("event_type"), row.get("sub_event_type"), actor1=row.get("actor1") or "", notes=notes)
    key = _s(row.get("event_id_cnty")) or (f"data_id:{row['data_id'].strip()}" if _s(row.get("data_id")) else None)
    if key is None:
        raise InputError("ACLED row has neither event_id_cnty nor data_id", path=label)
    try:
        date = parse_date(row.get("event_date"), what="event_date", path=label)
    except ClaimledgerError:
        raise
    return AcledEvent(
        key=key[:100],
        event_id_cnty=_s(row.get("event_id_cnty")),
        data_id=_s(row.get("data_id")),
        event_date=date,
        year=_int(row.get("year")),
        time_precision=_int(row.get("time_precision")),
        event_type=event_type,
        sub_event_type=sub,
        original_event_type=_s(row.get("event_type")),
        actor1=_s(row.get("actor1")),
        assoc_actor_1=_s(row.get("assoc_actor_1") or row.get("ally_actor_1")),
        actor2=_s(row.get("actor2")),
        assoc_actor_2=_s(row.get("assoc_actor_2") or row.get("ally_actor_2")),
        interaction=_s(row.get("interaction")),
        country=_s(row.get("country")),
        iso=_s(row.get("iso")),
        admin1=_s(row.get("admin1")),
        admin2=_s(row.get("admin2")),
        admin3=_s(row.get("admin3")),
        location=_s(row.get("location")),
        latitude=_float(row.get("latitude")),
        longitude=_float(row.get("longitude")),
        geo_precision=_int(row.get("geo_precision")),
        source=_s(row.get("source")),
        source_scale=_s(row.get("source_scale")),
        notes=notes or None,
        fatalities=_int(row.get("fatalities")),
    )


def iter_acled(path: str) -> Iterator[Item]:
    """One item per ACLED CSV row: the notes as a document, plus the coded event."""
    try:
        f = open(path, newline="", encoding="utf-8-sig")
    except OSError as e:
        yield Item(path, error=InputError(f"cannot read ({e.strerror})", path=path))
        return
    with f:
        try:
            reader = csv.DictReader(f)
            header = reader.fieldnames or []
        except (csv.Error, UnicodeDecodeError) as e:
            yield Item(path, error=InputError(f"not an ACLED CSV file ({e})", path=path))
            return
        missing = {"event_type", "notes", "event_date"} - {h.strip() for h in header}
        if missing:
            yield Item(path, error=InputError(f"not an ACLED CSV file (no column {', '.join(sorted(missing))})", path=path))
            return
        lineno = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as e:
                yield Item(f"{path}:{lineno + 1}", error=InputError(f"bad CSV ({e})", path=f"{path}:{lineno + 1}"))
                break
            lineno = reader.line_num
            label = f"{path}:{lineno}"
            try:
                yield acled_item(row, label=label)
            except ClaimledgerError as e:
                yield Item(label, error=e)


def acled_item(row: dict[str, str], *, label: str) -> Item:
    event = acled_event(row, label=label)
    if not event.notes:
        raise InputError("ACLED row has no notes to read", path=label)
    title = " ".join(x for x in (f"ACLED {event.event_id_cnty or event.key}:", event.event_type, "in", event.location) if x)
    document = Document(
        text=event.notes,
        title=title,
        source=event.source,
        published=event.event_date,
        path=label,
        media_type="text/plain",
    )
    return Item(label, document=document, acled=event)
