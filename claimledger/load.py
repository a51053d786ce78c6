"""Bulk-load the Parquet output of ``claimledger batch`` into a ledger, then link.

One transaction per partition: its new documents (with their bytes and search
entry), their extraction runs, claims and figures. A document whose SHA-256 is
already in the ledger (or was loaded from an earlier partition) is skipped with
its claims, so loading the same folder twice changes nothing. SQLite gets batched
``executemany`` inserts of pre-converted values; PostgreSQL gets ``COPY`` (claims and
figures as CSV written by Arrow).
"""

from __future__ import annotations

import hashlib
import io
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from sqlalchemy import Connection, Engine, func, select

from claimledger.errors import BadInput, Errors
from claimledger.ledger import Ledger
from claimledger.store.tables import Blob, Claim, Document

BLOB_COLUMNS = ("sha256", "size", "data")
DOCUMENT_COLUMNS = (
    "id", "sha256", "ext_id", "path", "filename", "media_type", "size", "chars", "text", "page_offsets",
    "url", "title", "author", "publisher", "affiliation", "published", "language", "notes", "ingested_at",
)
RUN_COLUMNS = ("doc_id", "extractor", "claims", "at")
CLAIM_COLUMNS = (
    "id", "doc_id", "extractor", "stable_key", "type", "date_start", "date_end", "date_precision", "place_name",
    "geonameid", "country", "lat", "lon", "attributed_name", "attributed_kind", "evidence_start", "evidence_end",
    "label", "stance", "confidence", "status", "link", "payload", "created_at",
)
FIGURE_COLUMNS = ("claim_id", "kind", "what", "value", "qualifier", "low", "high", "grp", "start", "end")
LOOKUP_BATCH = 500
SQLITE_CACHE_KIB = 256 * 1024  # page cache of a loading SQLite connection
BULK_TABLES = ("claims", "figures")  # secondary indexes rebuilt after a bulk load into SQLite


@dataclass
class LoadSummary:
    documents: int = 0
    skipped: int = 0
    claims: int = 0
    figures: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # from the batch, and bytes not found
    seconds: float = 0.0
    insert_seconds: float = 0.0  # writing to the database: every table, commits, index rebuild
    claims_seconds: float = 0.0  # of which inserting into the claims table
    linked: bool = False

    @property
    def claims_per_second(self) -> float:
        """Claims per second of database writing (all tables of the loaded documents)."""
        return self.claims / self.insert_seconds if self.insert_seconds else 0.0

    @property
    def claims_table_per_second(self) -> float:
        """Claims per second of inserting into the claims table alone."""
        return self.claims / self.claims_seconds if self.claims_seconds else 0.0


def batch_parts(directory: Path) -> list[str]:
    """The partition names of a batch folder (``documents/<part>.parquet``), in order."""
    return sorted(path.stem for path in (directory / "documents").glob("*.parquet"))


def read_failures(directory: Path) -> list[tuple[str, str]]:
    """Every failure the batch recorded: (path, coded reason)."""
    out: list[tuple[str, str]] = []
    for path in sorted((directory / "failures").glob("*.parquet")):
        table = pq.read_table(path, columns=["path", "message"])
        out.extend(zip(table["path"].to_pylist(), table["message"].to_pylist(), strict=True))
    return out


def _read(directory: Path, table: str, part: str) -> pa.Table | None:
    path = directory / table / f"{part}.parquet"
    return pq.read_table(path) if path.is_file() else None


def _present(conn: Connection, column: Any, values: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(values), LOOKUP_BATCH):
        found.update(conn.execute(select(column).where(column.in_(values[i : i + LOOKUP_BATCH]))).scalars())
    return found


def _filter(table: pa.Table, column: str, keep: Sequence[str]) -> pa.Table:
    return table.filter(pc.is_in(table[column], value_set=pa.array(list(keep), pa.string())))


def _resolve_bytes(docs: pa.Table, summary: LoadSummary) -> tuple[pa.Table, list[bytes]]:
    """Each document's original bytes: stored in the batch, else re-read from ``source_path``."""
    raws = docs["raw"].to_pylist()
    keep: list[bool] = []
    data: list[bytes] = []
    for raw, path, sha in zip(raws, docs["source_path"].to_pylist(), docs["sha256"].to_pylist(), strict=True):
        if raw is None:
            try:
                raw = Path(path).read_bytes()
            except OSError as exc:
                summary.failures.append((path, Errors.E103.format(reason=exc.strerror or str(exc))))
                keep.append(False)
                continue
            if hashlib.sha256(raw).hexdigest() != sha:
                summary.failures.append((path, Errors.E103.format(reason="file changed since the batch ran")))
                keep.append(False)
                continue
        keep.append(True)
        data.append(raw)
    return docs.filter(pa.array(keep, pa.bool_())), data


# --- value conversion ------------------------------------------------------------------------


