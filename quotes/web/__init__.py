"""The Datasette plugin that turns quotes.db into a site and a JSON API.

`plugin.py` holds the hook implementations; every other module here is a
small, mostly pure piece the hooks call (parameter parsing, SQL building,
rendering). Nothing in this package writes to the database.
"""
