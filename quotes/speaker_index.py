"""The speakers table: one row per real speaker across articles and spellings.

"Recep Tayyip Erdoğan", "Erdogan", "President Erdoğan", "M. Erdogan" and "le
président turc Recep Tayyip Erdogan" are one row: the name is the fullest
spelling seen, `titles` collects the titles, `aliases` every distinct spelling
of the name (the canonical one included). Anonymous speakers, groups and
people named only by a title ("the president") are never joined across
articles: "a Western diplomat" in two articles is two people as far as
anyone can tell, so their key carries the article id.

This module is the only writer of `speakers` and of its own curation table
`speaker_merges` (from_key → into_id; reason "merge" or "rename"), which
upsert_speaker consults first so that curation survives re-ingestion. On a
merge it also moves `quotes.speaker_id`; it never rewrites `quotes.speaker_name`
or `speaker_mention`: they keep the spelling the article used, which is what
lets `unmerge_speaker` split a wrong merge back apart.

Aliases files are applied by passing their mapping to upsert_speaker
(`functools.partial(upsert_speaker, aliases=load_aliases(path))` as the
store's speaker resolver) rather than through module state: no hidden
registry to reset between tests or databases.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional, Union

import sqlite_utils
import yaml

from quotes.model import Quote
from quotes.speakers import classify_kind, fold, fullest, name_key, owned_by_a_pronoun, same_person, split_titles, titles_not_of_name

CROSS_ARTICLE_KINDS = ("person", "organisation")
MERGES = "speaker_merges"


class SpeakerNotFound(LookupError):
    """A curation command named a speaker the database does not know (or
    knows several of)."""


@dataclass
class Identity:
    """Who a quote's speaker is, before looking at the database."""

    name: str
    key: str
    kind: str
    titles: list[str] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)
    canonical: bool = False  # the name comes from an aliases file: it wins

    @property
    def joins_across_articles(self) -> bool:
        return ":" not in self.key


# --- from a quote to an identity (pure) -------------------------------------

def identify(quote: Quote, article_id: int, aliases: Optional[Mapping[str, str]] = None) -> Optional[Identity]:
    """The speaker of `quote` as name, key, kind, titles and spellings; None
    when the quote has no speaker."""
    speaker = " ".join((quote.speaker or "").split())
    if not speaker:
        return None
    kind = quote.speaker_kind or classify_kind(speaker, quote.lang)
    if kind != "person":
        return _scoped_or_plain(Identity(speaker, name_key(speaker), kind, [], [speaker]), article_id, aliases)
    titles, name = split_titles(speaker, quote.lang)
    titles = titles + list(quote.speaker_titles or [])
    spellings = [name] if name else []
    if quote.speaker_mention:
        mention_titles, mention_name = split_titles(quote.speaker_mention, quote.lang)
        if not mention_name or (name and same_person(mention_name, name)):
            titles += mention_titles  # "the Turkish president said" titles whoever it resolved to
        if name and mention_name and same_person(mention_name, name):
            spellings.append(mention_name)
    ident = Identity(name or speaker, name_key(name or speaker), kind,
                     _distinct_titles(titles_not_of_name(titles, name)), _distinct(spellings))
    if not name:
        ident.key = f"{kind}@{article_id}:{ident.key}"  # "the president" of one article only
        return ident
    return _apply_aliases(ident, aliases)


def _scoped_or_plain(ident: Identity, article_id: int, aliases: Optional[Mapping[str, str]]) -> Identity:
    """A body's name joins across articles; a group, an anonymous source or
    a body owned through a pronoun ('his campaign') is one article's."""
    if ident.kind in CROSS_ARTICLE_KINDS and not owned_by_a_pronoun(ident.name):
        return _apply_aliases(ident, aliases)
    ident.key = f"{ident.kind}@{article_id}:{ident.key}"
    return ident


def _apply_aliases(ident: Identity, aliases: Optional[Mapping[str, str]]) -> Identity:
    canonical = (aliases or {}).get(ident.key)
    if canonical:
        ident.name, ident.key, ident.canonical = canonical, name_key(canonical), True
        ident.spellings = _distinct(ident.spellings + [canonical])
    return ident


