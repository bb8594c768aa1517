"""Which quoted runs are quotations: a small logistic model over what the
rules saw.

The attribution rules find a speaker for most quoted runs, but whether a run
is speech at all ("surprised and troubled" after "said he was") or a term, a
title or a scare quote ("brand building", "Fox News Sunday") depends on many
weak signals at once: how the run starts and ends, its length, the word
before it, which rule attributed it and to what kind of speaker. Weighing
them by hand gave a pile of special cases; a logistic model weighs them from
annotated articles instead. Its weights are a small JSON file per language
(`quotes/lang/<lang>.filter.json`), trained by `quotes train-filter` on any
annotated corpus, with no download at run time. A language without a weights
file keeps every run that a rule attributed, as before.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Optional

from .lang import lemma_forms
from .marks import DASHES, QuoteSpan
from .mentions import Attribution, ParsedParagraph
from .titles import title_case

FILTER_FILE = "{lang}.filter.json"
RULE_METHODS = ("cue", "according", "colon", "dash", "intro", "continuation", "inherited", "agent", "byline")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|mine|we|we're|we’re|we've|we’ve|us|our|ours)\b", re.I)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you’re)\b", re.I)


@dataclass
class Logistic:
    """One logistic model: named weights and a bias."""

    weights: dict[str, float]
    bias: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict:
        return {"bias": self.bias, "weights": dict(sorted(self.weights.items()))}


@dataclass
class Filter:
    """Two models over the same features: is the run a quotation, and is the
    speaker found for it right. A run is kept when both clear their
    threshold: a quotation credited to the wrong person misleads more than
    a missing one."""

    quote: Logistic
    speaker: Logistic
    quote_threshold: float = 0.5  # for a run a rule attributed
    speaker_threshold: float = 0.0
    added_threshold: float = 1.0  # for a run only the fallbacks attributed, or a title-like one

    def keeps(self, features: dict[str, float]) -> bool:
        if said_outright(features):
            return True
        return clears(
            self.quote.probability(features), self.speaker.probability(features), by_rule(features),
            (self.quote_threshold, self.speaker_threshold, self.added_threshold),
        )

    def to_json(self) -> str:
        body = {
            "quote": self.quote.to_dict(), "speaker": self.speaker.to_dict(),
            "quote_threshold": self.quote_threshold, "speaker_threshold": self.speaker_threshold,
            "added_threshold": self.added_threshold,
        }
        return json.dumps(body, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_dict(cls, body: dict) -> "Filter":
        return cls(
            Logistic(body["quote"]["weights"], body["quote"]["bias"]),
            Logistic(body["speaker"]["weights"], body["speaker"]["bias"]),
            body["quote_threshold"], body["speaker_threshold"], body.get("added_threshold", 1.0),
        )


def clears(quote_p: float, speaker_p: float, rule: bool, thresholds: tuple[float, float, float]) -> bool:
    """Whether a run not said outright is kept, given its two probabilities,
    whether a rule attributed it, and the (rule run, speaker, added run)
    thresholds. Training searches thresholds with this same test."""
    quote_cut, speaker_cut, added_cut = thresholds
    return quote_p >= (quote_cut if rule else added_cut) and speaker_p >= speaker_cut


def by_rule(features: dict[str, float]) -> bool:
    """Whether one of the attribution rules (not a fallback) attributed the
    run and it does not look like a title: what the rules alone would keep."""
    return not features.get("title_like") and any(features.get(f"method={m}") for m in RULE_METHODS)


def said_outright(features: dict[str, float]) -> bool:
    """A run that a verb of speech governs ('he exclaimed "Glory to
    Ukraine!"'): the text says it was said, so no weighing drops it."""
    return bool(features.get("method=cue") and features.get("cue=speech") and not features.get("title_like"))


def rules_only() -> Filter:
    """The filter that keeps exactly what the rules attribute (a title-like
    run never): what a language without weights gets when features are
    collected for training."""
    return Filter(Logistic({}, 0.0), Logistic({}, 0.0), quote_threshold=0.0, speaker_threshold=0.0, added_threshold=1.01)


def filter_path(lang: str) -> Path:
    """Where the weights file of a language lives inside the package."""
    return Path(str(resources.files("quotes.lang"))) / FILTER_FILE.format(lang=lang)


@lru_cache(maxsize=None)
def load_filter(lang: str) -> Optional[Filter]:
    """The language's trained filter, or None when it has no weights file.
    QUOTES_FILTER_<LANG> names another weights file (a newsroom's own), or
    "none" to keep what the rules alone keep."""
    chosen = os.environ.get(f"QUOTES_FILTER_{lang.upper()}")
    if chosen and chosen.lower() == "none":
        return None
    path = Path(chosen) if chosen else filter_path(lang)
    if not path.exists():
        return None
    return Filter.from_dict(json.loads(path.read_text(encoding="utf-8")))


def features(
    span: QuoteSpan,
    att: Optional[Attribution],
    title_like: bool,
    pp: ParsedParagraph,
    text: str,
    w: ModuleType,
    speaker: Optional[str],
    speaker_kind: Optional[str],
    quote_kind: str,
) -> dict[str, float]:
    """The signals the model weighs, named so that its weights read as rules."""
    quoted = text[span.start : span.end]
    tokens = [t for t in quoted.split() if any(c.isalnum() for c in t)]
    n = len(tokens)
    f: dict[str, float] = {}
    method = att.method if att is not None else "none"
    f[f"method={method}"] = 1.0
    f["title_like"] = float(title_like)
    f["style=" + span.style] = 1.0
    f["log_words"] = math.log1p(n)
    f["words=" + ("1" if n <= 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-9" if n <= 9 else "10+")] = 1.0
    f["upper_start"] = float(quoted.lstrip("([‘'\"…. ")[:1].isupper())
    f["end_punct"] = float(quoted.rstrip()[-1:] in ".!?,…" if quoted.strip() else False)
    f["kind=" + quote_kind] = 1.0
    f["first_person"] = float(bool(FIRST_PERSON.search(quoted)))
    f["second_person"] = float(bool(SECOND_PERSON.search(quoted)))
    f["title_case"] = float(title_case(w, quoted))
    f["all_caps"] = float(quoted.isupper())
    f["continued"] = float(span.continued_from is not None)
    f["unclosed"] = float(span.outer_end == span.end)
    _context_features(f, span, pp, text, w)
    _speaker_features(f, att, speaker, speaker_kind, w)
    if method != "none":
        f[f"method={method}*log_words"] = math.log1p(n)
        f[f"method={method}*upper_start"] = f["upper_start"]
    return f


def _context_features(f: dict[str, float], span: QuoteSpan, pp: ParsedParagraph, text: str, w: ModuleType) -> None:
    """The words around the run: what introduces a title differs from what
    introduces speech."""
    para_start, para_end = pp.offset, pp.offset + len(pp.text)
    before = text[para_start : span.outer_start]
    after = text[span.outer_end : para_end]
    f["opens_paragraph"] = float(not before.strip())
    f["closes_paragraph"] = float(not after.strip(" .\n"))
    stripped = before.rstrip()
    f["prev=colon"] = float(stripped.endswith(":"))
    f["prev=comma"] = float(stripped.endswith(","))
    f["prev=paren"] = float(stripped.endswith("("))
    f["prev=dash"] = float(stripped.endswith(tuple(DASHES)))
    f["prev=sentence_end"] = float(bool(stripped) and stripped[-1] in ".!?")
    last = re.findall(r"[\w’']+", stripped[-40:].lower())
    word = last[-1] if last else ""
    f["prev=title_cue"] = float(word in w.TITLE_CUES)
    f["prev=possessive"] = float(word.endswith(("'s", "’s", "s'", "s’")))
    f["prev=determiner"] = float(word in ("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"))
    f["prev=preposition"] = float(word in ("on", "in", "of", "for", "at", "to", "with", "by", "about", "from", "into"))
    f["prev=as"] = float(word == "as")
    f["prev=that"] = float(word == "that")
    f["prev=be"] = float(word in ("is", "was", "are", "were", "be", "been", "being"))
    f["prev=speech_verb"] = float(_lemma(w, word) in w.SPEECH_VERBS)
    nxt = re.findall(r"[\w’']+", after[:40].lower())[:3]
    f["next=speech_verb"] = float(any(_lemma(w, x) in w.SPEECH_VERBS for x in nxt))
    f["next=paren"] = float(after.lstrip().startswith(")"))
    f["next=sentence_end"] = float(after.lstrip()[:1] in (".", "!", "?", ""))
    f["quotes_in_paragraph>2"] = float(len(pp.quotes) > 2)


def _speaker_features(f: dict[str, float], att: Optional[Attribution], speaker: Optional[str], speaker_kind: Optional[str], w: ModuleType) -> None:
    mention = att.speaker if att is not None else None
    f["speaker=none"] = float(speaker is None)
    f["speaker_kind=" + (speaker_kind or "none")] = 1.0
    f["mention=pronoun"] = float(bool(mention and mention.is_pronoun))
    f["mention=document"] = float(bool(mention and mention.is_document))
    cue = (att.cue or "").lower() if att is not None else ""
    last = _lemma(w, cue.split()[-1] if cue.split() else "")
    f["cue=speech"] = float(last in w.SPEECH_VERBS)
    f["cue=weak"] = float(last in w.WEAK_SPEECH_VERBS)


def _lemma(w: ModuleType, word: str) -> str:
    """A word's lemma from the language's table of forms, else the word."""
    return lemma_forms(w.CODE).get(word, word)
