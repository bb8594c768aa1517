"""`quotes eval`: run the extractor over a folder and score it against gold."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import click

from quotes import evaluate
from quotes.commands.options import lang_option, metadata_option, model_option, read_metadata


def _load_nlp(lang: Optional[str], model: Optional[str]) -> Any:
    """One pipeline for the whole run when the language is known; else the extractor
    picks one per article (a mixed-language folder such as the seeds)."""
    if lang is None:
        if model:
            raise click.UsageError("--model needs --lang: a pipeline belongs to one language")
        return None
    from quotes.nlp import load_pipeline

    return load_pipeline(lang, model)


def _predictions(
    text_dir: Path,
    docs: Optional[set[str]],
    metadata: dict[str, dict[str, Any]],
    lang: Optional[str],
    model: Optional[str],
    predictions: Optional[Path],
) -> list[dict[str, Any]]:
    if predictions is not None:
        return evaluate.read_jsonl(predictions)
    nlp = _load_nlp(lang, model)
    return evaluate.predict_dir(text_dir, lang=lang, nlp=nlp, docs=docs, metadata=metadata)


def _save(records: list[dict[str, Any]], path: Optional[Path]) -> None:
    if path is None:
        return
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _seed_docs(gold_dir: Path) -> set[str]:
    return {Path(g["file"]).stem for g in evaluate.read_jsonl(gold_dir / "quotes.gold.jsonl")}


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write every miss, false alarm and wrong speaker with its context: "
              "JSON lines if FILE ends in .jsonl/.json, readable text otherwise.")
@lang_option
@model_option
@metadata_option
@click.option("--all-docs", is_flag=True,
              help="Run over every .txt of TEXT_DIR, not only the articles GOLD names "
              "(the extra predictions do not change the score).")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score these `quotes extract` JSON lines instead of running the extractor.")
@click.option("--save-predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the predictions scored, as JSON lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
def command(gold: Path, text_dir: Path, errors_path: Optional[Path], lang: Optional[str],
            model: Optional[str], metadata: Optional[Path], all_docs: bool,
            predictions: Optional[Path], save_predictions: Optional[Path], as_json: bool) -> None:
    """Score the extractor on TEXT_DIR/*.txt against GOLD.

    GOLD is a quotes.gold.jsonl with character spans (PolNeAR style): the
    result is quote precision, recall and F1, speaker accuracy over matched
    quotes and end-to-end F1, by the rules of the shared corpus README.
    GOLD may instead be a seeds folder (quotes.gold.jsonl and
    not-quotes.gold.jsonl matched by text): the result is then found /
    speaker / date / leaked counts.

    Examples:

    \b
        quotes eval ../shared/corpus/polnear/dev/quotes.gold.jsonl \\
            ../shared/corpus/polnear/dev/text --lang en --errors errors.txt
        quotes eval tests/fixtures/seeds data/sample \\
            --metadata data/sample-metadata.jsonl
    """
    meta, problems = read_metadata(metadata)
    for problem in problems:
        click.echo(f"metadata: {problem}", err=True)
    if gold.is_dir():
        _seeds(gold, text_dir, errors_path, lang, model, meta or {}, all_docs,
               predictions, save_predictions, as_json)
    else:
        _spans(gold, text_dir, errors_path, lang, model, meta or {}, all_docs,
               predictions, save_predictions, as_json)


def _spans(gold_path: Path, text_dir: Path, errors_path: Optional[Path], lang: Optional[str],
           model: Optional[str], meta: dict[str, dict[str, Any]], all_docs: bool,
           predictions: Optional[Path], save_predictions: Optional[Path], as_json: bool) -> None:
    gold = evaluate.read_jsonl(gold_path)
    published = evaluate.gold_docs(gold)
    # the gold's publication day unless a metadata file says otherwise
    meta = {**{d: {"published": p} for d, p in published.items() if p}, **meta}
    docs = None if all_docs else set(published)
    records = _predictions(text_dir, docs, meta, lang, model, predictions)
    _save(records, save_predictions)
    result = evaluate.evaluate(gold, records)
    if errors_path is not None:
        errors = evaluate.list_errors(result.alignment, evaluate.TextDir(text_dir))
        evaluate.write_errors(errors, errors_path)
    click.echo(json.dumps(result.score.as_dict()) if as_json else result.score.line())


def _seeds(gold_dir: Path, text_dir: Path, errors_path: Optional[Path], lang: Optional[str],
           model: Optional[str], meta: dict[str, dict[str, Any]], all_docs: bool,
           predictions: Optional[Path], save_predictions: Optional[Path], as_json: bool) -> None:
    if not (gold_dir / "quotes.gold.jsonl").is_file():
        raise click.BadParameter("a gold folder must hold quotes.gold.jsonl", param_hint="GOLD")
    if not meta and (gold_dir / "articles.jsonl").is_file():
        meta, _ = read_metadata(gold_dir / "articles.jsonl")
    docs = None if all_docs else _seed_docs(gold_dir)
    records = _predictions(text_dir, docs, meta or {}, lang, model, predictions)
    _save(records, save_predictions)
    result = evaluate.score_seeds(gold_dir, records)
    if errors_path is not None:
        errors_path.write_text("".join(f"{p}\n" for p in result.problems), encoding="utf-8")
    click.echo(json.dumps(result.as_dict()) if as_json else result.line())