def _distinct(values: list[str]) -> list[str]:
    """First-seen order, exact spellings: "Erdoğan" and "Erdogan" both stay."""
    return list(dict.fromkeys(v for v in values if v))


def _distinct_titles(values: list[str]) -> list[str]:
    """Titles differing only in case or accents are one title."""
    seen: dict[str, str] = {}
    for value in values:
        value = " ".join(value.split())
        if value and fold(value) not in seen:
            seen[fold(value)] = value
    return list(seen.values())


# --- tables -------------------------------------------------------------------

def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create `speakers` (if store.py has not) and `speaker_merges`."""
    if not db["speakers"].exists():
        db["speakers"].create({"id": int, "name": str, "key": str, "kind": str, "titles": str,
                               "aliases": str, "quote_count": int}, pk="id")
        db["speakers"].create_index(["key"], unique=True)
    if not db[MERGES].exists():
        db[MERGES].create({"from_key": str, "into_id": int, "from_name": str, "reason": str},
                          pk="from_key")
        db[MERGES].create_index(["into_id"])


def _row(db: sqlite_utils.Database, where: str, params: list) -> Optional[dict[str, Any]]:
    cursor = db.execute(f"select * from speakers where {where} order by id limit 1", params)
    found = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], found)) if found else None


def _rows(db: sqlite_utils.Database, where: str, params: list) -> list[dict[str, Any]]:
    cursor = db.execute(f"select * from speakers where {where} order by id", params)
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, r)) for r in cursor.fetchall()]


def _json_list(value: Optional[str]) -> list[str]:
    return json.loads(value) if value else []


def _dumps(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


# --- upsert -------------------------------------------------------------------

def upsert_speaker(db: sqlite_utils.Database, quote: Quote, article_id: int,
                   aliases: Optional[Mapping[str, str]] = None) -> Optional[int]:
    """The speakers row id for `quote`'s speaker, creating or enriching it.

    `aliases` is the mapping returned by `load_aliases`. Deterministic and
    idempotent: the same quotes in the same order give the same rows, and
    upserting a quote already stored changes nothing (its quote_count is only
    counted while the quote is not yet in `quotes`).
    """
    ident = identify(quote, article_id, aliases)
    if ident is None:
        return None
    ensure_tables(db)
    row = resolve(db, ident)
    if row is None:
        speaker_id = db["speakers"].insert({
            "name": ident.name, "key": ident.key, "kind": ident.kind,
            "titles": _dumps(ident.titles), "aliases": _dumps(ident.spellings), "quote_count": 0,
        }, pk="id").last_pk
    else:
        speaker_id = row["id"]
        _absorb(db, row, ident)
    if not _quote_stored(db, quote, article_id):
        db.execute("update speakers set quote_count = coalesce(quote_count, 0) + 1 where id = ?", [speaker_id])
    return speaker_id


def resolve(db: sqlite_utils.Database, ident: Identity) -> Optional[dict[str, Any]]:
    """The existing row this identity belongs to, or None for a new speaker.

    Order: curation (merges, renames) first, then the exact key, then for a
    person a unique compatible name ("Erdogan" joins the only known
    "… Erdogan"; a full name upgrades a lone surname-only row).
    """
    redirect = db.execute(f"select into_id from {MERGES} where from_key = ?", [ident.key]).fetchone()
    if redirect:
        row = _row(db, "id = ?", [redirect[0]])
        if row:
            return row
    row = _row(db, "key = ?", [ident.key])
    if row or ident.kind != "person" or not ident.joins_across_articles:
        return row
    return _match_person(db, ident)


def _match_person(db: sqlite_utils.Database, ident: Identity) -> Optional[dict[str, Any]]:
    words = ident.key.split()
    surname = words[-1]
    like = "% " + surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    same_surname = _rows(db, "kind = 'person' and (key = ? or key like ? escape '\\')", [surname, like])
    full_rows = [r for r in same_surname if len(r["key"].split()) > 1]
    compatible = [r for r in full_rows if _answers_to(r, ident.name)]
    if len(compatible) == 1:
        return compatible[0]
    if len(words) > 1 and not full_rows:
        lone = [r for r in same_surname if r["key"] == surname]
        return lone[0] if lone else None  # a later full name upgrades the surname-only row
    return None


def _answers_to(row: dict[str, Any], name: str) -> bool:
    """Its name or any spelling it was seen under ("Dmitri Peskov", renamed
    from "Dmitry Peskov", still answers to "Dmitry Sergeyevich Peskov"). A
    bare-surname alias does not count: it would let "Emine Erdogan" join
    "Recep Tayyip Erdogan" through his alias "Erdogan"."""
    spellings = [row["name"], *_json_list(row["aliases"])]
    return any(same_person(s, name) for s in spellings if s == row["name"] or len(name_key(s).split()) > 1)


def _absorb(db: sqlite_utils.Database, row: dict[str, Any], ident: Identity) -> None:
    """Add what this quote teaches about a known speaker: a fuller name,
    titles, spellings. Only writes when something changed."""
    changes: dict[str, Any] = {}
    name = _better_name(db, row, ident)
    if name != row["name"]:
        changes["name"] = name
        new_key = name_key(name)
        if new_key != row["key"] and _row(db, "key = ?", [new_key]) is None:
            changes["key"] = new_key
    titles = _distinct_titles(_json_list(row["titles"]) + ident.titles)
    if titles != _json_list(row["titles"]):
        changes["titles"] = _dumps(titles)
    spellings = _distinct(_json_list(row["aliases"]) + ident.spellings + [name])
    if spellings != _json_list(row["aliases"]):
        changes["aliases"] = _dumps(spellings)
    if changes:
        db["speakers"].update(row["id"], changes)


def _better_name(db: sqlite_utils.Database, row: dict[str, Any], ident: Identity) -> str:
    """A person's row takes the fullest spelling, unless someone chose the
    name (a rename, an aliases file): a human decision beats a heuristic."""
    if ident.canonical:
        return ident.name
    if row["kind"] != "person" or not ident.joins_across_articles or _renamed(db, row["id"]):
        return row["name"]
    return fullest(row["name"], ident.name)


def _renamed(db: sqlite_utils.Database, speaker_id: int) -> bool:
    return db.execute(f"select 1 from {MERGES} where into_id = ? and reason = 'rename' limit 1",
                      [speaker_id]).fetchone() is not None


def _quote_stored(db: sqlite_utils.Database, quote: Quote, article_id: int) -> bool:
    if not db["quotes"].exists():
        return False
    return db.execute('select 1 from quotes where article_id = ? and start = ? and "end" = ? limit 1',
                      [article_id, quote.start, quote.end]).fetchone() is not None


def refresh_counts(db: sqlite_utils.Database) -> None:
    """Recompute every quote_count from `quotes`: the truth after curation."""
    if not db["quotes"].exists():
        return
    db.execute("update speakers set quote_count = "
               "(select count(*) from quotes where quotes.speaker_id = speakers.id)")


# --- aliases file -------------------------------------------------------------

def load_aliases(path: Union[str, Path]) -> dict[str, str]:
    """Read a YAML aliases file (`canonical name: [alias, alias]`) into a
    mapping from name_key(alias) to the canonical name, for upsert_speaker."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected 'canonical name: [alias, ...]' entries")
    mapping: dict[str, str] = {}
    for canonical, names in data.items():
        if isinstance(names, str):
            names = [names]
        if not isinstance(canonical, str) or not isinstance(names, list):
            raise ValueError(f"{path}: {canonical!r} must map to a list of aliases")
        for alias in [canonical, *names]:
            key = name_key(str(alias))
            if mapping.get(key, canonical) != canonical:
                raise ValueError(f"{path}: {alias!r} is an alias of both {mapping[key]!r} and {canonical!r}")
            mapping[key] = canonical
    return mapping


