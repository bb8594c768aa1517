"""Ingest: read articles, extract their quotes, store both; count what happened.

Extraction (the slow part) runs outside any transaction; storing an article
is one short transaction in `store.store_article`. An article already in the
database (same content hash) is skipped before extraction, so a re-run after
a crash only does the work that is missing, and re-running an unchanged
corpus parses nothing.

Extraction can run in worker processes (`jobs`) or on a Dask cluster (see
quotes.distributed); either way this process is the only writer and stores
results in input order, so the database is the same whatever ran the
extraction. Articles travel in chunks (one parse batch each) and only a few
chunks are in flight at a time, so memory stays flat however big the corpus.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol, Sequence, Union

import sqlite_utils

from quotes import sources, store
from quotes.model import Article, Quote
from quotes.parsing import ExtractionFailed, Outcome

Extractor = Callable[[Article], list[Quote]]
Report = Callable[[str], None]

#: Articles per extraction task: one `nlp.pipe` batch of their paragraphs.
CHUNK_SIZE = 16
#: Chunks in flight per worker: one being extracted, one waiting, so a
#: worker never idles while the writer stores.
IN_FLIGHT_PER_WORKER = 2


class Pending(Protocol):
    """A result still being computed: concurrent.futures and Dask futures both fit."""

    def result(self) -> list[Outcome]: ...

    def cancel(self) -> Any: ...


Submit = Callable[[list[Article]], Pending]


@dataclass
class Summary:
    """The outcome of an ingest, as printed at the end of `quotes ingest`."""

    new: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: bool = False  # --strict ended the run at the first error

    def line(self) -> str:
        return (f"articles: {self.new} new, {self.skipped} skipped, {self.failed} failed; "
                f"quotes stored: {self.quotes}")


@dataclass(frozen=True)
class DefaultExtractor:
    """`extract_article` with each article's language pipeline (or the --model one).

    A plain picklable value, so that it can be sent to worker processes and
    Dask workers, where `quotes.nlp` loads each pipeline once and keeps it.
    """

    model: Optional[str] = None

    def __call__(self, article: Article) -> list[Quote]:
        from quotes.extraction import extract_article

        return extract_article(article, model=self.model)

    def extract_many(self, articles: Sequence[Article]) -> list[Outcome]:
        """The same quotes as one call per article, parsed in one batch."""
        from quotes.nlp import load_pipeline
        from quotes.parsing import extract_batch

        return extract_batch(articles, lambda lang: load_pipeline(lang, self.model))


def default_extractor(model: Optional[str] = None) -> Extractor:
    """extract_article, with the article's language pipeline (or the --model one)."""
    return DefaultExtractor(model)


def extract_chunk(extractor: Extractor, articles: Sequence[Article]) -> list[Outcome]:
    """Each article's quotes, or why not: what a worker sends back to the writer."""
    many = getattr(extractor, "extract_many", None)
    if many is not None:
        return many(articles)
    outcomes: list[Outcome] = []
    for article in articles:
        try:
            outcomes.append(extractor(article))
        except Exception as exc:  # one article's failure must not end the batch
            outcomes.append(ExtractionFailed.of(exc))
    return outcomes


# --- worker processes ----------------------------------------------------------------

_WORKER_EXTRACTOR: Optional[Extractor] = None


def _start_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor
    _exit_with_parent(os.getppid())


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    """End this worker when the writer is gone (killed, crashed): never an orphan parsing for nobody."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _extract_in_worker(articles: list[Article]) -> list[Outcome]:
    assert _WORKER_EXTRACTOR is not None, "worker started without an extractor"
    return extract_chunk(_WORKER_EXTRACTOR, articles)


def default_jobs() -> int:
    """The cores this process may use (not the machine's, under a CPU limit)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def can_send(extractor: Extractor) -> bool:
    """Whether the extractor can go to another process (a test's closure cannot)."""
    try:
        pickle.dumps(extractor)
    except Exception:
        return False
    return True


@contextmanager
def worker_processes(extractor: Extractor, jobs: int) -> Iterator[Optional[Submit]]:
    """A Submit running chunks in `jobs` processes; None (extract here) for one job.

    Each process keeps its extractor and the pipelines it loads for its whole
    life: loading spaCy is seconds, a chunk is a fraction of that.
    """
    if jobs <= 1 or not can_send(extractor):
        yield None
        return
    pools: list[ProcessPoolExecutor] = []  # started at the first chunk sent: a small ingest never pays

    def submit(chunk: list[Article]) -> Pending:
        if not pools:
            pools.append(ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(),
                                             initializer=_start_worker, initargs=(extractor,)))
        return pools[0].submit(_extract_in_worker, chunk)

    try:
        yield submit
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)


# --- the writer ------------------------------------------------------------------


