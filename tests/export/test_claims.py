"""Claims export: JSONL valid against schemas/claims.schema.json, CSV read back by pandas, filters."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest

from claimledger.export.claims import CSV_COLUMNS, iter_claims, write_csv, write_jsonl
from claimledger.export.filters import ExportFilter
from claimledger.ledger import Ledger
from tests.conftest import REPO
from tests.export import data

SCHEMA = json.loads((REPO / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))
ISSUE_3_KEYS = {"claim_id", "doc", "incident_id", "type", "date", "place", "figures", "actors", "attributed_to",
                "evidence", "confidence", "status", "extractor"}


@pytest.fixture
def filled(any_ledger: Ledger) -> tuple[Ledger, dict[str, Any]]:
    return any_ledger, data.build(any_ledger)


def jsonl(ledger: Ledger, flt: ExportFilter = ExportFilter()) -> list[dict[str, Any]]:
    out = io.StringIO()
    write_jsonl(iter_claims(ledger, flt), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_export_claims_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert set(SCHEMA["required"]) == ISSUE_3_KEYS


def test_export_claims_jsonl_lines_validate_against_the_schema(filled: tuple[Ledger, dict[str, Any]]) -> None:
    ledger, _ = filled
    records = jsonl(ledger)
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    assert len(records) == 4
    for record in records:
        validator.validate(record)
        assert ISSUE_3_KEYS <= set(record)


def test_export_claims_schema_rejects_a_renamed_key(filled: tuple[Ledger, dict[str, Any]]) -> None:
    ledger, _ = filled
    record = jsonl(ledger)[0]
    record["attribution"] = record.pop("attributed_to")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, SCHEMA)


def test_export_claims_spans_point_into_the_document_text(filled: tuple[Ledger, dict[str, Any]]) -> None:
    ledger, _ = filled
    for record in jsonl(ledger):
        text = ledger.document_text(record["doc_id"])
        assert text[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["text"]
        for figure in record["figures"]:
            assert text[figure["start"]:figure["end"]] == figure["text"]


def test_export_claims_record_has_the_issue_3_shape(filled: tuple[Ledger, dict[str, Any]]) -> None:
    ledger, ids = filled
    record = next(r for r in jsonl(ledger) if r["claim_id"] == ids["a_claim"])
    assert record["doc"] == "doc-a"
    assert record["incident_id"] == "iaaaaaaaaaa1"
    assert record["date"] == {"start": "2020-10-17", "end": "2020-10-17", "precision": "day",
                              "text": "17 October 2020"}
    assert record["place"] == {"text": "Ganja", **data.GANJA}
    assert record["figures"] == [{"kind": "killed", "what": None, "value": 13, "qualifier": "exact", "low": 13,
                                  "high": 13, "group": "civilians", "start": 52, "end": 64, "text": "13 civilians"}]
    assert record["attributed_to"]["name"] == "the Prosecutor's Office"
    assert (record["status"], record["extractor"]) == ("machine", "test/1")


def test_export_claims_csv_reads_back_with_pandas(filled: tuple[Ledger, dict[str, Any]]) -> None:
    ledger, ids = filled
    out = io.StringIO()
    assert write_csv(iter_claims(ledger), out) == 4
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns) == list(CSV_COLUMNS)
    row = frame.set_index("claim_id").loc[ids["b_claim"]]
    assert (row["killed"], row["killed_qualifier"], row["killed_low"]) == (16, "at_least", 16)
    assert pd.isna(row["killed_high"])
    assert json.loads(row["figures"])[0]["text"] == "at least 16 people"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ExportFilter(), {"a", "b", "deny", "shell"}),
        (ExportFilter(country="az"), {"a", "b", "deny"}),
        (ExportFilter(types=("shelling",)), {"shell"}),
        (ExportFilter(types=("denial", "missile_strike")), {"a", "b", "deny"}),
        (ExportFilter(since=dt.date(2020, 10, 18)), {"shell"}),
        (ExportFilter(until=dt.date(2020, 10, 16)), {"shell"}),
        (ExportFilter(since=dt.date(2020, 10, 17), until=dt.date(2020, 10, 17)), {"a", "b", "shell"}),
        (ExportFilter(since=dt.date(2020, 11, 1)), set()),
        (ExportFilter(doc="doc-c"), {"deny", "shell"}),
    ],
)
def test_export_claims_filters(ledger: Ledger, flt: ExportFilter, expected: set[str]) -> None:
    ids = data.build(ledger)
    names = {ids["a_claim"]: "a", ids["b_claim"]: "b", ids["deny"]: "deny", ids["shell"]: "shell"}
    assert {names[c.claim_id] for c in iter_claims(ledger, flt)} == expected


def test_export_claims_schema_file_is_documented() -> None:
    assert "schemas/claims.schema.json" in (REPO / "README.md").read_text(encoding="utf-8")
    assert Path(REPO / "docs" / "exports.md").is_file()


def test_export_claims_characterization_family_keys(ledger: Ledger, tmp_path: Path) -> None:
    from claimledger.models import Attribution, ClaimIn, Span
    from claimledger.store import repo

    text = "The ministry denied any involvement of its forces in the strike, calling the reports fabricated."
    (tmp_path / "d.txt").write_text(text)
    ledger.ingest([tmp_path / "d.txt"])
    doc_id = ledger.documents()[0].id
    evidence = Span(start=0, end=len(text), text=text)
    who = Attribution(name="the ministry", kind="cited", start=0, end=12)
    claims = [
        ClaimIn(type="responsibility", stance="rejects", perpetrator="its forces", wording="denied any involvement",
                attributed_to=who, evidence=evidence, extractor="test/1"),
        ClaimIn(type="characterization", label="fabrication", stance="asserts", wording="fabricated",
                attributed_to=who, evidence=evidence, extractor="test/1"),
    ]
    with ledger.session() as session:
        repo.replace_claims(session=session, doc_id=doc_id, extractor="test/1", claims=claims)
        session.commit()
    records = {r["type"]: r for r in jsonl(ledger)}
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in records.values():
        validator.validate(record)
        assert record["wording"] in record["evidence"]["text"]
    assert (records["responsibility"]["stance"], records["responsibility"]["perpetrator"]) == ("rejects", "its forces")
    assert (records["characterization"]["label"], records["characterization"]["action"]) == ("fabrication", None)
