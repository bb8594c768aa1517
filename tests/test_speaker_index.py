"""The speakers table across articles: joining spellings, curation, re-ingestion."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import store
from quotes.cli import cli
from quotes.model import Article, Quote
from quotes.speaker_index import (SpeakerNotFound, load_aliases, merge_speakers, refresh_counts,
                                  rename_speaker, unmerge_speaker, upsert_speaker)


def article(doc: str, speakers: list, lang: str = "en") -> tuple[Article, list[Quote]]:
    """An article with one quote per (speaker, mention) pair, offsets real."""
    paragraphs, quotes, offset = [], [], 0
    for i, spec in enumerate(speakers):
        speaker, mention = spec if isinstance(spec, tuple) else (spec, spec)
        body = f"Quote number {i} of {doc}"
        paragraph = f'"{body}," {mention} said.'
        quotes.append(Quote(doc=doc, text=body, start=offset + 1, end=offset + 1 + len(body), kind="full",
                            speaker=speaker, speaker_mention=mention, cue="said", lang=lang))
        paragraphs.append(paragraph)
        offset += len(paragraph) + 2
    return Article(doc=doc, text="\n\n".join(paragraphs), lang=lang, outlet=doc), quotes


def ingest(db, doc, speakers, lang="en", **kwargs):
    art, quotes = article(doc, speakers, lang)
    return store.store_article(db, art, quotes, **kwargs)


def speakers(db) -> list[dict]:
    return list(db.query("select * from speakers order by id"))


def speaker_of(db, name: str) -> dict:
    rows = [r for r in speakers(db) if r["name"] == name]
    assert len(rows) == 1, speakers(db)
    return rows[0]


def quote_speakers(db) -> list[tuple[str, str]]:
    return [(r["speaker_mention"], r["name"]) for r in db.query(
        "select quotes.speaker_mention, speakers.name from quotes "
        "left join speakers on speakers.id = quotes.speaker_id order by quotes.id")]


@pytest.fixture
def db(tmp_path: Path):
    return store.open_db(tmp_path / "quotes.db")


ERDOGAN_SPELLINGS = [
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
    ("Erdogan", "Erdogan"),
    ("Recep Tayyip Erdoğan", "President Erdoğan"),
    ("Turkish President Recep Tayyip Erdogan", "Turkish President Recep Tayyip Erdogan"),
]
ERDOGAN_FR = [
    ("Recep Tayyip Erdogan", "M. Erdogan"),
    ("Recep Tayyip Erdogan", "le président turc Recep Tayyip Erdogan"),
]


def test_every_spelling_of_erdogan_is_one_speaker(db):
    ingest(db, "france24", ERDOGAN_SPELLINGS)
    ingest(db, "lemonde", ERDOGAN_FR, lang="fr")
    rows = speakers(db)
    assert len(rows) == 1
    row = rows[0]
    assert row["name"] == "Recep Tayyip Erdoğan"
    assert row["key"] == "recep tayyip erdogan"
    assert row["kind"] == "person"
    assert json.loads(row["titles"]) == ["President", "Turkish President", "président turc"]
    assert set(json.loads(row["aliases"])) == {"Recep Tayyip Erdoğan", "Erdogan", "Erdoğan",
                                               "Recep Tayyip Erdogan"}
    assert row["quote_count"] == 6


def test_a_later_full_name_upgrades_a_surname_only_row(db):
    ingest(db, "a1", ["Erdogan"])
    first = speaker_of(db, "Erdogan")
    ingest(db, "a2", ["Recep Tayyip Erdoğan"])
    row = speaker_of(db, "Recep Tayyip Erdoğan")
    assert row["id"] == first["id"]
    assert "Erdogan" in json.loads(row["aliases"])
    assert row["quote_count"] == 2


def test_a_surname_joins_the_only_person_with_that_surname(db):
    ingest(db, "a1", ["Recep Tayyip Erdoğan"])
    ingest(db, "a2", ["Erdogan"])
    assert [r["name"] for r in speakers(db)] == ["Recep Tayyip Erdoğan"]


def test_a_different_first_name_is_a_different_person(db):
    ingest(db, "a1", [("Recep Tayyip Erdoğan", "Erdogan")])  # alias "Erdogan" now
    ingest(db, "a2", ["Emine Erdoğan"])
    assert [r["name"] for r in speakers(db)] == ["Recep Tayyip Erdoğan", "Emine Erdoğan"]


def test_an_ambiguous_surname_stays_on_its_own(db):
    ingest(db, "a1", ["Recep Tayyip Erdoğan", "Emine Erdoğan"])
    ingest(db, "a2", ["Erdogan"])
    assert [r["name"] for r in speakers(db)] == ["Recep Tayyip Erdoğan", "Emine Erdoğan", "Erdogan"]


def test_anonymous_and_groups_never_join_across_articles(db):
    ingest(db, "a1", ["a Western diplomat", "a Western diplomat", "the soldiers"])
    ingest(db, "a2", ["a Western diplomat", "the soldiers"])
    rows = speakers(db)
    assert [(r["name"], r["kind"], r["quote_count"]) for r in rows] == [
        ("a Western diplomat", "anonymous", 2), ("the soldiers", "group", 1),
        ("a Western diplomat", "anonymous", 1), ("the soldiers", "group", 1)]


def test_organisations_join_across_articles(db):
    ingest(db, "a1", ["the Kremlin", "Moscow"])
    ingest(db, "a2", ["Kremlin"])
    rows = speakers(db)
    assert [(r["name"], r["kind"], r["quote_count"]) for r in rows] == [
        ("the Kremlin", "organisation", 2), ("Moscow", "organisation", 1)]


def test_a_body_owned_through_a_pronoun_is_one_article_s(db):
    """'his campaign' in two articles is two campaigns; "Bernie Sanders's
    campaign" is one wherever it speaks."""
    for doc in ("a1", "a2"):
        art, quotes = article(doc, ["his campaign", "Bernie Sanders's campaign"])
        for q in quotes:
            q.speaker_kind = "organisation"
        store.store_article(db, art, quotes)
    rows = speakers(db)
    assert [(r["name"], r["quote_count"]) for r in rows] == [
        ("his campaign", 1), ("Bernie Sanders's campaign", 2), ("his campaign", 1)]


