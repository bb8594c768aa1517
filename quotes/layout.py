"""Paragraphs, and the text the rules read, from copy laid out in any way.

News text puts one paragraph per line. Hard-wrapped copy (wire feeds,
e-mail, plain text written at 72 columns) breaks each paragraph into lines.
`split_paragraphs` joins them back into their paragraph, or a quote running
over a line break would be cut in two and its speaker left on another line;
`reading_view` turns the line breaks inside a paragraph into spaces, so that
the parser, the rules and the date finder read prose. Every offset into the
view is an offset into the text as given, which is what quotes keep.
(Markdown files are turned into plain text when read: see markdown.py.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

# Dashes: em, en, hyphen, horizontal bar (HuffPost's dash, and the quotation dash
# of "― Name" bylines), figure dash.
DASHES = "—–-―‒"
DASH_CLASS = "[" + re.escape(DASHES) + "]"

MAX_PARAGRAPH = 5_000  # characters; longer lines are cut at a sentence end

# Hard-wrapped copy breaks lines at 60 to 80 columns, rarely outside 40 to 120.
WRAP_WIDTH_MIN = 40
WRAP_WIDTH_MAX = 120
SENTENCE_CLOSE = re.compile(r"[.!?…:][\"”’»)\]\s]*$")
# A line opening with a bullet, a heading's hashes or a table's bar starts a
# block of its own, wrapped text or not; one opening with a dash or an item's
# number after a finished sentence starts a reply ("— Nous partirons demain,
# a dit Marie Dupont.") or an item.
HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
LINE_START_MARKERS = re.compile(r"\s*(?:[*•+|][ \t]|#{1,6}[ \t])")
LINE_START_AFTER_SENTENCE = re.compile(r"\s*(?:" + DASH_CLASS + r"|\d{1,3}[.)][ \t])")
BLOCK_QUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")  # Markdown's, and e-mail's quoted reply
FIRST_WORD = re.compile(r"[ \t]*([^ \t\r\n]+)")  # (past the indent of a list item's next line)
BEFORE_FIRST_WORD = "\"“„«‘'([ \t\u00a0"  # what a line's first word may sit behind


@dataclass
class Paragraph:
    """A line of text between newlines (the lines of a hard-wrapped
    paragraph together): the unit in which marks pair."""

    index: int
    start: int
    end: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines, with their offsets, a wrapped paragraph's lines
    joined (see _continues).

    A line longer than MAX_PARAGRAPH (a whole article on one line, a scraper's
    dump) is cut at sentence ends, so that no parse grows without bound.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    width = wrap_width(text, lines)
    joined: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(lines):
        if n and _continues(text, lines[n - 1], start, width):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    paragraphs: list[Paragraph] = []
    for start, end in joined:
        for piece_start, piece_end in _cut_long_line(text, start, end):
            paragraphs.append(Paragraph(len(paragraphs), piece_start, piece_end))
    return paragraphs


def _cut_long_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > MAX_PARAGRAPH:
        limit = start + MAX_PARAGRAPH
        cut = max(text.rfind(". ", start + MAX_PARAGRAPH // 2, limit), text.rfind("? ", start + MAX_PARAGRAPH // 2, limit))
        cut = cut + 2 if cut > 0 else limit
        yield start, cut
        start = cut
    yield start, end


def wrap_width(text: str, lines: list[tuple[int, int]]) -> Optional[int]:
    """The column at which the text was hard-wrapped, or None when it puts a
    paragraph on each line. Wrapped text has nearly no line past the width,
    and shows it in the lines that another line follows: most of them broken
    because the next word would not fit (a title over its byline, a list of
    headlines would have fitted it), most stopping inside a sentence (a
    paragraph per line ends nearly every line with one)."""
    # (a line of one word, a web address, could not be broken: no evidence)
    widths = [_width(text, line) for line in lines if " " in text[line[0] : line[1]].strip()]
    short = [n for n in widths if n <= WRAP_WIDTH_MAX]
    if not short or len(short) < 0.9 * len(widths) or max(short) < WRAP_WIDTH_MIN:
        return None  # long paragraphs on a line each; a numbered list, a column of names
    width = max(short)
    # (short lines, a contact block's or an e-mail's headers, say nothing of the width either)
    followed = [(line, following) for line, following in zip(lines, lines[1:])
                if text[line[1] : following[0]] == "\n" and _width(text, line) >= width // 2]
    if len(followed) < 2:
        return None
    broken = sum(1 for line, following in followed if _next_word_overflows(text, line, following[0], width))
    open_ended = sum(1 for (start, end), _ in followed if not SENTENCE_CLOSE.search(text, start, end))
    return width if broken >= 0.6 * len(followed) and open_ended >= len(followed) / 3 else None


def _width(text: str, line: tuple[int, int]) -> int:
    return len(text[line[0] : line[1]].rstrip())


def _next_word_overflows(text: str, line: tuple[int, int], start: int, width: int) -> bool:
    """Whether the first word of the line at start would have run past the
    width on the line before: why a hard wrap broke the line there."""
    word = FIRST_WORD.match(text, start)  # (no wrapper breaks at a no-break space)
    return word is not None and _width(text, line) + 1 + len(word.group(1)) > width


def _continues(text: str, line: tuple[int, int], start: int, width: Optional[int]) -> bool:
    """Whether the line at start goes on the sentence or paragraph of the
    line before it: right after it (one line break), inside the same block
    quote or outside both, not after a heading, not opening a block, an item
    or a reply, and either in lower case after a line that stopped inside a
    sentence ('to participate personally / in caucuses'), or, in wrapped
    text, where the line before was broken for want of room or stops inside
    a sentence."""
    before_start, before_end = line
    if text[before_end:start] != "\n":
        return False
    quoted_before, quoted_here = BLOCK_QUOTE.match(text, before_start), BLOCK_QUOTE.match(text, start)
    if (quoted_before is None) != (quoted_here is None):
        return False  # a block quote opens or ends
    words_start, before_words = start, before_start
    if quoted_before is not None and quoted_here is not None:
        before_words, words_start = quoted_before.end(), quoted_here.end()
    if LINE_START_MARKERS.match(text, words_start) or HEADING.match(text, before_words):
        return False
    closed = SENTENCE_CLOSE.search(text, before_words, before_end) is not None
    if closed and LINE_START_AFTER_SENTENCE.match(text, words_start):
        return False
    first = text[words_start : words_start + 40].lstrip(BEFORE_FIRST_WORD)[:1]
    if first.islower() and not closed:
        return True
    # (in wrapped text a line that stops inside a sentence goes on, however short an
    # editor left it: 'said Rosa⏎Martinez')
    return width is not None and (_next_word_overflows(text, line, words_start, width) or not closed and not HEADING.match(text, words_start))


# --- what the rules read ------------------------------------------------------------

LINE_BREAKS_AS_SPACES = str.maketrans("\r\n", "  ")
QUOTED_LINE_START = re.compile(r"\n" + BLOCK_QUOTE.pattern)


def reading_view(text: str, paragraphs: list[Paragraph]) -> str:
    """The text as the rules read it, same length so that offsets hold: the
    line breaks inside a wrapped paragraph, and the bars of a block quote's
    next lines ("> "), as the spaces they stand for."""
    pieces, at = [], 0
    for para in paragraphs:
        if "\n" in text[para.start : para.end]:
            inside = QUOTED_LINE_START.sub(_blank, text[para.start : para.end])
            pieces += [text[at : para.start], inside.translate(LINE_BREAKS_AS_SPACES)]
            at = para.end
    return "".join(pieces) + text[at:] if pieces else text


def _blank(match: "re.Match[str]") -> str:
    return " " * len(match.group())
