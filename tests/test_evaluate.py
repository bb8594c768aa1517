"""The scorers of `quotes eval` and the command itself.

The numbers must be those of the reference scorers in ../shared/tools, so
every rule is pinned by a tiny hand-made case, and where the reference
scripts are present we run them (as programs, never imported) on the same
files and compare.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import evaluate
from quotes.commands.eval import command as eval_command
from quotes.evaluate import evaluate as run_evaluate, score, score_seeds, speaker_is_right
from quotes.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"
SEED_GOLD_DIR = ROOT / "tests" / "fixtures" / "seeds"

TOOLS = ROOT.parent / "shared" / "tools"
SCORE_PY = TOOLS / "score.py"
SEEDS_SCORE_PY = TOOLS / "seeds_score.py"


def gold(start, end, speaker="Hillary Clinton", s_start=None, s_end=None, doc="a", text=None):
    return {"doc": doc, "start": start, "end": end, "text": text or "x" * (end - start),
            "speaker": speaker, "speaker_start": s_start, "speaker_end": s_end}


def pred(start, end, speaker=None, s_start=None, s_end=None, doc="a", text=None):
    return {"doc": doc, "start": start, "end": end, "text": text or "x" * (end - start),
            "speaker": speaker, "speaker_mention": speaker,
            "speaker_start": s_start, "speaker_end": s_end}


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def reference_score(gold_path: Path, pred_path: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORE_PY), str(gold_path), str(pred_path), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


needs_reference = pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/tools/score.py absent")
needs_seeds_reference = pytest.mark.skipif(not SEEDS_SCORE_PY.exists(),
                                           reason="../shared/tools/seeds_score.py absent")


# --- matching spans ------------------------------------------------------------


def test_exact_match_counts_once():
    result = score([gold(10, 30)], [pred(10, 30)])
    assert (result.gold, result.predicted, result.matched) == (1, 1, 1)
    assert result.quote_f1 == 1.0
    assert result.exact_text == 1


@pytest.mark.parametrize(
    "prediction, matches",
    [
        ((5, 15), True),    # 5 shared chars: exactly half of each span
        ((6, 16), False),   # 4 shared: less than half of each
        ((0, 20), True),    # covers the gold, and the gold is exactly half of it
        ((0, 21), False),   # the gold is less than half of the prediction
    ],
)
def test_half_overlap_boundary_both_ways(prediction, matches):
    assert score([gold(0, 10)], [pred(*prediction)]).matched == int(matches)


def test_short_prediction_inside_long_gold_is_not_enough():
    """Half of *each* span: a fragment of a long quote does not find it."""
    assert score([gold(0, 10)], [pred(3, 7)]).matched == 0
    assert score([gold(0, 10)], [pred(2, 7)]).matched == 1


def test_one_to_one_two_predictions_on_one_gold():
    result = run_evaluate([gold(0, 10)], [pred(2, 12), pred(0, 10)])
    assert (result.score.matched, result.score.predicted) == (1, 2)
    assert result.alignment.matches[0].pred["start"] == 0  # best overlap wins
    assert [p["start"] for p in result.alignment.false_alarms] == [2]


def test_one_prediction_cannot_serve_two_golds():
    result = score([gold(0, 10), gold(0, 10)], [pred(0, 10)])
    assert (result.matched, result.gold) == (1, 2)


def test_greedy_in_gold_order_like_the_reference():
    """The first gold takes its best prediction even if a later gold needed it."""
    golds = [gold(0, 10), gold(5, 15)]
    preds = [pred(4, 14)]
    result = run_evaluate(golds, preds)
    assert result.alignment.matches[0].gold["start"] == 0
    assert result.score.matched == 1


def test_predictions_for_docs_not_in_gold_are_ignored():
    result = score([gold(0, 10, doc="a")], [pred(0, 10, doc="a"), pred(0, 10, doc="elsewhere")])
    assert (result.predicted, result.quote_precision) == (1, 1.0)


def test_empty_inputs_give_zeros_not_errors():
    for golds, preds in (([], []), ([gold(0, 10)], []), ([], [pred(0, 10)])):
        result = score(golds, preds)
        assert result.quote_f1 == result.speaker_accuracy == result.e2e_f1 == 0.0
    assert score([gold(0, 10)], []).as_dict()["gold"] == 1


# --- speakers ----------------------------------------------------------------------


def test_speaker_right_by_mention_overlap():
    g = gold(0, 10, speaker="he", s_start=20, s_end=22)
    assert speaker_is_right(g, pred(0, 10, speaker="Donald Trump", s_start=20, s_end=22))
    assert speaker_is_right(g, pred(0, 10, speaker="someone", s_start=21, s_end=30))
    assert not speaker_is_right(g, pred(0, 10, speaker="Donald Trump", s_start=22, s_end=30))


def test_speaker_right_by_last_word_ignoring_case_and_accents():
    g = gold(0, 10, speaker="President Recep Tayyip Erdoğan", s_start=50, s_end=80)
    assert speaker_is_right(g, pred(0, 10, speaker="ERDOGAN"))
    assert speaker_is_right(g, pred(0, 10, speaker="Erdogan's office"))  # the reference's "in"
    assert not speaker_is_right(g, pred(0, 10, speaker="Recep Tayyip"))
    assert not speaker_is_right(g, pred(0, 10, speaker=None))


def test_pronoun_gold_counts_only_by_overlap():
    g = gold(0, 10, speaker="He", s_start=20, s_end=22)
    assert not speaker_is_right(g, pred(0, 10, speaker="he", s_start=40, s_end=42))
    assert not speaker_is_right(g, pred(0, 10, speaker="he"))
    assert speaker_is_right(g, pred(0, 10, speaker="he", s_start=20, s_end=22))


def test_gold_without_speaker_is_never_right():
    g = gold(0, 10, speaker=None, s_start=20, s_end=22)
    assert not speaker_is_right(g, pred(0, 10, speaker="x", s_start=20, s_end=22))


def test_rates_and_e2e():
    golds = [gold(0, 10, "Trump"), gold(20, 30, "Clinton"), gold(40, 50, "Pence")]
    preds = [pred(0, 10, "Donald Trump"), pred(20, 30, "Trump"), pred(60, 70, "Kaine")]
    result = score(golds, preds)
    assert (result.matched, result.speaker_right) == (2, 1)
    assert result.speaker_accuracy == 0.5
    assert result.e2e_f1 == pytest.approx(1 / 3)
    assert result.as_dict()["quote_F1"] == 0.667


# --- agreement with the reference ------------------------------------------------


SYNTHETIC_GOLD = [
    gold(0, 10, "Donald J. Trump", 20, 35, doc="d1", text="make it great"),
    gold(40, 60, "he", 61, 63, doc="d1"),
    gold(70, 90, "Clinton", 91, 98, doc="d1"),
    gold(0, 30, "Mevlüt Çavuşoğlu", 40, 56, doc="d2"),
    gold(50, 60, None, None, None, doc="d2"),
    gold(100, 110, "a senior official", 120, 137, doc="d2"),
]
SYNTHETIC_PRED = [
    pred(0, 10, "Trump", 0, 5, doc="d1", text="Make it, great!"),
    pred(2, 12, "Trump", doc="d1"),
    pred(40, 60, "Trump", 70, 75, doc="d1"),
    pred(75, 95, "Hillary Clinton", doc="d1"),
    pred(5, 25, "Cavusoglu", doc="d2"),
    pred(50, 60, "Erdogan", 40, 48, doc="d2"),
    pred(100, 121, "the official", doc="d2"),
    pred(0, 10, "nobody", doc="d3"),
]


@needs_reference
def test_agrees_with_reference_on_synthetic_files(tmp_path):
    gold_path = write_jsonl(tmp_path / "gold.jsonl", SYNTHETIC_GOLD)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", SYNTHETIC_PRED)
    ours = score(gold_path, pred_path).as_dict()
    assert ours == reference_score(gold_path, pred_path)
    assert ours["matched"] == 5  # the case is not trivially empty


# --- error listing -------------------------------------------------------------------


def test_errors_list_every_kind_with_context(tmp_path):
    text = "A" * 200 + "B" * 20 + "C" * 200
    golds = [gold(200, 220, "Trump", 5, 10, doc="t"), gold(300, 310, "Pence", doc="t")]
    preds = [pred(200, 220, "Clinton", 0, 3, doc="t"), pred(380, 400, "Kaine", doc="t")]
    result = run_evaluate(golds, preds)
    errors = evaluate.list_errors(result.alignment, {"t": text})
    assert sorted(e["error"] for e in errors) == ["false_alarm", "missed", "wrong_speaker"]
    wrong = next(e for e in errors if e["error"] == "wrong_speaker")
    assert wrong["context"] == "A" * 150 + "⟦" + "B" * 20 + "⟧" + "C" * 150
    assert wrong["gold_speaker"]["speaker"] == "Trump"
    assert wrong["pred_speaker"]["speaker"] == "Clinton"

    evaluate.write_errors(errors, tmp_path / "e.jsonl")
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["error"] for line in lines] == [e["error"] for e in errors]
    evaluate.write_errors(errors, tmp_path / "e.txt")
    readable = (tmp_path / "e.txt").read_text(encoding="utf-8")
    assert "WRONG_SPEAKER t 200-220" in readable and "'Clinton'" in readable


def test_errors_without_article_text_still_listed():
    result = run_evaluate([gold(0, 10, doc="gone")], [])
    [error] = evaluate.list_errors(result.alignment, {})
    assert error["error"] == "missed" and "context" not in error


# --- seeds ---------------------------------------------------------------------------


def seed_predictions() -> list[dict]:
    """Predictions made from the seed gold itself, then spoiled in known ways."""
    records = []
    for g in evaluate.read_jsonl(SEED_GOLD_DIR / "quotes.gold.jsonl"):
        records.append({"doc": Path(g["file"]).stem, "text": g["quote"], "speaker": g["speaker"],
                        "date": g["date"]})
    records[0]["speaker"] = "Vladimir Putin"          # wrong speaker
    records[1]["date"] = "2020-01-01"                 # wrong date
    records[2]["text"] = "nothing like it"            # missed
    records[3]["text"] = records[3]["text"].upper()   # case ignored: still found
    records.append({"doc": "moscowtimes-2020-03-05-putin-erdogan-talks", "text": "Spring Shield",
                    "speaker": "Turkey", "date": None})  # a leak
    return records


def test_seed_score_counts():
    result = score_seeds(SEED_GOLD_DIR, seed_predictions())
    assert (result.total, result.found, result.speaker, result.date, result.leaked) == (25, 24, 23, 23, 1)
    assert not result.perfect
    assert any(p.startswith("LEAKED") for p in result.problems)


def test_seed_score_perfect_on_gold_itself():
    records = [{"doc": Path(g["file"]).stem, "text": g["quote"], "speaker": g["speaker"], "date": g["date"]}
               for g in evaluate.read_jsonl(SEED_GOLD_DIR / "quotes.gold.jsonl")]
    assert score_seeds(SEED_GOLD_DIR, records).perfect


@needs_seeds_reference
def test_seed_score_agrees_with_reference(tmp_path):
    pred_path = write_jsonl(tmp_path / "pred.jsonl", seed_predictions())
    out = subprocess.run([sys.executable, str(SEEDS_SCORE_PY), str(SEED_GOLD_DIR), str(pred_path)],
                         capture_output=True, text=True)
    assert out.stdout.strip() == score_seeds(SEED_GOLD_DIR, pred_path).line()


# --- the command ---------------------------------------------------------------------


@pytest.fixture
def tiny_corpus(tmp_path):
    """Two articles, gold for one of them, and predictions as `quotes extract` writes them."""
    texts = tmp_path / "text"
    texts.mkdir()
    one = 'Trump said: "We will win." Later he added: "Believe me."\n'
    (texts / "one.txt").write_text(one, encoding="utf-8")
    (texts / "two.txt").write_text('"Hello there," she said.\n', encoding="utf-8")
    s1, s2 = one.index("We will"), one.index("Believe")
    golds = [
        {"doc": "one", "published": "2016-10-01", "start": s1, "end": s1 + 12, "text": "We will win.",
         "speaker": "Trump", "speaker_start": 0, "speaker_end": 5},
        {"doc": "one", "published": "2016-10-01", "start": s2, "end": s2 + 11, "text": "Believe me.",
         "speaker": "he", "speaker_start": one.index("he added"), "speaker_end": one.index("he added") + 2},
    ]
    preds = [
        {"doc": "one", "start": s1, "end": s1 + 12, "text": "We will win.", "speaker": "Donald Trump",
         "speaker_mention": "Trump", "speaker_start": 0, "speaker_end": 5},
        {"doc": "one", "start": s2, "end": s2 + 11, "text": "Believe me.", "speaker": "Hillary Clinton",
         "speaker_mention": "Clinton", "speaker_start": None, "speaker_end": None},
        {"doc": "two", "start": 1, "end": 13, "text": "Hello there,", "speaker": None},
    ]
    return (write_jsonl(tmp_path / "gold.jsonl", golds), texts,
            write_jsonl(tmp_path / "pred.jsonl", preds))


def test_cli_scores_given_predictions(tiny_corpus, tmp_path):
    gold_path, texts, pred_path = tiny_corpus
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(eval_command, [str(gold_path), str(texts), "--predictions", str(pred_path),
                                               "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == ("gold=2 predicted=2 matched=2 quote_P=1.0 quote_R=1.0 quote_F1=1.0 "
                                     "exact_text=2 speaker_acc=0.5 e2e_F1=0.5")
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["error"] == "wrong_speaker" and "⟦Believe me.⟧" in error["context"]


def test_cli_json(tiny_corpus):
    gold_path, texts, pred_path = tiny_corpus
    result = CliRunner().invoke(eval_command, [str(gold_path), str(texts), "--predictions", str(pred_path),
                                               "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == score(gold_path, pred_path).as_dict()


@needs_reference
def test_cli_agrees_with_reference(tiny_corpus):
    gold_path, texts, pred_path = tiny_corpus
    result = CliRunner().invoke(eval_command, [str(gold_path), str(texts), "--predictions", str(pred_path),
                                               "--json"])
    assert json.loads(result.output) == reference_score(gold_path, pred_path)


def test_cli_seeds_mode(tmp_path):
    pred_path = write_jsonl(tmp_path / "pred.jsonl", seed_predictions())
    result = CliRunner().invoke(eval_command, [str(SEED_GOLD_DIR), str(SAMPLE_DIR), "--predictions",
                                               str(pred_path), "--errors", str(tmp_path / "e.txt")])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "found 24/25 speaker 23/25 date 23/25 leaked 1"
    assert "LEAKED" in (tmp_path / "e.txt").read_text(encoding="utf-8")


def test_cli_model_without_lang_is_a_usage_error(tiny_corpus):
    gold_path, texts, _ = tiny_corpus
    result = CliRunner().invoke(eval_command, [str(gold_path), str(texts), "--model", "en_core_web_sm"])
    assert result.exit_code == 2 and "--model needs --lang" in result.output


def test_eval_is_registered_in_the_cli():
    cli = pytest.importorskip("quotes.cli")
    result = CliRunner().invoke(cli.cli, ["eval", "--help"])
    assert result.exit_code == 0 and "GOLD" in result.output


def test_cli_runs_the_real_extractor(tiny_corpus, tmp_path, nlp_en):
    pytest.importorskip("quotes.extraction")
    gold_path, texts, _ = tiny_corpus
    saved = tmp_path / "saved.jsonl"
    result = CliRunner().invoke(eval_command, [str(gold_path), str(texts), "--lang", "en", "--json",
                                               "--save-predictions", str(saved)])
    assert result.exit_code == 0, result.output
    records = evaluate.read_jsonl(saved)
    assert {r["doc"] for r in records} <= {"one"}  # only the docs gold names
    assert json.loads(result.output)["gold"] == 2
    assert json.loads(result.output)["matched"] >= 1


def test_cli_seeds_with_the_real_extractor(tmp_path, nlp_en, nlp_fr):
    pytest.importorskip("quotes.extraction")
    result = CliRunner().invoke(eval_command, [str(SEED_GOLD_DIR), str(SAMPLE_DIR), "--metadata",
                                               str(SAMPLE_METADATA), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["total"] == 25


# --- the benchmark script -----------------------------------------------------------

BENCHMARK = ROOT / "benchmarks" / "accuracy.py"


def test_benchmark_help_and_absent_corpus(tmp_path):
    help_run = subprocess.run([sys.executable, str(BENCHMARK), "--help"], capture_output=True, text=True)
    assert help_run.returncode == 0 and "--split" in help_run.stdout
    absent = subprocess.run([sys.executable, str(BENCHMARK), "--corpus", str(tmp_path)],
                            capture_output=True, text=True)
    assert absent.returncode == 0 and "not found" in absent.stdout


def _script(path: Path):
    """A benchmark script imported as a module, to test its functions."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_benchmark_rows_per_annotator(tmp_path):
    """--by scores each group of articles on its own: one annotator's gold
    with every quote found, another's with none."""
    bench = _script(BENCHMARK)
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tannotators\n"
        "dev\ta\tx1\ndev\tb\tx2\ndev\tc\tx1|x2\n", encoding="utf-8")
    groups = bench.metadata_column(tmp_path, "annotators")
    assert groups == {"a": "x1", "b": "x2", "c": "several"}
    golds = [gold(0, 10, doc="a", s_start=20, s_end=35), gold(0, 10, doc="b"), gold(40, 50, doc="c")]
    preds = [pred(0, 10, "Hillary Clinton", 20, 35, doc="a"), pred(40, 50, doc="c")]
    rows = {r[0].strip(): r for r in bench.grouped_rows("quotes", golds, preds, groups)}
    assert set(rows) == {"quotes[x1]", "quotes[x2]", "quotes[several]"}
    assert rows["quotes[x1]"][1:7] == (1, "1.000", "1.000", "1.000", "1.000", "1.000")
    assert rows["quotes[x2]"][1:5] == (1, "0.000", "0.000", "0.000")
    assert rows["quotes[several]"][4:7] == ("1.000", "0.000", "0.000")  # found, no speaker
    with pytest.raises(SystemExit, match="no column 'publisher'"):
        bench.metadata_column(tmp_path, "publisher")


