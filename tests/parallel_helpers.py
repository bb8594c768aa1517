"""What "the same database" means for the parallel and distributed ingest tests."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlite_utils

#: Columns that record when, not what: they differ between any two runs.
VOLATILE = {"articles": {"ingested_at"}}


def database_rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of articles, speakers and quotes, by id, without timestamps."""
    db = sqlite_utils.Database(path)
    try:
        return {table: [{k: v for k, v in row.items() if k not in VOLATILE.get(table, set())}
                        for row in db.query(f"SELECT * FROM [{table}] ORDER BY id")]
                for table in ("articles", "speakers", "quotes")}
    finally:
        db.close()
