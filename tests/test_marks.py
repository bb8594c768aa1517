"""Quotation spans found in raw text, with no NLP: marks, nesting, unclosed and
continued quotes, apostrophes, markup. Every span must point into the text."""
from __future__ import annotations

import pytest

from quotes.lang import inner_tag, words
from quotes.marks import find_quotation_spans, split_paragraphs

NNBSP, NBSP = "\u202f", "\u00a0"


def quoted(text: str) -> list[str]:
    """The texts of the spans, after checking that every offset points into `text`."""
    spans = find_quotation_spans(text)
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        if s.open_at is not None:
            assert s.open_at < s.start
        if s.close_at is not None:
            assert s.end <= s.close_at
    return [text[s.start : s.end] for s in spans]


# --- every mark style ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param('The senator said "We will not vote for this bill." Then she left the chamber.',
                 ["We will not vote for this bill."], id="straight-double"),
    pytest.param("“The economy is strong and getting stronger,” the president told reporters on Friday.",
                 ["The economy is strong and getting stronger,"], id="curly-double"),
    pytest.param("« Nous ne laisserons pas faire », a déclaré le ministre mardi à Paris.",
                 ["Nous ne laisserons pas faire"], id="guillemets-spaced"),
    pytest.param("«Nous ne laisserons pas faire», a déclaré le ministre mardi à Paris.",
                 ["Nous ne laisserons pas faire"], id="guillemets-tight"),
    pytest.param("Bundeskanzlerin Angela Merkel sagte am Montag „Wir schaffen das“ vor der Presse.",
                 ["Wir schaffen das"], id="german-low-high"),
    pytest.param("Le conseiller fédéral a répondu ‹ Nous verrons bien › avant de quitter la salle.",
                 ["Nous verrons bien"], id="single-angle"),
    pytest.param("The minister replied ‘We have no plans to resign’ when asked about the scandal.",
                 ["We have no plans to resign"], id="curly-single"),
    pytest.param("The minister replied 'We have no plans to resign' when asked about the scandal.",
                 ["We have no plans to resign"], id="straight-single"),
    pytest.param('"The regime will pay a heavy price,” Erdogan said in Ankara on Wednesday.',
                 ["The regime will pay a heavy price,"], id="straight-opener-curly-closer"),
    pytest.param('“The regime will pay a heavy price," Erdogan said in Ankara on Wednesday.',
                 ["The regime will pay a heavy price,"], id="curly-opener-straight-closer"),
    pytest.param('"We will win," Clinton said. "And we will win big."',
                 ["We will win,", "And we will win big."], id="two-quotes-one-paragraph"),
    pytest.param("The minister replied ‟We have no plans to resign” when asked about the scandal.",
                 ["We have no plans to resign"], id="reversed-double-opener"),
    pytest.param("Palin’s post resonated with viewers.\n\u202a”This is why ISIS has to be destroyed,” said John Krystek.",
                 ["This is why ISIS has to be destroyed,"], id="closer-glyph-after-a-direction-mark-opens"),
    pytest.param("Cruz was favored to win the delegates.\n” … in the case of Wyoming, the Cruz team was ready,” she said.",
                 ["… in the case of Wyoming, the Cruz team was ready,"], id="closer-glyph-opening-a-paragraph-opens"),
    pytest.param('"Trump says different things to different audiences,"Katie Packer said. "More and more."',
                 ["Trump says different things to different audiences,", "More and more."],
                 id="straight-closer-glued-to-the-next-word"),
    pytest.param("Speaker Ana Ruiz on Tuesday called the remarks ''reckless,'' a rare rebuke.",
                 ["reckless,"], id="doubled-apostrophes-are-one-double-mark"),
    pytest.param("''We owe the voters an answer,'' said Tom Hale. ''And they will get one.''",
                 ["We owe the voters an answer,", "And they will get one."], id="doubled-apostrophes-open-a-paragraph"),
])
def test_mark_styles(text, expected):
    assert quoted(text) == expected


