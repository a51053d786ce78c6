"""The review service: a person's decisions on machine claims and incidents.

Every decision is one appended ``review_decisions`` row (who, when, what, before,
after); rows are never updated or deleted (database triggers enforce it). Decisions
are keyed by ``Claim.stable_key`` so they survive re-extraction: ``replace_claims``
keeps a claim's status by that key, ``reapply`` replays field edits onto freshly
extracted claims, and ``incidents.link`` keeps incident moves (``link`` decisions and
``manual`` incidents).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from claimledger.errors import BadInput, Errors, NotFound
from claimledger.ledger import Ledger
from claimledger.models import ClaimIn
from claimledger.store.tables import (
    Claim,
    FigureRow,
    Incident,
    Relation,
    ReviewDecision,
)

ACTIONS: tuple[str, ...] = ("accept", "reject", "edit", "link", "review")  # what review_decisions.action holds


class Decision(BaseModel):
    """One appended review decision."""

    id: int
    claim_key: str | None
    claim_id: str | None
    incident_id: str | None
    actor: str
    action: str
    before: dict[str, Any]
    after: dict[str, Any]
    at: dt.datetime


class FigureEdit(BaseModel):
    """New bounds for the figure at ``index`` of a claim's ``figures``."""

    index: int = Field(ge=0)
    low: float | None = None
    high: float | None = None


class ClaimEdit(BaseModel):
    """Fields a reviewer may correct; ``None`` leaves a field as it is."""

    type: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    place_name: str | None = None
    country: str | None = None
    attributed_to: str | None = None
    perpetrator: str | None = None
    target: str | None = None
    figures: list[FigureEdit] = Field(default_factory=list)
    note: str | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def decision_out(row: ReviewDecision) -> Decision:
    return Decision(
        id=row.id,
        claim_key=row.claim_key,
        claim_id=row.claim_id,
        incident_id=row.incident_id,
        actor=row.actor,
        action=row.action,
        before=dict(row.before or {}),
        after=dict(row.after or {}),
        at=row.at if row.at.tzinfo else row.at.replace(tzinfo=dt.UTC),
    )


def _append(
    session: Session,
    *,
    actor: str,
    action: str,
    claim: Claim | None = None,
    incident_id: str | None = None,
    before: dict[str, Any],
    after: dict[str, Any],
) -> ReviewDecision:
    row = ReviewDecision(
        claim_key=claim.stable_key if claim is not None else None,
        claim_id=claim.id if claim is not None else None,
        incident_id=incident_id,
        actor=actor,
        action=action,
        before=before,
        after=after,
        at=_now(),
    )
    session.add(row)
    session.flush()
    return row


def _claim(session: Session, claim_id: str) -> Claim:
    row = session.get(Claim, claim_id)
    if row is None:
        raise NotFound(Errors.E204.format(ref=claim_id))
    return row


def _incident(session: Session, incident_id: str) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None:
        raise NotFound(Errors.E205.format(ref=incident_id))
    return row


# --- claim decisions ---------------------------------------------------------------------


def set_status(ledger: Ledger, claim_id: str, status: Literal["accepted", "rejected"], *, actor: str,
               note: str | None = None) -> Decision:
    """Accept or reject a claim; the status survives re-extraction (by stable key)."""
    with ledger.session() as session:
        claim = _claim(session, claim_id)
        before = {"status": claim.status}
        claim.status = status
        after: dict[str, Any] = {"status": status}
        if note:
            after["note"] = note
        row = _append(session, actor=actor, action="accept" if status == "accepted" else "reject",
                      claim=claim, incident_id=claim.incident_id, before=before, after=after)
        session.commit()
        return decision_out(row)


def accept(ledger: Ledger, claim_id: str, *, actor: str, note: str | None = None) -> Decision:
    """Mark a machine claim as checked and right.

    ledger (Ledger): the ledger.
    claim_id (str): the claim.
    actor (str): who decides.
    RETURNS (Decision): the appended decision."""
    return set_status(ledger, claim_id, "accepted", actor=actor, note=note)


