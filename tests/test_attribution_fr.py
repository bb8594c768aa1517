"""French attribution, end to end through `extract`: « » and “ ” quotes, inverted
cues (« … », a-t-il déclaré), "selon X", "a affirmé que … « … »", dialogue dashes,
anonymous sources. Expected: one dict per attributed quote, in text order."""
from __future__ import annotations

import pytest

from quotes.extraction import extract

NNBSP = "\u202f"


def xfail(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def check(text: str, expected: list[dict], nlp) -> None:
    quotes = extract(text, lang="fr", nlp=nlp)
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.lang == "fr"
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    quotes = [q for q in quotes if q.speaker]
    got = [{k: getattr(q, k) for k in (expected[i] if i < len(expected) else ("text", "speaker"))}
           for i, q in enumerate(quotes)]
    assert got == expected


CASES = [
    pytest.param(
        "Une infirmière du service, qui souhaite garder l'anonymat, se dit « en colère » : « On nous parle de "
        "temporaire depuis deux ans. »\n\nLe service, qui a fermé en juin, a publié un communiqué : « Nous rouvrirons. »",
        [{"text": "en colère", "speaker": "Une infirmière du service"},
         {"text": "On nous parle de temporaire depuis deux ans.", "speaker": "Une infirmière du service"},
         {"text": "Nous rouvrirons.", "speaker": "Le service"}],
        id="la-relative-apres-le-complement-d-une-personne-est-a-la-personne"),
    pytest.param(
        "Dans Ouest-France, François Demay s'interroge : « Qui croit encore à cette réforme ? »",
        [{"text": "Qui croit encore à cette réforme ?", "speaker": "François Demay"}],
        # (l'analyse fait du journal le sujet, précédé de sa préposition, et du nom son conjoint)
        id="le-journal-ou-l-on-parle-n-est-pas-celui-qui-parle"),
    pytest.param(
        "La sénatrice Marion Deschamps a officialisé mercredi sa candidature. « Grenoble mérite mieux », a lancé la candidate.",
        [{"text": "Grenoble mérite mieux", "speaker": "Marion Deschamps"}],
        # (l'analyse fait du nom un modifieur du rôle : « la sénatrice » est le sujet, et la personne)
        id="la-candidate-est-la-senatrice-nommee-sujet-de-la-phrase-d-avant"),
    pytest.param(
        "Un diplomate européen, sous couvert d'anonymat, résume : « On a sauvé la COP. Mais on n'a pas sauvé le climat. »",
        [{"text": "On a sauvé la COP. Mais on n'a pas sauvé le climat.", "speaker": "Un diplomate européen"}],
        # (« résume » étiqueté nom propre : un mot en minuscules n'est pas un nom)
        id="le-verbe-avant-les-deux-points-lu-comme-un-nom-propre"),
    pytest.param(
        "La ministre Claire Vidal est arrivée à 9 heures. Elle a lu un texte qu'elle avait préparé : "
        "« Je demande pardon aux familles. »",
        [{"text": "Je demande pardon aux familles.", "speaker": "Claire Vidal"}],
        id="le-participe-avant-les-deux-points-lu-comme-un-nom-propre"),
    pytest.param(
        "Un de ses proches, qui a requis l'anonymat, confie : « Il est épuisé. »",
        [{"text": "Il est épuisé.", "speaker": "Un de ses proches"}],
        id="la-relative-apres-la-source-anonyme-n-en-fait-pas-partie"),
    pytest.param(
        "« Nous avons proposé une solution amiable il y a un an. Elle a été refusée. » C'est ce qu'a affirmé jeudi "
        "le promoteur Grégoire Saint-Amand devant le tribunal.\n\n« Il n'a aucune idée neuve. » Ce sont les mots de "
        "la députée Valérie Santoni.\n\n« Sans eau, il n'y a pas d'agriculture. » C'est par ces mots que M. Castéra "
        "a ouvert la réunion.",
        [{"text": "Nous avons proposé une solution amiable il y a un an. Elle a été refusée.", "speaker": "Grégoire Saint-Amand"},
         {"text": "Il n'a aucune idée neuve.", "speaker": "Valérie Santoni"},
         {"text": "Sans eau, il n'y a pas d'agriculture.", "speaker": "Castéra"}],
        id="la-phrase-d-apres-designe-la-citation-et-nomme-qui-l-a-dite"),
    pytest.param(
        "Les autorités sanitaires se veulent rassurantes. « Le risque pour l'homme reste très faible », a assuré "
        "jeudi la directrice générale de l'agence régionale de santé, Patricia Le Men. Un épidémiologiste se montre "
        "plus réservé.",
        [{"text": "Le risque pour l'homme reste très faible", "speaker": "Patricia Le Men"}],
        id="un-nom-de-famille-a-particule-capitale-apres-le-prenom"),
    pytest.param(
        "LA REVUE DE PRESSE.\n\nLA FIN DU TRAVAIL « L’automatisation changera le bureau plus que l’usine, et plus "
        "tôt qu’on ne le croit. » [Le Monde]",
        [{"text": "L’automatisation changera le bureau plus que l’usine, et plus tôt qu’on ne le croit.",
          "speaker": "Le Monde", "attribution": "according"}],
        id="l-extrait-d-une-revue-de-presse-est-au-journal-entre-crochets"),
    pytest.param(
        "Comme le chantait Jacques Brel en 1964, « Dans le port d’Amsterdam, y a des marins qui chantent. »",
        [{"text": "Dans le port d’Amsterdam, y a des marins qui chantent.", "speaker": "Jacques Brel", "cue": "chantait"}],
        id="les-paroles-d-une-chanson-sont-a-qui-la-chante"),
    pytest.param(
        "Emmanuel Macron a utilisé le mot « séparatisme » dans son discours.",
        [{"text": "séparatisme", "speaker": "Emmanuel Macron"}],
        id="qui-emploie-le-mot-est-cite"),
    pytest.param(
        "Le ministre Jean-Yves Le Drian s'est rendu à Ankara lundi.\n\n"
        "« Nous ne céderons pas », a déclaré le ministre.",
        [{"text": "Nous ne céderons pas", "speaker": "Jean-Yves Le Drian", "speaker_mention": "le ministre"}],
        id="role-description-stands-for-the-titled-name"),
    pytest.param(
        "Jérôme Lefort a présenté lundi sa dernière enquête d'opinion.\n\n"
        "« La gauche recule partout », a déclaré le sondeur.",
        [{"text": "La gauche recule partout", "speaker": "Jérôme Lefort", "speaker_mention": "le sondeur"}],
        id="un-metier-designe-la-personne-dont-parlait-la-phrase-d-avant"),
    pytest.param(
        "Claire Martin a été interrogée lundi sur l'immigration.\n\n"
        "« Que ferez-vous ? », a demandé le présentateur.",
        [{"text": "Que ferez-vous ?", "speaker": "le présentateur"}],
        id="celui-qui-interroge-n-est-pas-la-personne-interrogee"),
    pytest.param(
        "« Nous tiendrons bon », a déclaré le ministre de l'Intérieur.",
        [{"text": "Nous tiendrons bon", "speaker": "le ministre de l'Intérieur", "speaker_kind": "person"}],
        id="un-ministre-est-une-personne-meme-d-un-ministere-au-nom-propre"),
    pytest.param(
        "« Les cours reprendront lundi », a indiqué l'école. « Nous refusons », a déclaré la mairie.",
        [{"text": "Les cours reprendront lundi", "speaker": "l'école", "speaker_kind": "organisation"},
         {"text": "Nous refusons", "speaker": "la mairie", "speaker_kind": "organisation"}],
        id="une-ecole-ou-une-mairie-parle-en-institution"),
    pytest.param(
        "Une habitante de Lyon de 34 ans a été condamnée en mars pour un message sur Facebook. "
        "« Rentrez chez vous ! », a-t-elle écrit.",
        [{"text": "Rentrez chez vous !", "speaker": "Une habitante de Lyon de 34 ans", "speaker_kind": "anonymous"}],
        id="un-pronom-pour-une-source-sans-nom-reste-anonyme"),
    pytest.param(
        "Les frappes étaient « de précision », selon des experts militaires turcs. « Rien n'est décidé », "
        "ont indiqué plusieurs sources.",
        [{"text": "de précision", "speaker": "des experts militaires turcs", "speaker_kind": "group"},
         {"text": "Rien n'est décidé", "speaker_kind": "anonymous"}],
        id="un-pluriel-indefini-est-un-groupe-sauf-s-il-cache-une-source"),
    # « » and “ ”, cue before
    pytest.param(
        "Vladimir Poutine a déclaré : « Nous ne voulons pas de guerre avec la Turquie. »",
        [{"text": "Nous ne voulons pas de guerre avec la Turquie.", "speaker": "Vladimir Poutine",
          "cue": "a déclaré", "kind": "full"}],
        id="cue-before-guillemets"),
    pytest.param(
        "« Nous partirons demain », a déclaré le ministre de l’Intérieur, rapporte Le Monde.",
        [{"text": "Nous partirons demain", "speaker": "Le Monde", "cue": "rapporte"}],
        id="relayed-by-a-newspaper"),
    pytest.param(
        "Emmanuel Macron a répondu aux journalistes à Bruxelles. “La France ne reculera pas”, a-t-il dit.",
        [{"text": "La France ne reculera pas", "speaker": "Emmanuel Macron"}],
        id="curly-quotes-inverted-pronoun",
        ),
    # « a lâché l'attaquant français » : un rôle suivi d'un adjectif (l'ordre du
    # français) désigne celui dont l'article parle, comme « le président américain »
    pytest.param(
        "Kylian Mbappé n'a pas caché sa frustration après le match nul du Real Madrid, samedi soir. "
        "« On doit être plus tueurs devant le but », a lâché l'attaquant français au micro de Movistar.",
        [{"text": "On doit être plus tueurs devant le but", "speaker": "Kylian Mbappé"}],
        id="un-role-suivi-d-un-adjectif-est-celui-dont-on-parle",
        ),
    # « De source proche du ministère, on précise que « … » » : le « on » impersonnel
    # ne dit rien, la source est celle que la phrase nomme
    pytest.param(
        "De source proche du ministère de la Défense, on précise que « rien n'est encore décidé ».",
        [{"text": "rien n'est encore décidé", "speaker": "source proche du ministère de la Défense"}],
        id="de-source-proche-on-precise",
        ),
    # « la Russie poursuivrait son « opération militaire spéciale » » : un terme
    # dans l'objet de « poursuivre » est la parole de Peskov, pas de la Russie
    pytest.param(
        "Le porte-parole Dmitri Peskov a déclaré que la position de Kiev était « déconnectée de la réalité » "
        "et que la Russie poursuivrait son « opération militaire spéciale ».",
        [{"text": "déconnectée de la réalité", "speaker": "Dmitri Peskov"},
         {"text": "opération militaire spéciale", "speaker": "Dmitri Peskov"}],
        id="un-terme-dans-ce-qu-on-poursuit-n-est-pas-une-parole-poursuivie",
        ),
    # « a lancé le Catalan » : une épithète de nationalité désigne la personne
    # qu'on vient de citer ; « un Catalan » est quelqu'un d'autre
    pytest.param(
        "Pep Guardiola a assuré samedi que rien n'était « perdu ». « Nous gagnerons », a lancé le Catalan.",
        [{"text": "perdu", "speaker": "Pep Guardiola"}, {"text": "Nous gagnerons", "speaker": "Pep Guardiola"}],
        id="l-epithete-de-nationalite-est-la-personne-citee",
        ),
    # « Selon un enregistrement, X a lancé : « … » » : l'enregistrement garde les
    # paroles de X ; un média (« Selon Le Monde ») reste la source
    pytest.param(
        "Selon un enregistrement diffusé par Mediapart, le ministre Jean Dupont a lancé : « Nous allons gagner »",
        [{"text": "Nous allons gagner", "speaker": "Jean Dupont"}],
        id="un-enregistrement-garde-les-paroles-de-qui-parle",
        ),
    # « a-t-elle assuré devant le Parlement » : le Parlement est l'auditoire, pas
    # l'agent d'un passif (l'analyse prend « Cet accord » pour un sujet passif)
    pytest.param(
        "Ursula von der Leyen a défendu mercredi l'accord avec le Mercosur. "
        "« Cet accord protège nos normes sanitaires, sans exception », a-t-elle assuré devant le Parlement européen.",
        [{"text": "Cet accord protège nos normes sanitaires, sans exception", "speaker": "Ursula von der Leyen"}],
        id="devant-le-parlement-n-est-pas-l-agent",
        ),
    # inverted cues with a named antecedent earlier
    pytest.param(
        "Le ministre des Affaires étrangères, Jean-Yves Le Drian, s’est rendu à Ankara mardi. "
        "« Nous ne laisserons pas faire », a-t-il déclaré.",
        [{"text": "Nous ne laisserons pas faire", "speaker": "Jean-Yves Le Drian", "cue": "a-t-il déclaré"}],
        id="a-t-il-declare",
        ),
    pytest.param(
        "Anne Hidalgo a inauguré la nouvelle piste cyclable lundi. « Paris doit respirer », dit-elle.",
        [{"text": "Paris doit respirer", "speaker": "Anne Hidalgo"}],
        id="dit-elle",),
    pytest.param(
        "Le porte-parole du Kremlin, Dmitri Peskov, a rejeté les accusations turques. "
        "« La Russie respecte tous ses engagements », selon lui.",
        [{"text": "La Russie respecte tous ses engagements", "speaker": "Dmitri Peskov", "cue": "selon"}],
        id="selon-lui"),
    pytest.param(
        "« Nous ne céderons pas », a déclaré mercredi le président turc Recep Tayyip Erdogan.",
        [{"text": "Nous ne céderons pas", "speaker": "Recep Tayyip Erdogan", "cue": "a déclaré"}],
        id="inverted-named-with-title",
        ),
    pytest.param(
        "« Le régime paiera très cher », a averti Recep Tayyip Erdogan devant les députés de son parti.",
        [{"text": "Le régime paiera très cher", "speaker": "Recep Tayyip Erdogan"}],
        id="inverted-named",
        ),
    # selon X
    pytest.param(
        "« La situation à Idlib est catastrophique », selon Jan Egeland, conseiller humanitaire de l’ONU.",
        [{"text": "La situation à Idlib est catastrophique", "speaker": "Jan Egeland", "cue": "selon"}],
        id="selon-named"),
    pytest.param(
        "Selon le ministère russe de la Défense, « les groupes terroristes ont intensifié leurs attaques ».",
        [{"text": "les groupes terroristes ont intensifié leurs attaques",
          "speaker": "le ministère russe de la Défense", "cue": "Selon"}],
        id="selon-organisation-before"),
    # a affirmé que … « … »
    pytest.param(
        "Recep Tayyip Erdogan a affirmé que la Turquie frapperait « partout » les forces du régime syrien.",
        [{"text": "partout", "speaker": "Recep Tayyip Erdogan", "kind": "partial", "cue": "a affirmé"}],
        id="a-affirme-que-partial"),
    pytest.param(
        "La ministre des Armées, Florence Parly, a assuré que la France restait « pleinement engagée » au Sahel.",
        [{"text": "pleinement engagée", "speaker": "Florence Parly", "kind": "partial"}],
        id="a-assure-que-partial-apposition",
        ),
    # anonymous sources
    pytest.param(
        "« Nous ne retiendrons plus ceux qui veulent partir », a déclaré un officiel turc cité par l’AFP.",
        [{"text": "Nous ne retiendrons plus ceux qui veulent partir", "speaker": "un officiel turc"}],
        id="anonymous-cite-par"),
    pytest.param(
        "Selon un conseiller de l'Elysée cité par l'AFP, le président « n'a pas l'intention de reculer ».",
        [{"text": "n'a pas l'intention de reculer", "speaker": "un conseiller de l'Elysée", "kind": "partial"}],
        id="anonymous-de-complement-cite-par"),
    pytest.param(
        "« Le dossier est clos », a assuré un proche du ministre de l'Intérieur cité par Le Parisien.",
        [{"text": "Le dossier est clos", "speaker": "un proche du ministre de l'Intérieur"}],
        id="anonymous-du-complement-cite-par"),
    pytest.param(
        "Renault a affirmé lundi que l'usine était « condamnée ».\n\n« Nous n'avons pas le choix », a expliqué le groupe.",
        [{"text": "condamnée", "speaker": "Renault"},
         {"text": "Nous n'avons pas le choix", "speaker": "Renault", "speaker_mention": "le groupe"}],
        id="le-nom-d-un-organisme-reprend-celui-cite-juste-avant"),
    pytest.param(
        "« Le tournoi est un succès », a déclaré Amélie Mauresmo.\n\n"
        "« Les ventes sont excellentes », a affirmé la directrice, qui a requis l'anonymat.",
        [{"text": "Le tournoi est un succès", "speaker": "Amélie Mauresmo"},
         {"text": "Les ventes sont excellentes", "speaker": "la directrice", "speaker_kind": "anonymous"}],
        id="une-source-qui-a-requis-l-anonymat-n-est-personne-de-nomme"),
    pytest.param(
        "Un diplomate occidental a estimé que le cessez-le-feu était « très fragile ».",
        [{"text": "très fragile", "speaker": "Un diplomate occidental", "kind": "partial"}],
        id="anonymous-partial"),
    pytest.param(
        "Sur les réseaux, les internautes raillent le candidat. « C'est un clown », écrit un internaute.\n\n"
        "Un autre a jugé : « Ce serait drôle à regarder. »",
        [{"text": "C'est un clown", "speaker": "un internaute"},
         {"text": "Ce serait drôle à regarder.", "speaker": "un autre internaute", "speaker_mention": "Un autre"}],
        id="un-autre-reprend-le-nom-de-la-source-d-avant"),
    # narrow no-break spaces
    pytest.param(
        f"«{NNBSP}Nous resterons à Idlib{NNBSP}», a affirmé le ministre turc de la Défense, Hulusi Akar.",
        [{"text": "Nous resterons à Idlib", "speaker": "Hulusi Akar"}],
        id="narrow-no-break-spaces",
        ),
    pytest.param(
        "Des arguments balayés par la gauche. Mathilde Roux-Combaluzier, députée La France insoumise de la Creuse, "
        "a dénoncé un « saccage organisé » des services publics ruraux.",
        [{"text": "saccage organisé", "speaker": "Mathilde Roux-Combaluzier"}],
        # (l'analyse coupe la phrase après « députée » : le département du rôle n'est pas le sujet)
        id="le-departement-d-une-deputee-n-est-pas-qui-parle"),
    pytest.param(
        "Des élus ont protesté. Julien Ferrand-Morel, député Les Républicains de la Lozère, a fustigé une « trahison » "
        "des campagnes.",
        [{"text": "trahison", "speaker": "Julien Ferrand-Morel"}],
        # (l'analyse fait du parti le sujet du verbe)
        id="le-parti-apres-le-role-n-est-pas-qui-parle"),
    pytest.param(
        "« C’est une décision douloureuse », écrit le directeur général, Ueli Brunner-Dufaux. Le Bernois, arrivé en "
        "septembre, y affirme vouloir « tourner la page ».",
        [{"text": "C’est une décision douloureuse", "speaker": "Ueli Brunner-Dufaux"},
         {"text": "tourner la page", "speaker": "Ueli Brunner-Dufaux"}],
        id="le-gentile-est-la-personne-dont-parle-l-article"),
    pytest.param(
        "« On a arrêté de jouer », a reconnu Rui Carvalho-Mendes après le match. Plus tard, le Portugais a reconnu "
        "une « faute grave ».",
        [{"text": "On a arrêté de jouer", "speaker": "Rui Carvalho-Mendes"},
         {"text": "faute grave", "speaker": "Rui Carvalho-Mendes"}],
        id="le-portugais-est-celui-qui-vient-de-parler"),
    pytest.param(
        "Une question a fait monter la tension. « Craignez-vous pour votre poste ? », a demandé un journaliste à "
        "Jean-Baptiste Le Goff-Armand. Long silence.",
        [{"text": "Craignez-vous pour votre poste ?", "speaker": "un journaliste"}],
        id="a-qui-l-on-pose-la-question-n-est-pas-qui-la-pose"),
    pytest.param(
        "Mais la prudence de la dirigeante tranche avec son optimisme de l’automne : en novembre, lors d’une journée "
        "investisseurs, Marie-Hélène Lacombe-Ravier avait promis « une croissance à deux chiffres ».",
        [{"text": "une croissance à deux chiffres", "speaker": "Marie-Hélène Lacombe-Ravier"}],
        # (l'analyse accroche le verbe à la phrase d'avant les deux-points)
        id="le-nom-juste-avant-le-verbe-apres-les-deux-points-est-son-sujet"),
    pytest.param(
        "« Allez-vous tout changer ? », lui a demandé un journaliste. « Je n’ai jamais critiqué l’homme, j’ai critiqué "
        "des choix », a répondu Kanouté, avant de promettre « une équipe qui mouille le maillot ».",
        [{"text": "Allez-vous tout changer ?", "speaker": "un journaliste"},
         {"text": "Je n’ai jamais critiqué l’homme, j’ai critiqué des choix", "speaker": "Kanouté", "cue": "a répondu"},
         {"text": "une équipe qui mouille le maillot", "speaker": "Kanouté"}],
        # (« répondu » étiqueté nom : le verbe juste après son auxiliaire fait l'incise, pas celui d'après)
        id="le-participe-apres-son-auxiliaire-fait-l-incise-meme-etiquete-nom"),
    pytest.param(
        "Dès vendredi, le ministère avait « pris acte » de la décision. Invitée dimanche de France Inter, la ministre du "
        "Travail, Isabelle Marchand-Kouyaté, a affirmé que « le gouvernement respectera la décision ».",
        [{"text": "le gouvernement respectera la décision", "speaker": "Isabelle Marchand-Kouyaté"}],
        # (l'analyse fait du participe le sujet, et du rôle et du nom ses conjoints)
        id="le-participe-en-tete-n-est-pas-le-sujet-le-nom-l-est"),
    # a continuation paragraph
    pytest.param(
        "Le président Emmanuel Macron a déclaré : « Nous ne laisserons pas tomber nos alliés.\n"
        "« Nous serons aux côtés de la Grèce, quoi qu’il arrive. »",
        [{"text": "Nous ne laisserons pas tomber nos alliés.", "speaker": "Emmanuel Macron"},
         {"text": "Nous serons aux côtés de la Grèce, quoi qu’il arrive.", "speaker": "Emmanuel Macron",
          "attribution": "continuation"}],
        id="continuation-paragraph",
        ),
    pytest.param(
        "« Nous savions que le chantier prendrait du retard, confie l'ancien maire Paul Renard. Tout le monde le savait.\n\n"
        "» Moi compris. Je le regrette encore.\n\n"
        "» Je ne demande pas qu'on oublie. »",
        [{"text": "Nous savions que le chantier prendrait du retard", "speaker": "Paul Renard"},
         {"text": "Tout le monde le savait.", "speaker": "Paul Renard"},
         {"text": "Moi compris. Je le regrette encore.", "speaker": "Paul Renard", "attribution": "continuation"},
         {"text": "Je ne demande pas qu'on oublie.", "speaker": "Paul Renard", "attribution": "continuation"}],
        # (la typographie française rouvre chaque paragraphe d'une longue citation par un guillemet fermant)
        id="le-guillemet-fermant-qui-ouvre-un-paragraphe-continue-la-citation",
        ),
    pytest.param(
        "La ministre a présenté son plan mercredi. « Nous allons investir dix milliards dans les hôpitaux. "
        "C'est un effort sans précédent.\n\n"
        "« Il permettra d'ouvrir 5 000 lits dès l'an prochain », a-t-elle poursuivi.",
        [{"text": "Nous allons investir dix milliards dans les hôpitaux. C'est un effort sans précédent.",
          "speaker_mention": "-elle", "attribution": "continuation"},
         {"text": "Il permettra d'ouvrir 5 000 lits dès l'an prochain", "speaker_mention": "-elle", "attribution": "cue"}],
        id="le-tag-du-paragraphe-suivant"),
    # dialogue dashes
    pytest.param(
        "— Nous partirons demain à l’aube, a dit Marie Dupont.",
        [{"text": "Nous partirons demain à l’aube", "speaker": "Marie Dupont"}],
        id="dialogue-dash",
        ),
    pytest.param(
        "« Nous tiendrons nos positions jusqu'au bout », a déclaré le Cdt. Marc Dupont. "
        "« Personne ne partira. »",
        [{"text": "Nous tiendrons nos positions jusqu'au bout", "speaker": "Marc Dupont"},
         {"text": "Personne ne partira.", "speaker": "Marc Dupont"}],
        id="titre-abrege-sans-fin-de-phrase"),
    # inverted cues of every tense, the pronoun resolved to the name before
    pytest.param(
        "Marine Le Pen était à Lyon mardi. « La situation est grave », a-t-elle ajouté. "
        "« Nous devons agir vite. »",
        [{"text": "La situation est grave", "speaker": "Marine Le Pen", "speaker_mention": "-elle"},
         {"text": "Nous devons agir vite.", "speaker": "Marine Le Pen"}],
        id="a-t-elle-ajoute-nom-a-particule"),
    pytest.param(
        "Ségolène Royal était à Poitiers. « Je ne suis pas candidate », avait-elle répété la veille.",
        [{"text": "Je ne suis pas candidate", "speaker": "Ségolène Royal", "speaker_mention": "-elle"}],
        id="avait-elle-repete"),
    pytest.param(
        "Marine Le Pen était à Lyon mardi. « La situation est grave », estime-t-elle.",
        [{"text": "La situation est grave", "speaker": "Marine Le Pen", "cue": "estime"}],
        id="estime-t-elle"),
    pytest.param(
        "« C'est inacceptable », estime Jean-Luc Mélenchon.",
        [{"text": "C'est inacceptable", "speaker": "Jean-Luc Mélenchon", "cue": "estime"}],
        id="estime-lemmatise-en-nom"),
    pytest.param(
        "« C'est une victoire », s'est félicité le Premier ministre.",
        [{"text": "C'est une victoire", "speaker": "le Premier ministre"}],
        id="verbe-pronominal-inverse"),
    pytest.param(
        "« Il faut que cela cesse », a réagi sur Twitter la maire de Paris, Anne Hidalgo.",
        [{"text": "Il faut que cela cesse", "speaker": "Anne Hidalgo", "cue": "a réagi"}],
        id="description-puis-nom-apres-la-virgule"),
    pytest.param(
        "Le ministre Jean-Yves Le Drian s'est rendu à Ankara lundi.\n\n"
        "« Nous ne céderons pas », a martelé le ministre.",
        [{"text": "Nous ne céderons pas", "speaker": "Jean-Yves Le Drian", "cue": "a martelé"}],
        id="prenom-compose-role-paragraphe-non-analyse"),
    pytest.param(
        "« Les négociations sont dans l'impasse », a indiqué à l'AFP une source proche du dossier.",
        [{"text": "Les négociations sont dans l'impasse", "speaker": "une source proche du dossier"}],
        id="a-qui-l-on-parle-n-est-pas-la-source"),
    pytest.param(
        "« La France n'a pas de leçons à recevoir », tranche Emmanuel Macron dans un entretien au Parisien.",
        [{"text": "La France n'a pas de leçons à recevoir", "speaker": "Emmanuel Macron"}],
        id="nom-entier-malgre-l-etiquetage"),
    pytest.param(
        "« Nous ne lâcherons rien », a assuré M. Macron.",
        [{"text": "Nous ne lâcherons rien", "speaker": "Macron", "speaker_mention": "M. Macron"}],
        id="civilite-hors-du-nom"),
    pytest.param(
        "Élisabeth Borne était à Lyon. « La réforme est nécessaire », a déclaré Mme Borne.",
        [{"text": "La réforme est nécessaire", "speaker": "Élisabeth Borne"}],
        id="civilite-puis-nom-complet"),
    pytest.param(
        "La veille, le ministre des Affaires étrangères, Mevlüt Çavuşoğlu, avait affirmé que les discussions "
        "n'avaient « pas donné de résultats satisfaisants ».",
        [{"text": "pas donné de résultats satisfaisants", "speaker": "Mevlüt Çavuşoğlu"}],
        id="nom-en-apposition-que-le-ner-ne-dit-pas-personne"),
    pytest.param(
        "Le président turc Recep Tayyip Erdogan a menacé mercredi de frapper le régime. "
        "Le chef de l'Etat a ajouté que la Turquie était « déterminée ».",
        [{"text": "déterminée", "speaker": "Recep Tayyip Erdogan", "speaker_titles": ["chef de l'Etat"]}],
        id="periphrase-du-role"),
    pytest.param(
        "Le magazine cite un conseiller, selon qui « tout est prêt ».",
        [{"text": "tout est prêt", "speaker": "un conseiller", "attribution": "according"}],
        id="selon-qui"),
    pytest.param(
        "Le texte, selon lequel « aucune exception ne sera tolérée », a été adopté mardi.",
        [{"text": "aucune exception ne sera tolérée", "speaker": "Le texte"}],
        id="selon-lequel"),
    pytest.param(
        "« C'est grave », a estimé mardi 25 février le ministre.",
        [{"text": "C'est grave", "speaker": "le ministre"}],
        id="une-date-avant-le-sujet-inverse"),
    pytest.param(
        "« Aucune victime n'est à déplorer », lit-on dans le communiqué.",
        [{"text": "Aucune victime n'est à déplorer", "speaker": "le communiqué", "cue": "lit"}],
        id="lit-on-dans"),
    pytest.param(
        "« Aucune décision n'est prise », a-t-on appris auprès de l'Elysée.",
        [{"text": "Aucune décision n'est prise", "speaker": "l'Elysée"}],
        id="a-t-on-appris-aupres-de"),
    pytest.param(
        "Les syndicats ont manifesté jeudi. « Nous serons là », ont-ils promis.",
        [{"text": "Nous serons là", "speaker": "Les syndicats"}],
        id="ils-pour-un-groupe-au-pluriel"),
    pytest.param(
        "Face à elle, le chef de file des députés LFI, Mathilde Panot, a dénoncé un « passage en force ». "
        "Elle a ajouté que « le peuple ne se laissera pas faire ».",
        [{"text": "passage en force", "speaker": "Mathilde Panot"},
         {"text": "le peuple ne se laissera pas faire", "speaker": "Mathilde Panot"}],
        id="long-titre-puis-nom"),
    pytest.param(
        "Du côté de l'Elysée, on assure que le président « suit la situation de près ».",
        [{"text": "suit la situation de près", "speaker": "l'Elysée", "cue": "assure"}],
        id="du-cote-de-x-on-assure"),
    pytest.param(
        "Chez Renault, on indique que « rien n'est décidé ».",
        [{"text": "rien n'est décidé", "speaker": "Renault"}],
        id="chez-x-on-indique"),
    # "d'après X", "pour X, …"
    pytest.param(
        "D'après le porte-parole du Kremlin, Dmitri Peskov, Moscou « n'a aucune intention » d'intervenir.",
        [{"text": "n'a aucune intention", "speaker": "Dmitri Peskov", "cue": "D'après", "attribution": "according"}],
        id="d-apres"),
    pytest.param(
        "Pour le ministre de l'Intérieur, Gérald Darmanin, il s'agit d'un « acte terroriste ».",
        [{"text": "acte terroriste", "speaker": "Gérald Darmanin", "cue": "Pour"}],
        id="pour-x-son-avis"),
    pytest.param(
        "Pour Marine Le Pen, « ce gouvernement a échoué ».",
        [{"text": "ce gouvernement a échoué", "speaker": "Marine Le Pen"}],
        id="pour-x-nom-coupe-par-l-analyse"),
    pytest.param(
        "Pour la gauche, cette mesure est « inutile et dangereuse ».",
        [{"text": "inutile et dangereuse", "speaker": "la gauche", "cue": "Pour", "speaker_kind": "group"}],
        id="pour-un-camp-politique-son-avis"),
    pytest.param(
        "« Nous appliquerons la loi », a martelé le ministre lors d'un déplacement à Calais.",
        [{"text": "Nous appliquerons la loi", "speaker": "le ministre", "cue": "a martelé"}],
        id="une-phrase-qui-finit-par-loi-n-est-pas-le-nom-d-une-loi"),
    pytest.param(
        "Pour les associations, ces annonces restent « insuffisantes ».",
        [{"text": "insuffisantes", "speaker": "les associations", "cue": "Pour"}],
        id="pour-les-associations-leur-avis"),
    pytest.param(
        "« On nous a abandonnés », lance Fatima, 54 ans, mère de trois enfants.",
        [{"text": "On nous a abandonnés", "speaker": "Fatima", "speaker_kind": "person"}],
        id="un-prenom-suivi-d-un-age-est-une-personne-meme-lu-comme-un-lieu"),
    pytest.param(
        "Pour la première fois, le directeur de l'usine a dénoncé une « erreur ».",
        [{"text": "erreur", "speaker": "le directeur de l'usine", "cue": "a dénoncé"}],
        id="pour-sans-personne-n-attribue-rien"),
    # dialogue: the incise after "?", turns that alternate, a blank line that resets them
    pytest.param(
        "— Et vous, qu'en pensez-vous ? a demandé le journaliste.\n"
        "— Rien, a répondu le ministre.\n"
        "— Vraiment ?\n"
        "— Rien ! s'est exclamé le ministre.\n\n"
        "— Nous partirons demain, a dit Marie.",
        [{"text": "Et vous, qu'en pensez-vous ?", "speaker": "le journaliste"},
         {"text": "Rien", "speaker": "le ministre"},
         {"text": "Vraiment ?", "speaker": "le journaliste", "attribution": "inherited"},
         {"text": "Rien !", "speaker": "le ministre"},
         {"text": "Nous partirons demain", "speaker": "Marie"}],
        id="dialogue-tours-de-parole"),
    pytest.param(
        "Au poste-frontière, les familles patientent.\n\n"
        "— On n'a plus de maison, explique Amina, une infirmière de trente ans arrivée d'Alep.\n"
        "— Et maintenant ? lui demande un bénévole.\n"
        "— Maintenant, on attend.",
        [{"text": "On n'a plus de maison", "speaker": "Amina"},
         {"text": "Et maintenant ?", "speaker": "un bénévole", "cue": "demande"},
         {"text": "Maintenant, on attend.", "speaker": "Amina", "attribution": "inherited"}],
        id="dialogue-apposition-et-datif"),
    pytest.param(
        "Le port est fermé.\n\n— Les bateaux ne sortiront pas, a tranché Paul Morel. Pas avant lundi.",
        [{"text": "Les bateaux ne sortiront pas", "speaker": "Paul Morel"},
         {"text": "Pas avant lundi.", "speaker": "Paul Morel"}],
        id="dialogue-incise-au-milieu"),
    # une réplique qui finit sur une virgule et une suite sans verbe d'incise : tout est dit
    pytest.param(
        "Le skipper Yann Morvan est arrivé à Pointe-à-Pitre.\n\n"
        "— Comment s'est passée la traversée ? a demandé un journaliste.\n"
        "— Difficile, très difficile, a répondu Yann Morvan.\n"
        "— Et demain ?\n"
        "— Demain, repos complet.",
        [{"text": "Comment s'est passée la traversée ?", "speaker": "un journaliste"},
         {"text": "Difficile, très difficile", "speaker": "Yann Morvan"},
         {"text": "Et demain ?", "speaker": "un journaliste"},
         {"text": "Demain, repos complet.", "speaker": "Yann Morvan"}],
        id="dialogue-la-fin-apres-la-virgule-n-est-une-incise-que-si-un-verbe-l-ouvre"),
    # un nom à particule que l'analyse a coupé : « Nathalie | Le Gouill », « Yann Le | Bris »
    pytest.param(
        "La maire de Quimperlé, Nathalie Le Gouill, a prévenu lundi soir en conseil municipal : "
        "« Nous ne fermerons pas la maternité sans nous battre. »",
        [{"text": "Nous ne fermerons pas la maternité sans nous battre.", "speaker": "Nathalie Le Gouill",
          "speaker_kind": "person"}],
        id="nom-a-particule-coupe-avant-la-particule"),
    pytest.param(
        "— Et alors ? a demandé un journaliste.\n— Difficile, a répondu Yann Le Bris.",
        [{"text": "Et alors ?", "speaker": "un journaliste"}, {"text": "Difficile", "speaker": "Yann Le Bris"}],
        id="nom-a-particule-dans-une-incise-au-participe-lu-comme-un-nom"),
    # un sujet qui finit sur des adjectifs, le verbe lu comme un adjectif par l'analyse
    pytest.param(
        "Jacques Ferrière a été mis en examen vendredi.\n\n"
        "Le parquet national financier évoque « un système organisé ».",
        [{"text": "un système organisé", "speaker": "Le parquet national financier", "speaker_kind": "organisation"}],
        id="sujet-aux-adjectifs-avant-le-verbe-lu-comme-un-adjectif"),
    # une phrase qui reprend les mots cités : le sujet de son verbe les a dits
    pytest.param(
        "« Je ne serai pas candidat à ma propre succession. » C'est par ces mots que le maire de Besançon, "
        "Thierry Vauclair, a annoncé jeudi soir qu'il quittait la vie politique.",
        [{"text": "Je ne serai pas candidat à ma propre succession.", "speaker": "Thierry Vauclair", "cue": "a annoncé"}],
        id="c-est-par-ces-mots-que"),
    # un métier qui varie le nom de qui vient de parler ; un cabinet après « chez » n'est personne
    pytest.param(
        "La réalisatrice Inès Moreau présente cette semaine son troisième long-métrage. « Le noir et blanc "
        "s'imposait », dit-elle.\n\n« C'est l'histoire de ma grand-mère, au fond », confie la cinéaste.",
        [{"text": "Le noir et blanc s'imposait", "speaker": "Inès Moreau"},
         {"text": "C'est l'histoire de ma grand-mère, au fond", "speaker": "Inès Moreau"}],
        id="la-cineaste-est-qui-vient-de-parler"),
    pytest.param(
        "« Le marché attend de voir ce que deviendra le bonus », explique Yannick Portal, analyste chez Xerfi.\n\n"
        "Pour ce spécialiste, la baisse est « conjoncturelle et non structurelle ».",
        [{"text": "Le marché attend de voir ce que deviendra le bonus", "speaker": "Yannick Portal"},
         {"text": "conjoncturelle et non structurelle", "speaker": "Yannick Portal"}],
        id="ce-specialiste-et-le-cabinet-apres-chez"),
    pytest.param(
        "Son avocate, Me Hélène Vasseur, a plaidé la relaxe. « Mon client a été dépassé », a-t-elle soutenu.",
        [{"text": "Mon client a été dépassé", "speaker": "Hélène Vasseur"}],
        id="me-est-le-titre-d-un-avocat"),
    # second tour de copie neuve
    pytest.param(
        "L'ancien Premier ministre Gérard Aubriac a défendu son bilan devant les militants. « Nous avons relancé "
        "l'investissement », a poursuivi le septuagénaire.",
        [{"text": "Nous avons relancé l'investissement", "speaker": "Gérard Aubriac"}],
        id="le-septuagenaire-varie-le-nom"),
    pytest.param(
        "L'Olympique lyonnais s'est incliné à Lens. « On n'a pas été au niveau », a reconnu l'entraîneur Rui Carvalho.\n\n"
        "Son homologue lensois, Bruno Dessaix, savourait. « C'est une victoire du collectif », s'est félicité le "
        "technicien de 48 ans.",
        [{"text": "On n'a pas été au niveau", "speaker": "Rui Carvalho"},
         {"text": "C'est une victoire du collectif", "speaker": "Bruno Dessaix"}],
        id="le-technicien-de-48-ans-nomme-depuis-la-derniere-citation"),
    pytest.param(
        "Le Tour de France a vécu une étape folle mardi. Le Français Julien Carrère s'est imposé en solitaire.\n\n"
        "« J'ai attaqué sans vraiment y croire », a raconté le coureur de 26 ans.",
        [{"text": "J'ai attaqué sans vraiment y croire", "speaker": "Julien Carrère"}],
        id="le-coureur-de-26-ans-et-le-francais-devant-le-nom"),
    pytest.param(
        "Le groupe Valdoré va supprimer 640 postes, a indiqué l'entreprise jeudi. « Cette décision est "
        "indispensable », y explique le groupe.",
        [{"text": "Cette décision est indispensable", "speaker": "le groupe"}],
        id="y-avant-le-verbe-n-est-pas-le-locuteur"),
    pytest.param(
        "Interrogée par l'AFP, la PDG, Catherine Mesnard-Roy, a défendu un plan « responsable ».",
        [{"text": "responsable", "speaker": "Catherine Mesnard-Roy"}],
        id="interrogee-par-l-afp-n-est-pas-le-locuteur"),
    pytest.param(
        "Le ministère russe de la Défense a seulement fait état de frappes « de haute précision ».",
        [{"text": "de haute précision", "speaker": "Le ministère russe de la Défense"}],
        id="faire-etat-de"),
    pytest.param(
        "La skieuse Léa Montfort met fin à sa saison. « Mon corps m'a demandé de m'arrêter », a-t-elle posté sur "
        "Instagram.",
        [{"text": "Mon corps m'a demandé de m'arrêter", "speaker": "Léa Montfort", "cue": "a-t-elle posté"}],
        id="poster-sur-instagram"),
    pytest.param(
        "« Je voulais écrire sur le silence », confie Margaux Pélissier.\n\n"
        "Le livre figure dans la sélection du prix, aux côtés de « Nuit blanche à Tanger » de Karim Aït-Saïd.",
        [{"text": "Je voulais écrire sur le silence", "speaker": "Margaux Pélissier"}],
        id="un-titre-suivi-de-son-auteur-n-est-pas-une-citation"),
    pytest.param(
        "« Nous irons jusqu'au bout », a assuré la procureure Inès Barrault, qui dirige l'enquête baptisée "
        "« Opération Colibri ».",
        [{"text": "Nous irons jusqu'au bout", "speaker": "Inès Barrault"}],
        id="le-nom-d-une-operation-n-est-pas-une-citation"),
    pytest.param(
        "« Les secours travaillent toujours sous les décombres », a déclaré le gouverneur régional Serhiy Lysenko sur "
        "Telegram.",
        [{"text": "Les secours travaillent toujours sous les décombres", "speaker": "Serhiy Lysenko"}],
        id="un-titre-et-ses-adjectifs-avant-le-nom"),
    pytest.param(
        "« Vous piétinez l'État de droit », a lancé le député Mathis Gauvreau à l'adresse du ministre de l'Intérieur, "
        "Bertrand Lécuyer.\n\n« Je n'ai de leçon à recevoir de personne », a rétorqué le ministre.",
        [{"text": "Vous piétinez l'État de droit", "speaker": "Mathis Gauvreau"},
         {"text": "Je n'ai de leçon à recevoir de personne", "speaker": "Bertrand Lécuyer"}],
        id="le-ministre-nomme-en-apposition-apres-son-portefeuille"),
    # troisième tour de copie neuve
    pytest.param(
        "« Nous voulons rendre la ville aux piétons », a déclaré l'adjoint chargé des mobilités, Thomas Lebrun. "
        "« Sans voitures, nos clients ne viendront plus », s'alarme Gérard Pinson, président de l'association des "
        "commerçants.\n\nL'adjoint a balayé ces critiques. « Toutes les études montrent le contraire », a-t-il rétorqué.",
        [{"text": "Nous voulons rendre la ville aux piétons", "speaker": "Thomas Lebrun"},
         {"text": "Sans voitures, nos clients ne viendront plus", "speaker": "Gérard Pinson"},
         {"text": "Toutes les études montrent le contraire", "speaker": "Thomas Lebrun"}],
        id="il-apres-une-phrase-sur-l-adjoint-est-l-adjoint"),
    pytest.param(
        "« Ce sont des cavaliers législatifs », a analysé la constitutionnaliste Dominique Rousseau.",
        [{"text": "Ce sont des cavaliers législatifs", "speaker": "Dominique Rousseau"}],
        id="analyser-rapporte"),
    pytest.param(
        "« C'est un honneur pour nous », a déclaré la maire de la ville catalane, Ana Vidal i Serra.",
        [{"text": "C'est un honneur pour nous", "speaker": "Ana Vidal i Serra"}],
        id="la-particule-catalane-i"),
    pytest.param(
        "« Nous avons obtenu une prime de 150 euros par mois et le recrutement de vingt agents », s'est félicité "
        "Karim Bensaïd, délégué Force ouvrière.",
        [{"text": "Nous avons obtenu une prime de 150 euros par mois et le recrutement de vingt agents",
          "speaker": "Karim Bensaïd"}],
        # (« félicité » lu comme un nom après l'auxiliaire « est » d'une incise)
        id="s-est-felicite-lu-comme-un-nom"),
    pytest.param(
        "Le coureur français Romain Bardot, vainqueur d'étape, se réjouit : « J'adore courir en Espagne. »",
        [{"text": "J'adore courir en Espagne.", "speaker": "Romain Bardot"}],
        id="un-sujet-que-l-analyse-a-accroche-a-l-apposition"),
    pytest.param(
        "Le groupe Danone a contesté ces accusations, dénonçant « un reportage à charge ».",
        [{"text": "un reportage à charge", "speaker": "Le groupe Danone", "speaker_kind": "organisation"}],
        id="le-groupe-et-son-nom-lu-comme-un-nom-commun"),
    pytest.param(
        "Selon la préfecture, l'origine du sinistre reste indéterminée. « Une enquête a été ouverte », a indiqué le "
        "parquet de Nantes dans un communiqué.",
        [{"text": "Une enquête a été ouverte", "speaker": "le parquet de Nantes"}],
        # (l'analyse laissait le guillemet ouvrant à la phrase d'avant, et son « selon » avec)
        id="le-selon-de-la-phrase-d-avant-ne-prend-pas-la-citation"),
    # un entretien en questions et réponses : la personne que le chapeau nomme répond
    pytest.param(
        "Entretien avec la navigatrice Camille Brevet, qui s'élancera dimanche dans la Route du Rhum.\n\n"
        "— Comment abordez-vous cette course ?\n\n"
        "— Avec beaucoup d'humilité. L'Atlantique en novembre, ça ne pardonne pas.\n\n"
        "— Votre objectif ?\n\n"
        "— Finir, d'abord. Et si le bateau tient, viser le podium.",
        [{"text": "Avec beaucoup d'humilité. L'Atlantique en novembre, ça ne pardonne pas.", "speaker": "Camille Brevet"},
         {"text": "Finir, d'abord. Et si le bateau tient, viser le podium.", "speaker": "Camille Brevet"}],
        id="entretien-en-questions-reponses"),
    pytest.param(
        "« Nous irons jusqu'au bout », martèle le ministre grec de la Défense, Nikos Dendias. "
        "Et d'ajouter : « Personne ne nous fera reculer. »",
        [{"text": "Nous irons jusqu'au bout", "speaker": "Nikos Dendias"},
         {"text": "Personne ne nous fera reculer.", "speaker": "Nikos Dendias", "cue": "ajouter"}],
        id="et-d-ajouter-nom-apres-le-role"),
    pytest.param(
        "Un officiel grec cité par l'AFP a assuré que les patrouilles resteraient « strictement défensives ».",
        [{"text": "strictement défensives", "speaker": "Un officiel grec", "speaker_mention": "Un officiel grec"}],
        id="le-media-qui-cite-hors-du-locuteur"),
    pytest.param(
        "Le gouvernement se tait. Les syndicats, eux, dénoncent « une provocation ».",
        [{"text": "une provocation", "speaker": "Les syndicats", "cue": "dénoncent"}],
        id="sujet-mis-en-relief-par-le-pronom"),
    pytest.param(
        "Les députés écologistes ont quitté l'hémicycle mardi. Ils réclament « un vrai débat ».",
        [{"text": "un vrai débat", "speaker": "Les députés écologistes", "speaker_mention": "Ils"}],
        id="ils-reprend-tout-le-groupe"),
    pytest.param(
        "Le conseil des ministres s'est achevé.\n\n"
        "« Aucune piste n'est écartée », a fait savoir Matignon dans un communiqué.",
        [{"text": "Aucune piste n'est écartée", "speaker": "Matignon"}],
        id="a-fait-savoir"),
    pytest.param(
        "Un proche du président assure que celui-ci « ne se représentera pas ».",
        [{"text": "ne se représentera pas", "speaker": "Un proche du président", "cue": "assure"}],
        id="verbe-pris-pour-un-adjectif"),
    pytest.param(
        "« L'Europe doit agir », a déclaré la présidente de la Commission, Ursula von der Leyen, à Bruxelles.",
        [{"text": "L'Europe doit agir", "speaker": "Ursula von der Leyen"}],
        id="nom-a-particules-apres-le-role"),
    pytest.param(
        "Un autre responsable, au ministère de la Santé, évoque pourtant « des tensions réelles ».",
        [{"text": "des tensions réelles", "speaker": "Un autre responsable", "cue": "évoque"}],
        id="aparte-entre-virgules-et-adverbe"),
    pytest.param(
        "Le garde des Sceaux a reçu les avocats jeudi. « Rien n'est tranché », a-t-il assuré, avant d'ajouter "
        "que la réforme « ne sera pas retirée ».",
        [{"text": "Rien n'est tranché", "speaker": "Le garde des Sceaux", "speaker_mention": "-il"},
         {"text": "ne sera pas retirée", "speaker": "Le garde des Sceaux"}],
        id="il-pour-un-role-que-personne-ne-nomme"),
    pytest.param(
        "Pour le sociologue Marc Lenoir, « la colère ne retombera pas ».",
        [{"text": "la colère ne retombera pas", "speaker": "Marc Lenoir", "cue": "Pour"}],
        id="pour-un-expert-nomme"),
    pytest.param(
        "Les enseignants sont « à bout », selon le syndicat SNES-FSU, qui appelle à la grève jeudi.",
        [{"text": "à bout", "speaker": "le syndicat SNES-FSU"}],
        id="le-nom-apres-le-nom-commun"),
    pytest.param(
        "« Nous tiendrons parole », a déclaré à l'AFP Elisabeth Borne, en marge d'un déplacement à Lille. "
        "La Première ministre a ajouté que l'État « paierait sa part ».",
        [{"text": "Nous tiendrons parole", "speaker": "Elisabeth Borne"},
         {"text": "paierait sa part", "speaker": "Elisabeth Borne", "speaker_mention": "La Première ministre"}],
        id="le-role-reprend-le-sujet-inverse"),
    pytest.param(
        "« On ne peut pas continuer comme ça », soupire Sophie, infirmière à Marseille depuis vingt ans.",
        [{"text": "On ne peut pas continuer comme ça", "speaker": "Sophie", "speaker_mention": "Sophie"}],
        id="le-verbe-hors-du-nom"),
    pytest.param(
        "Le texte passera.\n\nL'entourage du ministre évoque « une erreur de communication ».",
        [{"text": "une erreur de communication", "speaker": "L'entourage du ministre", "cue": "évoque"}],
        id="le-role-avec-ses-petits-mots"),
    pytest.param(
        "Les infirmiers de l'hôpital Bichat dénoncent pour leur part « un abandon pur et simple » "
        "et appellent à manifester samedi.",
        [{"text": "un abandon pur et simple", "speaker": "Les infirmiers de l'hôpital Bichat", "cue": "dénoncent"}],
        id="incise-de-discours-avant-la-citation"),
    pytest.param(
        "Le projet, jugé « dangereux » par les syndicats, sera examiné lundi.",
        [{"text": "dangereux", "speaker": "les syndicats", "cue": "jugé"}],
        id="participe-passif-et-son-agent"),
    pytest.param(
        "Son coût, qualifié de « raisonnable » par l'état-major, fait débat.",
        [{"text": "raisonnable", "speaker": "l'état-major", "speaker_mention": "l'état-major"}],
        id="nom-compose-coupe-au-trait-d-union"),
    pytest.param(
        "Dans son livre, « Je n'ai jamais voulu ce poste », écrit Marie Durand.",
        [{"text": "Je n'ai jamais voulu ce poste", "speaker": "Marie Durand"}],
        id="apres-le-nom-et-une-virgule-des-paroles"),
    # not quotations
    pytest.param(
        "Dans son livre « Le Goût des autres », Marie Durand raconte ses années de ministre.", [],
        id="titre-d-un-livre-en-minuscules"),
    pytest.param(
        "L’opération « Bouclier du printemps » a été lancée par Ankara dimanche.", [],
        id="operation-name",
        ),
    pytest.param(
        "Dans une interview au journal « Le Parisien », le ministre a défendu sa réforme.", [],
        id="titre-de-journal"),
    pytest.param(
        "Le mouvement des « gilets jaunes » a de nouveau manifesté samedi à Paris.", [],
        id="scare-quotes-movement-name"),
    pytest.param(
        "« Nous tiendrons nos promesses », a déclaré la ministre à « Europe 1 » jeudi.",
        [{"text": "Nous tiendrons nos promesses", "speaker": "la ministre"}],
        id="radio-a-qui-l-on-parle"),
    pytest.param(
        "Marine Le Pen était à Lyon lundi.\n\n« Nous allons gagner », a déclaré un conseiller de Marine Le Pen.",
        [{"text": "Nous allons gagner", "speaker": "un conseiller de Marine Le Pen"}],
        id="un-conseiller-n-est-pas-celle-qu-il-conseille"),
    pytest.param(
        "Marine Le Pen était à Lyon lundi.\n\n« Les gens sont en colère », a dit la femme, qui a refusé de "
        "donner son nom. « Trop de haine », a-t-elle ajouté.",
        [{"text": "Les gens sont en colère", "speaker": "la femme"},
         {"text": "Trop de haine", "speaker": "la femme"}],
        id="le-pronom-apres-une-source-anonyme-est-cette-source"),
    pytest.param(
        "Emmanuel Macron était à Berlin lundi.\n\n« Les discussions ont bien avancé », a indiqué un conseiller "
        "de l'Elysée. « Nous sommes prêts », a-t-il ajouté.",
        [{"text": "Les discussions ont bien avancé", "speaker": "un conseiller de l'Elysée"},
         {"text": "Nous sommes prêts", "speaker": "un conseiller de l'Elysée"}],
        id="le-pronom-apres-un-conseiller-de-l-elysee-est-ce-conseiller"),
    pytest.param(
        "La préfecture a annoncé lundi l'ouverture d'une enquête.\n\nLe ministère de l'Intérieur a publié un "
        "communiqué pour « condamner fermement » l'attaque.\n\n« Toute la lumière sera faite », précise le communiqué.",
        [{"text": "Toute la lumière sera faite", "speaker": "Le ministère de l'Intérieur"}],
        id="le-communique-publie-par-quelqu-un-est-le-sien"),
    pytest.param(
        "Les ministres se sont réunis lundi à Paris.\n\nUne fois de plus, c'est Emmanuel Macron qui a convaincu "
        "les députés. Devant la presse, le président a assuré que le texte allait « changer la vie des Français ».",
        [{"text": "changer la vie des Français", "speaker": "Emmanuel Macron"}],
        id="le-role-apres-une-phrase-clivee-est-la-personne-mise-en-avant"),
    pytest.param(
        "Le ministre de l'Économie a fait la remarque que cette réforme, affaiblie par la crise budgétaire, "
        "deviendrait « une taxe sur chaque famille » dans le pays.",
        [{"text": "une taxe sur chaque famille", "speaker": "Le ministre de l'Économie"}],
        id="faire-la-remarque-que-rapporte"),
    # the tag printed inside the guillemets: the quote is cut around it
    pytest.param(
        "« Nous partirons, a dit Marie Dupont, dès demain. »",
        [{"text": "Nous partirons", "speaker": "Marie Dupont", "cue": "a dit"},
         {"text": "dès demain.", "speaker": "Marie Dupont"}],
        id="incise-dans-les-guillemets"),
    pytest.param(
        "Emmanuel Macron était à Bruxelles. « La France, selon lui, doit agir vite. »",
        [{"text": "La France", "speaker": "Emmanuel Macron", "cue": "selon"},
         {"text": "doit agir vite.", "speaker": "Emmanuel Macron"}],
        id="selon-lui-dans-les-guillemets"),
    pytest.param(
        "Marine Le Pen était à Lyon lundi. « Il faut agir vite, a-t-elle ajouté. Chaque jour compte. »",
        [{"text": "Il faut agir vite", "speaker": "Marine Le Pen", "cue": "a-t-elle ajouté"},
         {"text": "Chaque jour compte.", "speaker": "Marine Le Pen"}],
        id="incise-a-t-elle-puis-phrase-suivante"),
    pytest.param(
        "« Le problème, explique le ministre de l'Intérieur, c’est l’argent. »",
        [{"text": "Le problème", "speaker": "le ministre de l'Intérieur"},
         {"text": "c’est l’argent.", "speaker": "le ministre de l'Intérieur"}],
        id="incise-verbe-au-present"),
    pytest.param(
        "« C’est une honte, s’est indigné M. Dupont, vraiment. »",
        [{"text": "C’est une honte", "speaker": "Dupont", "speaker_mention": "M. Dupont"},
         {"text": "vraiment.", "speaker": "Dupont"}],
        id="incise-pronominale-et-abreviation"),
    pytest.param(
        "Le président m'a reçu. « Il m'a dit, raconte Marie Dupont, que tout irait bien. »",
        [{"text": "Il m'a dit", "speaker": "Marie Dupont"}, {"text": "que tout irait bien.", "speaker": "Marie Dupont"}],
        id="le-discours-cite-garde-son-verbe-l-incise-inverse-le-sien"),
    pytest.param(
        "« C'est inacceptable, a réagi le maire de la ville, Jean Dupont. Nous demandons des comptes. »",
        [{"text": "C'est inacceptable", "speaker": "Jean Dupont", "speaker_mention": "le maire de la ville, Jean Dupont"},
         {"text": "Nous demandons des comptes.", "speaker": "Jean Dupont"}],
        id="incise-avec-un-nom-en-apposition"),
    pytest.param(
        "Dans un communiqué, l'Élysée a « condamné fermement » l'attaque.",
        [{"text": "condamné fermement", "speaker": "l'Élysée"}],
        id="le-verbe-de-parole-entre-guillemets"),
    pytest.param(
        "« Rien n'est décidé », souligne-t-on à l'Élysée.",
        [{"text": "Rien n'est décidé", "speaker": "l'Élysée", "cue": "souligne"}],
        id="on-parle-pour-le-lieu-qui-le-suit"),
    pytest.param(
        "Au Quai d'Orsay, on assure que « le dialogue reste ouvert ».",
        [{"text": "le dialogue reste ouvert", "speaker": "Quai d'Orsay"}],
        id="on-parle-pour-le-lieu-qui-ouvre-la-phrase-au"),
    pytest.param(
        "La Commission européenne « prend note » de la décision, a indiqué un porte-parole.",
        [{"text": "prend note", "speaker": "un porte-parole", "cue": "a indiqué"}],
        id="incise-en-fin-de-phrase-apres-son-auxiliaire"),
    # where and how it was said, between an inverted verb and its subject
    pytest.param(
        "« Nous serons prêts », a déclaré sur France Inter le ministre de l'Intérieur.",
        [{"text": "Nous serons prêts", "speaker": "le ministre de l'Intérieur"}], id="sur-une-radio-puis-le-sujet"),
    pytest.param(
        "« Nous serons prêts », a assuré dans un entretien au Monde la ministre des Armées.",
        [{"text": "Nous serons prêts", "speaker": "la ministre des Armées"}], id="dans-un-entretien-au-journal-puis-le-sujet"),
    pytest.param(
        "« Nous serons prêts », a affirmé lors d'un meeting Marine Le Pen.",
        [{"text": "Nous serons prêts", "speaker": "Marine Le Pen", "speaker_mention": "Marine Le Pen"}],
        id="lors-d-un-meeting-puis-le-nom"),
    pytest.param(
        "« C'est une victoire », s'est félicité sur X le leader de l'opposition, Kemal Kılıçdaroğlu.",
        [{"text": "C'est une victoire", "speaker": "Kemal Kılıçdaroğlu"}], id="sur-un-reseau-puis-un-article-pris-pour-un-clitique"),
    # a present tense right before the mark, which the small model takes for a noun
    pytest.param(
        "Le ministre dénonce « une provocation ».",
        [{"text": "une provocation", "speaker": "Le ministre", "cue": "dénonce"}],
        id="present-avant-le-guillemet-lu-comme-un-nom"),
    pytest.param(
        "Emmanuel Macron dénonce « une provocation ».",
        [{"text": "une provocation", "speaker": "Emmanuel Macron", "cue": "dénonce"}],
        id="present-avant-le-guillemet-nom-propre-mal-etiquete"),
    pytest.param(
        "Jean-Luc Mélenchon dénonce une « provocation » de la majorité.",
        [{"text": "provocation", "speaker": "Jean-Luc Mélenchon", "speaker_mention": "Jean-Luc Mélenchon"}],
        id="le-verbe-accroche-au-nom-n-en-fait-pas-partie"),
    # curly apostrophes read as straight ones by the parser
    pytest.param(
        "Selon l’ONU, « la situation est catastrophique ».",
        [{"text": "la situation est catastrophique", "speaker": "l’ONU", "cue": "Selon"}],
        id="selon-l-apostrophe-courbe"),
    pytest.param(
        "D’après l’Observatoire syrien des droits de l’homme, « au moins 33 soldats ont été tués ».",
        [{"text": "au moins 33 soldats ont été tués", "speaker": "l’Observatoire syrien des droits de l’homme"}],
        id="d-apres-apostrophe-courbe"),
    # the parse ends a sentence at ")": the comma after it continues it
    pytest.param(
        "D'après l'Observatoire syrien des droits de l'homme (OSDH), « au moins 33 soldats ont été tués ».",
        [{"text": "au moins 33 soldats ont été tués", "speaker": "l'Observatoire syrien des droits de l'homme"}],
        id="d-apres-sigle-entre-parentheses"),
    # a pause noted between two lines passes no turn
    pytest.param(
        "« Nous ne céderons rien », a lancé Marie Dupont devant les militants.\n\nUn silence.\n\n« Rien du tout. »",
        [{"text": "Nous ne céderons rien", "speaker": "Marie Dupont"},
         {"text": "Rien du tout.", "speaker": "Marie Dupont", "attribution": "inherited"}],
        id="un-silence-ne-passe-pas-la-parole"),
    # a kin word before a first name, then a compound tense (read with the language's auxiliaries)
    pytest.param(
        "« Il m'a dit : \"Je reviendrai\" », raconte sa sœur, Amina, 34 ans. Sa mère, Fatou, a confirmé "
        "qu'il était « parti sans un mot ».",
        [{"text": "Il m'a dit : \"Je reviendrai\"", "speaker": "Amina"},
         {"text": "parti sans un mot", "speaker": "Fatou"}],
        id="un-prenom-apres-un-mot-de-parente"),
    # an aside between the verb and an inverted subject keeps the name with its role
    pytest.param(
        "« Il faut agir vite », estime pour sa part l'économiste Thomas Piketty.",
        [{"text": "Il faut agir vite", "speaker": "Thomas Piketty", "speaker_mention": "l'économiste Thomas Piketty"}],
        id="pour-sa-part-avant-le-role-et-le-nom"),
    # a colon after words that only say how: whoever spoke last speaks on
    pytest.param(
        "« Nous ne laisserons pas faire », a martelé M. Macron devant la presse. Puis, plus bas : « Ce sera long. »",
        [{"text": "Nous ne laisserons pas faire", "speaker": "Macron"},
         {"text": "Ce sera long.", "speaker": "Macron", "attribution": "inherited"}],
        id="puis-plus-bas-deux-points"),
    # "pour" and a role whose name follows, with an aside after the name
    pytest.param(
        "Pour l'opposante Maria Kolesnikova, jointe par téléphone, « le pouvoir a peur ».",
        [{"text": "le pouvoir a peur", "speaker": "Maria Kolesnikova",
          "speaker_mention": "l'opposante Maria Kolesnikova", "attribution": "according"}],
        id="pour-un-role-suivi-du-nom"),
    # the reflexive clitic belongs to the cue
    pytest.param(
        "« Je n'ai jamais dit ça ! », s'est défendu l'ancien ministre Paul Girard.",
        [{"text": "Je n'ai jamais dit ça !", "speaker": "Paul Girard", "cue": "s'est défendu"}],
        id="le-pronom-reflechi-fait-partie-du-verbe"),
    # a role the article gives no one, after a speaker known in another office, stays as written
    pytest.param(
        "« C'est inacceptable », s'est indignée la maire de Lyon, Claire Rousset. Le ministre s'est félicité "
        "d'une « avancée majeure ».",
        [{"text": "C'est inacceptable", "speaker": "Claire Rousset"},
         {"text": "avancée majeure", "speaker": "Le ministre"}],
        id="le-ministre-n-est-pas-la-maire"),
    # the medium a speaker spoke on, in an opening participle, is no one "elle" stands for
    pytest.param(
        "Interrogée sur France Inter, la ministre des Sports a estimé que « les Jeux tiendront ». « Nous ne "
        "reculerons pas », a-t-elle insisté.",
        [{"text": "les Jeux tiendront", "speaker": "la ministre des Sports"},
         {"text": "Nous ne reculerons pas", "speaker": "la ministre des Sports", "speaker_mention": "-elle"}],
        id="interrogee-sur-un-media-puis-elle"),
    # a role, a comma and a name that the parse made a sentence of its own
    pytest.param(
        "« Nous restons mobilisés », a tweeté la présidente de l'Assemblée, Yaël Braun-Pivet.",
        [{"text": "Nous restons mobilisés", "speaker": "Yaël Braun-Pivet"}],
        id="role-virgule-nom-en-fin-d-incise"),
    # words a medium relayed are no speaker: the clause says whose they are
    pytest.param(
        "Selon des propos rapportés par Le Figaro, la ministre aurait qualifié la réforme de « nécessaire ». "
        "« On nous a menti », confie-t-elle à l'AFP.",
        [{"text": "nécessaire", "speaker": "la ministre"},
         {"text": "On nous a menti", "speaker": "la ministre", "speaker_mention": "-elle"}],
        id="selon-des-propos-rapportes-par-un-media"),
    # an anonymous source with a relative aside before a compound tense
    pytest.param(
        "Un haut responsable turc, qui a requis l'anonymat, a indiqué à l'AFP que « rien n'est décidé ».",
        [{"text": "rien n'est décidé", "speaker": "Un haut responsable turc", "speaker_kind": "anonymous"}],
        id="source-anonyme-qui-a-requis-l-anonymat"),
    # the article of a role tells the gender of the name put with it
    pytest.param(
        "Le maire de Lyon, Benoît Roux, a réclamé « des renforts ».\n\n"
        "La ministre de l'Intérieur a répondu qu'elle enverrait « dès demain » des policiers. "
        "« L'État sera là », a-t-elle assuré à Nice.",
        [{"text": "des renforts", "speaker": "Benoît Roux"},
         {"text": "dès demain", "speaker": "La ministre de l'Intérieur"},
         {"text": "L'État sera là", "speaker": "La ministre de l'Intérieur", "speaker_mention": "-elle"}],
        id="elle-n-est-pas-le-maire-nomme-avant"),
    pytest.param(
        "PARIS (AFP) - Le Premier ministre a défendu lundi son budget. « Nous tiendrons », a-t-il lancé.",
        [{"text": "Nous tiendrons", "speaker": "Le Premier ministre"}],
        id="le-premier-ministre-est-un-role-pas-un-nom"),
    pytest.param(
        "Comme l'a rappelé le président Jacques Chirac, « la maison brûle et nous regardons ailleurs ».",
        [{"text": "la maison brûle et nous regardons ailleurs", "speaker": "Jacques Chirac"}],
        id="comme-l-a-dit-sujet-inverse-apres-le-clitique"),
    pytest.param(
        "Ahmed, 34 ans, chauffeur de taxi, ne décolère pas : « On roule douze heures par jour pour rien. »",
        [{"text": "On roule douze heures par jour pour rien.", "speaker": "Ahmed"}],
        id="l-age-n-est-pas-le-sujet"),
    pytest.param(
        "« Aucune réponse ne nous a été apportée », écrit l'intersyndicale dans un communiqué publié jeudi.",
        [{"text": "Aucune réponse ne nous a été apportée", "speaker": "l'intersyndicale"}],
        id="sujet-inverse-avant-le-communique"),
    pytest.param(
        "La chancelière Angela Merkel a fait savoir qu'elle n'accepterait « aucun compromis au rabais ».",
        [{"text": "aucun compromis au rabais", "speaker": "Angela Merkel"}],
        id="a-fait-savoir-que-savoir-racine"),
    pytest.param(
        "— Pourquoi avez-vous quitté le parti ?\n"
        "— Parce qu'il ne me ressemblait plus, répond l'ancienne députée Claire Morin.\n"
        "— Le regrettez-vous ?\n"
        "— Non. Je referais la même chose.",
        [{"text": "Parce qu'il ne me ressemblait plus", "speaker": "Claire Morin"},
         {"text": "Non. Je referais la même chose.", "speaker": "Claire Morin"}],
        id="entretien-la-question-non-signee-puis-la-reponse"),
    pytest.param(
        "La chancelière a fait savoir qu'elle refuserait « tout compromis ».\n\n"
        "« Nous avons fait des propositions raisonnables.\n\n"
        "« Sans cela, il n'y aura pas d'accord », a prévenu le président du Conseil, Charles Michel.",
        [{"text": "tout compromis", "speaker": "La chancelière"},
         {"text": "Nous avons fait des propositions raisonnables.", "speaker": "Charles Michel"},
         {"text": "Sans cela, il n'y aura pas d'accord", "speaker": "Charles Michel"}],
        id="la-citation-qui-continue-est-a-son-incise-pas-a-la-phrase-d-avant"),
    # a listed first name alone, as a subject the NER missed
    pytest.param(
        "LYON (AFP) - Sophie, 52 ans, infirmière depuis trente ans, a décidé de partir. « Je n'en peux plus », "
        "lâche-t-elle.",
        [{"text": "Je n'en peux plus", "speaker": "Sophie", "speaker_mention": "-elle"}],
        id="prenom-seul-sujet-apres-le-chapeau"),
    pytest.param(
        "Son collègue Marc, aide-soignant, partage sa colère : « Aujourd'hui, on nous oublie. »",
        [{"text": "Aujourd'hui, on nous oublie.", "speaker": "Marc"}],
        id="verbe-pris-pour-un-nom-avant-les-deux-points"),
    pytest.param(
        "« Un camouflet », titre Libération en une. Le Figaro évoque pour sa part un « coup de semonce ».",
        [{"text": "Un camouflet", "speaker": "Libération", "cue": "titre"},
         {"text": "coup de semonce", "speaker": "Le Figaro", "cue": "évoque"}],
        id="titre-un-journal-et-l-article-hors-des-guillemets"),
    pytest.param(
        "« Nous ne reculerons pas », poursuit le ministre. Et de conclure : « Le dialogue reste ouvert. »",
        [{"text": "Nous ne reculerons pas", "speaker": "le ministre"},
         {"text": "Le dialogue reste ouvert.", "speaker": "le ministre", "cue": "conclure"}],
        id="et-de-conclure-infinitif-de-narration"),
    pytest.param(
        "« Nous n'avons nulle part où aller », raconte Oum Ali, 60 ans. Son fils, Hassan, ajoute : "
        "« On dort par terre depuis dix jours. »",
        [{"text": "Nous n'avons nulle part où aller", "speaker": "Oum Ali"},
         {"text": "On dort par terre depuis dix jours.", "speaker": "Hassan", "speaker_mention": "Son fils, Hassan"}],
        id="un-parent-et-son-prenom-entre-virgules"),
    pytest.param(
        "Pour reprendre les mots du préfet, la situation est « sous contrôle ».",
        [{"text": "sous contrôle", "speaker": "préfet", "attribution": "according"}],
        id="pour-reprendre-les-mots-de"),
    pytest.param(
        "« On ne partira pas », a confié à l'AFP Julien, 28 ans, éleveur à Vitré.",
        [{"text": "On ne partira pas", "speaker": "Julien"}],
        id="le-sigle-de-l-agence-n-est-pas-dans-le-nom"),
    pytest.param(
        "Le président de la FNSEA, Arnaud Rousseau, l'a redit mercredi au Figaro : « Les agriculteurs sont à bout. »",
        [{"text": "Les agriculteurs sont à bout.", "speaker": "Arnaud Rousseau"}],
        id="l-objet-elide-n-est-jamais-le-sujet"),
    pytest.param(
        "« Nous ne lâcherons rien », a prévenu la porte-parole du syndicat, Laurence Marandola, avant d'ajouter que "
        "les blocages continueraient « aussi longtemps que nécessaire ».",
        [{"text": "Nous ne lâcherons rien", "speaker": "Laurence Marandola"},
         {"text": "aussi longtemps que nécessaire", "speaker": "Laurence Marandola"}],
        id="des-blocages-qui-continuent-ne-disent-rien"),
    pytest.param(
        "« Les combats doivent cesser, a martelé le secrétaire général de l'ONU, António Guterres, et les civils "
        "doivent être protégés. »",
        [{"text": "Les combats doivent cesser", "speaker": "António Guterres"},
         {"text": "et les civils doivent être protégés.", "speaker": "António Guterres"}],
        id="incise-role-finissant-par-un-sigle-puis-le-nom"),
    pytest.param(
        "« Le jeu est verrouillé », accuse Pascal Affi N'Guessan, président du FPI.\n\n"
        "Selon un diplomate occidental en poste à Abidjan, « la tension est palpable ». "
        "« Tout le monde retient son souffle », ajoute-t-il.",
        [{"text": "Le jeu est verrouillé", "speaker": "Pascal Affi N'Guessan"},
         {"text": "la tension est palpable", "speaker": "un diplomate occidental"},
         {"text": "Tout le monde retient son souffle", "speaker": "un diplomate occidental", "speaker_mention": "-il"}],
        id="il-est-la-source-anonyme-d-avant-adjectif-apres-le-nom"),
    pytest.param(
        "« Personne ne nous fera taire », a lancé une militante, Aminata Koné, à Yopougon.\n\n"
        "Le ministre a répondu mardi. « Nous écoutons tout le monde », a-t-il assuré.",
        # (the second is nobody named rather than her: the minister is a role the article may name later)
        [{"text": "Personne ne nous fera taire", "speaker": "Aminata Koné"}],
        id="une-militante-nommee-n-est-pas-il"),
    pytest.param(
        "« Je ne sais pas comment finir le mois », confie Mounir, vendeur à Tunis. Sa voisine, Leïla, renchérit : "
        "« Tout a augmenté, sauf nos salaires. »",
        [{"text": "Je ne sais pas comment finir le mois", "speaker": "Mounir"},
         {"text": "Tout a augmenté, sauf nos salaires.", "speaker": "Leïla"}],
        id="sa-voisine-et-son-prenom-entre-virgules"),
    pytest.param(
        "Le maire de Villeurbanne, Léa Garnier, a qualifié de « catastrophe » les inondations de lundi.",
        [{"text": "catastrophe", "speaker": "Léa Garnier"}],
        id="le-role-puis-le-nom-entre-virgules-que-le-ner-prend-pour-un-lieu"),
    pytest.param(
        "LYON - « C'est une catastrophe », a déclaré le maire de Villeurbanne, Léa Garnier.",
        [{"text": "C'est une catastrophe", "speaker": "Léa Garnier"}],
        id="le-role-puis-le-nom-apres-un-verbe-inverse"),
    pytest.param(
        "Anne Dupont a présenté mardi son plan. Stéphane Morel a aussitôt critiqué un texte « dangereux ». "
        "« Nous tiendrons bon », a-t-elle répondu.",
        [{"text": "dangereux", "speaker": "Stéphane Morel"},
         {"text": "Nous tiendrons bon", "speaker": "Anne Dupont"}],
        id="stephane-est-un-homme-en-francais"),
    pytest.param(
        "À la sortie de Matignon, la présidente de la FNSEA, Claire Aubry, s'est montrée prudente.\n"
        "— Nous avons été reçus, mais pas écoutés, a-t-elle regretté.\n"
        "— Et les prix du lait ? lui a demandé un journaliste.\n"
        "— Ils restent trop bas pour vivre.",
        [{"text": "Nous avons été reçus, mais pas écoutés", "speaker": "Claire Aubry"},
         {"text": "Et les prix du lait ?", "speaker": "un journaliste"},
         {"text": "Ils restent trop bas pour vivre.", "speaker": "Claire Aubry"}],
        id="la-reponse-reprend-le-pronom-d-avant-la-question"),
    pytest.param(
        "L'amende infligée jeudi au laboratoire est la plus lourde jamais prononcée. Le groupe a annoncé qu'il "
        "ferait appel. Dans un communiqué, il qualifie la sanction de « disproportionnée ».",
        [{"text": "disproportionnée", "speaker": "Le groupe"}],
        id="il-dit-aussi-l-organisation-sujet-juste-avant"),
    pytest.param(
        "La société Michelin a annoncé mardi la fermeture de deux usines. Elle promet « un accompagnement de "
        "chaque salarié ».\n\nLe syndicat FO a appelé à la grève. Il dénonce « un gâchis industriel ».",
        [{"text": "un accompagnement de chaque salarié", "speaker": "Michelin"},
         {"text": "un gâchis industriel", "speaker": "FO"}],
        id="il-ne-reprend-pas-une-organisation-feminine"),
    pytest.param(
        "Un avis que ne partage pas Paul Mercier, économiste chez Natixis. « Il est trop tôt pour se réjouir », "
        "juge-t-il, rappelant que le chômage reste « au-dessus de 8 % ».",
        [{"text": "Il est trop tôt pour se réjouir", "speaker": "Paul Mercier"},
         {"text": "au-dessus de 8 %", "speaker": "Paul Mercier"}],
        id="le-verbe-auquel-il-est-accroche-n-est-pas-un-nom"),
    pytest.param(
        "« Aucune école ne fermera », a promis dimanche M. Retailleau sur BFMTV.",
        [{"text": "Aucune école ne fermera", "speaker": "Retailleau"}],
        id="monsieur-x-sur-une-radio-est-x"),
    pytest.param(
        "« Aucune école ne fermera », a assuré mardi M. Garnier sur RTL.",
        [{"text": "Aucune école ne fermera", "speaker": "Garnier"}],
        id="le-jour-avant-monsieur-x-n-est-pas-son-nom"),
    pytest.param(
        "« Un aveu d'échec » : le mot est de Valérie Pécresse, qui a réagi jeudi soir.",
        [{"text": "Un aveu d'échec", "speaker": "Valérie Pécresse"}],
        id="le-mot-est-de"),
    pytest.param(
        "« C'est un métier qui use », explique au Figaro Mme Durand, aujourd'hui fleuriste à Lille.",
        [{"text": "C'est un métier qui use", "speaker": "Durand"}],
        id="madame-x-apres-le-journal-du-verbe-inverse"),
    pytest.param(
        "« Je recommencerais demain », confie-t-elle au Parisien, trois ans après. Nathalie Morel, 47 ans, a "
        "quitté la police en 2022.",
        [{"text": "Je recommencerais demain", "speaker": "Nathalie Morel"}],
        id="elle-annonce-la-personne-nommee-ensuite"),
    pytest.param(
        "Mme Vautrin, elle, a appelé au calme. « Rien ne justifie la casse », a-t-elle écrit sur X.",
        [{"text": "Rien ne justifie la casse", "speaker": "Vautrin"}],
        id="madame-x-est-x-et-une-femme"),
    pytest.param(
        "« Le gouvernement est dans le déni », a réagi Marine Le Pen sur X. Fabien Roussel, lui, a dénoncé "
        "« un discours hors-sol ».",
        [{"text": "Le gouvernement est dans le déni", "speaker": "Marine Le Pen"},
         {"text": "un discours hors-sol", "speaker": "Fabien Roussel"}],
        id="la-phrase-finit-apres-le-reseau-x"),
    pytest.param(
        "« Ce n'est qu'un début », a glissé un diplomate asiatique sous couvert d'anonymat. « Personne "
        "n'attend de percée », a ajouté le diplomate.",
        [{"text": "Ce n'est qu'un début", "speaker": "un diplomate asiatique"},
         {"text": "Personne n'attend de percée", "speaker": "un diplomate asiatique"}],
        id="le-meme-nom-est-la-source-anonyme-d-avant"),
    pytest.param(
        "La maire a appelé au calme.\n\n« Du travail ! », « Du respect ! », ont scandé les grévistes devant "
        "l'usine.",
        [{"text": "Du travail !", "speaker": "les grévistes"}, {"text": "Du respect !", "speaker": "les grévistes"}],
        id="des-slogans-listes-avant-leur-verbe"),
    # un titre de presse qui parle est une organisation, pas une personne
    pytest.param(
        "Le magazine a publié l’entretien mardi. « Nous ne céderons rien », affirme l’hebdomadaire dans son éditorial.",
        [{"speaker": "l’hebdomadaire", "speaker_kind": "organisation"}],
        id="un-hebdomadaire-est-une-organisation"),
    # un verbe de parole sans rien de rapporté introduit la phrase suivante,
    # même quand elle a ses propres mots avant la citation, s'il est seul
    # avec son sujet et le jour ...
    pytest.param(
        "Le ministre turc a prévenu mardi. La Turquie frappera le régime syrien « partout » en cas de nouvelle attaque.",
        [{"text": "partout", "speaker": "Le ministre turc", "attribution": "intro"}],
        id="un-verbe-de-parole-seul-introduit-la-phrase-suivante"),
    # ... mais pas quand il a un complément
    pytest.param(
        "Les électeurs ont réagi aux coupes budgétaires du gouvernement. Les élus ont vite compris que le « bastion "
        "rouge » ne leur appartenait plus.",
        [], id="un-verbe-qui-a-un-complement-n-introduit-pas-la-phrase-suivante"),
    # « Pour » et un organisme, puis une virgule : l'avis de cet organisme
    pytest.param(
        "Pour le syndicat CGT, cette réforme est « une provocation ».",
        [{"text": "une provocation", "speaker": "le syndicat CGT", "attribution": "according"}],
        id="pour-un-organisme-donne-son-avis"),
    pytest.param(
        "Pour les manifestants, la loi reste « injuste ».",
        [{"text": "injuste", "speaker": "les manifestants"}],
        id="pour-un-groupe-donne-son-avis"),
    # « parler de » rapporte les mots dont on parle
    pytest.param(
        "Le maire a parlé du « drame » et des « erreurs » de l'État.",
        [{"text": "drame", "speaker": "Le maire", "cue": "a parlé"}, {"text": "erreurs", "speaker": "Le maire"}],
        id="parler-de-rapporte"),
    # un nom que le NER prend pour un lieu, ouvert par un prénom, après un titre et un sigle
    pytest.param(
        "Le député LFI François Ruffin a raillé sur X un « gouvernement de perdants ».",
        [{"text": "gouvernement de perdants", "speaker": "François Ruffin", "speaker_titles": ["député LFI"]}],
        id="un-titre-et-un-sigle-avant-le-nom"),
    # « Quant à X, il … » : le pronom reprend X, non le locuteur d'avant
    pytest.param(
        "Jean-Luc Mélenchon a fustigé mardi « une trahison ». Quant à Olivier Faure, il a estimé que « rien n'est joué ».",
        [{"text": "une trahison", "speaker": "Jean-Luc Mélenchon"}, {"text": "rien n'est joué", "speaker": "Olivier Faure"}],
        id="quant-a-x-il"),
    # un nom coupé par l'analyse après le prénom garde son nom de famille
    pytest.param(
        "« Le pire est devant nous », avertit l'économiste Thomas Piketty dans une tribune publiée par Le Monde.",
        [{"text": "Le pire est devant nous", "speaker": "Thomas Piketty"}],
        id="le-nom-de-famille-apres-le-prenom"),
    # « d'« » que le tokenizer coupe en « d » et « ' »
    pytest.param(
        "La veille, le porte-parole du Kremlin avait parlé d'« hystérie ».",
        [{"text": "hystérie", "speaker": "le porte-parole du Kremlin"}],
        id="parler-d-apostrophe-guillemet"),
    # un participe qui qualifie une chose : son complément d'agent l'a dit
    pytest.param(
        "Le procès, qualifié d'« historique » par les avocats des parties civiles, s'est ouvert lundi à Paris.",
        [{"text": "historique", "speaker": "les avocats des parties civiles"}],
        id="qualifie-de-par-un-agent"),
    # un nom entier, quoi qu'en fassent le tokenizer et le NER
    pytest.param(
        "La présidente de la région Hauts-de-France, Apolline Vasseur-Deleau, a dénoncé samedi une décision « injuste ». "
        "« La région est prête à reprendre le site », a-t-elle écrit.",
        [{"text": "injuste", "speaker": "Apolline Vasseur-Deleau"},
         {"text": "La région est prête à reprendre le site", "speaker": "Apolline Vasseur-Deleau"}],
        id="nom-compose-coupe-par-l-analyse"),
    pytest.param(
        "10h15 – Témoignage de Gwenola Kerguelen'h, habitante de Plouhinec : « La mer est montée jusqu'au seuil. »",
        [{"text": "La mer est montée jusqu'au seuil.", "speaker": "Gwenola Kerguelen'h"}],
        id="nom-breton-coupe-a-l-apostrophe"),
    pytest.param(
        "« Nous avons isolé la souche », explique le docteur Amadou Sy, microbiologiste à l'Institut Pasteur.",
        [{"text": "Nous avons isolé la souche", "speaker": "Amadou Sy"}],
        id="prenom-inconnu-du-recensement-tague-par-le-ner"),
    pytest.param(
        "« Nous avons isolé la souche », explique le docteur Amadou Sy. "
        "« Nous avons déjà reçu une dizaine de demandes », a indiqué Sy, sans en préciser l'origine.",
        [{"text": "Nous avons isolé la souche", "speaker": "Amadou Sy"},
         {"text": "Nous avons déjà reçu une dizaine de demandes", "speaker": "Amadou Sy", "speaker_mention": "Sy"}],
        id="le-nom-s-arrete-a-la-virgule"),
    pytest.param(
        "\"Avec 31 élèves par classe, on ne peut plus travailler\", dénonce Fatoumata Cissé-Lebrun, présidente de "
        "l'association des parents d'élèves.",
        [{"text": "Avec 31 élèves par classe, on ne peut plus travailler", "speaker": "Fatoumata Cissé-Lebrun"}],
        id="prenom-inconnu-devant-un-nom-compose"),
    pytest.param(
        "« Nous tiendrons, a assuré la secrétaire générale du SNPNC, Anne-Laure de La Roche, aussi longtemps qu'il le faudra. »",
        [{"text": "Nous tiendrons", "speaker": "Anne-Laure de La Roche"},
         {"text": "aussi longtemps qu'il le faudra.", "speaker": "Anne-Laure de La Roche"}],
        id="incise-nom-a-particule-apres-un-sigle"),
    # le nom mis en apposition après la fonction, quoi qu'en fasse l'analyse
    pytest.param(
        "« Lucas a été immense », s'est félicité le manager castrais, Jérôme Salvetat, au micro de Canal+.",
        [{"text": "Lucas a été immense", "speaker": "Jérôme Salvetat"}],
        id="fonction-lue-comme-un-verbe-puis-le-nom"),
    pytest.param(
        "11h20 – Le maire de Douarnenez, Corentin Le Floc'h, appelle à la prudence : « Restez chez vous. »",
        [{"text": "Restez chez vous.", "speaker": "Corentin Le Floc'h"}],
        id="fonction-puis-prenom-connu-entre-virgules"),
    # des verbes d'incise de plus
    pytest.param(
        "« On offre deux buts », a pesté l'entraîneur, Moussa Konaté. « Chaque jour de grève nous coûte 4 millions "
        "d'euros », a chiffré le directeur des opérations, Sébastien Ravalec.",
        [{"text": "On offre deux buts", "speaker": "Moussa Konaté"},
         {"text": "Chaque jour de grève nous coûte 4 millions d'euros", "speaker": "Sébastien Ravalec"}],
        id="pester-chiffrer"),
    # un nom composé en tête de phrase, que l'analyse coupe au trait d'union
    pytest.param(
        "Porté par un Ethan Barthélémy-Soulé des grands soirs, Castres s'est imposé dimanche.\n\n"
        "« Il a été énorme », s'est félicité le manager, Jérôme Salvetat.\n\n"
        "Barthélémy-Soulé, lui, a préféré mettre en avant le collectif. « Mes avants m'ont servi des ballons en or », "
        "a-t-il souri.",
        [{"text": "Il a été énorme", "speaker": "Jérôme Salvetat"},
         {"text": "Mes avants m'ont servi des ballons en or", "speaker": "Ethan Barthélémy-Soulé"}],
        id="nom-compose-en-tete-de-phrase-sujet-du-pronom"),
    # « celle-ci », « ce dernier » : la personne nommée en dernier, pas le sujet
    pytest.param(
        "Le maire sortant, Gilles Poujol, a attaqué d'emblée son adversaire, Myriam Ferrandis-Gaillac.\n\n"
        "Celle-ci a aussitôt répliqué : « J'ai voté, oui, et je l'ai regretté. »",
        [{"text": "J'ai voté, oui, et je l'ai regretté.", "speaker": "Myriam Ferrandis-Gaillac", "speaker_mention": "Celle-ci"}],
        id="celle-ci-la-derniere-nommee"),
    pytest.param(
        "« Vos recettes n'existent pas », a lancé Quentin Aribaud au maire.\n\n"
        "Ce dernier a rétorqué que l'opposition « n'avait proposé aucune économie ».",
        [{"text": "Vos recettes n'existent pas", "speaker": "Quentin Aribaud"},
         {"text": "n'avait proposé aucune économie", "speaker": "Ce dernier"}],
        id="ce-dernier-apres-une-fonction-sans-nom-reste-tel-quel"),
    # « qui » que l'analyse fait sujet du verbe principal : la personne juste avant
    pytest.param(
        "Le chimiste Olivier Brancourt, qui n'a pas participé aux travaux, salue « un résultat solide ».",
        [{"text": "un résultat solide", "speaker": "Olivier Brancourt"}],
        id="qui-lu-comme-sujet-du-verbe-principal"),
    pytest.param(
        "Parmi les manifestants, Ludivine Sarrazy, éleveuse de canards à Nérac, résumait le sentiment général : "
        "« Elle dit tout haut ce qu'on pense tous. »",
        [{"text": "Elle dit tout haut ce qu'on pense tous.", "speaker": "Ludivine Sarrazy"}],
        id="le-complement-lu-comme-second-sujet-n-est-pas-le-locuteur"),
    pytest.param(
        "« J'ai cru que j'allais mourir », avait raconté le lendemain au Dauphiné libéré la gérante, Murielle Perrissin.",
        [{"text": "J'ai cru que j'allais mourir", "speaker": "Murielle Perrissin"}],
        id="le-lendemain-apres-le-verbe-dit-quand-pas-qui"),
    pytest.param(
        "Mais selon un membre du staff fédéral, Barthélémy-Soulé « est plus que jamais dans les petits papiers ».",
        [{"text": "est plus que jamais dans les petits papiers", "speaker": "un membre du staff fédéral"}],
        id="le-nom-avant-la-citation-en-est-le-sujet-pas-la-source"),
    pytest.param(
        "« 2025 a été l'année du redressement », s'est félicitée la directrice générale, Maëlys Donnadieu-Fournier, "
        "lors d'une conférence téléphonique mardi matin.",
        [{"text": "2025 a été l'année du redressement", "speaker": "Maëlys Donnadieu-Fournier"}],
        id="fonction-puis-nom-compose-entre-virgules"),
    pytest.param(
        "« Nous manquons de bras la nuit », reconnaît le Dr Karim Ben-Soussan, chef du service de réanimation.\n\n"
        "Selon lui, tout s'est joué cet automne. « Les remplaçants ne viennent plus », poursuit le médecin.",
        [{"text": "Nous manquons de bras la nuit", "speaker": "Karim Ben-Soussan"},
         {"text": "Les remplaçants ne viennent plus", "speaker": "Karim Ben-Soussan"}],
        id="le-medecin-est-le-docteur-nomme-avant"),
    pytest.param(
        "Le préfet de la Savoie, Hervé Castagnède-Roux, s'est rendu sur place dans la nuit.\n\n"
        "« Rien ne laissait prévoir l'éboulement », tranche le préfet, qui écarte la piste d'un défaut d'entretien.",
        [{"text": "Rien ne laissait prévoir l'éboulement", "speaker": "Hervé Castagnède-Roux"}],
        id="le-prefet-nomme-en-apposition-avant"),
    pytest.param(
        "Venu constater les dégâts, le maire de Quimperlé, Erwan Le Guillou-Madec, a réclamé des moyens.\n\n"
        "« Les digues ont cédé en une heure », a lancé l'élu devant les sinistrés.",
        [{"text": "Les digues ont cédé en une heure", "speaker": "Erwan Le Guillou-Madec"}],
        id="l-elu-est-le-maire-nomme-avant"),
    pytest.param(
        "Dimanche, la présidente déléguée du club, Margaux Lefranc-Oudin, a toutefois tempéré l'enthousiasme : "
        "« Une victoire d'étape ne règle rien. »",
        [{"text": "Une victoire d'étape ne règle rien.", "speaker": "Margaux Lefranc-Oudin"}],
        id="un-jour-en-tete-de-phrase-n-est-personne"),
    pytest.param(
        "Mardi, au deuxième jour de son procès devant la cour d'assises du Gard, Julien Fabrègues, 41 ans, a répété "
        "qu'il n'avait « jamais voulu blesser » son voisin.",
        [{"text": "jamais voulu blesser", "speaker": "Julien Fabrègues"}],
        id="nom-puis-age-entre-virgules-sans-sujet-dans-l-analyse"),
    pytest.param(
        "La secrétaire générale de la CGT-Transports, Nadège Houari, harangue les grévistes : "
        "« Ce n'est pas une grève pour nous, c'est une grève pour les usagers ! »",
        [{"text": "Ce n'est pas une grève pour nous, c'est une grève pour les usagers !", "speaker": "Nadège Houari"}],
        id="haranguer-introduit-la-citation"),
    pytest.param(
        "« Nous avons mené 96 sauvetages en une nuit », a indiqué lundi le lieutenant-colonel Franck Amadou-Leroy, "
        "du service départemental d'incendie et de secours.",
        [{"text": "Nous avons mené 96 sauvetages en une nuit", "speaker": "Franck Amadou-Leroy"}],
        id="grade-compose-devant-le-nom"),
    pytest.param(
        "« Tout le conseil a voté ce plan, opposition comprise », rappelle un agent municipal sous couvert d'anonymat.",
        [{"text": "Tout le conseil a voté ce plan, opposition comprise", "speaker": "un agent municipal"}],
        id="un-nom-de-personne-mal-etiquete-apres-l-incise"),
    pytest.param(
        "« Le coach nous a juste dit de jouer les uns pour les autres », a raconté Diakhaté au micro du diffuseur.",
        [{"text": "Le coach nous a juste dit de jouer les uns pour les autres", "speaker": "Diakhaté"}],
        id="un-nom-etiquete-adjectif-apres-l-incise"),
    pytest.param(
        "Lundi soir, lors d'une réunion publique à la salle des fêtes, Gérard Kervella, 68 ans, président de "
        "l'association des riverains du quai, a dénoncé « des promesses qui partent avec la marée ».",
        [{"text": "des promesses qui partent avec la marée", "speaker": "Gérard Kervella"}],
        id="nom-puis-age-puis-fonction-avant-le-verbe"),
    pytest.param(
        "La semaine dernière, la CGT-Cheminots avait promis « un mois de mars noir » si le projet n'était pas retiré.",
        [{"text": "un mois de mars noir", "speaker": "la CGT-Cheminots"}],
        id="une-duree-en-tete-de-phrase-n-est-pas-le-sujet"),
    pytest.param(
        "À l'origine du projet, deux ingénieurs, Sophie Marchal et Karim Belkacem. Elle vient de l'automobile ; "
        "il vient du recyclage. « Nous jetons des batteries qui fonctionnent », explique la première. "
        "« Nous les remettons en service », ajoute le second.",
        [{"text": "Nous jetons des batteries qui fonctionnent", "speaker": "Sophie Marchal"},
         {"text": "Nous les remettons en service", "speaker": "Karim Belkacem"}],
        id="la-premiere-et-le-second-des-deux-nommes"),
    pytest.param(
        "À Marmande, la sous-préfète, Anne-Claire Ouédraogo, défend l'action de l'État. Elle a assuré lundi que "
        "« 85 % des dossiers » seraient payés.",
        [{"text": "85 % des dossiers", "speaker": "Anne-Claire Ouédraogo"}],
        id="un-nom-que-l-analyse-coupe-en-deux-phrases"),
    pytest.param(
        "« C'est un avertissement, pas une surprise », reconnaît une source proche de l'Élysée.",
        [{"text": "C'est un avertissement, pas une surprise", "speaker": "une source proche de l'Élysée"}],
        id="une-source-proche-de-quelqu-un"),
    pytest.param(
        "Son collègue Yann-Erwan Le Goff, élu du Finistère, se montre plus réservé. "
        "« Le gouvernement reviendra par la fenêtre », prévient-il.",
        [{"text": "Le gouvernement reviendra par la fenêtre", "speaker": "Yann-Erwan Le Goff"}],
        id="un-nom-a-particule-que-l-ner-coupe-avant-le"),
    pytest.param(
        "La Fédération des banques coopératives a regretté dans un communiqué « une décision prise sans étude sérieuse ».",
        [{"text": "une décision prise sans étude sérieuse", "speaker": "La Fédération des banques coopératives"}],
        id="le-nom-d-un-organisme-s-arrete-a-l-auxiliaire"),
    pytest.param(
        "Le Conseil constitutionnel censure la loi. Le Conseil estime qu'elle porte « une atteinte disproportionnée ».",
        [{"text": "une atteinte disproportionnée", "speaker": "Le Conseil"}],
        id="un-organisme-nomme-a-la-francaise-sans-article-anglais"),
    pytest.param(
        "« On ne peut plus continuer comme ça », a déclaré lundi Gwenaëlle Le Bihan, infirmière aux urgences depuis "
        "quinze ans.\n\n« Depuis septembre, on a perdu onze collègues », a rappelé l'infirmière.",
        [{"text": "On ne peut plus continuer comme ça", "speaker": "Gwenaëlle Le Bihan"},
         {"text": "Depuis septembre, on a perdu onze collègues", "speaker": "Gwenaëlle Le Bihan"}],
        id="une-apposition-sans-article-donne-son-role-au-nom"),
    pytest.param(
        "Mais c'est l'intervention de Marie-Laure Kerguélen, conseillère d'opposition et ancienne adjointe, qui a mis "
        "le feu aux poudres. Celle-ci a affirmé que le cabinet retenu avait « travaillé gratuitement pour la campagne ».",
        [{"text": "travaillé gratuitement pour la campagne", "speaker": "Marie-Laure Kerguélen"}],
        id="celle-ci-apres-un-nom-et-sa-description"),
    pytest.param(
        "Côté français, la ministre déléguée chargée de l’Europe, Clémence de Saint-Aubert, s’est félicitée ce mardi "
        "d’une « victoire de la vision française ».",
        [{"text": "victoire de la vision française", "speaker": "Clémence de Saint-Aubert"}],
        id="un-verbe-pronominal-n-est-pas-un-passif"),
    pytest.param(
        "L'avocat de la défense, Me Fabrice Técher, a plaidé l'accident.\n\n"
        "Hier soir, à la sortie de la salle d’audience, ce dernier s’est dit « déçu mais pas surpris ».",
        [{"text": "déçu mais pas surpris", "speaker": "Fabrice Técher"}],
        id="ce-dernier-sans-le-pronom-reflechi"),
    pytest.param(
        "« Nous l’avons soutenu, ce n’est pas la même chose », a affirmé à l’AFP Guillaume d’Harcourt-Lévy, associé du fonds.",
        [{"text": "Nous l’avons soutenu, ce n’est pas la même chose", "speaker": "Guillaume d’Harcourt-Lévy"}],
        id="une-particule-elidee-collee-au-nom"),
    pytest.param(
        "La défense, assurée par Me Fabrice Técher, plaidait l'accident.\n\n"
        "« Mon client n’est pas un assassin », avait martelé l’avocat vendredi.",
        [{"text": "Mon client n’est pas un assassin", "speaker": "Fabrice Técher"}],
        id="l-avocat-est-le-maitre-nomme-avant"),
    pytest.param(
        "Plouzané : la vente du terrain enflamme le conseil\n\n"
        "« Vous bradez le patrimoine des habitants », a lancé Yannick Kerhervé, chef de file de l'opposition. "
        "Selon lui, le prix proposé par la société Armor Habitat Promotion, 1,1 million d'euros, serait trop bas.\n\n"
        "La maire, élue en 2014, a longuement défendu le projet, notes en main :\n\n"
        "« Ce terrain est en friche depuis vingt ans. Il nous coûte de l'argent chaque année.\n\n"
        "« Le projet, ce sont soixante-quatre logements. »",
        [{"text": "Vous bradez le patrimoine des habitants", "speaker": "Yannick Kerhervé"},
         {"text": "Ce terrain est en friche depuis vingt ans. Il nous coûte de l'argent chaque année.", "speaker": "La maire"},
         {"text": "Le projet, ce sont soixante-quatre logements.", "speaker": "La maire"}],
        id="un-nom-apres-la-societe-est-une-societe"),
    pytest.param(
        "Le conseil s'enflamme\n\n"
        "Il était minuit quand Maryse Le Goff a levé la séance. Yannick Kerhervé, chef de file de l'opposition, "
        "a pris la parole.\n\n"
        "« Ce terrain nous coûte de l'argent », a défendu la maire.",
        [{"text": "Ce terrain nous coûte de l'argent", "speaker": "la maire"}],
        id="la-maire-n-est-pas-un-homme-nomme-juste-avant"),
    pytest.param(
        "Écrans et langage\n\n"
        "Olivier Daoudi, pédiatre à Rennes, juge l'étude utile.\n\n"
        "La ministre a répondu lundi. Claire Martin, chercheuse au CNRS, a publié un rapport.\n\n"
        "Le pédiatre plaide pour « des consultations dédiées au neuvième mois ».",
        [{"text": "des consultations dédiées au neuvième mois", "speaker": "Olivier Daoudi"}],
        id="une-apposition-lue-sans-analyse-donne-le-role"),
    pytest.param(
        "Procès à Vannes\n\n"
        "Karim Benhaddou, 34 ans, comparaissait libre. La présidente, Anne Rivoal, a rappelé les faits.\n\n"
        "« Je regrette », a lâché le trentenaire de 34 ans.",
        [{"text": "Je regrette", "speaker": "Karim Benhaddou"}],
        id="l-age-donne-apres-le-nom"),
    pytest.param(
        "Les déplacés de Carrefour\n\n"
        "Réfugié dans une école avec ses petits-enfants, Wilner Joseph-Aimé, 63 ans, a quitté sa maison samedi. "
        "Une source policière décrit une situation « très tendue ». Lundi, le sexagénaire répétait : « Nous ne savons pas où aller. »",
        [{"text": "très tendue", "speaker": "Une source policière"},
         {"text": "Nous ne savons pas où aller.", "speaker": "Wilner Joseph-Aimé"}],
        id="le-sexagenaire-a-l-age-donne-dans-sa-decennie"),
    pytest.param(
        "Budget bruxellois\n\n"
        "L’échevine des Finances de la Ville, Sophie De Smet-Lacroix, ne dit pas autre chose. Invitée dimanche d’une "
        "émission locale, elle a lancé : « Venez voir nos CPAS un lundi matin. »",
        [{"text": "Venez voir nos CPAS un lundi matin.", "speaker": "Sophie De Smet-Lacroix"}],
        id="un-prenom-et-un-nom-a-particule-et-trait-d-union-et-un-participe-en-tete"),
    pytest.param(
        "Réforme des communes\n\n"
        "Dans une lettre ouverte, le bourgmestre de Jette, Thierry Vandenhoute, dénonce une réforme « injuste ». "
        "Le soir même, le bourgmestre a enfoncé le clou : « Je ne fermerai pas de crèche. »",
        [{"text": "injuste", "speaker": "Thierry Vandenhoute"},
         {"text": "Je ne fermerai pas de crèche.", "speaker": "Thierry Vandenhoute"}],
        id="le-lieu-d-un-bourgmestre-n-est-personne"),
    pytest.param(
        "Réforme scolaire\n\n"
        "« Les enfants lisent mieux », assure ce mardi l’échevine de l’Enseignement, Nadia Kremer-Loos, dont la "
        "commune teste la réforme.",
        [{"text": "Les enfants lisent mieux", "speaker": "Nadia Kremer-Loos"}],
        id="ce-mardi-entre-le-verbe-et-le-sujet-dit-quand"),
    pytest.param(
        "Commission d'enquête\n\n"
        "Lors de l'ouverture des audiences, le 12 janvier, Denise Tremblay-Lavoie avait promis de « suivre l'argent ».",
        [{"text": "suivre l'argent", "speaker": "Denise Tremblay-Lavoie"}],
        id="une-date-mise-entre-virgules-avant-le-sujet"),
    pytest.param(
        "Écrans et langage\n\n"
        "« L’effet est robuste », a déclaré lundi l’épidémiologiste Mei-Lin Tran-Bouvier, qui a coordonné l’étude.\n\n"
        "La chercheuse a insisté sur un résultat :\n\n"
        "« Ce n’est pas seulement le temps passé devant l’écran.\n\n"
        "« C’est ce qu’il remplace. »",
        [{"text": "L’effet est robuste", "speaker": "Mei-Lin Tran-Bouvier"},
         {"text": "Ce n’est pas seulement le temps passé devant l’écran.", "speaker": "Mei-Lin Tran-Bouvier"},
         {"text": "C’est ce qu’il remplace.", "speaker": "Mei-Lin Tran-Bouvier"}],
        id="le-nom-compose-apres-son-metier-et-la-suite-de-sa-citation"),
    pytest.param(
        "Écrans et langage\n\n"
        "Le Dr Kofi Mensah reste prudent : « Une corrélation n’est pas une causalité. »\n\n"
        "« Nous avons exclu les enfants déjà suivis », répond Mei-Lin Tran-Bouvier. La chercheuse reconnaît que "
        "« seul un essai » trancherait.",
        [{"text": "Une corrélation n’est pas une causalité.", "speaker": "Kofi Mensah"},
         {"text": "Nous avons exclu les enfants déjà suivis", "speaker": "Mei-Lin Tran-Bouvier"},
         {"text": "seul un essai", "speaker": "Mei-Lin Tran-Bouvier"}],
        id="un-prenom-du-recensement-inverse-apres-le-verbe"),
    pytest.param(
        "Port-au-Prince\n\n"
        "« Les premiers cas sont apparus ce matin », a alerté Rose-Michelle Dorsainvil, coordonnatrice de l’ONG "
        "Kay Nou Solidarité. La coordonnatrice réclame « deux sites d’accueil de plus ».",
        [{"text": "Les premiers cas sont apparus ce matin", "speaker": "Rose-Michelle Dorsainvil"},
         {"text": "deux sites d’accueil de plus", "speaker": "Rose-Michelle Dorsainvil"}],
        id="le-nom-apres-l-ong-est-l-ong-et-la-coordonnatrice-est-nommee"),
    pytest.param(
        "Procès de Casablanca\n\n"
        "Me Rachid El Amrani, avocat d’Hicham Aït Bouzid, a demandé le renvoi. « Mon client a été jugé par les réseaux "
        "sociaux », a plaidé l’avocat.",
        [{"text": "Mon client a été jugé par les réseaux sociaux", "speaker": "Rachid El Amrani"}],
        id="l-avocat-de-quelqu-un-n-est-pas-ce-quelqu-un"),
    pytest.param(
        "Taux directeur\n\n"
        "Le Pr Mamadou Lamine Diop, enseignant-chercheur à l’université de Dakar, salue une mesure « bienvenue mais insuffisante ». "
        "Pour le Pr Diop, « la crédibilité de la banque sera un atout ».",
        [{"text": "bienvenue mais insuffisante", "speaker": "Mamadou Lamine Diop"},
         {"text": "la crédibilité de la banque sera un atout", "speaker": "Mamadou Lamine Diop"}],
        id="le-pr-et-le-nom-seul-apres-le-nom-entier"),
    pytest.param(
        "Hommage\n\n"
        "Son partenaire de toujours, Pierre-Alain Moreau, et la metteuse en scène Sabrina Oukaci ont réuni les "
        "chercheurs. Celui-ci a évoqué « une camarade d'une exigence folle ».",
        [{"text": "une camarade d'une exigence folle", "speaker": "Pierre-Alain Moreau"}],
        id="celui-ci-apres-un-pluriel"),
    pytest.param(
        "Fusion des communes\n\n"
        "Dans une lettre ouverte publiée lundi et cosignée par dix de ses homologues, le bourgmestre de Jette, Marc "
        "Delvaux, dénonce une réforme qui « ruinerait les communes ». Le soir même, le bourgmestre a enfoncé le clou : "
        "« Nous ne fusionnerons pas contre l’avis des habitants. »",
        [{"text": "Nous ne fusionnerons pas contre l’avis des habitants.", "speaker": "Marc Delvaux"}],
        id="le-maire-d-un-lieu-pris-pour-une-personne-est-nomme"),
    pytest.param(
        "Grève des bus\n\n"
        "Devant la gare, Inès Morel, 22 ans, étudiante, attendait en vain. « Je vais rater mon examen », soupirait-elle. Un peu plus "
        "loin, Roger Baudin, 71 ans, se montre plus indulgent. « Ils ont raison de se battre », estime le retraité, "
        "ancien maçon.",
        [{"text": "Je vais rater mon examen", "speaker": "Inès Morel"},
         {"text": "Ils ont raison de se battre", "speaker": "Roger Baudin"}],
        id="le-retraite-est-celui-qu-on-vient-de-nommer-apres-son-age"),
    pytest.param(
        "Glaciers\n\n"
        "« Le glacier se vide par le dessous », résume Laure Cottier-Barras, glaciologue à l’université de Lausanne.\n\n"
        "L'étude, intitulée « Englacial drainage and rapid thinning of a temperate Alpine glacier, 2015-2025 », est parue "
        "lundi.\n\n"
        "« Nous avons été surpris, admet la chercheuse, par la vitesse du phénomène. »",
        [{"text": "Le glacier se vide par le dessous", "speaker": "Laure Cottier-Barras"},
         {"text": "Nous avons été surpris", "speaker": "Laure Cottier-Barras"},
         {"text": "par la vitesse du phénomène.", "speaker": "Laure Cottier-Barras"}],
        id="un-titre-apres-intitule-n-est-pas-une-citation-meme-long"),
    pytest.param(
        "Disparition\n\n"
        "Née en 1938 à Tulle, Hélène Marquet-Sorbier débute à vingt ans. Révélée en 1962 dans « Les Bonnes », elle "
        "reçoit un César en 1990.\n\n"
        "« Le théâtre doit aller vers les gens », expliquait-elle en 2010.",
        [{"text": "Le théâtre doit aller vers les gens", "speaker": "Hélène Marquet-Sorbier"}],
        id="ni-un-participe-ni-un-prix-ne-sont-des-personnes"),
    pytest.param(
        "Marché incendié\n\n"
        "Deux vendeuses de tomates se disputent à voix haute :\n\n"
        "– Ils sont arrivés à quatre heures ! s'emporte Awa Traoré.\n\n"
        "– Trois heures et demie, corrige sa voisine, Fanta Diallo-Koné. J'ai regardé mon téléphone.",
        [{"text": "Ils sont arrivés à quatre heures !", "speaker": "Awa Traoré"},
         {"text": "Trois heures et demie", "speaker": "Fanta Diallo-Koné"},
         {"text": "J'ai regardé mon téléphone.", "speaker": "Fanta Diallo-Koné"}],
        id="corriger-rapporte-et-la-voisine-est-nommee"),
    pytest.param(
        "Conseil municipal\n\nLe maire a défendu son budget. Réplique cinglante : « Il pleut aussi dans les classes de "
        "l'école, madame. »",
        [],
        id="replique-cinglante-n-est-personne"),
    pytest.param(
        "Crue\n\n« La situation est grave et elle va durer », a prévenu lundi soir la préfète du Gers, Claire Montagut-Rey, "
        "lors d'un point presse.\n\nLors de ce même point presse, la représentante de l'Etat a prévenu que la décrue "
        "n'interviendrait « pas avant jeudi ».",
        [{"text": "La situation est grave et elle va durer", "speaker": "Claire Montagut-Rey"},
         {"text": "pas avant jeudi", "speaker": "Claire Montagut-Rey"}],
        id="la-representante-de-l-etat-est-la-prefete"),
    pytest.param(
        "Montferrand : le maire dénonce « une cabale »\n\nLes enquêteurs ont perquisitionné lundi la mairie ainsi que le "
        "domicile de son maire (LR), Bertrand de La Motte-Sauvain, 62 ans.",
        [{"text": "une cabale", "speaker": "Bertrand de La Motte-Sauvain"}],
        id="le-maire-d-un-titre-est-celui-que-l-article-nomme-ensuite"),
    pytest.param(
        "Genève : pas d'accord sur les ports\n\n« Nous progressons, lentement », a reconnu devant la presse le chef de "
        "la diplomatie belge, Jan De Smedt, hôte des pourparlers.\n\nSelon lui, les deux camps s'accordent sur « le "
        "principe » d'une trêve. « Le reste est affaire de calendrier », a ajouté le ministre belge.\n\nLe ministre "
        "grec des Affaires étrangères, Nikos Papadimas, est resté prudent.",
        [{"text": "Nous progressons, lentement", "speaker": "Jan De Smedt"},
         {"text": "le principe", "speaker": "Jan De Smedt"},
         {"text": "Le reste est affaire de calendrier", "speaker": "Jan De Smedt"}],
        id="le-ministre-belge-apres-ses-citations-n-est-pas-le-ministre-grec"),
    pytest.param(
        "Sommet\n\nSon homologue roumaine, Ioana Vasilescu-Dragan, a rejeté ces accusations. « Nous sommes venus pour "
        "négocier », a-t-elle affirmé.\n\nCo-organisateur de la rencontre, le ministre d'Etat qatari aux Affaires "
        "étrangères, cheikh Hamad ben Nasser Al-Kuwari, s'est voulu plus optimiste. « Personne ne pensait les voir à la "
        "même table », a souligné le diplomate qatari.",
        [{"text": "Nous sommes venus pour négocier", "speaker": "Ioana Vasilescu-Dragan"},
         {"text": "Personne ne pensait les voir à la même table", "speaker": "Hamad ben Nasser Al-Kuwari"}],
        id="le-diplomate-est-le-nom-mis-entre-virgules-apres-le-sujet-pas-la-ministre"),
    pytest.param(
        "Conseil\n\nLe vice-président chargé des transports, Karim Benali-Roux, a défendu le projet. « Il faut "
        "avancer », a-t-il lancé.\n\nPour le chef de file de l'opposition, Jean-Loup de Kervella, le compte n'y est "
        "pas. « Nous sommes contre ce tracé-là », a-t-il répété.",
        [{"text": "Il faut avancer", "speaker": "Karim Benali-Roux"},
         {"text": "Nous sommes contre ce tracé-là", "speaker": "Jean-Loup de Kervella"}],
        id="pour-x-virgule-fait-de-x-celui-dont-parle-la-phrase"),
    pytest.param(
        "Nucléaire\n\nLe chef de la diplomatie iranienne, Mohammad-Reza Tabatabaï-Nejad, a reçu lundi ses homologues. "
        "« L'Iran a toujours agi de bonne foi », a déclaré le ministre, cité par l'agence officielle Irna. « Ceux qui "
        "parlent de dernière chance devraient se souvenir », a-t-il ajouté.",
        [{"text": "L'Iran a toujours agi de bonne foi", "speaker": "Mohammad-Reza Tabatabaï-Nejad"},
         {"text": "Ceux qui parlent de dernière chance devraient se souvenir", "speaker": "Mohammad-Reza Tabatabaï-Nejad"}],
        id="l-agence-qui-relaie-les-propos-n-est-pas-celui-qui-parle"),
    pytest.param(
        "Soudan\n\nLes Forces de soutien rapide (FSR) contrôlent la ville depuis dimanche. Lundi, les FSR ont dénoncé "
        "« un massacre délibéré de civils ».",
        [{"text": "un massacre délibéré de civils", "speaker": "Forces de soutien rapide"}],
        id="un-sigle-est-le-nom-que-l-article-a-developpe"),
    pytest.param(
        "Frontière\n\nLe président kirghiz Almazbek Toktogulov a promis lundi de « défendre chaque mètre » du "
        "territoire, au lendemain d'affrontements avec le Tadjikistan qui ont fait au moins neuf morts, selon un bilan "
        "officiel.",
        [{"text": "défendre chaque mètre", "speaker": "Almazbek Toktogulov"}],
        id="selon-apres-une-relative-source-la-relative-pas-la-citation"),
    pytest.param(
        "Odile Ferrand-Lacoste quitte l’Alliance centrale : « Je ne me reconnais plus dans ce parti »\n\n"
        "La sénatrice a annoncé son départ lundi.",
        [{"text": "Je ne me reconnais plus dans ce parti", "speaker": "Odile Ferrand-Lacoste"}],
        id="le-titre-nom-verbe-deux-points-donne-la-parole-au-nom"),
    pytest.param(
        "Colère agricole\n\n« Rien n'a changé », a lancé au mégaphone le président de la FDSEA, Jean-Baptiste "
        "Morvan-Gohier, éleveur à Ballée.\n\nUne délégation a été reçue par le sous-préfet, Arnaud de Villers-Saulx, "
        "qui a promis de faire remonter les demandes.\n\nLes manifestants sont restés de marbre. « Ça fait trois ans "
        "qu'on nous dit ça ! », s'est agacé le président de la FDSEA à sa sortie.",
        [{"text": "Rien n'a changé", "speaker": "Jean-Baptiste Morvan-Gohier"},
         {"text": "Ça fait trois ans qu'on nous dit ça !", "speaker": "Jean-Baptiste Morvan-Gohier"}],
        id="le-president-de-la-fdsea-est-un-role-pas-un-nom"),
    pytest.param(
        "Remaniement\n\nPour la place Beauvau, le nom de Bertrand Castelli-Moreau, l’actuel ministre des Sports, revient "
        "avec insistance. Interrogé samedi par la presse régionale, l’intéressé a balayé l’hypothèse : « Je suis très "
        "bien là où je suis. »",
        [{"text": "Je suis très bien là où je suis.", "speaker": "Bertrand Castelli-Moreau"}],
        id="l-interesse-est-celui-dont-on-vient-de-parler"),
    pytest.param(
        "Grève\n\nLe ministre, Bertrand Audiberti-Roche, qui doit recevoir les syndicats vendredi, a lui-même jugé "
        "mardi matin sur franceinfo que « la grève n'est jamais une bonne nouvelle ».",
        [{"text": "la grève n'est jamais une bonne nouvelle", "speaker": "Bertrand Audiberti-Roche"}],
        id="lui-meme-souligne-le-sujet-sans-l-etre"),
    pytest.param(
        "Sommet\n\nEn visite lundi au Mali, le président sénégalais Mamadou Lamine Sarr a signé onze accords avec son "
        "homologue Assimi Konaté-Traoré.\n\nSur la pêche, le président malien a promis « de 400 à 500 licences » dès avril.",
        [{"text": "de 400 à 500 licences", "speaker": "le président malien"}],
        id="le-president-malien-n-est-pas-le-president-senegalais"),
    pytest.param(
        "«\u00a0Nos forces aériennes ont mené dix-neuf sorties en quarante-huit heures contre les positions de la "
        "milice autour d'El-Obeid et de Bara\u00a0», a déclaré le général de brigade Nabil Abou Zeid lors d'un point de presse à "
        "Port-Soudan, siège provisoire du gouvernement. L'opération, baptisée «\u00a0Bouclier du Nil\u00a0», se poursuivra selon lui "
        "«\u00a0jusqu'à la libération totale du Kordofan\u00a0».",
        [{"text": "Nos forces aériennes ont mené dix-neuf sorties en quarante-huit heures contre les positions de la milice "
                  "autour d'El-Obeid et de Bara", "speaker": "Nabil Abou Zeid"},
         {"text": "jusqu'à la libération totale du Kordofan", "speaker": "Nabil Abou Zeid"}],
        id="se-poursuivre-n-est-pas-parler"),
    pytest.param(
        "Le ministre de l'Intérieur, Paul Garnier-Lebrun, a reçu la presse place Beauvau.\n\n"
        "« Allez-vous démissionner ? » lui a demandé une journaliste.\n\n« Certainement pas », a-t-il répondu.",
        [{"text": "Allez-vous démissionner ?", "speaker": "une journaliste"},
         {"text": "Certainement pas", "speaker": "Paul Garnier-Lebrun"}],
        id="qui-repond-n-est-pas-qui-a-pose-la-question"),
    pytest.param(
        "La Première ministre, Hélène Castagnier-Roy, a défendu le budget devant les sénateurs, aux côtés du ministre "
        "des Comptes publics, Paul Sérieys.\n\n« Nous tiendrons les 3 % », a assuré la cheffe du gouvernement.\n\n"
        "Le président malien, Oumar Traoré-Kanté, recevait le président sénégalais, Bakary Ndiaye-Sow. « Nos frontières "
        "sont communes », a souligné le chef de l'État sénégalais.\n\nL'ancien Premier ministre Firmin Lokossou-Adé "
        "conteste les résultats. « Nos délégués ont été chassés », a dénoncé l'ancien chef du gouvernement.",
        [{"text": "Nous tiendrons les 3 %", "speaker": "Hélène Castagnier-Roy"},
         {"text": "Nos frontières sont communes", "speaker": "Bakary Ndiaye-Sow"},
         {"text": "Nos délégués ont été chassés", "speaker": "Firmin Lokossou-Adé"}],
        # (« le chef du gouvernement » est le Premier ministre ; une nationalité ou « ancien » disent lequel)
        id="le-chef-du-gouvernement-et-le-chef-de-l-etat-qualifie"),
    pytest.param(
        "Moussa Ndiaye-Sarr, professeur de physique dans un lycée public de la capitale, anime trois de ces groupes. "
        "« Je gagne 200 000 francs par mois comme enseignant. Avec les groupes, je double mon salaire », assure le "
        "quadragénaire, rencontré lundi dans un café du Plateau.",
        [{"text": "Je gagne 200 000 francs par mois comme enseignant. Avec les groupes, je double mon salaire",
          "speaker": "Moussa Ndiaye-Sarr"}],
        # (le petit analyseur fait du nom la racine de sa phrase, et de son verbe un nom : il en est le sujet)
        id="le-nom-qui-ouvre-la-phrase-en-est-le-sujet-quoi-qu-en-dise-l-analyse"),
    pytest.param(
        "Son amie Maëlys lève les yeux au ciel : « Moi, je ne peux plus prévenir ma mère. »",
        [{"text": "Moi, je ne peux plus prévenir ma mère.", "speaker": "Maëlys"}],
        # (un prénom seul après un mot de parenté ou de compagnie est la personne, comme « sa sœur Amina »)
        id="son-amie-et-son-prenom"),
    pytest.param(
        "Grève des éboueurs : les poubelles s'entassent.\n\n9h30 - Rappel : dimanche soir, sur le plateau de LCI, "
        "l'adjointe à la propreté, Nathalie Berthon-Ferrand, avait jugé cette grève « irresponsable ». « Les "
        "Marseillais ne sont pas des otages », avait-elle ajouté.",
        [{"text": "irresponsable", "speaker": "Nathalie Berthon-Ferrand"},
         {"text": "Les Marseillais ne sont pas des otages", "speaker": "Nathalie Berthon-Ferrand"}],
        # (une rubrique avant deux-points, que l'analyse fait sujet du verbe, n'est personne : le nom après)
        id="la-rubrique-avant-deux-points-n-est-pas-le-sujet"),
    pytest.param(
        "Le mineur Lucien Fabre-Vidal avait 19 ans en 1974.\n\nAccoudé au comptoir, le vieil homme a pris la parole "
        "devant la foule. « Je parle pour ceux qui ne sont pas remontés », a-t-il dit.",
        [{"text": "Je parle pour ceux qui ne sont pas remontés", "speaker": "Lucien Fabre-Vidal"}],
        # (un participe passé en tête de phrase, suivi d'une préposition, que la NER prend pour un nom, n'est personne)
        id="un-participe-en-tete-de-phrase-n-est-pas-un-nom"),
    pytest.param(
        "Au club de pétanque des Tilleuls, on prépare le concours. « On attend 300 joueurs, peut-être plus », calcule "
        "le président, Marcel Roudier. « Il faudra des bras », calcule-t-il encore. « Les buvettes tourneront toute "
        "la journée », a calculé la trésorière.",
        [{"text": "On attend 300 joueurs, peut-être plus", "speaker": "Marcel Roudier"},
         {"text": "Il faudra des bras", "speaker": "Marcel Roudier"},
         {"text": "Les buvettes tourneront toute la journée", "speaker": "la trésorière"}],
        # (quel que soit le verbe, celui qui suit la citation et sa virgule, son sujet après lui, la signe)
        id="le-verbe-inverse-apres-la-citation-la-signe"),
    pytest.param(
        "La maire, Annick Kerhervé, a promis de reconstruire la salle. La mère de l'une des adolescentes, jointe par "
        "téléphone, affirme que sa fille « n'y est pour rien ». « Elle dormait chez une amie ce soir-là », ajoute-t-elle.",
        [{"text": "n'y est pour rien", "speaker": "La mère de l'une des adolescentes"},
         {"text": "Elle dormait chez une amie ce soir-là", "speaker": "La mère de l'une des adolescentes"}],
        # (la parente de quelqu'un que l'article ne nomme pas reste sans nom : « elle » est elle, pas une autre)
        id="la-parente-d-une-inconnue-reste-anonyme"),
    pytest.param(
        "Les sifflets ont commencé tôt. À la sortie du vestiaire, Sébastien Caradec-Morin n'a pas fui. « Je comprends "
        "la déception des supporters. » En face, son homologue Paulo Esteves-Lima savourait. « On a souffert, mais on "
        "a tenu. »",
        [{"text": "Je comprends la déception des supporters.", "speaker": "Sébastien Caradec-Morin"},
         {"text": "On a souffert, mais on a tenu.", "speaker": "Paulo Esteves-Lima"}],
        # (une phrase entière entre guillemets, sans incise, après une phrase dont une personne est le sujet : la sienne)
        id="la-phrase-sur-une-personne-amene-sa-citation"),
    pytest.param(
        "Sur le mur du fond, la devise du club est peinte en rouge. Karim Benhamou-Leroy l'a peinte lui-même, un soir "
        "de 2004. « À l'époque, on avait deux sacs et dix gamins », raconte le fondateur, 61 ans.",
        [{"text": "À l'époque, on avait deux sacs et dix gamins", "speaker": "Karim Benhamou-Leroy"}],
        # (un nom qui ouvre sa phrase, son verbe juste après, en est le sujet même si l'analyse s'y perd ;
        # « le fondateur » le redit)
        id="le-fondateur-redit-le-sujet-de-la-phrase-d-avant"),
    pytest.param(
        "Les lecteurs faisaient la queue jusque dans la rue. « On a dû refuser du monde. Pour un auteur du coin, "
        "c'est du jamais-vu », se réjouissait la libraire, Corinne Baylac.",
        [{"text": "On a dû refuser du monde. Pour un auteur du coin, c'est du jamais-vu", "speaker": "Corinne Baylac"}],
        # (« la libraire », un métier, puis le nom mis en apposition)
        id="la-libraire-et-son-nom-en-apposition"),
    pytest.param(
        "Au théâtre, lundi, son partenaire de scène, Pierre-Alain Moreau, et la metteuse en scène Sabrina Oukaci ont "
        "réuni les comédiens. Celle-ci a annoncé : « Elle aurait détesté qu'on annule. »",
        [{"text": "Elle aurait détesté qu'on annule.", "speaker": "Sabrina Oukaci"}],
        # (« les comédiens », plusieurs, ne sont pas la personne que « celle-ci » désignerait)
        id="celle-ci-par-dela-un-groupe"),
    pytest.param(
        "Pour Me Pauline Achard-N'Diaye, l'avocate de l'accusé, les aveux de lundi ne changent rien. « Mon client a menti, "
        "oui », a-t-elle reconnu.",
        [{"text": "Mon client a menti, oui", "speaker": "Pauline Achard-N'Diaye"}],
        # (un second nom coupé après son initiale élidée, « N' », est tout entier du nom)
        id="un-second-nom-a-initiale-elidee"),
    pytest.param(
        "Pour Pauline Achard, l'avocate de l'accusé, les aveux de lundi « ne changent rien à la nature des faits ».",
        [{"text": "ne changent rien à la nature des faits", "speaker": "Pauline Achard"}],
        # (« Pour X, » donne l'avis d'une personne que la NER voit, même quand l'analyse fait du prénom un nom commun)
        id="pour-une-personne-que-la-ner-voit"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_attribution_fr(nlp_fr, text, expected):
    check(text, expected, nlp_fr)


def test_a_dialogue_line_whose_turn_is_unknown_is_nobody_s(nlp_fr):
    """After a blank line, or after one tagged turn only, an untagged line is
    speech all the same, by nobody named: the turns are not known yet."""
    text = "— Nous partirons demain, a dit Marie.\n— Pourquoi si tôt ?"
    quotes = extract(text, lang="fr", nlp=nlp_fr)
    assert [(q.text, q.speaker) for q in quotes] == [("Nous partirons demain", "Marie"), ("Pourquoi si tôt ?", None)]


def test_a_dialogue_line_after_a_blank_line_is_nobody_s(nlp_fr):
    """A blank line starts another exchange: an untagged line after it is
    speech by nobody named, never the object clitic of the line before
    ('lui demande un bénévole': "lui" is spoken to)."""
    text = "— Et maintenant ? lui demande un bénévole.\n\n— Maintenant, on attend."
    quotes = extract(text, lang="fr", nlp=nlp_fr)
    assert [(q.text, q.speaker, q.speaker_mention) for q in quotes] == [
        ("Et maintenant ?", "un bénévole", "un bénévole"), ("Maintenant, on attend.", None, None)]


def test_a_thing_that_goes_on_introduces_no_one(nlp_fr):
    """'Le débat continue.' has a reporting verb's form ('« … », continue le
    ministre') but a thing for subject: the quote after it is nobody's."""
    text = "Le débat continue.\n\n« Nous partirons demain. »"
    assert [q.speaker_mention for q in extract(text, lang="fr", nlp=nlp_fr)] in ([], [None])


def test_the_impersonal_on_is_nobody(nlp_fr):
    """"on" with no frame or source names nobody: never the bare "-on" as a speaker."""
    text = "« La situation est grave », a-t-on déclaré, a ajouté la présidente du RN."
    for q in extract(text, lang="fr", nlp=nlp_fr):
        assert (q.speaker or "").lstrip("-").lower() != "on"
    quotes = extract("« Tout va bien », assure-t-on.", lang="fr", nlp=nlp_fr)
    assert [q.speaker for q in quotes] in ([], [None])



def test_chants_are_a_crowd_s_words(nlp_fr):
    """A crowd's words are speech whoever is chanted at: the subject of the
    verb the chant comes with chants them, never the one greeted."""
    text = ("Le ministre a été accueilli aux cris de « Démission ! » devant la préfecture.\n\n"
            "Les grévistes ont répondu avec des chants de « Liberté ! » jusqu’au soir.")
    quotes = extract(text, lang="fr", nlp=nlp_fr)
    assert [(q.text, q.speaker) for q in quotes] == [("Démission !", None), ("Liberté !", "Les grévistes")]


def test_the_crowd_raising_the_chant_named_by_its_words_chants_it(nlp_fr):
    quotes = extract("Dans la salle, la foule a entonné le chant « On est là ! » pendant de longues minutes.",
                     lang="fr", nlp=nlp_fr)
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [("On est là !", "la foule", "chant")]


@pytest.mark.parametrize("text", [
    pytest.param("Autant dire que la « réforme » est enterrée.", id="autant-dire"),
    pytest.param("À vrai dire, le « grand marchandage » n'a jamais eu lieu.", id="a-vrai-dire"),
    pytest.param("Mais « lâcher le maire » est plus facile à dire qu'à faire dans une ville comme celle-ci.",
                 id="plus-facile-a-dire-qu-a-faire"),
])
def test_une_locution_sur_un_verbe_de_parole_ne_rapporte_rien(nlp_fr, text):
    """« Autant dire », « à vrai dire » : le verbe d'une locution ne rapporte
    rien, ni ne fait d'un terme une citation ni d'un mot de la locution un
    locuteur (« Autant »)."""
    assert [(q.text, q.speaker) for q in extract(text, lang="fr", nlp=nlp_fr)] == []


def test_selon_nos_informations_ne_nomme_personne(nlp_fr):
    """« Selon nos informations » : ce que sait le journal, sans locuteur
    (jamais « nos informations »)."""
    text = "Selon nos informations, le gouvernement prépare « un plan d'économies massif »."
    assert [(q.text, q.speaker) for q in extract(text, lang="fr", nlp=nlp_fr)] == [("un plan d'économies massif", None)]


def test_un_titre_sans_son_article(nlp_fr):
    """« Le président turc Recep Tayyip Erdogan » : le titre est « président
    turc », comme split_titles le donne, sans l'article de la phrase."""
    [quote] = extract("Le président turc Recep Tayyip Erdogan a menacé de frapper « partout ».", lang="fr", nlp=nlp_fr)
    assert (quote.speaker, quote.speaker_titles) == ("Recep Tayyip Erdogan", ["président turc"])


@pytest.mark.parametrize("text", [
    "Le rapport contredit la remarque de Gérald Darmanin que « rien n'a été caché ».",
    "Le rapport contredit la déclaration de Gérald Darmanin que « rien n'a été caché ».",
])
def test_les_mots_de_quelqu_un_sont_les_siens(nlp_fr, text):
    """« la remarque de X que « … » » : X dit les mots que nomme le nom, comme
    « sa remarque » ; « remarque » compte comme un mot pour ce qui est dit,
    bien qu'il soit aussi une forme de « remarquer »."""
    assert [(q.text, q.speaker) for q in extract(text, lang="fr", nlp=nlp_fr)] == [("rien n'a été caché", "Gérald Darmanin")]


def test_un_tiret_n_est_pas_un_locuteur(nlp_fr):
    """« Celle-ci évoque … » que l'analyse coupe en « Celle », « - », « ci » :
    le tiret n'est le nom de personne."""
    text = "Elle a lu la note. Celle-ci évoque une situation « sous contrôle »."
    assert [(q.text, q.speaker) for q in extract(text, lang="fr", nlp=nlp_fr)] == [("sous contrôle", None)]


@pytest.mark.parametrize("text", [
    "Le président a défendu son bilan lors du « Sommet pour un nouveau pacte financier » organisé à Paris.",
    "Le ministre a salué l'« Initiative des trois mers » lors de sa visite.",
    "Le gouvernement a lancé la « Stratégie nationale bas carbone » en 2015.",
])
def test_le_nom_d_un_evenement_n_est_pas_une_citation(nlp_fr, text):
    """Un passage qu'ouvre un nom d'événement ou de programme (« Sommet … »,
    « Stratégie … ») nomme la chose : ce ne sont les mots de personne."""
    assert extract(text, lang="fr", nlp=nlp_fr) == []


@pytest.mark.parametrize("text", [
    "Elle s'est fâchée, alors j'ai dû changer ma réponse : « Bien sûr que j'y crois. Je plaisantais. » Elle a souri.",
    "« C'est fini », ai-je répondu au juge.",
])
@pytest.mark.parametrize("author, writer", [
    ("Jeanne Dupont", "Jeanne Dupont"), ("Par Jeanne Dupont", "Jeanne Dupont"),
    ("Jeanne Dupont et Jean Durand", None), (None, None),
])
def test_le_je_de_l_article_est_celui_qui_le_signe(nlp_fr, text, author, writer):
    """« j'ai dû changer ma réponse : « … » », « « … », ai-je répondu » : le
    « je » du texte est qui l'a signé, seul ; sans signature, personne (et
    jamais le mot « j' » pour nom)."""
    assert [q.speaker for q in extract(text, lang="fr", nlp=nlp_fr, author=author)] == [writer]


def test_un_verbe_dans_une_subordonnee_apres_le_passage_n_en_dit_rien(nlp_fr):
    """« un « pré-accord » parce que plusieurs gouvernements ont refusé de le
    déclarer » : la subordonnée qui dit pourquoi, après le passage, ne dit pas
    qui a dit ces mots."""
    text = "L'accord reste un « pré-accord » parce que plusieurs gouvernements ont refusé de le déclarer."
    assert extract(text, lang="fr", nlp=nlp_fr) == []


def test_un_long_titre_apres_le_nom_de_l_oeuvre_n_est_pas_une_citation(nlp_fr):
    """« son livre « Fire And Fury Inside The Trump White House » » : un titre
    anglais, capitalisé mot à mot, peut compter plus de mots qu'un nom."""
    text = "Le journaliste a décrit dans son livre « Fire And Fury Inside The Trump White House » une présidence chaotique."
    assert extract(text, lang="fr", nlp=nlp_fr) == []


@pytest.mark.parametrize("text, speaker, titles", [
    ("« C'est une erreur », a déclaré Laura Hines de Human Rights Watch.", "Laura Hines", ["Human Rights Watch"]),
    ("« C'est une erreur », a dit la Banque de France.", "la Banque de France", []),
])
def test_la_personne_d_un_organisme_est_la_personne(nlp_fr, text, speaker, titles):
    """« Laura Hines de Human Rights Watch », que l'analyse prend pour un seul
    nom : la personne parle, l'organisme est ce qu'on dit d'elle ; le nom
    d'un organisme (« la Banque de France ») reste entier."""
    [quote] = extract(text, lang="fr", nlp=nlp_fr)
    assert (quote.speaker, quote.speaker_titles) == (speaker, titles)


@pytest.mark.parametrize("text, title", [
    ("Maud Bregeon, porte-parole du gouvernement, a dénoncé « une provocation ».", "porte-parole du gouvernement"),
    ("« C'est une provocation », a déclaré Sergueï Lavrov, chef de la diplomatie russe.", "chef de la diplomatie russe"),
])
def test_l_apposition_apres_le_nom_est_un_titre(nlp_fr, text, title):
    """« Maud Bregeon, porte-parole du gouvernement, » : l'apposition après le
    nom est son titre, que l'analyse la rattache au prénom ou en fasse un nmod."""
    [quote] = extract(text, lang="fr", nlp=nlp_fr)
    assert quote.speaker_titles == [title]


@pytest.mark.parametrize("text, title", [
    ("Jean Martin, 61 ans, retraité de la SNCF, a dit « avoir eu très peur ».", "retraité de la SNCF"),
    ("Marie Dupont, 52 ans, habitante du quartier, a dit « avoir eu très peur ».", "habitante du quartier"),
])
def test_l_age_n_est_pas_un_titre(nlp_fr, text, title):
    """« Jean Martin, 61 ans, retraité de la SNCF, » : l'âge n'est pas un titre
    (« 61 ans » en était un) ; ce que le nom est après l'âge, oui, même quand
    l'analyse en fait une coordination."""
    [quote] = extract(text, lang="fr", nlp=nlp_fr)
    assert quote.speaker_titles == [title]


def test_le_nom_avant_son_apposition_parle(nlp_fr):
    """« Sergueï Lavrov, le chef de la diplomatie russe, a dénoncé » que
    l'analyse lit avec le titre pour sujet : le nom qui ouvre la phrase,
    suivi d'une virgule, est la personne que le titre décrit."""
    [quote] = extract("Sergueï Lavrov, le chef de la diplomatie russe, a dénoncé « une provocation ».", lang="fr", nlp=nlp_fr)
    assert (quote.speaker, quote.speaker_titles) == ("Sergueï Lavrov", ["chef de la diplomatie russe"])


def test_un_entretien_ses_reponses_a_l_invitee_ses_questions_a_personne(nlp_fr) -> None:
    """Les réponses d'un entretien sont à la personne que le chapeau nomme,
    même quand l'analyse n'y voit aucune personne (« la navigatrice Marion
    Le Dantec ») et même quand une réponse cite quelqu'un entre guillemets ;
    les questions de l'intervieweur ne sont la citation de personne, que le
    chapeau s'ouvre sur « Entretien avec » ou non."""
    formel = (
        "Entretien avec la navigatrice Marion Le Dantec, arrivée jeudi aux Sables-d'Olonne à la septième place.\n\n"
        "— Comment vous sentez-vous ?\n\n"
        "— Épuisée, mais heureuse. J'ai dormi onze heures d'affilée.\n\n"
        "— Quel a été le moment le plus difficile ?\n\n"
        "— Le cap Horn. J'ai appelé mon équipe et j'ai dit : « Je ne sais pas si je vais y arriver. »\n\n"
        "— Repartirez-vous ?\n\n"
        "— Demandez-moi ça dans six mois !\n"
    )
    assert [(q.text, q.speaker) for q in extract(formel, lang="fr", nlp=nlp_fr)] == [
        ("Épuisée, mais heureuse. J'ai dormi onze heures d'affilée.", "Marion Le Dantec"),
        ("Le cap Horn. J'ai appelé mon équipe et j'ai dit : « Je ne sais pas si je vais y arriver. »", "Marion Le Dantec"),
        ("Demandez-moi ça dans six mois !", "Marion Le Dantec"),
    ]
    sans_chapeau = (
        "Présidente de la Fédération des commerçants de Limoges depuis 2021, Agnès Perrotin tire la sonnette "
        "d'alarme. Elle nous a reçus mardi dans sa boutique.\n\n"
        "— Trente fermetures en un an, c'est un record ?\n\n"
        "— Malheureusement, oui.\n\n"
        "— À qui la faute ?\n\n"
        "— Il n'y a pas un seul coupable.\n"
    )
    assert [(q.text, q.speaker) for q in extract(sans_chapeau, lang="fr", nlp=nlp_fr)] == [
        ("Malheureusement, oui.", "Agnès Perrotin"), ("Il n'y a pas un seul coupable.", "Agnès Perrotin")]


def test_un_entretien_annonce_par_le_titre_avant_un_chapeau_qui_nomme_d_autres(nlp_fr) -> None:
    """Le titre annonce l'entretien (« Entretien avec … ») ; le chapeau, entre
    lui et le dialogue, cite un critique : les réponses restent à l'invitée
    du titre, pas à la dernière personne nommée."""
    texte = (
        "Entretien avec Gwenaëlle Le Bras, la cinéaste qui filme les tourbières\n\n"
        "Culture | Propos recueillis par Thomas Ribeiro\n\n"
        "Son film sort demain. Le critique Bertrand Lecomte y a vu « un conte d'une beauté rare ».\n\n"
        "— Pourquoi les tourbières ?\n\n"
        "— Parce que j'y ai grandi. Ma grand-mère m'y emmenait.\n\n"
        "— Et après ?\n\n"
        "— Un documentaire, si on me donne l'argent.\n"
    )
    quotes = [(q.text, q.speaker) for q in extract(texte, lang="fr", nlp=nlp_fr)]
    assert ("Parce que j'y ai grandi. Ma grand-mère m'y emmenait.", "Gwenaëlle Le Bras") in quotes
    assert ("Un documentaire, si on me donne l'argent.", "Gwenaëlle Le Bras") in quotes


def test_l_interrogatoire_d_un_accuse_n_est_pas_la_parole_de_qui_l_interroge(nlp_fr) -> None:
    """« Interrogé par la présidente de la cour, X, l'accusé a livré … » : les
    réponses sont à l'accusé, non à la présidente que le chapeau nomme."""
    texte = (
        "Interrogé par la présidente de la cour, Hélène Marchand-Soulié, l'accusé a livré une version confuse.\n\n"
        "— Pourquoi aviez-vous une arme dans votre bureau ?\n\n"
        "— Pour me défendre. Il y avait eu des vols.\n"
    )
    [quote] = extract(texte, lang="fr", nlp=nlp_fr)
    assert quote.text == "Pour me défendre. Il y avait eu des vols."
    assert quote.speaker != "Hélène Marchand-Soulié"


def test_qui_interroge_pose_les_questions_et_qui_est_interroge_y_repond(nlp_fr) -> None:
    """« Le président de la cour, X, a interrogé l'accusé » : le chapeau
    nomme les deux côtés du dialogue ; les questions sont au président, les
    réponses à l'accusé, jamais au président qui vient de parler ; une ligne
    sans point d'interrogation qui tombe au rang des questions est une
    question aussi (« — Vous aviez un marteau à la main. »)."""
    texte = (
        "Le président de la cour, Jean-Marc Lavallée, a longuement interrogé l'accusé.\n\n"
        "– Pourquoi êtes-vous retourné à l'atelier ce soir-là ?\n\n"
        "– Je voulais récupérer mes outils.\n\n"
        "– Vous aviez un marteau à la main en entrant.\n\n"
        "– Je l'avais pris dans le coffre de ma voiture.\n\n"
        "– Et ensuite ?\n\n"
        "– Je ne sais plus.\n"
    )
    assert [(q.text, q.speaker) for q in extract(texte, lang="fr", nlp=nlp_fr)] == [
        ("Pourquoi êtes-vous retourné à l'atelier ce soir-là ?", "Jean-Marc Lavallée"),
        ("Je voulais récupérer mes outils.", "l'accusé"),
        ("Vous aviez un marteau à la main en entrant.", "Jean-Marc Lavallée"),
        ("Je l'avais pris dans le coffre de ma voiture.", "l'accusé"),
        ("Et ensuite ?", "Jean-Marc Lavallée"),
        ("Je ne sais plus.", "l'accusé"),
    ]
    # (une seule question : le chapeau qui nomme qui interroge suffit à compter les tours)
    une_question = texte.split("– Et ensuite")[0]
    assert [(q.text, q.speaker) for q in extract(une_question, lang="fr", nlp=nlp_fr)][2] == \
        ("Vous aviez un marteau à la main en entrant.", "Jean-Marc Lavallée")


def test_la_relance_de_l_intervieweur_sans_point_d_interrogation_n_est_pas_une_reponse(nlp_fr) -> None:
    """Dans un entretien, une ligne au rang des questions (« — Vous confirmez
    pourtant la fermeture de quatorze magasins… ») est une relance de
    l'intervieweur, pas la parole de l'invité."""
    texte = (
        "Entretien avec Éric Fabre, PDG de l'enseigne Primaprix.\n\n"
        "— Les prix vont-ils baisser en 2026 ?\n\n"
        "— Non, ils vont se stabiliser.\n\n"
        "— Vous confirmez pourtant la fermeture de quatorze magasins…\n\n"
        "— Ce sont des magasins qui perdent de l'argent.\n\n"
        "— Allez-vous en céder d'autres ?\n\n"
        "— Une trentaine, oui.\n"
    )
    assert [(q.text, q.speaker) for q in extract(texte, lang="fr", nlp=nlp_fr)] == [
        ("Non, ils vont se stabiliser.", "Éric Fabre"),
        ("Ce sont des magasins qui perdent de l'argent.", "Éric Fabre"),
        ("Une trentaine, oui.", "Éric Fabre"),
    ]


def test_un_jour_que_le_ner_prend_pour_une_personne_n_est_personne(nlp_fr) -> None:
    """« Samedi, il était dans la salle » : le NER fait de « Samedi » une
    personne, que le « il » d'après aurait pu désigner ; un jour n'est
    personne."""
    from quotes.lang import words
    from quotes.parsing import paragraph_parser
    from quotes.resolution import ArticleEntities

    texte = "Son ancien mentor l’avait prédit dès 2019 sur la scène du gala de l’ADISQ. Samedi, il était dans la salle, au deuxième rang."
    doc = next(iter(paragraph_parser(nlp_fr)([texte])))
    entities = ArticleEntities(words("fr"))
    entities.add_doc(doc, 0, [])
    assert "Samedi" not in [e.name for e in entities.entities]


def test_le_nom_entier_est_le_sujet_quand_l_analyse_en_fait_un_de_son_second_nom(nlp_fr) -> None:
    """« le chansonnier gaspésien Réjean Lapointe-Boudreau, qui … dans un bar
    de Rimouski, avait prédit » : le NER ne prend que « Réjean Lapointe » et
    l'analyse fait du reste le sujet ; le « il » d'après est lui, pas la ville."""
    texte = ("Son ancien mentor, le chansonnier gaspésien Réjean Lapointe-Boudreau, qui l’avait découverte dans un bar "
             "de Rimouski en 2015, avait prédit cette ascension. « Cette petite-là va remplir des arénas », avait-il lancé.")
    assert [(q.text, q.speaker) for q in extract(texte, lang="fr", nlp=nlp_fr)] == [
        ("Cette petite-là va remplir des arénas", "Réjean Lapointe-Boudreau")]


INTERVIEW_CASES = [
    pytest.param(
        "Annick Le Floch-Durand : « Le port ne fermera pas »\n\n"
        "Dragage, emplois, croisières : la présidente de la région répond aux critiques. Entretien réalisé lundi à Brest.\n\n"
        "Propos recueillis par Hugo Marchetti\n\n"
        "Les dockers craignent pour leurs emplois. Ont-ils raison ?\n\n"
        "– Non. Aucun poste ne sera supprimé, je m'y suis engagée devant eux.\n\n"
        "Le syndicat parle pourtant d'« un plan social qui ne dit pas son nom ». Il se trompe ?\n\n"
        "– Il fait son travail. Le mien est de trouver des armateurs.\n\n"
        "Les élus écologistes jugent le dragage trop coûteux.\n\n"
        "– C'est un débat d'il y a vingt ans.",
        ["Non. Aucun poste ne sera supprimé, je m'y suis engagée devant eux.", "Il fait son travail. Le mien est de trouver des armateurs.",
         "C'est un débat d'il y a vingt ans."],
        # (questions printed plain, each answered by a dash line: the answers are the guest's, whom the headline names)
        id="des-questions-imprimees-sans-tiret-et-leurs-reponses"),
    pytest.param(
        "« Les tablettes ne remplaceront pas les cahiers » : l'entretien du recteur Marc-Olivier Tessier-Brunet sur "
        "Radio Loire\n\nInvité de la matinale de Radio Loire ce mardi, le recteur a défendu son plan numérique.\n\n"
        "Le projet divise depuis une semaine. Lundi, le député Rémi Vautrin-Saulnier avait dénoncé « une dépense inutile ».\n\n"
        "— Marc-Olivier Tessier-Brunet, bonjour. Ce plan ne va-t-il pas trop vite ?\n\n"
        "— Bonjour. Non, nous y travaillons depuis deux ans.\n\n"
        "— Et les données des élèves ?\n\n"
        "— Elles restent en France.",
        ["Bonjour. Non, nous y travaillons depuis deux ans.", "Elles restent en France."],
        # (the paragraph before the dialogue names someone else: the headline announces whose interview it is)
        id="l-entretien-que-le-titre-annonce-pas-le-depute-du-paragraphe-d-avant"),
]


@pytest.mark.parametrize("text, answers", INTERVIEW_CASES)
def test_an_interview_s_answers_are_its_guest_s(nlp_fr, text, answers):
    quotes = extract(text, lang="fr", nlp=nlp_fr)
    guest = {"Annick Le Floch-Durand", "Marc-Olivier Tessier-Brunet"}
    said = [q.text for q in quotes if q.speaker in guest and q.text in answers]
    assert said == answers


def test_the_answer_of_x_is_x_s(nlp_fr):
    """« Réponse d'Élodie Marchand-Sauvage : « … » », the NER's person
    swallowing the « Réponse » before the name: the answer is hers."""
    text = ("Première question de la salle, posée par une journaliste\u00a0: «\u202fMadame la ministre, combien de "
            "postes seront supprimés à la rentrée 2027\u202f?\u202f» Réponse d'Odile Dumas-Vidal\u00a0: «\u202fAucun "
            "poste ne sera supprimé du fait de cette réforme. Je le dis clairement, et je le redirai autant de fois "
            "qu'il le faudra.\u202f»")
    quotes = extract(text, lang="fr", nlp=nlp_fr)
    answer = next(q for q in quotes if q.text.startswith("Aucun poste"))
    assert answer.speaker == "Odile Dumas-Vidal"


@pytest.mark.parametrize("text", [
    "L'auteur publie son roman. Le titre, « La Loire à l'envers », est une image forte.",
    "La réforme s'inscrit dans le plan « Collège 2030 », présenté l'an dernier par le ministère.",
    "Le chef du gang, alias « Petit Loup », a revendiqué l'incendie dans une vidéo.",
])
def test_ce_qui_suit_un_titre_n_est_pas_une_incise(nlp_fr, text):
    # (une copule, un participe sans auxiliaire, un verbe dont le sujet précède le titre : pas une incise)
    assert [q.speaker for q in extract(text, lang="fr", nlp=nlp_fr)] == []


def test_les_mots_d_un_titre_sont_a_qui_l_article_les_donne(nlp_fr):
    # (le sujet avant les deux-points d'un titre ne parle pas : qui dit ces mots plus bas les dit)
    text = ("Crue éclair à Vallorbe : « On a tout perdu en une nuit »\n\nLa rivière est sortie de son lit dimanche. "
            "Devant sa maison dévastée, Josette Pralong-Rey pleure. « On a tout perdu en une nuit », souffle-t-elle.")
    quotes = extract(text, lang="fr", nlp=nlp_fr, published="2026-03-10")
    assert [(q.text, q.speaker) for q in quotes] == [("On a tout perdu en une nuit", "Josette Pralong-Rey")] * 2
    assert quotes[0].attribution == "repeated"


def test_la_personne_que_nomme_un_titre_garde_ses_mots(nlp_fr):
    # (un titre qui nomme quelqu'un que l'article nomme aussi : ses mots restent les siens)
    text = ("Dupré-Lasalle reconnaît : « On a joué avec le feu »\n\nL'entraîneur Marc Dupré-Lasalle ne se cachait pas "
            "samedi soir. « On a joué avec le feu », a lâché le technicien, qui voit son club chuter.")
    quotes = extract(text, lang="fr", nlp=nlp_fr, published="2026-03-10")
    assert quotes[0].speaker == "Marc Dupré-Lasalle"


def test_une_journaliste_demande_une_autre_repond(nlp_fr):
    # (la journaliste pose la question ; « a-t-elle dit » ensuite est la réponse d'une autre, quel que soit le verbe)
    text = ("« Le ministre a toute confiance dans le préfet », a déclaré la porte-parole Inès Berthelot-Ka.\n\n"
            "« Le ministre l’a-t-il appelé cette semaine ? », a demandé une journaliste.\n\n"
            "« Ils se parlent tous les jours », a-t-elle dit.")
    check(text, [{"text": "Le ministre a toute confiance dans le préfet", "speaker": "Inès Berthelot-Ka"},
                 {"text": "Le ministre l’a-t-il appelé cette semaine ?", "speaker": "une journaliste"},
                 {"text": "Ils se parlent tous les jours", "speaker": "Inès Berthelot-Ka"}], nlp_fr)


@pytest.mark.parametrize("text, expected", [
    pytest.param("« Ce budget n’a ni cap ni majorité », a lancé samedi soir sur France Bleu le premier secrétaire des "
                 "Écologistes, Gaëtan Le Floch-Morvan. Le député du Morbihan a ajouté : « Mardi, chacun devra choisir "
                 "son camp. »",
                 [{"text": "Ce budget n’a ni cap ni majorité", "speaker": "Gaëtan Le Floch-Morvan"},
                  {"text": "Mardi, chacun devra choisir son camp.", "speaker": "Gaëtan Le Floch-Morvan"}],
                 # (le jour et la radio passés, le sujet inversé ; « a ajouté » : celui qui parlait poursuit,
                 # même désigné par une fonction suivie de son complément)
                 id="quand-et-ou-passes-puis-celui-qui-ajoute"),
    pytest.param("C'est sa porte-parole, Nadège Kouassi-Brun, qui a répondu lundi soir sur la radio publique, "
                 "fustigeant « une ingérence inacceptable ».",
                 [{"text": "une ingérence inacceptable", "speaker": "Nadège Kouassi-Brun"}],
                 # (« c'est X qui » : X, que la phrase clivée met en avant)
                 id="la-clivee-met-en-avant-qui-parle"),
    pytest.param("« C'est un texte bâclé », a tonné lundi sur Radio Armor la députée du Finistère Solène "
                 "de Kerguelen-Madec.",
                 [{"text": "C'est un texte bâclé", "speaker": "Solène de Kerguelen-Madec"}],
                 # (le nom après le lieu de la fonction est celui de la députée, pas d'une autre qu'elle servirait)
                 id="le-nom-apres-le-lieu-de-la-fonction"),
])
def test_qui_parle_apres_une_incise_chargee(nlp_fr, text, expected):
    check(text, expected, nlp_fr)


def test_la_jeune_femme_est_celle_que_la_phrase_d_avant_presente(nlp_fr):
    # (un nom de personne genré précédé d'un adjectif, « la jeune femme » : celle dont parlait la phrase d'avant)
    text = ("Sur la place du village, Maëlle Guillou, 26 ans, a repris la boulangerie familiale. « Je me lève à "
            "trois heures », raconte la jeune femme.")
    check(text, [{"text": "Je me lève à trois heures", "speaker": "Maëlle Guillou"}], nlp_fr)


def test_ce_diplomate_est_la_source_citee_avant(nlp_fr):
    # (« selon un diplomate africain » présente une source ; « ce diplomate » la nomme de nouveau)
    text = ("Selon un diplomate africain, les pourparlers ont failli échouer dans la nuit. « Nous étions à deux "
            "doigts de partir », a raconté ce diplomate.")
    check(text, [{"text": "Nous étions à deux doigts de partir", "speaker": "un diplomate africain"}], nlp_fr)


def test_le_jour_avant_le_sujet_inverse_n_en_fait_pas_partie(nlp_fr):
    # (« mardi matin » passé, le sujet inversé commence à son article, même si l'analyse l'accroche au jour)
    text = "« Aucun rapport, évidemment. Comme d'habitude », ironisait mardi matin un haut fonctionnaire européen familier du dossier."
    [quote] = extract(text, lang="fr", nlp=nlp_fr)
    assert quote.speaker.startswith("un haut fonctionnaire européen")
