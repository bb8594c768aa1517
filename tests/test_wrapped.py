"""Hard-wrapped copy (wire feeds, e-mail, Markdown at 72 columns) reads like
the same copy with a paragraph per line: its lines are joined back into
paragraphs, and quotes, speakers and dates come out the same, with offsets
into the text as given."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from quotes import extract
from quotes.layout import reading_view, split_paragraphs

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def wrap(text: str, width: int) -> str:
    """Each line of text filled to width, as a wrapping editor or a wire feed would."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line.strip() else line
                     for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


WIRE = """WASHINGTON (Reuters) - Senator Maria Okafor said on Tuesday that the
budget deal was "a betrayal of every family that works for a living,"
and vowed to fight it on the Senate floor.

"We will not let this pass quietly," Okafor told reporters outside the
Capitol. "Every vote against it is a vote for the people who sent us
here."

The White House spokesman, James Whitfield, dismissed the criticism as
"theatre" and said the president "has full confidence in the deal."
"""


def test_wrapped_lines_are_joined_into_their_paragraphs() -> None:
    assert len(paragraphs(WIRE)) == 3
    assert paragraphs(WIRE)[1].startswith('"We will not') and paragraphs(WIRE)[1].endswith('here."')


def test_a_paragraph_per_line_is_left_alone() -> None:
    text = ("Trump vows to fight on\nBy Jane Doe\n"
            "The president said on Monday that he would appeal the ruling, which he called unfair.\n"
            "His lawyers said they had filed the papers.\n")
    assert paragraphs(text) == text.strip().split("\n")


def test_a_line_going_on_in_lower_case_continues_its_sentence() -> None:
    """A stray line break inside a sentence, in copy that is not wrapped."""
    text = ("“Supporters of some other candidates have focused on paid advertising that gets them to participate personally\n"
            "in caucuses and primaries,” Blackwell added.\nCruz, a graduate of Harvard, did not answer.")
    assert paragraphs(text) == [text[: text.index("\nCruz")], "Cruz, a graduate of Harvard, did not answer."]


@pytest.mark.parametrize("block", [
    pytest.param("- the first item of a list that runs long enough to reach the width\n"
                 "- the second item of a list that runs long enough to reach the width\n"
                 "- the third item of a list that runs long enough to reach the width", id="dashed-items"),
    pytest.param("* the first item of a list that runs long enough to reach the width\n"
                 "* the second item of a list that runs long enough to reach the width\n"
                 "* the third item", id="bullets"),
    pytest.param("1. The first item of a numbered list that runs long enough to fill.\n"
                 "2. The second item of a numbered list that runs long enough to fill.\n"
                 "3. The third item.", id="numbered"),
    pytest.param("— Comment abordez-vous cette course, après une saison aussi difficile ?\n"
                 "— Avec beaucoup d'humilité. L'Atlantique en novembre, ça ne pardonne pas.\n"
                 "— Votre objectif ?", id="dialogue"),
])
def test_items_and_replies_keep_their_own_lines(block: str) -> None:
    text = wrap("A paragraph of wrapped prose comes first, long enough to be broken over several lines "
                "at the width the rest of the text was written to, and then the list follows it.", 72)
    text += "\n\n" + block
    assert paragraphs(text)[-3:] == block.split("\n")


def test_a_heading_is_never_joined_to_its_text() -> None:
    text = "# Senate votes on the budget deal tonight after a long day of talks\n" + wrap(
        "The Senate will vote tonight on the budget deal that Senator Maria Okafor has called a betrayal of every "
        "family that works for a living, after a long day of talks in the Capitol.", 72)
    assert paragraphs(text)[0] == "# Senate votes on the budget deal tonight after a long day of talks"
    assert len(paragraphs(text)) == 2


def test_a_web_address_does_not_hide_the_width() -> None:
    """A line of one unbreakable word is longer than the width without saying anything about it."""
    text = WIRE + "\n<https://www.example.com/2020/03/05/a-very-long-address-for-the-story-that-cannot-be-broken-a69525>\n"
    assert len(paragraphs(text)) == 4


def test_the_reading_view_keeps_every_offset() -> None:
    flat = reading_view(WIRE, split_paragraphs(WIRE))
    assert len(flat) == len(WIRE)
    assert "sent us here." in flat and "\n\n" in flat
    assert [(m.start(), m.end()) for m in re.finditer(r"\S+", flat)] == [(m.start(), m.end()) for m in re.finditer(r"\S+", WIRE)]


