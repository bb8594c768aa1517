#!/usr/bin/env python3
"""How fast is the extractor? textacy's way against this project's, on PolNeAR.

usage: python benchmarks/throughput.py [--split train] [--limit N] [--jobs N]

(a) textacy's way: the full spaCy pipeline over whole articles (`nlp.pipe`),
    then `textacy.extract.triples.direct_quotations` on every Doc.
(b) this project's `extract_article` on the same articles, with the same
    pipeline package loaded the same way.

Both rates are words per second on one core (whitespace-separated words of the
article texts, reading excluded). The accuracy of (b) on dev is printed next
to them, so that a speed-up that costs accuracy shows at once.

`--jobs N` also measures `quotes ingest` into a fresh database with 1 and with
N worker processes (rate, speed-up, peak RSS of the process tree) and then the
re-ingest of the unchanged corpus, which must skip by content hash.

The corpus is read from ../shared/corpus/polnear at run time and never copied
into the project; when it is absent the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear"


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Words per second of textacy's direct_quotations (full pipeline over "
        "whole articles) and of this project's extractor on PolNeAR; optionally the "
        "parallel ingest rate, its peak memory and the re-ingest time.",
        epilog="example: python benchmarks/throughput.py --split train --jobs 2",
    )
    parser.add_argument("--split", choices=("dev", "train"), default="train",
                        help="PolNeAR split to time (default: train, 840 articles)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="only the first N articles (sorted by file name)")
    parser.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="also time `quotes ingest` with 1 and with N worker processes")
    parser.add_argument("--corpus", type=Path, default=POLNEAR,
                        help=f"PolNeAR folder (default: {POLNEAR})")
    parser.add_argument("--skip-textacy", action="store_true", help="do not time textacy")
    parser.add_argument("--skip-accuracy", action="store_true", help="do not score dev")
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help="time each system R times and keep the median (default: 1)")
    return parser.parse_args(argv)


# --- the corpus --------------------------------------------------------------------


def article_paths(text_dir: Path, limit: Optional[int]) -> list[Path]:
    paths = sorted(text_dir.glob("*.txt"))
    return paths[:limit] if limit else paths


def load_articles(paths: list[Path]) -> list:
    """Articles as `quotes ingest` reads them (language given: no detection to time)."""
    from quotes.sources import SourceError, read_file

    articles = []
    for path in paths:
        articles += [a for a in read_file(path, lang="en") if not isinstance(a, SourceError)]
    return articles


def word_count(articles: list) -> int:
    return sum(len(a.text.split()) for a in articles)


# --- the two systems ---------------------------------------------------------------


def run_textacy(nlp, texts: list[str]) -> int:
    """Full pipeline over whole articles, then textacy's triples; the number found."""
    from textacy.extract.triples import direct_quotations

    from quotes.nlp import stock_tokenizer

    found = 0
    with stock_tokenizer(nlp):  # spaCy's own tokenizer, as textacy users have it
        for doc in nlp.pipe(texts):
            try:
                found += len(list(direct_quotations(doc)))
            except Exception:  # odd number of quotation marks, and other refusals
                pass
    return found


def run_quotes(nlp, articles: list, keep: Optional[list] = None) -> int:
    """This project's extractor, one `extract_article` call per article."""
    from quotes.extraction import extract_article

    results = [extract_article(a, nlp=nlp) for a in articles]
    if keep is not None:
        keep[:] = results
    return sum(map(len, results))


@dataclass
class Timing:
    """Wall-clock and CPU seconds of one system (medians over the repeats).

    CPU seconds are what "one core" means on a shared machine: wall time
    also counts the other processes that happened to run meanwhile.
    """

    result: int
    wall: float
    cpu: float


def run_quotes_batched(nlp, articles: list, keep: Optional[list] = None, chunk: int = 16) -> int:
    """The same extraction as ingest runs it: chunks of articles parsed in one batch."""
    from quotes.parsing import extract_batch

    results: list = []
    for i in range(0, len(articles), chunk):
        results += extract_batch(articles[i : i + chunk], lambda lang: nlp)
    if keep is not None:
        keep[:] = results
    return sum(len(r) for r in results if isinstance(r, list))


def timed(run: Callable[[], int], repeat: int) -> Timing:
    walls, cpus, result = [], [], 0
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = run()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - began_cpu)
    return Timing(result, statistics.median(walls), statistics.median(cpus))


def rate_line(label: str, timing: Timing, words: int, unit: str) -> str:
    return (f"{label:<24} {timing.wall:7.1f} s wall {words / timing.wall:9,.0f} words/s | "
            f"{timing.cpu:7.1f} s CPU {words / timing.cpu:9,.0f} words/s  ({timing.result} {unit})")


# --- accuracy ----------------------------------------------------------------------


