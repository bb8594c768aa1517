"""Markdown articles are read as the page a reader sees: markup dropped,
words kept, paragraphs joined as Markdown joins them, and the front matter's
title, date, author and language taken as the article's own."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes import extract
from quotes.markdown import first_heading, split_front_matter, to_text
from quotes.sources import SourceError, read_sources

ARTICLE = """---
title: "Council approves the tram line"
date: 2026-11-17T22:10:00Z
author: Jane Doe
lang: en
url: https://example.com/tram
---

# Council approves the new tram line after a stormy night

*By Jane Doe*

The city council approved the tram line on Tuesday night after five hours
of debate. "This is the most important decision this council has taken in
a generation," said Mayor Thomas Reyes, who pushed the project through.

## What residents said

- “We are relieved,” said Ana Ruiz, a nurse who lives near the
  [depot](https://example.com/depot).
- “Nobody asked us,” said shop owner **Mei Chen**.

> "I have seen many plans come and go," Councillor Ruth Adler told the chamber.
> "This one is different."

Opponents, led by **Councillor Mark Hale**, called the vote "a rushed mistake".

![The depot at night](depot.jpg)
"""


def test_markup_is_dropped_and_words_kept() -> None:
    text = to_text("Said **Mei Chen** and _Ana_ in [the town hall](https://x.org \"hall\").\n\n"
                   "# A heading\n\n> a block quote\n> on two lines\n\n- item one\n- item two\n\n![photo](p.jpg)\n")
    assert text == "Said Mei Chen and Ana in the town hall.\n\nA heading\n\na block quote on two lines\n\nitem one\n\nitem two\n"


def test_code_is_no_prose() -> None:
    """Inline code, indented and fenced blocks quote strings, not people."""
    text = to_text('The function `say("We are ready")` prints it, said Tom Fry.\n\n    x = "We never said that," said nobody\n\n'
                   '~~~\n"Fenced," said Bob Smith.\n~~~\n\n```\nprint("hi")\n```\n')
    assert text == "The function  prints it, said Tom Fry.\n"


def test_wrapped_lines_are_one_paragraph_as_markdown_reads_them() -> None:
    assert to_text("The council approved the line\non Tuesday night.\n") == "The council approved the line on Tuesday night.\n"


def test_front_matter_fields() -> None:
    fields, body = split_front_matter(ARTICLE)
    assert fields["title"] == "Council approves the tram line"
    assert fields["published"].isoformat()[:10] == "2026-11-17"  # (YAML reads the timestamp; iso_day takes its day)
    assert body.lstrip().startswith("# Council approves")
    assert split_front_matter("No front matter here.\n") == ({}, "No front matter here.\n")


def test_the_first_heading_is_a_title_of_last_resort() -> None:
    assert first_heading("Some text.\n\n## The heading\n") == "The heading"
    assert first_heading("No heading.\n") is None


def read_one(path: Path):
    (item,) = list(read_sources([path]))
    return item


def test_a_markdown_file_is_its_rendered_text_and_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "tram.md"
    path.write_text(ARTICLE, "utf-8")
    article = read_one(path)
    assert (article.title, article.published, article.author, article.lang, article.url) == (
        "Council approves the tram line", "2026-11-17", "Jane Doe", "en", "https://example.com/tram")
    assert article.published_source == "metadata"
    assert "**" not in article.text and "](" not in article.text and "title:" not in article.text
    assert "said shop owner Mei Chen." in article.text


def test_without_front_matter_the_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "tram.md"
    path.write_text(ARTICLE.split("---\n", 2)[2], "utf-8")
    article = read_one(path)
    assert article.title == "Council approves the new tram line after a stormy night"
    assert article.published is None


@pytest.mark.parametrize("front, message", [
    ("---\ntitle: [Idlib\n---\n", "front matter is not valid YAML (line 2)"),
    ("---\n- a list\n- not fields\n---\n", "front matter is not a list of 'name: value' fields"),
    ("---\ndate: last Tuesday\n---\n", "published 'last Tuesday' is not an ISO date"),
])
def test_bad_front_matter_is_one_clear_error(tmp_path: Path, front: str, message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(front + "\n“We will win,” she said.\n", "utf-8")
    error = read_one(path)
    assert isinstance(error, SourceError)
    assert str(error).startswith(f"{path}: ") and message in str(error)
    assert "\n" not in str(error)


def test_quotes_of_a_markdown_article(tmp_path: Path, nlp_en) -> None:
    path = tmp_path / "tram.md"
    path.write_text(ARTICLE, "utf-8")
    article = read_one(path)
    quotes = extract(article.text, lang="en", nlp=nlp_en, published=article.published)
    found = {q.text: q for q in quotes}
    assert found["This is the most important decision this council has taken in a generation,"].speaker == "Thomas Reyes"
    assert found["Nobody asked us,"].speaker == "Mei Chen"
    assert found["I have seen many plans come and go,"].speaker == "Ruth Adler"
    assert found["This one is different."].speaker == "Ruth Adler"
    assert found["I have seen many plans come and go,"].speaker_titles == ["Councillor"]
    for q in quotes:
        assert article.text[q.start : q.end] == q.text
