"""``export all --format parquet``: every table read back with pyarrow."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from claimledger.export.parquet import export_all
from claimledger.ledger import Ledger
from tests.export import data


def test_export_parquet_tables_read_back(any_ledger: Ledger, tmp_path: Path) -> None:
    ids: dict[str, Any] = data.build(any_ledger)
    counts = export_all(any_ledger, tmp_path / "out")
    assert counts == {"documents": 3, "claims": 4, "figures": 2, "incidents": 3, "relations": 1, "links": 4}
    tables = {name: pq.read_table(tmp_path / "out" / f"{name}.parquet") for name in counts}
    assert {name: t.num_rows for name, t in tables.items()} == counts
    claims = {row["id"]: row for row in tables["claims"].to_pylist()}
    payload = json.loads(claims[ids["a_claim"]]["payload"])
    assert payload["figures"][0]["text"] == "13 civilians"
    assert claims[ids["a_claim"]]["incident_id"] == "iaaaaaaaaaa1"
    assert tables["claims"].schema.field("date_start").type == pa.date32()
    assert tables["documents"].schema.field("ingested_at").type == pa.timestamp("us", tz="UTC")
    incidents = {row["id"]: row for row in tables["incidents"].to_pylist()}
    assert incidents["iaaaaaaaaaa1"]["parent_id"] == "iaaaaaaaaaa3"
    assert json.loads(incidents["iaaaaaaaaaa1"]["summary"])["figures"]["killed"]["best"] == 13
    links = {row["claim_id"]: row for row in tables["links"].to_pylist()}
    assert links[ids["shell"]]["incident_id"] == "iaaaaaaaaaa2"
    assert json.loads(links[ids["shell"]]["link"]) == {"score": 1.0, "reasons": ["test"]}
    assert tables["relations"].to_pylist()[0]["relation"] == "contradiction"
    assert tables["figures"].column_names[:3] == ["id", "claim_id", "kind"]
