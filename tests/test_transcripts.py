"""Transcripts: lines a speaker's label opens are that speaker's words, with
no quotation mark; an interview's answers are its guest's, its questions
nobody's quote; labels that name no one, and labelled lines that are no
transcript (a list of goals, a headline), give nothing."""
from __future__ import annotations

from quotes import extract

HEARING = """The following is an excerpt from the hearing of the Senate Commerce Committee, at which Aurora Airlines chief executive Philip Dunmore testified about the outage.

SEN. KAREN HOLLOWAY: Mr. Dunmore, how many times had your engineers warned about the scheduling system?

DUNMORE: I'm aware of two internal memos, Senator.

HOLLOWAY: Two. And what happened to those memos?

DUNMORE: They were reviewed.
"""

INTERVIEW = """Novelist Hana Petrović, whose book was shortlisted for the Halden Prize, spoke to us by phone from Zagreb.

Q: Congratulations. Where were you when you heard?

A: In the supermarket, holding a cabbage.

Q: Do you think of it as a war novel?

A: No. People keep calling it that.
"""

CONSEIL = """Conseil municipal de Quimper : l'échange tendu sur la piscine

Lors du conseil de lundi soir, la fermeture de la piscine a opposé la maire, Isabelle Girard, et le chef de file de l'opposition, Yves Benoît. Voici un extrait du procès-verbal.

Mme Girard : La piscine a cinquante ans. Les travaux coûteraient 14 millions d'euros.

M. Benoît : Un équipement qui ne sera pas prêt avant 2030 !

Mme Girard : Les élèves seront accueillis à Ergué-Gabéric.
"""

ENTRETIEN = """Entretien avec la navigatrice Marion Le Dantec, de retour de son tour du monde.

Q : Comment vous sentez-vous ?

R : Fatiguée, mais heureuse. Je dors enfin.

Q : Repartirez-vous ?

R : Sans doute, mais pas tout de suite.
"""


def said(text: str, lang: str, nlp) -> list[tuple[str, str, str]]:
    quotes = extract(text, lang=lang, nlp=nlp, published="2026-11-20")
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker, q.kind) for q in quotes if q.attribution == "transcript"]


def test_a_hearing_transcript(nlp_en) -> None:
    assert said(HEARING, "en", nlp_en) == [
        ("Mr. Dunmore, how many times had your engineers warned about the scheduling system?", "Karen Holloway", "full"),
        ("I'm aware of two internal memos, Senator.", "Philip Dunmore", "full"),
        ("Two. And what happened to those memos?", "Karen Holloway", "full"),
        ("They were reviewed.", "Philip Dunmore", "full"),
    ]
    first = next(q for q in extract(HEARING, lang="en", nlp=nlp_en) if q.attribution == "transcript")
    assert (first.speaker_mention, first.speaker_titles) == ("SEN. KAREN HOLLOWAY", ["Sen."])


def test_an_interview_answers_are_its_guests_and_its_questions_left_out(nlp_en) -> None:
    assert said(INTERVIEW, "en", nlp_en) == [
        ("In the supermarket, holding a cabbage.", "Hana Petrović", "full"),
        ("No. People keep calling it that.", "Hana Petrović", "full"),
    ]


def test_un_proces_verbal_et_un_entretien(nlp_fr) -> None:
    assert said(CONSEIL, "fr", nlp_fr) == [
        ("La piscine a cinquante ans. Les travaux coûteraient 14 millions d'euros.", "Isabelle Girard", "full"),
        ("Un équipement qui ne sera pas prêt avant 2030 !", "Yves Benoît", "full"),
        ("Les élèves seront accueillis à Ergué-Gabéric.", "Isabelle Girard", "full"),
    ]
    assert said(ENTRETIEN, "fr", nlp_fr) == [
        ("Fatiguée, mais heureuse. Je dors enfin.", "Marion Le Dantec", "full"),
        ("Sans doute, mais pas tout de suite.", "Marion Le Dantec", "full"),
    ]


def test_labelled_lines_that_are_no_transcript(nlp_en) -> None:
    goals = ("What each candidate needs in New Hampshire on Tuesday, in a word or two.\n\n"
             "Bernie Sanders: Win in a walk.\n\nThe senator leads every poll by twenty points.\n\n"
             "Hillary Clinton: Keep it close.\n\nHer campaign has lowered expectations all week.\n")
    notes = ("Senator Maria Okafor spoke on Tuesday.\n\nUPDATE: The vote was moved to Thursday.\n\n"
             "CORRECTION: An earlier version misspelled the senator's name.\n")
    headline = ("Bernie Sanders: It Is Not A Radical Idea To Ask For A Living Wage\n"
                "Bernie Sanders: I Am Not Much Of A Socialist Compared To The Pope\n"
                "Senator Bernie Sanders spoke in Iowa on Sunday.\n")
    for text in (goals, notes, headline):
        assert said(text, "en", nlp_en) == []


def test_an_answer_quoted_whole_after_its_label(nlp_en) -> None:
    """'A: "Tired, but …"': a turn printed between marks is still its label's."""
    text = ('Ahead of Sunday\'s final, Valentina Moreau spoke to reporters in Melbourne on Thursday. Selected questions '
            'and answers:\n\nQ: How are you feeling physically?\nA: "Tired, but the good kind of tired."\n\n'
            'Q: What changes?\nA: "I change. She doesn\'t have to."\n')
    assert said(text, "en", nlp_en) == [
        ("Tired, but the good kind of tired.", "Valentina Moreau", "full"),
        ("I change. She doesn't have to.", "Valentina Moreau", "full"),
    ]


