"""``export all --format parquet -o DIR``: the ledger's tables as Parquet files.

``documents.parquet`` (metadata and text; the original bytes stay in the ledger),
``claims.parquet`` (the store's columns, ``payload`` = the full claim as JSON text),
``figures.parquet``, ``incidents.parquet``, ``relations.parquet`` (the comparisons
between claims of an incident) and ``links.parquet`` (claim -> incident with the link's
score and reasons as JSON text). Column types follow the store: dates as ``date32``,
times as UTC timestamps, JSON columns as JSON text. Rows are streamed in batches.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Table,
    select,
)

from claimledger.ledger import Ledger
from claimledger.store.tables import Base

BATCH = 5000
EXPORTED = {
    "documents": None,  # every column
    "claims": None,
    "figures": None,
    "incidents": None,
    "relations": None,
    "links": ("claims", ("id", "incident_id", "link")),
}


def arrow_type(column: Column[Any]) -> pa.DataType:
    kind = column.type
    if isinstance(kind, JSON):
        return pa.large_string()
    if isinstance(kind, Boolean):
        return pa.bool_()
    if isinstance(kind, Integer):
        return pa.int64()
    if isinstance(kind, Float):
        return pa.float64()
    if isinstance(kind, DateTime):
        return pa.timestamp("us", tz="UTC")
    if isinstance(kind, Date):
        return pa.date32()
    if isinstance(kind, LargeBinary):
        return pa.large_binary()
    return pa.large_string() if column.name in ("text", "payload") else pa.string()


def _columns(table: Table, names: tuple[str, ...] | None) -> list[Column[Any]]:
    return [c for c in table.columns if names is None or c.name in names]


def export_table(ledger: Ledger, name: str, path: Path) -> int:
    """Stream one exported table into a Parquet file; RETURNS (int): rows written."""
    source, names = EXPORTED[name] or (name, None)
    table = Base.metadata.tables[source]
    columns = _columns(table, names)
    renamed = [("claim_id" if name == "links" and c.name == "id" else c.name) for c in columns]
    schema = pa.schema([(label, arrow_type(c)) for label, c in zip(renamed, columns, strict=True)])
    json_columns = [label for label, c in zip(renamed, columns, strict=True) if isinstance(c.type, JSON)]
    query = select(*columns).execution_options(yield_per=BATCH)
    key = table.primary_key.columns.values()
    query = query.order_by(*key)
    if name == "links":
        query = query.where(table.c.incident_id.is_not(None))
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer, ledger.engine.connect() as conn:
        result = conn.execute(query)
        while True:
            rows = result.fetchmany(BATCH)
            if not rows:
                break
            records = [dict(zip(renamed, row, strict=True)) for row in rows]
            for record in records:
                for label in json_columns:
                    record[label] = json.dumps(record[label], ensure_ascii=False)
            writer.write_table(pa.Table.from_pylist(records, schema=schema))
            count += len(records)
    return count


def export_all(ledger: Ledger, out_dir: Path | str) -> dict[str, int]:
    """Write every exported table to ``out_dir/<table>.parquet``; RETURNS rows per table."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return {name: export_table(ledger, name, folder / f"{name}.parquet") for name in EXPORTED}
