"""Checks on the bundled example corpus (examples/): manifest, files, formats, incidents."""

from __future__ import annotations

import csv
import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
MANIFEST = EXAMPLES / "manifest.csv"
COLUMNS = ["id", "file", "url", "title", "publisher", "affiliation", "published", "language", "notes"]
NOTICE = "claimledger"
# The file name says which encoding a .txt fixture was saved in; everything else is UTF-8.
ENCODING_BY_SUFFIX = {".cp1251.txt": "cp1251", ".latin1.txt": "latin-1", ".utf16.txt": "utf-16"}


def _rows() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _incidents() -> dict:
    return json.loads((EXAMPLES / "incidents.json").read_text(encoding="utf-8"))


def _encoding(path: Path) -> str:
    for suffix, encoding in ENCODING_BY_SUFFIX.items():
        if path.name.endswith(suffix):
            return encoding
    return "utf-8"


class _HeadParser(HTMLParser):
    """Collects <title>, <meta> and <link rel=canonical> of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self.canonical = ""
        self.tags: set[str] = set()
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        values = {key: value or "" for key, value in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = values.get("name") or values.get("property")
            if key:
                self.meta[key] = values.get("content", "")
        elif tag == "link" and values.get("rel") == "canonical":
            self.canonical = values.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


ROWS = _rows()
ROW_IDS = [row["id"] for row in ROWS]
INCIDENTS = _incidents()["incidents"]


def test_examples_manifest_has_exact_columns() -> None:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == COLUMNS


def test_examples_manifest_size_and_unique_ids() -> None:
    assert 20 <= len(ROWS) <= 30
    assert len(set(ROW_IDS)) == len(ROW_IDS)


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_examples_row_is_complete(row: dict[str, str]) -> None:
    path = EXAMPLES / row["file"]
    assert path.is_file(), row["file"]
    assert path.stat().st_size > 0
    assert dt.date.fromisoformat(row["published"]) <= dt.date(2026, 1, 1)
    assert row["affiliation"] in _incidents()["affiliations"]
    assert row["title"] and row["publisher"] and row["notes"] and row["language"]
    assert row["publisher"].endswith(("(paraphrase)", "(fictional)", "(fictional encyclopedia)"))
    assert row["url"] == "" or row["url"].startswith("https://example.org/")


@pytest.mark.parametrize("suffix", [".html", ".pdf", ".cp1251.txt", ".latin1.txt", ".utf16.txt"])
def test_examples_cover_every_format(suffix: str) -> None:
    assert any(row["file"].endswith(suffix) for row in ROWS)


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["file"].endswith(".txt")], ids=lambda r: r["id"]
)
def test_examples_text_encoding_and_notice(row: dict[str, str]) -> None:
    path = EXAMPLES / row["file"]
    raw = path.read_bytes()
    encoding = _encoding(path)
    if encoding == "utf-16":
        assert raw[:2] in (b"\xff\xfe", b"\xfe\xff")
    if encoding != "utf-8":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    text = raw.decode(encoding)
    assert NOTICE in text.splitlines()[0]
    assert 250 <= len(text.split()) <= 450


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["file"].endswith(".html")], ids=lambda r: r["id"]
)
def test_examples_html_has_article_metadata(row: dict[str, str]) -> None:
    page = (EXAMPLES / row["file"]).read_text(encoding="utf-8")
    parser = _HeadParser()
    parser.feed(page)
    assert {"article", "nav", "footer", "head"} <= parser.tags
    assert parser.title.strip()
    assert parser.meta.get("author")
    assert parser.meta["article:published_time"][:10] == row["published"]
    assert parser.canonical == row["url"]
    assert "claimledger example corpus" in page


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["file"].endswith(".pdf")], ids=lambda r: r["id"]
)
def test_examples_pdf_is_multipage_with_source(row: dict[str, str]) -> None:
    path = EXAMPLES / row["file"]
    reader = PdfReader(path)
    assert len(reader.pages) >= 2
    assert NOTICE in reader.pages[0].extract_text()
    source = EXAMPLES / "src" / f"{path.stem}.txt"
    words = source.read_text(encoding="utf-8").split()
    assert 250 <= len(words) <= 450


@pytest.mark.parametrize("incident", INCIDENTS, ids=[i["key"] for i in INCIDENTS])
def test_examples_incident_has_three_documents(incident: dict) -> None:
    documents = incident["documents"]
    assert len(documents) >= 3
    assert set(documents) <= set(ROW_IDS)
    assert incident["key"] in (EXAMPLES / "README.md").read_text(encoding="utf-8")
    start = dt.date.fromisoformat(incident["start"])
    assert start <= dt.date.fromisoformat(incident["end"])
    by_id = {row["id"]: row for row in ROWS}
    assert all(dt.date.fromisoformat(by_id[doc]["published"]) >= start for doc in documents)


def test_examples_every_document_belongs_to_one_incident() -> None:
    listed = [doc for incident in INCIDENTS for doc in incident["documents"]]
    assert sorted(listed) == sorted(ROW_IDS)


def test_examples_incidents_span_several_affiliations() -> None:
    by_id = {row["id"]: row for row in ROWS}
    for incident in INCIDENTS:
        affiliations = {by_id[doc]["affiliation"] for doc in incident["documents"]}
        assert len(affiliations) >= 2, incident["key"]
