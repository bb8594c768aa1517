"""English attribution, end to end through `extract`: which quotes are found, who
said them (resolved), with which cue. Each case is a realistic news sentence or two.

Expected values are lists of dicts, one per attributed quote in text order; each
dict names the Quote fields the case is about. Quotes that come out with no
speaker are not "attributed" and must not appear in the expected list.
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from quotes.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def attributed(text: str, nlp, published: str | None = None) -> list:
    quotes = extract(text, lang="en", nlp=nlp, published=published)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None and q.cue not in (None, ":"):
            assert text[q.cue_start : q.cue_end] == q.cue
    return [q for q in quotes if q.speaker]


def check(text: str, expected: list[dict], nlp) -> None:
    quotes = attributed(text, nlp)
    got = [{k: getattr(q, k) for k in (expected[i] if i < len(expected) else ("text", "speaker"))}
           for i, q in enumerate(quotes)]
    assert got == expected


# --- where the cue is ------------------------------------------------------------------

CUE_CASES = [
    pytest.param('As the band sang back in the 1980s, "They will turn us all into beggars because they are easier '
                 'to please."',
                 [{"text": "They will turn us all into beggars because they are easier to please.",
                   "speaker": "the band", "cue": "sang"}],
                 id="a-song-s-words-are-its-singer-s"),
    pytest.param("Felicia Sanders spoke on the last night of the convention. She also referenced the “Charleston "
                 "loophole,” a flaw in the background check system.",
                 [{"text": "Charleston loophole,", "speaker": "Felicia Sanders", "cue": "referenced"}],
                 id="referencing-words-is-using-them"),
    pytest.param("When Trump said that Cuba would sue, Rubio fired back: “If they sue us in Miami, they’re going to "
                 "lose,” citing the Cuban vote.",
                 [{"text": "If they sue us in Miami, they’re going to lose,", "speaker": "Rubio"}],
                 id="a-participle-after-the-quote-comments-the-colon-clause-says-who"),
    pytest.param("To Jones, the senator is a “decent and honest” neighbor she has known for years.",
                 [{"text": "decent and honest", "speaker": "Jones", "cue": "To"}],
                 id="to-someone-opening-the-sentence-gives-their-view"),
    pytest.param('To the opposition, the bill is "a betrayal."',
                 [{"text": "a betrayal.", "speaker": "the opposition", "cue": "To", "speaker_kind": "group"}],
                 id="to-a-political-camp-gives-its-view"),
    pytest.param('To the associations, the plan is "a disgrace."',
                 [{"text": "a disgrace.", "speaker": "the associations", "cue": "To"}],
                 id="to-the-associations-gives-their-view"),
    pytest.param('"We are in a new era," said Ursula von der Leyen, president of the European Commission.',
                 [{"text": "We are in a new era,", "speaker": "Ursula von der Leyen"}],
                 id="a-surname-after-a-particle-is-the-name-s-whatever-the-ner-called-it"),
    pytest.param("To that, Kasich joked that he enjoys a good, “peaceful protest every once in a while.”",
                 [{"text": "peaceful protest every once in a while.", "speaker": "Kasich", "cue": "joked"}],
                 id="to-that-is-no-one-s-view"),
    pytest.param("Mary Smith has lived in Ames for forty years. Her husband praises the new law, but to her, the law "
                 "is “a disaster for every family here.”",
                 [{"text": "a disaster for every family here.", "speaker": "Mary Smith", "speaker_mention": "her"}],
                 id="to-someone-after-a-conjunction-gives-their-view"),
    pytest.param("But to give you the tenor of the interview, Trump went on to boast of his golf club in Jupiter — "
                 "“which is a phenomenal area,” he said.",
                 [{"text": "which is a phenomenal area,", "speaker": "Trump"}],
                 id="to-and-a-verb-is-a-purpose-not-a-view"),
    pytest.param(
        "Several senators echo her worry, largely because the one test for the visa is a "
        '"lawful source of investment income," as a Treasury memo put it.',
        [{"text": "lawful source of investment income,", "speaker": "Treasury", "cue": "put"}],
        id="as-a-memo-put-it-after-the-quote-over-the-sentence-verb"),
    pytest.param('The reform sets one test, "a lawful source of income," as a Treasury memo put it.',
                 [{"text": "a lawful source of income,", "speaker": "Treasury", "cue": "put"}],
                 id="as-a-memo-put-it-the-noun-that-is-also-a-verb-speaks"),
    pytest.param(
        "Ms. Kelly answered with a smile. “It can happen at any age, right?” Trump went on, as if he had not heard "
        "her. “But you have to get over it.”",
        [{"text": "It can happen at any age, right?", "speaker": "Trump", "cue": "went"},
         {"text": "But you have to get over it.", "speaker": "Trump"}],
        id="went-on-after-a-question-is-the-tag-not-the-sentence-before"),
    pytest.param(
        "As Bernie Sanders went on about “a rigged economy” and “the billionaire class,” Mary said yes, yes, over "
        "and over again.",
        [{"text": "a rigged economy", "speaker": "Bernie Sanders"},
         {"text": "the billionaire class,", "speaker": "Bernie Sanders"}],
        id="went-on-about-is-the-speech-not-the-tag-after-it"),
    pytest.param("Trump then went on to promote “The Apprentice,” his old show, for ten minutes.", [],
                 id="went-on-to-another-verb-reports-nothing"),
    pytest.param(
        'Barack Obama said on Sunday he is "surprised and troubled" by the FBI director\'s letter to Congress.',
        [{"text": "surprised and troubled", "speaker": "Barack Obama", "kind": "partial", "cue": "said",
          "speaker_mention": "Barack Obama"}],
        id="partial-in-reporter-sentence"),
    pytest.param(
        '"Trump says different things to different audiences,"Katie Packer said in a statement. '
        '"More and more, Trump appears to be the kind of politician voters fear the most."',
        [{"text": "Trump says different things to different audiences,", "speaker": "Katie Packer"},
         {"text": "More and more, Trump appears to be the kind of politician voters fear the most.",
          "speaker": "Katie Packer"}],
        id="closing-mark-glued-to-the-speaker"),
    pytest.param(
        "“I think it’s surprising to see him traffic in prejudice and paranoia,”Clinton said.",
        [{"text": "I think it’s surprising to see him traffic in prejudice and paranoia,", "speaker": "Clinton"}],
        id="curly-closer-glued-to-the-speaker"),
    pytest.param(
        '<tweet tweet-author="@realDonaldTrump" tweet-date="February 28, 2016">Hillary Clinton: “We will win.”',
        [{"text": "We will win.", "speaker": "Hillary Clinton"}],
        id="colon-introducer-after-a-markup-tag"),
    pytest.param(
        'Hillary Clinton spoke to supporters in Cleveland on Monday. "We are going to win Ohio," she said.',
        [{"text": "We are going to win Ohio,", "speaker": "Hillary Clinton", "speaker_mention": "she",
          "cue": "said", "kind": "full"}],
        id="cue-after-pronoun"),
    pytest.param(
        '"The economy will recover by the spring," said Janet Yellen, the Treasury secretary.',
        [{"text": "The economy will recover by the spring,", "speaker": "Janet Yellen", "cue": "said",
          "speaker_mention": "Janet Yellen"}],
        id="cue-after-inverted"),
    pytest.param(
        '"We have no intention of leaving Idlib," Defense Minister Hulusi Akar told reporters in Ankara.',
        [{"text": "We have no intention of leaving Idlib,", "speaker": "Hulusi Akar", "cue": "told"}],
        id="cue-after-told-with-title"),
    pytest.param(
        'Senator Bernie Sanders said: "The system is rigged against working families."',
        [{"text": "The system is rigged against working families.", "speaker": "Bernie Sanders", "cue": "said",
          "kind": "full"}],
        id="cue-before-colon"),
    pytest.param(
        'Kremlin spokesman Dmitry Peskov told reporters that Moscow expected "joint measures" from Ankara.',
        [{"text": "joint measures", "speaker": "Dmitry Peskov", "kind": "partial", "cue": "told"}],
        id="partial-after-told-that"),
    pytest.param(
        '"We will not back down," Governor Andrew Cuomo said, "and we will not be bullied by Washington."',
        [{"text": "We will not back down,", "speaker": "Andrew Cuomo", "cue": "said"},
         {"text": "and we will not be bullied by Washington.", "speaker": "Andrew Cuomo", "cue": "said"}],
        id="split-by-cue"),
    pytest.param(
        '"The ceasefire is fragile," he said, "but it is holding." Those were the words of Sergei Lavrov on Friday.',
        [],
        id="split-by-cue-unresolvable-pronoun"),
    pytest.param(
        'Turkish Foreign Minister Mevlut Cavusoglu spoke after the meeting. "It is not enough," he said, '
        '"to promise a ceasefire."',
        [{"text": "It is not enough,", "speaker": "Mevlut Cavusoglu", "speaker_mention": "he"},
         {"text": "to promise a ceasefire.", "speaker": "Mevlut Cavusoglu"}],
        id="split-by-pronoun-cue"),
    pytest.param(
        '"The ceasefire is holding for now," according to Turkish Defense Minister Hulusi Akar.',
        [{"text": "The ceasefire is holding for now,", "speaker": "Hulusi Akar", "cue": "according to"}],
        id="according-to-after"),
    pytest.param(
        'According to the Kremlin, the two leaders discussed "various aspects of the settlement" of the crisis.',
        [{"text": "various aspects of the settlement", "speaker": "the Kremlin", "cue": "According to",
          "kind": "partial"}],
        id="according-to-before"),
    pytest.param(
        "The summit moved to Lisbon because, in Reuters’ words, “the city has more startups per head than any "
        "other capital.” Madrid was also considered.",
        [{"text": "the city has more startups per head than any other capital.", "speaker": "Reuters",
          "cue": "in Reuters’ words"}],
        id="in-a-name-s-words"),
    pytest.param(
        "The mayor's plan, which was, in the council's own words, “a budget built on sand,” passed anyway.",
        [{"text": "a budget built on sand,", "speaker": "the council"}],
        id="in-a-body-s-own-words"),
    pytest.param(
        "Immediately after the flood, Mayor Ruth Okafor issued a statement, “Last night, our city was struck by "
        "the worst storm in a century. My thoughts are with the families.”",
        [{"text": "Last night, our city was struck by the worst storm in a century. My thoughts are with the families.",
          "speaker": "Ruth Okafor", "cue": "issued"}],
        id="issued-a-statement-comma"),
    pytest.param(
        "The committee released statements from both parties on Thursday.\n"
        "From Chairwoman Jane Smith:\n"
        '"This report shows that the agency failed the public at every turn."',
        [{"text": "This report shows that the agency failed the public at every turn.", "speaker": "Jane Smith"}],
        id="colon-introducer-from"),
    pytest.param(
        "Trump leaned into the microphone and boomed: \"We are going to build the wall.\"",
        [{"text": "We are going to build the wall.", "speaker": "Trump"}],
        id="colon-after-clause"),
    pytest.param(
        '"We will not rest until every family in this county is safe." — Commissioner Jane Smith',
        [{"text": "We will not rest until every family in this county is safe.", "speaker": "Jane Smith",
          "cue": "—"}],
        id="dash-byline"),
    pytest.param(
        "“Mr. Trump embodies the lasting legacy of racism in the United States.” ― Sonya Herridge\n"
        "“During the debate Trump said Hispanics live in hell.”― Pamela Padilla\n",
        [{"text": "Mr. Trump embodies the lasting legacy of racism in the United States.", "speaker": "Sonya Herridge",
          "cue": "―"},
         {"text": "During the debate Trump said Hispanics live in hell.", "speaker": "Pamela Padilla"}],
        id="horizontal-bar-byline"),
    pytest.param(
        '"Russia, if you are listening, I hope you are able to find the emails that are missing." Trump said.',
        [{"text": "Russia, if you are listening, I hope you are able to find the emails that are missing.",
          "speaker": "Trump", "cue": "said"}],
        id="bare-tag-after-a-full-stop"),
    pytest.param(
        'At the rally the crowd cheered. "We will win this state and then we will win the White House." '
        "The senator said as he left the stage.",
        [{"text": "We will win this state and then we will win the White House.", "speaker": "The senator"}],
        id="bare-tag-then-a-time-clause"),
]

# The small English model leaves these reporting verbs without a subject; the words
# right before the verb name the speaker.
PARSE_RESCUE_CASES = [
    pytest.param(
        "Several senators echo her worry, largely because the one test for the visa is a "
        '"lawful source of investment income," as a Treasury memo put it.',
        [{"text": "lawful source of investment income,", "speaker": "Treasury", "cue": "put"}],
        id="as-a-memo-put-it-after-the-quote-over-the-sentence-verb"),
    pytest.param("The new ad then cuts to footage of Trump saying, “You have to give the workers a path to succeed.”",
                 [{"text": "You have to give the workers a path to succeed.", "speaker": "Trump", "cue": "saying"}],
                 id="name-and-participle-parsed-as-one-noun"),
    pytest.param(
        "The spot ends with footage of Clinton saying at a rally last spring, “I will not raise taxes on the middle "
        "class,” before the narrator asks why.",
        [{"text": "I will not raise taxes on the middle class,", "speaker": "Clinton", "cue": "saying"}],
        id="the-one-footage-shows-speaking-over-the-verb-of-the-sentence"),
    pytest.param(
        "The plan reflects the aides’ worry about the polls. “It is not the position that everything is hunky-dory,” "
        "Gene Sperling, a top outside Clinton adviser, said at a recent event on the economy in Ohio.",
        [{"text": "It is not the position that everything is hunky-dory,", "speaker": "Gene Sperling",
          "speaker_mention": "Gene Sperling"}],
        id="name-before-its-description-then-verb"),
    pytest.param(
        "Columbus saw protests as well. Black Lives Matter issued a statement saying it left the parade "
        '"because of the unsafe conditions created for our members by the police."',
        [{"text": "because of the unsafe conditions created for our members by the police.",
          "speaker": "Black Lives Matter", "speaker_kind": "organisation"}],
        id="statement-sender-parsed-as-adverb"),
    pytest.param(
        "“Great reporter, a really great reporter this guy,” Trump, the Republican frontrunner nationally and the "
        "polling leader in Nevada by a wide margin after winning the South Carolina primary, said when Boyle asked "
        "him about taxes.",
        [{"text": "Great reporter, a really great reporter this guy,", "speaker": "Trump", "cue": "said"}],
        id="name-opening-a-tag-with-a-long-description"),
    pytest.param(
        "The network is the first to air the program seven days a week. Sirius XM Vice President for news and "
        "talk Dana Fuller called the show “the news show of record.”",
        [{"text": "the news show of record.", "speaker": "Dana Fuller"}],
        id="name-parsed-as-conjunct-of-the-title-before-the-verb"),
    pytest.param(
        "Beruff, a Scott ally, called Florida’s standards “strong.”",
        [{"text": "strong.", "speaker": "Beruff"}], id="name-apposition-verb"),
    pytest.param(
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        "“Hillary Clinton believes that cooperation is essential.”",
        [{"text": "Hillary Clinton believes that cooperation is essential.", "speaker": "Jake Sullivan"}],
        id="apposed-name-before-verb"),
    pytest.param(
        "Some in the crowd booed, and when Rubio thanked Miami, a man yelled “Stay there!”",
        [{"text": "Stay there!", "speaker": "a man", "speaker_kind": "anonymous"}], id="verb-parsed-as-clause-of-noun"),
    pytest.param(
        "Skelly called Braynard “a real smart guy.”",
        [{"text": "a real smart guy.", "speaker": "Skelly"}], id="name-tagged-as-adverb"),
    pytest.param(
        "But Bill Skelly vouched for Braynard.\n\n"
        "“Having access to the RNC file is valuable,” said Skelly, explaining he worked with Braynard.",
        [{"text": "Having access to the RNC file is valuable,", "speaker": "Bill Skelly", "speaker_mention": "Skelly"}],
        id="inverted-tag-stops-at-comma"),
    pytest.param(
        "Informed of the local district’s anti-Trump lean, Early described it as “news to me.”",
        [{"text": "news to me.", "speaker": "Early"}], id="name-that-opens-sentences-inside-one"),
]

# A coordinated or adverbial reporting clause with its own subject is its own report;
# a complement clause stays the outer speaker's. A clause after a title word is speech.
CLAUSE_CASES = [
    pytest.param("Gun control is popular with Democratic voters. In 2014, Pew found that “about twice as many "
                 "Democrats said it was more important to control gun ownership than to protect gun rights.”",
                 [{"text": "about twice as many Democrats said it was more important to control gun ownership than "
                           "to protect gun rights.", "speaker": "Pew", "cue": "found"}],
                 id="a-pollster-found-that"),
    pytest.param("Two military analysts found in 2014 that the Israeli Air Force is “the best in the world.”",
                 [{"text": "the best in the world.", "speaker": "Two military analysts"}],
                 id="analysts-found-that"),
    pytest.param("Donald Trump's way served him well in the Republican primaries. His standing improved after the "
                 'shootings in San Bernardino, Calif., and his call for "a total and complete ban" on all Muslims '
                 "entering the United States.",
                 [{"text": "a total and complete ban", "speaker": "Donald Trump", "speaker_mention": "his",
                   "cue": "call"}],
                 id="a-reporting-noun-is-its-owner-s-words"),
    pytest.param("Matt Braynard runs the campaign's data operation. Braynard, a South Carolina native who writes "
                 "fiction on the side (his book of short stories includes one on a cooking competition “where the "
                 "loser becomes the main course”), has cast himself as a data-savvy strategist.",
                 [{"text": "where the loser becomes the main course", "speaker": "Matt Braynard",
                   "speaker_mention": "who"}],
                 id="a-relative-on-a-description-of-a-name"),
    pytest.param('"If the agency finds more of her emails, it intends to search them for records" that would answer '
                 "the requests, senior trial counsel Ann Wolverton wrote in a court filing.",
                 [{"text": "If the agency finds more of her emails, it intends to search them for records",
                   "speaker": "Ann Wolverton", "cue": "wrote"}],
                 # (the parse hangs "wrote" on "records" as a relative clause)
                 id="a-name-and-verb-after-a-comma-are-the-tag-the-parse-made-a-relative"),
    pytest.param("When a man in the crowd shouted, “Liar,” the senator laughed.",
                 [{"text": "Liar,", "speaker": "a man in the crowd", "cue": "shouted"}],
                 id="a-when-clause-reports-its-own-words"),
    pytest.param("When someone in the audience shouted, “Cruz,” Beck joked, again using an exaggerated Southern "
                 "accent, “Amen, brother! Come on up here!”",
                 [{"text": "Cruz,", "speaker": "someone in the audience"},
                  {"text": "Amen, brother! Come on up here!", "speaker": "Beck"}],
                 id="a-when-clause-the-parse-made-the-root"),
    pytest.param('Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a '
                 'back-handed compliment: "You never have to guess where he is. He\'s not winning personality '
                 'contests here."',
                 [{"text": "non-entities in the Senate,", "speaker": "Reid", "cue": "said"},
                  {"text": "You never have to guess where he is. He's not winning personality contests here.",
                   "speaker": "Reid", "speaker_mention": "he", "cue": "gave"}],
                 id="the-clause-before-the-colon-after-the-reporting-verb"),
    pytest.param("Grayson said Randolph “would have no chance to win,” the source recalled, adding that Grayson said "
                 "of his fiancée: “I’m going to marry her.”",
                 [{"text": "would have no chance to win,", "speaker": "the source"},
                  {"text": "I’m going to marry her.", "speaker": "the source"}],
                 id="a-colon-clause-the-reporting-verb-reports"),
    pytest.param("Article 33 affirms: “No Contracting State shall expel or return a refugee in any manner "
                 "whatsoever.”",
                 [{"text": "No Contracting State shall expel or return a refugee in any manner whatsoever.",
                   "speaker": "Article 33"}],
                 id="a-colon-after-the-reporting-verb-itself"),
    pytest.param('"Bring your families to the ranch on Saturday," Ammon Hale tells Dwight Ross during the broadcast, '
                 'who answers at once: "We will be there!"',
                 [{"text": "Bring your families to the ranch on Saturday,", "speaker": "Ammon Hale", "cue": "tells"},
                  {"text": "We will be there!", "speaker": "Dwight Ross", "speaker_mention": "who",
                   "cue": "answers"}],
                 id="an-aside-relative-before-the-colon-speaks"),
    pytest.param('The weekly ran a front page saying "Not in our name," and the union put up a banner reading '
                 '"Jobs first."',
                 [{"text": "Not in our name,", "speaker": "The weekly"},
                  {"text": "Jobs first.", "speaker": "the union"}],
                 id="a-banner-reading-is-its-holders-words"),
    pytest.param('Maria Lund was named as the heckler, wearing a sweatshirt that read "Farms not factories."',
                 [{"text": "Farms not factories.", "speaker": "Maria Lund"}],
                 id="a-shirt-worn-is-its-wearers-words"),
    pytest.param("The running mate, two people in Mark Dalton’s inner circle told Reuters, will be a “governor with "
                 "experience.”",
                 [{"text": "governor with experience.", "speaker": "two people in Mark Dalton’s inner circle"}],
                 id="a-description-owned-by-a-name-is-whole"),
    pytest.param('Donald Trump declared in August - wrongly - that Christians fleeing Iraq "cannot enter this country" '
                 'but Muslim migrants from Iraq "can come in so easily." Trump, later alleging - again wrongly - that '
                 'President Obama wanted to admit 100,000 Iraqis, said he would deport migrants, who he suspects are '
                 '"mostly men."',
                 [{"text": "cannot enter this country", "speaker": "Donald Trump"},
                  {"text": "can come in so easily.", "speaker": "Donald Trump"},
                  {"text": "mostly men.", "speaker": "Donald Trump"}],
                 id="a-fronted-name-hung-under-its-aside-still-says"),
    pytest.param('Aung Min, a senior member of the party leadership, said Monday that according to its own count, the '
                 'party has won 80 percent of the vote, but "we are still counting the seats."',
                 [{"text": "we are still counting the seats.", "speaker": "Aung Min", "cue": "said"}],
                 id="according-inside-the-reported-clause-is-the-speakers-source"),
    pytest.param('Called the "Crossroads of America" by its residents, the county leans Republican, according to Politico.',
                 [{"text": "Crossroads of America", "speaker": "its residents", "cue": "Called"}],
                 id="a-passive-agent-outranks-the-medium"),
    pytest.param('On Monday, Lee said she was "glad to see" that Ortiz won, according to the Boston Globe.',
                 [{"text": "glad to see", "speaker": "the Boston Globe", "cue": "according to"}],
                 id="according-after-the-quote-stays-the-medium"),
    pytest.param('According to remarks reported by the Guardian, the minister called the reform "necessary."',
                 [{"text": "necessary.", "speaker": "the minister", "cue": "called"}],
                 id="according-to-relayed-remarks-is-the-clauses-speaker"),
    pytest.param('According to a civil complaint filed by the agency, the firm ran a "massive fraudulent scheme."',
                 [{"text": "massive fraudulent scheme.", "speaker": "the agency", "speaker_mention": "a civil complaint",
                   "cue": "According to"}],
                 id="according-to-a-document-is-the-document"),
    pytest.param('Janet Lowe replied to the senator by quoting a governor who promised a balanced budget: '
                 '"Spending will fall by a tenth."',
                 [{"text": "Spending will fall by a tenth.", "speaker": "Janet Lowe"}],
                 id="a-restrictive-relative-before-the-colon-only-says-which"),
    pytest.param("The claim was rejected by a series of inquiries. A 2014 House Intelligence Committee report found "
                 '"no evidence that there was either a stand down order or a denial of available air support."',
                 [{"text": "no evidence that there was either a stand down order or a denial of available air "
                           "support.", "speaker_mention": "A 2014 House Intelligence Committee report"}],
                 id="a-report-found-the-quoted-words"),
    pytest.param("Under FOIA, agencies are not necessarily expected to find every record; rather, they are expected "
                 'to produce records based on a "reasonable search" of what is in their custody.',
                 [], id="finding-a-thing-reports-nothing"),
    pytest.param(
        "President Obama has been criticized for using the word to describe his record in Iraq, though at a news "
        'conference on Friday he used harsher language, saying the militants "must be defeated."',
        [{"text": "must be defeated.", "speaker": "Obama", "speaker_mention": "he", "cue": "saying"}],
        id="passive-reporting-verb-is-no-report"),
    pytest.param(
        "“It was a bad day.” Several outlets reported on Tuesday the Secret Service had “more than one "
        "conversation” with Clinton or her staff about the remark.",
        [{"text": "more than one conversation", "speaker": "Several outlets"}],
        id="reporting-clause-on-the-subject-noun"),
    pytest.param(
        "Senator Jane Ortiz, D-Ore., despite conceding that she had her doubts about “lawyers trying to get rich,” "
        "the families “do need to have their day in court” and she believes the veto will fall.",
        [{"text": "lawyers trying to get rich,", "speaker": "Jane Ortiz"},
         {"text": "do need to have their day in court", "speaker": "Jane Ortiz"}],
        id="subject-written-before-the-participle-phrase"),
    pytest.param(
        "After Trump opened his campaign with a speech that compared migrants to “criminals” and “thieves”, the "
        "actress Eva Longoria wrote a blog post against him.",
        [{"text": "criminals", "speaker": "Trump"}, {"text": "thieves", "speaker": "Trump"}],
        id="verb-with-its-own-object-is-no-tag"),
    pytest.param(
        "Obama spoke first. While Will acknowledges Obama’s charm as a “natural gift,” he sees Christie as sharing "
        "this trait.",
        [{"text": "natural gift,", "speaker": "Will"}],
        id="finite-subordinate-clause-keeps-its-subject"),
    pytest.param(
        "Clinton spoke just down the street from the casino, now owned by investor Carl Icahn, where about 40 nurses "
        'had gathered on Friday morning, chanting "no contract, no peace" after the talks failed.',
        [{"text": "no contract, no peace", "speaker": "about 40 nurses"}],
        id="participle-after-a-relative-clause-is-its-subject"),
    pytest.param(
        'The campaign began with a 30-second Web ad, "Playing Trump," in which children use a Trump doll to knock '
        'down a sandcastle, yelling "you\'re fired!"',
        [{"text": "you're fired!", "speaker": "children"}],
        id="participle-after-a-relative-clause-in-which"),
    pytest.param(
        "Clinton took on protesters loyal to her rival Sen. Bernie Sanders on Thursday. The first clash came during "
        "a speech at a college in Purchase, when Sanders protesters interrupted her speech, shouting “she wins, we lose!”",
        [{"text": "she wins, we lose!", "speaker": "Sanders protesters", "speaker_kind": "group"}],
        id="group-named-after-someone-is-no-person"),
    pytest.param(
        "Gov. Tim Walz on Friday blamed reporters for making a fuss over Kamala Harris’s claim that the governor "
        "“saved the state,” saying they were nitpicking.",
        [{"text": "saved the state,", "speaker": "Kamala Harris", "cue": "claim"}],
        id="owner-of-a-claim-says-its-content"),
    pytest.param(
        "Donald Trump's accusation that Nancy Pelosi is playing the \"gender card\" and would lose if she were a "
        "man set off a heated debate.",
        [{"text": "gender card", "speaker": "Donald Trump"}],
        id="owner-of-an-accusation-says-its-content"),
    pytest.param(
        "Dr. Harold Bornstein wrote a letter last year. Bornstein's letter was widely ridiculed for its prediction "
        "that Trump would be “the healthiest individual ever elected.”",
        [{"text": "the healthiest individual ever elected.", "speaker": "Harold Bornstein"}],
        id="a-thing-owning-a-claim-is-no-speaker"),
    pytest.param('In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a '
                 '“spoiled brat.”',
                 [{"text": "human leech who will bleed the country", "speaker": "Reid"},
                  {"text": "spoiled brat.", "speaker": "Reid"}],
                 id="a-run-coordinated-with-the-subjects-own-words"),
    pytest.param('Preceded at the lectern by the Arizona sheriff, Trump launched into a lament for the "countless '
                 'Americans" who are "victims of violence" by illegal immigrants who are "dangerous, dangerous, '
                 'dangerous criminals."',
                 [{"text": "countless Americans", "speaker": "Trump"},
                  {"text": "victims of violence", "speaker": "Trump"},
                  {"text": "dangerous, dangerous, dangerous criminals.", "speaker": "Trump"}],
                 id="the-other-runs-of-a-sentence-of-the-subjects-own-words"),
    pytest.param('After saying her right foot was “so swollen I could barely get my shoe on,” Clinton was “whisked off '
                 'to Bethesda Naval Hospital” for tests.',
                 [{"text": "so swollen I could barely get my shoe on,", "speaker": "Clinton"},
                  {"text": "whisked off to Bethesda Naval Hospital", "speaker": "Clinton"}],
                 id="a-gerund-after-a-preposition-takes-the-subject-of-a-quoted-main-verb"),
    pytest.param(
        'The senator likened the plan to "a total disaster for working people" on Monday.',
        [{"text": "a total disaster for working people", "speaker": "The senator"}],
        id="likened-reports"),
    pytest.param(
        "Hillary Clinton promised on Tuesday to refrain from using the phrase “illegal immigrant” during the rest "
        "of her campaign.",
        [{"text": "illegal immigrant", "speaker": "Hillary Clinton"}],
        id="a-person-using-the-phrase-is-quoted"),
    pytest.param(
        "Ted Cruz spoke in Iowa. He has coined a new phrase, “undocumented Democrats,” to describe those in the "
        "country illegally.",
        [{"text": "undocumented Democrats,", "speaker": "Ted Cruz", "speaker_mention": "He"}],
        id="who-coins-the-phrase-says-it"),
    pytest.param(
        "Trump has used the phrase “Islamic terrorism” often in his campaign, and criticized Obama for not using it.",
        [{"text": "Islamic terrorism", "speaker": "Trump"}],
        id="a-name-tagged-as-a-common-noun-uses-the-phrase"),
    pytest.param(
        "Hoover estimated that there are “somewhere between 23 and 28 people who are absolutely opposed.”",
        [{"text": "somewhere between 23 and 28 people who are absolutely opposed.", "speaker": "Hoover"}],
        id="estimated-reports"),
    pytest.param(
        "“Tell her I promised you a picture,” Betsy Ebeling said. “Don’t forget her husband,” Tom Ebeling cut in.",
        [{"text": "Tell her I promised you a picture,", "speaker": "Betsy Ebeling"},
         {"text": "Don’t forget her husband,", "speaker": "Tom Ebeling"}],
        id="cut-in-reports"),
    pytest.param(
        'After Scalia said that minority students might do better at "less advanced schools," Trump said: '
        '"I don\'t like what he said."',
        [{"text": "less advanced schools,", "speaker": "Scalia"},
         {"text": "I don't like what he said.", "speaker": "Trump"}],
        id="a-subordinate-report-before-a-tag-is-its-own"),
    pytest.param(
        "Amid what the New York Times and Los Angeles Times each called a “rough week” for Trump, Politico says "
        "the campaign is worried.",
        [{"text": "rough week", "speaker": "the New York Times"}],
        id="a-report-after-a-preposition-is-its-own"),
    pytest.param(
        "But Podliska’s most explosive claim is that the House Select Committee on Benghazi is a “witch hunt” "
        "aimed at Hillary Clinton.",
        [{"text": "witch hunt", "speaker": "Podliska"}],
        id="the-owner-of-a-claim-that-is-a-clause"),
    pytest.param(
        "The Ohio governor’s answer was that “the most important institution in our country is the family,” so "
        "government should help parents pay for child care.",
        [{"text": "the most important institution in our country is the family,", "speaker": "The Ohio governor"}],
        id="the-owner-of-an-answer-the-parse-hung-under-the-next-clause"),
    pytest.param(
        "Hastily politicizing the tragedy in Nice ― much like he did after the attacks in Paris ― Trump cast the "
        "blame on his rivals, and emphasized the threat that “Islamic terrorism” poses to the world.",
        [{"text": "Islamic terrorism", "speaker": "Trump"}],
        id="a-conjunct-borrows-the-subject-of-the-one-before"),
    pytest.param(
        'In somber comments, Trump called the shooting "an attack on our country," '
        'but Pence also noted the "senseless, tragic deaths" of black men.',
        [{"text": "an attack on our country,", "speaker": "Trump"},
         {"text": "senseless, tragic deaths", "speaker": "Pence"}],
        id="conjoined-clause-own-subject"),
    pytest.param(
        'Netanyahu said he would go ahead with the meeting, although Dermer wrote that he '
        '"rejects the latest comments about Muslims."',
        [{"text": "rejects the latest comments about Muslims.", "speaker": "Dermer"}],
        id="adverbial-clause-own-subject"),
    pytest.param(
        'Senator Cruz said the leaders urged "an immediate ceasefire" in the region.',
        [{"text": "an immediate ceasefire", "speaker": "Cruz"}],
        id="complement-clause-stays-outer"),
    pytest.param(
        'The Central American Minors program "is gaining and has gained considerable traction '
        'recently," Homeland Security Deputy Secretary Alejandro Mayorkas told reporters.',
        [{"text": "is gaining and has gained considerable traction recently,", "speaker": "Alejandro Mayorkas"}],
        id="clause-after-title-word-is-speech"),
    pytest.param(
        'Voters like Jim Cross face a choice between Trump and Clinton, whom Cross called "the most '
        'divisive political figure in the past 25 years."',
        [{"text": "the most divisive political figure in the past 25 years.", "speaker": "Jim Cross"}],
        id="long-phrase-after-called-is-speech"),
    pytest.param(
        # The speaker is unknown here; 'the few' are those who disagreed.
        'Most farmers accepted that the governor\'s plan was the "right direction" compared to the few who '
        "said otherwise.",
        [],
        id="relative-clause-after-the-quote-is-not-its-tag"),
    pytest.param(
        'Donald Trump spoke warmly of the prime minister. He voiced a wish for a "strong, prosperous and free Canada," '
        "and he called the visit a success.",
        [{"text": "strong, prosperous and free Canada,", "speaker_mention": "He", "cue": "voiced"}],
        id="voiced-a-wish"),
    pytest.param(
        'Senator Warren has intimated that Sanders\' "remedies" for the banks (read: without any plan) are '
        "the big draw.",
        [{"text": "remedies", "speaker": "Warren"}],
        id="intimated-that"),
    pytest.param(
        'And, in a video that Judge Anna Ruiz called "vulgar," Keller expressed a desire to '
        '"lock up every one of them."',
        [{"text": "vulgar,", "speaker": "Anna Ruiz"}, {"text": "lock up every one of them.", "speaker": "Keller"}],
        id="expressed-a-desire"),
    pytest.param(
        '"Apparently there\'s a young man who\'s having some problems," Hale said as the heckler yelled: '
        '"You suck!"',
        [{"text": "Apparently there's a young man who's having some problems,", "speaker": "Hale"},
         {"text": "You suck!", "speaker": "the heckler", "cue": "yelled"}],
        id="subordinate-clause-introducing-the-quote"),
    pytest.param(
        'Donald Trump spoke instead about "reforming NAFTA" and making sure it is "modernized."',
        [{"text": "reforming NAFTA", "speaker": "Donald Trump", "cue": "spoke"},
         {"text": "modernized.", "speaker": "Donald Trump"}],
        id="spoke-about"),
    pytest.param(
        'Hillary Clinton talks about her own career. She often speaks of breaking "that highest, hardest '
        'glass ceiling" by winning, and she jokingly tells audiences that it is time.',
        [{"text": "that highest, hardest glass ceiling", "speaker_mention": "She", "cue": "speaks"}],
        id="speaks-of"),
    pytest.param(
        'The governor is already talking about "a fierce urgency" to get things done.',
        [{"text": "a fierce urgency", "speaker": "The governor", "cue": "is already talking"}],
        id="talking-about"),
    pytest.param(
        'Senator Warren spoke to reporters without naming the bill. "We will not back down," she said.',
        [{"text": "We will not back down,", "speaker": "Warren", "cue": "said"}],
        id="spoke-without-a-topic-is-no-cue"),
    pytest.param(
        'Clinton said the government should do more and that she expects President Obama to announce an '
        '"intensification" of the campaign.',
        [{"text": "intensification", "speaker": "Clinton", "speaker_mention": "she"}],
        id="speech-someone-expects-is-in-their-words"),
    pytest.param('Trump wants Congress to call the plan "a total disaster."',
                 [{"text": "a total disaster.", "speaker": "Trump"}], id="speech-someone-wants-is-in-their-words"),
]


# What the small model misparses, and the speaker the rules still find.
MISPARSE_CASES = [
    pytest.param(
        "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for making an issue out of "
        "the claim that President Barack Obama “founded ISIS,” saying they were nitpicking.",
        [{"text": "founded ISIS,", "speaker": "Mike Pence"}], id="dateline-is-no-speaker"),
    pytest.param(
        "Donald Trump spoke in Manchester on Tuesday night.\n"
        'He pledged to be "the greatest jobs president that God ever created" and cast doubt on the official '
        "unemployment rate of 4.9 percent, suggested that the real unemployment rate could be as high as 42 percent.",
        [{"text": "the greatest jobs president that God ever created", "speaker": "Donald Trump",
          "speaker_mention": "He", "cue": "pledged"}],
        id="outer-verb-left-without-subject-yields-to-inner-cue"),
    pytest.param(
        "Republicans have faced criticism for the investigation into the Benghazi tragedy — often labeled "
        "as a “witch hunt” by Democrats — and Gowdy is correct.",
        [{"text": "witch hunt", "speaker": "Democrats"}],
        id="by-agent-hung-on-the-as-complement"),
    pytest.param(
        "Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story "
        "about Clinton’s emails, “Now, you famously said, in one of the debates, that you were sick of hearing "
        "about the emails?”",
        [{"text": "Now, you famously said, in one of the debates, that you were sick of hearing about the emails?",
          "speaker": "Bill Maher"}],
        id="nearest-verb-with-a-speaker"),
    pytest.param(
        "The senator was rallying for a 70-year-old academic named Eric Kingson, who is running for Congress "
        'and who worked the crowd, praising "Bernie\'s genuineness and indisputable integrity."',
        [{"text": "Bernie's genuineness and indisputable integrity.", "speaker": "Eric Kingson",
          "speaker_mention": "who"}],
        id="second-relative-clause-of-a-named-person"),
    pytest.param(
        "Mary Reynolds visits the jail every week. She is sure that keeping Santilli in jail will only make his "
        'voice louder: "They\'re creating a monster, as far as I\'m concerned."',
        [{"text": "They're creating a monster, as far as I'm concerned.", "speaker": "Mary Reynolds",
          "speaker_mention": "She"}],
        id="a-gerund-subject-is-an-act-not-a-speaker"),
    pytest.param(
        'At one point, Cruz coached Trump to breathe. That prompted Rubio to make a joke about yoga and call '
        'Trump "very flexible," a nod to his changes of position.',
        [{"text": "very flexible,", "speaker": "Rubio"}],
        id="the-object-of-prompted-does-the-calling"),
    pytest.param(
        'Former Arkansas governor Mike Huckabee called the H1-B program "worse than amnesty." '
        "And Rick Santorum turned his sights on Cruz.",
        [{"text": "worse than amnesty.", "speaker": "Mike Huckabee"}],
        id="called-the-program-a-judgement-not-a-title"),
    pytest.param(
        "Santilli's attorney, Thomas Coan, argued that his client was not to be taken seriously: his words were "
        'the bloviations of a "shock jock."',
        [{"text": "shock jock.", "speaker": "Thomas Coan"}],
        id="the-named-person-of-an-apposition-not-the-possessor"),
    pytest.param(
        '"We have not made that decision yet," Clinton Senior Adviser Sidney Blumenthal said on Tuesday.',
        [{"text": "We have not made that decision yet,", "speaker": "Sidney Blumenthal"}],
        id="capitalised-title-before-the-name"),
    pytest.param(
        "Donald Trump’s campaign released a new ad on Friday. The ad uses footage of Hillary Clinton asking, "
        "“Why aren’t I 50 points ahead, you might ask?”",
        [{"text": "Why aren’t I 50 points ahead, you might ask?", "speaker": "Hillary Clinton"}],
        id="the-person-a-recording-shows"),
    pytest.param(
        "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Donald Trump’s stance on "
        "Brexit, saying that “bombastic comments” do more harm than good.",
        [{"text": "bombastic comments", "speaker": "Hillary Clinton"}], id="dateline-with-agency"),
    pytest.param(
        "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”",
        [{"text": "a total stiff.", "speaker": "Trump"}], id="two-subjects-nearest-wins"),
    pytest.param(
        'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, '
        "founder of the right-wing Dutch Party for Freedom.",
        [{"text": "the beginning of the end", "speaker": "Geert Wilders"}], id="content-parsed-as-subject"),
    pytest.param(
        "Although there is no such overlap with Sanders's team, a White House official who spoke anonymously "
        'to discuss internal strategy said Wednesday, "Certainly there are discussions."',
        [{"text": "Certainly there are discussions.", "speaker": "a White House official"}],
        id="relative-clause-before-verb"),
    pytest.param(
        "O'Malley, who signed sweeping gun laws as governor, interjected to say: \"They've both been inconsistent.\"",
        [{"text": "They've both been inconsistent.", "speaker": "O'Malley"}], id="verb-parsed-as-clause-on-name"),
    pytest.param(
        "Donald Trump has delivered an impassioned defense of “New York values,” saying the city embodied "
        "the “bravery, heart and soul of America.”",
        [{"text": "New York values,", "speaker": "Donald Trump"},
         {"text": "bravery, heart and soul of America.", "speaker": "Donald Trump"}],
        id="participle-after-quote-is-no-inverted-tag"),
    pytest.param(
        'No wonder Trump said, and I quote, "We love the poorly educated."',
        [{"text": "We love the poorly educated.", "speaker": "Trump"}], id="writer-aside-i-quote"),
    pytest.param(
        "Comey cannot say that “from his perspective,” Lewandowski added, saying it should be "
        "“up to the prosecutor to move forward or not.”",
        [{"text": "from his perspective,", "speaker": "Lewandowski"},
         {"text": "up to the prosecutor to move forward or not.", "speaker": "Lewandowski"}],
        id="tag-parsed-under-reported-verb"),
    pytest.param(
        '"I never said that. I never said that," Trump said, after CNBC\'s Becky Quick said the '
        'front-runner had referred to Sen. Marco Rubio as the "personal senator."',
        [{"text": "I never said that. I never said that,", "speaker": "Trump"},
         {"text": "personal senator.", "speaker": "Becky Quick"}], id="tag-right-after-quote-wins"),
    pytest.param(
        "Senator Ted Cruz described Trump as a “caricature of democracy” and “stupendously un-conservative.”",
        [{"text": "caricature of democracy", "speaker": "Ted Cruz"},
         {"text": "stupendously un-conservative.", "speaker": "Ted Cruz"}], id="second-run-conjoined-under-as"),
    pytest.param(
        'Trump defended eminent domain, calling the expropriation of private property for public use an '
        '"absolute necessity" for the government to build schools.',
        [{"text": "absolute necessity", "speaker": "Trump"}], id="name-parsed-as-root-noun"),
    pytest.param(
        "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential "
        "candidate stated that Trump’s comments do not “fit with what I thought I knew about him.”",
        [{"text": "fit with what I thought I knew about him.", "speaker": "the Democratic presidential candidate"}],
        id="subject-parsed-as-apposition"),
    pytest.param(
        "Donald Trump returned to ethnicity at last week's San Diego rally, where he erroneously suggested "
        'Curiel was from Mexico: "The judge, who happens to be, we believe, Mexican, which is great."',
        [{"text": "The judge, who happens to be, we believe, Mexican, which is great.", "speaker": "Donald Trump",
          "speaker_mention": "he"}],
        id="colon-reporting-verb-outranks-reported-clause"),
    pytest.param(
        '"Having access to the RNC file is valuable," said Skelly, explaining he worked closely with '
        'Chrabaszcz, who cleaned up voter-roll data: "Vito is outstanding with data."',
        [{"text": "Having access to the RNC file is valuable,", "speaker": "Skelly"},
         {"text": "Vito is outstanding with data.", "speaker": "Skelly"}],
        id="subjectless-participle-cue-keeps-the-sentence-speaker"),
    pytest.param(
        "David Axelrod has been a critic of the campaign.\n"
        "“Too forced?” He tweeted when Clinton ended a Democratic debate last December with a reference "
        "to the blockbuster sequel.",
        [{"text": "Too forced?", "speaker": "David Axelrod", "speaker_mention": "He"}],
        id="long-sentence-tag-with-subject-first"),
    pytest.param(
        "The vote began late.\n\n"
        "“We are proud to cast our votes for Donald J. Trump!” US Senator Jeff Sessions said as he "
        "opened the roll call of the states.",
        [{"text": "We are proud to cast our votes for Donald J. Trump!", "speaker": "Jeff Sessions"}],
        id="long-sentence-tag-whose-subject-is-a-titled-name"),
    pytest.param(
        '"Would it be negotiable about the 11 million?" Sean Hannity pressed.',
        [{"text": "Would it be negotiable about the 11 million?", "speaker": "Sean Hannity"}],
        id="pressed-is-a-speech-verb"),
    pytest.param(
        "Former Secretary of State Madeleine Albright, a Clinton supporter, fanned controversy earlier this "
        "year over her remark that “there’s a special place in hell for women who don’t help each other.”",
        [{"text": "there’s a special place in hell for women who don’t help each other.",
          "speaker": "Madeleine Albright", "speaker_mention": "her"}],
        id="owner-of-a-remark-said-it"),
    pytest.param(
        "At the state party convention Sen. Elizabeth Warren (D-MA) said presumptive Republican presidential "
        "nominee Donald Trump was a “proven failure” in business.",
        [{"text": "proven failure", "speaker": "Elizabeth Warren"}], id="party-and-state-before-the-verb"),
    pytest.param(
        'When asked why, Mel Sembler responded in a text message: "Trump will be the Republican Party\'s nominee."',
        [{"text": "Trump will be the Republican Party's nominee.", "speaker": "Mel Sembler"}],
        id="speakerless-passive-cue-is-no-report"),
    pytest.param(
        "Band member Flea shared the news on social media last week, writing “Feels great to support someone "
        "I believe in. This is a man with integrity.”",
        [{"text": "Feels great to support someone I believe in. This is a man with integrity.", "speaker": "Flea"}],
        id="participle-hung-inside-the-quote"),
    pytest.param(
        'At a rally in Concord, 14-year-old Aubrey Pelletier hoisted a sign that read "Johnson for president!"',
        [{"text": "Johnson for president!", "speaker": "Aubrey Pelletier"}], id="a-sign-speaks-for-its-holder"),
    pytest.param(
        'The day before, at a Johnson-Weld rally in Concord, N.H., 14-year-old Aubrey Pelletier hoisted a sign that '
        'read "15%!" Her father worried that too many voters limit the news they get.',
        [{"text": "15%!", "speaker": "Aubrey Pelletier"}], id="holder-parsed-into-the-place-before"),
    pytest.param(
        "From Donald Trump’s “nasty effusion” in Iowa to his call for a federal “deportation force,” Will described "
        "Trump as a “caricature of democracy’s most embarrassing possibilities.”",
        [{"text": "nasty effusion", "speaker": "Will"}, {"text": "deportation force,", "speaker": "Will"},
         {"text": "caricature of democracy’s most embarrassing possibilities.", "speaker": "Will"}],
        id="name-parsed-as-a-modal"),
    pytest.param(
        'Cleveland sought the convention in the hopes of shedding what Dan Gilbert called "a perception problem."',
        [{"text": "a perception problem.", "speaker": "Dan Gilbert"}], id="someone-calling-is-no-title"),
    pytest.param(
        "The bank's traders were caught up in what several senators called “theft” at the hearing on Tuesday.",
        [{"text": "theft", "speaker": "several senators"}], id="people-calling-is-no-title-either"),
    pytest.param(
        "Many reporters noted on Twitter the change from the usual campaign slogan, “Make America Great Again.”",
        [], id="noting-a-slogan-is-no-quote-of-it"),
    pytest.param(
        'A Nadler aide, however, called the campaign "a vanity project."',
        [{"text": "a vanity project.", "speaker": "A Nadler aide"}], id="calling-a-campaign-something-names-no-campaign"),
    pytest.param(
        'In a national CNN/ORC poll released Monday, 31% of Republicans said they were "extremely enthusiastic" '
        "about voting.",
        [{"text": "extremely enthusiastic", "speaker_mention": "a national CNN/ORC poll"}],
        id="a-poll-speaks-for-its-respondents"),
    pytest.param(
        '"This platform\'s language just says you are no longer welcome," said Kristen Day, executive director '
        "of Democrats for Life, reports USA Today.",
        [{"text": "This platform's language just says you are no longer welcome,", "speaker": "USA Today"}],
        id="relayed-by-a-newspaper"),
    pytest.param(
        "“Is this a priority for the two of them because it’s an election year?” Martin O’Malley said at a press "
        "conference, according to the Las Vegas Sun.",
        [{"text": "Is this a priority for the two of them because it’s an election year?",
          "speaker": "the Las Vegas Sun", "attribution": "according"}],
        id="tag-with-its-own-according-to"),
    pytest.param(
        'Vice President Joe Biden, Marco Rubio said, had been in the Senate for "a thousand years" and passed '
        '"hundreds of bills."',
        [{"text": "a thousand years", "speaker": "Marco Rubio"}, {"text": "hundreds of bills.", "speaker": "Marco Rubio"}],
        id="parenthetical-reporter"),
    pytest.param(
        "Since recordings of the incident surfaced, the Trump campaign has denied it happened, with Corey "
        "Lewandowski taking to Twitter to call Fields “totally delusional” for the accusation.",
        [{"text": "totally delusional", "speaker": "Corey Lewandowski"}], id="with-clause-has-its-own-speaker"),
    pytest.param(
        "At a rally in Birmingham, some of his supporters kicked a protester, with Donald Trump reportedly "
        "yelling: “Get him the hell out of here!”",
        [{"text": "Get him the hell out of here!", "speaker": "Donald Trump"}], id="with-clause-before-a-colon"),
    pytest.param(
        "Two weeks after Hillary Clinton lost her cool on a rope line, jabbing her finger at an activist as she "
        "angrily said, “I am so sick of the Sanders campaign lying” about her environmental record, Bernie Sanders "
        "jabbed at Clinton on that same topic on Monday.",
        [{"text": "I am so sick of the Sanders campaign lying", "speaker": "Hillary Clinton", "speaker_mention": "she"}],
        id="lead-in-cue-beats-a-verb-after-the-quote"),
    pytest.param(
        "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters.”",
        [{"text": "One of the biggest lessons was a simple one: keep on contacting voters.", "speaker": "Carl Bialik"}],
        id="newsletter-dash-byline-before-colon"),
    pytest.param(
        "What that means for this year’s election - More from Jeffrey Jones: “The partisanship of the state "
        "population is a starting point.”",
        [{"text": "The partisanship of the state population is a starting point.", "speaker": "Jeffrey Jones"}],
        id="newsletter-more-from-byline"),
    pytest.param(
        'It is not enough to look representative - More from the study: "Many online vendors weight their samples '
        'on variables beyond age and sex."',
        [{"text": "Many online vendors weight their samples on variables beyond age and sex.",
          "speaker_mention": "the study"}],
        id="newsletter-more-from-a-document"),
    pytest.param(
        "But polls did predict the Democratic caucus - HuffPollster: “Most pollsters fared much better with the "
        "Democratic results.”",
        [{"text": "Most pollsters fared much better with the Democratic results.", "speaker": "HuffPollster",
          "speaker_mention": "HuffPollster"}],
        id="newsletter-byline-in-camel-case"),
    pytest.param(
        'Aides say Jeb Bush plans to back Cruz. From Bush\'s Facebook post: "For the sake of our party and country, '
        'we must move to overcome the divisiveness."',
        [{"text": "For the sake of our party and country, we must move to overcome the divisiveness.",
          "speaker": "Jeb Bush"}],
        id="from-someones-post-colon"),
    pytest.param(
        "The United Nations Security Council on Friday condemned the test and pledged to impose further sanctions "
        'as a deterrence to what it called "a clear threat to international peace and security."',
        [{"text": "a clear threat to international peace and security.",
          "speaker": "The United Nations Security Council"}], id="reporting-verb-after-a-preposition-is-no-wall"),
    pytest.param(
        "Chris Christie said that was a natural part of the race — no different, he said, from George H.W. Bush "
        "calling Ronald Reagan’s policies “voodoo economics” before becoming his pick.",
        [{"text": "voodoo economics", "speaker": "Chris Christie", "speaker_mention": "he"}],
        id="parenthetical-reporter-over-a-subjectless-cue"),
    pytest.param(
        "CNN, Ted Cruz said, called the announcement “highly significant.”",
        [{"text": "highly significant.", "speaker": "Ted Cruz"}], id="parenthetical-reporter-of-its-own-clause"),
    pytest.param(
        '"You bet I would," Chris Christie said when asked whether he would quarantine people with reported '
        "cases of the virus.",
        [{"text": "You bet I would,", "speaker": "Chris Christie"}], id="reported-as-an-adjective-relays-nothing"),
    pytest.param(
        "In addition, a fundraising email sent out by Bernie Sanders on Tuesday night warned of the tough fight "
        'ahead: "There are 14 primaries and caucuses over the next three weeks."',
        [{"text": "There are 14 primaries and caucuses over the next three weeks.", "speaker": "Bernie Sanders"}],
        id="a-document-speaks-for-who-sent-it"),
    pytest.param(
        "In an interview with The New York Times Magazine, Donald Trump was asked, “What’s the most dangerous "
        "place in the world you’ve been to?”",
        [], id="who-was-asked-is-no-speaker"),
    pytest.param(
        "Asked by Glenn Thrush if Clinton “gets” race, Al Sharpton avoided a declarative answer.",
        [{"text": "gets", "speaker": "Glenn Thrush"}], id="asker-of-a-participle-clause"),
    pytest.param(
        "The St. Paul city council voted 6-1 for the resolution which said the city “condemns anti-Muslim speech "
        "from presidential candidate Donald Trump.”",
        [{"text": "condemns anti-Muslim speech from presidential candidate Donald Trump.",
          "speaker": "The St. Paul city council"}], id="a-resolution-speaks-for-who-voted-it"),
    pytest.param(
        "Hillary Clinton seemed to be ready to riff on the incident in Iowa, telling the crowd, “Some people get "
        "a little carried away, have you noticed that?”",
        [{"text": "Some people get a little carried away, have you noticed that?", "speaker": "Hillary Clinton"}],
        id="participle-after-a-clause-with-its-subject"),
    pytest.param(
        "The cable networks made an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,” "
        "for the third day running.",
        [{"text": "founded ISIS,", "speaker": "Donald Trump"}], id="owner-of-a-claim-said-it"),
    pytest.param(
        'Hillary Clinton blasted Donald Trump\'s call for a "deportation force" on Wednesday.',
        [{"text": "deportation force", "speaker": "Hillary Clinton"}], id="reporting-verb-outranks-the-owner"),
    pytest.param(
        'In declaring Donald Trump\'s statements as "not Christian," Pope Francis said he had gone too far.',
        [{"text": "not Christian,", "speaker": "Francis"}], id="judging-words-as-is-no-ownership"),
    pytest.param(
        'Clinton is a problem for the GOP. As The Post\'s Ruth Marcus puts it, Obama is trying to make Republicans '
        '"choose between bad options."',
        [{"text": "choose between bad options.", "speaker": "Ruth Marcus", "cue": "puts"}], id="as-x-puts-it"),
    pytest.param(
        'Trump says she has done a "serviceable job." That\'s because, as he puts it, "the best thing we have '
        'going for us" is that she\'s kept interest rates so low.',
        [{"text": "serviceable job.", "speaker": "Trump"},
         {"text": "the best thing we have going for us", "speaker": "Trump", "speaker_mention": "he"}],
        id="as-he-puts-it-inside-the-sentence"),
    pytest.param(
        'He put it on the table. As Trump attacked Clinton, the attendees chanted, "Lock her up!"',
        [{"text": "Lock her up!", "speaker": "the attendees"}], id="temporal-as-clause-is-no-aside"),
    pytest.param(
        'After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, '
        '"I suppose I could have chosen to bake cookies and have teas."',
        [{"text": "I suppose I could have chosen to bake cookies and have teas.", "speaker": "Hillary",
          "cue": "shot"}], id="phrasal-reporting-verb"),
    pytest.param(
        "Marco Rubio met donors in Miami on Tuesday.\n\n"
        "One attendee, who like others spoke on the condition of anonymity to discuss the private meeting, said the "
        'message was that "this is not going to be over in February."',
        [{"text": "this is not going to be over in February.", "speaker": "One attendee"}],
        id="relative-aside-before-the-verb"),
    pytest.param(
        "Donald Trump spoke in Ohio.\n\n"
        'As the debate progressed and Trump stood by his comment Monday that "Islam hates us," refusing to '
        "acknowledge that not all Muslims hate the U.S., Rubio again tried to rebuke the front-runner.",
        [{"text": "Islam hates us,", "speaker": "Donald Trump", "speaker_mention": "his"}],
        id="possessed-speech-noun-right-before-the-quote"),
    pytest.param(
        'Bernie Sanders said in a statement Tuesday night that he wants a party platform that calls for '
        '"a $15-an-hour minimum wage."',
        [{"text": "a $15-an-hour minimum wage.", "speaker": "Bernie Sanders", "speaker_mention": "Bernie Sanders"}],
        id="held-thing-clause-is-reported-by-the-outer-verb"),
    pytest.param(
        'As the crowd began to chant, Sarah Silverman was joined on stage again by Minnesota Sen. Al Franken and '
        'joked, "Bernie or Bust people, you are being ridiculous," drawing loud jeers.',
        [{"text": "Bernie or Bust people, you are being ridiculous,", "speaker": "Sarah Silverman"}],
        id="verb-coordinated-with-a-passive-shares-its-subject"),
    pytest.param(
        "Not everyone was claiming success.\n\n"
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat "
        "and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down around him.",
        [{"text": "We’ve had more successful conventions than this one,", "speaker": "Bill Eastland"}],
        id="participle-aside-before-the-verb"),
    pytest.param(
        "“She thinks they are just too much,” Bill Clinton said Monday in Cheyenne, according to audio provided by "
        "Wyoming Public Radio.",
        [{"text": "She thinks they are just too much,", "speaker": "Wyoming Public Radio"}],
        id="medium-of-a-recording-relays-the-words"),
    pytest.param(
        "The union is unlikely to give Clinton the nod after her March comment that, "
        '"We are going to put a lot of coal companies out of business."',
        [{"text": "We are going to put a lot of coal companies out of business.", "speaker": "Clinton",
          "speaker_mention": "her"}], id="possessed-speech-noun-then-that-and-a-comma"),
    pytest.param(
        "Republicans hold their largest majority since 1928.\n"
        "“She said that ‘I know the difference between having the House and not having the House,’” "
        "Rep. Jim McDermott (D-Wash.) said.",
        [{"text": "She said that ‘I know the difference between having the House and not having the House,’",
          "speaker": "Jim McDermott"}], id="tag-after-a-quote-closing-an-inner-quote"),
    pytest.param(
        "Reached by phone, Miller denied the notion that a staff shakeup is coming, explaining that he was "
        '"taking a day off."',
        [{"text": "taking a day off.", "speaker": "Miller"}], id="participle-hung-on-the-reported-clause"),
    pytest.param(
        "That proposal prompted Britain's Parliament to call a debate in January on whether to ban Trump; "
        'one lawmaker called Trump "the orange prince of American self-publicity."',
        [{"text": "the orange prince of American self-publicity.", "speaker": "one lawmaker"}],
        id="clause-hung-on-its-own-subject"),
    pytest.param('Much of Levin’s anger was also aimed at Bannon, who Levin on Friday called “a dangerous man.”',
                 [{"text": "a dangerous man.", "speaker": "Levin"}], id="name-after-an-object-relative"),
    pytest.param("Sanders, a senior adviser said, “is ready for a long and hard fight” with Clinton.",
                 [{"text": "is ready for a long and hard fight", "speaker": "a senior adviser"}],
                 id="indefinite-source-aside-after-the-subject"),
    pytest.param('Marty West, an education professor at Harvard, said the bill was "an incredibly significant '
                 'development."', [{"text": "an incredibly significant development.", "speaker": "Marty West"}],
                 id="a-name-and-its-description-stay-the-name"),
    pytest.param('"That is what he did in 2008," said former Ohio Gov. and Democratic National Committee Chairman '
                 'Ted Strickland.',
                 [{"text": "That is what he did in 2008,", "speaker": "Ted Strickland"}],
                 id="two-titles-joined-before-one-name-the-name-speaks"),
]


VERB_IN_QUOTE_CASES = [
    pytest.param('The White House "strongly condemned" the attack.',
                 [{"text": "strongly condemned", "speaker": "The White House"}], id="the-quote-is-the-reporting-verb"),
    pytest.param("Grayson's spokeswoman challenged the assertion that Grayson had ever \"attacked\" Clinton.",
                 [], id="an-embedded-quoted-verb-is-not-its-subject-s"),
]


@pytest.mark.parametrize("text, expected", VERB_IN_QUOTE_CASES)
def test_a_quote_that_opens_with_its_reporting_verb(nlp_en, text, expected):
    check(text, expected, nlp_en)


@pytest.mark.parametrize("text, expected", MISPARSE_CASES)
def test_speaker_found_where_the_parse_misleads(nlp_en, text, expected):
    check(text, expected, nlp_en)


@pytest.mark.parametrize("text, expected", CLAUSE_CASES)
def test_clause_that_holds_the_quote_names_its_speaker(nlp_en, text, expected):
    check(text, expected, nlp_en)


@pytest.mark.parametrize("text, expected", PARSE_RESCUE_CASES)
def test_speaker_read_from_words_when_parse_has_none(nlp_en, text, expected):
    check(text, expected, nlp_en)


@pytest.mark.parametrize("text, expected", CUE_CASES)
def test_cue_positions(nlp_en, text, expected):
    check(text, expected, nlp_en)


# --- nominal and anonymous speakers ---------------------------------------------------

NOMINAL_CASES = [
    pytest.param('"We will not back down," a senior official at the State Department said.',
                 [{"text": "We will not back down,", "speaker": "a senior official at the State Department"}],
                 id="where-an-unnamed-source-stands-describes-it"),
    pytest.param('Warren proposed a town hall in Ohio on the evening of May 4 - but the Biden campaign rejected the '
                 'idea as "absurd" because the championship game would be played that night.',
                 [{"text": "absurd", "speaker": "the Biden campaign", "speaker_kind": "organisation", "cue": "rejected"}],
                 id="a-campaign-named-after-someone-rejects-as"),
    pytest.param("Powell’s office said in a statement that the memo “vastly improved communications.”",
                 [{"text": "vastly improved communications.", "speaker": "Powell’s office",
                   "speaker_kind": "organisation"}],
                 id="an-office-named-after-someone-is-no-person"),
    pytest.param('Cruz belittled the issue of the loans, calling it a "paperwork error" that was reported in a '
                 '"hit piece" by The New York Times.',
                 # (the second run is his too: the passive relative reports no one's words)
                 [{"text": "paperwork error", "speaker": "Cruz"}, {"text": "hit piece", "speaker": "Cruz"}],
                 id="a-quoted-label-is-no-antecedent-speaker"),
    pytest.param("“It was rough around the edges,” said the Vox Populi (Voice of the People).",
                 [{"text": "It was rough around the edges,", "speaker": "the Vox Populi (Voice of the People)"}],
                 id="a-speaker-keeps-the-parenthesis-it-opens"),
    pytest.param(
        "Donald Trump spoke in Ohio on Friday. “Remember when she said she was poor, she had no money, and she had "
        "tens of millions of dollars?” Trump said Friday.",
        [{"text": "Remember when she said she was poor, she had no money, and she had tens of millions of dollars?",
          "speaker": "Donald Trump", "speaker_kind": "person"}],
        id="a-surname-the-parse-tagged-org-is-the-person-named-before"),
    pytest.param(
        "“I think that would be an absolute disaster,” the Texas senator said.",
        [{"text": "I think that would be an absolute disaster,", "speaker": "the Texas senator", "speaker_kind": "person"}],
        id="a-role-is-a-person"),
    pytest.param(
        "“We are going backwards,” another New Hampshire Republican said. “Trump is a fraud,” one user wrote.",
        [{"text": "We are going backwards,", "speaker": "another New Hampshire Republican", "speaker_kind": "anonymous"},
         {"text": "Trump is a fraud,", "speaker": "one user", "speaker_kind": "anonymous"}],
        id="another-and-one-hide-who-spoke"),
    pytest.param(
        "Users on Weibo mocked the candidate. “He is a clown,” one user wrote.\n\n"
        "Another said he hoped the candidate would win: “It would be fun to watch.”",
        [{"text": "He is a clown,", "speaker": "one user"},
         {"text": "It would be fun to watch.", "speaker": "another user", "speaker_kind": "anonymous",
          "speaker_mention": "Another"}],
        id="another-leaves-out-the-noun-of-the-source-before"),
    pytest.param(
        "The spokesman,\u00a0Doug \u00adAndres, spoke to the Post. “We will consider options,” Doug \u00adAndres told the Post.",
        [{"text": "We will consider options,", "speaker": "Doug Andres"}],
        id="a-name-loses-the-copy-s-typography"),
    pytest.param(
        'Ivanka Trump spoke at the convention on Thursday. Her Twitter account said the night was "a dream come true."',
        [{"text": "a dream come true.", "speaker": "Ivanka Trump", "speaker_mention": "Her Twitter account"}],
        id="a-possessed-thing-speaks-for-its-owner"),
    pytest.param(
        'Ted Cruz finished third in Iowa. His assumption, stated on live TV, was that "voters will come around."',
        [{"text": "voters will come around.", "speaker": "Ted Cruz", "speaker_mention": "His assumption"}],
        id="a-possessed-assumption-is-its-owner-s"),
    pytest.param(
        'The party released its results on Tuesday. According to its analysis, "we have won 82 percent of the vote."',
        [{"text": "we have won 82 percent of the vote.", "speaker": "The party", "speaker_mention": "its"}],
        id="a-bare-possessive-is-its-owner"),
    pytest.param(
        'Hillary Clinton spoke in Ohio. Her husband said the plan was "a massive investment."',
        [{"text": "a massive investment.", "speaker": "Hillary Clinton's husband", "speaker_mention": "Her husband"}],
        id="a-possessed-person-speaks-for-himself-named-by-the-owner"),
    pytest.param(
        'Senator Maria Okafor did not attend the hearing on Tuesday. "We will appeal," her spokesman said.',
        [{"text": "We will appeal,", "speaker": "Maria Okafor's spokesman", "speaker_kind": "person"}],
        id="her-spokesman-is-the-owner-s"),
    pytest.param(
        'Officers closed the road on Sunday. A spokesman for Avon and Somerset Police said: "The investigation is at an '
        'early stage."',
        [{"text": "The investigation is at an early stage.", "speaker": "A spokesman for Avon and Somerset Police",
          "speaker_kind": "anonymous"}],
        # ("Avon" tagged a person: the coordinated body's name whole)
        id="a-spokesman-for-a-coordinated-body-keeps-its-whole-name"),
    pytest.param(
        'Donald Trump spent the day in Ohio. A spokesman for Trump said: "No comment."',
        [{"text": "No comment.", "speaker": "A spokesman for Trump"}],
        id="for-whom-an-unnamed-source-speaks-is-part-of-the-description"),
    pytest.param(
        'The central bank held rates on Wednesday. Analysts at Westpac called the decision "a close call."',
        [{"text": "a close call.", "speaker": "Analysts at Westpac", "speaker_kind": "group"}],
        id="a-bare-plural-of-people-keeps-where-they-work"),
    pytest.param(
        'Officials at the Harbor Commission, a state agency, said the cranes were "beyond repair."',
        [{"text": "beyond repair.", "speaker": "Officials at the Harbor Commission"}],
        id="where-unnamed-sources-work-stops-at-the-comma-of-an-apposition"),
    pytest.param(
        'Detectives charged a man on Sunday. A police source said the suspect was known to officers. '
        '"He had been on our radar for a while," the source said.',
        [{"text": "He had been on our radar for a while,", "speaker": "A police source", "speaker_kind": "anonymous"}],
        id="the-source-is-the-unnamed-source-a-sentence-before-was-about"),
    pytest.param(
        "The Ministry of Transport on Monday rejected claims that the bridge was unsafe.\n\n"
        '"Inspections found no structural damage," the ministry said in a statement.',
        [{"text": "Inspections found no structural damage,", "speaker": "the Ministry of Transport",
          "speaker_kind": "organisation"}],
        id="the-ministry-is-the-one-body-named-before-with-that-word"),
    pytest.param(
        'Judge Ruth Okonjo told Mark Delaney that he had "abused the trust of his clients."\n\n'
        '"You took their savings for your own use," the judge said.',
        [{"text": "abused the trust of his clients.", "speaker": "Ruth Okonjo"},
         {"text": "You took their savings for your own use,", "speaker": "Ruth Okonjo"}],
        # (the words before the second name are no title of it: they stop at the verb)
        id="the-judge-is-who-the-article-titled-judge-not-whom-she-told"),
    pytest.param(
        "Tom and Anna Whitley had run the shop for 20 years.\n\n"
        'Anna Whitley said neighbours helped. "People brought food," she said.\n\n'
        'Mr. Whitley said the couple hoped to reopen. "We are not done yet," he said.',
        [{"text": "People brought food,", "speaker": "Anna Whitley"},
         {"text": "We are not done yet,", "speaker": "Tom Whitley"}],
        id="a-couple-sharing-a-surname-are-two-people-told-apart-by-gender"),
    pytest.param(
        'The letter was signed by Carol Ames. "We were not told," the letter read.\n\n'
        'Ames has since sued the district. The district "punished Ms. Ames for doing her job," the complaint states.',
        [{"text": "We were not told,", "speaker": "the letter"},
         {"text": "punished Ms. Ames for doing her job,", "speaker": "the complaint"}],
        id="a-document-is-no-other-kind-of-document-quoted-before"),
    pytest.param(
        'Prime Minister Anders Holm met Foreign Minister Karin Vogt on Wednesday. "There is no rift," the prime '
        'minister said.',
        [{"text": "There is no rift,", "speaker": "Anders Holm"}],
        id="the-prime-minister-is-no-foreign-minister"),
    pytest.param(
        'Prosecutor Helen Marsh addressed District Judge Ruth Kellerman. The judge refused bail. "The risk is too '
        'great," she said.',
        [{"text": "The risk is too great,", "speaker": "Ruth Kellerman", "speaker_mention": "she"}],
        id="she-is-the-judge-the-sentence-before-was-about"),
    pytest.param(
        '"I wanted to make people angry," Amara Nwosu said in an interview.',
        [{"text": "I wanted to make people angry,", "speaker": "Amara Nwosu", "speaker_kind": "person"}],
        # (a first name no list knows, the NER's body: the article's people have her)
        id="a-person-the-ner-called-a-body-is-still-a-person"),
    pytest.param(
        'Senator Maria Okafor did not attend the hearing on Tuesday.\n\n'
        'The statement from her office read: "The senator remains committed to the families of Riverside."',
        [{"text": "The senator remains committed to the families of Riverside.", "speaker": "Maria Okafor's office",
          "speaker_mention": "her office"}],
        id="a-reporting-verb-tagged-a-noun-after-a-document-s-from"),
    pytest.param(
        'Uber faced criticism on Monday. Its senior vice president said the company would "dig up dirt" on critics.',
        [{"text": "dig up dirt", "speaker": "Its senior vice president"}],
        id="its-owner-is-left-as-written"),
    pytest.param(
        'Mark Obi trained in Lyon. "He had so many projects," his friend Mahamat Saleh Oumar said.',
        [{"text": "He had so many projects,", "speaker": "Mahamat Saleh Oumar"}],
        id="a-possessed-thing-with-a-name-is-no-owner-s"),
    pytest.param(
        "“Lock her up!” the crowd chanted. “We will appeal this decision,” the statement said.",
        [{"text": "Lock her up!", "speaker": "the crowd", "speaker_kind": "group"},
         {"text": "We will appeal this decision,", "speaker": "the statement", "speaker_kind": "organisation"}],
        id="a-crowd-is-a-group-a-statement-no-crowd"),
    pytest.param(
        '"The president has lost the confidence of his own party," the newspaper said in an editorial.',
        [{"text": "The president has lost the confidence of his own party,", "speaker": "the newspaper"}],
        id="the-newspaper"),
    pytest.param(
        '"He will be vindicated when the facts come out," a top Trump surrogate told reporters on Tuesday.',
        [{"text": "He will be vindicated when the facts come out,", "speaker": "a top Trump surrogate",
          "speaker_mention": "a top Trump surrogate"}],
        id="a-top-trump-surrogate"),
    pytest.param(
        '"Nobody in Ankara believes the ceasefire will hold," a Western diplomat told AFP.',
        [{"text": "Nobody in Ankara believes the ceasefire will hold,", "speaker": "a Western diplomat",
          "cue": "told"}],
        id="anonymous-diplomat"),
    pytest.param(
        'An official of the Turkish defence ministry quoted by Reuters said the troops "will stay".',
        [{"text": "will stay", "speaker": "An official of the Turkish defence ministry", "kind": "partial"}],
        id="the-outlet-that-quotes-a-source-is-no-part-of-it"),
    pytest.param(
        '"We will stay," said a member of the delegation cited by AFP.',
        [{"text": "We will stay,", "speaker": "a member of the delegation"}],
        id="the-outlet-that-cites-a-source-is-no-part-of-it"),
    pytest.param('"We are gratified by the result," Donald Trump’s campaign manager said on Tuesday.',
                 [{"text": "We are gratified by the result,", "speaker": "Donald Trump’s campaign manager"}],
                 id="a-name-s-aide-is-not-the-name"),
    pytest.param("Keir Starmer spoke on Monday.\n\nMr. Starmer's spokesman told reporters that the government \"stands by every word.\"",
                 [{"text": "stands by every word.", "speaker": "Mr. Starmer's spokesman", "kind": "partial"}],
                 id="an-honoured-name-s-aide-is-not-the-name"),
    pytest.param('Prime Minister Keir Starmer spoke in Leeds on Monday.\n\n"We will not be deterred," the minister said.',
                 [{"text": "We will not be deterred,", "speaker": "Keir Starmer", "speaker_mention": "the minister"}],
                 id="a-title-makes-a-person-of-a-first-name-no-list-knows"),
    pytest.param('But the opposition leader, Kemi Badenoch, called the budget "a disaster for working families."',
                 [{"text": "a disaster for working families.", "speaker": "Kemi Badenoch", "kind": "partial"}],
                 id="a-name-set-off-after-a-person-s-noun-is-the-person-whatever-the-ner-called-it"),
    pytest.param('In a post on X, the Chancellor of the Exchequer, Rachel Reeves, wrote: "Tough choices now mean a stronger economy later."',
                 [{"text": "Tough choices now mean a stronger economy later.", "speaker": "Rachel Reeves"}],
                 id="a-capitalised-title-with-a-complement-then-the-name-set-off"),
    pytest.param("Britain's prime minister, Keir Starmer, struck a defiant tone on Monday.\n\n"
                 '"We will not be deterred," the prime minister said.',
                 [{"text": "We will not be deterred,", "speaker": "Keir Starmer", "speaker_kind": "person"}],
                 id="a-name-set-off-after-a-role-in-a-paragraph-read-without-a-parse"),
    pytest.param('"We will not be deterred," the prime minister said.',
                 [{"text": "We will not be deterred,", "speaker": "the prime minister", "speaker_kind": "person"}],
                 id="a-lower-case-role-the-tagger-called-a-proper-noun-is-a-person"),
    pytest.param('Apple said in a statement that it "strongly disagrees" with the ruling.\n\n'
                 '"We have always complied with the law," the company said.',
                 [{"text": "strongly disagrees", "speaker": "Apple"},
                  {"text": "We have always complied with the law,", "speaker": "Apple", "speaker_mention": "the company",
                   "speaker_kind": "organisation"}],
                 id="a-body-s-noun-stands-for-the-body-quoted-just-before"),
    pytest.param('The Illinois Board of Elections said the petition was "valid."\n\n'
                 '"The rules are clear," the commission said.',
                 [{"text": "valid.", "speaker": "The Illinois Board of Elections"},
                  {"text": "The rules are clear,", "speaker": "the commission"}],
                 id="a-body-s-noun-is-not-a-body-its-name-calls-otherwise"),
    pytest.param('"Rest, and then Wimbledon," Williams said.\n\n'
                 'The tournament director, who declined to give her name, said ticket sales were "the best in a decade."',
                 [{"text": "Rest, and then Wimbledon,", "speaker": "Williams"},
                  {"text": "the best in a decade.", "speaker": "The tournament director", "speaker_kind": "anonymous"}],
                 id="a-role-whose-holder-chose-not-to-be-named-is-no-one-named-before"),
    pytest.param("Rachel Hoff wrote to the platform committee. “The party must change,” Hoff’s letter said.",
                 [{"text": "The party must change,", "speaker": "Rachel Hoff"}], id="a-name-s-letter-is-the-name-s"),
    pytest.param(
        '"Hi Americans! Donald Trump may become your president!" a welcome message on the website reads.',
        [{"text": "Hi Americans! Donald Trump may become your president!",
          "speaker": "a welcome message on the website"}],
        id="a-noun-that-is-also-a-reporting-verb-is-the-speaker"),
    pytest.param(
        '"What if Donald Trump had elocution lessons?" the 43-year-old asked in the video\'s description.',
        [{"text": "What if Donald Trump had elocution lessons?", "speaker": "the 43-year-old"}],
        id="an-age-is-who-not-when"),
    pytest.param(
        'A senior administration official said the talks were "going nowhere" and would end on Friday.',
        [{"text": "going nowhere", "speaker": "A senior administration official", "kind": "partial"}],
        id="anonymous-official-partial"),
    pytest.param(
        '"We are monitoring the situation closely," the Kremlin said in a statement on Wednesday.',
        [{"text": "We are monitoring the situation closely,", "speaker": "the Kremlin"}],
        id="the-kremlin"),
    pytest.param(
        'The soldiers replied: "For the heroes of glory!"',
        [{"text": "For the heroes of glory!", "speaker": "The soldiers"}],
        id="group-speaker"),
    pytest.param('A source close to the governor said the plan was "dead on arrival."',
                 [{"text": "dead on arrival.", "speaker": "A source close to the governor",
                   "speaker_kind": "anonymous"}],
                 id="a-source-close-to-keeps-whom-it-is-close-to"),
    pytest.param('"We are worried," said one well-connected Democrat familiar with the Clinton campaign\'s plans, who '
                 "requested anonymity.",
                 [{"text": "We are worried,",
                   "speaker": "one well-connected Democrat familiar with the Clinton campaign's plans"}],
                 id="a-party-member-familiar-with-someone-is-not-that-someone"),
    pytest.param('Sources close to the mayor are confident about the budget. "We will keep talking," they said.',
                 [{"text": "We will keep talking,", "speaker": "Sources close to the mayor", "speaker_mention": "they"}],
                 id="they-names-the-whole-group-close-to-someone"),
    pytest.param('"We are shifting resources to Iowa," Spokeswoman Haley Morris says.',
                 [{"text": "We are shifting resources to Iowa,", "speaker": "Haley Morris", "speaker_kind": "person",
                   "speaker_titles": ["Spokeswoman"]}],
                 id="a-role-then-a-first-name-is-a-person-whatever-the-ner-said"),
]


@pytest.mark.parametrize("text, expected", NOMINAL_CASES)
def test_nominal_speakers(nlp_en, text, expected):
    check(text, expected, nlp_en)


@pytest.mark.parametrize("text, quoted, mention", [
    pytest.param("Drivers in Arizona saw new signs this week.\n\n"
                 "Another advised, “Aggressive driving is the path to the Dark Side.”",
                 "Aggressive driving is the path to the Dark Side.", "Another",
                 id="another-with-no-source-before"),
    pytest.param("Supporters gave each other high-fives as they celebrated. Some chanted “USA! USA!” in the ballroom.",
                 "USA! USA!", "Some", id="a-bare-quantifier"),
])
def test_a_speaker_that_is_a_bare_word_names_nobody(nlp_en, text, quoted, mention):
    """The quote stays, resting on its words ('Some'), but no bare word is a speaker's name."""
    quotes = [q for q in extract(text, lang="en", nlp=nlp_en) if q.text == quoted]
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [(None, mention)]


