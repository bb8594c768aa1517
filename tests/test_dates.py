"""Dates: byline detection, date phrases, and which date times each quote (no spaCy)."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from quotes.dates import (
    DateMention,
    assign_dates,
    find_date_mentions,
    find_published_date,
    parse_iso_day,
    resolve_date_mentions,
    sentence_spans,
)
from quotes.lang import words
from quotes.model import Quote

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
METADATA = {
    (row := json.loads(line))["file"]: row
    for line in (ROOT / "data" / "sample-metadata.jsonl").read_text().splitlines() if line.strip()
}
GOLD = [
    json.loads(line)
    for line in (ROOT / "tests" / "fixtures" / "seeds" / "quotes.gold.jsonl").read_text().splitlines()
    if line.strip()
]
OPEN_MARKS, CLOSE_MARKS = "\"“«„‘ ", "\"”»’ "


# --- helpers: quotes built by hand, as attribution would hand them over --------------

def locate(text: str, needle: str, near: int | None = None) -> int:
    """Offset of `needle`, preferring an occurrence between quote marks (or nearest `near`)."""
    hits = [m.start() for m in re.finditer(re.escape(needle), text)]
    assert hits, needle
    if near is not None:
        return min(hits, key=lambda h: abs(h - near))
    marked = [h for h in hits if h > 0 and text[h - 1] in OPEN_MARKS]
    return (marked or hits)[0]


def make_quote(text: str, quote: str, cue: str | None, lang: str = "en") -> Quote:
    """A Quote at `quote` with its cue at the nearest whole-word `cue` in the paragraph."""
    start = locate(text, quote)
    q = Quote(doc="t", text=quote, start=start, end=start + len(quote), kind="full", lang=lang)
    if cue:
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", q.end)
        para_end = len(text) if para_end < 0 else para_end
        hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", text)
                if para_start <= m.start() < para_end and not (q.start <= m.start() < q.end)]
        assert hits, cue
        cue_start = min(hits, key=lambda h: min(abs(h - q.start), abs(h - q.end)))
        q.cue, q.cue_start, q.cue_end = cue, cue_start, cue_start + len(cue)
    return q


def dated(text: str, lang: str, published: str | None, quote: str, cue: str | None) -> Quote:
    """Date a single quote of a short text."""
    q = make_quote(text, quote, cue, lang)
    assign_dates(text, lang, published, [q])
    return q


# --- the seed gold: every date right --------------------------------------------------

def _seed_quotes(file: str) -> list[Quote]:
    text = (SAMPLE_DIR / file).read_text()
    lang = METADATA[file]["lang"]
    return [make_quote(text, g["quote"], g["cue"], lang) for g in GOLD if g["file"] == file]


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: f"{g['file'][:12]}:{g['quote'][:30]}")
def test_seed_gold_dates(gold):
    file = gold["file"]
    text = (SAMPLE_DIR / file).read_text()
    meta = METADATA[file]
    quotes = _seed_quotes(file)
    assign_dates(text, meta["lang"], meta["published"], quotes)
    q = next(q for q in quotes if q.text == gold["quote"])
    assert q.date == gold["date"]
    if gold["date"] is None:
        assert q.date_source is None and q.date_precision is None
    else:
        assert q.date_source in ("text", "article") and q.date_precision == "day"


@pytest.mark.parametrize("quote, source", [
    ("I declare that we will strike the regime everywhere", "text"),  # on Wednesday February 12
    ("joint measures", "text"),  # said Wednesday
    ("the arrogance of the Damascus regime", "text"),  # On the following day, February 4
    ("Nous ne retiendrons plus ceux qui veulent se rendre en Europe", "text"),  # vendredi matin
    ("neutraliser", "article"),  # "jeudi 27 février" times the strike, not the claim
    ("de précision", "article"),  # "dans la journée de jeudi" times the strike, not "selon"
    ("Victory in Syria has become a matter of prestige for Russia — and for Putin personally,",
     "article"),
])
def test_seed_date_sources(quote, source):
    gold = next(g for g in GOLD if g["quote"] == quote)
    text = (SAMPLE_DIR / gold["file"]).read_text()
    meta = METADATA[gold["file"]]
    quotes = _seed_quotes(gold["file"])
    assign_dates(text, meta["lang"], meta["published"], quotes)
    assert next(q for q in quotes if q.text == quote).date_source == source


# --- published date ---------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("\n\nTitle\n\nBy [Someone](#)\n\nMarch 05, 2020\n\nBody.", "en", "2020-03-05"),
    ("Title\nPublished: Thursday, March 5, 2020 10:32 GMT\nBody.", "en", "2020-03-05"),
    ("Titre\nPublié le 5 mars 2020 à 10h32\nTexte.", "fr", "2020-03-05"),
    ("Titre\n\nmardi 3 février 2010\n\nTexte.", "fr", "2010-02-03"),
    ("Title\nBy Jane Doe | 2020-03-05T10:00:00Z\nBody.", "en", "2020-03-05"),
    ("PARIS, March 5, 2020 (Reuters) - France said on Thursday ...", "en", "2020-03-05"),
    ("PARIS, March 5 (Reuters) - France said on Thursday ...", "en", None),  # no year: no guess
    ("On 3 February 2010, Erdogan stated: \"no\".", "en", None),  # prose, not a byline
    ("Title\n" + "Body line.\n" * 20 + "March 5, 2020\n", "en", None),  # too deep
    ("Title\nBody with no date at all.", "en", None),
])
def test_find_published_date(text, lang, expected):
    assert find_published_date(text, lang) == expected


@pytest.mark.parametrize("file, expected", [
    ("moscowtimes-2020-03-05-putin-erdogan-talks.txt", "2020-03-05"),
    ("voltaire-2020-02-erdogan-idlib.txt", None),
    ("france24-2020-02-12-erdogan-strike-regime.txt", None),
    ("lemonde-2020-02-28-turquie-russie-idlib.txt", None),
])
def test_find_published_date_seeds(file, expected):
    text = (SAMPLE_DIR / file).read_text()
    assert find_published_date(text, METADATA[file]["lang"]) == expected


# --- mentions: what each phrase says ----------------------------------------------------

def one_mention(text: str, lang: str, published: str | None = None) -> DateMention:
    mentions = resolve_date_mentions(text, lang, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize("text, lang, published, span, kind, expected, precision", [
    ("It happened on 3 February 2010 in Ankara.", "en", None, "3 February 2010", "date", "2010-02-03", "day"),
    ("It happened on February 12, 2020.", "en", None, "February 12, 2020", "date", "2020-02-12", "day"),
    ("It happened on Feb. 3rd, 2010.", "en", None, "Feb. 3rd, 2010", "date", "2010-02-03", "day"),
    ("It happened on Wednesday February 12.", "en", "2020-02-13", "Wednesday February 12", "day_month", "2020-02-12", "day"),
    ("It happened on December 28.", "en", "2021-01-05", "December 28", "day_month", "2020-12-28", "day"),
    ("Cela s'est passé jeudi 27 février.", "fr", "2020-02-28", "jeudi 27 février", "day_month", "2020-02-27", "day"),
    ("Cela s'est passé le 1er mars 2020.", "fr", None, "1er mars 2020", "date", "2020-03-01", "day"),
    ("It happened on Tuesday.", "en", "2020-03-05", "Tuesday", "weekday", "2020-03-03", "day"),
    ("Cela s'est passé vendredi matin.", "fr", "2020-02-28", "vendredi matin", "weekday", "2020-02-28", "day"),
    ("It happened yesterday.", "en", "2020-03-01", "yesterday", "relative", "2020-02-29", "day"),
    ("Cela s'est passé hier soir.", "fr", "2020-01-01", "hier soir", "relative", "2019-12-31", "day"),
    ("It happened last week.", "en", "2020-03-05", "last week", "relative", "2020-02-24", "week"),
    ("Cela s'est passé la semaine dernière.", "fr", "2020-03-05", "la semaine dernière", "relative", "2020-02-24", "week"),
    ("It happened last month.", "en", "2020-01-15", "last month", "relative", "2019-12-01", "month"),
    ("Cela s'est passé le mois dernier.", "fr", "2020-03-05", "le mois dernier", "relative", "2020-02-01", "month"),
    ("It happened earlier this month.", "en", "2020-03-05", "earlier this month", "relative", "2020-03-01", "month"),
    ("It happened in February.", "en", "2020-03-05", "February", "month", "2020-02-01", "month"),
    ("It happened in November.", "en", "2020-03-05", "November", "month", "2019-11-01", "month"),
    ("Cela s'est passé en février 2019.", "fr", None, "février 2019", "month", "2019-02-01", "month"),
    ("Cela s'est passé début mars.", "fr", "2020-03-05", "mars", "month", "2020-03-01", "month"),
    ("It happened last year.", "en", "2020-03-05", "last year", "relative", "2019-01-01", "year"),
    ("It happened in 2011.", "en", None, "2011", "year", "2011-01-01", "year"),
    ("Updated 2020-03-05.", "en", None, "2020-03-05", "date", "2020-03-05", "day"),
])
def test_mention_kinds_and_resolution(text, lang, published, span, kind, expected, precision):
    m = one_mention(text, lang, published)
    assert (m.text, m.kind, m.date, m.precision) == (span, kind, expected, precision)
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("published, weekday_text, expected", [
    ("2020-03-02", "said Saturday", "2020-02-29"),  # back across a month (leap day)
    ("2020-01-02", "said Monday", "2019-12-30"),  # back across a year
    ("2020-03-05", "said Thursday", "2020-03-05"),  # the same day counts
    ("2020-03-05", "said Friday", "2020-02-28"),
])
def test_weekday_resolves_on_or_before_published(published, weekday_text, expected):
    assert one_mention(f"Erdogan {weekday_text}.", "en", published).date == expected


@pytest.mark.parametrize("published, text, expected", [
    ("2020-03-02", "a-t-il déclaré samedi.", "2020-02-29"),
    ("2020-01-02", "a-t-il déclaré lundi.", "2019-12-30"),
])
def test_weekday_boundaries_fr(published, text, expected):
    assert one_mention(text, "fr", published).date == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("On 3 February 2010, he spoke. On the following day, February 4, he spoke again.", "en", "2010-02-04"),
    ("On 3 February 2010, he spoke. The following day he spoke again.", "en", "2010-02-04"),
    ("On 31 December 2019, he spoke. The next day he spoke again.", "en", "2020-01-01"),
    ("Le 3 février 2010, il a parlé. Le lendemain, il a reparlé.", "fr", "2010-02-04"),
    ("Le 1er mars 2020, il a parlé. La veille, il s'était tu.", "fr", "2020-02-29"),
])
def test_anaphoric_phrases_count_from_the_text(text, lang, expected):
    mentions = resolve_date_mentions(text, lang, "2021-06-01")
    assert mentions[-1].date == expected


@pytest.mark.parametrize("text, lang", [
    ("On Thursday they met. Romney tweeted the day after a man gunned down 49 people.", "en"),
    ("On Thursday they met. He spoke the day before the debate.", "en"),
    ("Jeudi, ils se sont vus. Le lendemain de l'attentat, il a parlé.", "fr"),
    ("Jeudi, ils se sont vus. Il a parlé la veille du débat.", "fr"),
])
def test_the_day_after_an_event_is_not_the_day_after_the_last_date(text, lang):
    """The event it counts from has no date here: the phrase dates nothing
    (not the day after Thursday), and the article's date stands."""
    assert [m.text for m in resolve_date_mentions(text, lang, "2016-07-11")] == [{"en": "Thursday", "fr": "Jeudi"}[lang]]