def test_a_piece_of_the_name_is_not_a_title(db):
    art, quotes = article("a1", ["Recep Tayyip Erdogan"])
    quotes[0].speaker_titles = ["Recep", "Turkish President"]
    store.store_article(db, art, quotes)
    assert json.loads(speakers(db)[0]["titles"]) == ["Turkish President"]


def test_no_speaker_no_row(db):
    art, quotes = article("a1", ["x"])
    quotes[0].speaker = None
    assert upsert_speaker(db, quotes[0], 1) is None
    assert speakers(db) == []


def test_deterministic_and_idempotent(tmp_path):
    dumps = []
    for name in ("one.db", "two.db"):
        db = store.open_db(tmp_path / name)
        ingest(db, "france24", ERDOGAN_SPELLINGS + ["a Western diplomat"])
        ingest(db, "lemonde", ERDOGAN_FR, lang="fr")
        ingest(db, "france24", ERDOGAN_SPELLINGS + ["a Western diplomat"])  # same article again
        dumps.append(speakers(db))
    assert dumps[0] == dumps[1]
    # Upserting quotes that are already stored changes nothing, counts included.
    art, quotes = article("lemonde", ERDOGAN_FR, "fr")
    before = speakers(db)
    assert {upsert_speaker(db, q, 2) for q in quotes} == {before[0]["id"]}
    assert speakers(db) == before


# --- curation -------------------------------------------------------------------

def run(args: list[str]):
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    return result