@pytest.mark.parametrize("text, quoted", [
    pytest.param("Ironically, the country's newly elected president, Rodrigo Duterte, has been called the "
                 '"Trump of the East" for his remarks about drug dealers.',
                 "Trump of the East", id="has-been-called"),
    pytest.param("The interview set off a panic within GOP circles this week, and Republican National Committee "
                 "Chairman Reince Priebus was said to be “furious” with Trump.",
                 "furious", id="was-said-to-be"),
    pytest.param("In 2012, the late Governor Ann Reyes helped her party by sending what has been described as a "
                 "“volunteer brigade” to the county.",
                 "volunteer brigade", id="what-has-been-described-as"),
])
def test_who_was_described_did_not_say_it(nlp_en, text, quoted):
    """A passive reporting verb with no agent says what the subject was
    called, not what it said: the run keeps its cue and gets no speaker."""
    quotes = [q for q in extract(text, lang="en", nlp=nlp_en) if q.text == quoted]
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [(None, None)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ever since Bernie Sanders announced his candidacy last year, he's said the same thing at every "
                 'rally: "It\'s not about me, it\'s about us."',
                 [{"text": "It's not about me, it's about us.", "speaker": "Bernie Sanders", "speaker_mention": "he"}],
                 id="he-s-said-is-he-has-said"),
    pytest.param("Bornstein's earlier letter on Trump was widely ridiculed for its prediction that Trump would be "
                 "“the healthiest individual ever elected to the presidency.”",
                 [{"text": "the healthiest individual ever elected to the presidency.", "speaker": "Bornstein"}],
                 id="words-in-a-clause-of-their-own"),
])
def test_a_passive_that_is_no_description_keeps_its_speaker(nlp_en, text, expected):
    check(text, expected, nlp_en)


