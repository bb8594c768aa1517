"""Extraction on a Dask cluster, storage here: `quotes ingest --dask tcp://host:8786`.

Parsing is the slow part and parallelises by article; SQLite wants one
writer. So Dask workers only extract (each worker process loads a spaCy
pipeline the first time it needs one and keeps it: `quotes.nlp` caches it),
and the client process stores the results in input order through the same
`Ingester` as a local run. The database is therefore the same as with
`--jobs 1`, and only chunks of articles and their quotes cross the network.

Every worker needs this project and its spaCy pipelines installed (same
versions as the client): workers import `quotes` to run a task.
"""
from __future__ import annotations

from typing import Any, Optional

from quotes.ingest import Extractor, Submit, extract_chunk


def connect(address: str) -> Any:
    """A dask.distributed Client for a running scheduler ("tcp://host:8786")."""
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - distributed is a declared dependency
        raise RuntimeError("--dask needs dask.distributed: pip install 'dask[distributed]'") from exc
    return Client(address)


def workers_of(client: Any) -> int:
    """Threads across the cluster: how many chunks can be extracted at once."""
    return max(sum(client.nthreads().values()), 1)


def dask_submit(client: Any, extractor: Extractor) -> Submit:
    """A Submit that runs `extract_chunk` on the cluster.

    `pure=False`: two identical chunks are two tasks (Dask would otherwise
    hash every article's text to deduplicate, for nothing).
    """

    def submit(chunk: list) -> Any:
        return client.submit(extract_chunk, extractor, chunk, pure=False)

    return submit


def preload_pipelines(client: Any, langs: list[str], model: Optional[str] = None) -> None:
    """Load the pipelines on every worker now, so the first chunks are not slower."""
    from quotes.nlp import load_pipeline

    def load() -> list[str]:
        return [load_pipeline(lang, model).meta["name"] for lang in langs]

    client.run(load)