def _sqlite_column(table: pa.Table, name: str) -> list[Any]:
    """A column as the values SQLAlchemy would bind on SQLite (ISO dates, JSON text)."""
    column = table[name]
    kind = column.type
    if pa.types.is_timestamp(kind):
        return pc.strftime(column, format="%Y-%m-%d %H:%M:%S").to_pylist()
    if pa.types.is_date(kind):
        return column.cast(pa.string()).to_pylist()
    if pa.types.is_list(kind):
        return [json.dumps(value) for value in column.to_pylist()]
    return column.to_pylist()


def _pg_column(table: pa.Table, name: str) -> list[Any]:
    column = table[name]
    if pa.types.is_list(column.type):
        return [json.dumps(value) for value in column.to_pylist()]
    return column.to_pylist()


def _rows(table: pa.Table, columns: Sequence[str], convert: Callable[[pa.Table, str], list[Any]],
          constants: dict[str, Any] | None = None) -> Iterator[tuple[Any, ...]]:
    constants = constants or {}
    values = [
        [constants[name]] * table.num_rows if name in constants else convert(table, name) for name in columns
    ]
    return zip(*values, strict=True) if values else iter(())


def _runs(docs: pa.Table) -> pa.Table:
    return pa.table({
        "doc_id": docs["id"], "extractor": docs["extractor"], "claims": docs["claims"], "at": docs["ingested_at"],
    })


# --- writers ---------------------------------------------------------------------------------


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def _insert_sqlite(conn: Connection, docs: pa.Table, blobs: list[tuple[str, int, bytes]], claims: pa.Table | None,
                   figures: pa.Table | None, summary: LoadSummary) -> None:
    def many(table_name: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> None:
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f'INSERT INTO {table_name} ({_quoted(columns)}) VALUES ({marks})', list(rows))

    if blobs:
        many("blobs", BLOB_COLUMNS, iter(blobs))
    many("documents", DOCUMENT_COLUMNS, _rows(docs, DOCUMENT_COLUMNS, _sqlite_column))
    fts = zip(docs["id"].to_pylist(), [t or "" for t in docs["title"].to_pylist()], docs["text"].to_pylist(),
              strict=True)
    many("documents_fts", ("doc_id", "title", "text"), iter(fts))
    many("extraction_runs", RUN_COLUMNS, _rows(_runs(docs), RUN_COLUMNS, _sqlite_column))
    if claims is not None and claims.num_rows:
        started = time.perf_counter()
        many("claims", CLAIM_COLUMNS, _rows(claims, CLAIM_COLUMNS, _sqlite_column, {"link": "{}"}))
        summary.claims_seconds += time.perf_counter() - started
    if figures is not None and figures.num_rows:
        many("figures", FIGURE_COLUMNS, _rows(figures, FIGURE_COLUMNS, _sqlite_column))