@pytest.mark.parametrize("text, lang", [
    ("On Thursday they met. He left the day after, angry.", "en"),
    ("On Thursday they met. He left the day after.", "en"),
    ("Jeudi, ils se sont vus. Le lendemain, il a parlé.", "fr"),
])
def test_the_day_after_alone_counts_from_the_last_date(text, lang):
    assert resolve_date_mentions(text, lang, "2016-07-11")[-1].date == "2016-07-08"


@pytest.mark.parametrize("text, lang, expected", [
    ("The Post reported ten days ago that he had left.", "en", ("2016-01-02", "day")),
    ("Two weeks ago, the senator said no.", "en", ("2015-12-28", "week")),
    ("He said so 2 years ago.", "en", ("2014-01-01", "year")),
    ("Il y a deux semaines, le ministre a dit non.", "fr", ("2015-12-28", "week")),
    ("Le ministre a dit il y a 3 jours qu'il partirait.", "fr", ("2016-01-09", "day")),
])
def test_so_many_units_ago_count_back_from_the_article(text, lang, expected):
    assert (one_mention(text, lang, "2016-01-12").date, one_mention(text, lang, "2016-01-12").precision) == expected


def test_a_hyphenated_number_is_not_its_last_part():
    """'Twenty-two years ago' is not 'two years ago'."""
    assert resolve_date_mentions("Twenty-two years ago, a paper called him that.", "en", "2016-01-12") == []


