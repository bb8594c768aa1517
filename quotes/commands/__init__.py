"""One module per `quotes` subcommand.

A command module defines `command`, a click.Command (or Group). To add a
command, create the module here and add its name to `COMMAND_MODULES` in
`quotes/cli.py`; nothing else is needed. `options.py` is not a command: it
holds the options several commands share, so they read and validate alike.
"""
