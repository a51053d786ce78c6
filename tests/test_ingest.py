"""Ingest into a real store (SQLite, and PostgreSQL when a URL is given)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from claimledger.ledger import Ledger
from claimledger.store.tables import Blob, Document
from tests.ingest.files import ARTICLE, write_good_files, write_pdf


def outcomes(summary) -> dict[str, tuple[str, str]]:
    return {Path(e.path).name: (e.outcome, e.message) for e in summary.events}


def test_ingest_every_format(any_ledger: Ledger, tmp_path: Path) -> None:
    files = write_good_files(tmp_path / "in")
    summary = any_ledger.ingest([tmp_path / "in"])
    assert (summary.ingested, summary.present, summary.failed) == (6, 0, 0)
    docs = {d.filename: d for d in any_ledger.documents()}
    assert set(docs) == {p.name for p in files.values()}
    for name, path in ((p.name, p) for p in files.values()):
        info, raw = any_ledger.document_bytes(docs[name].id)
        assert raw == path.read_bytes()
        assert info.size == len(raw)
    assert docs["page.html"].meta.title == "Market shelled in Northtown"
    assert docs["page.html"].media_type == "text/html"
    assert len(docs["report.pdf"].page_offsets) == 2
    assert "Гн" not in any_ledger.document_text(docs["cp1251.txt"].id)
    assert "погибли семь мирных жителей" in any_ledger.document_text(docs["cp1251.txt"].id)
    assert "soigné douze blessés" in any_ledger.document_text(docs["latin1.md"].id)


def test_ingest_same_bytes_is_same_document(any_ledger: Ledger, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "copy-of-a.txt").write_text(ARTICLE)
    first = any_ledger.ingest([tmp_path / "a.txt"])
    again = any_ledger.ingest([tmp_path])
    assert first.ingested == 1
    assert (again.ingested, again.present) == (0, 2)
    assert again.events[0].doc_id == first.events[0].doc_id
    assert len(any_ledger.documents()) == 1


def test_ingest_bad_inputs_each_get_one_line_and_batch_goes_on(any_ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(os.urandom(4096) + b"\x00")
    pdf = write_pdf(folder / "whole.pdf", [ARTICLE]).read_bytes()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    write_pdf(folder / "locked.pdf", [ARTICLE], password="pw")
    (folder / "notext.html").write_text("<html><body><script>var a=1;</script></body></html>")
    (folder / "huge.txt").write_text("word " * 5000)
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    summary = any_ledger.ingest([folder], max_bytes=20_000)
    got = outcomes(summary)
    assert got["good.txt"][0] == "ingested"
    assert got["whole.pdf"][0] == "ingested"
    expected_codes = {
        "empty.txt": "E101",
        "junk.txt": "E104",
        "truncated.pdf": "E105",
        "locked.pdf": "E106",
        "notext.html": "E107",
        "huge.txt": "E102",
        "dangling.txt": "E103",
    }
    for name, code in expected_codes.items():
        outcome, message = got[name]
        assert outcome == "failed", name
        assert message.startswith(code), (name, message)
    assert summary.failed == len(expected_codes)
    assert {d.filename for d in any_ledger.documents()} == {"good.txt", "whole.pdf"}
    with any_ledger.session() as session:
        blobs = session.scalar(select(func.count()).select_from(Blob))
        assert blobs == 2


def test_ingest_manifest_csv_metadata_and_bad_rows(any_ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE)
    (folder / "two.txt").write_text(ARTICLE + " A second, different report.")
    (folder / "three.txt").write_text(ARTICLE + " A third report.")
    (folder / "unlisted.txt").write_text("Not in the manifest, so not ingested from this folder.")
    (folder / "manifest.csv").write_text(
        "id,file,url,title,publisher,affiliation,published,language,notes\n"
        "w-1,one.txt,https://example.org/1,One,Wire A,intl-media,2021-05-04,en,first\n"
        "w-2,two.txt,,Two,Ministry B,gov,04/05/2021,en,bad date\n"
        "w-3,missing.txt,,Three,Wire A,intl-media,2021-05-05,en,missing file\n"
        "w-4,three.txt,,Four,NGO C,ngo,,en,\n"
    )
    summary = any_ledger.ingest([folder])
    assert summary.ingested == 2
    assert summary.failed == 2
    messages = [e.message for e in summary.events if e.outcome == "failed"]
    assert any("E125" in m and "row 2" in m for m in messages)
    assert any("E123" in m and "missing.txt" in m for m in messages)
    doc = any_ledger.document("w-1")
    assert (doc.meta.publisher, doc.meta.affiliation, str(doc.meta.published), doc.label) == (
        "Wire A", "intl-media", "2021-05-04", "w-1")
    assert any_ledger.document("w-4").meta.published is None


def test_ingest_manifest_jsonl_option_and_sidecar(any_ledger: Ledger, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE + " Other.")
    (tmp_path / "b.txt.meta.json").write_text(json.dumps({"id": "side-b", "publisher": "Sidecar Times"}))
    manifest = tmp_path / "list.jsonl"
    manifest.write_text(json.dumps({"id": "m-a", "file": "a.txt", "publisher": "Wire", "published": "2020-10-17"}) + "\n")
    summary = any_ledger.ingest([tmp_path / "b.txt"], manifest=manifest)
    assert summary.ingested == 2
    assert any_ledger.document("m-a").meta.publisher == "Wire"
    assert any_ledger.document("side-b").meta.publisher == "Sidecar Times"


@pytest.mark.parametrize("content", ["\x00\x01\x02 not a manifest", "just some words\nwithout a file column\n", "{not json"])
def test_ingest_manifest_not_csv_or_jsonl(any_ledger: Ledger, tmp_path: Path, content: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    manifest = tmp_path / "m.csv"
    manifest.write_text(content)
    summary = any_ledger.ingest([tmp_path / "a.txt"], manifest=manifest)
    assert summary.ingested == 1
    assert [e.message[:4] for e in summary.events if e.outcome == "failed"] == ["E121"]


def test_ingest_search_finds_words(any_ledger: Ledger, tmp_path: Path) -> None:
    write_good_files(tmp_path / "in")
    any_ledger.ingest([tmp_path / "in"])
    hits = any_ledger.search("civilians market")
    assert {h.label.rsplit("/", 1)[-1] for h in hits} >= {"utf8.txt", "page.html"}
    assert all("[" in h.snippet for h in hits)
    assert any_ledger.search('"; DROP TABLE documents; --') == []


def test_ingest_sqlite_settings(ledger: Ledger) -> None:
    with ledger.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_ingest_document_text_never_changes(any_ledger: Ledger, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    any_ledger.ingest([tmp_path])
    before = any_ledger.documents()[0]
    any_ledger.ingest([tmp_path])
    with any_ledger.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1
    assert any_ledger.documents()[0].sha256 == before.sha256
