from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimledger.errors import IngestError
from claimledger.ingest.readers import decode_text, read_bytes
from tests.ingest.files import ARTICLE, write_good_files, write_pdf


@pytest.mark.parametrize(
    ("raw", "encoding", "expected"),
    [
        ("Gəncə, Bərdə".encode(), "utf-8", "Gəncə, Bərdə"),
        ("\ufeffwith BOM".encode(), "utf-8", "with BOM"),
        ("Обстрел рынка в городе, погибли мирные жители".encode("utf-16"), "utf-16", "Обстрел рынка в городе, погибли мирные жители"),
        ("Обстрел рынка в городе, погибли мирные жители и ранены".encode("cp1251"), "cp1251", "Обстрел рынка в городе, погибли мирные жители и ранены"),
    ],
)
def test_readers_decode_text_detects_encoding(raw: bytes, encoding: str, expected: str) -> None:
    text, found = decode_text(raw)
    assert text == expected
    assert found.replace("_", "-").lower().startswith(encoding.split("-")[0])


def test_readers_decode_text_latin1() -> None:
    text, _ = decode_text("Les équipes médicales françaises ont soigné douze blessés à l'hôpital.".encode("latin-1"))
    assert text == "Les équipes médicales françaises ont soigné douze blessés à l'hôpital."


@pytest.mark.parametrize("raw", [b"\x00\x01\x02binary\x00" * 50, bytes(range(256)) * 20])
def test_readers_binary_is_rejected(raw: bytes) -> None:
    with pytest.raises(IngestError, match="E104"):
        decode_text(raw)


def test_readers_plain_normalises_newlines_only() -> None:
    read = read_bytes(b"line one\r\nline two\rline three", ".txt")
    assert read.text == "line one\nline two\nline three"


def test_readers_html_keeps_main_text_and_metadata(tmp_path: Path) -> None:
    files = write_good_files(tmp_path)
    read = read_bytes(files["html"].read_bytes(), ".html")
    assert "killing 7 civilians" in read.text
    assert "All rights reserved" not in read.text
    assert read.title == "Market shelled in Northtown"
    assert read.author == "Jane Reporter"
    assert read.published == dt.date(2021, 5, 4)
    assert read.url == "https://example.org/news/northtown-market"


def test_readers_html_without_text_is_rejected() -> None:
    with pytest.raises(IngestError, match="E107"):
        read_bytes(b"<html><head><title>x</title></head><body><nav></nav></body></html>", ".html")


def test_readers_pdf_keeps_page_offsets(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "r.pdf", ["First page. " + ARTICLE, "Second page text.", "Third page text."])
    read = read_bytes(path.read_bytes(), ".pdf")
    assert len(read.page_offsets) == 3
    assert read.page_offsets[0] == 0
    assert read.text[read.page_offsets[1]:].startswith("Second page text.")
    assert read.text[read.page_offsets[2]:].startswith("Third page text.")
    assert read.title == "Northtown report"


def test_readers_truncated_pdf_is_rejected(tmp_path: Path) -> None:
    raw = write_pdf(tmp_path / "r.pdf", [ARTICLE]).read_bytes()
    with pytest.raises(IngestError, match="E10[57]"):
        read_bytes(raw[: len(raw) // 3], ".pdf")


def test_readers_encrypted_pdf_is_rejected(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "secret.pdf", [ARTICLE], password="s3cret")
    with pytest.raises(IngestError, match="E106"):
        read_bytes(path.read_bytes(), ".pdf")


def test_readers_unsupported_suffix() -> None:
    with pytest.raises(IngestError, match="E108"):
        read_bytes(b"a,b\n1,2\n", ".csv")


def test_readers_english_with_few_accents_prefers_cp1252() -> None:
    raw = ("The Médecins Sans Frontières trauma centre was hit; staff said the café and the "
           "director's office were destroyed, and patients were moved to Kabul.").encode("latin-1")
    text, encoding = decode_text(raw)
    assert "Médecins Sans Frontières" in text and "café" in text
    assert encoding in ("cp1252", "latin_1", "iso8859_15")
