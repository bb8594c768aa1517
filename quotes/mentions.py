"""What an attribution is made of: the words of the text it rests on (a
Mention), the rule and cue that found it (an Attribution), and the parsed
paragraph the rules read (a ParsedParagraph)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .marks import DASH_CLASS, QuoteSpan
from .ranges import QuotedRanges

# 'WASHINGTON —', 'LA CROSSE, Wisc. —', 'Washington (AFP) –': a place in
# capitals, or any place followed by a news agency, then a dash.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]+[A-Z.](?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \d{1,2}(?:, \d{4})?)?(?: \([A-Za-z .]{1,20}\))?"
    r"|[A-Z][\w.'’ -]{1,30}(?:, [A-Z][\w.]+)? \([A-Za-z .]{1,20}\))\s*" + DASH_CLASS + r"{1,2}\s+"
)


NAME_HYPHENS = ("-", "‐")


def person_entity_at(tok: Token) -> Optional[Span]:
    """The person's entity the NER tagged over a token, or None."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in ("PERSON", "PER")), None)


def whole_name_words(lo: int, hi: int, doc: Doc) -> tuple[int, int]:
    """The token range [lo, hi] of a name grown to whole words: the French
    tokenizer cuts 'Vasseur-Deleau' at the hyphen and 'Guivarc'h' after the
    apostrophe, and the NER or the parse may keep one piece only. A name
    never ends inside a word: glued capitalised pieces joined by a hyphen,
    and a glued run of letters, belong to it."""
    while hi + 1 < len(doc) and not doc[hi].whitespace_:
        nxt = doc[hi + 1]
        if nxt.text in NAME_HYPHENS and hi + 2 < len(doc) and not nxt.whitespace_ and doc[hi + 2].is_title and doc[hi + 2].is_alpha:
            hi += 2
        elif nxt.text in NAME_HYPHENS and hi + 3 < len(doc) and not nxt.whitespace_ and ELIDED_INITIAL.fullmatch(doc[hi + 2].text) \
                and not doc[hi + 2].whitespace_ and doc[hi + 3].is_title and doc[hi + 3].is_alpha:
            hi += 3  # ("Achard-N'Diaye", the second surname cut after its elided initial)
        elif nxt.is_alpha and doc[hi].text[-1:] in "'’":
            hi += 1
        else:
            break
    while lo >= 2 and doc[lo - 1].text in NAME_HYPHENS and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and _name_piece(doc[lo - 2].text):
        lo -= 2
    return lo, hi


#: A capital and an apostrophe opening a surname: "N'Diaye", "O’Neill", "D'Souza".
ELIDED_INITIAL = re.compile(r"[A-ZÀ-ÖØ-Þ]['’]")
#: An elided particle before a capitalised surname: "d'Aubigny", "d’Estaing".
ELIDED_PARTICLE = re.compile(r"[dl]['’](?=[A-ZÀ-ÖØ-Þ])")
#: A capitalised word, maybe with an apostrophe inside ("O'Brien") or after
#: an elided particle.
NAME_PIECE = re.compile(rf"^(?:{ELIDED_PARTICLE.pattern})?[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’][^\W\d_]+)?$")


def _name_piece(text: str) -> bool:
    """Whether a word can open a double name ('O'Brien-Smith',
    "d'Aubigny-Rask"): the piece before its hyphen."""
    return NAME_PIECE.match(text) is not None


@dataclass
class Mention:
    """Words of the text that an attribution rests on, with absolute offsets."""

    start: int
    end: int
    text: str
    head: str  # the head word, lower-cased
    tokens: list[Token] = field(default_factory=list, repr=False)
    is_pronoun: bool = False
    is_document: bool = False  # "the statement", "a press release from the Kremlin"
    issuer: Optional["Mention"] = None  # the X of "a statement from X"
    ent_label: Optional[str] = None
    antecedent: Optional["Mention"] = None  # what a relative pronoun stands for

    def head_token(self) -> Optional[Token]:
        """The token of the head word among the mention's tokens, if it has them."""
        return next((t for t in self.tokens if t.lower_ == self.head), None)

    def cover(self, span: Span, offset: int) -> "Mention":
        """The mention stretched or cut to exactly these words of the paragraph
        at `offset` (the words as written, not the phrase the parse made),
        a name in them whole ('Ferrandis-Gaillac', not 'Gaillac')."""
        if len(span) and (span[0].is_title or span[-1].is_title):
            lo, hi = whole_name_words(span.start, span.end - 1, span.doc)
            span = span.doc[lo : hi + 1]
        self.start, self.end, self.text = span.start_char + offset, span.end_char + offset, span.text
        self.tokens = list(span)
        return self


