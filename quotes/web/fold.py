"""Fold names for matching: case, accents and spacing ignored.

SQLite's NOCASE folds ASCII only, so "ERDOĞAN" would not find "Erdoğan";
this function is registered on Datasette's connections as quotes_fold().
"""
from __future__ import annotations

import unicodedata
from typing import Optional

SQL_FUNCTION = "quotes_fold"


def fold(text: Optional[str]) -> Optional[str]:
    """'  President ERDOĞAN ' -> 'president erdogan'."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", str(text))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Dotless ı has no decomposition but is how Turkish names are often typed.
    return " ".join(stripped.replace("ı", "i").casefold().split())