# --- curation -----------------------------------------------------------------

def find_speaker(db: sqlite_utils.Database, name: str) -> dict[str, Any]:
    """The one row a curator means by `name`: its key, a recorded merge or
    rename, a spelling in its aliases, or its id as digits."""
    ensure_tables(db)
    key = name_key(name)
    row = _row(db, "key = ?", [key])
    if row:
        return row
    redirect = db.execute(f"select into_id from {MERGES} where from_key = ?", [key]).fetchone()
    if redirect and (row := _row(db, "id = ?", [redirect[0]])):
        return row
    # A scan: curation is rare, and LIKE cannot see through accents.
    by_alias = [r for r in _rows(db, "1", [])
                if key in {name_key(a) for a in _json_list(r["aliases"])}]
    if len(by_alias) == 1:
        return by_alias[0]
    if name.strip().isdigit() and (row := _row(db, "id = ?", [int(name)])):
        return row
    if by_alias:
        raise SpeakerNotFound(f"{name!r} is a spelling of several speakers: "
                              + ", ".join(f"{r['name']} (id {r['id']})" for r in by_alias))
    raise SpeakerNotFound(f"no speaker named {name!r}")


def merge_speakers(db: sqlite_utils.Database, names: list[str], into: str) -> int:
    """Make the speakers `names` one speaker, `into`; its id.

    Moves their quotes (quotes.speaker_id), joins titles and aliases, deletes
    the merged rows and records every key they answered to in speaker_merges,
    so that re-ingesting their spellings lands on `into`. When `into` is not
    a known speaker, the first of `names` is renamed to it.
    """
    ensure_tables(db)
    with db.atomic():
        try:
            target = find_speaker(db, into)
        except SpeakerNotFound:
            target = _row(db, "id = ?", [rename_speaker(db, names[0], into)])
        for name in names:
            source = find_speaker(db, name)
            if source["id"] != target["id"]:
                target = _merge_rows(db, source, target)
        refresh_counts(db)
    return target["id"]


