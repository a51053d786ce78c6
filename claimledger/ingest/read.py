"""Read one file into a ``DocumentIn``: size limit, bytes, hash, text, metadata."""

from __future__ import annotations

import hashlib
from pathlib import Path

from claimledger.errors import Errors, IngestError
from claimledger.ingest.collect import WorkItem, metadata_for
from claimledger.ingest.readers import MEDIA_TYPES, read_bytes
from claimledger.models import DocumentIn

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_raw(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes; raise ``IngestError`` for empty, oversized or unreadable files."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(Errors.E102.format(size=size, limit=max_bytes))
        if size == 0:
            raise IngestError(Errors.E101)
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(Errors.E103.format(reason=exc.strerror or str(exc))) from exc
    if len(raw) > max_bytes:
        raise IngestError(Errors.E102.format(size=len(raw), limit=max_bytes))
    if not raw:
        raise IngestError(Errors.E101)
    return raw


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_document(path: Path, raw: bytes, item: WorkItem) -> DocumentIn:
    """Extract text and merge metadata: manifest/sidecar first, then the file's own."""
    suffix = path.suffix.lower()
    read = read_bytes(raw, suffix)
    meta = metadata_for(item)
    meta = meta.model_copy(
        update={
            "title": meta.title or read.title,
            "author": meta.author or read.author,
            "published": meta.published or read.published,
            "url": meta.url or read.url,
        }
    )
    return DocumentIn(
        path=str(path),
        filename=path.name,
        media_type=MEDIA_TYPES.get(suffix, "application/octet-stream"),
        raw=raw,
        sha256=sha256_hex(raw),
        text=read.text,
        page_offsets=read.page_offsets,
        meta=meta,
    )
