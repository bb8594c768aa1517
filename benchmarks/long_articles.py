#!/usr/bin/env python3
"""Does extraction stay linear on long inputs? Time grows with the text, not faster.

usage: python benchmarks/long_articles.py [--sizes 250,1000,4000] [--skip-textacy]

Two synthetic inputs, each at growing sizes:

- a transcript: N paragraphs, each naming a senator, quoting them with a
  surname tag and then with "he added" (a pronoun to resolve against every
  person named so far);
- a feed record: one line with N quotes and no paragraph break (JSON Lines
  and CSV feeds often carry whole articles so).

For each size it prints the seconds `extract` takes, the quotes found, the
milliseconds per quote and how much the time grew against the size before:
a linear extractor grows as much as the text (4x for 4x), a quadratic one
four times that. textacy's `direct_quotations` over the same texts, with the
same pipeline, is the peer run beside it. The texts are made here, from
fixed random seeds, so every run times the same input.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = "James Mary Robert Linda Michael Susan David Karen Thomas Nancy".split()
LAST = "Smith Jones Brown Miller Davis Wilson Moore Taylor Clark Lewis Walker Young Allen King Wright Scott".split()


def transcript(paragraphs: int) -> str:
    """Paragraphs that each name someone, quote them and continue with a pronoun."""
    rnd = random.Random(1)
    out = []
    for _ in range(paragraphs):
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        out.append(f'Senator {name} spoke in Ohio on Monday. "We will win this state," {name.split()[1]} said. '
                   '"It is ours," he added.')
    return "\n\n".join(out)


def feed_record(quotes: int) -> str:
    """One line holding `quotes` attributed quotes."""
    return " ".join('"We will win," Erdogan said. The minister spoke about "the economy" and its future.'
                    for _ in range(quotes))


def timed(run: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    found = run()
    return time.perf_counter() - started, found


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Seconds to extract quotes from long synthetic inputs at growing sizes, "
        "for this project and for textacy's direct_quotations.",
        epilog="example: python benchmarks/long_articles.py --sizes 250,1000,4000",
    )
    parser.add_argument("--sizes", default="250,1000,4000",
                        help="paragraphs of the transcript and quotes of the feed record (default: 250,1000,4000)")
    parser.add_argument("--skip-textacy", action="store_true", help="do not time textacy")
    return parser.parse_args(argv)


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",")]
    from quotes.extraction import extract
    from quotes.nlp import load_pipeline

    nlp = load_pipeline("en")
    extract(transcript(5), lang="en", nlp=nlp)  # load and warm up
    peer: Optional[Callable[[str], int]] = None
    if not args.skip_textacy:
        from textacy.extract.triples import direct_quotations

        nlp.max_length = max(nlp.max_length, 10 * max(sizes) * 200)
        peer = lambda text: len(list(direct_quotations(nlp(text))))  # noqa: E731 (the whole pipeline, then textacy)

    print(f"pipeline {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}")
    for label, make in (("transcript (paragraphs)", transcript), ("feed record on one line (quotes)", feed_record)):
        print(f"\n{label}")
        print(f"{'size':>6} {'chars':>9} | {'quotes s':>8} {'found':>6} {'ms/quote':>8} {'growth':>6}"
              + ("" if peer is None else f" | {'textacy s':>9} {'found':>6} {'growth':>6}"))
        before: Optional[tuple[int, float, float]] = None
        for n in sizes:
            text = make(n)
            ours, found = timed(lambda: len(extract(text, lang="en", nlp=nlp)))
            row = f"{n:>6} {len(text):>9,} | {ours:>8.2f} {found:>6} {1000 * ours / max(found, 1):>8.2f}"
            grew = f"{ours / before[1]:>5.1f}x" if before else f"{'':>6}"
            row += f" {grew}"
            theirs = None
            if peer is not None:
                theirs, triples = timed(lambda: peer(text))
                grew_peer = f"{theirs / before[2]:>5.1f}x" if before and before[2] else f"{'':>6}"
                row += f" | {theirs:>9.2f} {triples:>6} {grew_peer}"
            print(row, flush=True)
            before = (n, ours, theirs or 0.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