class Ingester:
    """Feeds articles and source errors into a database, keeping the Summary.

    With `submit`, extraction happens elsewhere (processes, a Dask cluster)
    while this object stays the only writer: chunks are stored in the order
    the articles came in. Call `finish()` at the end to store what is still
    buffered or in flight.
    """

    def __init__(self, db: sqlite_utils.Database, extractor: Extractor,
                 report: Report = lambda message: None, strict: bool = False,
                 resolve_speaker: store.SpeakerResolver = store.default_speaker_resolver,
                 submit: Optional[Submit] = None, in_flight: int = 4,
                 chunk_size: Optional[int] = None):
        self.db = db
        self.extractor = extractor
        self.report = report
        self.strict = strict
        self.resolve_speaker = resolve_speaker
        self.submit = submit
        self.in_flight = max(in_flight, 1)
        batches = submit is not None or hasattr(extractor, "extract_many")
        self.chunk_size = chunk_size or (CHUNK_SIZE if batches else 1)
        self.summary = Summary()
        self._buffer: list[Article] = []
        self._flying: deque[tuple[list[Article], Pending]] = deque()
        self._sent = 0  # chunks handed to workers so far

    def fail(self, message: str) -> None:
        self.summary.failed += 1
        self.summary.errors.append(message)
        self.report(message)
        if self.strict:
            self.summary.stopped = True

    def add(self, item: Union[Article, sources.SourceError]) -> None:
        """Queue one article (or count one error); never raises for bad input."""
        if self.summary.stopped:
            return
        if isinstance(item, sources.SourceError):
            self.finish()  # what came before is stored (or fails) before this error counts
            if not self.summary.stopped:
                self.fail(str(item))
            return
        if store.find_article(self.db, item.content_hash) is not None:
            self.summary.skipped += 1
            return
        self._buffer.append(item)
        if len(self._buffer) >= self.chunk_size:
            self._dispatch()

    def add_file(self, path: Union[Path, sources.SourceError], metadata: Optional[dict[str, Any]] = None,
                 lang: Optional[str] = None, published: Optional[str] = None) -> None:
        """Every article of one file, read lazily (a big JSONL is never all in memory)."""
        if isinstance(path, sources.SourceError):
            self.add(path)
            return
        for item in sources.read_file(path, metadata, lang=lang, published=published):
            self.add(item)
            if self.summary.stopped:
                return

    def finish(self) -> Summary:
        """Extract and store everything still buffered or in flight, in order."""
        if not self._flying and self._sent == 0:
            # Everything fits one chunk: starting workers (and their pipelines) would cost more.
            self._dispatch(here=True)
        self._dispatch()
        while self._flying:
            self._land_oldest()
        return self.summary

    # --- moving chunks -------------------------------------------------------

    def _dispatch(self, here: bool = False) -> None:
        chunk, self._buffer = self._buffer, []
        if not chunk or self.summary.stopped:
            return
        if self.submit is None or here:
            self._store_chunk(chunk, extract_chunk(self.extractor, chunk))
            return
        self._sent += 1
        self._flying.append((chunk, self.submit(chunk)))
        while len(self._flying) > self.in_flight:
            self._land_oldest()

    def _land_oldest(self) -> None:
        chunk, pending = self._flying.popleft()
        if self.summary.stopped:  # --strict ended the run: later work is dropped
            pending.cancel()
            return
        try:
            outcomes = pending.result()
        except Exception as exc:  # the worker itself died (killed, out of memory)
            outcomes = [ExtractionFailed.of(exc)] * len(chunk)
        self._store_chunk(chunk, outcomes)

    def _store_chunk(self, chunk: list[Article], outcomes: Sequence[Outcome]) -> None:
        for article, outcome in zip(chunk, outcomes):
            if self.summary.stopped:
                return
            self._store(article, outcome)

    def _store(self, article: Article, outcome: Outcome) -> None:
        if not isinstance(outcome, ExtractionFailed):
            try:
                stored = store.store_article(self.db, article, outcome, self.resolve_speaker)
            except Exception as exc:  # one article's failure must not end the batch
                outcome = ExtractionFailed.of(exc)
        if isinstance(outcome, ExtractionFailed):
            self.fail(f"{article.path or article.doc}: could not extract or store {article.doc!r}: {outcome}")
            return
        if stored.new:
            self.summary.new += 1
            self.summary.quotes += stored.quotes
        else:
            self.summary.skipped += 1


@contextmanager
def extraction_workers(extractor: Extractor, jobs: int = 1, client: Any = None) -> Iterator[tuple[Optional[Submit], int]]:
    """(submit, chunks in flight) for Ingester: a Dask client, else `jobs` processes."""
    if client is not None:
        from quotes.distributed import dask_submit, workers_of

        yield dask_submit(client, extractor), IN_FLIGHT_PER_WORKER * workers_of(client)
        return
    with worker_processes(extractor, jobs) as submit:
        yield submit, IN_FLIGHT_PER_WORKER * max(jobs, 1)


def ingest(db: sqlite_utils.Database, paths: Iterable[Union[str, Path]], extractor: Extractor,
           metadata: Optional[dict[str, Any]] = None, lang: Optional[str] = None,
           published: Optional[str] = None, strict: bool = False,
           report: Report = lambda message: None, jobs: int = 1, client: Any = None) -> Summary:
    """Ingest files and folders without a progress bar (the library entry point).

    `jobs` > 1 extracts in that many processes; `client` (a
    dask.distributed.Client) extracts on its cluster. Either way the
    database ends up the same as with one job.
    """
    with extraction_workers(extractor, jobs, client) as (submit, in_flight):
        ingester = Ingester(db, extractor, report=report, strict=strict, submit=submit, in_flight=in_flight)
        for path in sources.iter_files(paths):
            ingester.add_file(path, metadata, lang=lang, published=published)
            if ingester.summary.stopped:
                break
        return ingester.finish()
