"""When a quote was said: dates the text states, resolved against the article's date.

Three steps, each a pure function on the raw text (no spaCy):

- `find_published_date`: the article's own date, only from a byline or dateline near
  the top, because a date deep in the body is about some event, not the article.
- `find_date_mentions` / `resolve_date_mentions`: every date phrase and the ISO day it
  stands for. Two kinds of relative phrase resolve differently: deictic words
  ("yesterday", "Wednesday", "hier", "la semaine dernière") point from the moment of
  writing, so they resolve against the published date; anaphoric words ("the following
  day", "le lendemain", "la veille") point from the previous date the text narrates.
  (In Le Monde "proférées dès jeudi soir ... réitérées vendredi", "vendredi" is the
  article's Friday, not the Friday before that Thursday.)
- `assign_dates`: fills `date`, `date_source`, `date_precision` of each Quote.

Precision: a day-precise date is "day". "last week" / "la semaine dernière" is stored as
the Monday of that week with precision "week" (a week often spans two months, so
"month" would be wrong half the time); "last month", "in February" as the first of
the month with precision "month"; "last year", "in 2011" as 1 January, precision
"year". The date field is always an ISO day so that it sorts and facets; the precision
says how much of it to trust.

Every language-specific word comes from `quotes.lang.words(code)`.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from types import ModuleType
from typing import Callable, Iterable, Optional, Sequence

from quotes.lang import speech_verb_forms, words
from quotes.model import Quote
from quotes.ranges import QuotedRanges

# A byline sits in the first lines; below that a date is about the story.
BYLINE_LINES = 15
# How far (in words) a date may sit from its reporting verb and still be its time:
# "threatened Recep Tayyip Erdogan during a speech in Ankara on Wednesday" is 8.
MAX_GAP_WORDS = 10
# A scene-setting date opens its sentence: "In the latest salvo on Wednesday, ...".
MAX_FRAME_HEAD_WORDS = 6
MAX_FRAME_TAIL_WORDS = 4
MAX_OPENED_FRAME_HEAD_WORDS = 12  # (the same after a preposition or a participle opening the sentence)

_H = r"[^\S\n]+"  # horizontal space: a date never spans a line
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]—–―]|\s-\s")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+")
_UPPER = "A-ZÀ-ÖØ-Þ"

Span = tuple[int, int]


@dataclass(frozen=True)
class DateMention:
    """One date phrase in a text, with what it says and, once resolved, the day it means.

    `kind` names what the phrase states: "date" (day, month and year), "day_month",
    "month", "year", "weekday" or "relative". `anchor` says what the relative part
    counts from: "article" (deictic: yesterday, Wednesday, last week), "text" (anaphoric:
    the following day) or None (absolute). `shift` and `unit` give the offset
    ("last week" = -1 week). `date` and `precision` are None until resolved.
    """

    start: int
    end: int
    text: str
    kind: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    anchor: Optional[str] = None
    shift: int = 0
    unit: str = "day"
    date: Optional[str] = None
    precision: Optional[str] = None


# --- patterns, built from the language's word lists -----------------------------

def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first so "the day before yesterday" wins."""
    parts = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", _H) for p in parts) or r"(?!x)x"


@dataclass(frozen=True)
class _Patterns:
    full: tuple[re.Pattern, ...]  # day + month (+ year), both orders
    month: re.Pattern
    year: re.Pattern
    weekday: re.Pattern
    deictic: re.Pattern
    anaphoric: re.Pattern
    ago: re.Pattern  # "two weeks ago": so many units before the article
    iso: re.Pattern


@lru_cache(maxsize=None)
def _patterns(lang: str) -> _Patterns:
    """Compile the date patterns of one language once."""
    w = words(lang)
    longest = {n: max(len(k) for k, v in w.MONTHS.items() if v == n) for n in w.MONTHS.values()}
    abbreviations = [k for k, n in w.MONTHS.items() if len(k) < longest[n]]
    full_names = [k for k, n in w.MONTHS.items() if len(k) == longest[n]]
    # Only an abbreviation takes a full stop: "Feb. 3", but "en mars." ends a sentence.
    months = rf"(?P<month>(?:{_alternation(abbreviations)})\.?|{_alternation(full_names)})"
    weekdays = _alternation(w.WEEKDAYS)
    tod = _alternation(w.DATE_TIME_OF_DAY)
    ordinals = "|".join(re.escape(s) for s in w.DATE_ORDINAL_SUFFIXES)
    day = rf"(?<!\d)(?P<day>[12]\d|3[01]|0?[1-9])(?:{ordinals})?(?!\w)" if ordinals else \
        r"(?<!\d)(?P<day>[12]\d|3[01]|0?[1-9])(?!\w)"
    year = r"(?P<year>1[6-9]\d\d|20\d\d)(?!\d)"
    wd_prefix = rf"(?:(?P<wd>{weekdays})(?:{_H}(?:{tod}))?,?{_H})?"
    joiners = _alternation(w.DATE_DAY_MONTH_JOINERS)
    dmy = rf"(?<!\w){wd_prefix}{day}{_H}(?:(?:{joiners}){_H})?{months}(?:,?{_H}{year})?(?!\w)"
    mdy = rf"(?<!\w){wd_prefix}{months}{_H}{day}(?:,?{_H}{year})?(?!\w)"
    flags = re.IGNORECASE
    return _Patterns(
        full=(re.compile(dmy, flags), re.compile(mdy, flags)),
        month=re.compile(
            rf"(?<!\w)(?:(?P<prep>{_alternation(w.DATE_MONTH_PREPOSITIONS)})(?:{_H}|-))?"
            rf"{months}(?:{_H}{year})?(?!\w)", flags),
        year=re.compile(rf"(?<!\w)(?:{_alternation(w.DATE_YEAR_PREPOSITIONS)}){_H}{year}", flags),
        weekday=re.compile(rf"(?<!\w)(?P<wd>{weekdays})(?:{_H}(?:{tod}))?(?!\w)", flags),
        deictic=re.compile(rf"(?<!\w)(?P<phrase>{_alternation(w.DATE_DEICTIC)})(?:{_H}(?:{tod}))?(?!\w)", flags),
        anaphoric=re.compile(rf"(?<!\w)(?P<phrase>{_alternation(w.DATE_ANAPHORIC)})(?!\w)", flags),
        ago=re.compile(r"(?<![\w-])" + w.DATE_AGO.format(
            number=rf"\d{{1,3}}|{_alternation(w.DATE_NUMBERS)}", unit=_alternation(w.DATE_UNITS), h=_H) + r"(?!\w)", flags),
        iso=re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    )