def test_following_day_picks_the_matching_anchor():
    text = ("On 3 February 2010, he spoke.\nThey met on 17 September 2018.\n"
            "On the following day, February 4, he spoke again.")
    assert resolve_date_mentions(text, "en", None)[-1].date == "2010-02-04"


def test_anaphoric_without_anchor_stays_unresolved():
    assert one_mention("The following day he spoke.", "en", "2020-03-05").date is None


def test_deictic_without_published_uses_same_paragraph_date_else_nothing():
    assert resolve_date_mentions("On 3 February 2010, he spoke. Yesterday he...", "en", None)[-1].date == "2010-02-02"
    assert one_mention("Erdogan said Wednesday.", "en", None).date is None


@pytest.mark.parametrize("text, lang", [
    ("You may go now.", "en"),  # a verb, not a month
    ("They march on the capital.", "en"),
    ("A 2018 deal.", "en"),  # a bare year is not a date of anything
    ("February was cold.", "en"),  # a bare month needs "in"
    ("Le mai est un arbre.", "fr"),
])
def test_non_dates(text, lang):
    assert find_date_mentions(text, lang) == []


def test_mentions_inside_quotes_are_ignored():
    text = 'Erdogan said: "We will attack on Friday."'
    start = text.index("We")
    assert resolve_date_mentions(text, "en", "2020-03-05", ignore=[(start, len(text) - 2)]) == []


def test_mentions_inside_an_outer_quote_are_ignored_whatever_the_inner_ones():
    """The quotes to ignore may nest and come in any order: a mention inside
    the outer one is ignored even past the end of an inner one."""
    text = 'Erdogan said: "They told us \'wait\', and on Friday we will attack." On Monday he left.'
    outer = (text.index("They"), text.index('."') + 1)
    inner = (text.index("wait"), text.index("wait") + 4)
    kept = resolve_date_mentions(text, "en", "2020-03-05", ignore=[inner, outer])
    assert [m.text for m in kept] == ["Monday"]
    assert [m.text for m in resolve_date_mentions(text, "en", "2020-03-05")] == ["Friday", "Monday"]