NESTED_CLAUSE_CASES = [
    # A relative clause is a wall only when someone speaks in it.
    pytest.param("Warren says some limits on speech protect the public. She notes that the right to speak "
                 "comes with the limitation that you can't shout “fire” in a crowded hall.",
                 [{"text": "fire", "speaker": "Warren", "speaker_mention": "She", "cue": "notes"}],
                 id="a-generic-you-under-a-report"),
    pytest.param('Lopez said the bill was a gesture intended to highlight "the double standard of the majority" '
                 "on tax relief.",
                 [{"text": "the double standard of the majority", "speaker": "Lopez", "cue": "said"}],
                 id="a-thing-that-borrows-a-subject"),
    pytest.param('The senator praised the findings, which an FBI review said were "beyond doubt" at the time.',
                 [{"text": "beyond doubt", "speaker": "an FBI review"}],
                 id="a-thing-that-is-the-verb-s-own-subject-speaks"),
    # A thing that cannot speak passes a participle's words to the clause above it.
    pytest.param("Bernie Sanders has promised to stay in the race until the convention. He sent out a fundraising "
                 "email as the platform committee meeting began vowing to “fight for every vote” in the last primary.",
                 [{"text": "fight for every vote", "speaker": "Bernie Sanders", "speaker_mention": "He"}],
                 id="a-meeting-does-not-vow"),
    pytest.param('A campaign memo was released as the polls closed stating that the defeat was "long anticipated."',
                 [{"text": "long anticipated.", "speaker": "A campaign memo"}],
                 id="polls-do-not-state-a-memo-does"),
    # A participle right after a noun for someone is that someone's words.
    pytest.param('You have to go back only a decade to see a Democratic administration defending the idea that '
                 '"tight budgets can deepen a recession."',
                 [{"text": "tight budgets can deepen a recession.", "speaker": "a Democratic administration"}],
                 id="seen-defending"),
    pytest.param("The 30-second spot ends with a woman saying: “Higher taxes for you. Big money for him.”",
                 [{"text": "Higher taxes for you. Big money for him.", "speaker": "a woman"}],
                 id="ends-with-a-woman-saying"),
    pytest.param("The senator emailed supporters saying: “The struggle continues.”",
                 [{"text": "The struggle continues.", "speaker": "The senator"}],
                 id="whom-a-message-goes-to-does-not-speak"),
    # A light verb with a word for something said reports: "made the point that".
    pytest.param("Smith also made the point that the governor's plan, weakened further by the budget fight, would "
                 'make it "a tax on every family" in the state.',
                 [{"text": "a tax on every family", "speaker": "Smith", "attribution": "cue", "cue": "made"}],
                 id="made-the-point-that"),
    pytest.param("Mayor Jane Ortiz signed the budget, although she made it clear that she has \"serious doubts\" "
                 "about two of its cuts.",
                 [{"text": "serious doubts", "speaker": "Jane Ortiz", "speaker_mention": "she", "attribution": "cue"}],
                 id="made-it-clear-that"),
    pytest.param('He concludes that these reasons make the best case for backing the nominee and that it is not an '
                 'option to "refuse to vote for the only person who can stop them."',
                 [],
                 id="reasons-make-no-case-of-their-own"),
    # A person's word for something said, right before "that" and the quote, is theirs.
    pytest.param('Even as Elizabeth Warren was criticizing the bank, she came under fire from Democrats over her '
                 'assertion during the forum that "the economy is finally where it should be" in the long run.',
                 [{"text": "the economy is finally where it should be", "speaker": "Elizabeth Warren",
                   "speaker_mention": "her"}],
                 id="her-assertion-during-the-forum-that"),
    pytest.param("Governor Jane Ortiz left office in May. A new political group ran its first ads in Ohio using "
                 'her comments before a Senate committee that "I was responsible for quite a bit" of the plan.',
                 [{"text": "I was responsible for quite a bit", "speaker": "Jane Ortiz", "speaker_mention": "her"}],
                 id="her-comments-before-a-committee-that"),
]


@pytest.mark.parametrize("text, expected", NESTED_CLAUSE_CASES)
def test_who_speaks_in_a_clause_inside_another(nlp_en, text, expected):
    """The clause that holds a quote may hang inside another, and the parse
    may hang it wrong. Whoever speaks in the inner clause says the words: the
    critics who say "…", a woman saying "…". A generic "you", or a thing that
    cannot speak and only borrowed its subject from the clause above ('the
    meeting began vowing'), says nothing: the outer reporter does."""
    check(text, expected, nlp_en)


# --- continuation and inheritance -----------------------------------------------------

CONTINUATION_CASES = [
    pytest.param(
        '"Our members are frustrated with the secretary," said Paul Mozloom, a spokesman for a small-business '
        'lobby. "He has been very aggressive with the overtime rule," which Mozloom thinks will lead to employers '
        'to cut back hours. "He too frequently gives the unions whatever they want."',
        [{"text": "Our members are frustrated with the secretary,", "speaker": "Paul Mozloom"},
         {"text": "He has been very aggressive with the overtime rule,", "speaker": "Paul Mozloom"},
         {"text": "He too frequently gives the unions whatever they want.", "speaker": "Paul Mozloom"}],
        # (the parse tags "Mozloom" a noun, but a person all the same)
        id="the-speaker-s-own-name-in-the-next-sentence-is-no-one-else"),
    pytest.param(
        "Although voters look to the president for leadership, Obama spoke about the need to welcome refugees.\n\n"
        "“Obama said in his speech that refugees are our neighbours. Which neighbours is he talking about? "
        "Is Obama serious?” reacted Trump.",
        [{"text": "Obama said in his speech that refugees are our neighbours. Which neighbours is he talking about? "
                  "Is Obama serious?", "speaker": "Trump", "cue": "reacted"}],
        id="a-name-after-any-verb-tags-the-quote-before-inheritance"),
    # A sentence of the writer's about no one, inside the paragraph, keeps the floor with the speaker.
    pytest.param(
        '"It has had a marvelous result," said Freddy Ortega, who also stars in the show. But the giant '
        'billboard face beaming over the theater has not hurt interest. "People come back twice."',
        [{"text": "It has had a marvelous result,", "speaker": "Freddy Ortega"},
         {"text": "People come back twice.", "speaker": "Freddy Ortega"}],
        id="a-sentence-about-no-one-keeps-the-floor"),
    pytest.param(
        "Ellen Marsh also spoke about the clinic law now before the state supreme court. (The law requires that "
        "doctors at clinics hold hospital privileges. The law also bans the pills after ten weeks.)\n\n"
        "“Access is the whole right. A right you cannot reach is no right at all.”",
        [{"text": "Access is the whole right. A right you cannot reach is no right at all.", "speaker": "Ellen Marsh"}],
        id="an-aside-in-brackets-about-no-one-passes-no-turn"),
    pytest.param(
        "Ellen Marsh also spoke about the clinic law now before the state supreme court. (Tom Reyes, who runs a "
        "clinic, says the law protects patients.)\n\n“Access is the whole right. A right you cannot reach is no "
        "right at all.”",
        [{"text": "Access is the whole right. A right you cannot reach is no right at all.", "speaker": "Tom Reyes"}],
        id="an-aside-in-brackets-that-reports-someone-gives-them-the-floor"),
    pytest.param(
        '"It has had a marvelous result," said Freddy Ortega, who also stars in the show. But his rival '
        'Juan Perez has not hurt interest. "People come back twice."',
        [{"text": "It has had a marvelous result,", "speaker": "Freddy Ortega"}],
        id="a-sentence-about-someone-else-takes-the-floor"),
    pytest.param(
        "Delegates climbed onto their chairs for a better view.\n\n"
        "“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who had waited since dawn.",
        [{"text": "This is fantastic!", "speaker": "Donald Hartley"}],
        id="a-name-after-a-verb-of-manner-tags-the-quote"),
    pytest.param(
        "At an event billed as “Hard Hats for Hillary,” Clinton unveiled a $275 billion plan. "
        "“We will rebuild our roads,” she said.",
        [{"text": "We will rebuild our roads,", "speaker": "Clinton"}],
        id="a-name-and-a-verb-with-an-object-are-no-tag"),
    pytest.param(
        "The interview opened on the newspaper story.\n\n"
        "“The Times is claiming today that you told its editors something else in January,” Hannity started.",
        [{"text": "The Times is claiming today that you told its editors something else in January,",
          "speaker": "Hannity", "cue": "started", "attribution": "cue"}],
        # (the parse makes the quoted clause the verb's complement: an object before the verb is the
        # quote; a rule's finding, not the fallback's "tag" the filter weighs)
        id="a-name-and-a-verb-whose-object-is-the-quote-before-tag-it"),
    pytest.param(
        "This makes it harder to dislodge false stories, Professor Jeffery Hemsley said. Good information can "
        'still drive out bad, but usually only when "the truth is more exciting than the lie."',
        [{"text": "the truth is more exciting than the lie.", "speaker": "Jeffery Hemsley"}],
        id="words-quoted-in-a-sentence-about-no-one-go-on-with-the-speaker-before"),
    pytest.param(
        "“He still has the friends he made in first grade,” Jane Porter has said while campaigning for her "
        "husband. That makes him “by any measure a loyal and steady man unless they were all in on it.”",
        [{"text": "He still has the friends he made in first grade,", "speaker": "Jane Porter"},
         {"text": "by any measure a loyal and steady man unless they were all in on it.", "speaker": "Jane Porter"}],
        id="a-demonstrative-subject-is-no-agent-the-speaker-before-goes-on"),
    pytest.param(
        '"Being candid is the last big hurdle for her," the aide added. "How she deals with it is an open '
        'question" in the debate that ended the senator’s bid.',
        [{"text": "Being candid is the last big hurdle for her,", "speaker": "the aide"},
         {"text": "How she deals with it is an open question", "speaker": "the aide"}],
        id="a-quote-the-reporter-s-words-run-on-from-goes-on-with-the-speaker-before"),
    pytest.param('"It was a long night," Mayor Ann Smith said. The port authority opened a "dry port" on Monday.',
                 [{"text": "It was a long night,", "speaker": "Ann Smith"}],
                 id="a-short-label-after-a-speaker-is-nobody-s"),
    pytest.param("“Tell her I promised you a picture,” Betsy Ebeling said, and her husband cut in. “Don’t forget "
                 "Betsy’s husband Tom.”",
                 [{"text": "Tell her I promised you a picture,", "speaker": "Betsy Ebeling"},
                  {"text": "Don’t forget Betsy’s husband Tom.", "speaker": "Betsy Ebeling's husband"}],
                 id="a-second-speaker-coordinated-after-the-tag-takes-the-floor"),
    pytest.param(
        '"We will hold Iran accountable for its actions," Secretary of State Mike Pompeo said. '
        '"Our patience has limits.\n'
        '"The regime knows it, and the world knows it."',
        [{"text": "We will hold Iran accountable for its actions,", "speaker": "Mike Pompeo"},
         {"text": "Our patience has limits.", "speaker": "Mike Pompeo"},
         {"text": "The regime knows it, and the world knows it.", "speaker": "Mike Pompeo",
          "attribution": "continuation"}],
        id="paragraph-reopened"),
    pytest.param(
        'Chancellor Angela Merkel said: "Europe cannot take in another million refugees.\n'
        '"We need a political solution in Syria, and we need it now."\n',
        [{"text": "Europe cannot take in another million refugees.", "speaker": "Angela Merkel"},
         {"text": "We need a political solution in Syria, and we need it now.", "speaker": "Angela Merkel",
          "attribution": "continuation"}],
        id="colon-then-paragraph-reopened"),
    pytest.param(
        'Governor Maria Alvarez unveiled the budget on Monday. "We will put two billion dollars into schools. '
        'Nothing like it has been tried.\n\n"It will hire 4,000 teachers by the fall," she said.',
        [{"text": "We will put two billion dollars into schools. Nothing like it has been tried.",
          "speaker": "Maria Alvarez", "attribution": "continuation"},
         {"text": "It will hire 4,000 teachers by the fall,", "speaker": "Maria Alvarez", "attribution": "cue"}],
        id="tag-in-the-paragraph-that-reopens-the-quote"),
    pytest.param(
        '"We did nothing wrong," Senator Lindsey Graham said. "The investigation is a witch hunt."',
        [{"text": "We did nothing wrong,", "speaker": "Lindsey Graham"},
         {"text": "The investigation is a witch hunt.", "speaker": "Lindsey Graham", "cue": None}],
        id="cueless-inherits"),
    pytest.param(
        '"We did nothing wrong," Senator Lindsey Graham said.\n'
        '"The investigation is a witch hunt, and everyone knows it."',
        [{"text": "We did nothing wrong,", "speaker": "Lindsey Graham"},
         {"text": "The investigation is a witch hunt, and everyone knows it.", "speaker": "Lindsey Graham"}],
        id="cueless-next-paragraph-inherits"),
    pytest.param(
        "Nobody knows what the plan will cost, since Mayor Ada Stone spoke only in broad strokes at the briefing.\n\n"
        '"We will rebuild every school in this city."\n\n"Nobody will be left behind."',
        [{"text": "We will rebuild every school in this city.", "speaker": "Ada Stone"},
         {"text": "Nobody will be left behind.", "speaker": "Ada Stone"}],
        id="spoke-in-then-her-words"),
    pytest.param(
        '"We will win Ohio," Donald Trump said.\n'
        'Then, "We will win the whole country."',
        [{"text": "We will win Ohio,", "speaker": "Donald Trump"},
         {"text": "We will win the whole country.", "speaker": "Donald Trump"}],
        id="linking-word-keeps-inheritance"),
    pytest.param(
        '"We did nothing wrong," Senator Lindsey Graham said. The committee voted 12-10 along party lines '
        'on Tuesday. "This is only the beginning of the process."',
        [{"text": "We did nothing wrong,", "speaker": "Lindsey Graham"}],
        id="subject-change-breaks-inheritance"),
    pytest.param(
        '“We are going to build a wall,” Donald Trump added. He then had a question for the crowd.\n'
        '“Who’s going to pay for it?”',
        [{"text": "We are going to build a wall,", "speaker": "Donald Trump"},
         {"text": "Who’s going to pay for it?", "speaker": "Donald Trump", "speaker_mention": "He"}],
        id="sentence-about-the-speaker-keeps-inheritance"),
    pytest.param(
        '“It goes in here and goes out here,” Tom Ebeling said. Betsy Ebeling shook her head. '
        '“Tom’s much better about it than I am.”',
        [{"text": "It goes in here and goes out here,", "speaker": "Tom Ebeling"},
         {"text": "Tom’s much better about it than I am.", "speaker": "Betsy Ebeling"}],
        # (not Tom's: the sentence about Betsy leads to her words)
        id="sentence-about-someone-with-the-same-surname-breaks-inheritance"),
    pytest.param('The judge then turned to me. "Mr. Smith?" I had prepared a short statement to read, but '
                 "decided on the spur of the moment to speak freely.",
                 [{"text": "Mr. Smith?", "speaker": "The judge"}],
                 # (the clause after the quote is no tag; the sentence before, about the judge, leads to his words)
                 id="a-clause-after-the-quote-is-no-tag-the-sentence-before-leads"),
    pytest.param(
        '"We did nothing wrong," Senator Lindsey Graham said.\n'
        "Democrats on the committee voted against the report on Tuesday.\n"
        '"This is only the beginning of the process."',
        [{"text": "We did nothing wrong,", "speaker": "Lindsey Graham"}],
        id="subject-change-paragraph-breaks-inheritance"),
    pytest.param(
        "Attorney General Loretta Lynch announced new charges against the bank on Monday. "
        '"We are sending a clear message to Wall Street."',
        [{"text": "We are sending a clear message to Wall Street.", "speaker": "Loretta Lynch"}],
        id="reporting-sentence-introduces"),
    # A cue with nothing reported introduces a sentence that is the quote,
    # not one with words of its own before the quote.
    pytest.param(
        "In 1998, Nevada swung to the Democrats, as Latino voters responded to Republican efforts to cut "
        'services for immigrants. Republicans soon learned that the "safe West" no longer gave them the state.',
        [{"text": "safe West", "speaker": "Republicans"}],
        id="reporting-sentence-does-not-introduce-a-sentence-with-its-own-subject"),
    pytest.param(
        "Economists would get a natural experiment in how markets respond when the state forces firms to pay "
        'more. It would test the pillars of the "trickle-up" economics the campaign promotes.',
        [], id="reporting-sentence-does-not-introduce-the-writers-own-sentence"),
    # (nor does a sentence the parse ended on a middle initial)
    pytest.param(
        'In 2013, the senator all but accused then-Fed Chair Ben S. Bernanke of trying to "debase" the dollar.',
        [{"text": "debase", "speaker": "the senator", "attribution": "cue"}],
        id="no-sentence-ends-on-a-middle-initial"),
    # 'As for X, she …': the pronoun takes up the topic, not the speaker before
    pytest.param(
        'Elizabeth Warren called the deal "a disgrace." As for Hillary Clinton, she said the plan was "unworkable."',
        [{"text": "a disgrace.", "speaker": "Elizabeth Warren"}, {"text": "unworkable.", "speaker": "Hillary Clinton"}],
        id="as-for-x-she"),
    pytest.param(
        "In response to the attack, Republican presidential nominee Donald Trump issued the following statement:\n"
        "“Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.”",
        [{"text": "Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue.",
          "speaker": "Donald Trump", "attribution": "colon"}],
        id="colon-paragraph-without-speech-verb"),
    pytest.param(
        '"The key demographic is African American women," said Jaime Harrison, chair of the South Carolina '
        'Democratic Party. "Sanders has to do the \'Carolina two-step\'" - increasing his name recognition.',
        [{"text": "The key demographic is African American women,", "speaker": "Jaime Harrison"},
         {"text": "Sanders has to do the 'Carolina two-step'", "speaker": "Jaime Harrison"}],
        id="verbless-fragment-after-quote-keeps-inheritance"),
    pytest.param(
        '"Voters are angry," said Kate Lowry, a pollster for the campaign. "They like his message, but they are '
        'not sold yet" to back him in November.',
        [{"text": "Voters are angry,", "speaker": "Kate Lowry"},
         {"text": "They like his message, but they are not sold yet", "speaker": "Kate Lowry"}],
        id="infinitive-after-quote-keeps-inheritance"),
    pytest.param(
        'Hale, the mayor\'s lawyer, argues that his client broke no law. "The state claims that her '
        'emails to the council" were an abuse of office. "She was asking for help, nothing more."',
        [{"text": "The state claims that her emails to the council", "speaker": "Hale"},
         {"text": "She was asking for help, nothing more.", "speaker": "Hale"}],
        id="quote-as-subject-keeps-inheritance"),
    pytest.param(
        "Wait, it gets better:\n"
        '"By law, the president every fiscal year sets the maximum number of refugees."',
        [], id="colon-paragraph-introducing-nobody"),
    pytest.param(
        "MSNBC reporter Jane Roe tweeted the transcript of the full exchange between Mitchell and Miller for "
        "context:\n\nMiller is not the first (and won’t be the last) person to reduce a woman’s experience to the "
        "act of “whining.” And he knows it.",
        [], id="colon-paragraph-then-the-writers-own-sentence"),
    pytest.param(
        "Trade minister Maria Ramos spent years on the talks. As for Ramos, she seems satisfied that the trade pact "
        'she fought for over six years to finish took effect on her watch: "No treaty is perfect. But this one is fair."',
        [{"text": "No treaty is perfect. But this one is fair.", "speaker": "Maria Ramos", "speaker_mention": "she"}],
        id="colon-after-a-clause-about-a-thing-is-the-persons"),
    pytest.param(
        '"Good evening, I am calling for the Rivera campaign," Ann Lowe, a retired nurse, said into the phone.'
        '\n\nShe waits.\n\n"Oh, I see -."\n\nPause.\n\n"Well, thank you! Every vote counts."',
        [{"text": "Good evening, I am calling for the Rivera campaign,", "speaker": "Ann Lowe"},
         {"text": "Oh, I see -.", "speaker": "Ann Lowe"},
         {"text": "Well, thank you! Every vote counts.", "speaker": "Ann Lowe", "attribution": "inherited"}],
        id="a-pause-noted-between-lines-passes-no-turn"),
    pytest.param(
        '"I went to Wall Street before the crash. I was the one saying you are going to wreck the economy."\n'
        "- Hillary Clinton.\n"
        "Clinton tends to overstate the significance of her visit.",
        [{"text": "I went to Wall Street before the crash. I was the one saying you are going to wreck the economy.",
          "speaker": "Hillary Clinton", "attribution": "byline"}],
        id="byline-paragraph-after-quote"),
    pytest.param(
        '"The whole idea is something we hear about all the time, and it needs to stop."\n\n'
        "-Michelle Marks, Philadelphia.\n\n"
        '"She never quits."\n\n'
        "- President Obama, tweeting after the speech.",
        [{"text": "The whole idea is something we hear about all the time, and it needs to stop.",
          "speaker": "Michelle Marks", "attribution": "byline"},
         {"text": "She never quits.", "speaker": "Obama", "speaker_titles": ["President"], "attribution": "byline"}],
        id="byline-paragraph-with-a-short-description"),
    pytest.param(
        '"We made a terrible mistake getting involved in Afghanistan," Donald Trump told CNN in October.\n\n'
        'Then, later that month on CNN: "I\'ve never said we made a mistake going into Afghanistan."',
        [{"text": "We made a terrible mistake getting involved in Afghanistan,", "speaker": "Donald Trump"},
         {"text": "I've never said we made a mistake going into Afghanistan.", "speaker": "Donald Trump",
          "attribution": "inherited"}],
        id="colon-after-a-time-phrase-names-nobody-so-the-speaker-goes-on"),
    pytest.param(
        "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known "
        "candidates surge late.”",
        [{"text": "Historically, lesser-known candidates surge late.", "speaker": "Daron Shaw"}],
        id="person-object-before-a-colon-speaks-for-a-thing-subject"),
    pytest.param(
        "Signs of momentum shifts were there all along -More from Mark Blumenthal: “Data collected by our firm "
        "showed it.”",
        [{"text": "Data collected by our firm showed it.", "speaker": "Mark Blumenthal"}],
        id="dash-glued-to-more-from"),
    pytest.param(
        "The rationale these proven liars at the Washington Post use to smear these Republican threats against "
        "Hillary Clinton’s ascendency to the presidency, is a cultish blind faith in Obama’s word:\n\n"
        "“As we have explained, this is not the case.”",
        [{"text": "As we have explained, this is not the case.", "speaker": "Obama"}],
        id="named-owner-of-words-before-a-colon"),
    pytest.param(
        "Name: Gabrielle Hatcher. Pay: $5 per hour plus tips. Why she is protesting: “As a tip worker, I make a "
        "sub-minimum wage.”",
        [{"text": "As a tip worker, I make a sub-minimum wage.", "speaker": "Gabrielle Hatcher"}],
        id="a-rate-after-per-is-no-source"),
    pytest.param(
        "Frank teases out an elitist ideology underpinning Clintonism.\n\n"
        "Here’s Bill Clinton in December 1992: “Our new direction must rest on an understanding of the new "
        "realities of global competition.”",
        [{"text": "Our new direction must rest on an understanding of the new realities of global competition.",
          "speaker": "Bill Clinton", "attribution": "colon"}], id="presented-speaker-before-a-colon"),
    pytest.param(
        'Ellen Marsh spoke first. Her rival Tom Reyes said, "The law protects patients."',
        [{"text": "The law protects patients.", "speaker": "Tom Reyes", "speaker_mention": "Her rival Tom Reyes"}],
        # (the tagger makes "rival" an adjective; as the subject it is the noun the name is put beside)
        id="a-name-beside-a-possessed-role-is-the-speaker-not-the-owner"),
    pytest.param(
        "“He’s supposed to be a cheerleader for this country,” Trump said. Instead, “he just acts like a defeated man.”",
        [{"text": "He’s supposed to be a cheerleader for this country,", "speaker": "Trump"},
         {"text": "he just acts like a defeated man.", "speaker": "Trump", "attribution": "inherited"}],
        id="linking-adverb-changes-no-speaker"),
    pytest.param(
        "The health ministry said on Monday that supplies were sufficient.\n\n"
        "But a nurse at Riverside Community Hospital, who asked not to be named because she was not allowed to speak "
        "to reporters, said the ward had run out of gloves.\n\n"
        "“We are washing and reusing them,” she said.",
        [{"text": "We are washing and reusing them,", "speaker": "a nurse at Riverside Community Hospital",
          "speaker_kind": "anonymous"}],
        # (a nurse is a person described, and the hospital, three capitalised words, is no person)
        id="she-is-the-unnamed-nurse-not-the-hospital-she-works-at"),
    pytest.param(
        '"I will not seek a third term." With those words, Mayor Tom Reese announced on Thursday that he was '
        "leaving politics.",
        [{"text": "I will not seek a third term.", "speaker": "Tom Reese", "cue": "announced"}],
        id="a-sentence-taking-up-the-words-names-who-said-them"),
    pytest.param(
        'When Jan van Dijk parked his truck outside parliament on Monday, he was not thinking about the cameras. '
        '"We cannot go on like this," the 52-year-old truck driver said.',
        [{"text": "We cannot go on like this,", "speaker": "Jan van Dijk",
          "speaker_mention": "the 52-year-old truck driver"}],
        # (a name with a particle the NER called a body; "he" then the main subject, the name's gender unknown)
        id="an-age-and-an-occupation-vary-the-name-of-whom-the-lede-is-about"),
    pytest.param(
        'Goalkeeper Tomas Berg kept a clean sheet as Rovers beat Town 2-0 on Saturday.\n\n'
        '"We defended as a team," Berg said after the match.',
        [{"text": "We defended as a team,", "speaker": "Tomas Berg"}],
        id="a-capitalised-role-opening-the-sentence-is-no-part-of-the-name"),
    pytest.param(
        'Potter Elena Rossi opened her studio in Bristol in 1998. "Clay remembers everything," she says.\n\n'
        'Her son Matteo, who runs the shop, is more practical. "It also breaks," he says.',
        [{"text": "Clay remembers everything,", "speaker": "Elena Rossi"},
         {"text": "It also breaks,", "speaker": "Matteo Rossi"}],
        id="her-son-and-a-first-name-takes-her-surname"),
]