# --- finding mentions ---------------------------------------------------------------

def find_date_mentions(text: str, lang: str) -> list[DateMention]:
    """Every date phrase in `text`, in order, unresolved (what it says, not what day).

    Overlapping matches keep the longest ("jeudi 27 février" over "jeudi"), and an
    anaphoric phrase glued to an explicit day ("On the following day, February 4")
    becomes one mention, so that the day it names can pick the right year.
    """
    w = words(lang)
    candidates = list(_explicit_mentions(text, w, _patterns(lang)))
    candidates += _relative_mentions(text, w, _patterns(lang))
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    chosen: list[DateMention] = []
    for m in candidates:
        if not chosen or m.start >= chosen[-1].end:
            chosen.append(m)
    return _merge_anaphoric(text, chosen)


def _month_number(match: re.Match, w: ModuleType) -> Optional[int]:
    """The month a match names, or None when case says it is a verb ("may", "march")."""
    name = match.group("month").rstrip(".")
    if getattr(w, "MONTHS_CAPITALISED", False) and not name[0].isupper():
        return None
    return w.MONTHS[name.lower()]


def _valid_day(year: Optional[int], month: int, day: int) -> bool:
    """Whether a day exists (a leap year stands in when the year is unknown)."""
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _explicit_mentions(text: str, w: ModuleType, p: _Patterns) -> Iterable[DateMention]:
    """Dates that name a day, a month or a year."""
    for pattern in p.full:
        for m in pattern.finditer(text):
            month = _month_number(m, w)
            day, year = int(m.group("day")), m.group("year")
            year = int(year) if year else None
            if month is None or not _valid_day(year, month, day):
                continue
            weekday = w.WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
            yield DateMention(m.start(), m.end(), m.group(), "date" if year else "day_month",
                              year=year, month=month, day=day, weekday=weekday)
    for m in p.iso.finditer(text):
        year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
        if 1 <= month <= 12 and _valid_day(year, month, day):
            yield DateMention(m.start(), m.end(), m.group(), "date", year=year, month=month, day=day)
    for m in p.month.finditer(text):
        month = _month_number(m, w)
        year = int(m.group("year")) if m.group("year") else None
        if month is None or (year is None and not m.group("prep")):
            continue  # a bare month name without "in"/"en" is too often something else
        start = m.start("month")
        yield DateMention(start, m.end(), text[start:m.end()], "month", year=year, month=month)
    for m in p.year.finditer(text):
        yield DateMention(m.start("year"), m.end(), m.group("year"), "year", year=int(m.group("year")))


@lru_cache(maxsize=None)
def _phrase_table(code: str, name: str) -> dict:
    """A language's relative phrases keyed by their spacing-normalised form (built once)."""
    table = getattr(words(code), name)
    return {re.sub(r"\s+", " ", k.lower()): v for k, v in table.items()}


def _relative_mentions(text: str, w: ModuleType, p: _Patterns) -> list[DateMention]:
    """Weekdays and relative phrases, with what they count from."""
    found = [DateMention(m.start(), m.end(), m.group(), "weekday",
                         weekday=w.WEEKDAYS[m.group("wd").lower()], anchor="article")
             for m in p.weekday.finditer(text)]
    for pattern, name, anchor in ((p.deictic, "DATE_DEICTIC", "article"),
                                  (p.anaphoric, "DATE_ANAPHORIC", "text")):
        lookup = _phrase_table(w.CODE, name)
        for m in pattern.finditer(text):
            if anchor == "text" and _counts_from_an_event(text, m.start(), w.CODE):
                continue  # 'the day after a man gunned down 49 people': not the day after the last date
            shift, unit = lookup[re.sub(r"\s+", " ", m.group("phrase").lower())]
            found.append(DateMention(m.start(), m.end(), m.group(), "relative",
                                     anchor=anchor, shift=shift, unit=unit))
    for m in p.ago.finditer(text):
        count = m.group("n").lower()
        shift = -(int(count) if count.isdigit() else w.DATE_NUMBERS[count])
        unit = _phrase_table(w.CODE, "DATE_UNITS")[m.group("unit").lower()]
        found.append(DateMention(m.start(), m.end(), m.group(), "relative", anchor="article", shift=shift, unit=unit))
    return found


