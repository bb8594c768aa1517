"""`quotes ingest --dask`: Dask workers extract, the client stores, the database is the same.

A real LocalCluster with two worker processes (one thread each) stands in
for a cluster of machines: tasks are pickled, sent and run in other
processes exactly as they would be over the network.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from quotes import ingest, sources, store
from parallel_helpers import database_rows

pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster_client():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


def ingest_sample(path: Path, **kwargs) -> ingest.Summary:
    metadata, errors = sources.load_metadata(SAMPLE_METADATA)
    assert not errors
    db = store.open_db(path)
    try:
        return ingest.ingest(db, [SAMPLE_DIR], ingest.default_extractor(), metadata=metadata, **kwargs)
    finally:
        db.close()


def test_dask_ingest_equals_a_single_process_ingest(tmp_path: Path, cluster_client, monkeypatch) -> None:
    monkeypatch.setattr(ingest, "CHUNK_SIZE", 1)  # four tasks over two workers, not one chunk
    local = ingest_sample(tmp_path / "local.db", jobs=1)
    dask = ingest_sample(tmp_path / "dask.db", client=cluster_client)
    assert dask == local and dask.new == 4 and not dask.errors
    rows = database_rows(tmp_path / "dask.db")
    assert rows == database_rows(tmp_path / "local.db")
    assert rows["quotes"] and rows["speakers"]


def test_dask_reingest_skips_before_sending_anything(tmp_path: Path, cluster_client) -> None:
    ingest_sample(tmp_path / "q.db", client=cluster_client)
    before = database_rows(tmp_path / "q.db")
    summary = ingest_sample(tmp_path / "q.db", client=cluster_client)
    assert (summary.new, summary.skipped) == (0, 4)
    assert database_rows(tmp_path / "q.db") == before


def test_cli_dask_option(tmp_path: Path, cluster_client, monkeypatch) -> None:
    from click.testing import CliRunner

    monkeypatch.setattr(ingest, "CHUNK_SIZE", 1)  # else the four articles are one chunk, extracted here
    from quotes.cli import cli

    result = CliRunner().invoke(cli, ["ingest", str(SAMPLE_DIR), "--metadata", str(SAMPLE_METADATA),
                                      "--db", str(tmp_path / "q.db"), "--dask", cluster_client.scheduler.address],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "articles: 4 new" in result.output
