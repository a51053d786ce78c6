"""Access control: every route checks a role, tested as each role; one JSON error shape everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from claimledger.ledger import Ledger
from claimledger.web import auth
from claimledger.web.app import create_app
from tests.web.world import World, add_users, build_world, csrf_of, login

IDENTITIES = ("anonymous", "viewer", "editor", "admin")


@dataclass
class Team:
    world: World
    tokens: dict[str, str]
    app: Any
    clients: dict[str, TestClient] = field(default_factory=dict)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """One team-mode app over one world for the whole module (requests here change nothing)."""
    folder = tmp_path_factory.mktemp("team")
    ledger = Ledger.open(f"sqlite:///{folder / 'ledger.db'}")
    world = build_world(ledger, folder / "docs")
    tokens = add_users(ledger)
    yield Team(world, tokens, create_app(ledger, auth_enabled=True, secret="test-secret"))
    ledger.close()


def required_role(route: APIRoute) -> str:
    """The strongest role any dependency of the route demands (``require(...)`` marks it)."""
    found: list[str] = []

    def walk(dependant: Any) -> None:
        for dep in dependant.dependencies:
            role = getattr(dep.call, "required_role", None)
            if role:
                found.append(role)
            walk(dep)

    walk(route.dependant)
    assert found, f"route {route.path} checks no role"
    return max(found, key=lambda r: auth.RANK[r])


def api_routes(app: Any) -> list[APIRoute]:
    """Every APIRoute, also inside included routers (newer FastAPI includes them lazily)."""
    out: list[APIRoute] = []

    def walk(routes: Any) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                out.append(route)
            elif getattr(route, "original_router", None) is not None:
                walk(route.original_router.routes)

    walk(app.routes)
    return out


def _app_for_listing() -> Any:
    from unittest.mock import MagicMock

    return create_app(MagicMock(spec=Ledger))


ROUTES = [(sorted(r.methods)[0], r.path) for r in api_routes(_app_for_listing())]


def fill(path: str, world: World, *, real: bool) -> str:
    """Real ids for GET routes; ids that do not exist for POSTs (so an allowed request changes nothing)."""
    values = {
        "doc_id": world.doc_ids["north-1"],
        "claim_id": world.claim_ids["n1"],
        "incident_id": world.incidents["velmora"],
        "name": "viewer",
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)] if real else f"missing-{m.group(1)}", path)


def client_as(team: Team, who: str, *, fresh: bool = False) -> TestClient:
    """A client signed in as ``who`` (one sign-in per role per module: argon2 is slow on purpose)."""
    if fresh or who not in team.clients:
        client = TestClient(team.app)
        if who != "anonymous":
            login(client, who)
        if fresh:
            return client
        team.clients[who] = client
    return team.clients[who]


def test_every_route_checks_a_role() -> None:
    app = _app_for_listing()
    roles = {(sorted(r.methods)[0], r.path): required_role(r) for r in api_routes(app)}
    assert roles[("GET", "/login")] == "public"
    assert roles[("GET", "/api/claims")] == "viewer"
    assert roles[("POST", "/api/claims/{claim_id}/accept")] == "editor"
    assert roles[("POST", "/claims/{claim_id}/review")] == "editor"
    assert roles[("GET", "/admin/users")] == "admin"
    writes = [key for key in roles if key[0] == "POST" and key[1] not in ("/login", "/logout")]
    assert writes and all(roles[key] in ("editor", "admin") for key in writes), "a viewer could change something"


@pytest.mark.parametrize("who", IDENTITIES)
@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_route_as_role(team: Team, method: str, path: str, who: str) -> None:
    route = next(r for r in api_routes(team.app) if r.path == path and method in r.methods)
    needed = required_role(route)
    client = client_as(team, who, fresh=path in ("/login", "/logout"))  # these change the session
    token = csrf_of(client)
    url = fill(path, team.world, real=method == "GET")
    if method == "GET":
        response = client.get(url, follow_redirects=False)
    elif path.startswith("/api/"):
        body: dict[str, Any] = {"incident_ids": ["missing-a", "missing-b"]} if path.endswith("/merge") else {}
        if path.endswith("/split"):
            body = {"claim_ids": ["missing"]}
        response = client.post(url, json=body, headers={auth.CSRF_HEADER: token}, follow_redirects=False)
    else:
        form = {"csrf_token": token, "action": "accept", "other": "missing-b", "claim_ids": "missing",
                "name": "viewer" if path == "/login" else "", "password": "viewer", "role": "viewer",
                "incident_id": "missing"}
        response = client.post(url, data=form, follow_redirects=False)
    allowed = needed == "public" or (who != "anonymous" and auth.RANK[who] >= auth.RANK[needed])
    if allowed:
        assert response.status_code not in (401, 403), (who, method, path, response.text[:300])
    elif who == "anonymous":
        if path.startswith("/api/"):
            assert response.status_code == 401
        else:
            assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")
    else:
        assert response.status_code == 403, (who, method, path, response.status_code)
        assert "E403" in response.text


@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if r[1].startswith("/api/")])
def test_error_shape_on_every_api_endpoint(team: Team, method: str, path: str) -> None:
    """Anonymous in team mode: every endpoint answers with the one error shape."""
    client = TestClient(team.app)
    url = fill(path, team.world, real=True)
    response = client.get(url) if method == "GET" else client.post(url, json={})
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error": "E401 sign in first", "errors": [], "status": 401}


@pytest.mark.parametrize(
    ("method", "url", "body", "status", "code"),
    [
        ("GET", "/api/documents/nope", None, 404, "E201"),
        ("GET", "/api/claims/nope", None, 404, "E204"),
        ("GET", "/api/incidents/nope", None, 404, "E205"),
        ("GET", "/api/claims?doc=nope", None, 404, "E201"),
        ("GET", "/api/documents?limit=0", None, 422, "E407"),
        ("GET", "/api/incidents?date_from=someday", None, 422, "E407"),
        ("GET", "/api/incidents.geojson?date_to=x", None, 422, "E407"),
        ("GET", "/api/overview?date_from=x", None, 422, "E407"),
        ("GET", "/api/search?limit=100000", None, 422, "E407"),
        ("GET", "/api/review?offset=-1", None, 422, "E407"),
        ("GET", "/api/review/decisions?limit=-1", None, 422, "E407"),
        ("GET", "/api/nothing-here", None, 404, "E404"),
        ("POST", "/api/documents", {}, 405, "E405"),
        ("POST", "/api/claims/nope/accept", {}, 404, "E204"),
        ("POST", "/api/claims/nope/reject", {}, 404, "E204"),
        ("POST", "/api/claims/nope/edit", {"type": "x"}, 404, "E204"),
        ("POST", "/api/claims/nope/move", {"incident_id": None}, 404, "E204"),
        ("POST", "/api/incidents/nope/split", {"claim_ids": ["a"]}, 404, "E205"),
        ("POST", "/api/incidents/nope/review", {}, 404, "E205"),
        ("POST", "/api/incidents/merge", {"incident_ids": ["a"]}, 422, "E407"),
        ("POST", "/api/incidents/merge", {"incident_ids": ["nope", "nada"]}, 404, "E205"),
    ],
)
def test_error_shape_pinned(team: Team, method: str, url: str, body: Any, status: int, code: str) -> None:
    client = TestClient(team.app)
    headers = {"Authorization": f"Bearer {team.tokens['editor']}"}
    response = client.get(url, headers=headers) if method == "GET" else client.post(url, json=body, headers=headers)
    assert response.status_code == status, response.text
    payload = response.json()
    assert set(payload) == {"ok", "error", "errors", "status"}
    assert payload["ok"] is False and payload["status"] == status and payload["error"].startswith(code)
    assert isinstance(payload["errors"], list)


def test_me_covers_the_me_endpoint_and_local_mode(world: World) -> None:
    with TestClient(create_app(world.ledger)) as client:
        assert client.get("/api/me").json() == {"name": "local", "role": "admin", "via": "local"}


@pytest.mark.parametrize(("who", "status"), [("viewer", 403), ("editor", 200), ("admin", 200)])
def test_bearer_token_roles_on_review(team: Team, who: str, status: int) -> None:
    client = TestClient(team.app)
    claim = team.world.claim_ids["o2"]
    response = client.post(f"/api/claims/{claim}/accept", json={"note": who},
                           headers={"Authorization": f"Bearer {team.tokens[who]}"})
    assert response.status_code == status
    if status == 200:
        assert response.json()["actor"] == who and response.json()["action"] == "accept"


def test_bad_bearer_token_is_401(team: Team) -> None:
    response = TestClient(team.app).get("/api/claims", headers={"Authorization": "Bearer cl_wrong"})
    assert response.status_code == 401 and response.json()["error"].startswith("E401")


def test_session_api_write_needs_csrf_header(team: Team) -> None:
    client = client_as(team, "editor")
    claim = team.world.claim_ids["o1"]
    assert client.post(f"/api/claims/{claim}/accept", json={}).status_code == 403
    assert client.post(f"/api/claims/{claim}/accept", json={}, headers={auth.CSRF_HEADER: "forged"}).status_code == 403
    ok = client.post(f"/api/claims/{claim}/accept", json={}, headers={auth.CSRF_HEADER: csrf_of(client)})
    assert ok.status_code == 200


@pytest.mark.parametrize("token", [None, "", "forged"])
def test_form_without_valid_csrf_is_refused(team: Team, token: str | None) -> None:
    client = client_as(team, "editor")
    form = {"action": "reject"} if token is None else {"action": "reject", "csrf_token": token}
    response = client.post(f"/claims/{team.world.claim_ids['g1']}/review", data=form, follow_redirects=False)
    assert response.status_code == 403 and "E406" in response.text


def test_login_wrong_password_and_cookie_flags(team: Team) -> None:
    client = TestClient(team.app)
    token = csrf_of(client)
    bad = client.post("/login", data={"name": "editor", "password": "nope", "csrf_token": token})
    assert bad.status_code == 401 and "E402" in bad.text
    good = client.post("/login", data={"name": "editor", "password": "editor", "csrf_token": token, "next": "/review"},
                       follow_redirects=False)
    assert good.status_code == 303 and good.headers["location"] == "/review"
    cookie = good.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert csrf_of(client) != token  # a fresh session (and CSRF token) after sign-in


def test_secure_cookie_behind_https(team: Team) -> None:
    client = TestClient(team.app, base_url="https://ledger.example")
    response = client.get("/login")
    assert "secure" in response.headers["set-cookie"].lower()


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "javascript:alert(1)"])
def test_login_redirect_stays_on_site(team: Team, target: str) -> None:
    client = TestClient(team.app)
    response = client.post("/login", data={"name": "viewer", "password": "viewer", "csrf_token": csrf_of(client),
                                           "next": target}, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_passwords_are_argon2_and_tokens_hashed(team: Team) -> None:
    from sqlalchemy import select

    from claimledger.store.tables import User

    with team.world.ledger.session() as session:
        rows = {u.name: u for u in session.scalars(select(User))}
    assert rows["viewer"].password_hash.startswith("$argon2")
    assert rows["viewer"].token_hash == auth.token_hash(team.tokens["viewer"])
    assert team.tokens["viewer"] not in rows["viewer"].token_hash


def test_logout_ends_the_session(team: Team) -> None:
    client = client_as(team, "viewer", fresh=True)
    assert client.get("/api/me").json()["name"] == "viewer"
    client.post("/logout", data={"csrf_token": csrf_of(client)})
    assert client.get("/api/me").status_code == 401


def test_host_header_guard_in_local_mode(world: World) -> None:
    app = create_app(world.ledger, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1").get("/api/me").status_code == 200
    assert TestClient(app, base_url="http://attacker.example").get("/api/me").status_code == 400