@lru_cache(maxsize=None)
def _event_complement(code: str) -> re.Pattern:
    return re.compile(words(code).DATE_EVENT_COMPLEMENT, re.IGNORECASE)


def _counts_from_an_event(text: str, start: int, code: str) -> bool:
    """Whether the anaphoric phrase at `start` takes the event it counts from
    as its complement ("the day before the debate", « le lendemain de l'attentat »)."""
    return _event_complement(code).match(text, start) is not None


def _merge_anaphoric(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Glue "the following day" to an explicit day right after it ("..., February 4")."""
    merged: list[DateMention] = []
    for m in mentions:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == "relative" and prev.anchor == "text"
                and prev.unit == "day" and m.kind in ("day_month", "date")
                and re.fullmatch(r",?[^\S\n]*", text[prev.end:m.start])):
            merged[-1] = replace(m, start=prev.start, text=text[prev.start:m.end],
                                 anchor="text", shift=prev.shift)
        else:
            merged.append(m)
    return merged


# --- resolving mentions to days -----------------------------------------------------

def parse_iso_day(value: Optional[str]) -> Optional[date]:
    """An ISO day (or datetime) string as a date; None when absent or malformed."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_date_mentions(text: str, lang: str, published: Optional[str],
                          ignore: Sequence[Span] = ()) -> list[DateMention]:
    """Mentions with `date` and `precision` filled where the text and `published` allow.

    Mentions inside `ignore` spans (quotations) are dropped: what a speaker says about
    a day is not when they said it, and must not become the anchor for later phrases.
    Resolution runs in text order because anaphoric phrases lean on earlier dates.
    """
    pub = parse_iso_day(published)
    paragraphs = paragraph_spans(text)
    timeline: list[tuple[int, date]] = []  # (paragraph, day) of day-precise dates so far
    out: list[DateMention] = []
    ignored = _within_any(ignore)
    for m in find_date_mentions(text, lang):
        if ignored(m.start, m.end):
            continue
        para = _index_of(paragraphs, m.start)
        day, precision = _resolve(m, pub, timeline, para)
        if day is not None and precision == "day" and (pub is None or day <= pub):
            # (a day still to come times nothing said: 'until March 31, the authority announced Friday')
            timeline.append((para, day))
        out.append(replace(m, date=day.isoformat() if day else None,
                           precision=precision if day else None))
    return out


def _resolve(m: DateMention, pub: Optional[date], timeline: list[tuple[int, date]],
             para: int) -> tuple[Optional[date], Optional[str]]:
    """The day a mention means and its precision, or (None, None): never a guess."""
    same_para = next((d for p, d in reversed(timeline) if p == para), None)
    earlier = timeline[-1][1] if timeline else None
    if m.kind == "date":
        return date(m.year, m.month, m.day), "day"
    if m.kind == "year":
        return date(m.year, 1, 1), "year"
    if m.kind == "month":
        if m.year:
            return date(m.year, m.month, 1), "month"
        year = _year_for(m.month, 0, same_para, pub, earlier)
        return (date(year, m.month, 1), "month") if year else (None, None)
    if m.kind == "day_month":
        if m.anchor == "text":
            for _, anchor in reversed(timeline):
                shifted = anchor + timedelta(days=m.shift)
                if (shifted.month, shifted.day) == (m.month, m.day):
                    return shifted, "day"
        year = _year_for(m.month, m.day, same_para, pub, earlier)
        if year is None or not _valid_day(year, m.month, m.day):
            return None, None
        return date(year, m.month, m.day), "day"
    if m.anchor == "text":
        ref = same_para or earlier
    else:
        ref = pub or same_para
    if ref is None:
        return None, None
    if m.kind == "weekday":
        return ref - timedelta(days=(ref.weekday() - m.weekday) % 7), "day"
    return _shift(ref, m.shift, m.unit)


# A day and month without a year this many days after publication, or fewer, is
# still to come ("ahead of the March 20 deadline"); further ahead, it was last year's.
UPCOMING_DAYS = 120


def _year_for(month: int, day: int, same_para: Optional[date], pub: Optional[date],
              earlier: Optional[date]) -> Optional[int]:
    """The year of a day or month stated without one.

    (`day` 0 for a month alone.) A date stated earlier in the paragraph sets the
    year; else the published date, stepping back a year when the day would fall
    after publication (a report cannot precede what it reports: "December 28" in a
    January article is last December), unless a day is at most UPCOMING_DAYS ahead
    ("the March 20 deadline" in a March 10 article: a day no one has spoken on yet);
    else any date stated earlier in an undated article.
    """
    if same_para:
        return same_para.year
    if pub:
        ahead = date(pub.year, month, day) if _valid_day(pub.year, month, day) else None
        if ahead is not None and pub < ahead <= pub + timedelta(days=UPCOMING_DAYS):
            return pub.year
        return pub.year - 1 if (month, day) > (pub.month, pub.day) else pub.year
    return earlier.year if earlier else None


def _shift(ref: date, shift: int, unit: str) -> tuple[date, str]:
    """Move a reference day by `shift` units; weeks start on Monday, months on the 1st."""
    if unit == "day":
        return ref + timedelta(days=shift), "day"
    if unit == "week":
        return ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift), "week"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + shift
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(ref.year + shift, 1, 1), "year"


