"""How the site is served: one place for the datasette command line.

`quotes serve` (cli.py) and the web tests both build their command here, so
the settings the tests check are the settings users get. Datasette 0.65
keeps settings on the command line and permissions in metadata, hence both.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Optional

import yaml

ROOT = Path(__file__).resolve().parents[2]
METADATA_PATH = ROOT / "metadata.yml"

# Keep one slow query from stalling a public site, and pages bounded.
SETTINGS: dict[str, str] = {
    "sql_time_limit_ms": "1000",
    "max_returned_rows": "1000",
    "default_page_size": "50",
    "facet_time_limit_ms": "500",
    "allow_download": "off",  # the whole file is for the owner, not the public
    "default_cache_ttl": "60",
}


def load_metadata(path: Path = METADATA_PATH) -> dict:
    """The site metadata as a dict (YAML at the repository root)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def serving_metadata(allow_sql: bool = False, path: Path = METADATA_PATH) -> Path:
    """The metadata file to serve with: metadata.yml itself unless SQL is allowed.

    Allowing arbitrary SQL writes a temporary copy with `allow_sql: true`,
    so the checked-in file stays safe for public deployments.
    """
    if not allow_sql:
        return path
    metadata = load_metadata(path)
    metadata["allow_sql"] = True
    handle = tempfile.NamedTemporaryFile(
        "w", suffix=".json", prefix="quotes-metadata-", delete=False, encoding="utf-8"
    )
    with handle:
        json.dump(metadata, handle)
    return Path(handle.name)


def datasette_command(
    db_path: Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    allow_sql: bool = False,
    metadata_path: Optional[Path] = None,
    extra_args: tuple[str, ...] = (),
) -> list[str]:
    """argv for `datasette serve` on quotes.db, in normal (not immutable) mode.

    Normal mode because an ingest may be writing while the site is up;
    Datasette itself opens the file read-only (mode=ro) either way.
    """
    metadata = metadata_path or serving_metadata(allow_sql)
    argv = [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--metadata", str(metadata), "--host", host, "--port", str(port),
    ]
    for name, value in SETTINGS.items():
        argv += ["--setting", name, value]
    return argv + list(extra_args)