def _merge_rows(db: sqlite_utils.Database, source: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    titles = _distinct_titles(_json_list(target["titles"]) + _json_list(source["titles"]))
    spellings = _distinct(_json_list(target["aliases"]) + [source["name"]] + _json_list(source["aliases"]))
    if db["quotes"].exists():
        db.execute("update quotes set speaker_id = ? where speaker_id = ?", [target["id"], source["id"]])
    db.execute(f"update {MERGES} set into_id = ? where into_id = ?", [target["id"], source["id"]])
    # A bare-surname alias is not recorded: "erdogan" → Recep would swallow
    # every later Erdogan; surname matching decides those case by case.
    keys = _distinct([source["key"]] + [name_key(s) for s in [source["name"], *_json_list(source["aliases"])]
                                        if len(name_key(s).split()) > 1])
    for key in keys:
        if key != target["key"]:
            db[MERGES].upsert({"from_key": key, "into_id": target["id"], "from_name": source["name"],
                               "reason": "merge"}, pk="from_key")
    db["speakers"].delete(source["id"])
    db["speakers"].update(target["id"], {"titles": _dumps(titles), "aliases": _dumps(spellings)})
    return db["speakers"].get(target["id"])


def rename_speaker(db: sqlite_utils.Database, old: str, new: str) -> int:
    """Give a speaker a new display name; its id.

    The old spelling stays in aliases and is recorded in speaker_merges, so
    re-ingested quotes under it still land here; the name is then locked
    against automatic "fullest spelling" upgrades. Renaming onto another
    speaker's name merges the two.
    """
    ensure_tables(db)
    with db.atomic():
        row = find_speaker(db, old)
        new_key = name_key(new)
        clash = _row(db, "key = ? and id != ?", [new_key, row["id"]])
        if clash:
            row = _merge_rows(db, row, clash)
            refresh_counts(db)
        old_key = row["key"]
        spellings = _distinct(_json_list(row["aliases"]) + [row["name"], new])
        db["speakers"].update(row["id"], {"name": new, "key": new_key, "aliases": _dumps(spellings)})
        db.execute(f"delete from {MERGES} where from_key = ?", [new_key])
        db[MERGES].upsert({"from_key": old_key if old_key != new_key else f"rename@{row['id']}",
                           "into_id": row["id"], "from_name": row["name"], "reason": "rename"},
                          pk="from_key")
    return row["id"]


def unmerge_speaker(db: sqlite_utils.Database, name: str) -> int:
    """Split `name` back out of the speaker it was merged or joined into; the
    new row's id.

    Quotes move back when the name the article used (`speaker_name`, or the
    name in `speaker_mention`) has the key of `name` or of a spelling that was
    merged in with it. Works for curated merges and for automatic joins
    (a surname joined to the wrong full name).
    """
    ensure_tables(db)
    with db.atomic():
        key = name_key(name)
        records = db.execute(f"select from_key, into_id, from_name from {MERGES} where reason = 'merge' "
                             f"and into_id = (select into_id from {MERGES} where from_key = ? and reason = 'merge') "
                             f"order by from_key", [key]).fetchall()
        if records:
            from_name = next(r[2] for r in records if r[0] == key)
            keys = {r[0] for r in records if r[2] == from_name}
            target = _row(db, "id = ?", [records[0][1]])
        else:
            target = find_speaker(db, name)
            keys = {key}
        if target is None or target["key"] in keys:
            raise SpeakerNotFound(f"{name!r} is the speaker itself, not a name merged into one")
        moved = _quotes_spelled(db, target["id"], keys)
        spellings = [s for s in _json_list(target["aliases"]) if name_key(s) in keys]
        titles = _titles_of(db, moved)
        new_id = db["speakers"].insert({
            "name": name, "key": key, "kind": target["kind"], "titles": _dumps(titles),
            "aliases": _dumps(_distinct([name] + spellings)), "quote_count": 0}, pk="id").last_pk
        for quote_id in moved:
            db["quotes"].update(quote_id, {"speaker_id": new_id})
        kept = [s for s in _json_list(target["aliases"]) if name_key(s) not in keys]
        db["speakers"].update(target["id"], {"aliases": _dumps(kept)})
        db.execute(f"delete from {MERGES} where reason = 'merge' and from_key in "
                   f"({', '.join('?' for _ in keys)})", sorted(keys))
        refresh_counts(db)
    return new_id


def _quotes_spelled(db: sqlite_utils.Database, speaker_id: int, keys: set[str]) -> list[int]:
    if not db["quotes"].exists():
        return []
    moved = []
    for quote_id, speaker_name, mention in db.execute(
            "select id, speaker_name, speaker_mention from quotes where speaker_id = ? order by id",
            [speaker_id]).fetchall():
        mention_name = split_titles(mention)[1] if mention else ""
        if name_key(speaker_name or "") in keys or (mention_name and name_key(mention_name) in keys):
            moved.append(quote_id)
    return moved


def _titles_of(db: sqlite_utils.Database, quote_ids: list[int]) -> list[str]:
    titles: list[str] = []
    for quote_id in quote_ids:
        row = db.execute("select speaker_titles, speaker_mention from quotes where id = ?", [quote_id]).fetchone()
        titles += _json_list(row[0]) + (split_titles(row[1])[0] if row[1] else [])
    return _distinct_titles(titles)


def list_speakers(db: sqlite_utils.Database, kind: Optional[str] = None) -> list[dict[str, Any]]:
    """Speakers with their titles and aliases decoded, most quoted first."""
    ensure_tables(db)
    where, params = ("kind = ?", [kind]) if kind else ("1", [])
    cursor = db.execute(f"select * from speakers where {where} order by quote_count desc, name, id", params)
    columns = [c[0] for c in cursor.description]
    rows = [dict(zip(columns, r)) for r in cursor.fetchall()]
    for row in rows:
        row["titles"], row["aliases"] = _json_list(row["titles"]), _json_list(row["aliases"])
    return rows


__all__ = [
    "Identity", "SpeakerNotFound", "ensure_tables", "find_speaker", "identify", "list_speakers",
    "load_aliases", "merge_speakers", "refresh_counts", "rename_speaker", "resolve",
    "unmerge_speaker", "upsert_speaker",
]