def test_every_language_word_comes_from_the_lang_module():
    for code in ("en", "fr"):
        w = words(code)
        for name in ("MONTHS", "WEEKDAYS", "DATE_TIME_OF_DAY", "DATE_DEICTIC", "DATE_ANAPHORIC",
                     "DATE_CLAUSE_BREAKS", "DATE_CARRY_CUES", "DATE_PRESENT_CUE", "WRITER_THERE", "DATE_PUBLISHED_LABELS",
                     "DATE_MONTH_PREPOSITIONS", "DATE_YEAR_PREPOSITIONS", "DATE_ORDINAL_SUFFIXES",
                     "DATE_DAY_MONTH_JOINERS", "SENTENCE_ABBREVIATIONS", "MONTHS_CAPITALISED"):
            assert hasattr(w, name), (code, name)
        assert len(set(w.MONTHS.values())) == 12 and len(set(w.WEEKDAYS.values())) == 7
    strings = " ".join(_code_strings(ROOT / "quotes" / "dates.py")).lower()
    for word in ("yesterday", "wednesday", "february", "lendemain", "vendredi", "hier", "said", "that"):
        assert not re.search(rf"\b{word}\b", strings), word


def _code_strings(path: Path) -> list[str]:
    """String literals of a module, docstrings excluded."""
    tree = ast.parse(path.read_text())
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_sentence_spans_keep_abbreviations():
    text = "Ces menaces, présidé par M. Erdogan, ont été réitérées. Il a parlé."
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text), "fr")] == [
        "Ces menaces, présidé par M. Erdogan, ont été réitérées.", "Il a parlé."]


def test_a_sentence_may_open_on_a_spaced_guillemet():
    text = "Il a multiplié en février les navettes.\u00a0«\u00a0La confiance se construit.\u00a0»"
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text), "fr")] == [
        "Il a multiplié en février les navettes.", "«\u00a0La confiance se construit.\u00a0»"]


# --- assign_dates: which date times a quote --------------------------------------------

@pytest.mark.parametrize("text, lang, published, quote, cue, expected, source, precision", [
    # explicit date in the cue's clause
    ('Erdogan said on 3 February 2010: "We will win."', "en", None, "We will win.", "said", "2010-02-03", "text", "day"),
    ('Erdogan a déclaré le 3 février 2010 : « Nous gagnerons. »', "fr", None, "Nous gagnerons.", "a déclaré", "2010-02-03", "text", "day"),
    # day + month, year from the published date
    ('"We will win," Erdogan said on February 12.', "en", "2020-02-13", "We will win,", "said", "2020-02-12", "text", "day"),
    # weekday
    ('"We will win," Erdogan said Wednesday.', "en", "2020-03-05", "We will win,", "said", "2020-03-04", "text", "day"),
    ("« Nous gagnerons », a déclaré vendredi matin un officiel.", "fr", "2020-02-28", "Nous gagnerons", "a déclaré", "2020-02-28", "text", "day"),
    ('Erdogan warned Europe on Wednesday that it must support "our solutions".', "en", "2020-03-05", "our solutions", "warned", "2020-03-04", "text", "day"),
    # a name that spells a modal is no clause break ("Theresa May")
    ('"We will leave," said Prime Minister Theresa May on March 3.', "en", "2020-03-05", "We will leave,", "said",
     "2020-03-03", "text", "day"),
    # yesterday / hier
    ('"We will win," Erdogan said yesterday.', "en", "2020-03-01", "We will win,", "said", "2020-02-29", "text", "day"),
    ("Hier, le ministre a déclaré : « Nous gagnerons. »", "fr", "2020-01-01", "Nous gagnerons.", "a déclaré", "2019-12-31", "text", "day"),
    # the following day / le lendemain
    ('On 3 February 2010, he spoke. On the following day, February 4, he chaired a meeting. He said "no".',
     "en", None, "no", "said", "2010-02-04", "text", "day"),
    ("Le 3 février 2010, il a parlé. Le lendemain, il a déclaré : « Non. »", "fr", None, "Non.", "a déclaré", "2010-02-04", "text", "day"),
    # last week / la semaine dernière: Monday of that week, precision week
    ('"We will win," Erdogan said last week.', "en", "2020-03-05", "We will win,", "said", "2020-02-24", "text", "week"),
    ("« Nous gagnerons », a déclaré la semaine dernière le ministre.", "fr", "2020-03-05", "Nous gagnerons", "a déclaré", "2020-02-24", "text", "week"),
    # month only
    ('In February, Erdogan said "we will win".', "en", "2020-03-05", "we will win", "said", "2020-02-01", "text", "month"),
    ("En février, le ministre a déclaré : « Nous gagnerons. »", "fr", "2020-03-05", "Nous gagnerons.", "a déclaré", "2020-02-01", "text", "month"),
    # no date in the text: the article's date
    ('"We will win," Erdogan said.', "en", "2020-03-05", "We will win,", "said", "2020-03-05", "article", "day"),
    ("« Nous gagnerons », a déclaré le ministre.", "fr", "2020-03-05", "Nous gagnerons", "a déclaré", "2020-03-05", "article", "day"),
    # no date and no published date: nothing, never a guess
    ('"We will win," Erdogan said.', "en", None, "We will win,", "said", None, None, None),
    ("« Nous gagnerons », a déclaré le ministre.", "fr", None, "Nous gagnerons", "a déclaré", None, None, None),
    # a date inside the quotation is what the speaker talks about, not when
    ('Erdogan said: "On Friday we attacked."', "en", "2020-03-05", "On Friday we attacked.", "said", "2020-03-05", "article", "day"),
    # a date of another clause does not time the saying
    ("Erdogan said he would meet Putin on Thursday, calling it \"vital\".", "en", "2020-03-02", "vital", "said", "2020-03-02", "article", "day"),
    ('Erdogan said that the strike on Tuesday was "a crime".', "en", "2020-03-05", "a crime", "said", "2020-03-05", "article", "day"),
    # a date deep in an earlier sentence of the paragraph does not carry
    ('A strike killed 33 soldiers in Idlib, Syria, on Thursday. The ministry said "no".', "en", "2020-02-28",
     "no", "said", "2020-02-28", "article", "day"),
    # a date opening an earlier sentence of the paragraph does
    ('On Thursday, the ministers met. The ministry said "no".', "en", "2020-02-28", "no", "said", "2020-02-27", "text", "day"),
])
def test_assign_dates_phrase_families(text, lang, published, quote, cue, expected, source, precision):
    q = dated(text, lang, published, quote, cue)
    assert (q.date, q.date_source, q.date_precision) == (expected, source, precision)


