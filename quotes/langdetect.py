"""Offline language detection from the stopword lists in `quotes/lang`.

News text is long and its function words are unmistakable, so counting
stopword hits is enough to pick between the languages we can extract from;
a statistical detector would also name languages we have no rules for.
Adding a language module with a STOPWORDS set is all it takes to detect it.
"""
from __future__ import annotations

import re
from collections import Counter

from quotes import lang as languages

DEFAULT_LANGUAGE = "en"
MAX_WORDS = 5000

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def first_words(text: str, limit: int = MAX_WORDS) -> list[str]:
    """The first `limit` lower-cased words; elisions (l’, d') split off as words."""
    words: list[str] = []
    for match in _WORD.finditer(text):
        words.append(match.group().lower())
        if len(words) >= limit:
            break
    return words


def stopword_hits(words: list[str]) -> Counter[str]:
    """How many of the words are stopwords of each known language."""
    counts = Counter(words)
    hits: Counter[str] = Counter()
    for code in languages.available():
        stopwords = getattr(languages.words(code), "STOPWORDS", frozenset())
        hits[code] = sum(n for word, n in counts.items() if word in stopwords)
    return hits


def detect_language(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The language code with most stopword hits; `default` when none or a tie."""
    hits = stopword_hits(first_words(text))
    if not hits:
        return default
    best = max(hits.values())
    leaders = sorted(code for code, n in hits.items() if n == best)
    if best == 0 or (len(leaders) > 1 and default in leaders):
        return default
    return leaders[0]
