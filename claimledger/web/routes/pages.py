"""HTML pages: each renders the model of the same data function its /api twin returns."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from claimledger.web import data
from claimledger.web.app import page
from claimledger.web.deps import LedgerDep, Viewer

router = APIRouter(tags=["pages"], include_in_schema=False)

IncidentFiltersDep = Annotated[data.IncidentFilters, Query()]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, ledger: LedgerDep, user: Viewer, filters: IncidentFiltersDep) -> Response:
    """Overview: counts, map, timeline, most contested incidents."""
    return page(request, "overview.html", {"m": data.overview_data(ledger, filters), "nav": "overview"})


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, ledger: LedgerDep, user: Viewer, publisher: str | None = None,
              affiliation: str | None = None, offset: int = 0) -> Response:
    """Document list."""
    m = data.documents_data(ledger, publisher=publisher or None, affiliation=affiliation or None, offset=offset)
    return page(request, "documents.html", {"m": m, "nav": "documents"})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, ledger: LedgerDep, user: Viewer, doc_id: str) -> Response:
    """Document reader with highlighted evidence."""
    return page(request, "document.html", {"m": data.document_data(ledger, doc_id), "nav": "documents"})


@router.get("/documents/{doc_id}/original")
def original(ledger: LedgerDep, user: Viewer, doc_id: str) -> Response:
    """The original bytes, as ingested, always as a download (never rendered: they are untrusted)."""
    doc, raw = ledger.document_bytes(doc_id)
    name = doc.filename.encode("ascii", "replace").decode().replace('"', "_")
    return Response(raw, media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{name}"', "X-SHA256": doc.sha256})


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, ledger: LedgerDep, user: Viewer, filters: Annotated[data.ClaimFilters, Query()],
           offset: int = 0) -> Response:
    """Claim list."""
    m = data.claims_data(ledger, filters, offset=offset)
    return page(request, "claims.html", {"m": m, "filters": filters, "nav": "claims"})


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, ledger: LedgerDep, user: Viewer, claim_id: str) -> Response:
    """One claim, its review form and history."""
    m = data.claim_data(ledger, claim_id)
    choices = data.incident_choices(ledger, m.view.claim)
    return page(request, "claim.html", {"m": m, "choices": choices, "nav": "review"})


@router.get("/incidents", response_class=HTMLResponse)
def incidents(request: Request, ledger: LedgerDep, user: Viewer, filters: IncidentFiltersDep,
              offset: int = 0) -> Response:
    """Incident list."""
    m = data.incidents_data(ledger, filters, offset=offset)
    return page(request, "incidents.html", {"m": m, "filters": filters, "nav": "incidents"})


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(request: Request, ledger: LedgerDep, user: Viewer, incident_id: str) -> Response:
    """Incident: side-by-side table, ranges, revisions, map, grade, family, history."""
    return page(request, "incident.html", {"m": data.incident_data(ledger, incident_id), "nav": "incidents"})


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, ledger: LedgerDep, user: Viewer) -> Response:
    """Publishers and how often they agree or disagree."""
    return page(request, "sources.html", {"m": data.sources_data(ledger), "nav": "sources"})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, ledger: LedgerDep, user: Viewer, q: str = "") -> Response:
    """Full-text search."""
    return page(request, "search.html", {"m": data.search_data(ledger, q), "nav": "search"})


@router.get("/review", response_class=HTMLResponse)
def review_queue(request: Request, ledger: LedgerDep, user: Viewer, status: str = "machine",
                 offset: int = 0) -> Response:
    """Review queue and latest decisions."""
    m = data.review_data(ledger, status=status, offset=offset)
    return page(request, "review.html", {"m": m, "nav": "review"})
