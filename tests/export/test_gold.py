"""Claims export in the schema of a gold file (``export claims --format gold-jsonl``): the keys of a gold
line, the values ``claimledger eval`` compares, and a round trip - the ledger scored against its own export
matches every claim."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from claimledger.evaluate import evaluate_gold
from claimledger.export.claims import iter_claims
from claimledger.export.gold import write_gold_jsonl
from claimledger.ledger import Ledger
from tests.export import data

GOLD_KEYS = {"doc", "incident", "type", "place", "country", "date", "killed", "injured", "captured", "missing",
             "other_figures", "attributed_to", "evidence"}


@pytest.fixture
def filled(any_ledger: Ledger) -> tuple[Ledger, dict[str, Any]]:
    return any_ledger, data.build(any_ledger)


def _gold_lines(ledger: Ledger) -> list[dict[str, Any]]:
    out = io.StringIO()
    count = write_gold_jsonl(iter_claims(ledger), out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(lines)
    return lines


def test_export_gold_lines_have_the_gold_keys_and_values(filled: tuple[Ledger, dict[str, Any]]) -> None:
    ledger, _ = filled
    lines = _gold_lines(ledger)
    assert len(lines) == 4
    assert all(GOLD_KEYS <= set(line) for line in lines)
    by_doc = {(line["doc"], line["type"]): line for line in lines}
    a = by_doc[("doc-a", "missile_strike")]
    assert a["killed"] == {"value": 13, "qualifier": "exact"} and a["injured"] is None
    assert (a["place"], a["country"], a["date"]) == ("Ganja", "AZ", "2020-10-17")
    assert a["attributed_to"] == "the Prosecutor's Office" and a["evidence"] == data.TEXT_A
    assert by_doc[("doc-b", "missile_strike")]["killed"] == {"value": 16, "qualifier": "at_least"}
    shelling = by_doc[("doc-c", "shelling")]
    assert (shelling["date"], shelling["place"], shelling["killed"]) == ("2020-10-01/2020-10-31", None, None)


def test_export_gold_round_trip_matches_every_claim(filled: tuple[Ledger, dict[str, Any]], tmp_path: Path) -> None:
    ledger, _ = filled
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(line) + "\n" for line in _gold_lines(ledger)), encoding="utf-8")
    documents = {d.label: {"text": ledger.document_text(d.id), "affiliation": None} for d in ledger.documents()}
    report = evaluate_gold(gold, ledger.claims(), documents)
    assert report.fields["claims"].f1 == 1.0
    assert report.fields["killed.strict"].f1 == 1.0 and report.fields["attributed_to"].f1 == 1.0
    assert report.fields["type"].f1 == 1.0  # a denial's line carries the type the scorer compares


def test_export_gold_from_the_command_line(filled: tuple[Ledger, dict[str, Any]], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimledger.cli import app

    ledger, _ = filled
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["export", "claims", "--format", "gold-jsonl", "-o", str(out),
                                      "--db", ledger.url])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()].count("doc-c") == 2
