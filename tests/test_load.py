"""Bulk load of batch output: idempotent by hash, on SQLite and PostgreSQL, equal to the
single-process ledger claim for claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.batch import BatchOptions, run_batch
from claimledger.errors import BadInput
from claimledger.ledger import Ledger
from claimledger.load import load
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    run_batch([EXAMPLES], out, workers=0, options=BatchOptions(chunk_docs=5))
    return out


def snapshot(ledger: Ledger) -> list[tuple[str, str, str, dict[str, object]]]:
    return [(c.claim_id, c.doc, c.status, c.model_dump(mode="json")) for c in ledger.claims()]


def store_rows(ledger: Ledger) -> dict[str, list[tuple[object, ...]]]:
    """Every column of claims and figures (but creation times and row ids), as stored."""
    from sqlalchemy import select

    from claimledger.store.tables import Claim, FigureRow

    out: dict[str, list[tuple[object, ...]]] = {}
    with ledger.engine.connect() as conn:
        for table, skip, order in ((Claim.__table__, {"created_at"}, "id"), (FigureRow.__table__, {"id"}, "id")):
            columns = [c for c in table.columns if c.name not in skip]
            rows = conn.execute(select(*columns).order_by(table.c[order]))
            out[table.name] = sorted((tuple(row) for row in rows), key=repr) if table.name == "figures" else [
                tuple(row) for row in rows]
    return out


def test_load_is_idempotent(any_ledger: Ledger, batch_out: Path) -> None:
    first = load(any_ledger, batch_out, link=False)
    assert first.documents == 28 and first.skipped == 0 and first.claims > 0
    before = snapshot(any_ledger)
    second = load(any_ledger, batch_out, link=False)
    assert (second.documents, second.skipped, second.claims, second.figures) == (0, 28, 0, 0)
    assert snapshot(any_ledger) == before
    assert len(before) == first.claims


def test_load_equals_ingest_and_extract(any_ledger: Ledger, batch_out: Path, tmp_path: Path) -> None:
    load(any_ledger, batch_out, link=False)
    single = Ledger.open(f"sqlite:///{tmp_path / 'single.db'}")
    try:
        single.ingest([EXAMPLES])
        single.extract()
        expected = [(c.claim_id, c.model_dump(mode="json")) for c in single.claims()]
        expected_docs = [(d.id, d.label, d.sha256, d.meta) for d in single.documents()]
        expected_rows = store_rows(single)
    finally:
        single.close()
    assert [(c.claim_id, c.model_dump(mode="json")) for c in any_ledger.claims()] == expected
    assert store_rows(any_ledger) == expected_rows
    assert [(d.id, d.label, d.sha256, d.meta) for d in any_ledger.documents()] == expected_docs
    doc, raw = any_ledger.document_bytes("gan-01")
    assert raw == (EXAMPLES / doc.filename).read_bytes()
    assert any(hit.label == "gan-01" for hit in any_ledger.search("Ganja"))
    # the loaded documents count as extracted by this extractor: extract has nothing to do
    assert any_ledger.extract() == 0


def test_load_skips_documents_ingested_before(ledger: Ledger, batch_out: Path) -> None:
    ledger.ingest([EXAMPLES / "gan-01_az-prosecutor_first-statement.txt"])
    summary = load(ledger, batch_out, link=False)
    assert (summary.documents, summary.skipped) == (27, 1)


def test_load_reads_bytes_from_source_when_not_kept(ledger: Ledger, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Shelling killed 2 people on 1 May 2020.", encoding="utf-8")
    (corpus / "b.txt").write_text("An air strike killed 7 people on 2 May 2020.", encoding="utf-8")
    run_batch([corpus], tmp_path / "out", workers=0, options=BatchOptions(keep_bytes=False))
    (corpus / "b.txt").write_text("changed since", encoding="utf-8")
    summary = load(ledger, tmp_path / "out", link=False)
    assert summary.documents == 1
    assert [message[:4] for _, message in summary.failures] == ["E103"]
    assert ledger.document_bytes("a.txt")[1] == (corpus / "a.txt").read_bytes()


def test_load_reports_batch_failures(ledger: Ledger, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Shelling killed 2 people on 1 May 2020.", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    run_batch([corpus], tmp_path / "out", workers=0)
    summary = load(ledger, tmp_path / "out", link=False)
    assert summary.documents == 1
    assert [(Path(path).name, message[:4]) for path, message in summary.failures] == [("empty.txt", "E101")]


def test_load_rejects_a_folder_without_batch_output(ledger: Ledger, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="E503"):
        load(ledger, tmp_path)


def test_load_cli_batch_then_load(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimledger.cli import app

    runner = CliRunner()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Shelling killed 2 people on 1 May 2020.", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(corpus), "--out", str(out), "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output and "1 failed" in result.output
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    first = runner.invoke(app, ["load", str(out), "--db", db, "--no-link"])
    again = runner.invoke(app, ["load", str(out), "--db", db, "--no-link"])
    assert first.exit_code == again.exit_code == 0
    assert "loaded 1 documents" in first.output
    assert "loaded 0 documents" in again.output and "skipped 1" in again.output


def test_load_cli_rejects_workers_with_scheduler(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimledger.cli import app

    result = CliRunner().invoke(app, ["batch", str(EXAMPLES), "--out", str(tmp_path / "o"), "--workers", "2",
                                      "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 1 and "E504" in result.output


def _claim_indexes(ledger: Ledger) -> set[str]:
    with ledger.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('claims', 'figures') "
            "AND sql IS NOT NULL"
        )
        return {row[0] for row in rows}


def test_load_bulk_mode_rebuilds_the_indexes(ledger: Ledger, batch_out: Path) -> None:
    expected = _claim_indexes(ledger)
    assert len(expected) >= 5
    summary = load(ledger, batch_out, link=False, bulk_threshold=0)
    assert summary.claims > 0 and summary.claims_seconds > 0
    assert _claim_indexes(ledger) == expected


def test_load_restores_indexes_a_killed_bulk_load_dropped(ledger: Ledger, batch_out: Path) -> None:
    from claimledger.load import _drop_indexes

    expected = _claim_indexes(ledger)
    _drop_indexes(ledger.engine)  # what a bulk load killed before its rebuild leaves behind
    assert _claim_indexes(ledger) == set()
    load(ledger, batch_out, link=False)
    assert _claim_indexes(ledger) == expected
