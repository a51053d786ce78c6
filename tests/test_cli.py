"""The command line, run in-process with Typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from tests.ingest.files import ARTICLE, write_good_files

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_cli_ingest_documents_show_search(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    write_good_files(tmp_path / "in")
    result = invoke("ingest", str(tmp_path / "in"), "--db", db)
    assert result.exit_code == 0, result.output
    assert "ingested 6 · already present 0 · failed 0" in result.output
    again = invoke("ingest", str(tmp_path / "in"), "--db", db)
    assert "ingested 0 · already present 6 · failed 0" in again.output
    listing = invoke("documents", "--db", db)
    assert "6 documents" in listing.output
    shown = invoke("show", "page.html", "--db", db)
    assert "Market shelled in Northtown" in shown.output
    assert "killing 7 civilians" in shown.output
    hits = invoke("search", "civilians", "--db", db)
    assert "matching documents" in hits.output and "0 matching" not in hits.output


def test_cli_bad_input_exits_1_with_one_line_per_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    error_lines = [line for line in result.output.splitlines() if "E101" in line]
    assert len(error_lines) == 1 and "empty.txt" in error_lines[0]
    assert "ingested 1 · already present 0 · failed 1" in result.output


def test_cli_show_unknown_document_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "nope", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "E201" in result.output


def test_cli_db_option_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    result = invoke("db", "upgrade")
    assert result.exit_code == 0
    assert (tmp_path / "env.db").is_file()


def test_cli_bad_db_url(tmp_path: Path) -> None:
    result = runner.invoke(app, ["documents", "--db", "mysql://x/y"])
    assert result.exit_code == 1
    assert "E203" in result.output