def test_merge_via_cli_survives_reingestion(db, tmp_path):
    ingest(db, "a1", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoan"])  # a typo in the article
    assert len(speakers(db)) == 2
    result = run(["speakers", "merge", "Recep Tayyip Erdoan", "--into", "Recep Tayyip Erdoğan",
                  "--db", str(tmp_path / "quotes.db")])
    assert result.exit_code == 0, result.output
    rows = speakers(db)
    assert [(r["name"], r["quote_count"]) for r in rows] == [("Recep Tayyip Erdoğan", 2)]
    assert "Recep Tayyip Erdoan" in json.loads(rows[0]["aliases"])
    ingest(db, "a2", ["Recep Tayyip Erdoan"])
    assert [(r["name"], r["quote_count"]) for r in speakers(db)] == [("Recep Tayyip Erdoğan", 3)]


def test_merge_into_a_new_name_renames_the_first(db):
    ingest(db, "a1", ["RT Erdogan", "Tayip Erdogan"])  # neither is a fuller form of the other
    speaker_id = merge_speakers(db, ["RT Erdogan", "Tayip Erdogan"], into="Recep Tayyip Erdoğan")
    assert [(r["id"], r["name"], r["quote_count"]) for r in speakers(db)] == [(speaker_id, "Recep Tayyip Erdoğan", 2)]


def test_rename_keeps_old_spelling_and_locks_the_name(db, tmp_path):
    ingest(db, "a1", [("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")])
    result = run(["speakers", "rename", "Dmitry Peskov", "Dmitri Peskov", "--db", str(tmp_path / "quotes.db")])
    assert result.exit_code == 0, result.output
    row = speaker_of(db, "Dmitri Peskov")
    ingest(db, "a2", ["Dmitry Peskov", "Dmitry Sergeyevich Peskov"])
    assert [(r["id"], r["name"], r["quote_count"]) for r in speakers(db)] == [(row["id"], "Dmitri Peskov", 3)]
    assert json.loads(speakers(db)[0]["titles"]) == ["Kremlin spokesman"]


def test_rename_onto_an_existing_name_merges(db):
    ingest(db, "a1", ["Hulusi Akar", "Hulusi Akkar"])
    rename_speaker(db, "Hulusi Akkar", "Hulusi Akar")
    assert [(r["name"], r["quote_count"]) for r in speakers(db)] == [("Hulusi Akar", 2)]


def test_unmerge_splits_a_wrong_merge_back(db, tmp_path):
    ingest(db, "a1", ["Recep Tayyip Erdoğan", "Emine Erdoğan", "Recep Tayyip Erdoğan"])
    merge_speakers(db, ["Emine Erdoğan"], into="Recep Tayyip Erdoğan")
    assert len(speakers(db)) == 1
    result = run(["speakers", "unmerge", "Emine Erdoğan", "--db", str(tmp_path / "quotes.db")])
    assert result.exit_code == 0, result.output
    assert [(r["name"], r["quote_count"]) for r in speakers(db)] == [("Recep Tayyip Erdoğan", 2),
                                                                     ("Emine Erdoğan", 1)]
    assert quote_speakers(db)[1] == ("Emine Erdoğan", "Emine Erdoğan")
    ingest(db, "a2", ["Emine Erdoğan"])  # the merge record is gone: she stays herself
    assert speaker_of(db, "Emine Erdoğan")["quote_count"] == 2


def test_unmerge_an_automatic_surname_join(db):
    ingest(db, "a1", ["Recep Tayyip Erdoğan"])
    ingest(db, "a2", ["Erdogan"])  # joined: the only Erdogan known then
    unmerge_speaker(db, "Erdogan")
    assert quote_speakers(db) == [("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"), ("Erdogan", "Erdogan")]
    assert "Erdogan" not in json.loads(speaker_of(db, "Recep Tayyip Erdoğan")["aliases"])


def test_unmerge_the_speaker_itself_is_an_error(db):
    ingest(db, "a1", ["Recep Tayyip Erdoğan"])
    with pytest.raises(SpeakerNotFound):
        unmerge_speaker(db, "Recep Tayyip Erdoğan")


def test_aliases_file_applies_at_ingest(db, tmp_path):
    path = tmp_path / "aliases.yml"
    path.write_text("Recep Tayyip Erdoğan: [RTE, Tayyip]\nthe Kremlin: Kremlin press service\n",
                    encoding="utf-8")
    aliases = load_aliases(path)
    assert aliases["rte"] == "Recep Tayyip Erdoğan"
    resolve = lambda db, quote, article_id: upsert_speaker(db, quote, article_id, aliases=aliases)  # noqa: E731
    ingest(db, "a1", ["RTE", "Tayyip", "the Kremlin press service"], resolve_speaker=resolve)
    assert [(r["name"], r["quote_count"]) for r in speakers(db)] == [("Recep Tayyip Erdoğan", 2),
                                                                     ("the Kremlin", 1)]
    assert set(json.loads(speakers(db)[0]["aliases"])) == {"RTE", "Tayyip", "Recep Tayyip Erdoğan"}


def test_aliases_file_rejects_an_alias_of_two_people(tmp_path):
    path = tmp_path / "aliases.yml"
    path.write_text("Recep Tayyip Erdoğan: [Erdogan]\nEmine Erdoğan: [Erdogan]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="both"):
        load_aliases(path)


def test_refresh_counts(db):
    ingest(db, "a1", ["Recep Tayyip Erdoğan", "the Kremlin"])
    db.execute("update speakers set quote_count = 0")
    refresh_counts(db)
    assert [r["quote_count"] for r in speakers(db)] == [1, 1]


def test_cli_list_and_errors(db, tmp_path):
    ingest(db, "a1", ["Recep Tayyip Erdoğan", "Erdogan", "the Kremlin", "a Western diplomat"])
    path = str(tmp_path / "quotes.db")
    result = run(["speakers", "list", "--db", path])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "Recep Tayyip Erdoğan" in lines[0] and "aka Erdogan" in lines[0]
    result = run(["speakers", "list", "--db", path, "--kind", "organisation", "--json"])
    assert [json.loads(line)["name"] for line in result.output.splitlines()] == ["the Kremlin"]
    result = run(["speakers", "merge", "Nobody", "--into", "the Kremlin", "--db", path])
    assert result.exit_code == 1 and "no speaker named 'Nobody'" in result.output


def test_every_speakers_command_has_help_and_an_example():
    group = cli.commands["speakers"]
    for name, command in [("speakers", group), *group.commands.items()]:
        assert command.help and "Example:" in command.help, name