# --- nesting ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("“He called the deal ‘a disgrace’ and walked out,” the aide said.",
                 ["He called the deal ‘a disgrace’ and walked out,"], id="curly-single-in-curly-double"),
    pytest.param("\"He called the deal 'a disgrace' and walked out,\" the aide said.",
                 ["He called the deal 'a disgrace' and walked out,"], id="straight-single-in-straight-double"),
    pytest.param("Erdoğan stated: \"I want to tell the Russian authorities: you are not our interlocutor here, "
                 "but the ’regime’. So, don’t get in our way.”",
                 ["I want to tell the Russian authorities: you are not our interlocutor here, but the ’regime’. "
                  "So, don’t get in our way."], id="reversed-singles-in-mixed-double"),
    pytest.param("« Il m’a dit ‹ jamais › au téléphone », a raconté la ministre.",
                 ["Il m’a dit ‹ jamais › au téléphone"], id="angle-in-guillemets"),
    pytest.param("« Il m’a dit “jamais” au téléphone », a raconté la ministre.",
                 ["Il m’a dit “jamais” au téléphone"], id="curly-double-in-guillemets",
                 ),
    pytest.param("“As a young woman, I’d rather live in what he calls “hell” than live in a world where he is "
                 "president.” ― Ana Ruiz",
                 ["As a young woman, I’d rather live in what he calls “hell” than live in a world where he is "
                  "president."], id="curly-double-in-curly-double"),
    pytest.param('Trump tweeted, "Reporting that the killer shouted "Allahu Akbar!" as he attacked."',
                 ['Reporting that the killer shouted "Allahu Akbar!" as he attacked.'],
                 id="straight-double-in-straight-double"),
    pytest.param("‘My assistant said to me, “Boss, sit down,” and he was right,’ said the manager.",
                 ["My assistant said to me, “Boss, sit down,” and he was right,"], id="british-curly-double-in-curly-single"),
    pytest.param("'She told me, \"Never let them hear you turning a page,\" and I never did,' he said. 'Not once.'",
                 ["She told me, \"Never let them hear you turning a page,\" and I never did,", "Not once."],
                 id="british-straight-double-in-straight-single"),
    pytest.param("The minister called it a ‘reset’, and the critics “a reshuffle of the deckchairs”.",
                 ["reset", "a reshuffle of the deckchairs"], id="side-by-side-singles-and-doubles-hold-nothing"),
])
def test_nesting(text, expected):
    assert quoted(text) == expected


def test_a_closing_mark_typed_for_an_opening_one_opens_the_quote():
    """'He says,” there are …”': a closing curly mark after a comma, with
    nothing open and the next mark closing again, was typed for an opening
    one; a closing mark that ends a quote run on from the paragraph before
    opens nothing."""
    assert quoted("He says,” there are a lot of people who never get listened to.”") == [
        "there are a lot of people who never get listened to."]
    assert quoted("and that was the end of it.” The senator left.") == []


