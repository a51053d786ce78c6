"""Grades: single_source, corroborated, contested, acknowledged, reviewed, with reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.compare import SourceInfo, compare
from claimledger.grade import grade_incident
from claimledger.models import ClaimIn
from tests.incident_builders import as_out, claim, fig


def _grade(*specs: tuple[str, str, ClaimIn], reviewed: bool = False):  # type: ignore[no-untyped-def]
    claims = []
    sources = {}
    for n, (doc, publisher, c) in enumerate(specs):
        claims += as_out([c], doc)
        sources[doc] = SourceInfo(doc=doc, publisher=publisher, published=dt.date(2022, 4, 1 + n))
    return grade_incident(claims, compare(claims, sources), sources, reviewed=reviewed)


CASES = {
    "single_source": [("d1", "Wire", claim(figures=[fig("killed", 18)], body="Governor"))],
    "single_source_two_reports_of_one_body": [
        ("d1", "Wire A", claim(figures=[fig("killed", 18)], body="Governor")),
        ("d2", "Wire B", claim(figures=[fig("killed", 18)], body="Governor")),
    ],
    "corroborated": [
        ("d1", "Wire A", claim(figures=[fig("killed", 18)], body="Governor")),
        ("d2", "Wire B", claim(figures=[fig("killed", 18, "at_least")], body="Emergency service")),
    ],
    "contested_contradiction": [
        ("d1", "Wire A", claim(figures=[fig("killed", 30, "about")], body="Defence Ministry")),
        ("d2", "Wire B", claim(figures=[fig("killed", 57)], body="Governor")),
    ],
    "contested_denial": [
        ("d1", "Wire A", claim(figures=[fig("killed", 300, "about")], body="City council")),
        ("d2", "Wire B", claim("denial", body="Defence Ministry", stance="rejects")),
    ],
    "contested_perpetrators": [
        ("d1", "Wire A", claim(figures=[fig("killed", 5)], body="Police", perpetrator="the army of Sylvania")),
        ("d2", "Wire B", claim(figures=[fig("killed", 5)], body="Ministry", perpetrator="Freedonian rebels")),
    ],
    # "refrained from calling it genocide" rejects a label, not the incident
    "rejected_label_is_no_denial": [
        ("d1", "Wire A", claim(figures=[fig("killed", 12)], body="City council")),
        ("d2", "Wire B", claim("characterization", body="Rights group", stance="rejects")),
    ],
    # the same party in other words, and a generic party, are no competition
    "perpetrators_same_party": [
        ("d1", "Wire A", claim(figures=[fig("killed", 5)], body="Police", perpetrator="Sylvanian forces")),
        ("d2", "Wire B", claim(figures=[fig("killed", 5)], body="Ministry", perpetrator="Sylvania")),
        ("d3", "Wire C", claim(figures=[fig("killed", 5)], body="Monitors", perpetrator="the regime")),
    ],
    "acknowledged": [
        ("d1", "Wire A", claim(figures=[fig("killed", 40)], body="Health official", perpetrator="the coalition")),
        ("d2", "Wire B", claim(figures=[fig("killed", 40)], body="The coalition spokesman")),
    ],
}
EXPECTED = {
    "single_source": ("single_source", {"sources"}),
    "single_source_two_reports_of_one_body": ("single_source", {"sources"}),
    "corroborated": ("corroborated", {"agree", "sources"}),
    "contested_contradiction": ("contested", {"contradiction", "sources"}),
    "contested_denial": ("contested", {"denial", "sources"}),
    "contested_perpetrators": ("contested", {"competing_perpetrators", "agree", "sources"}),
    "acknowledged": ("acknowledged", {"acknowledged", "agree", "sources"}),
    "perpetrators_same_party": ("corroborated", {"agree", "sources"}),
    "rejected_label_is_no_denial": ("corroborated", {"occurrence", "sources"}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_grade_cases(case: str) -> None:
    result = _grade(*CASES[case])
    grade, rules = EXPECTED[case]
    assert result.grade == grade
    assert {r["rule"] for r in result.reasons} == rules
    assert all(r["text"] for r in result.reasons)


def test_grade_reviewed_keeps_the_machine_reasons() -> None:
    result = _grade(*CASES["contested_contradiction"], reviewed=True)
    assert result.grade == "reviewed"
    assert "contradiction" in {r["rule"] for r in result.reasons}


def test_grade_copies_do_not_corroborate() -> None:
    text = "Officials said 18 people were killed and 36 are missing after the strike on the shopping centre."
    result = _grade(
        ("d1", "Outlet A", claim(figures=[fig("killed", 18)], body="Outlet A", kind="author", evidence=text)),
        ("d2", "Outlet B", claim(figures=[fig("killed", 18)], body="Outlet B", kind="author", evidence=text)),
    )
    assert result.grade == "single_source"
    assert "copy" in {r["rule"] for r in result.reasons}


def test_grade_occurrence_without_figures_is_corroborated() -> None:
    result = _grade(("d1", "Wire A", claim("massacre", body="Rights group")),
                    ("d2", "Wire B", claim("massacre", body="UN mission")))
    assert result.grade == "corroborated"
    assert "occurrence" in {r["rule"] for r in result.reasons}
