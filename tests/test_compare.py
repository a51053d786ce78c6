"""Comparison: intervals, relations (agree / revision / contradiction / denial), ranges, copies."""

from __future__ import annotations

import datetime as dt

import pytest

from claimledger.compare import INF, SourceInfo, compare, figure_interval, is_copy
from claimledger.models import ClaimOut
from tests.incident_builders import as_out, claim, fig


def _claims(*specs: tuple[str, str, object]) -> tuple[list[ClaimOut], dict[str, SourceInfo]]:
    """(doc id, publisher, ClaimIn) -> claims and their sources; published = 2022-04-0N by order."""
    out: list[ClaimOut] = []
    sources: dict[str, SourceInfo] = {}
    for n, (doc, publisher, c) in enumerate(specs):
        out += as_out([c], doc)  # type: ignore[list-item]
        sources[doc] = SourceInfo(doc=doc, publisher=publisher, published=dt.date(2022, 4, 1 + n))
    return out, sources


@pytest.mark.parametrize(
    ("figure", "interval"),
    [
        (fig("killed", 30, "exact"), (30, 30)),
        (fig("killed", 30, "at_least"), (30, INF)),
        (fig("killed", 30, "more_than"), (31, INF)),
        (fig("killed", 300, "about"), (270, 330)),
        (fig("killed", 300, "at_most"), (0, 300)),
        (fig("killed", 100, "range", high=300), (100, 300)),
    ],
)
def test_compare_figure_interval(figure, interval) -> None:  # type: ignore[no-untyped-def]
    assert figure_interval(figure) == interval


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # overlapping intervals agree, whoever says them
        ((fig("killed", 30, "more_than"), "Governor"), (fig("killed", 39), "City administration"), "agree"),
        ((fig("killed", 300, "about"), "Council"), (fig("killed", 290), "Police"), "agree"),
        # disjoint, same attributed body: a revision
        ((fig("killed", 50), "Pavlo Kyrylenko"), (fig("killed", 57), "Pavlo Kyrylenko (governor)"), "revision"),
        # disjoint, different bodies: a contradiction
        ((fig("killed", 30, "about"), "Russian Defense Ministry"), (fig("killed", 57), "Governor"), "contradiction"),
        ((fig("killed", 100, "range", high=300), "US intelligence"), (fig("killed", 471), "Health Ministry"),
         "contradiction"),
    ],
)
def test_compare_pair_relation(a, b, relation) -> None:  # type: ignore[no-untyped-def]
    claims, sources = _claims(("d1", "Wire A", claim(figures=[a[0]], body=a[1])),
                              ("d2", "Wire B", claim(figures=[b[0]], body=b[1])))
    result = compare(claims, sources)
    assert [(r.kind, r.relation) for r in result.relations] == [("killed", relation)]


def test_compare_defence_and_defense_are_one_body() -> None:
    claims, sources = _claims(("d1", "A", claim(figures=[fig("killed", 40)], body="Russian Defence Ministry")),
                              ("d2", "B", claim(figures=[fig("killed", 50)], body="Russian Defense Ministry")))
    assert compare(claims, sources).relations[0].relation == "revision"


def test_compare_denial_relation() -> None:
    claims, sources = _claims(("d1", "A", claim(figures=[fig("killed", 30)], body="City council")),
                              ("d2", "B", claim("denial", body="Defence Ministry", stance="rejects")))
    result = compare(claims, sources)
    assert [(r.kind, r.relation) for r in result.relations] == [(None, "denial")]
    assert result.denials == [claims[1].claim_id]
    assert "Defence Ministry rejects" in result.relations[0].reasons["text"]


def test_compare_rising_toll_is_one_revision_series() -> None:
    claims, sources = _claims(
        ("d1", "A", claim(figures=[fig("killed", 13)], body="Interior Ministry")),
        ("d2", "B", claim(figures=[fig("killed", 16)], body="Interior Ministry")),
        ("d3", "C", claim(figures=[fig("killed", 21)], body="Interior Ministry")),
        ("d4", "D", claim(figures=[fig("killed", 20, "at_least")], body="Mayor")),
    )
    result = compare(claims, sources)
    killed = result.figures["killed"]
    assert killed.series == [[c.claim_id for c in claims[:3]]]
    # min/max over every source; low/best/high over each body's latest figure (21 and >=20)
    assert (killed.min, killed.max) == (13, 21)
    assert (killed.low, killed.best, killed.high) == (20, 20, 21)
    rel = {(r.claim_a, r.claim_b): r.relation for r in result.relations}
    assert rel[(claims[0].claim_id, claims[2].claim_id)] == "revision"
    assert rel[(claims[2].claim_id, claims[3].claim_id)] == "agree"


def test_compare_best_is_median_of_current_figures() -> None:
    claims, sources = _claims(
        ("d1", "A", claim(figures=[fig("killed", 20)], body="Tribal leaders")),
        ("d2", "B", claim(figures=[fig("killed", 43)], body="Health official")),
        ("d3", "C", claim(figures=[fig("killed", 51)], body="Health Ministry")),
    )
    killed = compare(claims, sources).figures["killed"]
    assert (killed.low, killed.best, killed.high) == (20, 43, 51)


def test_compare_subgroup_and_vague_figures_are_not_compared() -> None:
    claims, sources = _claims(
        ("d1", "A", claim(figures=[fig("killed", 20, group="children")], body="UNICEF")),
        ("d2", "B", claim(figures=[fig("killed", 12, "vague")], body="Reuters")),
        ("d3", "C", claim(figures=[fig("killed", 51)], body="Health Ministry")),
    )
    result = compare(claims, sources)
    assert result.relations == []
    assert result.figures["killed"].min == 51


def test_compare_other_figures_compare_by_what() -> None:
    claims, sources = _claims(
        ("d1", "A", claim(figures=[fig("other", 3, what="missiles")], body="Air force")),
        ("d2", "B", claim(figures=[fig("other", 1000, what="people inside")], body="President")),
    )
    result = compare(claims, sources)
    assert set(result.figures) == {"other: missiles", "other: people inside"}
    assert result.relations == []


@pytest.mark.parametrize(
    ("a", "b", "copy"),
    [
        ("The Veldorian interior ministry reported 33 inmates dead and 61 hurt after shells struck the jail.",
         "The Veldorian interior ministry reported 33 inmates dead and 61 hurt after shells struck the jail at dawn.",
         True),
        ("The Veldorian interior ministry reported 33 inmates dead and 61 hurt after shells struck the jail.",
         "Opposition commanders put the blame for the inmates' deaths on government mortar crews.",
         False),
        ("Forty killed.", "Forty killed.", False),  # too short to call a copy
    ],
)
def test_compare_copy_detection(a: str, b: str, copy: bool) -> None:
    assert is_copy(a, b) is copy


def test_compare_wire_copies_are_one_source() -> None:
    text = "The interior ministry reported 40 inmates dead and 75 hurt after shells struck the detention centre."
    claims, sources = _claims(("d1", "Outlet A", claim(figures=[fig("killed", 40)], body="Outlet A", kind="author",
                                                      evidence=text)),
                              ("d2", "Outlet B", claim(figures=[fig("killed", 40)], body="Outlet B", kind="author",
                                                      evidence=text)))
    result = compare(claims, sources)
    assert result.copies == [(claims[1].claim_id, claims[0].claim_id)]
    assert result.units[claims[0].claim_id] == result.units[claims[1].claim_id]