def dev_accuracy(corpus: Path, nlp) -> Optional[str]:
    """The one-line score of the extractor on dev, as `quotes eval` prints it."""
    from quotes import evaluate

    dev = corpus / "dev"
    gold_path = dev / "quotes.gold.jsonl"
    if not gold_path.is_file():
        return None
    gold = evaluate.read_jsonl(gold_path)
    published = evaluate.gold_docs(gold)
    metadata = {doc: {"published": day} for doc, day in published.items() if day}
    records = evaluate.predict_dir(dev / "text", lang="en", nlp=nlp, docs=published, metadata=metadata)
    return evaluate.score(gold, records).line()


# --- ingest ------------------------------------------------------------------------


class PeakMemory:
    """Peak resident memory of this process and all of its children, sampled.

    Workers come and go, so the tree is walked at every sample; 50 ms is
    fine-grained enough for a footprint that changes over seconds.
    """

    def __init__(self, interval: float = 0.05):
        import psutil

        self.process = psutil.Process()
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _tree_rss(self) -> int:
        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except Exception:  # a worker that just exited
                pass
        return total

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._tree_rss())


@dataclass
class IngestRun:
    jobs: int
    seconds: float
    cpu: float  # CPU seconds of the writer and its (reaped) workers
    peak_rss: int
    line: str


def tree_cpu() -> float:
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_ingest(paths: list[Path], db_path: Path, jobs: int) -> IngestRun:
    """One `quotes ingest`-equivalent run through the library entry point."""
    from quotes import ingest, store

    db = store.open_db(db_path)
    with PeakMemory() as memory:
        began, began_cpu = time.perf_counter(), tree_cpu()
        summary = ingest.ingest(db, paths, ingest.default_extractor(), lang="en", jobs=jobs)
        seconds, cpu = time.perf_counter() - began, tree_cpu() - began_cpu
    db.close()
    return IngestRun(jobs, seconds, cpu, memory.peak, summary.line())


def measure_ingest(paths: list[Path], words: int, jobs: int) -> None:
    """Fresh ingest with 1 and `jobs` workers, then a re-ingest of the same files."""
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for n in sorted({1, jobs}):
            run = time_ingest(paths, Path(tmp) / f"jobs{n}.db", n)
            runs.append(run)
            print(f"ingest --jobs {n}: {run.seconds:.1f} s, {words / run.seconds:,.0f} words/s, "
                  f"{run.cpu:.1f} CPU s (writer + workers), "
                  f"peak RSS {run.peak_rss / 2**20:,.0f} MiB (process tree); {run.line}")
        if len(runs) == 2:
            print(f"speed-up with {jobs} jobs: {runs[0].seconds / runs[1].seconds:.2f}x "
                  f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: other processes share them)")
        again = time_ingest(paths, Path(tmp) / f"jobs{jobs}.db", jobs)
        print(f"re-ingest unchanged (--jobs {jobs}): {again.seconds:.2f} s, "
              f"{runs[-1].seconds / again.seconds:,.0f}x faster than the first ingest; {again.line}")


# --- main --------------------------------------------------------------------------


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    text_dir = args.corpus / args.split / "text"
    if not text_dir.is_dir():
        print(f"PolNeAR not found at {text_dir}: nothing to measure (skipped).")
        return 0
    from quotes.nlp import load_pipeline

    paths = article_paths(text_dir, args.limit)
    articles = load_articles(paths)
    words = word_count(articles)
    nlp = load_pipeline("en")
    print(f"PolNeAR {args.split}: {len(articles)} articles, {words:,} words; "
          f"pipeline {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']} ({', '.join(nlp.pipe_names)})")
    one_by_one: list = []
    together: list = []
    ours = timed(lambda: run_quotes(nlp, articles, one_by_one), args.repeat)
    print(rate_line("quotes extract_article", ours, words, "quotes"))
    batched = timed(lambda: run_quotes_batched(nlp, articles, together), args.repeat)
    print(rate_line("quotes batched (ingest)", batched, words, "quotes"))
    same = "identical" if together == one_by_one else "DIFFERENT (a bug: batching must not change answers)"
    print(f"batched quotes vs extract_article: {same}")
    if not args.skip_textacy:
        theirs = timed(lambda: run_textacy(nlp, [a.text for a in articles]), args.repeat)
        print(rate_line("textacy full pipeline", theirs, words, "triples"))
        for label, timing in (("extract_article", ours), ("batched", batched)):
            print(f"speed-up of quotes ({label}) over textacy's way: {theirs.wall / timing.wall:.2f}x wall, "
                  f"{theirs.cpu / timing.cpu:.2f}x CPU")
    if not args.skip_accuracy:
        line = dev_accuracy(args.corpus, nlp)
        print(f"accuracy of quotes on dev: {line}" if line else "dev split absent: accuracy not measured")
    if args.jobs:
        measure_ingest(paths, words, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
