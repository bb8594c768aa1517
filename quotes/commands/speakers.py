"""`quotes speakers`: list and curate the speakers of a quotes database.

The heuristics of the speaker index get most names right; these commands are
for the rest. Every change is recorded, so re-ingesting keeps it, and every
quote keeps the words its article used, so a wrong merge can be undone.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Optional

import click

from quotes import speaker_index, store
from quotes.speakers import KINDS

DEFAULT_DB = Path("db/quotes.db")


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db", "db_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
        default=DEFAULT_DB, show_default=True, help="Quotes database to read or curate.",
    )(f)


def _run(action: Callable[[], object]) -> object:
    """Curation errors (an unknown or ambiguous name) are user errors, not tracebacks."""
    try:
        return action()
    except speaker_index.SpeakerNotFound as error:
        raise click.ClickException(str(error.args[0]) if error.args else str(error))


@click.group(name="speakers")
def speakers_group() -> None:
    """List the speakers of a database and fix who is who.

    Example:

    \b
        quotes speakers list --db db/quotes.db --kind person
        quotes speakers merge "Erdogan" "R. T. Erdogan" --into "Recep Tayyip Erdoğan"
    """


@speakers_group.command(name="merge")
@click.argument("names", nargs=-1, required=True)
@click.option("--into", "into", required=True, metavar="NAME",
              help="The speaker they all are; if unknown, the first NAME is renamed to it.")
@db_option
def merge_command(names: tuple[str, ...], into: str, db_path: Path) -> None:
    """Make the speakers NAMES one speaker, INTO.

    Their quotes, titles and aliases move to INTO; re-ingesting articles that
    spell them the old way keeps the merge. Undo with `quotes speakers unmerge`.

    Example:

    \b
        quotes speakers merge "Erdogan" "Tayyip Erdogan" --into "Recep Tayyip Erdoğan" --db db/quotes.db
    """
    db = store.open_db(db_path)
    speaker_id = _run(lambda: speaker_index.merge_speakers(db, list(names), into))
    click.echo(f"merged {len(names)} name(s) into {into} (id {speaker_id})")


@speakers_group.command(name="rename")
@click.argument("old")
@click.argument("new")
@db_option
def rename_command(old: str, new: str, db_path: Path) -> None:
    """Show the speaker OLD as NEW from now on.

    OLD stays an alias, so quotes spelled that way still find the speaker.
    Renaming onto an existing speaker's name merges the two.

    Example:

    \b
        quotes speakers rename "Erdogan" "Recep Tayyip Erdoğan" --db db/quotes.db
    """
    db = store.open_db(db_path)
    speaker_id = _run(lambda: speaker_index.rename_speaker(db, old, new))
    click.echo(f"renamed {old} to {new} (id {speaker_id})")


@speakers_group.command(name="unmerge")
@click.argument("name")
@db_option
def unmerge_command(name: str, db_path: Path) -> None:
    """Split NAME back out of the speaker it was merged or joined into.

    Quotes whose article named NAME (by that spelling) move to a new speaker
    NAME; the others stay.

    Example:

    \b
        quotes speakers unmerge "Emine Erdogan" --db db/quotes.db
    """
    db = store.open_db(db_path)
    speaker_id = _run(lambda: speaker_index.unmerge_speaker(db, name))
    click.echo(f"split {name} out (id {speaker_id})")


@speakers_group.command(name="list")
@db_option
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Only speakers of this kind.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
def list_command(db_path: Path, kind: Optional[str], as_json: bool) -> None:
    """List speakers, most quoted first: id, quotes, kind, name, titles, aliases.

    Example:

    \b
        quotes speakers list --db db/quotes.db --kind organisation
    """
    db = store.open_db(db_path)
    for row in speaker_index.list_speakers(db, kind):
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
            continue
        others = [a for a in row["aliases"] if a != row["name"]]
        extra = "".join([f"  [{'; '.join(row['titles'])}]" if row["titles"] else "",
                         f"  aka {', '.join(others)}" if others else ""])
        click.echo(f"{row['id']:>5}  {row['quote_count'] or 0:>5}  {row['kind']:<12}  {row['name']}{extra}")


command = speakers_group