def test_quotes_over_a_line_break_are_whole_and_attributed(nlp_en) -> None:
    quotes = extract(WIRE, lang="en", nlp=nlp_en, published="2026-03-10")
    found = {re.sub(r"\s+", " ", q.text): q for q in quotes}
    assert found["a betrayal of every family that works for a living,"].speaker == "Maria Okafor"
    assert found["Every vote against it is a vote for the people who sent us here."].speaker == "Maria Okafor"
    assert found["has full confidence in the deal."].speaker == "James Whitfield"
    assert found["a betrayal of every family that works for a living,"].date == "2026-03-10"
    for q in quotes:
        assert WIRE[q.start : q.end] == q.text  # the text as given, line breaks and all


def test_a_name_over_a_wrapped_list_item(nlp_en) -> None:
    """The next line of a list item is indented under its text: the name
    broken there is read whole."""
    text = wrap("Parents reacted quickly to the decision announced by the school board on Monday, which excludes "
                "unvaccinated children from the new sports program.", 72) + "\n\n" + textwrap.fill(
        '- "We should have seen this coming," said pediatrician Dr. Samuel Otieno, who has practiced in the county '
        "since 2004.", 72, subsequent_indent="  ")
    assert "Samuel\n  Otieno" in text  # the case under test
    (quote,) = extract(text, lang="en", nlp=nlp_en)
    assert quote.speaker == "Samuel Otieno"


def test_a_date_over_a_line_break(nlp_en) -> None:
    text = wrap("The prime minister, Sophie Laurent, told parliament on Wednesday that the country would "
                "\"not bow to threats from anyone,\" and her ministers backed her the next day.", 60)
    assert "on\nWednesday" in text  # the case under test: the date's words on two lines
    (quote,) = extract(text, lang="en", nlp=nlp_en, published="2020-02-14")
    assert (quote.speaker, quote.date, quote.date_source) == ("Sophie Laurent", "2020-02-12", "text")


def _facts(text: str, lang: str, nlp) -> list[tuple]:
    return [(re.sub(r"\s+", " ", q.text), q.speaker, q.kind, q.date) for q in extract(text, lang=lang, nlp=nlp, published="2020-03-06")]


@pytest.mark.slow
@pytest.mark.parametrize("width", [50, 72])
@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLE.glob("*.txt")))
def test_the_sample_articles_wrapped_give_the_same_quotes(name: str, width: int, request) -> None:
    text = (SAMPLE / name).read_text(encoding="utf-8")
    lang = "fr" if name.startswith("lemonde") else "en"
    nlp = request.getfixturevalue(f"nlp_{lang}")
    wrapped = wrap(text, width)
    assert wrapped != text
    assert _facts(wrapped, lang, nlp) == _facts(text, lang, nlp)


def test_short_lines_elsewhere_do_not_hide_the_wrapping(nlp_en) -> None:
    """A contact block or an e-mail's headers are short lines; the wrapped
    paragraphs around them are still joined, and a line an editor left short
    inside a sentence goes on."""
    body = wrap('Acme Corp named Helen Park chief executive on Monday. "Helen brings vision and discipline to a company '
                'that badly needs both," board chair Omar Farouk said in a statement.', 64)
    contact = "Media contact:\nSam Green\nAcme Corp\n12 Main Street\nSpringfield"
    email = "From: Priya Shah\nTo: Newsdesk\nSubject: Union strike\nDate: Friday"
    for text in (body + "\n\n" + contact + "\n", email + "\n\n" + body + "\n"):
        (quote,) = extract(text, lang="en", nlp=nlp_en)
        assert quote.speaker == "Omar Farouk"
    edited = ("Residents of the flooded district returned home on Saturday to\n"
              'find their houses destroyed. "We lost everything, the photos, the\n'
              'furniture, the memories," said Rosa\n'
              'Martinez, 64, standing in what was once her kitchen. "But we are\n'
              'alive, and that is what matters."\n\n'
              "The governor, Paul\n"
              'Hendricks, promised help. "Every family will get support, no\n'
              'exceptions," he said on Sunday.\n')
    assert [q.speaker for q in extract(edited, lang="en", nlp=nlp_en)] == ["Rosa Martinez", "Rosa Martinez", "Paul Hendricks"]
