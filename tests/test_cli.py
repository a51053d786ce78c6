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


def _eval_json(*args: str) -> dict:
    import json

    result = invoke("eval", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["claims"]


def test_cli_eval_reads_the_gold_sets_place_aliases(tmp_path: Path) -> None:
    import json

    text = "Rebels killed 12 villagers in Dorvelka on 5 May 2021, the police said.\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    assert invoke("build", str(tmp_path / "in"), "--db", db).exit_code == 0
    gold = tmp_path / "gold" / "gold.jsonl"
    gold.parent.mkdir()
    gold.write_text(json.dumps({
        "doc": str(tmp_path / "in" / "report.txt"), "incident": "x", "type": "massacre", "place": "Dor Velka", "country": None,
        "date": "2021-05-05", "killed": {"value": 12, "qualifier": "exact"}, "injured": None, "captured": None,
        "missing": None, "attributed_to": "police", "evidence": text.strip()}) + "\n", encoding="utf-8")
    assert _eval_json(str(gold), "--db", db)["fields"]["claims"]["tp"] == 0  # no alias file: the spellings differ
    (gold.parent / "tools").mkdir()
    (gold.parent / "tools" / "place_aliases.json").write_text(json.dumps({"Dor Velka": ["Dorvelka"]}), encoding="utf-8")
    report = _eval_json(str(gold), "--db", db)  # the file beside the gold is read by default
    assert report["fields"]["claims"]["tp"] == 1 and report["place_aliases"].endswith("place_aliases.json")
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--db", db, "--place-aliases", str(bad)])
    said = " ".join(result.output.split()).replace("/ ", "/")  # (the test console wraps long lines)
    assert result.exit_code == 1 and said.count("error:") == 1 and "bad.json: not a place alias file" in said