def test_benchmark_prints_the_counts_behind_a_row():
    """Three places round e2e 0.9197 up to 0.920: the exact line says how
    many quotes a goal is short of."""
    bench = _script(BENCHMARK)
    golds = [gold(0, 10, s_start=20, s_end=35), gold(40, 50), gold(60, 70)]
    preds = [pred(0, 10, "Hillary Clinton", 20, 35), pred(40, 50), pred(80, 90)]
    line = bench.exact_line("quotes", score(golds, preds))
    assert line == ("quotes: 2 found of 3 predicted, 1 with the right speaker (3 gold): quote F1 0.6667, "
                    "speaker 0.5000, e2e F1 0.3333")


def test_annotator_tally_counts_contents_cut_per_sentence(tmp_path):
    """A content stored as one piece per sentence is counted as cut; one
    piece, or two passages far apart, is not."""
    bench = _script(ROOT / "benchmarks" / "annotators.py")
    split = tmp_path / "train"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    text = 'He said: "We won. They lost." Later, in a long aside, "Fine. Good."'
    (split / "text" / "doc.txt").write_text(text, encoding="utf-8")
    won, lost = text.index('"We'), text.index("They")
    fine, good = text.index('"Fine'), text.index("Good")
    (split / "attributions" / "doc_aa.ann").write_text(
        f"T1\tContent {won} {lost - 1};{lost} {lost + 10}\tx\n"  # cut at the sentence
        f"T2\tContent {fine} {len(text)}\tx\n", encoding="utf-8")  # one piece
    (split / "attributions" / "doc_bb.ann").write_text(
        f"T1\tContent {won} {lost + 10}\tx\nT2\tContent {won} {won + 8};{fine} {good}\tx\n", encoding="utf-8")
    counts = bench.tally(split)
    assert counts["aa"] == {"several sentences": 2, "cut per sentence": 1}
    assert counts["bb"] == {"several sentences": 2, "cut per sentence": 0}
    absent = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "annotators.py"), "--corpus", str(tmp_path / "none")],
                            capture_output=True, text=True)
    assert absent.returncode == 0 and "not found" in absent.stdout


