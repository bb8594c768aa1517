"""Atom feed of a speaker's newest quotes, so a reporter can follow someone."""
from __future__ import annotations

from typing import Any, Iterable, Mapping
from xml.etree import ElementTree as ET

ATOM_NS = "http://www.w3.org/2005/Atom"


def _timestamp(day: Any) -> str:
    return f"{day}T00:00:00Z" if day else "1970-01-01T00:00:00Z"


def _child(parent: ET.Element, tag: str, text: str = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def speaker_feed(speaker: Mapping[str, Any], quotes: Iterable[Mapping[str, Any]], base_url: str) -> str:
    """The feed as an XML string; ElementTree escapes every text node."""
    quotes = list(quotes)
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    page = f"{base_url}/speaker/{speaker['id']}"
    _child(feed, "title", f"Quotes by {speaker['name']}")
    _child(feed, "id", page)
    _child(feed, "link", href=page)
    _child(feed, "link", rel="self", href=f"{page}.atom")
    _child(feed, "updated", _timestamp(max((q["date"] or "" for q in quotes), default="") or None))
    author = _child(feed, "author")
    _child(author, "name", "quotes")
    for quote in quotes:
        entry = _child(feed, "entry")
        url = f"{base_url}/quote/{quote['id']}"
        _child(entry, "title", _title(quote["text"]))
        _child(entry, "id", url)
        _child(entry, "link", href=url)
        _child(entry, "updated", _timestamp(quote["date"]))
        source = " ".join(filter(None, [quote["outlet"], quote["article_title"]]))
        _child(entry, "summary", f"“{quote['text']}” — {speaker['name']}" + (f" ({source})" if source else ""))
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")


def _title(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
