"""Train the filter of filtering.py from annotated articles.

Every quoted run the extractor weighs becomes one row: its features, and
whether a gold quotation overlaps it by half of each (the scoring rule of
`quotes eval`). A logistic regression (scikit-learn, only needed here, not
at run time) turns the rows into weights; the threshold is the one that
maximises end-to-end F1 on the training rows, because a kept run with the
wrong speaker is worth less than a kept run with the right one.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

from . import evaluate
from .filtering import Filter, Logistic, by_rule, clears, said_outright

log = logging.getLogger(__name__)


@dataclass
class Row:
    """One weighed run: features, whether it is a gold quote, whether its speaker is right."""

    features: dict[str, float]
    is_quote: bool
    speaker_right: bool
    doc: str = ""


def collect_rows(gold_path: Path, text_dir: Path, lang: str, nlp: Any) -> tuple[list[Row], int]:
    """Rows for every weighed run of the gold's articles, and the number of gold quotes."""
    from .extraction import _extract
    from .parsing import paragraph_parser

    records = list(evaluate.read_jsonl(gold_path))
    gold = evaluate.group_by_doc(records)
    docs = evaluate.gold_docs(records)
    parse = paragraph_parser(nlp)
    rows: list[Row] = []
    for doc, published in sorted(docs.items()):
        text = evaluate.read_text(text_dir / f"{doc}.txt")
        collected: list = []
        _extract(text, lang, published, doc, parse=parse, collect=collected)
        rows.extend(_label(collected, gold.get(doc, []), doc))
    return rows, sum(len(g) for g in gold.values())


def _label(collected: list, gold: list[dict], doc: str) -> Iterable[Row]:
    for span, att, speaker, feats in collected:
        mention = att.speaker if att is not None else None
        pred = {
            "doc": doc, "start": span.start, "end": span.end, "speaker": speaker,
            "speaker_start": mention.start if mention else None,
            "speaker_end": mention.end if mention else None,
        }
        match = evaluate.best_prediction(pred, gold)
        yield Row(feats, match is not None, match is not None and evaluate.speaker_is_right(match, pred), doc)


def fit(rows: list[Row], gold_total: int, c: float = 0.3) -> Filter:
    """Both models from the rows, and the thresholds that maximise
    end-to-end F1 on them: a quotation only counts when its speaker is right."""
    quote = _logistic(rows, [r.is_quote for r in rows], c)
    speaker = _logistic(rows, [r.speaker_right for r in rows], c)
    filt = Filter(quote, speaker)
    filt.quote_threshold, filt.speaker_threshold, filt.added_threshold = best_thresholds(filt, rows, gold_total)
    return filt


def _logistic(rows: list[Row], labels: list[bool], c: float) -> Logistic:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([r.features for r in rows])
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(x, labels)
    weights = {name: round(float(wt), 5) for name, wt in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(wt) > 1e-5}
    return Logistic(weights, round(float(model.intercept_[0]), 5))


THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
ADDED_THRESHOLDS = (0.6, 0.7, 0.8, 0.9, 1.01)


def best_thresholds(filt: Filter, rows: list[Row], gold_total: int) -> tuple[float, float, float]:
    """The (rule run, speaker, added run) thresholds with the best end-to-end
    F1. Probabilities are computed once; each candidate is kept by the same
    test as Filter.keeps."""
    probs = [(filt.quote.probability(r.features), filt.speaker.probability(r.features), by_rule(r.features), r) for r in rows]
    best, best_e2e = (0.5, 0.0, 1.01), -1.0
    for a in THRESHOLDS:
        for b in THRESHOLDS:
            for added in ADDED_THRESHOLDS:
                cut = (a, b, added)
                kept = [r for pq, ps, rule, r in probs if said_outright(r.features) or clears(pq, ps, rule, cut)]
                e2e = _measure(kept, gold_total)["e2e_f1"]
                if e2e > best_e2e + 1e-9:
                    best, best_e2e = cut, e2e
    return best


def report(filt: Filter, rows: list[Row], gold_total: int) -> dict[str, float]:
    """Quote P/R/F1 and end-to-end F1 that the filter gives on the rows
    (each row scored alone: close to, not exactly, `quotes eval`)."""
    return _measure([r for r in rows if filt.keeps(r.features)], gold_total)


def _measure(kept: list[Row], gold_total: int) -> dict[str, float]:
    matched = sum(r.is_quote for r in kept)
    right = sum(r.speaker_right for r in kept)
    p = matched / len(kept) if kept else 0.0
    rc = matched / gold_total if gold_total else 0.0
    return {
        "kept": len(kept), "precision": p, "recall": rc,
        "f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
        "speaker_accuracy": right / matched if matched else 0.0,
        "e2e_f1": 2 * right / (len(kept) + gold_total) if gold_total else 0.0,
    }
