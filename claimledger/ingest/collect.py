"""Which files a batch ingests, with which metadata, and what is wrong before reading.

``collect`` walks files and folders (recursively), applies manifests and sidecars,
and yields ``WorkItem`` (a file to read) or ``Problem`` (a line to report).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimledger.errors import Errors, IngestError
from claimledger.ingest.manifest import (
    MANIFEST_NAMES,
    find_manifest,
    read_manifest,
    read_sidecar,
)
from claimledger.ingest.readers import SUPPORTED_SUFFIXES
from claimledger.models import DocumentMeta


@dataclass(frozen=True)
class WorkItem:
    path: Path
    meta: DocumentMeta | None  # from a manifest; None = look for a sidecar


@dataclass(frozen=True)
class Problem:
    path: str
    message: str


def _is_candidate(path: Path) -> bool:
    name = path.name
    return (
        path.suffix.lower() in SUPPORTED_SUFFIXES
        and not name.startswith(".")
        and not name.endswith(".meta.json")
        and name not in MANIFEST_NAMES
    )


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if (path.is_file() or path.is_symlink()) and _is_candidate(path):
            yield path


def _manifest_items(manifest: Path) -> Iterator[WorkItem | Problem]:
    try:
        entries, problems = read_manifest(manifest)
    except IngestError as exc:
        yield Problem(str(manifest), str(exc))
        return
    for problem in problems:
        yield Problem(str(problem.path or manifest), f"{manifest.name}: {problem.message}")
    for entry in entries:
        yield WorkItem(entry.path, entry.meta)


def collect(paths: Sequence[Path], manifest: Path | None = None) -> Iterator[WorkItem | Problem]:
    """Yield the batch's work items and problems, each file once.

    A folder with ``manifest.csv``/``manifest.jsonl`` ingests the files its manifest
    lists; a folder without one ingests every supported file below it.
    """
    seen: set[Path] = set()

    def once(item: WorkItem | Problem) -> Iterator[WorkItem | Problem]:
        if isinstance(item, WorkItem):
            key = item.path.resolve()
            if key in seen:
                return
            seen.add(key)
        yield item

    if manifest is not None:
        for item in _manifest_items(manifest):
            yield from once(item)
    for path in paths:
        if path.is_dir():
            folder_manifest = find_manifest(path)
            if folder_manifest is not None:
                for item in _manifest_items(folder_manifest):
                    yield from once(item)
            else:
                for file in _walk(path):
                    yield from once(WorkItem(file, None))
        elif path.is_file() or path.is_symlink():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                yield Problem(str(path), Errors.E108.format(suffix=path.suffix.lower()))
            else:
                yield from once(WorkItem(path, None))
        else:
            yield Problem(str(path), Errors.E109)


def metadata_for(item: WorkItem) -> DocumentMeta:
    """The manifest's metadata, else the sidecar's, else empty; raises IngestError on a bad sidecar."""
    if item.meta is not None:
        return item.meta
    return read_sidecar(item.path) or DocumentMeta()
