"""Who is asking, and may they: users, roles, passwords, API tokens, sessions and CSRF.

Two modes. Local (the default, bound to 127.0.0.1): one local user with every right and
no login. Team (``serve --auth``, forced on a non-loopback address): users with a role —
``viewer`` reads, ``editor`` also reviews, ``admin`` also manages users. Passwords are
argon2 hashes; API tokens are random and stored as SHA-256 hashes; the browser session
is a signed cookie (itsdangerous) holding the user name and a per-session CSRF token
that every form must post back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Literal, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from pydantic import BaseModel
from sqlalchemy import select

from claimledger.errors import BadInput, Errors, Forbidden, NotFound, Unauthorized
from claimledger.ledger import Ledger
from claimledger.store.tables import User

Role = Literal["viewer", "editor", "admin"]
ROLES: tuple[Role, ...] = ("viewer", "editor", "admin")
RANK = {"public": 0, "viewer": 1, "editor": 2, "admin": 3}
SESSION_COOKIE = "claimledger_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_MAX_AGE = 14 * 24 * 3600

_hasher = PasswordHasher()


class UserOut(BaseModel):
    name: str
    role: str
    has_password: bool
    has_token: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class Principal:
    """The person (or script) behind a request."""

    name: str
    role: str
    via: Literal["local", "session", "token"]

    def can(self, needed: str) -> bool:
        return RANK.get(self.role, 0) >= RANK[needed]


LOCAL = Principal(name="local", role="admin", via="local")


# --- users -------------------------------------------------------------------------------


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise BadInput(Errors.E408.format(role=role))


def _user_out(row: User) -> UserOut:
    return UserOut(name=row.name, role=row.role, has_password=bool(row.password_hash),
                   has_token=bool(row.token_hash), created_at=row.created_at)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(ledger: Ledger, name: str, role: str, password: str | None = None) -> UserOut:
    """Create a user with a role (and optionally a password, stored as an argon2 hash)."""
    _check_role(role)
    if not re.fullmatch(r"[\w.@+-]{1,100}", name):
        raise BadInput(Errors.E407.format(reason=f"user name {name!r}: use 1-100 letters, digits or . @ + - _"))
    with ledger.session() as session:
        if session.scalar(select(User).where(User.name == name)) is not None:
            raise BadInput(Errors.E410.format(name=name))
        row = User(name=name, role=role, password_hash=hash_password(password) if password else None,
                   token_hash=None, created_at=dt.datetime.now(dt.UTC))
        session.add(row)
        session.commit()
        return _user_out(row)


def list_users(ledger: Ledger) -> list[UserOut]:
    with ledger.session() as session:
        return [_user_out(r) for r in session.scalars(select(User).order_by(User.name))]


def count_users(ledger: Ledger) -> int:
    return len(list_users(ledger))


def issue_token(ledger: Ledger, name: str) -> str:
    """Make a new API token for a user (replacing the old one); only its hash is stored."""
    token = "cl_" + secrets.token_urlsafe(32)
    with ledger.session() as session:
        row = session.scalar(select(User).where(User.name == name))
        if row is None:
            raise NotFound(Errors.E409.format(name=name))
        row.token_hash = token_hash(token)
        session.commit()
    return token


def user_by_password(ledger: Ledger, name: str, password: str) -> Principal | None:
    with ledger.session() as session:
        row = session.scalar(select(User).where(User.name == name))
        if row is None or not row.password_hash:
            _hasher.hash(password)  # spend the same time whether or not the user exists
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = hash_password(password)
            session.commit()
        return Principal(name=row.name, role=row.role, via="session")


def user_by_token(ledger: Ledger, token: str) -> Principal | None:
    with ledger.session() as session:
        row = session.scalar(select(User).where(User.token_hash == token_hash(token)))
        return None if row is None else Principal(name=row.name, role=row.role, via="token")


def user_by_name(ledger: Ledger, name: str) -> Principal | None:
    with ledger.session() as session:
        row = session.scalar(select(User).where(User.name == name))
        return None if row is None else Principal(name=row.name, role=row.role, via="session")


# --- sessions ----------------------------------------------------------------------------


class Sessions:
    """Signed session cookies: ``{"u": user or None, "csrf": token}``."""

    def __init__(self, secret: str) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="claimledger-session")

    def load(self, raw: str | None) -> dict[str, Any] | None:
        if not raw:
            return None
        try:
            data = self.serializer.loads(raw, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        return data if isinstance(data, dict) and isinstance(data.get("csrf"), str) else None

    def dump(self, data: dict[str, Any]) -> str:
        return self.serializer.dumps(data)


def new_session(user: str | None = None) -> dict[str, Any]:
    return {"u": user, "csrf": secrets.token_urlsafe(24)}


def session_of(request: Request) -> dict[str, Any]:
    return cast(dict[str, Any], request.state.session)


def csrf_token(request: Request) -> str:
    return str(session_of(request)["csrf"])


def principal_of(request: Request) -> Principal | None:
    """Resolve the caller once per request: local user, Bearer token or session cookie."""
    if hasattr(request.state, "principal"):
        return cast(Principal | None, request.state.principal)
    ledger: Ledger = request.app.state.ledger
    principal: Principal | None
    if not request.app.state.auth:
        principal = LOCAL
    else:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("bearer "):
            principal = user_by_token(ledger, header[7:].strip())
            if principal is None:
                raise Unauthorized(Errors.E401)
        else:
            name = session_of(request).get("u")
            principal = user_by_name(ledger, name) if name else None
    request.state.principal = principal
    return principal


RoleCheck = Callable[[Request], Coroutine[Any, Any, Principal | None]]


def require(needed: str, action: str = "see this") -> RoleCheck:
    """A dependency admitting callers with at least role ``needed`` ('public' admits everyone).

    The returned function carries ``required_role`` so tests can walk every route."""

    async def check(request: Request) -> Principal | None:
        principal = principal_of(request)
        if needed == "public":
            return principal
        if principal is None:
            raise Unauthorized(Errors.E401)
        if not principal.can(needed):
            raise Forbidden(Errors.E403.format(role=principal.role, action=action, needed=needed))
        return principal

    setattr(check, "required_role", needed)  # noqa: B010 - a function attribute the route tests read
    return check


async def check_csrf_form(request: Request) -> None:
    """Every form POST carries the session's CSRF token in a hidden field."""
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    if not isinstance(sent, str) or not hmac.compare_digest(sent, csrf_token(request)):
        raise Forbidden(Errors.E406)


async def check_csrf_api(request: Request) -> None:
    """API writes: a Bearer token or the local user need no CSRF token (JSON bodies cannot be
    sent cross-site without a CORS preflight, which this app never grants); a browser
    session must send its token in the ``X-CSRF-Token`` header."""
    principal = principal_of(request)
    if principal is not None and principal.via == "session":
        sent = request.headers.get(CSRF_HEADER, "")
        if not hmac.compare_digest(sent, csrf_token(request)):
            raise Forbidden(Errors.E406)


def is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1", "[::1]") or host.startswith("127.")
