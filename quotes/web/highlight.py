"""Safe highlighting: escape article text first, then add <mark> tags.

FTS5's highlight() marks matches with private-use characters that cannot
come from the tokenizer's words; the text is HTML-escaped with them in
place and only then are they swapped for tags, so a quote containing
<script> is shown as text.
"""
from __future__ import annotations

from typing import Optional

from markupsafe import Markup, escape

from .queries import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN


def marked_text(highlighted: Optional[str], plain: str) -> Markup:
    """The FTS5-highlighted text as safe HTML, or the plain text escaped."""
    if not highlighted:
        return escape(plain)
    # The private-use marks might pair badly if the text itself held them.
    if highlighted.count(HIGHLIGHT_OPEN) != highlighted.count(HIGHLIGHT_CLOSE):
        return escape(plain)
    html = str(escape(highlighted))
    return Markup(html.replace(HIGHLIGHT_OPEN, "<mark>").replace(HIGHLIGHT_CLOSE, "</mark>"))


def quote_in_context(
    context: Optional[str], context_start: Optional[int], start: Optional[int], end: Optional[int]
) -> Optional[Markup]:
    """The paragraph with the quote inside it marked, or None if offsets don't fit.

    Offsets are absolute in the article text; the paragraph begins at
    context_start, so the quote is context[start - context_start:end - context_start].
    """
    if context is None or None in (context_start, start, end):
        return None
    left, right = start - context_start, end - context_start
    if not 0 <= left <= right <= len(context):
        return None
    return Markup("{}<mark class=\"quote-mark\">{}</mark>{}").format(
        context[:left], context[left:right], context[right:]
    )


def marked_name(highlighted: Optional[str], name: Optional[str]) -> Optional[Markup]:
    """The speaker name with matched words marked, when the FTS copy is that name.

    quotes.speaker_name (indexed) can differ from the speakers row shown
    after a merge; then the name is shown unmarked.
    """
    if name is None:
        return None
    if highlighted and highlighted.replace(HIGHLIGHT_OPEN, "").replace(HIGHLIGHT_CLOSE, "") == name:
        return marked_text(highlighted, name)
    return escape(name)
