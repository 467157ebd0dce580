"""`Pipeline`: read → code → (store). The object behind `realpolitik analyze` and `ingest`."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from realpolitik.engine import run_stage
from realpolitik.ingest import Document, ErrorRecord, Reader

log = logging.getLogger(__name__)

DOCUMENT_FIELDS = ("kind", "doc_id", "title", "date", "lang", "n_sentences", "n_events", "n_quotes")


@dataclass
class IngestSummary:
    """Counts of one ingest run; they reconcile: read = stored + duplicates + rejected."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    run_id: int | None = None
    errors: list[ErrorRecord] = field(default_factory=list)

    def add(self, *, read: int, stored: int, duplicates: int, errors: list[ErrorRecord],
            on_error: Callable[[ErrorRecord], None] | None, progress: Callable[[int], None] | None) -> None:
        """Account for one committed batch, and tell the caller about its errors and progress."""
        self.read += read
        self.stored += stored
        self.duplicates += duplicates
        self.rejected += len(errors)
        self.errors.extend(errors)
        for e in errors:
            if on_error:
                on_error(e)
        if progress:
            progress(read)

    def to_dict(self) -> dict:
        return {"read": self.read, "stored": self.stored, "duplicates": self.duplicates,
                "rejected": self.rejected, "run_id": self.run_id}


@dataclass
class _Batch:
    items: list  # Documents and ErrorRecords, in input order
    to_code: list[Document]
    duplicates: int = 0


def _coder():
    from realpolitik.coding.pipeline import code_batch

    return code_batch