def test_speaker_name_census_counts_names_no_reader_can_search(tmp_path):
    """Each kind of unsearchable name is counted once; a name, a descriptor
    of an anonymous source and a speakerless quote are no defects."""
    bench = _script(ROOT / "benchmarks" / "speaker_names.py")
    names = ["Bernie Sanders", "a Western diplomat", None, "he", "Another", "some",
             "Doug \u00adAndres", "FranÃ§ois Hollande", 'the authors of the "Growth Project',
             "the Florida senator", "the candidate", "Donald Trump's campaign manager",
             "his eyes", "her husband", "his campaign"]
    path = tmp_path / "preds.jsonl"
    path.write_text("".join(json.dumps({"doc": "a", "speaker": n}) + "\n" for n in names), encoding="utf-8")
    total, speakerless, counts, examples = bench.census(path, "en")
    assert (total, speakerless) == (15, 1)
    assert dict(counts) == {"bare word": 3, "typography": 3, "description": 2, "possessed thing": 1}
    assert examples["possessed thing"] == ["his eyes"]
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "speaker_names.py"), str(path)],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[1].split("\t") == ["preds.jsonl", "15", "1", "3", "3", "2", "1", "64.3"]


def test_pronoun_benchmark_scores_names_by_hand_checked_labels(tmp_path):
    """Right needs the label's last word and, when both have one, its first
    word; a label no prediction rests on is absent; a speakerless one is nobody."""
    bench = _script(ROOT / "benchmarks" / "pronouns.py")
    assert bench.same_person("Carson", "Ben Carson") and bench.same_person("Arturo Sarukhán", "Arturo Sarukhan")
    assert not bench.same_person("Bernie Sanders", "Jane Sanders") and not bench.same_person(None, "Jane")
    labels = [{"doc": "a", "mention_start": s, "mention": "he", "speaker": names}
              for s, names in ((1, ["Ben Carson"]), (2, ["Jane Sanders", "Jane"]), (3, ["Tim Allen"]), (4, ["X Y"]))]
    records = [{"doc": "a", "speaker_start": 1, "speaker": "Carson"}, {"doc": "a", "speaker_start": 2, "speaker": "Bernie Sanders"},
               {"doc": "a", "speaker_start": 3, "speaker": None}]
    result = bench.score(labels, records)
    assert result["counts"] == {"labels": 4, "right": 1, "wrong": 1, "nobody": 1, "absent": 1, "accuracy": 0.25}
    assert [m["outcome"] for m in result["misses"]] == ["wrong", "nobody", "absent"]
    for split in ("train", "dev"):  # the shipped labels are well formed
        shipped = bench.read_jsonl(bench.LABELS / f"{split}.jsonl")
        assert shipped and all(l["speaker"] and isinstance(l["mention_start"], int) for l in shipped)
    absent = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "pronouns.py"), "--corpus", str(tmp_path / "none")],
                            capture_output=True, text=True)
    assert absent.returncode == 0 and "not found" in absent.stdout