@pytest.mark.parametrize("text, expected", CONTINUATION_CASES)
def test_continuation_and_inheritance(nlp_en, text, expected):
    check(text, expected, nlp_en)


# --- resolution: pronouns, full names, relatives, passives -------------------------------

RESOLUTION_CASES = [
    pytest.param('Mayor calls budget "dead on arrival"\nBy Jane Doe\n\nMayor Tom Reyes rejected the council\'s budget on '
                 'Monday. "It is dead on arrival," Reyes told reporters outside City Hall.',
                 [{"text": "dead on arrival", "speaker": "Tom Reyes"}, {"text": "It is dead on arrival,", "speaker": "Tom Reyes"}],
                 id="a-headline-s-bare-title-is-the-one-the-story-names-so"),
    pytest.param('World leaders reacted on Friday.\n\nSarah Kent (UK): "We welcome the news."\n\n'
                 'Maria Okafor (D-Ill.): "This is overdue."',
                 [{"text": "We welcome the news.", "speaker": "Sarah Kent"}, {"text": "This is overdue.", "speaker": "Maria Okafor"}],
                 id="a-bracket-before-a-colon-says-where-the-speaker-is-from"),
    pytest.param('Karen Whitlock, whose 9-year-old son Ethan took part in the trial, said the family had gone from "living in '
                 'fear" to "living, full stop."\n\nThe decision, which parents\' groups called "life-changing," takes effect '
                 "in March.",
                 [{"text": "living in fear", "speaker": "Karen Whitlock"}, {"text": "living, full stop.", "speaker": "Karen Whitlock"},
                  {"text": "life-changing,", "speaker": "parents' groups"}],
                 # (the parse hung both subjects on the "whose" clause's verb; "groups" is a plural the
                 # lemma table leaves as it is, and groups speak)
                 id="a-subject-the-parse-gave-the-whose-clause-and-a-plural-group-that-calls"),
    pytest.param("When Amara Nwosu opened her first restaurant in a former launderette in Peckham six years ago, her bank "
                 'manager told her it would be closed within a year.\n\n"He said it very kindly," Nwosu recalls.\n\n'
                 "Her mother, Grace Nwosu, still works the pass at the Peckham site on Saturdays.",
                 [{"text": "He said it very kindly,", "speaker": "Amara Nwosu"}],
                 id="of-two-sharing-a-surname-the-one-named-first-whose-first-name-no-list-knows"),
    pytest.param('Council president Thomas \u201cTommy\u201d Reyes, who brokered the final deal, said the budget was '
                 '"fair to every neighborhood."',
                 [{"text": "fair to every neighborhood.", "speaker": "Thomas Reyes"}],
                 id="a-nickname-in-marks-inside-a-name-is-no-part-of-it"),
    pytest.param("A Western official who has been briefed on the talks, speaking on condition of anonymity to discuss "
                 "sensitive matters, said the main obstacle was the fate of roughly 400 prisoners. \"Everything else is "
                 'solvable," the official said.',
                 [{"text": "Everything else is solvable,", "speaker": "A Western official"}],
                 id="the-official-is-the-description-without-its-relative-pronoun"),
    pytest.param("A senior ministry official, who requested anonymity because he was not authorized to discuss internal "
                 "deliberations, said the decision was made after a patient received the wrong dose. \u201cThat was the "
                 "moment,\u201d he said. \u201cAfter that, nobody was going to sign off.\u201d",
                 [{"text": "That was the moment,", "speaker": "A senior ministry official"},
                  {"text": "After that, nobody was going to sign off.", "speaker": "A senior ministry official"}],
                 id="a-person-of-a-body-described-is-no-body-the-pronoun-cannot-be"),
    pytest.param('Union leader Rui Albuquerque Matos said on Thursday that the walkout could last "well into December."\n\n'
                 "The operator, Terminal Sado Logistica, said in a statement that it had offered a 4 percent raise.\n\n"
                 "Labour minister Helena Vasconcelos urged both sides on Tuesday to accept mediation. \"A port that does not "
                 'move is a country that does not move," she told parliament.\n\n'
                 'Matos dismissed the call. "Mediation is a word ministers use when they want us to stop," he said.',
                 [{"text": "well into December.", "speaker": "Rui Albuquerque Matos"},
                  {"text": "A port that does not move is a country that does not move,", "speaker": "Helena Vasconcelos"},
                  {"text": "Mediation is a word ministers use when they want us to stop,", "speaker": "Rui Albuquerque Matos"}],
                 id="a-surname-the-ner-cut-off-the-name-is-still-the-persons"),
    pytest.param('Police appealed for the violin\'s return. "Whoever has it, please, just leave it somewhere safe." The plea '
                 "came from Marchetti's former teacher, the retired violinist Ilse Brandauer, in a video posted on Thursday.",
                 [{"text": "Whoever has it, please, just leave it somewhere safe.", "speaker": "Ilse Brandauer"}],
                 id="the-sentence-after-points-back-at-the-quote-and-names-its-speaker"),
    pytest.param('"We are closer than yesterday," Tomasz Rudnicki said.\n\n"Nobody wants to be the one who walks away." '
                 "That was how one Solent delegate described the mood in the room late on Tuesday.",
                 [{"text": "We are closer than yesterday,", "speaker": "Tomasz Rudnicki"},
                  {"text": "Nobody wants to be the one who walks away.", "speaker": "one Solent delegate"}],
                 id="that-was-how-someone-described-it-names-the-speaker-not-the-one-before"),
    pytest.param("Barge operator Willem de Vries, whose family has run boats on the Rhine for four generations, said he "
                 "had already cut his loads by half. His daughter, Sanne de Vries, who co-owns the business, was blunter.\n\n"
                 '"We are losing money every day the boat moves," she said.',
                 [{"text": "We are losing money every day the boat moves,", "speaker": "Sanne de Vries"}],
                 id="she-after-a-man-who-said-he-and-a-woman-called-his-daughter"),
    pytest.param("Arvania's foreign minister, Katarina Vell, and Solent's chief negotiator, Tomasz Rudnicki, met for nearly "
                 'six hours in Geneva. "We are closer than yesterday," he said.',
                 [{"text": "We are closer than yesterday,", "speaker": "Tomasz Rudnicki"}],
                 id="he-is-not-a-woman-whose-first-name-no-list-knows"),
    pytest.param("Yukiya Amano, director general of the International Atomic Energy Agency, said the test was regrettable.\n\n"
                 '"I strongly urge North Korea to implement the resolutions," he said.',
                 [{"text": "I strongly urge North Korea to implement the resolutions,", "speaker": "Yukiya Amano"}],
                 id="a-man-s-first-name-in-a-is-no-woman-s"),
    pytest.param('Campaign manager Eric Lund said the march had been peaceful. "We planned it for weeks," he said.\n\n'
                 "Kwame Mensah, 13, of Philadelphia sold water and juice on Broad Street during the march. He said he "
                 'came up with the idea himself: "Everyone needs a drink today."',
                 [{"text": "We planned it for weeks,", "speaker": "Eric Lund"},
                  {"text": "Everyone needs a drink today.", "speaker": "Kwame Mensah", "speaker_mention": "He"}],
                 id="he-after-a-newcomer-whose-gender-no-list-knows"),
    pytest.param('Campaign manager Eric Lund said the march had been peaceful. "We planned it for weeks," he said.\n\n'
                 "Mary Brooks, 13, of Philadelphia sold water and juice on Broad Street during the march. He said "
                 'she came up with the idea herself: "Everyone needs a drink today."',
                 [{"text": "We planned it for weeks,", "speaker": "Eric Lund"},
                  {"text": "Everyone needs a drink today.", "speaker": "Eric Lund", "speaker_mention": "He"}],
                 id="he-after-a-newcomer-known-to-be-a-woman"),
    pytest.param("Lena Ortiz, 15, ran laps around the stadium while the rally went on. Her shoes were worn out.\n\n"
                 'Why was she out in the freezing rain? "My coach says I need the miles."',
                 [{"text": "My coach says I need the miles.", "speaker": "Lena Ortiz", "speaker_mention": "she"}],
                 id="the-writers-question-about-someone-answered-in-their-words"),
    pytest.param('Gov. Chris Christie spoke in Iowa on Monday. "We will win," Christie said. "It is going to be great," '
                 "the candidate added.",
                 [{"text": "We will win,", "speaker": "Chris Christie"},
                  {"text": "It is going to be great,", "speaker": "Chris Christie", "speaker_mention": "the candidate"}],
                 id="a-governor-may-still-be-the-candidate"),
    pytest.param('Mayor Ann Ross spoke in Iowa on Monday. "We will win," Ross said. "It is going to be great," '
                 "the senator added.",
                 [{"text": "We will win,", "speaker": "Ann Ross"},
                  {"text": "It is going to be great,", "speaker": "the senator"}],
                 id="a-mayor-is-not-the-senator"),
    pytest.param("Radio host Glenn Beck spoke about Donald Trump on Wednesday. “I will not vote for him,” Beck said.\n\n"
                 "Much of Beck’s ire was directed at Steve Bannon, the new campaign chief, whose website has for years "
                 "published articles that many conservatives found offensive, inflammatory and harmful to the "
                 "movement, and whose arrival at the top of the campaign surprised many longtime party officials and "
                 "donors across the country this summer.\n\n"
                 "Some saw the comments as simply part of a long opposition that began during the primaries, when "
                 "several conservative talk radio hosts broke with the party’s voters over trade, immigration and the "
                 "tone of the campaign.\n\n"
                 "The rise of Bannon gave Beck new impetus to oppose Trump and to reach out to those who might "
                 "normally oppose him politically.\n\n"
                 "He said he was “truly, gravely concerned about the direction of the country.”",
                 [{"text": "I will not vote for him,", "speaker": "Glenn Beck"},
                  {"text": "truly, gravely concerned about the direction of the country.", "speaker": "Glenn Beck",
                   "speaker_mention": "He"}],
                 id="the-last-speaker-named-again-with-no-one-else-a-subject"),
    pytest.param("After a television host was fired over comments that mocked Michelle Obama’s looks, the network’s "
                 "evening news anchor Ilia Calderón reacted with a moving letter on preparing her daughter to face "
                 "prejudice. The Colombian-born journalist expressed concern over viewers who had defended the host. "
                 "“As a minority within a minority, I’m worried to hear voices that excuse discrimination,” she tweeted.",
                 [{"text": "As a minority within a minority, I’m worried to hear voices that excuse discrimination,",
                   "speaker": "Ilia Calderón", "speaker_mention": "she"}],
                 id="her-own-possessive-tells-a-first-name-s-gender"),
    pytest.param("Ted Cruz, who won Oklahoma and Texas, is calling for some of his rivals to drop out. He declared "
                 "that as long as the field remained divided, Donald Trump would have a path to the nomination, "
                 "which he declared “a total disaster” for his party.",
                 [{"text": "a total disaster", "speaker": "Ted Cruz", "speaker_mention": "he"}],
                 id="a-clause-s-subject-does-not-take-over-the-main-subject-s-pronoun"),
    pytest.param(
        "Eight candidates went on the attack on television on Sunday.\n\n"
        "As usual, it was Maria Lopez who commanded most of the attention. Appearing on a morning show, the "
        'Democratic front-runner said her rival "caused tremendous damage" as governor.',
        [{"text": "caused tremendous damage", "speaker": "Maria Lopez",
          "speaker_mention": "the Democratic front-runner"}],
        id="a-description-varies-the-name-a-cleft-put-first"),
    pytest.param(
        "Republican front-runner Donald Trump spoke in Iowa on Monday, and Sen. Ted Cruz spoke in Ohio. "
        'Cruz attacked him. "We will win this state," the GOP front-runner said.',
        [{"text": "We will win this state,", "speaker": "Donald Trump", "speaker_mention": "the GOP front-runner"}],
        id="a-description-with-a-party-short-form-names-who-was-given-the-role"),
    pytest.param(
        "“We’re not winning yet,” Hillary Clinton said on Sunday. “There are more steps to take.”\n\n"
        "The Democratic presidential front-runner and former secretary of state said the country "
        "“clearly” needed a stronger air campaign.",
        [{"text": "We’re not winning yet,", "speaker": "Hillary Clinton"},
         {"text": "There are more steps to take.", "speaker": "Hillary Clinton"},
         {"text": "clearly", "speaker": "Hillary Clinton"}],
        id="a-hyphenated-role-word-is-a-role"),
    pytest.param(
        "NASHUA, N.H. - At the moment Chris Christie learned he had been bumped off the main debate stage, he "
        "was clocking his 44th day on the campaign trail here. Sooner or later, the New Jersey governor told "
        'reporters, "it starts to pay off."',
        [{"text": "it starts to pay off.", "speaker": "Chris Christie"}],
        id="a-description-varies-a-name-whose-pronoun-is-the-main-subject"),
    pytest.param(
        "One month after announcing his support for Donald Trump, Marco Rubio still believes that the "
        "presumptive GOP nominee is unfit to lead. “I stand by everything I said during the campaign,” the "
        "Florida senator told the magazine on Thursday.",
        [{"text": "I stand by everything I said during the campaign,", "speaker": "Marco Rubio"}],
        id="a-description-with-a-place-varies-the-name-the-sentence-before-was-about"),
    pytest.param(
        "Sen. Marco Rubio responded first, ripping into President Barack Obama late Tuesday night.\n\n"
        '"North Korea is run by a lunatic," the Florida senator and Republican presidential candidate said.\n\n'
        "Sen. Bernie Sanders, the independent Vermont senator, was more measured.",
        [{"text": "North Korea is run by a lunatic,", "speaker": "Marco Rubio"}],
        id="an-object-titled-with-another-role-does-not-hold-the-description"),
    pytest.param(
        "Florida Sen. Bill Nelson toured the base on Monday. Marco Rubio still believes the deal is bad. "
        "“I stand by everything I said,” the Florida senator told the magazine.",
        [{"text": "I stand by everything I said,", "speaker": "Bill Nelson"}],
        id="a-description-the-article-gives-another-person-is-theirs"),
    pytest.param(
        "Senate leader Mitch McConnell has warned colleagues about Donald Trump for weeks.\n\n"
        "In every contest so far, Democratic turnout has been down while Republican turnout was up. "
        'Trump brags that is good news for Republicans. "GROWING PARTY," he declared in a tweet after the primary.',
        [{"text": "GROWING PARTY,", "speaker": "Donald Trump"}],
        id="a-surname-parsed-as-a-compound-before-a-reporting-verb-is-the-subject"),
    pytest.param(
        "Maria Lopez says she is under attack because of her rise in the polls.\n\n"
        '"There\'s no question I\'m getting special scrutiny," the Democratic presidential candidate told NBC on Sunday.',
        [{"text": "There's no question I'm getting special scrutiny,", "speaker": "Maria Lopez",
          "speaker_mention": "the Democratic presidential candidate"}],
        id="a-description-no-one-is-given-varies-the-name-an-earlier-sentence-was-about"),
    pytest.param(
        "The judge rubbed his chin, and then said something strange. He made the observation that there was no real "
        "disagreement; he and Brafman had basically said the same thing. “Everything that you have said and "
        "everything that I have said,” the judge exclaimed.",
        [{"text": "Everything that you have said and everything that I have said,", "speaker": "the judge"}],
        id="a-description-met-on-its-own-before-the-name-stays-its-own-person"),
    pytest.param(
        "In his statement on Saturday, Senator Bernie Sanders went further in trying to hold Governor Rick Snyder "
        'accountable.\n\n"There are no excuses," he said.',
        [{"text": "There are no excuses,", "speaker": "Bernie Sanders"}],
        id="he-is-the-main-subject-not-the-subject-of-a-clause-inside-its-sentence"),
    pytest.param(
        "Actor Tim Allen answered questions from reporters on Friday.\n\nThe sitcom, which airs on Fridays, follows a "
        "marketing director at a sporting goods store in Denver who holds strong opinions about the economy, the "
        "government and the changing habits of his three daughters, and its ratings have held steady through five "
        "seasons even as the network moved it twice and trimmed its budget before the most recent season began "
        "shooting in Los Angeles last summer.\n\nWhen the interview steered Allen toward the presidential race, he "
        "offered his thoughts on Republican front-runner Donald Trump’s appeal among loyal supporters.\n\n"
        "“I think it’s funny,” he said.",
        [{"text": "I think it’s funny,", "speaker": "Tim Allen"}],
        id="he-continues-the-he-the-sentence-before-is-about"),
    pytest.param("Sen. Bernie Sanders criticized the health law on Tuesday.\n\n"
                 "He made the criticism while showing support for Hillary Clinton’s “public option”, which would "
                 "allow people aged 55 to 65 to buy into Medicare directly.",
                 [{"text": "public option", "speaker": "Bernie Sanders", "speaker_mention": "He"}],
                 id="a-relative-on-the-run-names-no-speaker"),
    pytest.param("Trump repeated the insult at a rally in New Hampshire.\n\n"
                 "The woman who started it all told CNN she is a 52-year-old resident named Caroline.\n\n"
                 "“He truly cares about the American people,” she said of Trump.",
                 [{"text": "He truly cares about the American people,", "speaker": "Caroline", "speaker_mention": "she"}],
                 id="she-is-the-first-name-after-named"),
    pytest.param("Hillary Clinton campaigned in Iowa on Monday.\n\n"
                 "Sanders advisers say there have been few talks. But his wife, Jane, offered a preview of his "
                 "thinking in an interview.\n\n"
                 "“If he is president, he wants to keep this movement going,” she said.",
                 [{"text": "If he is president, he wants to keep this movement going,", "speaker": "Jane",
                   "speaker_mention": "she"}],
                 id="she-is-the-first-name-after-a-kin-word"),
    pytest.param("Clinton’s campaign is seeking to contrast her approach with what they call Republican Donald "
                 "Trump’s “self-centered message.”",
                 [{"text": "self-centered message.", "speaker": "Clinton’s campaign", "speaker_mention": "they"}],
                 id="they-is-the-campaign"),
    pytest.param("Senate Democrats blocked the bill because they said the language was an untenable “poison pill.”",
                 [{"text": "poison pill.", "speaker": "Democrats", "speaker_mention": "they"}],
                 id="they-in-the-sentence-of-its-antecedent"),
    pytest.param("Barden now helps lead a program called Sandy Hook Promise. The group seeks to prevent gun deaths "
                 "through the enactment of what it calls “sensible gun safety measures.”",
                 [{"text": "sensible gun safety measures.", "speaker": "The group", "speaker_mention": "it"}],
                 id="it-is-the-body-that-is-the-subject"),
    pytest.param("The editorial board praised Haley. “The attacks on Ms. Haley show that many on the right oppose "
                 "any immigrants,” they conclude.",
                 [{"text": "The attacks on Ms. Haley show that many on the right oppose any immigrants,",
                   "speaker": "The editorial board", "speaker_mention": "they"}],
                 id="they-is-the-board-before"),
    pytest.param('You could call it "the worst recession in memory," if you wanted to.',
                 [], id="generic-you-is-no-speaker-name"),
    pytest.param(
        "Team Trump was busy on Monday. Donald Trump spoke in Ohio.\n\n"
        '"We will win this state," Trump said.',
        [{"text": "We will win this state,", "speaker": "Donald Trump"}],
        id="a-surname-stands-for-the-name-that-opens-with-a-first-name"),
    pytest.param(
        "Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one of four Americans killed in Benghazi, discussed "
        "the controversy with radio host Hugh Hewitt on Thursday.\n\n"
        "Though empathetic with their grief, Woods said she does not believe the Khans should be immune from "
        "criticism.\n\n"
        "“First and foremost,” she told Hewitt, “I would never, ever want to wish a Gold Star status on anyone.”",
        [{"text": "First and foremost,", "speaker": "Dorothy Woods", "speaker_mention": "she"},
         {"text": "I would never, ever want to wish a Gold Star status on anyone.", "speaker": "Dorothy Woods"}],
        id="she-after-a-surname-two-people-share-is-the-one-named-first"),
    pytest.param(
        "Ed Rendell, a former governor, backed Clinton early. In the months since, Rendell said that Sanders "
        'supporters have targeted superdelegates with "vile emails and threatening emails."\n\n'
        '"You can\'t trash us in February and then come back and tell us how much you love us in May," he said.',
        [{"text": "vile emails and threatening emails.", "speaker": "Ed Rendell"},
         {"text": "You can't trash us in February and then come back and tell us how much you love us in May,",
          "speaker": "Ed Rendell", "speaker_mention": "he"}],
        id="he-after-a-surname-tagged-org-is-that-person"),
    pytest.param(
        '"So I understand that he is feeling defensive," Ted Cruz said.\n\n'
        "Cruz spokesman Rick Tyler said that the campaign will highlight contrasts between Cruz and Trump "
        'so that voters can be confident that Cruz has "guiding principles to make critical decisions," he said.',
        [{"text": "So I understand that he is feeling defensive,", "speaker": "Ted Cruz"},
         {"text": "guiding principles to make critical decisions,", "speaker": "Rick Tyler", "speaker_mention": "he"}],
        id="pronoun-of-the-one-who-speaks-in-its-sentence"),
    pytest.param(
        "“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus, on Friday. "
        "Donald Trump has spoken of little else this week.\n\n"
        "“I have been doing a lot of thinking,” added Rep. Jim Clyburn, the assistant leader of the caucus.\n\n"
        "Trump has record low support from black voters. He recently pitched himself to them.\n\n"
        "“What do you have to lose by trying something new like Trump?” he said in August.",
        [{"text": "This is a disgusting day,", "speaker": "G.K. Butterfield"},
         {"text": "I have been doing a lot of thinking,", "speaker": "Jim Clyburn"},
         {"text": "What do you have to lose by trying something new like Trump?", "speaker": "Donald Trump"}],
        id="a-surname-opening-an-unquoted-paragraph-takes-the-pronoun"),
    pytest.param(
        "Donald Trump spoke in Iowa on Monday.\n\n"
        "Amanda Carpenter, a former aide to Sen. Ted Cruz, was one of the first to cheer on the idea.\n\n"
        "“Has anyone compiled the definitive list of Trump flip-flops yet?” she wrote.",
        [{"text": "Has anyone compiled the definitive list of Trump flip-flops yet?", "speaker": "Amanda Carpenter"}],
        id="a-person-introduced-in-an-unquoted-paragraph-by-a-census-first-name"),
    pytest.param(
        '"We\'ve had problems with cyber intrusions from Russia in the past," President Barack Obama said after '
        'meeting with Russian President Vladimir Putin. He didn\'t suggest retaliation. "Our goal is not to '
        'duplicate a cycle of escalation."',
        [{"text": "We've had problems with cyber intrusions from Russia in the past,", "speaker": "Barack Obama"},
         {"text": "Our goal is not to duplicate a cycle of escalation.", "speaker": "Barack Obama"}],
        id="a-name-that-is-no-subject-does-not-take-the-pronoun-over"),
    pytest.param(
        "“It is a fair worry, because they care a great deal,” Jane Fonda, 78, told CNN on Tuesday.\n\n"
        "Asked about her own vote in the event that Clinton faces Republican candidate Trump, who has insulted "
        "veterans, she replied: “I have not decided. I will wait and see.”",
        [{"text": "It is a fair worry, because they care a great deal,", "speaker": "Jane Fonda"},
         {"text": "I have not decided. I will wait and see.", "speaker": "Jane Fonda"}],
        id="no-one-named-inside-an-opening-participle-is-the-pronoun-after-it"),
    pytest.param(
        "Donald Trump spoke in Iowa on Monday.\n\n"
        "When Maria Lopez arrived in Des Moines on Tuesday, she said: “I have not decided. I will wait and see.”",
        [{"text": "I have not decided. I will wait and see.", "speaker": "Maria Lopez"}],
        id="the-subject-of-an-opening-clause-of-its-own-is-the-pronoun-after-it"),
    pytest.param(
        "Ted Cruz spoke in Iowa on Monday.\n\n"
        "“That can go a long way toward building good relationships,” said a senior Cruz adviser.\n\n"
        "“We are not there yet,” said a spokesman for Bernie Sanders.\n\n"
        "“It is a tough area,” said one Clinton aide.",
        [{"text": "That can go a long way toward building good relationships,", "speaker": "a senior Cruz adviser"},
         {"text": "We are not there yet,", "speaker": "a spokesman for Bernie Sanders"},
         {"text": "It is a tough area,", "speaker": "one Clinton aide"}],
        id="an-aide-described-by-whom-they-serve-is-not-the-one-they-serve"),
    pytest.param(
        "His bailout fact-check was retweeted 3,200 times, leading Clinton economic advisers like Gene Sperling "
        "to counter that “every cent went to the banks.”\n\n"
        "“Thanks for welcoming these families,” said master of ceremonies Asab Al-Tabchi.",
        [{"text": "every cent went to the banks.", "speaker": "Gene Sperling"},
         {"text": "Thanks for welcoming these families,", "speaker": "Asab Al-Tabchi"}],
        id="a-name-given-as-an-example-or-after-its-own-title-is-the-person"),
    pytest.param(
        "“We have no information,” said a spokesman for the Kremlin, Dmitry Peskov.",
        [{"text": "We have no information,", "speaker": "Dmitry Peskov"}],
        id="a-name-in-apposition-after-whom-its-person-serves-is-the-person"),
    pytest.param(
        "Donald Trump spoke in Iowa on Monday.\n\n"
        "“We are worried about the turnout,” said a senior campaign official. “The polls are tightening,” he added.\n\n"
        "At a store near the rally, a cashier was shaken. “People are angry,” said the woman, who did not want "
        "to be named. “Too much hate,” she said.",
        [{"text": "We are worried about the turnout,", "speaker": "a senior campaign official"},
         {"text": "The polls are tightening,", "speaker": "a senior campaign official"},
         {"text": "People are angry,", "speaker": "the woman"},
         {"text": "Too much hate,", "speaker": "the woman"}],
        id="a-pronoun-after-an-anonymous-source-is-that-source-not-someone-named-before"),
    pytest.param(
        "Ted Cruz spoke in Iowa on Monday.\n\n"
        "“We will win this state,” the Texas senator said. “The polls are tightening,” he added.",
        [{"text": "We will win this state,", "speaker": "Ted Cruz"},
         {"text": "The polls are tightening,", "speaker": "Ted Cruz"}],
        id="a-pronoun-after-a-role-description-still-looks-for-the-name"),
    pytest.param(
        "“If he loses, it will give more credence to our report,” said the former top aide to the president.\n\n"
        "At a June campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against "
        "immigrants. “They should speak English in public,” she said.",
        [{"text": "If he loses, it will give more credence to our report,", "speaker": "the former top aide"},
         {"text": "They should speak English in public,", "speaker": "Brenda Johnson"}],
        id="a-pronoun-after-an-anonymous-source-is-whoever-was-named-since"),
    pytest.param(
        "Chancellor Angela Merkel has defended her refugee policy.\n\n"
        "A 32-year-old Munich woman, meanwhile, was fined in May after she had posted comments online about "
        "asylum seekers. “Send them back!” she wrote.",
        [{"text": "Send them back!", "speaker": "A 32-year-old Munich woman"}],
        id="a-pronoun-after-an-unnamed-person-a-sentence-is-about-is-that-person"),
    pytest.param(
        "Chancellor Angela Merkel has defended her refugee policy.\n\n"
        "A young candidate lost the council race after she posted comments online about asylum seekers. "
        "“Send them back!” she wrote.",
        [{"text": "Send them back!", "speaker": "A young candidate"}],
        id="a-pronoun-after-an-unnamed-person-named-by-a-role-is-that-person"),
    pytest.param(
        "Former Arizona Gov. Jan Brewer will also speak.\n\n"
        "On the convention's opening night Monday, Trump's wife, Melania, is scheduled to be among the featured "
        "speakers. She is often by her husband's side but has spoken on only a few occasions. At a rally in "
        'Milwaukee this spring, she described Trump as "kind" with a "great heart."',
        [{"text": "kind", "speaker": "Melania Trump"}, {"text": "great heart.", "speaker": "Melania Trump"}],
        id="a-first-name-set-off-after-a-kin-word-is-the-subject-a-pronoun-continues"),
    pytest.param(
        "Donald Trump will accept the nomination on Thursday.\n\n"
        "On the opening night Monday, Trump's wife, Melania, is scheduled to speak. She is often by her "
        'husband\'s side. At a rally this spring, she described him as "kind" with a "great heart."\n\n'
        "Ivanka Trump, 34, could be an effective bridge to female voters. She has pushed back against "
        'accusations of sexism against her father, calling him "a feminist."',
        [{"text": "kind", "speaker": "Melania Trump"}, {"text": "great heart.", "speaker": "Melania Trump"},
         {"text": "a feminist.", "speaker": "Ivanka Trump"}],
        id="a-first-name-after-a-named-person-s-kin-word-takes-their-surname"),
    pytest.param(
        "“That would be you?” Borger asked.\n\n"
        "“That would be me, yes. I think that is probably right,” the senator said.\n\n"
        "Sen. Claire McCaskill has endorsed Hillary Clinton.",
        [{"text": "That would be you?", "speaker": "Borger"},
         {"text": "That would be me, yes. I think that is probably right,", "speaker": "the senator"}],
        id="a-role-the-article-gives-another-is-not-the-last-speaker-s"),
    pytest.param(
        "“Oh well, I do not want to say so,” Sanders responded.\n\n"
        "Six months ago, the independent Vermont senator said, the media considered him a “fringe candidate.”\n\n"
        "Sen. Claire McCaskill has endorsed Hillary Clinton.",
        [{"text": "Oh well, I do not want to say so,", "speaker": "Sanders"},
         {"text": "fringe candidate.", "speaker": "Sanders"}],
        id="a-role-given-another-with-other-words-is-still-the-last-speaker-s"),
    pytest.param(
        "“Hate alone will not motivate somebody to vote,” said Carlos Rocha, president of a consulting firm.\n\n"
        "The GOP nominee has staked much of his campaign on portraying immigrants as “dangerous criminals.”\n\n"
        "In 2012, GOP nominee Mitt Romney won a quarter of the Latino vote.",
        [{"text": "Hate alone will not motivate somebody to vote,", "speaker": "Carlos Rocha"},
         {"text": "dangerous criminals.", "speaker": "The GOP nominee"}],
        id="a-role-with-a-party-the-article-gives-another-is-not-the-last-speaker-s"),
    pytest.param(
        "Marco Rubio, who is third in many polls, stressed defense issues during an appearance with Sen. Joni "
        "Ernst, R-Iowa.\n\nThe Florida senator told reporters he felt “good about where we are.”",
        # (not Joni Ernst, a senator met after a preposition: the subject before, whom it varies)
        [{"text": "good about where we are.", "speaker": "Marco Rubio"}],
        id="a-role-description-is-not-someone-met-after-a-preposition"),
    pytest.param(
        'The FBI lists "public corruption as its top criminal priority."\n\n'
        'The foundation "received as much as $26 million in undisclosed payments," the Washington Post reported '
        "ten days ago.",
        [{"text": "public corruption as its top criminal priority.", "speaker": "The FBI"},
         {"text": "received as much as $26 million in undisclosed payments,", "speaker": "the Washington Post"}],
        id="an-outlet-named-post-is-no-document-of-the-last-organisation"),
    pytest.param(
        "The FBI said on Thursday that it had opened an inquiry.\n\n"
        'In Washington, President Barack Obama released a statement Thursday night condemning "what appears to be '
        'a horrific terrorist attack." He said he had directed his team to help.\n\n'
        '"We stand in solidarity with France, our oldest ally," the statement said.',
        [{"text": "what appears to be a horrific terrorist attack.", "speaker": "Barack Obama"},
         {"text": "We stand in solidarity with France, our oldest ally,", "speaker": "Barack Obama",
          "speaker_mention": "the statement"}],
        id="the-statement-someone-was-said-to-release-is-theirs"),
    pytest.param(
        "Senator Tom Walsh said on Twitter that the comment by Dr. Peter Lang “was inappropriate and "
        "insensitive.” He writes that “there is no room for language like that.”",
        [{"text": "was inappropriate and insensitive.", "speaker": "Tom Walsh"},
         {"text": "there is no room for language like that.", "speaker": "Tom Walsh"}],
        id="a-document-inside-what-someone-said-is-not-the-pronoun-after-it"),
    pytest.param(
        "Campaign adviser Jason Miller said in a statement that the candidate’s “positive message of economic "
        "opportunity is working.”\n\n“We see this as the right time to show voters the benefits,” he added.",
        [{"text": "positive message of economic opportunity is working.", "speaker": "Jason Miller"},
         {"text": "We see this as the right time to show voters the benefits,", "speaker": "Jason Miller"}],
        id="a-document-inside-quotation-marks-is-not-the-pronoun-after-it"),
    pytest.param(
        "RENO, Nev. (AP) — Republican presidential hopeful Donald Trump says he no longer watches football because "
        "the game has gone “soft” like the country.\n\n"
        "Trump says “the whole game has become screwed up” because “football has become soft like the country "
        "has become soft.”",
        [{"text": "soft", "speaker": "Donald Trump"},
         {"text": "the whole game has become screwed up", "speaker": "Donald Trump", "speaker_kind": "person"},
         {"text": "football has become soft like the country has become soft.", "speaker": "Donald Trump"}],
        id="a-surname-the-tagger-read-as-a-common-noun-is-the-person-named-before"),
    pytest.param(
        '"It is good political strategy for electoral votes in the fall," said Ed Rendell, a former Pennsylvania '
        'governor who supports Clinton.\n\n"When you consider the cost, it is a bargain," said Rendell.',
        [{"text": "It is good political strategy for electoral votes in the fall,", "speaker": "Ed Rendell"},
         {"text": "When you consider the cost, it is a bargain,", "speaker": "Ed Rendell"}],
        id="a-short-first-name-ending-like-a-verb-form-is-still-a-first-name"),
    pytest.param(
        "The Daily Caller unearthed a 1995 story with a very different tone. Twenty-two years ago, a Times article "
        "hailed Trump as “The Comeback Kid” for the business success he was bringing to the city.",
        [{"text": "The Comeback Kid", "speaker": "Times"}],
        id="an-outlet-written-before-its-article-issued-it"),
    pytest.param(
        "Clinton's advisers are confident about New York.\n\n"
        "“There won't be a path for him to succeed,” said one of those advisers, who spoke on the condition of "
        "anonymity to share internal information.",
        [{"text": "There won't be a path for him to succeed,", "speaker": "one of those advisers"}],
        id="an-anonymous-source-is-named-without-the-clause-that-explains-it"),
    pytest.param(
        "Vermont Sen. Bernie Sanders spoke in Iowa on Monday, and former President Bill Clinton campaigned "
        "in New Hampshire.\n\n"
        '"We will win this," the Vermont senator told supporters.\n\n'
        '"She is ready," the former president said.\n\n'
        '"Not yet," the Florida senator said.',
        [{"text": "We will win this,", "speaker": "Bernie Sanders", "speaker_mention": "the Vermont senator",
          "speaker_titles": ["Vermont senator"]},
         {"text": "She is ready,", "speaker": "Bill Clinton"},
         {"text": "Not yet,", "speaker": "the Florida senator"}],
        id="role-description-stands-for-the-titled-name"),
    pytest.param(
        "Dr. Ann Reyes said Monday that she would stay in the race.\n\n"
        '"I am not going anywhere," the retired neurosurgeon told CBS.',
        [{"text": "I am not going anywhere,", "speaker": "Ann Reyes", "speaker_mention": "the retired neurosurgeon",
          "speaker_titles": ["retired neurosurgeon"]}],
        id="a-profession-stands-for-the-person-the-sentence-before-was-about"),
    pytest.param(
        "Tom Alvarez was asked about the border on Monday.\n\n"
        '"Will Mexico pay for it?" the moderator asked.',
        [{"text": "Will Mexico pay for it?", "speaker": "the moderator"}],
        id="the-one-who-asks-is-not-the-person-asked"),
    pytest.param(
        "Sen. Bernie Sanders says he is ready for a floor fight at the convention in Philadelphia.\n\n"
        '"We are going to fight for every plank," the Vermont senator told reporters.',
        [{"text": "We are going to fight for every plank,", "speaker": "Bernie Sanders",
          "speaker_mention": "the Vermont senator"}],
        id="role-description-of-the-person-named-last-whose-role-is-written"),
    pytest.param(
        "Donald Trump, the Republican nominee, held a rally in Ohio on Monday.\n\n"
        '"We will win this state," the Republican nominee said.',
        [{"text": "We will win this state,", "speaker": "Donald Trump"}],
        id="role-description-given-in-apposition"),
    pytest.param(
        "Sen. Bernie Sanders spoke in Iowa on Monday. His campaign manager Jeff Weaver met reporters later.\n\n"
        '"We are going to fight for every plank," the Vermont senator said.',
        [{"text": "We are going to fight for every plank,", "speaker": "the Vermont senator"}],
        id="role-description-after-someone-else-named-is-kept-as-written"),
    pytest.param(
        "Sen. Ted Cruz spoke in Iowa on Monday.\n\n"
        '"We are going to fight for every vote," the Florida senator said.\n\n'
        "Florida Sen. Marco Rubio is expected in Iowa on Tuesday.",
        [{"text": "We are going to fight for every vote,", "speaker": "the Florida senator"}],
        id="role-description-another-person-is-given-is-kept-as-written"),
    pytest.param(
        "Former Florida Gov. Jeb Bush attacked his rivals on Monday. Sen. Marco Rubio answered him in Miami.\n\n"
        '"America is in the middle of a real political storm," the Florida senator said.',
        [{"text": "America is in the middle of a real political storm,", "speaker": "Marco Rubio"}],
        id="role-description-words-given-to-someone-in-another-role-do-not-count"),
    pytest.param(
        "The Democratic presidential candidate attacked Donald Trump on Monday.\n\n"
        '"He is not fit to lead," the Democratic presidential candidate said.',
        [{"text": "He is not fit to lead,", "speaker": "the Democratic presidential candidate"}],
        id="role-description-before-a-verb-is-no-role-of-its-object"),
    pytest.param(
        "Donald Trump spoke about Israel on Sunday.\n\n"
        "\"I think making a deal would be in Israel's interests,\" Trump told ABC's This Week. "
        "\"I don't know one Jewish person that doesn't want a deal,\" the candidate said.",
        [{"text": "I think making a deal would be in Israel's interests,", "speaker": "Donald Trump"},
         {"text": "I don't know one Jewish person that doesn't want a deal,", "speaker": "Donald Trump",
          "speaker_mention": "the candidate"}],
        id="role-description-continues-the-speaker-just-quoted"),
    pytest.param(
        "\"I think making a deal would be in Israel's interests,\" Trump told ABC's This Week. "
        "Sen. Ted Cruz disagreed on Monday. \"We must stand with Israel,\" the candidate said.",
        [{"text": "I think making a deal would be in Israel's interests,", "speaker": "Trump"},
         {"text": "We must stand with Israel,", "speaker": "the candidate"}],
        id="role-description-after-another-subject-is-kept-as-written"),
    pytest.param(
        "Gold Star Mom Corners Obama On His Refusal To Use The Words 'Islamic Terrorist.'\n\n"
        "President Barack Obama responded to a Gold Star mother on Wednesday night.\n\n"
        '"There is no doubt that these folks think that," said Obama.',
        [{"text": "There is no doubt that these folks think that,", "speaker": "Barack Obama"}],
        id="headline-capitals-are-no-full-name"),
    pytest.param(
        "Hillary Clinton and Donald Trump clashed over trade at the debate in St. Louis. "
        "Trump called the deal a disaster for American workers. "
        '"I have a plan to bring those jobs back," she said.',
        [{"text": "I have a plan to bring those jobs back,", "speaker": "Hillary Clinton",
          "speaker_mention": "she"}],
        id="she-gender-agreement"),
    pytest.param(
        '"I will not apologize," Hillary Clinton said on Monday.\n'
        'Asked Tuesday about the emails, Feinstein said "I don\'t know anything about the emails," she said.',
        [{"text": "I will not apologize,", "speaker": "Hillary Clinton"},
         {"text": "I don't know anything about the emails,", "speaker": "Feinstein"}],
        id="pronoun-tag-bound-to-its-sentence-subject"),
    pytest.param(
        "Hillary Clinton and Donald Trump clashed over trade at the debate in St. Louis. "
        "Clinton accused her rival of hiding his tax returns. "
        '"I paid hundreds of millions of dollars in taxes," he said.',
        [{"text": "I paid hundreds of millions of dollars in taxes,", "speaker": "Donald Trump",
          "speaker_mention": "he"}],
        id="he-gender-agreement"),
    pytest.param(
        "President Barack Obama won the state twice.\n\n"
        "Rep. Hank Johnson said the willingness of white voters to back Obama surprised many. "
        "“It makes their eyes open wider,” he said.",
        [{"text": "It makes their eyes open wider,", "speaker": "Hank Johnson", "speaker_mention": "he"}],
        id="a-first-name-the-lists-lack-has-the-census-gender"),
    pytest.param(
        "Sen. Bernie Sanders spoke in Phoenix on Tuesday. His adviser Josh Hendler warned that the party could "
        "lose trust. “The stakes are higher than the fight of the day,” he wrote in a blog post.",
        [{"text": "The stakes are higher than the fight of the day,", "speaker": "Josh Hendler", "speaker_mention": "he"}],
        id="the-subject-before-whose-first-name-the-census-knows"),
    pytest.param(
        "Dr. Sebastian Gorka said on the radio on Thursday that Clinton “has not changed.”\n\n"
        "“They have not studied her record,” John Bolton said.\n\n"
        "Gorka also made the point that Clinton would be “completely a third Obama term” as commander in chief.\n\n"
        "“She has refused to use the phrase,” he noted.",
        [{"text": "has not changed.", "speaker": "Sebastian Gorka"},
         {"text": "They have not studied her record,", "speaker": "John Bolton"},
         {"text": "completely a third Obama term", "speaker": "Sebastian Gorka"},
         {"text": "She has refused to use the phrase,", "speaker": "Sebastian Gorka", "speaker_mention": "he"}],
        id="a-surname-the-ner-left-untagged-is-the-subject-a-pronoun-follows"),
    pytest.param(
        "Ben Carson said he was refining some operational practices. He added: “My senior team remains in place.”\n\n"
        "Armstrong Williams, Carson’s longtime friend and adviser, suggested that the candidate was taking back "
        "control of his campaign. “Dr. Carson is back in charge,” he told the AP.",
        [{"text": "My senior team remains in place.", "speaker": "Ben Carson"},
         {"text": "Dr. Carson is back in charge,", "speaker": "Armstrong Williams", "speaker_mention": "he"}],
        id="the-last-reporter-before-the-pronoun-though-its-gender-is-unknown"),
    pytest.param(
        "Donald Trump spoke in Florida on Monday.\n\n"
        "Bob Sutton, chairman of the Broward County GOP, voiced confidence that Clinton would be easy to defeat.\n\n"
        "“I think she is going to go down,” he said.",
        [{"text": "I think she is going to go down,", "speaker": "Bob Sutton", "speaker_mention": "he"}],
        id="a-subject-named-in-a-paragraph-read-without-a-parse-has-the-census-gender"),
    pytest.param(
        "“There are management issues,” Shane Shook said.\n\n"
        "Speaking in Beijing, Chinese Foreign Ministry spokesman Lu Kang repeated that China opposed hacking.\n\n"
        "People should provide evidence for their accusations, he told reporters. “This is not responsible,” he said.",
        [{"text": "There are management issues,", "speaker": "Shane Shook"},
         {"text": "This is not responsible,", "speaker": "Lu Kang", "speaker_mention": "he"}],
        id="a-short-first-name-of-another-language-has-no-census-gender"),
    pytest.param(
        "Republicans do not take the argument seriously.\n\n"
        "Ohio Gov. John Kasich, a Republican presidential contender, predicted at the last debate that "
        "Republicans will take “every state” if Bernie Sanders wins the nomination.\n\n"
        "“That is not even an issue,” he said to applause.",
        [{"text": "every state", "speaker": "John Kasich"},
         {"text": "That is not even an issue,", "speaker": "John Kasich", "speaker_mention": "he"}],
        id="the-main-reporter-over-the-subject-of-a-clause-inside-his-sentence"),
    pytest.param(
        "Brian Murphy, the chairman of the county party, said Donald Trump continued to hurt his cause by "
        "taking on Sen. Kelly Ayotte. “I don’t think it’s cut well for him,” he said.",
        [{"text": "I don’t think it’s cut well for him,", "speaker": "Brian Murphy", "speaker_mention": "he"}],
        id="the-reporter-over-the-subject-of-what-he-reports"),
    pytest.param(
        "“I will not back down,” Hillary Clinton said on Monday.\n\n"
        "To political science professor Brigid Harrison, the governor's stare seemed to reflect sadness.\n\n"
        "“It really looked like heartbreak,” she said.",
        [{"text": "I will not back down,", "speaker": "Hillary Clinton"},
         {"text": "It really looked like heartbreak,", "speaker": "Brigid Harrison", "speaker_mention": "she"}],
        id="the-paragraph-before-a-pronoun-tag-is-parsed-for-its-person"),
    pytest.param(
        "Senator Marco Rubio spoke first at the rally in Miami. Later, Senator Ted Cruz took the stage. "
        '"We will repeal every word of Obamacare," he said.',
        [{"text": "We will repeal every word of Obamacare,", "speaker": "Ted Cruz"}],
        id="he-recency"),
    pytest.param(
        "Turkish President Recep Tayyip Erdogan flew to Moscow on Thursday for talks on Syria.\n"
        "The Kremlin has accused Ankara of breaking the 2018 agreement, and Russian jets continued "
        "strikes overnight in the province.\n"
        '"We will not allow the regime to advance one more metre," he said.',
        [{"text": "We will not allow the regime to advance one more metre,", "speaker": "Recep Tayyip Erdogan"}],
        id="he-article-subject",),
    pytest.param(
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Moscow on Thursday.\n"
        '"We will respond to any attack on our soldiers," Erdogan said.',
        [{"text": "We will respond to any attack on our soldiers,", "speaker": "Recep Tayyip Erdogan",
          "speaker_mention": "Erdogan"}],
        id="surname-to-full-name"),
    pytest.param(
        "Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in Moscow on Thursday.\n"
        "Putin offered condolences for the Turkish soldiers killed in Idlib.\n"
        '"The ceasefire must hold," Putin said.',
        [{"text": "The ceasefire must hold,", "speaker": "Vladimir Putin"}],
        id="surname-to-full-name-second-person",
        ),
    pytest.param(
        "The plan was criticised by Senator Elizabeth Warren, who said it was \"a giveaway to Wall Street\".",
        [{"text": "a giveaway to Wall Street", "speaker": "Elizabeth Warren", "speaker_mention": "who",
          "kind": "partial"}],
        id="relative-who-said"),
    pytest.param(
        "The remarks were echoed by Pat Caddell, a longtime Democratic pollster, who said the party was "
        '"living in a fantasy world".',
        [{"text": "living in a fantasy world", "speaker": "Pat Caddell"}],
        id="relative-who-said-after-apposition"),
    pytest.param(
        '"It was never going to work," said one Republican familiar with the talks, who added that the '
        'leaders seemed "exhausted" by the fight.',
        [{"text": "It was never going to work,", "speaker": "one Republican familiar with the talks"},
         {"text": "exhausted", "speaker": "one Republican familiar with the talks", "speaker_mention": "who",
          "speaker_kind": "anonymous"}],
        id="relative-who-after-a-description-ending-in-a-thing"),
    pytest.param(
        '"We will never give up," the former secretary of State said. "It is a disgrace," the Utah Republican '
        'added. According to The Federalist, the slogan read "Settle for less."',
        [{"text": "We will never give up,", "speaker_kind": "person"},
         {"text": "It is a disgrace,", "speaker_kind": "person"},
         {"text": "Settle for less.", "speaker": "The Federalist", "speaker_kind": "organisation"}],
        id="a-description-of-one-person-is-a-person-whatever-proper-noun-it-holds"),
    pytest.param(
        '"Classes will resume on Monday," the school said. The town released a statement saying the '
        'remarks were "unfounded."',
        [{"text": "Classes will resume on Monday,", "speaker": "the school", "speaker_kind": "organisation"},
         {"text": "unfounded.", "speaker": "The town", "speaker_kind": "organisation"}],
        id="a-school-or-a-town-speaks-as-a-body"),
    pytest.param(
        "A 34-year-old Munich woman, meanwhile, received probation in March after she had posted comments on "
        'Facebook about the mayor. "Go home!" she wrote.',
        [{"text": "Go home!", "speaker": "A 34-year-old Munich woman", "speaker_mention": "she",
          "speaker_kind": "anonymous"}],
        id="a-pronoun-for-an-unnamed-source-stays-anonymous"),
    pytest.param(
        '"The kingdom is a partner," the Saudis said. "It is a trap," Republicans warned.',
        [{"text": "The kingdom is a partner,", "speaker": "the Saudis", "speaker_kind": "group"},
         {"text": "It is a trap,", "speaker": "Republicans", "speaker_kind": "group"}],
        id="members-of-a-party-or-a-nation-are-a-group"),
    pytest.param(
        '"This is a trap," several senior Democrats said. "It will not pass," several officials said.',
        [{"text": "This is a trap,", "speaker": "several senior Democrats", "speaker_kind": "group"},
         {"text": "It will not pass,", "speaker": "several officials", "speaker_kind": "anonymous"}],
        id="an-indefinite-plural-is-a-group-unless-its-head-hides-a-source"),
    pytest.param(
        "Teachers unions fought the waivers from the start.\n\n"
        "Sen. Johnny Isakson (R-Ga.), one of the few co-authors still in the Senate, said he remembers the night "
        'the report was filed. But even then, they warned that the law "was going to go from a positive to a '
        'negative" as sanctions grew.',
        [{"text": "was going to go from a positive to a negative", "speaker_mention": "they",
          "speaker": "Teachers unions"}],
        id="the-state-of-a-party-label-is-no-one-they-stands-for"),
    pytest.param(
        'Later in the program, Sanders was asked by host Bill Maher: "Will you endorse Hillary Clinton?"',
        [{"text": "Will you endorse Hillary Clinton?", "speaker": "Bill Maher"}],
        id="passive-asked-by-host"),
    pytest.param(
        '"I am calling from the Clinton campaign. How are you today?" Miller, a retired worker from '
        'a nuclear plant, said pleasantly into the phone.',
        [{"text": "I am calling from the Clinton campaign. How are you today?", "speaker": "Miller",
          "attribution": "cue"}],
        id="tag-name-apposition-verb-after-question"),
    pytest.param(
        '"Not us, but we can\'t argue with it!" Murphy, the head of Right to Rise USA, Tweeted on Friday '
        "with an image of the message.",
        [{"text": "Not us, but we can't argue with it!", "speaker": "Murphy"}],
        id="tag-name-apposition-capitalised-verb"),
    pytest.param(
        '"I really don\'t understand how a better candidate didn\'t jump into the race," said Air Force '
        '1st Lt. Tyler Livingston. "I was hoping we\'d see something else."',
        [{"text": "I really don't understand how a better candidate didn't jump into the race,",
          "speaker": "Tyler Livingston"},
         {"text": "I was hoping we'd see something else.", "speaker": "Tyler Livingston"}],
        id="title-abbreviation-is-no-sentence-end"),
    pytest.param(
        '"We\'re already at war with ISIL," said Pentagon spokesman Navy Capt. Jeff Davis, who was asked '
        "about the strategy.",
        [{"text": "We're already at war with ISIL,", "speaker": "Jeff Davis"}],
        id="title-abbreviation-before-the-name"),
    pytest.param(
        'In an interview, Pres. Obama said the intervention "didn\'t work."',
        [{"text": "didn't work.", "speaker": "Obama", "speaker_mention": "Pres. Obama"}],
        id="abbreviated-title-is-no-name"),
    pytest.param(
        'The leader of the Anti-Defamation League, Jonathan Greenblatt, called the remarks "unacceptable."',
        [{"text": "unacceptable.", "speaker": "Jonathan Greenblatt"}],
        id="a-long-title-then-the-name"),
    pytest.param(
        'Hillary Clinton spoke in Iowa on Monday.\n\n"We will win this state," Hillary said.',
        [{"text": "We will win this state,", "speaker": "Hillary Clinton", "speaker_mention": "Hillary"}],
        id="a-first-name-alone-is-the-one-person-so-named"),
    pytest.param(
        'Bill Clinton and Bill Gates spoke in Iowa on Monday.\n\n"We will win this state," Bill said.',
        [{"text": "We will win this state,", "speaker": "Bill"}],
        id="a-first-name-two-people-share-stays-as-written"),
    pytest.param(
        'Jose Antonia Vargas, an immigration activist, asked the former secretary of state during a Telemundo '
        'Facebook chat if she would commit to his "#wordsmatter" pledge regarding the issue.',
        [{"text": "#wordsmatter", "speaker": "Jose Antonia Vargas"}],
        id="no-sentence-ends-on-a-word"),
    pytest.param(
        'Even Norway, the alliance’s most cautious member, said it was "deeply troubled" by the launch.',
        [{"text": "deeply troubled", "speaker": "Norway", "speaker_mention": "Norway"}],
        id="an-adverb-before-a-name-is-no-part-of-it"),
    pytest.param(
        'Rosa Delgado Explained Why She Left “Home” At Sixteen.\n\nThe singer told the story on a podcast last week.',
        [{"text": "Home", "speaker": "Rosa Delgado", "speaker_titles": []}],
        id="a-headline-verb-after-a-name-is-no-surname"),
    pytest.param(
        '"The queues were endless," said Meenal Raghavan of Human Rights Watch, who observed voting in Shan state.',
        [{"text": "The queues were endless,", "speaker": "Meenal Raghavan", "speaker_kind": "person",
          "speaker_titles": ["Human Rights Watch"]}],
        id="who-after-a-name-and-its-body-says-a-person-spoke"),
    pytest.param(
        '"I can\'t vote for Trump," said Concord resident Walt Symms. "He\'s an embarrassment."\n\n'
        'Symms, a conservative independent, went to hear the senator speak.',
        [{"text": "I can't vote for Trump,", "speaker": "Walt Symms", "speaker_kind": "person", "speaker_titles": ["Concord resident"]},
         {"text": "He's an embarrassment.", "speaker": "Walt Symms"}],
        id="a-person-noun-before-a-name-describes-that-person"),
    pytest.param(
        'Senator Tom Hale attacked his rival, Ana Ruiz, at the debate.\n\nThe latter replied: "I have nothing to hide."',
        [{"text": "I have nothing to hide.", "speaker": "Ana Ruiz", "speaker_mention": "The latter"}],
        id="the-latter-is-the-person-named-last"),
    pytest.param(
        'Teenager Zephyrine Cole, 16, said the library was "a lifeline."',
        [{"text": "a lifeline.", "speaker": "Zephyrine Cole"}],
        id="a-listed-role-opening-the-sentence-is-no-part-of-the-name"),
    pytest.param(
        '"Lord, have mercy," said Osman Abu Laban.',
        [{"text": "Lord, have mercy,", "speaker": "Osman Abu Laban"}],
        id="a-first-name-that-ends-like-a-role-stays"),
    pytest.param(
        'The manufacturer, Aerovant, said in a statement that it had "received no indication of any change."',
        [{"text": "received no indication of any change.", "speaker": "Aerovant", "speaker_kind": "organisation"}],
        id="a-company-noun-before-its-name"),
    pytest.param(
        'The architect Jean-Pierre van der Berg on Tuesday unveiled designs for the hall.\n\n'
        '"Music has always travelled on water," van der Berg told reporters.',
        [{"text": "Music has always travelled on water,", "speaker": "Jean-Pierre van der Berg"}],
        id="a-name-with-particles-in-a-paragraph-read-for-names-only"),
    pytest.param(
        '12:30 - Szabo-Quaye responds. "The minister talks about the future," she told the chamber.',
        [{"text": "The minister talks about the future,", "speaker": "Szabo-Quaye"}],
        id="a-live-blog-time-before-a-name-is-no-part-of-it"),
    pytest.param(
        '"The room went completely silent," said Dr Saoirse Ní Bhraonáin, who led the survey.',
        [{"text": "The room went completely silent,", "speaker": "Saoirse Ní Bhraonáin", "speaker_kind": "person"}],
        id="a-person-s-title-before-a-name-the-ner-read-as-a-body"),
    pytest.param(
        '"Today we chose water over war," Calder\'s foreign minister, Ruaraidh Okwuosa-Sterne, told reporters.\n\n'
        'His Ostrevian counterpart, Valentina de la Fuente-Hoxha, was more guarded. "A signature is the beginning '
        'of trust," she said.',
        [{"text": "Today we chose water over war,", "speaker": "Ruaraidh Okwuosa-Sterne"},
         {"text": "A signature is the beginning of trust,", "speaker": "Valentina de la Fuente-Hoxha"}],
        id="a-name-with-particles-and-a-double-surname-the-ner-read-as-a-body"),
    pytest.param(
        '"These were not random break-ins," Police Commissioner Dolores Abernathy-Kwan told reporters.\n\n'
        "Abernathy-Kwan urged any victims who had not come forward to call the robbery unit.\n\n"
        '"There is no shame in being a victim," the commissioner said.',
        [{"text": "These were not random break-ins,", "speaker": "Dolores Abernathy-Kwan"},
         {"text": "There is no shame in being a victim,", "speaker": "Dolores Abernathy-Kwan"}],
        id="the-commissioner-is-the-one-titled-so-before"),
    pytest.param(
        "Devlin Marsh-Okoro, 34, said outside the courthouse that the verdict was \"a relief.\"",
        [{"text": "a relief.", "speaker": "Devlin Marsh-Okoro"}],
        id="a-name-then-an-age-set-off-by-commas"),
    pytest.param(
        "Opening the trial on Monday, Margriet van der Westhuizen KC, prosecuting, described a long fraud. "
        'She told the jury: "This was not a lapse. It was a business."',
        [{"text": "This was not a lapse. It was a business.", "speaker": "Margriet van der Westhuizen"}],
        id="a-name-the-ner-cut-at-its-particle-and-the-letters-after-it"),
    pytest.param(
        "Labour's Gareth Pryce-Morgan called the bill ‘a charter for speculators’ and said it would fail.",
        [{"text": "a charter for speculators", "speaker": "Gareth Pryce-Morgan"}],
        id="a-single-mark-after-an-s-closes-the-open-quote"),
    pytest.param(
        "A senior Asian diplomat who asked not to be named said the talks had nearly failed over a single clause.\n\n"
        '"Both delegations were packing their bags," the diplomat said.',
        [{"text": "Both delegations were packing their bags,", "speaker": "A senior Asian diplomat"}],
        id="the-diplomat-is-the-one-described-in-the-paragraph-before"),
    pytest.param(
        "Coach Joost Hendriksen and captain Nkechi Obiora-Lane both spoke after the match.\n\n"
        '"We gave them three goals," he said. "That hurts," she added.',
        [{"text": "We gave them three goals,", "speaker": "Joost Hendriksen"},
         {"text": "That hurts,", "speaker": "Nkechi Obiora-Lane"}],
        id="first-names-of-other-cultures-tell-the-gender"),
    pytest.param(
        "Sen. Maria Delgado-Finch spoke for an hour. A Republican strategist who requested anonymity described her "
        'plan as "bold, but risky."\n\n"Everyone wants cheaper rent. Nobody wants the tax," the strategist said.',
        [{"text": "bold, but risky.", "speaker": "A Republican strategist"},
         {"text": "Everyone wants cheaper rent. Nobody wants the tax,", "speaker": "A Republican strategist"}],
        id="the-strategist-just-described-is-no-guess-at-the-senator"),
    pytest.param(
        "Dunmore's attorney, Ifeoma Castellanos, said in a statement Monday that her client would fight the charges.\n\n"
        '"The state has built its case on a hunch," the statement said.',
        [{"text": "The state has built its case on a hunch,", "speaker": "Ifeoma Castellanos"}],
        id="a-statement-s-issuer-named-after-her-role"),
    pytest.param(
        "Harrowgate Foods shares fell 4 percent on Monday.\n\n"
        '"We do not comment on market rumours," the company said.',
        [{"text": "We do not comment on market rumours,", "speaker": "Harrowgate Foods"}],
        id="the-company-is-the-one-the-sentence-before-was-about"),
    pytest.param(
        "Nurses at Lakeside General Hospital walked out on Monday.\n\n"
        '"We remain ready to return to the table," the hospital said.',
        [{"text": "We remain ready to return to the table,", "speaker": "the Lakeside General Hospital"}],
        id="the-hospital-is-the-one-its-name-holds"),
    pytest.param(
        "Maribel Okafor-Lund, a spokeswoman for Oklahoma Forestry Services, said the fire was 15 percent contained.\n\n"
        'Crews arrived overnight. "We lost two structures, not twenty," the spokeswoman said.',
        [{"text": "We lost two structures, not twenty,", "speaker": "Maribel Okafor-Lund"}],
        id="the-spokeswoman-is-the-one-described-so-not-her-employer"),
    pytest.param(
        'Senator Tom Hale attacked his rival, Ana Ruiz, at the debate.\n\nShe replied: "I have nothing to hide."',
        [{"text": "I have nothing to hide.", "speaker": "Ana Ruiz"}],
        id="a-name-set-off-after-a-person-s-noun-in-a-parsed-paragraph"),
    pytest.param(
        '"It did not command a majority," said Governor Francisco dela Paz.',
        [{"text": "It did not command a majority,", "speaker": "Francisco dela Paz"}],
        id="the-particle-dela"),
    pytest.param(
        "Rhodri Bevan-Price, the shadow transport secretary, called the plan reckless.\n\n"
        '"This bill ignores the people who will live next to it," said the shadow minister.',
        [{"text": "This bill ignores the people who will live next to it,", "speaker": "Rhodri Bevan-Price"}],
        id="a-secretary-is-a-minister"),
    pytest.param(
        "Nurses at Lakeside General Hospital walked off the job on Tuesday.\n\n"
        'In a statement on Monday, the hospital said it had "bargained in good faith."\n\n'
        '"Our offer is among the most generous in the region," the statement said.',
        [{"text": "bargained in good faith.", "speaker": "the Lakeside General Hospital"},
         {"text": "Our offer is among the most generous in the region,", "speaker": "the Lakeside General Hospital"}],
        id="a-statement-issued-by-a-body-named-again"),
    pytest.param(
        "A person familiar with the board's deliberations said two members had argued for a hold. "
        '"It was closer than the market thinks," said the person, who declined to be named.',
        [{"text": "It was closer than the market thinks,", "speaker": "A person familiar with the board's deliberations"}],
        id="an-anonymous-source-unnamed-by-choice-is-as-first-described"),
    pytest.param(
        "In a memo to staff on Tuesday, chief executive Arjun Venkataraman wrote that the cuts were final.\n\n"
        "Venkataraman said the company was not replacing people with software.\n\n"
        '"We will be a smaller company and a faster one," the CEO wrote.',
        [{"text": "We will be a smaller company and a faster one,", "speaker": "Arjun Venkataraman"}],
        id="the-ceo-is-the-chief-executive"),
    pytest.param(
        "‘They were brave on the ball,’ the Rovers head coach, Niamh Ó Súilleabháin, said after the match.\n\n"
        "Her opposite number, Jean-Baptiste Mbeki-Laurent, was in no mood to talk.\n\n"
        "Ó Súilleabháin refused to be drawn on the title race. ‘It’s March,’ the Rovers coach said.",
        [{"text": "They were brave on the ball,", "speaker": "Niamh Ó Súilleabháin"},
         {"text": "It’s March,", "speaker": "Niamh Ó Súilleabháin"}],
        id="a-role-and-its-team-given-in-apposition-before-a-comma"),
    pytest.param(
        'The third candidate, Karim al-Rashidi, a restaurateur running as an independent, called himself "the adult in '
        'the room."\n\n"I don\'t need a third term," al-Rashidi added.',
        [{"text": "the adult in the room.", "speaker": "Karim al-Rashidi"},
         {"text": "I don't need a third term,", "speaker": "Karim al-Rashidi"}],
        id="a-surname-opening-on-a-hyphened-particle"),
    pytest.param(
        "Wind farm plan clears council\n\n"
        "Samira el-Haddad, an energy economist at the Norbrook Institute, said the vote was expected. The council "
        "meets again in May.\n\n"
        '"The subsidy is what carried it," el-Haddad said.',
        [{"text": "The subsidy is what carried it,", "speaker": "Samira el-Haddad"}],
        id="a-hyphened-particle-surname-the-ner-calls-a-body"),
    pytest.param(
        "Ferry operator fined\n\n"
        "A judge on Friday fined the former director, Tobias Lindqvist-Moreau, 58, for falsifying safety logs.\n\n"
        'Outside court, his lawyer, Dana Cho, spoke first. "We will appeal," Cho said.\n\n'
        '"I kept that ship running for twenty years," the 58-year-old said.',
        [{"text": "We will appeal,", "speaker": "Dana Cho"},
         {"text": "I kept that ship running for twenty years,", "speaker": "Tobias Lindqvist-Moreau"}],
        id="an-age-epithet-is-whom-the-article-gave-that-age"),
    pytest.param(
        "Storm edge past Rivermouth\n\n"
        "Coach Amaka Eze-Johnson had drawn up a play for senior centre Pieter de Vos.\n\n"
        "De Vos had 21 points before fouling out late.\n\n"
        '"I could not look," the 7-foot Dutchman said.',
        [{"text": "I could not look,", "speaker": "Pieter de Vos"}],
        id="a-nationality-epithet-the-ner-leaves-untagged"),
    pytest.param(
        "Builder warns on margins\n\n"
        "Shares in Carrow Homes fell on Tuesday.\n\n"
        "'Buyers are still cautious,' Dame Helena Stroud, the chief executive, said.",
        [{"text": "Buyers are still cautious,", "speaker": "Helena Stroud"}],
        id="a-dame-is-an-honorific-not-a-name"),
    pytest.param(
        "Clinic waits grow\n\n"
        "Marisol Vance, a pediatrician in Dayton, said the waits had doubled since the autumn.\n\n"
        "Brent Osgood, a hospital lawyer, said the clinic had followed the rules on Monday.\n\n"
        '"Children are waiting months for a first visit," the pediatrician said.',
        [{"text": "Children are waiting months for a first visit,", "speaker": "Marisol Vance"}],
        id="a-description-set-off-after-a-name-in-a-paragraph-read-unparsed"),
    pytest.param(
        "Inquest into teenager's death\n\n"
        "Coroner Ruth Adeyemi-Hale said the kitchen had no written procedures. The restaurant's owner gave evidence "
        "on the second day.\n\n"
        "'He was let down,' the coroner said.",
        [{"text": "He was let down,", "speaker": "Ruth Adeyemi-Hale"}],
        id="the-coroner-is-the-one-titled-so"),
    pytest.param(
        "Manager fumes after late equaliser\n\n"
        "Tomasz Brzezinski was furious after the match.\n\n"
        "‘My assistant said to me, “Boss, sit down,” and he was right,’ said Brzezinski.",
        [{"text": "My assistant said to me, “Boss, sit down,” and he was right,", "speaker": "Tomasz Brzezinski"}],
        id="british-single-marks-hold-a-double-quote"),
    pytest.param(
        "Hip replacement waits grow\n\n"
        "Harjit Sandhu, 61, a retired bus driver from Tuffley, has been waiting two years for a hip replacement. He "
        "was first referred in 2024.\n\n"
        "'Some days I can't get up the stairs,' he said.",
        [{"text": "Some days I can't get up the stairs,", "speaker": "Harjit Sandhu"}],
        id="a-name-an-age-follows-is-a-person-whatever-the-ner-made-of-it"),
    pytest.param(
        "Publishing\n\n"
        "The novel is published next week; writing in the Observer on Sunday, the critic Ruairí Mac Con Iomaire called "
        "it ‘a novel of enormous tenderness’. Its author, Adaeze Okoro, said little.",
        [{"text": "a novel of enormous tenderness", "speaker": "Ruairí Mac Con Iomaire"}],
        id="a-role-word-before-a-name-titles-it"),
    pytest.param(
        "Bushfire\n\n"
        "Noongar Elder Aunty Rosalind Kickett welcomed the firefighters.\n\n"
        '"This country has burnt before and it will heal," she said.',
        [{"text": "This country has burnt before and it will heal,", "speaker": "Rosalind Kickett"}],
        id="aunty-is-an-honorific"),
    pytest.param(
        "WELLINGTON, March 10 - New Zealand's deputy prime minister on Tuesday called a plan to replace fuel excise "
        '"a tax by stealth".',
        [{"text": "a tax by stealth", "speaker": "New Zealand's deputy prime minister"}],
        id="a-dated-wire-dateline-is-no-part-of-the-speaker"),
    pytest.param(
        "Trawler seized\n\n"
        "In a statement late on Monday, Kastrovia's Ministry of Agriculture and Fisheries described the seizure as "
        '"an unprovoked act of piracy".',
        [{"text": "an unprovoked act of piracy", "speaker": "Kastrovia's Ministry of Agriculture and Fisheries"}],
        id="a-country-s-ministry-is-the-ministry"),
    pytest.param(
        "Election night\n\n"
        "9:40 p.m.\n\n"
        "Halloran County Clerk Bernadette Lachance-Mwale said turnout appeared to be about 31 percent.\n\n"
        '"We had lines at a handful of precincts," Lachance-Mwale said in a phone interview.',
        [{"text": "We had lines at a handful of precincts,", "speaker": "Bernadette Lachance-Mwale"}],
        id="a-clerk-is-a-title"),
    pytest.param(
        "Lab report delayed\n\n"
        '"Everybody below the eighth floor wanted this out in June," said a senior official who was not authorized '
        "to speak publicly.\n\n"
        "A former laboratory employee, who asked not to be identified because she still works in state government, "
        'described the summer as demoralizing. "We were told to stop asking," she said.',
        [{"text": "Everybody below the eighth floor wanted this out in June,", "speaker": "a senior official"},
         {"text": "We were told to stop asking,", "speaker": "A former laboratory employee"}],
        id="a-pronoun-after-another-unnamed-source-described-since"),
    pytest.param(
        "Coroner criticises takeaway\n\n"
        "A coroner has described a takeaway’s allergy checks as ‘chaotic and wholly inadequate’.\n\n"
        "Recording a narrative conclusion yesterday, the senior coroner for Inner South London, Dr Ayesha Chaudhry, "
        "said the teenager had ‘done everything right’.",
        [{"text": "chaotic and wholly inadequate", "speaker": "Ayesha Chaudhry"},
         {"text": "done everything right", "speaker": "Ayesha Chaudhry"}],
        id="a-role-and-where-it-is-held-set-off-before-the-name"),
    pytest.param("Cabinet row\n\nState Finance Minister Shri Devendra Nath Mishra-Rao skipped the meeting on Monday. "
                 "Shri Mishra-Rao said: \"Nobody asked me.\"",
                 [{"text": "Nobody asked me.", "speaker": "Devendra Nath Mishra-Rao"}],
                 id="an-indian-honorific-is-no-part-of-the-name-and-an-untagged-middle-name-is"),
    pytest.param("Bakery listing\n\nThe founder, Alhaji Musa Bello Garba-Kano, rang the bell. \"We bake for everyone,\" "
                 "said Alhaji Garba-Kano. Whaea Mere Tipene-Walker spoke next. \"We came a long way,\" Tipene-Walker said.",
                 [{"text": "We bake for everyone,", "speaker": "Musa Bello Garba-Kano"},
                  {"text": "We came a long way,", "speaker": "Mere Tipene-Walker"}],
                 id="alhaji-and-whaea-are-courtesies"),
    pytest.param("Clinic closures\n\nWarden Anne-Sophie Leblanc wants \"a real answer\". \"They keep promising,\" Leblanc said.",
                 [{"text": "a real answer", "speaker": "Anne-Sophie Leblanc"}, {"text": "They keep promising,", "speaker": "Anne-Sophie Leblanc"}],
                 id="a-warden-is-a-title"),
    pytest.param("Runoff\n\nJuana Isabel Moreno de la Fuente won the vote on Sunday. \"There are no losers tonight,\" "
                 "Moreno de la Fuente said.",
                 [{"text": "There are no losers tonight,", "speaker": "Juana Isabel Moreno de la Fuente"}],
                 id="particles-in-a-row-inside-a-long-name"),
    pytest.param("Storm\n\nRegional director Ernesto de los Santos Jr. ordered an evacuation. \"The hills are moving,\" "
                 "De los Santos said.",
                 [{"text": "The hills are moving,", "speaker": "Ernesto de los Santos Jr."}],
                 id="a-surname-stands-for-a-full-name-with-a-suffix"),
    pytest.param("Observers\n\nThe head of the monitoring team, Ana Lúcia Coelho-Prates, called the vote \"calm\". "
                 "\"We saw small problems,\" Coelho-Prates said.",
                 [{"text": "calm", "speaker": "Ana Lúcia Coelho-Prates"},
                  {"text": "We saw small problems,", "speaker": "Ana Lúcia Coelho-Prates"}],
                 id="a-known-first-name-the-ner-left-out-opens-the-name"),
    pytest.param("Cholera ward\n\nGovernor Prof. William Kiplagat arap Sang toured the ward on Monday. "
                 "\"We will not politicise an emergency,\" Prof. Sang said.",
                 [{"text": "We will not politicise an emergency,", "speaker": "William Kiplagat arap Sang"}],
                 id="a-particle-before-a-surname-that-is-also-a-verb"),
    pytest.param("Millers\n\nThe President of the Flour Milling Association of Nigeria, Chief Emeka Obi-Okafor, said the "
                 "sector was \"bleeding\".",
                 [{"text": "bleeding", "speaker": "Emeka Obi-Okafor"}],
                 id="a-capitalised-title-of-a-body-then-a-titled-name"),
    pytest.param("Outbreak\n\nThe Uganda Red Cross Society has set up tents in Kasese. \"Early rehydration saves lives,\" the society said.",
                 [{"text": "Early rehydration saves lives,", "speaker": "the Uganda Red Cross Society"}],
                 id="the-society-is-the-society-named-before"),
    pytest.param("Espionage trial\n\nHafslund Consulting employs the engineer. The engineering firm said it had \"complete confidence\" in him.",
                 [{"text": "complete confidence", "speaker": "Hafslund Consulting"}],
                 id="a-body-of-a-kind-with-a-modifier-is-the-body-named-last"),
    pytest.param("Front line\n\nA soldier who gave only his first name, Taras, in line with military rules, said the drones "
                 "now arrive in pairs.\n\nHis company commander, Capt. Artem Kovalenko-Shram, listened as Taras spoke, then "
                 "pointed at the ceiling. \"We dig deeper every week,\" he said.",
                 [{"text": "We dig deeper every week,", "speaker": "Artem Kovalenko-Shram"}],
                 id="a-name-set-off-after-the-subject-is-the-subject-not-the-clause-s"),
    pytest.param("Rift\n\nThe opposition wasted no time. Leader of the Opposition Shri Harish Chandra Pandey, who on Sunday had "
                 "described the government as 'held together by glue and fear', said on Monday evening that the boycott proved "
                 "his point.\n\n'Today it is the cabinet meeting. Tomorrow it will be the floor of the House,' said Shri Pandey, "
                 "whose party has 52 seats.",
                 [{"text": "held together by glue and fear", "speaker": "Harish Chandra Pandey"},
                  {"text": "Today it is the cabinet meeting. Tomorrow it will be the floor of the House,",
                   "speaker": "Harish Chandra Pandey"}],
                 id="a-name-cut-short-is-the-longer-one-it-ends"),
    pytest.param("Habeas hearing\n\nA single bench comprising Justice Nusrat Jahan Siddiqui heard arguments for three hours on Monday."
                 "\n\nArguing for the petitioner, Advocate Tariq Mehmood Bhatti told the court that the detention was unlawful.\n\n"
                 "'My client has been told nothing, my lady,' the counsel added.\n\n"
                 "'This court does not decide liberty in chambers,' the judge remarked.",
                 [{"text": "My client has been told nothing, my lady,", "speaker": "Tariq Mehmood Bhatti"},
                  {"text": "This court does not decide liberty in chambers,", "speaker": "Nusrat Jahan Siddiqui"}],
                 id="a-justice-is-the-judge-and-an-advocate-the-counsel"),
    pytest.param("Council\n\nThe mayor defended the budget. The reply came fast: \"It rains in the classrooms too.\"",
                 [],
                 id="a-word-for-the-words-before-a-colon-names-no-speaker"),
    pytest.param("Searches at city hall: the mayor decries \"a witch hunt\"\n\nInvestigators searched city hall and the home of "
                 "its mayor, Daniel Okonkwo-Pierce, 62, on Monday.",
                 [{"text": "a witch hunt", "speaker": "Daniel Okonkwo-Pierce"}],
                 id="a-headline-s-role-is-the-one-the-story-names-so"),
    pytest.param("Jordan's trade minister, Karim Nabil El-Sayed, was more cautious. He warned of \"a long road ahead\" "
                 "before any agreement.",
                 [{"text": "a long road ahead", "speaker": "Karim Nabil El-Sayed"}],
                 id="sayed-is-no-form-of-say-and-stays-in-the-name"),
    pytest.param("Talks in Bishkek\n\nPresident Daniyar Osmonaliev greeted his guest at the airport. \"We are neighbours first,\" "
                 "he said.\n\nOsmonaliev said the talks would start with the Kyzyl-Bulak dam, which farmers on both sides rely on. "
                 "\"The dam is not a flag. It is water,\" the 64-year-old said.",
                 [{"text": "We are neighbours first,", "speaker": "Daniyar Osmonaliev"},
                  {"text": "The dam is not a flag. It is water,", "speaker": "Daniyar Osmonaliev"}],
                 id="a-name-before-the-noun-it-modifies-is-no-one-an-age-stands-for"),
    pytest.param("Militia rejects talks\n\nFighters of the Western Valley Defence Front (WVDF) held the crossing overnight. "
                 "The WVDF said the talks were \"a trap for the naive\".",
                 [{"text": "a trap for the naive", "speaker": "Western Valley Defence Front"}],
                 id="a-body-quoted-by-its-initials-is-named-as-the-article-spelled-them-out"),
    pytest.param('President Daniyar Osmonaliev vowed on Monday to "hold every village" in the valley, a day after border '
                 "clashes that killed at least six people, according to an official toll.",
                 [{"text": "hold every village", "speaker": "Daniyar Osmonaliev"}],
                 id="according-to-after-a-relative-clause-sources-that-clause-not-the-quote"),
    pytest.param('Downing Street said on Tuesday that the Prime Minister retained "full confidence" in the transport minister, '
                 'Dominic Ashcombe-Farrow, despite the row.\n\nIn a statement on Sunday, Mr Ashcombe-Farrow said the email '
                 '"does not reflect my views".',
                 [{"text": "full confidence", "speaker": "Downing Street"},
                  {"text": "does not reflect my views", "speaker": "Dominic Ashcombe-Farrow"}],
                 id="an-honorific-before-a-double-surname-takes-it-whole"),
    pytest.param("In Brackley, Joan and Peter McAllister, both 68, disagreed. \"I've always voted Labour,\" Mrs McAllister said.",
                 [{"text": "I've always voted Labour,", "speaker": "Joan McAllister"}],
                 id="mrs-before-a-couple-s-surname-is-the-wife"),
    pytest.param('Asked about turnout, Dale-Ashby replied by email: "We knocked on every door."',
                 [{"text": "We knocked on every door.", "speaker": "Dale-Ashby"}],
                 id="a-hyphen-in-a-name-is-no-dash-and-by-email-no-agent"),
    pytest.param('A: It has been done elsewhere. Even the Kettering Coach Owners’ Association told the county in its response '
                 'that the scheme was “achievable but costly”.',
                 [{"text": "achievable but costly", "speaker": "the Kettering Coach Owners’ Association"}],
                 id="even-before-a-body-s-article-is-no-part-of-its-name"),
    pytest.param('Holloway had one request for whoever knocks on her door: "Bring a better leaflet."',
                 [{"text": "Bring a better leaflet.", "speaker": "Holloway"}],
                 id="whoever-before-a-colon-is-no-one-yet"),
    pytest.param('Pembleton, asked about the survey the day it came out, said she was “not worried in the slightest.”',
                 [{"text": "not worried in the slightest.", "speaker": "Pembleton"}],
                 id="a-participle-set-off-before-the-verb-keeps-the-subject"),
    pytest.param('Support for the plan stands at 41 per cent, "a number we can build on," Ortega said.',
                 [{"text": "a number we can build on,", "speaker": "Ortega"}],
                 id="per-cent-is-no-source"),
    pytest.param('Passengers posted photos of blank boards. One of them, Farah Siddiqui-Barton, wrote on social media: '
                 '"Terminal 2 is chaos."',
                 [{"text": "Terminal 2 is chaos.", "speaker": "Farah Siddiqui-Barton"}],
                 id="a-name-set-off-after-one-of-them-is-who-wrote"),
    pytest.param("Camp doctors overwhelmed\n\nJean-Paul Ndayishimiye-Moreau, who runs the camp, said arrivals had doubled. "
                 '"We are out of tents," he said.\n\nAt a clinic run by the charity Frontline Medical Relief, Dr Eleni '
                 "Papadakis-Noor said her team had treated 212 children in a week.\n\n"
                 '"They arrived like this," the 45-year-old Greek paediatrician said.',
                 [{"text": "We are out of tents,", "speaker": "Jean-Paul Ndayishimiye-Moreau"},
                  {"text": "They arrived like this,", "speaker": "Eleni Papadakis-Noor"}],
                 id="a-titled-name-set-off-after-a-body-is-the-subject-an-age-stands-for"),
]


