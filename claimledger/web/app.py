"""The web app factory: ``create_app(ledger) -> FastAPI``.

No module-level app or engine: the CLI's ``serve`` builds one app over one ``Ledger``,
tests build their own over a tiny ledger. Errors are translated once, here, into one
JSON shape ``{"ok": false, "error", "errors", "status"}`` (or the error page for HTML).
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from claimledger.errors import Errors, LedgerError
from claimledger.ledger import Ledger
from claimledger.web import auth

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
FIGURE_KINDS = ("killed", "injured", "captured", "missing", "displaced", "other")


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path.endswith(".json")


def error_body(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    """The one error shape of the API."""
    return {"ok": False, "error": error, "errors": errors or [], "status": status}


def _num(value: Any) -> str:
    if value is None:
        return "?"
    value = float(value)
    return f"{int(value):,}" if value.is_integer() else f"{value:,.1f}"


def _bounds(low: Any, high: Any) -> str:
    if low is None and high is None:
        return "?"
    if high is None:
        return f"≥ {_num(low)}"
    if low is None:
        return f"≤ {_num(high)}"
    if low == high:
        return _num(low)
    return f"{_num(low)}–{_num(high)}"


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True  # document text is untrusted: everything is escaped, always
    env.filters["num"] = _num
    env.filters["bounds"] = _bounds
    env.globals["FIGURE_KINDS"] = FIGURE_KINDS
    return templates


def create_app(
    ledger: Ledger,
    *,
    auth_enabled: bool = False,
    secret: str | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """Build the web app over ``ledger``.

    ledger (Ledger): the ledger every page and endpoint reads and writes.
    auth_enabled (bool): team mode (users, roles, login); off = one local user, no login.
    secret (str | None): key that signs session cookies; random per process when not given.
    allowed_hosts (list[str] | None): accepted Host headers (guards a loopback server
        against DNS rebinding); None accepts any.
    RETURNS (FastAPI): the app."""
    app = FastAPI(
        title="claimledger",
        summary="A neutral, sourced ledger of claims about armed-conflict incidents.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.ledger = ledger
    app.state.auth = auth_enabled
    app.state.sessions = auth.Sessions(secret or secrets.token_urlsafe(32))
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def session_and_headers(request: Request, call_next: Any) -> Response:
        sessions: auth.Sessions = request.app.state.sessions
        raw = request.cookies.get(auth.SESSION_COOKIE)
        loaded = sessions.load(raw)
        request.state.session = loaded if loaded is not None else auth.new_session()
        before = dict(request.state.session)
        response: Response = await call_next(request)
        if loaded is None or request.state.session != before:
            response.set_cookie(
                auth.SESSION_COOKIE,
                sessions.dump(request.state.session),
                max_age=auth.SESSION_MAX_AGE,
                httponly=True,
                samesite="lax",
                secure=request.url.scheme == "https",
                path="/",
            )
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    def render_error(request: Request, status: int, error: str, errors: list[Any] | None = None) -> Response:
        if wants_json(request):
            return JSONResponse(error_body(status, error, errors), status_code=status)
        if status == 401:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
        return page(request, "error.html", {"status": status, "error": error, "errors": errors or []},
                    status_code=status)

    @app.exception_handler(LedgerError)
    async def ledger_error(request: Request, exc: LedgerError) -> Response:
        return render_error(request, exc.status, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404:
            message = Errors.E404.format(path=request.url.path)
        elif exc.status_code == 405:
            message = Errors.E405.format(method=request.method, path=request.url.path)
        else:
            message = str(exc.detail)
        return render_error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid"}
        reason = f"{'.'.join(first['loc'])}: {first['msg']}"
        return render_error(request, 422, Errors.E407.format(reason=reason), errors)

    from claimledger.web.routes import account, api, forms, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(forms.router)
    app.include_router(account.router)
    return app


def page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """Render a template with what every page needs: the user, the CSRF token, the mode."""
    try:
        principal = auth.principal_of(request)
    except LedgerError:
        principal = None
    base = {
        "request": request,
        "user": principal,
        "auth": request.app.state.auth,
        "csrf": auth.csrf_token(request),
        "now": dt.datetime.now(dt.UTC),
    }
    base.update(context)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, base, status_code=status_code)
