"""Find quotation spans in raw text, with no NLP.

Real copy mixes every style of mark (" “ ” « » „ ‹ › ‘ ’), pairs a straight
opening mark with a curly closing one, leaves quotes open, and reopens a quote
at the start of each paragraph of a long statement. The rules here pair marks
by which side of a word they sit on ("flanking"), fall back on the glyph, and
never give up on a document: an unpaired mark closes at the paragraph end.
Offsets always point into the text as given.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from .layout import DASH_CLASS, DASHES, Paragraph, split_paragraphs  # noqa: F401 (DASH_CLASS: re-exported to the rules)

OPENERS = {"“": "double", "„": "double", "‟": "double", "«": "guillemet", "‹": "angle", "‘": "single", "‚": "single", "‛": "single"}
CLOSERS = {"”": "double", "»": "guillemet", "›": "angle", "’": "single"}
AMBIGUOUS = {'"': "double", "'": "single"}
# Guillemets are typed by glyph alone: French sets them off with spaces, so
# flanking says nothing about them.
FIXED = {"«", "»", "‹", "›"}
SPACE = " \t\u00a0\u202f\u2009\u2007\r\n"
# Direction and joiner controls pasted from social media ("\u202a”Sorry Sarah"):
# invisible, so a mark is judged by the characters past them.
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"”’»)\]]|$)")


@dataclass
class QuoteSpan:
    """The text between a pair of quotation marks, marks excluded."""

    start: int
    end: int
    paragraph: int
    style: str  # double | guillemet | angle | single
    open_at: Optional[int] = None  # offset of the opening mark
    close_at: Optional[int] = None  # offset of the closing mark, None if never closed
    continues: bool = False  # left open at paragraph end, reopened in the next one
    continued_from: Optional[int] = None  # index (in the result list) of the span it continues

    @property
    def outer_start(self) -> int:
        return self.open_at if self.open_at is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _neighbours(text: str, i: int, lo: int, hi: int) -> tuple[str, str]:
    """The visible characters before and after position i (a space past the
    paragraph's ends): invisible controls are looked through."""
    b, a = i - 1, i + 1
    while b >= lo and text[b] in INVISIBLE:
        b -= 1
    while a < hi and text[a] in INVISIBLE:
        a += 1
    return (text[b] if b >= lo else " "), (text[a] if a < hi else " ")


def _can_open(before: str, after: str) -> bool:
    """Whether a mark between these characters may open a quote: after a
    space, a dash or an opening bracket or mark, before a word."""
    return (before in SPACE or before in DASHES or before in "([{/:;,\"“«„‘") and after not in SPACE


def _flanking(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at i, judged by its neighbours."""
    before, after = _neighbours(text, i, lo, hi)
    closes = before not in SPACE and (after in SPACE or not _is_word_char(after))
    return _can_open(before, after), closes


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """don't, ’80s, rock ’n’ roll: a single mark inside or beside a word
    (not parents', which may also close a quote: _may_be_possessive)."""
    before, after = _neighbours(text, i, lo, hi)
    if _is_word_char(before) and _is_word_char(after):
        return True
    return after.isdigit()  # ’80s, '16


def _may_be_possessive(text: str, i: int, lo: int, hi: int) -> bool:
    """parents' rights, or ‘a charter for speculators’ and …: a single mark
    after a word ending in s is a plural possessive or a closing mark; the
    pairing decides (_possessive_closes)."""
    before, after = _neighbours(text, i, lo, hi)
    return before in "sSzZ" and after in SPACE + ",.;:"


FEET_AND_INCHES = re.compile(r"\d['’′]\d{1,2}$")


def _is_inch_mark(text: str, i: int, lo: int) -> bool:
    """6’2”, 6'3" tall: a double mark after feet and inches measures a
    height; taken as a quote mark it would close the quote early or open
    one that never ends."""
    return bool(FEET_AND_INCHES.search(text, max(lo, i - 5), i))


@dataclass
class _Mark:
    at: int
    style: str
    role: str  # open | close


MARKUP_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,400}>")


def in_markup(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Ranges of markup tags (<tweet author="…">): their marks quote attributes, not people."""
    return [(m.start(), m.end()) for m in MARKUP_TAG.finditer(text, lo, hi)]


_MARK_CHAR = re.compile("[" + re.escape("".join([*OPENERS, *CLOSERS, *AMBIGUOUS])) + "]")


def _doubled_apostrophe(text: str, i: int, lo: int, hi: int) -> Optional[_Mark]:
    """Two apostrophes typed for a double mark (''racist,'' in archives of
    the New York Times and in wire copy from old systems): one double mark,
    placed on the apostrophe nearer the words so that the quote's offsets
    hold only them."""
    before, _ = _neighbours(text, i, lo, hi)
    _, after = _neighbours(text, i + 1, lo, hi)
    opens, closes = _can_open(before, after), before not in SPACE
    if opens and not closes:
        return _Mark(i + 1, "double", "open")
    if closes and not opens:
        return _Mark(i, "double", "close")
    return None


def _classify_marks(text: str, lo: int, hi: int) -> list[_Mark]:
    marks: list[_Mark] = []
    tags = in_markup(text, lo, hi) if "<" in text[lo:hi] else []
    paired = -1  # the second apostrophe of a doubled one, already read
    for found in _MARK_CHAR.finditer(text, lo, hi):  # a regex scan: a 50 MB text in seconds, not a minute
        i, ch = found.start(), found.group()
        if i == paired or tags and any(s <= i < e for s, e in tags):
            continue
        if ch == "'" and i + 1 < hi and text[i + 1] == "'" and (i + 2 >= hi or text[i + 2] != "'"):
            paired = i + 1
            doubled = _doubled_apostrophe(text, i, lo, hi)
            if doubled is not None:
                marks.append(doubled)
            continue
        style = OPENERS.get(ch) or CLOSERS.get(ch) or AMBIGUOUS[ch]
        if style == "single" and _is_apostrophe(text, i, lo, hi):
            continue
        if style == "single" and _may_be_possessive(text, i, lo, hi):
            marks.append(_Mark(i, style, "possessive"))
            continue
        if style == "double" and _is_inch_mark(text, i, lo):
            continue
        if ch in FIXED:
            role = "open" if ch in OPENERS or _opens_paragraph(text, lo, i) else "close"
        else:
            opens, closes = _flanking(text, i, lo, hi)
            if opens and not closes:
                role = "open"
            elif closes and not opens:
                role = "close"
            elif ch in OPENERS:
                role = "open"
            elif ch in CLOSERS and _opens_paragraph(text, lo, i):
                role = "open"  # '” … in the case of Wyoming': a closer opening its paragraph closes nothing
            elif ch in CLOSERS:
                role = "close"
            else:
                role = "either"
        marks.append(_Mark(i, style, role))
    return marks


def _opens_paragraph(text: str, lo: int, i: int) -> bool:
    """Whether the mark at i is the first thing in its paragraph: a closing
    guillemet there reopens a quote carried over from the paragraph before,
    as French typography marks each paragraph of a long quotation
    ('« En 2003, … premier.' then '» Moi compris. …')."""
    return not text[lo:i].strip(SPACE + INVISIBLE)


def _family(style: str) -> str:
    """Double marks and guillemets close each other (« … ” happens); singles nest."""
    return "single" if style in ("single", "angle") else "double"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in SPACE:
        start += 1
    while end > start and text[end - 1] in SPACE:
        end -= 1
    return start, end


def _first_sentence_end(text: str, start: int, end: int) -> Optional[int]:
    match = SENTENCE_END.search(text, start, end)
    if match and match.end() < end:
        return match.end()
    return None


def _glyph_class(ch: str) -> str:
    return "straight" if ch in "\"'" else "guillemet" if ch in "«»‹›" else "curly"


def _pair_in_paragraph(text: str, para: Paragraph, family: str) -> Iterator[tuple[int, Optional[int], str]]:
    """Yield (open mark offset, close mark offset or None, style) for one family.

    A quote opened with one glyph class (straight, curly, guillemet) that
    meets an opener of another class holds a nested quote; an opener of its
    own class means it was never closed.
    """
    marks = [m for m in _classify_marks(text, para.start, para.end) if _family(m.style) == family]
    marks = _without_excerpt_mark(text, marks, para)
    open_mark: Optional[_Mark] = None
    nested: list[str] = []
    for n, mark in enumerate(marks):
        cls = _glyph_class(text[mark.at])
        if mark.role == "possessive":
            if open_mark is not None and not nested and _possessive_closes(marks, n):
                yield open_mark.at, mark.at, open_mark.style
                open_mark = None
            continue
        if open_mark is None:
            if mark.role in ("open", "either") or _closer_typed_for_opener(text, marks, n):
                open_mark, nested = mark, []
            continue
        outer_cls = _glyph_class(text[open_mark.at])
        if mark.role == "open" and (cls != outer_cls or _nested_same_class(marks, n)):
            nested.append(cls)
        elif mark.role in ("close", "either") and nested and cls == nested[-1]:
            nested.pop()
        elif mark.role in ("close", "either") or _glued_closer(text, mark.at, para.start):
            yield open_mark.at, mark.at, open_mark.style
            open_mark, nested = None, []
        else:
            # A second opening mark of the same class while one is open: the
            # first was never closed. Stop it at its first sentence end.
            yield open_mark.at, None, open_mark.style
            open_mark, nested = mark, []
    if open_mark is not None:
        yield open_mark.at, None, open_mark.style


def _closer_typed_for_opener(text: str, marks: list[_Mark], n: int) -> bool:
    """'He says,” there are a lot of people who never get listened to.”': a
    closing curly mark with nothing open, right after a comma or a colon,
    that the paragraph's next mark closes again, was typed for an opening
    one (a typo the copy desk missed): it opens the quote."""
    mark = marks[n]
    if mark.role != "close" or text[mark.at] not in "”’" or mark.at == 0 or text[mark.at - 1] not in ",:":
        return False
    later = next((m for m in marks[n + 1 :] if m.role != "possessive"), None)
    return later is not None and later.role == "close" and text[later.at] == text[mark.at]


def _possessive_closes(marks: list[_Mark], n: int) -> bool:
    """‘a charter for speculators’ and said …: a mark that may be a plural
    possessive closes the open quote when no other mark after it can (the
    next mark opens a quote, or there is none); in ‘the voters’ choice is
    clear,’ the comma's mark closes it."""
    later = next((m for m in marks[n + 1 :] if m.role != "possessive"), None)
    return later is None or later.role == "open"


def _nested_same_class(marks: list[_Mark], n: int) -> bool:
    """'“… what he calls “hell” than live …”': a second opening mark of the
    open quote's own (directed) class, followed by two closing marks before
    any other opening one, holds a quote inside the open one; otherwise the
    first was never closed."""
    after = marks[n + 1 : n + 3]
    return len(after) == 2 and all(m.role == "close" for m in after) and marks[n].role == "open"


def _without_excerpt_mark(text: str, marks: list[_Mark], para: Paragraph) -> list[_Mark]:
    """'"PENCE: … an episode of “Shark Tank.” But …': a straight mark that
    opens a paragraph written with curly marks (in pairs after it), and that
    nothing closes, there or in the paragraphs after that open with one, is
    pasted in front of an excerpt (a transcript, a long passage); the curly
    marks inside are the quotations."""
    if not marks or text[marks[0].at] != '"' or marks[0].role not in ("open", "either"):
        return marks
    if text[para.start : marks[0].at].strip():
        return marks
    rest = marks[1:]
    curly = [text[m.at] for m in rest if _glyph_class(text[m.at]) == "curly"]
    if any(text[m.at] == '"' for m in rest) or not curly or curly[0] != "“" or curly.count("“") != curly.count("”"):
        return marks  # '"I don’t think so,” Grassley said': a straight mark a curly one closes
    return marks if _straight_chain_closes(text, para.end) else rest


def _straight_chain_closes(text: str, end: int) -> bool:
    """Whether the paragraphs after `end` that open with a straight mark
    (a quotation running over several paragraphs) end with one that closes
    it: then the marks are a long quotation, not excerpt markers."""
    at = end
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        at = stop + 1
        if not line:
            continue
        if not line.startswith('"'):
            return False
        if line.count('"') > 1:
            return True
    return False


def _glued_closer(text: str, at: int, lo: int) -> bool:
    """'…to different audiences,"Katie Packer said': a mark of the open
    quote's own class right after its closing punctuation closes it, even
    with no space after (a typo), rather than opening a second quote."""
    return at > lo and text[at - 1] in ",.!?"


# ', he added, ' right before the next opening mark: a tag, 1 to 4 words between commas
TAG_BEFORE_OPENER = re.compile(r",[ \t\u00a0]+(?:[^\s,]+[ \t\u00a0]+){0,3}[^\s,]+,[ \t\u00a0]*$")


def _span_end_for_unclosed(text: str, open_at: int, limit: int) -> int:
    """Where a quote nothing closed ends: at its first sentence end; else,
    when another quote opens after it, before the short tag the writer left
    between them without closing the first ('"Absent a force on the ground,
    he added, "this is how …"'); else where the next quote opens."""
    stop = _first_sentence_end(text, open_at + 1, limit)
    if stop is not None:
        return stop
    tag = TAG_BEFORE_OPENER.search(text, open_at + 1, limit)
    return tag.start() + 1 if tag is not None else limit


def _spans_in_paragraph(text: str, para: Paragraph, family: str) -> list[QuoteSpan]:
    pairs = list(_pair_in_paragraph(text, para, family))
    spans: list[QuoteSpan] = []
    for n, (open_at, close_at, style) in enumerate(pairs):
        if close_at is not None:
            start, end = _trimmed(text, open_at + 1, close_at)
        else:
            next_open = pairs[n + 1][0] if n + 1 < len(pairs) else None
            if next_open is not None:
                limit = _span_end_for_unclosed(text, open_at, next_open)
            else:
                limit = para.end
            start, end = _trimmed(text, open_at + 1, limit)
        if end > start and sum(ch.isalnum() for ch in text[start:end]) >= 2:
            spans.append(QuoteSpan(start, end, para.index, style, open_at, close_at))
    return spans


DIALOGUE_DASH = re.compile(r"[ \t\u00a0]*[—–―][ \t\u00a0]+")
QUOTE_MARK_CHARS = "\"“”«»„"
# ", a dit Marie Dupont." / ", dit-elle." closing a dialogue line: a short
# incise; after "?" or "!" it opens in lower case ("? a demandé le journaliste.").
INCISE = re.compile(r"(?:,|(?<=[?!…])(?=[ \u00a0]+[^\W\d_A-ZÀ-Þ]))[ \u00a0]+([^,.!?«»\"“”]{1,60})[.!?…]?[ \u00a0]*$")


# A subject pronoun hyphened after its verb ('a-t-il', 'dit-elle'): only a tag inverts so.
INVERTED_SUBJECT = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)\b")


def _dialogue_line(
    text: str, para: Paragraph, inner_tag: Optional["re.Pattern[str]"] = None, subject_clitics: frozenset[str] = frozenset()
) -> Optional[list[QuoteSpan]]:
    """'— Nous partirons demain, a dit Marie Dupont.': a line opened by a
    dialogue dash, not by a quotation mark, is speech up to its incise (a
    quote it holds is part of it: '— J'ai dit : « Je rentre. »'),
    or None when the paragraph is no such line. A tag earlier in the line
    cuts it as inside guillemets ('— Nous partirons, a dit Marie. Il le
    faut.'); after a tag that ends with a comma the line's words are the
    speaker's description as often as more speech ('— Nous n'avons plus
    rien, raconte Fatima, une mère de quatre enfants.'), and are left out.
    A tail that opens with a subject clitic ('— Oui, je pense.') is no
    incise: a tag puts its verb first."""
    head = DIALOGUE_DASH.match(text, para.start, para.end)
    if head is None or text[head.end() : head.end() + 1] in QUOTE_MARK_CHARS:
        return None  # ('— « Nous partirons », a dit Marie.': the marks say what is quoted)
    start, end = head.end(), para.end
    incise = INCISE.search(text, start, para.end)
    if incise is not None and len(incise.group(1).split()) <= 6 and not _opens_with(incise.group(1), subject_clitics) \
            and _tagged_by(text, start, incise, inner_tag):
        end = incise.start()
    start, end = _trimmed(text, start, end)
    if end - start < 2:
        return []
    line = QuoteSpan(start, end, para.index, "dash", head.start(), None)
    return _cut_at_tags(text, line, inner_tag, resumes_after_comma=False) if inner_tag is not None else [line]


def _tagged_by(text: str, start: int, incise: "re.Match[str]", inner_tag: Optional["re.Pattern[str]"]) -> bool:
    """Whether the tail after a dialogue line's last comma is its incise:
    a tag opens there or at an earlier comma (', a dit Marie.', ', raconte
    Fatima, une mère de quatre enfants.'); else it is more speech ('—
    L'Atlantique en novembre, ça ne pardonne pas.', '— Et si le bateau
    tient, viser le podium.'). A tail after '?' or '!' in lower case is one
    ('? a demandé le journaliste.'), and so is any tail in a language with
    no tag pattern."""
    if inner_tag is None or not text.startswith(",", incise.start()) or INVERTED_SUBJECT.search(incise.group(1)):
        return True  # ('— Oui, nous a-t-il dit.': a subject after its verb makes a tag)
    tag = inner_tag.search(text, start, incise.end())
    return tag is not None and tag.start() <= incise.start()


def _inside(span: QuoteSpan, outer: list[QuoteSpan]) -> bool:
    return any(o.outer_start < span.outer_start and span.outer_end <= o.outer_end + 1 for o in outer)


def _starts_and_reach(doubles: list[QuoteSpan]) -> tuple[list[int], list[int]]:
    """The double runs' opening offsets, in text order, and reach[k], the
    furthest closing offset among doubles[:k + 1]: what a bisect needs to
    tell which doubles can touch a single run."""
    starts = [d.outer_start for d in doubles]
    reach: list[int] = []
    for d in doubles:
        reach.append(max(d.outer_end, reach[-1]) if reach else d.outer_end)
    return starts, reach


def _outside_doubles(singles: list[QuoteSpan], doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """The single spans neither inside nor overlapping any double span of the paragraph.

    Doubles come in text order, so only those opening before a single ends
    can touch it, and when none of those reaches past its start none does:
    a bisect and a running maximum keep a paragraph of thousands of quotes
    linear instead of comparing every single span with every double one.
    """
    if not doubles:
        return singles
    starts, reach = _starts_and_reach(doubles)
    kept = []
    for s in singles:
        before = bisect.bisect_left(starts, s.outer_end)
        if before == 0 or reach[before - 1] <= s.outer_start:
            kept.append(s)
            continue
        candidates = doubles[before - 1::-1]  # nearest first: the one that matches is usually there
        if not any(_inside(s, [d]) or (d.outer_start < s.outer_end and s.outer_start < d.outer_end)
                   for d in candidates):
            kept.append(s)
    return kept


def _outer_singles(all_singles: list[QuoteSpan], doubles: list[QuoteSpan], kept: list[QuoteSpan]) -> tuple[list[QuoteSpan], list[QuoteSpan]]:
    """(doubles, singles) once the single-mark runs that hold double-mark
    ones whole are read as the outer quotes, as British, Irish and
    Australian papers write them (‘… said to me, “Boss, sit down,” and he
    was right,’): those doubles are the quote's inner words. A single run
    holds one when it opens before it, closes after it and lies inside no
    double run itself. Bisects over the doubles, as in _outside_doubles,
    keep a paragraph of thousands of quotes linear."""
    if not doubles or len(kept) == len(all_singles):
        return doubles, kept
    starts, reach = _starts_and_reach(doubles)
    kept_at = {s.outer_start for s in kept}
    holders, inner = [], set()
    for single in all_singles:
        if single.close_at is None or single.outer_start in kept_at:
            continue
        k = bisect.bisect_right(starts, single.outer_start)
        if k > 0 and reach[k - 1] > single.outer_start:
            continue  # (inside a double run: the American nesting)
        held = []
        while k < len(doubles) and doubles[k].outer_start < single.outer_end:
            if doubles[k].outer_end > single.outer_end:
                held = []
                break
            held.append(k)
            k += 1
        if held:
            holders.append(single)
            inner.update(held)
    if not holders:
        return doubles, kept
    return [d for n, d in enumerate(doubles) if n not in inner], sorted(kept + holders, key=lambda s: s.start)


def _opens_with(words: str, clitics: frozenset[str]) -> bool:
    """Whether `words` open with one of `clitics` ("je", or "j'" elided)."""
    first = words.split()[0].lower()
    return first in clitics or any(c[-1] in "'’" and first.startswith(c) for c in clitics)


def find_quotation_spans(
    text: str, paragraphs: Optional[list[Paragraph]] = None, inner_tag: Optional["re.Pattern[str]"] = None,
    subject_clitics: frozenset[str] = frozenset(),
) -> list[QuoteSpan]:
    """Every quotation span in the text, in order, marks excluded.

    Single-mark quotes nested inside double ones are dropped (they are part of
    the outer quote); top-level single-mark quotes are kept with style
    "single" so that attribution can ask more of them. `inner_tag` (see
    quotes.lang.inner_tag) finds a tag printed inside the marks; the quote
    is cut around it, so that the tag's words are outside, as after a
    closing mark; `subject_clitics` open a dialogue line's clause, never its
    incise.
    """
    paragraphs = paragraphs if paragraphs is not None else split_paragraphs(text)
    spans: list[QuoteSpan] = []
    for para in paragraphs:
        dialogue = _dialogue_line(text, para, inner_tag, subject_clitics)
        if dialogue is not None:
            spans.extend(dialogue)
            continue
        doubles = _spans_in_paragraph(text, para, "double")
        if inner_tag is not None:
            doubles = [piece for span in doubles for piece in _cut_at_tags(text, span, inner_tag)]
        all_singles = _spans_in_paragraph(text, para, "single")
        singles = _outside_doubles(all_singles, doubles)
        # (British style nests the other way: ‘… said to me, “Boss, sit down,” and …’)
        doubles, singles = _outer_singles(all_singles, doubles, singles)
        spans.extend(sorted(doubles + singles, key=lambda s: s.start))
    _link_continuations(text, spans, paragraphs)
    return spans


def _cut_at_tags(text: str, span: QuoteSpan, tag: "re.Pattern[str]", resumes_after_comma: bool = True) -> list[QuoteSpan]:
    """The pieces of a quote around the tags printed inside its marks. A
    piece ends at the comma before a tag (its closing "mark") and the next
    one starts after the tag's comma or full stop (its opening "mark"),
    after a full stop only unless `resumes_after_comma`."""
    pieces: list[QuoteSpan] = []
    start, open_at = span.start, span.open_at
    for match in tag.finditer(text, span.start, span.end):
        head = _trimmed(text, start, match.start())
        if head[1] - head[0] < 2:
            continue
        pieces.append(QuoteSpan(head[0], head[1], span.paragraph, span.style, open_at, match.start()))
        if match.group("stop") is None or match.group("stop") == "," and not resumes_after_comma:
            return pieces  # the tag ends the run: nothing quoted after it
        start, open_at = match.end(), match.start("stop")
    if not pieces:
        return [span]
    pieces.append(QuoteSpan(start, span.end, span.paragraph, span.style, open_at, span.close_at))
    return pieces


def _link_continuations(text: str, spans: list[QuoteSpan], paragraphs: list[Paragraph]) -> None:
    """A quote left open at its paragraph end continues into the next paragraph
    when that paragraph opens with a mark (the newspaper convention)."""
    first_in_paragraph: dict[int, int] = {}
    for n, span in enumerate(spans):
        first_in_paragraph.setdefault(span.paragraph, n)
    for n, span in enumerate(spans):
        if span.close_at is not None or span.style in ("single", "dash"):
            continue  # (a dialogue line ends with its paragraph: the next is another turn)
        if span.end < _trimmed(text, paragraphs[span.paragraph].start, paragraphs[span.paragraph].end)[1] - 1:
            continue
        nxt = first_in_paragraph.get(span.paragraph + 1)
        if nxt is None:
            continue
        follower = spans[nxt]
        para_start = _trimmed(text, paragraphs[follower.paragraph].start, paragraphs[follower.paragraph].end)[0]
        if follower.open_at == para_start:
            span.continues = True
            follower.continued_from = n
