"""``serve`` (the web UI and API) and ``users add | token | list`` (team mode)."""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer
from fastapi import FastAPI

from claimledger.cli.common import (
    DbOption,
    app,
    console,
    err_console,
    fail,
    open_ledger,
)
from claimledger.errors import Errors
from claimledger.ledger import Ledger

users_app = typer.Typer(help="Users of team mode (serve --auth): roles viewer, editor, admin.", no_args_is_help=True)
app.add_typer(users_app, name="users")

SECRET_ENV = "CLAIMLEDGER_SECRET"


def loopback_hosts(host: str) -> list[str]:
    """Host headers a loopback server answers to (anything else may be DNS rebinding)."""
    return ["127.0.0.1", "localhost", "::1", "[::1]", host, "testserver"]


def build_app(ledger: Ledger, host: str, auth_flag: bool) -> tuple[FastAPI, bool]:
    """The app the way ``serve`` runs it: team mode when asked or when bound beyond loopback."""
    from claimledger.web import auth
    from claimledger.web.app import create_app

    team = auth_flag or not auth.is_loopback(host)
    allowed = None if team else loopback_hosts(host)
    return create_app(ledger, auth_enabled=team, secret=os.environ.get(SECRET_ENV), allowed_hosts=allowed), team


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; anything but loopback turns on --auth.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    auth: Annotated[bool, typer.Option("--auth", help="Team mode: users, roles and sign-in.")] = False,
    get: Annotated[
        str | None, typer.Option("--get", help="Run one GET request in-process and print the response (no server).")
    ] = None,
    token: Annotated[str | None, typer.Option(help="With --get: send this API token.")] = None,
) -> None:
    """Serve the web UI and the REST API (OpenAPI at /api/docs).

    Local by default: bound to 127.0.0.1, one local user, no sign-in. With --auth, or on
    any other address, users sign in and their role decides what they may do. The
    session-signing key comes from CLAIMLEDGER_SECRET (random per start otherwise)."""
    from claimledger.web import auth as web_auth

    with open_ledger(db) as ledger:
        web, team = build_app(ledger, host, auth)
        if get is not None:
            from fastapi.testclient import TestClient

            headers = {"Authorization": f"Bearer {token}"} if token else {}
            with TestClient(web, base_url="http://localhost") as client:
                response = client.get(get, headers=headers, follow_redirects=False)
            text = response.text
            if response.headers.get("content-type", "").startswith("application/json"):
                text = json.dumps(response.json(), indent=2, ensure_ascii=False)
            console.print(text, markup=False, highlight=False, soft_wrap=True)
            if response.status_code >= 400:
                raise typer.Exit(1)
            return
        if team and not web_auth.list_users(ledger):
            raise fail(Errors.E414.format(host=host))
        import uvicorn

        mode = "team mode (sign-in required)" if team else "local mode (no sign-in)"
        err_console.print(f"claimledger: serving {ledger.url} on http://{host}:{port} in {mode}", highlight=False)
        uvicorn.run(web, host=host, port=port, log_level="info", proxy_headers=True)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="viewer, editor or admin.")] = "viewer",
    password: Annotated[
        str | None, typer.Option(help="Password (asked for when not given; stored as an argon2 hash).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Add a user with a role."""
    from claimledger.web import auth

    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with open_ledger(db) as ledger:
        user = auth.add_user(ledger, name, role, password)
    console.print(f"added {user.name} ({user.role})", highlight=False)


@users_app.command("token")
def users_token(name: Annotated[str, typer.Argument(help="User name.")], db: DbOption = None) -> None:
    """Issue a new API token for a user (replaces the old one; printed once)."""
    from claimledger.web import auth

    with open_ledger(db) as ledger:
        token = auth.issue_token(ledger, name)
    console.print(token, markup=False, highlight=False)


@users_app.command("list")
def users_list(db: DbOption = None) -> None:
    """List users and their roles."""
    from claimledger.web import auth

    with open_ledger(db) as ledger:
        users = auth.list_users(ledger)
    for user in users:
        console.print(f"{user.name}\t{user.role}\tpassword={'yes' if user.has_password else 'no'}\t"
                      f"token={'yes' if user.has_token else 'no'}", markup=False, highlight=False)

