"""Offline language detection from the stopword lists in quotes/lang."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from quotes import langdetect

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president said that the army would strike the regime if it was attacked.", "en"),
        ("Le président a déclaré que l’armée frapperait le régime dans la province.", "fr"),
        ("", "en"),
        ("12345 — !!!", "en"),
        ("Erdoğan Putin Idlib Ankara Moscow", "en"),
    ],
)
def test_detect_language(text: str, expected: str) -> None:
    assert langdetect.detect_language(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("france24-2020-02-12-erdogan-strike-regime.txt", "en"),
        ("lemonde-2020-02-28-turquie-russie-idlib.txt", "fr"),
        ("moscowtimes-2020-03-05-putin-erdogan-talks.txt", "en"),
        ("voltaire-2020-02-erdogan-idlib.txt", "en"),
    ],
)
def test_sample_articles(name: str, expected: str) -> None:
    assert langdetect.detect_language((SAMPLE_DIR / name).read_text("utf-8")) == expected


def test_default_is_used_when_nothing_matches() -> None:
    assert langdetect.detect_language("xyzzy plugh", default="fr") == "fr"


def test_only_the_first_words_are_read() -> None:
    text = "the " * langdetect.MAX_WORDS + "le la les de des " * 5000
    assert langdetect.detect_language(text) == "en"


def test_adding_a_language_module_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    modules = {
        "de": SimpleNamespace(STOPWORDS=frozenset("der die das und ist nicht mit".split())),
        "en": SimpleNamespace(STOPWORDS=frozenset("the of and".split())),
    }
    fake = SimpleNamespace(available=lambda: tuple(sorted(modules)), words=modules.__getitem__)
    monkeypatch.setattr(langdetect, "languages", fake)
    assert langdetect.detect_language("Der Präsident sagt, dass die Armee nicht und mit ist.") == "de"
