"""`quotes train-filter`: fit the filter of filtering.py on annotated articles.

The weights that ship (quotes/lang/en.filter.json) were made with

    quotes train-filter ../shared/corpus/polnear/train/quotes.gold.jsonl \
        ../shared/corpus/polnear/train/text --lang en

A newsroom with its own annotated copy (the JSON lines `quotes eval` reads)
can fit weights to its style and point QUOTES_FILTER_<LANG> at the file, or
write it over the package's with --install.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from quotes.commands.options import model_option


@click.command(name="train-filter")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("text_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", required=True, help="Language of the articles; the weights are for it.")
@model_option
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the weights (default: print them).")
@click.option("--install", is_flag=True, help="Write the weights where the extractor reads them for --lang.")
@click.option("-C", "c", type=float, default=None,
              help="Inverse regularisation strength (default: the best of 0.03 to 3 by cross-validation).")
def command(gold: Path, text_dir: Path, lang: str, model: Optional[str], out: Optional[Path], install: bool, c: Optional[float]) -> None:
    """Fit which quoted runs to keep from GOLD quotes over the .txt files of TEXT_DIR.

    GOLD is a quotes.gold.jsonl with character spans, as `quotes eval` reads.
    The extractor proposes every quoted run with its rule-found speaker; two
    logistic regressions learn which runs are quotations and which speakers
    to trust, and the regularisation and thresholds are chosen for quote F1
    plus end-to-end F1 on held-out articles (5-fold cross-validation by
    article).
    Point QUOTES_FILTER_<LANG> at the file written (or "none" for the rules
    alone), or use --install to replace the weights that ship.

    Example:

    \b
        quotes train-filter ../shared/corpus/polnear/train/quotes.gold.jsonl \\
            ../shared/corpus/polnear/train/text --lang en --out my.filter.json
    """
    from quotes import filtering, training
    from quotes.nlp import load_pipeline

    try:
        import sklearn  # noqa: F401
    except ImportError as exc:  # pragma: no cover - scikit-learn is a dependency
        raise click.ClickException("training needs scikit-learn: pip install scikit-learn") from exc
    rows, total = training.collect_rows(gold, text_dir, lang, load_pipeline(lang, model))
    if not rows:
        raise click.ClickException(f"{gold}: no quoted run found in the articles of {text_dir}")
    filt, choice = training.fit(rows, total, c)
    body = filt.to_json()
    target = filtering.filter_path(lang) if install else out
    if target is None:
        click.echo(body, nl=False)
    else:
        target.write_text(body, encoding="utf-8")
    m = training.report(filt, rows, total)
    base = training.report(filtering.rules_only(), rows, total)
    click.echo(
        f"{len(rows)} runs, {total} gold quotes; C {choice.c}, thresholds quote {filt.quote_threshold} "
        f"speaker {filt.speaker_threshold} added {filt.added_threshold}; "
        f"held out: F1 {choice.held_out_f1:.3f} e2e {choice.held_out_e2e:.3f}\n"
        f"rules only: F1 {base['f1']:.3f} e2e {base['e2e_f1']:.3f}; "
        f"with filter (on its own training rows): F1 {m['f1']:.3f} e2e {m['e2e_f1']:.3f}",
        err=True,
    )
