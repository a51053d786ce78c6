"""End to end on the bundled example corpus: build, then every incident of
examples/incidents.json comes out contested, and the audit finds the listed inconsistencies."""

from __future__ import annotations

import collections
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimledger import incidents
from claimledger.ledger import Ledger
from claimledger.link import rules

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ATTACHED = set(rules()["attached_types"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    ledger = Ledger.open(f"sqlite:///{tmp_path_factory.mktemp('examples') / 'ledger.db'}")
    ledger.ingest([EXAMPLES], manifest=EXAMPLES / "manifest.csv")
    ledger.extract()
    incidents.link(ledger)
    incidents.audit(ledger)
    yield ledger
    ledger.close()


def _keys() -> list[tuple[str, list[str]]]:
    data = json.loads((EXAMPLES / "incidents.json").read_text(encoding="utf-8"))
    return [(item["key"], list(item["documents"])) for item in data["incidents"]]


@pytest.mark.parametrize(("key", "docs"), _keys())
def test_examples_incident_is_contested(built: Ledger, key: str, docs: list[str]) -> None:
    grades = {s.id: s for s in incidents.list_incidents(built)}
    counts: collections.Counter[str] = collections.Counter(
        c.incident_id for d in docs for c in built.claims(doc=d) if c.incident_id and c.type not in ATTACHED)
    main = counts.most_common(1)[0][0]
    assert grades[main].grade == "contested", key
    assert grades[main].documents >= 2, key


def _spans() -> list[tuple[str, list[str], str, str]]:
    data = json.loads((EXAMPLES / "incidents.json").read_text(encoding="utf-8"))
    return [(item["key"], list(item["documents"]), item["start"], item["end"]) for item in data["incidents"]]


@pytest.mark.parametrize(("key", "docs", "start", "end"), _spans())
def test_examples_incident_is_dated_when_it_happened(built: Ledger, key: str, docs: list[str], start: str,
                                                     end: str) -> None:
    # the incident most of its documents' claims fall in is dated within the incident's days, not on the day a
    # commemoration, a report or a ruling is written about it
    summaries = {s.id: s for s in incidents.list_incidents(built)}
    counts: collections.Counter[str] = collections.Counter(
        c.incident_id for d in docs for c in built.claims(doc=d) if c.incident_id and c.type not in ATTACHED)
    main = summaries[counts.most_common(1)[0][0]]
    assert main.date_start is not None and main.date_end is not None, key
    assert str(main.date_start) <= end and start <= str(main.date_end), key


@pytest.mark.parametrize(
    ("doc", "rule"),
    [("mou-01", "stated_sum"), ("kun-02", "breakdown_sum"), ("kra-03", "date_after_publication"),
     ("sre-04", "weekday_mismatch")],
)
def test_examples_audit_finds_listed_inconsistencies(built: Ledger, doc: str, rule: str) -> None:
    assert rule in {f.rule for f in incidents.findings(built, doc)}


def test_examples_incidents_export_carries_what_it_is_called(built: Ledger) -> None:
    rows = list(incidents.incidents_jsonl_rows(built))
    called = [r for row in rows for r in row["called"]]
    assert called, "no incident carries characterization-family claims"
    assert {r["kind"] for r in called} <= {"characterization", "responsibility", "recognition", "legal_action"}
    for row in rows:
        affiliations = {r["affiliation"] for r in row["called"] if r["kind"] in ("characterization", "recognition")}
        assert set(row["labels_by_affiliation"]) <= affiliations | {"unknown", None}