@pytest.mark.parametrize("text, expected", RESOLUTION_CASES)
def test_speaker_resolution(nlp_en, text, expected):
    check(text, expected, nlp_en)


# --- not quotations --------------------------------------------------------------------

NOT_QUOTE_CASES = [
    pytest.param('The Fish and Wildlife Service on Tuesday released its annual report, "Salt Marsh Loss on the Atlantic '
                 'Coast: A Ten-Year Review," which found the marshes shrinking.', [],
                 id="a-report-s-title-in-title-case-is-no-quotation"),
    pytest.param('Coach Ana Ruiz praised defender Lee Park, whom supporters have nicknamed "the Rock," for his calm.', [],
                 id="a-nickname-given-by-a-subject-is-still-a-name"),
    pytest.param('Thirty percent of whites "strongly agree" that they will be more successful.', [],
                 id="a-survey-share-agreeing-is-the-survey-s-wording"),
    pytest.param("The report “a political hit job” was released Monday.", [],
                 id="a-reporting-noun-after-a-determiner-names-nobody"),
    pytest.param("Reham Mosad, who was a teaching assistant at the school, was being treated for a “malignant "
                 "disease” in France.", [], id="what-the-subject-undergoes-behind-auxiliaries-is-not-its-words"),
    pytest.param("In a new interview, “Broad City” Star Ilana Glazer Asked Actors To Act Whiter.", [],
                 id="a-title-before-star"),
    pytest.param('At the end of March, Mr. Ortiz got "can he win?" headlines when early state polls came in.', [],
                 id="a-clause-after-the-mark-is-no-tag"),
    pytest.param("Israel is a world leader in missile defense. In 2014 the Israeli Air Force was “the best in the "
                 "world.”", [], id="what-the-subject-is-is-not-its-words"),
    pytest.param("To his neighbours, Mr. Hale is the “kind-hearted and caring” man who saved their farm.",
                 [{"text": "kind-hearted and caring", "speaker": "Hale's neighbours"}],
                 id="what-the-subject-is-inside-the-attribute-is-the-view-of-whom-to-names"),
    pytest.param('Trump brought SNL its highest ratings since 2012, when inaugural '
                 '"American Idol" winner Kelly Clarkson performed.', [], id="title-case-label-on-a-noun"),
    pytest.param("As for the others, Ted Cruz and Marco Rubio—as well as Mike Huckabee and Chris Christie in the "
                 "earlier “undercard” debate—did the best on points.", [], id="lower-case-label-on-a-noun"),
    pytest.param('Antiabortion groups and an unaligned "Wyoming first" push, which proposed their own slates, '
                 "competed with the slate.", [], id="a-name-inside-the-speaker"),
    pytest.param('Trump spent the flight reading the book titled "The Art of the Deal" with his aides.', [],
                 id="book-titled"),
    pytest.param('"You have to keep going," Weiner said in May on the podcast "Here\'s the Thing."',
                 [{"text": "You have to keep going,", "speaker": "Weiner"}], id="podcast-title"),
    pytest.param('Lucent tossed "cold water on the idea immediately," Carly Fiorina wrote in her memoir, "Tough Choices."',
                 [{"text": "cold water on the idea immediately,", "speaker": "Carly Fiorina"}], id="memoir-title"),
    pytest.param('Weiner wrote under the pseudonym "Carlos Danger," but it did him no good.', [], id="pseudonym"),
    pytest.param('"We are winning," Scott\'s niece, state Del. Marcia "Cia" Price, shouted to the crowd.',
                 [{"text": "We are winning,"}], id="nickname-inside-a-name"),
    pytest.param('Pence appeared on NBC\'s "Meet the Press" on Sunday and defended the ticket.', [],
                 id="tv-show-possessive"),
    pytest.param('Maria Lopez Asked Girls Everywhere To “Dream Bigger.”', [{"text": "Dream Bigger."}],
                 id="capitalised-words-after-an-infinitive-to-are-no-title"),
    pytest.param('"We have to really increase the bombings," Donald Trump told "Fox and Friends" on Monday.',
                 [{"text": "We have to really increase the bombings,", "speaker": "Donald Trump"}],
                 id="tv-show-told"),
    pytest.param('"We will win," Francois Hollande said on Tuesday.\n“DIVISIVE, STUPID AND WRONG”\n'
                 "Cameron will work with whoever is elected.",
                 [{"text": "We will win,", "speaker": "Francois Hollande"}], id="headline-in-capitals"),
    pytest.param('"We will win," Rand Paul said on Tuesday.\n"Related:"\nGOP Candidates Reject A Minimum Wage Hike.',
                 [{"text": "We will win,", "speaker": "Rand Paul"}], id="label-paragraph"),
    pytest.param('Turkey launched operation "Spring Shield" against Syrian government forces on Sunday.', [],
                 id="operation-name"),
    pytest.param('Talking to "Face the Nation" on Sunday, Walker declined to criticise his rivals.', [],
                 id="tv-show-after-talking-to"),
    pytest.param('"Grey\'s Anatomy is the Best" star Ana Ruiz spoke about her childhood in Texas.', [],
                 id="show-title-with-is-before-star"),
    pytest.param('A troupe of Argentine actors is staging a satire called "Los Amigos de Trump" in Buenos Aires.', [],
                 id="foreign-title-with-particle"),
    pytest.param('The "peace plan" has left thousands of families in limbo across the province.', [],
                 id="scare-quotes-two-words"),
    pytest.param('Critics fear the new law will create a "surveillance state" in the country.', [],
                 id="scare-quotes-after-fear"),
    pytest.param('Residents returned to their "homes" on Monday to find nothing left standing.', [],
                 id="scare-quote-one-word"),
    pytest.param('The hacker known as "Guccifer" was extradited to the United States last year.', [],
                 id="nickname-known-as"),
    pytest.param("The ’80s were different, and rock ’n’ roll ruled the parents' record players.", [],
                 id="apostrophes"),
    pytest.param('Delegates gathered in Tashkent for the "Asia Again" conference on Tuesday.', [],
                 id="conference-name"),
    pytest.param(
        '"It was the best interview I have ever done," Mike Pence said after appearing on NBC\'s "Meet the Press".',
        [{"text": "It was the best interview I have ever done,", "speaker": "Mike Pence"}],
        id="real-quote-beside-a-title",
        ),
    pytest.param(
        'Russian and Turkish troops patrol the "demilitarized zone" around Idlib. '
        '"We keep our word," Foreign Minister Sergei Lavrov said on Friday.',
        [{"text": "We keep our word,", "speaker": "Sergei Lavrov"}],
        id="term-in-narrative-then-quote"),
    pytest.param(
        '"If we want voters to support Republicans, we have to engage them," wrote the authors of the '
        '"Growth and Opportunity Project," giving an example.',
        [{"text": "If we want voters to support Republicans, we have to engage them,",
          "speaker": "the authors of the Growth and Opportunity Project"}],
        id="a-name-inside-the-speaker-with-its-comma"),
    pytest.param('As he spoke to accept the nomination last Thursday, Trump became the first candidate to '
                 'purchase a "promoted trend" on Twitter.', [], id="what-the-subject-becomes-is-not-its-words"),
    pytest.param('Across town, "shouting from the rooftops" for the Sanders campaign, is Wayne Borders, '
                 'a 33-year-old canvasser.', [], id="what-the-subject-is-doing-is-not-its-words"),
    pytest.param('Harvard professor Lawrence Lessig, who has since dropped out of the race, leads with '
                 '"definitely not support" with 6 percent in the poll.', [], id="what-the-subject-leads-with"),
    pytest.param('But those voters, who officially register as "undeclared," can determine the outcome.', [],
                 id="what-the-subject-registers-as"),
    pytest.param('Serafinowicz, who has starred in "Parks and Recreation" and "Guardians of the Galaxy," posted '
                 "the clip to YouTube on Thursday.", [], id="a-title-listed-after-a-title"),
    # (a long title in the list too; and a noun that some verb takes is no tag of the run before it)
    pytest.param("The senator, who once backed “Medicare for All,” “Free College,” and “The Green New Deal for "
                 "Working American Families,” had no such praise for the plan.", [],
                 id="a-long-title-listed-and-no-such-praise-is-no-tag"),
    pytest.param('"I think he will do great things," Jones said, showing off the "Make America Great Again" hat '
                 "his campaign had given her.",
                 [{"text": "I think he will do great things,", "speaker": "Jones"}], id="a-slogan-before-hat"),
    pytest.param('Hillary Clinton still leads. On other measures, such as whether she is likable, or "shares your '
                 'position on issues," or is able to bring real change, she has seen her standing erode since '
                 "last fall and even more when compared with her first campaign, in 2008.", [],
                 id="compared-with-measures-and-says-nothing"),
    pytest.param('FactCheck rated 30% of the claims as "false" or "pants on fire," compared to 11% of the '
                 "others.",
                 [{"text": "pants on fire,", "speaker": "FactCheck"}],
                 id="compared-to-after-a-quote-is-no-tag"),
    # "added" with an object of its own adds things, not words.
    pytest.param('The sound system, cycling through the usual rock songs, added Latin hits including "La Gozadera" '
                 'and "Madre Tierra" on Sunday.', [],
                 id="added-with-an-object-of-its-own-reports-nothing"),
    # A participle that names a thing reports nothing, near its name or further on.
    pytest.param('A newsletter, called the "Brief," run by four reporters, goes out every morning.', [],
                 id="a-naming-participle-is-no-cue-for-the-name"),
    pytest.param('A local band called Firelight got the audience to clap and cheer for "President Jane Doe."', [],
                 id="a-naming-participle-is-no-cue-further-on"),
    pytest.param("Denver marked a shaky but promising start for the governor. A choir waited on the steps "
                 'for "Governor Jane Doe."', [],
                 id="a-describing-word-that-looks-like-a-verb-is-no-cue"),
    pytest.param("The governor stressed her record on jobs during a “Future-of-Work Forum” hosted by the chamber.", [],
                 id="an-event-s-name-is-no-quotation"),
    pytest.param("The party's use of the “Southern Strategy” led to what one aide called a realignment.", [],
                 id="a-policy-s-name-is-no-quotation"),
    pytest.param("The plan is merely a “draft” because several ministers did not agree.", [],
                 id="a-verb-in-a-because-clause-after-the-run-is-no-cue"),
    pytest.param("The “unfit” quarrel began last week after the senator refused to say in an interview whether the "
                 "governor was ready.", [], id="a-verb-in-an-after-clause-after-the-run-is-no-cue"),
    pytest.param("What “go after them” really means is left to voters, since the candidate spoke only in generalities.",
                 [], id="a-verb-in-a-since-clause-after-the-run-is-no-cue"),
    pytest.param("He could muster little more than “well, hmm” when the moderator accused him of dodging.", [],
                 id="a-verb-in-a-when-clause-after-the-run-is-no-cue"),
    pytest.param("“We never stopped trying,” said former Sen. Jane Roe (D-Ore.), one of the original “gang of six” "
                 "negotiators.", [{"text": "We never stopped trying,", "speaker": "Jane Roe"}],
                 id="a-phrase-describing-the-speaker-after-said-x-is-not-what-was-said"),
    pytest.param("“It was shameful,” said Ann Lee, 41, a plaintiff who waited in an “absurdly long line” outside the school.",
                 [{"text": "It was shameful,", "speaker": "Ann Lee"}],
                 id="a-phrase-in-a-relative-on-the-speaker-is-not-what-was-said"),
    pytest.param("“People are angry,” said Alderman Tom Ray, who thinks the mayor “needs to listen more.”",
                 [{"text": "People are angry,", "speaker": "Tom Ray"}, {"text": "needs to listen more.", "speaker": "Tom Ray"}],
                 id="a-clause-in-a-relative-on-the-speaker-is-his-view"),
    pytest.param("Detectives said the ring was broken up by an inquiry code-named \"Operation Kestrel,\" which ran for "
                 "eight months.", [], id="an-operation-s-code-name-is-no-quotation"),
    pytest.param("Chief executive Dana Wirth said the group would speed up “Project Beacon,” its cost-cutting plan.", [],
                 id="a-project-s-name-after-said-is-no-quotation"),
]


