"""Corpus-scale extraction on Dask distributed, written as Parquet partitions.

``run_batch`` streams the corpus's file paths (never its texts) into chunks,
submits a bounded number of chunks at a time to a Dask cluster (a ``LocalCluster``
of worker processes, or an existing scheduler), and each worker writes its chunk's
rows as Parquet files: ``documents/``, ``claims/``, ``figures/`` and ``failures/``
under the output folder. ``claimledger.load.load`` bulk-loads them into a ledger.

The per-document work is one pure function, ``process_document``: read the file,
parse it (``ingest.read``), build the ``SourceText`` the ledger would build, run
``extract`` and turn the claims into the rows ``store.repo.replace_claims`` would
write (same ids, same stable keys). ``run_batch(..., workers=0)`` runs the same
chunks in this process, without Dask. A document that fails is a row of the
failures table with its coded reason; it never stops the job. A chunk whose worker
dies (out of memory, a crash in native code) is retried one document at a time, so
only the document that kills a worker is recorded as failed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimledger.errors import BadInput, Errors, LedgerError
from claimledger.ingest.collect import Problem, WorkItem, collect
from claimledger.ingest.read import DEFAULT_MAX_BYTES, parse_document, read_raw
from claimledger.models import ClaimIn, DocumentIn, SourceText
from claimledger.store import repo

ExtractFn = Callable[[SourceText], list[ClaimIn]]

TABLES = ("documents", "claims", "figures", "failures")
SINGLE_ATTEMPTS = 2  # a lone document is recorded as failed after killing this many workers
LOST_ATTEMPTS = 3  # a chunk whose result died with its worker runs again (same partition) this many times

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("sha256", pa.string()),
        ("ext_id", pa.string()),
        ("path", pa.string()),
        ("filename", pa.string()),
        ("media_type", pa.string()),
        ("size", pa.int64()),
        ("chars", pa.int64()),
        ("text", pa.large_string()),
        ("page_offsets", pa.list_(pa.int64())),
        ("url", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("publisher", pa.string()),
        ("affiliation", pa.string()),
        ("published", pa.date32()),
        ("language", pa.string()),
        ("notes", pa.string()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
        # the original bytes (null with keep_bytes=False) and where they were read from
        ("raw", pa.large_binary()),
        ("source_path", pa.string()),
        # the extraction run (table extraction_runs)
        ("extractor", pa.string()),
        ("claims", pa.int64()),
    ]
)

CLAIMS_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("extractor", pa.string()),
        ("stable_key", pa.string()),
        ("type", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("date_precision", pa.string()),
        ("place_name", pa.string()),
        ("geonameid", pa.int64()),
        ("country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("attributed_name", pa.string()),
        ("attributed_kind", pa.string()),
        ("evidence_start", pa.int64()),
        ("evidence_end", pa.int64()),
        ("label", pa.string()),
        ("stance", pa.string()),
        ("confidence", pa.float64()),
        ("status", pa.string()),
        ("payload", pa.large_string()),  # the full ClaimIn as JSON, as in the store
        ("created_at", pa.timestamp("us", tz="UTC")),
    ]
)

FIGURES_SCHEMA = pa.schema(
    [
        ("claim_id", pa.string()),
        ("kind", pa.string()),
        ("what", pa.string()),
        ("value", pa.float64()),
        ("qualifier", pa.string()),
        ("low", pa.float64()),
        ("high", pa.float64()),
        ("grp", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
    ]
)

FAILURES_SCHEMA = pa.schema(
    [
        ("path", pa.string()),
        ("stage", pa.string()),  # collect | read | extract | worker
        ("code", pa.string()),
        ("message", pa.string()),
        ("sha256", pa.string()),
    ]
)

SCHEMAS = {
    "documents": DOCUMENTS_SCHEMA,
    "claims": CLAIMS_SCHEMA,
    "figures": FIGURES_SCHEMA,
    "failures": FAILURES_SCHEMA,
}


@dataclass(frozen=True)
class BatchOptions:
    """How documents are read and grouped.

    max_bytes (int): larger files fail with E102, as in ``claimledger ingest``.
    keep_bytes (bool): store each file's original bytes in ``documents.raw``; without
        them the loader reads ``source_path`` again and checks its SHA-256.
    chunk_docs (int): at most this many documents per task.
    chunk_bytes (int): at most about this many input bytes per task.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    keep_bytes: bool = True
    chunk_docs: int = 200
    chunk_bytes: int = 8 * 1024 * 1024


