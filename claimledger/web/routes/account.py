"""Sign in and out (team mode), and the admin's user list."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from claimledger.errors import Errors
from claimledger.web import auth
from claimledger.web.app import page
from claimledger.web.deps import Admin, CsrfForm, LedgerDep, Public, admin

router = APIRouter(tags=["account"], include_in_schema=False)


def _safe_next(target: str | None) -> str:
    target = target or "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, user: Public, next: str = "/") -> Response:
    """The sign-in form."""
    return page(request, "login.html", {"next": _safe_next(next), "failed": False, "nav": "login"})


@router.post("/login", response_class=HTMLResponse, dependencies=[CsrfForm])
async def login(request: Request, ledger: LedgerDep, user: Public) -> Response:
    """Check the password and start a fresh session (new CSRF token)."""
    form = await request.form()
    name, password = str(form.get("name") or ""), str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or "/"))
    principal = auth.user_by_password(ledger, name, password) if name and password else None
    if principal is None:
        return page(request, "login.html", {"next": target, "failed": True, "error": Errors.E402, "nav": "login"},
                    status_code=401)
    request.state.session = auth.new_session(principal.name)
    return RedirectResponse(target, status_code=303)


@router.post("/logout", dependencies=[CsrfForm])
async def logout(request: Request, user: Public) -> Response:
    """End the session."""
    request.state.session = auth.new_session()
    return RedirectResponse("/login" if request.app.state.auth else "/", status_code=303)


@router.get("/admin/users", response_class=HTMLResponse)
def users(request: Request, ledger: LedgerDep, user: Admin) -> Response:
    """Users and their roles."""
    return page(request, "users.html", {"users": auth.list_users(ledger), "token": None, "nav": "users"})


@router.post("/admin/users", response_class=HTMLResponse, dependencies=[Depends(admin), CsrfForm])
async def add_user(request: Request, ledger: LedgerDep, user: Admin) -> Response:
    """Add a user with a role and a password."""
    form = await request.form()
    auth.add_user(ledger, str(form.get("name") or "").strip(), str(form.get("role") or ""),
                  str(form.get("password") or "") or None)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}/token", response_class=HTMLResponse, dependencies=[Depends(admin), CsrfForm])
def new_token(request: Request, ledger: LedgerDep, user: Admin, name: str) -> Response:
    """Issue a new API token for a user (shown once)."""
    token = auth.issue_token(ledger, name)
    return page(request, "users.html", {"users": auth.list_users(ledger), "token": (name, token), "nav": "users"})