@pytest.mark.parametrize("text, expected", NOT_QUOTE_CASES)
def test_not_quotations(nlp_en, text, expected):
    check(text, expected, nlp_en)


def test_so_called_reports_no_other_run(nlp_en):
    """'The so-called "…" bill … an all-night "vote-a-rama"': "called" names
    the run right after it; it made the next run a quote of no one."""
    text = ('The so-called "Big Beautiful Bill" cleared the Senate early Tuesday after an all-night "vote-a-rama" '
            'that tested the patience of even the most seasoned lawmakers.')
    assert extract(text, lang="en", nlp=nlp_en) == []


@pytest.mark.parametrize("text", [
    "This is not the first time that the network’s “analyst” has revealed his bias on air.",
    "A spokesman for the group — a nonprofit billed as “the voice of small farmers” — said the rules would hurt.",
])
def test_a_run_inside_the_subject_is_not_what_its_verb_reports(nlp_en, text):
    """The verb says something of its subject; a run inside that subject is
    the topic, not the words the verb reports."""
    assert attributed(text, nlp_en) == []


def test_a_second_subject_after_the_verb_is_the_tag_of_the_run(nlp_en):
    """'… marks "…" for Europe, said Jan Smit': the parse made the whole
    clause before the comma a subject of "said"; the name after it is the tag."""
    check("The collapse of the talks marks “a dark day” for Europe, said Jan Smit, a Dutch lawmaker.",
          [{"text": "a dark day", "speaker": "Jan Smit"}], nlp_en)


def test_a_long_title_followed_by_its_author_is_no_quotation(nlp_en):
    """Not even one credited to no one: a book's title is no one's words."""
    text = ('One Sunday in late 1998, according to "Hard Bargains: Jane Ruiz and the Remaking of a Bank" by '
            "Tom Keller, Ruiz sat in the study of her house and called the directors.")
    assert extract(text, lang="en", nlp=nlp_en) == []


@pytest.mark.parametrize("text, speaker", [
    ("WHAT’S BREWING.\n\nCHINA’S SLOWDOWN HITS THE WORLD “China’s slowdown and market mayhem are fostering a sense "
     "of decline across much of the world.” [WaPo.]", "WaPo"),
    ("IDEAS.\n\nTHE END OF WORK “Automation will change the office more than the factory, and sooner than we "
     "think.” [The Atlantic]", "The Atlantic"),
])
def test_a_digest_s_excerpt_is_the_bracketed_outlet_s(nlp_en, text, speaker):
    """A newsletter prints an excerpt, then its source in square brackets."""
    [quote] = extract(text, lang="en", nlp=nlp_en)
    assert (quote.speaker, quote.speaker_kind, quote.attribution, quote.cue) == \
        (speaker, "organisation", "according", text[text.rindex("["):])


def test_an_editor_s_note_in_brackets_is_no_source(nlp_en):
    text = "The crowd rose when the mayor ended with “God bless this city and everyone in it.” [Applause]"
    assert all(q.speaker != "Applause" and q.attribution != "according" for q in extract(text, lang="en", nlp=nlp_en))


def test_the_writer_telling_the_reader_what_to_do_quotes_no_one(nlp_en):
    """An imperative opening the sentence ('Sign up …', 'Ask yourself …') is
    the writer addressing the reader: no speech verb for the run it governs."""
    text = 'Want the newsletter by email? Sign up by entering your address and clicking the "join" button.'
    assert extract(text, lang="en", nlp=nlp_en) == []