# --- quotes never closed -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param('The governor told reporters "We will rebuild every home in this county.\n'
                 "The storm destroyed more than 300 houses.",
                 ["We will rebuild every home in this county."], id="runs-to-paragraph-end"),
    pytest.param('He exclaimed "Glory to Ukraine! To which the soldiers replied: "For the heroes of glory!"',
                 ["Glory to Ukraine!", "For the heroes of glory!"], id="new-quote-opens-before-close"),
    pytest.param("Supporters chanted “Marco! Marco! and then “We want Marco” as he spoke.",
                 ["Marco!", "We want Marco"], id="new-curly-quote-opens-before-close"),
    pytest.param("« Nous ne partirons pas d’Idlib. Les renforts arrivent, a dit le général.\n"
                 "Les combats ont repris jeudi.",
                 ["Nous ne partirons pas d’Idlib. Les renforts arrivent, a dit le général."],
                 id="guillemet-runs-to-paragraph-end"),
    pytest.param('"Without a large force on the ground, he added, "this is how the group will be beaten."',
                 ["Without a large force on the ground,", "this is how the group will be beaten."],
                 id="stops-before-the-tag-left-before-the-next-opening-mark"),
])
def test_unclosed(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param('Partial transcript as follows:\n\n"PENCE: Well, she thinks this is an episode of “Shark Tank.” '
                 'But this is America.\n\n"WALLACE: As “The Journal” wrote, it shows the top concern.\n\nThe debate '
                 "went on.",
                 ["Shark Tank.", "The Journal"], id="straight-marks-before-a-transcript-in-curly-prose"),
    pytest.param('Dr. Ward stated:\n\n"The department isn’t about “Equal Justice Under Law” anymore.\n\n'
                 '"The Senate was supposed to guard the states. I’ll stop DC at the bathroom door."',
                 ["The department isn’t about “Equal Justice Under Law” anymore.",
                  "The Senate was supposed to guard the states. I’ll stop DC at the bathroom door."],
                 id="a-long-quotation-the-last-paragraph-closes"),
    pytest.param('"I don’t think it’s getting the attention it deserves,” Grassley said.',
                 ["I don’t think it’s getting the attention it deserves,"], id="a-straight-mark-a-curly-one-closes"),
])
def test_a_straight_mark_pasted_before_an_excerpt_quotes_nothing(text, expected):
    """Each paragraph of a pasted excerpt opens with a straight mark nothing
    closes; the curly marks inside are the quotations."""
    assert quoted(text) == expected


def test_unclosed_span_records_no_closing_mark():
    text = 'He exclaimed "Glory to Ukraine! To which the soldiers replied: "For the heroes of glory!"'
    first, second = find_quotation_spans(text)
    assert first.close_at is None and second.close_at == len(text) - 1


# --- a quote continued into the next paragraph -------------------------------------------

@pytest.mark.parametrize("text, expected, continues, continued_from", [
    pytest.param('Secretary of State Mike Pompeo said: "We will hold Iran accountable for its actions.\n'
                 '"Our patience has limits, and the regime knows it," he added.',
                 ["We will hold Iran accountable for its actions.", "Our patience has limits, and the regime knows it,"],
                 [True, False], [None, 0], id="two-paragraphs"),
    pytest.param("“The first priority is the ceasefire.\n\n“The second is the return of refugees.\n"
                 "“The third is a political settlement,” the envoy said.",
                 ["The first priority is the ceasefire.", "The second is the return of refugees.",
                  "The third is a political settlement,"],
                 [True, True, False], [None, 0, 1], id="three-paragraphs-blank-lines"),
    pytest.param("« Nous avons tout tenté.\n« Mais le régime ne veut pas négocier », a dit la ministre.",
                 ["Nous avons tout tenté.", "Mais le régime ne veut pas négocier"],
                 [True, False], [None, 0], id="guillemets"),
    pytest.param("Il avoue : « Nous savions que le calendrier ne tiendrait pas.\n\n"
                 "» Moi le premier. Je l'ai écrit dans mon livre.\n\n"
                 "» Je ne demande pas qu'on m'excuse. »",
                 ["Nous savions que le calendrier ne tiendrait pas.", "Moi le premier. Je l'ai écrit dans mon livre.",
                  "Je ne demande pas qu'on m'excuse."],
                 [True, True, False], [None, 0, 1], id="closing-guillemet-reopens-each-paragraph"),
    pytest.param('"We will win," she said.\n"And we will win big," she added.',
                 ["We will win,", "And we will win big,"], [False, False], [None, None],
                 id="closed-quote-is-not-continued"),
    pytest.param('She said "the plan is dead.\nThe committee will vote on "a new text" next week.',
                 ["the plan is dead.", "a new text"], [False, False], [None, None],
                 id="next-paragraph-not-opening-with-a-mark"),
])
def test_continuation(text, expected, continues, continued_from):
    spans = find_quotation_spans(text)
    assert quoted(text) == expected
    assert [s.continues for s in spans] == continues
    assert [s.continued_from for s in spans] == continued_from