@dataclass
class DocumentResult:
    """The rows one document contributes, or the reason it failed."""

    document: dict[str, Any] | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    failure: dict[str, Any] | None = None


@dataclass(frozen=True)
class ChunkSummary:
    part: str
    documents: int
    claims: int
    figures: int
    duplicates: int
    failures: list[tuple[str, str]]
    bytes_in: int
    seconds: float
    cpu_seconds: float  # CPU time of the process that ran the chunk, while it ran it
    peak_rss: int  # bytes, of the process that ran the chunk
    pid: int


@dataclass
class BatchSummary:
    out_dir: str
    workers: int
    documents: int = 0
    claims: int = 0
    figures: int = 0
    duplicates: int = 0
    bytes_in: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    peak_rss_by_pid: dict[int, int] = field(default_factory=dict)

    def add(self, chunk: ChunkSummary) -> None:
        self.documents += chunk.documents
        self.claims += chunk.claims
        self.figures += chunk.figures
        self.duplicates += chunk.duplicates
        self.bytes_in += chunk.bytes_in
        self.cpu_seconds += chunk.cpu_seconds
        self.failures.extend(chunk.failures)
        self.peak_rss_by_pid[chunk.pid] = max(self.peak_rss_by_pid.get(chunk.pid, 0), chunk.peak_rss)


# --- the per-document work --------------------------------------------------------------


def default_extractor() -> tuple[ExtractFn, str]:
    """The real extraction function and its version (imported where it runs)."""
    from claimledger.extract.pipeline import EXTRACTOR_VERSION, extract

    return extract, EXTRACTOR_VERSION


def source_text(doc_id: str, doc: DocumentIn) -> SourceText:
    """What extraction sees of a document: the same fields ``Ledger.source_text`` reads from the store."""
    meta = doc.meta
    return SourceText(
        doc_id=doc_id,
        text=doc.text,
        published=meta.published,
        publisher=meta.publisher,
        author=meta.author,
        affiliation=meta.affiliation,
        language=meta.language,
        url=meta.url,
    )


def document_row(doc: DocumentIn, *, at: dt.datetime, keep_bytes: bool, source_path: str) -> dict[str, Any]:
    """The ``documents`` (and ``blobs``) row of a parsed document, as ``repo.add_document`` writes it."""
    meta = doc.meta
    return {
        "id": repo.document_id(doc.sha256),
        "sha256": doc.sha256,
        "ext_id": meta.ext_id,
        "path": doc.path,
        "filename": doc.filename,
        "media_type": doc.media_type,
        "size": len(doc.raw),
        "chars": len(doc.text),
        "text": doc.text,
        "page_offsets": list(doc.page_offsets),
        "url": meta.url,
        "title": meta.title,
        "author": meta.author,
        "publisher": meta.publisher,
        "affiliation": meta.affiliation,
        "published": meta.published,
        "language": meta.language,
        "notes": meta.notes,
        "ingested_at": at,
        "raw": doc.raw if keep_bytes else None,
        "source_path": source_path,
    }


