#!/usr/bin/env python3
"""Who does "he" name? Hand-checked pronoun speakers on PolNeAR.

usage: python benchmarks/pronouns.py [--split train|dev] [--predictions FILE] [--errors]

PolNeAR's gold source of '"…," he said' is the word "he", and the corpus
scorer credits any prediction whose mention overlaps it: whether the tracker
resolved "he" to the right person is not measured there at all. A reader
sees only the name. So we checked names by hand: `pronouns/train.jsonl`
(149 quotes drawn at random from train: two draws of 50 that rules were
then written against, and a third of 49 drawn after them and left alone)
and `pronouns/dev.jsonl` (48 from dev) give, for a quote whose speaker mention
is a pronoun, the person (or body) a careful reader says it stands for, read
from the article; a few list two spellings. The labels hold document ids,
offsets and names, never the articles' text, which is read from
../shared/corpus/polnear at run time (the script says so and exits 0 when
it is absent).

A prediction is right when its speaker has the label's last word and, when
both have a first word, the same first word ("Carson" for Ben Carson is
right, "Bernie Sanders" for Jane Sanders is not). "absent" counts labels on
which no prediction rests any more (a rule now reads the quote otherwise);
"nobody" counts predictions that name no one, which is honest but not right.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.evaluate import gold_docs, predict_dir, read_jsonl  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear"
LABELS = Path(__file__).resolve().parent / "pronouns"


def _words(name: Optional[str]) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name or "")
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return folded.replace("’s", "").replace("'s", "").split()


def same_person(predicted: Optional[str], label: str) -> bool:
    """The label's last word, and its first word when both names have one."""
    p, l = _words(predicted), _words(label)
    if not p or not l or p[-1] != l[-1]:
        return False
    return len(p) == 1 or len(l) == 1 or p[0] == l[0]


def score(labels: list[dict[str, Any]], records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts of right, wrong, nobody and absent over the labels, and the misses."""
    by_mention = {(r["doc"], r.get("speaker_start")): r for r in records}
    counts = {"labels": len(labels), "right": 0, "wrong": 0, "nobody": 0, "absent": 0}
    misses = []
    for label in labels:
        pred = by_mention.get((label["doc"], label["mention_start"]))
        if pred is None:
            outcome, name = "absent", None
        else:
            name = pred.get("speaker")
            outcome = "nobody" if not name else "right" if any(same_person(name, n) for n in label["speaker"]) else "wrong"
        counts[outcome] += 1
        if outcome != "right":
            misses.append({"doc": label["doc"], "mention_start": label["mention_start"], "mention": label["mention"],
                           "expected": label["speaker"], "predicted": name, "outcome": outcome})
    counts["accuracy"] = round(counts["right"] / counts["labels"], 3) if labels else 0.0
    return {"counts": counts, "misses": misses}


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Accuracy of the names given to pronoun speakers, hand-checked.")
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--corpus", type=Path, default=POLNEAR, help=f"PolNeAR folder (default: {POLNEAR})")
    parser.add_argument("--predictions", type=Path, help="score these `quotes extract` JSON lines instead of running the extractor")
    parser.add_argument("--errors", action="store_true", help="also list every label not named right")
    args = parser.parse_args(argv)
    labels = read_jsonl(LABELS / f"{args.split}.jsonl")
    if args.predictions is not None:
        records = read_jsonl(args.predictions)
    else:
        split = args.corpus / args.split
        if not (split / "text").is_dir():
            print(f"PolNeAR not found at {split}: nothing to measure (see ../shared/corpus/README.md)")
            return 0
        from quotes.nlp import load_pipeline

        published = gold_docs(read_jsonl(split / "quotes.gold.jsonl"))
        docs = {label["doc"] for label in labels}
        meta = {d: {"published": p} for d, p in published.items() if d in docs and p}
        records = predict_dir(split / "text", lang="en", nlp=load_pipeline("en"), docs=docs, metadata=meta)
    result = score(labels, records)
    c = result["counts"]
    print(f"{args.split}: {c['right']}/{c['labels']} right ({c['accuracy']:.3f}), "
          f"{c['wrong']} wrong, {c['nobody']} nobody, {c['absent']} absent")
    for miss in result["misses"] if args.errors else ():
        print(json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
