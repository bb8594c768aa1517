"""The learned filter: which quoted runs are kept, how it is trained, how a
user swaps it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import filtering, training
from quotes.cli import cli
from quotes.extraction import extract
from quotes.filtering import Filter, Logistic, by_rule, load_filter, rules_only, said_outright


@pytest.fixture
def filter_env(monkeypatch):
    """Set QUOTES_FILTER_EN for one test; the loaded filter is cached, so clear it."""
    def choose(value: str) -> None:
        monkeypatch.setenv("QUOTES_FILTER_EN", value)
        load_filter.cache_clear()
    yield choose
    monkeypatch.delenv("QUOTES_FILTER_EN", raising=False)
    load_filter.cache_clear()


# --- the model ----------------------------------------------------------------


def test_logistic_probability_is_the_sigmoid_of_the_weighted_sum():
    model = Logistic({"a": 2.0, "b": -1.0}, bias=0.5)
    assert model.probability({}) == pytest.approx(1 / (1 + 2.718281828 ** -0.5), rel=1e-6)
    assert model.probability({"a": 1.0, "b": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.5), rel=1e-6)
    assert 0.0 < Logistic({"a": 1e9}, 0).probability({"a": -1.0}) < 1e-12  # no overflow


def test_a_run_governed_by_a_speech_verb_is_always_kept():
    never = Filter(Logistic({}, -50.0), Logistic({}, -50.0), 0.9, 0.9, 0.9)
    speech = {"method=cue": 1.0, "cue=speech": 1.0}
    assert said_outright(speech) and never.keeps(speech)
    assert not never.keeps({"method=cue": 1.0})  # a cue that is not a verb of speech is weighed
    assert not never.keeps({**speech, "title_like": 1.0})  # 'the book titled "…"' is weighed too


def test_rule_runs_and_fallback_runs_have_their_own_threshold():
    filt = Filter(Logistic({}, 0.0), Logistic({}, 0.0), quote_threshold=0.4, speaker_threshold=0.0, added_threshold=0.6)
    assert by_rule({"method=inherited": 1.0}) and filt.keeps({"method=inherited": 1.0})  # p = 0.5
    assert not by_rule({"method=recent": 1.0}) and not filt.keeps({"method=recent": 1.0})
    assert not by_rule({"method=inherited": 1.0, "title_like": 1.0})


def test_the_rules_only_filter_keeps_exactly_what_a_rule_attributed():
    keep = rules_only()
    for method in filtering.RULE_METHODS:
        assert keep.keeps({f"method={method}": 1.0})
    for method in ("subject", "recent", "tag", "none"):
        assert not keep.keeps({f"method={method}": 1.0})
    assert not keep.keeps({"method=agent": 1.0, "title_like": 1.0})


def test_weights_survive_a_round_trip_through_json():
    filt = Filter(Logistic({"x": 1.25}, -0.5), Logistic({"y": -2.0}, 0.25), 0.7, 0.3, 0.8)
    again = Filter.from_dict(json.loads(filt.to_json()))
    assert again == filt


def test_the_shipped_english_weights_load_and_french_has_none(filter_env):
    filter_env("")
    english = load_filter("en")
    assert english is not None and english.quote.weights and english.speaker.weights
    assert 0.0 <= english.speaker_threshold <= english.quote_threshold <= 1.0
    assert load_filter("fr") is None  # French keeps what its rules attribute


# --- in the extractor -----------------------------------------------------------


def test_a_quote_tagged_with_any_verb_is_recovered(nlp_en, filter_env):
    text = '"Go back to Univision," Trump grinned and a security guard escorted Ramos out.'
    filter_env("none")
    assert extract(text, lang="en", nlp=nlp_en) == []  # "grinned" is no verb of speech
    filter_env("")
    [quote] = extract(text, lang="en", nlp=nlp_en)
    assert (quote.text, quote.speaker, quote.attribution) == ("Go back to Univision,", "Trump", "tag")


@pytest.mark.parametrize("text", [
    'Critics see the plan as "socialism" in disguise.',
    'The campaign ran a series of "Dear Walter" letters against him.',
    'The "equality" talk? That is just for the suckers.',
    'In May, the council voted to pay victims of the unit known as the "Midnight Crew."',
])
def test_terms_and_titles_stay_out(nlp_en, filter_env, text):
    filter_env("")
    assert extract(text, lang="en", nlp=nlp_en) == []


def test_a_fact_check_byline_paragraph_names_the_speaker(nlp_en, filter_env):
    filter_env("")
    text = ('The claim is old.\n\n"I went to Wall Street before the crash. I was the one saying you are going '
            'to wreck the economy."\n\n- Hillary Clinton.\n\nClinton tends to overstate it.')
    [quote] = extract(text, lang="en", nlp=nlp_en)
    assert quote.speaker == "Hillary Clinton" and quote.attribution == "byline"


def test_a_users_weights_file_replaces_the_shipped_one(nlp_en, filter_env, tmp_path):
    text = 'The senator said he was "surprised and troubled" by the decision.'
    path = tmp_path / "never.json"
    path.write_text(Filter(Logistic({}, -50.0), Logistic({}, -50.0), 0.9, 0.9, 0.9).to_json())
    filter_env(str(path))
    assert [q.text for q in extract(text, lang="en", nlp=nlp_en)] == ["surprised and troubled"]  # said outright
    text = '"Go back to Univision," Trump grinned.'
    assert extract(text, lang="en", nlp=nlp_en) == []


# --- training -------------------------------------------------------------------


ARTICLES = {
    "a1": 'Smith spoke on Monday. "We will win this race," Smith said. The plan, called "Project Dawn," failed.',
    "a2": '"Taxes are too high," Jones told reporters. Critics called it "socialism" again.',
    "a3": 'Brown defended the bill as "fair to everyone," and said: "It will pass."',
    "a4": 'The show "Meet the Press" aired. "We need change," Lee barked at the crowd.',
}


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    text_dir = tmp_path / "text"
    text_dir.mkdir()
    gold = []
    speakers = {"a1": "Smith", "a2": "Jones", "a3": "Brown", "a4": "Lee"}
    for doc, text in ARTICLES.items():
        (text_dir / f"{doc}.txt").write_text(text, encoding="utf-8")
        for quoted in ("We will win this race,", "Taxes are too high,", "fair to everyone,", "It will pass.", "We need change,"):
            at = text.find(quoted)
            if at >= 0:
                who = text.find(speakers[doc])
                gold.append({"doc": doc, "start": at, "end": at + len(quoted), "text": quoted,
                             "speaker": speakers[doc], "speaker_start": who, "speaker_end": who + len(speakers[doc])})
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return gold_path, text_dir


def test_rows_are_labelled_by_the_scoring_rule(tmp_path, nlp_en):
    gold_path, text_dir = _corpus(tmp_path)
    rows, total = training.collect_rows(gold_path, text_dir, "en", nlp_en)
    assert total == 5
    by_label = {(r.doc, r.is_quote) for r in rows}
    assert ("a1", True) in by_label and ("a1", False) in by_label  # the speech and "Project Dawn"
    assert ("a2", False) in by_label  # "socialism"
    quotes = [r for r in rows if r.is_quote]
    assert len(quotes) == 5 and all(r.speaker_right for r in quotes)


def test_thresholds_are_chosen_on_articles_the_models_did_not_see(tmp_path, nlp_en):
    gold_path, text_dir = _corpus(tmp_path)
    rows, total = training.collect_rows(gold_path, text_dir, "en", nlp_en)
    scored = training.out_of_fold(rows, 1.0)
    assert sorted(id(r) for *_, r in scored) == sorted(id(r) for r in rows)  # each row scored once
    filt, choice = training.fit(rows, total)
    assert choice.c in training.C_GRID
    assert (filt.quote_threshold, filt.speaker_threshold, filt.added_threshold) == choice.thresholds
    assert 0.0 < choice.held_out_e2e <= choice.held_out_f1 <= 1.0
    _, fixed = training.fit(rows, total, c=0.5)
    assert fixed.c == 0.5


def _scored_row(p_quote: float, p_speaker: float, is_quote: bool, speaker_right: bool) -> training.Scored:
    row = training.Row({"method=cue": 1.0}, is_quote, speaker_right, "a")
    return (p_quote, p_speaker, True, row)


def test_a_stricter_cut_must_win_by_more_than_one_quotation():
    """100 gold quotes; 100 right runs and one false alarm whose speaker is
    doubtful. Dropping it wins less than one quotation's worth: the cut
    closest to the rules stays. With 20 such false alarms, dropping them wins."""
    right = [_scored_row(0.9, 0.9, True, True) for _ in range(100)]
    one = right + [_scored_row(0.9, 0.3, False, False)]
    cut, _ = training.best_thresholds(one, 100)
    assert cut[1] == 0.0
    many = right + [_scored_row(0.9, 0.3, False, False) for _ in range(20)]
    cut, measured = training.best_thresholds(many, 100)
    assert cut[1] > 0.3 and measured["precision"] == 1.0


def test_train_filter_writes_weights_the_extractor_reads(tmp_path, nlp_en, filter_env):
    gold_path, text_dir = _corpus(tmp_path)
    out = tmp_path / "en.filter.json"
    result = CliRunner().invoke(cli, ["train-filter", str(gold_path), str(text_dir), "--lang", "en", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "gold quotes" in result.output and "rules only" in result.output
    body = json.loads(out.read_text())
    assert set(body) == {"quote", "speaker", "quote_threshold", "speaker_threshold", "added_threshold"}
    assert body["quote"]["weights"] and "method=cue" in body["quote"]["weights"]
    filter_env(str(out))
    assert load_filter("en") == Filter.from_dict(body)
    assert extract(ARTICLES["a1"], lang="en", nlp=nlp_en)  # it runs with the new weights


def test_train_filter_refuses_a_corpus_without_quotes(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "x.txt").write_text("No quotation here at all.")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc": "x", "start": 0, "end": 2, "speaker": None}) + "\n")
    result = CliRunner().invoke(cli, ["train-filter", str(gold), str(tmp_path / "text"), "--lang", "en"])
    assert result.exit_code != 0 and "no quoted run" in result.output


@pytest.mark.slow
def test_the_filter_does_not_cost_accuracy_on_polnear_dev(polnear_dir, nlp_en, filter_env):
    """The shipped weights were fitted on train (regularisation and
    thresholds by cross-validation); on dev they must not lose to the rules
    alone. Measured with the rules of this stop: identical on dev (F1 0.959,
    end-to-end 0.901, precision 0.971 either way); held out on train, the
    cross-validation also found the rules' own F1 0.948 and e2e 0.906. (The
    weights of the stop before traded recall for precision: F1 0.956 -> 0.954,
    precision 0.968 -> 0.971.)"""
    from quotes import evaluate

    dev = polnear_dir / "dev"
    gold = evaluate.read_jsonl(dev / "quotes.gold.jsonl")
    docs = evaluate.gold_docs(gold)
    scores = {}
    for name in ("none", ""):
        filter_env(name)
        preds = evaluate.predict_dir(dev / "text", lang="en", nlp=nlp_en, docs=set(docs))
        scores[name or "filter"] = evaluate.score(gold, preds)
    rules, learned = scores["none"], scores["filter"]
    assert learned.quote_f1 >= rules.quote_f1 - 0.002
    assert learned.e2e_f1 >= rules.e2e_f1 - 0.002
    assert learned.quote_precision >= rules.quote_precision
