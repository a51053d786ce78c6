"""Repository queries for the characterization family (issue 7); keyword-only like ``repo``."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claimledger.errors import Errors, NotFound
from claimledger.models import ClaimOut
from claimledger.store.repo import claim_out
from claimledger.store.tables import Claim, Document, Incident


def require_incident(*, session: Session, incident_id: str) -> Incident:
    """The incident row, or ``NotFound`` (E205)."""
    row = session.get(Incident, incident_id)
    if row is None:
        raise NotFound(Errors.E205.format(ref=incident_id))
    return row


def family_claims(*, session: Session, types: Sequence[str], incident_id: str | None = None) -> list[ClaimOut]:
    """Claims of the given types (of one incident, or all), in document order; rejected claims left out."""
    query = (
        select(Claim, func.coalesce(Document.ext_id, Document.path))
        .join(Document, Document.id == Claim.doc_id)
        .where(Claim.type.in_(list(types)), Claim.status != "rejected")
        .order_by(Claim.doc_id, Claim.evidence_start, Claim.id)
    )
    if incident_id is not None:
        query = query.where(Claim.incident_id == incident_id)
    return [claim_out(row, label) for row, label in session.execute(query)]


def document_meta(*, session: Session, doc_ids: Sequence[str]) -> dict[str, tuple[str | None, str | None, object]]:
    """doc id -> (publisher, affiliation, published)."""
    if not doc_ids:
        return {}
    rows = session.execute(
        select(Document.id, Document.publisher, Document.affiliation, Document.published)
        .where(Document.id.in_(list(set(doc_ids))))
    )
    return {r[0]: (r[1], r[2], r[3]) for r in rows}