def reject(ledger: Ledger, claim_id: str, *, actor: str, note: str | None = None) -> Decision:
    """Mark a claim as wrong; it stays in the ledger, flagged, with its history."""
    return set_status(ledger, claim_id, "rejected", actor=actor, note=note)


def _apply_edit(claim: Claim, fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Apply edited fields to a claim row (payload and scalar columns); return (before, after)."""
    payload = ClaimIn.model_validate(claim.payload)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}

    def change(name: str, old: Any, new: Any) -> bool:
        if new is None or old == new:
            return False
        before[name], after[name] = old, new
        return True

    if change("type", payload.type, fields.get("type")):
        payload.type = fields["type"]
    for name in ("date_start", "date_end"):
        value = fields.get(name)
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        attr = name.removeprefix("date_")
        old = getattr(payload.date, attr)
        if change(name, None if old is None else old.isoformat(), None if value is None else value.isoformat()):
            setattr(payload.date, attr, value)
    if payload.date.start and payload.date.end and payload.date.end < payload.date.start:
        raise BadInput(Errors.E411.format(ref=claim.id, reason="the date ends before it starts"))
    if change("place_name", payload.place.name or payload.place.text, fields.get("place_name")):
        payload.place.name = fields["place_name"]
    if change("country", payload.place.country, fields.get("country")):
        payload.place.country = fields["country"]
    if change("attributed_to", payload.attributed_to.name, fields.get("attributed_to")):
        payload.attributed_to.name = fields["attributed_to"]
    if change("perpetrator", payload.actors.perpetrator, fields.get("perpetrator")):
        payload.actors.perpetrator = fields["perpetrator"]
    if change("target", payload.actors.target, fields.get("target")):
        payload.actors.target = fields["target"]
    for fig in fields.get("figures") or []:
        index = int(fig["index"])
        if index >= len(payload.figures):
            raise BadInput(Errors.E411.format(ref=claim.id, reason=f"it has no figure {index}"))
        figure = payload.figures[index]
        low, high = fig.get("low"), fig.get("high")
        new_low = figure.low if low is None else low
        new_high = figure.high if high is None else high
        if new_low is not None and new_high is not None and new_high < new_low:
            raise BadInput(Errors.E411.format(ref=claim.id, reason=f"figure {index}: high is below low"))
        if (new_low, new_high) != (figure.low, figure.high):
            before[f"figures.{index}"] = {"kind": figure.kind, "low": figure.low, "high": figure.high}
            after[f"figures.{index}"] = {"kind": figure.kind, "low": new_low, "high": new_high}
            figure.low, figure.high = new_low, new_high
    claim.payload = payload.model_dump(mode="json")
    claim.type = payload.type
    claim.date_start, claim.date_end = payload.date.start, payload.date.end
    claim.place_name = payload.place.name or payload.place.text
    claim.country = payload.place.country
    claim.attributed_name = payload.attributed_to.name
    return before, after


def _sync_figures(session: Session, claim: Claim) -> None:
    rows = list(session.scalars(select(FigureRow).where(FigureRow.claim_id == claim.id).order_by(FigureRow.id)))
    for row, figure in zip(rows, claim.payload.get("figures") or [], strict=False):
        row.low, row.high = figure.get("low"), figure.get("high")


def edit(ledger: Ledger, claim_id: str, changes: ClaimEdit, *, actor: str) -> Decision:
    """Correct fields of a claim; before and after of each changed field are recorded.

    ledger (Ledger): the ledger.
    claim_id (str): the claim.
    changes (ClaimEdit): the new values; unset fields are left alone.
    actor (str): who decides.
    RETURNS (Decision): the appended decision (action ``edit``)."""
    fields = changes.model_dump(mode="json", exclude_none=True)
    note = fields.pop("note", None)
    with ledger.session() as session:
        claim = _claim(session, claim_id)
        status_before = claim.status
        before, after = _apply_edit(claim, fields)
        if not after:
            raise BadInput(Errors.E411.format(ref=claim_id, reason="nothing changed"))
        _sync_figures(session, claim)
        claim.status = "edited"
        before["status"], after["status"] = status_before, "edited"
        if note:
            after["note"] = note
        row = _append(session, actor=actor, action="edit", claim=claim, incident_id=claim.incident_id,
                      before=before, after=after)
        session.commit()
        return decision_out(row)


# --- incident decisions ------------------------------------------------------------------
#
# The linking stage (``claimledger/incidents.py``, ``store/incidents_repo.py``) keeps what a
# person decided when it re-links: an incident with ``manual = True`` keeps the claims whose
# stable keys are in its ``summary["keys"]`` together, and a ``link`` decision
# (``after.incident_id``) pins one claim to an incident, the latest per claim key winning.
# So every move, split and merge is recorded as one ``link`` decision per claim moved
# (``after.op`` says which), and the incidents touched become manual with their keys.


def _keys(row: Incident) -> list[str]:
    return list((row.summary or {}).get("keys") or [])


def _set_keys(row: Incident, keys: list[str]) -> None:
    summary = dict(row.summary or {})
    summary["keys"] = sorted(set(keys))
    row.summary = summary


def _manual_link(actor: str, op: str) -> dict[str, Any]:
    return {"manual": True, "score": 1.0, "reasons": [f"{op} by reviewer {actor}"], "by": actor}


def _new_incident_like(session: Session, source: Incident | None, keys: list[str]) -> Incident:
    row = Incident(
        id="r" + uuid.uuid4().hex[:11],
        parent_id=source.parent_id if source else None,
        type=source.type if source else None,
        place_name=source.place_name if source else None,
        geonameid=source.geonameid if source else None,
        country=source.country if source else None,
        admin1=source.admin1 if source else None,
        lat=source.lat if source else None,
        lon=source.lon if source else None,
        date_start=source.date_start if source else None,
        date_end=source.date_end if source else None,
        grade=None,
        reasons=[],
        summary={"keys": sorted(set(keys))},
        manual=True,
        updated_at=_now(),
    )
    session.add(row)
    session.flush()
    return row


def _pin(session: Session, claim: Claim, target: Incident, *, actor: str, op: str,
         source: Incident | None) -> ReviewDecision:
    """Move one claim into ``target`` (both incidents become manual) and append its ``link`` decision."""
    old = claim.incident_id
    if source is not None:
        source.manual = True
        _set_keys(source, [k for k in _keys(source) if k != claim.stable_key]
                  or [c.stable_key for c in session.scalars(select(Claim).where(Claim.incident_id == source.id))
                      if c.id != claim.id])
    target.manual = True
    members = [c.stable_key for c in session.scalars(select(Claim).where(Claim.incident_id == target.id))]
    _set_keys(target, _keys(target) + members + [claim.stable_key])
    claim.incident_id = target.id
    claim.link = _manual_link(actor, op)
    after: dict[str, Any] = {"incident_id": target.id, "op": op}
    return _append(session, actor=actor, action="link", claim=claim, incident_id=target.id,
                   before={"incident_id": old}, after=after)


def move(ledger: Ledger, claim_id: str, incident_id: str | None, *, actor: str) -> Decision:
    """Move a claim to another incident (``None``: to a new incident of its own).

    ledger (Ledger): the ledger.
    claim_id (str): the claim to move.
    incident_id (str | None): the target incident, or None for a new one.
    actor (str): who decides.
    RETURNS (Decision): the appended ``link`` decision (``after.incident_id`` is the target)."""
    with ledger.session() as session:
        claim = _claim(session, claim_id)
        source = session.get(Incident, claim.incident_id) if claim.incident_id else None
        if incident_id is None:
            target = _new_incident_like(session, source, [])
        else:
            target = _incident(session, incident_id)
        if target.id == claim.incident_id:
            raise BadInput(Errors.E407.format(reason=f"claim {claim_id} is already in incident {target.id}"))
        row = _pin(session, claim, target, actor=actor, op="move", source=source)
        touched = [i for i in (source.id if source else None, target.id) if i]
        _recompute(session, touched)
        session.commit()
        return decision_out(row)


def split(ledger: Ledger, incident_id: str, claim_ids: Sequence[str], *, actor: str) -> list[Decision]:
    """Move some claims of an incident into a new incident of their own.

    RETURNS (list[Decision]): one ``link`` decision per claim (``after.incident_id`` = the new incident)."""
    with ledger.session() as session:
        source = _incident(session, incident_id)
        members = {c.id: c for c in session.scalars(select(Claim).where(Claim.incident_id == incident_id))}
        chosen = list(dict.fromkeys(claim_ids))
        if not chosen or any(c not in members for c in chosen) or len(chosen) >= len(members):
            raise BadInput(Errors.E412.format(ref=incident_id))
        target = _new_incident_like(session, source, [])
        rows = [_pin(session, members[cid], target, actor=actor, op="split", source=source) for cid in chosen]
        _recompute(session, [incident_id, target.id])
        session.commit()
        return [decision_out(r) for r in rows]


def merge(ledger: Ledger, incident_ids: Sequence[str], *, actor: str) -> list[Decision]:
    """Merge incidents into the first one given: every claim of the others moves to it, and the
    emptied incidents are removed (their children move to the kept one).

    RETURNS (list[Decision]): one ``link`` decision per claim moved."""
    ids = list(dict.fromkeys(incident_ids))
    if len(ids) < 2:
        raise BadInput(Errors.E413)
    with ledger.session() as session:
        keep = _incident(session, ids[0])
        others = [_incident(session, other_id) for other_id in ids[1:]]
        rows: list[ReviewDecision] = []
        for other in others:
            for claim in list(session.scalars(select(Claim).where(Claim.incident_id == other.id).order_by(Claim.id))):
                rows.append(_pin(session, claim, keep, actor=actor, op="merge", source=other))
            for child in session.scalars(select(Incident).where(Incident.parent_id == other.id)):
                child.parent_id = keep.id
        session.flush()
        for other in others:
            session.delete(other)
        session.flush()
        _recompute(session, [keep.id])
        session.commit()
        return [decision_out(r) for r in rows]


def mark_reviewed(ledger: Ledger, incident_id: str, *, actor: str, note: str | None = None) -> Decision:
    """A person has checked the incident: its grade becomes ``reviewed`` (kept on re-linking)."""
    with ledger.session() as session:
        row = _incident(session, incident_id)
        before = {"grade": row.grade}
        row.grade = "reviewed"
        after: dict[str, Any] = {"grade": "reviewed"}
        if note:
            after["note"] = note
        decision = _append(session, actor=actor, action="review", incident_id=row.id, before=before, after=after)
        session.commit()
        return decision_out(decision)


def _recompute(session: Session, incident_ids: Sequence[str]) -> None:
    """Re-compare and re-grade incidents whose claims a person changed, so the pages are right at once
    (``claimledger link`` would do the same over the whole ledger)."""
    from claimledger import incidents as incidents_mod
    from claimledger.compare import compare
    from claimledger.grade import grade_incident
    from claimledger.store import incidents_repo as irepo

    session.flush()
    sources = irepo.source_infos(session=session)
    reviewed = irepo.reviewed_incidents(session=session)
    for incident_id in dict.fromkeys(incident_ids):
        row = session.get(Incident, incident_id)
        if row is None:
            continue
        members = [c for c in irepo.incident_claims(session=session, incident_id=incident_id) if c.status != "rejected"]
        session.execute(delete(Relation).where(Relation.incident_id == incident_id))
        if not members:
            continue
        keys = [k for k, in session.execute(select(Claim.stable_key).where(Claim.incident_id == incident_id))]
        comparison = compare(members, sources)
        graded = grade_incident(members, comparison, sources, reviewed=incident_id in reviewed)
        machine = grade_incident(members, comparison, sources).grade
        aggregate = bool((row.summary or {}).get("aggregate"))
        row.summary = incidents_mod._summary(comparison, members, keys, aggregate, machine)
        row.grade, row.reasons, row.updated_at = graded.grade, graded.reasons, _now()
        session.add_all(Relation(incident_id=incident_id, claim_a=r.claim_a, claim_b=r.claim_b, kind=r.kind,
                                 relation=r.relation, reasons=r.reasons) for r in comparison.relations)
    session.flush()


# --- history and replay ------------------------------------------------------------------


def history(ledger: Ledger, *, claim_id: str | None = None, incident_id: str | None = None,
            limit: int = 200) -> list[Decision]:
    """Decisions on a claim (by its stable key, so older extractions count) or an incident, newest first."""
    with ledger.session() as session:
        query = select(ReviewDecision)
        if claim_id is not None:
            claim = _claim(session, claim_id)
            query = query.where(or_(ReviewDecision.claim_key == claim.stable_key, ReviewDecision.claim_id == claim_id))
        elif incident_id is not None:
            keys = select(Claim.stable_key).where(Claim.incident_id == incident_id)
            query = query.where(or_(ReviewDecision.incident_id == incident_id, ReviewDecision.claim_key.in_(keys)))
        rows = session.scalars(query.order_by(ReviewDecision.at.desc(), ReviewDecision.id.desc()).limit(limit))
        return [decision_out(r) for r in rows]


def recent(ledger: Ledger, *, limit: int = 50, offset: int = 0) -> tuple[list[Decision], int]:
    """The newest decisions of everyone, and how many there are."""
    with ledger.session() as session:
        total = session.scalar(select(func.count()).select_from(ReviewDecision)) or 0
        rows = session.scalars(
            select(ReviewDecision).order_by(ReviewDecision.id.desc()).limit(limit).offset(offset)
        )
        return [decision_out(r) for r in rows], total


def reapply(ledger: Ledger, *, doc_id: str | None = None) -> int:
    """Replay field edits onto the current claims after re-extraction.

    ``replace_claims`` keeps each claim's status by stable key, and re-linking keeps
    incident moves (``link`` decisions); this puts edited field values back. Nothing is
    appended: these are the same decisions. RETURNS (int): how many claims changed."""
    changed = 0
    with ledger.session() as session:
        decisions = list(session.scalars(
            select(ReviewDecision).where(ReviewDecision.action == "edit", ReviewDecision.claim_key.is_not(None))
            .order_by(ReviewDecision.id)
        ))
        keys = {d.claim_key for d in decisions}
        if not keys:
            return 0
        claim_query = select(Claim).where(Claim.stable_key.in_(keys))
        if doc_id is not None:
            claim_query = claim_query.where(Claim.doc_id == doc_id)
        by_key: dict[str, list[Claim]] = {}
        for claim in session.scalars(claim_query):
            by_key.setdefault(claim.stable_key, []).append(claim)
        for decision in decisions:
            for claim in by_key.get(decision.claim_key or "", []):
                _, done = _apply_edit(claim, _edit_fields(decision.after or {}))
                if done:
                    _sync_figures(session, claim)
                    claim.status = "edited"
                    changed += 1
        session.commit()
    return changed


def _edit_fields(after: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    figures = []
    for name, value in after.items():
        if name.startswith("figures."):
            figures.append({"index": int(name.split(".", 1)[1]), "low": value.get("low"), "high": value.get("high")})
        elif name not in ("status", "note"):
            fields[name] = value
    fields["figures"] = figures
    return fields
