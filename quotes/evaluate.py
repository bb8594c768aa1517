"""Measure the extractor against hand-made answers.

Two scorers live here, both following the rules of the shared corpus README so
that the numbers we print are the numbers the reference scripts print:

* `score` compares predicted quote spans with gold spans (PolNeAR style: JSON
  lines with `doc`, `start`, `end`, `speaker`, `speaker_start`, `speaker_end`).
* `score_seeds` compares predicted quote texts with the seed gold (quote text,
  resolved speaker, date) and counts not-quotes that leaked out as quotations.

The scorers work on plain dicts (the JSON lines of `quotes extract`), not on
`Quote` objects, so that a file written yesterday or by another tool can be
scored exactly like a fresh run.
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

Record = dict[str, Any]
PathLike = Union[str, Path]

#: A gold speaker whose last word is one of these is only right by overlap:
#: "he" names nobody, so sharing the word "he" with a prediction proves nothing.
PRONOUNS = frozenset(
    {"he", "she", "they", "i", "we", "it", "who", "you", "il", "elle", "ils", "elles"}
)

#: Words the seed scorer ignores when comparing speaker names ("the Kremlin").
SEED_DETERMINERS = frozenset(
    {"the", "a", "an", "le", "la", "les", "un", "une", "des", "de", "l"}
)

CONTEXT_CHARS = 150
LOG = logging.getLogger(__name__)


# --- reading -----------------------------------------------------------------


def read_jsonl(path: PathLike) -> list[Record]:
    """Read JSON lines, skipping blank lines (editors leave a trailing one)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def group_by_doc(records: Iterable[Record]) -> dict[str, list[Record]]:
    """Group records by `doc`, keeping file order: matching is greedy in that order."""
    grouped: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        grouped[record["doc"]].append(record)
    return dict(grouped)


def _records(source: Union[PathLike, Iterable[Record]]) -> list[Record]:
    """Accept a path or records already in memory, so callers need not write files."""
    if isinstance(source, (str, Path)):
        return read_jsonl(source)
    return list(source)


# --- words -------------------------------------------------------------------


def fold(text: Optional[str]) -> str:
    """Lower-case ASCII without accents: "Erdoğan" and "erdogan" must compare equal."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return decomposed.encode("ascii", "ignore").decode().lower()


def words(text: Optional[str]) -> list[str]:
    """The alphanumeric words of a text, folded; punctuation and marks never count."""
    return re.findall(r"[a-z0-9]+", fold(text))


# --- span scoring ----------------------------------------------------------------


def span_overlap(a: Record, b: Record) -> int:
    """Characters shared by two `start`/`end` spans (0 when disjoint)."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _length(record: Record) -> int:
    return record["end"] - record["start"]


def overlaps_enough(gold: Record, pred: Record) -> int:
    """The overlap when it covers at least half of each span, else 0.

    Half of *each* keeps a sentence-long prediction from swallowing a short
    gold fragment, and the reverse.
    """
    shared = span_overlap(gold, pred)
    if shared * 2 >= _length(gold) and shared * 2 >= _length(pred):
        return shared
    return 0


def best_prediction(gold: Record, candidates: Sequence[Record]) -> Optional[Record]:
    """The still-free prediction that overlaps `gold` most; the first wins a tie."""
    best, best_overlap = None, 0
    for pred in candidates:
        shared = overlaps_enough(gold, pred)
        if shared > best_overlap:
            best, best_overlap = pred, shared
    return best


def _spans_touch(gold: Record, pred: Record) -> bool:
    bounds = (
        gold.get("speaker_start"),
        gold.get("speaker_end"),
        pred.get("speaker_start"),
        pred.get("speaker_end"),
    )
    if None in bounds:
        return False
    gs, ge, ps, pe = bounds
    return min(ge, pe) > max(gs, ps)


def speaker_is_right(gold: Record, pred: Record) -> bool:
    """Whether the predicted speaker is the gold one.

    The mention overlapping the gold source span is proof enough (the
    prediction may resolve "he" to a name); otherwise the names must share the
    gold's last word ("Trump" in "Donald J. Trump"). A gold pronoun can only
    be matched by overlap, since its words say nothing about who spoke.
    """
    if gold.get("speaker") is None:
        return False
    if _spans_touch(gold, pred):
        return True
    gold_words, pred_words = words(gold["speaker"]), words(pred.get("speaker"))
    if not gold_words or not pred_words or gold_words[-1] in PRONOUNS:
        return False
    return gold_words[-1] in pred_words


@dataclass
class Match:
    """A gold quote and the prediction paired with it."""

    gold: Record
    pred: Record
    speaker_right: bool