def test_a_guest_the_ner_does_not_see_and_ratings_that_are_no_turns(nlp_en, nlp_fr) -> None:
    interview = ("Interview with Lars Nilsson, chief executive of NordBank, recorded on November 16.\n\n"
                 "Q: Will you cut jobs next year?\n\nA: We have no plans for large cuts.\n\n"
                 "Q: And the dividend?\n\nA: Shareholders will be rewarded.\n")
    assert said(interview, "en", nlp_en) == [
        ("We have no plans for large cuts.", "Lars Nilsson", "full"), ("Shareholders will be rewarded.", "Lars Nilsson", "full")]
    notes = ("Ousmane Dembélé a inscrit un doublé dimanche soir.\n\nDONNARUMMA : Impeccable sur sa ligne. 7\n\n"
             "DEMBÉLÉ : Insaisissable, deux buts. 9\n")
    assert said(notes, "fr", nlp_fr) == []


TROIS_QUESTIONS = """Trois questions à Hélène Kerbrat

La maire de Saint-Aubin, Hélène Kerbrat, a inauguré samedi vingt kilomètres de pistes cyclables.

Pourquoi un tel investissement maintenant ?

Hélène Kerbrat : Parce que c'est maintenant ou jamais. Chaque euro investi nous fait économiser sur la voirie.

Les commerçants dénoncent la suppression de 300 places de stationnement.

H. K. : Je les entends, et je les reçois la semaine prochaine.

Et si les habitants ne suivent pas ?

H. K. : Ils suivent déjà. Le trafic cycliste a doublé en deux ans.
"""


def test_an_interview_whose_questions_go_unlabelled_and_whose_answers_are_initialled(nlp_fr) -> None:
    """Answers between unlabelled questions, the guest named in full on the
    first and by initials after: each is the guest's, the questions nobody's."""
    quotes = [q for q in extract(TROIS_QUESTIONS, lang="fr", nlp=nlp_fr) if q.attribution == "transcript"]
    assert [(q.text[:25], q.speaker) for q in quotes] == [
        ("Parce que c'est maintenan", "Hélène Kerbrat"),
        ("Je les entends, et je les", "Hélène Kerbrat"),
        ("Ils suivent déjà. Le traf", "Hélène Kerbrat"),
    ]


def test_an_interview_whose_questions_alone_are_labelled_quoted_answers(nlp_en) -> None:
    """'Q:' labels the questions only; each answer is the paragraph after,
    quoted whole (and running on over two paragraphs): the guest's, whom
    the lead names."""
    text = (
        "Nadia Karam-Ellison on grief and olive trees\n\n"
        "Karam-Ellison, 47, spoke with the Courier last Thursday. The interview has been edited.\n\n"
        "Q: The novel opens with a tree being cut down. Why start there?\n\n"
        "\"Because that is where my family's story starts.\"\n\n"
        "Q: Did you plan something this long?\n\n"
        "\"Not at all. I thought I was writing a novella.\n\n"
        "\"Then my mother got sick, and the book kept opening up.\"\n"
    )
    assert said(text, "en", nlp_en) == [
        ("Because that is where my family's story starts.", "Nadia Karam-Ellison", "full"),
        ("Not at all. I thought I was writing a novella.", "Nadia Karam-Ellison", "full"),
        ("Then my mother got sick, and the book kept opening up.", "Nadia Karam-Ellison", "full"),
    ]


def test_un_entretien_dont_seules_les_questions_sont_etiquetees(nlp_fr) -> None:
    """« Question : » devant chaque question, la réponse en paragraphe nu :
    la réponse est à l'invitée que le titre nomme, pas à son éditeur que le
    chapeau nomme d'abord ; un titre cité dans une question n'est la
    citation de personne ; la signature qui clôt l'entretien n'est pas une
    réponse."""
    text = (
        "Maëlle Kerbrat-Nguyen : « J'écris pour ceux qui ont deux pays »\n\n"
        "Avec « Les Marais de l'Aber », paru chez Ker Avel, Maëlle Kerbrat-Nguyen, 41 ans, signe son troisième roman.\n\n"
        "Question : « Les Marais de l'Aber » s'ouvre sur une tempête. Pourquoi ?\n\n"
        "Parce que c'est toujours par la fin qu'on commence.\n\n"
        "Question : Est-ce une autobiographie ?\n\n"
        "Non, et j'y tiens.\n\n"
        "Propos recueillis par Malo Le Dantec\n"
    )
    quotes = [(q.text, q.speaker) for q in extract(text, lang="fr", nlp=nlp_fr)]
    assert ("Parce que c'est toujours par la fin qu'on commence.", "Maëlle Kerbrat-Nguyen") in quotes
    assert ("Non, et j'y tiens.", "Maëlle Kerbrat-Nguyen") in quotes
    assert not any(speaker == "Question" for _, speaker in quotes)
    assert not any(text.startswith("Propos recueillis") for text, _ in quotes)
