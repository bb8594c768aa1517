"""Markdown articles as plain text, and the metadata of their front matter.

A Markdown article wraps names in emphasis (**Councillor Mark Hale**), puts
links, images and block quotes around its words and often breaks paragraphs
over several lines, which Markdown reads as one. Read as plain text, the
markup splits names, hides cues and cuts quotes; so a .md file is rendered
once, when read, to what a reader sees: one paragraph per line, blank lines
between blocks, the words of links and emphasis kept and the markup dropped,
and code left out (its marks quote strings, not people).
The rendered text is the article's text, the one every offset points into,
as the main text of an HTML page is.

A YAML front matter block (`---` … `---`, as Jekyll, Hugo and most static
site generators write) gives title, date, author, URL, outlet and language
under the names a JSONL record uses, plus `date` for the published day.
"""
from __future__ import annotations

import re
from typing import Any, Optional

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Front matter names that mean the published day, beyond the record's own "published".
DATE_KEYS = ("date", "pubdate", "publishdate", "publish_date", "published_at")

_PARSER = MarkdownIt("commonmark")


class FrontMatterError(ValueError):
    """The front matter block is not a YAML mapping."""


def split_front_matter(source: str) -> tuple[dict[str, Any], str]:
    """The front matter's fields (names lower-cased) and the Markdown after it."""
    found = FRONT_MATTER.match(source)
    if found is None:
        return {}, source
    try:
        fields = yaml.safe_load(found.group(1))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise FrontMatterError(f"front matter is not valid YAML{line}: {getattr(exc, 'problem', None) or exc}") from exc
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise FrontMatterError("front matter is not a list of 'name: value' fields")
    fields = {str(k).lower(): v for k, v in fields.items()}
    if "published" not in fields:
        fields["published"] = next((fields[k] for k in DATE_KEYS if fields.get(k) is not None), None)
    return fields, source[found.end() :]


def render(markdown: str) -> tuple[str, Optional[str]]:
    """What a reader of the rendered page sees, a block per paragraph, and
    the text of the first heading (the article's title when nothing else
    gives one), from one parse."""
    blocks: list[str] = []
    headings: list[str] = []
    tokens = _PARSER.parse(markdown)
    for n, token in enumerate(tokens):
        if token.type != "inline":
            continue  # (code blocks are no prose: their marks quote strings, not people)
        text = _inline_text(token.children or []).strip()
        if n > 0 and tokens[n - 1].type == "heading_open":
            headings.append(text)
        if text:
            blocks.append(text)
    return ("\n\n".join(blocks) + "\n" if blocks else ""), (headings[0] or None) if headings else None


def to_text(markdown: str) -> str:
    """What a reader of the rendered page sees (see render)."""
    return render(markdown)[0]


def _inline_text(children: list[Token]) -> str:
    """An inline run's words: soft line breaks are spaces (Markdown's own
    rule), a hard break a new line; an image, inline code and markup
    nothing."""
    parts: list[str] = []
    for child in children:
        if child.type == "text":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def first_heading(markdown: str) -> Optional[str]:
    """The text of the first heading (see render)."""
    return render(markdown)[1]
