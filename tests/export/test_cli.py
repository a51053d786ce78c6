"""``claimledger export``: every format through the command line, and its coded errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.ledger import Ledger
from tests.export import data

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = Ledger.open(url)
    data.build(ledger)
    ledger.close()
    return url


@pytest.mark.parametrize(
    ("args", "reader", "rows"),
    [
        (["claims"], lambda p: p.read_text().splitlines(), 4),
        (["claims", "--format", "csv"], pd.read_csv, 4),
        (["claims", "--format", "csv", "--country", "AZ", "--type", "missile_strike"], pd.read_csv, 2),
        (["incidents", "--format", "acled-csv"], pd.read_csv, 2),
        (["incidents", "--format", "acled-csv", "--include-aggregates"], pd.read_csv, 3),
        (["incidents", "--format", "ucdp-csv", "--since", "2020-10-18"], pd.read_csv, 1),
        (["incidents", "--format", "geojson"], lambda p: json.loads(p.read_text())["features"], 3),
        (["incidents", "--format", "jsonl", "--country", "az"], lambda p: p.read_text().splitlines(), 2),
    ],
)
def test_export_cli_formats(db: str, tmp_path: Path, args: list[str], reader: object, rows: int) -> None:
    out = tmp_path / "out" / "export.file"
    result = runner.invoke(app, ["export", *args, "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert len(reader(out)) == rows  # type: ignore[operator]


def test_export_cli_writes_to_stdout(db: str) -> None:
    result = runner.invoke(app, ["export", "claims", "--db", db])
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 4 and all(json.loads(line)["claim_id"] for line in lines)


def test_export_cli_all_parquet(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "all", "--format", "parquet", "-o", str(tmp_path / "pq"), "--db", db])
    assert result.exit_code == 0, result.output
    assert pq.read_table(tmp_path / "pq" / "incidents.parquet").num_rows == 3


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["claims", "--format", "acled-csv"], "E505"),
        (["things"], "E505"),
        (["all"], "E506"),
        (["claims", "--since", "17/10/2020"], "E508"),
        (["claims", "--doc", "no-such-doc"], "E201"),
    ],
)
def test_export_cli_errors_are_coded(db: str, args: list[str], code: str) -> None:
    result = runner.invoke(app, ["export", *args, "--db", db])
    assert result.exit_code == 1
    assert code in result.output
