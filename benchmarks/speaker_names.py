#!/usr/bin/env python3
"""Are the speakers names a reader can search? Count the ones that are not.

usage: python benchmarks/speaker_names.py PREDICTIONS.jsonl [MORE.jsonl ...] [--lang en] [--examples N]

PolNeAR's scorer counts a speaker right when its mention overlaps the gold
source, so "he", "Another" or "the Florida senator" score as well as a name.
A journalist searching for "Bernie Sanders" finds none of them. This script
reads predictions (the JSON lines of `quotes extract`, or those
`benchmarks/accuracy.py --save-predictions DIR` writes for both systems) and
counts, per file, the speaker names that break the contract of a quote
(a resolved name, never a bare "he"):

- bare word: a pronoun, a possessive, a relative or a quantifier alone
  ("he", "its", "which", "Another", "some");
- typography: a no-break space, a soft hyphen, a quotation mark without its
  pair, or mojibake ("FranÃ§ois") carried over from the copy;
- description: "the <words> <role>" ("the Florida senator", "the candidate"),
  a person the article names elsewhere, left for the reader to resolve;
- possessed thing: "his eyes", "her initial statement": the owner spoke.

A speakerless quote (no name at all) is counted apart: it is honest, not a
defect. Example: python benchmarks/accuracy.py --split dev --save-predictions
/tmp/acc && python benchmarks/speaker_names.py /tmp/acc/quotes.jsonl /tmp/acc/textacy.jsonl
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.lang import words  # noqa: E402
from quotes.speakers import fold  # noqa: E402

KINDS = ("bare word", "typography", "description", "possessed thing")
POSSESSIVES = frozenset("his her its their my our your son sa ses leur leurs".split())
MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2013-\u203a\u20ac\u2122]")


def defect(name: Optional[str], w) -> Optional[str]:
    """The kind of defect of one speaker name, or None for a usable name."""
    if not name:
        return None
    name = unicodedata.normalize("NFC", name)
    if re.search("[\u00a0\u00ad\u200b\u202f]", name) or MOJIBAKE.search(name) or name.count('"') % 2 or name.count("“") != name.count("”") or name.count("«") != name.count("»"):
        return "typography"
    folded = fold(name)
    bare = set(w.PRONOUNS) | POSSESSIVES | w.QUANTIFIER_SPEAKERS | w.ELLIPTICAL_SPEAKERS | {"whose", "whom"}
    if folded in bare:
        return "bare word"
    tokens = folded.split()
    if tokens[0] in POSSESSIVES:
        head = tokens[-1]
        people = w.PERSON_ROLES | set(w.ROLE_TITLES) | w.ANONYMOUS_HEADS | w.GROUP_WORDS | w.BODY_WORDS | w.ORGANISATION_WORDS | w.KIN_WORDS | w.COMPANION_WORDS
        if head not in people and head.rstrip("s") not in people and not head.endswith(w.PERSON_NOUN_ENDINGS):
            return "possessed thing"
        return None
    if len(tokens) >= 2 and tokens[0] in w.DEFINITE_DETERMINERS and not re.search(r"['’]s\b", name):
        if tokens[-1] in w.ROLE_TITLES or tokens[-1] in w.PERSON_ROLES:
            return "description"
    return None


def census(path: Path, lang: str) -> tuple[int, int, Counter, dict[str, list[str]]]:
    """(quotes, speakerless quotes, defects by kind, example names by kind) of one file."""
    w = words(lang)
    total, speakerless = 0, 0
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {k: [] for k in KINDS}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            total += 1
            name = record.get("speaker")
            if not name:
                speakerless += 1
                continue
            kind = defect(name, w)
            if kind:
                counts[kind] += 1
                if name not in examples[kind]:
                    examples[kind].append(name)
    return total, speakerless, counts, examples


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Count speaker names a reader cannot search.")
    parser.add_argument("predictions", type=Path, nargs="+", help="JSON lines of quotes (one file per system)")
    parser.add_argument("--lang", default="en", help="the language whose word lists read the names (default: en)")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="also print N example names of each kind")
    args = parser.parse_args(argv)
    header = ("file", "quotes", "no speaker") + KINDS + ("defects %",)
    print("\t".join(header))
    for path in args.predictions:
        total, speakerless, counts, examples = census(path, args.lang)
        named = total - speakerless
        share = 100 * sum(counts.values()) / named if named else 0.0
        print("\t".join([path.name, str(total), str(speakerless)] + [str(counts[k]) for k in KINDS] + [f"{share:.1f}"]))
        for kind in KINDS if args.examples else ():
            if examples[kind]:
                print(f"  {kind}: " + " | ".join(examples[kind][: args.examples]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
