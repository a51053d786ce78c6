"""The REST API under /api: the same data functions as the pages, returned as JSON."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, Field

from claimledger import review
from claimledger.web import data
from claimledger.web.deps import CsrfApi, Editor, LedgerDep, Viewer, editor

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=data.MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0)]


IncidentFiltersDep = Annotated[data.IncidentFilters, Query()]


class Me(BaseModel):
    name: str
    role: str
    via: str


@router.get("/me", response_model=Me)
def me(user: Viewer) -> Me:
    """Who the API thinks you are."""
    return Me(name=user.name, role=user.role, via=user.via)


@router.get("/overview", response_model=data.Overview)
def overview(ledger: LedgerDep, user: Viewer, filters: IncidentFiltersDep) -> data.Overview:
    """Counts, filter choices, timeline and the most contested incidents."""
    return data.overview_data(ledger, filters)


@router.get("/documents", response_model=data.Page[data.DocumentBrief])
def documents(ledger: LedgerDep, user: Viewer, publisher: str | None = None, affiliation: str | None = None,
              limit: Limit = 50, offset: Offset = 0) -> data.Page[data.DocumentBrief]:
    """Documents with their claim counts."""
    return data.documents_data(ledger, publisher=publisher, affiliation=affiliation, limit=limit, offset=offset)


@router.get("/documents/{doc_id}", response_model=data.DocumentPage)
def document(ledger: LedgerDep, user: Viewer, doc_id: str) -> data.DocumentPage:
    """One document: metadata, highlighted runs of text, claims and audit findings."""
    return data.document_data(ledger, doc_id)


@router.get("/claims", response_model=data.Page[data.ClaimBrief])
def claims(ledger: LedgerDep, user: Viewer, filters: Annotated[data.ClaimFilters, Query()],
           limit: Limit = 50, offset: Offset = 0) -> data.Page[data.ClaimBrief]:
    """Claims, filtered by document, type, status, incident, country or affiliation."""
    return data.claims_data(ledger, filters, limit=limit, offset=offset)


@router.get("/claims/{claim_id}", response_model=data.ClaimPage)
def claim(ledger: LedgerDep, user: Viewer, claim_id: str) -> data.ClaimPage:
    """One claim with its fields, rules, incident and review history."""
    return data.claim_data(ledger, claim_id)


@router.get("/incidents", response_model=data.Page[data.IncidentItem])
def incidents(ledger: LedgerDep, user: Viewer, filters: IncidentFiltersDep,
              limit: Limit = 50, offset: Offset = 0) -> data.Page[data.IncidentItem]:
    """Incidents, filtered as on the overview."""
    return data.incidents_data(ledger, filters, limit=limit, offset=offset)


@router.get("/incidents.geojson", response_class=Response,
            responses={200: {"content": {"application/geo+json": {}}, "description": "a GeoJSON FeatureCollection"}})
def incidents_geojson(request: Request, ledger: LedgerDep, user: Viewer, filters: IncidentFiltersDep) -> Response:
    """Located incidents as GeoJSON points (the overview map reads this)."""
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(data.geojson_bytes(ledger, filters, gzipped=True), media_type="application/geo+json",
                        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(data.geojson_bytes(ledger, filters), media_type="application/geo+json",
                    headers={"Vary": "Accept-Encoding"})


@router.get("/incidents/{incident_id}", response_model=data.IncidentPage)
def incident(ledger: LedgerDep, user: Viewer, incident_id: str) -> data.IncidentPage:
    """One incident: claims side by side, ranges, revisions, relations, family and history."""
    return data.incident_data(ledger, incident_id)


@router.get("/sources", response_model=data.Sources)
def sources(ledger: LedgerDep, user: Viewer) -> data.Sources:
    """Publishers with affiliation, claim counts and agreement/contradiction counts."""
    return data.sources_data(ledger)


@router.get("/search", response_model=data.SearchResults)
def search(ledger: LedgerDep, user: Viewer, q: str = "", limit: Limit = 20) -> data.SearchResults:
    """Full-text search over documents and claims."""
    return data.search_data(ledger, q, limit=limit)


@router.get("/review", response_model=data.ReviewQueue)
def review_queue(ledger: LedgerDep, user: Viewer, status: str = "machine", limit: Limit = 25,
                 offset: Offset = 0) -> data.ReviewQueue:
    """Claims waiting for review and the latest decisions."""
    return data.review_data(ledger, status=status, limit=limit, offset=offset)


@router.get("/review/decisions", response_model=data.Page[review.Decision])
def decisions(ledger: LedgerDep, user: Viewer, limit: Limit = 50, offset: Offset = 0) -> data.Page[review.Decision]:
    """Every review decision, newest first (append-only)."""
    rows, total = review.recent(ledger, limit=limit, offset=offset)
    return data.Page[review.Decision](data=rows, count=total, limit=limit, offset=offset)


# --- review actions -------------------------------------------------------------------------


class Note(BaseModel):
    note: str | None = None


class MoveTo(BaseModel):
    incident_id: str | None = Field(default=None, description="target incident; null = a new incident")


class SplitOff(BaseModel):
    claim_ids: list[str] = Field(min_length=1)


class MergeInto(BaseModel):
    incident_ids: list[str] = Field(min_length=2, description="the first one is kept")


@router.post("/claims/{claim_id}/accept", response_model=review.Decision, dependencies=[Depends(editor), CsrfApi])
def accept(ledger: LedgerDep, user: Editor, claim_id: str, body: Note | None = None) -> review.Decision:
    """Accept a claim."""
    return review.accept(ledger, claim_id, actor=user.name, note=body.note if body else None)


@router.post("/claims/{claim_id}/reject", response_model=review.Decision, dependencies=[Depends(editor), CsrfApi])
def reject(ledger: LedgerDep, user: Editor, claim_id: str, body: Note | None = None) -> review.Decision:
    """Reject a claim."""
    return review.reject(ledger, claim_id, actor=user.name, note=body.note if body else None)


@router.post("/claims/{claim_id}/edit", response_model=review.Decision, dependencies=[Depends(editor), CsrfApi])
def edit(ledger: LedgerDep, user: Editor, claim_id: str, body: review.ClaimEdit) -> review.Decision:
    """Correct fields of a claim."""
    return review.edit(ledger, claim_id, body, actor=user.name)


@router.post("/claims/{claim_id}/move", response_model=review.Decision, dependencies=[Depends(editor), CsrfApi])
def move(ledger: LedgerDep, user: Editor, claim_id: str, body: MoveTo) -> review.Decision:
    """Move a claim to another incident (or a new one)."""
    return review.move(ledger, claim_id, body.incident_id, actor=user.name)


@router.post("/incidents/{incident_id}/split", response_model=list[review.Decision],
             dependencies=[Depends(editor), CsrfApi])
def split(ledger: LedgerDep, user: Editor, incident_id: str, body: SplitOff) -> list[review.Decision]:
    """Split claims off an incident into a new one."""
    return review.split(ledger, incident_id, body.claim_ids, actor=user.name)


@router.post("/incidents/merge", response_model=list[review.Decision], dependencies=[Depends(editor), CsrfApi])
def merge(ledger: LedgerDep, user: Editor, body: MergeInto) -> list[review.Decision]:
    """Merge incidents into the first one given (one decision per claim moved)."""
    return review.merge(ledger, body.incident_ids, actor=user.name)


@router.post("/incidents/{incident_id}/review", response_model=review.Decision, dependencies=[Depends(editor), CsrfApi])
def review_incident(ledger: LedgerDep, user: Editor, incident_id: str, body: Note | None = None) -> review.Decision:
    """Mark an incident as reviewed by a person (its grade becomes ``reviewed``)."""
    return review.mark_reviewed(ledger, incident_id, actor=user.name, note=body.note if body else None)
