"""Ingest: items (documents read from files, JSONL, ACLED rows) into the store.

Analysis runs in this process, in a pool of worker processes (``workers``),
or on a Dask cluster (``scheduler``); either way each worker builds its
Analyzer once and returns plain ``Analysis`` dataclasses, and only this
process writes, one transaction per document. A document whose text this
pipeline version already analysed is skipped before any analysis.
"""

from __future__ import annotations

import itertools
import multiprocessing
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from claimledger.errors import ClaimledgerError, InputError
from claimledger.ingest.sources import Item
from claimledger.ledger.store import Store
from claimledger.models import Analysis, Document

BATCH = 8  # documents per analysis task


@dataclass
class IngestReport:
    read: int = 0  # items seen
    documents: int = 0  # new documents
    analyses: int = 0  # new analyses
    unchanged: int = 0  # already in the ledger with this pipeline version
    claims: int = 0  # claims in new analyses
    events: int = 0  # new ACLED coded events
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("read", "documents", "analyses", "unchanged", "claims", "events", "failed")}


# -- analysis where it runs (this process, a pool worker or a Dask worker) -------------


@lru_cache(maxsize=4)
def cached_analyzer(model: str | None = None) -> Any:
    """One Analyzer per process (and model): loading spaCy is the slow part."""
    from claimledger.nlp.pipeline import Analyzer

    return Analyzer(model=model)


def pipeline_version(model: str | None = None) -> str:
    return cached_analyzer(model).version


def analyze_batch(documents: list[Document], model: str | None = None) -> list[Analysis | str]:
    """Analyse documents; a document that fails gives its error message instead."""
    analyzer = cached_analyzer(model)
    try:
        return list(analyzer.analyze_many(documents))
    except Exception:
        out: list[Analysis | str] = []
        for d in documents:  # find the one that failed; keep the rest
            try:
                out.append(analyzer.analyze(d))
            except Exception as e:  # a pipeline bug must not stop the ingest
                out.append(f"analysis failed ({type(e).__name__}: {e})")
        return out


def _init_worker(model: str | None) -> None:
    cached_analyzer(model)


# -- the runner ---------------------------------------------------------------------------


Progress = Callable[[int], None]
OnError = Callable[[str], None]


def _batches(it: Iterable[Item], n: int) -> Iterator[list[Item]]:
    it = iter(it)
    while batch := list(itertools.islice(it, n)):
        yield batch


class Ingest:
    """Feed items into a store. ``run(items)`` returns an :class:`IngestReport`."""

    def __init__(
        self,
        store: Store,
        *,
        nlp: bool = True,
        workers: int = 1,
        scheduler: str | None = None,
        model: str | None = None,
        on_progress: Progress | None = None,
        on_error: OnError | None = None,
    ) -> None:
        self.store = store
        self.nlp = nlp
        self.workers = max(1, workers)
        self.scheduler = scheduler
        self.model = model
        self.on_progress = on_progress or (lambda n: None)
        self.on_error = on_error or (lambda msg: None)
        self.report = IngestReport()
        self.version: str | None = None

    def _fail(self, message: str) -> None:
        self.report.failed += 1
        self.report.errors.append(message)
        self.on_error(message)

    def _write(self, item: Item, analysis: Analysis | None) -> None:
        try:
            if analysis is None:
                result = self.store.add_document(item.document, acled=item.acled)
            else:
                result = self.store.add_analysis(analysis, acled=item.acled)
        except ClaimledgerError as e:
            self._fail(str(e))
            return
        self.report.documents += int(result.new_document)
        self.report.events += int(result.new_event)
        if analysis is not None:
            self.report.analyses += int(result.new_analysis)
            self.report.claims += result.claims if result.new_analysis else 0
            if not result.new_analysis:
                self.report.unchanged += 1
        elif not result.new_document and not result.new_event:
            self.report.unchanged += 1

    def _triage(self, items: Iterable[Item]) -> Iterator[Item]:
        """Items worth analysing; errors reported, already-analysed ones recorded."""
        for item in items:
            self.report.read += 1
            if item.error is not None or item.document is None:
                self._fail(str(item.error or InputError("nothing to read", path=item.label)))
                self.on_progress(1)
                continue
            if not self.nlp:
                self._write(item, None)
                self.on_progress(1)
                continue
            if self.version is not None and self.store.has_analysis(item.document.id, self.version):
                if item.acled is not None and self.store.add_document(item.document, acled=item.acled).new_event:
                    self.report.events += 1
                else:
                    self.report.unchanged += 1
                self.on_progress(1)
                continue
            yield item

    def _finish(self, batch: list[Item], results: list[Analysis | str]) -> None:
        for item, result in zip(batch, results):
            if isinstance(result, str):
                self._fail(f"{item.label}: {result}")
            else:
                result.document = item.document  # keep the original bytes and path
                self._write(item, result)
            self.on_progress(1)

    def run(self, items: Iterable[Item]) -> IngestReport:
        if not self.nlp:
            for _ in self._triage(items):
                pass
        elif self.scheduler:
            self._run_dask(items)
        elif self.workers > 1:
            self._run_pool(items)
        else:
            self.version = pipeline_version(self.model)
            for batch in _batches(self._triage(items), BATCH):
                self._finish(batch, analyze_batch([i.document for i in batch], self.model))
        return self.report

    def _run_pool(self, items: Iterable[Item]) -> None:
        try:
            self._pool(items)
        except BrokenProcessPool:
            raise ClaimledgerError(
                "an analysis worker died (out of memory?); documents stored so far are complete: "
                "run the same command again to add the rest"
            ) from None

    def _pool(self, items: Iterable[Item]) -> None:
        ctx = multiprocessing.get_context("spawn")  # no fork: the parent has threads and open connections
        with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker, initargs=(self.model,)) as pool:
            self.version = pool.submit(pipeline_version, self.model).result()
            pending: dict[Any, list[Item]] = {}
            for batch in _batches(self._triage(items), BATCH):
                pending[pool.submit(analyze_batch, [i.document for i in batch], self.model)] = batch
                while len(pending) >= 2 * self.workers:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        self._finish(pending.pop(fut), fut.result())
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    self._finish(pending.pop(fut), fut.result())

    def _run_dask(self, items: Iterable[Item]) -> None:
        try:
            from distributed import Client, as_completed
        except ModuleNotFoundError:
            raise ClaimledgerError("--scheduler needs Dask: pip install 'claimledger[dask]'") from None
        try:
            client = Client(self.scheduler, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError) as e:
            raise ClaimledgerError(f"cannot reach the Dask scheduler at {self.scheduler} ({e})") from None
        try:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            self.version = client.submit(pipeline_version, self.model, pure=False).result()
            pending: dict[Any, list[Item]] = {}
            completed = as_completed(loop=client.loop)
            for batch in _batches(self._triage(items), BATCH):
                fut = client.submit(analyze_batch, [i.document for i in batch], self.model, pure=False)
                pending[fut] = batch
                completed.add(fut)
                while len(pending) >= 2 * n_workers:
                    f = next(completed)
                    self._finish(pending.pop(f), f.result())
            for f in completed:
                self._finish(pending.pop(f), f.result())
        finally:
            client.close()