# --- apostrophes and possessives ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("The governor doesn't think the parents' fears are justified, and won't say more.", [],
                 id="straight-apostrophes"),
    pytest.param("The governor doesn’t think the parents’ fears are justified, and won’t say more.", [],
                 id="curly-apostrophes"),
    pytest.param("The ’80s were different, and rock ’n’ roll ruled the charts until ’95.", [],
                 id="decades-and-elisions"),
    pytest.param("The '80s were different, and rock 'n' roll ruled the charts until '95.", [],
                 id="straight-decades-and-elisions"),
    pytest.param("Turkey’s army and Russia’s air force clashed near the town of Saraqib on Ukraine’s behalf.", [],
                 id="possessives"),
    pytest.param("L’armée turque s’est retirée d’Idlib aujourd’hui.", [], id="french-elisions"),
    pytest.param("“I don’t think the parents’ fears are justified,” the governor said of the ’80s-era law.",
                 ["I don’t think the parents’ fears are justified,"], id="apostrophes-inside-a-quote"),
    pytest.param("The Jones' house and the Williams' car were damaged, but 'nobody was hurt' said police.",
                 ["nobody was hurt"], id="possessive-plural-then-single-quote"),
    pytest.param("She called the plan ‘a gift to speculators’ and said the voters’ anger was real.",
                 ["a gift to speculators"], id="a-mark-after-an-s-closes-an-open-single-quote"),
    pytest.param("‘The voters’ choice is clear,’ she said.", ["The voters’ choice is clear,"],
                 id="a-possessive-inside-a-single-quote-closed-later"),
    pytest.param("“I admit, he’s taller than me; he’s like 6’2”,” Rubio said.",
                 ["I admit, he’s taller than me; he’s like 6’2”,"], id="inch-mark-inside-a-quote"),
    pytest.param('The letter says Trump is 6\'3" tall and weighs 236 pounds.', [], id="straight-inch-mark"),
])
def test_apostrophes_are_not_quotes(text, expected):
    assert quoted(text) == expected


# --- markup ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param('<tweet author="realDonaldTrump">We will make America great again!</tweet>', [],
                 id="attribute-only"),
    pytest.param('<tweet author="x" date="2016-10-09">"Nobody has more respect for women," he wrote.</tweet>',
                 ["Nobody has more respect for women,"], id="quote-inside-tag-content"),
    pytest.param('<a href="https://example.com/story" title="The story">Read</a> "We will win," she said.',
                 ["We will win,"], id="link-attributes"),
])
def test_marks_inside_markup_are_ignored(text, expected):
    assert quoted(text) == expected


# --- offsets and French spacing ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param(f"«{NNBSP}Nous resterons à Idlib{NNBSP}», a affirmé Hulusi Akar.", ["Nous resterons à Idlib"],
                 id="narrow-no-break-space"),
    pytest.param(f"«{NBSP}Nous resterons à Idlib{NBSP}», a affirmé Hulusi Akar.", ["Nous resterons à Idlib"],
                 id="no-break-space"),
    pytest.param(f"Il a dit :{NBSP}«{NBSP}Nous frapperons partout{NBSP}!{NBSP}»", ["Nous frapperons partout\u00a0!"],
                 id="no-break-space-before-exclamation"),
    pytest.param(f"«{NNBSP}Nous avons tout tenté.\n«{NNBSP}Mais le régime refuse{NNBSP}», a-t-il dit.",
                 ["Nous avons tout tenté.", "Mais le régime refuse"], id="narrow-spaces-continuation"),
])
def test_french_spacing_trimmed(text, expected):
    spans = find_quotation_spans(text)
    assert quoted(text) == expected
    for s in spans:
        assert text[s.start] not in " \u00a0\u202f" and text[s.end - 1] not in " \u00a0\u202f"