@dataclass
class Alignment:
    """How the predictions of a corpus line up with its gold quotes."""

    matches: list[Match] = field(default_factory=list)
    missed: list[Record] = field(default_factory=list)
    false_alarms: list[Record] = field(default_factory=list)


def align_doc(gold: Sequence[Record], preds: Sequence[Record]) -> Alignment:
    """Pair gold and predicted quotes of one article, one-to-one.

    Each gold quote, in file order, takes the best free prediction: the
    reference scorer does exactly this, so we must too, even where a global
    assignment would pair a few more.
    """
    free = list(preds)
    result = Alignment()
    for g in gold:
        pred = best_prediction(g, free)
        if pred is None:
            result.missed.append(g)
            continue
        free.remove(pred)
        result.matches.append(Match(g, pred, speaker_is_right(g, pred)))
    result.false_alarms = free
    return result


def align(gold: Iterable[Record], preds: Iterable[Record]) -> Alignment:
    """Align a whole corpus; predictions for articles absent from gold are dropped,
    so that scoring a subset of a corpus does not punish the rest."""
    gold_by_doc = group_by_doc(gold)
    pred_by_doc = group_by_doc(preds)
    total = Alignment()
    for doc, gold_quotes in gold_by_doc.items():
        part = align_doc(gold_quotes, pred_by_doc.get(doc, []))
        total.matches += part.matches
        total.missed += part.missed
        total.false_alarms += part.false_alarms
    return total


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Score:
    """Counts and rates of a span scoring run.

    The counts are the truth; the rates are derived so they can never disagree
    with them. `as_dict` gives the reference scorer's keys and rounding.
    """

    gold: int
    predicted: int
    matched: int
    speaker_right: int
    exact_text: int

    @property
    def quote_precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def quote_recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def quote_f1(self) -> float:
        return _f1(self.quote_precision, self.quote_recall)

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers among matched quotes: attribution quality alone."""
        return _ratio(self.speaker_right, self.matched)

    @property
    def e2e_f1(self) -> float:
        """F1 where a quote counts only when found and attributed rightly."""
        precision = _ratio(self.speaker_right, self.predicted)
        recall = _ratio(self.speaker_right, self.gold)
        return _f1(precision, recall)

    def as_dict(self) -> dict[str, Union[int, float]]:
        """The reference scorer's report, key for key, rounded to 3 places."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "quote_P": round(self.quote_precision, 3),
            "quote_R": round(self.quote_recall, 3),
            "quote_F1": round(self.quote_f1, 3),
            "exact_text": self.exact_text,
            "speaker_acc": round(self.speaker_accuracy, 3),
            "e2e_F1": round(self.e2e_f1, 3),
        }

    def line(self) -> str:
        """One `key=value` line, as the reference prints it."""
        return " ".join(f"{key}={value}" for key, value in self.as_dict().items())


def _same_text(match: Match) -> bool:
    pred_text = match.pred.get("text")
    return bool(pred_text) and words(pred_text) == words(match.gold["text"])


def summarise(alignment: Alignment) -> Score:
    """Count an alignment into a Score."""
    matched = len(alignment.matches)
    return Score(
        gold=matched + len(alignment.missed),
        predicted=matched + len(alignment.false_alarms),
        matched=matched,
        speaker_right=sum(m.speaker_right for m in alignment.matches),
        exact_text=sum(_same_text(m) for m in alignment.matches),
    )


@dataclass
class Evaluation:
    """A score together with the alignment it came from, for listing errors."""

    score: Score
    alignment: Alignment


def evaluate(
    gold: Union[PathLike, Iterable[Record]], preds: Union[PathLike, Iterable[Record]]
) -> Evaluation:
    """Score predictions against gold; both may be paths to JSON lines or records."""
    alignment = align(_records(gold), _records(preds))
    return Evaluation(summarise(alignment), alignment)


def score(
    gold: Union[PathLike, Iterable[Record]], preds: Union[PathLike, Iterable[Record]]
) -> Score:
    """Just the numbers of `evaluate`."""
    return evaluate(gold, preds).score


# --- error listing ---------------------------------------------------------------


