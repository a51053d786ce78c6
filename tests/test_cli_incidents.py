"""Incident services and commands on a stored ledger (SQLite and PostgreSQL): link, incremental
re-link, person-made groups, list / detail, audit and findings, export rows, build."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger import incidents
from claimledger.cli import app
from claimledger.errors import NotFound
from claimledger.ledger import Ledger
from claimledger.models import ClaimIn
from claimledger.store.repo import now
from claimledger.store.tables import Claim, Incident, ReviewDecision
from tests.incident_builders import add_document, claim, fig

runner = CliRunner()


def _station(ledger: Ledger) -> dict[str, str]:
    """Three reports of one strike (a revision, a contradiction, a denial) and an unrelated one."""
    return {
        "a": add_document(ledger, [claim(place="Kramatorsk", country="UA", date="2022-04-08",
                                         figures=[fig("killed", 50), fig("injured", 98)], body="Pavlo Kyrylenko")],
                          ext_id="a", publisher="Agency A", affiliation="UA-media", published="2022-04-08"),
        "b": add_document(ledger, [claim(place="Kramatorsk", country="UA", date="2022-04-08",
                                         figures=[fig("killed", 57), fig("injured", 109)],
                                         body="Pavlo Kyrylenko (governor)")],
                          ext_id="b", publisher="Paper B", affiliation="intl-media", published="2022-04-11"),
        "c": add_document(ledger, [claim(place="Kramatorsk", country="UA", date="2022-04-08",
                                         figures=[fig("killed", 30, "about")], body="Defence Ministry"),
                                   claim("denial", place="Kramatorsk", country="UA", date="2022-04-08",
                                         body="Defence Ministry", stance="rejects",
                                         evidence="The Defence Ministry denied any strike on the station.")],
                          ext_id="c", publisher="Channel C", affiliation="RU-media", published="2022-04-08"),
        "d": add_document(ledger, [claim("shelling", place="Mosul", country="IQ", date="2017-03-01",
                                         figures=[fig("killed", 7)], body="Civil defence")],
                          ext_id="d", publisher="Paper D", published="2017-03-02"),
    }


def _incident_of(ledger: Ledger, ext_id: str) -> str | None:
    claims = ledger.claims(doc=ext_id)
    return claims[0].incident_id


def test_incidents_link_and_detail(any_ledger: Ledger) -> None:
    _station(any_ledger)
    report = incidents.link(any_ledger)
    assert (report.claims, report.incidents, report.multi_source, report.new_ids) == (5, 2, 1, 2)
    assert report.grades == {"contested": 1, "single_source": 1}
    station = _incident_of(any_ledger, "a")
    assert station is not None and station == _incident_of(any_ledger, "b") == _incident_of(any_ledger, "c")
    detail = incidents.incident_detail(any_ledger, station)
    assert detail.incident.grade == "contested"
    assert detail.incident.place.name == "Kramatorsk" and detail.incident.date_start == dt.date(2022, 4, 8)
    assert [r.doc for r in detail.rows] == ["a", "c", "c", "b"]  # by publication date
    assert detail.rows[0].publisher == "Agency A" and detail.rows[0].affiliation == "UA-media"
    killed = next(f for f in detail.figures if f.label == "killed")
    # low and high span the sources' intervals ("about 30" is [27, 33]); best is a stated value
    assert (killed.min, killed.max, killed.low, killed.best, killed.high) == (27, 57, 27, 30, 57)
    assert len(killed.series) == 1
    kinds = {(r.kind, r.relation) for r in detail.relations}
    assert kinds == {("killed", "revision"), ("injured", "revision"), ("killed", "contradiction"), (None, "denial")}
    assert {r.rule for r in detail.reasons} >= {"contradiction", "denial", "sources"}
    row_b = next(r for r in detail.rows if r.doc == "b")
    assert any(rel.startswith("revision a#") for rel in row_b.relations)
    assert row_b.link["score"] > 0 and row_b.link["signals"]


def test_incidents_relink_keeps_ids_and_adds_documents(any_ledger: Ledger) -> None:
    docs = _station(any_ledger)
    incidents.link(any_ledger)
    before = {k: _incident_of(any_ledger, k) for k in docs}
    add_document(any_ledger, [claim(place="Kramatorsk", country="UA", date="2022-04-08",
                                    figures=[fig("killed", 60)], body="UN High Commissioner")],
                 ext_id="e", publisher="Agency E", published="2022-04-22")
    report = incidents.link(any_ledger)
    assert (report.kept_ids, report.new_ids, report.removed_ids) == (2, 0, 0)
    after = {k: _incident_of(any_ledger, k) for k in docs}
    assert after == before
    assert _incident_of(any_ledger, "e") == before["a"]
    again = incidents.link(any_ledger)
    assert (again.kept_ids, again.new_ids, again.removed_ids) == (2, 0, 0)


def test_incidents_relink_keeps_person_made_split_and_review(any_ledger: Ledger) -> None:
    _station(any_ledger)
    incidents.link(any_ledger)
    station = _incident_of(any_ledger, "a")
    with any_ledger.session() as session:
        key_b = session.query(Claim).filter(Claim.doc_id == any_ledger.document("b").id).one().stable_key
        session.add(ReviewDecision(claim_key=key_b, actor="reviewer", action="split", before={}, after={}, at=now()))
        session.add(ReviewDecision(incident_id=station, actor="reviewer", action="review", before={},
                                   after={"grade": "reviewed"}, at=now()))
        session.commit()
    report = incidents.link(any_ledger)
    assert report.manual_groups == 1
    b = _incident_of(any_ledger, "b")
    assert b is not None and b != station
    assert _incident_of(any_ledger, "a") == station
    with any_ledger.session() as session:
        row = session.get(Incident, b)
        assert row is not None and row.manual
        assert session.get(Incident, station).grade == "reviewed"  # type: ignore[union-attr]
    detail = incidents.incident_detail(any_ledger, b)
    assert detail.rows[0].link["note"] == "linked by a person"


def test_incidents_list_filters(ledger: Ledger) -> None:
    _station(ledger)
    incidents.link(ledger)
    assert [s.place.name for s in incidents.list_incidents(ledger)] == ["Mosul", "Kramatorsk"]
    assert [s.place.name for s in incidents.list_incidents(ledger, contested=True)] == ["Kramatorsk"]
    assert [s.place.name for s in incidents.list_incidents(ledger, country="iq")] == ["Mosul"]
    assert [s.place.name for s in incidents.list_incidents(ledger, place="kramat")] == ["Kramatorsk"]
    station = incidents.list_incidents(ledger, contested=True)[0]
    assert station.documents == 3 and station.sources == 2
    assert station.ranges["killed"] == "27–57 (best 30)"


def test_incidents_unknown_id(ledger: Ledger) -> None:
    with pytest.raises(NotFound, match="E205"):
        incidents.incident_detail(ledger, "nope")


def test_incidents_jsonl_rows(ledger: Ledger) -> None:
    _station(ledger)
    incidents.link(ledger)
    rows = list(incidents.incidents_jsonl_rows(ledger))
    station = next(r for r in rows if r["place"]["name"] == "Kramatorsk")
    assert set(station) >= {"id", "type", "place", "date_start", "date_end", "claim_ids", "figures", "grade",
                            "reasons", "parent_id"}
    assert len(station["claim_ids"]) == 4
    assert station["figures"]["killed"]["best"] == 30
    assert {s["attributed_to"] for s in station["figures"]["killed"]["sources"]} == {
        "Pavlo Kyrylenko", "Pavlo Kyrylenko (governor)", "Defence Ministry"}
    json.dumps(rows)


AUDIT_TEXT = ("The convoy was attacked on February 30, 2021.\n\n"
              "The 12,400 displaced from the north and the 3,100 from the coast make a total of 15,900 people.")


def test_incidents_audit_and_findings(any_ledger: Ledger) -> None:
    add_document(any_ledger, [], ext_id="audit-me", text=AUDIT_TEXT)
    add_document(any_ledger, [], ext_id="clean", text="Nothing wrong here: 3 people were hurt.")
    report = incidents.audit(any_ledger)
    assert (report.documents, report.findings) == (2, 2)
    assert report.by_rule == {"impossible_date": 1, "stated_sum": 1}
    found = incidents.findings(any_ledger, "audit-me")
    assert [f.rule for f in found] == ["impossible_date", "stated_sum"]
    assert found[0].spans[0].text == "February 30, 2021"
    assert incidents.findings(any_ledger, "clean") == []
    incidents.audit(any_ledger, "audit-me")  # re-auditing replaces, never duplicates
    assert len(incidents.findings(any_ledger)) == 2


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def wide_console() -> object:
    """Tables wide enough that cells are not wrapped in the captured output."""
    from claimledger.cli.common import console

    old = console.width
    console.width = 400
    yield console
    console.width = old


def test_cli_link_incidents_incident(tmp_path: Path, wide_console: object) -> None:
    ledger = Ledger.open(_db(tmp_path))
    _station(ledger)
    ledger.close()
    result = runner.invoke(app, ["link", "--db", _db(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "linked 5 claims into 2 incidents" in result.output
    result = runner.invoke(app, ["incidents", "--contested", "--db", _db(tmp_path)])
    assert result.exit_code == 0 and "Kramatorsk" in result.output and "Mosul" not in result.output
    assert "1 incidents" in result.output
    result = runner.invoke(app, ["incidents", "--json", "--db", _db(tmp_path)])
    ids = [json.loads(line)["id"] for line in result.output.splitlines()]
    assert len(ids) == 2
    station = next(json.loads(line) for line in result.output.splitlines() if "Kramatorsk" in line)["id"]
    result = runner.invoke(app, ["incident", station[:8], "--db", _db(tmp_path)])
    assert result.exit_code == 0, result.output
    for text in ("Kyrylenko", "Agency A (UA-media)", "contradiction", "revision", "grade: contested",
                 "[denial]"):
        assert text in result.output
    result = runner.invoke(app, ["incident", "zzz", "--db", _db(tmp_path)])
    assert result.exit_code == 1 and "E205" in result.output


def test_cli_audit_findings(tmp_path: Path) -> None:
    ledger = Ledger.open(_db(tmp_path))
    add_document(ledger, [], ext_id="audit-me", text=AUDIT_TEXT)
    ledger.close()
    result = runner.invoke(app, ["audit", "--db", _db(tmp_path)])
    assert result.exit_code == 0 and "audited 1 documents: 2 findings" in result.output
    result = runner.invoke(app, ["findings", "audit-me", "--json", "--db", _db(tmp_path)])
    rules = [json.loads(line)["rule"] for line in result.output.splitlines()]
    assert rules == ["impossible_date", "stated_sum"]


def test_cli_build(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "one.txt").write_text("SLOVIANSK, May 3 - A rocket that hit the bus depot in Sloviansk killed "
                                    "50 people, the regional governor said.\n", encoding="utf-8")
    (folder / "two.txt").write_text("Fifty-seven people died when a rocket hit the Sloviansk bus depot on May 3, "
                                    "2022, the governor said.\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(folder), "--db", _db(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "ingested 2" in result.output and "linked" in result.output and "audited 2 documents" in result.output


def test_incidents_reextraction_after_link_keeps_ids(any_ledger: Ledger) -> None:
    """Claims replaced by a new extraction (new claim ids, same stable keys) keep their incident."""
    from claimledger.store import repo

    _station(any_ledger)
    incidents.link(any_ledger)
    before = _incident_of(any_ledger, "b")
    doc_id = any_ledger.document("b").id
    old = any_ledger.claims(doc="b")
    with any_ledger.session() as session:
        repo.replace_claims(session=session, doc_id=doc_id, extractor="test-2",
                            claims=[ClaimIn(**c.model_dump(include=set(ClaimIn.model_fields))) for c in old])
        session.commit()
    assert _incident_of(any_ledger, "b") is None  # new rows, not linked yet
    report = incidents.link(any_ledger)
    assert (report.kept_ids, report.new_ids) == (2, 0)
    assert _incident_of(any_ledger, "b") == before