@pytest.mark.parametrize("text", [
    'Line one has "a quote".\n\n\nLine four: “another one here,” said X.\r\n«\u202fUne autre\u202f», dit-il.',
    "No marks at all in this paragraph.\nNor in this one.",
    '"unclosed at the very end',
    "\"\" “” « » empty marks, then \"real words here\"",
    "Archive copy: ''quoted,'' then '' '' and a stray '' at the end.",
])
def test_offsets_point_into_the_text(text):
    for s in find_quotation_spans(text):
        assert s.start < s.end
        piece = text[s.start : s.end]
        assert piece == piece.strip(" \t\r\n\u00a0\u202f")
        assert any(ch.isalnum() for ch in piece)


def test_no_marks_no_spans():
    assert find_quotation_spans("The leaders of Russia and Turkey met in Moscow on Thursday.") == []


def test_dialogue_dash_lines_are_speech_only_where_the_press_prints_dialogue_so() -> None:
    """'— White House Correspondent Julie Pace.' closes an English wire
    story; '— Nous partirons demain, a dit Marie.' is French dialogue."""
    from quotes.extraction import quotation_spans

    english = '"We will meet them on Friday," Pence said.\n\n— White House Correspondent Julie Pace.\n'
    french = "Le ministre est arrivé à Ankara.\n\n— Nous partirons demain, a dit Marie Dupont.\n"
    assert [s.style for s in quotation_spans(english, split_paragraphs(english), "en")] == ["double"]
    assert [s.style for s in quotation_spans(french, split_paragraphs(french), "fr")] == ["dash"]
    assert "dash" in [s.style for s in quotation_spans(english, split_paragraphs(english), None)]  # language unknown: kept


@pytest.mark.parametrize("text, expected", [
    ("« Nous partirons, a dit Marie Dupont, dès demain. »", ["Nous partirons", "dès demain."]),
    ("« Il faut agir vite, a-t-il ajouté. Chaque jour compte. »", ["Il faut agir vite", "Chaque jour compte."]),
    ("« Paris, dit-elle, doit respirer. »", ["Paris", "doit respirer."]),
    ("« La France, selon lui, doit agir. »", ["La France", "doit agir."]),
    ("« C’est une honte, s’est indigné M. Dupont, vraiment. »", ["C’est une honte", "vraiment."]),
    # a verb after its subject is the quoted speaker's own words, not a tag
    ("« Il a refusé, il a dit non, puis il est parti. »", ["Il a refusé, il a dit non, puis il est parti."]),
    # a tag that ends the run (sloppy: it belongs after the closing mark) is cut off it
    ("« Nous partirons, a dit Marie. »", ["Nous partirons"]),
])
def test_a_tag_inside_french_marks_cuts_the_quote(text, expected):
    from quotes.lang import inner_tag

    spans = find_quotation_spans(text, inner_tag=inner_tag("fr"))
    assert [text[s.start : s.end] for s in spans] == expected
    if len(spans) > 1:
        first, second = spans
        # the tag lies between the pieces' "marks": outside both quotes
        assert text[first.close_at] == "," and text[second.open_at] in ",."
        assert first.open_at == text.index("«") and second.close_at == text.index("»")


def test_english_prints_no_tag_inside_the_marks():
    from quotes.lang import inner_tag

    assert inner_tag("en") is None


@pytest.mark.parametrize("line, quoted", [
    ("— Oui, je pense.", "Oui, je pense."),
    ("— Non, j'attends la suite.", "Non, j'attends la suite."),
    ("— Rien, a répondu le ministre.", "Rien"),
    ("— Oui, nous a-t-il dit.", "Oui"),
])
def test_a_subject_before_its_verb_opens_no_incise(line, quoted):
    """A French incise puts its verb first ('a répondu le ministre', 'nous
    a-t-il dit'); a tail that opens with a subject clitic is more speech."""
    text = "Le camp est plein.\n\n" + line
    spans = find_quotation_spans(text, inner_tag=inner_tag("fr"), subject_clitics=words("fr").SUBJECT_CLITICS)
    assert [text[s.start : s.end] for s in spans] == [quoted]
