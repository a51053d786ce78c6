"""Document metadata from a manifest (CSV or JSONL) or a ``NAME.EXT.meta.json`` sidecar.

Columns: ``id, file, url, title, publisher, affiliation, published, language, notes``;
``file`` is relative to the manifest, ``published`` an ISO date. Unknown columns are
ignored; missing ones are null.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.errors import Errors, IngestError
from claimledger.models import DocumentMeta

MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")
META_KEYS = ("url", "title", "author", "publisher", "affiliation", "language", "notes")


@dataclass(frozen=True)
class ManifestEntry:
    row: int
    path: Path
    meta: DocumentMeta


@dataclass(frozen=True)
class ManifestProblem:
    """A manifest row that cannot be used; reported, and the batch goes on."""

    row: int
    path: Path | None
    message: str


def parse_published(value: Any) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``, optionally followed by a time); raise ValueError otherwise."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    return dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else dt.date.fromisoformat(text)


def meta_from_mapping(record: dict[str, Any]) -> DocumentMeta:
    """Build metadata from a row or sidecar; raise ValueError on a bad ``published``."""

    def clean(key: str) -> str | None:
        value = record.get(key)
        if value is None:
            return None
        value = str(value).strip()
        return value or None

    notes = clean("notes") or clean("note")
    return DocumentMeta(
        ext_id=clean("id"),
        published=parse_published(record.get("published")),
        **{key: clean(key) for key in META_KEYS if key != "notes"},
        notes=notes,
    )


def _rows(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(Errors.E121.format(reason=exc.strerror or str(exc))) from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(Errors.E121.format(reason="not UTF-8 text")) from exc
    stripped = content.lstrip()
    if not stripped:
        raise IngestError(Errors.E121.format(reason="empty"))
    if stripped.startswith("{"):
        rows: list[dict[str, Any]] = []
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(Errors.E121.format(reason=f"line {number} is not JSON ({exc.msg})")) from exc
            if not isinstance(record, dict):
                raise IngestError(Errors.E121.format(reason=f"line {number} is not a JSON object"))
            rows.append(record)
        return rows
    try:
        reader = csv.DictReader(io.StringIO(content))
        fieldnames = [name.strip() for name in (reader.fieldnames or [])]
        if "file" not in fieldnames:
            raise IngestError(Errors.E121.format(reason="no 'file' column in its first line"))
        reader.fieldnames = fieldnames
        return [dict(row) for row in reader]
    except csv.Error as exc:
        raise IngestError(Errors.E121.format(reason=str(exc))) from exc


def read_manifest(path: Path) -> tuple[list[ManifestEntry], list[ManifestProblem]]:
    """Parse a manifest; raise ``IngestError`` if it is not CSV/JSONL at all."""
    entries: list[ManifestEntry] = []
    problems: list[ManifestProblem] = []
    base = path.parent
    for number, record in enumerate(_rows(path), start=1):
        file_value = str(record.get("file") or "").strip()
        if not file_value:
            problems.append(ManifestProblem(number, None, Errors.E122.format(row=number, reason="no 'file' value")))
            continue
        target = base / file_value
        try:
            meta = meta_from_mapping(record)
        except ValueError:
            problems.append(
                ManifestProblem(number, target, Errors.E125.format(row=number, value=record.get("published")))
            )
            continue
        if not target.is_file():
            problems.append(ManifestProblem(number, target, Errors.E123.format(row=number, file=file_value)))
            continue
        entries.append(ManifestEntry(number, target, meta))
    return entries, problems


def read_sidecar(path: Path) -> DocumentMeta | None:
    """Metadata from ``NAME.EXT.meta.json`` next to the file, if present."""
    sidecar = path.with_name(path.name + ".meta.json")
    if not sidecar.is_file():
        return None
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(record, dict):
            raise ValueError("not a JSON object")
        return meta_from_mapping(record)
    except (OSError, ValueError) as exc:
        raise IngestError(Errors.E124.format(reason=str(exc))) from exc


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None
