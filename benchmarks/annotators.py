#!/usr/bin/env python3
"""How each PolNeAR annotator cut quotations that run over several sentences.

usage: python benchmarks/annotators.py [--split train|dev]

The derived gold (`quotes.gold.jsonl`) makes one quote of each piece of an
annotated content (corpus/README.md). An annotator who stored a content of
several sentences as one piece per sentence gave the gold one quote per
sentence, where the others gave one quote for the whole run. No text tells
which an article got, so this sets a ceiling on any extractor: read it
beside `accuracy.py --by annotators`. The corpus is read from
../shared/corpus/polnear and never copied; when absent the script says so
and exits 0.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "polnear"
# A sentence end inside a content: '… clarified. I have …', '… day.” He …'.
SENTENCE_BREAK = re.compile(r"[.?!][\"”’]? +[A-Z“\"]")


def contents(ann: Path) -> Iterator[list[tuple[int, int]]]:
    """The pieces (start, end) of each Content annotation of a brat file."""
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 3 or not fields[1].startswith("Content "):
            continue
        yield [tuple(map(int, piece.split())) for piece in fields[1][len("Content "):].split(";")]


def cut_at_sentences(pieces: list[tuple[int, int]]) -> bool:
    """Two pieces with at most one character between them: a content the
    annotation tool stored sentence by sentence, not two separate passages."""
    return any(nxt[0] - prev[1] <= 1 for prev, nxt in zip(pieces, pieces[1:]))


def tally(split: Path) -> dict[str, Counter]:
    """Per annotator: contents over several sentences, and those cut in pieces."""
    counts: dict[str, Counter] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        doc, annotator = ann.stem.rsplit("_", 1)
        text = (split / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        count = counts.setdefault(annotator, Counter())
        for pieces in contents(ann):
            if SENTENCE_BREAK.search(text[pieces[0][0] : pieces[-1][1]]):
                count["several sentences"] += 1
                count["cut per sentence"] += cut_at_sentences(pieces)
    return counts


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--corpus", type=Path, default=POLNEAR, help=f"PolNeAR folder (default: {POLNEAR})")
    args = parser.parse_args(argv)
    split = args.corpus / args.split
    if not (split / "attributions").is_dir():
        print(f"PolNeAR not found at {split}: nothing to measure (skipped).")
        return 0
    print(f"PolNeAR {args.split}: contents running over several sentences, per annotator")
    print("annotator  several_sentences  cut_per_sentence  share")
    for annotator, count in sorted(tally(split).items()):
        several, cut = count["several sentences"], count["cut per sentence"]
        print(f"{annotator:9}  {several:17}  {cut:16}  {cut / several if several else 0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
