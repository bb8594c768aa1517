"""Per-language word lists. Adding a language means adding one module here.

Each module defines the same names (see `en.py`); `words(code)` returns it.
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType


@lru_cache(maxsize=None)
def words(code: str) -> ModuleType:
    """The word-list module for a language code such as "en" or "fr"."""
    if code not in available():
        raise ValueError(f"no word list for language {code!r}; known: {', '.join(available())}")
    return importlib.import_module(f"{__name__}.{code}")


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """Language codes that have a word-list module."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if len(m.name) == 2))