def _insert_postgres(conn: Connection, docs: pa.Table, blobs: list[tuple[str, int, bytes]],
                     claims: pa.Table | None, figures: pa.Table | None, summary: LoadSummary) -> None:
    raw_conn = conn.connection.driver_connection
    assert isinstance(raw_conn, psycopg.Connection)

    def copy(table_name: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> None:
        with raw_conn.cursor() as cursor:
            with cursor.copy(f"COPY {table_name} ({_quoted(columns)}) FROM STDIN") as writer:
                for row in rows:
                    writer.write_row(row)

    def copy_csv(table_name: str, columns: Sequence[str], table: pa.Table) -> None:
        """COPY a whole Arrow table as CSV written by Arrow's C++ writer: no Python per row.

        Strings are always quoted, so an empty string stays one and an empty field is NULL."""
        buffer = io.BytesIO()
        pacsv.write_csv(table.select(list(columns)), buffer,
                        write_options=pacsv.WriteOptions(include_header=False, quoting_style="needed"))
        with raw_conn.cursor() as cursor:
            with cursor.copy(f"COPY {table_name} ({_quoted(columns)}) FROM STDIN WITH (FORMAT csv)") as writer:
                writer.write(buffer.getvalue())

    copy("blobs", BLOB_COLUMNS, iter(blobs))
    copy("documents", DOCUMENT_COLUMNS, _rows(docs, DOCUMENT_COLUMNS, _pg_column))
    copy("extraction_runs", RUN_COLUMNS, _rows(_runs(docs), RUN_COLUMNS, _pg_column))
    if claims is not None and claims.num_rows:
        started = time.perf_counter()
        with_link = claims.append_column("link", pa.array(["{}"] * claims.num_rows, pa.string()))
        copy_csv("claims", CLAIM_COLUMNS, with_link)
        summary.claims_seconds += time.perf_counter() - started
    if figures is not None and figures.num_rows:
        copy_csv("figures", FIGURE_COLUMNS, figures)


# --- the service -----------------------------------------------------------------------------


def load_part(ledger: Ledger, directory: Path, part: str, seen: set[str], summary: LoadSummary) -> None:
    """Load one partition in one transaction, skipping documents already present."""
    docs = _read(directory, "documents", part)
    if docs is None or docs.num_rows == 0:
        return
    shas = docs["sha256"].to_pylist()
    with ledger.engine.connect() as conn:
        present = _present(conn, Document.sha256, shas) | (seen & set(shas))
    keep: list[bool] = []
    for sha in shas:  # first occurrence of new bytes only
        keep.append(sha not in present)
        present.add(sha)
    summary.skipped += keep.count(False)
    if not any(keep):
        return
    docs = docs.filter(pa.array(keep, pa.bool_()))
    docs, raws = _resolve_bytes(docs, summary)
    if docs.num_rows == 0:
        return
    doc_ids = docs["id"].to_pylist()
    claims = _read(directory, "claims", part)
    figures = _read(directory, "figures", part)
    if claims is not None:
        claims = _filter(claims, "doc_id", doc_ids)
        if figures is not None:
            figures = _filter(figures, "claim_id", claims["id"].to_pylist())
    started = time.perf_counter()
    with ledger.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        # bytes kept from a document deleted since are reused, not inserted again
        old_blobs = _present(conn, Blob.sha256, docs["sha256"].to_pylist())
        blobs = [(sha, len(raw), raw) for sha, raw in zip(docs["sha256"].to_pylist(), raws, strict=True)
                 if sha not in old_blobs]
        insert = _insert_postgres if conn.dialect.name == "postgresql" else _insert_sqlite
        insert(conn, docs, blobs, claims, figures, summary)
    summary.insert_seconds += time.perf_counter() - started
    seen.update(docs["sha256"].to_pylist())
    summary.documents += docs.num_rows
    summary.claims += 0 if claims is None else claims.num_rows
    summary.figures += 0 if figures is None else figures.num_rows


def load(
    ledger: Ledger,
    directory: Path | str,
    *,
    link: bool = True,
    on_part: Callable[[str, LoadSummary], None] | None = None,
    bulk_threshold: int = 10_000,
) -> LoadSummary:
    """Bulk-load a ``claimledger batch`` output folder into the ledger, then link.

    ledger (Ledger): the target ledger (SQLite or PostgreSQL).
    directory (Path): the batch's output folder.
    link (bool): run ``claimledger.incidents.link(ledger)`` afterwards, when that service exists.
    bulk_threshold (int): on SQLite, loading more claims than this (and than the ledger
        holds) drops the secondary indexes of claims and figures and builds them once at the end.
    RETURNS (LoadSummary): documents loaded and skipped, claims, figures, failures, timings.
    """
    folder = Path(directory)
    parts = batch_parts(folder)
    if not parts and not (folder / "failures").is_dir():
        raise BadInput(Errors.E503.format(path=str(folder)))
    if ledger.dialect == "sqlite":
        create_indexes(ledger.engine)
    started = time.perf_counter()
    summary = LoadSummary(failures=read_failures(folder))
    seen: set[str] = set()
    bulk = _bulk_worthwhile(ledger, folder, bulk_threshold)
    if bulk:
        _drop_indexes(ledger.engine)
    try:
        for part in parts:
            load_part(ledger, folder, part, seen, summary)
            if on_part is not None:
                on_part(part, summary)
    finally:
        if bulk:
            rebuild = time.perf_counter()
            create_indexes(ledger.engine)
            summary.insert_seconds += time.perf_counter() - rebuild
    if link and summary.documents:
        from claimledger.incidents import link as link_incidents

        link_incidents(ledger)
        summary.linked = True
    summary.seconds = time.perf_counter() - started
    return summary


def _bulk_worthwhile(ledger: Ledger, folder: Path, threshold: int) -> bool:
    """On SQLite, loading more claims than the ledger holds is faster without the secondary
    indexes of claims and figures, built once at the end."""
    if ledger.dialect != "sqlite":
        return False
    incoming = sum(pq.ParquetFile(path).metadata.num_rows for path in (folder / "claims").glob("*.parquet"))
    with ledger.engine.connect() as conn:
        existing = conn.execute(select(func.count()).select_from(Claim)).scalar() or 0
    return incoming > max(existing, threshold)


def _saved_indexes_path(engine: Engine) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database).with_name(Path(database).name + ".load-indexes.json")


def _drop_indexes(engine: Engine) -> None:
    """Drop the secondary indexes of claims and figures, first saving their SQL beside the
    database file so that a load killed before the rebuild gets them back next time."""
    tables = ", ".join(f"'{name}'" for name in BULK_TABLES)
    with engine.begin() as conn:
        rows = conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({tables}) "
            "AND sql IS NOT NULL"
        ).all()
        saved = _saved_indexes_path(engine)
        if saved is not None:
            saved.write_text(json.dumps({name: sql for name, sql in rows}), encoding="utf-8")
        for name, _sql in rows:
            conn.exec_driver_sql(f'DROP INDEX IF EXISTS "{name}"')


def create_indexes(engine: Engine) -> None:
    """Build the indexes a bulk load dropped (saved beside the database), if any.

    ``load`` calls it at its start too, so a load killed during a bulk load gets its
    indexes back on the next run."""
    saved = _saved_indexes_path(engine)
    if saved is None or not saved.is_file():
        return
    statements = json.loads(saved.read_text(encoding="utf-8"))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        existing = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        for name, sql in statements.items():
            if name not in existing:
                conn.exec_driver_sql(sql)
    saved.unlink()
