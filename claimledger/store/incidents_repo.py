"""Repository functions for incidents, relations and audit findings (keyword-only).

The link state that must survive re-extraction is kept by *stable key* (``Claim.stable_key``):
each incident's ``summary["keys"]`` lists the stable keys of its claims, so incident ids
can be reused after claims are re-extracted under new ids, and person-made links are
re-applied.

Person-made links and splits come from two places (the web review issue writes them):

* an incident row with ``manual = True``: its ``summary["keys"]`` stay together, alone;
* ``review_decisions`` rows with ``action`` ``"link"`` (``after = {"incident_id": ID}``:
  the claim belongs to incident ``ID``) or ``"split"`` / ``"unlink"`` (the claim stands
  alone); the latest decision per ``claim_key`` wins. A decision with ``action``
  ``"review"`` or ``"grade"`` on an ``incident_id`` marks that incident ``reviewed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from claimledger.compare import SourceInfo
from claimledger.errors import Errors, NotFound
from claimledger.models import ClaimOut, DateValue
from claimledger.store.repo import claim_out, now
from claimledger.store.tables import (
    Claim,
    Document,
    Finding,
    Incident,
    Relation,
    ReviewDecision,
)

LINK_ACTIONS = ("link", "split", "unlink")
REVIEW_ACTIONS = ("review", "grade")


@dataclass
class IncidentRecord:
    """An incident as the service layer writes it."""

    id: str
    type: str | None
    place_name: str | None
    geonameid: int | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    date_start: dt.date | None
    date_end: dt.date | None
    grade: str
    reasons: list[dict[str, Any]]
    summary: dict[str, Any]
    manual: bool = False
    parent_id: str | None = None
    claim_links: dict[str, dict[str, Any]] = field(default_factory=dict)  # claim id -> link reasons


@dataclass(frozen=True)
class RelationRecord:
    incident_id: str
    claim_a: str
    claim_b: str
    kind: str | None
    relation: str
    reasons: dict[str, Any]


@dataclass(frozen=True)
class OldIncident:
    id: str
    keys: frozenset[str]
    manual: bool
    grade: str | None


# --- reading -----------------------------------------------------------------------------


def claims_with_keys(*, session: Session) -> list[tuple[ClaimOut, str]]:
    """Every claim with its stable key, in document order."""
    query = (
        select(Claim, func.coalesce(Document.ext_id, Document.path))
        .join(Document, Document.id == Claim.doc_id)
        .order_by(Claim.doc_id, Claim.evidence_start, Claim.id)
    )
    return [(claim_out(row, label), row.stable_key) for row, label in session.execute(query)]


def source_infos(*, session: Session) -> dict[str, SourceInfo]:
    """doc id -> label, publisher, affiliation and publication date."""
    rows = session.execute(select(Document.id, func.coalesce(Document.ext_id, Document.path), Document.publisher,
                                  Document.affiliation, Document.published))
    return {r[0]: SourceInfo(doc=r[1], publisher=r[2], affiliation=r[3], published=r[4]) for r in rows}


def old_incidents(*, session: Session) -> list[OldIncident]:
    return [
        OldIncident(row.id, frozenset((row.summary or {}).get("keys", [])), bool(row.manual), row.grade)
        for row in session.scalars(select(Incident).order_by(Incident.id))
    ]


def manual_pins(*, session: Session) -> dict[str, str]:
    """stable key -> label of the person-made group it belongs to (an incident id, or ``split:<key>``)."""
    pins: dict[str, str] = {}
    for row in session.scalars(select(Incident).where(Incident.manual.is_(True))):
        for key in (row.summary or {}).get("keys", []):
            pins[key] = row.id
    decisions = session.scalars(
        select(ReviewDecision).where(ReviewDecision.action.in_(LINK_ACTIONS), ReviewDecision.claim_key.is_not(None))
        .order_by(ReviewDecision.at, ReviewDecision.id)
    )
    for d in decisions:
        assert d.claim_key is not None
        target = (d.after or {}).get("incident_id")
        if d.action == "link" and target:
            pins[d.claim_key] = str(target)
        else:
            pins[d.claim_key] = f"split:{d.claim_key}"
    return pins


def reviewed_incidents(*, session: Session) -> set[str]:
    rows = session.scalars(select(ReviewDecision.incident_id).where(
        ReviewDecision.action.in_(REVIEW_ACTIONS), ReviewDecision.incident_id.is_not(None)))
    return {r for r in rows if r}


# --- writing -----------------------------------------------------------------------------


def replace_incidents(*, session: Session, incidents: Sequence[IncidentRecord],
                      relations: Iterable[RelationRecord],
                      unlinked: dict[str, dict[str, Any]] | None = None) -> None:
    """Replace the whole link state (one transaction; the caller commits).

    ``unlinked``: claim id -> link reasons of claims left out of every incident."""
    session.execute(delete(Relation))
    session.execute(update(Claim).values(incident_id=None, link={}))
    session.execute(update(Incident).values(parent_id=None))
    keep = {i.id for i in incidents}
    existing = {row.id: row for row in session.scalars(select(Incident))}
    for old_id in set(existing) - keep:
        session.delete(existing[old_id])
    session.flush()
    stamp = now()
    for rec in incidents:
        row = existing.get(rec.id)
        if row is None:
            row = Incident(id=rec.id)
            session.add(row)
        row.type, row.place_name, row.geonameid = rec.type, rec.place_name, rec.geonameid
        row.country, row.admin1, row.lat, row.lon = rec.country, rec.admin1, rec.lat, rec.lon
        row.date_start, row.date_end, row.grade = rec.date_start, rec.date_end, rec.grade
        row.reasons, row.summary, row.manual, row.updated_at = rec.reasons, rec.summary, rec.manual, stamp
    session.flush()
    for rec in incidents:
        if rec.parent_id is not None:
            session.execute(update(Incident).where(Incident.id == rec.id).values(parent_id=rec.parent_id))
    updates: list[dict[str, Any]] = [{"id": cid, "incident_id": rec.id, "link": link} for rec in incidents
                                      for cid, link in rec.claim_links.items()]
    updates += [{"id": cid, "incident_id": None, "link": link} for cid, link in (unlinked or {}).items()]
    if updates:
        session.execute(update(Claim), updates)
    session.add_all(Relation(incident_id=r.incident_id, claim_a=r.claim_a, claim_b=r.claim_b, kind=r.kind,
                             relation=r.relation, reasons=r.reasons) for r in relations)
    session.flush()


def update_claim_dates(*, session: Session, dates: Mapping[str, DateValue]) -> None:
    """Set claims' dates (a year their incident gave, or took back) in their columns and payload
    (the caller commits)."""
    for claim_id, date in dates.items():
        row = session.get(Claim, claim_id)
        if row is None:
            continue
        row.payload = {**row.payload, "date": date.model_dump(mode="json")}
        row.date_start, row.date_end, row.date_precision = date.start, date.end, date.precision
    session.flush()


def replace_findings(*, session: Session, doc_id: str, findings: Iterable[dict[str, Any]]) -> int:
    """Replace one document's audit findings (the caller commits). RETURNS the number written."""
    session.execute(delete(Finding).where(Finding.doc_id == doc_id))
    stamp = now()
    count = 0
    for f in findings:
        session.add(Finding(doc_id=doc_id, rule=f["rule"], message=f["message"], spans=f["spans"],
                            severity=f.get("severity", "warning"), created_at=stamp))
        count += 1
    session.flush()
    return count


