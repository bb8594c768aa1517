#!/usr/bin/env python3
"""Would a stronger learner than the shipped logistic filter keep better runs?

usage: python benchmarks/filter_learners.py [--split train|dev] [--corpus DIR]

The filter (quotes/filtering.py) weighs every quoted run with a logistic
model over what the rules saw, and `quotes train-filter` picks its
regularisation and thresholds by held-out quote F1 plus end-to-end F1 over
five folds of articles. This script collects the same rows from the same
articles, then scores three ways under that same cross-validation and
threshold search: the rules alone, the shipped logistic model (C 0.1), and
scikit-learn's HistGradientBoosting at a few settings (trees see feature
interactions a linear model cannot). When the trees do no better, what the
rules miss is not in these features. Only scikit-learn is needed beyond the
project (it is already there for `train-filter`). The corpus is read from
../shared/corpus/polnear and never copied; when absent the script says so
and exits 0.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import training  # noqa: E402
from quotes.filtering import by_rule, rules_only  # noqa: E402
from quotes.nlp import load_pipeline  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear"
SETTINGS = ((0.05, 200, 20), (0.05, 400, 40), (0.1, 100, 20))  # learning rate, trees, fewest rows per leaf


def boosted_out_of_fold(rows: list[training.Row], rate: float, trees: int, leaf: int) -> list[training.Scored]:
    """Each row scored by boosted trees fitted without its article's fold
    (the folds of training.out_of_fold), one model per question."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    x = DictVectorizer(sparse=False).fit_transform([r.features for r in rows])
    fold_of = training.article_folds(rows)
    fold = np.array([fold_of[r.doc] for r in rows])
    scores = []
    for labels in ([r.is_quote for r in rows], [r.speaker_right for r in rows]):
        y, p = np.array(labels), np.zeros(len(rows))
        for k in set(fold_of.values()):  # (every fold holds an article)
            held = fold == k
            model = HistGradientBoostingClassifier(learning_rate=rate, max_iter=trees, min_samples_leaf=leaf, random_state=0)
            p[held] = model.fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
        scores.append(p)
    return [(scores[0][i], scores[1][i], by_rule(r.features), r) for i, r in enumerate(rows)]


def row(name: str, m: dict) -> str:
    return f"{name:34} {m['kept']:6} {m['f1']:.4f} {m['e2e_f1']:.4f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=("train", "dev"))
    ap.add_argument("--corpus", type=Path, default=POLNEAR, help=f"PolNeAR folder (default: {POLNEAR})")
    args = ap.parse_args()
    split = args.corpus / args.split
    if not split.exists():
        print(f"{split} not found: nothing to measure (PolNeAR is read from ../shared, never copied).")
        return 0
    rows, total = training.collect_rows(split / "quotes.gold.jsonl", split / "text", "en", load_pipeline("en"))
    print(f"PolNeAR {args.split}: {len(rows)} weighed runs, {total} gold quotes; held out over {training.FOLDS} folds of articles")
    print(f"{'system':34} {'kept':>6} {'F1':6} {'e2e F1':6}")
    print(row("rules alone", training.report(rules_only(), rows, total)))
    cut, m = training.best_thresholds(training.out_of_fold(rows, 0.1), total)
    print(row(f"logistic C 0.1 {cut}", m))
    for rate, trees, leaf in SETTINGS:
        cut, m = training.best_thresholds(boosted_out_of_fold(rows, rate, trees, leaf), total)
        print(row(f"boosted {rate}/{trees}/{leaf} {cut}", m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
