"""Batch extraction: the Dask output equals the single-process ledger, claim for claim;
bad documents become failure rows and never stop the job."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from claimledger.batch import (
    BatchOptions,
    chunks,
    drop_partition,
    local_cluster,
    process_document,
    run_batch,
    write_table,
)
from claimledger.errors import BadInput
from claimledger.extract.pipeline import extract
from claimledger.ingest.collect import Problem, WorkItem
from claimledger.ledger import Ledger
from claimledger.models import ClaimIn, SourceText
from tests.conftest import EXAMPLES

CRASH_MARKER = "KILL-THIS-WORKER"


def crash_on_marker(source: SourceText) -> list[ClaimIn]:
    """The real extractor, except that a marked text takes its worker process down."""
    if CRASH_MARKER in source.text:
        os._exit(13)
    return extract(source)


def raise_on_marker(source: SourceText) -> list[ClaimIn]:
    if CRASH_MARKER in source.text:
        raise RuntimeError("extractor bug")
    return extract(source)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """One ``LocalCluster(n_workers=2, processes=True)`` for the module's tests."""
    local = local_cluster(2)
    yield local
    local.close()


@pytest.fixture(scope="module")
def ledger_claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The examples ingested and extracted the single-process way: ``Ledger.ingest`` + ``extract``."""
    db = tmp_path_factory.mktemp("single") / "ledger.db"
    ledger = Ledger.open(f"sqlite:///{db}")
    try:
        summary = ledger.ingest([EXAMPLES])
        assert summary.failed == 0
        ledger.extract()
        with ledger.session() as session:
            from claimledger.store.tables import Claim

            rows = session.query(Claim).all()
            return {
                row.id: {"doc_id": row.doc_id, "stable_key": row.stable_key, "type": row.type,
                         "payload": row.payload}
                for row in rows
            }
    finally:
        ledger.close()


def batch_claims(out: Path) -> dict[str, dict[str, Any]]:
    table = pq.read_table(out / "claims")
    return {
        row["id"]: {"doc_id": row["doc_id"], "stable_key": row["stable_key"], "type": row["type"],
                    "payload": json.loads(row["payload"])}
        for row in table.to_pylist()
    }


def failures(out: Path) -> dict[str, str]:
    if not (out / "failures").is_dir():
        return {}
    return {Path(r["path"]).name: r["message"] for r in pq.read_table(out / "failures").to_pylist()}


def poisoned_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for name in sorted(os.listdir(EXAMPLES))[:40]:
        if name.endswith((".txt", ".html")):
            shutil.copy(EXAMPLES / name, corpus / name)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "huge.txt").write_text("Shelling killed 3 people. " * 20_000, encoding="utf-8")
    (corpus / "crash.txt").write_text(f"{CRASH_MARKER}. A strike killed 4 people.", encoding="utf-8")
    return corpus


def test_batch_in_process_equals_single_process_ledger(tmp_path: Path, ledger_claims: dict[str, Any]) -> None:
    summary = run_batch([EXAMPLES], tmp_path / "out", workers=0)
    assert summary.failures == []
    assert batch_claims(tmp_path / "out") == ledger_claims
    assert summary.claims == len(ledger_claims) > 0


@pytest.mark.slow
def test_batch_on_local_cluster_equals_single_process_ledger(
    tmp_path: Path, cluster: Any, ledger_claims: dict[str, Any]
) -> None:
    options = BatchOptions(chunk_docs=4)  # several chunks, spread over both workers
    summary = run_batch([EXAMPLES], tmp_path / "out", scheduler=cluster.scheduler_address, options=options)
    assert summary.failures == []
    assert batch_claims(tmp_path / "out") == ledger_claims
    assert len(list((tmp_path / "out" / "claims").glob("*.parquet"))) > 1
    docs = pq.read_table(tmp_path / "out" / "documents").to_pylist()
    assert sorted(d["claims"] for d in docs) == sorted(
        sum(1 for c in ledger_claims.values() if c["doc_id"] == d["id"]) for d in docs
    )
    assert all(d["raw"] is not None and len(d["raw"]) == d["size"] for d in docs)


@pytest.mark.slow
def test_batch_poisoned_documents_fail_and_the_rest_complete(tmp_path: Path, cluster: Any) -> None:
    corpus = poisoned_corpus(tmp_path)
    options = BatchOptions(max_bytes=100_000, chunk_docs=3)
    summary = run_batch([corpus], tmp_path / "out", scheduler=cluster.scheduler_address, options=options,
                        extract_fn=crash_on_marker, extractor="test")
    failed = failures(tmp_path / "out")
    assert set(failed) == {"binary.txt", "huge.txt", "crash.txt"}
    assert failed["binary.txt"].startswith("E104")
    assert failed["huge.txt"].startswith("E102")
    assert failed["crash.txt"].startswith("E501")
    good = len(list(corpus.iterdir())) - 3
    assert summary.documents == good
    assert pq.read_table(tmp_path / "out" / "documents").num_rows == good


def test_batch_extractor_exception_fails_only_that_document(tmp_path: Path) -> None:
    corpus = poisoned_corpus(tmp_path)
    (corpus / "binary.txt").unlink()
    (corpus / "huge.txt").unlink()
    summary = run_batch([corpus], tmp_path / "out", workers=0, extract_fn=raise_on_marker, extractor="test")
    assert failures(tmp_path / "out") == {"crash.txt": "E502 extraction failed: RuntimeError: extractor bug"}
    assert summary.documents == len(list(corpus.iterdir())) - 1


@pytest.mark.parametrize(
    ("sizes", "chunk_docs", "chunk_bytes", "expected"),
    [
        ([10, 10, 10], 2, 1000, [2, 1]),
        ([10, 10, 10], 5, 25, [2, 1]),
        ([30, 10], 5, 25, [1, 1]),
        ([5] * 7, 3, 1000, [3, 3, 1]),
        ([], 3, 1000, []),
    ],
)
def test_batch_chunks_are_bounded_by_count_and_bytes(
    tmp_path: Path, sizes: list[int], chunk_docs: int, chunk_bytes: int, expected: list[int]
) -> None:
    items: list[WorkItem | Problem] = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"{i}.txt"
        path.write_text("x" * size)
        items.append(WorkItem(path, None))
    items.append(Problem("missing.txt", "E109 file not found"))
    got = list(chunks(iter(items), BatchOptions(chunk_docs=chunk_docs, chunk_bytes=chunk_bytes)))
    assert [len(c) for c in got if isinstance(c, list)] == expected
    assert [c for c in got if isinstance(c, Problem)] == [Problem("missing.txt", "E109 file not found")]


def test_batch_process_document_rows_mirror_the_store(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("On 3 May 2021 shelling killed 4 civilians in a village, the ministry said.", encoding="utf-8")
    result = process_document(WorkItem(path, None), extractor="v1")
    assert result.failure is None and result.document is not None
    assert result.document["id"] == result.document["sha256"][:16]
    assert result.document["raw"] == path.read_bytes()
    assert result.document["claims"] == len(result.claims)
    assert all(row["doc_id"] == result.document["id"] and row["extractor"] for row in result.claims)
    assert {f["claim_id"] for f in result.figures} <= {c["id"] for c in result.claims}


def test_batch_duplicate_bytes_are_stored_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a.txt", "b.txt"):
        (corpus / name).write_text("Shelling killed 2 people on 1 May 2020.", encoding="utf-8")
    summary = run_batch([corpus], tmp_path / "out", workers=0)
    assert (summary.documents, summary.duplicates) == (1, 1)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [({"workers": 2, "scheduler": "tcp://127.0.0.1:1"}, "E504")],
)
def test_batch_rejects_bad_options(tmp_path: Path, kwargs: dict[str, Any], code: str) -> None:
    with pytest.raises(BadInput, match=code):
        run_batch([EXAMPLES], tmp_path / "out", **kwargs)


def test_batch_refuses_a_folder_with_output(tmp_path: Path) -> None:
    run_batch([EXAMPLES / "gan-01_az-prosecutor_first-statement.txt"], tmp_path / "out", workers=0)
    with pytest.raises(BadInput, match="E509"):
        run_batch([EXAMPLES], tmp_path / "out", workers=0)


@pytest.mark.parametrize(("module", "name"), [("claimledger.extract.gazetteer", "normalize"),
                                             ("claimledger.extract.places", "_norm_surface")])
def test_batch_worker_name_caches_are_small(module: str, name: str) -> None:
    """A worker's memory stays flat as new names stream by (issue 6): the name caches are small LRUs."""
    import importlib

    cache_info = getattr(importlib.import_module(module), name).cache_info()
    assert cache_info.maxsize is not None and cache_info.maxsize <= 16384


def test_drop_partition_removes_one_part_from_every_table(tmp_path: Path) -> None:
    # a chunk that is run again (its worker died after it wrote) must not leave its first rows behind
    failure = {"path": "a.txt", "stage": "worker", "code": "E501", "message": "E501 x", "sha256": None}
    for part in ("part-000001", "part-000002"):
        write_table(tmp_path, "failures", part, [failure])
    assert drop_partition(tmp_path, "part-000001") is True
    assert sorted(p.name for p in (tmp_path / "failures").iterdir()) == ["part-000002.parquet"]
    assert drop_partition(tmp_path, "part-000001") is False
