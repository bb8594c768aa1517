"""French word lists for attribution, speakers and dates."""

CODE = "fr"
SPACY_PIPELINES = ("fr_dep_news_trf", "fr_core_news_lg", "fr_core_news_md", "fr_core_news_sm")

# --- language detection --------------------------------------------------
STOPWORDS = frozenset(
    "le la les de des du un une et est que qui dans pour pas sur au aux avec ce ces il elle "
    "ils ont été par plus ne se sont son sa ses leur nous vous mais où cette a été selon".split()
)

# --- attribution (owned by attribution.py) -------------------------------

# --- speakers (owned by speakers.py) -------------------------------------

# --- dates (owned by dates.py) -------------------------------------------