@pytest.mark.parametrize("text, published, expected", [
    # the show's name says no day: the article's date
    ('"We are not winning," Rubio said on ABC\'s "This Week With George Stephanopoulos."', "2015-12-20",
     ("2015-12-20", "article", "day")),
    # the day the sentence does say, past the show's name
    ('"We are not winning," Clinton said on ABC\'s "This Week" on Sunday.', "2015-12-07",
     ("2015-12-06", "text", "day")),
])
def test_a_date_inside_a_quoted_title_names_no_day(text, published, expected):
    q = make_quote(text, "We are not winning,", "said")
    title = text.index("This Week")
    assign_dates(text, "en", published, [q], other_runs=[(title, text.index('"', title))])
    assert (q.date, q.date_source, q.date_precision) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a cue set off by commas inside the clause it reports: the date is the clause's
    ('Six months ago, the senator said, the media called him a "fringe candidate."', "fringe candidate.",
     ("2015-11-09", "article")),
    # a cue whose quotation follows it: the opening date is the saying's
    ('On Thursday, the senator said, "We will win."', "We will win.", ("2015-11-05", "text")),
])
def test_an_opening_date_before_a_parenthetical_cue_is_the_words_own(text, quote, expected):
    q = dated(text, "en", "2015-11-09", quote, "said")
    assert (q.date, q.date_source) == expected


def test_future_mention_in_a_sentence_without_quote_dates_nothing():
    text = ('The leaders meet in Moscow on Thursday.\n\n'
            '"We will win," Erdogan said.')
    q = dated(text, "en", "2020-03-02", "We will win,", "said")
    assert (q.date, q.date_source) == ("2020-03-02", "article")


def test_continuation_carries_into_the_next_paragraph_only():
    text = ('"We will win," Erdogan said Wednesday.\n\n'
            '"They will lose," he added.\n\n'
            '"Nobody will stop us."\n\n'
            'Unrelated paragraph.\n\n'
            '"Peace," he said.\n\n'
            '"Later," he added.')
    quotes = [make_quote(text, t, c) for t, c in [
        ("We will win,", "said"), ("They will lose,", "added"), ("Nobody will stop us.", None),
        ("Peace,", "said"), ("Later,", "added")]]
    assign_dates(text, "en", None, quotes)
    assert [q.date for q in quotes] == [None, None, None, None, None]  # weekday, no published
    assign_dates(text, "en", "2020-03-05", quotes)
    assert [(q.date, q.date_source) for q in quotes] == [
        ("2020-03-04", "text"), ("2020-03-04", "text"), ("2020-03-04", "text"),
        ("2020-03-05", "article"), ("2020-03-05", "article")]


def test_new_cue_in_next_paragraph_does_not_carry():
    text = ('On 3 February 2010, Erdogan stated: "We will win."\n\n'
            'He exclaimed "Glory!"')
    quotes = [make_quote(text, "We will win.", "stated"), make_quote(text, "Glory!", "exclaimed")]
    assign_dates(text, "en", None, quotes)
    assert [q.date for q in quotes] == ["2010-02-03", None]


def test_quotes_are_dated_in_text_order_whatever_the_list_order():
    text = 'On 3 February 2010, Erdogan stated: "One."\n\n"Two," he added.'
    quotes = [make_quote(text, "Two,", "added"), make_quote(text, "One.", "stated")]
    assign_dates(text, "en", None, quotes)
    assert [q.date for q in quotes] == ["2010-02-03", "2010-02-03"]


def test_cue_in_another_sentence_falls_back_to_the_quote_sentence():
    text = ('Moscow has\n\naccused Turkish forces.\n\n'
            'In the latest salvo on Wednesday, Igor Konashenkov said "the posts have merged".')
    q = make_quote(text, "the posts have merged", None)
    q.cue, q.cue_start, q.cue_end = "accused", text.index("accused"), text.index("accused") + 7
    assign_dates(text, "en", "2020-03-05", [q])
    assert (q.date, q.date_source) == ("2020-03-04", "text")


