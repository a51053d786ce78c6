"""HTML form posts of the review pages: each checks the role and the CSRF token, calls the
review service once, and redirects back (post/redirect/get)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from claimledger import review
from claimledger.errors import BadInput, Errors
from claimledger.web.deps import CsrfForm, Editor, LedgerDep, editor

router = APIRouter(tags=["forms"], include_in_schema=False, dependencies=[Depends(editor), CsrfForm])


def _back(form: Any, default: str) -> RedirectResponse:
    """Redirect to the form's ``next`` field when it is a local path, else to ``default``."""
    target = str(form.get("next") or default)
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        target = default
    return RedirectResponse(target, status_code=303)


def _text(form: Any, name: str) -> str | None:
    value = form.get(name)
    return value.strip() or None if isinstance(value, str) else None


def _number(form: Any, name: str) -> float | None:
    value = _text(form, name)
    if value is None:
        return None
    try:
        return float(value.replace(",", ""))
    except ValueError:
        raise BadInput(Errors.E407.format(reason=f"{name}: not a number: {value!r}")) from None


def _date(form: Any, name: str) -> dt.date | None:
    value = _text(form, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadInput(Errors.E407.format(reason=f"{name}: not a date (YYYY-MM-DD): {value!r}")) from None


@router.post("/claims/{claim_id}/review")
async def review_claim(request: Request, ledger: LedgerDep, user: Editor, claim_id: str) -> RedirectResponse:
    """Accept, reject or edit a claim from the review forms."""
    form = await request.form()
    action = _text(form, "action")
    note = _text(form, "note")
    if action == "accept":
        review.accept(ledger, claim_id, actor=user.name, note=note)
    elif action == "reject":
        review.reject(ledger, claim_id, actor=user.name, note=note)
    elif action == "edit":
        figures = []
        for key in form:
            if key.startswith("fig") and key.endswith("_low"):
                index = int(key[3:-4])
                low, high = _number(form, f"fig{index}_low"), _number(form, f"fig{index}_high")
                figures.append(review.FigureEdit(index=index, low=low, high=high))
        try:
            changes = review.ClaimEdit(
                type=_text(form, "type"), date_start=_date(form, "date_start"), date_end=_date(form, "date_end"),
                place_name=_text(form, "place_name"), country=_text(form, "country"),
                attributed_to=_text(form, "attributed_to"), perpetrator=_text(form, "perpetrator"),
                target=_text(form, "target"), figures=figures, note=note,
            )
        except ValidationError as exc:
            raise BadInput(Errors.E407.format(reason=str(exc.errors()[0]["msg"]))) from None
        review.edit(ledger, claim_id, changes, actor=user.name)
    else:
        raise BadInput(Errors.E407.format(reason=f"unknown action {action!r}"))
    return _back(form, f"/claims/{claim_id}")


@router.post("/claims/{claim_id}/move")
async def move_claim(request: Request, ledger: LedgerDep, user: Editor, claim_id: str) -> RedirectResponse:
    """Move a claim to another incident, or to a new one."""
    form = await request.form()
    target = _text(form, "incident_id")
    review.move(ledger, claim_id, None if target in (None, "new") else target, actor=user.name)
    return _back(form, f"/claims/{claim_id}")


@router.post("/incidents/{incident_id}/split")
async def split_incident(request: Request, ledger: LedgerDep, user: Editor, incident_id: str) -> RedirectResponse:
    """Split the ticked claims off into a new incident."""
    form = await request.form()
    chosen = [str(v) for v in form.getlist("claim_ids")]
    decisions = review.split(ledger, incident_id, chosen, actor=user.name)
    return RedirectResponse(f"/incidents/{decisions[0].after['incident_id']}", status_code=303)


@router.post("/incidents/{incident_id}/merge")
async def merge_incident(request: Request, ledger: LedgerDep, user: Editor, incident_id: str) -> RedirectResponse:
    """Merge other incidents into this one."""
    form = await request.form()
    others = [s for s in (_text(form, "other") or "").replace(",", " ").split() if s]
    review.merge(ledger, [incident_id, *others], actor=user.name)
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.post("/incidents/{incident_id}/review")
async def review_incident(request: Request, ledger: LedgerDep, user: Editor, incident_id: str) -> RedirectResponse:
    """Mark an incident as reviewed by a person."""
    form = await request.form()
    review.mark_reviewed(ledger, incident_id, actor=user.name, note=_text(form, "note"))
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)