def claim_rows(
    doc_id: str, extractor: str, claims: Sequence[ClaimIn], *, at: dt.datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ``claims`` and ``figures`` rows ``repo.replace_claims`` writes for a fresh document."""
    columns = [name for name in CLAIMS_SCHEMA.names if name != "payload"]
    claims_out: list[dict[str, Any]] = []
    figures_out: list[dict[str, Any]] = []
    for index, claim in enumerate(claims):
        cid = repo.claim_id(doc_id, extractor, index, claim)
        row = repo.claim_row(cid, doc_id, repo.claim_stable_key(doc_id, claim), claim, "machine", at)
        values = {name: getattr(row, name) for name in columns}
        values["payload"] = json.dumps(row.payload, ensure_ascii=False, separators=(",", ":"))
        claims_out.append(values)
        for figure in claim.figures:
            figures_out.append(
                {
                    "claim_id": cid,
                    "kind": figure.kind,
                    "what": figure.what,
                    "value": float(figure.value),
                    "qualifier": figure.qualifier,
                    "low": None if figure.low is None else float(figure.low),
                    "high": None if figure.high is None else float(figure.high),
                    "grp": figure.group,
                    "start": figure.start,
                    "end": figure.end,
                }
            )
    return claims_out, figures_out


def _failure(path: str, stage: str, message: str, sha256: str | None = None) -> dict[str, Any]:
    code = message.split(" ", 1)[0] if message[:1] == "E" and message[1:4].isdigit() else ""
    return {"path": path, "stage": stage, "code": code, "message": message, "sha256": sha256}


def process_document(
    item: WorkItem,
    *,
    options: BatchOptions = BatchOptions(),
    extract_fn: ExtractFn | None = None,
    extractor: str | None = None,
    at: dt.datetime | None = None,
) -> DocumentResult:
    """Read, parse and extract one document: the one per-document function of every path.

    item (WorkItem): the file and its manifest metadata, from ``ingest.collect``.
    extract_fn (callable): ``SourceText -> list[ClaimIn]``; default the real pipeline.
    extractor (str): the extractor version recorded with the claims.
    RETURNS (DocumentResult): the document's rows, or its failure with a coded reason.
    """
    if extract_fn is None:
        extract_fn, default_version = default_extractor()
        extractor = extractor or default_version
    version: str = extractor or str(getattr(extract_fn, "__qualname__", "custom"))
    at = at or dt.datetime.now(dt.UTC)
    label = str(item.path)
    try:
        raw = read_raw(item.path, options.max_bytes)
        doc = parse_document(item.path, raw, item)
    except LedgerError as exc:
        return DocumentResult(failure=_failure(label, "read", str(exc)))
    doc_id = repo.document_id(doc.sha256)
    try:
        claims = extract_fn(source_text(doc_id, doc))
        claims_out, figures_out = claim_rows(doc_id, version, claims, at=at)
    except Exception as exc:  # noqa: BLE001 - any bug in extraction fails this document only
        reason = f"{type(exc).__name__}: {exc}"
        return DocumentResult(failure=_failure(label, "extract", Errors.E502.format(reason=reason), doc.sha256))
    row = document_row(doc, at=at, keep_bytes=options.keep_bytes, source_path=str(item.path.resolve()))
    row["extractor"], row["claims"] = version, len(claims_out)
    return DocumentResult(document=row, claims=claims_out, figures=figures_out)


# --- chunks: the unit of work a worker runs and writes ---------------------------------------


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def write_table(out_dir: Path, table: str, part: str, rows: list[dict[str, Any]]) -> None:
    """Write one partition file atomically (a temporary name, then a rename)."""
    folder = out_dir / table
    folder.mkdir(parents=True, exist_ok=True)
    arrow = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    tmp = folder / f".{part}.{uuid.uuid4().hex[:8]}.tmp"
    pq.write_table(arrow, tmp, compression="zstd")
    os.replace(tmp, folder / f"{part}.parquet")


def drop_partition(out_dir: Path, part: str) -> bool:
    """Remove one partition's files from every table (a chunk that is run again writes them anew).

    RETURNS (bool): whether there was a file to remove.
    """
    dropped = False
    for table in TABLES:
        path = out_dir / table / f"{part}.parquet"
        if path.exists():
            path.unlink()
            dropped = True
    return dropped


def process_chunk(
    items: Sequence[WorkItem],
    out_dir: str,
    part: str,
    *,
    options: BatchOptions = BatchOptions(),
    extract_fn: ExtractFn | None = None,
    extractor: str | None = None,
) -> ChunkSummary:
    """Process a few documents and write their rows as one partition of each table."""
    started, cpu_started = time.perf_counter(), time.process_time()
    if extract_fn is None:
        extract_fn, extractor = default_extractor()
    at = dt.datetime.now(dt.UTC)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    bytes_in = duplicates = 0
    seen: set[str] = set()
    for item in items:
        result = process_document(item, options=options, extract_fn=extract_fn, extractor=extractor, at=at)
        if result.document is not None:
            if result.document["sha256"] in seen:  # the same bytes twice: stored once, as ingest does
                duplicates += 1
                continue
            seen.add(result.document["sha256"])
            bytes_in += result.document["size"]
            rows["documents"].append(result.document)
        rows["claims"].extend(result.claims)
        rows["figures"].extend(result.figures)
        if result.failure is not None:
            rows["failures"].append(result.failure)
    for name in TABLES:
        if rows[name]:
            write_table(Path(out_dir), name, part, rows[name])
    return ChunkSummary(
        part=part,
        documents=len(rows["documents"]),
        claims=len(rows["claims"]),
        figures=len(rows["figures"]),
        duplicates=duplicates,
        failures=[(f["path"], f["message"]) for f in rows["failures"]],
        bytes_in=bytes_in,
        seconds=time.perf_counter() - started,
        cpu_seconds=time.process_time() - cpu_started,
        peak_rss=_peak_rss(),
        pid=os.getpid(),
    )


def chunks(entries: Iterable[WorkItem | Problem], options: BatchOptions) -> Iterator[list[WorkItem] | Problem]:
    """Group work items lazily into chunks of bounded count and size; pass problems through."""
    chunk: list[WorkItem] = []
    size = 0
    for entry in entries:
        if isinstance(entry, Problem):
            yield entry
            continue
        try:
            file_size = entry.path.stat().st_size
        except OSError:
            file_size = 0
        if chunk and (len(chunk) >= options.chunk_docs or size + min(file_size, options.max_bytes) > options.chunk_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(entry)
        size += min(file_size, options.max_bytes)
    if chunk:
        yield chunk


def _check_out_dir(out_dir: Path) -> None:
    if any((out_dir / name).is_dir() and any((out_dir / name).glob("*.parquet")) for name in TABLES):
        raise BadInput(Errors.E509.format(path=str(out_dir)))
    out_dir.mkdir(parents=True, exist_ok=True)


# --- the driver ----------------------------------------------------------------------------


def run_batch(
    corpus_paths: Sequence[Path | str],
    out_dir: Path | str,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    manifest: Path | None = None,
    options: BatchOptions = BatchOptions(),
    extract_fn: ExtractFn | None = None,
    extractor: str | None = None,
    max_in_flight: int | None = None,
    on_chunk: Callable[[ChunkSummary], None] | None = None,
) -> BatchSummary:
    """Extract a corpus on Dask distributed and write Parquet partitions to ``out_dir``.

    corpus_paths (list): files and folders, as for ``claimledger ingest`` (manifests apply).
    out_dir (Path): an empty or new folder (shared by the workers on a real cluster, where
        relative corpus paths must also resolve from the workers' working folder).
    workers (int): LocalCluster worker processes (one thread each); default the CPU count;
        0 runs the same chunks in this process, without Dask.
    scheduler (str): address of a running Dask scheduler, used instead of a LocalCluster.
    extract_fn (callable): stand-in for the real pipeline (tests); it must be picklable.
    max_in_flight (int): chunks submitted but not yet finished; default twice the workers.
    RETURNS (BatchSummary): counts, failures and each worker process's peak memory.
    """
    if workers is not None and scheduler is not None:
        raise BadInput(Errors.E504)
    out = Path(out_dir).resolve()  # workers may run elsewhere: they get an absolute path
    _check_out_dir(out)
    paths = [Path(p) for p in corpus_paths]  # as given: a relative path is the document's label
    started = time.perf_counter()
    problems: list[dict[str, Any]] = []
    entries = chunks(collect(paths, manifest), options)
    if scheduler is None and workers == 0:
        summary = BatchSummary(out_dir=str(out), workers=0)
        index = 0
        for entry in entries:
            if isinstance(entry, Problem):
                problems.append(_failure(entry.path, "collect", entry.message))
                continue
            chunk = process_chunk(entry, str(out), f"part-{index:06d}", options=options,
                                  extract_fn=extract_fn, extractor=extractor)
            index += 1
            summary.add(chunk)
            if on_chunk is not None:
                on_chunk(chunk)
    else:
        summary = _run_on_dask(entries, out, workers, scheduler, options, extract_fn, extractor,
                               max_in_flight, on_chunk, problems)
    if problems:
        write_table(out, "failures", "collect", problems)
        summary.failures.extend((p["path"], p["message"]) for p in problems)
    summary.seconds = time.perf_counter() - started
    return summary


def local_cluster(n_workers: int | None = None) -> Any:
    """A ``LocalCluster`` of single-threaded worker processes, as ``run_batch`` starts one.

    A chunk that kills its worker is not retried whole (``allowed-failures`` 0):
    ``run_batch`` retries its documents one by one instead. A worker holds one task at a
    time (``worker-saturation`` 1.0), so a crash takes no queued bystander down with it.
    """
    import dask
    from distributed import LocalCluster

    settings = {"distributed.scheduler.allowed-failures": 0, "distributed.scheduler.worker-saturation": 1.0}
    with dask.config.set(settings):
        return LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never clash with another cluster
        )


def _client(workers: int | None, scheduler: str | None) -> tuple[Any, Any]:
    from distributed import Client

    if scheduler is not None:
        try:
            return Client(scheduler, timeout="20s"), None
        except (OSError, TimeoutError) as exc:
            raise BadInput(Errors.E507.format(address=scheduler, reason=exc)) from exc
    cluster = local_cluster(workers)
    return Client(cluster), cluster


def _run_on_dask(
    entries: Iterator[list[WorkItem] | Problem],
    out: Path,
    workers: int | None,
    scheduler: str | None,
    options: BatchOptions,
    extract_fn: ExtractFn | None,
    extractor: str | None,
    max_in_flight: int | None,
    on_chunk: Callable[[ChunkSummary], None] | None,
    problems: list[dict[str, Any]],
) -> BatchSummary:
    from distributed import as_completed

    client, cluster = _client(workers, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        limit = max_in_flight or 2 * n_workers
        summary = BatchSummary(out_dir=str(out), workers=n_workers)
        pending: dict[Any, tuple[str, list[WorkItem], int]] = {}
        completed = as_completed()
        counter = 0

        def submit(items: list[WorkItem], part: str, attempt: int = 1) -> None:
            future = client.submit(process_chunk, items, str(out), part, options=options, extract_fn=extract_fn,
                                   extractor=extractor, pure=False, key=f"chunk-{part}-{uuid.uuid4().hex[:8]}")
            pending[future] = (part, items, attempt)
            completed.add(future)

        def settle(future: Any) -> None:
            part, items, attempt = pending.pop(future)
            if future.status == "finished":
                chunk = future.result()
                summary.add(chunk)
                if on_chunk is not None:
                    on_chunk(chunk)
            elif future.status == "lost" and attempt < LOST_ATTEMPTS:
                # The chunk ran and wrote its partition, but its summary died with a worker: run it
                # again under the same part name, which rewrites the same files instead of adding rows.
                submit(items, part, attempt + 1)
            else:
                # The chunk took its worker down, or its worker died right after it wrote its
                # partition: drop what it wrote (its documents are written again), then retry.
                drop_partition(out, part)
                if len(items) > 1:  # each document alone
                    for number, item in enumerate(items):
                        submit([item], f"{part}-{number:04d}")
                elif attempt < SINGLE_ATTEMPTS:
                    # A document queued on a worker that another document killed fails with it: once more.
                    submit(items, f"{part}-r{attempt}", attempt + 1)
                else:
                    try:
                        error = future.exception()
                    except BaseException as exc:  # noqa: BLE001 - a cancelled future raises here
                        error = exc
                    reason = f"{type(error).__name__}: {error}"
                    message = Errors.E501.format(reason=reason)
                    problems.append(_failure(str(items[0].path), "worker", message))
            future.release()

        for entry in entries:
            if isinstance(entry, Problem):
                problems.append(_failure(entry.path, "collect", entry.message))
                continue
            submit(entry, f"part-{counter:06d}")
            counter += 1
            while len(pending) >= limit:
                settle(next(completed))
        while pending:
            settle(next(completed))
        return summary
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