def context_of(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The span with `width` characters either side, the span itself in ⟦ ⟧,
    so a reader sees at once which words were (not) taken as the quote."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"{left}⟦{text[start:end]}⟧{right}"


def _error(kind: str, doc: str, span: Record, text: Optional[str]) -> Record:
    record: Record = {
        "error": kind,
        "doc": doc,
        "start": span["start"],
        "end": span["end"],
        "text": span.get("text"),
    }
    if text is not None:
        record["context"] = context_of(text, span["start"], span["end"])
    return record


def _speaker(record: Optional[Record]) -> Optional[Record]:
    if record is None:
        return None
    return {
        "speaker": record.get("speaker"),
        "mention": record.get("speaker_mention", record.get("speaker")),
        "start": record.get("speaker_start"),
        "end": record.get("speaker_end"),
    }


def list_errors(alignment: Alignment, texts: Mapping[str, str]) -> list[Record]:
    """Every miss, false alarm and wrong speaker, with its context.

    `texts` maps doc to article text; a doc it lacks still gets listed,
    without context, because an error without context beats no error.
    """
    errors: list[Record] = []
    for gold in alignment.missed:
        record = _error("missed", gold["doc"], gold, texts.get(gold["doc"]))
        errors.append({**record, "gold_speaker": _speaker(gold), "pred_speaker": None})
    for pred in alignment.false_alarms:
        record = _error("false_alarm", pred["doc"], pred, texts.get(pred["doc"]))
        errors.append({**record, "gold_speaker": None, "pred_speaker": _speaker(pred)})
    for match in alignment.matches:
        if match.speaker_right:
            continue
        gold = match.gold
        record = _error("wrong_speaker", gold["doc"], gold, texts.get(gold["doc"]))
        record["pred_start"], record["pred_end"] = match.pred["start"], match.pred["end"]
        errors.append(
            {**record, "gold_speaker": _speaker(gold), "pred_speaker": _speaker(match.pred)}
        )
    errors.sort(key=lambda e: (e["doc"], e["start"], e["error"]))
    return errors


def _describe_speaker(speaker: Optional[Record]) -> str:
    if speaker is None:
        return "-"
    name, mention = speaker.get("speaker"), speaker.get("mention")
    where = f" @{speaker['start']}-{speaker['end']}" if speaker.get("start") is not None else ""
    if mention and mention != name:
        return f"{name!r} (mention {mention!r}{where})"
    return f"{name!r}{where}"


def format_error(error: Record) -> str:
    """A readable block for one error: what, where, who, and the words around it."""
    lines = [
        f"{error['error'].upper()} {error['doc']} {error['start']}-{error['end']}",
        f"  gold speaker: {_describe_speaker(error.get('gold_speaker'))}",
        f"  pred speaker: {_describe_speaker(error.get('pred_speaker'))}",
    ]
    context = error.get("context")
    lines.append(f"  {' '.join(context.split())}" if context else f"  {error.get('text')!r}")
    return "\n".join(lines)


def write_errors(errors: Sequence[Record], path: PathLike) -> None:
    """JSON lines when the name ends in .json/.jsonl (for tools), readable text otherwise."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as handle:
        if path.suffix in {".json", ".jsonl"}:
            for error in errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
        else:
            handle.write("\n\n".join(format_error(e) for e in errors))
            handle.write("\n" if errors else "")


class TextDir(Mapping[str, str]):
    """Article texts of a folder of NAME.txt, read on demand.

    Lazy because an error listing usually needs a handful of articles out of
    hundreds. Read with newline="" so that offsets stay those of the file.
    """

    def __init__(self, folder: PathLike):
        self.folder = Path(folder)
        self._cache: dict[str, str] = {}

    def _path(self, doc: str) -> Path:
        return self.folder / f"{doc}.txt"

    def __getitem__(self, doc: str) -> str:
        if doc not in self._cache:
            path = self._path(doc)
            if not path.is_file():
                raise KeyError(doc)
            self._cache[doc] = read_text(path)
        return self._cache[doc]

    def __iter__(self) -> Iterator[str]:
        return (p.stem for p in sorted(self.folder.glob("*.txt")))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def read_text(path: PathLike) -> str:
    """A file's text exactly as stored: no newline translation, so offsets hold."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


# --- running the extractor ----------------------------------------------------------


def gold_docs(gold: Iterable[Record]) -> dict[str, Optional[str]]:
    """Docs named in gold with their publication day (the extractor dates quotes by it)."""
    docs: dict[str, Optional[str]] = {}
    for record in gold:
        docs.setdefault(record["doc"], record.get("published"))
    return docs


def predict_dir(
    text_dir: PathLike,
    lang: Optional[str] = None,
    nlp: Any = None,
    docs: Optional[Iterable[str]] = None,
    metadata: Optional[Mapping[str, Mapping[str, Any]]] = None,
) -> list[Record]:
    """Run the project's extractor over TEXT_DIR/*.txt and return its JSON records.

    Articles are read by `quotes.sources`, the path `quotes extract` takes, so
    that we measure what users get. `docs` restricts the run to those ids
    (the ones a gold file names); `metadata` maps a file name or doc id to its
    `published`/`lang`/... fields. An unreadable file is logged and skipped:
    it then counts as an article with no predictions.
    """
    from quotes.extraction import extract_article
    from quotes.sources import SourceError, read_file

    wanted = set(docs) if docs is not None else None
    meta = {k: dict(v) for k, v in (metadata or {}).items()}
    records: list[Record] = []
    for path in sorted(Path(text_dir).glob("*.txt")):
        if wanted is not None and path.stem not in wanted:
            continue
        for article in read_file(path, meta, lang=lang):
            if isinstance(article, SourceError):
                LOG.warning("skipped %s", article)
                continue
            records += [quote.to_dict() for quote in extract_article(article, nlp=nlp)]
    return records


# --- seed scoring ------------------------------------------------------------------


def seed_norm(text: Optional[str]) -> str:
    """Folded words joined by single spaces: marks, case, accents, spacing ignored."""
    return " ".join(words(text))


def seed_same_speaker(gold: Optional[str], pred: Optional[str]) -> bool:
    """Names agree when the gold's last content word is among the predicted words."""
    gold_words = [w for w in words(gold) if w not in SEED_DETERMINERS]
    pred_words = [w for w in words(pred) if w not in SEED_DETERMINERS]
    return bool(gold_words and pred_words) and gold_words[-1] in pred_words


def seed_text_matches(gold_text: str, pred_text: str) -> bool:
    """Equal, or one contains the other and is at least half its length.

    The seed gold records quote texts, not offsets, so containment stands in
    for span overlap; the length floor keeps "injured" from matching a whole
    paragraph that happens to contain the word.
    """
    if not pred_text:
        return False
    if gold_text == pred_text:
        return True
    if len(gold_text) > 3 and gold_text in pred_text and len(gold_text) * 2 >= len(pred_text):
        return True
    return len(pred_text) > 3 and pred_text in gold_text and len(pred_text) * 2 >= len(gold_text)


def _seed_doc(name: str) -> str:
    """A seed gold file name, reduced to the key prediction docs are grouped by."""
    return seed_norm(name.rsplit(".", 1)[0])


@dataclass(frozen=True)
class SeedScore:
    """How many seed quotes were found, rightly attributed and dated; how many
    not-quotes leaked out attributed to someone. `problems` says which, in words."""

    total: int
    found: int
    speaker: int
    date: int
    leaked: int
    problems: tuple[str, ...] = ()

    @property
    def perfect(self) -> bool:
        return self.found == self.speaker == self.date == self.total and self.leaked == 0

    def line(self) -> str:
        t = self.total
        return (
            f"found {self.found}/{t} speaker {self.speaker}/{t} "
            f"date {self.date}/{t} leaked {self.leaked}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "problems"}


def _seed_hit(gold: Record, candidates: Sequence[Record]) -> Optional[Record]:
    """The first prediction whose text matches: seeds are scored by text, not one-to-one."""
    gold_text = seed_norm(gold["quote"])
    for pred in candidates:
        if seed_text_matches(gold_text, seed_norm(pred.get("text"))):
            return pred
    return None


def score_seeds(
    gold_dir: PathLike, predictions: Union[PathLike, Iterable[Record]]
) -> SeedScore:
    """Score predictions against `quotes.gold.jsonl` and `not-quotes.gold.jsonl` in gold_dir.

    A folder without not-quotes simply has nothing that can leak.
    """
    gold = read_jsonl(Path(gold_dir) / "quotes.gold.jsonl")
    negatives_path = Path(gold_dir) / "not-quotes.gold.jsonl"
    negatives = read_jsonl(negatives_path) if negatives_path.is_file() else []
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for pred in _records(predictions):
        by_doc[seed_norm(pred.get("doc", ""))].append(pred)

    found = speaker = date = leaked = 0
    problems: list[str] = []
    for g in gold:
        hit = _seed_hit(g, by_doc.get(_seed_doc(g["file"]), []))
        if hit is None:
            problems.append(f"MISS    {g['file'][:20]} {g['quote'][:60]!r}")
            continue
        found += 1
        if seed_same_speaker(g["speaker"], hit.get("speaker")):
            speaker += 1
        else:
            problems.append(
                f"SPEAKER {g['quote'][:40]!r}: gold {g['speaker']!r} got {hit.get('speaker')!r}"
            )
        if (hit.get("date") or None) == g["date"]:
            date += 1
        else:
            problems.append(f"DATE    {g['quote'][:40]!r}: gold {g['date']} got {hit.get('date')}")
    for n in negatives:
        for pred in by_doc.get(_seed_doc(n["file"]), []):
            if seed_norm(pred.get("text")) == seed_norm(n["text"]) and pred.get("speaker"):
                leaked += 1
                problems.append(f"LEAKED  {n['text']!r} as said by {pred.get('speaker')!r}")
    return SeedScore(len(gold), found, speaker, date, leaked, tuple(problems))