def test_filter_learner_benchmark_scores_rows_out_of_fold(tmp_path):
    """Boosted trees score every row once, fitted without its article's
    fold; a feature that tells quotes apart gets them kept; no corpus, no run."""
    bench = _script(ROOT / "benchmarks" / "filter_learners.py")
    from quotes.training import Row
    rows = [Row({"method=cue": 1.0, "said": float(i % 2)}, bool(i % 2), bool(i % 2), f"doc{i % 10}") for i in range(200)]
    scored = bench.boosted_out_of_fold(rows, 0.1, 20, 5)
    assert len(scored) == len(rows) and all(0.0 <= q <= 1.0 and 0.0 <= s <= 1.0 for q, s, _, _ in scored)
    assert all((q > 0.5) == r.is_quote for q, _, _, r in scored)
    absent = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "filter_learners.py"), "--corpus", str(tmp_path / "none")],
                            capture_output=True, text=True)
    assert absent.returncode == 0 and "not found" in absent.stdout


def test_long_article_benchmark_makes_its_inputs_and_prints_a_row_per_size(nlp_en):
    """The synthetic transcript quotes each senator twice ("he added" after
    the surname tag) and the feed record holds its quotes on one line; the
    script prints one row per size, with the growth from the size before."""
    bench = _script(ROOT / "benchmarks" / "long_articles.py")
    transcript = bench.transcript(3)
    assert transcript.count("\n\n") == 2 and transcript == bench.transcript(3)  # fixed seed: same text each run
    quotes = extract(transcript, lang="en", nlp=nlp_en)
    assert len(quotes) == 6 and all(len(q.speaker.split()) == 2 for q in quotes)  # "he" and "Smith" named in full
    assert "\n" not in bench.feed_record(5) and len(extract(bench.feed_record(5), lang="en", nlp=nlp_en)) == 10
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "long_articles.py"), "--sizes", "2,4", "--skip-textacy"],
                         capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert [r[0] for r in rows] == ["2", "4", "2", "4"] and rows[1][-1].endswith("x") and rows[0][4] == "4"