# --- properties -----------------------------------------------------------------------

_PIECES = st.sampled_from([
    "On 3 February 2010, ", "Erdogan said ", "Wednesday", " yesterday", " the following day",
    " in February", "\n\n", ". ", ", ", '"', "«", " hier ", " le lendemain", "May ", "29 février",
    " 31 April", " last week", " 2020-02-30", "M. ", "vendredi matin", " said", "!", "\n",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=25), st.sampled_from(["en", "fr"]),
       st.sampled_from([None, "2020-03-05", "2020-01-01"]))
def test_mentions_point_into_the_text_and_resolve_to_real_days(pieces, lang, published):
    text = "".join(pieces)
    for m in resolve_date_mentions(text, lang, published):
        assert text[m.start:m.end] == m.text
        if m.date:
            assert m.precision in ("day", "week", "month", "year")
            assert parse_iso_day(m.date) is not None
    q = Quote(doc="t", text=text[:3], start=0, end=min(3, len(text)), kind="full")
    assign_dates(text, lang, published, [q])
    if published is None and q.date_source != "text":
        assert q.date is None


@pytest.mark.parametrize("text, expected", [
    ('"We underestimated how much people loved this train," said Carla Widmer, the rail operator\'s head of '
     "long-distance services, at a ceremony at Zurich's main station on Tuesday evening.", ("2026-11-17", "text")),
    ('"Prices will rise again," said Joaquim Prado, who grows arabica in Minas Gerais, in a telephone interview '
     "on Monday.", ("2026-11-16", "text")),
    ('"Carrier needs to know there are consequences," Trump said at a rally in Evansville, Indiana, last month.',
     ("2026-10-01", "text")),
    ('"We will win," said Dan Smith, who was fired on Monday, before leaving.', ("2026-11-20", "article")),
    ('"We will appeal," said the company\'s spokesman, John Smith, on Monday.', ("2026-11-16", "text")),
])
def test_an_aside_about_the_speaker_does_not_part_the_saying_from_its_day(text, expected, nlp_en):
    from quotes import extract

    (quote,) = extract(text, lang="en", nlp=nlp_en, published="2026-11-20")
    assert (quote.date, quote.date_source) == expected


# --- a day given earlier in the scene -------------------------------------------------------

@pytest.mark.parametrize("text, lang, quote, expected", [
    # a long opening phrase before the day and its comma still sets the scene
    ('Addressing the nurses\' conference in Harrowgate on Saturday, Ruth Okonedo told delegates: '
     '"We are not asking for the moon."', "en", "We are not asking for the moon.", "2026-11-21"),
    ('In an interview with the Harrowgate Courier on Sunday, he said: "Every point costs money."',
     "en", "Every point costs money.", "2026-11-22"),
    ("Lors de l'assemblée générale de la fédération à Agen samedi, elle a lancé : « Nous tiendrons. »",
     "fr", "Nous tiendrons.", "2026-11-21"),
    # the speaker reported something on a day in the sentence before
    ('His lawyer, Anna Ruiz, said outside the courthouse on Thursday that her client would appeal. '
     '"We respect the verdict, but we will fight on," she said.', "en", "We respect the verdict, but we will fight on,",
     "2026-11-19"),
    ('Mayor Tom Hale announced his retirement on Thursday.\n\n"When I first sat in this chamber, the harbour was '
     'closed," he said.', "en", "When I first sat in this chamber, the harbour was closed,", "2026-11-19"),
    # words the speaker adds, past a quote in between the text gave no day
    ('"We rescued people by boat," Lt. Col. Gwendal Le Mao said on Thursday. According to the officer, some families '
     'refused to leave "until the last minute". "I understand the attachment to a home," he added.', "en",
     "I understand the attachment to a home,", "2026-11-19"),
    # the same speaker's next words after a dated partial quote, whatever the cue
    ('Sentencing him on Friday, Judge Ana Ruiz said he had shown "breathtaking arrogance". "You treated the '
     'accounts as your own," the judge told him.', "en", "You treated the accounts as your own,", "2026-11-20"),
])
def test_a_day_given_earlier_in_the_scene_dates_the_words(text, lang, quote, expected, nlp_en, nlp_fr):
    from quotes import extract

    quotes = extract(text, lang=lang, nlp=nlp_en if lang == "en" else nlp_fr, published="2026-11-23")
    assert [(q.date, q.date_source) for q in quotes if q.text == quote] == [(expected, "text")]


@pytest.mark.parametrize("text, quote", [
    # a day inside what is reported, not when it was said ('said [the bank had …] in December')
    ('Ana Ruiz, chief economist at Harbour Securities, said the bank had "boxed itself in" by promising cuts in '
     'December. "They talked the talk," she said.', "They talked the talk,"),
    ('Ana Ruiz said she had raised her prices twice this year. "I held off as long as I could," Ruiz said.',
     "I held off as long as I could,"),
    # another time opened by the writer's own words: the speaker's earlier day does not carry
    ('"We won some battles," he told the Courier in 2004.\n\nIn the 1990s, Hale backed the new cranes. '
     '"The machines were coming," he said at the time.', "The machines were coming,"),
    # where a period starts ('since January'), never the day of the saying
    ("The deputy governor, Rohan Desai-Whitby, said the pound's fall since January had added 'perhaps a tenth of "
     "a point' to inflation.", "perhaps a tenth of a point"),
])
def test_a_day_of_something_else_does_not_date_the_words(text, quote, nlp_en):
    from quotes import extract

    quotes = extract(text, lang="en", nlp=nlp_en, published="2026-11-23")
    assert [(q.date, q.date_source) for q in quotes if q.text == quote] == [("2026-11-23", "article")]