@dataclass
class Attribution:
    """What the text says about who said a quote and with which words."""

    method: str  # cue | according | colon | dash | intro | continuation | inherited
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    speaker: Optional[Mention] = None


DOC_TEXT_KEY = "quotes.text"  # where doc_text keeps a Doc's joined text, in its user_data


def doc_text(doc: Doc) -> str:
    """A Doc's text, joined once: spaCy joins every token again on each
    `doc.text`, which made naming each of hundreds of speakers of one long
    paragraph quadratic."""
    text = doc.user_data.get(DOC_TEXT_KEY)
    if text is None:
        text = doc.user_data[DOC_TEXT_KEY] = doc.text
    return text


@dataclass
class ParsedParagraph:
    """A paragraph's Doc, where it sits in the article, and its quotes."""

    doc: Doc
    offset: int  # offset of doc.text in the article
    index: int
    quotes: list[QuoteSpan]
    text: str = ""  # doc.text, read once (doc_text): spaCy rebuilds it on every access

    quoted: QuotedRanges = field(default_factory=lambda: QuotedRanges([]))  # outer quote ranges, doc-relative
    dateline_end: int = 0  # 'WASHINGTON (AP) — ' opening the paragraph, doc-relative
    # The tokens that are not whitespace, with where each starts and ends
    # (doc-relative), made once: the words before or after each of hundreds
    # of quotes in one paragraph are then a bisect and a slice, not a scan.
    words: list[Token] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)
    word_ends: list[int] = field(default_factory=list)
    # Every token, made once, with where each starts: spaCy builds a new
    # Token object on each iteration of a Doc, which was a tenth of the
    # rules' time when each quote walked its paragraph to find its own words.
    tokens: list[Token] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = doc_text(self.doc)
        self.tokens = list(self.doc)
        self.token_starts = [t.idx for t in self.tokens]
        self.words = [t for t in self.tokens if not t.is_space]
        self.word_starts = [t.idx for t in self.words]
        self.word_ends = [t.idx + len(t.text) for t in self.words]
        dateline = DATELINE.match(self.text)
        self.dateline_end = dateline.end() if dateline else 0
        self.quoted = QuotedRanges(sorted((q.outer_start - self.offset, q.outer_end - self.offset) for q in self.quotes))

    def tokens_from(self, offset: int) -> Span:
        """The paragraph's tokens that start at a doc-relative offset or
        later, whitespace tokens included: found by a bisect, not by walking
        the paragraph from its start for each quote."""
        k = bisect.bisect_left(self.word_starts, offset)
        i = self.words[k].i if k < len(self.words) else len(self.doc)
        while i > 0 and self.doc[i - 1].idx >= offset:
            i -= 1  # (a whitespace token between the offset and the next word)
        return self.doc[i:]


def cue_fields(cue: Token | Span, pp: ParsedParagraph) -> dict:
    """The cue fields of an Attribution for a cue word (with the auxiliaries
    and the reflexive clitic before it: "has said", "s'est défendu") or a
    span ("according to"), as offsets into the article."""
    if isinstance(cue, Token):
        start, end, text = cue.idx, cue.idx + len(cue.text), cue.text
        # "a déclaré", "has said": the auxiliaries are part of the cue.
        auxes = [c for c in cue.lefts if c.dep_ in ("aux", "aux:tense") and c.i >= cue.i - 3]
        first = auxes[0] if auxes else cue
        # "s'est défendu": the reflexive clitic right before it too
        clitic = next((c for c in cue.lefts if c.dep_ in ("expl:comp", "expl:pv") and c.i == first.i - 1), None)
        if clitic is not None:
            first = clitic
        if first is not cue:
            start = first.idx
            text = pp.text[start:end]
    else:
        start, end, text = cue.start_char, cue.end_char, cue.text
    return {"cue": text, "cue_start": start + pp.offset, "cue_end": end + pp.offset}


def quote_tops(q: QuoteSpan, tokens: Doc | Span, pp: ParsedParagraph) -> list[Token]:
    """The quote's tokens (among `tokens`, the paragraph's Doc or one of its
    spans) whose head lies outside it: where the quoted words hang on the
    sentence."""
    qs, qe = q.start - pp.offset, q.end - pp.offset
    first, end = (tokens.start, tokens.end) if isinstance(tokens, Span) else (0, len(pp.tokens))
    lo = max(bisect.bisect_left(pp.token_starts, qs), first)
    hi = min(bisect.bisect_left(pp.token_starts, qe), end)
    return [t for t in pp.tokens[lo:hi] if not qs <= t.head.idx < qe]