# --- queries -----------------------------------------------------------------------------


def list_incident_rows(*, session: Session, contested: bool = False, country: str | None = None,
                       grade: str | None = None, type_: str | None = None) -> list[Incident]:
    query = select(Incident).order_by(Incident.date_start.is_(None), Incident.date_start, Incident.id)
    if contested:
        query = query.where(Incident.grade == "contested")
    if grade:
        query = query.where(Incident.grade == grade)
    if country:
        query = query.where(func.upper(Incident.country) == country.upper())
    if type_:
        query = query.where(Incident.type == type_)
    return list(session.scalars(query))


def get_incident_row(*, session: Session, incident_id: str) -> Incident:
    row = session.get(Incident, incident_id)
    if row is None:
        matches = list(session.scalars(select(Incident).where(Incident.id.startswith(incident_id)).limit(2)))
        if len(matches) == 1:
            return matches[0]
        raise NotFound(Errors.E205.format(ref=incident_id))
    return row


def incident_claims(*, session: Session, incident_id: str) -> list[ClaimOut]:
    query = (
        select(Claim, func.coalesce(Document.ext_id, Document.path))
        .join(Document, Document.id == Claim.doc_id)
        .where(Claim.incident_id == incident_id)
        .order_by(Document.published.is_(None), Document.published, Claim.doc_id, Claim.evidence_start)
    )
    return [claim_out(row, label) for row, label in session.execute(query)]


def claim_links(*, session: Session, incident_id: str) -> dict[str, dict[str, Any]]:
    rows = session.execute(select(Claim.id, Claim.link).where(Claim.incident_id == incident_id))
    return {r[0]: dict(r[1] or {}) for r in rows}


def incident_relations(*, session: Session, incident_id: str) -> list[Relation]:
    return list(session.scalars(select(Relation).where(Relation.incident_id == incident_id).order_by(Relation.id)))


def child_rows(*, session: Session, incident_id: str) -> list[Incident]:
    return list(session.scalars(select(Incident).where(Incident.parent_id == incident_id).order_by(Incident.date_start,
                                                                                                Incident.id)))


def list_findings(*, session: Session, doc_id: str | None = None) -> list[tuple[Finding, str, str]]:
    """Findings with their document's label and text."""
    query = (
        select(Finding, func.coalesce(Document.ext_id, Document.path), Document.text)
        .join(Document, Document.id == Finding.doc_id)
        .order_by(Finding.doc_id, Finding.id)
    )
    if doc_id is not None:
        query = query.where(Finding.doc_id == doc_id)
    return [(r[0], r[1], r[2]) for r in session.execute(query)]


def document_ids(*, session: Session) -> list[str]:
    return list(session.scalars(select(Document.id).order_by(Document.id)))