# --- the occasion the lead dates, and a speaker's day further down --------------------------

LEAD_EN = ("Harbour board throws out ferry timetable\n\n"
           "HARBOURTON — The harbour board threw out the operator's new ferry timetable on Monday after a stormy "
           "meeting in which members accused the company of ignoring the island's residents.\n\n")
LEAD_FR = ("Plounéour dit non aux éoliennes\n\n"
           "Le conseil municipal de Plounéour a rejeté lundi soir le projet de parc éolien en mer, au terme de trois "
           "heures de débats houleux devant une salle comble.\n\n")


@pytest.mark.parametrize("lead, body, lang, quote, cue, expected", [
    # news copy gives the time once, in the lead: the quotes below it were said there
    (LEAD_EN, '"This timetable was written by people who never take the boat," said board member Ana Lutz.', "en",
     "This timetable was written by people who never take the boat,", "said", ("2026-03-09", "text")),
    (LEAD_EN, 'The operator\'s director told reporters: "We will come back with a better plan."', "en",
     "We will come back with a better plan.", "told", ("2026-03-09", "text")),
    (LEAD_FR, "« Ce projet a été conçu sans nous », a déclaré le maire, Yannick Le Bihan.", "fr",
     "Ce projet a été conçu sans nous", "a déclaré", ("2026-03-09", "text")),
    # a cue in the present is what the speaker tells the writer, now
    (LEAD_EN, '"I have never seen the board so united," says Lutz, who has sat on it for twenty years.', "en",
     "I have never seen the board so united,", "says", ("2026-03-10", "article")),
    (LEAD_FR, "« Nous irons jusqu'au Conseil d'État », explique-t-il.", "fr",
     "Nous irons jusqu'au Conseil d'État", "explique-t-il", ("2026-03-10", "article")),
    # a lead's day more than a week old is background, not the occasion
    (LEAD_EN.replace("on Monday", "on 3 February"), '"We were not consulted," said Ana Lutz.', "en",
     "We were not consulted,", "said", ("2026-03-10", "article")),
])
def test_quotes_below_a_dated_lead_were_said_at_its_occasion(lead, body, lang, quote, cue, expected):
    q = dated(lead + body, lang, "2026-03-10", quote, cue)
    assert (q.date, q.date_source) == expected


def test_a_lead_dated_the_day_of_publication_keeps_the_article_date():
    text = LEAD_EN.replace("on Monday", "on Tuesday") + '"We were not consulted," said Ana Lutz.'
    q = dated(text, "en", "2026-03-10", "We were not consulted,", "said")
    assert (q.date, q.date_source) == ("2026-03-10", "article")


SPEAKER_DAY = ("Shipyard merger talks go on\n\n"
               "The two shipyards have been negotiating a merger for most of the past year, with the unions "
               "watching every step and the regional government promising to keep both sites open.\n\n"
               'Catherine Langley, the chief executive, told the regional assembly on Friday that the talks were '
               '"on track".\n\n'
               "The unions are not convinced. Their members have had no pay rise for two years.\n\n"
               "{between}"
               '"Nothing has changed since the summer," Langley said.')


@pytest.mark.parametrize("between, expected", [
    # the speaker's later words, paragraphs down, were said the day the text gave her earlier ones
    ("", ("2026-03-06", "text")),
    # unless the story has moved on to a later day since
    ("On Monday, the unions walked out of the talks.\n\n", ("2026-03-10", "article")),
])
def test_a_speakers_day_carries_to_her_later_words(between, expected):
    text = SPEAKER_DAY.format(between=between)
    quotes = [make_quote(text, "on track", "told"), make_quote(text, "Nothing has changed since the summer,", "said")]
    for q in quotes:
        q.speaker = "Catherine Langley"
    assign_dates(text, "en", "2026-03-10", quotes)
    assert quotes[0].date == "2026-03-06"
    assert (quotes[1].date, quotes[1].date_source) == expected


@pytest.mark.parametrize("text, lang, quote, cue, expected", [
    # the writer was there on the lead's day: the reportage's present is that day's
    ("Au lycée Jean-Moulin, les portables dorment dans une pochette\n\nDepuis janvier, les 900 élèves de ce lycée "
     "du Tarn déposent leur smartphone dans une pochette verrouillée. Nous y avons passé la journée de lundi.\n\n"
     "« Les exclusions de cours ont baissé d'un tiers », explique le proviseur.", "fr",
     "Les exclusions de cours ont baissé d'un tiers", "explique", ("2026-03-09", "text")),
    ("The novelist who grew up in a launderette\n\nMaya Okonjo-Reid is apologising for the noise of the café, "
     "which she chose, when we meet on a wet afternoon in Hackney last Thursday, for reasons of nostalgia.\n\n"
     "“I did my homework in here while my mum did the washing,” she says.", "en",
     "I did my homework in here while my mum did the washing,", "says", ("2026-03-05", "text")),
    # a "we" that is everyone's, not the writer's visit, leaves the present to the day of writing
    ("A petite powerhouse\n\nIf we remember nothing else about Ruth Calloway, who died Sunday at 94, it will be "
     "the way she looked at her husband whenever they were in the same room.\n\n“She was his anchor,” says a "
     "former aide.", "en", "She was his anchor,", "says", ("2026-03-10", "article")),
])
def test_the_writer_there_on_the_lead_s_day_dates_the_present(text, lang, quote, cue, expected):
    q = dated(text, lang, "2026-03-10", quote, cue)
    assert (q.date, q.date_source) == expected


