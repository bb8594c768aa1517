"""The `quotes` command line: a click group whose commands live in quotes/commands/.

Commands are registered from the COMMAND_MODULES tuple so that adding a
command is one new module and one name here. An import error in a listed
module is raised, never hidden: a missing command must be loud.
"""
from __future__ import annotations

import importlib

import click

COMMAND_MODULES: tuple[str, ...] = ("extract", "ingest", "serve", "eval", "speakers", "train_filter")


@click.group()
@click.version_option(package_name="quotes")
def cli() -> None:
    """Find, attribute, date and publish the direct quotations in news articles.

    Example:

        quotes ingest data/sample --metadata data/sample-metadata.jsonl --db db/quotes.db

        quotes serve --db db/quotes.db
    """


def register_commands(group: click.Group, modules: tuple[str, ...] = COMMAND_MODULES) -> None:
    for name in modules:
        module = importlib.import_module(f"quotes.commands.{name}")
        group.add_command(module.command)


register_commands(cli)