# --- paragraphs and sentences -------------------------------------------------------

def paragraph_spans(text: str) -> list[Span]:
    """Non-blank lines: news text puts one paragraph per line, blank lines or not."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def sentence_spans(text: str, start: int, end: int, lang: str) -> list[Span]:
    """Sentences of text[start:end]: a split after . ! ? before a space and a capital.

    A full stop after a single capital ("M. Erdogan") or a known abbreviation does not
    end a sentence.
    """
    abbreviations = words(lang).SENTENCE_ABBREVIATIONS
    # (a French opening mark may be spaced from its first word: « La confiance … »)
    boundary = re.compile(rf"[.!?…]+[\"”’»)\]]*(?=\s+(?:[\"“«(\[]\s*)?[{_UPPER}])")
    spans, begin = [], start
    for m in boundary.finditer(text, start, end):
        if m.group()[0] == ".":
            before = re.search(r"(\w+)$", text[begin:m.start()])
            token = before.group(1) if before else ""
            if (len(token) == 1 and token.isupper()) or token.lower() in abbreviations:
                continue
        spans.append((begin, m.end()))
        begin = m.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        spans.append((begin, end))
    return spans


def _within_any(spans: Sequence[Span]) -> Callable[[int, int], bool]:
    """A test of whether [start, end) lies inside one of `spans`, by a
    bisect, as a transcript quotes thousands of times."""
    return QuotedRanges(sorted(spans)).holds


def _index_of(spans: Sequence[Span], offset: int) -> int:
    """Index of the span holding `offset` (or the last one starting before it)."""
    # Spans are in text order: a bisect, not a scan, for articles of 100,000 paragraphs.
    return max(bisect.bisect_right(spans, (offset, float("inf"))) - 1, 0)


# --- which date governs a quote --------------------------------------------------------

def _strip_spans(text: str, a: int, b: int, quoted: QuotedRanges) -> str:
    """text[a:b] without the quotations in it: a quote between a verb and its date
    ('said "..." on Friday') does not separate them. Only the quotes that reach
    into the stretch are read."""
    pieces, pos = [], a
    for s, e in itertools.islice(quoted, quoted.reaching(a), None):
        if s >= b:
            break  # (sorted by start: none after it reaches in)
        if e <= pos:
            continue
        pieces.append(text[pos:max(pos, s)])
        pos = max(pos, e)
    pieces.append(text[pos:b] if pos < b else "")
    return "".join(pieces)


def _words(text: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(text)]


def _same_clause(gap: str, w: ModuleType) -> bool:
    """Whether a stretch of text between a reporting verb and a date keeps them in one
    clause: no clause punctuation, no subordinator or modal, and short."""
    if _CLAUSE_PUNCT.search(gap):
        return False
    # (a capitalised word is a name, not the modal or subordinator it spells: "Theresa May")
    tokens = [t for t in _WORD.findall(gap) if t == t.lower()]
    return len(_WORD.findall(gap)) <= MAX_GAP_WORDS and not any(
        t in w.DATE_CLAUSE_BREAKS or t.split("'")[0] in w.DATE_CLAUSE_BREAKS
        or t.split("’")[0] in w.DATE_CLAUSE_BREAKS for t in tokens)


def _is_frame(text: str, m: DateMention, sentence: Span, quotes: QuotedRanges,
              w: ModuleType) -> bool:
    """Whether a date opens its sentence as a scene-setting adverbial followed by a
    comma ("On 3 February 2010, ...", "In the latest salvo on Wednesday, ...").

    Such a date frames what follows; a date deep in a sentence ("a tué ... à Idlib,
    jeudi 27 février") only times that sentence's own event.
    """
    head = _strip_spans(text, sentence[0], m.start, quotes)
    # (a colon ends a label or an introduction: the date opens the clause after it,
    # « 10h45 - Rappel : hier soir, sur le plateau de France 2, X avait estimé »)
    head = head[head.rfind(":") + 1 :]
    words_before = _words(head)
    most = MAX_OPENED_FRAME_HEAD_WORDS if _opens_a_frame(words_before, w) else MAX_FRAME_HEAD_WORDS
    if _CLAUSE_PUNCT.search(head) or len(words_before) > most:
        return False
    comma = text.find(",", m.end, sentence[1])
    if comma < 0:
        return False
    tail = text[m.end:comma]
    return _same_clause(tail, w) and len(_words(tail)) <= MAX_FRAME_TAIL_WORDS


def _opens_a_frame(words_before: list[str], w: ModuleType) -> bool:
    """'In an interview with the Westhaven Herald on Sunday,', 'Addressing the
    conference in Westhaven on Saturday,': a preposition or a participle
    opening the sentence makes all before the date's comma one adverbial
    phrase, however long, not a clause of its own."""
    return bool(words_before) and words_before[0] in w.DATE_FRAME_OPENERS


def _governs(text: str, m: DateMention, anchor: Span, sentence: Span,
             quotes: QuotedRanges, w: ModuleType) -> bool:
    """Whether a date in the anchor's sentence is the time of the anchor's saying."""
    before = _words(text[max(sentence[0], m.start - 20) : m.start])
    if before and before[-1] in w.DATE_PERIOD_OPENERS:
        return False  # ('said the fall since January had added …': where a period starts)
    if m.end <= anchor[0] and _is_frame(text, m, sentence, quotes, w):
        return not _parenthetical(text, m, anchor, sentence, quotes)

    a, b = (m.end, anchor[0]) if m.end <= anchor[0] else (anchor[1], m.start)
    return a <= b and _same_clause(_without_asides(_strip_spans(text, a, b, quotes)), w)


# A description set off by commas after a name ('said Carla Widmer, the rail
# operator's head of services, at a ceremony on Tuesday', 'said Joaquim Prado,
# who grows arabica, in an interview on Monday'): an aside about the speaker,
# not a clause between the saying and its day.
ASIDE_AFTER_NAME = re.compile(r"(?<=[^\W\d_])(,[^\S\n]+[^,;:()\[\]—–\n]{1,100}?,)(?=[^\S\n])")
NAME_END = re.compile(rf"[{_UPPER}][^\W\d_'’.-]*[^\W\d_]$")


def _without_asides(gap: str) -> str:
    """The gap without the asides that follow a capitalised name in it, or
    that are a name set off after a role."""
    pieces, at = [], 0
    for m in ASIDE_AFTER_NAME.finditer(gap):
        # (after a name, or a name itself set off after its role: 'son avocat, Me Thomas Girardot,')
        if NAME_END.search(gap, 0, m.start()) or m.group(1).lstrip(", \u00a0")[:1].isupper():
            pieces.append(gap[at : m.start()])
            at = m.end()
    return "".join(pieces) + gap[at:] if pieces else gap


def _parenthetical(text: str, m: DateMention, anchor: Span, sentence: Span, quotes: QuotedRanges) -> bool:
    """'Six months ago, the senator said, the media considered him a "fringe
    candidate"': a cue set off by commas inside the clause it reports, whose
    opening date is the reported clause's, not the saying's."""
    before = text[m.end : anchor[0]]
    after = _strip_spans(text, anchor[1], sentence[1], quotes)
    return "," in before and re.match(r"[^\S\n]*,[^\S\n]*[^\W\d_]", after) is not None


def _is_carry_cue(cue: Optional[str], w: ModuleType) -> bool:
    """A cue that continues an earlier statement ("added", "a ajouté"), or no cue."""
    if not cue:
        return True
    lowered = cue.lower()
    return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", lowered) for c in w.DATE_CARRY_CUES)


def _anchor_span(q: Quote) -> Span:
    """The cue when known (the saying is timed at the verb), else the quote itself."""
    if q.cue_start is not None:
        end = q.cue_end if q.cue_end is not None else q.cue_start + len(q.cue or "")
        return q.cue_start, end
    return q.start, q.end


def _set(q: Quote, day: Optional[str], source: Optional[str], precision: Optional[str]) -> None:
    q.date, q.date_source, q.date_precision = day, source, precision


def assign_dates(text: str, lang: str, published: Optional[str], quotes: list[Quote],
                 other_runs: Sequence[Span] = ()) -> None:
    """Fill `date`, `date_source` and `date_precision` of each quote, in place.

    `other_runs` are the article's quoted runs that are not quotations (titles,
    terms): a date inside one names a show or a slogan, not a day ('said on
    ABC's "This Week"'), so it is ignored like the quotes' own words.

    In order of preference: a date governing the cue in its sentence (else governing the
    quote in the quote's own sentence, should the cue sit elsewhere); a scene-setting date
    that opens an earlier sentence of the cue's paragraph; the text date of the previous
    quote when this one continues it ("he added", or no cue) in the same or the next
    paragraph; the day the text gave the same speaker's earlier words; the day of the
    occasion the lead dates, for a quote below it whose cue is not in the present; the
    published date (source "article"); else nothing.
    """
    w = words(lang)
    spans = [(q.start, q.end) for q in quotes]
    ignore = spans + list(other_runs)
    mentions = _Mentions(m for m in resolve_date_mentions(text, lang, published, ignore=ignore) if m.date)
    quoted = QuotedRanges(sorted(spans))
    paragraphs = paragraph_spans(text) or [(0, len(text))]
    sentences = _Sentences(text, lang, paragraphs)
    pub = parse_iso_day(published)
    occasion = _occasion(text, paragraphs, mentions, pub)
    # (the writer's own visit that day: the present of the reportage is that day's too)
    reported = occasion is not None and _writer_there(text, occasion, sentences, w)
    scenes = _scene_openers(mentions, paragraphs)  # (a later day opening a paragraph ends the occasion's scene)
    # (the last quote the text dated, and its paragraph: a quote after it that carries on
    # takes its day, past a quote in between that had none, « …, a résumé lundi le lieutenant-
    # colonel X. Selon l'officier, … « … ». « … », a-t-il ajouté »)
    dated: Optional[tuple[Quote, int]] = None
    last_said: dict[str, Quote] = {}  # (each speaker's latest quote the text dated)
    for q in sorted(quotes, key=lambda q: q.start):
        anchor = _anchor_span(q)
        para = _index_of(paragraphs, anchor[0])
        found = _text_date(text, q, sentences, mentions, quoted, w) or _reported_before(text, q, sentences, mentions, quoted, w)
        if found is not None and pub is not None and found.date > pub.isoformat():
            found = None  # (nothing published was said after the day it was published)
        earlier = last_said.get(q.speaker) if q.speaker else None
        if earlier is not None and mentions.later_than(earlier.date, earlier.end, anchor[0]):
            earlier = None  # (the story has moved on to a later day since: 'On the following day, …')
        own = True  # (whether the text dates this quote itself, not through the lead)
        if found is not None:
            _set(q, found.date, "text", found.precision)
        elif (dated is not None and para - dated[1] in (0, 1)
              and (_is_carry_cue(q.cue, w) or _same_speaker_goes_on(text, q, dated[0], paragraphs[para]))):
            _set(q, dated[0].date, "text", dated[0].date_precision)
        elif earlier is not None and not _present_cue(q.cue, w):
            # (the speaker's next words, further down: 'Langley told the committee on
            # Monday …' then, paragraphs later, '"…," she said')
            _set(q, earlier.date, "text", earlier.date_precision)
        elif occasion is not None and occasion.end <= q.start and (reported or not _present_cue(q.cue, w)) \
                and not scenes.later_than(occasion.date, occasion.end, anchor[0], pub.isoformat() if pub else "9999"):
            # (nor once the story has moved on to a later day: 'On Monday, the unions walked out')
            _set(q, occasion.date, "text", occasion.precision)
            own = False
        elif pub is not None:
            _set(q, pub.isoformat(), "article", "day")
        else:
            _set(q, None, None, None)
        if q.date_source == "text":
            dated = (q, para)
            if own and q.speaker and q.date_precision == "day":
                last_said[q.speaker] = q


# The article's lead is its first paragraph this long: shorter ones above it
# are its headline, standfirst, byline or dateline.
LEAD_MIN_CHARS = 120
# What ends a paragraph of prose: a headline, however long, has no stop.
HEADLINE_END = re.compile(r"[.!?…:;»”\"'’)]\s*$")
# A lead dates the article's occasion when it happened this recently: older
# days are background ('In 2019, …', 'On 3 February, …').
OCCASION_MAX_DAYS = 7


def _occasion(text: str, paragraphs: Sequence[Span], mentions: "_Mentions", pub: Optional[date]) -> Optional[DateMention]:
    """The day of the article's occasion: the latest day its lead names (or
    the paragraph after a lead that names none), in the week before it was
    published ('A late-night session of the council descended into shouting
    on Monday …'). News copy gives the time once, in
    the lead; the quotes below it that name no day of their own were said
    there ('"…," said the councillor'), not on the day the article appeared."""
    if pub is None:
        return None
    # (not a long headline, which ends on no stop: « DIRECT. Primaire … : X l'emporte nettement »)
    at = next((k for k, p in enumerate(paragraphs) if p[1] - p[0] >= LEAD_MIN_CHARS
               and not (k == 0 and len(paragraphs) > 1 and not HEADLINE_END.search(text, p[0], p[1]))), None)
    if at is None:
        return None
    # (a lead that names no day leaves it to the paragraph after it: 'A solicitor … has been
    # jailed …' then '… was sentenced at Truro Crown Court yesterday')
    for lead in paragraphs[at : at + 2]:
        # (not the dateline's day, 'UNITED NATIONS, March 10 — The council failed on Monday': when it was filed)
        days = [m for m in mentions.within(*lead) if m.precision == "day" and not _in_dateline(text, m, lead)]
        if not days:
            continue
        # (not a day still to come: 'will close until March 31, the authority announced Friday';
        # a lead that names only such days dates no occasion, below it either)
        days = [m for m in days if m.date <= pub.isoformat()]
        if not days:
            return None
        # (the latest day it names: « votaient depuis jeudi … proclamés ce mardi soir » is today's)
        m = max(days, key=lambda d: d.date)
        said = date.fromisoformat(m.date)
        # (an occasion on the day of publication changes no day: the article's date stands)
        return m if 0 < (pub - said).days <= OCCASION_MAX_DAYS else None
    return None


# A dateline's day: near the paragraph's start, then a dash, maybe after an
# agency's name ('PARIS, 10 mars (AFP) —').
DATELINE_CHARS = 60
DATELINE_DASH = re.compile(r"[^\S\n]*(?:\([^()\n]{1,20}\)[^\S\n]*)?[—–-][^\S\n]")


def _in_dateline(text: str, m: DateMention, paragraph: Span) -> bool:
    """Whether a day is the dateline's that opens a paragraph."""
    return m.end - paragraph[0] <= DATELINE_CHARS and DATELINE_DASH.match(text, m.end) is not None


# How far into its paragraph a day may stand and still open it ('On Monday, …', « Lundi, … »).
SCENE_OPENING_CHARS = 12


def _scene_openers(mentions: "_Mentions", paragraphs: Sequence[Span]) -> "_Mentions":
    """The days that open their paragraph ('On Monday, the unions walked
    out of the talks.'): where a story moves on to another scene, unlike a
    day named inside a paragraph (« le club a publié lundi un communiqué »)."""
    return _Mentions(m for m in mentions.mentions
                     if m.start - paragraphs[_index_of(paragraphs, m.start)][0] <= SCENE_OPENING_CHARS)


def _writer_there(text: str, occasion: DateMention, sentences: "_Sentences", w: ModuleType) -> bool:
    """Whether the lead's sentence that dates the occasion puts the writer
    there (« Nous y avons passé la journée de lundi », « Notre envoyé
    spécial a recueilli lundi … », 'We spent Monday at the camp'): the
    quotes told in the present are what was said to them that day."""
    spans, k = sentences.of(occasion.start)
    return re.search(w.WRITER_THERE, text[spans[k][0] : spans[k][1]], re.IGNORECASE) is not None


def _present_cue(cue: Optional[str], w: ModuleType) -> bool:
    """A one-word cue in the present ('says', « explique-t-il », « estime »):
    what the speaker tells the writer, who reports it as it stands now, not
    what was said at the occasion the lead dates."""
    if not cue or " " in cue.strip():
        return False
    verb = cue.strip().split("-")[0].lower()
    return verb in speech_verb_forms(w.CODE) and re.fullmatch(w.DATE_PRESENT_CUE, verb) is not None


class _Sentences:
    """The sentences of an article's paragraphs, each paragraph split once: a
    feed record on one line can hold hundreds of quotes, and splitting its
    paragraph again for each made dating quadratic."""

    def __init__(self, text: str, lang: str, paragraphs: Sequence[Span]) -> None:
        self.text, self.lang, self.paragraphs = text, lang, paragraphs
        self._split: dict[int, list[Span]] = {}

    def of(self, offset: int) -> tuple[list[Span], int]:
        """The sentences of the paragraph holding `offset`, and the index of
        the one holding it (those before it are the paragraph's earlier ones)."""
        index = _index_of(self.paragraphs, offset)
        if index not in self._split:
            start, end = self.paragraphs[index]
            self._split[index] = sentence_spans(self.text, start, end, self.lang) or [(start, end)]
        sentences = self._split[index]
        return sentences, _index_of(sentences, offset)


class _Mentions:
    """Date mentions (in text order, not overlapping) looked up by where they
    lie: a bisect, not a scan of the article's mentions for each quote."""

    def __init__(self, mentions: Sequence[DateMention]) -> None:
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[DateMention]:
        """The mentions that lie inside [start, end), in text order."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def later_than(self, day: str, start: int, end: int, until: str = "9999") -> bool:
        """Whether a mention inside [start, end) names a day after `day` (and
        not after `until`: a day to come is a plan, not where the story has
        moved): read up to the first that does, not every mention between."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return any(day < self.mentions[k].date <= until and self.mentions[k].end <= end for k in range(lo, hi))


def _text_date(text: str, q: Quote, sentences: _Sentences,
               mentions: _Mentions, quotes: QuotedRanges,
               w: ModuleType) -> Optional[DateMention]:
    """The mention that times the saying of `q`: in the cue's sentence, else in the
    quote's sentence, else a frame opening an earlier sentence of the cue's paragraph."""
    anchor = _anchor_span(q)
    paragraph, i = sentences.of(anchor[0])
    current = paragraph[i]
    tries = [(anchor, current)]
    quote_paragraph, k = sentences.of(q.start)
    if quote_paragraph[k] != current:
        tries.append(((q.start, q.end), quote_paragraph[k]))
    for span, sentence in tries:
        own = [m for m in mentions.within(*sentence) if _governs(text, m, span, sentence, quotes, w)]
        if own:
            return min(own, key=lambda m: min(abs(m.start - span[1]), abs(span[0] - m.end)))
    # the earlier sentences of the paragraph that hold a mention, latest first
    # (a transcript's paragraph may have thousands of sentences and no date)
    earlier = mentions.within(paragraph[0][0], current[0]) if i else []
    for j in sorted({_index_of(paragraph, m.start) for m in earlier}, reverse=True):
        sentence = paragraph[j]
        frames = [m for m in mentions.within(*sentence) if _is_frame(text, m, sentence, quotes, w)]
        if frames:
            return frames[-1]
    return None


# What comes right before a verb whose subject follows it: a quote's end or a
# comma ('…," said X', « …, a affirmé X »), or « ce qu'a ».
INVERTING = re.compile(r"(?:qu['’](?:a|ont|avait|avaient)|[,»”\"](?:[^\S\n]*(?:a|ont|avait|avaient))?)[^\S\n]*$")


# How many sentences back a quote looks for its speaker's dated report: a
# feed record's paragraph may hold thousands, and a report further back is
# another scene.
REPORT_REACH = 3


def _same_speaker_goes_on(text: str, q: Quote, previous: Quote, paragraph: Span) -> bool:
    """The same speaker's next words, in the same paragraph or opening the
    next: the same occasion. A paragraph that opens with the writer's own
    words ('In the 1990s, Ashworth surprised …') may move to another time."""
    if q.speaker is None or q.speaker != previous.speaker:
        return False
    return previous.end > paragraph[0] or not text[paragraph[0] : q.start].strip(" \t\n\"“«‘'\u00a0")


def _reported_before(text: str, q: Quote, sentences: _Sentences, mentions: _Mentions,
                     quotes: QuotedRanges, w: ModuleType) -> Optional[DateMention]:
    """'Her attorney, Cassandra Yi, said outside the courthouse on Thursday
    that her client would appeal. "We respect the jury's work," she said.':
    the latest earlier sentence of the quote's paragraph (or the last of the
    paragraph before, for a quote that opens its own) in which its speaker
    (by surname, or the person a pronoun tag stands for) reports something
    on a day times the quote too."""
    if not q.speaker:
        return None
    paragraph, i = sentences.of(_anchor_span(q)[0])
    surname = q.speaker.split()[-1]
    earlier = paragraph[:i]
    if not i and paragraph[0][0] > 0:
        earlier = sentences.of(paragraph[0][0] - 1)[0]  # (the paragraph before)
    # (a pronoun tag stands for the person named before, unless its own sentence names them:
    # 'Vice President Joe Biden weighed in, telling Mic …, "…," he said')
    pronoun = (q.speaker_mention or "").lstrip("-").lower() in w.PRONOUNS \
        and surname not in text[paragraph[i][0] : paragraph[i][1]]
    verbs = speech_verb_forms(w.CODE)
    for j in range(len(earlier) - 1, max(-1, len(earlier) - 1 - REPORT_REACH), -1):
        sentence = earlier[j]
        named = text.find(surname, *sentence)
        if named < 0 and not (pronoun and j == len(earlier) - 1):
            continue
        # (its first verb of speech after the name, the report: not one inside what is reported,
        # 'said the bank had boxed itself in by promising cuts in December', nor someone else's
        # before the name, 'as Trump stood by his comment Monday …, Rubio again tried to rebuke';
        # in lower case: 'Nurse Olivia Grant' grants nothing)
        said = [m for m in _WORD.finditer(text, *sentence) if m.group() in verbs and not quotes.covers(m.start())
                and not _passive(text, m.start(), w)]
        # (or one before it that inverts its subject: « C'est ce qu'a affirmé lundi le professeur X », '…," said X')
        inverted = [m for m in said if m.start() < named and INVERTING.search(text, max(0, m.start() - 12), m.start())]
        verb = next((m for m in said if m.start() > named), inverted[-1] if inverted else None)
        # (or a day that sets the scene: 'Invitée mercredi devant la commission, Véronique Lestrade a livré …')
        own = [m for m in mentions.within(*sentence) if verb is not None
               and _governs(text, m, (verb.start(), verb.end()), sentence, quotes, w) or _is_frame(text, m, sentence, quotes, w)]
        return own[0] if own else None  # (the nearest sentence about the speaker only)
    return None


def _passive(text: str, at: int, w: ModuleType) -> bool:
    """Whether the verb at `at` is passive ('who was confirmed last year'):
    its subject said nothing then."""
    before = _WORD.findall(text, max(0, at - 12), at)
    return bool(before) and before[-1].lower() in w.PASSIVE_AUXILIARIES


# --- the article's own date -------------------------------------------------------------

_MARKUP = re.compile(r"[*_#>\[\]()`]+")
_TIME = re.compile(r"\d{1,2}(?:[:h.]\d{2}){1,2}(?:[^\S\n]*(?:[ap]\.?m\.?))?|\b\d{1,2}[^\S\n]*[ap]\.?m\.?",
                   re.IGNORECASE)
_ISO_TIME_TAIL = re.compile(r"^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_TIMEZONE = re.compile(r"\b[A-Z]{2,4}\b(?:[+-]\d{1,2})?")


#: A byline date with its label, weekday and time fits in this; longer is prose.
BYLINE_MAX_CHARS = 160


def find_published_date(text: str, lang: str) -> Optional[str]:
    """The article's own date as an ISO day, from a byline or dateline near the top.

    Only a line (or a `|`-separated part of one) that is a full date with at most a
    label, weekday and time ("March 05, 2020", "Publié le 5 mars 2020 à 10h32",
    "2020-03-05T10:00Z"), or a wire dateline ("PARIS, March 5, 2020 (Reuters) -"),
    counts. A dateline without a year ("PARIS, March 5 (Reuters) -") gives None: the
    year would be a guess. Dates in running prose are never taken.
    """
    w = words(lang)
    for line in text.splitlines()[:BYLINE_LINES]:
        for segment in re.split(r"[|•·]", line):
            found = _byline_date(segment, lang, w)
            if found:
                return found
        found = _dateline_date(line, lang)
        if found:
            return found
    return None


def _byline_date(segment: str, lang: str, w: ModuleType) -> Optional[str]:
    """The date of a line that holds nothing but a full date and byline furniture."""
    if len(segment) > BYLINE_MAX_CHARS or not any(ch.isdigit() for ch in segment):
        return None  # prose, or no year: not a byline (and not worth the patterns)
    cleaned = _MARKUP.sub(" ", segment)
    full = [m for m in find_date_mentions(cleaned, lang) if m.kind == "date"]
    if len(full) != 1:
        return None
    m = full[0]
    after = _ISO_TIME_TAIL.sub("", cleaned[m.end:])
    rest = _TIMEZONE.sub(" ", cleaned[:m.start] + " " + after)
    rest = _TIME.sub(" ", rest).lower()
    furniture = list(w.DATE_PUBLISHED_LABELS) + list(w.WEEKDAYS) + list(w.DATE_TIME_OF_DAY)
    rest = re.sub(rf"(?<!\w)(?:{_alternation(furniture)})(?!\w)", " ", rest)
    if re.search(r"\w", rest):
        return None
    return date(m.year, m.month, m.day).isoformat()


def _dateline_date(line: str, lang: str) -> Optional[str]:
    """The date of a wire dateline: PLACE, DATE [(AGENCY)] - text."""
    head = re.match(rf"^\s*[{_UPPER}][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){{0,3}},[^\S\n]*", line)
    if not head:
        return None
    rest = line[head.end():]
    mentions = find_date_mentions(rest, lang)
    if not mentions or mentions[0].start != 0 or mentions[0].kind != "date":
        return None
    m = mentions[0]
    if not re.match(r"[^\S\n]*(?:\([^)\n]{1,40}\))?[^\S\n]*[-—–―]", rest[m.end:]):
        return None
    return date(m.year, m.month, m.day).isoformat()