def test_a_day_opening_the_clause_after_a_label_dates_its_cue():
    # (a colon ends a label: the day after it frames the clause its cue is in)
    text = ("Grève des éboueurs : les poubelles s'entassent.\n\nL'essentiel : les éboueurs de la ville sont en grève "
            "depuis ce mardi contre la réforme de leurs horaires. La mairie prévoit une collecte sur trois.\n\n9h30 - Rappel : dimanche soir, sur le plateau de LCI, "
            "l'adjointe à la propreté, Nathalie Berthon-Ferrand, avait jugé cette grève « irresponsable ».")
    q = dated(text, "fr", "2026-03-10", "irresponsable", "avait jugé")
    assert (q.date, q.date_source) == ("2026-03-08", "text")


@pytest.mark.parametrize("text, lang, quote, cue, expected", [
    # a lead that names no day leaves it to the paragraph after it
    ("Solicitor jailed for theft from clients\n\nA country solicitor who stole £900,000 from elderly clients over "
     "a decade has been jailed for seven years after one of his victims told the court she now fears the post.\n\n"
     "Martin Ashby-Crewe, 58, was sentenced at Exeter Crown Court yesterday after admitting nine counts of fraud.\n\n"
     "\"He was a man who planned,\" the prosecutor said.", "en", "He was a man who planned,", "said", ("2026-03-09", "text")),
    # the latest day the lead names: a vote open since Thursday whose result came tonight is tonight's story
    ("DIRECT. Primaire des Verts : Léa Martin-Cazes l'emporte, Hugo Dassier reconnaît sa défaite\n\nLes adhérents "
     "votaient depuis jeudi pour désigner leur candidat. Les résultats ont été proclamés ce mardi soir au siège du "
     "parti, à Paris, devant quelques centaines de militants.\n\n« Ce soir, c'est notre victoire », a lancé Léa Martin-Cazes.",
     "fr", "Ce soir, c'est notre victoire", "a lancé", ("2026-03-10", "article")),
])
def test_the_occasion_is_the_latest_day_of_the_lead_or_the_paragraph_after_it(text, lang, quote, cue, expected):
    q = dated(text, lang, "2026-03-10", quote, cue)
    assert (q.date, q.date_source) == expected


@pytest.mark.parametrize("text, quote, cue, expected", [
    # a day a few days ahead is still to come: it times no saying, and the story goes on from the day before it
    ("“They are playing chicken with paychecks,” press secretary Dana Roux said on Monday, ahead of the March 20 funding "
     "deadline. “We will not blink,” she said.",
     "We will not blink,", "said", ("2026-03-09", "text")),
    # a lead that names a day to come and a day past is about the day past
    ("Harbour ER to close overnight\n\nThe emergency department at Kinross Memorial will close every night until at "
     "least March 31, the region's health authority announced Friday, leaving thousands without care.\n\n"
     "“We do not make these decisions lightly,” the authority said.",
     "We do not make these decisions lightly,", "said", ("2026-03-06", "text")),
])
def test_a_day_to_come_times_no_saying(text, quote, cue, expected):
    q = dated(text, "en", "2026-03-10", quote, cue)
    assert (q.date, q.date_source) == expected


def test_a_passive_verb_of_speech_times_nothing_its_subject_said(nlp_en):
    # ("who was confirmed last year" is no saying of hers: her words below are the hearing's, today)
    from quotes.extraction import extract
    text = ("Energy Secretary Harriet Vale-Osei was questioned by the committee on Tuesday.\n\nVale-Osei, a former "
            "engineer who was confirmed last year by a wide margin, did not dispute the report. “I take full "
            "responsibility,” she said.")
    [q] = extract(text, lang="en", nlp=nlp_en, published="2026-03-10")
    assert (q.speaker, q.date, q.date_precision) == ("Harriet Vale-Osei", "2026-03-10", "day")


def test_the_dateline_s_day_is_no_occasion():
    # (the day a dateline gives is when the story was filed: the lead's own day is the occasion)
    text = ("Council deadlocks over aid corridor\n\nGENEVA, March 10 — The relief council failed on Monday to agree a "
            "statement on access to the besieged town of Karsun after a three-hour session.\n\n"
            "“We are counting the hours, not the days,” the relief coordinator said.")
    q = dated(text, "en", "2026-03-10", "We are counting the hours, not the days,", "said")
    assert (q.date, q.date_source) == ("2026-03-09", "text")