class Pipeline:
    """Reads inputs, codes them in batches (in-process or `workers` processes), and streams
    contract records (`analyze`) or writes them to a `Store` (`ingest`)."""

    def __init__(self, *, date: str | None = None, lang: str = "auto", workers: int = 1, batch_size: int = 32):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.reader = Reader(default_date=date, lang=lang)
        self.workers = workers
        self.batch_size = batch_size

    def _batches(self, paths: Iterable[str | os.PathLike]) -> Iterator[list]:
        stream = self.reader.read(paths)
        while chunk := list(islice(stream, self.batch_size)):
            yield chunk

    # -- analyze --------------------------------------------------------------------------------
    def analyze(self, paths: Iterable[str | os.PathLike]) -> Iterator[dict]:
        """Contract records (CONTRACTS §2) for every input: per document, its `document` record,
        then its events and quotes; an `error` record for each rejected input, in input order."""
        batches = (_Batch(items, [i for i in items if isinstance(i, Document)]) for items in self._batches(paths))
        for batch, result in run_stage(_coder(), batches, workers=self.workers, select=lambda b: b.to_code):
            yield from _records_in_order(batch, result)

    # -- ingest ---------------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | os.PathLike], store, *, dataset: str | None = None,
               progress: Callable[[int], None] | None = None,
               on_error: Callable[[ErrorRecord], None] | None = None) -> IngestSummary:
        """Code and store every new document, and store the rows of dataset files (GDELT, ACLED,
        SIPRI); one transaction per batch. Safe to re-run: documents and rows already in the store
        (or seen earlier in this run) count as duplicates and are not coded again.

        `dataset` reads every path as that dataset; otherwise `.csv`/`.tsv`/`.zip` files are
        datasets, recognised from their header, and everything else is an article input."""
        paths = [str(p) for p in paths]
        summary = IngestSummary(run_id=store.begin_run(paths))
        status = "failed"
        try:
            articles = [p for p in paths if dataset is None and not is_dataset_path(p)]
            for path in paths:
                if path not in articles:
                    self._ingest_dataset(path, dataset, store, summary, progress, on_error)
            if articles:
                self._ingest_articles(articles, store, summary, progress, on_error)
            status = "done"
        finally:
            store.finish_run(summary.run_id, status=status,
                             **{k: v for k, v in summary.to_dict().items() if k != "run_id"})
        return summary

    def _ingest_dataset(self, path: str, kind: str | None, store, summary: IngestSummary, progress, on_error) -> None:
        from realpolitik.ingest.datasets import detect_dataset, read_dataset

        if not Path(path).is_file():
            self._reject(ErrorRecord(path, None, "no such file"), store, summary, on_error)
            return
        kind = kind or detect_dataset(path)
        if kind is None:
            self._reject(ErrorRecord(path, None, "not a dataset realpolitik knows (GDELT 2.0 events, ACLED, SIPRI "
                                                 "trade register); name it with --dataset"), store, summary, on_error)
            return
        rows = read_dataset(path, kind)
        while chunk := list(islice(rows, DATASET_BATCH)):
            errors = [r for r in chunk if isinstance(r, ErrorRecord)]
            good = [r for r in chunk if not isinstance(r, ErrorRecord)]
            events = [r for r in good if r.get("kind") == "event"]
            transfers = [r for r in good if r.get("kind") != "event"]
            added = store.write_dataset_batch(events, transfers, errors, run_id=summary.run_id)
            log.info("committed %s rows from %s: %d stored, %d rejected", kind, path, added, len(errors))
            summary.add(read=len(chunk), stored=added, duplicates=len(good) - added, errors=errors,
                        on_error=on_error, progress=progress)

    def _reject(self, error: ErrorRecord, store, summary: IngestSummary, on_error) -> None:
        store.write_dataset_batch([], [], [error], run_id=summary.run_id)
        summary.add(read=1, stored=0, duplicates=0, errors=[error], on_error=on_error, progress=None)

    def _ingest_articles(self, paths: list[str], store, summary: IngestSummary, progress, on_error) -> None:
        seen: set[str] = set()

        def prepared() -> Iterator[_Batch]:
            for items in self._batches(paths):
                docs = [i for i in items if isinstance(i, Document)]
                known = store.known_ids(d.doc_id for d in docs)
                batch = _Batch(items, [])
                for d in docs:
                    if d.doc_id in known or d.doc_id in seen:
                        batch.duplicates += 1
                    else:
                        seen.add(d.doc_id)
                        batch.to_code.append(d)
                yield batch

        for n, (batch, result) in enumerate(
                run_stage(_coder(), prepared(), workers=self.workers, select=lambda b: b.to_code), start=1):
            errors = [i for i in batch.items if isinstance(i, ErrorRecord)] + result.errors
            stored = store.write_batch(result.documents, result.sentences, result.events, result.quotes,
                                       errors, run_id=summary.run_id)
            log.info("committed batch %d: %d stored, %d duplicates, %d rejected",
                     n, stored, batch.duplicates, len(errors))
            summary.add(read=len(batch.items), stored=stored,
                        duplicates=batch.duplicates + (len(result.documents) - stored), errors=errors,
                        on_error=on_error, progress=progress)


DATASET_SUFFIXES = (".csv", ".tsv", ".zip")
DATASET_BATCH = 5000


def is_dataset_path(path: str) -> bool:
    """A file named like a dataset export (`.csv`, `.tsv`, `.zip`; GDELT's `.export.CSV` too)."""
    return path != "-" and Path(path).suffix.lower() in DATASET_SUFFIXES and not Path(path).is_dir()


def _records_in_order(batch: _Batch, result) -> Iterator[dict]:
    docs = {d["doc_id"]: d for d in result.documents}
    events: dict[str, list] = {}
    quotes: dict[str, list] = {}
    for e in result.events:
        events.setdefault(e["doc_id"], []).append(e)
    for q in result.quotes:
        quotes.setdefault(q["doc_id"], []).append(q)
    failed = {(e.source, e.line): e for e in result.errors}
    for item in batch.items:
        if isinstance(item, ErrorRecord):
            yield item.to_dict()
            continue
        rec = docs.get(item.doc_id)
        if rec is None:
            err = failed.get((item.origin, item.line)) or ErrorRecord.for_document(item, "coding failed")
            yield err.to_dict()
            continue
        yield {k: rec[k] for k in DOCUMENT_FIELDS}
        yield from events.get(item.doc_id, [])
        yield from quotes.get(item.doc_id, [])