# --- PolNeAR -------------------------------------------------------------------------


@pytest.mark.slow
@needs_reference
def test_polnear_dev_agrees_with_reference(polnear_dir, tmp_path, nlp_en):
    pytest.importorskip("quotes.extraction")
    dev = polnear_dir / "dev"
    saved, errors = tmp_path / "pred.jsonl", tmp_path / "errors.txt"
    result = CliRunner().invoke(eval_command, [str(dev / "quotes.gold.jsonl"), str(dev / "text"), "--lang", "en",
                                               "--json", "--save-predictions", str(saved),
                                               "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    ours = json.loads(result.output)
    assert ours == reference_score(dev / "quotes.gold.jsonl", saved)
    assert ours["gold"] == 810 and ours["matched"] > 0
    assert errors.stat().st_size > 0


@pytest.mark.slow
@needs_reference
def test_polnear_dev_textacy_rows_agree_with_reference(polnear_dir, tmp_path):
    """The textacy baseline through the benchmark, rescored by the reference."""
    saved = tmp_path / "textacy.jsonl"
    out = subprocess.run([sys.executable, str(BENCHMARK), "--only", "textacy", "--limit", "20",
                          "--save-predictions", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    gold_path = tmp_path / "gold.jsonl"
    assert saved.exists() and gold_path.exists()
    reference = reference_score(gold_path, saved)
    [row] = [line.split() for line in out.stdout.splitlines() if line.split()[:1] == ["textacy"]]
    [exact] = [line for line in out.stdout.splitlines() if line.startswith("textacy: ")]
    assert f"{reference['matched']} found of {reference['predicted']} predicted" in exact
    printed = dict(zip(("quote_P", "quote_R", "quote_F1", "speaker_acc", "e2e_F1"), map(float, row[2:7])))
    assert printed == {k: pytest.approx(reference[k], abs=0.0011) for k in printed}
