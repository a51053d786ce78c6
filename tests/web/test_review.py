"""The review service: decisions are appended, never changed, and survive re-extraction and re-linking."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from claimledger import incidents, review
from claimledger.errors import BadInput, NotFound
from claimledger.store import repo
from claimledger.store.tables import Claim, Incident, ReviewDecision
from tests.web.world import World, members


def _claim_row(w: World, key: str) -> Claim:
    with w.ledger.session() as session:
        row = session.get(Claim, w.claim_ids[key])
        assert row is not None
        return row


def _reextract(w: World, doc: str) -> None:
    """Store the same claims again, as a new extractor version would (new claim ids, same stable keys)."""
    doc_id = w.doc_ids[doc]
    with w.ledger.session() as session:
        new_ids = repo.replace_claims(session=session, doc_id=doc_id, extractor="hand-v2", claims=w.originals[doc])
        session.commit()
    assert new_ids


@pytest.mark.parametrize(("action", "status"), [("accept", "accepted"), ("reject", "rejected")])
def test_review_accept_reject_append_a_decision(world: World, action: str, status: str) -> None:
    cid = world.claim_ids["n1"]
    decision = getattr(review, action)(world.ledger, cid, actor="ana", note="checked")
    assert (decision.action, decision.actor, decision.claim_id) == (action, "ana", cid)
    assert decision.before == {"status": "machine"} and decision.after == {"status": status, "note": "checked"}
    assert decision.claim_key == _claim_row(world, "n1").stable_key
    assert _claim_row(world, "n1").status == status
    assert [d.id for d in review.history(world.ledger, claim_id=cid)] == [decision.id]


def test_review_edit_records_before_and_after(world: World) -> None:
    cid = world.claim_ids["n1"]
    changes = review.ClaimEdit(type="air_strike", date_end="2031-03-02", figures=[review.FigureEdit(index=0, high=14)])
    decision = review.edit(world.ledger, cid, changes, actor="ana")
    assert decision.before == {"type": "missile_strike", "date_end": "2031-03-01",
                               "figures.0": {"kind": "killed", "low": 12, "high": None}, "status": "machine"}
    assert decision.after == {"type": "air_strike", "date_end": "2031-03-02",
                              "figures.0": {"kind": "killed", "low": 12, "high": 14}, "status": "edited"}
    claim = world.ledger.claim(cid)
    assert (claim.type, claim.date.end.isoformat(), claim.figures[0].high, claim.status) == (
        "air_strike", "2031-03-02", 14, "edited")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        (review.ClaimEdit(), "E411"),  # nothing changed
        (review.ClaimEdit(type="missile_strike"), "E411"),  # same value
        (review.ClaimEdit(figures=[review.FigureEdit(index=5, low=1)]), "E411"),
        (review.ClaimEdit(figures=[review.FigureEdit(index=0, low=50, high=10)]), "E411"),
        (review.ClaimEdit(date_start="2031-03-09", date_end="2031-03-01"), "E411"),
    ],
)
def test_review_edit_rejects_bad_edits(world: World, changes: review.ClaimEdit, code: str) -> None:
    with pytest.raises(BadInput, match=code):
        review.edit(world.ledger, world.claim_ids["n1"], changes, actor="ana")
    assert review.history(world.ledger, claim_id=world.claim_ids["n1"]) == []


def test_review_decisions_are_append_only(world: World) -> None:
    review.accept(world.ledger, world.claim_ids["n1"], actor="ana")
    with world.ledger.session() as session:
        for statement in ("UPDATE review_decisions SET actor = 'mallory'", "DELETE FROM review_decisions"):
            with pytest.raises(DatabaseError, match="append-only"):
                session.execute(text(statement))
            session.rollback()
        assert session.scalar(select(ReviewDecision.actor)) == "ana"


def test_review_status_and_edits_survive_reextraction(world: World) -> None:
    review.reject(world.ledger, world.claim_ids["o2"], actor="ana")
    review.edit(world.ledger, world.claim_ids["s1"], review.ClaimEdit(perpetrator="nobody"), actor="ana")
    _reextract(world, "south-1")
    with world.ledger.session() as session:
        rows = {r.type: r for r in session.scalars(select(Claim).where(Claim.doc_id == world.doc_ids["south-1"]))}
    assert rows["shelling"].id != world.claim_ids["o2"]  # a new extraction, new ids
    assert rows["shelling"].status == "rejected"
    assert rows["denial"].status == "edited" and rows["denial"].payload["actors"]["perpetrator"] is None
    assert review.reapply(world.ledger) == 1
    assert world.ledger.claim(rows["denial"].id).actors.perpetrator == "nobody"
    history = review.history(world.ledger, claim_id=rows["denial"].id)  # found by stable key
    assert [d.action for d in history] == ["edit"]


def test_review_move_to_new_incident_survives_relinking(world: World) -> None:
    cid = world.claim_ids["x1"]
    decision = review.move(world.ledger, cid, None, actor="ana")
    new_id = decision.after["incident_id"]
    assert (decision.action, decision.before, decision.after["op"]) == (
        "link", {"incident_id": world.incidents["velmora"]}, "move")
    assert world.ledger.claim(cid).incident_id == new_id
    detail = incidents.incident_detail(world.ledger, world.incidents["velmora"])
    assert cid not in {r.claim_id for r in detail.rows}
    assert all(cid not in (r.claim_a, r.claim_b) for r in detail.relations)  # re-compared at once
    incidents.link(world.ledger)
    assert world.ledger.claim(cid).incident_id == new_id
    assert world.ledger.claim(world.claim_ids["n1"]).incident_id == world.incidents["velmora"]


def test_review_move_into_an_existing_incident(world: World) -> None:
    cid = world.claim_ids["o2"]
    target = world.incidents["velmora"]
    review.move(world.ledger, cid, target, actor="ana")
    assert world.ledger.claim(cid).incident_id == target
    incidents.link(world.ledger)
    assert world.ledger.claim(cid).incident_id == target
    assert world.ledger.claim(world.claim_ids["o1"]).incident_id == world.incidents["ostrin"]
    with pytest.raises(BadInput, match="E407"):
        review.move(world.ledger, cid, target, actor="ana")
    with pytest.raises(NotFound, match="E205"):
        review.move(world.ledger, cid, "no-such-incident", actor="ana")


def test_review_split_and_merge(world: World) -> None:
    velmora = world.incidents["velmora"]
    chosen = [world.claim_ids["g1"], world.claim_ids["x1"]]
    decisions = review.split(world.ledger, velmora, chosen, actor="ana")
    new_id = decisions[0].after["incident_id"]
    assert [d.claim_id for d in decisions] == chosen and {d.after["op"] for d in decisions} == {"split"}
    assert {world.ledger.claim(c).incident_id for c in chosen} == {new_id}
    incidents.link(world.ledger)
    assert {world.ledger.claim(c).incident_id for c in chosen} == {new_id}
    merged = review.merge(world.ledger, [velmora, new_id], actor="bo")
    assert sorted(d.claim_id for d in merged) == sorted(chosen)
    with world.ledger.session() as session:
        assert session.get(Incident, new_id) is None
    assert {world.ledger.claim(c).incident_id for c in chosen} == {velmora}
    history = review.history(world.ledger, incident_id=velmora)
    assert [(d.actor, d.after["op"]) for d in history][:2] == [("bo", "merge"), ("bo", "merge")]
    assert {d.after["op"] for d in history} == {"split", "merge"}


@pytest.mark.parametrize("pick", ["none", "all", "other incident"])
def test_review_split_needs_a_proper_subset(world: World, pick: str) -> None:
    chosen = {"none": [], "all": sorted(members(world, "velmora")), "other incident": [world.claim_ids["o1"]]}[pick]
    with pytest.raises(BadInput, match="E412"):
        review.split(world.ledger, world.incidents["velmora"], chosen, actor="ana")


def test_review_merge_needs_two(world: World) -> None:
    with pytest.raises(BadInput, match="E413"):
        review.merge(world.ledger, [world.incidents["velmora"]] * 2, actor="ana")


def test_review_mark_reviewed_sets_grade_and_survives_relinking(world: World) -> None:
    ostrin = world.incidents["ostrin"]
    decision = review.mark_reviewed(world.ledger, ostrin, actor="ana", note="read all three")
    assert decision.before == {"grade": "corroborated"} and decision.after["grade"] == "reviewed"
    incidents.link(world.ledger)
    assert incidents.incident_detail(world.ledger, ostrin).incident.grade == "reviewed"