@pytest.mark.parametrize("text, speaker, titles", [
    ('"The ban is a mistake," Reddit\'s Adam Sharp said.', "Adam Sharp", ["Reddit"]),
    ('"The ban is a mistake," Twitter\'s Jane Sharp said on Monday.', "Jane Sharp", ["Twitter"]),
    ('"The ban is a mistake," said the University of Texas.', "the University of Texas", []),
])
def test_a_body_s_person_is_the_person(nlp_en, text, speaker, titles):
    """"Reddit's Adam Sharp" the NER read as one organisation: the person
    speaks, the body is what the reader is told of them; a body's own name
    ("the University of Texas") stays whole."""
    [quote] = extract(text, lang="en", nlp=nlp_en)
    assert (quote.speaker, quote.speaker_titles) == (speaker, titles)


WRITER_TEXT = ('She became upset, so I had to change my answer: "Of course I believe in the devil. I was just kidding." '
               'To which she said, "Thank God."')


@pytest.mark.parametrize("author, writer", [
    ("Jane Doe", "Jane Doe"),
    ("By Jane Doe", "Jane Doe"),
    ("Jane Doe and John Roe", None),  # two signers: "I" is neither for sure
    ("Jane Doe, John Roe", None),
    ("Breitbart News", None),  # an outlet's desk: its "I" is an excerpt's
    (None, None),
])
def test_the_writer_s_own_i_is_who_signed_the_article(nlp_en, author, writer):
    """An op-ed's '"…," I said' is the words of the one who signed it; a later
    "she" is never the writer, and no name is guessed without a byline."""
    quotes = extract(WRITER_TEXT, lang="en", nlp=nlp_en, author=author)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Of course I believe in the devil. I was just kidding.", writer), ("Thank God.", None)]
    assert quotes[0].speaker_kind == ("person" if writer else None)


def test_an_i_right_after_an_opening_mark_is_not_the_writer(nlp_en):
    """A headline's 'Jane Roe: ‘I’m Tired …’', whose closing mark reads as an
    apostrophe: its "I" is Jane Roe's, never the byline's."""
    text = ('Jane Roe: ‘I’m Tired Of Being Told What To Do.’\n\n"His comments were outrageous and dangerous. '
            'I also think it opened up a conversation."')
    assert all(q.speaker != "Emma Gray" for q in extract(text, lang="en", nlp=nlp_en, author="Emma Gray"))


def test_an_i_inside_a_quotation_is_the_one_quoted(nlp_en):
    """'"I told him: I will win," Trump said': the "I" in the words is Trump's,
    whoever signed the article."""
    text = 'Trump spoke for an hour. "I told him: I will win," Trump said.'
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en, author="Jane Doe")] == [
        ("I told him: I will win,", "Trump")]


def test_a_run_hyphened_on_to_a_word_is_no_quotation(nlp_en):
    """'“whine”-worthy headlines': a compound the writer made, even with a
    verb of speech further on."""
    text = "A quick browse through “whine”-worthy headlines shows that women who demand equal pay are still mocked."
    assert extract(text, lang="en", nlp=nlp_en) == []


def test_a_long_capitalised_title_after_its_work_noun_is_no_quotation(nlp_en):
    """'in Tom Keller's book "Hard Bargains: …"': a book's title runs longer
    than a name, and is no one's words even with a speaker near."""
    text = ("It happened, Jane Ruiz said, as recalled by her son in Tom Keller's book \"Hard Bargains: Jane Ruiz and "
            'the Remaking of a Bank." Ruiz moved on.')
    assert extract(text, lang="en", nlp=nlp_en) == []


# --- a crowd's words: chants are speech, whatever their case ----------------------------

CHANT_CASES = [
    pytest.param('A crowd of students and union members joined in a loud chant of "Feel the Bern!" before the '
                 "march set off.",
                 [{"text": "Feel the Bern!", "speaker": "A crowd of students and union members", "cue": "chant"}],
                 id="the-subject-joining-the-chant-chants"),
    pytest.param("Democratic voters answered with chants of “Stronger Together” until the governor spoke.",
                 [{"text": "Stronger Together", "speaker": "Democratic voters"}], id="answered-with-chants-of"),
    pytest.param("The visiting team was met with chants of “Build That Wall” from the stands.",
                 [{"text": "Build That Wall", "speaker": None, "cue": "chants"}],
                 id="the-one-chanted-at-is-no-speaker"),
    pytest.param('The mayor was greeted with chants of "Bobby!" at the rally, according to union president Ann '
                 "Miles.",
                 [{"text": "Bobby!", "speaker": None}], id="the-reporter-of-the-scene-is-no-chanter"),
    pytest.param('Walking into the office to chants of "Marco! Marco!," the senator said his campaign was "closing '
                 'strong."',
                 [{"text": "Marco! Marco!,", "speaker": None}, {"text": "closing strong.", "speaker": "the senator"}],
                 id="the-senator-walking-in-did-not-chant"),
    pytest.param('Along the avenue there were constant calls of "Feel the Bern" as the senator walked by.',
                 [{"text": "Feel the Bern", "speaker": None, "cue": "calls"}],
                 id="calls-of-a-crowd-nobody-names"),
    pytest.param('Boos filled the hall when Trump mentioned his rival, and at one point the crowd loudly reprised the '
                 'angry chant "Lock her up! Lock her up!" that echoed through the arena all week.',
                 [{"text": "Lock her up! Lock her up!", "speaker": "the crowd", "cue": "chant"}],
                 id="the-crowd-reprising-the-chant-named-by-its-words-chants-it"),
]


@pytest.mark.parametrize("text, expected", CHANT_CASES)
def test_chants_are_a_crowd_s_words(nlp_en, text, expected):
    quotes = extract(text, lang="en", nlp=nlp_en)
    assert [{k: getattr(q, k) for k in e} for q, e in zip(quotes, expected)] == expected
    assert len(quotes) == len(expected)


# --- asides, agents and misparses read through -----------------------------------------

ASIDE_CASES = [
    pytest.param('Home to 40,000 people who range from ranchers to teachers, with its county seat in Millbrook, called '
                 'the "Heart of the Valley" by the locals, the area\'s swing voters seem taken with Cruz, according to '
                 "the Gazette.",
                 [{"text": "Heart of the Valley", "speaker": "the locals", "cue": "called"}],
                 id="the-agent-of-a-verb-parsed-as-past-tense-named-it-not-the-medium"),
    pytest.param("In the letter - addressed to the U.S. attorney for Maryland, Robert K. Hur - the Ohio Republican asks "
                 'for a review to determine whether "the agency or its contractors broke the records law."',
                 [{"text": "the agency or its contractors broke the records law.", "speaker": "the Ohio Republican"}],
                 id="the-name-closing-a-dash-aside-is-the-addressee-not-the-subject"),
    pytest.param("And although former Vermont governor Howard Dean lamented her tendency to make blunders - \"does she "
                 'have to keep giving them so much material?" - Democrats in Ohio who watched the Sunday debate said they '
                 "were unbothered by the flap.",
                 [{"text": "does she have to keep giving them so much material?", "speaker": "Howard Dean",
                   "cue": "lamented"}],
                 id="a-quote-set-off-by-dashes-belongs-to-the-clause-before-them"),
    pytest.param("The first glimpse the Spanish audience gets of Donald Trump is his orange head speaking from the face "
                 'of a giant $20 bill, calling them "vagos" and bragging about the wall.',
                 [{"text": "vagos", "speaker": "Donald Trump", "speaker_mention": "his orange head"}],
                 id="a-thing-that-is-someone-doing-something-the-someone-does-it"),
    pytest.param('Sheriff Joe Brandt spoke next. He said, "Our next president will build the fence" - at which point the '
                 'audience chanted "Build it!" - "and keep the border safe for our children."',
                 [{"text": "Our next president will build the fence", "speaker": "Joe Brandt"},
                  {"text": "Build it!", "speaker": "the audience"},
                  {"text": "and keep the border safe for our children.", "speaker": "Joe Brandt"}],
                 id="a-run-resuming-after-a-dash-aside-goes-on-with-the-quote-it-interrupted"),
    pytest.param('Asked about the airstrikes, Daniel Moore said he thinks "they are a wise and measured response."\n\n'
                 '"Without a large force on the ground, he added, "this is how the group is going to be beaten."',
                 [{"text": "they are a wise and measured response.", "speaker": "Daniel Moore"},
                  {"text": "Without a large force on the ground,", "speaker": "Daniel Moore", "speaker_mention": "he"},
                  {"text": "this is how the group is going to be beaten.", "speaker": "Daniel Moore",
                   "speaker_mention": "he"}],
                 id="a-tag-left-inside-an-unclosed-quote-is-read-as-a-tag"),
    pytest.param('The Tass news agency quoted a senior Russian diplomat as saying that the talks had been "a waste of '
                 'time."',
                 [{"text": "a waste of time.", "speaker": "a senior Russian diplomat", "cue": "quoted"}],
                 id="quoted-someone-as-saying-the-one-quoted-speaks"),
    pytest.param('Greece will "respond" to any violation of its waters, Prime Minister Kyriakos Mitsotakis was quoted as '
                 "saying by the daily Kathimerini on Friday.",
                 [{"text": "respond", "speaker": "Kyriakos Mitsotakis"}],
                 id="was-quoted-as-saying-by-a-paper-the-one-quoted-speaks"),
    pytest.param('Small groups of demonstrators continued to call for answers about the shooting, marching past the '
                 'stadium where the Carolina Panthers played while chanting, "No justice, no peace."',
                 [{"text": "No justice, no peace.", "speaker": "Small groups of demonstrators"}],
                 id="groups-of-people-under-a-weak-verb-still-speak"),
    pytest.param('"The fine is the largest in a decade," noted Kathryn Judge, a law professor at Columbia.',
                 [{"text": "The fine is the largest in a decade,", "speaker": "Kathryn Judge"}],
                 id="a-title-word-after-a-first-name-is-the-surname"),
    pytest.param('"We are scared," said a woman in Worcester, Massachusetts, who gave only her first name.',
                 [{"text": "We are scared,", "speaker": "a woman in Worcester, Massachusetts"}],
                 id="a-place-after-a-comma-is-no-first-name"),
]


@pytest.mark.parametrize("text, expected", ASIDE_CASES)
def test_asides_and_agents_read_through(nlp_en, text, expected):
    check(text, expected, nlp_en)


def test_banners_held_up_speak_for_who_holds_them(nlp_en):
    text = ("Thousands of students will meet the president in Berlin. In a riff on his old slogan, they will hold "
            'banners proclaiming: "Yes we can – stop the deal!"')
    [quote] = extract(text, lang="en", nlp=nlp_en)
    assert (quote.speaker_mention, quote.cue) == ("they", "proclaiming")


def test_a_name_s_compound_adjective_is_no_reporting_verb(nlp_en):
    """'Trump-branded' is no 'branded': Ted Cruz did not call Rubio "Little Marco"."""
    text = ("The networks all stuck with Trump talking at length about his wealth, taking shots at Marco Rubio "
            '("Little Marco") and Ted Cruz ("Lyin Ted"), and promoting Trump-branded steaks, wine and vodka.')
    quotes = extract(text, lang="en", nlp=nlp_en)
    assert all(q.cue != "branded" and q.speaker != "Ted Cruz" for q in quotes)


def test_a_noun_s_compound_adjective_is_no_reporting_verb(nlp_en, monkeypatch):
    """'weather-related' is no 'related' (a reporting verb, as in 'the pastor
    related that …'): read by the rules alone, no cue introduces the name."""
    from quotes.filtering import load_filter

    text = ("A 2015 review by a watchdog group found that the county had spent more than $80 million in ten years "
            "on weather-related repairs, lawsuits and fees. In June, the board voted to pay $2 million to families "
            'hurt in the 1990s by the notorious road crew known as the "Night Shift," run by then-foreman Jon Burke.')
    monkeypatch.setenv("QUOTES_FILTER_EN", "none")
    load_filter.cache_clear()
    try:
        quotes = extract(text, lang="en", nlp=nlp_en)
    finally:
        monkeypatch.delenv("QUOTES_FILTER_EN")
        load_filter.cache_clear()
    assert [q.cue for q in quotes if q.cue == "related"] == []


def test_relating_to_is_about_not_reporting(nlp_en):
    text = ("The agency is also reviewing possible breaches of the Records Act under rules relating to “willful "
            "concealment” of official papers.")
    assert all(q.cue != "relating" for q in extract(text, lang="en", nlp=nlp_en))


def test_a_capitalised_title_before_a_name_after_a_dateline(nlp_en):
    """'Senate Majority Leader' parsed a proper noun with the name its
    apposition: the name is the speaker's; 'Attorneys for Clinton' are not Clinton."""
    text = ('WASHINGTON (Reuters) - House Minority Leader Hakeem Jeffries on Tuesday called the bill "a '
            'historic step."\n\nAttorneys for Clinton opposed the effort, saying in court filings that the account '
            '"has never been the property of the State Department."')
    quotes = attributed(text, nlp_en)
    assert [(q.text, q.speaker) for q in quotes][0] == ("a historic step.", "Hakeem Jeffries")
    assert all(q.speaker != "Clinton" for q in quotes)


# Who a speaker is, read past what the parse or the NER missed: each case the
# quotes attributed, in order, with the fields it is about.
NAMED_SPEAKER_CASES = [
    # 'that Russia would continue its "special military operation"': a term
    # inside the object of "continue" is the reporter's words (Peskov's), not
    # what Russia continued saying
    pytest.param(
        'Spokesman Dmitry Peskov told reporters that Kyiv was "detached from reality" and that Russia '
        'would continue its "special military operation" until its goals were met.',
        [{"text": "detached from reality", "speaker": "Dmitry Peskov"},
         {"text": "special military operation", "speaker": "Dmitry Peskov"}],
        id="a-term-inside-what-is-continued-is-not-continued-speech"),
    # 'A federal judge … calling it "…". U.S. District Judge Amanda Ruiz wrote':
    # the lede describes before any name, the article names after
    pytest.param(
        'A federal judge in Texas on Friday blocked the asylum rule, calling it "arbitrary and capricious."\n\n'
        'U.S. District Judge Amanda Ruiz wrote that the government had "failed to consider" the consequences.',
        [{"text": "arbitrary and capricious.", "speaker": "Amanda Ruiz"},
         {"text": "failed to consider", "speaker": "Amanda Ruiz"}],
        id="a-lede-description-is-the-one-person-named-later-with-its-role"),
    pytest.param(
        'A federal judge in Texas on Friday blocked the asylum rule, calling it "arbitrary and capricious."\n\n'
        'U.S. District Judge Amanda Ruiz and Judge Paul Kent of Ohio have ruled on similar rules before.',
        [{"text": "arbitrary and capricious.", "speaker": "A federal judge in Texas"}],
        id="a-lede-description-stays-when-two-people-hold-its-role"),
    # '"…," the Spaniard told reporters', 'the 53-year-old said': an epithet by
    # nationality or age varies the name of the person just quoted; 'Another
    # Spaniard' is someone else
    pytest.param(
        'Pep Guardiola insisted on Saturday that the race was "far from over."\n\n'
        '"We have been in worse situations," the Spaniard told reporters.\n\n'
        '"I trust these players," the 53-year-old added.\n\n'
        'Another Spaniard in the squad said the title was "gone."',
        [{"text": "far from over.", "speaker": "Pep Guardiola"},
         {"text": "We have been in worse situations,", "speaker": "Pep Guardiola"},
         {"text": "I trust these players,", "speaker": "Pep Guardiola"},
         {"text": "gone.", "speaker": "Another Spaniard"}],
        id="an-epithet-by-nationality-or-age-is-the-person-just-quoted"),
    # 'Pep Guardiola insisted': a name the small NER leaves unlabelled, the
    # subject of a reporting verb, is a person, so "Guardiola" later and the
    # "he" after him are his, not the last speaker's
    pytest.param(
        'Pep Guardiola insisted on Saturday that the title race was "far from over."\n\n'
        'Former City defender Micah Richards was blunt: "They look tired."\n\n'
        'Guardiola has never lost four league matches in a row. "There is always a first time," he joked.',
        [{"text": "far from over.", "speaker": "Pep Guardiola"}, {"text": "They look tired.", "speaker": "Micah Richards"},
         {"text": "There is always a first time,", "speaker": "Pep Guardiola"}],
        id="an-unlabelled-reporter-is-a-person-his-surname-and-pronoun-follow"),
    # 'According to a transcript of the call, X told supporters: "…"': a
    # recording holds X's words; a medium ('According to ProPublica') stays the source
    pytest.param(
        'According to a transcript of the call obtained by CNN, Ocasio-Cortez told supporters: "We are going to win this."',
        [{"text": "We are going to win this.", "speaker": "Ocasio-Cortez"}],
        id="a-transcript-records-the-words-of-who-spoke"),
    # "Kowalski's wife, Ann, puts it": her first name is read in full, with the
    # surname of the person the possessive names
    pytest.param(
        'Her neighbor, a retired firefighter named Joe Kowalski, was less surprised.\n\n'
        "Kowalski's wife, Ann, puts it more bluntly: \"They gambled with our lives.\"",
        [{"text": "They gambled with our lives.", "speaker": "Ann Kowalski"}],
        id="kin-of-a-named-person-takes-the-surname"),
    # 'Dolphin, for his part, insisted': a surname that is also a common word,
    # set off by commas before a verb with no subject, tagged an adverb
    pytest.param(
        'The union is led by Dr. Tom Dolphin, a consultant anaesthetist.\n\n'
        'Dolphin, for his part, insisted the union had "no choice but to strike."',
        [{"text": "no choice but to strike.", "speaker": "Tom Dolphin"}],
        id="surname-that-is-a-common-word-set-off-before-its-verb"),
    # 'had sent letters …, hired lawyers and placed newspaper ads calling': whoever
    # placed the ads is the subject written with the first verb.
    pytest.param(
        "Within weeks the nurses' union had sent letters to members, hired lawyers and pollsters, and placed "
        'newspaper ads calling the plan "a betrayal of every nurse in the state."',
        [{"text": "a betrayal of every nurse in the state.", "speaker": "the nurses' union"}],
        id="a-document-speaks-for-the-subject-of-the-first-coordinated-verb"),
    # 'the former secretary of state' names whom the article gave that role ...
    pytest.param(
        "Former Secretary of State Hillary Clinton spoke after Sanders in Des Moines. Reprising one of her "
        'favorite lines, the former secretary of state talked about keeping the "progress we made under '
        'President Obama" alive.',
        [{"text": "progress we made under President Obama", "speaker": "Hillary Clinton"}],
        id="a-role-written-before-its-complement-is-its-holder"),
    pytest.param(
        "François Hollande spoke in Paris on Sunday. \"France will always be France,\" an angry Hollande said.",
        [{"text": "France will always be France,", "speaker": "François Hollande",
          "speaker_mention": "an angry Hollande"}],
        id="a-named-person-after-an-epithet-is-that-person"),
    pytest.param(
        'François Hollande spoke in Paris on Sunday. An angry Hollande added: "It never gives up."',
        [{"text": "It never gives up.", "speaker": "François Hollande"}],
        id="a-named-person-after-an-epithet-opening-the-sentence"),
    # ... and when no one was given it, the last speaker is not it: the description stays.
    pytest.param(
        'Donald Trump said on Monday that Israel needs "a real friend." The former secretary of State began '
        'her speech to the group by slamming candidates who would "outsource" leadership to dictators.',
        [{"speaker": "Donald Trump"}, {"speaker": "The former secretary of State"}],
        id="a-role-written-before-its-complement-is-never-guessed"),
    pytest.param(
        'After he mocked the hit film "Frozen" for being "too woke," Pastor Dale Hutton has now turned on '
        "the Boy Scouts.",
        [{"text": "too woke,", "speaker": "Dale Hutton"}],
        id="a-pronoun-before-anyone-is-named-announces-the-next-name"),
    # 'wrote on X. Vivek Ramaswamy …': the tokenizer keeps "X." whole, as an
    # initial; the sentence still ends there, and the next name speaks.
    pytest.param(
        '"The governor is in denial," Nikki Haley wrote on X. Tim Scott, for his part, called the plan '
        '"a disaster."',
        [{"text": "The governor is in denial,", "speaker": "Nikki Haley"}, {"text": "a disaster.", "speaker": "Tim Scott"}],
        id="a-sentence-ends-after-the-network-x"),
    # 'Mao Ning … Mao told': the one word alone is the name the article gave in
    # full first; a slogan's first word is not ('the Trump Train').
    pytest.param(
        'BEIJING (AP) - Foreign ministry spokesperson Mao Ning said Monday that Beijing "firmly opposes" the '
        'sanctions. "The U.S. should stop its wrong practices," Mao told a daily briefing.\n\n'
        "For those of you not yet on the Trump Train, I know you don't believe me. "
        '"We will win so much," Trump said.',
        [{"speaker": "Mao Ning"}, {"speaker": "Mao Ning"}, {"speaker": "Trump"}],
        id="a-family-name-written-first-is-the-person-named-in-full-before"),
    # 'Bush went after Trump …. "…," the former Florida governor said': Trump, named
    # after a preposition, is not whom the description varies; a possessed role
    # ('the former vice president's spokeswoman') is never guessed.
    pytest.param(
        "Donald Trump dismissed a report that Jeb Bush has been considering not endorsing him.\n\n"
        "According to the Post, Bush campaign officials looked into the consequences. They determined that "
        "Bush would fall off the ballot in three states.\n\n"
        'Bush went after Trump at the debate refusing to recant earlier remarks, when he called the '
        'businessman "unhinged." "So Donald, you know, is great at the one-liners, but he\'s a chaos '
        'candidate. He would not be the commander in chief we need," the former Florida governor said.\n\n'
        "Former Vice President Al Gore will skip the convention. In a statement to the Associated Press, the "
        'former vice president\'s spokeswoman called the decision "a personal one."',
        [{"speaker": "Jeb Bush"}, {"speaker": "Jeb Bush"}, {"speaker": "the former vice president's spokeswoman"}],
        id="a-description-passes-over-a-name-after-a-preposition"),
    # 'said a senior European diplomat … the diplomat said': the source as the article
    # described it first; not a thing by the last word of a description ('one
    # Democrat familiar with the discussion … the discussion').
    pytest.param(
        'A senior Asian diplomat, who spoke on condition of anonymity, said the mood was "grim." '
        '"Nobody expects a breakthrough," the diplomat said.',
        [{"speaker": "A senior Asian diplomat"}, {"speaker": "A senior Asian diplomat"}],
        id="the-same-noun-again-is-the-unnamed-source-before"),
    # 'drew a rebuke from Sen. Lisa Murkowski': a name after a preposition is passed
    # over by "she", except the source of the words it follows.
    pytest.param(
        'Spokeswoman Karoline Leavitt called the statement "pathetic." The exchange drew a rebuke from '
        'Sen. Susan Collins (R-Maine). "Both sides need to tone it down," she told reporters.',
        [{"speaker": "Karoline Leavitt"}, {"speaker": "Susan Collins"}],
        id="whom-words-came-from-is-no-passing-name"),
    # 'His wife, Jane, …' with "Jane Sanders" named: a first name the census knows
    # (the short list does not) is the one person of the article so named.
    pytest.param(
        "Bernie Sanders has not said what he will do next. His wife, Jane, offered a preview in an interview "
        'on Tuesday. "If he is not the nominee, he will keep this movement going," she said. Jane Sanders '
        "has been his closest adviser for decades.",
        [{"speaker": "Jane Sanders"}],
        id="a-census-first-name-alone-is-the-one-person-so-named"),
    pytest.param(
        "The pastor then related that the idea came to him during a night of prayer. “I felt that I had to "
        "write down every name in that chapter before the morning.”",
        [{"text": "I felt that I had to write down every name in that chapter before the morning.",
          "speaker": "The pastor"}],
        id="related-that-reports-speech-like-told"),
    # A surname alone is the person the article named in full, however the NER
    # tagged either: a family name of two words ('Le Pen' read as an
    # organisation), a first name written as initials ...
    pytest.param(
        "French far-right leader Marine Le Pen backed the Republican nominee on Thursday.\n\n"
        '"He is the candidate of the people," Le Pen told reporters in Paris.',
        [{"speaker": "Marine Le Pen"}],
        id="a-family-name-of-two-words-is-the-person-named-in-full"),
    pytest.param(
        '"You would not have had the standoff if not for the militia," says J.J. MacNab, an expert on '
        'extremist groups.\n\nMacNab says that the groups "have been growing for years."',
        [{"speaker": "J.J. MacNab"}, {"speaker": "J.J. MacNab"}],
        id="initials-end-no-sentence-in-a-name"),
    # ... or a name the NER tagged no person at all (a headline's), written
    # once with a first name the lists know.
    pytest.param(
        "Cecile Richards: 'We Will Not Back Down.'\n\nThe head of the group spoke at length on Monday. "
        '"We are not going anywhere," Richards said.',
        [{"speaker": "Cecile Richards"}],
        id="a-surname-is-completed-from-the-article-text"),
    # A first name no list knows is one all the same after a noun for a
    # person ('author Dinesh D’Souza') ...
    pytest.param(
        "Filmmaker and best-selling author Ramesh D’Lima made his prediction on Friday.\n\n"
        '"If I had to bet now, I would bet on the governor," D’Lima said.',
        [{"speaker": "Ramesh D’Lima"}],
        id="an-unlisted-first-name-after-a-role-completes-the-surname"),
    # ... or right before the surname the NER tagged alone, inside the mention.
    pytest.param(
        '"The fear is greater here than in other places," said Paloma Wu, legal director for the state '
        "chapter.\n\n\"We will appeal,\" Wu said.",
        [{"speaker": "Paloma Wu"}, {"speaker": "Paloma Wu"}],
        id="the-proper-noun-before-a-lone-tagged-surname-is-its-first-name"),
    # A name set off by commas at the head of its sentence, after "And", is the
    # subject the parse lost: "he" right after is that person, not the last speaker.
    pytest.param(
        'Tom Hale said: "No large economy in the world has yet succeeded in making a big dent in emissions."\n\n'
        "And Obama, for all the progress he helped wrangle from world leaders, seems to agree. "
        '"We do not yet know exactly what is going to work best," he said.',
        [{"speaker": "Tom Hale"}, {"speaker": "Obama"}],
        id="a-fronted-subject-after-and-is-whom-he-stands-for"),
    # An honorific says which of two people sharing a surname speaks ...
    pytest.param(
        "Michelle Obama spoke first on Friday. Barack Obama followed her.\n\n"
        '"It is personal," Mr. Obama said. "It is not," Mrs. Obama said.',
        [{"speaker": "Barack Obama"}, {"speaker": "Michelle Obama"}],
        id="an-honorific-picks-the-full-name-of-its-gender"),
    # A reporting verb before the name of a colon introducer is the inverted
    # cue, no part of the name ('Continued Stone: "…"').
    pytest.param(
        "The strategist Roger Stone spoke on the radio on Monday.\n\nStated Stone:\n\n"
        "“I think that the stakes are so high this year.”\n\nContinued Stone: “It is a very real problem.”",
        [{"speaker": "Roger Stone"}, {"speaker": "Roger Stone"}],
        id="a-reporting-verb-before-a-colon-introducer-is-no-part-of-the-name"),
    # A calling before a name the NER tagged with it is no part of the name.
    pytest.param(
        'Filmmaker Jack Marino said, “As a conservative, I have had enough of this town.”',
        [{"speaker": "Jack Marino"}],
        id="a-calling-the-ner-swallowed-is-no-part-of-the-name"),
    # A description passes over a possessor, as over a name after a preposition:
    # the sentence was about who questioned, not whose temperament.
    pytest.param(
        "Rick Perry spoke in Ames on Sunday.\n\nIn an interview with CNN, Carter continued to question Perry's "
        'temperament, saying the Texas governor could not "make deals" as president.\n\n"We can\'t have a guy who '
        'shouts at every other governor, right?" said the New York businessman, who campaigned in New Hampshire on '
        "Monday.",
        [{"speaker": "Carter"}, {"speaker": "Carter"}],
        id="a-description-passes-over-a-possessor"),
    # A description the article wrote of someone after naming them is that
    # person again, not someone of its own (which a description met before
    # the name is: the judge test above).
    pytest.param(
        "Voters in Iowa cheered Lopez on Friday. The candidate's aides said the crowd was the largest yet.\n\n"
        "Maria Lopez says she is under attack because of her rise in the polls.\n\n"
        '"There\'s no question I\'m getting special scrutiny," the Democratic presidential candidate told NBC on Sunday.',
        [{"speaker": "Maria Lopez"}],
        id="a-description-written-after-the-name-is-the-person-again"),
    # A mention never ends on a conjunction whose conjunct the parse hung elsewhere ...
    pytest.param(
        "On Wednesday’s episode of “The Late Show,” the former secretary of state and current Democratic nominee "
        "said she would speak “plainly to young voters.”",
        [{"speaker": "the former secretary of state", "speaker_mention": "the former secretary of state"}],
        id="a-mention-never-ends-on-a-conjunction"),
    # ... and a run of title words the parse read as a verb ('ranking') still
    # ends in the name of who speaks.
    pytest.param(
        '"We will keep fighting for every single vote in this state," said Judiciary ranking Democrat Maria Ortiz '
        "(D-Calif.).",
        [{"speaker": "Maria Ortiz"}],
        id="a-run-of-titles-read-as-a-verb-ends-in-the-name"),
    # A written thing that speaks is no person in the speaker facets.
    pytest.param(
        'The lawyer filed papers on Monday. "The committee ignored every warning it was given," the suit reads. '
        '"It was a cover-up," the book says.',
        [{"speaker": "the suit", "speaker_kind": "organisation"}, {"speaker": "the book", "speaker_kind": "organisation"}],
        id="a-written-thing-is-no-person"),
    pytest.param(
        'The magazine ran the interview on Tuesday. "We will not back down," the conservative publication wrote in '
        "an editorial.",
        [{"speaker": "the conservative publication", "speaker_kind": "organisation"}],
        id="a-publication-is-an-organisation"),
    # a share of the people polled is a group, not a person
    pytest.param(
        'Asked whether the economy was improving, "not really," 21 percent said.',
        [{"speaker": "21 percent", "speaker_kind": "group"}],
        id="a-share-of-people-is-a-group"),
    # An aside opened by "as" speaks for the clause it sits in, never for a
    # quote in another clause of the sentence.
    pytest.param(
        'Specifically, Lopez thought that "the board is moving far too slowly" to please investors and that the '
        'outcome, as Garcia later explained, was a "lost year."',
        [{"text": "lost year.", "speaker": "Garcia"}],
        id="an-as-aside-speaks-only-for-its-own-clause"),
    # "they" who speak are people, groups or bodies, never a plural thing
    # written as a subject before ('such schemes are harmful … They denounced').
    pytest.param(
        "The merger sparked criticism from lawmakers in both parties who agree that such schemes are harmful but "
        'have so far not acted against them. They denounced the loophole called a "shell swap," in which a company '
        "moves its address abroad.",
        [],
        id="they-is-never-a-plural-thing"),
]


@pytest.mark.parametrize("text, expected", NAMED_SPEAKER_CASES)
def test_named_speakers(nlp_en, text, expected):
    check(text, expected, nlp_en)


# --- the seed articles ------------------------------------------------------------------

def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"[a-z0-9]+", s))


def _same_speaker(gold: str, pred: str | None) -> bool:
    drop = {"the", "a", "an", "le", "la", "les", "un", "une", "des", "de", "l"}
    g = [w for w in _norm(gold).split() if w not in drop]
    p = [w for w in _norm(pred).split() if w not in drop]
    return bool(g and p) and (g[-1] == p[-1] or g[-1] in p)


def _same_text(gold: str, pred: str) -> bool:
    gq, pq = _norm(gold), _norm(pred)
    return bool(pq) and (gq == pq or (len(gq) > 3 and gq in pq and len(gq) * 2 >= len(pq))
                         or (len(pq) > 3 and pq in gq and len(pq) * 2 >= len(gq)))


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


METADATA = {row["file"]: row for row in _read_jsonl(ROOT / "data" / "sample-metadata.jsonl")}
SEED_GOLD = _read_jsonl(SEEDS / "quotes.gold.jsonl")
SEED_NOT_QUOTES = _read_jsonl(SEEDS / "not-quotes.gold.jsonl")


@pytest.fixture(scope="module")
def seed_quotes(nlp_en, nlp_fr):
    pipelines = {"en": nlp_en, "fr": nlp_fr}

    @lru_cache(maxsize=None)
    def of(file: str) -> tuple:
        meta = METADATA[file]
        text = (SAMPLE_DIR / file).read_text(encoding="utf-8")
        quotes = extract(text, lang=meta["lang"], published=meta["published"], doc=Path(file).stem,
                         nlp=pipelines[meta["lang"]])
        for q in quotes:
            assert text[q.start : q.end] == q.text
        return tuple(quotes)

    return of


def _seed_id(g: dict) -> str:
    return f"{g['file'].split('-')[0]}:{g['quote'][:40]}"


# Seed quotes the current rules miss; keep them here so the lead sees them fail.
SEED_XFAIL: dict[str, str] = {}


def _seed_params():
    for g in SEED_GOLD:
        key = _seed_id(g)
        marks = [xfail(SEED_XFAIL[key])] if key in SEED_XFAIL else []
        yield pytest.param(g, id=key, marks=marks)


@pytest.mark.parametrize("gold", list(_seed_params()))
def test_seed_quote_found_with_speaker_and_date(seed_quotes, gold):
    quotes = seed_quotes(gold["file"])
    hit = next((q for q in quotes if _same_text(gold["quote"], q.text)), None)
    assert hit is not None, f"missed {gold['quote']!r}"
    assert (hit.speaker, hit.date) == (gold["speaker"], gold["date"]) or (
        _same_speaker(gold["speaker"], hit.speaker) and (hit.date or None) == gold["date"]
    ), f"speaker {hit.speaker!r} date {hit.date!r}"


@pytest.mark.parametrize("negative", SEED_NOT_QUOTES, ids=lambda n: f"{n['file'].split('-')[0]}:{n['text']}")
def test_seed_not_quote_is_not_attributed(seed_quotes, negative):
    leaked = [q.speaker for q in seed_quotes(negative["file"]) if _norm(q.text) == _norm(negative["text"]) and q.speaker]
    assert leaked == []


def test_a_show_named_in_quotation_marks_dates_nothing(nlp_en):
    """'said on ABC's "This Week With George Stephanopoulos."': the run is a
    show's name, not a quotation, and its "This Week" is no day; the quote
    keeps the article's date."""
    text = ('"You cannot pick up the phone and call Syria," Rubio said on ABC\'s '
            '"This Week With George Stephanopoulos."')
    [quote] = [q for q in extract(text, lang="en", published="2015-12-20") if q.text.startswith("You")]
    assert (quote.speaker, quote.date, quote.date_source) == ("Rubio", "2015-12-20", "article")


@pytest.mark.parametrize("text, speaker, titles", [
    # ... and is no title of theirs ...
    ('"We will not back down," Mr. Obama said.', "Obama", []),
    # ... nor is another person joined to the name.
    ('POLLS NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: "The polls failed to predict the winner."', None, []),
    ('"The race is tight," said Judicial Watch President Tom Fitton.', "Tom Fitton", ["Judicial Watch President"]),
    # ... without its article, as split_titles gives it ...
    ('"Interference is unacceptable," said the head of Russian diplomacy, Sergei Lavrov.', "Sergei Lavrov",
     ["head of Russian diplomacy"]),
    # ... unless the article is part of a name; a title with its "of" the parse hung on the name
    ('"The vote is close," said The Hill reporter Jane Doe.', "Jane Doe", ["The Hill reporter"]),
    ('"We will not be intimidated," Secretary of State Antony Blinken told reporters in Brussels.', "Antony Blinken",
     ["Secretary of State"]),
    # what the apposition after the name says the person is: not the age, nor a clause about them
    ('"Nobody listens," said Maria Lopez, 52, a nurse from Phoenix, who voted twice.', "Maria Lopez",
     ["nurse from Phoenix"]),
    ('"It is over," said Adam Green, co-founder of the Progressive Change Campaign Committee.', "Adam Green",
     ["co-founder of the Progressive Change Campaign Committee"]),
    ('"Nobody listens," said Yury Barmin, a Middle East analyst at the Moscow-based Russian International Affairs '
     'Council.', "Yury Barmin", ["Middle East analyst at the Moscow-based Russian International Affairs Council"]),
    # ... and a first name the NER left out of the name is the name's, no title
    ('Recep Tayyip Erdogan is warning. Turkey will strike the regime "everywhere" in Syria if there is another '
     'attack on its forces.', "Recep Tayyip Erdogan", []),
])
def test_titles_are_what_the_mention_says_of_the_speaker(nlp_en, text, speaker, titles):
    [quote] = extract(text, lang="en")
    assert quote.speaker_titles == titles
    assert speaker is None or quote.speaker == speaker  # (of two people, either)


@pytest.mark.parametrize("text", [
    pytest.param('"Back-channel" is a diplomatic word for a private draft or memo that does not commit the government.',
                 id="a-draft-or-memo"),
    pytest.param('Questions linger on many parts of the raid, including whether there was a "hold fire" order that kept '
                 'the team back.', id="questions-linger"),
])
def test_a_speech_word_used_as_a_noun_reports_nothing(nlp_en, text):
    """'a draft or memo', 'Questions linger': a word that can be a verb of
    speech, tagged a noun and heading no clause of its own, is no cue, so
    the term beside it is not made a quotation."""
    assert [(q.text, q.cue) for q in extract(text, lang="en", nlp=nlp_en)] == []


def test_a_speech_verb_tagged_a_noun_still_reports(nlp_en):
    """'Smith assails …' with the verb tagged a noun and the name hung on it:
    its clause still reports."""
    text = 'Smith assails in mocking prose what he calls the "cruel" "myth" of the moment.'
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == [("cruel", "Smith"), ("myth", "Smith")]


@pytest.mark.parametrize("text", [
    pytest.param('Needless to say, the "grand bargain" never came.', id="needless-to-say"),
    pytest.param('But "dumping the mayor" is easier said than done in a city like this.', id="easier-said-than-done"),
    pytest.param('The plan is, so to speak, "dead on arrival" in the Senate.', id="so-to-speak"),
])
def test_a_set_phrase_on_a_speech_verb_reports_nothing(nlp_en, text):
    """'Needless to say', 'easier said than done': the verb of a set phrase
    reports nothing, so it neither makes a term a quotation nor a word of
    the phrase a speaker ("Needless")."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == []


@pytest.mark.parametrize("text, expected", [
    # the writer's own reporting names no one ...
    ('According to our sources, the government is preparing "a massive savings plan."',
     [("a massive savings plan.", None)]),
    # ... and leaves a reporting verb its speaker
    ('"We will win," Smith said, according to our reporting.', [("We will win,", "Smith")]),
])
def test_according_to_our_sources_is_the_writer(nlp_en, text, expected):
    """'According to our sources': what the paper knows, never a speaker
    called "our"."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == expected


@pytest.mark.parametrize("text, expected", [
    ('The memo contradicts remarks by Governor Ann Patel that "no warning was ever given."',
     [("no warning was ever given.", "Ann Patel")]),
    ('The vote followed a warning from the mayor that "the city will not pay for the stadium."',
     [("the city will not pay for the stadium.", "the mayor")]),
])
def test_words_owned_through_by_or_from_are_the_owners(nlp_en, text, expected):
    """'remarks by X that "…"', 'a warning from the mayor that "…"': the one
    the preposition names owns the words, as a possessive would ('Patel's
    remarks'); "warning" counts as a word for something said although it
    is also a form of "warn"."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == expected


@pytest.mark.parametrize("text", [
    'Lavrov said, per an interpreter, that the talks had been "frank and useful."',
    'Lavrov said, according to his translator, that the talks had been "frank and useful."',
])
def test_an_interpreter_carries_the_words_of_the_subject(nlp_en, text):
    """'X said, per an interpreter, that …': the interpreter carries X's
    words across; X speaks."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == [("frank and useful.", "Lavrov")]


def test_a_portfolio_before_a_name_is_no_part_of_it(nlp_en):
    """'Former Secretary of Defense Leon Panetta': the NER may run "Defense"
    into the name; the name starts after the portfolio, as the title ends."""
    [quote] = extract('Former Secretary of Defense Leon Panetta said the attack was "a tragedy."', lang="en", nlp=nlp_en)
    assert (quote.speaker, quote.speaker_titles) == ("Leon Panetta", ["Former Secretary of Defense"])


@pytest.mark.parametrize("text, expected", [
    ('Sergei Lavrov arrived late. The talks were "frank and useful," according to his spokesman.',
     [("frank and useful,", "Sergei Lavrov's spokesman")]),
    ('Dana Reyes did not comment. According to her lawyers, the charges are "baseless."',
     [("baseless.", "Dana Reyes's lawyers")]),
    # a word for what was said stays its owner's
    ('Dana Reyes was there. According to her account, the meeting was "short and tense."',
     [("short and tense.", "Dana Reyes")]),
])
def test_according_to_a_possessed_source_is_the_source(nlp_en, text, expected):
    """'according to his spokesman': the spokesman speaks ("Sergei Lavrov's
    spokesman"), not the man the possessive names; 'according to her
    account' is still hers."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('A memo obtained by CNN says the plan is "unworkable."', "A memo"),
    ('A report seen by Reuters describes the plan as "unworkable."', "A report"),
    # the one who sent it out is its issuer
    ('A fundraising email sent out by the Sanders campaign called the plan "unworkable."', "the Sanders campaign"),
])
def test_who_obtained_a_document_did_not_write_it(nlp_en, text, speaker):
    """'a memo obtained by CNN': the outlet that obtained or saw a document
    is no issuer of it, and a document the article only now introduces is
    no earlier speaker's either."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == [("unworkable.", speaker)]


@pytest.mark.parametrize("text, expected", [
    ('First, the mayor identified the new tax as "a burden on families," which few disputed.',
     [("a burden on families,", "the mayor")]),
    ('Critics painted the plan as "reckless."', [("reckless.", "Critics")]),
    # a sentence reporting what she identified introduces the quote after it
    ('On Sunday, Sen. Ana Ruiz identified rising rents as the reason young voters are angry. '
     '"The young people I meet cannot pay their rent anymore, and they know who to blame."',
     [("The young people I meet cannot pay their rent anymore, and they know who to blame.", "Ana Ruiz")]),
])
def test_identifying_or_painting_as_characterises(nlp_en, text, expected):
    """'identified the judge as "…"', 'painted the plan as "…"': like
    'described as', the subject characterises in the words quoted."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == expected


@pytest.mark.parametrize("text, expected", [
    ('As the mayor finally wrapped up — "We will rebuild this city together!" — the crowd stood.',
     [("We will rebuild this city together!", "the mayor")]),
    # with an object of its own it finishes a task, and says nothing
    ('Congress wrapped up work on the "skinny" bill.', []),
])
def test_wrapping_up_says_the_last_words(nlp_en, text, expected):
    """'When Trump finally wrapped up — "…" —': "wrap up" with nothing
    wrapped is speaking one's last words; 'wrapped up work on' is not."""
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == expected


def test_a_possessed_document_speaks_for_its_owner(nlp_en):
    """'His comments came after …', 'her initial statement': a document the
    speaker owns names the owner, not "His comments"."""
    text = 'Ted Cruz spoke in Ohio on Monday. His statement called the new law "a disaster for farmers."'
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == [("a disaster for farmers.", "Ted Cruz")]


def test_a_question_about_a_company_names_no_company(nlp_en):
    """'we don't know which polling company ran it': no body a later "It" can stand for."""
    text = ("Gallup ran one of the polls, but we don't know which polling company ran the best one. "
            'It said: "We do not name the vendors we tested."')
    assert [(q.text, q.speaker) for q in extract(text, lang="en", nlp=nlp_en)] == [
        ("We do not name the vendors we tested.", "Gallup")]


def test_a_quote_s_own_words_issue_no_document(nlp_en):
    """'From the report: "… samples … produced …"': the parse may hang the
    report on the quote's verb; the samples did not write the report."""
    text = ("The Census Bureau published its findings on Tuesday.\n\n"
            'From the report: "In general, samples with more elaborate weighting produced more accurate results."\n\n'
            '"The less accurate samples were balanced only on gender and age," the report said.')
    assert [q.speaker for q in extract(text, lang="en", nlp=nlp_en)] == ["the report", "the report"]


# --- the press that quotes in single marks ----------------------------------------------

BRITISH_STYLE = (
    "Nurses at Harrowgate General vote to strike\n\n"
    "‘Our members are worn out and they have had enough,’ said Ruth Okonedo, regional secretary of the nurses’ union, "
    "on Sunday. ‘Nobody takes this step lightly.’\n\n"
    "The hospital trust said it was ‘disappointed’ by the result. 'The new shifts were agreed after months of talks,' "
    "a trust spokesman said. 'We urge the union to return to the table.'\n\n"
    'A patients\' group said it was "deeply concerned" about waiting lists.'
)


def test_an_article_quoting_in_single_marks_is_read_as_its_press_writes(nlp_en):
    """The British press quotes in single marks and keeps double marks for the
    odd term: there single-marked runs are quotations like any, and a run after
    a quoted sentence goes on with its speaker."""
    quotes = attributed(BRITISH_STYLE, nlp_en)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Our members are worn out and they have had enough,", "Ruth Okonedo"),
        ("Nobody takes this step lightly.", "Ruth Okonedo"),
        ("disappointed", "The hospital trust"),
        ("The new shifts were agreed after months of talks,", "a trust spokesman"),
        ("We urge the union to return to the table.", "a trust spokesman"),
        ("deeply concerned", "A patients' group"),
    ]


def test_single_marks_beside_more_double_marks_are_terms(nlp_en):
    """In copy that quotes in double marks, a single-marked run outside them is
    a headline's quote or a term, whatever verb is near."""
    text = ('Senator calls plan \'a fraud\'\n\n"This plan is a fraud," Senator Ana Ruiz said on Monday. '
            '"It will not pass."\n\nShe called the bill\'s backers \'naive\' in a later post.')
    assert [q.text for q in attributed(text, nlp_en)] == ["This plan is a fraud,", "It will not pass."]


def test_doubled_apostrophes_quote_as_double_marks(nlp_en):
    """''…'' is how archives of the New York Times print double marks."""
    text = ("Speaker Ana Ruiz on Tuesday called the governor's remarks ''reckless,'' a rare rebuke.\n\n"
            "''If he stays the course, I will not back him,'' said Senator Tom Hale. ''It is that simple.''")
    assert [(q.text, q.speaker) for q in attributed(text, nlp_en)] == [
        ("reckless,", "Ana Ruiz"), ("If he stays the course, I will not back him,", "Tom Hale"), ("It is that simple.", "Tom Hale")]


NAME_AND_BODY_CASES = [
    pytest.param("‘I’ve been sitting here since Sunday,’ Kieran O’Donoghue, a haulier from Ballyvane, said yesterday.",
                 [{"text": "I’ve been sitting here since Sunday,", "speaker": "Kieran O’Donoghue"}],
                 # (with curly single marks the parse may tag the surname a common noun)
                 id="a-surname-with-an-elided-prefix-in-single-mark-copy"),
    pytest.param("Marguerite “Peggy” Ashworth-Lyle, the firm’s finance chief, said costs were “well under control.”",
                 [{"text": "well under control.", "speaker": "Marguerite Ashworth-Lyle",
                   "speaker_mention": "Marguerite “Peggy” Ashworth-Lyle"}],
                 id="the-first-name-before-a-nickname-in-marks-is-part-of-the-mention"),
    pytest.param("The governor handed over to her deputy, Tomas Berglund-Aho, who said the krona’s slide since January "
                 "had added “about half a point” to inflation.",
                 [{"text": "about half a point", "speaker": "Tomas Berglund-Aho"}],
                 id="a-month-after-since-is-no-subject"),
    pytest.param("“Investors have stopped fighting the central bank,” said Ruth Adeyemi-Stone, a strategist at Calder "
                 "Markets. She said futures now pointed to a single cut this year. “In January it was three.”",
                 [{"text": "Investors have stopped fighting the central bank,", "speaker": "Ruth Adeyemi-Stone"},
                  {"text": "In January it was three.", "speaker": "Ruth Adeyemi-Stone"}],
                 id="a-verb-inside-what-was-reported-introduces-nothing"),
    pytest.param("Today she is more forgiving. In a 1994 interview with Sound Weekly, she described touring as "
                 "“a lovely way to ruin your life”.", [],
                 id="a-paper-is-no-she"),
    pytest.param("There was also a special mention for “Slack Water”, the debut feature by local director Owain "
                 "Pritchard-Lomax, shot on the ferry between Eastwater and Fennick Point. The 29-year-old told the "
                 "audience that he had paid for the film through “a very embarrassing crowdfunder”.",
                 [{"text": "a very embarrassing crowdfunder", "speaker": "The 29-year-old"}],
                 # (a place is no one of an age, and the last word of its name is no verb that names the film)
                 id="a-place-is-no-person-nor-its-name-a-cue"),
    pytest.param("Corvane Media agreed on Monday to buy Halden Networks for $14 billion in cash. Halden said the deal "
                 "was “in the best interests of shareholders”.",
                 [{"text": "in the best interests of shareholders", "speaker": "Halden Networks"}],
                 id="a-body-named-by-its-first-word-is-the-body-named-in-full"),
    pytest.param("Halvorsen Freight cuts profit outlook as analysts question pricing power\n\nHalvorsen Freight Corp cut "
                 "its full-year profit forecast late on Monday. In its results statement, Halvorsen said “softer "
                 "industrial demand” had squeezed its operating margin.",
                 [{"text": "softer industrial demand", "speaker": "Halvorsen Freight Corp"}],
                 id="the-body-s-longest-name-over-the-headline-s"),
    pytest.param("PC Rhian ap Dafydd told the inquest the lorry was turning. “It could not have been seen,” ap Dafydd said.",
                 [{"text": "It could not have been seen,", "speaker": "Rhian ap Dafydd"}],
                 id="a-welsh-particle-joins-the-first-name-to-the-surname"),
    pytest.param("Headteacher Carys Odell-Whitfield said Tom was “the teacher every child remembers”.",
                 [{"text": "the teacher every child remembers", "speaker": "Carys Odell-Whitfield"}],
                 id="a-head-teacher-s-role-is-no-part-of-her-name"),
    pytest.param("The developer, Calloway Brooke Homes, welcomed the decision. ‘We are delighted with the result,’ the "
                 "company said in a statement.",
                 [{"text": "We are delighted with the result,", "speaker": "Calloway Brooke Homes"}],
                 id="a-body-named-in-apposition-to-the-subject-is-the-company"),
    pytest.param("Among them was Dame Philippa Strand-Owusu, who made her professional debut at the Lantern in 1983. "
                 "She said yesterday that she owed him ‘everything, quite literally everything’. ‘He was a magician "
                 "with a borrowed torch,’ the 64-year-old actress said.",
                 [{"text": "everything, quite literally everything", "speaker": "Philippa Strand-Owusu"},
                  {"text": "He was a magician with a borrowed torch,", "speaker": "Philippa Strand-Owusu"}],
                 # (the NER tags her a building: the honorific says she is someone; an actress is someone's role)
                 id="an-honorific-makes-a-person-of-what-the-ner-called-a-place"),
    pytest.param("The hearing was told that Northway Energy had cut off 900 homes. The panel’s chair, Dame Philippa "
                 "Okoro-Stanhope, was unmoved. ‘With respect, we have heard apologies before,’ she said.",
                 [{"text": "With respect, we have heard apologies before,", "speaker": "Philippa Okoro-Stanhope"}],
                 id="an-energy-company-is-no-she"),
    pytest.param("He died on Sunday, his daughter Imogen de Lacy-Mornington said in a statement. He is survived by "
                 "Imogen and his son Barnaby. In the same statement, Imogen said the family would prefer donations to "
                 "flowers, ‘because Dad hated anything that wilted’.",
                 [{"text": "because Dad hated anything that wilted", "speaker": "Imogen de Lacy-Mornington"}],
                 id="a-british-first-name-alone-is-the-one-person-so-named"),
    pytest.param("Cllr Brendan Fitzmaurice, the council’s cabinet member for education, said the results showed “what is "
                 "possible”.\n\nNot everyone welcomes the rankings. A parent who asked not to be named said pupils were "
                 "under “relentless” pressure. “My son had a stomach ache every Sunday night,” she said.",
                 [{"text": "what is possible", "speaker": "Brendan Fitzmaurice"},
                  {"text": "relentless", "speaker": "A parent"},
                  {"text": "My son had a stomach ache every Sunday night,", "speaker": "A parent"}],
                 # (the title the NER ran into the name hid the first name's gender)
                 id="a-title-before-a-first-name-leaves-him-a-man"),
    pytest.param("A former controller at the collapsed crypto lender Brightvault testified Monday that the fund was "
                 "“a house of cards”.",
                 [{"text": "a house of cards",
                   "speaker": "A former controller at the collapsed crypto lender Brightvault"}],
                 # (the NER tags the lender a person: where someone works is not who they are)
                 id="the-firm-someone-works-at-is-not-them"),
    pytest.param("The Bank held rates on Monday. Governor Evangeline Marsh-Albright said inflation was sticky.\n\n"
                 "The question was passed to the deputy governor, Rohan Desai-Whitby. \"The pass-through is slower,\" he "
                 "said.\n\nThe governor, looking impatient, said she would \"look at everything afresh\".",
                 [{"text": "The pass-through is slower,", "speaker": "Rohan Desai-Whitby"},
                  {"text": "look at everything afresh", "speaker": "Evangeline Marsh-Albright"}],
                 id="the-deputy-governor-is-not-the-governor"),
    pytest.param("‘We have heard you’: Pemberton chairman vows pay rethink after shareholder revolt\n\nSir Hugo "
                 "de Lacy-Whitmore, the chairman of Pemberton Minerals, promised a ‘root and branch’ review of pay.",
                 [{"text": "We have heard you", "speaker": "Hugo de Lacy-Whitmore"},
                  {"text": "root and branch", "speaker": "Hugo de Lacy-Whitmore"}],
                 id="a-headline-s-role-with-its-body-is-the-one-the-story-names-so"),
    pytest.param("Northgate Analytics sues rival Kestrel, alleging former engineer took AI code\n\n"
                 "BROOKHAVEN, March 10 (Reuters) - Data-software maker Northgate Analytics sued rival Kestrel Systems and a "
                 "former senior engineer on Monday, accusing them of stealing source code.\n\n"
                 "In a 62-page complaint, Northgate said Kestrel had “engaged in a deliberate campaign”.\n\n"
                 "Kestrel said in a statement on Tuesday that the claims were “baseless”.",
                 [{"text": "engaged in a deliberate campaign", "speaker": "Northgate Analytics"},
                  {"text": "baseless", "speaker": "Kestrel Systems", "speaker_kind": "organisation"}],
                 # (the word alone reads as a person's name, and is no one's surname)
                 id="a-body-s-first-word-read-as-a-person-is-the-body"),
    pytest.param("Lloyd-Okoro won in 2:31:07, two minutes clear of the defending champion, Agnieszka Wróblewska-Hart.\n\n"
                 "Wróblewska-Hart, who led until the 35-kilometre mark, was gracious in defeat. \"Bethan was just stronger "
                 "today,\" the Polish-born runner said.",
                 [{"text": "Bethan was just stronger today,", "speaker": "Agnieszka Wróblewska-Hart"}],
                 id="the-runner-is-the-one-the-sentence-before-was-about"),
    pytest.param("Cyclist killed at Tanners Cross junction ‘could not have been seen’, inquest told\n\nA cyclist who died "
                 "after being hit by a lorry could not have been seen by the driver, an inquest has heard.", [],
                 # (the headline drops the passive's auxiliary: the inquest was told, it told no one)
                 id="the-inquest-told-in-a-headline-was-told"),
    pytest.param("‘I checked my mirrors three times,’ Mr Wilcox told the inquest.",
                 [{"text": "I checked my mirrors three times,", "speaker": "Wilcox"}],
                 id="who-told-the-inquest-told-it"),
    pytest.param("Not everyone was persuaded. Writing in Saturday’s Eastwater Courier, the critic Desmond Achebe-Lowry "
                 "called it “gorgeous, earnest and about forty minutes too long”.",
                 [{"text": "gorgeous, earnest and about forty minutes too long", "speaker": "Desmond Achebe-Lowry"}],
                 # (the parse makes the paper the subject, the critic and his name its appositions)
                 id="the-critic-named-before-the-verb-not-the-paper-he-writes-in"),
    pytest.param("Governor Ama Oduya-Fynn, who sat through the hearing in the front row, spoke to journalists "
                 "briefly afterwards.\n\n\"Will you accept the ruling if the appeal court agrees?\" a journalist asked."
                 "\n\n\"I will go all the way to the Supreme Court,\" she replied.",
                 [{"text": "Will you accept the ruling if the appeal court agrees?", "speaker": "a journalist"},
                  {"text": "I will go all the way to the Supreme Court,", "speaker": "Ama Oduya-Fynn"}],
                 # (who replies is the one asked, not the journalist who put the question)
                 id="who-replies-to-a-question-is-not-who-asked-it"),
    pytest.param("Councillor Dario Venturini-Hale met the developers on Friday. A spokeswoman for Mr Venturini-Hale said "
                 "it had been \"a constructive first meeting\".",
                 [{"text": "a constructive first meeting", "speaker": "A spokeswoman for Mr Venturini-Hale"}],
                 # (the name behind the preposition says whom the spokeswoman speaks for, honorific or not)
                 id="a-spokeswoman-for-mr-x-is-the-spokeswoman"),
    pytest.param("A neighbour in Wick Harrowby, the hamlet where she farmed for forty years, said: \"She knew every "
                 "hedge by name.\"",
                 [{"text": "She knew every hedge by name.", "speaker": "A neighbour in Wick Harrowby"}],
                 # (the place the NER read as a person's name is where the neighbour lives)
                 id="a-neighbour-in-a-village-is-the-neighbour"),
    pytest.param("The reserve's warden, Heledd ab Owain, met us at the landing stage. \"We counted 2,300 pairs last "
                 "summer,\" says ab Owain.",
                 [{"text": "We counted 2,300 pairs last summer,", "speaker": "Heledd ab Owain"}],
                 # (the Welsh particle before a vowel, as "ap" before a consonant)
                 id="a-welsh-ab-is-part-of-the-name"),
    pytest.param("The presiding officer, Rana Imran Bhatti, rejected the claims on Monday. \"Every agent was present,\" "
                 "Mr Bhatti said.",
                 [{"text": "Every agent was present,", "speaker": "Rana Imran Bhatti"}],
                 # (a first name the lists give a woman, then a man's: 'Mr' picks the name all the same)
                 id="mr-x-is-the-man-whose-given-names-are-a-woman-s-and-a-man-s"),
    pytest.param("Party leader Thabiso ‘Tibz’ Mokoena laughed off the offers at a rally on Sunday. ‘My phone has not "
                 "stopped ringing,’ he said.\n\nMokoena said the party would ‘not be bought’.",
                 [{"text": "My phone has not stopped ringing,", "speaker": "Thabiso Mokoena"},
                  {"text": "not be bought", "speaker": "Thabiso Mokoena"}],
                 # (the NER stops at the nickname in single marks: the surname after it is the name's)
                 id="a-nickname-in-single-marks-inside-the-name"),
    pytest.param("But the Chief Press Secretary to Governor Tunde Bamidele, Mr Segun Adebayo-Okafor, on Sunday dismissed "
                 "the claims as “old lies”.\n\n“The man was Commissioner for Works for four years,” Adebayo-Okafor said in "
                 "a statement issued in Akure. The statement added that the governor would “not be distracted by "
                 "noise-makers”.",
                 [{"text": "old lies", "speaker": "Segun Adebayo-Okafor"},
                  {"text": "The man was Commissioner for Works for four years,", "speaker": "Segun Adebayo-Okafor"},
                  {"text": "not be distracted by noise-makers", "speaker": "Segun Adebayo-Okafor"}],
                 # (the statement is its sender's, named in full as the article names him)
                 id="the-statement-of-a-person-is-his-in-full"),
    pytest.param("Prof Harriet Lindqvist-Obi told the congress in Vienna: “This is the clearest signal we have had.”\n\n"
                 "Outside court, Rosalind Achebe-Grant KC said her client was “deeply remorseful”. “He will not appeal,” "
                 "she told reporters.\n\nSiobhan Carrick KC, for the families, was not satisfied. “Why now?” she asked.",
                 [{"text": "This is the clearest signal we have had.", "speaker": "Harriet Lindqvist-Obi"},
                  {"text": "deeply remorseful", "speaker": "Rosalind Achebe-Grant"},
                  {"text": "He will not appeal,", "speaker": "Rosalind Achebe-Grant"},
                  {"text": "Why now?", "speaker": "Siobhan Carrick"}],
                 # (British "Prof" has no stop, and the letters after a name, "KC", are no part of it)
                 id="british-prof-and-the-letters-after-a-name"),
    pytest.param("“We have buried three of our founders this year,” the minister, the Rev Dr Fiona MacLeod-Kerr, told the "
                 "parish.\n\n“We all know the roof needs work,” one elder said.\n\nDr MacLeod-Kerr did not dismiss the "
                 "concern when asked about it.\n\n“The roof will be mended,” she said.",
                 [{"text": "We have buried three of our founders this year,", "speaker": "Fiona MacLeod-Kerr"},
                  {"text": "We all know the roof needs work,", "speaker": "one elder"},
                  {"text": "The roof will be mended,", "speaker": "Fiona MacLeod-Kerr"}],
                 # (a title and a surname the NER took in together: the person named in full above)
                 id="a-title-and-a-surname-is-the-person-named-in-full"),
    pytest.param("The Rovers’ season ended on a high.\n\n“We never stopped believing,” beamed the coach, Dana Whitcombe. "
                 "The menu at the clubhouse, listed as “The Full Whistle”, is a mixed grill.",
                 [{"text": "We never stopped believing,", "speaker": "Dana Whitcombe"}],
                 # (a verb after a quote and its comma, its subject after it, tags the quote whatever the verb;
                 # a copula after a title describes it)
                 id="an-inverted-verb-after-a-quote-tags-it"),
    pytest.param("The whistles started early. Outside the dressing room, coach Gareth Pryce-Oduya did not hide. “I understand "
                 "the supporters’ frustration.” The Rovers’ anthem, “Blue Skies Over Harbourside”, is older than the club.",
                 [{"text": "I understand the supporters’ frustration.", "speaker": "Gareth Pryce-Oduya"}],
                 # (a whole quoted sentence nothing tags, after a sentence about a person: theirs)
                 id="a-sentence-about-someone-leads-to-their-quote"),
    pytest.param("The parish priest, Fr Tomasz Wierzbicki, arrived in 1998. “He brought shortbread,” Fr Wierzbicki said of "
                 "his predecessor.\n\n“It was a wet Monday in March,” Shire mayor Cr Trevor Ballard told the Courier.",
                 [{"text": "He brought shortbread,", "speaker": "Tomasz Wierzbicki"},
                  {"text": "It was a wet Monday in March,", "speaker": "Trevor Ballard"}],
                 # (British "Fr" for Father and Australian "Cr" for Councillor, without a stop, are titles)
                 id="father-and-councillor-without-a-stop"),
]


@pytest.mark.parametrize("text, expected", NAME_AND_BODY_CASES)
def test_names_and_bodies_as_business_and_british_copy_writes_them(nlp_en, text, expected):
    check(text, expected, nlp_en)


def test_a_participle_reporting_a_later_run_leaves_the_earlier_one(nlp_en):
    # (the pledge's words were struck out, not said by the wording that replaced them)
    text = ("At the party conference in Leeds her allies forced a change in the manifesto, striking out a pledge of "
            "“a full ban on new oil licences” and replacing it with softer text calling for “a managed transition.”")
    check(text, [{"text": "a managed transition.", "speaker": "her allies"}], nlp_en)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Sen. Idris Okonkwo-Bell did not wait for the break. Asked by moderator Dana Whitlock-Ames whether his "
                 "tax plan was “a fantasy,” the Nevada senator turned to the audience.\n\n“My plan is fully costed,” he said.",
                 [{"text": "a fantasy,", "speaker": "Dana Whitlock-Ames"},
                  {"text": "My plan is fully costed,", "speaker": "Idris Okonkwo-Bell"}],
                 # (the sentence before is about "the Nevada senator", whom the article never called so: the
                 # senator it was about, not the moderator who last spoke)
                 id="a-role-the-sentence-before-was-about"),
    pytest.param("“The minister has full confidence in the chief,” press secretary Imelda Szabo-Reyes said.\n\n"
                 "“Has the minister spoken to him this week?” one reporter asked.\n\n“They speak daily,” she said.",
                 [{"text": "The minister has full confidence in the chief,", "speaker": "Imelda Szabo-Reyes"},
                  {"text": "Has the minister spoken to him this week?", "speaker": "one reporter"},
                  {"text": "They speak daily,", "speaker": "Imelda Szabo-Reyes"}],
                 # (a reporter asks; whoever "she said" after the question is answers, whatever the verb)
                 id="a-reporter-asks-someone-else-answers"),
    pytest.param("The nine-page memo, dated March 2 and written by field director Oksana Perelman-Hardy, was obtained by "
                 "the Herald on Monday.\n\nThe memo relies on internal polling. “Our numbers are sliding in every "
                 "suburb,” it says.",
                 [{"text": "Our numbers are sliding in every suburb,", "speaker": "Oksana Perelman-Hardy"}],
                 # ("it", after a sentence about the memo, is the memo: its author speaks)
                 id="it-after-a-sentence-about-a-memo-is-its-author"),
])
def test_who_a_pronoun_after_a_role_a_question_or_a_memo_is(nlp_en, text, expected):
    check(text, expected, nlp_en)


@pytest.mark.parametrize("text, speaker", [
    # ("wa", a particle: the name runs on past it, whole in the mention set off after the role)
    ("The head of the elections board, Théodore Kabasele wa Nzambi, blamed “bad roads” for the delay.",
     "Théodore Kabasele wa Nzambi"),
    # ("Ag" inside a Tuareg name is no "AG", attorney general, before it)
    ("An army spokesman, Col. Moussa Ag Intalla, said the military had “assisted” the convoy.", "Moussa Ag Intalla"),
    # (the Burmese honorific "Daw" is a title, no part of the name)
    ("Its spokeswoman, Daw Thin Thin Aye, said the amnesty was “theatre.”", "Thin Thin Aye"),
])
def test_names_from_many_languages_are_read_whole(nlp_en, text, speaker):
    [quote] = extract(text, lang="en", nlp=nlp_en)
    assert quote.speaker == speaker


def test_the_young_woman_is_the_one_the_sentence_before_was_about(nlp_en):
    # (a gendered noun after an adjective, "the young woman": an epithet for the woman just introduced)
    text = "Priya Nandakumar, 24, took over the family bakery last year. “I bake before dawn every day,” says the young woman."
    check(text, [{"text": "I bake before dawn every day,", "speaker": "Priya Nandakumar"}], nlp_en)


def test_the_friend_is_the_friend_quoted_just_before(nlp_en):
    # ("a close friend of …" spoke just before: "the friend" is that source, as first described)
    text = ("A close friend of the former health secretary told the BBC she had been “left to carry the can”. “She "
            "argued every line of it,” the friend said.")
    check(text, [{"text": "left to carry the can", "speaker": "A close friend of the former health secretary"},
                 {"text": "She argued every line of it,", "speaker": "A close friend of the former health secretary"}], nlp_en)


def test_a_dateline_place_is_no_one_a_pronoun_stands_for(nlp_en):
    # (the place in capitals opening the story is where it was filed, not the "it" that calls for a treaty)
    text = ("TARVOS-KALA, March 10 — Leaders of the seven-nation bloc ended a two-day summit on Monday with a pledge on "
            "water, but the final communique exposed divisions.\n\nThe communique, adopted on Monday, said members were "
            "“determined to share the rivers.” It called for a treaty to be signed “no later than the next summit.”")
    speakers = [q.speaker for q in extract(text, lang="en", nlp=nlp_en)]
    assert "TARVOS-KALA" not in speakers and speakers[0] == "The communique"
